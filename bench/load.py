"""Load benchmark: many people at once on gunicorn, then a check that the database holds exactly what they saw saved.

    .venv/bin/pip install -e '.[bench]'          # locust
    .venv/bin/python bench/load.py --database-url postgresql://postgres@127.0.0.1/ds_load      # PostgreSQL
    .venv/bin/python bench/load.py --focal 20       # SQLite (the default), in a temporary directory of this run's
    .venv/bin/python bench/load.py ... --saturation                                           # then the knee

The database is built once with the 30,000-recommendation demo data (`flask demo-data`, reused when it is there);
the bench adds its own accounts: --focal focal points (two per organisation, on the 25 organisations owing the
most, so colleagues sometimes update the same row and one gets 409), --secretariats staff browsing lists and
search, and one secretariat who imports a report and saves it. Focal points do what "What we owe" offers:
read the page, then update a row's status with a note or add a note alone, posting the version the row showed;
1 to 5 seconds between a person's requests. Load tool: locust, driven from Python (its users are gevent
greenlets in this process). The app is served by gunicorn with deploy/gunicorn.conf.py.

After the run, the database is checked against what the clients saw: every write answered "saved" is there and
in the trail exactly once; nothing answered 409 is there; no lost update: no two saves were made from one version,
and each action holds the status of the save made from the highest version (the order the saves were made in,
not the order their answers arrived). --saturation then runs the same people without pauses at growing numbers
until p95 passes 300 ms, and prints the requests per second there. The load tool, gunicorn and the database share this
machine's cores: the figures are for all three together.
"""
from __future__ import annotations

from gevent import monkey

monkey.patch_all()   # before anything opens a socket: locust's users are greenlets

import argparse   # noqa: E402
import itertools   # noqa: E402
import os   # noqa: E402
import random   # noqa: E402
import re   # noqa: E402
import secrets   # noqa: E402
import subprocess   # noqa: E402
import sys   # noqa: E402
import time   # noqa: E402
from collections import Counter, defaultdict   # noqa: E402
from contextlib import ExitStack   # noqa: E402
from datetime import date   # noqa: E402
from pathlib import Path   # noqa: E402

import gevent   # noqa: E402
from locust import HttpUser, between, constant, events, task   # noqa: E402
from locust.env import Environment   # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from pages import _die_with_parent, _ensure_pg_database, build, free_port, settle, stop   # noqa: E402
import workdir   # noqa: E402

BIN = Path(sys.executable).parent
PASSWORD = "load bench long passphrase 2026"
RUN = secrets.token_hex(3)
SLOW_MS = 300
SEARCHES = ["Sinjar compensation", "return approvals", "documentation", "water Mosul", "تعويضات", "shelter",
            "MoMD", "land disputes", "civil documentation Anbar"]
REPORT = """Load test meeting {run}
Date: 12 March 2025
Location: Governorate hall, Mosul

ATTENDANCE
1. Ali Jahankeer – Director General, MoMD
2. Layla Rasheed – Protection Officer, UNICEF

RECOMMENDATIONS
- Resume return approvals for families from Sinjar ({run}).

ACTION POINTS
#\tAction\tResponsible\tDeadline
1\tShare the list of families ({run})\tMoMD\t30 April 2025
"""


class Book:
    """What the clients saw: every write with its answer, every 5xx."""
    writes: list[dict] = []
    server_errors = 0
    conflicts = 0
    focal_accounts: list[str] = []
    staff_accounts: list[tuple[str, int]] = []
    logged_in = 0
    unanswered = 0   # saves the database holds whose answer never reached the client (a step stopped mid-request)
    counter = itertools.count(1)


@events.request.add_listener
def _count_5xx(response=None, exception=None, **kwargs):
    if response is not None and getattr(response, "status_code", 0) >= 500:
        Book.server_errors += 1


def _token(html: str) -> str:
    m = re.search(r'name="?csrf_token"? (?:type="?hidden"? )?value="?([^" >]+)', html)
    return m[1] if m else ""


class Person(HttpUser):
    abstract = True
    wait_time = between(1, 5)

    def login(self, email):
        self.email = email
        page = self.client.get("/login", name="login")
        answer = self.client.post("/login", data={"email": email, "password": PASSWORD,
                                                  "csrf_token": _token(page.text)},
                                  name="login", allow_redirects=False)
        if answer.status_code != 302:
            raise SystemExit(f"login as {email}: {answer.status_code}")
        Book.logged_in += 1


class FocalPoint(Person):
    fixed_count = 0

    def on_start(self):
        self.login(Book.focal_accounts.pop())

    @task
    def update_a_row(self):
        page = self.client.get("/owe", name="owe: page")
        rows = [(int(a), int(v), re.findall(r"name=s value=(\w+)", chunk))
                for chunk in page.text.split("<li id=a")[1:]
                for a, v in re.findall(r"action=/owe/(\d+)\?v=(\d+)", chunk)[:1]]
        if not rows:
            return
        token = _token(page.text)
        self.wait()   # reading the page, typing the note
        action_id, version, moves = random.choice(rows)
        text = f"load {RUN} {self.email} {next(Book.counter)}"
        data = {"n": text, "csrf_token": token}
        if moves and random.random() < 0.6:
            data["s"] = random.choice(moves)
        kind = "status" if "s" in data else "note"
        with self.client.post(f"/owe/{action_id}?v={version}", data=data, name=f"owe: {kind}",
                              allow_redirects=False, catch_response=True) as answer:
            outcome = {302: "saved", 409: "refused"}.get(answer.status_code, "error")
            if outcome == "error":
                answer.failure(f"answered {answer.status_code}")
            else:
                answer.success()
            Book.conflicts += outcome == "refused"
            Book.writes.append(dict(outcome=outcome, kind=kind, action=action_id, status=data.get("s"), text=text,
                                    version=version, at=time.monotonic()))


class Secretariat(Person):
    fixed_count = 0

    def on_start(self):
        email, self.forum = Book.staff_accounts[Book.logged_in % len(Book.staff_accounts)]
        self.login(email)

    @task(3)
    def actions(self):
        page = self.client.get("/actions?status=all", name="lists: actions")
        more = re.search(r'<a class="button" href="([^"]+)"', page.text)
        if more and random.random() < 0.5:
            self.wait()
            self.client.get(more[1].replace("&amp;", "&"), name="lists: actions, next page")

    @task(2)
    def recommendations(self):
        self.client.get(f"/recommendations?forum={self.forum}", name="lists: recommendations")

    @task(1)
    def meetings(self):
        self.client.get("/meetings", name="lists: meetings")

    @task(2)
    def search(self):
        self.client.get("/search", params={"q": random.choice(SEARCHES)}, name="search")


class Importer(Person):
    """One secretariat imports a report (paste, review, save) once during the run."""
    fixed_count = 0
    wait_time = constant(1)
    done = False

    def on_start(self):
        email, self.forum = Book.staff_accounts[0]
        self.login(email)

    @task
    def import_once(self):
        if self.done:
            return
        self.done = True
        form = self.client.get("/imports/new", name="import: form")
        draft = self.client.post("/imports/new", name="import: read", allow_redirects=False,
                                 data={"text": REPORT.format(run=RUN), "forum": self.forum,
                                       "csrf_token": _token(form.text)})
        if draft.status_code != 302:
            return
        review = self.client.get(draft.headers["Location"], name="import: review")
        saved = self.client.post(draft.headers["Location"].rstrip("/") + "/save", name="import: save",
                                 allow_redirects=False, data={"forum": self.forum, "csrf_token": _token(review.text)})
        Book.writes.append(dict(outcome="saved" if saved.status_code == 302 else "error", kind="import",
                                action=None, status=None, text=RUN, at=time.monotonic()))


class FocalPointNoPause(FocalPoint):
    wait_time = constant(0)
    weight = 9


class SecretariatNoPause(Secretariat):
    wait_time = constant(0)
    weight = 1


# --- the database: build, accounts, check --------------------------------------------------------------

def app_for(url):
    os.environ.setdefault("DS_SECRET_KEY", "bench")
    from ds_tracker import create_app
    return create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "TESTING": True,
                       "BASE_URL": "http://127.0.0.1"})


def accounts(app, focal: int, staff: int):
    """Two focal points per organisation among those owing the most open actions; staff of the busiest forums."""
    import sqlalchemy as sa

    from ds_tracker.extensions import db
    from ds_tracker.models import Action, Forum, Organisation, Recommendation, Role, User
    from ds_tracker.queries import OPEN_STATUSES
    from ds_tracker.services import SYSTEM
    from ds_tracker.services import accounts as service
    with app.app_context():
        orgs = db.session.scalars(
            sa.select(Organisation).join(Action, Action.owner_id == Organisation.id)
            .join(Forum, Forum.id == Action.forum_id).where(Forum.confidential.is_(False),
                                                          Action.status.in_(OPEN_STATUSES))
            .group_by(Organisation.id).order_by(sa.func.count(Action.id).desc()).limit((focal + 1) // 2)).all()
        forums = db.session.scalars(
            sa.select(Forum).join(Recommendation, Recommendation.forum_id == Forum.id)
            .where(Forum.confidential.is_(False)).group_by(Forum.id)
            .order_by(sa.func.count(Recommendation.id).desc()).limit(staff)).all()
        wanted = [(f"load.focal{i:02d}@bench.org", Role.FOCAL_POINT, None, orgs[i % len(orgs)]) for i in range(focal)]
        wanted += [(f"load.staff{i}@bench.org", Role.SECRETARIAT, forums[i % len(forums)], None) for i in range(staff)]
        for email, role, forum, org in wanted:
            if db.session.scalar(sa.select(User.id).where(User.email == email)) is None:
                user = service.create_user(SYSTEM, email=email, password=PASSWORD, name=email.split("@")[0])
                service.add_role(SYSTEM, user, role, forum=forum, organisation=org, starts_on=date(2024, 1, 1))
        db.session.commit()
        Book.focal_accounts = [w[0] for w in wanted if w[1] is Role.FOCAL_POINT]
        Book.staff_accounts = [(w[0], w[2].id) for w in wanted if w[1] is Role.SECRETARIAT]
        db.session.remove()


def check(app) -> tuple[int, int]:
    """(lost, trail mismatches) between what the clients saw and what the database holds."""
    import sqlalchemy as sa

    from ds_tracker.extensions import db
    from ds_tracker.models import Action, ActionNote, Meeting, TrailEntry
    with app.app_context():
        notes = defaultdict(list)
        for note in db.session.execute(sa.select(ActionNote.id, ActionNote.body, ActionNote.action_id,
                                                 ActionNote.status_to).where(ActionNote.body.like(f"load {RUN} %"))):
            notes[note.body].append(note)
        reasons = Counter(db.session.scalars(sa.select(TrailEntry.reason).where(TrailEntry.reason.like(f"load {RUN} %"))))
        note_ids = [n.id for found in notes.values() for n in found]
        created = Counter(db.session.scalars(sa.select(TrailEntry.record_id).where(
            TrailEntry.record_type == "ActionNote", TrailEntry.record_id.in_(note_ids or [-1]))))
        lost = mismatches = 0
        # The order two saves of one action were made in is the order of the versions they were made from (each
        # status change moves the version on), not the order their answers reached the clients: under
        # saturation a later save's answer can arrive first. Two saves made from the same version would be a
        # lost update; the action must hold the status of the save made from the highest version.
        last_status, from_versions = {}, Counter()
        for w in sorted(Book.writes, key=lambda w: w["at"]):
            if w["kind"] == "import":
                meetings = db.session.scalar(sa.select(sa.func.count(Meeting.id)).where(
                    Meeting.title == f"Load test meeting {RUN}"))
                lost += w["outcome"] == "saved" and meetings != 1
                mismatches += w["outcome"] != "saved" and meetings != 0
                continue
            found = notes.get(w["text"], [])
            in_trail = reasons[w["text"]] if w["kind"] == "status" else sum(created[n.id] for n in found)
            if w["outcome"] == "saved":
                lost += not found
                mismatches += bool(found) and (len(found) != 1 or in_trail != 1)
                if w["kind"] == "status":
                    mismatches += bool(found) and found[0].status_to.value != w["status"]
                    from_versions[w["action"], w["version"]] += 1
                    if w["version"] >= last_status.get(w["action"], (0, None))[0]:
                        last_status[w["action"]] = (w["version"], w["status"])
            elif w["outcome"] == "refused":
                mismatches += bool(found) or in_trail > 0
        lost += sum(n - 1 for n in from_versions.values())
        # A write sent as a step of the saturation ended, whose answer never reached its client, is in the
        # database but not in the book: the action then holds that write's status, which is no lost update.
        newest = {}
        for found in notes.values():
            for n in found:
                if n.status_to is not None and n.id > newest.get(n.action_id, (0, None))[0]:
                    newest[n.action_id] = (n.id, n.body)
        known = {w["text"] for w in Book.writes}
        for action_id, (_version, status) in last_status.items():
            if db.session.get(Action, action_id).status.value != status:
                unanswered = newest.get(action_id, (0, None))[1] not in known
                Book.unanswered += unanswered
                lost += not unanswered
        db.session.remove()
    return lost, mismatches


# --- serving and running -------------------------------------------------------------------------------

def base_url(port):
    return f"http://127.0.0.1:{port}"


def serve(stack, url, workers, start_timeout):
    import requests
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "DS_SECRET_KEY": secrets.token_hex(16),
           "DS_BIND": f"127.0.0.1:{port}", "DS_WORKERS": str(workers), "DS_LOG_LEVEL": "warning",
           "DS_BASE_URL": base_url(port)}
    env.pop("DS_DEMO_MODE", None)
    proc = subprocess.Popen([str(BIN / "gunicorn"), "-c", str(ROOT / "deploy/gunicorn.conf.py"),
                             "--access-logfile", "/dev/null"], env=env, cwd=ROOT, start_new_session=True,
                            preexec_fn=_die_with_parent)
    stack.callback(stop, proc)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + start_timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "/healthz", timeout=5).status_code == 200:
                return base
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise SystemExit("gunicorn did not answer")


WARMUP = 10


def start(env, users, expected_logins, timeout=300):
    """Start the people; once all are logged in and the workers warm (WARMUP s), the figures start from zero:
    logins (deliberately slow password hashing) and each worker's first pages are not part of them."""
    runner = env.runner
    runner.start(users, spawn_rate=max(users, 1))
    deadline = time.monotonic() + timeout
    while Book.logged_in < expected_logins and time.monotonic() < deadline:
        gevent.sleep(0.2)
    gevent.sleep(WARMUP)
    env.stats.reset_all()


def table(env, seconds):
    print(f"{'request':32} {'count':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'fail':>5}   (ms)")
    for entry in sorted(env.stats.entries.values(), key=lambda e: e.name):
        if entry.name == "login":
            continue
        print(f"{entry.name:32} {entry.num_requests:7} {entry.get_response_time_percentile(0.5):6.0f} "
              f"{entry.get_response_time_percentile(0.95):6.0f} {entry.get_response_time_percentile(0.99):6.0f} "
              f"{entry.num_failures:5}")
    total = env.stats.total
    print(f"{'all':32} {total.num_requests:7} {total.get_response_time_percentile(0.5):6.0f} "
          f"{total.get_response_time_percentile(0.95):6.0f} {total.get_response_time_percentile(0.99):6.0f} "
          f"{total.num_failures:5}")
    print(f"{total.num_requests / seconds:.1f} requests per second over {seconds:.0f} s")


def load_run(base, focal, staff, seconds):
    FocalPoint.fixed_count, Secretariat.fixed_count, Importer.fixed_count = focal, staff, 1
    env = Environment(user_classes=[FocalPoint, Secretariat, Importer], events=events, host=base)
    env.create_local_runner()
    start(env, focal + staff + 1, focal + staff + 1)
    began = time.monotonic()
    gevent.sleep(seconds)
    env.runner.stop()
    took = time.monotonic() - began
    print(f"\n{focal} focal points, {staff} secretariats, 1 report import, {seconds} s; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (load tool, gunicorn and database on this machine)")
    table(env, took)
    return env


def saturation(base, focal_accounts, steps, seconds):
    """No pauses; more people each step; the step where p95 passes 300 ms is the saturation point."""
    print(f"\nsaturation: people working without pauses (9 focal points : 1 secretariat), {seconds} s per step")
    print(f"{'people':>6} {'req/s':>7} {'p50':>6} {'p95':>6} {'5xx':>5}  load avg")
    previous = None
    for people in steps:
        Book.focal_accounts = list(focal_accounts)
        Book.logged_in = 0
        env = Environment(user_classes=[FocalPointNoPause, SecretariatNoPause], events=events, host=base)
        env.create_local_runner()
        errors_before = Book.server_errors
        start(env, people, people)
        began = time.monotonic()
        gevent.sleep(seconds)
        env.runner.stop()
        total = env.stats.total
        rps, p95 = total.num_requests / (time.monotonic() - began), total.get_response_time_percentile(0.95)
        print(f"{people:6} {rps:7.1f} {total.get_response_time_percentile(0.5):6.0f} {p95:6.0f} "
              f"{Book.server_errors - errors_before:5}  {os.getloadavg()[0]:.1f}", flush=True)
        if p95 > SLOW_MS:
            low = f"{previous[1]:.1f} req/s (p95 {previous[2]:.0f} ms at {previous[0]} people)" if previous else "-"
            print(f"saturation: p95 passes {SLOW_MS} ms at {rps:.1f} req/s ({people} people); last below: {low}")
            return
        previous = (people, rps, p95)
    print(f"saturation: p95 stayed under {SLOW_MS} ms up to {previous[1]:.1f} req/s ({previous[0]} people)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="default: SQLite in the run's directory (see --workdir), built "
                                               "there, or reused when --workdir names one holding it")
    parser.add_argument("--focal", type=int, default=50)
    parser.add_argument("--secretariats", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("DS_WORKERS", 2 * os.cpu_count() + 1)))
    parser.add_argument("--saturation", action="store_true", help="then find where p95 passes 300 ms")
    parser.add_argument("--steps", default="2,4,8,12,16,24,32,48")
    parser.add_argument("--step-seconds", type=int, default=20)
    parser.add_argument("--meetings", type=int, default=600)
    parser.add_argument("--recommendations", type=int, default=30000)
    parser.add_argument("--actions", type=int, default=100000)
    parser.add_argument("--start-timeout", type=float, default=180)
    parser.add_argument("--warmup", type=int, default=10, help="seconds of work before the figures start")
    workdir.add_options(parser)
    args = parser.parse_args()
    global WARMUP
    WARMUP = args.warmup
    with workdir.workdir(args, "ds_load_") as tmp:
        measure(args, tmp)


def measure(args, tmp: Path) -> None:
    url = args.database_url or f"sqlite:///{tmp / 'ds_load.sqlite'}"
    if url.startswith("postgresql://"):
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    if url.startswith("postgresql"):
        _ensure_pg_database(url)
    build(url, {**os.environ, "DATABASE_URL": url, "DS_SECRET_KEY": "bench", "DS_DEMO_MODE": "true"}, True, args)
    app = app_for(url)
    accounts(app, args.focal, args.secretariats)
    settle(url)   # as production's autovacuum keeps it (this machine's PostgreSQL runs without autovacuum)
    focal_accounts = list(Book.focal_accounts)
    kind = "PostgreSQL" if url.startswith("postgresql") else "SQLite (WAL, busy timeout 10 s)"
    with ExitStack() as stack:
        base = serve(stack, url, args.workers, args.start_timeout)
        print(f"{kind}; gunicorn -w {args.workers} (deploy/gunicorn.conf.py); locust {__import__('locust').__version__}")
        env = load_run(base, args.focal, args.secretariats, args.seconds)
        total = env.stats.total
        requests_, p95 = total.num_requests, total.get_response_time_percentile(0.95)
        errors = Book.server_errors
        if args.saturation:
            saturation(base, focal_accounts, [int(s) for s in args.steps.split(",")], args.step_seconds)
    lost, mismatches = check(app)
    writes = Counter((w["kind"], w["outcome"]) for w in Book.writes)
    print("\nwrites: " + ", ".join(f"{k} {o}: {n}" for (k, o), n in sorted(writes.items())))
    print(f"checked against the database: {lost} lost, {mismatches} trail mismatches (all writes of the run"
          f"{' and the saturation steps' if args.saturation else ''}); {Book.unanswered} saves whose answer the "
          f"client never received (stopped mid-request) hold their action's status")
    print(f"load: {requests_} requests, {errors} 5xx, {lost} lost, {mismatches} trail mismatches, "
          f"{Book.conflicts} conflicts, p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
