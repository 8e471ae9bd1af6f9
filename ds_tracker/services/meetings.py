"""Writes to meetings and their parts (sittings, attendances, sessions, breakout groups)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from datetime import date

import sqlalchemy as sa

from ..extensions import db
from ..models import (Attendance, BreakoutGroup, Forum, Meeting, MeetingForum, MeetingOrganisation, MeetingRole,
                      Operation, Person, Session, Sitting)
from ..models.base import utcnow
from ..status import MinutesStatus
from .core import (add_created, ValidationFailed, already_created, assign, check_version, clean, created_fields, log,
                   principal_for, remember_creation, require, touch)

MEETING_FIELDS = ["title", "title_ar", "summary", "minutes"]


def _reason_if_approved(meeting: Meeting, reason: str | None) -> str | None:
    """After minutes are approved, every change to the meeting or its parts must say why."""
    reason = clean(reason)
    if meeting.minutes_approved and not reason:
        raise ValidationFailed({"reason": _l("The minutes are approved: say why you are changing this meeting.")})
    return reason


def _check_sittings(sittings: list[dict]) -> list[dict]:
    days = [s["date"] for s in sittings]
    if len(days) != len(set(days)):
        raise ValidationFailed({"sittings": _l("Each day can be listed once.")})
    return sorted(sittings, key=lambda s: s["date"])


def _sync_dates(meeting: Meeting) -> None:
    days = [s.date for s in meeting.sittings]
    meeting.starts_on, meeting.ends_on = (min(days), max(days)) if days else (None, None)


def _check_text_lengths(data: dict) -> None:
    """Markdown is bounded so that rendering it, once at save, stays quick."""
    from ..text import MAX_MARKDOWN_CHARS, MAX_SUMMARY_CHARS, TOO_LONG
    errors = {key: TOO_LONG % {"n": limit} for key, limit in (("summary", MAX_SUMMARY_CHARS),
                                                                ("minutes", MAX_MARKDOWN_CHARS))
              if len(data.get(key) or "") > limit}
    if errors:
        raise ValidationFailed(errors)


SAME_DAY = _l("This forum already has a meeting on that day. Open it to check it is not this one; if this is "
              "another meeting, tick the box below and create it again.")


def same_day_exists(forum_id: int, days, but=None) -> bool:
    """Whether a meeting of the forum (not deleted; not `but`) sits on one of `days`: a second record of one
    meeting is the usual cause (typed by hand after an import, or by two secretaries)."""
    days = list(days)
    return bool(days) and db.session.scalar(sa.select(sa.exists().where(
        Sitting.meeting_id == Meeting.id, Meeting.forum_id == forum_id, Meeting.deleted_dt.is_(None),
        Meeting.id != (but.id if but is not None else -1), Sitting.date.in_(days))))


def scheduled_on(forum_id: int, days) -> Meeting | None:
    """The forum's meeting on one of `days` that holds nothing yet (no minutes, attendance, recommendation or
    action: a coming meeting an earlier report announced, or one planned by hand). Its report fills it."""
    from ..models import Action, Recommendation
    days = list(days)
    if not days:
        return None
    empty = sa.and_(
        Meeting.forum_id == forum_id, Meeting.deleted_dt.is_(None), sa.or_(Meeting.minutes.is_(None), Meeting.minutes == ""),
        Meeting.id.in_(sa.select(Sitting.meeting_id).where(Sitting.date.in_(days))),
        ~Meeting.id.in_(sa.select(Attendance.meeting_id)), ~Meeting.id.in_(sa.select(Recommendation.meeting_id)),
        ~Meeting.id.in_(sa.select(Action.meeting_id).where(Action.meeting_id.is_not(None))))
    return db.session.scalars(sa.select(Meeting).where(empty).order_by(Meeting.id)).first()


def create_meeting(actor, forum: Forum, *, title: str, sittings: list[dict] = (), title_ar=None, summary=None,
                   minutes=None, hosts=(), organisers=(), present=(), idempotency_key=None,
                   same_day_ok=True) -> Meeting:
    """`same_day_ok=False` (the new-meeting form until its user confirms): refuse a meeting of the forum on a day
    another one already sits (SAME_DAY beside the days)."""
    require(principal_for(actor).can_create_meeting(forum), _l("Only this forum's secretariat and co-chairs can add meetings."))
    if existing := already_created(actor, idempotency_key, Meeting):
        return existing
    if not clean(title):
        raise ValidationFailed({"title": _l("Give the meeting a title.")})
    _check_text_lengths({"summary": summary, "minutes": minutes})
    if not same_day_ok and same_day_exists(forum.id, [s["date"] for s in sittings]):
        raise ValidationFailed({"sittings": SAME_DAY})
    meeting = Meeting(forum=forum, title=clean(title), title_ar=clean(title_ar), summary=clean(summary),
                      minutes=clean(minutes), created_by_id=actor.id if actor else None,
                      updated_by_id=actor.id if actor else None)
    for s in _check_sittings(list(sittings)):
        meeting.sittings.append(Sitting(date=s["date"], city=clean(s.get("city")), venue=clean(s.get("venue")),
                                        place_id=s.get("place_id")))
    for role, parties in ((MeetingRole.HOST, hosts), (MeetingRole.ORGANISER, organisers),
                          (MeetingRole.PRESENT, present)):
        _add_parties(meeting, role, parties)
    _sync_dates(meeting)
    db.session.add(meeting)
    db.session.flush()
    changes = created_fields(meeting, ["title", "title_ar", "summary", "minutes"])
    changes["forum"] = [None, forum.name]
    changes["sittings"] = [None, [_sitting_label(s) for s in meeting.sittings]]
    for role in MeetingRole:
        if parties := meeting.parties_in(role):
            changes[ROLE_FIELD[role]] = [None, [p.label for p in parties]]
    log(actor, meeting, Operation.CREATE, changes)
    _carry_over(actor, meeting)
    remember_creation(actor, idempotency_key, meeting)
    return meeting


def _carry_over(actor, meeting: Meeting) -> None:
    """The next meeting of a forum starts with its open actions, listed as they stand now."""
    from ..models import Action, AgendaItem
    from ..queries import OPEN_STATUSES
    import sqlalchemy as sa
    cutoff = _past_start(meeting)
    if cutoff is None:
        open_ids = db.session.scalars(sa.select(Action.id).where(
            Action.forum_id == meeting.forum_id, Action.deleted_dt.is_(None), Action.status.in_(OPEN_STATUSES))
            .order_by(Action.due_on, Action.id)).all()
    else:
        open_ids = _open_at(meeting.forum_id, cutoff)
    if not open_ids:
        return
    item = AgendaItem(meeting=meeting, title="Follow-up of previous actions", kind="follow_up",
                      action_ids=list(open_ids), position_in_list=0)
    db.session.add(item)
    db.session.flush()
    log(actor, item, Operation.CREATE, {"title": [None, item.title], "actions": [None, len(open_ids)]},
        parent=meeting)


def _past_start(meeting: Meeting):
    """The start (Baghdad midnight, as UTC) of a meeting dated before today; None for today's or a later one."""
    from datetime import datetime, time, timezone
    from ..status import BAGHDAD, baghdad_today
    if meeting.starts_on is None or meeting.starts_on >= baghdad_today():
        return None
    return datetime.combine(meeting.starts_on, time(), BAGHDAD).astimezone(timezone.utc)


def _open_at(forum_id: int, cutoff) -> list[int]:
    """The forum's actions that existed and were open at `cutoff`, from their status notes: a meeting entered
    after the fact follows up what was open then, not what was created or closed since."""
    import sqlalchemy as sa
    from ..models import Action, ActionNote
    from ..status import ACTION_CLOSED
    ids = db.session.scalars(sa.select(Action.id).where(
        Action.forum_id == forum_id, Action.deleted_dt.is_(None), Action.created_dt < cutoff)
        .order_by(Action.due_on, Action.id)).all()
    closed = {}
    for action_id, status_to in db.session.execute(
            sa.select(ActionNote.action_id, ActionNote.status_to).where(
                ActionNote.action_id.in_(ids or [-1]), ActionNote.status_to.is_not(None),
                ActionNote.created_dt < cutoff).order_by(ActionNote.created_dt, ActionNote.id)):
        closed[action_id] = status_to in ACTION_CLOSED
    return [i for i in ids if not closed.get(i, False)]


def _sitting_label(s: Sitting) -> str:
    return " ".join(p for p in (s.date.isoformat(), s.city, s.venue) if p)


def update_meeting(actor, meeting: Meeting, data: dict, *, version, reason=None, sittings=None, hosts=None,
                   organisers=None, present=None) -> dict:
    """Change the meeting's own fields (and, when given, its sittings, hosts and organisers) as one change."""
    require(principal_for(actor).can_edit_meeting(meeting), _l("Only this forum's secretariat and co-chairs can edit it."))
    check_version(meeting, version)
    reason = _reason_if_approved(meeting, reason)
    data = {k: clean(v) for k, v in data.items() if k in MEETING_FIELDS}
    if "title" in data and not data["title"]:
        raise ValidationFailed({"title": _l("Give the meeting a title.")})
    _check_text_lengths(data)
    changes = assign(meeting, data)
    if sittings is not None:
        changes.update(_replace_sittings(meeting, _check_sittings(list(sittings))))
    for role, orgs in ((MeetingRole.HOST, hosts), (MeetingRole.ORGANISER, organisers), (MeetingRole.PRESENT, present)):
        if orgs is not None:
            changes.update(_replace_organisations(meeting, role, orgs))
    if changes:
        touch(meeting, actor)
        log(actor, meeting, Operation.UPDATE, changes, reason)
        db.session.flush()
    return changes


def set_sittings(actor, meeting: Meeting, sittings: list[dict], *, version, reason=None) -> dict:
    return update_meeting(actor, meeting, {}, version=version, reason=reason, sittings=sittings)


def _replace_sittings(meeting: Meeting, sittings: list[dict]) -> dict:
    old = [_sitting_label(s) for s in meeting.sittings]
    new = [_sitting_label(Sitting(date=s["date"], city=clean(s.get("city")), venue=clean(s.get("venue"))))
           for s in sittings]
    if old == new:
        return {}
    meeting.sittings.clear()
    db.session.flush()
    for s in sittings:
        meeting.sittings.append(Sitting(date=s["date"], city=clean(s.get("city")), venue=clean(s.get("venue")),
                                        place_id=s.get("place_id")))
    _sync_dates(meeting)
    return {"sittings": [old, new]}


ROLE_FIELD = {MeetingRole.HOST: "hosts", MeetingRole.ORGANISER: "organisers", MeetingRole.PRESENT: "present"}


def _add_parties(meeting: Meeting, role: MeetingRole, parties) -> None:
    """Hosts and organisers are organisations or forums."""
    for party in parties:
        if isinstance(party, Forum):
            meeting.forum_parties.append(MeetingForum(forum=party, role=role))
        else:
            meeting.organisations.append(MeetingOrganisation(organisation=party, role=role))


def _replace_organisations(meeting: Meeting, role: MeetingRole, parties) -> dict:
    old = meeting.parties_in(role)
    if {(type(p).__name__, p.id) for p in old} == {(type(p).__name__, p.id) for p in parties}:
        return {}
    for mo in [mo for mo in meeting.organisations if mo.role is role]:
        meeting.organisations.remove(mo)
    for mf in [mf for mf in meeting.forum_parties if mf.role is role]:
        meeting.forum_parties.remove(mf)
    db.session.flush()
    _add_parties(meeting, role, parties)
    return {ROLE_FIELD[role]: [[p.label for p in old], [p.label for p in parties]]}


def approve_minutes(actor, meeting: Meeting, *, version, anyway: bool = False) -> None:
    """anyway: approved from a page that showed the minutes sent back (see sent_back.refuse_unseen)."""
    from .sent_back import refuse_unseen
    require(principal_for(actor).can_approve_minutes(meeting), _l("Only a co-chair of this forum can approve minutes."))
    check_version(meeting, version)
    if meeting.minutes_approved:
        raise ValidationFailed({"": _l("These minutes are already approved.")})
    refuse_unseen(meeting, anyway)
    if not clean(meeting.minutes):
        raise ValidationFailed({"minutes": _l("There are no minutes to approve yet.")})
    changes = assign(meeting, {"minutes_status": MinutesStatus.APPROVED, "minutes_approved_by_id": actor.id,
                               "minutes_approved_dt": utcnow()})
    touch(meeting, actor)
    log(actor, meeting, Operation.STATUS, changes)
    _agree_proposed(actor, meeting)
    db.session.flush()


def _agree_proposed(actor, meeting: Meeting) -> None:
    """The minutes record what the meeting agreed: approving them makes its proposed recommendations agreed (each
    in the trail, saying why); one dropped or moved on since stays as it is."""
    from ..models import Recommendation
    from ..status import RecommendationStatus
    from ..wording import AGREED_WITH_MINUTES
    from .recommendations import change_status
    for rec in db.session.scalars(sa.select(Recommendation).where(
            Recommendation.meeting_id == meeting.id, Recommendation.deleted_dt.is_(None),
            Recommendation.status == RecommendationStatus.PROPOSED).order_by(Recommendation.id)):
        change_status(actor, rec, RecommendationStatus.AGREED, version=rec.version, reason=AGREED_WITH_MINUTES)


def delete_meeting(actor, meeting: Meeting, *, version, reason=None) -> None:
    require(principal_for(actor).can_edit_meeting(meeting))
    check_version(meeting, version)
    reason = clean(reason)
    if not reason:
        raise ValidationFailed({"reason": _l("Say why this meeting is being removed.")})
    meeting.deleted_dt = utcnow()
    touch(meeting, actor)
    log(actor, meeting, Operation.DELETE, {"deleted": [False, True]}, reason)
    db.session.flush()


# --- parts: records of their own, so they never conflict with an edit of the meeting ------

ATTENDANCE_FIELDS = ["person", "position", "organisation", "organisation_text", "heading"]


def add_attendance(actor, meeting: Meeting, *, person: Person, position=None, organisation=None,
                   organisation_text=None, heading=None, reason=None, idempotency_key=None) -> Attendance:
    require(principal_for(actor).can_edit_meeting(meeting))
    if existing := already_created(actor, idempotency_key, Attendance):
        return existing
    reason = _reason_if_approved(meeting, reason)
    if person is None:
        raise ValidationFailed({"person": _l("Pick or create the person who attended.")})
    position_in_list = len(meeting.attendances)
    attendance = Attendance(meeting=meeting, person=person, position=clean(position), organisation=organisation,
                            organisation_text=clean(organisation_text) or (organisation.name if organisation else None),
                            heading=clean(heading), position_in_list=position_in_list)
    return add_created(actor, attendance, ATTENDANCE_FIELDS, idempotency_key=idempotency_key, reason=reason,
                       parent=meeting)


def update_attendance(actor, attendance: Attendance, data: dict, *, reason=None) -> dict:
    meeting = attendance.meeting
    require(principal_for(actor).can_edit_meeting(meeting))
    reason = _reason_if_approved(meeting, reason)
    changes = assign(attendance, {k: v for k, v in data.items() if k in ATTENDANCE_FIELDS})
    if changes:
        log(actor, attendance, Operation.UPDATE, changes, reason, parent=meeting)
        db.session.flush()
    return changes


def remove_attendance(actor, attendance: Attendance, *, reason=None) -> None:
    remove_part(actor, attendance, reason=reason)


def add_session(actor, meeting: Meeting, *, title: str, presenter=None, presenter_text=None, summary=None,
                reason=None, idempotency_key=None) -> Session:
    require(principal_for(actor).can_edit_meeting(meeting))
    if existing := already_created(actor, idempotency_key, Session):
        return existing
    reason = _reason_if_approved(meeting, reason)
    if not clean(title):
        raise ValidationFailed({"title": _l("Give the session a title.")})
    session = Session(meeting=meeting, title=clean(title), presenter=presenter, presenter_text=clean(presenter_text),
                      summary=clean(summary), position_in_list=len(meeting.sessions))
    return add_created(actor, session, ["title", "presenter", "presenter_text", "summary"],
                       idempotency_key=idempotency_key, reason=reason, parent=meeting)


def add_group(actor, meeting: Meeting, *, name: str, theme=None, theme_text=None, challenges=(), reason=None,
              idempotency_key=None) -> BreakoutGroup:
    require(principal_for(actor).can_edit_meeting(meeting))
    if existing := already_created(actor, idempotency_key, BreakoutGroup):
        return existing
    reason = _reason_if_approved(meeting, reason)
    if not clean(name):
        raise ValidationFailed({"name": _l("Give the group a name.")})
    group = BreakoutGroup(meeting=meeting, name=clean(name), theme=theme, theme_text=clean(theme_text),
                          challenges=[c for c in (clean(x) for x in challenges) if c],
                          position_in_list=len(meeting.groups))
    return add_created(actor, group, ["name", "theme", "theme_text", "challenges"], idempotency_key=idempotency_key,
                       reason=reason, parent=meeting)


SESSION_FIELDS = ["title", "presenter_text", "summary"]
GROUP_FIELDS = ["name", "theme", "theme_text", "challenges"]


def update_part(actor, part, data: dict, *, reason=None) -> dict:
    """Edit a session or a breakout group in place."""
    meeting = part.meeting
    require(principal_for(actor).can_edit_meeting(meeting))
    reason = _reason_if_approved(meeting, reason)
    allowed = SESSION_FIELDS if isinstance(part, Session) else GROUP_FIELDS
    data = {k: (clean(v) if isinstance(v, str) else v) for k, v in data.items() if k in allowed}
    if "challenges" in data:
        data["challenges"] = [c for c in (clean(x) for x in data["challenges"]) if c]
    for required in ("title", "name"):
        if required in data and not data[required]:
            raise ValidationFailed({required: _l("This cannot be empty.")})
    changes = assign(part, data)
    if changes:
        log(actor, part, Operation.UPDATE, changes, reason, parent=meeting)
        db.session.flush()
    return changes


def remove_part(actor, part, *, reason=None) -> None:
    """Remove an attendance, a session or a group (kept, hidden, for the trail)."""
    meeting = part.meeting
    require(principal_for(actor).can_edit_meeting(meeting))
    reason = _reason_if_approved(meeting, reason)
    part.deleted_dt = utcnow()
    log(actor, part, Operation.DELETE, {"deleted": [False, True]}, reason, parent=meeting)
    db.session.flush()


def meeting_date(meeting: Meeting) -> date:
    return meeting.first_date or meeting.created_dt.date()
