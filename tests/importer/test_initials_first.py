"""An attendance line that opens with the person's initials in brackets ("[DC] Dana Cole") is that person
(initials_first.py); a body's acronym in the same place is not taken for initials."""
from ds_tracker.importer import parse
from ds_tracker.importer.initials_first import initials_last


def _people(text):
    return [(p["name"], p["organisation"]) for p in parse(text)["participants"]]


def test_square_brackets_in_a_markdown_list():
    text = ("# Minutes of the steering group\n\n## Attendees\n- [TV] Tomas Vidal\n- [RO] Rhea Okafor\n"
            "- [KB] Kai Brandt-Olsen\n\n## Discussion\nThe group met.\n")
    assert [n for n, _o in _people(text)] == ["Tomas Vidal", "Rhea Okafor", "Kai Brandt-Olsen"]


def test_round_brackets_then_a_body():
    text = ("Coordination meeting\n\nParticipants:\n(LW) Li Wei – CARE\n(SH) Sara Haddad – IOM\n"
            "(OK) Omar Kassem – UNICEF\n\nAgenda\n1. Updates\n")
    assert [n for n, _o in _people(text)] == ["Li Wei", "Sara Haddad", "Omar Kassem"]
    assert _people(text)[0] == ("Li Wei", "CARE")


def test_a_body_first_is_not_initials():
    assert initials_last("[IOM] Ana Ruiz") is None
    assert initials_last("[AR] Ana Ruiz") == "Ana Ruiz (AR)"
    assert initials_last("Ana Ruiz") is None
