"""platforms (embed keys), the platform context verdict on reports, and the reporter's
"in danger right now" answer

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('platforms',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('embed_key', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platforms'))
    )
    # Existing reports came without platform context: they read back as {}.
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('platform_context', sa.JSON(), server_default='{}',
                                      nullable=False))
        # Reports filed before the question existed answered nothing: false.
        batch_op.add_column(sa.Column('danger_now', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_column('danger_now')
        batch_op.drop_column('platform_context')
    op.drop_table('platforms')
