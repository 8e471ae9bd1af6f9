"""organisations met first in an imported report are unconfirmed until an admin confirms them

Revision ID: a1c9e2f40b17
Revises: a7c3e91f0b2d
Create Date: 2026-11-24 04:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'a1c9e2f40b17'
down_revision = 'a7c3e91f0b2d'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_confirmed', sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade():
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_column('is_confirmed')
