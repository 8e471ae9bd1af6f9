"""Faults: a gunicorn worker killed (kill -9) in the middle of saving an imported report leaves no partial meeting
and the draft saves again; PostgreSQL stopped under a request answers the "try again" page (503), no write is
half-done, and the app recovers by itself when the database is back (pool pre-ping). The restart uses a throwaway
cluster of the test's own (initdb in a temporary directory, another port), never the machine's shared server.
(Mail server down: tests/test_reminder_claims.py and tests/test_password_reset.py.)"""
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from glob import glob

import pytest
import requests
import sqlalchemy as sa
from flask_migrate import upgrade

from ds_tracker import create_app
from ds_tracker.extensions import db
from ds_tracker.models import Action, ActionNote, Meeting, ReportDraft, TrailEntry
from conftest import RequestScopedClient, app_config, build_world, csrf_token, free_port, login, web_login

MEETING_PARTS = ["meetings", "sittings", "attendances", "people", "recommendations", "actions", "trail_entries",
                 "agenda_items", "stored_files"]


def _counts():
    return {t: db.session.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar() for t in MEETING_PARTS}


def test_a_worker_killed_mid_save_leaves_no_partial_meeting_and_the_draft_saves_again(database_url, world, serve,
                                                                                      tmp_path):
    draft_id, forum_id = world.draft.id, world.jcf.id
    before = _counts()
    db.session.remove()
    marker = tmp_path / "paused"
    host = serve(database_url, config="tests/gunicorn_pause.conf.py", DS_TEST_PAUSE_TABLE="recommendations",
                 DS_TEST_PAUSE_FILE=str(marker)).wait()
    browser = requests.Session()
    assert web_login(browser, host.base, "sec@test.org").status_code == 302
    token = csrf_token(browser, f"{host.base}/imports/{draft_id}")
    answers = []

    def save():
        try:
            answers.append(browser.post(f"{host.base}/imports/{draft_id}/save", allow_redirects=False,
                                        data={"forum": forum_id, "csrf_token": token, "same_day_ok": "y"}, timeout=60).status_code)
        except requests.ConnectionError:
            answers.append("connection closed")
    saving = threading.Thread(target=save)
    saving.start()
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the save never reached the recommendations"
    os.kill(int(marker.read_text()), signal.SIGKILL)   # mid-save: meeting, sittings, people already written
    saving.join(30)
    assert answers == ["connection closed"] or answers[0] >= 500

    assert _counts() == before   # nothing of the meeting: no sittings, people or recommendations without it
    assert db.session.get(ReportDraft, draft_id).meeting_id is None
    db.session.remove()
    host.wait()   # gunicorn has started a new worker
    again = browser.post(f"{host.base}/imports/{draft_id}/save", data={"forum": forum_id, "csrf_token": token, "same_day_ok": "y"},
                         allow_redirects=False, timeout=60)
    assert again.status_code == 302 and "/meetings/" in again.headers["Location"]
    meeting = db.session.scalar(sa.select(Meeting).where(Meeting.title == "JCF Ninewa monthly meeting"))
    assert meeting is not None and len(meeting.attendances) == 2
    assert _counts()["recommendations"] == before["recommendations"] + 1


class ThrowawayPostgres:
    """A cluster of the test's own: initdb in a temporary directory, started on another port; stopped at the end.
    Debian keeps initdb in /usr/lib/postgresql/<version>/bin; it refuses to run as root, so root runs it as postgres."""

    def __init__(self):
        found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
        assert found, "initdb is missing: apt-get install postgresql (the fault test needs a cluster of its own)"
        self.bin = os.path.dirname(found[-1])
        self.dir = tempfile.mkdtemp(prefix="ds-pg-")
        self.data = os.path.join(self.dir, "data")
        self.port = free_port()
        self.as_owner = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
            self.as_owner = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        self.start()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def _run(self, tool, *args):
        subprocess.run([*self.as_owner, os.path.join(self.bin, tool), *args], check=True, capture_output=True)

    def start(self):
        self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w", "start", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off")

    def stop(self, mode="immediate"):
        self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def remove(self):
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass   # already stopped
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def throwaway_postgres():
    cluster = ThrowawayPostgres()
    yield cluster
    cluster.remove()


def test_postgresql_stopped_mid_write_gives_try_again_and_the_app_recovers_when_it_is_back(throwaway_postgres):
    pg = throwaway_postgres
    admin = sa.create_engine(f"{pg.url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text("CREATE DATABASE ds"))
    admin.dispose()
    app = create_app(app_config(f"{pg.url}/ds"))
    with app.app_context():
        upgrade()
        world = build_world()
        action_id, version = world.action.id, world.action.version
        app.test_client_class = RequestScopedClient   # a fresh `g` per request, as in production
        client = app.test_client()
        assert login(client, world.users["focal_momd"]).status_code == 302
        trail_before = db.session.scalar(sa.select(sa.func.count(TrailEntry.id)))
        db.session.remove()

        def server_dies(conn, cursor, statement, *args):   # the UPDATE is sent; the trail's INSERT finds it gone
            if statement.lstrip().upper().startswith("INSERT INTO TRAIL_ENTRIES"):
                sa.event.remove(db.engine, "before_cursor_execute", server_dies)
                pg.stop("immediate")
        sa.event.listen(db.engine, "before_cursor_execute", server_dies)
        update = {"s": "in_progress", "n": "Lists sent to the governorate"}
        during = client.post(f"/owe/{action_id}?v={version}", data=update)
        page = during.get_data(as_text=True)
        assert during.status_code == 503 and "Try again" in page and "Traceback" not in page
        assert client.get("/owe").status_code == 503          # still down: the same clear answer

        pg.start()
        assert client.get("/owe").status_code == 200          # recovered by itself: no app restart
        action = db.session.get(Action, action_id)
        assert action.version == version and action.status.value == "open"   # nothing half-done
        assert db.session.scalar(sa.select(sa.func.count(TrailEntry.id))) == trail_before
        assert db.session.scalar(sa.select(sa.func.count(ActionNote.id)).where(ActionNote.action_id == action_id)) == 0
        db.session.remove()
        assert client.post(f"/owe/{action_id}?v={version}", data=update).status_code == 302   # sent again: saved
        assert db.session.get(Action, action_id).status.value == "in_progress"
        db.session.remove()
        db.engine.dispose()
