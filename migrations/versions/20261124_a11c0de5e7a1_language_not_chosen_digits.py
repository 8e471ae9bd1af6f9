"""users: language "not chosen" (NULL) as a state of its own; digits preference

Revision ID: a11c0de5e7a1
Revises: a1c9e2f40b17
Create Date: 2026-11-24 04:10:00

Every account used to get 'en' by default, so every user looked as if they had chosen English. An 'en'
becomes NULL (follow the browser) unless the trail shows the user or an admin changing the language after
the account was created; 'ar' was always a choice and stays.
"""
from alembic import op
import sqlalchemy as sa


revision = 'a11c0de5e7a1'
down_revision = 'a1c9e2f40b17'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('language', existing_type=sa.String(length=5), nullable=True)
        batch_op.add_column(sa.Column('digits', sa.String(length=6), nullable=True))
    op.execute(sa.text(
        "UPDATE users SET language = NULL WHERE language = 'en' AND id NOT IN ("
        "SELECT record_id FROM trail_entries WHERE record_type = 'User' AND operation = 'update' "
        "AND CAST(changes AS TEXT) LIKE :field)").bindparams(field='%"language"%'))


def downgrade():
    op.execute("UPDATE users SET language = 'en' WHERE language IS NULL")
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('digits')
        batch_op.alter_column('language', existing_type=sa.String(length=5), nullable=False)
