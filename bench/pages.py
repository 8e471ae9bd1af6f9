"""Page benchmark: ds_tracker's pages beside the stack floor (../shared/bench/floor_app.py), same run, same way.

    .venv/bin/python bench/pages.py                       # SQLite (database built in /tmp, reused with --reuse)
    .venv/bin/python bench/pages.py --database-url postgresql://postgres@127.0.0.1/ds_bench

Both apps are served by gunicorn with 2 workers on loopback. Each page is warmed up, then timed over
--requests sequential requests; the table gives median and p95 beside the floor's /list page 1, and
ratio = page median / floor median. Target: every ratio <= 2.
"""
from __future__ import annotations

import argparse
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
SHARED_BENCH = ROOT.parent / "shared" / "bench"
BIN = Path(sys.executable).parent
PASSWORD = "demo password"


def run(cmd, env):
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def build(url: str, env: dict, reuse: bool, sizes) -> None:
    engine = sa.create_engine(url)
    if reuse and sa.inspect(engine).has_table("actions"):
        with engine.connect() as c:
            if c.execute(sa.text("select count(*) from actions")).scalar() >= sizes.actions:
                print(f"reusing {url}")
                return
    if url.startswith("sqlite"):
        Path(url.split("///", 1)[1]).unlink(missing_ok=True)
    else:
        with engine.connect() as c:
            c.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            c.commit()
    started = time.monotonic()
    run([str(BIN / "flask"), "--app", "ds_tracker", "db", "upgrade"], env)
    run([str(BIN / "flask"), "--app", "ds_tracker", "demo-data", "--meetings", str(sizes.meetings),
         "--recommendations", str(sizes.recommendations), "--actions", str(sizes.actions), "--seed", "1"], env)
    print(f"built {sizes.recommendations} recommendations, {sizes.actions} actions in "
          f"{time.monotonic() - started:.0f} s")


def serve(args: list[str], env: dict, port: int, cwd: Path):
    proc = subprocess.Popen([str(BIN / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning",
                             *args], env=env, cwd=cwd, start_new_session=True)
    for _ in range(300):
        try:
            requests.get(f"http://127.0.0.1:{port}/login" if "ds_tracker" in " ".join(args) else
                         f"http://127.0.0.1:{port}/hello", timeout=2)
            return proc
        except requests.ConnectionError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server on port {port} did not start")


def login(base: str, email: str) -> requests.Session:
    s = requests.Session()
    page = s.get(f"{base}/login").text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or \
        re.search(r'name="csrf_token" value="([^"]+)"', page)
    r = s.post(f"{base}/login", data={"email": email, "password": PASSWORD, "csrf_token": token[1]},
               allow_redirects=False)
    if r.status_code != 302:
        raise SystemExit(f"login as {email} failed: {r.status_code}")
    return s


def timed(session: requests.Session, url: str, n: int, warmup: int) -> tuple[float, float]:
    for _ in range(warmup):
        check(session.get(url), url)
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        r = session.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        check(r, url)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def check(response, url):
    if response.status_code != 200 or "/login" in response.url:
        raise SystemExit(f"{url} answered {response.status_code} ({response.url})")


def deep_page(session: requests.Session, base: str, first: str, page: int) -> str:
    """Follow the 'Next 50' links to page N, the way a person would."""
    url = first
    for _ in range(page - 1):
        html = session.get(base + url).text
        m = re.search(r'<a class="button" href="([^"]+)"', html)
        if not m:
            raise SystemExit(f"the list ended before page {page}")
        url = m[1].replace("&amp;", "&")
    return url


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="PostgreSQL database to build into (default: SQLite in /tmp)")
    parser.add_argument("--floor-database-url", help="where the floor builds its data (default: same kind as the app)")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--meetings", type=int, default=600)
    parser.add_argument("--recommendations", type=int, default=30000)
    parser.add_argument("--actions", type=int, default=100000)
    parser.add_argument("--reuse", action="store_true", help="keep a database built by an earlier run")
    sizes = parser.parse_args()

    tmp = Path(tempfile.gettempdir())
    url = sizes.database_url or f"sqlite:///{tmp / 'ds_bench.sqlite'}"
    url = url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    # Demo mode: the bench logs in with the demo accounts, which work only there.
    env = {**os.environ, "DATABASE_URL": url, "DS_SECRET_KEY": secrets.token_hex(16), "FLOOR_N": "30000",
           "DS_DEMO_MODE": "true"}
    if url.startswith("postgresql"):
        floor_url = sizes.floor_database_url or url.rsplit("/", 1)[0] + "/floor"
        env["FLOOR_DATABASE_URL"] = floor_url
        _ensure_pg_database(floor_url)
        _ensure_pg_database(url)
    else:
        env["FLOOR_DB"] = str(tmp / "floor.sqlite")
    build(url, env, sizes.reuse, sizes)

    engine = sa.create_engine(url)
    with engine.connect() as c:
        rec_id = c.execute(sa.text(
            "select r.id from recommendations r join forums f on f.id = r.forum_id and not f.confidential "
            "join trail_entries t on t.parent_type='Recommendation' and t.parent_id=r.id "
            "where r.escalation_state='decided' group by r.id order by count(*) desc, r.id limit 1")).scalar()
        meeting_id = c.execute(sa.text(
            "select a.meeting_id from attendances a join meetings m on m.id = a.meeting_id join forums f on "
            "f.id = m.forum_id and not f.confidential group by a.meeting_id having count(*) = 60 "
            "order by a.meeting_id desc limit 1")).scalar()
        theme_id = c.execute(sa.text("select id from themes where name = 'Compensation'")).scalar()

    app = serve(["ds_tracker:create_app()"], env, 5097, ROOT)
    floor = serve(["--preload", "floor_app:app"], env, 5099, SHARED_BENCH)
    try:
        base = "http://127.0.0.1:5097"
        chair = login(base, "cochair.ninewa@demo.org")
        focal = login(base, "focal.momd@demo.org")
        page200 = deep_page(chair, base, "/actions?status=all&governorate=", 200)
        pages = [
            ("open actions, page 1", chair, "/actions"),
            ("actions, page 200 (status filter)", chair, page200),
            ("recommendations, theme filter", chair, f"/recommendations?theme={theme_id}"),
            ("recommendation with trail + escalation", chair, f"/recommendations/{rec_id}"),
            ("meeting with 60 participants", chair, f"/meetings/{meeting_id}"),
            ("search 'Sinjar compensation June'", chair,
             "/search?q=what+happened+to+the+Sinjar+compensation+recommendation+from+June"),
            ("focal point's actions", focal, "/actions"),
        ]
        floor_median, floor_p95 = timed(requests.Session(), "http://127.0.0.1:5099/list", sizes.requests, sizes.warmup)
        kind = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
        print(f"\n{kind}, {sizes.requests} sequential requests per page, gunicorn -w 2 for both")
        print(f"{'page':42} {'median ms':>10} {'p95 ms':>8} {'floor ms':>9} {'ratio':>6}")
        print(f"{'floor /list page 1':42} {floor_median:10.1f} {floor_p95:8.1f} {floor_median:9.1f} {1:6.2f}")
        for name, session, path in pages:
            median, p95 = timed(session, base + path, sizes.requests, sizes.warmup)
            print(f"{name:42} {median:10.1f} {p95:8.1f} {floor_median:9.1f} {median / floor_median:6.2f}")
    finally:
        for proc in (app, floor):
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)


def _ensure_pg_database(url: str) -> None:
    server, name = url.rsplit("/", 1)
    engine = sa.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        if not c.execute(sa.text("select 1 from pg_database where datname = :n"), {"n": name}).scalar():
            c.execute(sa.text(f'CREATE DATABASE "{name}"'))


if __name__ == "__main__":
    main()
