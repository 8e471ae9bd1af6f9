"""The report's title (a letterhead above it is not it) and what the title says: a meeting or not, of which kind
and forum. Pure functions, read by header.py and email_head.py."""
from __future__ import annotations

import html
import re
from functools import lru_cache

from ..textnorm import normalise
from . import vocab
from .lines import Line
from .people import _calm
from .reading import dates_in
from .reference import Reference
from .titles import tidy_title
from .sitting_day import front_matter
from .abroad import world_city
from ..dates import MONTHS


MAX_TITLE = 240


def _title(lines: list[Line], ref: Reference, tidy: bool = True) -> str | None:
    """The report's title; `tidy=False` keeps the line as written (its date too, which the sittings read). A
    letterhead above it ("جمهورية العراق / محافظة نينوى", "Republic of Iraq / Ministry of ...") is not the title
    when a line below it, before the fields, names the meeting. A site post's front matter is no part of the
    text: its "title:" is the post's name, taken when it names a meeting or the text's first block does not."""
    front = front_matter(lines)
    if front:
        posted = next((re.split(r"\s*[:=]\s*", l.text, maxsplit=1)[1] for l in lines
                       if l.no in front and re.match(r"title\s*[:=]", l.text)), "")
        lines = [l for l in lines if l.no not in front]
        title = _title(lines, ref, tidy)
        posted = html.unescape(posted.strip().strip("'\"")).strip()
        if posted and (meeting_title(posted) or not meeting_title(title)):
            return tidy_title(posted) if tidy else posted
        return title
    title, end = _title_from(lines[:25], tidy)
    first = [i for i, line in enumerate(lines[:12]) if not line.blank][:6]
    heading = next((i for i in first if lines[i].markdown_heading == 1), None)
    if title and heading is not None and not lines[first[0]].markdown_heading \
            and not meeting_title(lines[first[0]].text) and meeting_title(lines[heading].text):
        return _title_from(lines[heading:25], tidy)[0] or title   # a Word file's letterhead above its Heading 1
    if title and end < len(lines) and lines[end].blank and not meeting_title(title):
        for i, line in enumerate(lines[end:end + 8], start=end):
            if re.match(r"^[^:]{2,40}:\s", line.text) or line.markdown_heading or line.number:
                break      # the fields or the first section: the title was the first block after all
            if not line.blank and len(line.text) <= 160 and meeting_title(line.text):
                below = _title_from(lines[i:25], tidy)[0]
                named = _kind_and_forum(title, ref, is_title=True)[1]
                return below if below and (not named or _kind_and_forum(below, ref, is_title=True)[1] == named) \
                    else title
    return title


_PAGE_NUMBER = re.compile(r"(?i)\W*(?:page|p\.|الصفحة|صفحة)\s*[\d\u0660-\u0669]+(?:\s*(?:of|/|من)\s*[\d\u0660-\u0669]+)?\W*")


_WEEKDAY = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|يوم|(?:ال)?(?:اثنين|ثلاثاء|أربعاء|اربعاء|خميس|"
                      r"جمعة|سبت|أحد|احد)")


_SECTION_WORDS = {normalise(w) for table in vocab.SECTIONS.values() for words in table.values() for w in words}


def _dateline(text: str) -> bool:
    """A line that is only a date or only a large town's name (pure)."""
    if len(text) > 40:
        return False
    rest = text
    if any(not guessed for _d, guessed in dates_in(text)):
        rest = " ".join(w for w in re.sub(r"[\d\u0660-\u0669]+|[,.|/–-]", " ", text).split()
                        if w.lower().strip(".") not in MONTHS and w not in ("م", "هـ") and not _WEEKDAY.fullmatch(w))
    rest = rest.strip(" ,.-–|/")
    return not rest or (len(rest.split()) <= 2 and bool(world_city(rest, 100_000)))


def _page_chrome(text: str) -> bool:
    """A web page's own word above the headline: a loader ("Loading...", "جار التحميل") or a lone word with no
    digit (a section label, a tracker's name). A report's title names its meeting or body in more words (pure)."""
    words = text.strip(" .…").split()
    return bool(re.fullmatch(r"(?i)\W*(?:loading|please wait|جار(?:ي)? التحميل)\W*(?:\.\.\.|…)?\W*", text)) or (
        len(words) == 1 and not re.search(r"[\d\u0660-\u0669]", text) and len(words[0]) <= 20
        and not words[0].isupper())


def _title_from(lines: list[Line], tidy: bool) -> tuple[str | None, int]:
    """The first block's title, and the index of the line after the block."""
    picked, headings, end = [], False, len(lines)
    for end, line in enumerate(lines):
        text = line.text
        if line.blank:
            if picked:
                break
            continue
        n = normalise(text)
        if _PAGE_NUMBER.fullmatch(text) or re.fullmatch(r"!\[[^\]]*\]\([^)]*\)", text.strip()):
            continue       # "Page 1 of 3", "صفحة 2", "![logo](logo.png)": a page's number or a picture, never the title
        if not picked and _dateline(text):
            continue       # a press release's "1 May 2020" then "Amman" above its headline
        if not picked and not line.markdown_heading and _page_chrome(text) and \
                not any(not l.blank for l in lines[:end]):     # the page's first line only
            continue       # "Loading...", a site's section label ("News", "مجتمع"): the page's, not the report's
        if n.strip(" :;.-") in _SECTION_WORDS and not line.markdown_heading:
            break          # "Participants;", "Agenda:": the first section, no title above it
        if (re.match(r"^[^:]{2,40}:\s", text) and not line.markdown_heading) or \
                n in ("press release", "report", "minutes", "بيان صحفي"):
            if picked:
                break
            continue       # "Date: ...", "Venue: ...": a field, not the title; a heading with a colon is one
        if picked and headings and not line.markdown_heading:
            break          # the heading lines make the title; the paragraph under them does not
        headings = headings or (line.markdown_heading and not picked)
        if any(not guessed for _d, guessed in dates_in(text)) and (picked or len(text) < 40 and not line.markdown_heading):
            break   # the line with the date ends the title (a heading's own date stays: "# JCF meeting, 3 May")
        picked.append(text)
        if len(" ".join(picked)) > 120 or len(picked) >= 3:
            end += 1
            break
    if not picked:
        return None, end
    title = " ".join(_calm(p) if p.isupper() and len(p) > 4 else p for p in picked)
    title = re.split(r"\s*\|\s*(?:report|minutes)\s*\|", title, flags=re.I)[0]
    letters = re.sub(r"[^A-Za-z]", "", title)
    if title.isupper() or (len(letters) > 20 and sum(c.isupper() for c in letters) > 0.9 * len(letters)):
        title = title.title()    # in capitals but for a "pm" or an "of".replace("'S", "'s")
    title = title[:MAX_TITLE].strip(" |–-")
    return (tidy_title(title) if tidy else title), end

@lru_cache(maxsize=None)
def _kind_word(word: str) -> re.Pattern:
    """A kind's word as a whole word; an Arabic one with its clitics ("لمنتدى التنسيق", "وللجنة", "بالمجلس")."""
    w = normalise(word)
    if not re.match(r"[\u0600-\u06ff]", w):
        return re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)")
    bare = re.escape(w[2:]) if w.startswith("ال") else None
    return re.compile(r"(?<!\w)(?:[وف]?[لبك]?" + re.escape(w) + (r"|[وف]?لل" + bare if bare else "") + r")(?!\w)")


def _kind_and_forum(head_text: str, ref: Reference, is_title: bool = False) -> tuple[str, str | None]:
    n = normalise(head_text)
    if is_title and any(_kind_word(w).search(n)
                        for w in vocab.KIND_WORDS["workshop"]):
        return "workshop", None    # "MoMD and DSTWG ... Workshop" is a workshop, whoever organised it
    for words in vocab.NOT_MEETING.values():
        if any(normalise(w) in n for w in words):
            return "other", None
    for kind, words in vocab.KIND_WORDS.items():
        if any(_kind_word(w).search(n) for w in words):
            if kind == "JCF":
                places = [p for p in ref.places_in(head_text)]
                forum = next((f.name for f in ref.forums if f.kind == "JCF" and f.parent in places), None)
                if not forum and "Kurdistan Region" in places:
                    forum = "JCF Kurdistan Region"
                return "JCF", forum
            if kind == "workshop":
                return "workshop", None
            forum = next((f.name for f in ref.forums if f.kind == kind), None)
            return kind, forum
    return "other", None


def _not_a_meeting(text: str) -> bool:
    n = normalise(text)
    return any(normalise(w) in n for words in vocab.NOT_MEETING.values() for w in words)


def meeting_title(title: str | None) -> bool:
    """"Minutes of ...", "... Cluster Meeting", "محضر اجتماع ...": the title says a meeting, so words below it
    (a "dashboard" or "factsheet" on the agenda) do not make it a newsletter."""
    n = normalise(title or "")
    return bool(re.search(r"(?<!\w)(?:minutes|meeting|محضر|اجتماع|الاجتماع|(?:video|conference|phone) call|"
                          r"teleconference)(?!\w)", n)) and not _not_a_meeting(n)


# the opening says a meeting was held: "the meeting was held", "chaired the monthly meeting", "عقد ... اجتماعاً"
_MET = re.compile(r"(?i)\b(?:meeting|session)\b[^.]{0,80}?\b(?:was|were)\s+(?:held|convened|chaired)\b|"
                  r"\b(?:held|convened|chaired|hosted|opened)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?"
                  r"(?:meeting|session)\b|(?<![\u0621-\u064a])و?(?:عقد|عقدت|انعقد|انعقدت|ترأس|ترأست|رأس|رأست|اجتمع|اجتمعت)"
                  r"(?![\u0621-\u064a])[^.؛]{0,250}?(?<![\u0621-\u064a])(?:ال)?(?:اجتماع|جلسة)")


def says_it_met(opening: str) -> bool:
    """The report's opening sentences say a meeting was held: a news report of a meeting is a meeting's report,
    whatever its headline (pure)."""
    return bool(_MET.search(opening[:1500]))
