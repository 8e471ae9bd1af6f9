"""Fixtures: an app on a real database (SQLite, or PostgreSQL when TEST_DATABASE_URL is set),
migrated with Alembic once per run and emptied after every test; factories; log in as each role."""
import os
from datetime import date
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from flask.ctx import _cv_app
from flask.testing import FlaskClient
from flask_migrate import upgrade

from ds_tracker import create_app
from ds_tracker.extensions import db
from ds_tracker.models import Forum, ForumKind, Organisation, OrganisationType, Person, Place, PlaceKind, Role
from ds_tracker.services import (SYSTEM, accounts, actions, escalation, imports, library, meetings, recommendations,
                                 reference, reviews)
from ds_tracker.status import EscalationLevel

PASSWORD = "correct horse battery"
REPORT = """JCF Ninewa monthly meeting
Date: 12 March 2025
Location: Governorate hall, Mosul

ATTENDANCE
1. Ali Jahankeer – Director General, MoMD
2. Layla Rasheed – Protection Officer, UNICEF

RECOMMENDATIONS
- Resume return approvals for families from Sinjar.

ACTION POINTS
#\tAction\tResponsible\tDeadline
1\tShare the list of families\tMoMD\t30 April 2025
"""
TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")


def _compile_catalogue():
    """`make install` compiles the Arabic catalogue; a bare pytest run compiles it too when it is stale."""
    from pathlib import Path

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    po = Path(__file__).resolve().parents[1] / "ds_tracker/translations/ar/LC_MESSAGES/messages.po"
    mo = po.with_suffix(".mo")
    if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
        with open(po, "rb") as f:
            catalog = read_po(f)
        with open(mo, "wb") as f:
            write_mo(f, catalog)


_compile_catalogue()


def app_config(url, **extra):
    return {"TESTING": True, "SECRET_KEY": "test-secret", "SQLALCHEMY_DATABASE_URI": url,
            "WTF_CSRF_ENABLED": False, "BASE_URL": "https://tracker.example.org",
            "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000", "LIST_CHOICES_TTL": 0, **extra}


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    if TEST_DATABASE_URL:
        engine = sa.create_engine(TEST_DATABASE_URL)
        with engine.connect() as conn:  # fail loudly, never skip, when the server is not there
            conn.execute(sa.text("select 1"))
        engine.dispose()
        return TEST_DATABASE_URL
    return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.sqlite")


@pytest.fixture(scope="session")
def app(database_url, tmp_path_factory):
    app = create_app(app_config(database_url, UPLOAD_FOLDER=str(tmp_path_factory.mktemp("uploads"))))
    with app.app_context():
        upgrade()  # the schema exists only through the migrations
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _app_context(app):
    """Every test runs in an app context; every test leaves an empty database behind."""
    with app.app_context():
        yield
        db.session.rollback()
        db.session.remove()
        _empty_database()


def _empty_database():
    tables = [t for t in db.metadata.sorted_tables]
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            conn.execute(sa.text("PRAGMA foreign_keys=OFF"))
            for t in reversed(tables):
                conn.execute(t.delete())
            conn.execute(sa.text("PRAGMA foreign_keys=ON"))


class RequestScopedClient(FlaskClient):
    """Each request gets a fresh `g`, as in production, although the test holds an app context open
    (Flask reuses it for the request): per-request caches such as the locale and permissions reset."""

    def open(self, *args, **kwargs):
        ctx = _cv_app.get(None)
        if ctx is None:
            return super().open(*args, **kwargs)
        saved, ctx.g = ctx.g, self.application.app_ctx_globals_class()
        try:
            return super().open(*args, **kwargs)
        finally:
            ctx.g = saved


@pytest.fixture
def client(app):
    app.test_client_class = RequestScopedClient
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


# --- factories ---------------------------------------------------------------------------------

def make_org(name, acronym=None, parent=None, kind=OrganisationType.GOVERNMENT):
    return reference.create(SYSTEM, Organisation, name=name, acronym=acronym, parent=parent, type=kind, aliases=[])


def make_forum(name, code, kind=ForumKind.JCF, confidential=False):
    return reference.create(SYSTEM, Forum, name=name, code=code, kind=kind, confidential=confidential)


def make_user(email, name=None, roles=()):
    """roles: [(Role, forum_or_org_or_None)]"""
    user = accounts.create_user(SYSTEM, email=email, password=PASSWORD, name=name or email.split("@")[0])
    for role, scope in roles:
        accounts.add_role(SYSTEM, user, role, forum=scope if isinstance(scope, Forum) else None,
                          organisation=scope if isinstance(scope, Organisation) else None, starts_on=date(2024, 1, 1))
    return user


def make_meeting(forum, title="Monthly meeting", day=date(2025, 3, 12), **kwargs):
    return meetings.create_meeting(SYSTEM, forum, title=title, sittings=[{"date": day, "city": "Mosul"}], **kwargs)


@pytest.fixture
def world():
    """A small but complete world: forums open and confidential, an organisation tree, one user per role,
    a meeting with a recommendation, an action, a participant, a sent submission and its decision."""
    return build_world()


def build_world():
    w = SimpleNamespace()
    w.jcf = make_forum("JCF Ninewa", "JCF-NIN")
    w.dstf = make_forum("Durable Solutions Task Force", "DSTF", ForumKind.DSTF, confidential=True)
    w.momd = make_org("Ministry of Migration and Displacement", "MoMD")
    w.branch = make_org("MoMD Ninewa Branch", parent=w.momd)
    w.unicef = make_org("UNICEF", "UNICEF", kind=OrganisationType.UN)
    w.mof = make_org("Ministry of Finance", "MoF")
    w.place = reference.create(SYSTEM, Place, name="Ninewa", kind=PlaceKind.GOVERNORATE, aliases=["Nineveh"])
    w.users = {
        "admin": make_user("admin@test.org", "Admin", [(Role.ADMIN, None)]),
        "secretariat": make_user("sec@test.org", "Sara Secretariat", [(Role.SECRETARIAT, w.jcf)]),
        "co_chair": make_user("chair@test.org", "Chris Chair", [(Role.CO_CHAIR, w.jcf)]),
        "focal_momd": make_user("momd@test.org", "Mona MoMD", [(Role.FOCAL_POINT, w.momd)]),
        "focal_unicef": make_user("unicef@test.org", "Umar UNICEF", [(Role.FOCAL_POINT, w.unicef)]),
        "focal_mof": make_user("mof@test.org", "Faris MoF", [(Role.FOCAL_POINT, w.mof)]),
        "dstf_member": make_user("dstf@test.org", "Dana DSTF", [(Role.SECRETARIAT, w.dstf)]),
        "norole": make_user("norole@test.org", "Nora Norole"),
    }
    w.meeting = make_meeting(w.jcf, minutes="The forum met.")
    w.participant = Person(name="Ali Jahankeer", aliases=["Ali Al-Jahankeer"])
    db.session.add(w.participant)
    w.attendance = meetings.add_attendance(SYSTEM, w.meeting, person=w.participant, position="Director General",
                                           organisation=w.momd, heading="Government")
    w.session = meetings.add_session(SYSTEM, w.meeting, title="Statement by the Governor", presenter_text="Governor")
    w.group = meetings.add_group(SYSTEM, w.meeting, name="Group One", theme_text="Compensation",
                                 challenges=["Slow payments"])
    w.rec = recommendations.create_recommendation(SYSTEM, w.meeting, text="Resume return approvals for Sinjar",
                                                  addressees=[w.branch], places=[w.place])
    w.action = actions.create_action(SYSTEM, text="Share the list of suspended files", owner=w.branch,
                                     supporters=[w.unicef], recommendation=w.rec, due_on=date(2025, 4, 30))
    w.submission = escalation.create_submission(SYSTEM, w.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS,
                                                title="Outcomes of the March JCF", recommendations=[w.rec])
    escalation.approve_submission(SYSTEM, w.submission, version=w.submission.version)
    escalation.mark_sent(SYSTEM, w.submission, sent_on=date(2025, 3, 20), reference="JCF/2025/17",
                         version=w.submission.version)
    w.decision = escalation.record_decision(
        SYSTEM, submissions=[w.submission], level=EscalationLevel.COUNCIL_OF_MINISTERS, decided_on=date(2025, 5, 2),
        number="24/112", outcomes={w.rec: ("endorsed", None)})
    w.draft = imports.create_draft(w.users["secretariat"], text=REPORT, filename="minutes.txt")
    w.dstf_meeting = make_meeting(w.dstf, title="DSTF closed session")
    w.dstf_rec = recommendations.create_recommendation(SYSTEM, w.dstf_meeting, text="Confidential approach to donors",
                                                       addressees=[w.unicef])
    # The library: a JCF report (a link, tied to the JCF meeting); a quarterly review the secretariat wrote.
    w.document = library.create_document(SYSTEM, url="https://example.org/jcf-report", title="JCF Ninewa report",
                                         language="en", forums=[w.jcf])
    library.link_document(SYSTEM, w.document, "meeting", w.meeting.id)
    w.review = reviews.create_review(w.users["secretariat"], start=date(2025, 1, 1), end=date(2025, 3, 31),
                                     forums=[w.jcf], base_url="https://tracker.example.org")
    db.session.commit()
    return w



def login(client, user_or_email, password=PASSWORD):
    email = getattr(user_or_email, "email", user_or_email)
    return client.post("/login", data={"email": email, "password": password})


@pytest.fixture
def login_as(client, world):
    """login_as("co_chair") logs the test client in as that role's user from `world`."""
    def _login(role):
        if role == "anonymous":
            return None
        response = login(client, world.users[role])
        assert response.status_code == 302, response.get_data(as_text=True)
        return world.users[role]
    return _login


def plan_world(world):
    """A plan of JCF Ninewa with one commitment, announced by a register decision; its measure is led by MoMD's
    Ninewa branch and supported by UNICEF (like world.action), with an indicator. Added to `world` once."""
    if hasattr(world, "plan"):
        return world
    from ds_tracker.models import PlanKind
    from ds_tracker.services import plans, register
    world.register_decision = register.record_decision(
        SYSTEM, world.jcf, level=EscalationLevel.COUNCIL_OF_MINISTERS, decided_on=date(2024, 1, 2), number="1",
        text="Close all camps in KRI", deadline_on=date(2024, 6, 30))
    world.plan = plans.create_plan(SYSTEM, world.jcf, kind=PlanKind.AREA_POA, title="Ninewa Plan of Action")
    world.commitment = plans.add_commitment(SYSTEM, world.plan, text="Return grants for returning families",
                                            decision=world.register_decision, timeframe="2024")
    world.measure = actions.create_action(SYSTEM, text="Pay IQD 4 million per family", owner=world.branch,
                                          supporters=[world.unicef], commitment=world.commitment,
                                          due_on=date(2025, 6, 30))
    world.indicator = plans.create_indicator(SYSTEM, world.measure, name="Families returned", target="121")
    db.session.commit()
    return world


# --- databases of a test's own (backup, copy-to, two hosts, faults) ------------------------------------------

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"   # always there on the project's machines and in CI


def pg_server_url() -> str:
    """The PostgreSQL server the suite uses (TEST_DATABASE_URL's), else the machine's on 127.0.0.1:5432."""
    return TEST_DATABASE_URL.rsplit("/", 1)[0] if TEST_DATABASE_URL else PG_SERVER


@pytest.fixture
def pg_database():
    """A fresh, empty PostgreSQL database of this test's own (created and dropped here), even in the SQLite run."""
    import uuid
    server = pg_server_url()
    name = f"ds_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:   # fails loudly, never skips, when the server is not there
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{server}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# --- the app served by gunicorn, as in production (deploy/gunicorn.conf.py) -------------------------------

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GUNICORN = os.path.join(ROOT, ".venv", "bin", "gunicorn")   # from the test extras (make install)


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """One gunicorn serving the app on its own port; stop() ends it and its workers."""

    def __init__(self, database_url, *, config="deploy/gunicorn.conf.py", workers=1, **env):
        import subprocess
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        environment = {**os.environ, "DATABASE_URL": database_url, "DS_SECRET_KEY": "shared-test-secret",
                       "DS_BASE_URL": "https://tracker.example.org", "DS_BIND": f"127.0.0.1:{self.port}",
                       "DS_WORKERS": str(workers), "DS_LOG_LEVEL": "warning", **env}
        assert os.path.exists(GUNICORN), "gunicorn is missing: `make install` installs the test extras"
        self.process = subprocess.Popen([GUNICORN, "-c", os.path.join(ROOT, config)], cwd=ROOT, env=environment,
                                        start_new_session=True)

    def wait(self, timeout=60):
        import time

        import requests
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"gunicorn on {self.port} exited with {self.process.returncode}"
            try:
                if requests.get(self.base + "/healthz", timeout=5).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise AssertionError(f"gunicorn on {self.port} did not answer within {timeout} s")

    def stop(self):
        import signal
        import subprocess
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.process.pid, sig)
                self.process.wait(wait)
                return
            except ProcessLookupError:
                return
            except subprocess.TimeoutExpired:
                continue


@pytest.fixture
def serve():
    """serve(database_url, ...) starts gunicorn (all started ones are waited for by the caller, stopped here)."""
    started = []

    def _serve(database_url, **kwargs):
        started.append(Served(database_url, **kwargs))
        return started[-1]
    yield _serve
    for served in started:
        served.stop()


def web_login(session, base, email, password=PASSWORD):
    """Log in through the real form (CSRF token included) on a requests.Session; return the answer."""
    import re
    page = session.get(f"{base}/login").text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)[1]
    return session.post(f"{base}/login", data={"email": email, "password": password, "csrf_token": token},
                        allow_redirects=False)


def csrf_token(session, url):
    import re
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', session.get(url).text)[1]
# --- the browser: Debian's chromium driven by Playwright, the app served on a free port --------------------

import shutil  # noqa: E402
import threading  # noqa: E402

from werkzeug.serving import make_server  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"chromium is not installed at {CHROMIUM}: `make test` installs it (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def server(app):
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


def log_in(page, base, email):
    page.set_default_timeout(8000)     # a step that cannot happen fails in seconds, not half a minute
    page.goto(f"{base}/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    assert "/login" not in page.url



def overflow(page) -> int:
    """How many pixels the page is wider than the window (a phone would scroll the whole page sideways)."""
    return page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
