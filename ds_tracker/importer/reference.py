"""What the parser knows of the world: organisations, places, forums and themes, matched by name, acronym or
alias in either language. Built from the database by the app, or from the seed data when run alone."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import normalise
from . import vocab


@dataclass
class Entry:
    name: str
    words: list[str]           # normalised spellings
    kind: str | None = None    # place kind, org type...
    parent: str | None = None


def _pattern(words):
    alts = sorted({w for w in words if w and len(w) > 1}, key=len, reverse=True)
    if not alts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")


@dataclass
class Reference:
    organisations: list[Entry] = field(default_factory=list)
    places: list[Entry] = field(default_factory=list)
    forums: list[Entry] = field(default_factory=list)

    def __post_init__(self):
        self._org_index = {w: e for e in self.organisations for w in e.words}
        self._place_index = {w: e for e in self.places for w in e.words}
        self._org_re = _pattern(self._org_index)
        self._place_re = _pattern(self._place_index)

    @classmethod
    def from_records(cls, organisations, places, forums):
        """From model objects (or anything with the same attributes)."""
        return cls(
            organisations=[Entry(o.name, _spellings(o.name, getattr(o, "name_ar", None), getattr(o, "acronym", None),
                                                    *(o.aliases or [])), getattr(getattr(o, "type", None), "value", None))
                           for o in organisations],
            places=[Entry(p.name, _spellings(p.name, p.name_ar, *(p.aliases or [])), getattr(p.kind, "value", p.kind),
                          p.parent.name if getattr(p, "parent", None) else None) for p in places],
            forums=[Entry(f.name, _spellings(f.name, getattr(f, "name_ar", None), getattr(f, "code", None)),
                          getattr(f.kind, "value", f.kind), getattr(getattr(f, "governorate", None), "name", None))
                    for f in forums])

    @classmethod
    def from_seed(cls):
        from .. import seed_data as s
        orgs = [Entry(n, _spellings(n, ar, acr, *al), kind, parent) for n, ar, acr, kind, al, parent in s.ORGANISATIONS]
        arabic = {n: ar for n, ar, _al in s.GOVERNORATES}
        for gov in s.MOMD_BRANCH_GOVERNORATES:
            orgs.append(Entry(f"MoMD {gov} Branch", _spellings(
                f"MoMD {gov} Branch", f"MoMD {gov}", f"MoMD branch in {gov}", f"{gov} branch of MoMD",
                f"فرع وزارة الهجرة والمهجرين في {arabic[gov]}"), "government",
                "Ministry of Migration and Displacement"))
        for gov in s.GOVERNORATE_OFFICE_GOVERNORATES:
            orgs.append(Entry(f"{gov} Governorate Office", _spellings(
                f"{gov} Governorate Office", f"{gov} Governor Office", f"{gov} Governor's Office", f"{gov} Governorate",
                f"ديوان محافظة {arabic[gov]}"), "government"))
        places = [Entry("Kurdistan Region", _spellings("Kurdistan Region", "إقليم كردستان", "KRI"), "region")]
        places += [Entry(n, _spellings(n, ar, *al), "governorate") for n, ar, al in s.GOVERNORATES]
        for gov, rows in s.DISTRICTS.items():
            places += [Entry(n, _spellings(n, ar, *al), "district", gov) for n, ar, al in rows]
        places += [Entry(n, _spellings(n, ar, *al), "area", gov) for n, ar, al, gov, _d in s.AREAS]
        forums = [Entry(n, _spellings(n, ar, code), kind, gov) for n, ar, code, kind, gov, _c in s.FORUMS]
        return cls(orgs, places, forums)

    # --- look-ups ---------------------------------------------------------------------------
    def organisation(self, text: str | None) -> str | None:
        """The organisation the text names exactly (name, acronym or alias), else None.
        "Ministry of Planning (MoP)" is tried whole and without the brackets."""
        text = _clean(text)
        candidates = [text]
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text or "")
        if m:
            candidates.append(m[1])   # "Ministry of Planning (MoP)"; never "Omar Khalil (UNHCR)" by its bracket
        bare = re.sub(r"^(?:the\s+|منظمة\s+|وكالة\s+)", "", candidates[-1] or "", flags=re.I)
        if bare != candidates[-1]:
            candidates.append(bare)   # "منظمة اليونيسف", "the UNHCR": the kind of body, then its known name
        for candidate in candidates:
            key = normalise(candidate)
            if key in self._org_index:
                return self._org_index[key].name
        return None

    def organisations_in(self, text: str) -> list[str]:
        if not self._org_re or not text:
            return []
        found = []
        for m in self._org_re.finditer(normalise(text)):
            name = self._org_index[m[0]].name
            if name not in found:
                found.append(name)
        return found

    def places_in(self, text: str) -> list[str]:
        if not self._place_re or not text:
            return []
        found = []
        for m in self._place_re.finditer(normalise(text)):
            name = self._place_index[m[0]].name
            if name not in found:
                found.append(name)
        return found

    def place(self, text: str | None) -> Entry | None:
        return self._place_index.get(normalise(_clean(text)))


def _clean(text):
    return re.sub(r"[\s.,;:\[\]]+$", "", (text or "").strip())


def _spellings(*names) -> list[str]:
    out = []
    for n in names:
        if n and normalise(n) not in out:
            out.append(normalise(n))
            bare = normalise(n).replace("'", "").replace("-", " ")
            if bare not in out:
                out.append(bare)
    return out


def theme_of(text: str) -> list[str]:
    t = normalise(text)
    return [theme.lower() for theme, words in vocab.THEME_WORDS.items()
            if any(re.search(r"(?<!\w)" + re.escape(normalise(w)), t) for w in words)][:3]
