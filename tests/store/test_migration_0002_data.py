"""Migration 0002 on data (SecureDrop's habit): a database made by 0001, holding a case and a
report, upgrades to head with the report intact, its platform_context defaulted to {}, and an
empty platforms table; and it downgrades back to 0001 without losing the report."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import MetaData, inspect, select

from tipline.crypto.columns import attach
from tipline.crypto.keyring import Keyring, new_key_file
from tipline.settings import Settings
from tipline.store import migrate
from tipline.store.db import make_engine, make_sessionmaker
from tipline.store.tables import Platform, Report

RECEIVED = datetime(2026, 11, 29, 18, 30, tzinfo=UTC)


def _old_rows(engine) -> None:
    """One case and one report, written as 0001 knew them (reflected tables, no ORM)."""
    old = MetaData()
    old.reflect(engine, only=["cases", "reports"])
    cases, reports = old.tables["cases"], old.tables["reports"]
    with engine.begin() as connection:
        connection.execute(cases.insert().values(
            id=1, case_code="TL-OLD1-CASE", pin_hash="0" * 64, pin_failures=0, locked=False,
            status="received", risk="grooming", risk_score=0.7, urgency="high",
            urgency_reasons=["meeting_planned"], priority="1-0.30", incident_type=None,
            child_age=12, child_country="CA", assigned_to_id=None, received_at=RECEIVED,
            updated_at=RECEIVED))
        connection.execute(reports.insert().values(
            id=1, case_id=1, idempotency_key="old-key-0123456789", request_hash="a" * 64,
            submitted_via="help", reporter_kind="self", about="he wants to meet me",
            incident_type="online_enticement", incident_at=None, child_age=12,
            child_age_band="under_13", child_country="CA", child_region=None,
            child_name_in_chat="Kid", contact={"trusted_adult": "mum 555"},
            received_at=RECEIVED))


def test_a_0001_report_survives_the_upgrade_with_platform_context_defaulted(database_url, tmp_path):
    engine = make_engine(Settings(database_url=database_url).url)
    new_key_file(tmp_path / "master.key")  # the upgrade encrypts what 0001 stored in clear
    attach(engine, Keyring(tmp_path / "master.key"))
    try:
        migrate.upgrade(engine, "0001")
        assert "platform_context" not in {c["name"] for c in
                                          inspect(engine).get_columns("reports")}
        _old_rows(engine)

        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision(engine)
        with make_sessionmaker(engine)() as session:
            report = session.get(Report, 1)
            assert report.about == "he wants to meet me"
            assert report.contact == {"trusted_adult": "mum 555"}
            assert report.received_at == RECEIVED
            assert report.case.case_code == "TL-OLD1-CASE"
            assert report.platform_context == {}
            assert session.scalars(select(Platform)).all() == []

        command.downgrade(migrate.alembic_config(engine), "0001")
        assert "platforms" not in inspect(engine).get_table_names()
        with engine.connect() as connection:
            about = connection.exec_driver_sql("SELECT about FROM reports WHERE id = 1").scalar()
        assert about == "he wants to meet me"
    finally:
        engine.dispose()
