"""A co-chair sends minutes or a planned letter back to the secretariat with a comment instead of approving it.

The comment lives in the trail only (field SENT_BACK): it stays "pending" on the record until what was sent back
changes (the minutes' text or status; anything of a letter) or is approved, so no column has to be cleared."""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..models import Meeting, Operation, Submission, TrailEntry
from .core import ValidationFailed, check_version, clean, log, principal_for, require

SENT_BACK = "sent_back"
MAX_COMMENT = 2000
# what, changed after the comment, answers it: the minutes themselves (a meeting's other edits do not)
_ANSWERS = {"Meeting": {"minutes", "minutes_status"}, "Submission": None}   # None: any later change


def _comment(comment) -> str:
    text = clean(comment)
    if not text:
        raise ValidationFailed({"comment": _l("Say what the secretariat should complete or change.")})
    if len(text) > MAX_COMMENT:
        raise ValidationFailed({"comment": _l("The comment is too long (2,000 characters at most).")})
    return text


def send_back_minutes(actor, meeting: Meeting, *, version, comment) -> None:
    """The minutes stay draft; the co-chair's comment goes to the trail (the record's version is not bumped: the
    secretariat's open edit is not made stale by a comment)."""
    require(principal_for(actor).can_approve_minutes(meeting),
            _l("Only a co-chair of this forum can send minutes back."))
    _send_back(actor, meeting, version, comment, _l("These minutes are already approved.")
               if meeting.minutes_approved else None)


def send_back_submission(actor, sub: Submission, *, version, comment) -> None:
    require(principal_for(actor).can_approve_submission(sub),
            _l("Only a co-chair of this forum can send a submission back."))
    _send_back(actor, sub, version, comment, _l("This submission is already approved.") if sub.approved_dt else
               _l("This submission was already sent.") if sub.is_sent else None)


def _send_back(actor, record, version, comment, too_late) -> None:
    """too_late: why the record can no longer be sent back (None: it can)."""
    check_version(record, version)
    text = _comment(comment)
    if too_late:
        raise ValidationFailed({"": too_late})
    log(actor, record, Operation.STATUS, {SENT_BACK: [None, text]})
    db.session.flush()


@dataclass(frozen=True)
class Returned:
    """A record's latest send-back and the first change that answered it (None: still with the secretariat)."""
    entry: TrailEntry
    answer: TrailEntry | None = None

    @property
    def waiting(self) -> bool:
        return self.answer is None


def returned(model, ids) -> dict[int, Returned]:
    """Each record's latest send-back, answered or not, by record id (one query for a list)."""
    ids = list(ids)
    if not ids:
        return {}
    name = model.__name__
    entries = db.session.scalars(sa.select(TrailEntry).where(
        TrailEntry.record_type == name, TrailEntry.record_id.in_(ids)).order_by(TrailEntry.id)).all()
    found: dict[int, Returned] = {}
    answers = _ANSWERS[name]
    for entry in entries:
        changes = entry.changes or {}
        last = found.get(entry.record_id)
        if SENT_BACK in changes:
            found[entry.record_id] = Returned(entry)
        elif last and last.waiting and (answers is None or answers & set(changes) or
                                        entry.operation is Operation.DELETE):
            found[entry.record_id] = Returned(last.entry, entry)
    return found


def pending(model, ids) -> dict[int, TrailEntry]:
    """Each record's latest send-back that nothing has answered yet, by record id."""
    return {k: r.entry for k, r in returned(model, ids).items() if r.waiting}


def waiting_ids(model, ids) -> set[int]:
    """Records sent back and not changed since: out of a co-chair's approval queue until the secretariat acts."""
    return set(pending(model, ids))


def pending_one(record) -> TrailEntry | None:
    return pending(type(record), [record.id]).get(record.id)


def returned_one(record) -> Returned | None:
    return returned(type(record), [record.id]).get(record.id)


def refuse_unseen(record, anyway: bool) -> None:
    """An approval pressed on a page opened before a co-chair sent the record back (another tab, the other
    co-chair) must not wipe the comment out unseen: it is refused; the page as it is now offers "approve anyway"."""
    if not anyway and pending_one(record) is not None:
        raise ValidationFailed({"": _l("It was sent back to the secretariat after you opened this page, so it was not "
                                       "approved. Read the comment below; you can still approve it anyway.")})


def comment_of(entry: TrailEntry) -> str:
    return (entry.changes or {}).get(SENT_BACK, [None, ""])[1]
