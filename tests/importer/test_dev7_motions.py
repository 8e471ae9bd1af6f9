"""A committee's minutes: a motion moved and seconded is a decision, whichever way it is written; a date written
year first with dots ("2019.06.03") is a date."""
from ds_tracker.importer import parse
from ds_tracker.importer.reading import dates_in


def _decisions(text):
    return [d["text"] for d in parse(text)["decisions"]]


def test_moved_and_seconded_is_a_decision():
    text = ("Club committee meeting\nDate: 3 June 2019\n\nBusiness\n"
            "1. Budget for the summer fair approved at 400 dollars. Moved by AK, seconded by RT\n"
            "2. Two new volunteers this month: Mia motioned to accept, Dev seconded\n"
            "3. The roof repair was discussed at length.\n")
    got = _decisions(text)
    assert any(t.startswith("Budget for the summer fair") for t in got)
    assert any(t.startswith("Two new volunteers") for t in got)
    assert not any("roof repair" in t for t in got)


def test_year_first_date_with_dots():
    assert [d for d, _ in dates_in("Board meeting 2019.06.03")] == [__import__("datetime").date(2019, 6, 3)]
    assert dates_in("release 2019.06.03.2 of the tool") == []     # a version number, not a day
    assert parse("# Committee Meeting 2021.11.20\n\n## Minutes\n\nThe accounts were approved.\n")["sittings"][0]["date"] \
        == "2021-11-20"


def test_a_decision_taken_weeks_ago_is_reported_not_taken():
    from ds_tracker.importer.outcome_words import outcome_kind
    assert outcome_kind("The list of indicators was agreed upon by the sector group three weeks ago and is final.") is None
    assert outcome_kind("The workplan was approved by the board 2 months ago.") is None
    assert outcome_kind("The workplan was approved by the members.") == "decision"
