"""The minutes' own label with a day, below a long proposed agenda, dates the meeting (minutes_day.py)."""
from ds_tracker.importer import parse


def _agenda(n):
    return "".join(f"{i}. Item number {i} (a short description of what will be discussed)\n\n" for i in range(1, n))


def test_a_label_below_the_agenda():
    text = "Proposed Agenda:\n\n" + _agenda(18) + "Meeting Minutes: March 3, 2011\n\n1. Called to order at 19:05\n"
    assert [s["date"] for s in parse(text)["sittings"]] == ["2011-03-03"]
    text = "Agenda\n\n" + _agenda(18) + "Minutes – 4 May 2021\n\nThe chair opened the meeting.\n"
    assert [s["date"] for s in parse(text)["sittings"]] == ["2021-05-04"]


def test_a_minutes_line_of_another_meeting_is_no_label():
    text = "Agenda\n\n" + _agenda(18) + "Minutes of 4 May 2021 and 1 June 2021 were approved.\n"
    assert [s["date"] for s in parse(text)["sittings"]] in ([], [None])
