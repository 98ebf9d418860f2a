"""Liveness and readiness, for a load balancer or an orchestrator.

``/healthz`` says the process answers (no I/O: a slow database must not get healthy web
processes restarted). ``/readyz`` says it can take a report now: the database answers and is
at the newest migration, and the blob store can be written. It also says how the task queue
stands (jobs waiting, workers seen in the last minute) without failing on it: reports are
still taken when no worker runs, and wait in the queue.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from tipline.store import migrate


def readiness(home) -> tuple[bool, dict]:
    """``(ready, checks)``; each check is "ok" or a short reason (no secrets, no paths)."""
    checks: dict[str, object] = {}
    try:
        with home.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        current = migrate.current_revision(home.engine)
        checks["database"] = "ok" if current == migrate.head_revision(home.engine) else (
            f"at migration {current}, not the newest: run tipline init")
    except Exception as error:  # noqa: BLE001 - any failure means not ready; say which kind
        checks["database"] = f"unreachable ({type(error).__name__})"
    checks["blobs"] = home.blobs.check_writable()
    ready = all(value == "ok" for value in checks.values())
    if home.settings.task_queue == "procrastinate" and checks["database"] == "ok":
        checks["task_queue"] = _queue_state(home)
    return ready, checks


def _queue_state(home) -> dict | str:
    since = datetime.now(UTC) - timedelta(minutes=1)
    try:
        with home.engine.connect() as connection:
            waiting = connection.execute(text(
                "SELECT count(*) FROM procrastinate_jobs WHERE status = 'todo'")).scalar()
            workers = connection.execute(text(
                "SELECT count(*) FROM procrastinate_workers WHERE last_heartbeat >= :since"),
                {"since": since}).scalar()
    except Exception as error:  # noqa: BLE001 - reported, never fatal to readiness
        return f"unreadable ({type(error).__name__})"
    return {"jobs_waiting": waiting, "workers": workers}
