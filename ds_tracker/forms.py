"""Form pieces shared across areas."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectChoice, StringField, TextAreaField
from wtforms.validators import InputRequired, StopValidation

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


class VersionedForm(FlaskForm):
    """An edit form that carries the version it was opened on, for optimistic locking."""

    version = HiddenField(validators=[InputRequired("This form is missing its version; reload the page.")])


class CreateForm(FlaskForm):
    """A create form with a one-time token, so a resubmission over a flaky line creates nothing twice."""

    idempotency_key = HiddenField()


class ReasonMixin:
    reason = TextAreaField()
