"""Where and when an Arabic news report's meeting was: the town a sentence that holds the meeting names or the
report is filed from, a page's "last updated" day, and "أمس" (yesterday) against the item's date. Pure functions;
the words live in vocab.AR_NEWS (split from arabic_news.py, which reads the people)."""
from __future__ import annotations

import re

from ..textnorm import ARABIC_MARKS

from .news_day import is_day_word

from . import vocab
from .abroad import world_city

_W = vocab.AR_NEWS
_MARKS = ARABIC_MARKS


_NAMED_PLACE = re.compile(r"(?:^|\s)في\s+(?:مبنى|مقر|قاعة)\s+\S+\s+(?:قضاء|ناحية)\s+(?P<sub>[\u0621-\u0652]{3,})|"
                          r"(?:^|\s)(?P<cue>في|وسط|بمدينة|مدينة|بمحافظة|محافظة|بقضاء)\s+(?:محافظة\s+|مدينة\s+|قضاء\s+)?"
                          r"[\"«“]?(?P<place>[\u0621-\u0652]{3,})|"
                          r"(?<![\u0600-\u06ff])ب(?P<joined>[\u0621-\u0652]{3,})")


_NEXT_MEETING = re.compile(r"(?:اجتماع|الاجتماع|الدورة|اللقاء|الملتقى)\S*\s+(?:المقبل|القادم|المقبلة|القادمة)")


def arabic_city(text: str, ref) -> str | None:
    """Where a sentence that holds a meeting says it met: "في عنكاوا بمحافظة أربيل", "في مبنى ... قضاء X" (a
    place of the gazetteer anywhere in the line), "إلى مدينة "X"" or "بمحافظة X" (a town the world list knows),
    "اجتماعها بعدن", "في جدة" (a large city, in the line's first sentence only: a later one says what was
    recommended for a city, not where the meeting was). Pure."""
    first = len(re.split(r"(?<=[.؛!?])\s", text, maxsplit=1)[0])
    if _NEXT_MEETING.search(text[:first]):
        return None       # "على عقد الاجتماع المقبل في مدينة X": where the next one will be
    for m in _NAMED_PLACE.finditer(text[:first]):
        # "منتدى الأنبار ... اجتماعه بمدينة الرمادي": a town said to be the city beats a governorate named before it
        if m["place"] and "مدينة" in m[0] and ref.place(m["place"]) and not _one_of_places(text[m.end():], ref):
            return ref.place(m["place"]).name
    for m in _NAMED_PLACE.finditer(text):
        word = m["sub"] or m["place"] or m["joined"]
        if _one_of_places(text[m.end():], ref):
            continue      # "مع الجمعيات في القاهرة وريف القاهرة والجيزة": whose places, not where it met
        if not m["joined"]:
            place = ref.place(word)
            if place:
                return place.name
        if m.start() > first:
            continue
        named = m["cue"] and (m["cue"] not in ("في", "وسط") or re.search(r"\s(?:مدينة|محافظة|قضاء)\s", m[0]))
        least = 0 if named else 500_000      # "في مدينة X": said to be a town; "بالوادي", "بصور": words first
        two = " ".join([word] + text[m.end():].split()[:1])
        if re.match(r"\s*(?:ال)?(?:جنوبي|شمالي|شرقي|غربي|أوسط|اوسط)(?:ة)?(?![\u0600-\u06ff])", text[m.end():]):
            continue      # "محافظة لبنان الجنوبي": a region named by its side, no town
        if named and not world_city(word, least) and world_city(two, least):
            return world_city(two, least)     # "بمدينة شرم الشيخ", "بمحافظة كفر الشيخ": a town of two words
        if world_city(word, least) and not (m["joined"] and ref.place("ب" + word)):
            return world_city(word, least)      # not "ببغداد" read as "بغداد" minus its first letter
    return None


def _one_of_places(after: str, ref) -> bool:
    """The place just read is the first of a list of places: "X وريف X", "X وY" where Y is a town too (pure)."""
    m = re.match(r"\s*[،,]?\s*و(?P<next>[\u0621-\u064a]{3,})", _MARKS.sub("", after))
    if not m:
        return False
    word = m["next"]
    return word in ("ريف", "ضواحي") or bool(ref.place(word) or world_city(word, 100_000))


def dated_town(text: str):
    """"المدينة المنورة 04 ذو القعدة 1432 هـ ... واس", "نشر بتاريخ:سبها 10 فبراير 2021 ( وال )": a news
    agency's dateline, the town then the day (after the page's "published" label); a match with "place"."""
    text = re.sub(r"^\s*(?:نشر|نُشر|تاريخ النشر)\s*(?:بتاريخ|في)?\s*:?\s*", "", text)
    m = re.match(r"\s*(?P<place>[\u0621-\u064a]{3,}(?:\s[\u0621-\u064a]{3,})?)\s+(?=[\d\u0660-\u0669]{1,2}\s+\S)", text)
    return None if not m or is_day_word(m["place"]) else m


def dateline_city(lines: list[str], ref, context: str = "") -> str | None:
    """"(سبأ) - عدن:", "(لحج/الوكالة/مراسلها:)", "لحج.. بحث ...": the town a news report is filed from, at the
    head of one of its first lines; a town no list knows when the report itself calls it one ("محافظ X", "قضاء X"
    in `context`). Pure."""
    for text in lines:
        m = re.match(r"\s*(?:\([^()]{2,25}\)\s*[-–—]\s*|\(\s*)?(?P<place>[\u0621-\u064a]{3,}(?:\s[\u0621-\u064a]{3,})?)"
                     r"\s*(?:/|\.\.|…|:|[-–—]|\()", _MARKS.sub("", text))
        for m in (m, dated_town(_MARKS.sub("", text))):
            if not m:
                continue
            place = ref.place(m["place"])
            if place or world_city(m["place"]):
                return place.name if place else world_city(m["place"])
            if context and re.search(r"(?<![\u0621-\u064a])(?:ب|ل)?(?:ال)?(?:محافظة|محافظ|مدينة|قضاء|ناحية|بلدة|بلدية)[ \t]+"
                                     + re.escape(m["place"]) + r"(?![\u0621-\u064a])", _MARKS.sub("", context)):
                return m["place"]   # "الرميلة- مراسلنا:" and later "قائممقام قضاء الرميلة": the report says it is a town
    return None


HELD = re.compile(r"(?:^|\s)و?(?:" + "|".join(_W["held"]) + r")(?:\s|$)")
MEETING = re.compile("|".join(_W["meetings"]))
_UPDATED = re.compile(r"^\W*(?:آخر تحديث|اخر تحديث|تاريخ التحديث|last updated|updated on)\b", re.I)
_YESTERDAY = re.compile(r"(?<![\u0621-\u064a])(?:أمس|امس|الأمس)(?![\u0621-\u064a])")   # "أمس،": the comma is no letter


def page_updated(text: str) -> bool:
    """"آخر تحديث: الجمعة 19 ابريل 2024": when the page changed last, no day of the meeting. Pure."""
    return bool(_UPDATED.search(text))


def held_yesterday(day_line: str, lines: list[str], dates_in) -> bool:
    """A news item's date standing alone ("• 12 رجب 1440هـ الموافق 2019/03/19") and the sentence that holds the
    meeting says it met "أمس" with no day of its own: the meeting was the day before the item. Pure."""
    words = day_line.split()
    if len(words) > 8:      # "12/3/2019 عقدت اللجنة أمس اجتماعها ...": the item's date, then its first sentence
        cut = max((i + 1 for i, w in enumerate(words[:6]) if re.search(r"[\d\u0660-\u0669]", w)), default=0)
        stamp, rest = " ".join(words[:cut]), " ".join(words[cut:])
        rest = re.split(r"(?<=[.؛!?])\s", rest, maxsplit=1)[0]
        return bool(dates_in(stamp)) and not dates_in(rest) and bool(HELD.search(rest)) \
            and bool(_YESTERDAY.search(rest))
    if HELD.search(day_line):
        return False
    held = next((t for t in lines if HELD.search(t) and (MEETING.search(t) or "اجتمع" in t)), "")
    return bool(_YESTERDAY.search(held)) and not dates_in(held)


def tagged_town(lines: list[str]) -> str | None:
    """A news site's place tag ("#رأس_العين") whose town the sentence that holds the meeting names ("في مقر
    المجلس برأس العين"): where it met, though no list knows the town. Pure."""
    tags = [t.replace("_", " ") for text in lines for t in re.findall(r"#([\u0621-\u064a_]{3,40})", _MARKS.sub("", text))]
    for text in lines:
        text = _MARKS.sub("", text)
        if not (HELD.search(text) and MEETING.search(text)):
            continue
        for tag in tags:
            if re.search(r"(?<![\u0621-\u064a])(?:في\s+|ب|بمدينة\s+|مدينة\s+)" + re.escape(tag) + r"(?![\u0621-\u064a])", text):
                return tag
    return None
