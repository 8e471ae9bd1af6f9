"""The open-actions list: filters, three sort orders, keyset pages of 50."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from ..extensions import db
from ..models import Action, Organisation, Person, Recommendation
from .. import access
from ..queries import (COUNT_CAP, PAGE_SIZE, Filters, Named, Page, Reference, action_filters, capped_count,
                       decode_cursor, encode_cursor, focal_share_is_dense, forums_by_id, keyset, visible_actions)
from ..status import ActionStatus, is_overdue

SORTS = ("due", "status", "owner")
# Sorting by status puts what needs attention first.
STATUS_ORDER = [ActionStatus.BLOCKED, ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE,
                ActionStatus.CANCELLED]
_STATUS_RANK = sa.case(*[(Action.status == s, i) for i, s in enumerate(STATUS_ORDER)], else_=9)


def actions_query(who, f: Filters):
    """Every action the filters select that the user may read (the list pages it; exports take it whole)."""
    scope = visible_actions(who, dense=focal_share_is_dense(who, "actions"))
    return sa.select(Action).where(scope, Action.deleted_dt.is_(None), *action_filters(f))


def list_actions(who, f: Filters, sort: str = "due", cursor: str | None = None) -> Page:
    base = actions_query(who, f)
    total = _count(who, base) if not cursor else None   # counted on the first page only
    if sort == "status":
        rows, nxt = _page(base, [_STATUS_RANK, Action.id], decode_cursor(cursor, [int, int]),
                          lambda a: STATUS_ORDER.index(a.status))
    elif sort == "owner":
        base = base.join(Organisation, Organisation.id == Action.owner_id)
        rows, nxt = _page(base, [Organisation.name, Action.id], decode_cursor(cursor, [str, int]), lambda a: a.owner.name)
    else:
        rows, nxt = _by_due(base, decode_cursor(cursor, [int, date, int]))
    return Page(rows, nxt, total)


def _count(who, base) -> int:
    """The list's capped count. A focal point who reads no forum whole sees what its organisations lead or
    support: counted as those two disjoint halves, each read from its own index, the count stops at the cap
    after a few hundred index entries instead of testing every open action of every forum."""
    orgs = sorted(who.focal_org_ids)
    if not orgs or access.whole_forum_ids(who) != []:
        return capped_count(base, Action.id)
    lead = base.where(Action.owner_id.in_(orgs))
    support_only = base.where(Action.owner_id.not_in(orgs), Action.id.in_(access.supported_by(orgs)))
    halves = sa.union_all(*(half.with_only_columns(sa.literal_column("1"), maintain_column_froms=True)
                            .order_by(None) for half in (lead, support_only)))
    return db.session.scalar(sa.select(sa.func.count()).select_from(halves.limit(COUNT_CAP + 1).subquery()))


@dataclass(slots=True)
class ActionRow:
    """A row of the actions list as plain values: fifty ORM actions with their owner, focal person and
    recommendation cost the list page a third of its time; these cost a tenth of that."""
    id: int
    text: str
    status: ActionStatus
    due_on: date | None
    owner: Named
    focal_person: Named | None
    recommendation: Reference | None
    forum: object                  # the Forum (a page names a handful)

    @property
    def is_overdue(self) -> bool:
        return is_overdue(self.due_on, self.status)


def _load_actions(query) -> list[ActionRow]:
    focal, owner = aliased(Person), aliased(Organisation)
    rows = db.session.execute(query.with_only_columns(
        Action.id, Action.text, Action.status, Action.due_on, owner.name, owner.acronym, focal.name,
        Recommendation.reference, Action.forum_id)
        .join(owner, owner.id == Action.owner_id)
        .outerjoin(focal, focal.id == Action.focal_person_id)
        .outerjoin(Recommendation, Recommendation.id == Action.recommendation_id)).all()
    forums = forums_by_id(r[-1] for r in rows)
    return [ActionRow(id_, text, status, due_on, Named(owner_name, acronym), Named(focal_name) if focal_name else None,
                      Reference(reference) if reference else None, forums[forum_id])
            for id_, text, status, due_on, owner_name, acronym, focal_name, reference, forum_id in rows]


def _page(base, order, cursor, first_key):
    rows = _load_actions(keyset(base, order, cursor))
    if len(rows) <= PAGE_SIZE:
        return rows, None
    rows = rows[:PAGE_SIZE]
    return rows, encode_cursor([first_key(rows[-1]), rows[-1].id])


def _by_due(base, cursor, load=None):
    """Dated actions by due date, then undated ones: two index-friendly segments, one cursor. `load` reads a
    segment's rows (whole actions by default; anything with .due_on and .id will do)."""
    _load = load or _load_actions
    segment = cursor[0] if cursor else 0
    rows = []
    if segment == 0:
        after = cursor[1:] if cursor else None
        rows = _load(keyset(base.where(Action.due_on.is_not(None)), [Action.due_on, Action.id], after))
        if len(rows) > PAGE_SIZE:
            last = rows[PAGE_SIZE - 1]
            return rows[:PAGE_SIZE], encode_cursor([0, last.due_on, last.id])
    room = PAGE_SIZE - len(rows)
    after_id = cursor[2] if cursor and segment == 1 else None
    query = base.where(Action.due_on.is_(None))
    if after_id is not None:
        query = query.where(Action.id > after_id)
    undated = _load(query.order_by(Action.id).limit(room + 1))
    more = len(undated) > room
    rows += undated[:room]
    if more and rows:
        return rows, encode_cursor([1, None, rows[-1].id])
    return rows, None
