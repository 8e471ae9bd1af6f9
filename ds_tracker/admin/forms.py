from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..forms import LANGUAGE_OPTIONS, CreateForm, HumanDateField, options
from ..message import label as display_label
from ..models import CoChairSide, ForumKind, OrganisationType, PlaceKind, Role


def optional_id(value):
    return int(value) if value not in (None, "", "None") else None


class IdSelectField(SelectField):
    """A select of records by id; the empty choice means none."""

    def __init__(self, label=None, validators=None, **kwargs):
        super().__init__(label, validators or [Optional()], coerce=optional_id, validate_choice=False, **kwargs)


def enum_choices(enum_cls):
    return [SelectChoice(m.value, display_label(m)) for m in enum_cls]  # labels render in the reader's language


class LinesField(TextAreaField):
    """One entry per line (aliases)."""

    def process_formdata(self, valuelist):
        self.data = [line.strip() for line in (valuelist[0] if valuelist else "").splitlines() if line.strip()]

    def _value(self):
        return "\n".join(self.data or [])


class NewUserForm(CreateForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    email = StringField(_l("E-mail (login)"), validators=[DataRequired(), Length(max=255)])
    password = PasswordField(_l("Initial password"), validators=[DataRequired()])
    language = SelectField(_l("Language"), choices=options(LANGUAGE_OPTIONS))


class EditUserForm(FlaskForm):
    email = StringField(_l("E-mail (login)"), validators=[DataRequired(), Length(max=255)])
    language = SelectField(_l("Language"), choices=options(LANGUAGE_OPTIONS))
    is_enabled = BooleanField(_l("Account enabled"))


class RoleForm(CreateForm):
    # No default: an admin who picks only an organisation and presses Grant must be asked, not make an admin.
    role = SelectField(_l("Role"), choices=[SelectChoice("", _l("— pick a role —"))] + enum_choices(Role),
                       validators=[DataRequired(_l("Pick the role to give."))])
    forum = IdSelectField(_l("Forum (secretariat, co-chair)"))
    organisation = IdSelectField(_l("Organisation (focal point)"))
    starts_on = HumanDateField(_l("From"))
    ends_on = HumanDateField(_l("Until (empty: open-ended)"))


class EndRoleForm(FlaskForm):
    ends_on = HumanDateField(_l("Last day"))
    reason = StringField(_l("Why"))


# The reference forms create and edit; an edit ignores the create token.
class OrganisationForm(CreateForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=255)])
    name_ar = StringField(_l("Arabic name"), validators=[Optional(), Length(max=255)])
    acronym = StringField(_l("Acronym"), validators=[Optional(), Length(max=40)])
    aliases = LinesField(_l("Other spellings and old names (one per line)"))
    type = SelectField(_l("Type"), choices=enum_choices(OrganisationType))
    parent = IdSelectField(_l("Part of"))
    is_active = BooleanField(_l("Active"), default=True)
    is_confirmed = BooleanField(_l("Confirmed (unticked: first met in an imported report, not yet checked)"),
                                default=True)


class PlaceForm(CreateForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=160)])
    name_ar = StringField(_l("Arabic name"), validators=[Optional(), Length(max=160)])
    kind = SelectField(_l("Kind"), choices=enum_choices(PlaceKind))
    parent = IdSelectField(_l("Within"))
    aliases = LinesField(_l("Other spellings (one per line)"))
    pcode = StringField(_l("P-code"), validators=[Optional(), Length(max=20)])


class ThemeForm(CreateForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=120)])
    name_ar = StringField(_l("Arabic name"), validators=[Optional(), Length(max=120)])


class ForumForm(CreateForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=160)])
    name_ar = StringField(_l("Arabic name"), validators=[Optional(), Length(max=160)])
    code = StringField(_l("Code (starts every recommendation reference)"), validators=[DataRequired(), Length(max=16)])
    kind = SelectField(_l("Kind"), choices=enum_choices(ForumKind))
    governorate = IdSelectField(_l("Governorate"))
    parent = IdSelectField(_l("Sub-group of"))
    confidential = BooleanField(_l("Confidential (members only)"))
    # The usual date in words ("every month on the last Tuesday"); recurrence.py makes the rule.
    recurrence = SelectField(_l("Meets"), choices=options([
        ("", _l("on no regular day")), ("weekly", _l("every week")), ("fortnightly", _l("every two weeks")),
        ("monthly", _l("every month"))]), validate_choice=False)
    recurrence_which = SelectField(_l("On the (monthly only)"), choices=options([
        ("", "—"), ("1", _l("first")), ("2", _l("second")), ("3", _l("third")), ("4", _l("fourth")),
        ("-1", _l("last"))]), validate_choice=False)   # recurrence.to_rule checks the three together
    recurrence_day = SelectField(_l("Day"), choices=options([
        ("", "—"), ("MO", _l("Monday")), ("TU", _l("Tuesday")), ("WE", _l("Wednesday")), ("TH", _l("Thursday")),
        ("FR", _l("Friday")), ("SA", _l("Saturday")), ("SU", _l("Sunday"))]), validate_choice=False)
    is_active = BooleanField(_l("Active"), default=True)


class CoChairForm(CreateForm):
    side = SelectField(_l("Side"), choices=enum_choices(CoChairSide))
    organisation = IdSelectField(_l("Organisation"), validators=[DataRequired()])
    starts_on = HumanDateField(_l("From"), validators=[DataRequired()])
    ends_on = HumanDateField(_l("Until"))
    note = StringField(_l("Note"), validators=[Optional(), Length(max=255)])


class MergeOrganisationForm(FlaskForm):
    target = IdSelectField(_l("Merge into"), validators=[DataRequired(_l("Choose the organisation to merge into."))])
