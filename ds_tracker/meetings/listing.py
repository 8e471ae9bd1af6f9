"""The meetings list: forum, governorate, date range, theme; newest first; keyset pages."""
import re
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..models import Attendance, BreakoutGroup, Forum, Meeting, Organisation, Person, Recommendation, Sitting
from ..models.recommendations import recommendation_themes
from ..queries import (PAGE_SIZE, Filters, Page, capped_count, decode_cursor, encode_cursor, keyset,
                       place_and_descendants, visible_meetings)

_DAY = sa.func.coalesce(Meeting.starts_on, sa.cast(sa.literal("1900-01-01"), sa.Date))


def list_meetings(who, f: Filters, cursor: str | None = None) -> Page:
    base = meetings_query(who, f)
    query = keyset(base, [_DAY, Meeting.id], decode_cursor(cursor, [date, int]), descending=True)
    rows = db.session.scalars(query.options(joinedload(Meeting.forum))).unique().all()
    nxt = None
    if len(rows) > PAGE_SIZE:
        last = rows[PAGE_SIZE - 1]
        nxt = encode_cursor([last.starts_on or date(1900, 1, 1), last.id])
    total = capped_count(base, Meeting.id) if not cursor else None   # counted on the first page only
    return Page(rows[:PAGE_SIZE], nxt, total)


def meetings_query(who, f: Filters):
    clauses = [Meeting.deleted_dt.is_(None), visible_meetings(who)]
    if f.forum:
        clauses.append(Meeting.forum_id == f.forum)
    if f.governorate:
        places = place_and_descendants(f.governorate)
        clauses.append(sa.or_(
            Meeting.forum_id.in_(sa.select(Forum.id).where(Forum.governorate_id == f.governorate)),
            sa.exists().where(Sitting.meeting_id == Meeting.id, Sitting.place_id.in_(places))))
    if f.date_from:
        clauses.append(sa.func.coalesce(Meeting.ends_on, Meeting.starts_on) >= f.date_from)
    if f.date_to:
        clauses.append(Meeting.starts_on <= f.date_to)
    if f.theme:
        clauses.append(sa.or_(
            sa.exists().where(Recommendation.meeting_id == Meeting.id, recommendation_themes.c.recommendation_id ==
                              Recommendation.id, recommendation_themes.c.theme_id == f.theme),
            sa.exists().where(BreakoutGroup.meeting_id == Meeting.id, BreakoutGroup.theme_id == f.theme)))
    if f.q:
        clauses.append(_words(f.q))
    return sa.select(Meeting).where(*clauses)


def _words(typed: str):
    """A meeting by its title or by who attended: a person's name, or the organisation as written or as known
    ("who came from MoMD?"). Each word typed must be found, in any of these and in any order ("al jubouri huda"
    finds "Huda Al-Jubouri"). Attendances are readable with their meeting (access.attendance), which the list's
    other clauses already limit to the reader's."""
    found = []
    for word in list(dict.fromkeys(re.findall(r"\w+", typed[:200])))[:8]:
        like = "%" + word.replace("_", "\\_") + "%"

        def has(column):
            return column.ilike(like, escape="\\")
        attended = sa.select(Attendance.id).join(Person, Person.id == Attendance.person_id).outerjoin(
            Organisation, Organisation.id == Attendance.organisation_id).where(
            Attendance.meeting_id == Meeting.id, Attendance.deleted_dt.is_(None),
            sa.or_(has(Person.name), has(Person.name_ar), has(Attendance.organisation_text), has(Organisation.name),
                   has(Organisation.name_ar), has(Organisation.acronym)))
        found.append(sa.or_(has(Meeting.title), has(Meeting.title_ar), attended.exists()))
    return sa.and_(*found) if found else sa.true()
