"""Writes to recommendations: create (with its reference), edit, status, links."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

import re

import sqlalchemy as sa

from .. import search
from ..extensions import db
from ..models import Action, LinkKind, Meeting, Operation, Recommendation, RecommendationLink
from ..status import RecommendationStatus, TransitionError, check_recommendation_transition
from .core import (ValidationFailed, already_created, assign, check_version, clean, created_fields, log,
                   principal_for, remember_creation, require, touch)
from .meetings import meeting_date

FIELDS = ["text", "text_ar", "group", "themes", "places", "addressees"]


def next_reference(meeting: Meeting) -> str:
    """FORUM-YYYY-MM-Rnn: the forum's code, the meeting's month, and a number within that month.

    Numbers continue across meetings of the same forum in the same month, so a reference is unique
    and, once given, never changes, even if the meeting's date is corrected later.
    """
    day = meeting_date(meeting)
    prefix = f"{meeting.forum.code}-{day:%Y-%m}-R"
    _lock_references(prefix)
    taken = db.session.scalars(sa.select(Recommendation.reference)
                               .where(Recommendation.reference.like(prefix + "%"))).all()
    numbers = [int(m[1]) for r in taken if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", r))]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


def _lock_references(prefix: str) -> None:
    """Serialise reference allocation until this transaction ends, so two secretariats saving at once never
    compute the same number: a transaction-scoped advisory lock on PostgreSQL; on SQLite, the database's
    write lock, taken now (a no-op write) instead of at flush time."""
    dialect = db.session.get_bind().dialect.name
    if dialect == "postgresql":
        db.session.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext(:p))"), {"p": prefix})
    elif dialect == "sqlite":
        db.session.execute(sa.text("UPDATE search_entries SET id = id WHERE 0"))


def create_recommendation(actor, meeting: Meeting, *, text: str, text_ar=None, group=None, themes=(), places=(),
                          addressees=(), status=RecommendationStatus.PROPOSED, idempotency_key=None) -> Recommendation:
    require(principal_for(actor).can_edit_meeting(meeting),
            _l("Only this forum's secretariat and co-chairs can add recommendations."))
    if existing := already_created(actor, idempotency_key, Recommendation):
        return existing
    if not clean(text) and not clean(text_ar):
        raise ValidationFailed({"text": _l("Write the recommendation (in English, Arabic or both).")})
    if group is not None and group.meeting_id != meeting.id:
        raise ValidationFailed({"group": _l("That group belongs to another meeting.")})
    rec = Recommendation(meeting=meeting, forum_id=meeting.forum_id, reference=next_reference(meeting),
                         text=clean(text) or "", text_ar=clean(text_ar), group=group, themes=list(themes),
                         places=list(places), addressees=list(addressees), status=status,
                         created_by_id=actor.id if actor else None, updated_by_id=actor.id if actor else None)
    db.session.add(rec)
    db.session.flush()
    changes = created_fields(rec, ["reference", "status"] + FIELDS)
    changes["meeting"] = [None, meeting.title]
    log(actor, rec, Operation.CREATE, changes)
    reindex(rec)
    remember_creation(actor, idempotency_key, rec)
    return rec


def reindex(rec: Recommendation) -> None:
    """Keep the search entries of the recommendation and of its actions (which include its places) current."""
    from .actions import reindex as reindex_action
    search.index("recommendation", rec.id, rec.forum_id, search.recommendation_document(rec))
    for action in db.session.scalars(sa.select(Action).where(Action.recommendation_id == rec.id)):
        reindex_action(action)


def update_recommendation(actor, rec: Recommendation, data: dict, *, version, reason=None) -> dict:
    require(principal_for(actor).can_edit_recommendation(rec))
    check_version(rec, version)
    data = {k: v for k, v in data.items() if k in FIELDS}
    for key in ("text", "text_ar"):
        if key in data:
            data[key] = clean(data[key])
    if not data.get("text", rec.text) and not data.get("text_ar", rec.text_ar):
        raise ValidationFailed({"text": _l("The recommendation needs its text.")})
    if "text" in data:
        data["text"] = data["text"] or ""
    group = data.get("group")
    if group is not None and group.meeting_id != rec.meeting_id:
        raise ValidationFailed({"group": _l("That group belongs to another meeting.")})
    changes = assign(rec, data)
    if changes:
        touch(rec, actor)
        log(actor, rec, Operation.UPDATE, changes, clean(reason))
        reindex(rec)
        db.session.flush()
    return changes


def change_status(actor, rec: Recommendation, new: RecommendationStatus, *, version, reason=None) -> None:
    require(principal_for(actor).can_edit_recommendation(rec))
    check_version(rec, version)
    try:
        needs_reason = check_recommendation_transition(rec.status, new)
    except TransitionError as e:
        raise ValidationFailed({"status": str(e)}) from None
    reason = clean(reason)
    if needs_reason and not reason:
        raise ValidationFailed({"reason": _l("Say why: this change needs a reason.")})
    changes = assign(rec, {"status": new})
    touch(rec, actor)
    log(actor, rec, Operation.STATUS, changes, reason)
    db.session.flush()


def link(actor, source: Recommendation, target: Recommendation, kind: LinkKind) -> RecommendationLink:
    require(principal_for(actor).can_edit_recommendation(source))
    if source.id == target.id:
        raise ValidationFailed({"target": _l("A recommendation cannot be linked to itself.")})
    exists = db.session.scalar(sa.select(RecommendationLink).filter_by(from_id=source.id, to_id=target.id, kind=kind))
    if exists:
        return exists
    rec_link = RecommendationLink(source=source, target=target, kind=kind)
    db.session.add(rec_link)
    db.session.flush()
    log(actor, source, Operation.UPDATE, {f"link:{kind.value}": [None, target.reference]})
    return rec_link
