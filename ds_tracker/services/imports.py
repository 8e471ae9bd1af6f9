"""From a report to a saved meeting: the draft (stored, editable, resumable) and the one-transaction save."""
from __future__ import annotations

import re
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..importer import Reference, parse
from ..models import (DraftStatus, Forum, Operation, Organisation, Person, Place, ReportDraft, Theme)
from ..models.base import utcnow
from ..status import EscalationLevel
from ..textnorm import normalise
from . import actions as action_service
from . import escalation, meetings, recommendations
from .core import ValidationFailed, clean, log, principal_for, require, trail_note
from .people import create_person

KINDS = {   # the draft's lists and the fields a reviewer may edit in each
    "participants": ["name", "position", "organisation", "group"],
    "sessions": ["title", "presenter"],
    "groups": ["name", "theme"],
    "recommendations": ["text", "group"],
    "actions": ["text", "owner", "due"],
    "commitments": ["text", "owner"],
}
PREFIX = {"participants": "p", "sessions": "s", "groups": "g", "recommendations": "r", "actions": "a",
          "commitments": "c"}
LEVELS = {"Council of Ministers": EscalationLevel.COUNCIL_OF_MINISTERS,
          "Prime Minister's Office": EscalationLevel.PM_OFFICE,
          "Supreme Committee": EscalationLevel.SUPREME_COMMITTEE}
SAME_PERSON = 92      # a name this close is proposed already picked (the reviewer can untick it)
MAYBE_PERSON = 80     # this close is proposed, not picked


def reference_from_db() -> Reference:
    """The organisations, places and forums the database knows; the seed lists while it knows none."""
    if not db.session.scalar(sa.select(Organisation.id).limit(1)):
        return Reference.from_seed()
    return Reference.from_records(db.session.scalars(sa.select(Organisation)).all(),
                                  db.session.scalars(sa.select(Place)).all(),
                                  db.session.scalars(sa.select(Forum)).all())


def _may_import(actor) -> bool:
    who = principal_for(actor)
    return who.is_admin or who.is_staff


def create_draft(actor, *, text: str, filename: str | None = None, source_path: str | None = None,
                 warnings=(), forum=None) -> ReportDraft:
    require(_may_import(actor), _l("Only secretariats, co-chairs and admins import reports."))
    if not clean(text):
        raise ValidationFailed({"text": _l("Paste the report's text or upload its file.")})
    data = parse(text, reference_from_db())
    data["warnings"] = list(warnings) + data["warnings"]
    for kind, prefix in PREFIX.items():
        for i, item in enumerate(data.get(kind, []), start=1):
            item["id"] = f"{prefix}{i}"
    _propose_people(data)
    if forum is None and data.get("forum"):
        forum = db.session.scalar(sa.select(Forum).where(Forum.name == data["forum"]))
    draft = ReportDraft(user_id=actor.id, forum=forum, title=(data.get("title") or "")[:300] or None,
                        source_text=text, source_filename=filename, source_path=source_path, data=data)
    db.session.add(draft)
    db.session.flush()
    log(actor, draft, Operation.CREATE, {"title": [None, draft.title], "file": [None, filename]})
    return draft


def _propose_people(data: dict) -> None:
    """Who each participant may already be: proposals for the reviewer, never a silent merge."""
    from rapidfuzz import process   # here, not at the top: every command and worker would load it at start
    people = db.session.execute(sa.select(Person.id, Person.name, Person.aliases)).all()
    choices = {}
    for pid, name, aliases in people:
        for spelling in [name, *(aliases or [])]:
            choices[f"{pid}:{spelling}"] = normalise(spelling)
    for p in data.get("participants", []):
        found = process.extract(normalise(p["name"]), choices, scorer=_name_score, limit=3,
                                score_cutoff=MAYBE_PERSON) if choices else []
        candidates, seen = [], set()
        for _value, score, key in found:
            pid = int(key.split(":", 1)[0])
            if pid not in seen:
                seen.add(pid)
                candidates.append({"id": pid, "name": next(n for i, n, _a in people if i == pid),
                                   "score": round(score)})
        p["candidates"] = candidates
        p["person_id"] = candidates[0]["id"] if candidates and candidates[0]["score"] >= SAME_PERSON else None


def _name_score(a: str, b: str, **kwargs) -> float:
    """Spelling variants ("Georgi"/"Giorgi") and reordered names ("Gigauri Georgi") both score high."""
    from rapidfuzz import fuzz
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def _own(actor, draft: ReportDraft) -> None:
    who = principal_for(actor)
    require(who.is_admin or draft.user_id == actor.id, _l("This draft belongs to someone else."))
    if draft.status is not DraftStatus.OPEN:
        raise ValidationFailed({"": _l("This draft was already saved or discarded.")})


def _touch(draft: ReportDraft, data: dict) -> None:
    draft.data = data   # a new dict, so SQLAlchemy sees the JSON change


def edit_item(actor, draft: ReportDraft, kind: str, item_id: str, values: dict) -> dict:
    _own(actor, draft)
    data = _copy(draft.data)
    items, i = _find_in(data, kind, item_id)
    for field in KINDS[kind]:
        if field in values:
            value = clean(values[field])
            if field == "due" and value:
                from ..dates import DateParseError, parse_date
                try:
                    value = parse_date(value).isoformat()
                except DateParseError as e:
                    raise ValidationFailed({"due": str(e)}) from None
            items[i][field] = value
    items[i].pop("unsure", None)
    if kind == "participants" and "person_id" in values:
        items[i]["person_id"] = int(values["person_id"]) if str(values["person_id"] or "").isdigit() else None
    _touch(draft, data)
    db.session.flush()
    return items[i]


def delete_item(actor, draft: ReportDraft, kind: str, item_id: str) -> None:
    _own(actor, draft)
    data = _copy(draft.data)
    items, i = _find_in(data, kind, item_id)
    items.pop(i)
    _touch(draft, data)
    db.session.flush()


def split_participant(actor, draft: ReportDraft, item_id: str, second: str) -> dict:
    """One row that merged two people becomes two; `second` is the second person's text as written."""
    _own(actor, draft)
    from ..importer.parse import split_person
    data = _copy(draft.data)
    items, i = _find_in(data, "participants", item_id)
    second = clean(second)
    if not second:
        raise ValidationFailed({"second": _l("Type the second person's name (and position).")})
    first = items[i]
    for field in ("name", "position"):
        if first.get(field) and second in first[field]:
            first[field] = clean(first[field].replace(second, "")).rstrip(" -–—,") or None
    name, position, org = split_person(second, reference_from_db())
    new = {"id": f"p{_next_number(data, 'participants')}", "name": name, "position": position,
           "organisation": org or first.get("organisation"), "group": first.get("group"), "line": first.get("line"),
           "candidates": [], "person_id": None}
    items.insert(i + 1, new)
    first.pop("unsure", None)
    _touch(draft, data)
    db.session.flush()
    return new


def set_forum(actor, draft: ReportDraft, forum: Forum | None) -> None:
    _own(actor, draft)
    draft.forum = forum
    db.session.flush()


def discard(actor, draft: ReportDraft) -> None:
    _own(actor, draft)
    draft.status = DraftStatus.DISCARDED
    log(actor, draft, Operation.STATUS, {"status": ["open", "discarded"]})
    db.session.flush()


def _copy(data):
    import copy
    return copy.deepcopy(data)


def _find_in(data, kind, item_id):
    items = data.get(kind, [])
    for i, item in enumerate(items):
        if item.get("id") == item_id:
            return items, i
    raise ValidationFailed({"": _l("That row is no longer in the draft.")})


def _next_number(data, kind) -> int:
    numbers = [int(re.sub(r"\D", "", x["id"]) or 0) for x in data.get(kind, []) if x.get("id")]
    return max(numbers, default=0) + 1


# --- save ------------------------------------------------------------------------------------

def _org(name: str | None, ref: Reference, by_name: dict):
    if not name:
        return None
    canonical = ref.organisation(name) or (ref.organisations_in(name) or [None])[0]
    return by_name.get(canonical) if canonical else None


def save(actor, draft: ReportDraft, *, forum: Forum | None = None, skip_unowned: bool = False) -> "Meeting":  # noqa: F821
    """One transaction: the meeting and everything in it, all in the trail as imported from this report.

    Every action needs an owner organisation: the reviewer picks one; a bulk import without review
    (skip_unowned) leaves those action points out and lists them in draft.data["skipped"].
    """
    _own(actor, draft)
    forum = forum or draft.forum or db.session.scalar(sa.select(Forum).where(Forum.code == "WS"))
    if forum is None:
        raise ValidationFailed({"forum": _l("Pick the forum this meeting belongs to.")})
    require(principal_for(actor).can_create_meeting(forum), _l("You cannot add meetings to this forum."))
    data = draft.data
    ref = reference_from_db()
    orgs = {o.name: o for o in db.session.scalars(sa.select(Organisation))}
    errors = {}
    sittings = []
    for s in data.get("sittings", []):
        try:
            sittings.append({"date": date.fromisoformat(s["date"]), "city": s.get("city"), "venue": s.get("venue")})
        except (TypeError, ValueError):
            errors["sittings"] = _l("A day of the meeting is not a date: fix it in the draft.")
    if not sittings:
        errors["sittings"] = _l("The report gives no date: add the meeting's day(s) before saving.")
    missing_owner = [a["id"] for a in data.get("actions", []) if not _org(a.get("owner"), ref, orgs)]
    missing_owner += [c["id"] for c in data.get("commitments", [])
                      if not c.get("escalation") and not _org(c.get("owner"), ref, orgs)]
    if missing_owner and skip_unowned:
        data = dict(data)
        data["skipped"] = [i for k in ("actions", "commitments") for i in data.get(k, []) if i["id"] in missing_owner]
        for k in ("actions", "commitments"):
            data[k] = [i for i in data.get(k, []) if i["id"] not in missing_owner]
        draft.data = data
    elif missing_owner:
        errors["owners"] = _l("Pick an owner organisation for every action point (or delete it): %(rows)s",
                              rows=", ".join(missing_owner))
    if errors:
        raise ValidationFailed(errors)
    who = getattr(actor, "name", "system")
    with trail_note(f"Imported from report #{draft.id} by {who}"):
        meeting = meetings.create_meeting(
            actor, forum, title=data.get("title") or draft.source_filename or "Imported meeting", sittings=sittings,
            hosts=[o for o in (_org(h, ref, orgs) for h in data.get("hosts", [])) if o],
            organisers=[o for o in (_org(h, ref, orgs) for h in data.get("organisers", [])) if o])
        _save_parts(actor, meeting, data, ref, orgs)
        draft.status, draft.meeting, draft.saved_dt = DraftStatus.SAVED, meeting, utcnow()
        log(actor, draft, Operation.STATUS, {"status": ["open", "saved"], "meeting": [None, meeting.title]})
    db.session.flush()
    return meeting


def _save_parts(actor, meeting, data, ref, orgs):
    for p in data.get("participants", []):
        person = db.session.get(Person, p["person_id"]) if p.get("person_id") else None
        if person is None:
            person = create_person(actor, name=p["name"])
        meetings.add_attendance(actor, meeting, person=person, position=p.get("position"),
                                organisation=_org(p.get("organisation"), ref, orgs),
                                organisation_text=p.get("organisation_text") or p.get("organisation"),
                                heading=p.get("group"))
    for s in data.get("sessions", []):
        meetings.add_session(actor, meeting, title=s["title"], presenter_text=s.get("presenter"),
                             summary=s.get("summary"))
    themes = {normalise(t.name): t for t in db.session.scalars(sa.select(Theme))}
    groups = {}
    for g in data.get("groups", []):
        groups[g["name"]] = meetings.add_group(actor, meeting, name=g["name"], theme_text=g.get("theme"),
                                               theme=themes.get(normalise(g.get("theme") or "")),
                                               challenges=g.get("challenges", []))
    places = {p.name: p for p in db.session.scalars(sa.select(Place))}
    saved = []
    for r in data.get("recommendations", []):
        saved.append(recommendations.create_recommendation(
            actor, meeting, text=r["text"], group=groups.get(r.get("group")),
            themes=[themes[t] for t in r.get("themes", []) if t in themes],
            places=[places[n] for n in r.get("places", []) if n in places],
            addressees=[orgs[n] for n in r.get("addressees", []) if n in orgs]))
    for a in data.get("actions", []) + [c for c in data.get("commitments", []) if not c.get("escalation")]:
        action_service.create_action(actor, text=a["text"], owner=_org(a.get("owner"), ref, orgs), meeting=meeting,
                                     due_on=date.fromisoformat(a["due"]) if a.get("due") else None)
    for e in data.get("escalations", []):
        level = LEVELS.get(e["body"], EscalationLevel.COUNCIL_OF_MINISTERS)
        escalation.create_submission(actor, meeting.forum, level=level, meeting=meeting, recommendations=saved,
                                     title=f"Outcomes of {meeting.title}"[:300],
                                     addressee=orgs.get(e["body"]))
