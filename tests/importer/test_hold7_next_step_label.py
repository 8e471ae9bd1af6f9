"""A "Next step:" label heads a task when it names who takes the step ("Next step: All teachers to ..."), and only
then; "to" before a function word ("... and change/ add to as needed") is a preposition, no second owner."""
from ds_tracker.importer import parse


def _actions(text):
    return [(a["text"], a["owner"], a["due"]) for a in parse(text)["actions"]]


def test_next_step_with_an_owner_is_an_action():
    text = ("Schools network call\nDate: 3 May 2021\n\nReport review\n\n"
            "The draft report was walked through section by section.\n"
            "Next step: All head teachers to read the draft report by 14 May 2021 to check their school and "
            "change/ add to as needed\n")
    got = _actions(text)
    assert any(o == "All head teachers" and d == "2021-05-14" for _t, o, d in got)
    assert not any(o and o.startswith("change") for _t, o, _d in got)


def test_way_forward_in_another_shape_and_a_step_without_owner():
    text = ("Clinic managers meeting\nDate: 9 September 2022\n\nStock-outs\n\n"
            "Way forward: District pharmacists are asked to send their stock reports every Friday\n\n"
            "Referrals\n\nNext step: the date of the review is still open\n")
    got = _actions(text)
    assert any(o == "District pharmacists" for _t, o, _d in got)
    assert not any("date of the review" in t for t, _o, _d in got)


def test_next_steps_with_a_list_below_still_heads_the_list():
    text = ("Partners meeting\nDate: 9 September 2022\n\nNext steps:\n"
            "- WFP to share the stock figures by 20 September 2022\n- IOM to map the sites\n")
    got = _actions(text)
    assert ("WFP to share the stock figures", "WFP", "2022-09-20") in got and any(o == "IOM" for _t, o, _d in got)
