"""Reminders are claimed in the database before they are sent: two runs at once send each message once,
and a failed send is retried by the next run. Against a real SMTP server (aiosmtpd)."""
import socket
import threading
from datetime import timedelta

import sqlalchemy as sa

from ds_tracker.extensions import db
from ds_tracker.models import ReminderLog
from ds_tracker.reminders import send_due_reminders
from ds_tracker.services import SYSTEM, actions
from ds_tracker.status import baghdad_today
from test_followup import Inbox, smtp  # noqa: F401 (the fixture)


def _due_for_three(world):
    today = baghdad_today()
    world.action.due_on = today + timedelta(days=2)
    actions.create_action(SYSTEM, text="UNICEF task", owner=world.unicef, meeting=world.meeting, due_on=today)
    actions.create_action(SYSTEM, text="MoF task", owner=world.mof, meeting=world.meeting, due_on=today)
    db.session.commit()


class SlowInbox(Inbox):
    async def handle_DATA(self, server, session, envelope):   # noqa: N802
        import asyncio
        await asyncio.sleep(0.3)   # both runs are mid-way at the same time
        return await super().handle_DATA(server, session, envelope)


def test_two_runs_at_once_send_each_reminder_once(app, world, smtp):  # noqa: F811
    _due_for_three(world)
    smtp.__class__ = SlowInbox
    db.session.remove()
    counts, errors = [], []

    def run():
        with app.app_context():
            try:
                counts.append(send_due_reminders("http://tracker.example"))
            except Exception as e:  # noqa: BLE001
                errors.append(e)
            finally:
                db.session.remove()
    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    recipients = sorted(m["To"] for m in smtp.messages)
    assert recipients == ["mof@test.org", "momd@test.org", "unicef@test.org"]
    assert sum(counts) == 3
    assert set(db.session.scalars(sa.select(ReminderLog.state))) == {"sent"}


def test_a_failed_send_frees_the_claim_for_the_next_run(app, world, smtp):  # noqa: F811
    _due_for_three(world)
    with socket.socket() as s:   # a port nobody listens on: the mail server is down
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    good = app.config["MAIL_PORT"]
    app.config["MAIL_PORT"] = dead
    try:
        assert send_due_reminders("http://tracker.example") == 0
    finally:
        app.config["MAIL_PORT"] = good
    assert set(db.session.scalars(sa.select(ReminderLog.state))) == {"failed"}
    assert send_due_reminders("http://tracker.example") == 3
    assert len(smtp.messages) == 3
    assert send_due_reminders("http://tracker.example") == 0
    assert len(smtp.messages) == 3 and set(db.session.scalars(sa.select(ReminderLog.state))) == {"sent"}


def test_a_claim_abandoned_by_a_crashed_run_is_taken_again_later(app, world, smtp):  # noqa: F811
    from ds_tracker.models.base import utcnow
    _due_for_three(world)
    today = baghdad_today()
    db.session.add(ReminderLog(email="mof@test.org", kind="due", period=today.isoformat(), sent_on=today,
                               subject="x", action_ids=[], state="claimed", sent_dt=utcnow() - timedelta(hours=2)))
    db.session.add(ReminderLog(email="unicef@test.org", kind="due", period=today.isoformat(), sent_on=today,
                               subject="x", action_ids=[], state="claimed", sent_dt=utcnow()))
    db.session.commit()
    assert send_due_reminders("http://tracker.example") == 2   # the fresh claim belongs to a run still going
    assert sorted(m["To"] for m in smtp.messages) == ["mof@test.org", "momd@test.org"]
