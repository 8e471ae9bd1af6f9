from flask_babel import lazy_gettext as _l
from wtforms import SelectField, TextAreaField

from ..admin.forms import enum_choices
from ..forms import VersionedForm
from ..status import RecommendationStatus


class RecommendationStatusForm(VersionedForm):
    status = SelectField(_l("New status"), choices=enum_choices(RecommendationStatus))
    reason = TextAreaField(_l("Why (required for dropping or going back)"))


class ApproveSubmissionForm(VersionedForm):
    pass
