"""Engines and sessions. SQLite runs in WAL mode with foreign keys on and a busy timeout."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str) -> Engine:
    """An engine for ``url``; on SQLite sets WAL, ``foreign_keys=ON`` and a 30 s busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            # pysqlite's own transaction handling is replaced by explicit BEGIN (below) so that
            # writers take the lock up front instead of failing on upgrade from a read.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=FULL")
            # Deleted content is overwritten, not left in free pages (retention's purge).
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # Writers ask for IMMEDIATE (see write_transaction) so that a read-then-write unit
            # waits for the lock instead of failing when another writer committed meanwhile.
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    # Up to 20 connections a process: a burst of requests waits on the database rather than
    # on the pool, and 4 web processes stay under PostgreSQL's default 100 connections.
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session], *, write: bool = True) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any exception.

    With ``write=True`` (the default) SQLite takes its write lock at the start of the unit.
    """
    with factory() as session, session.begin():
        if write:
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        yield session


BLOB_LOCK = 7_061_998  # advisory lock namespace: one sealed original (purge, rotation, intake)


def lock_blob(session: Session, sha256: str) -> None:
    """Hold ``sha256``'s lock until the transaction ends: intake recording it, the purge
    deleting it and a key rotation rewriting it take turns. On SQLite the write transaction
    is the lock already (one writer at a time)."""
    from sqlalchemy import text

    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:c, hashtext(:k))"),
                        {"c": BLOB_LOCK, "k": sha256})
