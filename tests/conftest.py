"""Shared fixtures: a fresh Tipline home on SQLite and (when configured) PostgreSQL, and a
real server on loopback. Helpers are in support.py."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from support import NO_PG_REASON, PG_URL, RunningServer, cli_env, served

from tipline.home import Home, open_home
from tipline.settings import Settings


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> Iterator[str]:
    """A database URL, empty: SQLite in tmp_path, or a fresh schema on the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tipline.db'}"
        return
    if not PG_URL:
        pytest.skip(NO_PG_REASON)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(Settings(database_url=PG_URL).url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def home(tmp_path, database_url) -> Iterator[Home]:
    """An initialised Tipline home on each database."""
    opened = open_home(Settings(home=tmp_path / "home", database_url=database_url))
    yield opened
    opened.close()


@pytest.fixture
def sqlite_home(tmp_path) -> Iterator[Home]:
    opened = open_home(Settings(home=tmp_path / "home"))
    yield opened
    opened.close()


@pytest.fixture
def server(tmp_path) -> Iterator[RunningServer]:
    """``tipline serve`` as a real process on a free loopback port."""
    home = tmp_path / "served-home"
    with served(home, cli_env(home)) as running:
        yield running
