"""The parser's steps alone, on small made-up inputs."""
from datetime import date

import pytest

from ds_tracker.importer import parse
from ds_tracker.importer.lines import split_item, to_lines
from ds_tracker.importer.parse import language_of, split_person
from ds_tracker.importer.reading import dates_in
from ds_tracker.importer.reference import Reference

REF = Reference.from_seed()


@pytest.mark.parametrize("raw,text,bullet,number", [
    ("• Open the office", "Open the office", True, None),
    ("- 3. Accept letters", "Accept letters", True, "3"),
    ("o  Sub item", "Sub item", True, None),
    ("\uf0b7 Word bullet", "Word bullet", True, None),
    ("2.3 Group work", "Group work", False, "2.3"),
    ("١. علي عمر", "علي عمر", False, "1"),
    ("1,240 families remain displaced", "1,240 families remain displaced", False, None),
    ("3 June 2025 was the date", "3 June 2025 was the date", False, None),
    ("30. Charles Awici", "Charles Awici", False, "30"),
])
def test_bullets_and_numbers(raw, text, bullet, number):
    assert split_item(raw) == (text, bullet, number)


def test_lines_keep_table_cells_and_skip_markdown_rules():
    lines = to_lines("| # | Name |\n|---|---|\n| 1 | Ali |\nName\tPosition\n“Quoted” text  with\u00a0spaces")
    assert [l.cells for l in lines[:3]] == [["#", "Name"], ["1", "Ali"], ["Name", "Position"]]
    assert lines[3].text == '"Quoted" text with spaces' and lines[3].no == 5


@pytest.mark.parametrize("text,expected", [
    ("28-29 MAY & 21-22 JUNE 2023", ["2023-05-28", "2023-05-29", "2023-06-21", "2023-06-22"]),
    ("Erbil, 7–8 October 2024", ["2024-10-07", "2024-10-08"]),
    ("3 November 2025", ["2025-11-03"]),
    ("18 January 2022", ["2022-01-18"]),
    ("١٥ كانون الثاني ٢٠٢٥", ["2025-01-15"]),
    ("٢٨/٢/٢٠٢٥", ["2025-02-28"]),
    ("April 29, 2025", ["2025-04-29"]),
    ("عقدت اللجنة اجتماعها يوم الخميس 14 جوان 2018", ["2018-06-14"]),      # Maghreb month names
    ("يوم الأحد 3 / 11 / 2019", ["2019-11-03"]),                           # slashes spaced out
    ("Date : 9 March 17 (Thursday)", ["2017-03-09"]),                        # a two-digit year the weekday closes
    ("3 March, 12 partners came", []),                                      # a count after the month is no year
])
def test_dates_as_reports_write_them(text, expected):
    assert [d.isoformat() for d, _ in dates_in(text)] == expected


def test_end_of_month_is_a_guess():
    assert dates_in("End of February 2024") == [(date(2024, 2, 29), True)]


@pytest.mark.parametrize("row,expected", [
    ("Saif Abdulkareem – Deputy Governor, Diyala Governorate Office",
     ("Saif Abdulkareem", "Deputy Governor", "Diyala Governorate Office")),
    ("Rahem Kamil ZghairHead of Return Department", ("Rahem Kamil Zghair", "Head of Return Department", None)),
    ("Mohammed DahamDSTWG/RWG", ("Mohammed Daham", "DSTWG/RWG", None)),
    ("Eman Naji Hendi-DDG of Migration", ("Eman Naji Hendi", "DDG of Migration", None)),
    ("Basim Hazim AzizHead of Branch— Diwania", ("Basim Hazim Aziz", "Head of Branch – Diwania", None)),
    ("Precillar Moyo----DSTWG Coordinator IOM", ("Precillar Moyo", "DSTWG Coordinator IOM", None)),
    ("Ahmed AbdulRazaq", ("Ahmed AbdulRazaq", None, None)),
    ("رنا خليل – مسؤولة البرامج، اليونيسف", ("رنا خليل", "مسؤولة البرامج", "اليونيسف")),
])
def test_one_participant_row(row, expected):
    assert split_person(row, REF) == expected


def test_language():
    assert language_of("محضر الاجتماع الشهري للمنتدى") == "ar" and language_of("Minutes of the meeting") == "en"


def test_reference_matches_spelling_variants():
    for spelling in ("MoMD", "MOMD", "Ministry of Migration and Displacement", "Ministry of Migration and Displaced",
                     "وزارة الهجرة والمهجرين"):
        assert REF.organisation(spelling) == "Ministry of Migration and Displacement", spelling
    assert REF.places_in("returns to Nineveh and Jurf al-Nasr") == ["Ninewa", "Jurf al-Sakhar"]


@pytest.mark.parametrize("written,title", [
    ("Health Cluster – Dadaab Tuesday, June 4th 2019 @ 10:00 – WHO room Minutes Chair: WHO Participants: IOM, NRC.",
     "Health Cluster – Dadaab"),                                            # its date, time and labels on its line
    ("Minutes of the shelter working group meeting held at UNHCR Kabul on 14.02.2011 The points agreed follow.",
     "Minutes of the shelter working group meeting held at UNHCR Kabul"),
    ("عقد مجلس القضاء اجتماعه الدوري مساء أمس في قاعة المجلس وذلك برئاسة القائممقام وبحضور مدراء الدوائر الخدمية "
     "وممثلي المنظمات العاملة في القضاء لمناقشة خطط العودة.", "عقد مجلس القضاء اجتماعه الدوري مساء أمس في قاعة المجلس"),
    ("Protection Working Group meeting, 4 June 2019", "Protection Working Group meeting"),
    ("4 June 2019 protection meeting", "4 June 2019 protection meeting"),   # named by its date: kept
    ("Minutes of the RWG: Compensation", "Minutes of the RWG: Compensation"),   # a subtitle is no label
])
def test_a_title_is_what_a_secretariat_would_type(written, title):
    from ds_tracker.importer.titles import tidy_title
    assert tidy_title(written) == title


def test_the_heading_lines_make_the_title_not_the_paragraph_under_them():
    from ds_tracker.importer import Reference, parse
    text = "## في اجتماعه الطارئ : مجلس القضاء يطالب\n## بتسريع صرف التعويضات\nترأس السيد القائممقام الاجتماع اليوم.\n"
    assert parse(text, Reference.from_seed())["title"] == "في اجتماعه الطارئ : مجلس القضاء يطالب بتسريع صرف التعويضات"


def test_a_next_step_a_body_owes_is_an_action_even_without_a_date():
    """"UNHCR and NRC to organise a mission in the first week of November": a body and what it does, an action
    point with no day; the chair's or the co-chairs' step stays the forum's commitment."""
    text = ("Minutes\nDate: 21 October 2024\n\nNext steps\n"
            "- UNHCR and NRC to organise a legal aid mission to Sinjar in the first week of November.\n"
            "- The chair will brief the task force on the backlog.\n"
            "- WFP will share the distribution list.\n")
    draft = parse(text)
    assert [(a["owner"], a["due"]) for a in draft["actions"]] == [("UNHCR and NRC", None), ("WFP", None)]
    assert [c["text"] for c in draft["commitments"]] == ["The chair will brief the task force on the backlog."]
    numbered = ("محضر\nDate: 2 March 2025\n\nNEXT STEPS\n1. DRC to visit the two schools.\n"
                "2. The working group will meet again in April.\n")
    draft = parse(numbered)
    assert [a["owner"] for a in draft["actions"]] == ["DRC"] and len(draft["commitments"]) == 1
