"""The status rules, alone: no app, no database."""
from datetime import date, datetime, timezone

import pytest

from ds_tracker.status import (ActionStatus as A, EscalationLevel as L, Outcome, RecommendationStatus as R,
                               SubmissionFact, TransitionError, check_action_transition,
                               check_recommendation_transition, escalation_chain, escalation_stage, is_overdue)


@pytest.mark.parametrize("old,new,needs_reason", [
    (R.PROPOSED, R.AGREED, False),
    (R.AGREED, R.IN_IMPLEMENTATION, False),
    (R.IN_IMPLEMENTATION, R.IMPLEMENTED, False),
    (R.PROPOSED, R.DROPPED, True),
    (R.IN_IMPLEMENTATION, R.DROPPED, True),
    (R.IMPLEMENTED, R.IN_IMPLEMENTATION, True),   # reopening says why
    (R.DROPPED, R.PROPOSED, True),
])
def test_recommendation_transitions(old, new, needs_reason):
    assert check_recommendation_transition(old, new) is needs_reason


@pytest.mark.parametrize("old,new", [(R.PROPOSED, R.IMPLEMENTED), (R.IMPLEMENTED, R.DROPPED), (R.AGREED, R.AGREED)])
def test_recommendation_transitions_refused(old, new):
    with pytest.raises(TransitionError):
        check_recommendation_transition(old, new)


@pytest.mark.parametrize("old,new,needs_reason", [
    (A.OPEN, A.IN_PROGRESS, False),
    (A.IN_PROGRESS, A.DONE, True),
    (A.OPEN, A.BLOCKED, True),
    (A.IN_PROGRESS, A.CANCELLED, True),
    (A.BLOCKED, A.IN_PROGRESS, False),
    (A.DONE, A.IN_PROGRESS, True),
    (A.CANCELLED, A.OPEN, True),
])
def test_action_transitions(old, new, needs_reason):
    assert check_action_transition(old, new) is needs_reason


@pytest.mark.parametrize("old,new", [(A.DONE, A.CANCELLED), (A.CANCELLED, A.DONE), (A.OPEN, A.OPEN)])
def test_action_transitions_refused(old, new):
    with pytest.raises(TransitionError):
        check_action_transition(old, new)


def test_overdue_uses_baghdad_date_not_utc():
    due = date(2025, 6, 3)
    # 21:30 UTC on 3 June is already 00:30 on 4 June in Baghdad (UTC+3): the due day is over.
    late_evening_utc = datetime(2025, 6, 3, 21, 30, tzinfo=timezone.utc)
    assert is_overdue(due, A.OPEN, late_evening_utc)
    afternoon_utc = datetime(2025, 6, 3, 14, 0, tzinfo=timezone.utc)
    assert not is_overdue(due, A.OPEN, afternoon_utc)


def test_closed_or_undated_actions_are_never_overdue():
    later = datetime(2030, 1, 1, tzinfo=timezone.utc)
    assert not is_overdue(date(2025, 1, 1), A.DONE, later)
    assert not is_overdue(date(2025, 1, 1), A.CANCELLED, later)
    assert not is_overdue(None, A.OPEN, later)
    assert is_overdue(date(2025, 1, 1), A.BLOCKED, later)


def fact(i, level, body, sent=None, decided=None, outcome=None, ref=None):
    return SubmissionFact(i, level, body, sent, ref, decided, None, outcome)


def test_escalation_not_escalated():
    assert escalation_stage([]).label == "not escalated"


def test_escalation_planned_then_waiting_then_decided():
    planned = fact(1, L.COUNCIL_OF_MINISTERS, "Council of Ministers")
    assert escalation_stage([planned]).label == "planned to Council of Ministers"
    sent = fact(1, L.COUNCIL_OF_MINISTERS, "Council of Ministers", sent=date(2025, 6, 20), ref="MoMD/1234")
    assert escalation_stage([sent]).label == "waiting on Council of Ministers since 2025-06-20"
    decided = fact(1, L.COUNCIL_OF_MINISTERS, "Council of Ministers", sent=date(2025, 6, 20),
                   decided=date(2025, 8, 1), outcome=Outcome.PARTLY_ENDORSED)
    assert escalation_stage([decided]).label == "decided by Council of Ministers (partly endorsed)"


def test_escalation_chain_keeps_lower_decision_when_sent_higher():
    ministry = fact(1, L.MINISTRY, "Ministry of Finance", sent=date(2025, 3, 1), decided=date(2025, 4, 1),
                    outcome=Outcome.ENDORSED)
    com = fact(2, L.COUNCIL_OF_MINISTERS, "Council of Ministers", sent=date(2025, 5, 10))
    chain = escalation_chain([com, ministry])
    assert [s.body for s in chain] == ["Ministry of Finance", "Council of Ministers"]
    assert chain[0].state == "decided"
    assert escalation_stage([com, ministry]).label == "waiting on Council of Ministers since 2025-05-10"


def test_escalation_stage_is_the_furthest_step_reached():
    ministry = fact(1, L.MINISTRY, "Ministry of Finance", sent=date(2025, 3, 1), decided=date(2025, 4, 1),
                    outcome=Outcome.ENDORSED)
    planned = fact(2, L.COUNCIL_OF_MINISTERS, "Council of Ministers")
    # a plan never hides a decision: decided beats planned
    assert escalation_stage([ministry, planned]).state == "decided"
    # sent to a HIGHER body: waiting there
    waiting = fact(3, L.PM_OFFICE, "Prime Minister's Office", sent=date(2025, 5, 1))
    assert escalation_stage([ministry, planned, waiting]).label == "waiting on Prime Minister's Office since 2025-05-01"
    # only plans: the newest plan
    assert escalation_stage([planned]).label == "planned to Council of Ministers"
    # waiting beats planned
    assert escalation_stage([planned, waiting]).state == "waiting"


def test_a_decision_stands_until_a_higher_body_is_asked():
    """The import's planned submission (all recommendations) stays behind; the Council's decision is the stage."""
    imported_plan = fact(1, L.COUNCIL_OF_MINISTERS, "Council of Ministers")
    sent = fact(2, L.COUNCIL_OF_MINISTERS, "Council of Ministers", sent=date(2025, 6, 1), decided=date(2025, 7, 1),
                outcome=Outcome.ENDORSED)
    assert escalation_stage([imported_plan, sent]).label == "decided by Council of Ministers (endorsed)"
    # a later letter to a LOWER or equal body does not undo the Council's decision
    ministry = fact(3, L.MINISTRY, "Ministry of Finance", sent=date(2025, 8, 1))
    assert escalation_stage([imported_plan, sent, ministry]).state == "decided"
    # a higher decision beats a lower later one
    lower_later = fact(4, L.GOVERNORATE, "Governor of Ninewa", sent=date(2025, 8, 1), decided=date(2025, 9, 1),
                       outcome=Outcome.REJECTED)
    assert escalation_stage([sent, lower_later]).body == "Council of Ministers"


def test_a_plan_to_a_body_that_already_decided_is_redundant():
    from ds_tracker.status import redundant_plans
    imported_plan = fact(1, L.COUNCIL_OF_MINISTERS, "Council of Ministers")
    other_plan = fact(4, L.SUPREME_COMMITTEE, "Supreme Committee")
    sent = fact(2, L.COUNCIL_OF_MINISTERS, "Council of Ministers", sent=date(2025, 6, 1), decided=date(2025, 7, 1),
                outcome=Outcome.ENDORSED)
    assert redundant_plans([imported_plan, other_plan, sent]) == {1}
    assert redundant_plans([imported_plan, other_plan]) == set()
