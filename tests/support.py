"""Test helpers shared by every test module (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from collections.abc import Iterator
from contextlib import contextmanager
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


def shapes_png(size: tuple[int, int] = (64, 48)) -> bytes:
    """A generated PNG: a red rectangle on white (shapes only, never a photograph)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle((8, 8, size[0] * 5 // 8, size[1] * 5 // 8), fill="red")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def file_report(home_path: Path, body: dict, files: tuple = ()) -> str:
    """File a report into the Tipline home at ``home_path`` through the real intake, in this
    process (``tipline submit`` spends seconds starting triage), and return its case code:
    for tests of other commands."""
    from tipline.home import open_home
    from tipline.intake.schemas import ReportCreate
    from tipline.intake.service import IncomingFile, submit_report
    from tipline.settings import Settings

    opened = open_home(Settings(home=home_path))
    try:
        result = submit_report(opened, ReportCreate.model_validate(body),
                               [IncomingFile(name, data) for name, data in files],
                               via="cli", now=now())
    finally:
        opened.close()
    return result.receipt.case_code


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunningServer:
    def __init__(self, base_url: str, home: Path, env: dict, output: list[str] | None = None):
        self.base_url = base_url
        self.home = home
        self.env = env
        self.output = output if output is not None else []  # what the server has logged

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return run_cli(*args, env=self.env, check=check)


@contextmanager
def pg_schema_url() -> Iterator[str]:
    """The test PostgreSQL's URL with a fresh, empty schema as its search_path (dropped on
    exit). Call only when ``PG_URL`` is set."""
    import uuid

    from sqlalchemy import create_engine, text

    from tipline.settings import Settings

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




# The Help flow, step by step, as a browser without JavaScript posts it (tipline.web.help_flow).
HELP_STEPS = ("age", "danger", "what", "who", "evidence", "contact", "review")


def flow_state(page_text: str) -> str:
    """The sealed state field of a Help flow page."""
    import re

    found = re.search(r'name="state" value="([^"]+)"', page_text)
    assert found, "no state field on this page"
    return found.group(1)


def walk_help_flow(client, answers: dict | None = None, *, start: str = "/help", files=None,
                   send: bool = True):
    """Post each step of the Help flow with ``answers`` (field -> value; sensible defaults for
    the required ones) and return the last response: the receipt when ``send``, else the
    review page. ``client`` is an httpx or TestClient client."""
    values = {"age_band": "13_17", "danger": "no", "what": "meet", **(answers or {})}
    page = client.get(start)
    assert page.status_code == 200, page.text
    for _ in range(len(HELP_STEPS) + 1):
        if 'value="send"' in page.text:
            break
        page = client.post("/help", data={**values, "state": flow_state(page.text), "go": "next"})
        assert page.status_code == 200, page.text
    if not send:
        return page
    return client.post("/help", data={"state": flow_state(page.text), "go": "send"}, files=files)


def receipt_of(page_text: str) -> tuple[str, str]:
    """(case code, PIN) from a receipt page."""
    import re

    code = re.search(r'id="case-code">([^<]+)<', page_text)
    pin = re.search(r'id="pin">([^<]+)<', page_text)
    assert code and pin, "not a receipt page"
    return code.group(1), pin.group(1)


MOTO_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                    "AWS_DEFAULT_REGION": "us-east-1"}


@contextmanager
def moto_server() -> Iterator[str]:
    """moto's AWS server (S3, KMS, ...) on a free loopback port, with test credentials in the
    environment while it runs; yields its URL."""
    from moto.server import ThreadedMotoServer

    saved = {name: os.environ.get(name) for name in MOTO_CREDENTIALS}
    os.environ.update(MOTO_CREDENTIALS)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def drained(process: subprocess.Popen) -> list[str]:
    """The lines a process writes to its stdout pipe, read by a thread as they come (a full
    pipe would stop the process); the list grows while it runs."""
    import threading

    lines: list[str] = []

    def read() -> None:
        for line in process.stdout:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


@contextmanager
def served(home: Path, env: dict, port: int | None = None, *, args: tuple[str, ...] = (),
           start_seconds: float = 60) -> Iterator[RunningServer]:
    """``tipline serve`` (with ``args``, such as ``("--workers", "2")``) as a real process on
    ``port`` (default: a free loopback port), with ``env``; stopped on exit. Raises
    RuntimeError (with the server's output) when it does not answer /healthz in time."""
    import time

    import httpx

    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "tipline"), "serve", "--port", str(port), *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    output = drained(process)
    deadline = time.monotonic() + start_seconds
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait(timeout=10)
            time.sleep(0.2)
            raise RuntimeError("server did not start:\n" + "".join(output))
        time.sleep(0.1)
    running = RunningServer(base, home, env, output)
    running.process = process
    try:
        yield running
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@contextmanager
def tipline_workers(env: dict, count: int = 1, concurrency: int = 2) -> Iterator[list]:
    """``count`` ``tipline worker`` processes with ``env``; stopped (SIGTERM) on exit."""
    processes = [subprocess.Popen(
        [str(Path(sys.executable).parent / "tipline"), "worker", "--concurrency",
         str(concurrency)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True) for _ in range(count)]
    for process in processes:
        process.output = drained(process)
    try:
        yield processes
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@contextmanager
def serve_in_thread(app) -> Iterator[str]:
    """An ASGI app served by uvicorn in a thread on a free loopback port; yields its base URL
    (``http://127.0.0.1:PORT``) and stops it on exit."""
    import threading
    import time

    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)

