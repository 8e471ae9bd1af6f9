"""The town a report names for itself when no list of places reads it where the usual fields stand: a town's own
body ("City of X", "X City Council", "بلدية X"), a venue then its town ("at the Hotel Y in X"), a town declared a
city ("في مدينة X"). Only the report's opening lines. Pure."""
from __future__ import annotations

import re

from .abroad import world_city

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
# "City of Austin", "CITY OF COLUMBIA HEIGHTS CITY COUNCIL": the words after "City of", up to the next generic one
_CITY_OF = re.compile(r"\b(?:City|CITY|Town|TOWN|Municipality|MUNICIPALITY) (?:of|OF) (" + _NAME + ")")
# "المجلس البلدي لبلدية المنستير", "بلدية الواحة": the municipality is named for its town
_BALADIYA = re.compile(r"(?<![\u0621-\u064a])(?:ل|ب)?بلدية\s+([\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]{3,})?)")
# "at the Hotel Uni Resort in Cox's Bazar", "at the Youth Centre in Kisumu": a venue, then its town
_VENUE_IN = re.compile(r"\b(?:at|in)\s+the\s+[^,.;]{3,60}?\s+in\s+(" + _NAME + ")")
# "في مدينة X" / "بمدينة X": the word after "city" is a city, whatever list knows it
_MADINA = re.compile(r"(?<![\u0621-\u064a])(?:في\s+|ب)مدينة\s+([\u0621-\u064a]{3,})(?=\s*(?:[،,.؛]|$)|\s+(?:في|و|يوم)\s)")


def _known(words: list[str], ref, least: int = 0) -> str | None:
    """The longest run of the first words that a list knows as a place."""
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        place = ref.place(name)
        if place:
            return place.name
        if world_city(name, least):
            return world_city(name, least)
    return None


def own_town(texts: list[str], ref) -> str | None:
    """The one town the opening names as a town's own body, or as a venue's town, or declares a city; None when
    it names none, or two different ones (a report about several towns says nothing of where it met)."""
    found = []
    for text in texts:
        for m in _CITY_OF.finditer(text):
            words = m[1].split()
            words = [w.title() if w.isupper() else w for w in words]
            found += [t for t in [_known(words, ref)] if t]
        for m in _BALADIYA.finditer(text):
            words = m[1].split()
            found += [t for t in [_known(words, ref)] if t]
        for m in _VENUE_IN.finditer(text):
            found += [t for t in [_known(m[1].split(), ref, 100_000)] if t]
        found += [m[1] for m in _MADINA.finditer(text)]
    return found[0] if len(set(found)) == 1 else None
