"""encryption at rest (issue 9): the sensitive columns become text holding AES-256-GCM
envelopes (tipline.crypto), existing values are encrypted in place, and identifiers get a blind
index (value_key, a keyed hash) that linking compares instead of the value.

Needs the home's keyring attached to the engine (tipline.home.open_home does it). Files
sealed before this version stay as they were until `tipline keys rotate` encrypts them; the
downgrade decrypts the database, not files sealed since (the older version cannot read them).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

import json

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# table -> {column: "text" | "json"}; each column's purpose is "table.column".
ENCRYPTED = {
    'reports': {'about': 'text', 'child_region': 'text', 'child_name_in_chat': 'text',
                'child_ips': 'json', 'contact': 'json', 'platform_context': 'json'},
    'identifiers': {'value': 'text'},
    'identifier_sightings': {'value': 'text', 'raw': 'text'},
    'link_decisions': {'value': 'text'},
    'attachments': {'filename': 'text'},
    'conversations': {'participants': 'json', 'child_participant': 'text', 'warnings': 'json',
                      'notes': 'json'},
    'messages': {'sender': 'text', 'text': 'text', 'attachments': 'json', 'reactions': 'json',
                 'forwarded_from': 'text', 'source': 'json'},
    'indicator_hits': {'why': 'text'},
    'platforms': {'embed_key': 'text', 'webhook_secret': 'text'},
    'platform_reports': {'document': 'json'},
    'platform_files': {'filename': 'text', 'details': 'json'},
    'users': {'totp_secret': 'text'},
    'reporter_messages': {'text': 'text'},
    'preservation_requests': {'account': 'text', 'accounts': 'json', 'letter': 'text'},
    'outcomes': {'note': 'text'},
}
# The types the columns had before (for the downgrade).
_BEFORE = {
    ('reports', 'child_region'): sa.String(64), ('reports', 'child_name_in_chat'): sa.String(200),
    ('identifier_sightings', 'value'): sa.String(500), ('link_decisions', 'value'): sa.String(500),
    ('attachments', 'filename'): sa.String(255), ('conversations', 'child_participant'): sa.String(200),
    ('platforms', 'embed_key'): sa.String(64), ('platforms', 'webhook_secret'): sa.String(64),
    ('platform_files', 'filename'): sa.String(255), ('users', 'totp_secret'): sa.String(64),
}
BLIND = ('identifiers', 'identifier_sightings', 'link_decisions')


def _keyring():
    from tipline.crypto.columns import keyring_for

    return keyring_for(op.get_bind().engine.dialect)


def _retype(table: str, changes: list) -> None:
    """Change column types: ``changes`` holds (column, new type, old type)."""
    if not changes:
        return
    if op.get_bind().dialect.name == 'postgresql':
        for column, new_type, old_type in changes:
            cast = 'text' if isinstance(new_type, sa.Text) else (
                'json' if isinstance(new_type, sa.JSON) else 'varchar')
            op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT')
            op.alter_column(table, column, type_=new_type, existing_type=old_type,
                            postgresql_using=f'{column}::{cast}')
            default = _DEFAULTS.get((table, column))
            if default is not None:
                op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT '{default}'")
        return
    with op.batch_alter_table(table) as batch:  # SQLite: one rebuild of the table
        for column, new_type, old_type in changes:
            batch.alter_column(column, type_=new_type, existing_type=old_type)


_DEFAULTS = {('reports', 'child_ips'): '[]', ('reports', 'platform_context'): '{}',
             ('preservation_requests', 'accounts'): '[]', ('preservation_requests', 'letter'): ''}


def _before(table: str, column: str, kind: str):
    return _BEFORE.get((table, column), sa.JSON() if kind == 'json' else sa.Text())


def _rewrite(table: str, columns: dict, change) -> None:
    """Apply ``change(purpose, stored text) -> new text`` to every value of ``columns``."""
    bind = op.get_bind()
    key = 'sha256' if table == 'blobs' else 'id'
    rows = bind.execute(sa.text(f'SELECT {key}, {", ".join(columns)} FROM {table}')).all()
    for row in rows:
        values = {}
        for column, value in zip(columns, row[1:]):
            if value is None:
                continue
            if not isinstance(value, str):  # a JSON column read as JSON (PostgreSQL)
                value = json.dumps(value, ensure_ascii=False)
            values[column] = change(f'{table}.{column}', value)
        if values:
            assignments = ', '.join(f'{c} = :{c}' for c in values)
            bind.execute(sa.text(f'UPDATE {table} SET {assignments} WHERE {key} = :_key'),
                         {**values, '_key': row[0]})


def upgrade() -> None:
    keyring = _keyring()
    for table, columns in ENCRYPTED.items():
        _retype(table, [(column, sa.Text(), _before(table, column, kind))
                        for column, kind in columns.items()
                        if not isinstance(_before(table, column, kind), sa.Text)])
        _rewrite(table, columns, lambda purpose, value: keyring.seal_text(value, purpose))
    for table in BLIND:
        op.add_column(table, sa.Column('value_key', sa.String(64), nullable=True))
    bind = op.get_bind()
    for table in BLIND:
        for row_id, value in bind.execute(sa.text(f'SELECT id, value FROM {table}')).all():
            plain = keyring.open_text(value, f'{table}.value')
            bind.execute(sa.text(f'UPDATE {table} SET value_key = :k WHERE id = :i'),
                         {'k': keyring.blind('identifier', plain), 'i': row_id})
        with op.batch_alter_table(table) as batch:
            batch.alter_column('value_key', existing_type=sa.String(64), nullable=False)
    op.drop_index('ix_identifier_sightings_key', 'identifier_sightings')
    op.drop_index('ix_identifier_sightings_suggestion', 'identifier_sightings')
    op.create_index('ix_identifier_sightings_key', 'identifier_sightings',
                    ['kind', 'platform', 'value_key'])
    op.create_index('ix_identifier_sightings_suggestion', 'identifier_sightings',
                    ['kind', 'value_key'])
    op.create_index('ix_identifiers_value_key', 'identifiers', ['value_key'])
    op.create_index('ix_link_decisions_value_key', 'link_decisions', ['value_key'])


def downgrade() -> None:
    keyring = _keyring()
    op.drop_index('ix_link_decisions_value_key', 'link_decisions')
    op.drop_index('ix_identifiers_value_key', 'identifiers')
    op.drop_index('ix_identifier_sightings_suggestion', 'identifier_sightings')
    op.drop_index('ix_identifier_sightings_key', 'identifier_sightings')
    for table in BLIND:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('value_key')
    op.create_index('ix_identifier_sightings_key', 'identifier_sightings',
                    ['kind', 'platform', 'value'])
    op.create_index('ix_identifier_sightings_suggestion', 'identifier_sightings',
                    ['kind', 'value'])
    for table, columns in ENCRYPTED.items():
        _rewrite(table, columns, lambda purpose, value: keyring.open_text(value, purpose))
        _retype(table, [(column, _before(table, column, kind), sa.Text())
                        for column, kind in columns.items()
                        if not isinstance(_before(table, column, kind), sa.Text)])
