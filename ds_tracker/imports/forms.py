from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, FileField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired

from ..admin.forms import optional_id
from ..forms import CreateForm


class NewImportForm(CreateForm):
    text = TextAreaField(_l("Paste the report's text"))
    # the clipboard's HTML (tables kept), filled by static/js/paste.js when JavaScript runs
    html = HiddenField()
    file = FileField(_l("…or upload it (.docx, .pdf, .html, .txt, .md)"))
    forum = SelectField(_l("Forum whose meeting this is"), coerce=optional_id, validate_choice=False,
                        validators=[DataRequired(_l("Choose the forum whose meeting this is."))])


class SaveForm(FlaskForm):
    forum = SelectField(_l("Save into the forum"), coerce=optional_id, validate_choice=False,
                        validators=[DataRequired(_l("Choose the forum whose meeting this is."))])
    # shown when the forum already has a meeting on the report's day: saving needs this tick (a second import of
    # one report is the usual cause)
    same_day_ok = BooleanField(_l("This report is another meeting on the same day: save it"))
    # the report is the minutes a secretariat would otherwise retype: kept as the meeting's draft minutes, which
    # the co-chairs then approve (the box comes ticked; a form without it keeps none)
    keep_minutes = BooleanField(_l("Keep the report's text as the meeting's minutes (a draft the co-chairs approve)"),
                                default=True)
    # the next meeting the report announces, recorded as the forum's coming meeting (shown when there is one)
    keep_next = BooleanField(_l("Record it in the forum's calendar as a coming meeting"), default=True)


class SplitForm(FlaskForm):
    second = StringField(_l("Second person, as written"))
