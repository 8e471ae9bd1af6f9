"""A body's branch in a governorate, as a report writes it ("Ministry of Migration and Displacement – Ninewa
branch", "MoMD Ninewa branch", "وزارة الهجرة والمهجرين / فرع نينوى"), is that branch organisation when the app has
it: a child of the body whose name names the governorate. Read by the parent body plus the governorate, so the
action is never owed by the ministry's headquarters, nor a duplicate of the branch created."""
from __future__ import annotations

import re

from ..importer import Reference
from ..textnorm import normalise

_BRANCH = re.compile(r"(?i)\bbranch(?:es)?\b|(?<![\u0600-\u06ff])(?:ب|و)?فرع(?![\u0600-\u06ff])")
# a ministry's directorate in a governorate: "Ninewa Finance Directorate", "مديرية مالية نينوى", "دائرة صحة كركوك"
_DIRECTORATE = re.compile(r"(?i)\bdirectorate\b|(?<![\u0600-\u06ff])(?:مديرية|دائرة)\s+(?:ال)?(?P<subject>[\u0600-\u06ff]+)")


def branch_named(name: str | None, ref: Reference, orgs: dict) -> tuple[bool, object | None]:
    """(said, branch): said when the name is a known body's branch in a known governorate; branch is that
    organisation, or None when the app has none (the written name is then proposed as a new organisation)."""
    if not name or not _BRANCH.search(name):
        return False, None
    governorates = _governorates(name, ref)
    bodies = [orgs[n] for n in ref.organisations_in(name) if n in orgs]
    if not governorates or not bodies:
        return False, None
    for body in bodies:
        if body.parent is not None and _in(body, governorates, ref):
            return True, body          # the name holds the branch's own name
    for body in bodies:
        child = next((c for c in orgs.values() if c.parent_id == body.id and c.is_active
                      and _in(c, governorates, ref)), None)
        if child is not None:
            return True, child
    return True, None


def _governorates(text: str, ref: Reference) -> set[str]:
    found = set()
    for name in ref.places_in(text):
        place = ref.place(name)
        if place is not None and place.kind == "governorate":    # a district names no branch: too loose
            found.add(place.name)
    return found


def _in(org, governorates: set[str], ref: Reference) -> bool:
    """The organisation's name (either language, or an alias) names one of the governorates."""
    names = " | ".join(n for n in (org.name, org.name_ar, *(org.aliases or [])) if n)
    return bool(_governorates(names, ref) & governorates)


def branch_parent(name: str | None, ref: Reference, orgs: dict):
    """The body a branch or directorate in a governorate belongs to, for the new organisation made of it
    ("Ministry of Finance – Ninewa Finance Directorate", "مديرية مالية نينوى" -> the Ministry of Finance), so the
    body's focal points see what it owes; None when the name says no such thing."""
    if not name or not _governorates(name, ref):
        return None
    directorate = _DIRECTORATE.search(name)
    if not (_BRANCH.search(name) or directorate):
        return None
    bodies = [orgs[n] for n in ref.organisations_in(name) if n in orgs and orgs[n].parent_id is None]
    if bodies:
        return bodies[0]
    subject = directorate["subject"] if directorate and directorate["subject"] else None
    if subject:      # "مديرية مالية": the directorate of the ministry "وزارة المالية"
        wanted = {normalise(f"وزارة ال{subject}"), normalise(f"وزارة {subject}")}
        return next((o for o in orgs.values() if o.parent_id is None and o.name_ar
                     and normalise(o.name_ar) in wanted), None)
    return None

