from flask_babel import lazy_gettext as _l
from wtforms import FileField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from ..admin.forms import IdSelectField
from ..forms import CreateForm, EmptyForm, HumanDateField, VersionedForm, options
from ..meetings.forms import IdMultipleField

LANGUAGE_CHOICES = [("en", _l("English")), ("ar", _l("Arabic")), ("ku", _l("Kurdish")), ("other", _l("Other"))]


class DocumentFields:
    title = StringField(_l("Title (English)"), validators=[Optional(), Length(max=300)])
    title_ar = StringField(_l("Title (Arabic)"), validators=[Optional(), Length(max=300)])
    publisher = StringField(_l("Publisher"), validators=[Optional(), Length(max=200)])
    published_on = HumanDateField(_l("Date published"))
    language = SelectField(_l("Language"), choices=options(LANGUAGE_CHOICES), default="en")
    summary = TextAreaField(_l("Summary"), validators=[Optional(), Length(max=5000)])
    file = FileField(_l("File (PDF or Word .docx, up to 20 MB)"))
    url = StringField(_l("…or its link"), validators=[Optional(), Length(max=500)])
    counterpart = IdSelectField(_l("The same document in the other language"))
    forums = IdMultipleField(_l("Forums"))
    places = IdMultipleField(_l("Places"))
    themes = IdMultipleField(_l("Themes"))


class NewDocumentForm(DocumentFields, CreateForm):
    link = HiddenField()   # "meeting:12": the record the document is added from


class EditDocumentForm(DocumentFields, VersionedForm):
    pass


class LinkForm(EmptyForm):
    record_type = SelectField(_l("Belongs to"), choices=options([
        ("meeting", _l("Meeting (number)")), ("recommendation", _l("Recommendation (number)")),
        ("decision", _l("Decision (number)")), ("plan", _l("Plan (number)")),
        ("plan_revision", _l("Plan revision (number)"))]))
    record_id = StringField(_l("Number"))


class DeleteForm(VersionedForm):
    pass
