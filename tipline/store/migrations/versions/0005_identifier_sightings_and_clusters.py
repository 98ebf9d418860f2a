"""identifier_sightings, link_decisions and reports.cluster_id: linking (issue 7)

Reports received before this revision have no sightings: ``tipline clusters --rebuild`` reads
them again and links them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('reports', sa.Column('cluster_id', sa.Integer(), nullable=True))
    op.create_index('ix_reports_cluster_id', 'reports', ['cluster_id'])
    op.create_table(
        'identifier_sightings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('report_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('platform', sa.String(length=64), nullable=False),
        sa.Column('value', sa.String(length=500), nullable=False),
        sa.Column('confidence', sa.Float(), nullable=False),
        sa.Column('strong', sa.Boolean(), nullable=False),
        sa.Column('links', sa.Boolean(), nullable=False),
        sa.Column('origin', sa.String(length=32), nullable=False),
        sa.Column('raw', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['report_id'], ['reports.id'],
                                name=op.f('fk_identifier_sightings_report_id_reports')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_identifier_sightings')),
    )
    op.create_index('ix_identifier_sightings_report_id', 'identifier_sightings', ['report_id'])
    op.create_index('ix_identifier_sightings_key', 'identifier_sightings',
                    ['kind', 'platform', 'value'])
    op.create_index('ix_identifier_sightings_suggestion', 'identifier_sightings',
                    ['kind', 'value'])
    op.create_table(
        'link_decisions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('decision', sa.String(length=16), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('platform', sa.String(length=64), nullable=False),
        sa.Column('value', sa.String(length=500), nullable=False),
        sa.Column('report_id', sa.Integer(), nullable=True),
        sa.Column('report_ids', sa.JSON(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['report_id'], ['reports.id'],
                                name=op.f('fk_link_decisions_report_id_reports')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_link_decisions')),
    )


def downgrade() -> None:
    op.drop_table('link_decisions')
    op.drop_table('identifier_sightings')
    op.drop_index('ix_reports_cluster_id', 'reports')
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE reports DROP COLUMN cluster_id")  # in place: see 0003
    else:
        op.drop_column('reports', 'cluster_id')
