"""What the dashboard and the meeting pack show, computed for one forum."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta, timezone
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import aliased, joinedload, selectinload

from ..extensions import db
from ..models import (Action, ActionNote, Decision, Meeting, Place, PlaceKind, Recommendation,
                      Submission, Theme)
from ..models.recommendations import decision_submissions, recommendation_places, recommendation_themes
from .. import queries
from ..queries import OPEN_STATUSES
from ..status import ACTION_CLOSED, ActionStatus, EscalationLevel, baghdad_today


TOP = 8   # rows a dashboard breakdown lists, then "Other"


def last_meeting(forum_id: int, today: date) -> Meeting | None:
    return db.session.scalar(sa.select(Meeting).where(
        Meeting.forum_id == forum_id, Meeting.deleted_dt.is_(None), Meeting.starts_on <= today)
        .order_by(Meeting.starts_on.desc(), Meeting.id.desc()).limit(1))


def next_date(recurrence: str | None, after: date) -> date | None:
    """The next day the forum's rule ("FREQ=MONTHLY;BYDAY=-1TU") gives after `after`."""
    if not recurrence:
        return None
    from dateutil.rrule import rrulestr
    try:
        rule = rrulestr(recurrence, dtstart=datetime.combine(after.replace(day=1), time()))
    except (ValueError, TypeError):
        return None
    nxt = rule.after(datetime.combine(after, time()))
    return nxt.date() if nxt else None


def _open_actions(forum_id):
    return sa.select(Action).where(Action.forum_id == forum_id, Action.deleted_dt.is_(None),
                                   Action.status.in_(OPEN_STATUSES))


def dashboard(forum, today: date | None = None) -> dict:
    today = today or baghdad_today()
    last = last_meeting(forum.id, today)
    open_q = _open_actions(forum.id)
    count = lambda q: db.session.scalar(sa.select(sa.func.count()).select_from(q.subquery()))  # noqa: E731
    agreed = db.session.scalars(sa.select(Recommendation).where(
        Recommendation.meeting_id == last.id, Recommendation.deleted_dt.is_(None))).all() if last else []
    theme_name = _local_name(Theme)
    theme_counts = db.session.execute(
        sa.select(Theme.id, theme_name, sa.func.count(sa.distinct(Action.id)))
        .join(recommendation_themes, recommendation_themes.c.theme_id == Theme.id)
        .join(Action, Action.recommendation_id == recommendation_themes.c.recommendation_id)
        .where(Action.id.in_(open_q.with_only_columns(Action.id)))
        .group_by(Theme.id, theme_name).order_by(sa.func.count(sa.distinct(Action.id)).desc()).limit(TOP)).all()
    owner_counts = _by_owner(open_q)
    by_governorate = _by_governorate(open_q)
    return {
        "today": today, "last": last, "agreed": agreed,
        "open": count(open_q), "overdue": count(open_q.where(Action.due_on < today)),
        "blocked": count(open_q.where(Action.status == ActionStatus.BLOCKED)),
        "waiting": count(sa.select(Recommendation.id).where(Recommendation.forum_id == forum.id,
                                                            Recommendation.deleted_dt.is_(None),
                                                            Recommendation.escalation_state == "waiting")),
        "by_theme": theme_counts, "by_owner": owner_counts, "by_governorate": by_governorate,
        "other_theme": _other(open_q, theme_counts, queries.other_themes),
        "no_theme": count(open_q.where(queries.no_theme())),   # so the theme rows add up to every open action
        "other_owner": _other(open_q, owner_counts, queries.other_owners),
        "other_governorate": _other(open_q, by_governorate, queries.other_governorates),
        "months": _open_closed_by_month(forum.id, today),
        "stages": _stages(forum.id),
        "next_date": next_date(forum.recurrence, today),
        "moved": db.session.scalars(open_q.where(Action.due_moved_dt.is_not(None))
                                    .order_by(Action.due_moved_dt.desc()).limit(10)).all(),
    }


class Other(NamedTuple):
    """A breakdown's "Other" row: the open actions counted under none of the rows shown, and those rows' ids (the
    list it opens leaves them out by the same condition: queries.other_*)."""
    shown: str
    n: int


def _other(open_q, rows, condition) -> Other | None:
    if len(rows) < TOP:
        return None
    shown = [row[0] for row in rows]
    n = db.session.scalar(sa.select(sa.func.count()).select_from(open_q.where(condition(shown)).subquery()))
    return Other(",".join(str(i) for i in sorted(shown)), n) if n else None


def _local_name(model):
    """The name a reader of the page's language knows: the Arabic name on an Arabic page, where one is stored."""
    from flask_babel import get_locale
    return sa.func.coalesce(model.name_ar, model.name) if str(get_locale() or "en") == "ar" else model.name


def _by_owner(open_q):
    """Open actions by owner, each branch's counted under its top organisation: the owner filter of the actions
    list includes branches, so "MoMD 5" opens exactly MoMD's 5 (its Ninewa branch's among them)."""
    from ..models import Organisation
    per_owner = db.session.execute(sa.select(Action.owner_id, sa.func.count(Action.id))
                                   .where(Action.id.in_(open_q.with_only_columns(Action.id)))
                                   .group_by(Action.owner_id)).all()
    if not per_owner:
        return []
    orgs = {o.id: o for o in db.session.execute(sa.select(Organisation.id, _local_name(Organisation).label("name"),
                                                          Organisation.parent_id))}
    counts = Counter()
    for owner_id, n in per_owner:
        root, seen = orgs.get(owner_id), set()
        while root is not None and root.parent_id in orgs and root.id not in seen:
            seen.add(root.id)
            root = orgs[root.parent_id]
        if root is not None:
            counts[(root.id, root.name)] += n
    return [(oid, name, n) for (oid, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))[:TOP]]


def _by_governorate(open_q):
    """Open actions by governorate, as the actions list's governorate filter reads them (queries.action_filters:
    the action's forum, its recommendation's forum, or a place its recommendation names, in the governorate), so a
    number opens exactly its rows. Three queries whatever the number of governorates."""
    from ..models import Forum, Recommendation
    places = {pid: parent for pid, parent in db.session.execute(sa.select(Place.id, Place.parent_id))}
    names = dict(db.session.execute(sa.select(Place.id, _local_name(Place)).where(Place.kind == PlaceKind.GOVERNORATE))
                 .all())

    def governorates_of(place_id):          # the place and its ancestors that are governorates
        found, seen = set(), set()
        while place_id is not None and place_id not in seen:
            seen.add(place_id)
            if place_id in names:
                found.add(place_id)
            place_id = places.get(place_id)
        return found

    ids = open_q.with_only_columns(Action.id)
    rec_forum = aliased(Forum)
    pairs = set()
    for action_id, *govs in db.session.execute(
            sa.select(Action.id, Forum.governorate_id, rec_forum.governorate_id)
            .join(Forum, Forum.id == Action.forum_id)
            .outerjoin(Recommendation, Recommendation.id == Action.recommendation_id)
            .outerjoin(rec_forum, rec_forum.id == Recommendation.forum_id)
            .where(Action.id.in_(ids))):
        pairs.update((g, action_id) for g in govs if g in names)
    for action_id, place_id in db.session.execute(
            sa.select(Action.id, recommendation_places.c.place_id)
            .join(recommendation_places, recommendation_places.c.recommendation_id == Action.recommendation_id)
            .where(Action.id.in_(ids))):
        pairs.update((g, action_id) for g in governorates_of(place_id))
    counts = Counter(g for g, _action in pairs)
    return sorted(((g, names[g], n) for g, n in counts.items()), key=lambda c: (-c[2], c[1]))[:TOP]


def _open_closed_by_month(forum_id: int, today: date) -> list[dict]:
    """For each of the last 12 month-ends: actions open then, and actions closed by then. Counted by the
    database in one pass (two sums per month-end), not by loading every action of the forum."""
    closed_at = sa.select(ActionNote.action_id, sa.func.max(ActionNote.created_dt).label("closed")) \
        .where(ActionNote.status_to.in_(list(ACTION_CLOSED))).group_by(ActionNote.action_id).subquery()
    months, m = [], (today.replace(day=1) - timedelta(days=330)).replace(day=1)
    while m <= today:
        nxt = (m + timedelta(days=32)).replace(day=1)
        months.append((m, min(nxt - timedelta(days=1), today)))
        m = nxt
    is_closed = Action.status.in_(list(ACTION_CLOSED))
    sums = []
    for _start, last in months:
        end = datetime.combine(last, time.max).replace(tzinfo=timezone.utc)
        created = Action.created_dt <= end
        closed = sa.and_(created, is_closed, closed_at.c.closed.is_not(None), closed_at.c.closed <= end)
        sums += [sa.func.coalesce(sa.func.sum(sa.case((closed, 1), else_=0)), 0),
                 sa.func.coalesce(sa.func.sum(sa.case((sa.and_(created, sa.not_(closed)), 1), else_=0)), 0)]
    counts = db.session.execute(sa.select(*sums).outerjoin_from(Action, closed_at, closed_at.c.action_id == Action.id)
                                .where(Action.forum_id == forum_id, Action.deleted_dt.is_(None))).one()
    return [{"label": start.strftime("%b %y"), "closed": int(counts[2 * i]), "open": int(counts[2 * i + 1]),
             "start": start, "end": last} for i, (start, last) in enumerate(months)]


def _stages(forum_id: int) -> list[tuple[str, int]]:
    counts = dict(db.session.execute(sa.select(Recommendation.escalation_state, sa.func.count())
                                     .where(Recommendation.forum_id == forum_id, Recommendation.deleted_dt.is_(None))
                                     .group_by(Recommendation.escalation_state)).all())
    return [(s, counts.get(s, 0)) for s in ("not_escalated", "planned", "waiting", "decided")]


def waiting(forum_ids, today: date | None = None) -> list[dict]:
    """Recommendations submitted and not decided, with the body, reference and days waiting, oldest first."""
    today = today or baghdad_today()
    recs = db.session.scalars(sa.select(Recommendation).where(
        Recommendation.escalation_state == "waiting", Recommendation.deleted_dt.is_(None),
        *( [Recommendation.forum_id.in_(forum_ids)] if forum_ids is not None else []))
        .options(selectinload(Recommendation.submissions).selectinload(Submission.decisions),
                 joinedload(Recommendation.forum))).unique().all()
    rows = []
    for rec in recs:
        stage = rec.escalation
        if stage.state != "waiting":
            continue
        sub = next((s for s in rec.submissions if s.is_sent and s.sent_on == stage.since and
                    s.level == stage.level), None)
        rows.append({"rec": rec, "level": stage.level, "body": stage.body, "since": stage.since,
                     "days": (today - stage.since).days, "reference": sub.reference if sub else None,
                     "flagged": rec.chase_flagged_dt is not None, "submission": sub})
    rows.sort(key=lambda r: (r["since"], r["rec"].id))
    return rows


# The waiting page's order of bodies: the highest first (the Council of Ministers, ..., a governorate office).
LEVELS_DOWN = list(reversed(EscalationLevel))


def waiting_by_body(rows: list[dict]) -> list[tuple]:
    """The rows grouped by the body they wait on (a ministry, a governorate office, or the level's own body when
    the letter names none), bodies in the order of their level from the top, within a level the longest waiting
    first; each group's rows oldest first: [(body, level, rows)]."""
    groups: dict = {}
    for row in rows:                                       # rows come oldest first
        groups.setdefault((row["level"], row["body"]), []).append(row)
    ordered = sorted(groups.items(), key=lambda item: LEVELS_DOWN.index(item[0][0]))   # stable: oldest first
    return [(body, level, grouped) for (level, body), grouped in ordered]


def decisions_since(forum_id: int, since: date | None) -> list[Decision]:
    query = sa.select(Decision).join(decision_submissions, decision_submissions.c.decision_id == Decision.id) \
        .join(Submission, Submission.id == decision_submissions.c.submission_id) \
        .where(Submission.forum_id == forum_id, Decision.deleted_dt.is_(None))
    if since:
        query = query.where(Decision.decided_on >= since)
    return db.session.scalars(query.order_by(Decision.decided_on.desc()).options(
        selectinload(Decision.outcomes))).unique().all()


def pack_actions(forum_id: int) -> list[Action]:
    return db.session.scalars(_open_actions(forum_id).order_by(Action.due_on.is_(None), Action.due_on, Action.id)
                              .options(joinedload(Action.owner), joinedload(Action.recommendation),
                                       joinedload(Action.focal_person))).unique().all()


def matrix_rows(forum_id: int):
    """The follow-up matrix: every action of the forum with its recommendation's context."""
    return db.session.scalars(sa.select(Action).where(Action.forum_id == forum_id, Action.deleted_dt.is_(None))
                              .order_by(Action.id).options(
        joinedload(Action.owner), joinedload(Action.focal_person), joinedload(Action.meeting),
        joinedload(Action.recommendation).joinedload(Recommendation.meeting),
        joinedload(Action.recommendation).selectinload(Recommendation.themes),
        joinedload(Action.recommendation).selectinload(Recommendation.places),
        joinedload(Action.recommendation).selectinload(Recommendation.addressees),
        selectinload(Action.notes))).unique()


# --- the focal point's page ---------------------------------------------------------------------------

def follow_up_summary(who, action_ids: list[int]) -> dict:
    """A meeting's "follow-up of previous actions" in a line: how many of them the user may see, by status."""
    from .. import access
    today = baghdad_today()
    rows = db.session.execute(sa.select(Action.status, sa.func.count(), sa.func.sum(sa.case(
        (sa.and_(Action.due_on < today, Action.status.in_(OPEN_STATUSES)), 1), else_=0)))
        .where(Action.id.in_(action_ids or [-1]), access.action(who, dense=True))
        .group_by(Action.status)).all()
    by_status = {status: n for status, n, _late in rows}
    return {"total": sum(by_status.values()), "overdue": sum(late or 0 for _s, _n, late in rows),
            "by_status": [(s, by_status[s]) for s in ActionStatus if by_status.get(s)]}


def follow_up_actions(who, action_ids: list[int]) -> list[Action]:
    """The actions a meeting follows up, those the user may see, in the order they were listed."""
    from .. import access
    found = {a.id: a for a in db.session.scalars(sa.select(Action).where(
        Action.id.in_(action_ids or [-1]), access.action(who, dense=True))
        .options(joinedload(Action.owner), joinedload(Action.recommendation), selectinload(Action.supporters)))
        .unique()}
    return [found[i] for i in action_ids if i in found]
