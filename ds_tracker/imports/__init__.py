from flask import Blueprint

from ..web import require_login

bp = Blueprint("imports", __name__, url_prefix="/imports")


@bp.before_request
def logged_in_only():
    return require_login()


from . import routes, template_rules  # noqa: E402,F401
