"""Where a meeting sat, from the header's wording: a venue and its town after "held at", a place named a city in
the opening prose, a short header line of places split by commas or dashes. Pure functions (header.py asks)."""
from __future__ import annotations

import re

from ..textnorm import normalise
from .abroad import is_country, world_city
from .arabic_news import arabic_city
from .lines import Line
from .reference import Reference
from .titles import _before_date
from .attendance_line import names_a_person


def _before_purpose(text: str) -> str:
    """"عقدت اللجنة اجتماعها يوم ...، لمتابعة مشروع ... بمحافظة X": the place in the purpose clause is the
    project's, not where the meeting was held ("اللجنة العليا لمتابعة ..." is a name: no comma before it)."""
    return re.split(r"[،,]\s*(?:لمتابعة|لمناقشة|لبحث|بشأن|بخصوص|حول)\s", text)[0]


def _held_at(lines: list[Line], ref: Reference) -> str | None:
    """"... meeting held at the Governor's Office, Mosul (10:00-12:30)": the known place after the venue's comma."""
    for line in lines:
        held = re.search(r"\b(?:held|took place|convened|met)\s+(?:at|in)\s+[^.;()]{3,80}?,\s*"
                         r"([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\b", line.text)
        place = (ref.place(held[1]) or ref.place(held[1].split()[0])) if held else None
        if place:
            return place.name
    return None


def _city_in_prose(lines: list[Line], ref: Reference) -> str | None:
    """"Eagle View Hotel, Tagum City", "RCBCTowers, MakatiCity", "في مبنى الوزارة وسط بغداد": a place named a city,
    or a known place after "in" in the report's opening lines."""
    for line in lines:
        line = Line(no=line.no, text=_before_purpose(line.text))
        m = re.search(r"(?:^|[\s,])(?!(?:The|This|That|Our|Your|Each|Every)\b)([A-Z][a-z]{2,}(?:\s(?:de|del|la|el)\s[A-Z][a-z]+)*)\s?City\b", line.text)
        if m:
            return m[1] if ref.place(m[1]) else f"{m[1]} City"
        place = arabic_city(line.text, ref)     # "في عنكاوا بمحافظة أربيل", "بمدينة X", "اجتماعها بعدن"
        if place:
            return place
    return None


_PARTS = re.compile(r"\s*[,،/|–—]\s*|\s+-\s+")


def _place_line(lines: list[Line], ref: Reference) -> str | None:
    """A short line of the header that says where, its parts split by commas or dashes: "UNHCR Geneva – 15.00hrs",
    "Maiduguri, Borno State, Nigeria", "10 May 2016 10am UNHCR, Sittwe", "SEMINAR HALL, DAVAO CITY, PHILIPPINES":
    a part that is (or ends in) a known place or a city of 100,000 people or more. Only the first lines, only
    the end of a part, so a common word in a sentence is never taken for a city."""
    head = [l for l in lines[:40] if not l.blank][:8]
    # "Meeting | 26th January 2017 | 13:13-15:30 | UN HOUSE, Kramatorsk": each part of a line set with bars
    # (not a list's item: "• Laurie Lyon — Vice President" is a person, whatever her name ends with)
    texts = [part.strip() for l in head if not (l.is_row or l.bullet) for part in l.text.split(" | ")]
    for text in texts:
        if len(text) > 90 or text.endswith(".") or len(text.split()) > 12 or names_a_person(text):
            continue      # ("Laurie Lyon — Vice President": a person, not a town)
        if text.isupper():
            text = text.title()
        parts = _PARTS.split(text)
        for town, country in zip(parts, parts[1:]):      # "FA House, Suva, Fiji": a town, then its country
            if is_country(country) and world_city(town.strip()):
                return world_city(town.strip())
        for part in parts:
            part = re.sub(r"(?i)\s+(?:on|dated)\s*$", "", _before_date(part))   # "WFP Herat on 9 June 2019"
            part = re.sub(r"\b\d[\d.:]*\s*(?:hrs|am|pm|h)?\b", " ", part, flags=re.I).strip(" ()")
            words = part.split()
            if not words or len(words) > 6:
                continue
            if re.fullmatch(r"[\u0621-\u0652\u0670]{3,}(?: [\u0621-\u0652\u0670]{3,})?", part):   # "عمّان" alone: a dateline
                place = ref.place(part)
                if place and normalise(place.name) in ("iraq", "kurdistan region"):
                    continue      # a letterhead's country or region, no town
                if place or world_city(part, 100_000):
                    return place.name if place else world_city(part, 100_000)
                continue
            city = re.fullmatch(r"(.{3,30}?)\s+City", part)
            if city and world_city(city[1], 100_000):
                return part                                   # "Davao City", "Cagayan de Oro City"
            for n in (2, 1):
                name = " ".join(words[-n:])
                if len(words) < n or len(name) < 4 or not name[:1].isupper():
                    continue
                place = ref.place(name)
                if place and normalise(place.name) not in ("iraq", "kurdistan region"):
                    return place.name
                if world_city(name, 100_000):
                    return world_city(name, 100_000)
    return None


# "TUE, 02 MAR 2021 09:15 Duhok, GMT +3", "FRI, 12 FEB 2021 18:20 | Press Office": a web page's clock, no meeting
# "Next Meeting Date Monday April 27 2015", "the last meeting's minutes - 6th October", "to confirm the minutes of
# the meeting held on 4 May" (minutes are confirmed at a later meeting): another meeting's day
