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
