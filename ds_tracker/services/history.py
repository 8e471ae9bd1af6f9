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
    ids = sa.select(TrailEntry.id).where(TrailEntry.record_type == name, TrailEntry.record_id == record.id)
    if include_parts:  # two indexed lookups; an OR of the two would scan the whole trail
        ids = ids.union_all(sa.select(TrailEntry.id).where(TrailEntry.parent_type == name,
                                                           TrailEntry.parent_id == record.id))
    query = sa.select(TrailEntry).where(TrailEntry.id.in_(ids)).order_by(
        TrailEntry.at_dt.desc(), TrailEntry.id.desc()).options(selectinload(TrailEntry.user))
    if who is not None:
        from ..access import trail_entry
        query = query.where(trail_entry(who))
    if limit:
        query = query.limit(limit)
    from ..wording import name_parts
    return name_parts(list(db.session.scalars(query)))


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
