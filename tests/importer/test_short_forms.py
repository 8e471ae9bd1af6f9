"""Minutes that introduce each person with the short form they will use for them ("Karl Weber (KW)",
"Josephine (Jo)"): the bracket is no body, in a list, a table or a roll at the top with no heading. Invented people."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes
from ds_tracker.importer.person import short_form, split_person

REF = Reference.from_seed()


def people(text):
    return {p["name"]: p for p in parse(read_bytes(text.encode(), "minutes.txt")[0], REF)["participants"]}


def test_initials_and_a_nickname_in_brackets_are_no_body():
    assert short_form("Karl Weber", "KW") and short_form("Lia Moss-Tanaka", "LMT") and short_form("Ines Saint-Cyr", "IS")
    assert short_form("Josephine", "Jo") and short_form("Dr. Omar Haddad", "OH")
    assert not short_form("Karl Weber", "IOM") and not short_form("Karl Weber", "Kenya")
    assert not short_form("Regional Office", "RO")     # a body with its own acronym keeps it
    assert split_person("Karl Weber (KW), CARE", REF) == ("Karl Weber", None, "CARE")


def test_an_attendance_list_whose_people_carry_their_initials_keeps_each_body():
    text = ("# Tools Steering Group Meeting 4\n\n2 March 2021, video call\n\nAttendance\n\n"
            "- Karl Weber (KW), CARE\n- Ines Saint-Cyr (IS), UNICEF\n- Tomas Varga (TV), WFP\n\n"
            "1. Welcome\nKW welcomed those present.\n")
    got = people(text)
    assert {n: p["organisation"] for n, p in got.items()} == {"Karl Weber": "CARE", "Ines Saint-Cyr": "UNICEF",
                                                              "Tomas Varga": "WFP"}


def test_a_table_row_and_a_roll_with_no_heading_drop_the_initials_from_the_name():
    table = ("Minutes of the Budget Committee, 3 June 2022\n\nParticipants\n\n| Name | Organisation |\n|---|---|\n"
             "| Karl Weber (KW) | CARE |\n| Tomas Varga (TV) | WFP |\n\n1. Opening\nKW opened.\n")
    got = people(table)
    assert got["Karl Weber"]["organisation"] == "CARE" and "Karl Weber (KW)" not in got
    roll = ("# Partners Board Meeting Minutes - 9 May 2019\n\nKarl Weber (KW)\nIlse Brandt (IB)\nTomas Varga (TV)\n"
            "Nadia Petrova (NP)\nRui Costa (RC)\n\n## Recap\n**KW:** The last actions were reviewed.\n")
    got = people(roll)
    assert {"Karl Weber", "Ilse Brandt", "Tomas Varga", "Nadia Petrova", "Rui Costa"} <= set(got)
    assert all(p["organisation"] is None for p in got.values())
