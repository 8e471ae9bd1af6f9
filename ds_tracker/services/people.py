"""People (who need not have accounts), and finding people and organisations by what was typed."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

import re

import sqlalchemy as sa

from ..extensions import db
from ..models import Operation, Organisation, Person
from ..textnorm import normalise
from .core import ValidationFailed, clean, created_fields, log, principal_for, require

_ID_SUFFIX = re.compile(r"\(#(\d+)\)\s*$")


def create_person(actor, *, name: str, name_ar=None, aliases=(), gender=None, email=None, phone=None) -> Person:
    who = principal_for(actor)
    require(who.is_admin or who.is_staff, _l("Only secretariats, co-chairs and admins add people."))
    if not clean(name):
        raise ValidationFailed({"person": _l("Give the person's name.")})
    person = Person(name=clean(name), name_ar=clean(name_ar), aliases=[a for a in aliases if clean(a)],
                    gender=gender, email=clean(email), phone=clean(phone))
    db.session.add(person)
    db.session.flush()
    log(actor, person, Operation.CREATE, created_fields(person, ["name", "name_ar", "aliases", "gender", "email"]))
    return person


def keep_spelling(actor, person: Person, spelling: str) -> None:
    """A report wrote a known person another way ("علي جهانكير" for Ali Jahankeer): the spelling is kept, as the
    Arabic name when there is none yet, else among the aliases, so the next report finds them by it."""
    spelling = clean(spelling)
    if not spelling or normalise(spelling) in {normalise(s) for s in [person.name, person.name_ar,
                                                                       *(person.aliases or [])] if s}:
        return
    require(principal_for(actor).is_admin or principal_for(actor).is_staff,
            _l("Only secretariats, co-chairs and admins add people."))
    if re.search("[\u0600-\u06ff]", spelling) and not person.name_ar:
        log(actor, person, Operation.UPDATE, {"name_ar": [None, spelling]})
        person.name_ar = spelling
    else:
        log(actor, person, Operation.UPDATE, {"aliases": [list(person.aliases or []), [*(person.aliases or []),
                                                                                        spelling]]})
        person.aliases = [*(person.aliases or []), spelling]
    db.session.flush()


SAME_NAME = 88    # rapidfuzz score over normalised names: "Ali Jahankeer" / "Ali Al-Jahankeer", "Georgi"/"Giorgi"


def person_from_input(actor, text: str | None, *, field: str = "person", new_ok: bool = False) -> Person | None:
    """'Name (#12)' picked from the suggestions is person 12; any other name is a new person, but a name that
    closely matches someone known is asked about first (new_ok: the user said it is someone else)."""
    text = clean(text)
    if not text:
        return None
    if m := _ID_SUFFIX.search(text):
        # Only a person the actor may read is reused: a hidden one is treated as missing, so typing
        # "x (#230)" never puts the name of someone known only from a confidential meeting on a page.
        from .. import access
        person = access.get(Person, int(m[1]), principal_for(actor))
        if person is not None:
            return person
        text = _ID_SUFFIX.sub("", text).strip()
    who = principal_for(actor)
    if not new_ok and (known := close_matches(text, who)):
        details = people_details([p.id for p in known], who)
        names = "; ".join(f"{p.name} (#{p.id}{', ' + details[p.id] if details.get(p.id) else ''})" for p in known)
        raise ValidationFailed({field: _l("“%(name)s” looks like someone already known: %(names)s. Pick them from "
                                          "the suggestions, or tick “a new person”.", name=text, names=names)})
    return create_person(actor, name=text)


def close_matches(text: str, who, limit: int = 3) -> list[Person]:
    """People the user may read whose name or an alias is spelt almost like `text`."""
    from rapidfuzz import fuzz, process

    from .. import access
    wanted = normalise(text)
    if len(wanted) < 3:
        return []
    spellings = {}
    for pid, name, aliases in db.session.execute(sa.select(Person.id, Person.name, Person.aliases)
                                                 .where(access.person(who))):
        for i, spelling in enumerate([name, *(aliases or [])]):
            spellings[(pid, i)] = normalise(spelling or "")
    found = process.extract(wanted, spellings, scorer=fuzz.token_sort_ratio, limit=limit * 3, score_cutoff=SAME_NAME)
    digits = re.findall(r"\d+", wanted)          # "Participant 01" is not "Participant 02"
    ids = list(dict.fromkeys(key[0] for spelling, _score, key in found
                             if re.findall(r"\d+", spelling) == digits))[:limit]
    people = {p.id: p for p in db.session.scalars(sa.select(Person).where(Person.id.in_(ids)))} if ids else {}
    return [people[i] for i in ids if i in people]


def people_details(person_ids, who) -> dict[int, str]:
    """What tells namesakes apart: the position and organisation at their last meeting the user may read,
    and that meeting."""
    from .. import access
    from ..models import Attendance, Meeting
    if not person_ids:
        return {}
    last = sa.select(sa.func.max(Attendance.id)).where(Attendance.person_id.in_(list(person_ids)),
                                                       access.attendance(who)).group_by(Attendance.person_id)
    rows = db.session.execute(sa.select(Attendance.person_id, Attendance.position, Organisation.acronym,
                                        Organisation.name, Attendance.organisation_text, Meeting.title,
                                        Meeting.starts_on)
                              .join(Meeting, Meeting.id == Attendance.meeting_id)
                              .outerjoin(Organisation, Organisation.id == Attendance.organisation_id)
                              .where(Attendance.id.in_(last))).all()
    out = {}
    for pid, position, acronym, org_name, org_text, title, day in rows:
        who = ", ".join(x for x in (position, acronym or org_name or org_text) if x)
        seen = f"{title} {day.isoformat() if day else ''}".strip()
        out[pid] = " · ".join(x for x in (who, seen) if x)
    return out


def suggest_people(text: str, who, limit: int = 10) -> list[Person]:
    """People the user may read whose name or alias contains what was typed (case-insensitive)."""
    from .. import access
    text = clean(_ID_SUFFIX.sub("", text or ""))
    if not text or len(text) < 2:
        return []
    pattern = f"%{text}%"
    return db.session.scalars(sa.select(Person).where(access.person(who), sa.or_(
        Person.name.ilike(pattern), Person.name_ar.ilike(pattern), sa.cast(Person.aliases, sa.Text).ilike(pattern)))
        .order_by(Person.name).limit(limit)).all()


def find_organisation(text: str | None) -> Organisation | None:
    """The organisation whose name, acronym or alias is exactly what was typed (ignoring case and accents)."""
    wanted = normalise(clean(text) or "")
    if not wanted:
        return None
    for org in db.session.scalars(sa.select(Organisation)):
        names = [org.name, org.acronym, org.label, org.name_ar, *org.aliases]
        if any(n and normalise(n) == wanted for n in names):
            return org
    return None
