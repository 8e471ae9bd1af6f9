"""Form pieces shared across areas."""
import uuid

from flask import flash
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectChoice, StringField, TextAreaField
from wtforms.validators import StopValidation, ValidationError

from .dates import DateParseError, parse_date


def options(pairs) -> list[SelectChoice]:
    """Select options from (value, label) pairs."""
    return [SelectChoice(str(value), label) for value, label in pairs]  # lazy labels: the reader's language


LANGUAGE_OPTIONS = [("", _l("The browser's language")), ("en", "English"), ("ar", "العربية")]
DIGIT_OPTIONS = [("latin", _l("Latin (0123456789)")), ("arabic", _l("Arabic-Indic (٠١٢٣٤٥٦٧٨٩)"))]


class EmptyForm(FlaskForm):
    """A POST button: CSRF only."""


class HumanDateField(StringField):
    """A date typed the way people type dates (see dates.parse_date); data is a datetime.date or None."""

    def process_formdata(self, valuelist):
        self.raw = valuelist[0] if valuelist else ""
        self.data = None
        if self.raw and self.raw.strip():
            try:
                self.data = parse_date(self.raw)
            except DateParseError as e:
                self.data = None
                self.parse_error = str(e)

    def _value(self):
        if getattr(self, "raw", None):
            return self.raw
        return self.data.isoformat() if self.data else ""

    def pre_validate(self, form):
        if getattr(self, "parse_error", None):
            raise StopValidation(self.parse_error)


def _whole_number(form, field):
    # What the request sent, not what the form was filled with: an edit form built with obj=record would
    # otherwise take the record's current version when the request has none, and skip the lock.
    sent = field.raw_data[0] if field.raw_data else ""
    if not str(sent).strip().isdigit():
        raise ValidationError(_l("This form is missing the version of the record it was opened on; reload the page "
                                 "and make your change again."))


class VersionedForm(FlaskForm):
    """An edit form that carries the version it was opened on, for optimistic locking.

    The version is a hidden field, so its message is flashed above the form: a form that lost or mangled it
    is refused where the user can see why."""

    version = HiddenField(validators=[_whole_number])

    def validate(self, extra_validators=None):
        ok = super().validate(extra_validators)
        for message in self.version.errors:
            flash(str(message), "error")
        return ok


class CreateForm(FlaskForm):
    """A create form with a one-time token, so a resubmission over a flaky line creates nothing twice. A new
    form gets a fresh token (so `hidden_tag()` carries it); a posted form keeps the one it was sent with."""

    idempotency_key = HiddenField(default=lambda: uuid.uuid4().hex)


class ReasonMixin:
    reason = TextAreaField()
