"""What every route shares: loading a record the user may see, and running one service call."""
from __future__ import annotations

from markupsafe import Markup
from flask import abort, flash, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from .extensions import db
from .services.core import PermissionDenied, ServiceError, StaleRecord, ValidationFailed, principal_for


def principal():
    return principal_for(current_user)


def load(model, record_id, can=None, options=()):
    """The record the user may READ (access/), else 404: missing, deleted and hidden answer the same.

    `can` is an optional WRITE rule asked next (403): the name of a Principal method taking the record
    (e.g. "can_edit_meeting"), or a callable. `options`: what the page shows of it, loaded in the same query.
    """
    from . import access
    record = access.get(model, record_id, principal(), options)
    if record is None or getattr(record, "deleted_dt", None) is not None:
        abort(404)
    check = getattr(principal(), can) if isinstance(can, str) else can
    if check is not None and not check(record):
        abort(403)
    return record


def run(form, service, *args, **kwargs):
    """Call one service function; commit on success, roll back and explain on failure.

    Returns (True, result) or (False, http_status). Messages land beside the form's fields
    (or in a flash for the whole form); the user's input stays in the form.
    """
    try:
        result = service(*args, **kwargs)
        db.session.commit()
        return True, result
    except PermissionDenied:
        db.session.rollback()
        abort(403)
    except StaleRecord as e:
        db.session.rollback()
        message = e.button_message if typed_nothing(form) else e.message
        flash(Markup(message.__html__()), "error")   # the name and time isolated in either language
        return False, 409
    except (StaleDataError, IntegrityError):
        # Two saves raced past the checks (the version or a unique number): the later one loses, calmly.
        db.session.rollback()
        flash(_("Someone changed this record at the same moment; nothing was done. The page now shows it as it "
                "is: check it, then choose again.") if typed_nothing(form) else
              _("Someone saved a change to the same record at the same moment. Your changes were not saved; "
                "they are kept below so you can check and save again."), "error")
        return False, 409
    except ValidationFailed as e:
        db.session.rollback()
        for field, message in e.errors.items():
            target = getattr(form, field, None) if form is not None and field else None
            if getattr(target, "type", "") == "HiddenField":   # not shown beside anything: say it above the form
                target = None
            if field and not hasattr(target, "errors"):
                message = f"{field}: {message}" if form is None else message
            if target is not None and hasattr(target, "errors"):
                target.errors = list(target.errors) + [message]
            elif field and isinstance(getattr(form, "extra_errors", None), dict):
                form.extra_errors[field] = message   # a row of the form that is no WTForms field
            else:
                flash(str(message), "error")
        return False, 422
    except ServiceError as e:
        db.session.rollback()
        flash(str(e.message or _("That could not be saved.")), "error")
        return False, 400


_NOT_TYPED = {"HiddenField", "CSRFTokenField", "SubmitField", "BooleanField"}


def typed_nothing(form) -> bool:
    """A form that was only a button (approve, take out, a status button with its note left empty): a refused
    press has nothing of the user's to keep. A form may say so itself (`button_only`: its values are hidden)."""
    if form is None:
        return False
    if getattr(form, "button_only", None) is not None:
        return bool(form.button_only)
    if not hasattr(form, "__iter__"):
        return False
    for f in form:
        if f.type in _NOT_TYPED:
            continue
        data = f.data
        if isinstance(data, str) and not data.strip():
            continue
        if data in (None, [], (), {}) or getattr(data, "filename", "x") == "":
            continue
        return False
    return True


def submit(form, service, *args, done, **kwargs):
    """The post cycle every create and edit page shares.

    Validates the form and runs the service; on success returns (done(result), None) where done makes
    the response (usually a redirect); otherwise (None, status) to re-render the form with: 200 for a
    GET, 422 for invalid input, 409 for a stale save...
    """
    if form.validate_on_submit():
        ok, result = run(form, service, *args, **kwargs)
        return (done(result), None) if ok else (None, result)
    return None, (422 if request.method == "POST" else 200)


def then(message, response):
    """Flash a message and return the response: `done=lambda r: then(_("Saved."), redirect(...))`."""
    flash(message, "info")
    return response


def render(template: str, fragment: str | None = None, status: int = 200, **context):
    """The full page, or only the fragment when htmx asked for a partial update (not when it restores a page
    missing from its history cache: that needs the whole page)."""
    if fragment and request.htmx and not request.htmx.boosted and not request.htmx.history_restore_request:
        return render_template(fragment, **context), status
    return render_template(template, **context), status


def require_login():
    if not current_user.is_authenticated:
        from .extensions import login_manager
        return login_manager.unauthorized()
    return None
