"""`flask seed`: load the reference data, idempotently, through the service layer (so it is in the trail)."""
from datetime import date

import sqlalchemy as sa

from . import seed_data as data
from .extensions import db
from .models import CoChairSide, Forum, ForumKind, Organisation, OrganisationType, Place, PlaceKind, Theme
from .services import reference
from .services.core import SYSTEM


def _get(model, **where):
    return db.session.scalar(sa.select(model).filter_by(**where))


def _ensure(model, where: dict, **values):
    found = _get(model, **where)
    if found is not None:
        if values.get("name_ar") and not found.name_ar:   # an Arabic name added to the list since the last seed
            reference.update(SYSTEM, found, name_ar=values["name_ar"])
        new = [a for a in values.get("aliases") or [] if a not in (found.aliases or [])]
        if new and hasattr(found, "aliases"):             # spellings added since: kept beside the admin's own
            reference.update(SYSTEM, found, aliases=[*(found.aliases or []), *new])
        return found, False
    return reference.create(SYSTEM, model, **where, **values), True


def seed() -> dict:
    created = {"places": 0, "themes": 0, "organisations": 0, "forums": 0, "co-chairs": 0}

    def count(kind, pair):
        created[kind] += pair[1]
        return pair[0]

    iraq = count("places", _ensure(Place, {"name": "Iraq", "parent": None}, name_ar="العراق", kind=PlaceKind.COUNTRY,
                                   aliases=[]))
    kri = count("places", _ensure(Place, {"name": "Kurdistan Region", "parent": iraq}, name_ar="إقليم كردستان",
                                  kind=PlaceKind.REGION, aliases=["KRI", "Kurdistan Region of Iraq", "KRG"]))
    governorates = {}
    for name, ar, aliases in data.GOVERNORATES:
        parent = kri if name in data.KRI_GOVERNORATES else iraq
        governorates[name] = count("places", _ensure(Place, {"name": name, "parent": parent}, name_ar=ar,
                                                     kind=PlaceKind.GOVERNORATE, aliases=aliases))
    districts = {}
    for gov, rows in data.DISTRICTS.items():
        for name, ar, aliases in rows:
            districts[(gov, name)] = count("places", _ensure(Place, {"name": name, "parent": governorates[gov]},
                                                             name_ar=ar, kind=PlaceKind.DISTRICT, aliases=aliases))
    for name, ar, aliases, gov, district in data.AREAS:
        parent = districts[(gov, district)] if district else governorates[gov]
        count("places", _ensure(Place, {"name": name, "parent": parent}, name_ar=ar, kind=PlaceKind.AREA,
                                aliases=aliases))

    for name, ar in data.THEMES:
        count("themes", _ensure(Theme, {"name": name}, name_ar=ar))

    for name, ar, acronym, kind, aliases, parent in data.ORGANISATIONS:
        count("organisations", _ensure(Organisation, {"name": name}, name_ar=ar, acronym=acronym,
                                       type=OrganisationType(kind), aliases=aliases,
                                       parent=_get(Organisation, name=parent) if parent else None))
    momd = _get(Organisation, name="Ministry of Migration and Displacement")
    for gov in data.MOMD_BRANCH_GOVERNORATES:
        count("organisations", _ensure(Organisation, {"name": f"MoMD {gov} Branch"}, type=OrganisationType.GOVERNMENT,
                                       aliases=[f"MoMD {gov}", f"MoMD branch in {gov}", f"{gov} branch of MoMD"],
                                       name_ar=f"فرع وزارة الهجرة والمهجرين في {governorates[gov].name_ar}",
                                       parent=momd))
    for gov in data.GOVERNORATE_OFFICE_GOVERNORATES:
        count("organisations", _ensure(Organisation, {"name": f"{gov} Governorate Office"},
                                       type=OrganisationType.GOVERNMENT,
                                       aliases=[f"{gov} Governor Office", f"{gov} Governor's Office", f"{gov} Governorate"],
                                       name_ar=f"ديوان محافظة {governorates[gov].name_ar}"))

    for name, ar, code, kind, gov, confidential in data.FORUMS:
        governorate = _get(Place, name=gov) if gov else None
        forum = count("forums", _ensure(Forum, {"name": name}, name_ar=ar, code=code, kind=ForumKind(kind),
                                        governorate=governorate, confidential=confidential,
                                        recurrence=data.RECURRENCE.get(code)))
        if name in data.JCF_AID_CO_CHAIRS_2024 and not forum.co_chairs:
            org_name, note = data.JCF_AID_CO_CHAIRS_2024[name]
            org = _get(Organisation, name=org_name)
            reference.add_co_chair(SYSTEM, forum, side=CoChairSide.AID, organisation=org, starts_on=date(2024, 1, 1),
                                   note=note or "at launch (2024)")
            created["co-chairs"] += 1
    return created
