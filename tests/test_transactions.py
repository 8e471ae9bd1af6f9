"""How a request's transaction ends (ds_tracker/transactions.py): a request that only read commits, so PostgreSQL
keeps its prepared statements; anything that may have written is rolled back, so nothing half-written stays."""
import pytest
import sqlalchemy as sa
from flask import abort

from ds_tracker import create_app
from ds_tracker.extensions import db
from ds_tracker.models import Theme
from ds_tracker.transactions import reads_only

from conftest import app_config


@pytest.mark.parametrize("statement, read", [
    ("SELECT id FROM forums", True),
    ("  select count(*) from actions", True),
    ("WITH RECURSIVE tree(id) AS (SELECT id FROM organisations) SELECT id FROM tree", True),
    ("INSERT INTO themes (name) VALUES ('x')", False),
    ("UPDATE actions SET status = 'done'", False),
    ("WITH moved AS (UPDATE actions SET status = 'done' RETURNING id) SELECT id FROM moved", False),
    ("DELETE FROM themes", False),
    ("SAVEPOINT sa_savepoint_1", False),
])
def test_which_statements_only_read(statement, read):
    assert reads_only(statement) is read


@pytest.fixture
def second_app(database_url, tmp_path):
    """An app of its own, so each request pushes (and tears down) its own app context, as under gunicorn."""
    app = create_app(app_config(database_url, UPLOAD_FOLDER=str(tmp_path)))
    ends = []

    @app.get("/t/read")
    def read():
        return str(db.session.scalar(sa.select(sa.func.count()).select_from(Theme)))

    @app.get("/t/flushed")
    def flushed():   # a write flushed but never committed, then a normal answer: must not be kept
        db.session.add(Theme(name="Half-written"))
        db.session.flush()
        return "ok"

    @app.get("/t/changed")
    def changed():   # an object changed in the session, not flushed: not committed by the ending either
        theme = db.session.scalar(sa.select(Theme).where(Theme.name == "Kept"))
        theme.name = "Renamed without saving"
        return "ok"

    @app.get("/t/failed")
    def failed():
        db.session.add(Theme(name="Before the error"))
        db.session.flush()
        abort(400)

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "commit", lambda conn: ends.append("commit"))
    sa.event.listen(engine, "rollback", lambda conn: ends.append("rollback"))
    yield app, ends
    with app.app_context():
        engine.dispose()


def test_a_read_commits_and_a_write_never_committed_is_rolled_back(second_app):
    app, ends = second_app
    with app.app_context():
        db.session.add(Theme(name="Kept"))
        db.session.commit()
    client = app.test_client()
    ends.clear()
    assert client.get("/t/read").status_code == 200
    assert ends == ["commit"]

    for path in ("/t/flushed", "/t/changed", "/t/failed"):
        ends.clear()
        client.get(path)
        assert ends == ["rollback"], path
    with app.app_context():
        names = set(db.session.scalars(sa.select(Theme.name)))
    assert "Kept" in names
    assert not names & {"Half-written", "Renamed without saving", "Before the error"}


def test_postgresql_keeps_a_pages_prepared_statements(second_app, database_url):
    """Rolled back, psycopg deallocated every prepared statement at the end of each request, and PostgreSQL
    planned every query of every page afresh."""
    if not database_url.startswith("postgresql"):
        assert database_url.startswith("sqlite")   # SQLite prepares per connection by itself
        return
    app, _ends = second_app
    client = app.test_client()
    for _ in range(7):   # psycopg prepares a statement at its sixth run
        client.get("/t/read")
    with app.app_context():
        prepared = db.session.scalar(sa.text(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM themes%'"))
    assert prepared == 1
