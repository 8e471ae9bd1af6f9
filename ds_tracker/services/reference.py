"""Writes to the reference lists (organisations, places, themes, forums, co-chair history): admins only."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

import sqlalchemy as sa

from ..extensions import db
from ..recurrence import RecurrenceError, from_rule
from ..models import Forum, ForumCoChair, Operation, Organisation, Place, Theme
from .core import (ValidationFailed, add_created, already_created, assign, clean, log, principal_for, require)

# The fields an admin edits, and the one that must be unique (with its message).
EDITABLE = {
    Organisation: (["name", "name_ar", "acronym", "aliases", "type", "parent", "is_active", "is_confirmed"], "name"),
    Place: (["name", "name_ar", "kind", "parent", "aliases", "pcode"], "pcode"),
    Theme: (["name", "name_ar"], "name"),
    Forum: (["name", "name_ar", "code", "kind", "governorate", "parent", "confidential", "is_active", "recurrence"],
            "name"),
}


def _normalise(data: dict) -> dict:
    out = {}
    for key, value in data.items():
        if isinstance(value, str):
            value = clean(value)
        elif key == "aliases":
            value = sorted({a.strip() for a in value or () if a and a.strip()}, key=str.lower)
        out[key] = value
    return out


def _validate(model, record, data: dict) -> None:
    errors = {}
    if "name" in data and not data["name"]:
        errors["name"] = _l("A name is required.")
    fields, unique = EDITABLE[model]
    # Unique ignoring case ("returns working group" is the Returns Working Group); an organisation's acronym too.
    for name in [unique] + (["acronym"] if model is Organisation else []):
        value = data.get(name)
        if value:
            clash = db.session.scalar(sa.select(model).where(
                sa.func.lower(getattr(model, name)) == value.lower()).limit(1))
            if clash is not None and clash is not record:
                errors[name] = _l("“%(value)s” is already used by another entry.", value=value)
    if model is Forum and "code" in data:
        if not data["code"]:
            errors["code"] = _l("A short code (used in recommendation references) is required.")
        else:
            clash = db.session.scalar(sa.select(Forum).where(Forum.code == data["code"]))
            if clash is not None and clash is not record:
                errors["code"] = _l("Another forum uses this code.")
    if model is Forum and data.get("recurrence"):
        try:
            from_rule(data["recurrence"])
        except RecurrenceError:
            errors["recurrence"] = _l("The usual meeting date could not be read.")
    if model is Place and "name" in data:
        clash = db.session.scalar(sa.select(Place).where(
            Place.name == data["name"], Place.parent_id == (data.get("parent").id if data.get("parent") else None)))
        if clash is not None and clash is not record:
            errors["name"] = _l("A place with this name already exists under the same parent.")
    parent = data.get("parent")
    while parent is not None and record is not None:
        if parent is record:
            errors["parent"] = _l("An entry cannot sit under itself.")
            break
        parent = parent.parent
    if errors:
        raise ValidationFailed(errors)


def create(actor, model, *, idempotency_key=None, **data):
    require(principal_for(actor).is_admin, _l("Only an admin can change the reference lists."))
    if existing := already_created(actor, idempotency_key, model):
        return existing
    fields, _ = EDITABLE[model]
    data = _normalise({k: v for k, v in data.items() if k in fields})
    _validate(model, None, data)
    return add_created(actor, model(**data), list(data), idempotency_key=idempotency_key)


def update(actor, record, **data) -> dict:
    require(principal_for(actor).is_admin, _l("Only an admin can change the reference lists."))
    model = type(record)
    fields, _ = EDITABLE[model]
    data = _normalise({k: v for k, v in data.items() if k in fields})
    _validate(model, record, {**{"name": getattr(record, "name", None)}, **data} if model is Place else data)
    changes = assign(record, data)
    if changes:
        log(actor, record, Operation.UPDATE, changes)
        db.session.flush()
    return changes


def add_co_chair(actor, forum: Forum, *, side, organisation: Organisation, starts_on, person=None, ends_on=None,
                 note=None, idempotency_key=None) -> ForumCoChair:
    require(principal_for(actor).is_admin, _l("Only an admin can record co-chairs."))
    if existing := already_created(actor, idempotency_key, ForumCoChair):
        return existing
    if ends_on is not None and ends_on < starts_on:
        raise ValidationFailed({"ends_on": _l("The term cannot end before it starts.")})
    chair = ForumCoChair(forum=forum, side=side, organisation=organisation, person=person, starts_on=starts_on,
                         ends_on=ends_on, note=clean(note))
    return add_created(actor, chair, ["side", "organisation", "person", "starts_on", "ends_on", "note"],
                       idempotency_key=idempotency_key, parent=forum)
