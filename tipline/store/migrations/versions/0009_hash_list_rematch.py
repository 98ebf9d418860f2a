"""hash lists remember when the files already sealed were last matched against them
(tipline.known.rematch, issue 9's background work).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('hash_lists', sa.Column('rematched_at', sa.DateTime(timezone=True),
                                          nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('hash_lists') as batch:
        batch.drop_column('rematched_at')
