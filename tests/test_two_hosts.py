"""No state on the app hosts: two gunicorn instances on two ports against one PostgreSQL. A file uploaded through
one is downloaded through the other; a login limit reached on one holds on the other; `send-reminders` run on
both at once sends each reminder once. (Sessions are signed cookies: the session and CSRF token one host gave are
accepted by the other.) The database is the test's own on the PostgreSQL server, even in the SQLite run."""
import os
import subprocess
from datetime import timedelta
from types import SimpleNamespace

import pytest
import requests
import sqlalchemy as sa
from flask_migrate import upgrade

from ds_tracker import create_app
from ds_tracker.extensions import db
from ds_tracker.models import ReminderLog, StoredFile
from ds_tracker.services import SYSTEM, actions
from ds_tracker.status import baghdad_today
from conftest import REPORT, ROOT, app_config, build_world, csrf_token, free_port, web_login
from test_followup import Inbox


@pytest.fixture
def shared_database(pg_database):
    """The one database both hosts use: migrated, with the `world` and three actions due."""
    other = create_app(app_config(pg_database))
    with other.app_context():
        upgrade()
        w = build_world()
        today = baghdad_today()
        w.action.due_on = today + timedelta(days=2)
        actions.create_action(SYSTEM, text="UNICEF task", owner=w.unicef, meeting=w.meeting, due_on=today)
        actions.create_action(SYSTEM, text="MoF task", owner=w.mof, meeting=w.meeting, due_on=today)
        db.session.commit()
        facts = SimpleNamespace(url=pg_database, forum_id=w.jcf.id)
        db.session.remove()
        db.engine.dispose()
    return facts


@pytest.fixture
def two_hosts(shared_database, serve):
    first, second = serve(shared_database.url), serve(shared_database.url)
    return first.wait(), second.wait()


def test_a_file_uploaded_through_one_host_is_downloaded_through_the_other(shared_database, two_hosts):
    one, other = two_hosts
    browser = requests.Session()   # one cookie jar for both: a load balancer sends each request anywhere
    assert web_login(browser, one.base, "sec@test.org").status_code == 302
    token = csrf_token(browser, f"{other.base}/imports/new")            # the form from one host...
    report = REPORT.encode()
    sent = browser.post(f"{one.base}/imports/new", data={"forum": shared_database.forum_id, "csrf_token": token},
                        files={"file": ("minutes.txt", report, "text/plain")}, allow_redirects=False)
    assert sent.status_code == 302, sent.text                           # ...accepted by the other
    draft_path = sent.headers["Location"]
    downloaded = browser.get(f"{other.base}{draft_path}/source")
    assert downloaded.status_code == 200 and downloaded.content == report
    engine = sa.create_engine(shared_database.url)   # in the database, not on one host's disk
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.select(StoredFile.data).where(StoredFile.filename == "minutes.txt")).scalar() == report
    finally:
        engine.dispose()


def test_a_login_limit_reached_on_one_host_holds_on_the_other(two_hosts):
    one, other = two_hosts
    attacker = requests.Session()
    for _ in range(5):   # LOGIN_MAX_FAILURES
        assert web_login(attacker, one.base, "momd@test.org", "wrong guess").status_code == 401
    refused = web_login(requests.Session(), other.base, "momd@test.org")   # the right password, the other host
    assert refused.status_code == 429 and "Too many failed attempts" in refused.text
    assert web_login(requests.Session(), other.base, "unicef@test.org").status_code == 302   # others may log in


class SlowInbox(Inbox):
    async def handle_DATA(self, server, session, envelope):   # noqa: N802
        import asyncio
        await asyncio.sleep(0.2)   # both runs are mid-way at the same time
        return await super().handle_DATA(server, session, envelope)


def test_send_reminders_run_on_both_hosts_at_once_sends_each_reminder_once(shared_database):
    from aiosmtpd.controller import Controller
    port = free_port()
    inbox = SlowInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    env = {**os.environ, "DATABASE_URL": shared_database.url, "DS_SECRET_KEY": "shared-test-secret",
           "DS_BASE_URL": "https://tracker.example.org", "DS_MAIL_SERVER": "127.0.0.1", "DS_MAIL_PORT": str(port)}
    try:
        runs = [subprocess.Popen([os.path.join(ROOT, ".venv", "bin", "flask"), "--app", "ds_tracker",
                                  "send-reminders"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
                for _host in range(2)]
        outputs = [run.communicate(timeout=120)[0] for run in runs]
    finally:
        controller.stop()
    assert all(run.returncode == 0 for run in runs), outputs
    recipients = sorted(m["To"] for m in inbox.messages)
    assert recipients == sorted(set(recipients))   # nobody got one twice
    assert {"mof@test.org", "momd@test.org", "unicef@test.org"} <= set(recipients)
    engine = sa.create_engine(shared_database.url)
    try:
        with engine.connect() as conn:
            states = conn.execute(sa.select(ReminderLog.state, sa.func.count()).group_by(ReminderLog.state)).all()
    finally:
        engine.dispose()
    assert dict(states) == {"sent": len(recipients)}
