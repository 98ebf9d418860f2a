"""platform API (issue 8): API keys, webhook settings, reports opened by a platform and their
resumable file uploads, webhook deliveries and their attempts, hash lists of known material
and the matches, more digests on blobs (SHA-1, PDQ), and viral bundles on cases.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)
_ADDED = {
    'platforms': [sa.Column('webhook_url', sa.Text(), nullable=True),
                  sa.Column('webhook_secret', sa.String(length=64), nullable=True)],
    'blobs': [sa.Column('sha1', sa.String(length=40), nullable=True),
              sa.Column('pdq', sa.String(length=64), nullable=True),
              sa.Column('pdq_quality', sa.Integer(), nullable=True)],
    'cases': [sa.Column('bundle_key', sa.String(length=64), nullable=True),
              sa.Column('report_count', sa.Integer(), server_default='1', nullable=False)],
}


def upgrade() -> None:
    for table, columns in _ADDED.items():
        for column in columns:
            op.add_column(table, column)
    op.create_index('ix_cases_bundle_key', 'cases', ['bundle_key'])
    op.create_table(
        'platform_api_keys',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('platform_id', sa.String(length=64), sa.ForeignKey(
            'platforms.id', name='fk_platform_api_keys_platform_id_platforms'), nullable=False),
        sa.Column('secret_sha256', sa.String(length=64), nullable=False),
        sa.Column('scopes', sa.JSON(), nullable=False),
        sa.Column('created_at', _UTC, nullable=False),
        sa.Column('expires_at', _UTC, nullable=True),
        sa.Column('revoked_at', _UTC, nullable=True),
        sa.PrimaryKeyConstraint('id', name='pk_platform_api_keys'),
    )
    op.create_index('ix_platform_api_keys_platform_id', 'platform_api_keys', ['platform_id'])
    op.create_table(
        'platform_reports',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('platform_id', sa.String(length=64), sa.ForeignKey(
            'platforms.id', name='fk_platform_reports_platform_id_platforms'), nullable=False),
        sa.Column('idempotency_key', sa.String(length=200), nullable=True),
        sa.Column('request_hash', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('document', sa.JSON(), nullable=False),
        sa.Column('opened_at', _UTC, nullable=False),
        sa.Column('updated_at', _UTC, nullable=False),
        sa.Column('expires_at', _UTC, nullable=False),
        sa.Column('closed_at', _UTC, nullable=True),
        sa.Column('report_id', sa.Integer(), sa.ForeignKey(
            'reports.id', name='fk_platform_reports_report_id_reports'), nullable=True),
        sa.Column('told_status', sa.String(length=32), server_default='open', nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_platform_reports'),
        sa.UniqueConstraint('platform_id', 'idempotency_key',
                            name='uq_platform_reports_platform_id'),
    )
    op.create_index('ix_platform_reports_status', 'platform_reports', ['status'])
    op.create_index('ix_platform_reports_report_id', 'platform_reports', ['report_id'])
    op.create_table(
        'platform_files',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('platform_report_id', sa.String(length=32), sa.ForeignKey(
            'platform_reports.id', name='fk_platform_files_platform_report_id_platform_reports'),
            nullable=False),
        sa.Column('filename', sa.String(length=255), nullable=False),
        sa.Column('media_type', sa.String(length=128), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('received', sa.BigInteger(), server_default='0', nullable=False),
        sa.Column('chunks', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('details', sa.JSON(), nullable=False),
        sa.Column('created_at', _UTC, nullable=False),
        sa.Column('sealed_at', _UTC, nullable=True),
        sa.PrimaryKeyConstraint('id', name='pk_platform_files'),
    )
    op.create_index('ix_platform_files_platform_report_id', 'platform_files',
                    ['platform_report_id'])
    op.create_table(
        'webhook_deliveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('platform_id', sa.String(length=64), sa.ForeignKey(
            'platforms.id', name='fk_webhook_deliveries_platform_id_platforms'), nullable=False),
        sa.Column('event', sa.String(length=64), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
        sa.Column('next_attempt_at', _UTC, nullable=True),
        sa.Column('last_error', sa.Text(), server_default='', nullable=False),
        sa.Column('created_at', _UTC, nullable=False),
        sa.Column('delivered_at', _UTC, nullable=True),
        sa.PrimaryKeyConstraint('id', name='pk_webhook_deliveries'),
    )
    op.create_index('ix_webhook_deliveries_platform_id', 'webhook_deliveries', ['platform_id'])
    op.create_index('ix_webhook_deliveries_due', 'webhook_deliveries',
                    ['status', 'next_attempt_at'])
    op.create_table(
        'webhook_attempts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('delivery_id', sa.Integer(), sa.ForeignKey(
            'webhook_deliveries.id', name='fk_webhook_attempts_delivery_id_webhook_deliveries'),
            nullable=False),
        sa.Column('at', _UTC, nullable=False),
        sa.Column('status_code', sa.Integer(), nullable=True),
        sa.Column('error', sa.Text(), server_default='', nullable=False),
        sa.Column('duration_ms', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_webhook_attempts'),
    )
    op.create_index('ix_webhook_attempts_delivery_id', 'webhook_attempts', ['delivery_id'])
    op.create_table(
        'hash_lists',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('label', sa.String(length=200), nullable=False),
        sa.Column('source', sa.Text(), server_default='', nullable=False),
        sa.Column('format', sa.String(length=32), nullable=False),
        sa.Column('entries', sa.Integer(), nullable=False),
        sa.Column('loaded_at', _UTC, nullable=False),
        sa.Column('loaded_by', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_hash_lists'),
        sa.UniqueConstraint('name', name='uq_hash_lists_name'),
    )
    op.create_table(
        'list_hashes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('list_id', sa.Integer(), sa.ForeignKey(
            'hash_lists.id', name='fk_list_hashes_list_id_hash_lists'), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('value', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_list_hashes'),
    )
    op.create_index('ix_list_hashes_list_id', 'list_hashes', ['list_id'])
    op.create_index('ix_list_hashes_key', 'list_hashes', ['kind', 'value'])
    op.create_table(
        'known_matches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('blob_sha256', sa.String(length=64), sa.ForeignKey(
            'blobs.sha256', name='fk_known_matches_blob_sha256_blobs'), nullable=False),
        sa.Column('list_id', sa.Integer(), sa.ForeignKey(
            'hash_lists.id', name='fk_known_matches_list_id_hash_lists'), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('distance', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(length=200), nullable=False),
        sa.Column('matched_at', _UTC, nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_known_matches'),
    )
    op.create_index('ix_known_matches_blob_sha256', 'known_matches', ['blob_sha256'])


def downgrade() -> None:
    for table in ('known_matches', 'list_hashes', 'hash_lists', 'webhook_attempts',
                  'webhook_deliveries', 'platform_files', 'platform_reports',
                  'platform_api_keys'):
        op.drop_table(table)
    op.drop_index('ix_cases_bundle_key', 'cases')
    for table, columns in _ADDED.items():
        for column in reversed(columns):
            if op.get_bind().dialect.name == "sqlite":
                op.execute(f"ALTER TABLE {table} DROP COLUMN {column.name}")
            else:
                op.drop_column(table, column.name)
