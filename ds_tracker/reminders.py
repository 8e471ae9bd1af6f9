"""`flask send-reminders`: e-mail focal points what is due or overdue, and secretariats a weekly digest.

Meant for cron; idempotent within its period (a day for reminders, an ISO week for digests) through the
ReminderLog: each (address, kind, period) is claimed by a committed row (unique key) BEFORE its message goes
out, then marked sent or failed. Two hosts running at once send each message once; a failed send frees the
claim for the next run; a claim abandoned by a crashed run is taken again after CLAIM_EXPIRES.
"""
from __future__ import annotations

import logging
import smtplib
from datetime import date, timedelta

import sqlalchemy as sa
from flask import render_template
from flask_babel import force_locale, gettext as _
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from . import access, mail
from .extensions import db
from .models.base import utcnow
from .models import Action, Forum, Recommendation, ReminderLog, Role, RoleAssignment, User
from .queries import OPEN_STATUSES
from .status import baghdad_today

DUE_WITHIN = timedelta(days=7)


def _due_actions(today: date):
    return sa.select(Action).where(Action.deleted_dt.is_(None), Action.status.in_(OPEN_STATUSES),
                                   Action.due_on.is_not(None), Action.due_on <= today + DUE_WITHIN)


CLAIM_EXPIRES = timedelta(hours=1)
log = logging.getLogger(__name__)


def _claim(email: str, kind: str, period: str, today: date, subject: str) -> int | None:
    """Claim one message for this run (committed at once); None when another run has it or it was sent."""
    try:
        row = ReminderLog(email=email, kind=kind, period=period, sent_on=today, subject=subject[:300],
                          action_ids=[], state="claimed")
        db.session.add(row)
        db.session.commit()
        return row.id
    except IntegrityError:
        db.session.rollback()
    key = sa.and_(ReminderLog.email == email, ReminderLog.kind == kind, ReminderLog.period == period)
    taken = db.session.execute(sa.update(ReminderLog).where(key, _free())
                               .values(state="claimed", sent_dt=utcnow(), sent_on=today, subject=subject[:300]))
    db.session.commit()
    return db.session.scalar(sa.select(ReminderLog.id).where(key)) if taken.rowcount == 1 else None


def _free():
    """A claim the next run may take: its send failed, or its run died long ago."""
    return sa.or_(ReminderLog.state == "failed",
                  sa.and_(ReminderLog.state == "claimed", ReminderLog.sent_dt < utcnow() - CLAIM_EXPIRES))


def _send_claimed(email, kind, period, today, subject, action_ids, text, html) -> bool:
    """Claim, send, then mark the claim sent or failed (a failed one is retried by the next run)."""
    claim = _claim(email, kind, period, today, subject)
    if claim is None:
        return False
    try:
        mail.send(email, subject, text, html)
    except (OSError, smtplib.SMTPException) as e:
        log.warning("reminder to %s (%s %s) failed: %s", email, kind, period, e)
        db.session.execute(sa.update(ReminderLog).where(ReminderLog.id == claim).values(state="failed"))
        db.session.commit()
        return False
    db.session.execute(sa.update(ReminderLog).where(ReminderLog.id == claim)
                       .values(state="sent", sent_dt=utcnow(), action_ids=action_ids))
    db.session.commit()
    return True


def _done(email: str, kind: str, period: str) -> bool:
    """Sent already (or being sent by another run): skip building the message."""
    return db.session.scalar(sa.select(ReminderLog.id).filter_by(email=email, kind=kind, period=period).where(
        sa.not_(_free()))) is not None


def due_recipients(today: date) -> dict[str, dict]:
    """{email: {"name", "actions"}}: focal points with an account (their organisation's actions) and people named
    as an action's focal point (their own actions), who have an address and have not turned reminders off."""
    people: dict[str, dict] = {}
    actions = db.session.scalars(_due_actions(today).options(joinedload(Action.owner),
                                                             joinedload(Action.focal_person))).unique().all()
    focal_users = db.session.scalars(
        sa.select(User).join(RoleAssignment, RoleAssignment.user_id == User.id)
        .where(RoleAssignment.role == Role.FOCAL_POINT, User.is_enabled.is_(True),
               RoleAssignment.starts_on <= today,
               sa.or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= today),
               RoleAssignment.ended_dt.is_(None))).unique().all()
    due_ids = [a.id for a in actions]
    for user in focal_users:
        if not user.person.reminders_enabled:
            continue
        # A reminder is a read: the organisation's actions that access/ lets this user read (never those of a
        # confidential forum it is not a member of).
        who = access.principal_on(user, today)
        readable = set(db.session.scalars(sa.select(Action.id).where(
            Action.id.in_(due_ids or [-1]), access.action(who), Action.owner_id.in_(sorted(who.focal_org_ids)))))
        mine = [a for a in actions if a.id in readable]
        if mine:
            people.setdefault(user.email, {"name": user.name, "actions": {}})["actions"].update({a.id: a for a in mine})
    for a in actions:
        person = a.focal_person
        if person and person.email and person.reminders_enabled:
            email = person.email.strip().lower()
            people.setdefault(email, {"name": person.name, "actions": {}})["actions"][a.id] = a
    return people


def _language_of(email: str) -> str:
    """The recipient's language: their account's choice, English for people without one."""
    return db.session.scalar(sa.select(User.language).where(User.email == email)) or "en"


def send_due_reminders(base_url: str, today: date | None = None) -> int:
    today = today or baghdad_today()
    sent = 0
    for email, who in sorted(due_recipients(today).items()):
        if _done(email, "due", today.isoformat()):
            continue
        actions = sorted(who["actions"].values(), key=lambda a: (a.due_on, a.id))
        overdue = [a for a in actions if a.due_on < today]
        soon = [a for a in actions if a.due_on >= today]
        context = dict(name=who["name"], overdue=overdue, soon=soon, link=f"{base_url}/owe", today=today)
        with force_locale(_language_of(email)):  # in the recipient's language
            subject = _("DS Tracker: %(overdue)s overdue, %(soon)s due within 7 days", overdue=len(overdue),
                        soon=len(soon))
            text, html = render_template("emails/due.txt", **context), render_template("emails/due.html", **context)
        sent += _send_claimed(email, "due", today.isoformat(), today, subject, [a.id for a in actions], text, html)
    return sent


def send_digests(base_url: str, today: date | None = None) -> int:
    """Each forum's secretariat, once a week: what is open, overdue and new in the forum."""
    today = today or baghdad_today()
    year, week, _day = today.isocalendar()
    sent = 0
    secretariats = db.session.execute(
        sa.select(User, RoleAssignment.forum_id).join(RoleAssignment, RoleAssignment.user_id == User.id)
        .where(RoleAssignment.role == Role.SECRETARIAT, User.is_enabled.is_(True), RoleAssignment.starts_on <= today,
               sa.or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= today),
               RoleAssignment.ended_dt.is_(None))).all()
    for user, forum_id in secretariats:
        forum = db.session.get(Forum, forum_id)
        period = f"{year}-W{week:02d}:{forum.code}"
        if not user.person.reminders_enabled or _done(user.email, "digest", period):
            continue
        who = access.principal_on(user, today)  # a digest is a read too: what this user may read of the forum
        open_q = sa.select(Action).where(Action.forum_id == forum.id, access.action(who),
                                         Action.status.in_(OPEN_STATUSES))
        overdue = db.session.scalars(open_q.where(Action.due_on < today).order_by(Action.due_on).limit(30)).all()
        due = db.session.scalars(open_q.where(Action.due_on >= today, Action.due_on <= today + DUE_WITHIN)
                                 .order_by(Action.due_on)).all()
        open_count = db.session.scalar(sa.select(sa.func.count()).select_from(open_q.subquery()))
        new_recs = db.session.scalar(sa.select(sa.func.count(Recommendation.id)).where(
            Recommendation.forum_id == forum.id, access.recommendation(who),
            Recommendation.created_dt >= _week_ago(today)))
        context = dict(name=user.name, forum=forum, open_count=open_count, overdue=overdue, due=due,
                       new_recs=new_recs, link=f"{base_url}/forums/{forum.id}/dashboard", today=today)
        with force_locale(user.language or "en"):
            subject = _("DS Tracker weekly digest, %(forum)s: %(open)s open, %(overdue)s overdue",
                        forum=forum.name, open=open_count, overdue=len(overdue))
            text = render_template("emails/digest.txt", **context)
            html = render_template("emails/digest.html", **context)
        sent += _send_claimed(user.email, "digest", period, today, subject, [a.id for a in overdue + due], text, html)
    return sent


def _week_ago(today):
    from datetime import datetime, time, timezone
    return datetime.combine(today - timedelta(days=7), time(), tzinfo=timezone.utc)

