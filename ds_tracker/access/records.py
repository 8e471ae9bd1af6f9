"""The read conditions of the forums' own records: forums, meetings and their parts, recommendations, actions
and notes, letters and decisions, report drafts, the trail, people, reference lists (the rule: access/__init__.py)."""
from __future__ import annotations

from collections import OrderedDict
from functools import wraps

import sqlalchemy as sa
from flask import g, has_request_context

from ..extensions import db
from ..models import (Action, ActionNote, Attendance, Commitment, Decision, DecisionAmendment, Forum, Meeting,
                      Person, Plan, Recommendation, ReportDraft, Submission, TrailEntry, User, action_supporters)
from ..models.recommendations import decision_submissions, recommendation_addressees
from ..permissions import Principal

# --- the forums a principal reads -------------------------------------------------------------


def _open_forum_ids() -> frozenset[int]:
    """Forums that are not confidential: few rows, read once per request."""
    cache = g.setdefault("_open_forums", None) if has_request_context() else None
    if cache is None:
        cache = frozenset(db.session.scalars(sa.select(Forum.id).where(Forum.confidential.is_(False))))
        if has_request_context():
            g._open_forums = cache
    return cache


def remember_open_forums(ids: frozenset[int]) -> None:
    """The open forums, read by another query of this request (a focal point's principal brings them)."""
    if has_request_context():
        g._open_forums = ids


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

_BUILT: OrderedDict = OrderedDict()   # the conditions built lately, by what they were built from
_BUILT_MAX = 2048


def reader_key(who: Principal) -> tuple:
    """What a reader's conditions are built from: its roles and organisations, the open forums, the database."""
    return (who.user_id, who.is_admin, tuple(sorted((f, tuple(sorted(r))) for f, r in who.forum_roles.items())),
            who.focal_org_ids, _open_forum_ids(), _postgresql())


def _remember(key, build):
    built = _BUILT.get(key)
    if built is None:
        built = _BUILT[key] = build()
        if len(_BUILT) > _BUILT_MAX:
            _BUILT.popitem(last=False)
    return built


def remembered(condition):
    """A condition built once per kind of reader and reused by later requests: the expression depends only on
    the principal's roles and organisations, the open forums and the database's dialect, all in the key (a
    history's condition has 14 correlated parts: building it cost 0.7 ms a page)."""
    @wraps(condition)
    def cached(who: Principal, *args, **kwargs):
        return _remember((condition.__name__, args, tuple(sorted(kwargs.items())), reader_key(who)),
                         lambda: condition(who, *args, **kwargs))
    return cached


def statement(name: str, who: Principal, build):
    """A page's statement, built once per kind of reader (its record's id a bound parameter): SQLAlchemy then
    finds its compiled form without walking the whole expression again (a meeting page's three sub-lists cost
    it 1 ms to build and key on every request)."""
    return _remember(("statement", name, reader_key(who)), build)


def statements(who: Principal, key: tuple, remember: bool = True):
    """`stmt(name, build)` for one page's statements: built once per kind of reader under key + name, or afresh
    when not `remember` (statements that hold values of their own: a cursor, today's date, a resolved tree)."""
    if not remember:
        return lambda name, build: build()
    return lambda name, build: statement((*key, name), who, build)


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


def _postgresql() -> bool:
    return db.session.get_bind().dialect.name == "postgresql"


def per_row(*conditions):
    """EXISTS tested row by row, through the index its correlation names. PostgreSQL turns a plain EXISTS into a
    hash of every matching row of the inner table, built afresh by each query (5 ms to name 60 people of a
    meeting, 15 ms to count a focal point's recommendations); it leaves an EXISTS with an OFFSET correlated.
    SQLite runs it row by row already."""
    inner = sa.select(sa.literal_column("1")).where(*conditions)
    return (inner.offset(0) if _postgresql() else inner).exists()


def _checked(link_column, orgs):
    """A link's organisation tested after the row's links are found by the record's id, not looked up once per
    organisation (SQLite seeks the link index once per value of the list otherwise; `+ 0` keeps it out).
    PostgreSQL needs no such hint: it hashes the organisations' links, found by their index, once per query;
    with `+ 0` it would read the whole link table to build that hash (5 ms at 100,000 actions)."""
    if _postgresql():
        return link_column.in_(orgs)
    return (link_column + 0).in_(orgs)


def _share_forums_or_measure(who: Principal):
    """Where a focal point's share of actions applies: open forums, and the measures of any plan (a plan is
    a published government commitment: its lead and supporting organisations follow their measures even when
    the owning forum, the Task Force, is confidential)."""
    return sa.or_(_in(Action.forum_id, share_forum_ids(who)), Action.commitment_id.is_not(None))


@remembered
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
                           per_row(action_supporters.c.action_id == Action.id,
                                   _checked(action_supporters.c.organisation_id, orgs)))
        else:
            share = Action.id.in_(sa.select(Action.id).where(Action.owner_id.in_(orgs))
                                  .union(sa.select(action_supporters.c.action_id)
                                         .where(action_supporters.c.organisation_id.in_(orgs))))
        clauses.append(sa.and_(_share_forums_or_measure(who), share))
    return sa.and_(Action.deleted_dt.is_(None), sa.or_(*clauses) if clauses else sa.false())


@remembered
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
                per_row(Action.recommendation_id == Recommendation.id, Action.deleted_dt.is_(None),
                        sa.or_(Action.owner_id.in_(orgs),
                               per_row(action_supporters.c.action_id == Action.id,
                                       _checked(action_supporters.c.organisation_id, orgs)))))
        else:
            share = Recommendation.id.in_(
                sa.select(recommendation_addressees.c.recommendation_id)
                .where(recommendation_addressees.c.organisation_id.in_(orgs))
                .union(sa.select(Action.recommendation_id).where(Action.id.in_(_live_actions_of(orgs)),
                                                                 Action.recommendation_id.is_not(None))))
        clauses.append(sa.and_(_in(Recommendation.forum_id, share_forum_ids(who)), share))
    return sa.and_(Recommendation.deleted_dt.is_(None), sa.or_(*clauses) if clauses else sa.false())


@remembered
def note(who: Principal):
    return ActionNote.action_id.in_(sa.select(Action.id).where(action(who)))


def submission(who: Principal):
    """Letters and their scans: the forum's whole-record readers only (a focal point sees the stage on the
    recommendation, not the letter)."""
    return sa.and_(Submission.deleted_dt.is_(None), _in(Submission.forum_id, whole_forum_ids(who)))


@remembered
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


def template_rule(who: Principal):
    """What a forum's reviewers taught the importer: that forum's staff (and admins), who may also forget it."""
    from ..models import TemplateRule
    if who.is_admin:
        return sa.true()
    staff_of = sorted(f for f, roles in who.forum_roles.items() if who.is_staff_of(f))
    return TemplateRule.forum_id.in_(staff_of) if staff_of else sa.false()


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


@remembered
def trail_entry(who: Principal):
    """An action's history is read by whoever reads the action (the owner follows its own updates); the
    history of meetings, recommendations and letters by their forum's whole-record readers (parts follow
    their parent record)."""
    if who.is_admin:
        return sa.true()
    whole = whole_forum_ids(who)

    def about(model, readable):   # correlated on the record's primary key: one look-up per entry
        kind = model.__name__
        return [sa.and_(TrailEntry.record_type == kind, per_row(model.id == TrailEntry.record_id, readable)),
                sa.and_(TrailEntry.parent_type == kind, per_row(model.id == TrailEntry.parent_id, readable))]
    clauses = about(Action, action(who, dense=True))
    for model in _TRAIL_FORUM if whole else ():
        clauses += about(model, model.forum_id.in_(whole))
    return sa.or_(*clauses)


@remembered
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
        attended = per_row(Attendance.person_id == Person.id)
        named = per_row(Action.focal_person_id == Person.id)
        clauses += [
            per_row(Attendance.person_id == Person.id, Meeting.id == Attendance.meeting_id,
                    Meeting.forum_id.in_(whole)),
            per_row(Action.focal_person_id == Person.id, Action.forum_id.in_(whole)),
            sa.and_(~attended, ~named)]
    elif who.focal_org_ids:   # correlated on the focal_person_id index: a page of 60 people costs 60 look-ups
        clauses.append(per_row(Action.focal_person_id == Person.id, action(who, dense=True)))
    return sa.or_(*clauses)


def reference(who: Principal):
    """Organisations, places and themes: any user with a role."""
    return sa.true() if who.has_any_role else sa.false()


def admin_only(who: Principal):
    return sa.true() if who.is_admin else sa.false()
