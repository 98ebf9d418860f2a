"""Alembic environment: runs against the engine that ``tipline.store.migrate`` passes in."""

from alembic import context

from tipline.store.tables import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` CLI use by a developer
    from tipline.settings import Settings
    from tipline.store.db import make_engine

    engine = make_engine(Settings().url)

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # SQLite's documented way to change a table: foreign keys off (before any transaction;
        # copying a table drops the old one, which rows pointing at it would forbid), then
        # checked once the schema is changed.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration left rows pointing nowhere: {broken[:5]}")
    connection.commit()
    if sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
