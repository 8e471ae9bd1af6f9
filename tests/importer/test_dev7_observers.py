"""A heading naming present non-members ("Non-voting observers", "Invited guests") opens the roll again after an
absence list ("Regrets"): they were there. Invented text."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def names(text):
    return [p["name"] for p in parse(text, REF)["participants"]]


def test_observers_after_regrets_are_participants_and_the_regrets_are_not():
    text = ("# Steering group call\n\n## Attending\n* Nora Lind\n* Paul Ekker\n\n## Regrets\n* Ivo Marsh\n\n"
            "## Non-voting observers\n* Tara Quinn\n* Luis Ortega\n\nQuorum reached.\n")
    got = names(text)
    assert {"Tara Quinn", "Luis Ortega", "Nora Lind"} <= set(got) and "Ivo Marsh" not in got


def test_invited_guests_as_a_plain_heading():
    text = ("Board meeting, 3 March 2021\nPresent\nAmy Hart\nBen Cole\nApologies\nCarl Dunn\nInvited guests\n"
            "Dana Fox\nEli Gray\n\n1. Welcome\nThe chair opened the meeting.\n")
    got = names(text)
    assert {"Dana Fox", "Eli Gray"} <= set(got) and "Carl Dunn" not in got
