"""Field names, stored values and trail entries in words, in the reader's language.

The trail keeps raw values (`in_progress`, `['Sinjar']`, ISO dates) so it can answer "what was X on date D";
people read it through these functions, never raw.
"""
from __future__ import annotations

import re
from datetime import date, datetime

import sqlalchemy as sa

from flask_babel import format_date as _babel_date, format_datetime, gettext as _
from markupsafe import Markup, escape

from .message import LABELS, field_word, record_word

# Fields whose stored strings are enum values (free text such as a title is never looked up in LABELS).
ENUM_FIELDS = {"status", "status_from", "status_to", "minutes_status", "level", "outcome", "escalation_state",
               "escalation_level", "role", "kind", "state", "side", "gender", "type"}
# Fields that name records of the reference lists: the trail keeps the English label ("Ministry of Migration
# and Displacement (MoMD)") or, for a few, the id; an Arabic reader sees the Arabic name where one is stored.
NAMED = {"owner": "Organisation", "supporters": "Organisation", "addressees": "Organisation",
         "addressee": "Organisation", "body": "Organisation", "organisation": "Organisation",
         "organisations": "Organisation", "hosts": "Organisation", "organisers": "Organisation", "present": "Organisation",
         "publisher": None, "forum": "Forum", "forums": "Forum", "places": "Place", "themes": "Theme",
         "theme": "Theme"}
BY_ID = {"forum_id": "Forum", "body_id": "Organisation", "organisation_id": "Organisation",
         "owner_id": "Organisation", "addressee_id": "Organisation", "person": "Person", "presenter": "Person"}
# Records whose `body` is text, not an organisation.
TEXT_BODY = {"ActionNote"}

_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_ISO_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_PERIOD = re.compile(r"(\d{4}-\d\d-\d\d) – (\d{4}-\d\d-\d\d)")
_LINKED = re.compile(r"([A-Za-z_]+) (\d+)")
REFERENCES = {"linked_to", "decision", "meeting", "plan", "commitment"}   # fields that may name a record by id
RECORD_NAMES = {"Decision", "Action", "Meeting", "Plan", "PlanRevision", "Commitment", "Submission"}


def format_date(value: date, width: str = "long") -> str:
    """A date as pages write it: Iraqi month names in Arabic (آذار, not مارس), like templating's `date` filter."""
    from .templating import DATE_FORMATS, language
    if language() in DATE_FORMATS:
        from babel.dates import format_date as babel_date
        return babel_date(value, width, locale=DATE_FORMATS[language()][0])
    return _babel_date(value, width)


def value_label(value) -> str:
    """An enum (or its stored value) in words: ActionStatus.IN_PROGRESS -> "in progress"."""
    raw = getattr(value, "value", value)
    if raw is None:
        return ""
    raw = str(raw)
    return _(LABELS[raw]) if raw in LABELS else raw.replace("_", " ")


def field_label(field: str, record_type: str | None = None) -> str:
    """The field's name in words, as the record type calls it (a decision's `body` is the body that decided)."""
    return str(field_word(field, record_type))


def record_label(record_type: str) -> str:
    return str(record_word(record_type))


def _models():
    from . import models
    return models


def _model(name: str):
    return getattr(_models(), name)


def _by_id(model_name: str, record_id: int) -> str:
    from .extensions import db
    from .templating import local_name
    record = db.session.get(_model(model_name), record_id)
    return local_name(record) if record else _("someone")


def _local_names(model_name: str) -> dict:
    """English label -> Arabic name of the reference lists, once per request (the trail keeps English)."""
    from flask import g
    cache = g.setdefault("_trail_names", {})
    if model_name not in cache:
        from .extensions import db
        model = _model(model_name)
        rows = db.session.scalars(sa.select(model).where(model.name_ar.is_not(None))).all()
        cache[model_name] = {getattr(r, "label", None) or r.name: r.name_ar for r in rows} | \
            {r.name: r.name_ar for r in rows}
    return cache[model_name]


def _named(field: str, value: str, record_type: str | None) -> str:
    from .templating import language
    kind = NAMED.get(field)
    if kind is None or language() != "ar" or (field == "body" and record_type in TEXT_BODY):
        return value
    return _local_names(kind).get(value, value)


def _record_named(value: str) -> str | None:
    """A record the trail names by kind and id ("decision 12" of a document's link, "Decision 2" where a record
    without a name was stored) as its kind and name; None when the value is not such a reference."""
    from .extensions import db
    from .services.core import plain
    from .services.library import LINKABLE
    match = _LINKED.fullmatch(value)
    if not match:
        return None
    model = LINKABLE[match[1]][0] if match[1] in LINKABLE else \
        getattr(_models(), match[1], None) if match[1] in RECORD_NAMES else None
    if model is None:
        return None
    record = db.session.get(model, int(match[2]))
    if record is None:
        return f"{record_label(model.__name__)} #{match[2]}"
    if hasattr(record, "decided_on"):   # a decision has no name: its number and who decided
        from .templating import issuer
        return f"{record_label(model.__name__)} {' '.join(filter(None, (record.number, issuer(record))))}"
    return f"{record_label(model.__name__)} {plain(record)}"


def value_words(field: str, value, record_type: str | None = None) -> str:
    """A stored value as a person writes it: lists joined, dates in the reader's locale, Baghdad times, ids and
    names of forums and organisations in the reader's language."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, (list, tuple)):
        return ", ".join(value_words(field, v, record_type) for v in value)
    if isinstance(value, datetime):
        return format_datetime(value, "short")
    if isinstance(value, date):
        return format_date(value, "long")
    if isinstance(value, int) and field.endswith("_by_id"):
        from .extensions import db
        from .models import User
        user = db.session.get(User, value)
        return user.name if user else _("someone")
    if isinstance(value, int) and field in BY_ID:
        return _by_id(BY_ID[field], value)
    if isinstance(value, str):
        return _string_words(field, value, record_type)
    return str(value)


def _string_words(field: str, value: str, record_type: str | None) -> str:
    if field in ENUM_FIELDS and value in LABELS:
        return _(LABELS[value])
    if field == "language" and record_type in (None, "Document", "User"):
        from .templating import language_name
        return language_name(value)
    if field in REFERENCES and (named := _record_named(value)) is not None:
        return named
    if _ISO_DATETIME.fullmatch(value[:16]) and len(value) <= 32:
        try:
            return format_datetime(datetime.fromisoformat(value), "short")
        except ValueError:
            return value
    if _ISO_DATE.fullmatch(value):
        return format_date(date.fromisoformat(value), "long")
    if period := _PERIOD.fullmatch(value):
        return " – ".join(format_date(date.fromisoformat(d), "long") for d in period.groups())
    return _named(field, value, record_type)


def _generic(summary: str | None, record_type: str) -> bool:
    """A summary that only repeats the kind and id ("Action 622") says nothing to a reader."""
    return not summary or summary == "None" or re.fullmatch(rf"{record_type} \d+", summary) is not None


# A meeting's parts, named in its history by what a reader knows them by (entries written without a summary,
# such as the demo data's, or with only "Attendance 12", are named from the record itself).
PARTS = {"Attendance": ("Person", "name"), "Session": ("Session", "title"), "BreakoutGroup": ("BreakoutGroup", "name")}


def name_parts(entries) -> list:
    """Give each entry about a meeting's part its name (`part_name`), one query per kind of part."""
    wanted: dict = {}
    for entry in entries:
        if entry.record_type in PARTS and _generic(entry.summary, entry.record_type):
            wanted.setdefault(entry.record_type, set()).add(entry.record_id)
    names: dict = {}
    if wanted:
        from .extensions import db
        models = _models()
        for kind, ids in wanted.items():
            source, column = PARTS[kind]
            query = sa.select(getattr(models, kind).id, getattr(getattr(models, source), column)) \
                .where(getattr(models, kind).id.in_(ids))
            if kind == "Attendance":
                query = query.join(models.Person, models.Person.id == models.Attendance.person_id)
            names.update({(kind, i): name for i, name in db.session.execute(query)})
    for entry in entries:
        entry.part_name = names.get((entry.record_type, entry.record_id))
    return entries


def shown_changes(entry) -> list:
    """The changes a reader needs, each once: a removal's "removed: no → yes" is the sentence itself, and the
    organisation as written is left out when it only repeats the organisation picked."""
    changes = {field: pair for field, pair in (entry.changes or {}).items()
               if field not in getattr(entry, "hidden_fields", ())}   # services.history: not the reader's to know
    op = getattr(entry.operation, "value", entry.operation)
    if op == "delete":
        changes.pop("deleted", None)
    picked, written = changes.get("organisation"), changes.get("organisation_text")
    if picked and written and _same_organisation(picked[1], written[1]):
        changes.pop("organisation_text")
    return list(changes.items())


def _same_organisation(label, text) -> bool:
    return bool(label and text) and (label == text or str(label).startswith(f"{text} ("))


def isolated(value) -> Markup:
    """A name or value in its own direction inside a sentence of either language (record data: the
    leftover-English check of tests/test_translations.py skips isolated text)."""
    return Markup("<bdi>%s</bdi>") % value


def say(msgid: str, **values) -> Markup:
    """The translated sentence as HTML, its values escaped (Markup values, such as isolated(), kept)."""
    return Markup(escape(_(msgid))) % values


# A reason the app itself writes in the trail (kept in English there, as every stored word is), in the reader's
# language: "Imported from report #12 by Sara Ali".
_IMPORTED = re.compile(r"Imported from report #(\d+) by (.+)")


AGREED_WITH_MINUTES = "Agreed with the meeting's approved minutes"


def reason_words(reason: str | None) -> str:
    m = _IMPORTED.fullmatch(reason or "")
    if m:
        return _("Imported from report #%(number)s by %(name)s", number=m[1], name=m[2])
    if reason == AGREED_WITH_MINUTES:
        return _("Agreed with the meeting's approved minutes")
    return reason or ""


def entry_sentence(entry) -> Markup:
    """"Mona MoMD changed the status of the action", "Sara created the participant “Ali Jahankeer”"; the
    person's and the record's names are isolated (<bdi>), so they keep their order inside Arabic and English."""
    who = isolated(entry.user.name) if entry.user else _("The system")
    kind = record_label(entry.record_type)
    op = getattr(entry.operation, "value", entry.operation)
    if entry.record_type == "ActionNote" and op == "create":
        return say("%(who)s added a note", who=who)
    if entry.record_type in PARTS and not hasattr(entry, "part_name"):
        name_parts([entry])   # a list that did not name its parts at once (the admin's trail)
    name = getattr(entry, "part_name", None) or entry.summary
    what = say("the %(kind)s", kind=kind) if _generic(name, entry.record_type) else \
        say("the %(kind)s “%(name)s”", kind=kind, name=isolated(name))
    if op == "create":
        return say("%(who)s created %(what)s", who=who, what=what)
    if op == "status":
        return say("%(who)s changed the status of %(what)s", who=who, what=what)
    if op == "delete":
        return say("%(who)s removed %(what)s", who=who, what=what)
    return say("%(who)s changed %(what)s", who=who, what=what)
