"""The recommendations list's sort orders: a stage's recommendations newest first, and a meeting's by id, each read
from one index range (SQLite's single-column indexes already end with the rowid; PostgreSQL's need the id).

Revision ID: 5a7e0c1d2b3f
Revises: e5a7d1c0b3f2
"""
from alembic import op

revision = "5a7e0c1d2b3f"
down_revision = "e5a7d1c0b3f2"
branch_labels = None
depends_on = None

INDEXES = [("ix_recommendations_escalation_state", "escalation_state"), ("ix_recommendations_meeting_id", "meeting_id")]


def upgrade():
    for name, column in INDEXES:
        op.drop_index(name, table_name="recommendations")
        op.create_index(name, "recommendations", [column, "id"])


def downgrade():
    for name, column in INDEXES:
        op.drop_index(name, table_name="recommendations")
        op.create_index(name, "recommendations", [column])
