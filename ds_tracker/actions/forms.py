from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from ..admin.forms import IdSelectField, enum_choices
from ..forms import CreateForm, HumanDateField, VersionedForm
from ..meetings.forms import IdMultipleField
from ..status import ActionStatus


class ActionStatusForm(VersionedForm):
    status = SelectField(_l("Status"), choices=enum_choices(ActionStatus))
    note = TextAreaField(_l("Note (required to mark done, blocked or cancelled, and to reopen)"))


class NoteForm(CreateForm):
    body = TextAreaField(_l("Progress note"), validators=[DataRequired(), Length(max=5000)])


class _ActionFields:
    text = TextAreaField(_l("What will be done"), validators=[DataRequired(), Length(max=5000)])
    owner = IdSelectField(_l("Lead organisation"), validators=[DataRequired()])
    supporters = IdMultipleField(_l("Supporting organisations"))
    focal = StringField(_l("Focal point (a person)"), validators=[Length(max=200)])
    new_person = BooleanField(_l("A new person, not one of those already known"))
    due_on = HumanDateField(_l("Due date"))


class NewActionForm(_ActionFields, CreateForm):
    pass


class EditActionForm(_ActionFields, VersionedForm):
    reason = TextAreaField(_l("Why the change (optional)"))


class OwnerDueForm(VersionedForm):
    """What the lead organisation's focal point may edit: the due date, with the reason the secretariat sees."""
    due_on = HumanDateField(_l("Due date"))
    reason = TextAreaField(_l("Why the due date moves"), validators=[Length(max=2000)])
