"""case annotations (CyberTipline-style labels an analyst adds when classifying)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Cases classified before annotations existed have none. A plain ADD COLUMN, not a batch
    # (which on SQLite copies the table, and cannot drop it while reports point at it).
    op.add_column('cases', sa.Column('annotations', sa.JSON(), server_default='[]', nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite has dropped columns in place since 3.35; Alembic's batch copy would have to
        # drop the cases table, which the reports' foreign keys forbid.
        op.execute("ALTER TABLE cases DROP COLUMN annotations")
    else:
        op.drop_column('cases', 'annotations')
