from flask import Blueprint, request

from ..web import require_login

bp = Blueprint("followup", __name__)


@bp.before_request
def logged_in_only():
    if request.endpoint in ("followup.forum_calendar", "followup.upcoming_feed") and request.args.get("token"):
        return None   # calendar apps cannot log in: a signed token stands for the user (checked in the route)
    return require_login()


from . import coming, routes, work  # noqa: E402,F401
