from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, FieldList, FormField, HiddenField, IntegerField, SelectField, StringField, \
    TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from ..forms import CreateForm, HumanDateField, VersionedForm, options
from ..meetings.forms import IdMultipleField


class NewReviewForm(CreateForm):
    start = HumanDateField(_l("From"), validators=[InputRequired(_l("Give the first day of the period."))])
    end = HumanDateField(_l("To"), validators=[InputRequired(_l("Give the last day of the period."))])
    forums = IdMultipleField(_l("Forums (none: every forum whose record you read)"))
    language = SelectField(_l("Language of the review"), choices=options([("en", "English"), ("ar", "العربية")]))


class SectionForm(FlaskForm):
    class Meta:
        csrf = False   # a part of the review's form, which carries the token

    key = HiddenField()
    order = IntegerField(_l("Order"), validators=[Optional()])
    heading = StringField(_l("Heading"), validators=[Optional(), Length(max=200)])
    text = TextAreaField(_l("Text"), validators=[Optional()])
    remove = BooleanField(_l("Leave this section out"))


class EditReviewForm(VersionedForm):
    title = StringField(_l("Title"), validators=[InputRequired(_l("Give the review a title.")), Length(max=300)])
    sections = FieldList(FormField(SectionForm), max_entries=31)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra_errors = {}   # a section's message, by "heading-<n>" / "text-<n>" (web.run fills it)
