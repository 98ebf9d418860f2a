"""blobs.hashed_at: when a sealed file's image hashes were computed and matched against the
hash lists (issue 9: with the PostgreSQL task queue a worker hashes after intake; NULL until
then). Files recorded before this revision were hashed at intake: they take their stored_at.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('blobs', sa.Column('hashed_at', sa.DateTime(timezone=True), nullable=True))
    op.execute('UPDATE blobs SET hashed_at = stored_at')
    op.create_index('ix_blobs_unhashed', 'blobs', ['stored_at'],
                    postgresql_where=sa.text('hashed_at IS NULL'),
                    sqlite_where=sa.text('hashed_at IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_blobs_unhashed', 'blobs')
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE blobs DROP COLUMN hashed_at')  # in place: see 0003
    else:
        op.drop_column('blobs', 'hashed_at')
