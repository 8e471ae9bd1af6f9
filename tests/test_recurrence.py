import pytest

from ds_tracker.recurrence import RecurrenceError, from_rule, to_rule


@pytest.mark.parametrize("words,rule", [
    (("monthly", -1, "TU"), "FREQ=MONTHLY;BYDAY=-1TU"),     # the RWG: every last Tuesday
    (("monthly", 2, "WE"), "FREQ=MONTHLY;BYDAY=2WE"),       # the DSTWG: every second Wednesday
    (("weekly", None, "SU"), "FREQ=WEEKLY;BYDAY=SU"),
    (("fortnightly", None, "MO"), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
    (("", None, None), None),
])
def test_words_and_rules_round_trip(words, rule):
    assert to_rule(*words) == rule
    assert from_rule(rule) == words


@pytest.mark.parametrize("words,code", [
    (("monthly", None, "TU"), "ordinal"), (("monthly", 5, "TU"), "ordinal"),
    (("weekly", None, "XX"), "weekday"), (("yearly", 1, "MO"), "every"),
])
def test_incomplete_choices_are_refused_with_what_is_missing(words, code):
    with pytest.raises(RecurrenceError) as e:
        to_rule(*words)
    assert e.value.code == code


@pytest.mark.parametrize("rule", ["FREQ=DAILY", "every month", "FREQ=MONTHLY;BYDAY=9TU"])
def test_rules_the_form_cannot_show_are_refused(rule):
    with pytest.raises(RecurrenceError):
        from_rule(rule)
