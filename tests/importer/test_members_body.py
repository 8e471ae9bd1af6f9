"""A council's or board's members listed by post are of the body whose minutes these are (members_body.py);
its staff and its guests are not."""
from ds_tracker.importer import parse
from ds_tracker.importer.members_body import body_that_met


def _people(text):
    return [(p["name"], p["organisation"], bool(p.get("unsure"))) for p in parse(text)["participants"]]


def test_a_parish_council_and_a_school_board():
    text = ("WESTLEIGH PARISH COUNCIL MEETING\nMinutes of the meeting held Tuesday 7th March 2023 at the Hall\n"
            "Present: Councillors Ash, Bell and Cope\n1. Apologies\nNone\n")
    assert _people(text) == [("Ash", "Westleigh Parish Council", True), ("Bell", "Westleigh Parish Council", True),
                             ("Cope", "Westleigh Parish Council", True)]
    text = ("Lakeside School District No. 4 SCHOOL BOARD MEETING APRIL 2, 2019 BOARD PRESENT: Chair Ortiz, Trustee "
            "Hale, Trustee Brook STAFF PRESENT: Superintendent Vance, Business Manager Lowe, Principal Ngata\n")
    got = {n: o for n, o, _u in _people(text)}
    assert got["Ortiz"] == got["Hale"] == "Lakeside School District No. 4 School Board"
    assert got["Vance"] is None and got["Lowe"] is None       # the district's staff, not board members


def test_no_body_named_at_the_head():
    assert body_that_met(["Minutes of the regular meeting", "Present: Ana Ruiz, Li Wei"]) is None
    assert body_that_met(["Minutes Regular Council Meeting June 2, 2020"]) is None
    assert body_that_met(["KEW TOWN COUNCIL", "Minutes"]) == "Kew Town Council"


def test_a_roll_labelled_as_the_boards_members():
    text = ("Riverside Rowing Club Board of Directors Meeting - 4 March 2022\nBoard Members Present:\nAna Ruiz\n"
            "Li Wei\nOmar Said\nGuests:\nSara Haddad\n\nThe meeting opened at 7 pm.\n")
    got = {p["name"]: p["organisation"] for p in parse(text)["participants"]}
    assert got["Ana Ruiz"] == got["Omar Said"] == "Riverside Rowing Club Board of Directors"
    assert got.get("Sara Haddad") is None
