"""A roll call given in labelled groups on the label's own line ("Trustees present: A, B", "Guests: C"), written by
invented people: each label is the group of its names, a label of presence alone names none, and a roll that
wraps onto the next line (even mid-name) is one list."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes

REF = Reference.from_seed()


def people(text):
    return {p["name"]: p for p in parse(read_bytes(text.encode(), "minutes.txt")[0], REF)["participants"]}


def test_labelled_groups_under_an_attendance_heading_each_give_their_label():
    text = ("## Harbour Street Neighbours Association\nMinutes of 4 March\n\n### Attendance\n\n"
            "* Trustees Present: Orla Brennan, Ivo Petrov, Kasia Nowak\n"
            "* Volunteers Present: Teodor Lind, Mira Sol, Benedikt\n\n"
            "### Opening\n\n* Orla opened the meeting at 7pm.\n")
    got = people(text)
    assert {n: got[n]["group"] for n in ("Orla Brennan", "Kasia Nowak")} == {"Orla Brennan": "Trustees Present",
                                                                           "Kasia Nowak": "Trustees Present"}
    assert got["Teodor Lind"]["group"] == "Volunteers Present" and got["Benedikt"]["group"] == "Volunteers Present"
    assert len(got) == 6


def test_a_wrapped_roll_and_a_further_labelled_group_below_it():
    text = ("# Annual meeting\n\nCalled to order at 19:05 by the chair\n\n"
            "Voting Members Present: Rui A, Enzo B, Hana C, Pilar D, Yusuf E, Lotte\n"
            "F, Goran H, Ines K,\nMarek L,\n\nGuests: Sven M, Ada N\n\n"
            "Quorum established? Yes\n\n# Reports\n\nThe year went well.\n")
    got = people(text)
    assert got["Lotte F"]["group"] == "Voting Members Present" and got["Marek L"]["group"] == "Voting Members Present"
    assert got["Sven M"]["group"] == "Guests" and got["Ada N"]["group"] == "Guests"
    assert "Lotte" not in got and len(got) == 11


def test_a_label_of_presence_alone_names_no_group_and_apologies_below_are_not_present():
    text = "# Board meeting\n\nPresent: Rui Alves, Enzo Bruni, Hana Cole\n\nApologies: Sven Moller, Ada Nagy\n\n# Items\n\nNone.\n"
    got = people(text)
    assert set(got) == {"Rui Alves", "Enzo Bruni", "Hana Cole"} and got["Rui Alves"]["group"] is None


def test_an_arabic_label_naming_who_was_present_is_their_group():
    text = "محضر اجتماع الهيئة الإدارية\n\nالأعضاء الحاضرون: رامي فواز، سلمى داود، نزار حمدان\n\nالحضور: وفاء سليم، مازن عيسى\n\nأولا: افتتاح الجلسة\n"
    got = people(text)
    assert got["سلمى داود"]["group"] == "الأعضاء الحاضرون"
    assert got["مازن عيسى"]["group"] is None
