"""Apply Alembic migrations to a database, from code (``tipline init`` and every command)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine) -> str:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` (default the newest); a no-op when already there.

    An empty database going to the newest revision gets the tables as the models declare them
    and is stamped at head, instead of replaying every migration (the same schema:
    ``tests/store/test_migrations.py`` holds the migrations to the models exactly)."""
    current = current_revision(engine)
    if revision == "head" and current == head_revision(engine):
        return
    if revision == "head" and current is None and not inspect(engine).get_table_names():
        from tipline.store.tables import Base

        Base.metadata.create_all(engine)
        command.stamp(alembic_config(engine), "head")
        return
    command.upgrade(alembic_config(engine), revision)
