"""Statuses and the rules between them. Pure Python: no Flask, no database.

Routes and services ask this module whether a change is allowed and whether it needs a reason;
the escalation stage of a recommendation is derived here from plain facts, never stored.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .message import Message, label

BAGHDAD = ZoneInfo("Asia/Baghdad")


class MinutesStatus(enum.Enum):
    DRAFT = "draft"
    APPROVED = "approved"


class RecommendationStatus(enum.Enum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    IN_IMPLEMENTATION = "in_implementation"
    IMPLEMENTED = "implemented"
    DROPPED = "dropped"


class ActionStatus(enum.Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"


class EscalationLevel(enum.Enum):
    """The bodies a forum escalates to, lowest first."""
    GOVERNORATE = "governorate"
    MINISTRY = "ministry"
    PM_OFFICE = "pm_office"
    SUPREME_COMMITTEE = "supreme_committee"
    COUNCIL_OF_MINISTERS = "council_of_ministers"


class Outcome(enum.Enum):
    ENDORSED = "endorsed"
    PARTLY_ENDORSED = "partly_endorsed"
    REJECTED = "rejected"
    DEFERRED = "deferred"


OUTCOMES_NEEDING_TEXT = {Outcome.REJECTED, Outcome.DEFERRED}


class TransitionError(ValueError):
    """A status change the rules do not allow."""


R = RecommendationStatus
RECOMMENDATION_TRANSITIONS: dict[RecommendationStatus, set[RecommendationStatus]] = {
    R.PROPOSED: {R.AGREED, R.DROPPED},
    R.AGREED: {R.IN_IMPLEMENTATION, R.IMPLEMENTED, R.DROPPED, R.PROPOSED},
    R.IN_IMPLEMENTATION: {R.IMPLEMENTED, R.DROPPED, R.AGREED},
    R.IMPLEMENTED: {R.IN_IMPLEMENTATION},     # reopened when it turns out not to be done
    R.DROPPED: {R.PROPOSED, R.AGREED},        # revived
}
RECOMMENDATION_FORWARD = [R.PROPOSED, R.AGREED, R.IN_IMPLEMENTATION, R.IMPLEMENTED]

A = ActionStatus
ACTION_TRANSITIONS: dict[ActionStatus, set[ActionStatus]] = {
    A.OPEN: {A.IN_PROGRESS, A.DONE, A.BLOCKED, A.CANCELLED},
    A.IN_PROGRESS: {A.DONE, A.BLOCKED, A.CANCELLED, A.OPEN},
    A.BLOCKED: {A.IN_PROGRESS, A.OPEN, A.DONE, A.CANCELLED},
    A.DONE: {A.IN_PROGRESS},                  # reopened
    A.CANCELLED: {A.OPEN},                    # revived
}
ACTION_CLOSED = {A.DONE, A.CANCELLED}
# The moves offered in one tap on a list row, in this order; cancelling and moving back are on the action's page.
ROW_MOVES: dict[ActionStatus, list[ActionStatus]] = {
    A.OPEN: [A.IN_PROGRESS, A.DONE, A.BLOCKED], A.IN_PROGRESS: [A.DONE, A.BLOCKED],
    A.BLOCKED: [A.IN_PROGRESS, A.DONE], A.DONE: [A.IN_PROGRESS], A.CANCELLED: [A.OPEN]}


def action_moves(old: ActionStatus) -> list[ActionStatus]:
    """The statuses an action may go to from `old`, the usual next step first (what its page's select offers)."""
    first = ROW_MOVES[old]
    return first + [s for s in ActionStatus if s in ACTION_TRANSITIONS[old] and s not in first]


def _is_backward(old, new) -> bool:
    order = RECOMMENDATION_FORWARD
    if old in order and new in order:
        return order.index(new) < order.index(old)
    return old is R.DROPPED  # reviving a dropped recommendation


def check_recommendation_transition(old: RecommendationStatus, new: RecommendationStatus) -> bool:
    """Raise TransitionError if not allowed; return True when the change needs a reason."""
    if new is old:
        raise TransitionError(Message("The recommendation is already %(status)s.", status=label(old)))
    if new not in RECOMMENDATION_TRANSITIONS[old]:
        raise TransitionError(Message("A recommendation cannot go from %(old)s to %(new)s.",
                                      old=label(old), new=label(new)))
    return new is R.DROPPED or _is_backward(old, new)


def check_action_transition(old: ActionStatus, new: ActionStatus) -> bool:
    """Raise TransitionError if not allowed; return True when the change needs a reason."""
    if new is old:
        raise TransitionError(Message("The action is already %(status)s.", status=label(old)))
    if new not in ACTION_TRANSITIONS[old]:
        raise TransitionError(Message("An action cannot go from %(old)s to %(new)s.",
                                      old=label(old), new=label(new)))
    return action_needs_note(old, new)


# A progress note says what happened: why it is blocked, what was done, why it was dropped or reopened.
NOTE_REQUIRED_TO = (A.DONE, A.BLOCKED, A.CANCELLED)


def action_needs_note(old: ActionStatus, new: ActionStatus) -> bool:
    return new in NOTE_REQUIRED_TO or old in ACTION_CLOSED


def baghdad_today(now: datetime | None = None) -> date:
    """Today's date in Iraq; deadlines are Baghdad dates, whatever the server's zone."""
    now = now or datetime.now(BAGHDAD)
    if now.tzinfo is None:
        raise ValueError("aware datetime required")
    return now.astimezone(BAGHDAD).date()


def is_overdue(due_on: date | None, status: ActionStatus, now: datetime | None = None) -> bool:
    """Overdue once the due day has ended in Baghdad, for an action still open. Computed, never stored."""
    if due_on is None or status in ACTION_CLOSED:
        return False
    return due_on < baghdad_today(now)


# --- escalation ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SubmissionFact:
    """What the escalation rules need to know about one submission covering a recommendation."""
    submission_id: int
    level: EscalationLevel
    body: str                     # "Council of Ministers", "Ministry of Finance"... (or a LocalName: either language)
    sent_on: date | None          # None while planned
    reference: str | None
    decided_on: date | None = None
    decision_number: str | None = None
    outcome: Outcome | None = None   # for this recommendation

    @property
    def state(self) -> str:
        if self.outcome is not None:
            return "decided"
        return "waiting" if self.sent_on else "planned"


@dataclass(frozen=True)
class EscalationStage:
    state: str                    # not_escalated | planned | waiting | decided
    level: EscalationLevel | None = None
    body: str | None = None
    since: date | None = None
    outcome: Outcome | None = None
    reference: str | None = None

    @property
    def label(self) -> Message:
        if self.state == "not_escalated":
            return Message("not escalated")
        if self.state == "planned":
            return Message("planned to %(body)s", body=self.body)
        if self.state == "waiting":
            return Message("waiting on %(body)s since %(date)s", body=self.body, date=self.since)
        return Message("decided by %(body)s (%(outcome)s)", body=self.body, outcome=label(self.outcome))


NOT_ESCALATED = EscalationStage("not_escalated")


def escalation_chain(facts: list[SubmissionFact]) -> list[EscalationStage]:
    """Every step a recommendation has taken upward, oldest first.

    Ordered by the date that matters for each step (decided, else sent), planned ones last, then by
    level: a recommendation decided by a ministry and then sent to the Council of Ministers is waiting
    again, and the ministry's decision stays in the chain.
    """
    def key(f: SubmissionFact):
        when = f.sent_on or date.max
        return (when, list(EscalationLevel).index(f.level), f.submission_id)

    chain = []
    for f in sorted(facts, key=key):
        since = f.decided_on if f.state == "decided" else f.sent_on
        chain.append(EscalationStage(f.state, f.level, f.body, since, f.outcome, f.reference))
    return chain


# Where a forum's submissions usually go first: the next body up from the forum's own level.
# A JCF sits with the governor, so a federal ministry; the national technical groups ask a ministry too;
# the Task Force speaks to the Prime Minister's Office; workshops submit to the Council of Ministers.
NEXT_BODY_UP = {
    "JCF": EscalationLevel.MINISTRY, "ABC": EscalationLevel.MINISTRY, "RWG": EscalationLevel.MINISTRY,
    "DSTWG": EscalationLevel.MINISTRY, "DSTWG sub-group": EscalationLevel.MINISTRY,
    "DSTF": EscalationLevel.PM_OFFICE, "workshop": EscalationLevel.COUNCIL_OF_MINISTERS,
}


def next_body_up(forum_kind: str) -> EscalationLevel:
    return NEXT_BODY_UP.get(forum_kind, EscalationLevel.MINISTRY)


def _rank(level: EscalationLevel) -> int:
    return list(EscalationLevel).index(level)


def escalation_stage(facts: list[SubmissionFact]) -> EscalationStage:
    """The current stage: the furthest step reached. Decided beats sent beats planned; a decision stands
    until a submission to a HIGHER body is sent (then that one is waiting); a plan never hides what was
    sent or decided."""
    chain = escalation_chain(facts)
    if not chain:
        return NOT_ESCALATED
    decided = [s for s in chain if s.state == "decided"]
    waiting = [s for s in chain if s.state == "waiting"]
    if decided:
        top = max(decided, key=lambda s: (_rank(s.level), s.since or date.min))
        higher = [s for s in waiting if _rank(s.level) > _rank(top.level)]
        return higher[-1] if higher else top
    if waiting:
        return waiting[-1]
    return chain[-1]                     # only plans: the newest


def redundant_plans(facts: list[SubmissionFact]) -> set[int]:
    """Planned submissions whose body has already decided on the recommendation: sending them again would
    ask a question that has its answer. The secretariat withdraws them or takes the recommendation out."""
    answered = {(f.level, f.body) for f in facts if f.state == "decided"}
    return {f.submission_id for f in facts if f.state == "planned" and (f.level, f.body) in answered}
