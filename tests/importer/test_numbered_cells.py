"""An attendance table a PDF gave out one cell a line, each row opened by its number on a line of its own although
the header names no number column, and an empty cell simply left out; a column named twice ("Position/Function").
Invented people, in English and Arabic."""
from ds_tracker.importer import Reference, parse
from ds_tracker.importer.files import read_bytes

REF = Reference.from_seed()


def people(text):
    return {p["name"]: p for p in parse(read_bytes(text.encode(), "minutes.txt")[0], REF)["participants"]}


def test_numbered_rows_one_cell_a_line_with_cells_left_out():
    text = ("WATER GROUP MEETING\nTUESDAY 4 MAY 2021\nList of Attendees:\nName\nOrganization\nPosition/Function\n"
            "1.\nKarin Olsen\nCARE\nWASH Officer\n2.\nDiego Marquez\nOxfam\n3.\nAmani Juma\nWFP\nProgramme Manager\n"
            "Logistics Manager Region\nAGENDA\n1. Opening\n2. Updates\n")
    got = people(text)
    assert {n: (p["organisation"], p["position"]) for n, p in got.items()} == {
        "Karin Olsen": ("CARE", "WASH Officer"), "Diego Marquez": ("Oxfam", None),
        "Amani Juma": ("WFP", "Programme Manager")}


def test_arabic_numbered_rows_one_cell_a_line():
    text = ("محضر اجتماع مجموعة المياه\nالحضور\nالاسم\nالجهة\nالمنصب\n1\nسامر خليل\nمنظمة كير\nمنسق المشاريع\n"
            "2\nريم حداد\nمنظمة أوكسفام\n3\nوليد سعيد\nبرنامج الأغذية العالمي\nمدير البرنامج\nأولا: الافتتاح\n")
    got = people(text)
    assert set(got) == {"سامر خليل", "ريم حداد", "وليد سعيد"}
    assert got["ريم حداد"]["organisation"] == "Oxfam" and got["ريم حداد"]["position"] is None   # "منظمة أوكسفام": known
