"""What a recommendation's page reads beside the recommendation: its parts in the query that loads it, and
which of its seldom-filled links exist, so that only those are read."""
from __future__ import annotations

import functools

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from .. import access
from ..extensions import db
from ..models import Decision, Recommendation, RecommendationLink, Submission


@functools.lru_cache(maxsize=2)
def _parts(postgresql: bool) -> tuple:
    few = joinedload if postgresql else selectinload
    return (joinedload(Recommendation.forum), joinedload(Recommendation.meeting),
            few(Recommendation.themes), few(Recommendation.places), few(Recommendation.addressees),
            selectinload(Recommendation.submissions).selectinload(Submission.decisions)
            .selectinload(Decision.outcomes))


def page_parts() -> tuple:
    """What the page shows of the recommendation, loaded with it: its forum and meeting joined; its themes, places
    and addressees joined too on PostgreSQL (three short lists: one query instead of four, 0.7 ms), a query each on
    SQLite (joined through their link tables, SQLite builds each whole link table first); its letters, their
    decisions and outcomes a query each, never one per letter or decision."""
    return _parts(db.session.get_bind().dialect.name == "postgresql")


def links_present(rec_id: int):
    """Which of a recommendation's seldom-filled links exist at all, asked in one query; the page then reads
    (through access/) only those that do. Most recommendations have no measure, register decision, document
    or related recommendation, and four empty queries cost the page a tenth of its time."""
    return db.session.execute(_links_present(), {"rec_id": rec_id}).one()


@functools.lru_cache(maxsize=1)
def _links_present():
    """Built once (every recommendation page runs it); the recommendation's id its bound parameter."""
    from ..models import DocumentLink, measure_recommendations
    from ..models.recommendations import decision_recommendations
    rec_id = sa.bindparam("rec_id")
    return sa.select(
        sa.exists().where(measure_recommendations.c.recommendation_id == rec_id).label("measures"),
        sa.exists().where(decision_recommendations.c.recommendation_id == rec_id).label("decisions"),
        sa.exists().where(DocumentLink.record_type == "recommendation",
                          DocumentLink.record_id == rec_id).label("documents"),
        sa.or_(sa.exists().where(RecommendationLink.from_id == rec_id),
               sa.exists().where(RecommendationLink.to_id == rec_id)).label("related"))


def related(who, rec_id: int) -> list[RecommendationLink]:
    readable = sa.select(Recommendation.id).where(access.recommendation(who, dense=True))
    return db.session.scalars(sa.select(RecommendationLink).where(
        sa.or_(RecommendationLink.from_id == rec_id, RecommendationLink.to_id == rec_id),
        RecommendationLink.from_id.in_(readable), RecommendationLink.to_id.in_(readable))).all()
