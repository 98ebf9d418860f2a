"""Migration 0010 on data: a database made by 0009, holding a case, a report, identifiers, a
sighting, an attachment and its custody record in clear, upgrades with every sensitive value
encrypted and the identifiers blind-indexed, reads back the same through the models, and
downgrades to clear text again. Foreign keys hold throughout (SQLite copies tables)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from tipline.crypto.columns import attach
from tipline.crypto.keyring import Keyring, new_key_file
from tipline.settings import Settings
from tipline.store import migrate
from tipline.store.db import make_engine, make_sessionmaker
from tipline.store.tables import Attachment, IdentifierSighting, Report, ReportedIdentifier

AT = "2026-11-30 00:00:00+00"
SHA = "a" * 64
ROWS = [
    "INSERT INTO cases (id, case_code, pin_hash, pin_failures, locked, status, risk, risk_score,"
    " urgency, urgency_reasons, priority, annotations, received_at, updated_at, report_count)"
    f" VALUES (1, 'TL-A', '0', 0, false, 'received', 'grooming', 0.5, 'high', '[]', '1', '[]',"
    f" '{AT}', '{AT}', 1)",
    "INSERT INTO reports (id, case_id, request_hash, submitted_via, reporter_kind, about,"
    " child_ips, contact, received_at, platform_context, danger_now) VALUES (1, 1, 'x', 'api',"
    f" 'self', 'he wants to meet at the lighthouse', '[\"198.51.100.9\"]',"
    f" '{{\"phone\": \"555 0100\"}}', '{AT}', '{{}}', false)",
    "INSERT INTO identifiers (id, report_id, kind, value, platform) VALUES (1, 1, 'username',"
    " 'wolfie_9', NULL)",
    "INSERT INTO identifier_sightings (id, report_id, kind, platform, value, confidence, strong,"
    " links, origin, raw) VALUES (1, 1, 'username', '', 'wolfie_9', 1.0, true, true, 'stated',"
    " 'wolfie_9')",
    f"INSERT INTO blobs (sha256, md5, size, stored_at) VALUES ('{SHA}', 'b', 1, '{AT}')",
    "INSERT INTO attachments (id, report_id, blob_sha256, filename, media_type, size) VALUES"
    f" (1, 1, '{SHA}', 'lighthouse.txt', 'text/plain', 1)",
    "INSERT INTO custody_events (blob_sha256, attachment_id, actor, action, reason, at) VALUES"
    f" ('{SHA}', 1, 'x', 'store', '', '{AT}')",
]


def test_0010_encrypts_what_0009_stored_and_the_downgrade_restores_it(database_url, tmp_path):
    engine = make_engine(Settings(database_url=database_url).url)
    new_key_file(tmp_path / "master.key")
    keyring = Keyring(tmp_path / "master.key")
    attach(engine, keyring)
    try:
        migrate.upgrade(engine, "0009")
        with engine.begin() as connection:
            for row in ROWS:
                connection.execute(text(row))
        migrate.upgrade(engine)
        with engine.connect() as connection:
            about, contact = connection.execute(text("SELECT about, contact FROM reports")).one()
            key = connection.execute(text("SELECT value_key FROM identifier_sightings")).scalar()
        assert about.startswith("te1:") and "lighthouse" not in about + contact
        assert key == keyring.blind("identifier", "wolfie_9")
        with make_sessionmaker(engine)() as session:
            report = session.get(Report, 1)
            assert report.about == "he wants to meet at the lighthouse"
            assert report.contact == {"phone": "555 0100"}
            assert report.child_ips == ["198.51.100.9"]
            assert session.get(ReportedIdentifier, 1).value == "wolfie_9"
            assert session.get(IdentifierSighting, 1).raw == "wolfie_9"
            assert session.get(Attachment, 1).filename == "lighthouse.txt"

        command.downgrade(migrate.alembic_config(engine), "0009")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT about FROM reports")).scalar() == \
                "he wants to meet at the lighthouse"
            assert connection.execute(text("SELECT value FROM identifiers")).scalar() == "wolfie_9"
    finally:
        engine.dispose()
