"""Dates as people type them: the Arabic letter for AD glued to the day ("2023/3/22م"), and a backslash for the
slash ("11\\9\\2017")."""
from datetime import date

from ds_tracker.importer import parse
from ds_tracker.importer.reading import dates_in


def test_glued_ad_letter_and_backslashes():
    assert [d for d, _g in dates_in("انعقد ظهر الخميس الموافق 2024/5/16م بمقر البلدية")] == [date(2024, 5, 16)]
    assert [d for d, _g in dates_in("اجتمع صباح اليوم الأحد 3\\7\\2022م مجلس الكلية")] == [date(2022, 7, 3)]
    assert [d for d, _g in dates_in("The board met on 14\\2\\2019 at the hall.")] == [date(2019, 2, 14)]
    assert dates_in("ref 2019-03-19abc") == []      # a code, not a day


def test_the_meeting_day_from_such_a_date():
    text = "انعقد مساء الثلاثاء الموافق 2021/11/9م اجتماع مجلس القسم برئاسة رئيس القسم.\n"
    assert [s["date"] for s in parse(text)["sittings"]] == ["2021-11-09"]
    text = "Faculty board\n\nThe board met this morning, Monday 8\\3\\2021, in the dean's office.\n"
    assert [s["date"] for s in parse(text)["sittings"]] == ["2021-03-08"]


def test_month_first_when_the_second_number_is_no_month():
    """"11/19/03", "4/23/2018": the American order, read when the day-first reading is no date at all."""
    assert [d for d, _g in dates_in("Board Meeting Minutes - 11/19/03")] == [date(2003, 11, 19)]
    assert [d for d, _g in dates_in("Council met on 4/23/2018.")] == [date(2018, 4, 23)]
    assert [d for d, _g in dates_in("Réunion du 23/4/2018")] == [date(2018, 4, 23)]
    assert [d for d, _g in dates_in("Minutes 05/06/2020")] == [date(2020, 6, 5)]     # ambiguous: day first
