"""full-text search over search_entries: FTS5 on SQLite, a stored tsvector with a GIN index on PostgreSQL

Revision ID: f7a1c2d3e4b5
Revises: 18bdac33bb55
Create Date: 2026-11-23

Hand-written: these structures are specific to each database, so autogenerate ignores them
(see ds_tracker/migration_hooks.include_object).
"""
from alembic import op

revision = "f7a1c2d3e4b5"
down_revision = "18bdac33bb55"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        # A stored tsvector: matching rows need no to_tsvector() call each (a recheck would call it per row).
        op.execute("ALTER TABLE search_entries ADD COLUMN body_fts tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED")
        op.execute("CREATE INDEX ix_fts_search_entries_body ON search_entries USING gin (body_fts)")
        return
    # External-content FTS5 table: the text lives once, in search_entries; triggers keep the index in step.
    op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_entries', content_rowid='id', "
               "tokenize='unicode61 remove_diacritics 2')")
    op.execute("CREATE TRIGGER search_fts_ai AFTER INSERT ON search_entries BEGIN "
               "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END")
    op.execute("CREATE TRIGGER search_fts_ad AFTER DELETE ON search_entries BEGIN "
               "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END")
    op.execute("CREATE TRIGGER search_fts_au AFTER UPDATE ON search_entries BEGIN "
               "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); "
               "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END")
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_fts_search_entries_body")
        op.execute("ALTER TABLE search_entries DROP COLUMN IF EXISTS body_fts")
        return
    for trigger in ("search_fts_ai", "search_fts_ad", "search_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_fts")
