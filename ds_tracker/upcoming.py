"""The calendar of the coming weeks: the meetings already scheduled, and the forums' usual dates (their
recurrence rules) where nothing is scheduled yet, each with who may come (open, or members only).

Pure in its rules (membership_of, usual_dates, merge); upcoming() reads the meetings through access/.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa

from .models import ForumKind

WEEKS = 6
# A forum's usual date is not shown when a meeting of the forum is already scheduled this close to it: the
# scheduled one is that month's meeting, moved.
NEAR = timedelta(days=10)
# Who may attend, by kind of forum (DOMAIN.md): JCFs, the RWG and ABCs are open; the Task Force and the DSTWG
# (with its sub-groups) have fixed members; workshops are by invitation.
MEMBERSHIP = {ForumKind.RWG: "open", ForumKind.JCF: "open", ForumKind.ABC: "open", ForumKind.DSTF: "members",
              ForumKind.DSTWG: "members", ForumKind.DSTWG_SUBGROUP: "members", ForumKind.WORKSHOP: "invited"}


def membership_of(forum) -> str:
    if forum.confidential:
        return "members"
    return MEMBERSHIP.get(forum.kind, "open")


@dataclass
class Upcoming:
    day: date
    forum: object
    membership: str
    meeting: object = None        # None: the forum's usual date, nothing scheduled yet
    city: str | None = None
    start_time: time | None = None

    @property
    def scheduled(self) -> bool:
        return self.meeting is not None


def usual_dates(rule: str | None, start: date, end: date) -> list[date]:
    """The days a forum's rule gives in [start, end]; none for no rule or one dateutil cannot read."""
    if not rule:
        return []
    from dateutil.rrule import rrulestr
    try:
        # Anchored on the first Monday of the year: a fortnightly rule gives the same weeks whatever the window.
        anchor = date(start.year, 1, 1)
        anchor += timedelta(days=(7 - anchor.weekday()) % 7)
        days = rrulestr(rule, dtstart=datetime.combine(min(anchor, start.replace(day=1)), time()))
        return [d.date() for d in days.between(datetime.combine(start, time()), datetime.combine(end, time()),
                                               inc=True)]
    except (ValueError, TypeError):
        return []


def merge(forums, sittings, start: date, end: date) -> list[Upcoming]:
    """Scheduled sittings, then each forum's usual dates not near a scheduled meeting of that forum; by date."""
    items = [Upcoming(s.date, s.meeting.forum, membership_of(s.meeting.forum), s.meeting, s.city, s.start_time)
             for s in sittings]
    scheduled = {}
    for item in items:
        scheduled.setdefault(item.forum.id, []).append(item.day)
    for forum in forums:
        for day in usual_dates(forum.recurrence, start, end):
            if not any(abs(day - other) < NEAR for other in scheduled.get(forum.id, [])):
                items.append(Upcoming(day, forum, membership_of(forum)))
    return sorted(items, key=lambda u: (u.day, u.start_time or time(), u.forum.name))


def upcoming(who, start: date, weeks: int = WEEKS, forum_ids=None) -> list[Upcoming]:
    """What the user may see of the coming weeks (forum_ids narrows to some forums)."""
    from . import access
    from .extensions import db
    from .models import Forum, Meeting, Sitting
    end = start + timedelta(weeks=weeks)
    forum_q = sa.select(Forum).where(access.forum(who), Forum.is_active.is_(True))
    sitting_q = (sa.select(Sitting).join(Meeting).where(access.meeting(who), Sitting.date >= start,
                                                        Sitting.date <= end))
    if forum_ids is not None:
        forum_q = forum_q.where(Forum.id.in_(forum_ids))
        sitting_q = sitting_q.where(Meeting.forum_id.in_(forum_ids))
    return merge(db.session.scalars(forum_q).all(), db.session.scalars(sitting_q).all(), start, end)


def without_usual_date(who, forum_ids=None) -> list:
    """Active forums the user sees that have no usual date (a JCF's date varies): the calendar names them."""
    from . import access
    from .extensions import db
    from .models import Forum
    q = sa.select(Forum).where(access.forum(who), Forum.is_active.is_(True), Forum.recurrence.is_(None),
                               Forum.kind != ForumKind.WORKSHOP).order_by(Forum.name)
    if forum_ids is not None:
        q = q.where(Forum.id.in_(forum_ids))
    return db.session.scalars(q).all()


def rule_in_words(rule: str | None) -> str:
    """A forum's usual date as people say it, in the reader's language ("every last Tuesday of the month")."""
    from flask_babel import gettext as _

    from .recurrence import RecurrenceError, from_rule
    try:
        every, which, day = from_rule(rule)
    except RecurrenceError:
        return ""
    if not every:
        return ""
    days = {"MO": _("Monday"), "TU": _("Tuesday"), "WE": _("Wednesday"), "TH": _("Thursday"), "FR": _("Friday"),
            "SA": _("Saturday"), "SU": _("Sunday")}
    if every == "weekly":
        return _("every %(day)s", day=days[day])
    if every == "fortnightly":
        return _("every other %(day)s", day=days[day])
    ordinals = {1: _("first"), 2: _("second"), 3: _("third"), 4: _("fourth"), -1: _("last")}
    return _("every %(which)s %(day)s of the month", which=ordinals[which], day=days[day])


def membership_words(membership: str) -> str:
    from flask_babel import gettext as _
    return {"open": _("open"), "members": _("members only"), "invited": _("by invitation")}[membership]
