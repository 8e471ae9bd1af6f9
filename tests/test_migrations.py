"""The schema exists only through Alembic: upgrade an empty database to head, compare with the models,
downgrade to base. Runs on the database the suite runs on (SQLite, or PostgreSQL in CI)."""
import uuid

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from ds_tracker import create_app
from ds_tracker.migration_hooks import include_object
from ds_tracker.extensions import db
from conftest import TEST_DATABASE_URL, app_config


@pytest.fixture
def empty_database(tmp_path):
    if not TEST_DATABASE_URL:
        yield f"sqlite:///{tmp_path / 'migrations.sqlite'}"
        return
    name = f"ds_migrations_{uuid.uuid4().hex[:10]}"
    server = sa.create_engine(TEST_DATABASE_URL, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield sa.engine.make_url(TEST_DATABASE_URL).set(database=name).render_as_string(hide_password=False)
    with server.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    server.dispose()


def test_upgrade_matches_models_then_downgrades(empty_database):
    app = create_app(app_config(empty_database))
    with app.app_context():
        assert sa.inspect(db.engine).get_table_names() == []
        upgrade()
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
            diff = compare_metadata(context, db.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
        tables = set(sa.inspect(db.engine).get_table_names())
        assert {"meetings", "recommendations", "actions", "trail_entries"} <= tables
        downgrade(revision="base")
        assert set(sa.inspect(db.engine).get_table_names()) <= {"alembic_version"}
        db.engine.dispose()


def test_app_start_does_not_create_the_schema(tmp_path):
    app = create_app(app_config(f"sqlite:///{tmp_path / 'untouched.sqlite'}"))
    with app.app_context():
        app.test_client().get("/login")
        assert sa.inspect(db.engine).get_table_names() == []
        db.engine.dispose()


def test_language_becomes_not_chosen_unless_someone_chose_it(empty_database):
    """'en' was every account's default: it becomes NULL (follow the browser) unless the trail shows a change;
    Arabic was always a choice."""
    app = create_app(app_config(empty_database))
    with app.app_context():
        upgrade(revision="965fb4430761")
        with db.engine.begin() as conn:
            for i, language in ((1, "en"), (2, "en"), (3, "ar")):
                conn.execute(sa.text("INSERT INTO people (id, name, aliases, reminders_enabled, created_dt, updated_dt) "
                                     "VALUES (:i, 'P', '[]', true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"i": i})
                conn.execute(sa.text("INSERT INTO users (id, email, password_hash, language, person_id, is_enabled, "
                                     "created_dt, updated_dt) VALUES (:i, :e, 'x', :l, :i, true, CURRENT_TIMESTAMP, "
                                     "CURRENT_TIMESTAMP)"), {"i": i, "e": f"u{i}@test.org", "l": language})
            conn.execute(sa.text("INSERT INTO trail_entries (at_dt, record_type, record_id, operation, changes) "
                                 "VALUES (CURRENT_TIMESTAMP, 'User', 2, 'update', :c)")
                         .bindparams(sa.bindparam("c", type_=sa.JSON)), {"c": {"language": ["ar", "en"]}})
        upgrade()
        with db.engine.connect() as conn:
            languages = dict(conn.execute(sa.text("SELECT id, language FROM users ORDER BY id")).all())
        assert languages == {1: None, 2: "en", 3: "ar"}
        downgrade(revision="965fb4430761")
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT language FROM users WHERE id = 1")).scalar() == "en"
        db.engine.dispose()
