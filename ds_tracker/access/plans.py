"""The read conditions of plans, their revisions and commitments, measures' indicators and their values."""
from __future__ import annotations

import sqlalchemy as sa

from ..models import Action, Commitment, Indicator, IndicatorValue, Plan, PlanRevision
from ..models.plans import PUBLISHED_KINDS
from ..permissions import Principal
from .records import _in, action, visible_forum_ids


def plan(who: Principal):
    """The Roadmap and area Plans of Action are published: every user with a role reads them; a workplan is
    read where its forum is (a confidential forum's workplan by its members)."""
    published = Plan.kind.in_(PUBLISHED_KINDS) if who.has_any_role else sa.false()
    return sa.and_(Plan.deleted_dt.is_(None), sa.or_(published, _in(Plan.forum_id, visible_forum_ids(who))))


def plan_revision(who: Principal):
    return PlanRevision.plan_id.in_(sa.select(Plan.id).where(plan(who)))


def commitment(who: Principal):
    return sa.and_(Commitment.deleted_dt.is_(None), Commitment.plan_id.in_(sa.select(Plan.id).where(plan(who))))


def indicator(who: Principal):
    """An indicator and its values are read with their measure."""
    return sa.and_(Indicator.deleted_dt.is_(None), Indicator.action_id.in_(sa.select(Action.id).where(action(who))))


def indicator_value(who: Principal):
    return IndicatorValue.indicator_id.in_(sa.select(Indicator.id).where(indicator(who)))
