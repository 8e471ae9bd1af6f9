"""The meeting's day when the sentence that holds the meeting gives a day and month but no year ("The council met
on 5th November", "On Wednesday, April 6th, the team hosted a meetup", "في يوم السبت 18 يوليو اجتمع الأعضاء"):
news items and blog posts say so, and date themselves (the post's date, a year in the heading). Pure."""
from __future__ import annotations

import re
from datetime import date

from .arabic_places import HELD
from .lines import Line

# a verb saying the meeting took place (not "will be held": the future is a plan, not this meeting)
_MET = re.compile(r"(?i)(?<!will be )(?<!to be )\b(?:met|held|hosted|convened|took place|gathered)\b")
# "الذي سيعقد في 25 أبريل", "المؤتمر المقبل": an Arabic future or next meeting's day, a plan's, not this one's
_AR_FUTURE = re.compile(r"(?<![\u0621-\u064a])(?:سي|ست)(?:عقد|نعقد|ُعقد|تم|جري|قام)|(?:المقبل|المقبلة|القادم|القادمة)(?![\u0621-\u064a])")
# a post's front matter keys whose text is prose about the meeting ("subtitle: The council met on 5th November")
_PROSE_KEYS = re.compile(r"^(?:subtitle|description|summary|excerpt|lead)\s*:\s*(.+)$")


def _sentences(lines: list[Line], front: set[int]) -> list[str]:
    """The opening's sentences: a line ending in a comma runs on into the next (a wrapped news lead)."""
    texts = []
    for line in lines:
        if line.no in front:
            m = _PROSE_KEYS.match(line.text)
            if m:
                texts.append(m[1].strip(" '\""))
            continue
        if texts and re.search(r"[,،]\s*$", texts[-1]) and line.no not in front:
            texts[-1] = f"{texts[-1]} {line.text}"
        else:
            texts.append(line.text)
    return [s for t in texts for s in re.split(r"(?<=[.!?؟؛])\s+", t) if s.strip()]


def yearless_day(lines: list[Line], front: set[int], posted: date | None, title: str | None, found: list,
                 dates_in, day_month) -> tuple[bool, list]:
    """(whether the opening's first sentence of a meeting gives a day without a year, the day(s) it means).
    The year is the post's (the latest such day not after it), else the one year the title names; else the day
    the rest of the text found, when it is the same day and month; else none: another day the text gives (an
    earlier decision's, a programme's end) is not the meeting's."""
    head = [l for l in lines[:40] if not l.blank][:14]
    for sentence in _sentences(head, front):
        if not (_MET.search(sentence) or HELD.search(sentence)) or re.search(r"(?i)\b(?:will|next|last|previous)\b", sentence) \
                or _AR_FUTURE.search(sentence):
            continue
        if dates_in(sentence):
            return False, []          # the sentence dates itself in full: the usual reading applies
        dm = day_month(sentence)
        if not dm:
            continue                  # "met to discuss ...": no day here, perhaps in a later sentence
        month, day = dm
        years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", title or ""))
        posted = posted or _dated_line(head, dates_in)
        if posted:
            year = posted.year if (month, day) <= (posted.month, posted.day) else posted.year - 1
        elif len(years) == 1:
            year = int(years.pop())
        else:
            same = [d for d in found if (d.month, d.day) == (month, day)]
            return True, same[:1]
        try:
            return True, [date(year, month, day)]
        except ValueError:
            return True, []
    return False, []


def _dated_line(head: list[Line], dates_in) -> date | None:
    """"Thursday, 20 Aug 2015" alone on a line of the opening: the page's own date, as a post's front matter gives
    it (a short line that is a full date and little else)."""
    for line in head:
        found = dates_in(line.text) if len(line.text) <= 40 and not line.is_row else []
        if len(found) == 1 and not found[0][1] and len(line.text.split()) <= 5:
            return found[0][0]
    return None


def after_stamp(text: str, found: list, dates_in) -> list:
    """"2025-11-17 The board, at its sitting held on 15 November 2025, ...": a page's stamp opens the line and its
    lead sentence dates the meeting itself; the sentence's days, not the stamp's."""
    words = text.split()
    digits = [i for i, w in enumerate(words[:6]) if re.search(r"[\d\u0660-\u0669]", w)]
    cut = digits[-1] + 1 if digits and digits[0] <= 1 else 0     # the line opens with it (or "Date", a weekday)
    rest = [d for d, guessed in dates_in(" ".join(words[cut:])) if not guessed]
    return rest if len(words) > 8 and cut and dates_in(" ".join(words[:cut])) and rest else found
