"""The header: title, kind and forum, sittings (dates, cities, venues), hosts and organisers. Pure functions."""
from __future__ import annotations

import re
from datetime import timedelta

from .form_line import unmarked_field
from ..textnorm import normalise
from . import vocab
from .lines import Line
from .reading import dates_in, day_month
from .abroad import dateline_after as _dateline_after, met_in_city, title_city as _title_city  # noqa: F401
from .abroad import town_and_country as _town_and_country, world_city
from .arabic_news import HELD, MEETING, dateline_city, held_yesterday, page_updated
from .arabic_places import tagged_town
from .reference import Reference
from .own_town import own_town
from .council_town import council_town
from .swapped_day import settle_swapped
from .front_day import front_day
from .minutes_day import minutes_day
from .news_day import news_day, published_day
from .yearless_day import after_stamp, yearless_day
from .header_places import _before_purpose, _city_in_prose, _held_at, _place_line
from .sitting_day import front_matter as _front_matter, hall_of_town as _hall_of_town, sitting_line, venue_town

def _meta_value(lines: list[Line], kinds) -> tuple[str | None, int | None]:
    """A labelled field: "Date: ...", a row "Venue | ...", a label alone with its value on the next line, or one of
    several labels on one line ("DATE: MONDAY, 18 APRIL TIME: 12:00 LOCATION: UN COMPOUND")."""
    words = [normalise(w) for k in kinds for w in vocab.META[k]]
    head = [l for l in lines[:60] if not l.blank]
    for i, line in enumerate(head):
        text = line.text
        cells = [c for c in line.cells if c] if line.is_row else []
        if len(cells) >= 2 and normalise(cells[0]).strip(" :") in words:
            labels = [k for k, c in enumerate(cells[2:], 2) if _a_label(c)]
            return " ".join(cells[1:labels[0] if labels else None]).strip(), line.no
        pair = next((k for k, c in enumerate(cells[:-1]) if normalise(c).strip(" :") in words), None)
        if pair is not None:     # "Meeting Name | PWG | Meeting Location | Amman": label and value in pairs
            return cells[pair + 1].strip(), line.no
        m = re.match(r"^([^:：]{2,40})[:：]\s*(.+)$", text)
        if m and normalise(m[1]).strip() in words:
            return _before_next_label(m[2]), line.no
        for m in re.finditer(r"(?:^|\s)([A-Z][A-Z ()]{2,30}?) ?:\s*", text):     # labels in capitals along a line
            if normalise(m[1]).strip() in words:
                return _before_next_label(text[m.end():]), line.no
        for m in re.finditer(r"(?:^|\s)([A-Z][a-z]+(?: [a-z]+){0,2}) ?:\s*", text):  # "... Date: Wed 9th ... Venue: X"
            if normalise(m[1]).strip() in words:
                return _before_next_label(text[m.end():]), line.no
        if not line.is_row and normalise(text).strip(" :") in words and i + 1 < len(head) and len(text) <= 40:
            return head[i + 1].text.strip(), head[i + 1].no      # "Venue" alone, its value on the next line
        if not line.is_row and unmarked_field(text, words):   # "Meeting Date 3 May Meeting Location X Meeting Time"
            return unmarked_field(text, words), line.no
    return None, None

_NEXT_LABEL = re.compile(r"\s(?:[A-Z][A-Z ()]{2,30}|[A-Z][a-z]+(?: [a-z]+){0,2}) ?:\s")


def _before_next_label(value: str) -> str:
    """A field's value ends where the next field's label begins: "17 May (Thursday) Venue : X" is the day only.
    A label is a capitalised word or three before a colon, spaced or not (forms typed in a word processor)."""
    m = _NEXT_LABEL.search(value)
    return (value[:m.start()] if m else value).strip()


def _a_label(cell: str) -> bool:
    """A cell that names a field of the header ("Meeting Time", "Chair person"), not a value (pure)."""
    key = normalise(cell).strip(" :")
    return any(key in map(normalise, words) for words in vocab.META.values()) or bool(
        re.fullmatch(r"(?:meeting|chair|minutes|purpose|time)\b[\w ]{0,20}", key))


_OTHER_MEETING = re.compile(r"(?i)\b(?:next|last|previous|upcoming|following)\s+(?:cluster\s+|sector\s+)?meeting"
                            r"(?:'s|’s)?[^.;|]{0,60}|\bminutes of (?:the )?(?:\d|last|previous)[^.;|]{0,40}|"
                            r"\b(?:confirm\w*|approv\w*|adopt\w*|sign\w*)\s+(?:of\s+)?(?:the\s+)?minutes\s+of\s+"
                            r"(?:the\s+)?meeting\s+held\s+on[^.;|]{0,30}|"
                            r"(?:الاجتماع|الاجتماعات)\s+(?:القادم|المقبل|السابق)[^.؛|]{0,40}|"
                            r"(?:آخر|اخر)\s+(?:جلسة|اجتماع)[^.؛|]{0,60}")      # "آخر جلسة ... بتاريخ": the last one
# a deadline's day is not the meeting's ("UNHCR to share the figures by 10 March")
_DEADLINE = re.compile(r"(?i)\b(?:by|before|until|due(?: date)?|deadline|no later than)\b[:\s]+[^.;|]{0,30}|"
                       r"(?<!\w)(?:بحلول|لغاية|موعد أقصاه)\s[^.؛|]{0,30}")
# a numbered paper's day is the paper's, not the meeting's ("قرار مجلس الوزراء رقم 29 تاريخ 12-5-2020",
# "Circular No. 14 dated 3 May 2021")
_PAPER = re.compile(r"(?i)\b(?:No\.?|Number)\s*\(?\d[\d/.-]*\)?\s*(?:of|dated|issued on)\s+[^.;|]{0,30}|"
                    r"(?<![\u0600-\u06ff])رقم\s*\(?[\d\u0660-\u0669][\d\u0660-\u0669/.-]*\)?\s*"
                    r"(?:لسنة\s*[\d\u0660-\u0669]+\s*)?(?:تاريخ|بتاريخ|المؤرخ\s+في|المؤرخة\s+في|وتاريخ)\s*[^.؛|]{0,30}")
# a web page's own day ("Last updated: ...", "آخر تحديث: ...") is the meeting's only when the news says "today"
# ("created on", "تم إنشاؤه بتاريخ", "نشر بتاريخ": a content system's stamps on the item, not the meeting's day)
_PUBLISHED = re.compile(r"(?i)\b(?:last updated|updated on|published(?: on)?|posted on|created on|created)\b\s*:?"
                        r"\s*[^|]{0,45}|(?:آخر تحديث|تاريخ النشر|تاريخ الإنشاء|نشر في|نُشر في|تاريخ الإضافة|"
                        r"(?:تم\s+)?(?:نشره?|نُشر|إنشاؤه|إنشاءه|انشاؤه|انشاءه|إنشاء|انشاء|أنشئ|انشئ|أضيف|اضيف)"
                        r"\s+(?:في|بتاريخ))\s*:?\s*[^|]{0,45}")
# (a time range, "13:13-15:30 |", is the meeting's hours, not a clock)
_STAMP = re.compile(r"(?<![-–])(?<![-–]\s)\b\d{1,2}:\d{2}\b(?!\s*[-–]\s*\d)[^|]{0,30}(?:\bGMT\b|\bUTC\b|\|)")


def _sittings(lines: list[Line], ref: Reference, title: str | None) -> list[dict]:
    value, no = _meta_value(lines, ["date"])
    location, _ = _meta_value(lines, ["location"])
    front = _front_matter(lines)
    posted, value = (value, None) if value and no in front else (None, value)   # the post's day: a last resort
    candidates = [value] if value else []
    candidates += [title if title and not page_updated(title) else ""] + [
        l.text for l in lines[:30] if not l.blank and not _STAMP.search(l.text) and not page_updated(l.text)
        and l.no not in front]
    sitting = sitting_line(candidates, dates_in) if not value else None
    candidates = [sitting] + candidates if sitting else candidates   # a bare date first: the page's own day
    days, stamp = [], None
    for text in candidates:
        other = {ds[0][0] for pattern in (_OTHER_MEETING, _DEADLINE, _PUBLISHED, _PAPER)
                 for m in pattern.finditer(text or "")
                 if (ds := dates_in(m[0]))}
        found = [d for d, guessed in dates_in(text or "") if not guessed and d not in other]
        found = settle_swapped(text, found, dates_in)     # "07-09-2002 ... July 9, 2002": the words say which
        if found:     # a news item dated D whose meeting met "أمس": D - 1
            yesterday = len(set(found)) == 1 and held_yesterday(text, [l.text for l in lines[:12]], dates_in)
            # sittings are listed forwards: a day before the first, later in the line, is an earlier paper's
            # ("... held on 12 February 2020 to update the council's decision of 16 May 2018")
            found = after_stamp(text, found, dates_in)
            days = [found[0] - timedelta(days=1)] if yesterday else [d for d in found if d >= found[0]]
            stamp = None if yesterday or text == value else text     # "أمس" counted back already; a labelled date is the sitting's
            break
    news = news_day(stamp, days, [l.text for l in lines[:15] if not l.blank], dates_in) if stamp else None
    days = days if news is None else news     # a news page's stamp is its own day, not the meeting's
    if not days:
        days = front_day(lines, front, dates_in)      # "from: 2023-08-31": the event's day, not the post's
    if not days:
        days = minutes_day(lines, dates_in)           # "Meeting Minutes: June 18, 2008" below the agenda
    if not days and news is None:
        days = _dated_today(lines) or published_day([l.text for l in lines[:12] if not l.blank], dates_in)
    if not days and posted and news is None:
        days = [d for d, guessed in dates_in(posted) if not guessed][:1]
    if not days:
        days = _linked_minutes_day(lines)
    if not value:        # "The council met on 5th November": the meeting's own sentence, its year the post's
        stamp = [d for d, guessed in dates_in(posted or "") if not guessed][:1]
        yearless, day = yearless_day(lines, front, stamp[0] if stamp else None, title, days, dates_in, day_month)
        days = day if yearless else days
    days = sorted(set(days))
    city, venue = _city_venue(location, ref) if location else (None, None)
    online = any(re.search(r"(?i)\b(?:venue|location|place)\b\W*(?:online|virtual|zoom|(?:ms |microsoft )?teams|webex|"
                           r"skype)\b", l.text) for l in lines[:12]) or bool(location and re.match(
                               r"(?i)\W*(?:online|virtual|zoom|(?:ms |microsoft )?teams|webex|skype)\b", location)) \
        or any(_CALL.search(l.text) for l in [l for l in lines[:40] if not l.blank][:2])
    if not city and venue:
        named = [p for p in ref.places_in(venue) if normalise(p) not in ("iraq",)]
        city = named[0] if named else None      # "Kirkuk Governorate Building" is in Kirkuk
    if not city:
        for line in lines[:30]:   # a dateline: "RAMADI, 3 November 2025 –" or "Erbil, 7–8 October 2024"
            m = re.match(r"^([A-Za-z\u0600-\u06ff' -]{3,30})[,،]\s*[\d\u0660-\u0669]", line.text)
            name = re.sub(r"\s+(?:town|city|district|centre|center)$", "", m[1].strip(), flags=re.I) if m else None
            if name and ref.place(name):
                city = name.title() if name.isupper() else name      # "RAMADI, 3 November", "Sinjar town, 2 Feb"
                break
    if not city:            # "Oakdale City Council", "City of X", "X, MN 55101": a town's council sits in its town
        city = council_town([(title or "")] + [l.text[:600] for l in lines[:40] if not l.blank and l.no not in front][:12])
    if not city:            # "عقد المجلس اجتماعه ... في عنكاوا بمحافظة أربيل": where the meeting was held, said so
        held = [l for l in lines[:12] if HELD.search(l.text) and (MEETING.search(l.text) or "اجتمع" in l.text)]
        city = _city_in_prose(held[:1], ref) if held else None
        town = venue_town(held[0].text) if held and not city else None
        city, venue = (town[0], venue or town[1]) if town else (city, venue)   # "في مركز X في بلدة": no list knows it
    if not city:            # "(سبأ) - عدن:", "لحج.. بحث ...": a news report's dateline
        city = dateline_city([l.text for l in lines[:6]], ref, "\n".join(l.text for l in lines[:40])) or \
            tagged_town([l.text for l in lines[:40] if not l.blank][:12])
    if not city:
        city = _held_at(lines[:12], ref)
    if not city and title:  # "Erbil Education Cluster Meeting Minutes", "... WORKING GROUP DOHUK – KURDISTAN"
        named = [p for p in ref.places_in(_before_purpose(title)) if normalise(p) not in ("iraq", "kurdistan region")]
        city = named[0] if len(named) == 1 else _title_city(title)
    if not city:          # "The meeting was held in Duhok at the governorate building"
        for line in lines[:30]:
            m = re.search(r"\bheld (?:in|at) (?:the )?(?:[A-Z][\w'-]+ ){0,3}?([A-Z][\w'-]+)(?:\s+(?:on|from)\b|[,.]|$)",
                          line.text)     # "held in Duhok", "held at UNICEF Islamabad on 28.01.2010"
            if m and not ref.place(m[1]) and world_city(m[1], 100_000):
                city = world_city(m[1], 100_000)
                break
            m = m if m and ref.place(m[1]) else re.search(r"\bheld (?:in|at) ([A-Z][\w'-]+)", line.text)
            if m and ref.place(m[1]) and len({d for d, _g in dates_in(" ".join(l.text for l in lines[:30]))}) <= 1:
                city = m[1]
                break
    if not city and location is None:
        for line in lines[:30]:
            m = re.search(r"(?:at|in)\s+the\s+([^,.]+?)\s+in\s+([A-Z][a-z]+)", line.text)
            if m and ref.place(m[2]):
                venue, city = m[1], m[2]
                break
    if not city:     # "Report of the meeting, 15 July 2025, Basra Governorate Hall": the part after the date
        for line in lines[:12]:
            if dates_in(line.text) and "," in line.text:
                for part in [p.strip() for p in line.text.split(",")]:
                    named = [p for p in ref.places_in(part) if not dates_in(part)]
                    abroad = world_city(part, 100_000) if not named and len(line.text) <= 90 else None
                    named = named or ([abroad] if abroad else [])   # "Sunday, December 9, 2012, WFP Office, Kabul"
                    if named and len(part.split()) <= 6:
                        city = named[0]
                        venue = venue or (part if normalise(part) != normalise(named[0]) else None)
                        break
            if city:
                break
    if not city:
        for line in lines[:12]:
            if not dates_in(line.text):
                continue
            for m in re.finditer(r"\b(?:in|at)\s+([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)", line.text):
                if ref.place(m[1]):
                    city = m[1]
                    break
            if city:
                break
    if not city:
        city = _city_in_prose([l for l in lines[:40] if not l.blank][:12], ref)   # the opening lines, not blanks
    if not city:          # "UNHCR Field Office, Mandalay": a venue line of the header, its town after the comma
        for line in lines[:25]:
            m = re.fullmatch(r"(.{3,60}\b(?:Office|Hotel|Hall|Compound|Centre|Center|Building|Ministry|"
                             r"Directorate))\s*,\s*([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", line.text)
            if m and not line.is_row:
                place = ref.place(m[2])
                city = place.name if place else world_city(m[2])
                venue = venue or m[1]
                if city:
                    break
    if not city:
        city, venue = _hall_of_town([l for l in lines[:40] if not l.blank][:12], venue)
    if not city:
        city = _place_line(lines, ref) or _town_and_country(lines) or _dateline_after(lines)
    if not city:          # "... took place in Nairobi", "MEETING Nairobi, 3 – 5 May": abroad, said in prose
        city = met_in_city(" ".join(l.text for l in lines[:8] if not l.is_row)[:1500])
    if not city:          # "City of X", "بلدية X", "at the Hotel Y in X", "في مدينة X": the one town it names
        city = own_town([title or ""] + [l.text for l in lines[:40] if not l.blank and l.no not in front][:12], ref)
    if venue is None:
        for line in lines[:30]:
            m = re.search(r"\bat the ([A-Z][\w ]{3,60}?(?:Office|Hall|Hotel|Ministry|Centre|Center|compound))\b",
                          line.text)
            if m:
                venue = m[1]
                break
    if online and not (location and _city_venue(location, ref)[0]):
        city = None          # "Venue: Online Zoom meeting": a call has no city, whatever the forum's name says
    cities = [city] * len(days)
    rounds = sorted({(d.year, d.month) for d in days})
    if not city and len(rounds) > 1:
        # two rounds in two cities: "The first workshop was held in Baghdad ... the second ... in Erbil"
        held = []
        for line in lines:
            for m in re.finditer(r"\bheld in ([A-Z][\w'-]+)", line.text):
                if ref.place(m[1]) and m[1] not in held:
                    held.append(m[1])
        if len(held) == len(rounds):
            cities = [held[rounds.index((d.year, d.month))] for d in days]
    if not days and city:     # the place is said, the day is not: keep the place, the reviewer adds the day
        return [{"date": None, "city": city, "venue": venue}]
    return [{"date": d.isoformat(), "city": c, "venue": venue} for d, c in zip(days, cities)]

# the title says the meeting was a call: "ONLINE - Health Sector Meeting", "Virtual meeting of ...", "اجتماع افتراضي"
_CALL = re.compile(r"(?i)^\W*(?:online|virtual)\b|\b(?:online|virtual|video) (?:meeting|call|session)\b|"
                   r"\bvia (?:zoom|(?:ms |microsoft )?teams|webex|skype)\b|(?:اجتماع|اجتماعا|جلسة)\s+(?:افتراضي|افتراضية|"
                   r"افتراضيا)|عبر\s+(?:تقنية\s+)?(?:الاتصال المرئي|الفيديو|زووم|الإنترنت)|عن\s+بُ?عد")

_LINKED = re.compile(r"(?i)\[(?P<label>[^\]]{0,80}\b(?:minutes|agenda)\b[^\]]{0,40})\]\((?P<url>[^)\s]{1,200})\)")


def _linked_minutes_day(lines: list[Line]) -> list:
    """A summary that links to the meeting's full minutes, the file named by the day ("[the full minutes]
    (/minutes/2024-05-02.pdf)"): that day, when the text gives none of its own (not a last meeting's)."""
    for line in lines[:120]:
        for m in _LINKED.finditer(line.text):
            if _OTHER_MEETING.search(m["label"]) or re.search(r"(?i)\b(?:last|previous|earlier)\b", m["label"]):
                continue
            found = [d for d, guessed in dates_in(m["url"]) if not guessed]
            if len(found) == 1:
                return found
    return []


_TODAY = re.compile(r"(?:^|\s)(?:اليوم|صباح اليوم|مساء اليوم|ظهر اليوم)(?:\s|$)|\b(?:today|this morning)\b", re.I)


def _dated_today(lines: list[Line]) -> list:
    """News of a meeting "held today" (اليوم) whose only date is the page's own stamp ("3-04-2019, 09:36 |"):
    the stamp's day is the meeting's."""
    head = [l.text for l in lines[:12] if not l.blank]
    if not any(_TODAY.search(t) for t in head):
        return []
    for text in head:
        if (_STAMP.search(text) or _PUBLISHED.search(text)) and not page_updated(text):
            found = [d for d, guessed in dates_in(text) if not guessed]
            if found:
                return found[:1]
    return []


_A_TOWN = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}")
_BUILDING = re.compile(r"(?i)\b(?:office|hall|hotel|building|room|compound|cent(?:re|er)|house|floor|street|road|"
                       r"avenue|ministry|directorate|premises|camp|site|online|virtual|zoom|teams|block|tower|"
                       r"headquarters|hq|campus|school|university|district|province|governorate|region|state)\b")


def _city_venue(location: str, ref: Reference):
    parts = [p.strip() for p in re.split(r"[,،]|\s+[-–—]\s+", location) if p.strip()]   # "قاعة ديوان المحافظة - الموصل"
    city = None
    for inner in re.findall(r"\(([^()]{2,40})\)", location):    # "Venue: UNHCR office (Erbil)"
        if ref.place(inner) and normalise(inner) not in ("iraq", "العراق"):
            city = inner
    parts = [re.sub(r"\s*\(.*?\)\s*", "", p) for p in parts]
    for p in parts:
        if ref.place(p) and normalise(p) not in ("iraq", "العراق") and not city:
            city = p
    if not city:          # outside Iraq: the world city list, on this labelled field only ("Gaza City" is Gaza)
        city = next((c for c in map(world_city, reversed(parts)) if c), None) or next(
            (c for c in (world_city(re.sub(r"\s+city$", "", p, flags=re.I)) for p in reversed(parts)
                         if re.search(r"\s+city$", p, re.I)) if c), None)
    if not city and len(parts) >= 2 and _A_TOWN.fullmatch(parts[-1]) and not _BUILDING.search(parts[-1]):
        city = parts[-1]  # "Venue: SCI office, Muse": a labelled place's last part, a name, is its town as written
    venue_parts = [p for p in parts if normalise(p) != normalise(city or "") and normalise(p) not in ("iraq", "العراق")]
    return city, (", ".join(venue_parts) or None)


def _orgs_after(lines, kinds, ref):
    value, _ = _meta_value(lines, kinds)
    if not value:
        return []
    found = ref.organisations_in(value)
    for w in ("rwg", "dstwg"):
        if re.search(rf"\b{w}\b", normalise(value)) and w.upper() not in found:
            found.append(w.upper())
    return found

def _hosts_and_organisers(lines, ref):
    hosts = _orgs_after(lines, ["hosts"], ref)
    organisers = _orgs_after(lines, ["organisers"], ref)
    value, _ = _meta_value(lines, ["hosts"])
    if value and re.search(r"in collaboration with|بالتعاون مع|with support", value, re.I):
        head, tail = re.split(r"in collaboration with|بالتعاون مع|with support from", value, maxsplit=1, flags=re.I)
        hosts = ref.organisations_in(head) or hosts[:1]
        organisers = [o for o in ref.organisations_in(tail)] + [w.upper() for w in ("rwg", "dstwg")
                                                                 if re.search(rf"\b{w}\b", normalise(tail))]
    if not hosts:   # "Organised by X ..., hosted by Y."
        for line in lines[:30]:
            m = re.search(r"hosted by (?:the )?([^.,;]+)", line.text, re.I)
            if m:
                hosts = ref.organisations_in(m[1])
            m = re.search(r"organi[sz]ed by (?:the )?(.+?)(?:, hosted|\.|$)", line.text, re.I)
            if m:
                organisers = ref.organisations_in(m[1]) + [w.upper() for w in ("dstwg", "rwg")
                                                           if re.search(rf"\b{w}\b|technical working group",
                                                                        normalise(m[1]))][:1]
    return hosts, organisers
