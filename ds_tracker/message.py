"""Messages for people raised by the pure modules (status rules, dates, uploads). Pure Python: no Flask.

A Message keeps its English text (the catalogue's msgid) and its values; str() renders it through
`Message.translate`, which the app sets to Flask-Babel's gettext, so it reads in the reader's language
wherever it is shown, and in English on the command line or in tests without an app.
"""
from __future__ import annotations


def N_(msgid: str) -> str:
    """Mark a string for the catalogue without translating it here (pybabel extracts N_)."""
    return msgid


class Message:
    translate = staticmethod(lambda msgid: msgid)

    def __init__(self, msgid: str, **values):
        self.msgid = msgid
        self.values = values

    def __str__(self) -> str:
        text = Message.translate(self.msgid)
        if not self.values:
            return text
        return text % {k: str(v) for k, v in self.values.items()}

    def __repr__(self) -> str:
        return f"Message({self.msgid!r})"

    def __eq__(self, other):  # compares as the text it renders to, like a lazy string
        return str(self) == str(other)

    def __hash__(self):
        return hash(self.msgid)

    def __add__(self, other):
        return str(self) + str(other)


# Enum values shown to people (statuses, kinds, roles...), one label each; the template filter `label`
# and the form choices translate them. Values missing here fall back to the value with spaces.
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
    "waiting": N_("waiting"), "decided": N_("decided"),
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


# The names the trail records (record types and fields), as people read them in a history.
TRAIL_WORDS = {
    "Plan": N_("plan"), "PlanRevision": N_("revision"), "Commitment": N_("commitment"),
    "Indicator": N_("indicator"), "IndicatorValue": N_("indicator value"), "DecisionAmendment": N_("amendment"),
    "Action": N_("action"), "ActionNote": N_("progress note"), "AgendaItem": N_("agenda item"),
    "Attendance": N_("participant"), "BreakoutGroup": N_("breakout group"), "Decision": N_("decision"),
    "Forum": N_("forum"), "ForumCoChair": N_("co-chair"), "Meeting": N_("meeting"),
    "Organisation": N_("organisation"), "Person": N_("person"), "Place": N_("place"),
    "Recommendation": N_("recommendation"), "RecommendationLink": N_("link"), "ReportDraft": N_("report draft"),
    "RoleAssignment": N_("role"), "Session": N_("session"), "Sitting": N_("day of the meeting"),
    "Submission": N_("submission"), "Theme": N_("theme"), "User": N_("account"),
    "acronym": N_("acronym"), "addressee": N_("addressee"), "addressees": N_("addressees"),
    "aliases": N_("other spellings"), "body": N_("text"), "challenges": N_("challenges"), "city": N_("city"),
    "code": N_("code"), "confidential": N_("confidential"), "date": N_("date"), "decided_on": N_("decided on"),
    "due_on": N_("due date"), "email": N_("e-mail"), "ends_on": N_("until"), "focal_person": N_("focal point"),
    "forum": N_("forum"), "gender": N_("gender"), "heading": N_("listed under"), "is_enabled": N_("enabled"),
    "kind": N_("kind"), "language": N_("language"), "level": N_("level"), "meeting": N_("meeting"),
    "minutes": N_("minutes"), "minutes_status": N_("minutes"), "name": N_("name"), "name_ar": N_("Arabic name"),
    "note": N_("note"), "number": N_("number"), "organisation": N_("organisation"),
    "organisation_text": N_("organisation"), "organisations": N_("organisations"), "outcome": N_("outcome"),
    "owner": N_("owner"), "parent": N_("part of"), "pcode": N_("P-code"), "person": N_("person"),
    "position": N_("position"), "presenter": N_("presented by"), "presenter_text": N_("presented by"),
    "reason": N_("reason"), "recommendation": N_("recommendation"), "recommendations": N_("recommendations"),
    "recurrence": N_("usual date"), "reference": N_("reference"), "reminders_enabled": N_("reminders"),
    "role": N_("role"), "sent_on": N_("sent on"), "side": N_("side"), "sittings": N_("days"),
    "starts_on": N_("from"), "status": N_("status"), "summary": N_("summary"), "supporters": N_("supporting"),
    "text": N_("text"), "text_ar": N_("Arabic text"), "theme": N_("theme"), "theme_text": N_("theme"),
    "themes": N_("themes"), "places": N_("places"), "title": N_("title"), "title_ar": N_("title in Arabic"),
    "type": N_("type"), "venue": N_("venue"), "hosts": N_("hosts"), "organisers": N_("organisers"),
    "Document": N_("document"), "ReviewDraft": N_("quarterly review"), "StoredFile": N_("file"),
    "linked_to": N_("linked to"), "publisher": N_("publisher"), "published_on": N_("date published"),
    "url": N_("link"), "file": N_("file"), "size": N_("size"), "counterpart": N_("other-language version"),
    "forums": N_("forums"), "period": N_("period"), "sections": N_("sections"),
}


def trail_word(name: str) -> Message | str:
    """A record type or field name from the trail, as a Message; unknown names keep their spaces."""
    if name in TRAIL_WORDS:
        return Message(TRAIL_WORDS[name])
    return (name or "").replace("_", " ")
