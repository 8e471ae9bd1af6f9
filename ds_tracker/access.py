"""Who may READ what: one SQL condition per kind of record, used by every page, list, search, export and e-mail.

The rule, in words (docs/decisions.md has the reasons):
- admins read everything;
- a member of a forum (a current secretariat or co-chair role there) reads the forum's whole record;
- staff (a current staff role anywhere) read the whole record of every open forum;
- a focal point reads, in open forums only, the recommendations its organisation (branches included) is
  addressed by, leads or supports a live action of, and the live actions it leads or supports; of an
  escalation it sees the stage and the outcome (on the recommendation), not the letters or the notes;
- a confidential forum is read by its members only: nobody else learns its records, people or meetings.

A record the user may not read is answered like a missing one (404), so its existence is not revealed.
Conditions are SQLAlchemy expressions; `dense` picks the per-row form of a focal point's share when its
organisation owns many rows (queries.focal_share_is_dense), the default the index form.
"""
from __future__ import annotations

import functools

import sqlalchemy as sa
from flask import g, has_request_context

from .extensions import db
from .models import (Action, ActionNote, AgendaItem, Attendance, BreakoutGroup, Commitment, Decision,
                     DecisionAmendment, Forum, Indicator, IndicatorValue, Meeting, Organisation, Person, Place, Plan,
                     PlanRevision, Recommendation, ReportDraft, RoleAssignment, Session, Submission, Theme,
                     TrailEntry, User, action_supporters)
from .models.plans import PUBLISHED_KINDS
from .models import Document, DocumentLink, ReviewDraft
from .models.library import document_forums
from .models.recommendations import decision_submissions, recommendation_addressees
from .permissions import Principal

# --- the forums a principal reads -------------------------------------------------------------


def _open_forum_ids() -> frozenset[int]:
    """Forums that are not confidential: few rows, read once per request."""
    cache = g.setdefault("_open_forums", None) if has_request_context() else None
    if cache is None:
        cache = frozenset(db.session.scalars(sa.select(Forum.id).where(Forum.confidential.is_(False))))
        if has_request_context():
            g._open_forums = cache
    return cache


def whole_forum_ids(who: Principal) -> list[int] | None:
    """Forums whose whole record (every recommendation, action, escalation, trail) the user reads; None: all."""
    if who.is_admin:
        return None
    ids = set(who.forum_roles)
    if who.is_staff:
        ids |= _open_forum_ids()
    return sorted(ids)


def visible_forum_ids(who: Principal) -> list[int] | None:
    """Forums whose page and meetings the user may open (a focal point: the open forums); None: all."""
    if who.is_admin:
        return None
    ids = set(who.forum_roles)
    if who.has_any_role:
        ids |= _open_forum_ids()
    return sorted(ids)


def share_forum_ids(who: Principal) -> list[int]:
    """Where a focal point's share applies: open forums only (a confidential forum is for its members)."""
    return sorted(_open_forum_ids()) if who.focal_org_ids else []


def _in(column, ids):
    if ids is None:
        return sa.true()
    return column.in_(ids) if ids else sa.false()


def reads_whole_forum(who: Principal, forum_id: int | None) -> bool:
    ids = whole_forum_ids(who)
    return ids is None or forum_id in ids


def sees_forum(who: Principal, forum_id: int | None) -> bool:
    ids = visible_forum_ids(who)
    return ids is None or forum_id in ids


# --- one condition per kind of record -----------------------------------------------------------

def forum(who: Principal):
    return _in(Forum.id, visible_forum_ids(who))


def meeting(who: Principal):
    return sa.and_(Meeting.deleted_dt.is_(None), _in(Meeting.forum_id, visible_forum_ids(who)))


def meeting_part(model):
    """Attendances, sessions, agenda items, breakout groups: readable with their meeting."""
    def condition(who: Principal):
        return sa.and_(model.deleted_dt.is_(None), model.meeting_id.in_(sa.select(Meeting.id).where(meeting(who))))
    return condition


attendance = meeting_part(Attendance)


def _orgs(who):
    return sorted(who.focal_org_ids)


def _live_actions_of(orgs):
    """Ids of live actions the organisations lead or support."""
    return (sa.select(Action.id).where(Action.owner_id.in_(orgs), Action.deleted_dt.is_(None))
            .union(sa.select(action_supporters.c.action_id).join(Action, Action.id == action_supporters.c.action_id)
                   .where(action_supporters.c.organisation_id.in_(orgs), Action.deleted_dt.is_(None))))


def _checked(link_column, orgs):
    """A link's organisation tested after the row's links are found by the record's id, not looked up once per
    organisation (SQLite seeks the link index once per value of the list otherwise; `+ 0` keeps it out)."""
    return (link_column + 0).in_(orgs)


def _share_forums_or_measure(who: Principal):
    """Where a focal point's share of actions applies: open forums, and the measures of any plan (a plan is
    a published government commitment: its lead and supporting organisations follow their measures even when
    the owning forum, the Task Force, is confidential)."""
    return sa.or_(_in(Action.forum_id, share_forum_ids(who)), Action.commitment_id.is_not(None))


def action(who: Principal, dense: bool = False):
    """Live actions of whole-read forums, plus (open forums) those the focal point's organisation leads or supports."""
    whole = whole_forum_ids(who)
    if whole is None:
        return Action.deleted_dt.is_(None)
    orgs = _orgs(who)
    clauses = [Action.forum_id.in_(whole)] if whole else []
    if orgs:
        if dense:
            share = sa.or_(Action.owner_id.in_(orgs),
                           sa.exists().where(action_supporters.c.action_id == Action.id,
                                             _checked(action_supporters.c.organisation_id, orgs)))
        else:
            share = Action.id.in_(sa.select(Action.id).where(Action.owner_id.in_(orgs))
                                  .union(sa.select(action_supporters.c.action_id)
                                         .where(action_supporters.c.organisation_id.in_(orgs))))
        clauses.append(sa.and_(_share_forums_or_measure(who), share))
    return sa.and_(Action.deleted_dt.is_(None), sa.or_(*clauses) if clauses else sa.false())


def recommendation(who: Principal, dense: bool = False):
    """Live recommendations of whole-read forums, plus (open forums) those the focal point's organisation is
    addressed by, or leads or supports a live action of."""
    whole = whole_forum_ids(who)
    if whole is None:
        return Recommendation.deleted_dt.is_(None)
    orgs = _orgs(who)
    clauses = [Recommendation.forum_id.in_(whole)] if whole else []
    if orgs:
        if dense:
            share = sa.or_(
                sa.exists().where(recommendation_addressees.c.recommendation_id == Recommendation.id,
                                  _checked(recommendation_addressees.c.organisation_id, orgs)),
                sa.exists().where(Action.recommendation_id == Recommendation.id, Action.deleted_dt.is_(None),
                                  sa.or_(Action.owner_id.in_(orgs),
                                         sa.exists().where(action_supporters.c.action_id == Action.id,
                                                           _checked(action_supporters.c.organisation_id, orgs)))))
        else:
            share = Recommendation.id.in_(
                sa.select(recommendation_addressees.c.recommendation_id)
                .where(recommendation_addressees.c.organisation_id.in_(orgs))
                .union(sa.select(Action.recommendation_id).where(Action.id.in_(_live_actions_of(orgs)),
                                                                 Action.recommendation_id.is_not(None))))
        clauses.append(sa.and_(_in(Recommendation.forum_id, share_forum_ids(who)), share))
    return sa.and_(Recommendation.deleted_dt.is_(None), sa.or_(*clauses) if clauses else sa.false())


def note(who: Principal):
    return ActionNote.action_id.in_(sa.select(Action.id).where(action(who)))


def submission(who: Principal):
    """Letters and their scans: the forum's whole-record readers only (a focal point sees the stage on the
    recommendation, not the letter)."""
    return sa.and_(Submission.deleted_dt.is_(None), _in(Submission.forum_id, whole_forum_ids(who)))


def decision(who: Principal):
    """A decision answering submissions: read with its letters. A decision answering none (the register's
    Council of Ministers decisions): every logged-in user, since government decisions are public."""
    if who.is_admin:
        return Decision.deleted_dt.is_(None)
    readable = sa.select(decision_submissions.c.decision_id).join(
        Submission, Submission.id == decision_submissions.c.submission_id).where(submission(who))
    answers_none = ~sa.exists().where(decision_submissions.c.decision_id == Decision.id)
    public = sa.and_(Decision.forum_id.is_not(None), answers_none) if who.user_id else sa.false()
    return sa.and_(Decision.deleted_dt.is_(None), sa.or_(Decision.id.in_(readable), public))


def amendment(who: Principal):
    return DecisionAmendment.decision_id.in_(sa.select(Decision.id).where(decision(who)))


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


def draft(who: Principal):
    """A report draft is its importer's (and admins')."""
    if who.is_admin:
        return sa.true()
    return ReportDraft.user_id == who.user_id if who.user_id else sa.false()


def draft_source(who: Principal):
    """The original report names every participant and every organisation's action: its importer, admins and
    the whole-record readers of its meeting's forum may have it, never a focal point."""
    if who.is_admin:
        return sa.true()
    meeting_forum = sa.select(Meeting.forum_id).where(Meeting.id == ReportDraft.meeting_id).scalar_subquery()
    return sa.or_(draft(who), sa.and_(ReportDraft.meeting_id.is_not(None),
                                      _in(meeting_forum, whole_forum_ids(who))))


_TRAIL_FORUM = (Meeting, Recommendation, Submission, Plan, Commitment, Decision)


def trail_entry(who: Principal):
    """An action's history is read by whoever reads the action (the owner follows its own updates); the
    history of meetings, recommendations and letters by their forum's whole-record readers (parts follow
    their parent record)."""
    if who.is_admin:
        return sa.true()
    whole = whole_forum_ids(who)

    def about(model, readable):   # correlated on the record's primary key: one look-up per entry
        kind = model.__name__
        return [sa.and_(TrailEntry.record_type == kind, sa.exists().where(model.id == TrailEntry.record_id, readable)),
                sa.and_(TrailEntry.parent_type == kind, sa.exists().where(model.id == TrailEntry.parent_id, readable))]
    clauses = about(Action, action(who, dense=True))
    for model in _TRAIL_FORUM if whole else ():
        clauses += about(model, model.forum_id.in_(whole))
    return sa.or_(*clauses)


def person(who: Principal):
    """Staff see the people of the forums they read, and people known from no forum yet; a focal point sees
    itself and the focal persons of the actions it reads. A name known only from a confidential forum stays
    there."""
    if who.is_admin:
        return sa.true()
    own = Person.id.in_(sa.select(User.person_id).where(User.id == who.user_id)) if who.user_id else sa.false()
    clauses = [own]
    if who.is_staff:   # correlated EXISTS on the person_id indexes: cheap per person, no scan of all rows
        whole = whole_forum_ids(who)
        attended = sa.exists().where(Attendance.person_id == Person.id)
        named = sa.exists().where(Action.focal_person_id == Person.id)
        clauses += [
            sa.exists().where(Attendance.person_id == Person.id, Meeting.id == Attendance.meeting_id,
                              Meeting.forum_id.in_(whole)),
            sa.exists().where(Action.focal_person_id == Person.id, Action.forum_id.in_(whole)),
            sa.and_(~attended, ~named)]
    elif who.focal_org_ids:   # correlated on the focal_person_id index: a page of 60 people costs 60 look-ups
        clauses.append(sa.exists().where(Action.focal_person_id == Person.id, action(who, dense=True)))
    return sa.or_(*clauses)


def document(who: Principal):
    """The library: any user with a role reads a document, unless it is tagged with, or tied to a record of, a
    confidential forum the user does not see; then it is as confidential as that record."""
    live = Document.deleted_dt.is_(None)
    if who.is_admin:
        return live
    if not who.has_any_role:
        return sa.false()
    hidden = Forum.confidential.is_(True)
    visible = visible_forum_ids(who)
    if visible:
        hidden = sa.and_(hidden, Forum.id.not_in(visible))
    tied = (sa.select(document_forums.c.document_id).join(Forum, Forum.id == document_forums.c.forum_id)
            .where(hidden)
            .union(sa.select(DocumentLink.document_id).join(Forum, Forum.id == DocumentLink.forum_id).where(hidden)))
    return sa.and_(live, Document.id.not_in(tied))


def review_draft(who: Principal):
    """A quarterly review draft is its author's (and admins')."""
    live = ReviewDraft.deleted_dt.is_(None)
    if who.is_admin:
        return live
    return sa.and_(live, ReviewDraft.created_by_id == who.user_id) if who.user_id else sa.false()


def reference(who: Principal):
    """Organisations, places and themes: any user with a role."""
    return sa.true() if who.has_any_role else sa.false()


def admin_only(who: Principal):
    return sa.true() if who.is_admin else sa.false()


CONDITIONS = {
    Forum: forum, Meeting: meeting, Attendance: attendance, Session: meeting_part(Session),
    AgendaItem: meeting_part(AgendaItem), BreakoutGroup: meeting_part(BreakoutGroup),
    Recommendation: recommendation, Action: action,
    ActionNote: note, Submission: submission, Decision: decision, ReportDraft: draft, TrailEntry: trail_entry,
    DecisionAmendment: amendment, Plan: plan, PlanRevision: plan_revision, Commitment: commitment,
    Indicator: indicator, IndicatorValue: indicator_value,
    Person: person, Organisation: reference, Place: reference, Theme: reference, User: admin_only,
    RoleAssignment: admin_only, Document: document, ReviewDraft: review_draft,
}


def condition(model, who: Principal):
    """The read condition of a kind of record; a kind without its own rule is for admins only."""
    return CONDITIONS.get(model, admin_only)(who)


def get(model, record_id, who: Principal):
    """The record if the user may read it, else None (missing, deleted and hidden look the same)."""
    try:
        record_id = int(record_id)
    except (TypeError, ValueError):
        return None
    return db.session.scalar(sa.select(model).where(model.id == record_id, condition(model, who)))


# --- what a focal point owes, and who is reminded -------------------------------------------------

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


# A focal point's organisations are the same on every request: the per-organisation unions below are built once
# per set of organisations (statements are immutable), not on each of its requests.
def supported_by(orgs):
    """Ids of the actions the organisations support (one index range per organisation)."""
    return _supported_by(tuple(sorted(orgs)))


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
    from .permissions import build_principal
    from .roles import Role
    assignments = db.session.scalars(sa.select(RoleAssignment).where(RoleAssignment.user_id == user.id)).all()
    roots = [a.organisation_id for a in assignments if a.role is Role.FOCAL_POINT and a.is_current(today)]
    return build_principal(user, assignments, org_subtree(roots), today)


def org_subtree(roots) -> dict[int, int | None]:
    """{id: parent_id} of the organisations and their branches, by one recursive query: building a focal
    point's principal reads its own subtree, not the whole organisation table on every request."""
    roots = sorted({r for r in roots if r is not None})
    if not roots:
        return {}
    tree = sa.select(Organisation.id, Organisation.parent_id).where(Organisation.id.in_(roots)) \
        .cte("tree", recursive=True)
    tree = tree.union(sa.select(Organisation.id, Organisation.parent_id)
                      .join(tree, Organisation.parent_id == tree.c.id))
    return dict(db.session.execute(sa.select(tree.c.id, tree.c.parent_id)).all())
