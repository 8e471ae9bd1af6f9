"""Reading the trail: a record's history, and what a field was on a given date."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Operation, TrailEntry


def history(record, *, include_parts: bool = True, limit: int | None = None, who=None) -> list[TrailEntry]:
    """Entries about the record (and, if asked, about its parts), newest first; with `who`, only the entries
    access/ lets that user read."""
    name = type(record).__name__
    if who is None:
        query = _history_query(name, include_parts, limit, None)
    else:
        from ..access import statement
        query = statement(("history", name, include_parts, limit), who,
                          lambda: _history_query(name, include_parts, limit, who))
    from ..wording import name_parts
    entries = name_parts(list(db.session.scalars(query, {"record_id": record.id})))
    return _without_unreadable_references(entries, who) if who is not None else entries


def _history_query(name: str, include_parts: bool, limit: int | None, who):
    """Entries about one record of kind `name` (its id the bound parameter record_id), newest first."""
    record_id = sa.bindparam("record_id")
    ids = sa.select(TrailEntry.id).where(TrailEntry.record_type == name, TrailEntry.record_id == record_id)
    if include_parts:  # two indexed lookups; an OR of the two would scan the whole trail
        ids = ids.union_all(sa.select(TrailEntry.id).where(TrailEntry.parent_type == name,
                                                           TrailEntry.parent_id == record_id))
    query = sa.select(TrailEntry).where(TrailEntry.id.in_(ids)).order_by(
        TrailEntry.at_dt.desc(), TrailEntry.id.desc()).options(selectinload(TrailEntry.user))
    if who is not None:
        from ..access import trail_entry
        query = query.where(trail_entry(who))
    return query.limit(limit) if limit else query


def _names_recommendations(field: str) -> bool:
    """Fields whose values are recommendations' references: a measure's supporting ones, a recommendation's links."""
    return field == "supported_by" or field.startswith("link:")


def _without_unreadable_references(entries: list, who) -> list:
    """A reader does not learn, from a history, the reference of a recommendation it may not open (access/):
    such a change is left out of its entry (`hidden_fields`, read by wording.shown_changes), and an entry that
    said nothing else is left out."""
    named = {value for entry in entries for field, pair in (entry.changes or {}).items()
             if _names_recommendations(field) for value in (pair or ()) if isinstance(value, str)}
    if not named:
        return entries
    from ..access import recommendation
    from ..models import Recommendation
    readable = set(db.session.scalars(sa.select(Recommendation.reference).where(
        Recommendation.reference.in_(named), recommendation(who))))
    kept = []
    for entry in entries:
        hidden = {field for field, pair in (entry.changes or {}).items() if _names_recommendations(field)
                  and any(isinstance(value, str) and value not in readable for value in (pair or ()))}
        if hidden and hidden == set(entry.changes):
            continue
        entry.hidden_fields = hidden
        kept.append(entry)
    return kept


def value_on(record_type: str, record_id: int, field: str, when: datetime):
    """What `field` held at `when`, from the trail alone ("what was the status of X on 1 March?").

    None when the record did not exist yet.
    """
    entries = db.session.scalars(
        sa.select(TrailEntry)
        .where(TrailEntry.record_type == record_type, TrailEntry.record_id == record_id, TrailEntry.at_dt <= when)
        .order_by(TrailEntry.at_dt, TrailEntry.id)).all()
    if not entries or entries[0].operation is not Operation.CREATE:
        return None
    value = None
    for entry in entries:
        if field in entry.changes:
            value = entry.changes[field][1]
    return value
