"""The write path's shared parts: errors, permission, optimistic locking, the trail, idempotency.

Every write in the app is a function in this package that (1) checks permission through a
Principal, (2) validates, (3) changes the objects, (4) appends a TrailEntry with the changed fields,
(5) flushes. It never commits: the request (or CLI command) commits once, and rolls back on error.
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from ..message import N_

import contextlib
import contextvars
import enum
from datetime import date, datetime, timezone
from decimal import Decimal

import sqlalchemy as sa
from flask import g, has_request_context
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value

from ..extensions import db
from ..models import IdempotencyKey, Operation, TrailEntry, User
from ..permissions import ANONYMOUS, Principal
from ..status import BAGHDAD, baghdad_today


class ServiceError(Exception):
    """A refused write. Messages are lazy translations: str() renders them in the reader's language."""

    def __init__(self, message=""):
        super().__init__(str(message))
        self.message = message


class PermissionDenied(ServiceError):
    pass


class ValidationFailed(ServiceError):
    """Bad input: {field: message}, shown beside the fields; '' is a message for the whole form."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(str(v) for v in errors.values()))
        self.errors = errors


class Sentence:
    """A message naming people or values, translated when shown: as text (str) or, on a page, as HTML whose
    names sit in <bdi> (__html__), so an English name keeps its order inside an Arabic sentence."""

    def __init__(self, msgid: str, **values):
        self.msgid, self.values = msgid, values

    def __str__(self) -> str:
        from flask_babel import gettext
        return gettext(self.msgid) % {k: str(v) for k, v in self.values.items()}

    def __contains__(self, text) -> bool:
        return text in str(self)

    def __html__(self) -> str:
        from flask_babel import gettext
        from markupsafe import Markup, escape
        return Markup(escape(gettext(self.msgid))) % {
            k: Markup("<bdi>%s</bdi>") % str(v) for k, v in self.values.items()}


class StaleRecord(ServiceError):
    """Someone saved the record after this user opened it."""

    def __init__(self, record, by: User | None, at: datetime | None):
        who = by.name if by else _l("someone")
        when = _baghdad_time(at) if at else ""
        super().__init__(Sentence(N_("%(who)s changed this record at %(when)s while you were editing it. Your "
                                     "changes were not saved; they are kept below so you can re-apply them."),
                                  who=who, when=when))
        # for a form with nothing typed (approve, send back, take out...): nothing to re-apply, nothing kept below
        self.button_message = Sentence(N_("%(who)s changed this at %(when)s, before you pressed the button; nothing "
                                          "was done. The page now shows it as it is: check it, then choose again."),
                                       who=who, when=when)
        self.record, self.by, self.at = record, by, at


def _baghdad_time(at: datetime) -> str:
    """People read times in Baghdad time, whatever the server's zone."""
    from ..templating import _datetime   # the pages' own format: Iraqi month names in Arabic, no ISO date
    local = (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(BAGHDAD)
    return str(_l("%(time)s Baghdad time", time=_datetime(local)))


# --- who is acting --------------------------------------------------------------------------

class SystemActor:
    """The command line and start-up tasks: all rights, recorded in the trail with no user."""
    id = None
    is_authenticated = True
    name = "system"

    def __bool__(self):
        return True


SYSTEM = SystemActor()
SYSTEM_PRINCIPAL = Principal(is_admin=True)

def principal_for(user: User | None) -> Principal:
    """The user's permissions today; cached for the request, since every loader asks."""
    if user is SYSTEM:
        return SYSTEM_PRINCIPAL
    if user is None or not getattr(user, "is_authenticated", False):
        return ANONYMOUS
    cache = g.setdefault("_principals", {}) if has_request_context() else {}
    if user.id not in cache:
        from ..access import principal_on
        cache[user.id] = principal_on(user, baghdad_today())
    return cache[user.id]


def require(allowed: bool, message=None) -> None:
    if not allowed:
        raise PermissionDenied(message or _l("You are not allowed to do this."))


def check_version(record, expected_version) -> None:
    """Refuse a save built on an older version of the record, naming who changed it since.

    A missing or malformed version is refused too: a form that lost it must never skip the lock."""
    try:
        expected = int(str(expected_version).strip())
    except (TypeError, ValueError):
        raise ValidationFailed({"version": _l("This form is missing the version of the record it was opened on; "
                                              "reload the page and make your change again.")}) from None
    if expected != record.version:
        # not every versioned record maps its editor (a submission keeps only the id): a 500 otherwise
        by = getattr(record, "updated_by", None) or (
            db.session.get(User, record.updated_by_id) if getattr(record, "updated_by_id", None) else None)
        raise StaleRecord(record, by, getattr(record, "updated_dt", None))


# --- the trail ------------------------------------------------------------------------------

_trail_note: contextvars.ContextVar[str | None] = contextvars.ContextVar("trail_note", default=None)


@contextlib.contextmanager
def trail_note(note: str):
    """Every trail entry written inside gets this reason unless it has its own ("imported from report 12")."""
    token = _trail_note.set(note)
    try:
        yield
    finally:
        _trail_note.reset(token)


def plain(value):
    """A JSON-friendly, human-readable form of a field's value for the trail."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):   # an indicator's target: 121, not 121.00
        return format(value.normalize(), "f")
    if isinstance(value, (list, tuple, set)):
        return [plain(v) for v in value]
    if isinstance(value, db.Model):
        return _label(value)
    return value


def _label(record) -> str:
    for attr in ("reference", "label", "name", "title", "email"):
        value = getattr(record, attr, None)
        if value:
            return str(value)
    return f"{type(record).__name__} {getattr(record, 'id', '')}".strip()


def assign(record, data: dict) -> dict:
    """Set attributes from data; return {field: [old, new]} for those that really changed."""
    changes = {}
    for name, new in data.items():
        old = getattr(record, name)
        if isinstance(old, list) and isinstance(new, (list, tuple)):
            if [getattr(o, "id", o) for o in old] == [getattr(n, "id", n) for n in new]:
                continue
            changes[name] = [plain(old), plain(list(new))]
            setattr(record, name, list(new))
        elif old != new:
            changes[name] = [plain(old), plain(new)]
            setattr(record, name, new)
    return changes


def log(actor: User | None, record, operation: Operation, changes: dict | None = None,
        reason: str | None = None, parent=None) -> TrailEntry:
    """Append one trail entry. The record must have an id, so flush first for new records."""
    if record.id is None:
        db.session.flush()
    entry = TrailEntry(
        user_id=actor.id if actor else None,
        record_type=type(record).__name__, record_id=record.id,
        operation=operation, changes=changes or {}, reason=(reason or _trail_note.get() or None),
        summary=_label(record)[:300],
        parent_type=type(parent).__name__ if parent is not None else None,
        parent_id=parent.id if parent is not None else None,
    )
    db.session.add(entry)
    return entry


def created_fields(record, fields: list[str]) -> dict:
    """The initial values of a new record, in the trail's {field: [None, value]} form."""
    return {f: [None, plain(getattr(record, f))] for f in fields if getattr(record, f) not in (None, [], "")}


def add_created(actor, record, fields: list[str], *, idempotency_key=None, reason=None, parent=None):
    """The steps every create takes, in one place so none is forgotten: add the record, trail its creation with
    its initial `fields`, and tie the form's token to it (a resubmitted form then finds it)."""
    db.session.add(record)
    db.session.flush()
    log(actor, record, Operation.CREATE, created_fields(record, fields), reason, parent=parent)
    remember_creation(actor, idempotency_key, record)
    return record


def set_outside_lock(record, **values) -> None:
    """Change derived or side facts (the escalation stage, a co-chair's chase flag) without bumping the record's
    optimistic-lock version or its "last changed by": whoever is editing the record itself is not told that
    someone else changed it. A plain UPDATE, so the ORM's version counter is not involved."""
    values = {k: v for k, v in values.items() if getattr(record, k) != v}
    if not values:
        return
    table = type(record).__table__
    db.session.execute(sa.update(table).where(table.c.id == record.id)
                       .values(**values, updated_dt=table.c.updated_dt))
    for name, value in values.items():
        set_committed_value(record, name, value)


def touch(record, actor: User | None) -> None:
    """Mark a versioned record as changed by actor (bumps its version on flush)."""
    record.updated_by_id = actor.id if actor else None


# --- idempotent creates ---------------------------------------------------------------------

def already_created(actor: User | None, key: str | None, model):
    """The record a previous submission of the same form created, if any."""
    if not key or actor is None or actor.id is None:
        return None
    found = db.session.get(IdempotencyKey, key)
    if found is None or found.user_id != actor.id or found.record_type != model.__name__:
        return None
    return db.session.get(model, found.record_id)


def remember_creation(actor: User | None, key: str | None, record) -> None:
    """Tie the form's token to the record, in the same transaction as the record itself."""
    if not key or actor is None or actor.id is None:
        return
    db.session.add(IdempotencyKey(key=key, user_id=actor.id, record_type=type(record).__name__,
                                  record_id=record.id))
    try:
        with db.session.begin_nested():
            db.session.flush()
    except IntegrityError:
        raise ServiceError(_l("This form was already submitted.")) from None


def clean(text: str | None) -> str | None:
    """Trim, and make empty input None."""
    if text is None:
        return None
    text = str(text).strip()
    return text or None
