"""How a request's transaction ends: one that only read is committed, not rolled back.

The two end a read-only transaction alike, but psycopg forgets every prepared statement on a rollback (a statement
prepared inside a rolled-back transaction may be gone on the server), so a rollback at the end of each request made
PostgreSQL plan every query of every page afresh: 0.1 to 0.8 ms each, up to a third of a page's time. Committed,
the connection keeps them, and a page's queries are planned once per connection (psycopg prepares a query after
its fifth run). Anything that may have written (a statement other than SELECT, an object added, changed or deleted
in the session, an error) ends as before, with a rollback by Flask-SQLAlchemy.
"""
from __future__ import annotations

import re

import sqlalchemy as sa
from flask import g, has_app_context
from sqlalchemy.engine import Engine

from .extensions import db


_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|MERGE)\b", re.I)


def reads_only(statement: str) -> bool:
    """A SELECT, or a WITH that only selects (the walk up the organisation tree). A SELECT ... FOR UPDATE counts
    as a read: committed or rolled back, its locks go the same way."""
    head = statement.lstrip()[:6].upper()
    return head == "SELECT" or (head.startswith("WITH") and not _WRITES.search(statement))


@sa.event.listens_for(Engine, "before_cursor_execute")
def _note_writes(conn, cursor, statement, parameters, context, executemany):
    if has_app_context() and not reads_only(statement):
        g._db_wrote = True


@sa.event.listens_for(Engine, "do_execute")
def _plan_each_time(cursor, statement, parameters, context):
    """`execution_options(plan_each_time=True)`: a query whose best plan depends on its values (a count under a
    filter, words searched) is planned for them on each run; PostgreSQL's plan for "any values", which a prepared
    statement moves to after five runs, read 30,000 rows to count 12. Other queries stay prepared."""
    if context.execution_options.get("plan_each_time") and context.dialect.name == "postgresql":
        cursor.execute(statement, parameters, prepare=False)
        return True
    return None


def install(app):
    """Registered after Flask-SQLAlchemy, so it runs before the session is removed (teardowns run in reverse)."""
    @app.teardown_appcontext
    def _commit_reads(exc):
        wrote = g.pop("_db_wrote", False)
        if exc is not None or wrote or not db.session.registry.has():
            return
        session = db.session()
        if not session.in_transaction():
            return
        if session.new or session.dirty or session.deleted:
            return
        try:
            session.commit()
        except sa.exc.SQLAlchemyError:
            session.rollback()
