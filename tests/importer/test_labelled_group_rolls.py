"""An attendance list's parts: "Label: A, B, C" gives each name that label's group; a participants heading that
names a kind of person ("Members present") is the group of the people under it; presence alone names none."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def _people(text):
    return [(p["name"], p.get("organisation"), p.get("group")) for p in parse(text, REF)["participants"]]


def test_bulleted_labels_each_followed_by_names():
    people = _people("# Board call\n\n## Attendance\n\n* Board members: Ada, Boris, Clara, Dmitri\n"
                     "* Guests: Erin, Farid Nouri\n\n## Notes\n\nThe board talked.\n")
    assert ("Ada", None, "Board members") in people and ("Farid Nouri", None, "Guests") in people
    assert len(people) == 6     # no "Board members" or "Guests" row


def test_plain_labelled_lines_and_a_body_label():
    people = _people("Board call\n\nAttendance\nStaff: Ada Lovelace, Boris Kell\nVolunteers: Erin Hale, Farid Nouri\n"
                     "IOM: Gus Tam, Hana Ode\n\nNotes\n\nThe board talked.\n")
    assert ("Boris Kell", None, "Staff") in people and ("Erin Hale", None, "Volunteers") in people
    assert [p[2] for p in people if p[0] == "Gus Tam"] == [None]     # a body's label is their body, no group


def test_a_heading_naming_a_kind_of_person_is_their_group():
    people = _people("# Club notes\n\n## Present Members\nAda Lovelace\nBoris Kell\n\n## Notes\nThe club talked.\n")
    assert people == [("Ada Lovelace", None, "Present Members"), ("Boris Kell", None, "Present Members")]
    plain = _people("Club notes\n\nParticipants\nAda Lovelace\nBoris Kell\n\nNotes\nThe club talked about it.\n")
    assert {p[2] for p in plain} == {None}


def test_a_cue_line_naming_a_kind_of_person_is_their_group():
    people = _people("Club notes\n\nTrustees present:\nAda Lovelace\nBoris Kell\n\nNotes\nThe club talked about it.\n")
    assert {p[2] for p in people} == {"Trustees present"} and len(people) == 2
