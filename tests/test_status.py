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


# --- the whole table: every move of both machines, allowed or not, and which ones need a reason ---------------
# Written out by hand (not read from status.py) so that deleting or adding a move in the code fails here.
# "reason" = allowed and the user must say why; "free" = allowed without a note; "-" = refused; "same" = no change.
REC_TABLE = """
                  proposed  agreed  in_implementation  implemented  dropped
proposed          same      free    -                  -            reason
agreed            reason    same    free               free         reason
in_implementation -         reason  same               free         reason
implemented       -         -       reason             same         -
dropped           reason    reason  -                  -            same
"""
ACTION_TABLE = """
             open    in_progress  done    blocked  cancelled
open         same    free         reason  reason   reason
in_progress  free    same         reason  reason   reason
done         -       reason       same    -        -
blocked      free    free         reason  same     reason
cancelled    reason  -            -       -        same
"""


def moves(table, enum):
    header, *rows = [line.split() for line in table.strip().splitlines()]
    return [(enum(row[0]), enum(new), cell) for row in rows for new, cell in zip(header, row[1:])]


def check_move(check, old, new, cell, noun):
    if cell in ("free", "reason"):
        assert check(old, new) is (cell == "reason"), f"{old.value} -> {new.value}"
        return
    with pytest.raises(TransitionError) as refused:
        check(old, new)
    words = lambda s: s.value.replace("_", " ")   # noqa: E731
    expected = (f"The {noun} is already {words(old)}." if cell == "same"
                else f"{'An' if noun == 'action' else 'A'} {noun} cannot go from {words(old)} to {words(new)}.")
    assert str(refused.value) == expected


@pytest.mark.parametrize("old,new,cell", moves(REC_TABLE, R), ids=lambda v: getattr(v, "value", v))
def test_every_recommendation_move(old, new, cell):
    check_move(check_recommendation_transition, old, new, cell, "recommendation")


@pytest.mark.parametrize("old,new,cell", moves(ACTION_TABLE, A), ids=lambda v: getattr(v, "value", v))
def test_every_action_move(old, new, cell):
    check_move(check_action_transition, old, new, cell, "action")


def test_the_tables_cover_every_status_and_the_26_allowed_moves():
    rec, act = moves(REC_TABLE, R), moves(ACTION_TABLE, A)
    assert len(rec) == len(R) ** 2 and len(act) == len(A) ** 2
    assert sum(cell in ("free", "reason") for *_, cell in rec + act) == 26


def test_stored_values_do_not_change():
    """These strings are in the database and in migrations: renaming one orphans every stored row."""
    from ds_tracker.status import MinutesStatus, OUTCOMES_NEEDING_TEXT
    assert [s.value for s in R] == ["proposed", "agreed", "in_implementation", "implemented", "dropped"]
    assert [s.value for s in A] == ["open", "in_progress", "done", "blocked", "cancelled"]
    assert [s.value for s in MinutesStatus] == ["draft", "approved"]
    assert [s.value for s in L] == ["governorate", "ministry", "pm_office", "supreme_committee",
                                    "council_of_ministers"]
    assert [s.value for s in Outcome] == ["endorsed", "partly_endorsed", "rejected", "deferred"]
    assert OUTCOMES_NEEDING_TEXT == {Outcome.REJECTED, Outcome.DEFERRED}


def test_closed_actions_and_forward_order():
    from ds_tracker.status import ACTION_CLOSED, RECOMMENDATION_FORWARD
    assert ACTION_CLOSED == {A.DONE, A.CANCELLED}
    assert RECOMMENDATION_FORWARD == [R.PROPOSED, R.AGREED, R.IN_IMPLEMENTATION, R.IMPLEMENTED]


def test_baghdad_today_needs_an_aware_time_and_defaults_to_now():
    from ds_tracker.status import BAGHDAD, baghdad_today
    with pytest.raises(ValueError) as naive:
        baghdad_today(datetime(2025, 6, 3, 12, 0))
    assert str(naive.value) == "aware datetime required"
    assert baghdad_today(datetime(2025, 6, 3, 20, 59, tzinfo=timezone.utc)) == date(2025, 6, 3)
    assert baghdad_today(datetime(2025, 6, 3, 21, 0, tzinfo=timezone.utc)) == date(2025, 6, 4)
    assert baghdad_today() == datetime.now(BAGHDAD).date()
    assert str(BAGHDAD) == "Asia/Baghdad"


def test_due_today_is_not_overdue_until_the_day_ends():
    noon = datetime(2025, 6, 3, 9, 0, tzinfo=timezone.utc)
    assert not is_overdue(date(2025, 6, 3), A.IN_PROGRESS, noon)
    assert is_overdue(date(2025, 6, 2), A.IN_PROGRESS, noon)
    assert is_overdue(date(2000, 1, 1), A.OPEN)          # now, by default
    assert not is_overdue(date(2999, 1, 1), A.OPEN)


def test_fact_states_and_stage_fields():
    planned = fact(1, L.MINISTRY, "MoF")
    sent = fact(2, L.MINISTRY, "MoF", sent=date(2025, 1, 5), ref="MoF/7")
    decided = fact(3, L.MINISTRY, "MoF", sent=date(2025, 1, 5), decided=date(2025, 2, 1), outcome=Outcome.REJECTED)
    assert [f.state for f in (planned, sent, decided)] == ["planned", "waiting", "decided"]
    stage = escalation_stage([decided])
    assert (stage.state, stage.level, stage.body, stage.since, stage.outcome) == (
        "decided", L.MINISTRY, "MoF", date(2025, 2, 1), Outcome.REJECTED)
    assert stage.label == "decided by MoF (rejected)"
    waiting = escalation_stage([sent])
    assert (waiting.since, waiting.reference) == (date(2025, 1, 5), "MoF/7")
    assert escalation_stage([planned]).since is None
    none = escalation_stage([])
    assert (none.state, none.level, none.body, none.since, none.outcome, none.reference) == (
        "not_escalated", None, None, None, None, None)


def test_chain_order_dates_first_then_level_then_submission():
    same_day = date(2025, 3, 1)
    com = fact(5, L.COUNCIL_OF_MINISTERS, "CoM", sent=same_day)
    gov = fact(9, L.GOVERNORATE, "Governor", sent=same_day)
    pm_a, pm_b = fact(4, L.PM_OFFICE, "PMO a", sent=same_day), fact(3, L.PM_OFFICE, "PMO b", sent=same_day)
    early = fact(8, L.SUPREME_COMMITTEE, "SC", sent=date(2025, 2, 1))
    plan = fact(1, L.GOVERNORATE, "Plan")
    chain = escalation_chain([plan, com, pm_a, gov, early, pm_b])
    assert [s.body for s in chain] == ["SC", "Governor", "PMO b", "PMO a", "CoM", "Plan"]
    assert escalation_stage([plan, com, pm_a, gov, early, pm_b]).body == "CoM"


def test_the_latest_plan_is_the_stage_when_nothing_is_live():
    first, second = fact(1, L.MINISTRY, "MoF"), fact(2, L.MINISTRY, "MoP")
    assert escalation_stage([second, first]).body == "MoP"
    decided = fact(3, L.MINISTRY, "MoI", sent=date(2025, 1, 1), decided=date(2025, 1, 9), outcome=Outcome.ENDORSED)
    assert escalation_stage([decided]).body == "MoI"
    waiting = fact(4, L.MINISTRY, "MoE", sent=date(2025, 2, 1))
    assert escalation_stage([decided, waiting, first]).body == "MoI"   # a decision stands against a same-level letter
    higher = fact(5, L.PM_OFFICE, "PMO", sent=date(2025, 2, 1))
    assert escalation_stage([decided, higher, first]).body == "PMO"    # ...until a higher body is asked
