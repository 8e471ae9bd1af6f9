"""write path promises: files in the database, reminder claims, role end moment, owner-moved due dates

Revision ID: b7e2a9c4d1f0
Revises: a1f0c2e7b913
Create Date: 2026-11-24 03:40:00

Files already under instance/uploads are moved into stored_files by `flask files import-uploads`
(a command, not this migration: the migration has no app instance path to read).
"""
from alembic import op
import sqlalchemy as sa


revision = 'b7e2a9c4d1f0'
down_revision = 'a1f0c2e7b913'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('stored_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('content_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_dt', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_stored_files_created_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stored_files'))
    )
    if op.get_bind().dialect.name == 'postgresql':
        # Scans and Word files are compressed already; uncompressed out-of-line storage lets substr() read
        # one slice of a file without decompressing all of it, so files stream in chunks.
        op.execute("ALTER TABLE stored_files ALTER COLUMN data SET STORAGE EXTERNAL")
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scan_file_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_submissions_scan_file_id_stored_files'), 'stored_files',
                                    ['scan_file_id'], ['id'])
    with op.batch_alter_table('report_drafts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_file_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_report_drafts_source_file_id_stored_files'), 'stored_files',
                                    ['source_file_id'], ['id'])
    with op.batch_alter_table('role_assignments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ended_dt', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_moved_dt', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('due_moved_reason', sa.Text(), nullable=True))
    with op.batch_alter_table('reminder_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.String(length=10), server_default='sent', nullable=False))


def downgrade():
    with op.batch_alter_table('reminder_log', schema=None) as batch_op:
        batch_op.drop_column('state')
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_column('due_moved_reason')
        batch_op.drop_column('due_moved_dt')
    with op.batch_alter_table('role_assignments', schema=None) as batch_op:
        batch_op.drop_column('ended_dt')
    with op.batch_alter_table('report_drafts', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_report_drafts_source_file_id_stored_files'), type_='foreignkey')
        batch_op.drop_column('source_file_id')
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_submissions_scan_file_id_stored_files'), type_='foreignkey')
        batch_op.drop_column('scan_file_id')
    op.drop_table('stored_files')
