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


def person_from_input(actor, text: str | None) -> Person | None:
    """'Name (#12)' picked from the suggestions is person 12; any other name is a new person."""
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
    return create_person(actor, name=text)


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
