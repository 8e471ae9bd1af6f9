"""Attendance as a run of "Name (Body)" entries: on its own line under the heading (first names enough when each
carries its body), or in the middle of a line a web page ran together, after the attendance word."""
from ds_tracker.importer import parse


def _people(text):
    return [(p["name"], p["organisation"]) for p in parse(text)["participants"]]


def test_first_names_with_bodies_under_a_present_heading():
    text = ("Board call - 04/02/2020\n=====================\n\nPresent\n-------\n\n"
            "Maria (DESY), Pieter (NIKHEF), Sven (MAX IV), Olga (PSI)\n\nMinutes\n-------\n\n"
            "1. The budget was reviewed.\n")
    got = _people(text)
    assert ("Maria", "DESY") in got and ("Olga", "PSI") in got and len(got) == 4


def test_full_names_with_bodies_under_an_attendees_heading_lose_the_brackets():
    text = ("Water sector meeting\nDate: 9 June 2021\n\nAttendees\n\n"
            "Rana Haddad (Oxfam); Tomas Vidal (UNICEF); Grace Ade (Mercy Corps)\n\nAgenda\n\n1. Updates\n")
    got = _people(text)
    assert ("Rana Haddad", "Oxfam") in got and ("Grace Ade", "Mercy Corps") in got
    assert not any(o and o.startswith("(") for _n, o in got)


def test_a_roll_run_into_a_long_line_after_the_attendance_word():
    text = ("Slides\n\n1. Protection Sector Meeting 3 May 2011 Conference Call 10:00 - 11:00 Geneva Minutes "
            "PARTICIPANTS - Ines Moreau(UNHCR) - KarlBauer (Save the Children) - Aya Tanaka—Norwegian Refugee "
            "Council - Li Na (UNFPA) FLOOD UPDATE Ines gave an update on the floods in the east.\n")
    got = _people(text)
    assert ("Ines Moreau", "UNHCR") in got and ("KarlBauer", "Save the Children") in got
    assert ("Aya Tanaka", "Norwegian Refugee Council") in got and ("Li Na", "UNFPA") in got
    assert not any("FLOOD" in n or "Ines gave" in n for n, _o in got)


def test_brackets_in_prose_make_no_roll():
    text = ("Health cluster meeting\nDate: 2 March 2022\n\nDiscussion\n\n"
            "The partners present - WHO (lead), MSF (support) and IMC (field) - discussed the cholera plan and "
            "agreed to meet again (date to be set).\n")
    assert _people(text) == []
