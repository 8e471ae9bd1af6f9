"""The governor a report names ("the Governor of Ninewa", "Ninewa Governor", "محافظ نينوى", "المحافظ") is that
governorate's office, when the app has one: letters and recommendations go there, never to a new organisation
named "Governor"."""
from __future__ import annotations

import re

from ..importer import Reference
from ..textnorm import normalise
from .imports import reference_from_db

_GOVERNOR = re.compile(r"(?i)(?:the\s+)?(?:(?P<before>[A-Z][\w-]+)\s+)?(?:deputy\s+)?governor(?:['’]s\s+office)?"
                       r"(?:\s+of\s+(?P<after>[A-Z][\w-]+))?|(?:ال)?محافظ(?:\s+(?P<ar>\S+))?|مكتب\s+المحافظ|"
                       r"ديوان\s+المحافظة|(?:ال)?محافظة|(?:ديوان\s+)?محافظة\s+(?P<gov>[^\s()]+)|"
                       r"(?P<gov_en>[A-Z][\w-]+)\s+Governorate(?:\s+Office)?")


def governors_office(forum, name: str, orgs: dict, ref: Reference | None = None):
    """"the Governor", "Ninewa Governor", "the Governor's office", "المحافظ": that governorate's office when the app
    has it (the forum's own when none is named), not a new organisation named "Governor"."""
    m = _GOVERNOR.fullmatch((name or "").strip())
    if not m:
        return None
    named = next((w for w in (m["before"], m["after"], m["ar"], m["gov"], m["gov_en"])
                  if w and w.lower() not in ("deputy", "the")), None)
    place = (ref or reference_from_db()).place(named) if named else None
    if named and place is None:
        return None       # a governorate the gazetteer does not know: not the forum's own
    governorate = place.parent if place and getattr(place, "parent", None) and place.kind != "governorate" else (
        place.name if place else (forum.governorate.name if forum is not None and forum.governorate else None))
    if not governorate:
        return None
    wanted = normalise(f"{governorate} Governorate Office")
    return next((o for n, o in orgs.items() if normalise(n) == wanted), None)


# the same names inside a sentence: "recommends that the Governor of Ninewa direct ...", "يوصي المنتدى السيد محافظ
# نينوى بتوجيه ..." ("محافظة", the governorate, is no governor)
_GOVERNOR_IN = re.compile(r"(?:\bthe\s+)?(?:\b(?-i:[A-Z])[\w-]+\s+)?\bgovernor\b(?:['’]s\s+office)?(?:\s+of\s+(?-i:[A-Z])[\w-]+)?|"
                          r"(?<![\u0600-\u06ff])(?:ال)?محافظ(?![\u0600-\u06ff])(?:\s+[\u0600-\u06ff]+)?", re.I)


def addressed_governor(text: str) -> str | None:
    """The first governor a text names, as governors_office reads it ("Provincial Governor": no place, no office)."""
    m = _GOVERNOR_IN.search(text or "")
    return m[0] if m else None
