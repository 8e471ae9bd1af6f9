"""A report's title as a secretariat would type it: the heading lines, never the paragraph after them, the date
and labels written on the same line, or a whole news sentence."""
from __future__ import annotations

import re

from .reading import dates_in

LONGEST = 120     # past this a "title" is a sentence: it is cut at its first clause
# " Chair: IRC", " Participants: ...", " التاريخ:": a header's label on the title's line ends the title
_LABEL = re.compile(r"\s(?:chair(?:ed by|person)?|co-chairs?|participants|attendees|attendance|present|date|time|venue|"
                    r"location|place|agenda|facilitat(?:or|ed by)|note[- ]taker|minutes by|التاريخ|المكان|الزمان|"
                    r"الحضور|الحاضرون|الرئاسة|جدول الأعمال)\s?:\s", re.I)
# where a long first sentence's subject ends: "..., chaired by", "وذلك برئاسة", "، بحضور"
_CLAUSE = re.compile(r"\s*(?:[,،;؛]|\s-\s|\s–\s)\s*|\s(?:وذلك|برئاسة|بحضور|chaired by|attended by|with the participation)\s")
_TRAILING = re.compile(r"(?:\s+(?:at\s+|@\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs)\s*$)|"     # "... AT 7.00 pm"
                       r"(?:\s+(?:on|of|at|in|held|dated|يوم|في|بتاريخ|المصادف|الموافق))+\s*$|[\s|–—:,،@-]+$", re.I)


def tidy_title(title: str | None) -> str | None:
    if not title:
        return title
    title = _before_date(title)
    m = _LABEL.search(title, 10)
    title = title[:m.start()] if m else title
    if len(title) > LONGEST:
        first = next((m.start() for m in _CLAUSE.finditer(title) if 20 <= m.start() <= LONGEST), None)
        title = title[:first] if first else title[:title.rfind(" ", 0, 100)].rstrip() + "…"
    while _TRAILING.search(title):     # "... AT 7.30 pm ON": each trailing piece in turn
        title = _TRAILING.sub("", title)
    return title.strip() or None


def _before_date(title: str) -> str:
    """"GBV Field Working Group – Za'atari Thursday, March 13th 2014 @ 11:30": the title ends where its date
    starts (a date that opens the line is left: "12 March 2025 JCF meeting" names the meeting by it)."""
    if not any(not guessed for _d, guessed in dates_in(title)):
        return title
    starts = [m.start() for m in re.finditer(r"\S+", title)]
    first, cut_at = None, None
    for start in starts[1:]:       # the date starts at the last word whose window still holds it
        found = [d for d, guessed in dates_in(title[start:start + 40]) if not guessed]
        if found and first is None and start >= 10:
            first, cut_at = found[0], start
        elif first is not None and found and found[0] == first:
            cut_at = start
        elif first is not None:
            break
    if cut_at is None:
        return title
    cut = title[:cut_at]
    weekday = re.search(r"(?:\s(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|\s(?:يوم\s)?(?:الاثنين|الثلاثاء|الأربعاء|"
                        r"الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد))\s*$", cut, re.I)
    return cut[:weekday.start()] if weekday else cut
