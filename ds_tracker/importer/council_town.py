"""The town a local council's minutes sat in, from the council's own name or its office's address: "Minutes of
the Oakdale City Council", "OF THE CITY OF LAKE FOREST", "ELMWOOD PARISH COUNCIL", "1200 Main Street, Oakdale,
MN 55101". A town's council meets in its town; "Oakdale City Council" names Oakdale, not a place called "Oakdale
City". Only the report's opening lines; None when they name two towns. Pure."""
from __future__ import annotations

import re

from .abroad import world_city

_WORD = r"[A-Z][a-z'’-]+|[A-Z]{2}[A-Z'’-]+"
_NAME = rf"(?:{_WORD})(?:\s(?:{_WORD})){{0,2}}"
# "Oakdale City Council", "ELMWOOD PARISH COUNCIL", "Kew Town Council": the town, then its council
_KIND = "City|Town|Parish|Borough|Village|Township"
_COUNCIL = re.compile(rf"\b({_NAME})\s+(?:{_KIND}|{_KIND.upper()})\s+(?:Council|Commission|COUNCIL|COMMISSION)\b")
# "City of Lake Forest", "CITY OF BROOKLYN CENTER IN THE COUNTY": the words after "City of", to a small word
_CITY_OF = re.compile(rf"\b(?:City|Town|Village|Borough|CITY|TOWN|VILLAGE|BOROUGH)\s+(?:of|OF)\s+({_NAME})")
# "Prior Ridge, MN 55372": a town, a state's two letters and a ZIP code
_ADDRESS = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
# words that open a council's name without being the town: "Regular City Council meeting", "Minutes ..."
_NOT_A_TOWN = {"regular", "special", "annual", "adjourned", "joint", "extraordinary", "ordinary", "emergency",
               "full", "the", "minutes", "meeting", "of", "draft", "adopted", "approved", "council", "city", "town",
               "parish", "village", "borough", "county", "in", "and", "for", "at", "on", "with", "to", "by", "from",
               "forum", "session", "open", "informal", "workshop", "work", "study", "closed", "executive", "general",
               "committee", "board", "members", "public", "hearing", "agenda", "notice", "combined",
               # an address's street before its town: "200 Main Street Oak Hollow, WI 53001"
               "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "way",
               "parkway", "court", "place", "highway", "square", "suite"}


def _town(name: str, sure: bool) -> str | None:
    """The town in a council's name: its generic words dropped from the front and back; a name no list knows
    only where the shape is sure of it (a parish's village is in no list of cities)."""
    words = name.split()
    while words and words[0].lower() in _NOT_A_TOWN:
        words = words[1:]
    words = words[:next((i for i, w in enumerate(words) if w.lower() in _NOT_A_TOWN), len(words))]
    if not words:
        return None
    town = " ".join(w.title() if w.isupper() else w for w in words)
    for n in range(len(words), 0, -1):       # "Brooklyn Center In The": the longest known run first
        known = world_city(" ".join(w.title() if w.isupper() else w for w in words[:n]))
        if known:
            return known
    return town if sure else None


def council_town(texts: list[str]) -> str | None:
    """The one town the opening's council names or addresses from; None when none, or two differ."""
    found = []
    for text in texts:
        found += [t for m in _COUNCIL.finditer(text) if (t := _town(m[1], sure=True))]
        found += [t for m in _CITY_OF.finditer(text) if (t := _town(m[1], sure=True))]
        found += [t for m in _ADDRESS.finditer(text) if (t := _town(m[1], sure=True))]
    return found[0] if len(set(found)) == 1 else None
