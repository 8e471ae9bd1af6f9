"""Indexes for "What we owe": a partial index covering the exact count of the live actions an organisation
leads; the link tables' reverse index gains the left id, so "newest linked to X" reads one index range.

Revision ID: c0ffee5e1d42
Revises: c0mm17ed0a13
"""
from alembic import op
import sqlalchemy as sa

revision = "c0ffee5e1d42"
down_revision = "c0mm17ed0a13"
branch_labels = None
depends_on = None


LINKS = [("recommendation_themes", "theme", "recommendation"), ("recommendation_places", "place", "recommendation"),
         ("recommendation_addressees", "organisation", "recommendation"),
         ("submission_recommendations", "recommendation", "submission"),
         ("decision_submissions", "submission", "decision"),
         ("decision_recommendations", "recommendation", "decision")]


def upgrade():
    for table, right, left in LINKS:
        op.drop_index(f"ix_{table}_{right}_id", table_name=table)
        op.create_index(f"ix_{table}_{right}_id", table, [f"{right}_id", f"{left}_id"])
    op.create_index("ix_actions_owed", "actions", ["owner_id", "status", "forum_id", "commitment_id"],
                    sqlite_where=sa.text("deleted_dt IS NULL"), postgresql_where=sa.text("deleted_dt IS NULL"))


def downgrade():
    op.drop_index("ix_actions_owed", table_name="actions")
    for table, right, _left in LINKS:
        op.drop_index(f"ix_{table}_{right}_id", table_name=table)
        op.create_index(f"ix_{table}_{right}_id", table, [f"{right}_id"])
