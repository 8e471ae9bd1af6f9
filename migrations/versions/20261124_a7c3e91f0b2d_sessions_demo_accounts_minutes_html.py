"""sessions that can be ended, calendar keys, demo accounts, reset-mail limits, minutes rendered at save

Revision ID: a7c3e91f0b2d
Revises: b7e2a9c4d1f0
Create Date: 2026-11-24 03:40:00

"""
import secrets

from alembic import op
import sqlalchemy as sa


revision = 'a7c3e91f0b2d'
down_revision = 'b7e2a9c4d1f0'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('password_reset_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('ip', sa.String(length=64), nullable=True),
    sa.Column('at_dt', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_password_reset_requests'))
    )
    with op.batch_alter_table('password_reset_requests', schema=None) as batch_op:
        batch_op.create_index('ix_password_reset_requests_email_at', ['email', 'at_dt'], unique=False)
        batch_op.create_index('ix_password_reset_requests_ip_at', ['ip', 'at_dt'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_token', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('calendar_key', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('is_demo', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('summary_html', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('minutes_html', sa.Text(), nullable=True))

    bind = op.get_bind()
    users = sa.table('users', sa.column('id', sa.Integer), sa.column('email', sa.String),
                     sa.column('session_token', sa.String), sa.column('calendar_key', sa.String),
                     sa.column('is_demo', sa.Boolean))
    # The accounts `make setup` created with the README's password are demo accounts from now on.
    for (user_id, email) in bind.execute(sa.select(users.c.id, users.c.email)).all():
        bind.execute(users.update().where(users.c.id == user_id).values(
            session_token=secrets.token_urlsafe(24), calendar_key=secrets.token_urlsafe(24),
            is_demo=email.endswith('@demo.org')))

    # Existing minutes and summaries are rendered once here; pages show the stored HTML from now on.
    from ds_tracker.text import render_markdown
    meetings = sa.table('meetings', sa.column('id', sa.Integer), sa.column('summary', sa.Text),
                        sa.column('minutes', sa.Text), sa.column('summary_html', sa.Text),
                        sa.column('minutes_html', sa.Text))
    rows = bind.execute(sa.select(meetings.c.id, meetings.c.summary, meetings.c.minutes).where(
        sa.or_(meetings.c.summary.isnot(None), meetings.c.minutes.isnot(None)))).all()
    for (meeting_id, summary, minutes) in rows:
        bind.execute(meetings.update().where(meetings.c.id == meeting_id).values(
            summary_html=str(render_markdown(summary)) if summary else None,
            minutes_html=str(render_markdown(minutes)) if minutes else None))


def downgrade():
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_column('minutes_html')
        batch_op.drop_column('summary_html')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('is_demo')
        batch_op.drop_column('calendar_key')
        batch_op.drop_column('session_token')
    with op.batch_alter_table('password_reset_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_password_reset_requests_ip_at')
        batch_op.drop_index('ix_password_reset_requests_email_at')
    op.drop_table('password_reset_requests')
