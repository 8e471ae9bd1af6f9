"""The recommendations list: the actions' filters plus status and escalation stage; newest first, keyset pages."""
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

import sqlalchemy as sa

from ..extensions import db
from ..models import Meeting, Organisation, Recommendation
from ..models.recommendations import recommendation_addressees
from ..queries import (PAGE_SIZE, Filters, Named, Page, capped_count, decode_cursor, encode_cursor,
                       focal_share_is_dense, forums_by_id, keyset, recommendation_filters, visible_recommendations)

ESCALATION_STATES = ["not_escalated", "planned", "waiting", "decided"]


def recommendations_query(who, f: Filters):
    scope = visible_recommendations(who, dense=focal_share_is_dense(who, "recommendations"))
    return sa.select(Recommendation).where(Recommendation.deleted_dt.is_(None), scope, *recommendation_filters(f))


class MeetingDate(NamedTuple):
    starts_on: date | None


@dataclass(slots=True)
class RecommendationRow:
    """A row of the list as plain values: fifty ORM recommendations with their meetings, forums and addressees
    cost the page a third of its time; these cost a tenth of that."""
    id: int
    reference: str
    text: str | None
    text_ar: str | None
    status: object
    escalation_state: object
    escalation_level: object
    meeting: MeetingDate
    forum: object                  # the Forum (a page names a handful)
    addressees: list = field(default_factory=list)


def list_recommendations(who, f: Filters, cursor: str | None = None) -> Page:
    base = recommendations_query(who, f)
    query = keyset(base, [Recommendation.id], decode_cursor(cursor, [int]), descending=True)
    rows = _rows(query)
    nxt = encode_cursor([rows[PAGE_SIZE - 1].id]) if len(rows) > PAGE_SIZE else None
    total = capped_count(base, Recommendation.id) if not cursor else None   # counted on the first page only
    return Page(rows[:PAGE_SIZE], nxt, total)


def _rows(query) -> list[RecommendationRow]:
    R = Recommendation
    found = db.session.execute(query.with_only_columns(
        R.id, R.reference, R.text, R.text_ar, R.status, R.escalation_state, R.escalation_level, Meeting.starts_on,
        R.forum_id).join(Meeting, Meeting.id == R.meeting_id)).all()
    forums = forums_by_id(r[-1] for r in found)
    rows = {r[0]: RecommendationRow(*r[:7], meeting=MeetingDate(r[7]), forum=forums[r[8]]) for r in found}
    ra = recommendation_addressees
    for rec_id, name, name_ar, acronym in db.session.execute(
            sa.select(ra.c.recommendation_id, Organisation.name, Organisation.name_ar, Organisation.acronym)
            .join(Organisation, Organisation.id == ra.c.organisation_id)
            .where(ra.c.recommendation_id.in_(list(rows))).order_by(ra.c.recommendation_id, Organisation.id)):
        rows[rec_id].addressees.append(Named(name, acronym, name_ar))
    return [rows[r[0]] for r in found]
