"""A roll inside a run-on paragraph (a council's minutes pasted as one block): "Present: ...; Also Present: Name,
post; Name, post": the semicolons part the people, the commas part each one's name from the post, and the
second label is the group of its people."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def _people(text):
    return {p["name"]: (p.get("position"), p.get("group")) for p in parse(text, REF)["participants"]}


def test_also_present_with_posts_in_a_run_on_paragraph():
    text = ("TOWN COUNCIL MEETING MAY 2, 2024 The following are the minutes of the regular meeting held at 6:00 pm "
            "in the Hall. 1. CALL TO ORDER Mayor Quill called the meeting to order. Present: Mayor Quill; "
            "Councilmember Dorn; Councilmember Ruiz Also Present: Ada Lovelace, Town Manager; Boris Kell, Town "
            "Attorney; Clara Oswin; Dmitri Vane, Fire Chief 2. INVOCATION Invocation was given by a pastor.\n")
    people = _people(text)
    assert people["Ada Lovelace"] == ("Town Manager", "Also Present")
    assert people["Dmitri Vane"] == ("Fire Chief", "Also Present")
    assert "Town Manager" not in people and "Fire Chief" not in people


def test_semicolon_roll_after_a_title_on_one_line():
    text = ("Minutes of the parish board 4 June 2023 Attendees: Erin Hale, Treasurer; Farid Nouri, Clerk; "
            "Gus Tam, Warden. The board met at the hall and agreed the accounts.\n")
    people = _people(text)
    assert people.get("Erin Hale", (None,))[0] == "Treasurer" and people.get("Gus Tam", (None,))[0] == "Warden"
    assert "Clerk" not in people
