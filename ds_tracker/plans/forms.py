from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..admin.forms import IdSelectField, enum_choices
from ..forms import CreateForm, HumanDateField, VersionedForm
from ..models import PlanKind


class NewPlanForm(CreateForm):
    forum = IdSelectField(_l("Owning forum"), validators=[DataRequired()])
    kind = SelectField(_l("Kind of plan"), choices=enum_choices(PlanKind))
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
    title_ar = StringField(_l("Title in Arabic"), validators=[Length(max=300)])
    summary = TextAreaField(_l("Summary"), validators=[Length(max=5000)])
    starts_on = HumanDateField(_l("Starts"))
    ends_on = HumanDateField(_l("Ends"))


class RevisionForm(CreateForm):
    revised_on = HumanDateField(_l("Date of the revision"), validators=[DataRequired()])
    label = StringField(_l("Label"), validators=[DataRequired(), Length(max=300)])
    documents = TextAreaField(_l("Documents (one a line: name, language, where it is)"),
                              validators=[Length(max=5000)])


class _CommitmentFields:
    text = TextAreaField(_l("Commitment"), validators=[Length(max=5000)])
    text_ar = TextAreaField(_l("Commitment in Arabic"), validators=[Length(max=5000)])
    decision = IdSelectField(_l("Announced by the decision"))
    timeframe = StringField(_l("Timeframe"), validators=[Length(max=200)])


class CommitmentForm(_CommitmentFields, CreateForm):
    pass


class EditCommitmentForm(_CommitmentFields, VersionedForm):
    reason = TextAreaField(_l("Why the change (optional)"))


class IndicatorForm(CreateForm):
    name = StringField(_l("What is counted"), validators=[Length(max=200)])
    name_ar = StringField(_l("What is counted, in Arabic"), validators=[Length(max=200)])
    target = StringField(_l("Target"), validators=[Optional(), Length(max=30)])
    unit = StringField(_l("Unit (e.g. families)"), validators=[Length(max=60)])


class ValueForm(CreateForm):
    value = StringField(_l("Value"), validators=[Length(max=30)])
    measured_on = HumanDateField(_l("Date of the figure"))
    source = StringField(_l("Source"), validators=[Length(max=300)])
