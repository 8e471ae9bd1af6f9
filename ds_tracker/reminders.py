"""`flask send-reminders`: e-mail focal points what is due or overdue, and secretariats a weekly digest.

Meant for cron; idempotent within its period (a day for reminders, an ISO week for digests) through the
ReminderLog, which is committed after each message so a crash half-way never sends anything twice.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import sqlalchemy as sa
from flask import render_template
from flask_babel import force_locale, gettext as _
from sqlalchemy.orm import joinedload

from . import mail
from .extensions import db
from .models import Action, Forum, Organisation, Recommendation, ReminderLog, Role, RoleAssignment, User
from .permissions import with_descendants
from .queries import OPEN_STATUSES
from .status import baghdad_today

DUE_WITHIN = timedelta(days=7)


def _due_actions(today: date):
    return sa.select(Action).where(Action.deleted_dt.is_(None), Action.status.in_(OPEN_STATUSES),
                                   Action.due_on.is_not(None), Action.due_on <= today + DUE_WITHIN)


def _already(email: str, kind: str, period: str) -> bool:
    return db.session.scalar(sa.select(ReminderLog.id).filter_by(email=email, kind=kind, period=period)) is not None


def _record(email, kind, period, today, subject, action_ids):
    db.session.add(ReminderLog(email=email, kind=kind, period=period, sent_on=today, subject=subject,
                               action_ids=action_ids))
    db.session.commit()


def due_recipients(today: date) -> dict[str, dict]:
    """{email: {"name", "actions"}}: focal points with an account (their organisation's actions) and people named
    as an action's focal point (their own actions), who have an address and have not turned reminders off."""
    people: dict[str, dict] = {}
    actions = db.session.scalars(_due_actions(today).options(joinedload(Action.owner),
                                                             joinedload(Action.focal_person))).unique().all()
    parents = dict(db.session.execute(sa.select(Organisation.id, Organisation.parent_id)).all())
    focal_users = db.session.execute(
        sa.select(User, RoleAssignment.organisation_id).join(RoleAssignment, RoleAssignment.user_id == User.id)
        .where(RoleAssignment.role == Role.FOCAL_POINT, User.is_enabled.is_(True),
               RoleAssignment.starts_on <= today,
               sa.or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= today))).all()
    by_user = defaultdict(set)
    for user, org_id in focal_users:
        by_user[user].update(with_descendants({org_id}, parents))
    for user, orgs in by_user.items():
        if not user.person.reminders_enabled:
            continue
        mine = [a for a in actions if a.owner_id in orgs]
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
        if _already(email, "due", today.isoformat()):
            continue
        actions = sorted(who["actions"].values(), key=lambda a: (a.due_on, a.id))
        overdue = [a for a in actions if a.due_on < today]
        soon = [a for a in actions if a.due_on >= today]
        context = dict(name=who["name"], overdue=overdue, soon=soon, link=f"{base_url}/owe", today=today)
        with force_locale(_language_of(email)):  # in the recipient's language
            subject = _("DS Tracker: %(overdue)s overdue, %(soon)s due within 7 days", overdue=len(overdue),
                        soon=len(soon))
            text, html = render_template("emails/due.txt", **context), render_template("emails/due.html", **context)
        mail.send(email, subject, text, html)
        _record(email, "due", today.isoformat(), today, subject, [a.id for a in actions])
        sent += 1
    return sent


def send_digests(base_url: str, today: date | None = None) -> int:
    """Each forum's secretariat, once a week: what is open, overdue and new in the forum."""
    today = today or baghdad_today()
    year, week, _day = today.isocalendar()
    sent = 0
    secretariats = db.session.execute(
        sa.select(User, RoleAssignment.forum_id).join(RoleAssignment, RoleAssignment.user_id == User.id)
        .where(RoleAssignment.role == Role.SECRETARIAT, User.is_enabled.is_(True), RoleAssignment.starts_on <= today,
               sa.or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= today))).all()
    for user, forum_id in secretariats:
        forum = db.session.get(Forum, forum_id)
        period = f"{year}-W{week:02d}:{forum.code}"
        if not user.person.reminders_enabled or _already(user.email, "digest", period):
            continue
        open_q = sa.select(Action).where(Action.forum_id == forum.id, Action.deleted_dt.is_(None),
                                         Action.status.in_(OPEN_STATUSES))
        overdue = db.session.scalars(open_q.where(Action.due_on < today).order_by(Action.due_on).limit(30)).all()
        due = db.session.scalars(open_q.where(Action.due_on >= today, Action.due_on <= today + DUE_WITHIN)
                                 .order_by(Action.due_on)).all()
        open_count = db.session.scalar(sa.select(sa.func.count()).select_from(open_q.subquery()))
        new_recs = db.session.scalar(sa.select(sa.func.count(Recommendation.id)).where(
            Recommendation.forum_id == forum.id, Recommendation.created_dt >= _week_ago(today)))
        context = dict(name=user.name, forum=forum, open_count=open_count, overdue=overdue, due=due,
                       new_recs=new_recs, link=f"{base_url}/forums/{forum.id}/dashboard", today=today)
        with force_locale(user.language or "en"):
            subject = _("DS Tracker weekly digest, %(forum)s: %(open)s open, %(overdue)s overdue",
                        forum=forum.name, open=open_count, overdue=len(overdue))
            text = render_template("emails/digest.txt", **context)
            html = render_template("emails/digest.html", **context)
        mail.send(user.email, subject, text, html)
        _record(user.email, "digest", period, today, subject, [a.id for a in overdue + due])
        sent += 1
    return sent


def _week_ago(today):
    from datetime import datetime, time, timezone
    return datetime.combine(today - timedelta(days=7), time(), tzinfo=timezone.utc)

