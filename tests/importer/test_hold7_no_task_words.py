"""No action without a task's words: "2. 3. 4." (list numbers a PDF left alone) is none, and "According to ... ,"
or "Thanks to ..." opens a sentence with a preposition, no one to own it."""
from ds_tracker.importer import parse


def test_bare_numbers_under_action_points_are_no_action():
    text = ("Sector meeting\nDate: 6 May 2016\n\nAction points\n\n1. 2. 3. 4.\n\n"
            "WHO to share the vaccination schedule by 13 May 2016.\n")
    actions = parse(text)["actions"]
    assert not any(not any(c.isalpha() for c in a["text"]) for a in actions)
    assert any(a["owner"] == "WHO" for a in actions)


def test_a_preposition_ending_in_to_owns_no_task():
    text = ("Health working group\nDate: 6 May 2016\n\nAction points\n\n"
            "- According to several cases, the samples need to be sent to the national lab within a day.\n"
            "- Thanks to two new donors the mobile clinics will reopen in June.\n")
    owners = [a["owner"] for a in parse(text)["actions"]]
    assert "According" not in owners and "Thanks" not in owners
