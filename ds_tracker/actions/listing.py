"""The open-actions list: filters, three sort orders, keyset pages of 50."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import Action, Organisation, Recommendation
from ..queries import (PAGE_SIZE, Filters, Page, action_filters, capped_count, decode_cursor, encode_cursor,
                       focal_share_is_dense, keyset, visible_actions)
from ..status import ActionStatus

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
    total = capped_count(base, Action.id) if not cursor else None   # counted on the first page only
    if sort == "status":
        rows, nxt = _page(base, [_STATUS_RANK, Action.id], decode_cursor(cursor, [int, int]),
                          lambda a: STATUS_ORDER.index(a.status))
    elif sort == "owner":
        base = base.join(Organisation, Organisation.id == Action.owner_id)
        rows, nxt = _page(base, [Organisation.name, Action.id], decode_cursor(cursor, [str, int]), lambda a: a.owner.name)
    else:
        rows, nxt = _by_due(base, decode_cursor(cursor, [int, date, int]))
    return Page(rows, nxt, total)


def _load_actions(query):
    return db.session.scalars(query.options(
        joinedload(Action.owner), joinedload(Action.focal_person),
        joinedload(Action.recommendation).load_only(Recommendation.id, Recommendation.reference),
        selectinload(Action.forum))).unique().all()


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
