"""The submissions list: what each forum sent (or means to send) upward, by forum, body and state."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..models import Submission
from ..models.recommendations import decision_submissions
from ..queries import PAGE_SIZE, Page, capped_count, decode_cursor, encode_cursor, keyset
from ..status import EscalationLevel

_SENT = sa.and_(Submission.sent_on.is_not(None), Submission.reference.is_not(None), Submission.reference != "")
_DECIDED = sa.exists().where(decision_submissions.c.submission_id == Submission.id)

# state -> SQL condition; the order is the road a submission travels.
STATES = {
    "planned": sa.not_(_SENT),
    "awaiting_approval": sa.and_(sa.not_(_SENT), Submission.approved_dt.is_(None)),
    "approved": sa.and_(sa.not_(_SENT), Submission.approved_dt.is_not(None)),
    "sent": sa.and_(_SENT, sa.not_(_DECIDED)),
    "decided": _DECIDED,
}
# not SQL conditions: a co-chair's send-back lives in the trail (services/sent_back), so a letter sent back and
# unchanged since is found among the few letters not yet approved, then excluded from those awaiting approval
SENT_BACK = "sent_back"


def _sent_back_clause(clauses, state):
    from ..services import sent_back
    unapproved = db.session.scalars(sa.select(Submission.id).where(*clauses, STATES["awaiting_approval"])).all()
    back = sent_back.waiting_ids(Submission, unapproved)
    if state == SENT_BACK:
        return Submission.id.in_(back)
    return sa.and_(STATES[state], Submission.id.not_in(back))


def submissions_query(who, *, forum: int | None = None, level: str | None = None, state: str | None = None):
    """Unknown level or state values are the caller's to refuse (the route answers 400)."""
    from .. import access
    clauses = [access.submission(who)]
    if forum:
        clauses.append(Submission.forum_id == forum)
    if level:
        clauses.append(Submission.level == EscalationLevel(level))
    if state in (SENT_BACK, "awaiting_approval"):
        clauses.append(_sent_back_clause(clauses, state))
    elif state:
        clauses.append(STATES[state])
    return sa.select(Submission).where(*clauses)


def list_submissions(who, cursor: str | None = None, **filters) -> Page:
    base = submissions_query(who, **filters)
    rows = db.session.scalars(keyset(base, [Submission.id], decode_cursor(cursor, [int]), descending=True).options(
        joinedload(Submission.forum), joinedload(Submission.addressee),
        selectinload(Submission.decisions), selectinload(Submission.recommendations))).unique().all()
    nxt = encode_cursor([rows[PAGE_SIZE - 1].id]) if len(rows) > PAGE_SIZE else None
    return Page(rows[:PAGE_SIZE], nxt, capped_count(base, Submission.id) if not cursor else None)


def awaiting_approval(forum_ids) -> list[Submission]:
    """Submissions a co-chair of these forums has to approve before they can be sent."""
    if not forum_ids:
        return []
    return db.session.scalars(submissions_query_for_forums(forum_ids).where(STATES["awaiting_approval"])
                              .order_by(Submission.id)).all()


def submissions_query_for_forums(forum_ids):
    return sa.select(Submission).where(Submission.deleted_dt.is_(None), Submission.forum_id.in_(forum_ids))
