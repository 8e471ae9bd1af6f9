"""An admin's answer to an organisation first met in an imported report: confirm it, or merge it into a known one.

Merging moves every reference to the unconfirmed organisation (attendances, people's roles, actions' owners and
supporters, meetings' hosts and organisers, co-chairs, letters' addressees, children...) to the known one: every
foreign key to organisations.id found in the schema, so a table added later is moved too. The unconfirmed name and
acronym become aliases of the known one, so the next report that spells it that way is read as the known one.
"""
from __future__ import annotations

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Action, Operation, Organisation
from .core import ValidationFailed, log, principal_for, require


def confirm(actor, organisation: Organisation) -> None:
    require(principal_for(actor).is_admin, _l("Only an admin can change the reference lists."))
    if organisation.is_confirmed:
        raise ValidationFailed({"": _l("This organisation is already confirmed.")})
    organisation.is_confirmed = True
    log(actor, organisation, Operation.UPDATE, {"is_confirmed": [False, True]})
    db.session.flush()
    _forget_choices()


def merge(actor, source: Organisation, target: Organisation | None) -> dict:
    """Move everything that names `source` to `target`, keep source's spellings as target's aliases, remove
    source. Returns {table.column: rows moved}."""
    require(principal_for(actor).is_admin, _l("Only an admin can change the reference lists."))
    if target is None:
        raise ValidationFailed({"target": _l("Choose the organisation to merge into.")})
    if source.is_confirmed:
        raise ValidationFailed({"": _l("Only an unconfirmed organisation is merged; edit a confirmed one.")})
    if target.id == source.id:
        raise ValidationFailed({"target": _l("Choose another organisation than this one.")})
    parent = target.parent
    while parent is not None:
        if parent.id == source.id:
            raise ValidationFailed({"target": _l("%(target)s sits under this organisation: merge it the other "
                                                 "way, or move it first.", target=target.name)})
        parent = parent.parent
    db.session.flush()
    moved = _move_references(source.id, target.id)
    spellings = [source.name, source.acronym, source.name_ar, *(source.aliases or [])]
    own = {s.lower() for s in (target.name, target.acronym, target.name_ar) if s}
    aliases = list(target.aliases or [])
    for s in spellings:
        if s and s.lower() not in own and s.lower() not in {a.lower() for a in aliases}:
            aliases.append(s)
    old_aliases = list(target.aliases or [])
    target.aliases = aliases
    name = source.name
    log(actor, target, Operation.UPDATE, {"aliases": [old_aliases, aliases], "merged": [name, None],
                                          **{k: [None, n] for k, n in moved.items()}})
    log(actor, source, Operation.DELETE, {"merged into": [None, target.name]})
    db.session.flush()
    db.session.expire_all()
    db.session.delete(db.session.get(Organisation, source.id))
    db.session.flush()
    _reindex_actions(target.id)
    _forget_choices()
    return moved


def _references():
    """(table, column) of every foreign key to organisations.id in the schema."""
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == "organisations" and fk.column.name == "id" for fk in column.foreign_keys):
                yield table, column


def _move_references(source_id: int, target_id: int) -> dict:
    moved = {}
    for table, column in _references():
        if column.primary_key:   # an association row (action_supporters, meeting_organisations): one per pair
            others = [c for c in table.primary_key.columns if c is not column]
            twin = table.alias("twin")
            duplicate = sa.exists().where(twin.c[column.name] == target_id,
                                          *[twin.c[c.name] == c for c in others])
            db.session.execute(sa.delete(table).where(column == source_id, duplicate))
        result = db.session.execute(sa.update(table).where(column == source_id).values({column.name: target_id}))
        if result.rowcount:
            moved[f"{table.name}.{column.name}"] = result.rowcount
    return moved


def _reindex_actions(org_id: int) -> None:
    """Actions are found by their owner's and supporters' names: their search entries name the known one now."""
    from .. import search
    from ..models import action_supporters
    ids = sa.select(Action.id).where(sa.or_(Action.owner_id == org_id, Action.id.in_(
        sa.select(action_supporters.c.action_id).where(action_supporters.c.organisation_id == org_id))))
    for action in db.session.scalars(sa.select(Action).where(Action.id.in_(ids))):
        search.index("action", action.id, action.forum_id, search.action_document(action))


def _forget_choices() -> None:
    from ..listing import clear_choice_cache
    clear_choice_cache()
