"""The recommendations list: the actions' filters plus status and escalation stage; newest first, keyset pages."""
import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import Meeting, Recommendation
from ..queries import PAGE_SIZE, Filters, Page, decode_cursor, encode_cursor, keyset, recommendation_filters, \
    visible_recommendations

ESCALATION_STATES = ["not_escalated", "planned", "waiting", "decided"]


def list_recommendations(who, f: Filters, cursor: str | None = None) -> Page:
    base = sa.select(Recommendation).where(Recommendation.deleted_dt.is_(None), visible_recommendations(who),
                                           *recommendation_filters(f))
    query = keyset(base, [Recommendation.id], decode_cursor(cursor, [int]), descending=True)
    rows = db.session.scalars(query.options(
        joinedload(Recommendation.meeting).load_only(Meeting.id, Meeting.title, Meeting.starts_on),
        joinedload(Recommendation.forum), selectinload(Recommendation.addressees))).unique().all()
    nxt = encode_cursor([rows[PAGE_SIZE - 1].id]) if len(rows) > PAGE_SIZE else None
    total = db.session.scalar(base.with_only_columns(sa.func.count(Recommendation.id)).order_by(None))
    return Page(rows[:PAGE_SIZE], nxt, total)
