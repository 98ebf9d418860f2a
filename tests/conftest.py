"""Shared fixtures: a fresh Tipline home on SQLite and (when configured) PostgreSQL, and a
real server on loopback. Helpers are in support.py."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from support import NO_PG_REASON, PG_URL, RunningServer, cli_env, free_port

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
    env = cli_env(home)
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "tipline"), "serve", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"server did not start:\n{process.stdout.read()}")
        time.sleep(0.1)
    try:
        yield RunningServer(base, home, env)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
