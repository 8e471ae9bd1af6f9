"""Field names, stored values and trail entries in words, in the reader's language.

The trail keeps raw values (`in_progress`, `['Sinjar']`, ISO dates) so it can answer "what was X on date D";
people read it through these functions, never raw.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from flask_babel import format_date, format_datetime, gettext as _, lazy_gettext as _l
from markupsafe import Markup, escape

from .message import TRAIL_WORDS

# Stored enum values, as a person says them.
VALUES = {
    "open": _l("open"), "in_progress": _l("in progress"), "done": _l("done"), "blocked": _l("blocked"),
    "cancelled": _l("cancelled"), "proposed": _l("proposed"), "agreed": _l("agreed"),
    "in_implementation": _l("in implementation"), "implemented": _l("implemented"), "dropped": _l("dropped"),
    "draft": _l("draft"), "approved": _l("approved"), "governorate": _l("governorate"), "ministry": _l("ministry"),
    "pm_office": _l("Prime Minister's Office"), "supreme_committee": _l("Supreme Committee"),
    "council_of_ministers": _l("Council of Ministers"), "endorsed": _l("endorsed"),
    "partly_endorsed": _l("partly endorsed"), "rejected": _l("rejected"), "deferred": _l("deferred"),
    "not_escalated": _l("not escalated"), "planned": _l("planned"), "waiting": _l("waiting for an answer"),
    "decided": _l("decided"), "host": _l("host"), "organiser": _l("organiser"),
    "roadmap": _l("roadmap"), "area_poa": _l("area plan of action"), "workplan": _l("workplan"),
}
# Fields whose stored strings are enum values (free text such as a title is never looked up in VALUES).
ENUM_FIELDS = {"status", "status_from", "status_to", "minutes_status", "level", "outcome", "escalation_state",
               "escalation_level", "role", "kind", "state"}

FIELDS = {
    "text": _l("text"), "text_ar": _l("Arabic text"), "owner": _l("lead organisation"),
    "supporters": _l("supporting organisations"), "focal_person": _l("focal point"), "due_on": _l("due date"),
    "status": _l("status"), "title": _l("title"), "title_ar": _l("Arabic title"), "summary": _l("summary"),
    "minutes": _l("minutes"), "minutes_status": _l("minutes"), "minutes_approved_by_id": _l("approved by"),
    "minutes_approved_dt": _l("approved on"), "sittings": _l("days"), "forum": _l("forum"),
    "addressees": _l("addressed to"), "places": _l("places"), "themes": _l("themes"),
    "reference": _l("reference"), "group": _l("group"), "body": _l("note"), "actions": _l("actions followed up"),
    "person": _l("person"), "position": _l("position"), "organisation": _l("organisation"),
    "heading": _l("heading"), "level": _l("body"), "sent_on": _l("sent on"), "decided_on": _l("decided on"),
    "number": _l("decision number"), "outcome": _l("outcome"), "note": _l("note"), "name": _l("name"),
    "escalation_state": _l("stage"), "deleted": _l("removed"), "email": _l("e-mail"), "phone": _l("phone"),
    "recommendations": _l("recommendations"), "approved_by_id": _l("approved by"), "approved_dt": _l("approved on"),
    "hosts": _l("hosted by"), "organisers": _l("organised with"), "presenter_text": _l("presenter"),
    "challenges": _l("challenges"), "theme_text": _l("theme"),
    # plans, measures, indicators, the decisions register
    "supported_by": _l("supporting recommendations"), "linked": _l("linked"), "target": _l("target"),
    "unit": _l("unit"), "value": _l("value"), "measured_on": _l("date of the figure"), "source": _l("source"),
    "amended_on": _l("date of the change"), "deadline_on": _l("deadline"), "decision": _l("decision"),
    "timeframe": _l("timeframe"), "revised_on": _l("date of the revision"),
    "label": _l("label"), "documents": _l("documents"), "forum_id": _l("forum"),
}

RECORDS = {
    "Action": _l("action"), "ActionNote": _l("note"), "Recommendation": _l("recommendation"),
    "Meeting": _l("meeting"), "Attendance": _l("participant"), "Session": _l("session"),
    "BreakoutGroup": _l("group"), "AgendaItem": _l("agenda item"), "Submission": _l("submission"),
    "Decision": _l("decision"), "Person": _l("person"), "Organisation": _l("organisation"), "Forum": _l("forum"),
    "User": _l("user"), "ReportDraft": _l("report"), "Place": _l("place"), "Theme": _l("theme"),
    "Plan": _l("plan"), "PlanRevision": _l("revision"), "Commitment": _l("commitment"), "Indicator": _l("indicator"),
    "IndicatorValue": _l("indicator value"), "DecisionAmendment": _l("amendment"),
}

_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_ISO_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def value_label(value) -> str:
    """An enum (or its stored value) in words: ActionStatus.IN_PROGRESS -> "in progress"."""
    raw = getattr(value, "value", value)
    if raw is None:
        return ""
    raw = str(raw)
    return str(VALUES[raw]) if raw in VALUES else raw.replace("_", " ")


def field_label(field: str) -> str:
    if field in FIELDS:
        return str(FIELDS[field])
    if field in TRAIL_WORDS:  # the trail's other fields (role, starts_on, language, code...) have their words there
        return _(TRAIL_WORDS[field])
    return re.sub(r"_(id|on|dt)$", "", field).replace("_", " ")


def record_label(record_type: str) -> str:
    if record_type in RECORDS:
        return str(RECORDS[record_type])
    if record_type in TRAIL_WORDS:  # RoleAssignment, ForumCoChair, Sitting...
        return _(TRAIL_WORDS[record_type])
    return re.sub(r"(?<!^)([A-Z])", r" \1", record_type).lower()


def value_words(field: str, value) -> str:
    """A stored value as a person writes it: lists joined, dates in the reader's locale, Baghdad times."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, (list, tuple)):
        return ", ".join(value_words(field, v) for v in value)
    if isinstance(value, datetime):
        return format_datetime(value, "short")
    if isinstance(value, date):
        return format_date(value, "long")
    if isinstance(value, int) and field.endswith("_by_id"):
        from .extensions import db
        from .models import User
        user = db.session.get(User, value)
        return user.name if user else _("someone")
    if isinstance(value, str):
        if field in ENUM_FIELDS and value in VALUES:
            return str(VALUES[value])
        if _ISO_DATETIME.fullmatch(value[:16]) and len(value) <= 32:
            try:
                return format_datetime(datetime.fromisoformat(value), "short")
            except ValueError:
                return value
        if _ISO_DATE.fullmatch(value):
            return format_date(date.fromisoformat(value), "long")
    return str(value)


def _generic(summary: str | None, record_type: str) -> bool:
    """A summary that only repeats the kind and id ("Action 622") says nothing to a reader."""
    return not summary or summary == "None" or re.fullmatch(rf"{record_type} \d+", summary) is not None


def isolated(value) -> Markup:
    """A name or value in its own direction inside a sentence of either language (record data: the
    leftover-English check of tests/test_translations.py skips isolated text)."""
    return Markup("<bdi>%s</bdi>") % value


def say(msgid: str, **values) -> Markup:
    """The translated sentence as HTML, its values escaped (Markup values, such as isolated(), kept)."""
    return Markup(escape(_(msgid))) % values


def entry_sentence(entry) -> Markup:
    """"Mona MoMD changed the status of the action", "Sara created the participant “Ali Jahankeer”"; the
    person's and the record's names are isolated (<bdi>), so they keep their order inside Arabic and English."""
    who = isolated(entry.user.name) if entry.user else _("The system")
    kind = record_label(entry.record_type)
    op = getattr(entry.operation, "value", entry.operation)
    if entry.record_type == "ActionNote" and op == "create":
        return say("%(who)s added a note", who=who)
    what = say("the %(kind)s", kind=kind) if _generic(entry.summary, entry.record_type) else \
        say("the %(kind)s “%(name)s”", kind=kind, name=isolated(entry.summary))
    if op == "create":
        return say("%(who)s created %(what)s", who=who, what=what)
    if op == "status":
        return say("%(who)s changed the status of %(what)s", who=who, what=what)
    if op == "delete":
        return say("%(who)s removed %(what)s", who=who, what=what)
    return say("%(who)s changed %(what)s", who=who, what=what)
