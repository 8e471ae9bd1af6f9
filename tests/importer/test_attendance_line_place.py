"""A name in an attendance list at the top that is also a town's ("Laurie Paris — Treasurer") is no city of
the meeting (attendance_line.py)."""
from ds_tracker.importer import parse
from ds_tracker.importer.attendance_line import names_a_person


def test_a_surname_that_is_a_town():
    text = ("In attendance:\n\n  • Rob Hale — President\n  • Nora Paris — Vice President\n  • Ed Kim — Treasurer\n\n"
            "Minutes\n1. The meeting opened at 19:00.\n")
    assert [s["city"] for s in parse(text)["sittings"]] in ([], [None])
    text = "Attendance\nLi Wei, Secretary\nTom Berlin, Chair\n\nNotes\nThe club met.\n"
    assert [s["city"] for s in parse(text)["sittings"]] in ([], [None])


def test_place_lines_are_still_places():
    assert not names_a_person("UNHCR Office, Geneva")
    assert not names_a_person("Seminar Hall, Davao City, Philippines")
    assert names_a_person("Laurie Madrid — Vice President")
    text = "Coordination meeting\nUNHCR Office – Geneva\n12 May 2021\n\nPresent: Ana Ruiz, Li Wei, Omar Said\n"
    assert [s["city"] for s in parse(text)["sittings"]] == ["Geneva"]
