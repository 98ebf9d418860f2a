"""users.must_change_password: a one-time password is changed at the first sign-in

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Accounts made before this were given one-time passwords too: they change them next time.
    op.add_column('users', sa.Column('must_change_password', sa.Boolean(), server_default=sa.true(),
                                     nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE users DROP COLUMN must_change_password")  # in place: see 0003
    else:
        op.drop_column('users', 'must_change_password')
