"""One order for a whole inline roll: minutes write each entry the same way, "Body (Person)" or "Person (Body)".
Where most entries are plainly a body with its people in brackets ("CARE (Ana Ruiz)", "WHO (Li Wei, Omar Said)"),
an entry whose body the reference does not know ("Harbourside (Lena Berg)") is read the same way, not as a person
called "Harbourside". Pure."""
from __future__ import annotations

import re

from .grouped_people import body_then_people
from .inline_people import _names

_BRACKETED = re.compile(r"(?P<outer>[^()]{2,60}?)\s*\((?P<inner>[^()]+)\)")


def in_one_order(entries: list[str], ref) -> list[str]:
    """The entries as "person (body)" items: each entry that body_then_people reads as a body and its people, or
    that holds two names or more in its brackets ("UNHCR (Ana Ruiz and Li Wei)"); and, when those are two or more
    and most of the bracketed entries, every other "X (one person's name)" entry too."""
    read = [body_then_people(e, ref) for e in entries]
    read = [_people_of_body(e, 2) or r if r == [e] else r for e, r in zip(entries, read)]
    turned = sum(1 for e, r in zip(entries, read) if r != [e])
    bracketed = sum(1 for e in entries if _BRACKETED.fullmatch(e.strip()))
    body_first = turned >= 2 and turned * 3 >= bracketed * 2
    return [item for e, r in zip(entries, read) for item in (_people_of_body(e, 1) if body_first and r == [e] else None) or r]


def _people_of_body(entry: str, least: int) -> list[str] | None:
    """"Harbourside (Lena Berg)" -> ["Lena Berg (Harbourside)"]: a few words that are no person's name, then at
    least `least` names alone in brackets; else None."""
    m = _BRACKETED.fullmatch(entry.strip())
    names = _names(m["inner"]) if m else None
    if not names or len(names) < least or any(own for _n, own in names) or _names(m["outer"]) or \
            len(m["outer"].split()) > 4:
        return None
    return [f"{name} ({m['outer'].strip()})" for name, _own in names]
