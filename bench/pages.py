"""Page benchmark: ds_tracker's pages beside the stack floor (../shared/bench/floor_app.py), measured interleaved.

    .venv/bin/python bench/pages.py                       # SQLite, built in a temporary directory of this run's
    .venv/bin/python bench/pages.py --keep                # ... kept: its path is printed, for --workdir DIR --reuse
    .venv/bin/python bench/pages.py --database-url postgresql://postgres@127.0.0.1/ds_bench   # floor on PostgreSQL too
    .venv/bin/python bench/pages.py --workdir DIR --reuse --runs 3   # three runs back to back, then how far each
                                                          # ratio moved (DIR: a directory of your own)
    .venv/bin/python bench/million.py ...                 # then, at a million (see bench/million.py):
    .venv/bin/python bench/pages.py --database-url postgresql://postgres@127.0.0.1/ds_million --reuse \
        --recommendations 1000000 --actions 3000000 --start-timeout 1800    # floor built with FLOOR_N=1000000

Both apps are served by gunicorn with 2 workers on loopback, on free ports. The load of a shared machine moves
during a run, so each page is timed against its own floor samples: one floor /list request, one page request,
alternately (floor first, then page first, so neither always follows the other), in --blocks blocks.
The table gives median and p95 of the page and of its floor samples; the ratio is the median, over all pairs,
of page time / the floor time measured next to it (both saw the same load), and the spread is that ratio's
minimum and maximum over the blocks. Target: every ratio <= 1.5.

The servers are started with a generous wait for a slow start and always stopped, whatever ends the run
(an error, Ctrl-C, SIGTERM, or this process dying: the kernel then sends them SIGTERM).
"""
from __future__ import annotations

import argparse
import ctypes
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import requests
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import workdir  # noqa: E402  (this run's own directory for its SQLite databases)
SHARED_BENCH = ROOT.parent / "shared" / "bench"
BIN = Path(sys.executable).parent
PASSWORD = "demo password"
MAX_SPREAD = 0.15   # three runs back to back must agree this closely on every ratio
TARGET = 1.5        # every page within 1.5x of the floor measured beside it


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


def settle(url: str) -> None:
    """VACUUM ANALYZE (ANALYZE on SQLite), as a production database is kept: PostgreSQL's autovacuum does it
    there, but this machine's server runs with autovacuum off, and a freshly loaded table without its visibility
    map turns every index-only count into a visit of the whole table. Done to the floor's database too."""
    if url.startswith("sqlite"):
        with sa.create_engine(url).connect() as c:
            c.execute(sa.text("ANALYZE"))
            c.commit()
        return
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        c.execute(sa.text("VACUUM ANALYZE"))
    engine.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """In the child before exec: the kernel sends SIGTERM to gunicorn if this benchmark dies (even by SIGKILL)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except OSError:
        pass   # not Linux: the finally clause still stops it on every exit Python sees


def serve(stack: ExitStack, args: list[str], env: dict, cwd: Path, probe: str, start_timeout: float) -> str:
    """Start gunicorn, register its stop on `stack` at once, wait until `probe` answers; return the base URL."""
    port = free_port()
    proc = subprocess.Popen([str(BIN / "gunicorn"), "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning",
                             *args], env=env, cwd=cwd, start_new_session=True, preexec_fn=_die_with_parent)
    stack.callback(stop, proc)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + start_timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{args[-1]} exited with code {proc.returncode} before answering")
        try:
            requests.get(base + probe, timeout=5)
            return base
        except requests.RequestException:
            time.sleep(0.25)
    raise SystemExit(f"{args[-1]} did not answer on port {port} within {start_timeout:.0f} s")


def stop(proc: subprocess.Popen) -> None:
    """Stop gunicorn and its workers (its whole process group): politely, then for sure."""
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue


def _sigterm(signum, frame):
    raise SystemExit(f"stopped by signal {signum}")   # unwinds through the ExitStack like Ctrl-C does


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


def interleaved(page: tuple[requests.Session, str], floor: tuple[requests.Session, str], n: int, warmup: int,
                blocks: int) -> dict:
    """Alternate floor and page requests. Each page sample is paired with the floor sample taken next to it, so
    both saw the same load: the ratio is the median of these paired ratios, over all samples and per block."""
    for _ in range(warmup):
        for session, url in (floor, page):
            check(session.get(url), url)
    per_block = max(2, n // blocks)
    page_ms, floor_ms, pairs, block_ratios = [], [], [], []
    for _ in range(blocks):
        block_pairs = []
        for i in range(per_block):
            order = (floor, page) if i % 2 == 0 else (page, floor)
            took = {}
            for session, url in order:
                start = time.perf_counter()
                r = session.get(url)
                took[url] = (time.perf_counter() - start) * 1000
                check(r, url)
            page_ms.append(took[page[1]])
            floor_ms.append(took[floor[1]])
            block_pairs.append(took[page[1]] / took[floor[1]])
        block_ratios.append(statistics.median(block_pairs))
        pairs += block_pairs
    return {"page": page_ms, "floor": floor_ms, "blocks": block_ratios, "ratio": statistics.median(pairs)}


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


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
            raise SystemExit(f"the actions list ended before page {page} (50 a page, as the co-chair reads it): the "
                             f"database holds too few actions for this page of the benchmark; build it with "
                             f"--actions 30000 or more")
        url = m[1].replace("&amp;", "&")
    return url


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="database to build into (default: SQLite in the run's directory, "
                                               "see --workdir); the floor's "
                                               "data go beside it, in the same kind of database")
    parser.add_argument("--floor-database-url", help="where the floor builds its data (default: beside the app's)")
    parser.add_argument("--requests", type=int, default=200, help="requests per page (and as many to the floor)")
    parser.add_argument("--blocks", type=int, default=5, help="blocks the requests are split into, for the spread")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--runs", type=int, default=1, help="repeat the whole measurement, then compare the runs")
    parser.add_argument("--start-timeout", type=float, default=180, help="seconds to wait for a server to start")
    parser.add_argument("--meetings", type=int, default=600)
    parser.add_argument("--recommendations", type=int, default=30000)
    parser.add_argument("--actions", type=int, default=100000)
    parser.add_argument("--reuse", action="store_true", help="keep a database built by an earlier run")
    parser.add_argument("--floor-n", type=int, help="rows of the floor's list (default: --recommendations); "
                                                    "at a million: bench/million.py builds the app's data")
    workdir.add_options(parser)
    sizes = parser.parse_args()
    workdir.check_reuse(parser, sizes)
    signal.signal(signal.SIGTERM, _sigterm)
    with workdir.workdir(sizes, "ds_bench_") as tmp:
        measure(sizes, tmp)


def measure(sizes, tmp: Path) -> None:
    url = sizes.database_url or f"sqlite:///{tmp / 'ds_bench.sqlite'}"
    url = url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    # Demo mode: the bench logs in with the demo accounts, which work only there.
    env = {**os.environ, "DATABASE_URL": url, "DS_SECRET_KEY": secrets.token_hex(16),
           "FLOOR_N": str(sizes.floor_n or sizes.recommendations),
           "DS_DEMO_MODE": "true"}
    if url.startswith("postgresql"):
        floor_url = sizes.floor_database_url or url + "_floor"
        env["FLOOR_DATABASE_URL"] = floor_url
        _ensure_pg_database(floor_url)
        _ensure_pg_database(url)
    elif sizes.floor_database_url:
        env["FLOOR_DATABASE_URL"] = sizes.floor_database_url
    else:
        env["FLOOR_DB"] = url.split("///", 1)[1].removesuffix(".sqlite") + "_floor.sqlite"
    build(url, env, sizes.reuse, sizes)
    ids = focal_ids(url)

    with ExitStack() as stack:
        base = serve(stack, ["ds_tracker:create_app()"], env, ROOT, "/login", sizes.start_timeout)
        floor_base = serve(stack, ["--preload", "floor_app:app"], env, SHARED_BENCH, "/hello", sizes.start_timeout)
        settle(url)   # both databases as production keeps them (the floor builds its own at its first start)
        settle(env.get("FLOOR_DATABASE_URL") or f"sqlite:///{env['FLOOR_DB']}")
        pages = page_list(base, ids)
        floor = (requests.Session(), floor_base + "/list")
        kind = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
        results = []
        for run_no in range(1, sizes.runs + 1):
            print(f"\n{kind}, run {run_no} of {sizes.runs}: {sizes.requests} requests per page, each beside as "
                  f"many floor /list requests, interleaved, in {sizes.blocks} blocks; gunicorn -w 2 for both")
            print(f"{'page (times in ms)':44} {'median':>7} {'p95':>7} {'floor':>7} {'fl p95':>7} {'ratio':>6} "
                  f"{'blocks':>11}")
            ratios = {}
            for name, session, path in pages:
                r = interleaved((session, base + path), floor, sizes.requests, sizes.warmup, sizes.blocks)
                ratios[name] = r["ratio"]
                print(f"{name:44} {statistics.median(r['page']):7.1f} {p95(r['page']):7.1f} "
                      f"{statistics.median(r['floor']):7.1f} {p95(r['floor']):7.1f} {r['ratio']:6.2f} "
                      f"{min(r['blocks']):5.2f}-{max(r['blocks']):<5.2f}", flush=True)
            results.append(ratios)
            over = [name for name, ratio in ratios.items() if ratio > TARGET]
            print(f"target, every ratio <= {TARGET}: " + (f"NOT met by {len(over)}: {', '.join(over)}" if over
                                                          else "met") + "  (blocks: the ratio's min-max over the blocks)")
    if len(results) > 1:
        compare(results)


def focal_ids(url: str) -> dict:
    """The records the pages show: a recommendation with a long trail, a meeting with 60 participants."""
    engine = sa.create_engine(url)
    with engine.connect() as c:
        ids = {
            "rec": c.execute(sa.text(
                "select r.id from recommendations r join forums f on f.id = r.forum_id and not f.confidential "
                "join trail_entries t on t.parent_type='Recommendation' and t.parent_id=r.id "
                "where r.escalation_state='decided' group by r.id order by count(*) desc, r.id limit 1")).scalar(),
            "meeting": c.execute(sa.text(
                "select a.meeting_id from attendances a join meetings m on m.id = a.meeting_id join forums f on "
                "f.id = m.forum_id and not f.confidential group by a.meeting_id having count(*) = 60 "
                "order by a.meeting_id desc limit 1")).scalar(),
            "theme": c.execute(sa.text("select id from themes where name = 'Compensation'")).scalar(),
        }
    engine.dispose()
    return ids


def page_list(base: str, ids: dict) -> list[tuple[str, requests.Session, str]]:
    chair = login(base, "cochair.ninewa@demo.org")
    focal = login(base, "focal.momd@demo.org")
    page200 = deep_page(chair, base, "/actions?status=all&governorate=", 200)
    return [
        ("open actions, page 1", chair, "/actions"),
        ("actions, page 200 (status filter)", chair, page200),
        ("recommendations, theme filter", chair, f"/recommendations?theme={ids['theme']}"),
        ("recommendation with trail + escalation", chair, f"/recommendations/{ids['rec']}"),
        ("meeting with 60 participants", chair, f"/meetings/{ids['meeting']}"),
        ("meeting with 60 participants (focal point)", focal, f"/meetings/{ids['meeting']}"),
        ("search 'Sinjar compensation June'", chair,
         "/search?q=what+happened+to+the+Sinjar+compensation+recommendation+from+June"),
        ("focal point's actions", focal, "/actions"),
        ("focal point's What we owe", focal, "/owe"),
    ]


def compare(results: list[dict]) -> None:
    """How far each page's ratio moved between the runs: a difference smaller than this is not real."""
    print(f"\n{'page':44} " + " ".join(f"{'run ' + str(i + 1):>6}" for i in range(len(results)))
          + f" {'max-min':>8}")
    worst = 0.0
    for name in results[0]:
        values = [r[name] for r in results]
        worst = max(worst, max(values) - min(values))
        print(f"{name:44} " + " ".join(f"{v:6.2f}" for v in values) + f" {max(values) - min(values):8.2f}")
    verdict = "within" if worst <= MAX_SPREAD else "NOT within"
    print(f"largest move of a ratio between runs: {worst:.2f} ({verdict} {MAX_SPREAD})")


def _ensure_pg_database(url: str) -> None:
    server, name = url.rsplit("/", 1)
    engine = sa.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as c:
        if not c.execute(sa.text("select 1 from pg_database where datname = :n"), {"n": name}).scalar():
            c.execute(sa.text(f'CREATE DATABASE "{name}"'))


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:   # the servers are already stopped by then
        raise SystemExit("interrupted")
