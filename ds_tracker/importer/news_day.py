"""The day of a meeting an Arabic news item reports, against the item's own stamp.

A news page carries the day it was published: a stamp with a clock ("الخميس 30 ابريل 2020 الساعة 23:07"), a
scraper's "date 2025-09-11" ahead of the body, or a date alone on its line under the headline. That is the
PAGE's day, not the meeting's: the body places the meeting against it ("اليوم" the same day, "أمس" the day
before, "أمس الأول" two days before). When the body says none of these and names no day of its own, the
meeting's day is unknown: better none than the publishing day. Pure functions."""
from __future__ import annotations

import re
from datetime import timedelta

_AR = re.compile(r"[\u0621-\u064a]")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|الساعة\s+\d")
_LABEL = re.compile(r"^\W*date\s+\d{4}(?:-\d{1,2}){0,2}\s+(?=[\u0621-\u064a])", re.I)   # "date 2025-09-11 عقد ..."
# the weekday and month words and the Hijri/"م" marks a dateline holds beside its figures
_DATE_WORDS = re.compile(r"(?:^|\s)(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|"
                         r"يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|"
                         r"نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الثاني|الأول|"
                         r"هـ|م|الموافق)(?=\s|$|[,،.\-/])")
_BEFORE_YESTERDAY = re.compile(r"(?<![\u0621-\u064a])(?:أمس|امس)\s+(?:الأول|الاول)(?![\u0621-\u064a])")
_YESTERDAY = re.compile(r"(?<![\u0621-\u064a])(?:أمس|امس|الأمس)(?![\u0621-\u064a])")
_TODAY = re.compile(r"(?<![\u0621-\u064a])(?:اليوم|الليلة)(?![\u0621-\u064a])")
# "أخبار اليوم", "صحيفة اليوم": a paper's name; "اليوم العالمي": a day of the calendar, no "today"
_NOT_TODAY = re.compile(r"(?:أخبار|صحيفة|جريدة)\s+اليوم|اليوم\s+(?:العالمي|الوطني|الدولي)")

# minutes, not news: their own words and headings ("محضر", "الحاضرون:", "جدول الأعمال:")
_MINUTES = re.compile(r"^\W*محضر|^\W*(?:ال)?(?:حاضرون|حضور|غائبون|جدول الأعمال|بنود|توصيات|قرارات)\s*(?:[:：]|$)")
# a news lead tells of the meeting in the past: held, chaired, discussed, stressed, met
_NEWS_LEAD = re.compile(r"(?<![\u0621-\u064a])و?(?:عقد|عقدت|عُقد|عُقدت|انعقد|انعقدت|ترأس|ترأست|ناقش|ناقشت|بحث|بحثت|"
                        r"شدد|شددت|أكد|أكدت|اكد|اكدت|التقى|التقت|اجتمع|اجتمعت|استعرض|استعرضت|نظم|نظمت|نظّمت|"
                        r"بدأت|اختتمت|اختتم|قيّم|قيم|أصدر|أصدرت|هنأ|تقرر)(?![\u0621-\u064a])")


def is_day_word(text: str) -> bool:
    """"الخميس", "سبتمبر", "ذو القعدة": a weekday's or a month's name, no town's. Pure."""
    return not _AR.search(_DATE_WORDS.sub(" ", " " + text + " ")) or bool(re.search(r"ذو|ذي|جمادى|ربيع|شعبان|رمضان|"
                                                                                  r"شوال|محرم|صفر|رجب", text))


def is_stamp(text: str) -> bool:
    """The page's own stamp: a date with a clock, a scraper's "date ..." before the body, or a date alone on
    its line (its words all weekday, month or figures). Pure."""
    if _LABEL.match(text):
        return True
    if not _AR.search(text) and not re.search(r"\d{4}", text):
        return False
    if _CLOCK.search(text) and len(text.split()) <= 14:
        return True
    rest = _DATE_WORDS.sub(" ", re.sub(r"[\d\u0660-\u0669]+", " ", text))
    return not _AR.search(rest) and bool(re.search(r"\d{4}", text))


def body_offset(body: list[str]) -> int | None:
    """How many days before the page the body puts the meeting: 0 "اليوم", 1 "أمس", 2 "أمس الأول"; None when
    it says none. The earliest word in the body wins (the lead sentence tells when it met). Pure."""
    for text in body:
        text = _NOT_TODAY.sub(" ", text)
        hits = [(m.start(), 2) for m in _BEFORE_YESTERDAY.finditer(text)]
        hits += [(m.start(), 1) for m in _YESTERDAY.finditer(text)]
        hits += [(m.start(), 0) for m in _TODAY.finditer(text)]
        if hits:
            first = min(p for p, _ in hits)
            return max(k for p, k in hits if p == first)
    return None


def news_day(stamp_text: str, days: list, body: list[str], dates_in) -> list | None:
    """The meeting's days when `days` came from an Arabic news page's stamp: shifted by the body's "اليوم"/
    "أمس"/"أمس الأول", or [] when the body places it nowhere. None: not such a page, keep `days`. Pure."""
    if len(set(days)) != 1 or not is_stamp(stamp_text):
        return None
    label = _LABEL.match(stamp_text)
    body = ([stamp_text[label.end():]] if label else []) + [t for t in body if stamp_text.strip() not in t]
    arabic = [t for t in body if len(_AR.findall(t)) > 20]
    if not arabic or sum(len(_AR.findall(t)) for t in arabic) < 0.6 * sum(len(t) for t in arabic):
        return None       # not an Arabic news body: keep the date as it stands
    if any(_MINUTES.search(t) for t in body) or not any(_NEWS_LEAD.search(t) for t in arabic[:4]):
        return None       # minutes ("محضر", "الحاضرون:") date their own sitting; a news lead tells of a meeting
    if any(d for t in arabic for d, guessed in dates_in(t) if not guessed):
        return None       # the body names days of its own: the usual reading decides
    offset = body_offset(arabic)
    if offset is None:
        return []
    return [days[0] - timedelta(days=offset)]


_PUBLISHED = re.compile(r"(?:نشر|نُشر|تاريخ النشر)\s*(?:بتاريخ|في)?\s*:?")


def published_day(head: list[str], dates_in) -> list:
    """"نشر بتاريخ: سبها 10 فبراير 2021 - عقد ... اجتماع أمس": the page's published day, counted back by the
    body's "اليوم"/"أمس"/"أمس الأول"; [] when the body places the meeting nowhere. Pure."""
    for k, text in enumerate(head):
        m = _PUBLISHED.search(text)
        found = [d for d, guessed in dates_in(text[m.end():m.end() + 60]) if not guessed] if m else []
        if not found:
            continue
        rest = re.sub(r"^.*?\d{4}\s*(?:\([^()]{0,20}\))?\s*[-–—]?", "", text[m.end():], count=1)
        offset = body_offset([rest] + head[k + 1:k + 4])
        return [] if offset is None else [found[0] - timedelta(days=offset)]
    return []
