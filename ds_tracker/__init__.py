"""ds_tracker: what Iraq's Durable Solutions meetings agreed, and what became of it."""
import os

from flask import Flask, has_request_context, render_template, request, session
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import event
from sqlalchemy.engine import Engine

from .extensions import babel, compress, csrf, db, htmx, init_migrations, login_manager

LANGUAGES = ("en", "ar")


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object("ds_tracker.config.Defaults")
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("DS")
    else:
        app.config.from_mapping(test_config)
    _database_url(app)
    _require_secret_key(app)
    _mode_defaults(app)

    db.init_app(app)
    from . import transactions
    transactions.install(app)   # a request that only read commits: PostgreSQL keeps its prepared statements
    if os.environ.get("FLASK_RUN_FROM_CLI") != "true":
        init_migrations(app)   # under the flask command, `db` binds it on first use (cli.MigrationsGroup)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please log in to see this page.")
    csrf.init_app(app)
    babel.init_app(app, locale_selector=_select_locale)
    from .message import Message
    from .templating import gettext, language
    Message.translate = staticmethod(gettext)  # pure modules' messages render in the reader's language
    Message.language = staticmethod(language)
    Message.format_date = staticmethod(   # a page reads dates as the date filter writes them (Iraqi months)
        lambda d: app.jinja_env.filters["date"](d) if has_request_context() else d.isoformat())
    htmx.init_app(app)
    _compression(app)

    from .security import SessionInterface, install_security_headers
    app.session_interface = SessionInterface()
    install_security_headers(app)
    from . import serving
    serving.install(app)   # /healthz, request ids in logs, the 503 page when the database is away

    from . import (actions, admin, auth, decisions, directory, finder, followup, imports, library, meetings, plans,
                   quarterly, recommendations)
    for area in (auth, admin, meetings, recommendations, actions, directory, finder, imports, followup, plans,
                 decisions, library, quarterly):
        app.register_blueprint(area.bp)

    from .cli import register_cli
    register_cli(app)
    from .templating import register_templating
    register_templating(app)
    _register_error_pages(app)
    return app


def _database_url(app):
    url = app.config.get("SQLALCHEMY_DATABASE_URI") or os.environ.get("DATABASE_URL")
    if not url:
        os.makedirs(app.instance_path, exist_ok=True)
        url = "sqlite:///" + os.path.join(app.instance_path, "ds_tracker.sqlite")
    app.config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(url)


def normalise_database_url(url: str) -> str:
    """postgres:// (the scheme some hosts still hand out) and postgresql:// use psycopg 3."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _mode_defaults(app):
    """Demo mode links to the local address it serves; production has no default (links.base_url refuses)."""
    if not app.config.get("BASE_URL"):
        if app.config.get("DEMO_MODE"):
            app.config["BASE_URL"] = "http://127.0.0.1:5000"
        elif not app.testing and _serving():
            app.logger.warning("BASE_URL is not set: password-reset e-mails, reminders and calendar feed "
                               "addresses stay off until DS_BASE_URL names the site's address.")


def _serving() -> bool:
    """Whether this app is made to answer requests: by a WSGI server (gunicorn), or by `flask run`. Other
    commands (seed, backup, copy-to...) send no link, and `send-reminders` refuses in a line of its own."""
    if os.environ.get("FLASK_RUN_FROM_CLI") != "true":
        return True
    import click
    ctx = click.get_current_context(silent=True)
    return ctx is not None and ctx.info_name == "run"


def _require_secret_key(app):
    """Serving needs a secret key (sessions, CSRF); a command such as `reports parse` does not.

    Under the flask command (which sets FLASK_RUN_FROM_CLI before it loads the app) a missing key only stops
    the app from answering requests, so `flask run` still refuses to serve; anywhere else (gunicorn) the app
    refuses to start."""
    if app.config.get("SECRET_KEY"):
        return
    message = ("SECRET_KEY is not set. Run `make run` once (it writes instance/config.py), "
               "or set DS_SECRET_KEY in the environment.")
    if os.environ.get("FLASK_RUN_FROM_CLI") != "true":
        raise RuntimeError(message)

    def refuse(environ, start_response):
        raise RuntimeError(message)
    app.wsgi_app = refuse


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record):
    # SQLite ignores foreign keys unless asked, per connection. WAL lets pages read while one request writes;
    # a writer waits up to 10 s for another (busy timeout) before the 503 "try again" page.
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] not in ("wal", "memory"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()


def _compression(app):
    """Compress every answer except one another site asked for with a query string: a page that reflects such
    text beside a secret (the CSRF token) would leak the secret through its compressed size (BREACH)."""
    app.config["COMPRESS_REGISTER"] = False
    compress.init_app(app)

    @app.after_request
    def _compress(response):
        if request.headers.get("Sec-Fetch-Site") == "cross-site" and request.query_string:
            return response
        return compress.after_request(response)


def _select_locale():
    if not has_request_context():  # command line, tests outside a request: English
        return "en"
    # The account's choice, else the switch used before logging in, else the browser's Accept-Language.
    from flask import g
    if not g.get("database_unavailable") and current_user.is_authenticated and current_user.language in LANGUAGES:
        return current_user.language
    if session.get("language") in LANGUAGES:
        return session["language"]
    return request.accept_languages.best_match(LANGUAGES) or "en"


def _register_error_pages(app):
    def page(code, title):
        def handler(error):
            if code == 500:
                db.session.rollback()
            return render_template("error.html", code=code, title=title, error=error), code
        return handler

    for code, title in ((400, _l("Bad request")), (403, _l("Not allowed")), (404, _l("Not found")),
                        (409, _l("Changed by someone else")), (413, _l("Too large to send")),
                        (429, _l("Too many attempts")), (500, _l("Something went wrong"))):
        app.register_error_handler(code, page(code, title))
