"""READS of plans, measures, indicators and the decisions register, scoped by access/: the lists, the
exports, and the period questions a quarterly review asks (decisions and amendments in a period, measures
completed or overdue, indicators that moved). Each takes the reader's Principal and returns ORM objects."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from .. import access
from ..extensions import db
from ..models import (Action, ActionNote, Commitment, Decision, DecisionAmendment, Indicator, IndicatorValue, Plan,
                      PlanKind, Recommendation)
from ..models.plans import measure_recommendations
from ..status import BAGHDAD, ActionStatus

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED)


# --- lists -----------------------------------------------------------------------------------

def plans_query(who, *, forum_id=None, kind=None):
    query = sa.select(Plan).where(access.plan(who))
    if forum_id:
        query = query.where(Plan.forum_id == forum_id)
    if kind:
        query = query.where(Plan.kind == PlanKind(kind))
    return query.order_by(Plan.kind, Plan.title, Plan.id).options(
        joinedload(Plan.forum), selectinload(Plan.commitments), selectinload(Plan.revisions))


def measures_query(who, *, plan_id=None, owner_ids=None, status=None, overdue_on=None):
    """Measures (actions under a commitment) the reader may read, by plan, owner, status."""
    query = (sa.select(Action).join(Commitment, Commitment.id == Action.commitment_id)
             .where(access.action(who), Commitment.deleted_dt.is_(None)))
    if plan_id:
        query = query.where(Commitment.plan_id == plan_id)
    if owner_ids:
        query = query.where(Action.owner_id.in_(owner_ids))
    if status == "all":
        pass
    elif status:
        query = query.where(Action.status == ActionStatus(status))
    else:
        query = query.where(Action.status.in_(OPEN))
    if overdue_on:
        query = query.where(Action.due_on < overdue_on, Action.status.in_(OPEN))
    return query.order_by(Commitment.plan_id, Commitment.position, Action.id).options(
        joinedload(Action.owner), selectinload(Action.supporters), joinedload(Action.focal_person),
        selectinload(Action.supported_by),
        joinedload(Action.commitment).joinedload(Commitment.plan), joinedload(Action.forum))


def decisions_query(who, *, level=None, body_id=None, forum_id=None, since=None, until=None, register_only=True):
    """The register: decisions the reader may read (by default those recorded in a forum's register)."""
    query = sa.select(Decision).where(access.decision(who))
    if register_only:
        query = query.where(Decision.forum_id.is_not(None))
    if level:
        query = query.where(Decision.level == level)
    if body_id:
        query = query.where(Decision.body_id == body_id)
    if forum_id:
        query = query.where(Decision.forum_id == forum_id)
    if since:
        query = query.where(Decision.decided_on >= since)
    if until:
        query = query.where(Decision.decided_on <= until)
    return query.order_by(Decision.decided_on.desc(), Decision.id.desc()).options(*DECISION_ROW)


DECISION_ROW = (joinedload(Decision.body), joinedload(Decision.forum), selectinload(Decision.amendments))
_DECIDED = Decision.decided_on   # never empty


def decisions_page(who, cursor: str | None = None, **filters):
    """The register's page: every decision the reader may read (its own and those answering letters), newest
    first, in keyset pages of 50, counted on the first page."""
    from ..queries import PAGE_SIZE, Page, capped_count, decode_cursor, encode_cursor, keyset
    base = decisions_query(who, register_only=False, **filters).order_by(None).options()
    rows = db.session.scalars(keyset(base, [_DECIDED, Decision.id], decode_cursor(cursor, [date, int]),
                                     descending=True).options(*DECISION_ROW)).unique().all()
    nxt = None
    if len(rows) > PAGE_SIZE:
        last = rows[PAGE_SIZE - 1]
        nxt = encode_cursor([last.decided_on or date(1900, 1, 1), last.id])
    return Page(rows[:PAGE_SIZE], nxt, capped_count(base, Decision.id) if not cursor else None)


def decision_bodies(who):
    """Every body that decided something the reader may read (the register's Body filter)."""
    from ..models import Organisation
    return db.session.scalars(sa.select(Organisation).where(Organisation.id.in_(
        sa.select(Decision.body_id).where(access.decision(who)))).order_by(Organisation.name)).all()


def readable(who, model, ids):
    """The records of `ids` the reader may read (for what a page shows of its links)."""
    if not ids:
        return []
    return db.session.scalars(sa.select(model).where(model.id.in_(ids), access.condition(model, who))).all()


def measures_supporting(who, recommendation_id: int):
    """The measures a recommendation supports, among those the reader may read."""
    return db.session.scalars(
        sa.select(Action).join(measure_recommendations, measure_recommendations.c.action_id == Action.id)
        .where(measure_recommendations.c.recommendation_id == recommendation_id, access.action(who))
        .order_by(Action.id).options(joinedload(Action.commitment).joinedload(Commitment.plan))).all()


def decisions_about(who, *, recommendation_id=None, measure_id=None):
    """Decisions of the register linked to a recommendation or a measure, that the reader may read."""
    from ..models.recommendations import decision_measures, decision_recommendations
    table, column = (decision_recommendations, "recommendation_id") if recommendation_id else \
        (decision_measures, "action_id")
    key = recommendation_id or measure_id
    return db.session.scalars(sa.select(Decision).where(
        Decision.id.in_(sa.select(table.c.decision_id).where(table.c[column] == key)), access.decision(who))
        .order_by(Decision.decided_on)).all()


def recommendation_candidates(who, *, text=None, forum_id=None, exclude=(), limit=30):
    """Recommendations of any forum the reader may read, to pick the ones that support a measure."""
    from .. import search
    from ..models import SearchEntry
    query = sa.select(Recommendation).where(access.recommendation(who))
    if forum_id:
        query = query.where(Recommendation.forum_id == forum_id)
    if exclude:
        query = query.where(Recommendation.id.not_in(list(exclude)))
    terms = search.parse_query(text).terms if text else []
    if terms:
        query = query.join(SearchEntry, sa.and_(SearchEntry.record_type == "recommendation",
                                                SearchEntry.record_id == Recommendation.id)) \
                     .where(search.match_clause(terms))
    return db.session.scalars(query.order_by(Recommendation.id.desc()).limit(limit)
                              .options(joinedload(Recommendation.forum))).all()


# --- a period (the quarterly review) ---------------------------------------------------------------

def _utc_bounds(start: date, end: date):
    """A period of Baghdad days [start, end] as UTC datetimes [from, to)."""
    return (datetime.combine(start, time.min, BAGHDAD),
            datetime.combine(end + timedelta(days=1), time.min, BAGHDAD))


def decisions_in_period(who, start: date, end: date, register_only=False):
    """Decisions taken in the period (by their date), oldest first."""
    query = decisions_query(who, since=start, until=end, register_only=register_only)
    return db.session.scalars(query.order_by(None).order_by(Decision.decided_on, Decision.id)).unique().all()


def amendments_in_period(who, start: date, end: date):
    """Amendments (postponements...) dated in the period, with their decision, oldest first."""
    return db.session.scalars(
        sa.select(DecisionAmendment).where(access.amendment(who), DecisionAmendment.amended_on >= start,
                                           DecisionAmendment.amended_on <= end)
        .order_by(DecisionAmendment.amended_on, DecisionAmendment.id)
        .options(joinedload(DecisionAmendment.decision).joinedload(Decision.body))).all()


def measures_completed_in_period(who, start: date, end: date, plan_id=None):
    """Measures marked done in the period (from their status notes) and done still."""
    low, high = _utc_bounds(start, end)
    done_then = sa.select(ActionNote.action_id).where(ActionNote.status_to == ActionStatus.DONE,
                                                      ActionNote.created_dt >= low, ActionNote.created_dt < high)
    query = measures_query(who, plan_id=plan_id, status=ActionStatus.DONE.value).where(Action.id.in_(done_then))
    return db.session.scalars(query).unique().all()


def measures_overdue(who, on: date, plan_id=None):
    """Measures still open on `on` whose due date had passed (overdue at the end of a period)."""
    return db.session.scalars(measures_query(who, plan_id=plan_id, overdue_on=on)).unique().all()


@dataclass
class Movement:
    indicator: Indicator
    before: IndicatorValue | None   # the last value before the period
    after: IndicatorValue            # the last value in the period

    @property
    def change(self) -> Decimal:
        return self.after.value - (self.before.value if self.before else Decimal(0))


def indicator_movements(who, start: date, end: date) -> list[Movement]:
    """Indicators with a value dated in the period: the last one then, and the last one before it."""
    indicators = db.session.scalars(
        sa.select(Indicator).where(access.indicator(who), Indicator.id.in_(
            sa.select(IndicatorValue.indicator_id).where(IndicatorValue.measured_on >= start,
                                                         IndicatorValue.measured_on <= end)))
        .order_by(Indicator.id).options(selectinload(Indicator.values), joinedload(Indicator.action))).all()
    moves = []
    for ind in indicators:
        before = [v for v in ind.values if v.measured_on < start]
        during = [v for v in ind.values if start <= v.measured_on <= end]
        moves.append(Movement(ind, before[-1] if before else None, during[-1]))
    return moves
