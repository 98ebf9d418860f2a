"""Storage: the Alembic migrations build exactly the SQLAlchemy tables, on SQLite and
PostgreSQL, and opening a home twice is harmless."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from tipline.home import open_home
from tipline.store import migrate
from tipline.store.tables import Base


def test_migrations_create_every_table_of_the_vocabulary(home):
    tables = set(inspect(home.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    for name in ("cases", "reports", "identifiers", "attachments", "blobs", "custody_events",
                 "conversations", "messages", "indicator_hits", "agencies", "referrals",
                 "preservation_requests", "outcomes", "audit_log", "users"):
        assert name in tables


def test_migrations_match_the_models_exactly(database_url, tmp_path):
    """Every migration replayed from nothing gives exactly the tables the models declare (a new
    database is made from the models and stamped, so this is what keeps the two equal)."""
    from alembic import command

    from tipline.crypto.columns import attach
    from tipline.crypto.keyring import Keyring, new_key_file
    from tipline.settings import Settings
    from tipline.store.db import make_engine

    engine = make_engine(Settings(database_url=database_url).url)
    new_key_file(tmp_path / "master.key")
    attach(engine, Keyring(tmp_path / "master.key"))
    try:
        command.upgrade(migrate.alembic_config(engine), "head")
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_a_new_database_is_made_from_the_models_and_stamped(home):
    assert migrate.current_revision(home.engine) == migrate.head_revision(home.engine)
    with home.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_opening_a_home_twice_is_safe_and_seeds_agencies_once(home):
    again = open_home(home.settings)
    try:
        assert migrate.current_revision(again.engine) == migrate.head_revision(again.engine)
        with again.sessions() as session:
            from sqlalchemy import func, select

            from tipline.store.tables import Agency
            count = session.scalar(select(func.count()).select_from(Agency))
        assert count == len(__import__("tipline.home", fromlist=["x"])
                            .load_agency_directory()["agencies"])
    finally:
        again.close()


def test_sqlite_runs_in_wal_mode(sqlite_home):
    with sqlite_home.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_downgrade_to_nothing_and_back(home):
    migrate.upgrade(home.engine, "head")
    from alembic import command
    command.downgrade(migrate.alembic_config(home.engine), "base")
    assert "cases" not in inspect(home.engine).get_table_names()
    migrate.upgrade(home.engine)
    assert "cases" in inspect(home.engine).get_table_names()
