from flask_babel import lazy_gettext as _l
from wtforms import FileField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..admin.forms import IdSelectField, enum_choices
from ..forms import CreateForm, HumanDateField, VersionedForm
from ..meetings.forms import IdMultipleField
from ..status import EscalationLevel, RecommendationStatus


class RecommendationStatusForm(VersionedForm):
    status = SelectField(_l("New status"), choices=enum_choices(RecommendationStatus))
    reason = TextAreaField(_l("Why (required for dropping or going back)"))


class _RecommendationFields:
    text = TextAreaField(_l("Recommendation (English)"), validators=[Length(max=5000)])
    text_ar = TextAreaField(_l("Recommendation (Arabic)"), validators=[Length(max=5000)])
    group = IdSelectField(_l("Breakout group"))
    themes = IdMultipleField(_l("Themes"))
    places = IdMultipleField(_l("Places"))
    addressees = IdMultipleField(_l("Addressed to"))


class NewRecommendationForm(_RecommendationFields, CreateForm):
    pass


class EditRecommendationForm(_RecommendationFields, VersionedForm):
    reason = TextAreaField(_l("Why the change (optional)"))


class ApproveSubmissionForm(VersionedForm):
    button_only = True   # nothing typed: a stale press says "nothing was done", not "kept below"


class SendBackSubmissionForm(VersionedForm):
    comment = TextAreaField(_l("What should the secretariat complete or change?"),
                            validators=[Length(max=2000)])   # the service says why empty is refused


class SubmissionForm(CreateForm):
    level = SelectField(_l("Sent to"), choices=enum_choices(EscalationLevel))
    addressee = IdSelectField(_l("Which body (ministry, office...)"))
    title = StringField(_l("What the letter is"), validators=[DataRequired(), Length(max=300)])
    recommendations = IdMultipleField(_l("Recommendations it carries"))


class EditSubmissionForm(VersionedForm):
    level = SelectField(_l("Sent to"), choices=enum_choices(EscalationLevel))
    addressee = IdSelectField(_l("Which body (ministry, office...)"))
    title = StringField(_l("What the letter is"), validators=[DataRequired(), Length(max=300)])


class WithdrawSubmissionForm(VersionedForm):
    reason = StringField(_l("Why it is withdrawn"), validators=[DataRequired(), Length(max=300)])


class TakeOutForm(VersionedForm):
    button_only = True   # nothing typed: a stale press says "nothing was done", not "kept below"
    recommendation = IdSelectField(_l("Recommendation"), validators=[DataRequired()])


class SendSubmissionForm(VersionedForm):
    sent_on = HumanDateField(_l("Date sent"), validators=[DataRequired()])
    reference = StringField(_l("Reference number"), validators=[DataRequired(), Length(max=120)])
    scan = FileField(_l("Scan of the letter (PDF, PNG or JPEG)"))


class DecisionForm(CreateForm):
    number = StringField(_l("Decision number"), validators=[Optional(), Length(max=80)])
    decided_on = HumanDateField(_l("Date of the decision"), validators=[DataRequired()])
    body = IdSelectField(_l("Body that decided"))
    text = TextAreaField(_l("Text of the decision"))
