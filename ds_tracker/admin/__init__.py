from flask import Blueprint, abort

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.before_request
def admins_only():
    """Every admin page, fragments included, is for admins: checked here once, and by each service."""
    from ..web import principal, require_login
    if (redirect_ := require_login()) is not None:
        return redirect_
    if not principal().is_admin:
        abort(403)


from . import routes  # noqa: E402,F401
