from flask import Blueprint, request
from flask_babel import gettext as _
from markupsafe import Markup

from ..web import require_login

bp = Blueprint("followup", __name__)


@bp.before_request
def logged_in_only():
    if request.endpoint in ("followup.forum_calendar", "followup.upcoming_feed") and request.args.get("token"):
        return None   # calendar apps cannot log in: a signed token stands for the user (checked in the route)
    return require_login()


@bp.app_template_global()
def owe_words() -> dict:
    """The words every row of What we owe repeats, translated once for the page, not once per row."""
    note = _("Note")
    # the note's placeholder (its accessible name too) unquoted when it can be: fifty rows must fit in 30 KB
    note_attr = note if note.isalnum() else Markup('"%s"') % note
    return {"due": _("due"), "overdue": _("overdue"), "support": _("support"), "figures": _("measure: figures"), "saved": _("Saved."),
            "note": note, "note_attr": note_attr, "add": _("Add note"), "forums": forum_codes()}


def forum_codes() -> dict[int, str]:
    """Each forum's short name (its code), so a row of /owe says which forum asked (a focal point owes to
    several; on a phone nothing else on the row told)."""
    import sqlalchemy as sa
    from ..extensions import db
    from ..listing import cached
    from ..models import Forum
    return cached("forum-codes", lambda: dict(db.session.execute(sa.select(Forum.id, Forum.code)).all()))


from . import coming, routes, work  # noqa: E402,F401
