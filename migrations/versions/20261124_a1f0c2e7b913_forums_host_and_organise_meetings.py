"""forums can host and organise meetings (the RWG co-organises a ministry's workshop)

Revision ID: a1f0c2e7b913
Revises: 965fb4430761
Create Date: 2026-11-24 03:40:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'a1f0c2e7b913'
down_revision = '965fb4430761'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('meeting_forums',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('forum_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('host', 'organiser', name='meetingrole', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_forums_meeting_id_meetings')),
    sa.ForeignKeyConstraint(['forum_id'], ['forums.id'], name=op.f('fk_meeting_forums_forum_id_forums')),
    sa.PrimaryKeyConstraint('meeting_id', 'forum_id', 'role', name=op.f('pk_meeting_forums'))
    )
    op.create_index(op.f('ix_meeting_forums_forum_id'), 'meeting_forums', ['forum_id'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_meeting_forums_forum_id'), table_name='meeting_forums')
    op.drop_table('meeting_forums')
