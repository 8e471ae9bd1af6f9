"""The day an Arabic record dates its own sitting, when a bare date heads the page: a web page's or a transcript's
publication day ("11/05/2012", "السبت 26 كانون الثاني 2013", "يناير 15, 2024") stands first, and the sitting is
dated further down, in the sentence that holds it ("عقد المجلس دورته ... يوم الاثنين 08 يناير 2024"), after
"يوم <weekday>" ("يوم الخميس الموافق 15/3/2012") or under the sitting's number ("جلسة رقم (7)" then its date).
Also a site post's front matter (its date is the post's), and the town a village or town hall is named for. Pure."""
from __future__ import annotations

import re

from ..textnorm import ARABIC_MARKS

from .arabic_news import HELD, MEETING
from .lines import Line

_MARKS = ARABIC_MARKS
_WEEKDAY = re.compile(r"(?<![\u0600-\u06ff])يوم\s+(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)")
_NUMBERED = re.compile(r"(?:جلسة|الجلسة|اجتماع|الاجتماع|الدورة)\s+(?:رقم\s*)?[(\s]*[\d\u0660-\u0669]")


def _dated(text: str, dates_in) -> bool:
    return any(not guessed for _, guessed in dates_in(text))


def _bare(text: str) -> bool:
    """A date line that says nothing of a meeting: a page's or a paper's own day."""
    return len(text.split()) <= 7 and not MEETING.search(text) and not HELD.search(text)


def sitting_line(texts: list[str], dates_in) -> str | None:
    """The line that dates the sitting, when the first dated line is a bare date and a later one (of the first
    thirty) says it is the sitting's; None otherwise."""
    texts = [_MARKS.sub("", t or "").strip() for t in texts[:30]]
    dated = [i for i, t in enumerate(texts) if t and _dated(t, dates_in)]
    if len(dated) < 2 or not _bare(texts[dated[0]]) or not re.search(r"[\u0600-\u06ff]", " ".join(texts)):
        return None
    for i in dated[1:]:
        text, above = texts[i], [t for t in texts[max(0, i - 3):i] if t]
        if (HELD.search(text) and MEETING.search(text)) or _WEEKDAY.search(text) or \
                any(_NUMBERED.search(t) for t in above[-2:]):
            return text
    return None


# the building with or without its article ("في القاعة البلدية"), the town with or without its kind ("في بلدة X")
_VENUE_TOWN = re.compile(r"(?<![\u0600-\u06ff])في\s+(?P<venue>(?:ال)?(?:مركز|مقر|قاعة|مبنى|فندق|دار)\s+[\u0621-\u064a]+)\s+"
                         r"في\s+(?:(?:بلدة|قرية|مدينة)\s+)?(?P<town>[\u0621-\u064a]{3,})(?=\s*(?:[،,.؛]|$)|\s+و?(?:بحضور|برئاسة|بمشاركة|يوم)\s)")


def venue_town(text: str) -> tuple[str, str] | None:
    """"اجتماعا في مركز الجمعية في الدكوانة بحضور ...": (the town, the venue) a sentence that holds a meeting
    names, a building then the town it stands in, when no list of places knows the town. Pure."""
    m = _VENUE_TOWN.search(_MARKS.sub("", text))
    return (m["town"], m["venue"]) if m else None


# "held at West Barton Village Hall": a village's, a town's or a parish's hall is named for the place
_HALL = re.compile(r"(?i:\b(?:held|meeting|met)\s+(?:at|in)\s+)(?:the\s+)?(?P<town>(?:[A-Z][\w'’-]+\s+){1,3}?)"
                   r"(?P<kind>(?:Village|Town|Parish|Community|Memorial|Civic)\s+(?:Hall|Centre|Center)|Town\s+Hall)\b")
_NOT_A_TOWN = {"old", "new", "main", "the", "our", "great", "small", "big", "upper", "lower", "central"}


def hall_of_town(lines: list[Line], venue: str | None) -> tuple[str | None, str | None]:
    """The town a header's venue is the hall of: "MEETING HELD AT WEST BARTON VILLAGE HALL" is in West Barton."""
    for line in lines:
        letters = re.sub(r"[^A-Za-z]", "", line.text)
        capitals = sum(c.isupper() for c in letters) > 0.8 * len(letters)
        text = line.text.title() if capitals else line.text      # "... HELD AT X VILLAGE HALL AT 7.00 pm"
        m = _HALL.search(text)
        if m and m["town"].strip().lower() not in _NOT_A_TOWN:     # "the Old Town Hall": no town named
            return m["town"].strip(), venue or f"{m['town'].strip()} {m['kind']}"
    # "Oakley Village Hall ... AGM held at the Village Hall": the hall the heading names, its town
    at_the = next((m[1] for l in lines if (m := _AT_THE_HALL.search(l.text))), None)
    for line in lines if at_the else ():
        for m in re.finditer(r"(?P<town>(?:[A-Z][\w'’-]+\s+){1,3}?)" + re.escape(at_the) + r"\b", line.text):
            if m["town"].split()[0].lower() not in _NOT_A_TOWN:
                return m["town"].strip(), venue or f"{m['town'].strip()} {at_the}"
    return None, venue


_AT_THE_HALL = re.compile(r"(?i:\b(?:held|meeting|met)\s+(?:at|in)\s+the\s+)((?:Village|Town|Parish|Community|Memorial|"
                          r"Civic)\s+(?:Hall|Centre|Center))\b")


def front_matter(lines: list[Line]) -> set[int]:
    """The numbers of a page's front matter, the block between "---" (or "+++") lines that opens a site's post
    (the lines read "---" as a rule and drop it): lowercase keys ("title:", "date:", "layout:") under a dropped first line, up
    to the next dropped one. Its date is the day the post went up; the minutes' own heading names the meeting's."""
    if lines and lines[0].text.strip() == "+++":      # TOML's: "+++", "title = ...", "+++"
        end = next((l.no for l in lines[1:60] if l.text.strip() == "+++"), None)
        return {l.no for l in lines if l.no <= end} if end else set()
    if not lines or lines[0].no != 2 or not re.match(r"[a-z][a-z_]*\s*:", lines[0].text):
        return set()
    block = []
    for line in lines[:60]:
        if block and line.no != block[-1].no + 1:
            break
        block.append(line)
    keys = {re.match(r"[a-z][a-z_]*", l.text)[0] for l in block if re.match(r"[a-z][a-z_]*\s*:", l.text)}
    if len(block) == len(lines[:60]) or not keys & {"title", "date", "layout", "author", "permalink", "tags"}:
        return set()
    return {l.no for l in block}
