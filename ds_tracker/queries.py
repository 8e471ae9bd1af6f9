"""Read queries for the lists: scoping by what the user may see, filters, keyset pagination.

Scoping is access/'s: a list shows exactly the rows whose pages the user may open.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import sqlalchemy as sa

from . import access
from .extensions import db
from .models import Action, Forum, Organisation, Place, Recommendation
from .models.recommendations import recommendation_addressees, recommendation_places, recommendation_themes
from .permissions import Principal, with_descendants
from .status import ACTION_CLOSED, ActionStatus, baghdad_today

OPEN_STATUSES = [s for s in ActionStatus if s not in ACTION_CLOSED]
PAGE_SIZE = 50


# --- scoping: the read conditions live in access/; these names stay for the list modules ------------

readable_forum_ids = access.whole_forum_ids
viewable_forum_ids = access.visible_forum_ids
visible_actions = access.action
visible_recommendations = access.recommendation
visible_meetings = access.meeting


DENSE_FROM = 300  # from this many rows on, a focal point's share is tested row by row (see visible_actions)


def _at_least(query, n: int) -> bool:
    return db.session.scalar(sa.select(sa.func.count()).select_from(query.limit(n).subquery())) >= n


def focal_share_is_dense(who: Principal, of: str) -> bool:
    """Whether the user's organisations lead (actions) or are addressed by (recommendations) many rows:
    one cheap index look-up that tells which of the two equivalent scoping forms the planner runs fast."""
    orgs = sorted(who.focal_org_ids)
    if not orgs:
        return False
    if of == "actions":
        return _at_least(sa.select(Action.id).where(Action.owner_id.in_(orgs)), DENSE_FROM)
    return _at_least(sa.select(recommendation_addressees.c.recommendation_id)
                     .where(recommendation_addressees.c.organisation_id.in_(orgs)), DENSE_FROM)


# --- filters -----------------------------------------------------------------------------------

def place_and_descendants(place_id: int) -> list[int]:
    parents = dict(db.session.execute(sa.select(Place.id, Place.parent_id)).all())
    return sorted(with_descendants({place_id}, parents))


def org_and_descendants(org_id: int) -> list[int]:
    parents = dict(db.session.execute(sa.select(Organisation.id, Organisation.parent_id)).all())
    return sorted(with_descendants({org_id}, parents))


def _rec_in_governorate(rec_id_column, governorate_id: int):
    """The recommendation names a place in the governorate, or comes from a forum of that governorate."""
    places = place_and_descendants(governorate_id)
    forums = sa.select(Forum.id).where(Forum.governorate_id == governorate_id)
    return rec_id_column.in_(
        sa.select(recommendation_places.c.recommendation_id).where(recommendation_places.c.place_id.in_(places))
        .union(sa.select(Recommendation.id).where(Recommendation.forum_id.in_(forums))))


@dataclass
class Filters:
    forum: int | None = None
    owner: int | None = None
    governorate: int | None = None
    theme: int | None = None
    status: str | None = None
    overdue: bool = False
    escalation: str | None = None
    q: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    meeting: int | None = None      # recommendations agreed at one meeting (the dashboard's "agreed last time")
    # The dashboard's "Other" rows: the actions counted under none of the themes, owners or governorates it lists
    other_theme: tuple = ()
    other_owner: tuple = ()
    other_governorate: tuple = ()
    no_theme: bool = False          # actions whose recommendation has no theme, or that answer none (the dashboard)

    @property
    def other(self) -> bool:
        return bool(self.other_theme or self.other_owner or self.other_governorate)


def action_filters(f: Filters) -> list:
    clauses = []
    if f.forum:
        clauses.append(Action.forum_id == f.forum)
    if f.owner:
        clauses.append(Action.owner_id.in_(org_and_descendants(f.owner)))
    if f.theme:
        clauses.append(Action.recommendation_id.in_(sa.select(recommendation_themes.c.recommendation_id)
                                                    .where(recommendation_themes.c.theme_id == f.theme)))
    if f.governorate:
        forums = sa.select(Forum.id).where(Forum.governorate_id == f.governorate)
        clauses.append(sa.or_(Action.forum_id.in_(forums),
                              _rec_in_governorate(Action.recommendation_id, f.governorate)))
    if f.status and f.status != "all":
        clauses.append(Action.status == ActionStatus(f.status))
    elif not f.status:
        clauses.append(Action.status.in_(OPEN_STATUSES))
    if f.overdue:
        clauses.append(Action.due_on < baghdad_today())
        clauses.append(Action.status.in_(OPEN_STATUSES))
    if f.other_theme:
        clauses.append(other_themes(f.other_theme))
    if f.other_owner:
        clauses.append(other_owners(f.other_owner))
    if f.other_governorate:
        clauses.append(other_governorates(f.other_governorate))
    if f.no_theme:
        clauses.append(no_theme())
    return clauses


# --- the dashboard's "Other" rows: one condition each, read by the dashboard's count and the list it opens ----

def other_themes(shown) -> sa.ColumnElement:
    """Actions whose recommendation has a theme, none of them among `shown`."""
    rt = recommendation_themes.c
    return sa.and_(Action.recommendation_id.in_(sa.select(rt.recommendation_id).where(rt.theme_id.not_in(shown))),
                   Action.recommendation_id.not_in(sa.select(rt.recommendation_id).where(rt.theme_id.in_(shown))))


def no_theme() -> sa.ColumnElement:
    """Actions under no theme: their recommendation has none, or they answer no recommendation."""
    rt = recommendation_themes.c
    return sa.or_(Action.recommendation_id.is_(None),
                  Action.recommendation_id.not_in(sa.select(rt.recommendation_id)))


def other_owners(shown) -> sa.ColumnElement:
    """Actions led by an organisation that is none of `shown` nor one of their branches."""
    parents = dict(db.session.execute(sa.select(Organisation.id, Organisation.parent_id)).all())
    return Action.owner_id.not_in(sorted(with_descendants(set(shown), parents)))


def other_governorates(shown) -> sa.ColumnElement:
    """Actions in some governorate (as the governorate filter reads it), none of them among `shown`."""
    from .models import PlaceKind
    parents = dict(db.session.execute(sa.select(Place.id, Place.parent_id)).all())
    rest = db.session.scalars(sa.select(Place.id).where(Place.kind == PlaceKind.GOVERNORATE,
                                                        Place.id.not_in(shown))).all()
    return sa.and_(_in_governorates(rest, parents),
                   Action.id.not_in(sa.select(Action.id).where(_in_governorates(shown, parents))))


def _in_governorates(governorate_ids, parents) -> sa.ColumnElement:
    forums = sa.select(Forum.id).where(Forum.governorate_id.in_(governorate_ids))
    places = sorted(with_descendants(set(governorate_ids), parents))
    recs = sa.select(recommendation_places.c.recommendation_id).where(recommendation_places.c.place_id.in_(places)) \
        .union(sa.select(Recommendation.id).where(Recommendation.forum_id.in_(forums)))
    return sa.or_(Action.forum_id.in_(forums), Action.recommendation_id.in_(recs))


def recommendation_filters(f: Filters) -> list:
    clauses = []
    if f.forum:
        clauses.append(Recommendation.forum_id == f.forum)
    if f.meeting:
        clauses.append(Recommendation.meeting_id == f.meeting)
    if f.owner:
        orgs = org_and_descendants(f.owner)
        clauses.append(Recommendation.id.in_(
            sa.select(recommendation_addressees.c.recommendation_id)
            .where(recommendation_addressees.c.organisation_id.in_(orgs))
            .union(sa.select(Action.recommendation_id).where(Action.owner_id.in_(orgs)))))
    if f.theme:
        clauses.append(Recommendation.id.in_(sa.select(recommendation_themes.c.recommendation_id)
                                             .where(recommendation_themes.c.theme_id == f.theme)))
    if f.governorate:
        clauses.append(_rec_in_governorate(Recommendation.id, f.governorate))
    if f.status:
        from .status import RecommendationStatus
        clauses.append(Recommendation.status == RecommendationStatus(f.status))
    if f.escalation:
        clauses.append(Recommendation.escalation_state == f.escalation)
    if f.overdue:
        clauses.append(sa.exists().where(Action.recommendation_id == Recommendation.id,
                                         Action.due_on < baghdad_today(), Action.status.in_(OPEN_STATUSES),
                                         Action.deleted_dt.is_(None)))
    return clauses


# --- keyset pagination -------------------------------------------------------------------------

def encode_cursor(values: list) -> str:
    plain = [v.isoformat() if isinstance(v, date) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode().rstrip("=")


def decode_cursor(token: str | None, types: list) -> list | None:
    """The values of the last row of the previous page, or None for the first page (or a mangled token)."""
    if not token:
        return None
    try:
        raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        return [None if v is None else (date.fromisoformat(v) if t is date else t(v)) for v, t in zip(raw, types)]
    except (ValueError, TypeError):
        return None


COUNT_CAP = 1000


@dataclass
class Page:
    rows: list
    next_cursor: str | None
    total: int | None = None

    @property
    def total_capped(self) -> bool:
        return self.total is not None and self.total > COUNT_CAP


def capped_count(query, id_column) -> int:
    """How many rows match, counting no further than COUNT_CAP + 1: "1,000+" is all a person needs to
    know, and it costs the same on a 100-row list as on a 100,000-row one."""
    return db.session.scalar(capped_count_query(query))


def capped_count_query(query):
    # a constant, not the id: PostgreSQL then counts from an index that does not hold the id (index-only)
    inner = query.with_only_columns(sa.literal_column("1"), maintain_column_froms=True).order_by(None) \
        .limit(COUNT_CAP + 1).subquery()
    return sa.select(sa.func.count()).select_from(inner).execution_options(plan_each_time=True)


def keyset(query, order: list, cursor: list | None, descending: bool = False, size: int = PAGE_SIZE):
    """Apply ORDER BY and the keyset condition (row values after/before the cursor) and LIMIT size+1."""
    if cursor is not None:
        after = sa.tuple_(*order) < sa.tuple_(*cursor) if descending else sa.tuple_(*order) > sa.tuple_(*cursor)
        query = query.where(after)
    ordering = [c.desc() for c in order] if descending else list(order)
    return query.order_by(*ordering).limit(size + 1)


# --- plain values for the rows of long lists (fifty ORM objects with their relations cost a list page a third
# of its time; these a tenth of that). Templates read them as they read the records.

class Named(NamedTuple):
    """An organisation, person or group as a row names it (the `local` filter reads name_ar and label)."""
    name: str
    acronym: str | None = None
    name_ar: str | None = None

    @property
    def label(self) -> str:
        return Organisation.label_of(self.name, self.acronym)


class Reference(NamedTuple):
    """A recommendation as a row cites it."""
    reference: str


def forums_by_id(ids) -> dict[int, Forum]:
    """The few forums a page of rows names, by one query."""
    return {f.id: f for f in db.session.scalars(sa.select(Forum).where(Forum.id.in_(set(ids))))}
