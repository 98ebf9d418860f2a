"""Shared fixtures: a fresh Tipline home on SQLite and (when configured) PostgreSQL, and a
real server on loopback. Helpers are in support.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support import NO_PG_REASON, PG_URL, RunningServer, cli_env, pg_schema_url, served

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
    with pg_schema_url() as url:
        yield url


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
