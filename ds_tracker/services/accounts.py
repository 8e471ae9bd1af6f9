"""Accounts: users, their role assignments, passwords, and the login rate limit."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

import secrets
from datetime import timedelta

import sqlalchemy as sa

from ..extensions import db
from ..models import LoginAttempt, Operation, PasswordResetRequest, Person, Role, RoleAssignment, User
from ..models.base import utcnow
from ..models.people import new_token
from ..status import baghdad_today
from .core import (ValidationFailed, add_created, already_created, assign, clean, created_fields, log, principal_for,
                   require)

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 200
MIN_PASSWORD_SCORE = 3   # zxcvbn's "safely unguessable" (0-4)
LANGUAGES = ("en", "ar")
DIGITS = ("latin", "arabic")


def _check_password(password: str, field: str = "password", *, hints: tuple = ()) -> None:
    """Long enough, not absurdly long, and not common or guessable (ASVS V2.1.7): zxcvbn knows the
    common-password lists, names and keyboard walks, and is given the account's own e-mail and name too."""
    if not password or len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed({field: _l("Use at least %(n)s characters.", n=MIN_PASSWORD_LENGTH)})
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationFailed({field: _l("Use at most %(n)s characters.", n=MAX_PASSWORD_LENGTH)})
    from zxcvbn import zxcvbn
    if zxcvbn(password[:100], user_inputs=[h for h in hints if h])["score"] < MIN_PASSWORD_SCORE:
        raise ValidationFailed({field: _l(
            "This password is too common or too easy to guess. Use a few uncommon words together.")})


def normalise_email(email: str | None) -> str:
    return (email or "").strip().lower()


def create_user(actor, *, email: str, password: str, person: Person | None = None, name: str | None = None,
                language: str | None = None, idempotency_key=None) -> User:
    require(principal_for(actor).is_admin, _l("Only an admin can create accounts."))
    if existing := already_created(actor, idempotency_key, User):
        return existing
    email = normalise_email(email)
    errors = {}
    if "@" not in email:
        errors["email"] = _l("Enter the e-mail address the person logs in with.")
    elif db.session.scalar(sa.select(User.id).where(User.email == email)):
        errors["email"] = _l("An account with this e-mail already exists.")
    if person is None and not clean(name):
        errors["name"] = _l("Give the person's name.")
    if person is not None and person.user is not None:
        errors["name"] = _l("This person already has an account.")
    language = language or None  # empty: not chosen, the browser's language applies
    if language is not None and language not in LANGUAGES:
        errors["language"] = _l("Choose English or Arabic.")
    try:
        _check_password(password, hints=(email, name, person.name if person else None))
    except ValidationFailed as e:
        errors.update(e.errors)
    if errors:
        raise ValidationFailed(errors)
    if person is None:
        person = Person(name=clean(name), email=email)
        db.session.add(person)
        db.session.flush()
        log(actor, person, Operation.CREATE, created_fields(person, ["name", "email"]))
    user = User(email=email, person=person, language=language)
    user.set_password(password)
    return add_created(actor, user, ["email", "language"], idempotency_key=idempotency_key)


def update_user(actor, user: User, *, language=None, is_enabled=None, email=None, digits=None) -> dict:
    """language/digits: None leaves them; "" sets "not chosen" (browser's language, Latin digits)."""
    require(principal_for(actor).is_admin or actor.id == user.id)
    data = {}
    if language is not None:
        if language and language not in LANGUAGES:
            raise ValidationFailed({"language": _l("Choose English or Arabic.")})
        data["language"] = language or None
    if digits is not None:
        if digits and digits not in DIGITS:
            raise ValidationFailed({"digits": _l("Choose Latin or Arabic-Indic digits.")})
        data["digits"] = digits or None
    if is_enabled is not None:
        require(principal_for(actor).is_admin)
        if actor.id == user.id and not is_enabled:
            raise ValidationFailed({"is_enabled": _l("You cannot disable your own account.")})
        data["is_enabled"] = is_enabled
    if email is not None:
        require(principal_for(actor).is_admin)
        email = normalise_email(email)
        if "@" not in email:
            raise ValidationFailed({"email": _l("Enter a valid e-mail address.")})
        if email != user.email and db.session.scalar(sa.select(User.id).where(User.email == email)):
            raise ValidationFailed({"email": _l("An account with this e-mail already exists.")})
        data["email"] = email
    changes = assign(user, data)
    if changes:
        log(actor, user, Operation.UPDATE, changes)
        db.session.flush()
    return changes


def add_role(actor, user: User, role: Role, *, forum=None, organisation=None, starts_on=None,
             ends_on=None, idempotency_key=None) -> RoleAssignment:
    require(principal_for(actor).is_admin, _l("Only an admin can grant roles."))
    if existing := already_created(actor, idempotency_key, RoleAssignment):
        return existing
    starts_on = starts_on or baghdad_today()
    errors = {}
    if not isinstance(role, Role):
        raise ValidationFailed({"role": _l("Pick the role to give.")})
    if role is Role.ADMIN and (forum is not None or organisation is not None):
        errors["role"] = _l("An admin role covers everything: it has no forum or organisation. "
                            "Pick the role held there instead.")
    if role in (Role.SECRETARIAT, Role.CO_CHAIR) and forum is None:
        errors["forum"] = _l("A secretariat or co-chair role is held in a forum: pick one.")
    if role is Role.FOCAL_POINT and organisation is None:
        errors["organisation"] = _l("A focal point speaks for an organisation: pick one.")
    if ends_on is not None and ends_on < starts_on:
        errors["ends_on"] = _l("The role cannot end before it starts.")
    if errors:
        raise ValidationFailed(errors)
    assignment = RoleAssignment(
        user=user, role=role, starts_on=starts_on, ends_on=ends_on,
        forum=forum if role in (Role.SECRETARIAT, Role.CO_CHAIR) else None,
        organisation=organisation if role is Role.FOCAL_POINT else None)
    return add_created(actor, assignment, ["role", "forum", "organisation", "starts_on", "ends_on"],
                       idempotency_key=idempotency_key, parent=user)


def end_role(actor, assignment: RoleAssignment, *, ends_on=None, reason=None) -> None:
    """Roles are ended, not deleted: who held what, when, stays answerable."""
    require(principal_for(actor).is_admin, _l("Only an admin can end roles."))
    today = baghdad_today()
    ends_on = ends_on or today
    if ends_on < assignment.starts_on:
        raise ValidationFailed({"ends_on": _l("The role cannot end before it starts.")})
    data = {"ends_on": ends_on}
    if ends_on <= today:   # ended now, not at midnight: the moment is recorded and checked
        data["ended_dt"] = utcnow()
    changes = assign(assignment, data)
    if changes:
        log(actor, assignment, Operation.UPDATE, changes, clean(reason), parent=assignment.user)
        db.session.flush()


def change_password(actor, user: User, *, current: str, new: str, confirm: str) -> None:
    require(actor is not None and actor.id == user.id, _l("You can only change your own password."))
    if not user.check_password(current or ""):
        raise ValidationFailed({"current_password": _l("That is not your current password.")})
    _check_password(new, "new_password", hints=(user.email, user.name))
    if new != confirm:
        raise ValidationFailed({"confirm": _l("The two new passwords differ.")})
    user.set_password(new)   # ends every session of the account (the route keeps this one)
    log(actor, user, Operation.UPDATE, {"password": ["(hidden)", "(changed)"]})
    db.session.flush()


def set_reminders(actor, user: User, enabled: bool) -> None:
    require(actor is not None and (actor.id == user.id or principal_for(actor).is_admin))
    if user.person.reminders_enabled != enabled:
        log(actor, user.person, Operation.UPDATE, {"reminders": [user.person.reminders_enabled, enabled]})
        user.person.reminders_enabled = enabled
        db.session.flush()


def _reset_serializer():
    from flask import current_app
    from itsdangerous import URLSafeTimedSerializer
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="password-reset")


def reset_token(user: User) -> str:
    """Signed and time-limited; it names the current password hash, so it works once."""
    return _reset_serializer().dumps({"u": user.id, "h": user.password_hash[-12:]})


def user_for_reset_token(token: str) -> User | None:
    from flask import current_app
    from itsdangerous import BadSignature
    try:
        claim = _reset_serializer().loads(token, max_age=current_app.config["PASSWORD_RESET_HOURS"] * 3600)
    except BadSignature:   # includes SignatureExpired
        return None
    user = db.session.get(User, claim.get("u"))
    if user is None or not user.is_enabled or user.password_hash[-12:] != claim.get("h"):
        return None
    return user


def reset_password(user: User, *, new: str, confirm: str) -> None:
    _check_password(new, "new_password", hints=(user.email, user.name))
    if new != confirm:
        raise ValidationFailed({"confirm": _l("The two new passwords differ.")})
    user.set_password(new)   # ends every session: whoever held the old password is logged out
    log(user, user, Operation.UPDATE, {"password": ["(hidden)", "(reset by e-mail)"]})
    db.session.flush()


def set_password(actor, user: User, password: str) -> None:
    """An admin (or the command line) sets a password, e.g. for a new colleague."""
    require(principal_for(actor).is_admin)
    _check_password(password, hints=(user.email, user.name))
    user.set_password(password)
    log(actor, user, Operation.UPDATE, {"password": ["(hidden)", "(set by admin)"]})
    db.session.flush()


# --- logging in and out ----------------------------------------------------------------------

def login_blocked(email: str, ip: str | None, *, max_failures: int, window_minutes: int) -> bool:
    """Too many recent failures for this account from this source, or from this source overall.

    Per account AND source (OWASP ASVS V2.2.1): a stranger guessing from elsewhere cannot keep the
    owner locked out; each guessing source is stopped after a few tries on any one account."""
    since = utcnow() - timedelta(minutes=window_minutes)
    failures = sa.select(sa.func.count(LoginAttempt.id)).where(
        LoginAttempt.succeeded.is_(False), LoginAttempt.at_dt >= since)
    source = LoginAttempt.ip == ip if ip else LoginAttempt.ip.is_(None)
    by_account = db.session.scalar(failures.where(LoginAttempt.email == normalise_email(email), source))
    by_source = db.session.scalar(failures.where(source))
    # A source gets more room across accounts than on one: an office shares one address.
    return by_account >= max_failures or by_source >= max_failures * 4


def _dummy_hash() -> str:
    """A hash of the configured kind, checked for unknown accounts so they cost what real ones cost."""
    from flask import current_app
    from werkzeug.security import generate_password_hash
    method = current_app.config["PASSWORD_HASH_METHOD"]
    if _DUMMY_HASHES.get(method) is None:
        _DUMMY_HASHES[method] = generate_password_hash(secrets.token_urlsafe(16), method)
    return _DUMMY_HASHES[method]


_DUMMY_HASHES: dict[str, str] = {}


def authenticate(email: str, password: str, ip: str | None) -> User | None:
    """The user, when the password is right and the account may log in (enabled; a demo account only in
    demo mode). Every path checks one password hash, so the answer's timing does not tell who has an account."""
    from werkzeug.security import check_password_hash
    email = normalise_email(email)
    user = db.session.scalar(sa.select(User).where(User.email == email))
    if user is None:
        check_password_hash(_dummy_hash(), password or "")
        ok = False
    else:
        ok = user.check_password(password or "") and user.is_active
    db.session.add(LoginAttempt(email=email[:255], ip=ip, succeeded=ok))
    db.session.flush()
    return user if ok else None


def end_sessions(user: User) -> None:
    """Logging out ends the account's sessions everywhere: a copied cookie stops working too."""
    user.end_sessions()
    db.session.flush()


def new_calendar_key(actor, user: User) -> None:
    """Retire the calendar feed addresses shown so far (a leaked one stops working); new ones replace them."""
    require(actor is not None and (actor.id == user.id or principal_for(actor).is_admin))
    user.calendar_key = new_token()
    log(actor, user, Operation.UPDATE, {"calendar feed address": ["(hidden)", "(new)"]})
    db.session.flush()


# --- password-reset e-mails -----------------------------------------------------------------

def reset_mail_allowed(email: str, ip: str | None, *, per_address: int, per_ip: int) -> tuple[bool, bool]:
    """Record a request for a reset e-mail; answer (source within its limit, address within its limit).

    Counted in the database over the last hour, so several app hosts share the limits."""
    since = utcnow() - timedelta(hours=1)
    recent = sa.select(sa.func.count(PasswordResetRequest.id)).where(PasswordResetRequest.at_dt >= since)
    email = normalise_email(email)[:255]
    by_ip = db.session.scalar(recent.where(PasswordResetRequest.ip == ip)) if ip else 0
    by_address = db.session.scalar(recent.where(PasswordResetRequest.email == email))
    db.session.add(PasswordResetRequest(email=email, ip=ip))
    db.session.flush()
    return by_ip < per_ip, by_address < per_address


def reset_mail_not_sent(email: str) -> None:
    """The mail server was down: the request still counts for its source, but not against the address, so the
    person can ask again as soon as mail works (nothing was sent, so nothing is sent twice)."""
    latest = db.session.scalar(sa.select(sa.func.max(PasswordResetRequest.id)).where(
        PasswordResetRequest.email == normalise_email(email)[:255]))
    if latest is not None:
        db.session.execute(sa.update(PasswordResetRequest).where(PasswordResetRequest.id == latest).values(email=""))
        db.session.flush()
