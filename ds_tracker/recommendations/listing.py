"""The recommendations list: the actions' filters plus status and escalation stage; newest first, keyset pages."""
import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import Meeting, Recommendation
from ..queries import (PAGE_SIZE, Filters, Page, capped_count, decode_cursor, encode_cursor, focal_share_is_dense,
                       keyset, recommendation_filters, visible_recommendations)

ESCALATION_STATES = ["not_escalated", "planned", "waiting", "decided"]


def recommendations_query(who, f: Filters):
    scope = visible_recommendations(who, dense=focal_share_is_dense(who, "recommendations"))
    return sa.select(Recommendation).where(Recommendation.deleted_dt.is_(None), scope, *recommendation_filters(f))


def list_recommendations(who, f: Filters, cursor: str | None = None) -> Page:
    base = recommendations_query(who, f)
    query = keyset(base, [Recommendation.id], decode_cursor(cursor, [int]), descending=True)
    rows = db.session.scalars(query.options(
        joinedload(Recommendation.meeting).load_only(Meeting.id, Meeting.title, Meeting.starts_on),
        joinedload(Recommendation.forum), selectinload(Recommendation.addressees))).unique().all()
    nxt = encode_cursor([rows[PAGE_SIZE - 1].id]) if len(rows) > PAGE_SIZE else None
    total = capped_count(base, Recommendation.id) if not cursor else None   # counted on the first page only
    return Page(rows[:PAGE_SIZE], nxt, total)
