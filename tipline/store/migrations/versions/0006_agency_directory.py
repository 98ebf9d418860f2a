"""agency directory: regions, formats, legal basis, victim details, fallback and active on
agencies; agency_directory_versions holds each version of the whole directory;
reports.child_ips, the child's IP addresses as a platform supplied them (routing, issue 7)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_COLUMNS = ('regions', 'formats', 'legal_basis', 'victim_details', 'fallback', 'active')


def upgrade() -> None:
    op.add_column('agencies', sa.Column('regions', sa.JSON(), server_default='[]', nullable=False))
    op.add_column('agencies', sa.Column('formats', sa.JSON(), server_default='[]', nullable=False))
    op.add_column('agencies', sa.Column('legal_basis', sa.Text(), server_default='', nullable=False))
    op.add_column('agencies', sa.Column('victim_details', sa.Boolean(), server_default=sa.false(),
                                        nullable=False))
    op.add_column('agencies', sa.Column('fallback', sa.Boolean(), server_default=sa.false(),
                                        nullable=False))
    op.add_column('agencies', sa.Column('active', sa.Boolean(), server_default=sa.true(),
                                        nullable=False))
    op.add_column('reports', sa.Column('child_ips', sa.JSON(), server_default='[]', nullable=False))
    op.create_table(
        'agency_directory_versions',
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('document', sa.JSON(), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('number', name=op.f('pk_agency_directory_versions')),
    )


def downgrade() -> None:
    op.drop_table('agency_directory_versions')
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE reports DROP COLUMN child_ips")
    else:
        op.drop_column('reports', 'child_ips')
    for column in reversed(_COLUMNS):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE agencies DROP COLUMN {column}")  # in place: see 0003
        else:
            op.drop_column('agencies', column)
