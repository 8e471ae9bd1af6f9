"""Dates as reports write them, ranges included: "3 June 2025", "28-29 MAY & 21-22 JUNE 2023",
"7–8 October 2024", "٢٨/٢/٢٠٢٥", "١٥ كانون الثاني ٢٠٢٥", "End of February 2024"."""
from __future__ import annotations

import calendar
import re
from datetime import date

from ..dates import MONTHS, DateParseError, normalise_digits, parse_date

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DAYS = r"\d{1,2}(?:\s?(?:st|nd|rd|th)\b)?"     # "15th", "15 th"
# "28-29 May 2023", "28 May", "3rd of June 2025"
# "23th – February, 2016", "4 September,2014": a dash before the month, no space after the comma
_DAY_RUN = re.compile(rf"(?P<days>{_DAYS}(?:\s*(?:-|–|—|to|and|&|,|و)\s*{_DAYS})*)\s*(?:[–—]\s*)?(?:of\s+)?"
                      rf"(?P<month>{_MONTH})"
                      rf"\.?,?(?:\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*,?)?(?:(?:\s+|(?<=,))(?P<year>\d{{4}})(?!\d)|"
                      rf"\s+(?P<yy>\d{{2}})(?=\s*(?:\([A-Za-z\u0600-\u06ff]+\)|$|[,;|])))?", re.I)   # "17 November 16 (Thursday)"
# "31/May/2022", "05-Jul-2024"
_DAY_NAMED = re.compile(rf"\b(?P<day>\d{{1,2}})\s*[/\-.]\s*(?P<month>{_MONTH})\.?\s*[/\-.]\s*(?P<year>\d{{4}})\b", re.I)
# "June/2022", "June 2022": the end of that month, a guess
_MONTH_ALONE = re.compile(rf"(?<![\w\d])(?P<month>{_MONTH})\.?\s*[/\-,]?\s*(?P<year>\d{{4}})\b", re.I)
# "10 / 2 / 2020" too, and "11\\9\\2017" typed with the wrong slash
_NUMERIC = re.compile(r"\b(\d{1,2})(?:[.\-\\]|\s?/\s?)(\d{1,2})(?:[.\-\\]|\s?/\s?)(\d{4})(?!\d)")
_SHORT_YEAR = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{2})\2(\d{2})(?![\d./-])")   # "14.03.15", "7-04-19"
# "2019/03/19", "2012.02.18" (not "2019.06.03.2"); "2023/3/22م": the Arabic letter for AD glued to the day ends it as well
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?![\dA-Za-z_])|"
                  r"\b((?:19|20)\d\d)([/.])(\d{1,2})\5(\d{1,2})(?![\dA-Za-z_])(?!\.\d)")
_MONTH_YEAR = re.compile(rf"(?:end of|by end of|نهاية|أواخر)\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})", re.I)
_QUARTER = re.compile(r"\bQ([1-4])\s*[-/]?\s*(\d{4})\b", re.I)
_MDY = re.compile(rf"(?P<month>{_MONTH})\.?\s+(?P<day>{_DAYS})\s*,?\s+(?P<year>\d{{4}})", re.I)   # "May 17th , 2013"


def _day(text: str) -> int:
    return int(re.match(r"\d+", text)[0])


def _unglue(text: str) -> str:
    """"27March2018" (a date typed without spaces) -> "27 March 2018"."""
    if not re.search(r"\d(?:st|nd|rd|th)?[A-Za-z]{3,9}", text):
        return text
    text = re.sub(r"(\d)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(\d)", r"\1 \2 \3", text, flags=re.I)
    return re.sub(r"(\d(?:st|nd|rd|th)?)(?=(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                  r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)", r"\1 ", text,
                  flags=re.I)      # "by next Friday, 14thMay", "15January 2012"


# "07 من شهر أغسطس لعام 2022م", "the 7th day of August in the year 2022": a date written out in words around it
_OF_MONTH = re.compile(r"(?<=\d)\s+(?:(?:من|في)\s+)?شهر\s+|(?<=\d)(?:st|nd|rd|th)?\s+day\s+of\s+", re.I)
_OF_YEAR = re.compile(rf"(?<![\w\u0600-\u06ff])(?P<month>{_MONTH}|محرم|صفر|رجب|شعبان|رمضان|شوال)\s*,?\s+(?:(?:من\s+)?(?:ل|ل?ال)?(?:عام|سنة)|"
                      rf"(?:in\s+)?the\s+year(?:\s+of)?)\s+(?=\d{{4}})", re.I)


def _spelt_out(s: str) -> str:
    """"the month of" and "the year" taken out, so the date reads "07 أغسطس 2022" (pure)."""
    if "شهر" not in s and "عام" not in s and "سنة" not in s and "day of" not in s and "year" not in s:
        return s
    return _OF_YEAR.sub(lambda m: m["month"] + " ", _OF_MONTH.sub(" ", s))


# one month under two names, as Arabic news writes it: "21 يناير - كانون الثاني 2021" is 21 January
_TWO_NAMES = re.compile(rf"(?<!\w)(?P<a>{_MONTH})\s*[-–/]\s*(?P<b>{_MONTH})(?!\w)", re.I)


def _one_name(m: re.Match) -> str:
    return m["a"] if MONTHS[m["a"].lower()] == MONTHS[m["b"].lower()] else m[0]


def dates_in(text: str) -> list[tuple[date, bool]]:
    """Every date written in the text, in order; the flag says it was guessed (e.g. "end of February")."""
    s = _spelt_out(_unglue(normalise_digits(text or "")))
    if "-" in s or "/" in s or "–" in s:
        s = _TWO_NAMES.sub(_one_name, s)
    found: list[tuple[int, date, bool]] = []
    pending: list[tuple[int, list[int], int]] = []   # day runs waiting for a year that comes later
    for m in _ISO.finditer(s):
        y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[4], m[6], m[7])
        found.append((m.start(), _safe(int(y), int(mo), int(d)), False))
    for m in _NUMERIC.finditer(s):
        if not any(abs(m.start() - p) < 3 for p, *_ in found):
            year = int(m[3])     # "29/8/1425هـ": a year of the Hijri calendar (Gulf reports), its Gregorian day
            day, month = _day_first(int(m[1]), int(m[2]))
            found.append((m.start(), (_hijri if HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1] else _safe)(
                year, month, day), False))
    for m in _HIJRI_NAMED.finditer(s):      # "29 شعبان 1425 هـ"
        found.append((m.start(), _hijri(int(m["year"]), HIJRI_MONTHS[m["month"]], int(m["day"])), False))
    for m in _SHORT_YEAR.finditer(s):   # "Minutes 14.03.15": day, month and the year's last two digits
        day, month = _day_first(int(m[1]), int(m[3]))
        if not any(abs(m.start() - p) < 3 for p, *_ in found) and month <= 12:
            found.append((m.start(), _safe(2000 + int(m[4]), month, day), False))
    for m in _MONTH_YEAR.finditer(s):
        year, month = int(m["year"]), MONTHS[m["month"].lower()]
        found.append((m.start(), date(year, month, calendar.monthrange(year, month)[1]), True))
    for m in _QUARTER.finditer(s):     # "Q3 2025": by the end of the quarter, a guess
        year, month = int(m[2]), int(m[1]) * 3
        found.append((m.start(), date(year, month, calendar.monthrange(year, month)[1]), True))
    for m in _DAY_NAMED.finditer(s):
        found.append((m.start(), _safe(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])), False))
    for m in _MDY.finditer(s):
        found.append((m.start(), _safe(int(m["year"]), MONTHS[m["month"].lower()], _day(m["day"])), False))
    for m in _DAY_RUN.finditer(s):
        if any(p <= m.start() < p + 12 for p, *_ in found):
            continue
        days = [_day(d) for d in re.findall(_DAYS, m["days"])]
        if re.search(r"\d\s*(?:-|–|—|to)\s*\d", m["days"]) and len(days) == 2 and days[1] > days[0]:
            days = list(range(days[0], days[1] + 1))
        month = MONTHS[m["month"].lower()]
        if m["year"] or m["yy"]:
            year = int(m["year"]) if m["year"] else 2000 + int(m["yy"])
            for start, pdays, pmonth in pending:      # "28-29 MAY & 21-22 JUNE 2023": the year applies back
                found.extend((start, _safe(year, pmonth, d), False) for d in pdays)
            pending = []
            found.extend((m.start(), _safe(year, month, d), False) for d in days)
        else:
            pending.append((m.start(), days, month))
    for m in _MONTH_ALONE.finditer(s):
        if any(p <= m.start() <= p + 14 for p, *_ in found) or re.search(r"\d\s*(?:st|nd|rd|th)?\s*(?:of\s+)?$",
                                                                        s[max(0, m.start() - 6):m.start()]):
            continue    # the month of a full date already read
        year, month = int(m["year"]), MONTHS[m["month"].lower()]
        found.append((m.start(), date(year, month, calendar.monthrange(year, month)[1]), True))
    return [(d, guessed) for _, d, guessed in sorted(found, key=lambda f: (f[0], f[1] or date.min)) if d]


_MONTH_DAY = re.compile(rf"(?<!\w)(?P<month>{_MONTH})\.?\s+(?P<day>{_DAYS})(?![\d,]*\s*\d{{4}})(?!\w)", re.I)


def day_month(text: str) -> tuple[int, int] | None:
    """"Tue 05 July": a day and month without a year (the meeting's year applies)."""
    text = _unglue(normalise_digits(text or ""))
    # whole words only: "17291 Marshfield Lane" is a street address, not 91 March
    m = next((m for m in _DAY_RUN.finditer(text) if not re.match(r"\d", text[m.start() - 1:m.start()])
              and not re.match(r"[A-Za-z]", text[m.end("month"):m.end("month") + 1])), None)
    if m and not m["year"]:
        return MONTHS[m["month"].lower()], _day(re.findall(_DAYS, m["days"])[-1])
    m = _MONTH_DAY.search(text)    # "April 6 latest"
    return (MONTHS[m["month"].lower()], _day(m["day"])) if m else None


HIJRI_YEARS = (1300, 1500)    # no Gregorian year a report gives; a Hijri year of the last two centuries
HIJRI_MONTHS = {name: i for i, names in enumerate((
    ("محرم",), ("صفر",), ("ربيع الأول", "ربيع الاول"), ("ربيع الآخر", "ربيع الاخر", "ربيع الثاني"),
    ("جمادى الأولى", "جمادى الاولى", "جمادي الأولى", "جمادي الاولى"),
    ("جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "جمادي الآخرة", "جمادي الاخرة"), ("رجب",), ("شعبان",),
    ("رمضان",), ("شوال",), ("ذو القعدة", "ذي القعدة"), ("ذو الحجة", "ذي الحجة")), start=1) for name in names}
_HIJRI_NAMED = re.compile(r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>" + "|".join(sorted(HIJRI_MONTHS, key=len, reverse=True))
                          + r")\s+(?P<year>1[34]\d\d)(?!\d)")


def _hijri(y, m, d):
    """A Hijri (Umm al-Qura) date as the Gregorian day; None when it is no such date."""
    try:
        from hijridate import Hijri
        g = Hijri(y, m, d).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ImportError, ValueError, OverflowError):
        return None


def _day_first(first: int, second: int) -> tuple[int, int]:
    """(day, month) of "a/b/year": day first, as most of the world writes; but "11/19/2003", whose second number
    is no month, is written the American way, month first."""
    return (second, first) if second > 12 and first <= 12 else (first, second)


def _safe(y, m, d):
    try:
        return date(y, m, d)
    except ValueError:
        return None


def first_date(text: str) -> tuple[date | None, bool]:
    found = dates_in(text)
    if found:
        return found[0]
    try:
        return parse_date(text), False
    except DateParseError:
        return None, False
