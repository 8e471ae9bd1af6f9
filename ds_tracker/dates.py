"""Dates as people type them: ISO, day-first numeric, written in English or Arabic. Pure Python."""
from __future__ import annotations

import re
from datetime import date

from .message import Message, N_

# Arabic-Indic and Eastern Arabic-Indic (Persian) digits.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

MONTHS = {
    # English, full and short
    **{m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"], start=1)},
    **{m: i for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)},
    "sept": 9,
    # Iraqi (Levantine) month names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    # Standard Arabic month names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Maghreb month names (Tunisia, Algeria, Morocco): "26 ماي 2019", "جوان", "أوت"
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "جويلة": 7, "أوت": 8,
    "اوت": 8,
    # Morocco's own: "27 دجنبر", "غشت", "شتنبر", "نونبر", "يوليوز"
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"

_ISO = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$")  # year first: 2026-11-22, 2026/11/22
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}}){_ORDINAL}\s*(?:of\s+)?({_MONTH_ALT})\.?,?\s*(\d{{4}})$", re.I)
_MONTH_DAY_YEAR = re.compile(rf"^({_MONTH_ALT})\.?\s+(\d{{1,2}}){_ORDINAL},?\s*(\d{{4}})$", re.I)

FORMATS_HELP = N_("Use a date such as 2025-06-03, 03/06/2025 or 3 June 2025.")


class DateParseError(ValueError):
    pass


def normalise_digits(text: str) -> str:
    return text.translate(_DIGITS)


def parse_date(text: str) -> date:
    """Parse a date typed by a person, or raise DateParseError with a message to show them."""
    if text is None or not str(text).strip():
        raise DateParseError(Message("Enter a date. %(help)s", help=Message(FORMATS_HELP)))
    raw = str(text)
    s = normalise_digits(raw).strip().replace("\u200f", "").replace("\u200e", "").replace("،", ",")
    s = re.sub(r"\s+", " ", s)
    try:
        if m := _ISO.match(s):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC.match(s):  # day first, as written in Iraq and in UN reports
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _DAY_MONTH_YEAR.match(s):
            return date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
        if m := _MONTH_DAY_YEAR.match(s):
            return date(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    except ValueError:
        raise DateParseError(Message("“%(text)s” is not a real date (check the day and month).",
                                     text=raw.strip())) from None
    raise DateParseError(Message("“%(text)s” is not a date we can read. %(help)s", text=raw.strip(),
                                 help=Message(FORMATS_HELP)))
