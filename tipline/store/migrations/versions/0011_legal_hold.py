"""legal holds on cases (issue 9's retention: a held case is never purged).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('cases', sa.Column('legal_hold', sa.Boolean(), server_default=sa.false(),
                                     nullable=False))
    op.add_column('cases', sa.Column('legal_hold_reason', sa.Text(), server_default='',
                                     nullable=False))


def downgrade() -> None:
    for column in ('legal_hold_reason', 'legal_hold'):
        if op.get_bind().dialect.name == 'sqlite':
            op.execute(f'ALTER TABLE cases DROP COLUMN {column}')  # in place: see 0003
        else:
            op.drop_column('cases', column)
