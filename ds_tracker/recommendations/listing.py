"""The recommendations list: the actions' filters plus status and escalation stage; five sort orders (newest first
by default), keyset pages. Each order is read from an index: by id; by meeting date; by stage and by theme as one
segment per stage or theme, each newest first (the cursor names the segment and the last id)."""
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Meeting, Organisation, Recommendation, Theme
from ..models.recommendations import recommendation_addressees, recommendation_themes
from ..queries import (PAGE_SIZE, Filters, Named, Page, capped_count, decode_cursor, encode_cursor,
                       focal_share_is_dense, forums_by_id, keyset, recommendation_filters, visible_recommendations)

ESCALATION_STATES = ["not_escalated", "planned", "waiting", "decided"]
SORTS = ("newest", "oldest", "meeting", "stage", "theme")
SORT_LABELS = {"newest": _l("latest recorded first"), "oldest": _l("earliest recorded first"),   # entry order, not
               "meeting": _l("meeting date"),                                                  # the meeting's
               "stage": _l("escalation stage"), "theme": _l("theme")}


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
    meeting_id: int
    forum: object                  # the Forum (a page names a handful)
    addressees: list = field(default_factory=list)
    theme: str | None = None       # sorted by theme: the theme it is listed under (its first, in the reader's order)


def list_recommendations(who, f: Filters, cursor: str | None = None, sort: str = "newest") -> Page:
    base = recommendations_query(who, f)
    total = capped_count(base, Recommendation.id) if not cursor else None   # counted on the first page only
    R = Recommendation
    if sort in ("stage", "theme"):
        segments = _stage_segments() if sort == "stage" else _theme_segments()
        rows, nxt = _segmented(base, segments, decode_cursor(cursor, [int, int]))
        return Page(rows, nxt, total)
    if sort == "meeting":
        rows, nxt = _by_meeting(base.join(Meeting, Meeting.id == R.meeting_id),
                                decode_cursor(cursor, [int, date, int, int]))
        return Page(rows, nxt, total)
    rows = _rows(keyset(base, [R.id], decode_cursor(cursor, [int]), descending=sort != "oldest"))
    nxt = encode_cursor([rows[PAGE_SIZE - 1].id]) if len(rows) > PAGE_SIZE else None
    return Page(rows[:PAGE_SIZE], nxt, total)


def _by_meeting(base, cursor) -> tuple[list, str | None]:
    """The latest meeting's first, each meeting's newest first, then those of meetings with no date: two segments,
    the first read in the meetings' date index order (starts_on, id) and each meeting's (meeting_id, id)."""
    R = Recommendation
    segment, rows = (cursor[0] if cursor else 0), []
    if segment == 0:
        query = keyset(base.where(Meeting.starts_on.is_not(None)), [Meeting.starts_on, Meeting.id, R.id],
                       cursor[1:] if cursor else None, descending=True)
        rows = _rows(query, joined=True)
        if len(rows) > PAGE_SIZE:
            last = rows[PAGE_SIZE - 1]
            return rows[:PAGE_SIZE], encode_cursor([0, last.meeting.starts_on, last.meeting_id, last.id])
    room = PAGE_SIZE - len(rows)
    query = base.where(Meeting.starts_on.is_(None))
    if segment == 1 and cursor[3] is not None:
        query = query.where(R.id < cursor[3])
    undated = _rows(query.order_by(R.id.desc()).limit(room + 1), joined=True)
    rows += undated[:room]
    if len(undated) > room:
        return rows, encode_cursor([1, None, None, undated[room - 1].id if room else None])
    return rows, None


def sort_order(sort: str) -> list:
    """The same orders as ORDER BY clauses, for exports (every row at once, no pages)."""
    R = Recommendation
    if sort == "oldest":
        return [R.id]
    if sort == "meeting":
        starts = sa.select(Meeting.starts_on).where(Meeting.id == R.meeting_id).scalar_subquery()
        return [starts.is_(None), starts.desc(), R.meeting_id.desc(), R.id.desc()]
    if sort in ("stage", "theme"):
        segments = _stage_segments() if sort == "stage" else _theme_segments()
        rank = sa.case(*[(condition, i) for i, (condition, _label) in enumerate(segments)], else_=len(segments))
        return [rank, R.id.desc()]
    return [R.id.desc()]


def _stage_segments() -> list[tuple]:
    """Not escalated, planned, waiting, decided: the order a recommendation climbs."""
    return [(Recommendation.escalation_state == state, None) for state in ESCALATION_STATES]


def _theme_segments() -> list[tuple]:
    """A segment per theme in the reader's alphabetical order; a recommendation is listed under its first theme in
    that order (never twice), those with no theme last."""
    from ..templating import local_name
    themes = sorted(db.session.scalars(sa.select(Theme)), key=lambda t: (local_name(t).casefold(), t.id))
    rt = recommendation_themes.c
    segments, earlier = [], []
    for theme in themes:
        condition = Recommendation.id.in_(sa.select(rt.recommendation_id).where(rt.theme_id == theme.id))
        if earlier:
            condition = sa.and_(condition, Recommendation.id.not_in(
                sa.select(rt.recommendation_id).where(rt.theme_id.in_(list(earlier)))))
        segments.append((condition, local_name(theme)))
        earlier.append(theme.id)
    segments.append((Recommendation.id.not_in(sa.select(rt.recommendation_id)), None))
    return segments


def _segmented(base, segments, cursor) -> tuple[list, str | None]:
    """Rows of the segments in turn, newest first in each, from the cursor's (segment, last id) on."""
    start, after = (cursor[0], cursor[1]) if cursor and 0 <= cursor[0] < len(segments) else (0, None)
    rows: list = []
    for i in range(start, len(segments)):
        condition, label = segments[i]
        query = base.where(condition)
        if i == start and after is not None:
            query = query.where(Recommendation.id < after)
        room = PAGE_SIZE - len(rows)
        found = _rows(query.order_by(Recommendation.id.desc()).limit(room + 1))
        for row in found:
            row.theme = label
        if len(found) > room:
            rows += found[:room]
            # a full page: the next starts after its last row, or at this segment's start when none of it fitted
            return rows, encode_cursor([i, rows[-1].id] if room else [i, None])
        rows += found
    return rows, None


def _rows(query, joined: bool = False) -> list[RecommendationRow]:
    R = Recommendation
    query = query.with_only_columns(R.id, R.reference, R.text, R.text_ar, R.status, R.escalation_state,
                                    R.escalation_level, Meeting.starts_on, R.forum_id, R.meeting_id)
    found = db.session.execute(query if joined else query.join(Meeting, Meeting.id == R.meeting_id)).all()
    forums = forums_by_id(r[8] for r in found)
    rows = {r[0]: RecommendationRow(*r[:7], meeting=MeetingDate(r[7]), forum=forums[r[8]], meeting_id=r[9])
            for r in found}
    ra = recommendation_addressees
    for rec_id, name, name_ar, acronym in db.session.execute(
            sa.select(ra.c.recommendation_id, Organisation.name, Organisation.name_ar, Organisation.acronym)
            .join(Organisation, Organisation.id == ra.c.organisation_id)
            .where(ra.c.recommendation_id.in_(list(rows))).order_by(ra.c.recommendation_id, Organisation.id)):
        rows[rec_id].addressees.append(Named(name, acronym, name_ar))
    return [rows[r[0]] for r in found]
