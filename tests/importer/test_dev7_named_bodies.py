"""An outcome sent up to a kind of body that the sentence then spells out ("the line ministries - Ministry of A and
Ministry of B") goes to the bodies named; "presented to" a body sends it up as "submitted to" does."""
from ds_tracker.importer.sent_up import bodies_sent_up


def test_the_bodies_listed_after_their_kind():
    got = bodies_sent_up("The plan will be presented to the relevant ministries - Ministry of Health (primary care "
                         "unit) and Ministry of Education for endorsement.", "en")
    assert got == ["Ministry of Health", "Ministry of Education"]
    got = bodies_sent_up("The findings were submitted to the line ministries: Ministry of Water, Ministry of "
                         "Agriculture and Ministry of Environment.", "en")
    assert got == ["Ministry of Water", "Ministry of Agriculture", "Ministry of Environment"]


def test_a_kind_with_no_list_stays_the_kind():
    got = bodies_sent_up("The recommendations will be sent to the line ministries for endorsement.", "en")
    assert got == ["ministries"]
    assert bodies_sent_up("UNICEF presented the results of the survey.", "en") == []


def test_the_kind_named_again_later_is_those_bodies():
    from ds_tracker.importer import parse
    text = ("Protection working group\nDate: 2 October 2014\n\n1. Assessment\n"
            "The report will be presented to the two line ministries - Ministry of Labour and Ministry of Interior "
            "for validation.\n\n2. Workplan\nThe outputs will be sent to line ministries for endorsement.\n")
    bodies = [e["body"] for e in parse(text)["escalations"]]
    assert "ministries" not in bodies
    assert {"Ministry of Labour", "Ministry of Interior"} <= set(bodies)
    alone = parse("Health meeting\nDate: 2 October 2014\n\nNotes\nThe outputs will be sent to line ministries "
                  "for endorsement.\n")
    assert [e["body"] for e in alone["escalations"]] == ["ministries"]
