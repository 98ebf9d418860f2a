"""Test helpers shared by every test module (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PG_URL = os.environ.get("TIPLINE_TEST_DATABASE_URL")
NO_PG_REASON = "TIPLINE_TEST_DATABASE_URL is not set: PostgreSQL storage tests skipped"
NO_SHARED_REASON = f"{SHARED} is absent (it exists for developers and CI, not fresh clones)"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or a visible skip when the folder is not there."""
    if not SHARED.is_dir():
        pytest.skip(NO_SHARED_REASON)
    return SHARED.joinpath(*parts)


def now() -> datetime:
    return datetime.now(UTC)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunningServer:
    def __init__(self, base_url: str, home: Path, env: dict):
        self.base_url = base_url
        self.home = home
        self.env = env

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return run_cli(*args, env=self.env, check=check)


def cli_env(home: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIPLINE_")}
    env.update({"TIPLINE_HOME": str(home), **extra})
    return env


def run_cli(*args: str, env: dict, check: bool = True, cwd: Path | None = None,
            input: str | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``tipline`` command as a user would."""
    tipline = Path(sys.executable).parent / "tipline"
    result = subprocess.run([str(tipline), *args], env=env, capture_output=True, text=True,
                            timeout=120, cwd=cwd, input=input)
    if check and result.returncode != 0:
        raise AssertionError(f"tipline {' '.join(args)} exited {result.returncode}:\n"
                             f"{result.stdout}\n{result.stderr}")
    return result


