"""What a load balancer and an operator see: `/healthz`, a request id in every log line and answer, and a clear
"try again" page (503) when the database does not answer, instead of a traceback.

The 503 page touches nothing that needs the database (no user, no session lookup): it is what the app can still
say while PostgreSQL restarts. The engine's pool pings a connection before lending it (config.py,
`pool_pre_ping`), so the first request after the database is back gets a fresh connection: no restart needed.
"""
from __future__ import annotations

import logging
import re
import uuid

import sqlalchemy as sa
from flask import Blueprint, current_app, g, has_request_context, jsonify, render_template, request

from .extensions import db

bp = Blueprint("serving", __name__)
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")   # a proxy's id is kept only when it cannot forge a log line
LOG_FORMAT = "[%(asctime)s] %(levelname)s request=%(request_id)s %(name)s: %(message)s"


class RequestIdFilter(logging.Filter):
    """Adds request_id to every record ("-" outside a request), so one request's lines can be found together."""

    def filter(self, record):
        record.request_id = getattr(g, "request_id", "-") if has_request_context() else "-"
        return True


def install(app):
    app.register_blueprint(bp)
    from flask.logging import default_handler
    default_handler.addFilter(RequestIdFilter())
    default_handler.setFormatter(logging.Formatter(LOG_FORMAT))

    @app.before_request
    def _request_id():
        given = request.headers.get("X-Request-ID", "")
        g.request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex

    @app.after_request
    def _echo_request_id(response):
        if "request_id" in g:
            response.headers["X-Request-ID"] = g.request_id
        return response

    for error in (sa.exc.OperationalError, sa.exc.InterfaceError):
        app.register_error_handler(error, database_unavailable)


def database_unavailable(error):
    """The database is away (restarting, unreachable, or an SQLite file locked past its busy timeout): nothing of
    this request was committed (its transaction died with the connection), so the person can simply try again."""
    g.database_unavailable = True   # the locale selector then leaves the user (a database read) alone
    if "_login_user" not in g:      # Flask-Login's template context would load the user: an anonymous one
        g._login_user = current_app.login_manager.anonymous_user()
    try:
        db.session.rollback()
    except sa.exc.SQLAlchemyError:
        pass
    current_app.logger.warning("database unavailable: %s", str(error).splitlines()[0][:300])
    response = current_app.make_response((render_template("unavailable.html"), 503))
    response.headers["Retry-After"] = "10"
    return response


@bp.get("/healthz")
def healthz():
    """200 when the database answers and its schema is the code's (migrations current); 503 otherwise."""
    try:
        stored = set(db.session.scalars(sa.text("SELECT version_num FROM alembic_version")))
    except sa.exc.SQLAlchemyError as e:
        # The cause goes to the log, not to whoever can reach this URL (it names the database host and driver).
        db.session.rollback()
        current_app.logger.warning("healthz: %s", str(e).splitlines()[0][:200])
        if not _answers():
            return jsonify(status="unavailable", database="no answer"), 503
        stored = set()   # the database answers but was never migrated
    expected = migration_heads()
    if stored != expected:
        return jsonify(status="migrations pending", database="ok", schema=sorted(stored),
                       code=sorted(expected)), 503
    return jsonify(status="ok", database="ok", migrations="current")


def migration_heads() -> set[str]:
    """The revisions the code's migrations end at (read once per process)."""
    heads = current_app.extensions.get("ds_migration_heads")
    if heads is None:
        import os

        from alembic.config import Config
        from alembic.script import ScriptDirectory
        config = Config()
        config.set_main_option("script_location",
                               os.path.join(os.path.dirname(current_app.root_path), "migrations"))
        heads = current_app.extensions["ds_migration_heads"] = set(ScriptDirectory.from_config(config).get_heads())
    return heads


def _answers() -> bool:
    try:
        db.session.execute(sa.text("SELECT 1"))
        return True
    except sa.exc.SQLAlchemyError:
        db.session.rollback()
        return False
