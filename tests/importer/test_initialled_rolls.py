"""People listed with their initials ("Name (INITIALS)"): a roll even with no heading; the bracket is no body."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.initials import initialled_roll, own_initials

REF = Reference.from_seed()


def _people(text):
    return [(p["name"], p.get("organisation"), p.get("group")) for p in parse(text, REF)["participants"]]


def test_own_initials_are_the_names_letters():
    assert own_initials("Ada Lovelace", "AL") and own_initials("Clara Oswin", "COW")
    assert not own_initials("Ada Lovelace", "UNHCR") and not own_initials("Boris Kell", "CARE")


def test_a_roll_of_initialled_names_with_no_heading_and_a_labelled_part():
    text = ("# Notes of 3 May\n\nAda Lovelace (AL), Boris Kell (BK), Clara Oswin (COW), Dmitri Vane (DV)\n\n"
            "Remote:\nErin Hale (EH), Farid Nouri (FNI), Gus Tam (GT)\n\n## Agenda\n\nThe group talked.\n")
    people = _people(text)
    assert ("Ada Lovelace", None, None) in people and ("Dmitri Vane", None, None) in people
    assert ("Farid Nouri", None, "Remote") in people and len(people) == 7


def test_initials_under_a_cue_are_no_body_and_bodies_stay():
    people = _people("Notes\n\nPresent:\nAda Lovelace (AL), Boris Kell (BK), Clara Oswin (COW)\n\nAgenda\n\nTalk.\n")
    assert {p[1] for p in people} == {None} and len(people) == 3
    assert initialled_roll("Ada Lovelace (UNHCR), Boris Kell (CARE), Clara Oswin (WFP)") == []


def test_a_line_of_bodies_is_no_initialled_roll():
    assert initialled_roll("Norwegian Refugee Council (NRC), Danish Refugee Council (DRC), Save Children (SC)") == []
