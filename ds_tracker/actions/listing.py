"""The open-actions list: filters, three sort orders, keyset pages of 50."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from ..extensions import db
from ..models import Action, Organisation, Person, Recommendation
from .. import access
from ..queries import (COUNT_CAP, PAGE_SIZE, Filters, Named, Page, Reference, action_filters, capped_count_query,
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
    # A first page under the common filters (forum, theme, status, words) is read by statements built once per
    # reader and filters; the owner, governorate and "Other" filters resolve trees when built, so are built anew.
    stmt = access.statements(who, ("actions list", repr(f), sort), remember=cursor is None and not (
        f.owner or f.governorate or f.other or f.overdue or f.no_theme))
    base = functools.cache(lambda: actions_query(who, f))
    total = db.session.scalar(stmt("count", lambda: _count_query(who, base()))) if not cursor else None
    if sort == "status":
        rows, nxt = _page(stmt("rows", lambda: _rows_query(keyset(base(), [_STATUS_RANK, Action.id],
                                                                  decode_cursor(cursor, [int, int])))),
                          lambda a: STATUS_ORDER.index(a.status))
    elif sort == "owner":
        by_owner = lambda: base().join(Organisation, Organisation.id == Action.owner_id)   # noqa: E731
        rows, nxt = _page(stmt("rows", lambda: _rows_query(keyset(by_owner(), [Organisation.name, Action.id],
                                                                  decode_cursor(cursor, [str, int])))),
                          lambda a: a.owner.name)
    else:
        rows, nxt = _by_due(base, decode_cursor(cursor, [int, date, int]), stmt=stmt)
    return Page(rows, nxt, total)


def _count_query(who, base):
    """The list's capped count. A focal point who reads no forum whole sees what its organisations lead or
    support: counted as those two disjoint halves, each read from its own index, the count stops at the cap
    after a few hundred index entries instead of testing every open action of every forum."""
    orgs = sorted(who.focal_org_ids)
    if not orgs or access.whole_forum_ids(who) != []:
        return capped_count_query(base)
    lead = base.where(Action.owner_id.in_(orgs))
    support_only = base.where(Action.owner_id.not_in(orgs), Action.id.in_(access.supported_by(orgs)))
    halves = sa.union_all(*(half.with_only_columns(sa.literal_column("1"), maintain_column_froms=True)
                            .order_by(None) for half in (lead, support_only)))
    return sa.select(sa.func.count()).select_from(halves.limit(COUNT_CAP + 1).subquery())


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


def _rows_query(query):
    """What a row of the list shows, for the actions `query` selects (in its order)."""
    focal, owner = aliased(Person), aliased(Organisation)
    return (query.with_only_columns(
        Action.id, Action.text, Action.status, Action.due_on, owner.name, owner.acronym, focal.name,
        Recommendation.reference, Action.forum_id)
        .join(owner, owner.id == Action.owner_id)
        .outerjoin(focal, focal.id == Action.focal_person_id)
        .outerjoin(Recommendation, Recommendation.id == Action.recommendation_id))


def _load_actions(statement) -> list[ActionRow]:
    rows = db.session.execute(statement).all()
    forums = forums_by_id(r[-1] for r in rows)
    return [ActionRow(id_, text, status, due_on, Named(owner_name, acronym), Named(focal_name) if focal_name else None,
                      Reference(reference) if reference else None, forums[forum_id])
            for id_, text, status, due_on, owner_name, acronym, focal_name, reference, forum_id in rows]


def _page(statement, first_key):
    rows = _load_actions(statement)
    if len(rows) <= PAGE_SIZE:
        return rows, None
    rows = rows[:PAGE_SIZE]
    return rows, encode_cursor([first_key(rows[-1]), rows[-1].id])


def _by_due(base, cursor, stmt=lambda name, build: build()):
    """Dated actions by due date, then undated ones: two index-friendly segments, one cursor. `base` builds the
    list's query when a statement is built (`stmt` may hand back one built before)."""
    segment = cursor[0] if cursor else 0
    rows = []
    if segment == 0:
        after = cursor[1:] if cursor else None
        rows = _load_actions(stmt("dated", lambda: _rows_query(keyset(
            base().where(Action.due_on.is_not(None)), [Action.due_on, Action.id], after))))
        if len(rows) > PAGE_SIZE:
            last = rows[PAGE_SIZE - 1]
            return rows[:PAGE_SIZE], encode_cursor([0, last.due_on, last.id])
    room = PAGE_SIZE - len(rows)
    after_id = cursor[2] if cursor and segment == 1 else None

    def undated():
        query = base().where(Action.due_on.is_(None))
        if after_id is not None:
            query = query.where(Action.id > after_id)
        return _rows_query(query.order_by(Action.id).limit(room + 1))
    undated_rows = _load_actions(stmt(("undated", room), undated))
    more = len(undated_rows) > room
    rows += undated_rows[:room]
    if more and rows:
        return rows, encode_cursor([1, None, rows[-1].id])
    return rows, None
