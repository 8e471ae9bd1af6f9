from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from ..admin.forms import IdSelectField, enum_choices
from ..forms import CreateForm, HumanDateField
from ..status import EscalationLevel


class RegisterDecisionForm(CreateForm):
    forum = IdSelectField(_l("Recorded by the forum"), validators=[DataRequired()])
    level = SelectField(_l("Level of the body"), choices=enum_choices(EscalationLevel),
                        default=EscalationLevel.COUNCIL_OF_MINISTERS.value)
    body = IdSelectField(_l("Body that decided"))
    number = StringField(_l("Decision number"), validators=[Length(max=80)])
    decided_on = HumanDateField(_l("Date of the decision"))
    title = StringField(_l("Title"), validators=[Length(max=300)])
    text = TextAreaField(_l("Text of the decision"), validators=[Length(max=20000)])
    text_ar = TextAreaField(_l("Text of the decision in Arabic"), validators=[Length(max=20000)])
    deadline_on = HumanDateField(_l("Deadline"))


class AmendmentForm(CreateForm):
    amended_on = HumanDateField(_l("Date of the change"))
    text = TextAreaField(_l("What changed"), validators=[Length(max=5000)])
    text_ar = TextAreaField(_l("What changed, in Arabic"), validators=[Length(max=5000)])
    deadline_on = HumanDateField(_l("New deadline (if the deadline moves)"))
    source = StringField(_l("Source"), validators=[Length(max=300)])
