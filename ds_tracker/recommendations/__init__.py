from flask import Blueprint

from ..web import require_login

bp = Blueprint("recommendations", __name__)


@bp.before_request
def logged_in_only():
    return require_login()


from . import routes, submissions  # noqa: E402,F401
