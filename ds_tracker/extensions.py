"""Extensions, created once and bound to the app in create_app()."""
import os

from flask_babel import Babel
from flask_compress import Compress
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from htmx_flask import Htmx
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# One naming convention, so Alembic names every constraint the same way on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()
htmx = Htmx()
compress = Compress()   # brotli/gzip for HTML, CSS and JS: a phone on 3G gets a quarter of the bytes


def init_migrations(app):
    """Bind Flask-Migrate (it imports Alembic, a third of a command's start-up): at start when serving or testing,
    on first use of `flask db ...` under the command line (see cli.MigrationsGroup)."""
    if "migrate" not in app.extensions:
        from flask_migrate import Migrate
        Migrate(app, db, directory=os.path.join(os.path.dirname(app.root_path), "migrations"),
                render_as_batch=True, compare_type=True)
    from flask_migrate.cli import db as db_group
    return db_group
