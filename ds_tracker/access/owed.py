"""What a focal point owes (its share of actions and recommendations), and a user's rights on a day."""
from __future__ import annotations

import functools

import sqlalchemy as sa

from ..extensions import db
from ..models import Action, Forum, Organisation, Recommendation, action_supporters
from ..models.recommendations import recommendation_addressees
from ..permissions import Principal
from .records import _in, _orgs, remember_open_forums, share_forum_ids, whole_forum_ids


def _share_readable(who: Principal, column):
    """Forums where the focal point's share is read: its whole-record forums and the open ones."""
    whole = whole_forum_ids(who)
    return sa.true() if whole is None else _in(column, sorted(set(whole) | set(share_forum_ids(who))))


def owed_actions(who: Principal):
    """"What we owe": live actions its organisation leads or supports, among those it may read (the same
    rule as action(who), narrowed to the share, tested row by row as the owner's index serves it)."""
    lead, support_only = owed_action_parts(who)
    return sa.or_(lead, support_only)


def owed_action_parts(who: Principal):
    """The two disjoint halves of owed_actions: what it leads, and what it only supports. Counted apart, each
    uses its own index (owner_id; the supporters' organisation_id) instead of one OR that scans every action."""
    orgs = _orgs(who)
    if not orgs:
        return sa.false(), sa.false()
    live = sa.and_(Action.deleted_dt.is_(None), sa.or_(_share_readable(who, Action.forum_id),
                                                       Action.commitment_id.is_not(None)))
    # One index lookup per organisation: given the list at once, SQLite judges the organisation index by its
    # average (thousands of rows per supporter) and scans the whole table, even for one that supports nothing.
    return sa.and_(live, Action.owner_id.in_(orgs)), sa.and_(live, Action.owner_id.not_in(orgs),
                                                             Action.id.in_(supported_by(orgs)))


def supported_by(orgs):
    """Ids of the actions the organisations support (one index range per organisation)."""
    return _supported_by(tuple(sorted(orgs)))


# A focal point's organisations are the same on every request: the per-organisation unions below are built once
# per set of organisations (statements are immutable), not on each of its requests.
@functools.lru_cache(maxsize=512)
def _supported_by(orgs: tuple[int, ...]):
    return sa.union_all(*(sa.select(action_supporters.c.action_id)
                          .where(action_supporters.c.organisation_id == org) for org in orgs))


@functools.lru_cache(maxsize=512)
def _newest_addressed(orgs: tuple[int, ...], latest: int):
    ra = recommendation_addressees
    newest = (sa.select(ra.c.recommendation_id).where(ra.c.organisation_id == org)
              .order_by(ra.c.recommendation_id.desc()).limit(latest).subquery() for org in orgs)
    return sa.union_all(*(sa.select(sq.c.recommendation_id) for sq in newest))


def owed_recommendations(who: Principal, latest: int | None = None):
    """Recommendations addressed to its organisation, among those it may read. With `latest`, only among each
    organisation's `latest` newest addressees: each read from its own index range, instead of every addressee
    of every organisation gathered first (fewer rows than asked for means: ask again without it)."""
    orgs = _orgs(who)
    if not orgs:
        return sa.false()
    ra = recommendation_addressees
    addressed = sa.select(ra.c.recommendation_id).where(ra.c.organisation_id.in_(orgs)) if latest is None \
        else _newest_addressed(tuple(orgs), latest)
    return sa.and_(Recommendation.deleted_dt.is_(None), _share_readable(who, Recommendation.forum_id),
                   Recommendation.id.in_(addressed))


def principal_on(user, today) -> Principal:
    """The user's rights on a given day (requests use services.core.principal_for, cached per request)."""
    from ..permissions import build_principal
    from ..roles import Role
    assignments = list(user.roles)   # loaded with the user on a request (auth.load_user), else read here
    roots = [a.organisation_id for a in assignments if a.role is Role.FOCAL_POINT and a.is_current(today)]
    return build_principal(user, assignments, org_subtree(roots), today)


def org_subtree(roots) -> dict[int, int | None]:
    """{id: parent_id} of the organisations and their branches, by one recursive query: building a focal
    point's principal reads its own subtree, not the whole organisation table on every request. The same
    statement brings the open forums, which every read condition of the request needs next (one round trip)."""
    roots = sorted({r for r in roots if r is not None})
    if not roots:
        return {}
    rows = db.session.execute(_subtree_and_open_forums(), {"roots": roots}).all()
    remember_open_forums(frozenset(row[0] for row in rows if row[2]))
    return {row[0]: row[1] for row in rows if not row[2]}


@functools.lru_cache(maxsize=1)
def _subtree_and_open_forums():
    """Built once (every focal point's request runs it); the roots are its expanding parameter."""
    tree = sa.select(Organisation.id, Organisation.parent_id) \
        .where(Organisation.id.in_(sa.bindparam("roots", expanding=True))).cte("tree", recursive=True)
    tree = tree.union(sa.select(Organisation.id, Organisation.parent_id)
                      .join(tree, Organisation.parent_id == tree.c.id))
    return sa.union_all(
        sa.select(tree.c.id, tree.c.parent_id, sa.literal(0, sa.Integer)),
        sa.select(Forum.id, sa.cast(sa.null(), sa.Integer), sa.literal(1, sa.Integer))
        .where(Forum.confidential.is_(False)))
