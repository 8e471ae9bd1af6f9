"""Messages for people raised by the pure modules (status rules, dates, uploads). Pure Python: no Flask.

A Message keeps its English text (the catalogue's msgid) and its values; str() renders it through
`Message.translate`, which the app sets to Flask-Babel's gettext, so it reads in the reader's language
wherever it is shown, and in English on the command line or in tests without an app.
"""
from __future__ import annotations

import re
from datetime import date


def N_(msgid: str) -> str:
    """Mark a string for the catalogue without translating it here (pybabel extracts N_)."""
    return msgid


class Message:
    translate = staticmethod(lambda msgid: msgid)
    language = staticmethod(lambda: "en")     # the reader's language code; the app sets it with translate
    format_date = staticmethod(lambda d: d.isoformat())   # a date value as people read it; the app's date filter

    def __init__(self, msgid: str, **values):
        self.msgid = msgid
        self.values = values

    def __str__(self) -> str:
        text = Message.translate(self.msgid)
        if not self.values:
            return text
        return text % {k: Message.format_date(v) if isinstance(v, date) else str(v) for k, v in self.values.items()}

    def __repr__(self) -> str:
        return f"Message({self.msgid!r})"

    def __eq__(self, other):  # compares as the text it renders to, like a lazy string
        return str(self) == str(other)

    def __hash__(self):
        return hash(self.msgid)

    def __add__(self, other):
        return str(self) + str(other)


class LocalName:
    """A name kept in English and Arabic (an organisation's, a forum's), shown in the reader's language wherever
    it is rendered; equal to another with the same English name, so it groups and compares like a string."""

    def __init__(self, name: str, name_ar: str | None = None):
        self.name, self.name_ar = name, name_ar

    def __str__(self) -> str:
        return self.name_ar if self.name_ar and Message.language() == "ar" else self.name

    def __repr__(self) -> str:
        return f"LocalName({self.name!r})"

    def __eq__(self, other):
        return self.name == getattr(other, "name", other)

    def __hash__(self):
        return hash(self.name)


# Enum values shown to people (statuses, kinds, roles...), one label each: the template filter `label`, the form
# choices and the history (wording.py) all read this one table. Values missing here keep their spaces.
LABELS = {
    # statuses
    "draft": N_("draft"), "approved": N_("approved"),
    "proposed": N_("proposed"), "agreed": N_("agreed"), "in_implementation": N_("in implementation"),
    "implemented": N_("implemented"), "dropped": N_("dropped"),
    "open": N_("open"), "in_progress": N_("in progress"), "done": N_("done"), "blocked": N_("blocked"),
    "cancelled": N_("cancelled"), "saved": N_("saved"), "discarded": N_("discarded"),
    # escalation
    "governorate": N_("governorate"), "ministry": N_("ministry"), "pm_office": N_("Prime Minister's Office"),
    "supreme_committee": N_("Supreme Committee"), "council_of_ministers": N_("Council of Ministers"),
    "endorsed": N_("endorsed"), "partly_endorsed": N_("partly endorsed"), "rejected": N_("rejected"),
    "deferred": N_("deferred"), "not_escalated": N_("not escalated"), "planned": N_("planned"),
    "waiting": N_("waiting for an answer"), "decided": N_("decided"), "sent": N_("sent"),
    "withdrawn": N_("withdrawn"),
    # reference data
    "government": N_("government"), "un": N_("UN"), "ingo": N_("international NGO"),
    "nngo": N_("national NGO"), "donor": N_("donor"), "other": N_("other"),
    "country": N_("country"), "region": N_("region"), "district": N_("district"),
    "subdistrict": N_("sub-district"), "area": N_("area"),
    "aid": N_("aid community"), "workshop": N_("workshop"), "DSTWG sub-group": N_("DSTWG sub-group"),
    # people, meetings, links, trail
    "female": N_("female"), "male": N_("male"), "admin": N_("administrator"),
    "secretariat": N_("secretariat"), "co_chair": N_("co-chair"), "focal_point": N_("focal point"),
    "host": N_("host"), "organiser": N_("organiser"),
    "reaffirms": N_("reaffirms"), "duplicates": N_("duplicates"), "carried_over_from": N_("carried over from"),
    "create": N_("created"), "update": N_("changed"), "delete": N_("deleted"), "status": N_("status changed"),
    # plans
    "roadmap": N_("roadmap"), "area_poa": N_("area plan of action"), "workplan": N_("workplan"),
}

def label(value) -> Message | str:
    """The label of an enum member or value, as a Message (translated when rendered)."""
    value = getattr(value, "value", value)
    if value is None or value == "":
        return ""
    if value in LABELS:
        return Message(LABELS[value])
    return str(value).replace("_", " ")


# The names the trail records, as people read them in a history: record types, then fields. A field means
# different things in different records (a note's `body` is its text, a decision's `body` the body that decided),
# so FIELDS_BY_RECORD is read first and FIELDS is the fallback.
RECORDS = {
    "Action": N_("action"), "ActionNote": N_("progress note"), "AgendaItem": N_("agenda item"),
    "Attendance": N_("participant"), "BreakoutGroup": N_("breakout group"), "Decision": N_("decision"),
    "DecisionAmendment": N_("amendment"), "Document": N_("document"), "Forum": N_("forum"),
    "ForumCoChair": N_("co-chair"), "Indicator": N_("indicator"), "IndicatorValue": N_("indicator value"),
    "Meeting": N_("meeting"), "Organisation": N_("organisation"), "Person": N_("person"), "Place": N_("place"),
    "Plan": N_("plan"), "PlanRevision": N_("revision"), "Commitment": N_("commitment"),
    "Recommendation": N_("recommendation"), "RecommendationLink": N_("link"), "ReportDraft": N_("report draft"),
    "ReviewDraft": N_("quarterly review"), "RoleAssignment": N_("role"), "Session": N_("session"),
    "Sitting": N_("day of the meeting"), "StoredFile": N_("file"), "Submission": N_("submission"),
    "Theme": N_("theme"), "User": N_("account"),
}

FIELDS = {
    "acronym": N_("acronym"), "actions": N_("actions followed up"), "addressee": N_("addressee"),
    "addressees": N_("addressed to"), "aliases": N_("other spellings"), "amended_on": N_("date of the change"),
    "approved_by_id": N_("approved by"), "approved_dt": N_("approved on"), "body": N_("text"),
    "challenges": N_("challenges"), "city": N_("city"), "code": N_("code"), "confidential": N_("confidential"),
    "confirmed": N_("confirmed"), "counterpart": N_("other-language version"), "date": N_("date"),
    "deadline_on": N_("deadline"), "decided_on": N_("decided on"), "decision": N_("decision"),
    "deleted": N_("removed"), "documents": N_("documents"), "due_on": N_("due date"), "email": N_("e-mail"),
    "ends_on": N_("until"), "file": N_("file"), "focal_person": N_("focal point"), "forum": N_("forum"),
    "forum_id": N_("forum"), "forums": N_("forums"), "gender": N_("gender"), "group": N_("group"),
    "heading": N_("listed under"), "hosts": N_("hosted by"), "present": N_("organisations present"), "is_confirmed": N_("confirmed"),
    "is_enabled": N_("enabled"), "kind": N_("kind"), "label": N_("label"), "language": N_("language"),
    "level": N_("level"), "linked": N_("linked"), "linked_to": N_("linked to"), "measured_on": N_("date of the figure"),
    "meeting": N_("meeting"), "merged": N_("merged"), "merged into": N_("merged into"), "minutes": N_("minutes"),
    "minutes_approved_by_id": N_("approved by"), "minutes_approved_dt": N_("approved on"),
    "minutes_status": N_("minutes"), "name": N_("name"), "name_ar": N_("Arabic name"), "note": N_("note"),
    "number": N_("number"), "organisation": N_("organisation"), "organisation_text": N_("organisation"),
    "organisations": N_("organisations"), "organisers": N_("organised with"), "outcome": N_("outcome"),
    "owner": N_("lead organisation"), "parent": N_("part of"), "password": N_("password"), "pcode": N_("P-code"),
    "period": N_("period"), "person": N_("person"), "phone": N_("phone"), "places": N_("places"),
    "position": N_("position"), "presenter": N_("presented by"), "presenter_text": N_("presented by"),
    "published_on": N_("date published"), "publisher": N_("publisher"), "reason": N_("reason"),
    "recommendation": N_("recommendation"), "recommendations": N_("recommendations"), "recurrence": N_("usual date"),
    "reference": N_("reference"), "reminders": N_("reminders"), "reminders_enabled": N_("reminders"),
    "revised_on": N_("date of the revision"), "role": N_("role"), "sections": N_("sections"),
    "sent_back": N_("sent back to the secretariat"), "sent_on": N_("sent on"), "side": N_("side"), "sittings": N_("days"), "size": N_("size"), "source": N_("source"),
    "starts_on": N_("from"), "state": N_("stage"), "escalation_state": N_("stage"), "status": N_("status"),
    "summary": N_("summary"), "supported_by": N_("supporting recommendations"),
    "supporters": N_("supporting organisations"), "target": N_("target"), "text": N_("text"),
    "text_ar": N_("Arabic text"), "theme": N_("theme"), "theme_text": N_("theme"), "themes": N_("themes"),
    "timeframe": N_("timeframe"), "title": N_("title"), "title_ar": N_("Arabic title"), "type": N_("type"),
    "unit": N_("unit"), "url": N_("link"), "value": N_("value"), "venue": N_("venue"),
    "calendar feed address": N_("calendar feed address"), "chase at next meeting": N_("chase at the next meeting"),
}

FIELDS_BY_RECORD = {
    ("ActionNote", "body"): N_("note"),
    ("Decision", "level"): N_("level of the body"), ("Decision", "body"): N_("body that decided"),
    ("Decision", "number"): N_("decision number"), ("Decision", "forum_id"): N_("recorded by the forum"),
    ("Decision", "linked"): N_("answers or creates"), ("Decision", "text"): N_("text of the decision"),
    ("DecisionAmendment", "deadline_on"): N_("new deadline"), ("DecisionAmendment", "text"): N_("what changed"),
    ("Submission", "level"): N_("level of the body addressed"), ("Submission", "addressee"): N_("addressed to"),
    ("Recommendation", "decision"): N_("answer from higher up"),
    ("Commitment", "position"): N_("order in the plan"), ("Commitment", "decision"): N_("announced by"),
    ("Plan", "kind"): N_("kind of plan"), ("PlanRevision", "label"): N_("revision"),
    ("IndicatorValue", "value"): N_("figure"), ("Indicator", "name"): N_("indicator"),
    ("Person", "organisation"): N_("organisation"), ("RoleAssignment", "forum"): N_("in the forum"),
}
# Links between recommendations are trailed as "link:<kind>".
LINK_FIELD = N_("link (%(kind)s)")


def field_word(field: str, record_type: str | None = None) -> Message | str:
    """A trail field in words: the record type's own word for it first, then the general one."""
    if (record_type, field) in FIELDS_BY_RECORD:
        return Message(FIELDS_BY_RECORD[(record_type, field)])
    if field in FIELDS:
        return Message(FIELDS[field])
    if field.startswith("link:"):
        return Message(LINK_FIELD, kind=label(field[5:]))
    return _spaced(field)


def record_word(record_type: str) -> Message | str:
    if record_type in RECORDS:
        return Message(RECORDS[record_type])
    return _spaced(record_type)


def _spaced(name: str) -> str:
    name = re.sub(r"(?<=[a-z])([A-Z])", r" \1", name or "")
    return re.sub(r"_(id|on|dt)$", "", name).replace("_", " ").lower()


def trail_word(name: str) -> Message | str:
    """A record type or field name from the trail, as a Message; unknown names keep their spaces."""
    return record_word(name) if name in RECORDS else field_word(name)
