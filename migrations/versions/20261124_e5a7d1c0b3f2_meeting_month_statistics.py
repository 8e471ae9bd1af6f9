"""statistics on the month of a meeting's start (PostgreSQL): "… from June" filters on it

Revision ID: e5a7d1c0b3f2
Revises: 9a16687d136a
Create Date: 2026-11-24 13:05:00

Without them PostgreSQL guesses that 0.5% of meetings start in any given month (3 of 600, not 58), walks every
recommendation of those meetings and tests each one's words: 9 ms for a search naming a month. With them it
starts from the words' index (6 ms). SQLite's planner has no use for them.
"""
from alembic import op


revision = 'e5a7d1c0b3f2'
down_revision = '9a16687d136a'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE STATISTICS st_meetings_start_month ON (EXTRACT(month FROM starts_on)) FROM meetings")
        op.execute("ANALYZE meetings")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP STATISTICS IF EXISTS st_meetings_start_month")
