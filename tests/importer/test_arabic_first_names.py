"""An attendance list of first names alone, in Arabic as in English: an item of one word is a first name; a word
with the article (a noun: "الميزانية") is no one."""
from ds_tracker.importer import Reference, parse

REF = Reference.from_seed()


def _names(text):
    return [p["name"] for p in parse(text, REF)["participants"]]


def test_bulleted_arabic_first_names():
    text = "محضر اجتماع اللجنة\n\nالحضور\n\n  • سالم\n  • هدى\n  • كريم\n\nجدول الأعمال\n\n  • مناقشة الميزانية\n"
    assert _names(text) == ["سالم", "هدى", "كريم"]


def test_numbered_arabic_first_names_and_a_noun_among_them():
    text = "محضر اجتماع اللجنة\n\nالحضور\n\n1. سالم\n2. نوال\n3. الأعضاء\n\nجدول الأعمال\n\n1. الميزانية\n"
    names = _names(text)
    assert "سالم" in names and "نوال" in names and "الأعضاء" not in names and "الميزانية" not in names


def test_english_first_names_still():
    assert _names("Committee notes\n\nAttendance\n\n  * Salem\n  * Huda\n\nAgenda\n\n  * Budget\n") == ["Salem", "Huda"]
