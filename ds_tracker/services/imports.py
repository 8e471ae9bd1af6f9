"""From a report to a saved meeting: the draft (stored, editable, resumable) and the one-transaction save."""
from __future__ import annotations

import re
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..importer import Reference, parse
from ..models import (DraftStatus, Forum, Meeting, Operation, Organisation, Person, Place, ReportDraft, Theme)
from ..models.base import utcnow
from ..status import EscalationLevel
from ..textnorm import normalise
from . import actions as action_service
from . import escalation, meetings, recommendations
from .core import ValidationFailed, clean, log, principal_for, require, trail_note
from .people import create_person
from ..uploads import store as uploads_store

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
def _level_of(body: str) -> EscalationLevel:
    """A body the report names as written: a governor or governorate, a ministry, else the national level."""
    n = normalise(body)
    if re.search(r"governor|محافظ", n):
        return EscalationLevel.GOVERNORATE
    if re.search(r"ministry|وزار|national (?:working group|committee)", n):
        return EscalationLevel.MINISTRY
    if re.search(r"prime minister|رئيس الوزراء|رئاسه الوزراء|رئاسة الوزراء", n):
        return EscalationLevel.PM_OFFICE
    return EscalationLevel.COUNCIL_OF_MINISTERS


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


def create_draft(actor, *, text: str, filename: str | None = None, source: bytes | None = None,
                 warnings=(), forum=None) -> ReportDraft:
    """A draft from a report's text; `source` is the uploaded file itself, kept (in the database) with it."""
    require(_may_import(actor), _l("Only secretariats, co-chairs and admins import reports."))
    if not clean(text):
        raise ValidationFailed({"text": _l("Paste the report's text or upload its file.")})
    data = parse(text, reference_from_db())
    data["warnings"] = list(warnings) + data["warnings"]
    for kind, prefix in PREFIX.items():
        for i, item in enumerate(data.get(kind, []), start=1):
            item["id"] = f"{prefix}{i}"
    data["last_ids"] = {kind: len(data.get(kind, [])) for kind in PREFIX}
    _propose_people(data, principal_for(actor))
    if forum is not None and not principal_for(actor).can_create_meeting(forum):
        raise ValidationFailed({"forum": _l("You cannot record meetings of %(forum)s: choose one of your forums.",
                                            forum=forum.name)})
    if forum is None and data.get("forum"):
        named = db.session.scalar(sa.select(Forum).where(Forum.name == data["forum"]))
        # the report names a forum the importer cannot write to: they choose on review
        forum = named if named is not None and principal_for(actor).can_create_meeting(named) else None
    draft = ReportDraft(user_id=actor.id, forum=forum, title=(data.get("title") or "")[:300] or None,
                        source_text=text, source_filename=filename, data=data)
    db.session.add(draft)
    db.session.flush()
    log(actor, draft, Operation.CREATE, {"title": [None, draft.title], "file": [None, filename]})
    if source is not None:
        from ..uploads import report_type, safe_name
        name = safe_name(filename or "", f"report-{draft.id}")
        draft.source_file = uploads_store(actor, source, name, report_type(source, name), draft)
    return draft


def _propose_people(data: dict, who) -> None:
    """Who each participant may already be: proposals for the reviewer, never a silent merge; only people the
    importer may read are proposed (a name known only from a confidential meeting stays hidden)."""
    from rapidfuzz import process   # here, not at the top: every command and worker would load it at start

    from .. import access
    people = db.session.execute(sa.select(Person.id, Person.name, Person.aliases).where(access.person(who))).all()
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


def _corrected(data: dict, op: str, kind: str, item_id: str, **details) -> None:
    """Each correction the reviewer makes, kept on the draft: the importer learns a forum's template from them."""
    data.setdefault("corrections", []).append({"op": op, "kind": kind, "item": item_id, **details})


def _new_id(data: dict, kind: str) -> str:
    """A row id never given before in this draft, even after deletes (a stale "Delete p17" must not hit a new p17)."""
    issued = data.setdefault("last_ids", {})
    numbers = [int(re.sub(r"\D", "", x["id"]) or 0) for x in data.get(kind, []) if x.get("id")]
    issued[kind] = max([issued.get(kind, 0), *numbers]) + 1
    return f"{PREFIX[kind]}{issued[kind]}"


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
        _choose_person(items[i], values["person_id"])
    _corrected(data, "edit", kind, item_id, fields=sorted(f for f in values if f in KINDS[kind]))
    _touch(draft, data)
    db.session.flush()
    return items[i]


def _choose_person(row: dict, chosen) -> None:
    """The reviewer's answer to "who is this?": one of the people proposed for the row, or a new person (said
    so: the row no longer asks). Any other id is refused, so a forged form cannot attach a hidden person."""
    chosen = str(chosen or "").strip()
    if not chosen or chosen == "new":
        row["person_id"], row["new_person"] = None, True
        return
    if not chosen.isdigit() or int(chosen) not in {c["id"] for c in row.get("candidates", [])}:
        raise ValidationFailed({"person_id": _l("Choose one of the people proposed, or a new person.")})
    row["person_id"], row["new_person"] = int(chosen), False


def delete_item(actor, draft: ReportDraft, kind: str, item_id: str) -> None:
    _own(actor, draft)
    data = _copy(draft.data)
    items, i = _find_in(data, kind, item_id)
    gone = items.pop(i)
    _corrected(data, "delete", kind, item_id, line=gone.get("line"))
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
    new = {"id": _new_id(data, "participants"), "name": name, "position": position,
           "organisation": org or first.get("organisation"), "group": first.get("group"), "line": first.get("line"),
           "candidates": [], "person_id": None}
    items.insert(i + 1, new)
    first.pop("unsure", None)
    _corrected(data, "split", "participants", item_id, new=new["id"])
    _touch(draft, data)
    db.session.flush()
    return new


# What a row keeps when it changes kind: its words land in the new kind's main field.
MAIN_FIELD = {"participants": "name", "sessions": "title", "groups": "name", "recommendations": "text",
              "actions": "text", "commitments": "text"}


def add_item(actor, draft: ReportDraft, kind: str, values: dict) -> dict:
    """A row the parser missed, typed by the reviewer."""
    _own(actor, draft)
    if kind not in KINDS:
        raise ValidationFailed({"kind": _l("Unknown kind of row.")})
    values = {f: clean(values.get(f)) for f in KINDS[kind] if clean(values.get(f))}
    if not values.get(MAIN_FIELD[kind]):
        raise ValidationFailed({MAIN_FIELD[kind]: _l("Type what the row says.")})
    data = _copy(draft.data)
    item = {"id": _new_id(data, kind), **values}
    if kind == "participants":
        item.update(candidates=[], person_id=None)
    if kind == "groups":
        item.setdefault("challenges", [])
    data.setdefault(kind, []).append(item)
    _corrected(data, "add", kind, item["id"])
    _touch(draft, data)
    db.session.flush()
    return item


def change_kind(actor, draft: ReportDraft, kind: str, item_id: str, new_kind: str) -> dict:
    """A "next step" that is a recommendation, a participant row that is a group heading: the row moves to the
    other list with its words and its source line, under a fresh id."""
    _own(actor, draft)
    if new_kind not in KINDS or new_kind == kind:
        raise ValidationFailed({"kind": _l("Choose another kind of row.")})
    data = _copy(draft.data)
    items, i = _find_in(data, kind, item_id)
    old = items.pop(i)
    words = old.get(MAIN_FIELD[kind]) or old.get("text") or old.get("name") or old.get("title") or ""
    moved = {"id": _new_id(data, new_kind), MAIN_FIELD[new_kind]: words, "line": old.get("line")}
    for field in KINDS[new_kind]:
        if field != MAIN_FIELD[new_kind] and old.get(field):
            moved[field] = old[field]
    if new_kind == "participants":
        moved.update(candidates=[], person_id=None)
    if new_kind == "groups":
        moved["challenges"] = []
    data.setdefault(new_kind, []).append(moved)
    _corrected(data, "kind", kind, item_id, to=new_kind, new=moved["id"], line=old.get("line"))
    _touch(draft, data)
    db.session.flush()
    return moved


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


# --- save ------------------------------------------------------------------------------------

def _org(name: str | None, ref: Reference, by_name: dict):
    if not name:
        return None
    canonical = ref.organisation(name) or (ref.organisations_in(name) or [None])[0]
    return by_name.get(canonical) if canonical else None


def _parties(names, ref: Reference, by_name: dict) -> list:
    """Hosts and organisers as written: an organisation, else a forum ("RWG" organised it), never dropped silently
    when the app knows it under either kind."""
    found = []
    for name in names:
        party = _org(name, ref, by_name) or _forum(name)
        if party is not None and party not in found:
            found.append(party)
    return found


def _forum(name: str | None):
    if not name or not name.strip():
        return None
    key = name.strip().lower()
    return db.session.scalar(sa.select(Forum).where(sa.or_(
        sa.func.lower(Forum.code) == key, sa.func.lower(Forum.name) == key, sa.func.lower(Forum.name_ar) == key)).limit(1)) \
        or _forum_by_acronym(key)


def _forum_by_acronym(key: str):
    """"RWG" for the Returns Working Group: the initials of the forum's name's capitalised words."""
    for forum in db.session.scalars(sa.select(Forum).where(Forum.is_active)):
        initials = "".join(w[0] for w in forum.name.split() if w[:1].isupper()).lower()
        if initials == key:
            return forum
    return None


def save(actor, draft: ReportDraft, *, forum: Forum | None = None, skip_unowned: bool = False,
         carries: dict[int, set[str]] | None = None) -> "Meeting":  # noqa: F821
    """One transaction: the meeting and everything in it, all in the trail as imported from this report.

    carries: for the i-th escalation, the recommendation row ids its planned submission carries (the
    reviewer's ticks); an escalation not in it carries every recommendation.

    Every action needs an owner organisation: the reviewer picks one; a bulk import without review
    (skip_unowned) leaves those action points out and lists them in draft.data["skipped"].
    """
    _own(actor, draft)
    forum = forum or draft.forum
    if forum is None:
        raise ValidationFailed({"forum": _l("Pick the forum this meeting belongs to.")})
    if not principal_for(actor).can_create_meeting(forum):   # a choice to correct, not a dead end: the draft stays
        raise ValidationFailed({"forum": _l("You cannot record meetings of %(forum)s: choose one of your forums.",
                                            forum=forum.name)})
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
        words = {i["id"]: (i.get("text") or "")[:60] for k in ("actions", "commitments") for i in data.get(k, [])}
        errors["owners"] = _l("Pick an owner organisation for every action point (or delete it): %(rows)s",
                              rows="; ".join(f"“{words.get(i) or i}”" for i in missing_owner))
    if errors:
        raise ValidationFailed(errors)
    who = getattr(actor, "name", "system")
    with trail_note(f"Imported from report #{draft.id} by {who}"):
        meeting = meetings.create_meeting(
            actor, forum, title=data.get("title") or draft.source_filename or "Imported meeting", sittings=sittings,
            hosts=_parties(data.get("hosts", []), ref, orgs), organisers=_parties(data.get("organisers", []), ref, orgs))
        _save_parts(actor, meeting, data, ref, orgs, carries)
        draft.status, draft.meeting, draft.saved_dt = DraftStatus.SAVED, meeting, utcnow()
        log(actor, draft, Operation.STATUS, {"status": ["open", "saved"], "meeting": [None, meeting.title]})
    db.session.flush()
    return meeting


def _propose_organisations(actor, data, orgs) -> None:
    """Organisations the reference list does not know are created unconfirmed (as written, with the acronym the
    report gave); an admin later confirms them or merges them into a known one."""
    for new in data.get("new_organisations", []):
        name = (new.get("name") or "").strip()[:255]
        known = next((o for n, o in orgs.items() if normalise(n) == normalise(name)), None) if name else None
        if not name:
            continue
        if known is None:
            known = Organisation(name=name, acronym=(new.get("acronym") or None)[:40] if new.get("acronym") else None,
                                 is_confirmed=False)
            db.session.add(known)
            db.session.flush()
            log(actor, known, Operation.CREATE, {"name": [None, name], "confirmed": [None, False]})
        for written in [name, *new.get("written", [])]:
            orgs.setdefault(written, known)     # the participants' rows name it as the report wrote it


def _save_parts(actor, meeting, data, ref, orgs, carries=None):
    _propose_organisations(actor, data, orgs)
    for p in data.get("participants", []):
        person = db.session.get(Person, p["person_id"]) if p.get("person_id") else None
        if person is None:
            person = create_person(actor, name=p["name"])
        meetings.add_attendance(actor, meeting, person=person, position=p.get("position"),
                                organisation=_org(p.get("organisation"), ref, orgs) or orgs.get(p.get("organisation")),
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
    saved = {}
    for r in data.get("recommendations", []):
        saved[r.get("id")] = (recommendations.create_recommendation(
            actor, meeting, text=r["text"], group=groups.get(r.get("group")),
            themes=[themes[t] for t in r.get("themes", []) if t in themes],
            places=[places[n] for n in r.get("places", []) if n in places],
            addressees=[orgs[n] for n in r.get("addressees", []) if n in orgs]))
    for a in data.get("actions", []) + [c for c in data.get("commitments", []) if not c.get("escalation")]:
        action_service.create_action(actor, text=a["text"], owner=_org(a.get("owner"), ref, orgs), meeting=meeting,
                                     due_on=date.fromisoformat(a["due"]) if a.get("due") else None)
    for i, e in enumerate(data.get("escalations", [])):
        level = LEVELS.get(e["body"]) or _level_of(e["body"])
        # The reviewer ticked what the planned submission carries (all, unless told otherwise).
        carried = [rec for row_id, rec in saved.items() if carries is None or i not in carries or row_id in carries[i]]
        escalation.create_submission(actor, meeting.forum, level=level, meeting=meeting, recommendations=carried,
                                     title=f"Outcomes of {meeting.title}"[:300],
                                     addressee=orgs.get(e["body"]))


def default_forum(actor) -> Forum | None:
    """Where this user's next report most likely belongs: the forum of the last meeting they recorded, else the
    first forum of their secretariat (or co-chair) roles."""
    who = principal_for(actor)
    last = db.session.scalar(sa.select(Meeting.forum_id).where(Meeting.created_by_id == actor.id,
                                                               Meeting.deleted_dt.is_(None))
                             .order_by(Meeting.created_dt.desc(), Meeting.id.desc()).limit(1))
    if last and who.is_staff_of(last):
        return db.session.get(Forum, last)
    for forum_id in sorted(who.forum_roles):
        if who.is_staff_of(forum_id):
            return db.session.get(Forum, forum_id)
    return None
