"""What we owe: one page of the actions a focal point's organisations owe, overdue first, with the exact total,
and the latest recommendations addressed to them."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import load_only

from ..extensions import db
from ..models import Action, Recommendation
from ..models.actions import action_supporters
from ..queries import OPEN_STATUSES, Reference
from ..status import ActionStatus


def owed_actions(who):
    """The open actions the user's organisations owe (lead or support), among those it may read: the one place
    /owe's scope is decided, by access/'s rule."""
    from .. import access
    return sa.select(Action).where(access.owed_actions(who), Action.status.in_(OPEN_STATUSES))


def owed_page(who, cursor: str | None):
    """One page of what is owed, by due date (so overdue first), undated last, with the exact total.
    What the organisation leads and what it only supports are read apart, each by its own index, and merged:
    one OR over both makes the database gather and sort every owed action to show fifty."""
    from ..queries import PAGE_SIZE, Page, decode_cursor, encode_cursor
    from .. import access
    parts = functools.cache(lambda: [sa.select(Action).where(part, Action.status.in_(OPEN_STATUSES))
                                     for part in access.owed_action_parts(who)])   # built only when a statement is
    total = owed_total(who, parts)
    after = decode_cursor(cursor, [int, date, int])
    # the first page, by far the most read: its statements built once per reader
    merged = sorted(_next_keys(parts, after, PAGE_SIZE + 1, access.statements(who, ("owed",), after is None)),
                    key=_due_key)
    keys = merged[:PAGE_SIZE]
    nxt = encode_cursor(list(_due_key(keys[-1]))) if len(merged) > PAGE_SIZE else None
    return Page(_owed_rows([key.id for key in keys]), nxt, total)


def owed_total(who, parts=None) -> int:
    """How many open actions the user's organisations owe: the heading of /owe, told afresh after a change."""
    from .. import access
    parts = parts or (lambda: [sa.select(Action).where(part, Action.status.in_(OPEN_STATUSES))
                               for part in access.owed_action_parts(who)])
    return db.session.scalar(access.statement("owed total", who, lambda: _total(parts())))


def _total(parts):
    """The exact total: both halves counted in one statement (one round trip), as count(*), which PostgreSQL
    answers from the owed index alone (count(id) would read every row: the id is not in that index)."""
    counts = [part.with_only_columns(sa.func.count(), maintain_column_froms=True).scalar_subquery()
              for part in parts]
    return sa.select(sum(counts[1:], counts[0]))


def _next_keys(parts, after, size: int, statement):
    """The keys (id, due date) that follow the cursor, up to `size` from each half (led, only supported): the
    dated ones of both halves in one statement, each half by its own index; the undated ones (which come after
    every dated one) in a second, only when the dated ones do not fill the page. The page's first fifty in due
    order are among them: each segment holds its rows in that same order. `parts()` builds the two halves'
    queries, `statement(name, build)` each statement (access.statements)."""
    dated = []
    if after is None or after[0] == 0:
        def dated_segments():
            segments = []
            for part in parts():
                query = part.where(Action.due_on.is_not(None))
                if after is not None:
                    query = query.where(sa.tuple_(Action.due_on, Action.id) > sa.tuple_(after[1], after[2]))
                segments.append(query.order_by(Action.due_on, Action.id))
            return _union_of(segments, size)
        dated = db.session.execute(statement("dated keys", dated_segments)).all()
        if len(dated) >= size:
            return dated

    def undated_segments():
        segments = []
        for part in parts():
            query = part.where(Action.due_on.is_(None))
            if after is not None and after[0] == 1:
                query = query.where(Action.id > after[2])
            segments.append(query.order_by(Action.id))
        return _union_of(segments, size)
    return dated + db.session.execute(statement("undated keys", undated_segments)).all()


def _union_of(segments, size: int):
    inner = [q.with_only_columns(Action.id, Action.due_on).limit(size).subquery() for q in segments]
    return sa.union_all(*(sa.select(sq.c.id, sq.c.due_on) for sq in inner))


class Supporter(NamedTuple):
    id: int


@dataclass(slots=True)
class OwedRow:
    """One row of /owe as plain values: what the row shows and what the write rules ask of an action (forum,
    owner, supporters). Fifty rows built as ORM objects cost a fifth of the page; these cost a tenth of that."""
    id: int
    text: str
    status: ActionStatus
    due_on: date | None
    version: int
    owner_id: int
    forum_id: int
    commitment_id: int | None
    recommendation: Reference | None
    supporters: list = field(default_factory=list)
    indicators: bool = False   # a measure's row links to its figures only when it has some


def _owed_rows(ids: list[int]) -> list[OwedRow]:
    """The rows of a page of /owe, in the page's order."""
    if not ids:
        return []
    from ..models import Indicator
    rows_of, supporters_of = _row_statements()
    found = {row[0]: OwedRow(*row[:8], recommendation=Reference(row[8]) if row[8] else None)
             for row in db.session.execute(rows_of, {"ids": ids})}
    for action_id, org_id in db.session.execute(supporters_of, {"ids": ids}):
        found[action_id].supporters.append(Supporter(org_id))
    measures = [i for i in ids if found[i].commitment_id]
    if measures:
        for action_id in db.session.scalars(sa.select(Indicator.action_id).distinct().where(
                Indicator.action_id.in_(measures), Indicator.deleted_dt.is_(None))):
            found[action_id].indicators = True
    return [found[i] for i in ids]


@functools.lru_cache(maxsize=1)
def _row_statements():
    """Built once: the fifty rows of a page and their supporters, the ids an expanding parameter."""
    ids = sa.bindparam("ids", expanding=True)
    rows = sa.select(Action.id, Action.text, Action.status, Action.due_on, Action.version, Action.owner_id,
                     Action.forum_id, Action.commitment_id, Recommendation.reference) \
        .outerjoin(Recommendation, Recommendation.id == Action.recommendation_id).where(Action.id.in_(ids))
    supporters = sa.select(action_supporters.c.action_id, action_supporters.c.organisation_id) \
        .where(action_supporters.c.action_id.in_(ids))
    return rows, supporters


def _due_key(action):
    """The position of an action in the by-due order, as the cursor holds it: dated first, then undated."""
    return (0, action.due_on, action.id) if action.due_on is not None else (1, None, action.id)


def addressed_recommendations(who, limit: int = 20):
    """The latest recommendations addressed to the user's organisations (that it may read), and the organisation
    whose full list (with its count) a link opens."""
    from .. import access

    def newest(rule):   # a line each: the reference and the text, nothing else of the record
        return db.session.scalars(sa.select(Recommendation).where(rule).order_by(Recommendation.id.desc())
                                  .limit(limit).options(load_only(Recommendation.reference, Recommendation.text,
                                                                  Recommendation.text_ar))).all()
    rows = newest(access.owed_recommendations(who, latest=limit))
    if len(rows) < limit:   # some of the newest were hidden or deleted: the full question, still exact
        rows = newest(access.owed_recommendations(who))
    root = min(who.focal_roots, default=None)   # the organisation whose whole list the link opens
    return rows, root
