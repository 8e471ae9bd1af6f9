"""what reviewers taught the importer about each forum's report template

Revision ID: c4e8a2b61d93
Revises: c0ffee5e1d42
Create Date: 2026-11-24 06:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = 'c4e8a2b61d93'
down_revision = 'c0ffee5e1d42'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('template_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('forum_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('key', sa.String(length=400), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=True),
    sa.Column('created_dt', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_dt', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['draft_id'], ['report_drafts.id'], name=op.f('fk_template_rules_draft_id_report_drafts')),
    sa.ForeignKeyConstraint(['forum_id'], ['forums.id'], name=op.f('fk_template_rules_forum_id_forums')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_rules')),
    sa.UniqueConstraint('forum_id', 'kind', 'key', name=op.f('uq_template_rules_forum_id_kind_key'))
    )
    with op.batch_alter_table('template_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_template_rules_forum_id'), ['forum_id'], unique=False)


def downgrade():
    with op.batch_alter_table('template_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_template_rules_forum_id'))
    op.drop_table('template_rules')
