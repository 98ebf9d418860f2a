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
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
