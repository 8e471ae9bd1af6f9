"""Saving a reviewed report draft as a meeting: everything in one transaction, all in the trail."""
from __future__ import annotations

import re
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from .. import access
from ..extensions import db
from ..importer import Reference
from ..models import DraftStatus, Forum, Operation, Organisation, Person, Place, ReportDraft, Theme
from ..models.base import utcnow
from ..status import ActionStatus, EscalationLevel, RecommendationStatus
from ..importer.minutes import markdown as minutes_markdown
from ..text import MAX_MARKDOWN_CHARS
from ..textnorm import normalise
from . import actions as action_service
from . import escalation, meetings, recommendations
from .core import ValidationFailed, log, principal_for, trail_note
from .people import create_person, keep_spelling
from .templates import remember
from .branches import branch_named, branch_parent
from .next_meeting import plan_next
from .import_letters import EscalationPoint, escalation_points, readdressed  # noqa: F401 (the review reads)
from .import_orgs import OWNER_AT_MOST, _known, _org, _ownable, forum_secretariat, is_secretariat, joint_owners, unknown_names  # noqa: F401 (the review reads)
from .governors import addressed_governor, governors_office as _governors_office
from .imports import _own, reference_from_db

LEVELS = {"Council of Ministers": EscalationLevel.COUNCIL_OF_MINISTERS,
          "Prime Minister's Office": EscalationLevel.PM_OFFICE,
          "Supreme Committee": EscalationLevel.SUPREME_COMMITTEE}
# the status words a report gives an earlier action point (importer/earlier.py), as the action's status
REPORTED_STATUS = {**dict.fromkeys(("done", "completed", "achieved", "closed", "منجز", "منجزة", "تم الإنجاز",
                                    "تم الانجاز", "مكتمل", "مكتملة"), ActionStatus.DONE),
                   **dict.fromkeys(("ongoing", "in progress", "قيد التنفيذ", "قيد الإنجاز", "قيد الانجاز", "جاري",
                                    "مستمر", "مستمرة"), ActionStatus.IN_PROGRESS),
                   **dict.fromkeys(("canceled", "cancelled"), ActionStatus.CANCELLED)}


def saved_before(draft: ReportDraft, readable=sa.true()) -> list:
    """The meetings this very report (the same text) was already saved as, in any forum and whatever day its
    draft was corrected to: importing it again is most often a mistake."""
    from ..models import Meeting
    return db.session.scalars(sa.select(Meeting).join(ReportDraft, ReportDraft.meeting_id == Meeting.id).where(
        ReportDraft.id != draft.id, ReportDraft.status == DraftStatus.SAVED, Meeting.deleted_dt.is_(None),
        sa.func.length(ReportDraft.source_text) == len(draft.source_text),
        ReportDraft.source_text == draft.source_text, readable).limit(3)).all()


def _iso(value) -> date | None:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _level_of(body: str) -> EscalationLevel:
    """A body the report names as written: a governor or governorate, a ministry, else the national level."""
    n = normalise(body)
    if re.search(r"governor|محافظ|emir|امير|أمير|regional council|مجلس المنطقه|provincial council", n):
        return EscalationLevel.GOVERNORATE
    if re.search(r"ministry|وزار|national (?:working group|committee)", n):
        return EscalationLevel.MINISTRY
    if re.search(r"prime minister|رئيس الوزراء|رئاسه الوزراء|رئاسة الوزراء", n):
        return EscalationLevel.PM_OFFICE
    return EscalationLevel.COUNCIL_OF_MINISTERS



# --- save ------------------------------------------------------------------------------------

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
         carries: dict[int, set[str]] | None = None, same_day_ok: bool = True,
         keep_minutes: bool = False, keep_next: bool = False, addressed: dict[int, str] | None = None) -> "Meeting":  # noqa: F821
    """One transaction: the meeting and everything in it, all in the trail as imported from this report.

    carries: for the i-th escalation, the recommendation row ids its planned submission carries (the
    reviewer's ticks; "point" for the sentence that raises it); an escalation not in it gets the defaults of
    escalation_points(). addressed: the body the reviewer typed for the i-th planned letter (import_letters).

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
    data = readdressed(draft.data, addressed)
    ref = reference_from_db()
    orgs = {o.name: o for o in db.session.scalars(sa.select(Organisation))}
    errors = {}
    sittings = []
    for s in data.get("sittings", []):
        if not s.get("date"):
            continue      # the place without its day: "The report gives no date" below asks for the day
        try:
            sittings.append({"date": date.fromisoformat(s["date"]), "city": s.get("city"), "venue": s.get("venue")})
        except (TypeError, ValueError):
            errors["sittings"] = _l("A day of the meeting is not a date: fix it in the draft.")
    if not sittings:
        errors["sittings"] = _l("The report gives no date: add the meeting's day(s) before saving.")
    scheduled = meetings.scheduled_on(forum.id, [s["date"] for s in sittings]) if sittings else None
    if sittings and not same_day_ok and (meetings.same_day_exists(forum.id, [s["date"] for s in sittings], scheduled)
                                         or saved_before(draft, access.meeting(principal_for(actor)))):
        errors["same_day_ok"] = _l("This forum already has a meeting on that day (above). If this report is that "
                                   "meeting, open it instead of saving it twice; if it is another meeting, tick this "
                                   "and save.")
    # an owner the list does not know is created unconfirmed on save, as participants' organisations are; only a
    # row that names no owner (or a whole sentence as one) needs the reviewer
    missing_owner = [a["id"] for a in data.get("actions", []) if not _ownable(a.get("owner"))]
    missing_owner += [c["id"] for c in data.get("commitments", [])
                      if not c.get("escalation") and not _ownable(c.get("owner"))]
    bad_due = [i for k in ("actions", "commitments") for i in data.get(k, []) if i.get("due") and not _iso(i["due"])]
    if bad_due:     # a draft kept from before rows' dates were checked: a message, never a failed save
        errors["due"] = _l("A due date is not a date: fix it in the draft: %(rows)s",
                           rows="; ".join(f"“{(i.get('text') or i['id'])[:60]}”" for i in bad_due))
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
        fields = dict(title=data.get("title") or draft.source_filename or "Imported meeting",
                      minutes=_minutes(draft) if keep_minutes else None)
        parties = dict(sittings=sittings, hosts=_parties(data.get("hosts", []), ref, orgs),
                       organisers=_parties(data.get("organisers", []), ref, orgs), present=_present(actor, data, ref, orgs))
        if scheduled is not None:     # the coming meeting scheduled on that day (announced by the last report)
            meetings.update_meeting(actor, scheduled, fields, version=scheduled.version, **parties)
            meeting = scheduled
            draft.data = {**draft.data, "filled_scheduled": True}
        else:
            meeting = meetings.create_meeting(actor, forum, **fields, **parties)
        already = _save_parts(actor, meeting, data, ref, orgs, carries)
        if keep_next:
            plan_next(actor, forum, draft, data)
        if already:       # said on the saved message: the earlier action points the forum had open already
            draft.data = {**draft.data, "already_open": already}
        remember(actor, forum, draft)     # the forum's next report of this shape is read as corrected here
        draft.status, draft.meeting, draft.saved_dt = DraftStatus.SAVED, meeting, utcnow()
        log(actor, draft, Operation.STATUS, {"status": ["open", "saved"], "meeting": [None, meeting.title]})
    db.session.flush()
    return meeting


def _minutes(draft: ReportDraft) -> str | None:
    """The report's text as Markdown laid out as the report was (tables, numbered items, one line a field);
    none when it is over the minutes' limit (the report stays attached)."""
    from_file = (draft.source_filename or "").lower().endswith((".docx", ".pdf", ".html", ".htm"))
    text = minutes_markdown(draft.source_text or "", lines=not from_file)
    return text if text.strip() and len(text) <= MAX_MARKDOWN_CHARS else None


def _unconfirmed(actor, name: str, acronym: str | None, orgs: dict, ref: Reference) -> Organisation:
    """The organisation the report names that the list does not know, created unconfirmed (as written); an admin
    later confirms it or merges it into a known one. Once per name (or acronym) in a save."""
    name = name.strip()[:255]
    known = _made_already(name, acronym, orgs)
    if known is None:
        parent = branch_parent(name, ref, orgs)    # a ministry's directorate in a governorate: under the ministry
        known = Organisation(name=name, acronym=acronym[:40] if acronym else None, is_confirmed=False, parent=parent)
        db.session.add(known)
        db.session.flush()
        log(actor, known, Operation.CREATE, {"name": [None, name], "confirmed": [None, False],
                                             **({"parent": [None, parent.name]} if parent else {})})
        orgs[name] = known
    return known


def _propose_organisations(actor, data, ref, orgs) -> None:
    """The participants' organisations the reference list does not know, with the acronym the report gave."""
    named = {p.get("organisation") for p in data.get("participants", [])} | \
        {p.get("organisation_text") for p in data.get("participants", [])}
    for new in data.get("new_organisations", []):
        name = (new.get("name") or "").strip()
        if not name or not named & {new.get("name"), *new.get("written", [])}:
            continue      # the reviewer corrected every row that named it: nothing to propose
        known = _known(new, ref, orgs) or _unconfirmed(actor, name, new.get("acronym"), orgs, ref)
        for written in [name, *new.get("written", [])]:
            orgs.setdefault(written, known)     # the participants' rows name it as the report wrote it


def _present(actor, data, ref, orgs) -> list[Organisation]:
    """The organisations present (a report that lists organisations, not people); one the list does not know is
    created unconfirmed, as an unknown owner is."""
    found = []
    for row in data.get("organisations", []):
        name = (row.get("name") or "").strip()
        if not name:
            continue
        acronym = name if re.fullmatch(r"[A-Z][A-Za-z&\-]{1,9}", name) else None
        org = _org(name, ref, orgs) or orgs.get(name) or _unconfirmed(actor, name, acronym, orgs, ref)
        if org not in found:
            found.append(org)
    return found


def _owners(actor, name, ref, orgs, forum=None) -> tuple[Organisation, list[Organisation]]:
    """The lead and the supporters an owner names: "UNHCR and UNICEF to share ..." is led by UNHCR, supported by
    UNICEF; one name the list does not know is created unconfirmed; "the secretariat" is the forum's."""
    if forum is not None and is_secretariat(name, ref):
        return forum_secretariat(actor, forum, orgs, ref, _unconfirmed), []
    joint = joint_owners(name, ref)
    if joint:           # "NRC and Harikar": the first leads; a body the list does not know is created unconfirmed
        bodies = [_org(p, ref, orgs) or orgs.get(p) or _unconfirmed(actor, p, None, orgs, ref) for p in joint]
        return bodies[0], [b for b in dict.fromkeys(bodies[1:]) if b is not bodies[0]]
    whole = ref.organisation(name) or branch_named(name, ref, orgs)[0]
    if not whole:
        named = [orgs[n] for n in dict.fromkeys(ref.organisations_in(name)) if n in orgs]
        if len(named) > 1 and re.search(r"\s(?:and|&|with|و)\s|[,،/]|\sو", name):
            return named[0], named[1:]
    return _org(name, ref, orgs) or orgs.get(name) or _unconfirmed(actor, name, None, orgs, ref), []


def _save_parts(actor, meeting, data, ref, orgs, carries=None):
    _propose_organisations(actor, data, ref, orgs)
    for p in data.get("participants", []):
        person = db.session.get(Person, p["person_id"]) if p.get("person_id") else None
        if person is None:
            person = create_person(actor, name=p["name"])
        else:
            keep_spelling(actor, person, p["name"])
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
    decided = {normalise(d.get("text") or "") for d in data.get("decisions", [])}
    for r in data.get("recommendations", []):
        saved[r.get("id")] = (recommendations.create_recommendation(
            actor, meeting, text=r["text"], group=groups.get(r.get("group")),
            # a decision the meeting took ("It was agreed that ...", "Minutes adopted") is agreed, not proposed
            status=RecommendationStatus.AGREED if normalise(r["text"]) in decided else RecommendationStatus.PROPOSED,
            themes=[themes[t] for t in r.get("themes", []) if t in themes],
            places=[places[n] for n in r.get("places", []) if n in places],
            addressees=_addressees(r, orgs, meeting.forum, ref)))
    already = []
    for a in data.get("actions", []) + [c for c in data.get("commitments", []) if not c.get("escalation")]:
        lead, supporters = _owners(actor, a["owner"], ref, orgs, meeting.forum)
        if a.get("earlier") and _open_already(meeting, lead, a["text"]):
            already.append(a["text"])
            continue      # reviewed from an earlier meeting the app has: the open action is that point
        action = action_service.create_action(actor, text=a["text"], owner=lead, supporters=supporters,
                                              meeting=meeting, due_on=date.fromisoformat(a["due"]) if a.get("due") else None)
        reported = REPORTED_STATUS.get(a.get("status") or "")
        if reported:      # "– completed", "ongoing", a ticked box: where the report says the point stands
            action_service.change_status(actor, action, reported, version=action.version,
                                         note=str(_l("Status as the report gives it: %(status)s", status=a["status"])))

    texts = {normalise(r.text): r for r in saved.values()}
    for i, (e, point) in enumerate(zip(data.get("escalations", []), escalation_points(data))):
        ticked = carries.get(i) if carries else None     # None: not reviewed, the defaults below
        if ticked is not None and not ticked:
            continue      # the reviewer unticked all it would carry: no empty letter waiting for approval
        level = LEVELS.get(e["body"]) or _level_of(e["body"])
        # the body as the report names it: a known organisation, else one created unconfirmed ("مجلس النواب",
        # "ICCM"), never silently the level's default body; the levels' own bodies need no addressee
        body = None if e["body"] in LEVELS else (_org(e["body"], ref, orgs) or orgs.get(e["body"])
                                                 or _governors_office(meeting.forum, e["body"], orgs, ref)
                                                 or _unconfirmed(actor, e["body"], None, orgs, ref))
        carried = [rec for row_id, rec in saved.items()
                   if (point.carries_all if ticked is None else row_id in ticked)]
        # The point the report asks to raise is itself what the forum recommends to that body: kept as a
        # recommendation of the meeting, carried by the letter (unless the reviewer unticked it).
        if point.text and (ticked is None or "point" in ticked):
            rec = texts.get(normalise(point.text))
            if rec is None:
                rec = texts[normalise(point.text)] = recommendations.create_recommendation(
                    actor, meeting, text=point.text, addressees=[body] if body else [])
            if rec not in carried:
                carried.append(rec)
        escalation.create_submission(actor, meeting.forum, level=level, meeting=meeting, recommendations=carried,
                                     title=_letter_title(meeting, data), addressee=body)
    return already


def _made_already(name: str, acronym: str | None, orgs: dict) -> Organisation | None:
    """The organisation of that name; or the one this save made for its acronym: "NRC" for an owner and "Norwegian
    Refugee Council (NRC)" for a participant are one body (a confirmed one only by the acronym the report gave)."""
    key, short = normalise(name), normalise(acronym or "")
    for n, o in orgs.items():
        if normalise(n) == key:
            return o
    for o in orgs.values():
        if o.acronym and normalise(o.acronym) in {key, short} - {""} and (not o.is_confirmed or normalise(o.acronym) == short):
            return o
    return next((o for n, o in orgs.items() if short and not o.is_confirmed and normalise(n) == short), None)


def _addressees(row: dict, orgs: dict, forum, ref: Reference) -> list:
    """The bodies a recommendation names, and the governorate's office when it asks "the Governor of Ninewa"."""
    found = [orgs[n] for n in row.get("addressees", []) if n in orgs]
    office = _governors_office(forum, addressed_governor(row["text"]), orgs, ref)
    return found + [office] if office is not None and office not in found else found


def _letter_title(meeting, data: dict) -> str:
    """The planned letter's title, in the report's language (a record's own words: an Arabic report's letter is
    titled in Arabic, not "Outcomes of محضر ...")."""
    return (f"مخرجات {meeting.title}" if data.get("language") == "ar" else f"Outcomes of {meeting.title}")[:300]


def _open_already(meeting, owner, text: str) -> bool:
    """An earlier action point (reviewed in this report, set at an earlier meeting) that the forum already has
    open: same owner organisation, and words alike (rapidfuzz token_set_ratio >= 85 on the normalised text)."""
    if owner is None:
        return False
    from rapidfuzz import fuzz

    from ..models import Action
    from ..status import ACTION_CLOSED
    rows = db.session.scalars(sa.select(Action.text).where(
        Action.forum_id == meeting.forum_id, Action.owner_id == owner.id, Action.deleted_dt.is_(None),
        Action.status.not_in(ACTION_CLOSED), sa.or_(Action.meeting_id.is_(None), Action.meeting_id != meeting.id)))
    key = normalise(text)
    return any(fuzz.token_set_ratio(key, normalise(other)) >= 85 for other in rows)
