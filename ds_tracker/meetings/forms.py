from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from ..admin.forms import IdSelectField, LinesField, optional_id
from ..dates import DateParseError, parse_date
from ..forms import CreateForm, VersionedForm
from ..text import MAX_MARKDOWN_CHARS, MAX_SUMMARY_CHARS


def _markdown_field(label, limit):
    """Bounded, with the limit said beside the field: rendering stays quick (see text.py)."""
    return TextAreaField(label, validators=[Length(max=limit, message=_l(
        "This text is too long: keep it under %(max)d characters (attach the full report instead)."))])


class SittingsField(TextAreaField):
    """One day per line: date; city; venue. data: [{"date", "city", "venue"}]."""

    def process_formdata(self, valuelist):
        self.raw = valuelist[0] if valuelist else ""
        self.data, self.line_errors = [], []
        for number, line in enumerate(self.raw.splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.replace("|", ";").split(";")]
            try:
                day = parse_date(parts[0])
            except DateParseError as e:
                self.line_errors.append(f"Line {number}: {e}")
                continue
            self.data.append({"date": day, "city": parts[1] if len(parts) > 1 else None,
                              "venue": "; ".join(parts[2:]) if len(parts) > 2 else None})

    def process_data(self, value):
        # From a Meeting (Sitting objects) or from code (dicts).
        self.data = [s if isinstance(s, dict) else {"date": s.date, "city": s.city, "venue": s.venue}
                     for s in value or []]

    def _value(self):
        if getattr(self, "raw", None) is not None:
            return self.raw
        return "\n".join("; ".join(filter(None, [s["date"].isoformat(), s.get("city"), s.get("venue")]))
                         for s in self.data or [])

    def pre_validate(self, form):
        if self.render_kw and self.render_kw.get("required") and not (getattr(self, "raw", "") or "").strip():
            raise ValidationError(_l("Give at least one day: date; city; venue."))
        if getattr(self, "line_errors", None):
            raise ValidationError(" ".join(self.line_errors))


class IdMultipleField(SelectMultipleField):
    def __init__(self, label=None, validators=None, **kwargs):
        super().__init__(label, validators or [Optional()], coerce=int, validate_choice=False, **kwargs)


class PartyMultipleField(SelectMultipleField):
    """Hosts or organisers: "o<id>" for an organisation, "f<id>" for a forum (meetings.routes reads them)."""

    def __init__(self, label=None, validators=None, **kwargs):
        super().__init__(label, validators or [Optional()], coerce=str, validate_choice=False, **kwargs)


class MeetingForm(VersionedForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
    title_ar = StringField(_l("Title in Arabic"), validators=[Optional(), Length(max=300)])
    sittings = SittingsField(_l("Days (one per line: date; city; venue)"))
    hosts = PartyMultipleField(_l("Hosted by"))
    organisers = PartyMultipleField(_l("Organised with"))
    present = PartyMultipleField(_l("Organisations present (when the report names no people)"))
    summary = _markdown_field(_l("Summary (Markdown)"), MAX_SUMMARY_CHARS)
    minutes = _markdown_field(_l("Minutes (Markdown)"), MAX_MARKDOWN_CHARS)
    reason = TextAreaField(_l("Reason for the change (required once minutes are approved)"))


class NewMeetingForm(CreateForm):
    forum = SelectField(_l("Forum"), coerce=optional_id, validate_choice=False, validators=[DataRequired()])
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
    title_ar = StringField(_l("Title in Arabic"), validators=[Optional(), Length(max=300)])
    # No DataRequired: it would replace "Line 1: not a real date" by "This field is required" (StopValidation)
    sittings = SittingsField(_l("Days (one per line: date; city; venue)"), render_kw={"required": True})
    hosts = PartyMultipleField(_l("Hosted by"))
    organisers = PartyMultipleField(_l("Organised with"))
    present = PartyMultipleField(_l("Organisations present (when the report names no people)"))
    summary = _markdown_field(_l("Summary (Markdown)"), MAX_SUMMARY_CHARS)
    same_day_ok = BooleanField(_l("This is another meeting on the same day: create it"))


class ApproveForm(VersionedForm):
    button_only = True   # nothing typed: a stale press says "nothing was done", not "kept below"


class SendBackForm(VersionedForm):
    """A co-chair's "not yet": what the secretariat should complete or change."""
    comment = TextAreaField(_l("What should the secretariat complete or change?"),
                            validators=[Length(max=2000)])   # the service says why empty is refused


class AttendanceForm(CreateForm):
    person = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    position = StringField(_l("Position as stated"), validators=[Optional(), Length(max=300)])
    organisation = StringField(_l("Organisation"), validators=[Optional(), Length(max=300)])
    heading = StringField(_l("Listed under"), validators=[Optional(), Length(max=160)])
    new_person = BooleanField(_l("A new person, not one of those already known"))
    reason = StringField(_l("Reason (minutes approved)"))


class SessionForm(CreateForm):
    title = StringField(_l("Session"), validators=[DataRequired(), Length(max=300)])
    presenter_text = StringField(_l("Presented by"), validators=[Optional(), Length(max=300)])
    summary = _markdown_field(_l("Summary"), MAX_SUMMARY_CHARS)
    reason = StringField(_l("Reason (minutes approved)"))


class GroupForm(CreateForm):
    name = StringField(_l("Group"), validators=[DataRequired(), Length(max=160)])
    theme = IdSelectField(_l("Theme"))
    challenges = LinesField(_l("Challenges (one per line)"))
    reason = StringField(_l("Reason (minutes approved)"))


class RemoveForm(CreateForm):
    reason = StringField(_l("Reason (minutes approved)"))
