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


def test_a_heading_qualifying_the_participants_opens_the_roll_and_officers_posts_are_no_body():
    md = ("# Garden Club Committee Summary\n**Date:** 2 May 2023\n\n## Core Attendees\n- **Wanda** - Club President\n"
          "- **Piet** - Treasurer\n- **Ola** - VP Events & Outreach\n\n## Topics Discussed\n- **Seeds budget** agreed\n")
    got = people(md)
    assert set(got) == {"Wanda", "Piet", "Ola"}
    assert got["Piet"]["position"] == "Treasurer" and got["Piet"]["organisation"] is None
    assert got["Wanda"]["organisation"] is None and got["Ola"]["organisation"] is None
    plain = ("Minutes of the Parents Board, 9 October 2022\n\nBoard attendees\n\nGreta Holm, Co-President\n"
             "Yusuf Demir, Clerk\nAnika Roth, Vice-President\n\n1. Opening\nThe meeting opened at six.\n")
    got = people(plain)
    assert {n: p["position"] for n, p in got.items()} == {"Greta Holm": "Co-President", "Yusuf Demir": "Clerk",
                                                          "Anika Roth": "Vice-President"}


def test_a_heading_that_speaks_to_or_of_participants_opens_no_roll():
    text = ("# Training day\n\n## Notes for participants\n\nBring a laptop, Anna Berg will host.\n\n"
            "## Thanks to attendees\n\nWe thank everyone.\n")
    assert people(text) == {}


def test_a_counted_label_and_the_labelled_parts_after_the_rolls_sentence():
    text = ("MINUTES OF THE NORTHFIELD TOWN COUNCIL MEETING HELD ON 2 MAY 2019\n\n"
            "PRESENT (five Trustees): - Iris Dahl (ID), Jonas Beck (JB) – Chair, Hugo Lamm (HL) and Mona Vik (MV). "
            "Town Clerk: Edith Moss In attendance: two members of the public.\n\nThe Chair welcomed everyone.\n")
    got = people(text)
    assert {n: p["group"] for n, p in got.items()} == {
        "Iris Dahl": "Trustees", "Jonas Beck": "Trustees", "Hugo Lamm": "Trustees", "Mona Vik": "Trustees",
        "Edith Moss": "Town Clerk"}
    assert got["Jonas Beck"]["position"] == "Chair" and got["Iris Dahl"]["organisation"] is None


def test_a_counted_label_in_a_bulleted_roll_and_apologies_after_it():
    text = ("# Board minutes, 4 May 2020\n\n- Present (3 directors): Rui Alves, Enzo Bruni, Hana Cole. "
            "Apologies: Sven Moller\n\n# Items\n\nNone.\n")
    got = people(text)
    assert set(got) == {"Rui Alves", "Enzo Bruni", "Hana Cole"} and got["Hana Cole"]["group"] == "directors"


def test_a_participants_label_that_points_to_an_annex_opens_no_list():
    text = ("Water Cluster Meeting Minutes\nDate: 4 May 2015\nParticipants / Participants are listed in annex 2 of "
            "these minutes\nAgenda items\tResponsible Agency/Person\n1. Opening\tAll\n2. Updates\tChair\n")
    assert people(text) == {}
    arabic = "محضر اجتماع اللجنة\nالحضور: قائمة الحضور مرفقة بالمحضر\nجدول الأعمال\tالجهة المسؤولة\n1. الافتتاح\tالجميع\n"
    assert people(arabic) == {}
