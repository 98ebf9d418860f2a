"""preservation_requests: accounts, period, legal basis, letter hash and when it was sent
(issue 7, item 6). Requests made before keep their one account; they count as sent.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_COLUMNS = [
    sa.Column('agency_id', sa.String(length=64), nullable=True),
    sa.Column('accounts', sa.JSON(), server_default='[]', nullable=False),
    sa.Column('period_start', sa.String(length=40), nullable=True),
    sa.Column('period_end', sa.String(length=40), nullable=True),
    sa.Column('legal_basis', sa.Text(), server_default='', nullable=False),
    sa.Column('requested_by', sa.String(length=200), server_default='', nullable=False),
    sa.Column('letter', sa.Text(), server_default='', nullable=False),
    sa.Column('letter_sha256', sa.String(length=64), server_default='', nullable=False),
    sa.Column('status', sa.String(length=16), server_default='drafted', nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_via', sa.String(length=200), server_default='', nullable=False),
]


def upgrade() -> None:
    for column in _COLUMNS:
        op.add_column('preservation_requests', column)
    # Before this revision a request was recorded as made: it was sent by hand.
    op.execute("UPDATE preservation_requests SET status = 'sent', sent_at = created_at")


def downgrade() -> None:
    for column in reversed(_COLUMNS):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE preservation_requests DROP COLUMN {column.name}")
        else:
            op.drop_column('preservation_requests', column.name)
