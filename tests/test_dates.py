from datetime import date

import pytest

from ds_tracker.dates import DateParseError, parse_date


@pytest.mark.parametrize("text,expected", [
    ("2025-06-03", date(2025, 6, 3)),
    ("03/06/2025", date(2025, 6, 3)),       # day first
    ("3.6.2025", date(2025, 6, 3)),
    ("3 June 2025", date(2025, 6, 3)),
    ("3rd June, 2025", date(2025, 6, 3)),
    ("June 3, 2025", date(2025, 6, 3)),
    ("3 Jun 2025", date(2025, 6, 3)),
    ("٣ حزيران ٢٠٢٥", date(2025, 6, 3)),     # Iraqi month name, Arabic-Indic digits
    ("3 حزيران 2025", date(2025, 6, 3)),
    ("21 كانون الثاني 2024", date(2024, 1, 21)),
    ("١٥ تشرين الأول ٢٠٢٣", date(2023, 10, 15)),
    ("3 يونيو 2025", date(2025, 6, 3)),       # standard Arabic month name
    ("٢٠٢٥-٠٦-٠٣", date(2025, 6, 3)),
    ("  2025-06-03 ", date(2025, 6, 3)),
    ("2026/11/22", date(2026, 11, 22)),      # year first with slashes, as some ministries write
    ("٢٠٢٦/١١/٢٢", date(2026, 11, 22)),
    ("2026.11.22", date(2026, 11, 22)),
])
def test_accepted_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text,message", [
    ("06/31/2025", "not a real date"),
    ("31/02/2025", "not a real date"),
    ("next Tuesday", "not a date we can read"),
    ("2025/06", "not a date we can read"),
    ("", "Enter a date"),
])
def test_refused_dates_say_why(text, message):
    with pytest.raises(DateParseError) as e:
        parse_date(text)
    assert message in str(e.value)
    assert "2025-06-03" in str(e.value) or "real date" in str(e.value)


# Month names as people write them, pinned one by one: English (full and short), the standard Arabic names
# (Egyptian/Gulf usage, with the common spellings) and the Iraqi/Levantine (Syriac) names used in Iraq's reports.
ENGLISH = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
ENGLISH_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ARABIC_STANDARD = [["يناير"], ["فبراير"], ["مارس"], ["أبريل", "ابريل", "إبريل"], ["مايو"], ["يونيو", "يونيه"],
                   ["يوليو", "يوليه"], ["أغسطس", "اغسطس"], ["سبتمبر"], ["أكتوبر", "اكتوبر"], ["نوفمبر"], ["ديسمبر"]]
IRAQI = [["كانون الثاني"], ["شباط"], ["آذار", "اذار"], ["نيسان"], ["أيار", "ايار"], ["حزيران"], ["تموز"],
         ["آب", "اب"], ["أيلول", "ايلول"], ["تشرين الأول", "تشرين الاول"], ["تشرين الثاني"],
         ["كانون الأول", "كانون الاول"]]
# the Maghreb's (Tunisia, Algeria, Morocco), where they differ from the standard names
MAGHREB = [("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("جويلة", 7),
           ("أوت", 8), ("اوت", 8),
           ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12)]     # Morocco's own
MONTH_NAMES = ([(name, i) for i, name in enumerate(ENGLISH, 1)] + [(name, i) for i, name in enumerate(ENGLISH_SHORT, 1)]
               + [("sept", 9)]
               + [(name, i) for i, names in enumerate(ARABIC_STANDARD, 1) for name in names]
               + [(name, i) for i, names in enumerate(IRAQI, 1) for name in names] + MAGHREB)


@pytest.mark.parametrize("name,month", MONTH_NAMES)
def test_every_month_name(name, month):
    assert parse_date(f"3 {name} 2025") == date(2025, month, 3)
    assert parse_date(f"{name.title()} 3, 2025") == date(2025, month, 3)


def test_month_table_is_exactly_these_names():
    from ds_tracker.dates import MONTHS
    assert MONTHS == dict(MONTH_NAMES)


@pytest.mark.parametrize("text,expected", [
    ("3rd of June 2025", date(2025, 6, 3)),
    ("1st Jan. 2025", date(2025, 1, 1)),
    ("22nd JUNE 2025", date(2025, 6, 22)),
    ("Sept. 2nd, 2025", date(2025, 9, 2)),
    ("3June2025", date(2025, 6, 3)),
    ("3-6-2025", date(2025, 6, 3)),
    ("2025-6-3", date(2025, 6, 3)),
    ("۳ حزيران ۲۰۲۵", date(2025, 6, 3)),           # Eastern Arabic-Indic (Persian) digits
    ("٣ حزيران، ٢٠٢٥", date(2025, 6, 3)),          # Arabic comma
    ("\u200f3 حزيران 2025\u200e", date(2025, 6, 3)),  # direction marks pasted from Word
    ("3   June\t 2025", date(2025, 6, 3)),
    ("21 كانون  الثاني 2024", date(2024, 1, 21)),    # two spaces inside the month name
    ("٠٩/١٢/٢٠٢٥", date(2025, 12, 9)),
])
def test_more_ways_of_writing_a_date(text, expected):
    assert parse_date(text) == expected


def test_digits_are_normalised_both_arabic_scripts():
    from ds_tracker.dates import normalise_digits
    assert normalise_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"


@pytest.mark.parametrize("text,message", [
    ("", "Enter a date. Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025."),
    ("   ", "Enter a date. Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025."),
    (None, "Enter a date. Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025."),
    (" soon ", "“soon” is not a date we can read. Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025."),
    ("31 June 2025", "“31 June 2025” is not a real date (check the day and month)."),
    ("June 31, 2025", "“June 31, 2025” is not a real date (check the day and month)."),
    ("2025-13-01", "“2025-13-01” is not a real date (check the day and month)."),
    ("3 Juneteenth 2025", "“3 Juneteenth 2025” is not a date we can read. "
                          "Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025."),
    ("x2025-06-03", "“x2025-06-03” is not a date we can read. "
                    "Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025."),
    ("2025-06-03x", "“2025-06-03x” is not a date we can read. "
                    "Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025."),
    ("03/06/2025 10:00", "“03/06/2025 10:00” is not a date we can read. "
                         "Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025."),
])
def test_refused_dates_exact_messages(text, message):
    with pytest.raises(DateParseError) as e:
        parse_date(text)
    assert str(e.value) == message
