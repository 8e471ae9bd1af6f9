"""Which organisation a name in a draft is, and which ones saving the draft would create (unconfirmed): the
review screen marks every one of those as new before saving (services/import_save.py saves)."""
from __future__ import annotations

import re
from typing import NamedTuple

import sqlalchemy as sa

from ..extensions import db
from ..importer import Reference
from ..models import Organisation
from ..textnorm import normalise
from .branches import branch_named, branch_parent
from .governors import governors_office as _governors_office
from .imports import reference_from_db


def _org(name: str | None, ref: Reference, by_name: dict):
    """The organisation a name is: exactly, else a body's branch in a governorate (that branch or none, never the
    body's headquarters), else the first organisation the name holds."""
    if not name:
        return None
    if exact := ref.organisation(name):
        return by_name.get(exact)
    said, branch = branch_named(name, ref, by_name)
    if said:
        return branch
    if branch_parent(name, ref, by_name) is not None:
        return None      # "Ministry of Finance – Ninewa Finance Directorate": a new directorate under it, not the ministry
    canonical = (ref.organisations_in(name) or [None])[0]
    if canonical:
        return by_name.get(canonical)
    from .governors import governors_office
    return governors_office(None, name, by_name, ref)   # "محافظة نينوى", "ديوان محافظة نينوى": that office


def _ownable(name) -> bool:
    """An owner as a report writes one ("UNHCR", "FSAC partners"), not a sentence taken for one."""
    return bool(name and name.strip() and len(name) <= OWNER_AT_MOST)


OWNER_AT_MOST = 120


def _known(new: dict, ref, orgs):
    """A proposed organisation the app has after all (a body's branch written with the body's full name)."""
    return next((o for n in [new.get("name"), *new.get("written", [])] if (o := _org(n, ref, orgs))), None)


class Unknown(NamedTuple):
    """The organisations a save would create (unconfirmed), by where the draft names them."""
    owners: set
    present: set
    participants: set      # the organisations written on participants' rows
    bodies: set            # the bodies escalations are raised to
    proposed: frozenset = frozenset()  # the names the participants' new organisations are created under
    owner_rows: frozenset = frozenset()   # the owners as the rows write them whose saving creates one of `owners`
    secretariat: frozenset = frozenset()  # the owners that name the forum's secretariat

    @property
    def all(self) -> list[str]:
        seen = {}
        for name in sorted(self.owners | self.present | self.proposed | self.bodies, key=str.casefold):
            seen.setdefault(normalise(name), name)
        return list(seen.values())


def unknown_names(data: dict, forum=None) -> Unknown:
    """Every organisation that saving the draft would create, as the save decides it (the review screen marks
    each as new before saving)."""
    from .import_save import LEVELS
    ref = reference_from_db()
    orgs = {o.name: o for o in db.session.scalars(sa.select(Organisation))}
    folded = {normalise(n) for n in orgs}

    def new(name) -> bool:
        return bool(name and name.strip()) and not (_org(name, ref, orgs) or normalise(name.strip()) in folded)

    owner_rows, owners, secretariat = set(), set(), set()
    for o in {i.get("owner") for k in ("actions", "commitments") for i in data.get(k, []) if not i.get("escalation")}:
        if not _ownable(o):
            continue
        if forum is not None and is_secretariat(o, ref):       # saved as the forum's own (forum_secretariat)
            secretariat.add(o)
            if f"{forum.name} secretariat" not in orgs:
                owner_rows.add(o)
                owners.add(f"{forum.name} secretariat")
            continue
        parts = {p for p in (joint_owners(o, ref) or [o]) if new(p)}     # each body of "NRC and Harikar"
        if parts:
            owner_rows.add(o)
            owners |= parts
    present = {r.get("name") for r in data.get("organisations", [])}
    named = {p.get("organisation") for p in data.get("participants", [])} | \
        {p.get("organisation_text") for p in data.get("participants", [])}
    participants, proposed_names = set(), set()
    for proposed in data.get("new_organisations", []):
        written = {proposed.get("name"), *proposed.get("written", [])}
        if named & written and not _known(proposed, ref, orgs) and new(proposed.get("name")):
            participants |= {w for w in written & named if w}
            proposed_names.add(proposed["name"].strip())
    bodies = {e["body"] for e in data.get("escalations", []) if e.get("body") and e["body"] not in LEVELS
              and new(e["body"]) and not (forum and _governors_office(forum, e["body"], orgs, ref))}
    return Unknown(owners, {n for n in present if new(n)}, participants, bodies, proposed_names,
                   frozenset(owner_rows), frozenset(secretariat))


# "Secretariat", "the JCF secretariat", "الأمانة", "سكرتارية المنتدى": the secretariat of the forum that met
SECRETARIAT = re.compile(r"(?i)^(?:the\s+)?(?:\S+\s+){0,2}secretariat$|^(?:ال)?(?:أمانة|امانة|سكرتارية|سكرتاريا)"
                          r"(?:\s+\S+){0,2}$|^(?:ال)?(?:أمانة|امانة|سكرتارية)$")


def is_secretariat(name: str | None, ref: Reference) -> bool:
    return bool(SECRETARIAT.match((name or "").strip(" ."))) and not ref.organisation(name)


def forum_secretariat(actor, forum, orgs, ref, make) -> Organisation:
    """One organisation per forum stands for its secretariat (no body runs every forum's): created unconfirmed the
    first time a report gives it a task (make: how an unknown organisation is created), so an admin may merge it
    into the body that holds the secretariat."""
    name = f"{forum.name} secretariat"        # stored names are not translated: the Arabic one beside it
    made = orgs.get(name) or db.session.scalar(sa.select(Organisation).where(Organisation.name == name))
    if made is None:
        made = make(actor, name, None, orgs, ref)
        made.name_ar = f"أمانة {forum.name_ar or forum.name}"
    orgs[name] = made
    return made


# "NRC and Harikar", "IOM, DRC & Hope Trust": bodies named side by side (English joins; an Arabic "و" also joins the
# words of one name, "وزارة الهجرة والمهجرين", so Arabic owners are split only by the reference list)
_JOINS = re.compile(r"\s*(?:,|&|/|\band\b)\s*")
_ALONGSIDE = re.compile(r"(?i)\s+(?:in\s+(?:close\s+)?(?:coordination|collaboration|cooperation|partnership)\s+with|"
                        r"with\s+the\s+support\s+of|supported\s+by|و?(?:بالتنسيق|بالتعاون|بالشراكة)\s+مع|بدعم\s+من)\s+")
_BODY_NAME = re.compile(r"[A-Z][A-Za-z'’.-]*(?:\s+(?:[A-Z][A-Za-z'’.-]*|of|for|the)){0,4}")


def joint_owners(name: str | None, ref: Reference) -> list[str] | None:
    """The bodies an owner names side by side when one at least is known and every other reads as a body's name
    (an acronym or capitalised words: "Harikar", "Hope Trust"), else None ("UNHCR and partners", "Ministry of
    Labour and Social Affairs" are one owner). Pure."""
    if not name or ref.organisation(name):
        return None
    lead, *alongside = _ALONGSIDE.split(name.strip(" ."), maxsplit=1)
    if alongside and lead.strip() and alongside[0].strip():   # "UNICEF in coordination with the DoE": said outright
        return [re.sub(r"(?i)^the\s+", "", p) for part in (lead, alongside[0])
                for p in (joint_owners(part, ref) or [part.strip()])]
    pieces = re.split(f"({_JOINS.pattern})", name.strip(" ."))    # the names, the joins kept between them
    parts, i = [], 0
    while i < len(pieces):      # the longest run that is one known name: "Ministry of Migration and Displacement"
        j = next((j for j in range(len(pieces) - 1, i, -2) if ref.organisation("".join(pieces[i:j + 1]))), i)
        parts.append("".join(pieces[i:j + 1]).strip())
        i = j + 2
    parts = [p for p in parts if p]
    if len(parts) < 2 or not any(ref.organisation(p) for p in parts):
        return None
    return parts if all(ref.organisation(p) or _BODY_NAME.fullmatch(p) for p in parts) else None
