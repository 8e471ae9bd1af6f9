from flask_babel import lazy_gettext as _l
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..forms import VersionedForm


class MeetingForm(VersionedForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
    title_ar = StringField(_l("Title in Arabic"), validators=[Optional(), Length(max=300)])
    summary = TextAreaField(_l("Summary (Markdown)"))
    minutes = TextAreaField(_l("Minutes (Markdown)"))
    reason = TextAreaField(_l("Reason for the change (required once minutes are approved)"))


class ApproveForm(VersionedForm):
    pass
