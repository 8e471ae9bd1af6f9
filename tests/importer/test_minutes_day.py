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


def test_a_proposed_agenda_is_no_list_of_tasks_and_the_minutes_label_ends_it():
    text = ("Proposed Agenda:\n\n1. Call to order.\n\n2. Motion to approve the agenda (additions may be proposed)\n\n"
            "3. Treasurer's update (the monthly statements)\n\nMeeting Minutes: March 3, 2011\n\n"
            "1. Meeting called to order at 19:05\n\n2. Treasurer's update:\n  • Omar will send the statements to "
            "the board next week.\n")
    draft = parse(text)
    assert not any("Call to order" in a["text"] or "approve the agenda" in a["text"] for a in draft["actions"])
    assert any("send the statements" in a["text"] for a in draft["actions"])
    text = ("Draft agenda\n1. Welcome\n2. Review of the work plan\n3. Any other business\n\nMinutes - 9 June 2020\n"
            "The group agreed to meet monthly.\n")
    draft = parse(text)
    assert [s["date"] for s in draft["sittings"]] == ["2020-06-09"]
    assert not any("Welcome" in r["text"] for r in draft["recommendations"] + draft["actions"])
