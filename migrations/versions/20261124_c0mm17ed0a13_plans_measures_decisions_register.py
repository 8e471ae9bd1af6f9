"""plans, revisions, commitments; measures (actions under a commitment) and their indicators; the decisions
register (decisions without a submission, amendments, links)

Revision ID: c0mm17ed0a13
Revises: a11c0de5e7a1
Create Date: 2026-11-24 06:20:00
"""
from alembic import op
import sqlalchemy as sa



revision = 'c0mm17ed0a13'
down_revision = 'a11c0de5e7a1'
branch_labels = None
depends_on = None


def _versioned():
    return [sa.Column('created_dt', sa.DateTime(timezone=True), nullable=False),
            sa.Column('updated_dt', sa.DateTime(timezone=True), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('updated_by_id', sa.Integer(), nullable=True),
            sa.Column('deleted_dt', sa.DateTime(timezone=True), nullable=True)]


def upgrade():
    op.create_table(
        'plans',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('forum_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.Enum('roadmap', 'area_poa', 'workplan', name='plankind', native_enum=False,
                                  length=32), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('title_ar', sa.String(length=300), nullable=True),
        sa.Column('summary', sa.Text(), nullable=True),
        sa.Column('starts_on', sa.Date(), nullable=True),
        sa.Column('ends_on', sa.Date(), nullable=True),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(['forum_id'], ['forums.id'], name=op.f('fk_plans_forum_id_forums')),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_plans_created_by_id_users')),
        sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_plans_updated_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plans')))
    op.create_index(op.f('ix_plans_forum_id'), 'plans', ['forum_id'])
    op.create_index(op.f('ix_plans_kind'), 'plans', ['kind'])
    op.create_table(
        'plan_revisions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('revised_on', sa.Date(), nullable=False),
        sa.Column('label', sa.String(length=300), nullable=False),
        sa.Column('documents', sa.Text(), nullable=True),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_dt', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_revisions_plan_id_plans')),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_plan_revisions_created_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_revisions')))
    op.create_index(op.f('ix_plan_revisions_plan_id'), 'plan_revisions', ['plan_id'])
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('text_ar', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('title', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('deadline_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('forum_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_decisions_forum_id'), ['forum_id'])
        batch_op.create_foreign_key(batch_op.f('fk_decisions_forum_id_forums'), 'forums', ['forum_id'], ['id'])
    op.create_table(
        'commitments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('plan_id', sa.Integer(), nullable=False),
        sa.Column('forum_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('text_ar', sa.Text(), nullable=True),
        sa.Column('decision_id', sa.Integer(), nullable=True),
        sa.Column('timeframe', sa.String(length=200), nullable=True),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_commitments_plan_id_plans')),
        sa.ForeignKeyConstraint(['forum_id'], ['forums.id'], name=op.f('fk_commitments_forum_id_forums')),
        sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_commitments_decision_id_decisions')),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_commitments_created_by_id_users')),
        sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_commitments_updated_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments')))
    op.create_index(op.f('ix_commitments_plan_id'), 'commitments', ['plan_id'])
    op.create_index(op.f('ix_commitments_forum_id'), 'commitments', ['forum_id'])
    op.create_index(op.f('ix_commitments_decision_id'), 'commitments', ['decision_id'])
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('commitment_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_actions_commitment_id'), ['commitment_id'])
        batch_op.create_foreign_key(batch_op.f('fk_actions_commitment_id_commitments'), 'commitments',
                                    ['commitment_id'], ['id'])
        batch_op.drop_constraint(op.f('ck_actions_has_origin'), type_='check')
        batch_op.create_check_constraint(
            'has_origin', 'recommendation_id IS NOT NULL OR meeting_id IS NOT NULL OR decision_id IS NOT NULL '
            'OR commitment_id IS NOT NULL')
        batch_op.create_check_constraint(
            'measure_has_one_parent', 'commitment_id IS NULL OR (recommendation_id IS NULL AND meeting_id IS NULL '
            'AND decision_id IS NULL)')
    op.create_table(
        'measure_recommendations',
        sa.Column('action_id', sa.Integer(), nullable=False),
        sa.Column('recommendation_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_measure_recommendations_action_id_actions'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recommendation_id'], ['recommendations.id'],
                                name=op.f('fk_measure_recommendations_recommendation_id_recommendations')),
        sa.PrimaryKeyConstraint('action_id', 'recommendation_id', name=op.f('pk_measure_recommendations')))
    op.create_index(op.f('ix_measure_recommendations_recommendation_id'), 'measure_recommendations',
                    ['recommendation_id'])
    op.create_table(
        'indicators',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('action_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('name_ar', sa.String(length=200), nullable=True),
        sa.Column('target', sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column('unit', sa.String(length=60), nullable=True),
        *_versioned(),
        sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_indicators_action_id_actions')),
        sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_indicators_updated_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators')))
    op.create_index(op.f('ix_indicators_action_id'), 'indicators', ['action_id'])
    op.create_table(
        'indicator_values',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('indicator_id', sa.Integer(), nullable=False),
        sa.Column('measured_on', sa.Date(), nullable=False),
        sa.Column('value', sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_dt', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'],
                                name=op.f('fk_indicator_values_indicator_id_indicators')),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_indicator_values_created_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_values')))
    op.create_index(op.f('ix_indicator_values_indicator_id'), 'indicator_values', ['indicator_id'])
    op.create_index(op.f('ix_indicator_values_measured_on'), 'indicator_values', ['measured_on'])
    op.create_table(
        'decision_amendments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('decision_id', sa.Integer(), nullable=False),
        sa.Column('amended_on', sa.Date(), nullable=False),
        sa.Column('deadline_on', sa.Date(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('text_ar', sa.Text(), nullable=True),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('created_dt', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'],
                                name=op.f('fk_decision_amendments_decision_id_decisions')),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'],
                                name=op.f('fk_decision_amendments_created_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_amendments')))
    op.create_index(op.f('ix_decision_amendments_decision_id'), 'decision_amendments', ['decision_id'])
    op.create_index(op.f('ix_decision_amendments_amended_on'), 'decision_amendments', ['amended_on'])
    op.create_table(
        'decision_recommendations',
        sa.Column('decision_id', sa.Integer(), nullable=False),
        sa.Column('recommendation_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'],
                                name=op.f('fk_decision_recommendations_decision_id_decisions'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['recommendation_id'], ['recommendations.id'],
                                name=op.f('fk_decision_recommendations_recommendation_id_recommendations')),
        sa.PrimaryKeyConstraint('decision_id', 'recommendation_id', name=op.f('pk_decision_recommendations')))
    op.create_index(op.f('ix_decision_recommendations_recommendation_id'), 'decision_recommendations',
                    ['recommendation_id'])
    op.create_table(
        'decision_measures',
        sa.Column('decision_id', sa.Integer(), nullable=False),
        sa.Column('action_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'],
                                name=op.f('fk_decision_measures_decision_id_decisions'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_decision_measures_action_id_actions')),
        sa.PrimaryKeyConstraint('decision_id', 'action_id', name=op.f('pk_decision_measures')))
    op.create_index(op.f('ix_decision_measures_action_id'), 'decision_measures', ['action_id'])


def downgrade():
    for table in ('decision_measures', 'decision_recommendations', 'decision_amendments', 'indicator_values',
                  'indicators', 'measure_recommendations'):
        op.drop_table(table)
    op.execute("DELETE FROM actions WHERE commitment_id IS NOT NULL")
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_actions_measure_has_one_parent'), type_='check')
        batch_op.drop_constraint(op.f('ck_actions_has_origin'), type_='check')
        batch_op.create_check_constraint(
            'has_origin', 'recommendation_id IS NOT NULL OR meeting_id IS NOT NULL OR decision_id IS NOT NULL')
        batch_op.drop_constraint(batch_op.f('fk_actions_commitment_id_commitments'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_actions_commitment_id'))
        batch_op.drop_column('commitment_id')
    op.drop_table('commitments')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_decisions_forum_id_forums'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_decisions_forum_id'))
        for column in ('forum_id', 'deadline_on', 'title', 'text_ar'):
            batch_op.drop_column(column)
    op.drop_table('plan_revisions')
    op.drop_table('plans')
