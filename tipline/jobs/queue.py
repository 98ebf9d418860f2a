"""The engines that run background work (``tipline.jobs.work``): inline or Procrastinate.

``TIPLINE_TASK_QUEUE`` picks one:

- ``inline`` (default): ``tipline serve`` runs each sweep on a timer and each deferred job in
  a thread of its own process (``run_sweeps_inline``, ``defer``).
- ``procrastinate``: work is queued in PostgreSQL (Procrastinate's tables, created on first
  use) and run by ``tipline worker`` processes. Sweeps are Procrastinate periodic tasks: each
  tick is deferred once whatever the number of workers (a unique row per tick), and a sweep
  holds a lock named after it, so two never run at once. A job is taken by one worker
  (``SELECT ... FOR UPDATE SKIP LOCKED``): none runs twice.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

from sqlalchemy import Engine, text

from tipline.jobs.work import JOBS, SWEEPS, Sweep

INLINE, PROCRASTINATE = "inline", "procrastinate"
# Taken while Procrastinate's tables are created, so that two processes starting at once
# do not both create them.
SCHEMA_LOCK = 7_061_997

log = logging.getLogger(__name__)


class QueueError(ValueError):
    """The task queue cannot run as configured (what is wrong and what to set)."""


def check_engine(settings) -> str:
    """The engine ``settings`` ask for. Raises QueueError for Procrastinate without
    PostgreSQL."""
    engine = settings.task_queue
    if engine == PROCRASTINATE and not settings.url.startswith("postgresql"):
        raise QueueError("TIPLINE_TASK_QUEUE=procrastinate needs PostgreSQL: set "
                         "TIPLINE_DATABASE_URL=postgresql://... (the embedded SQLite default "
                         "runs background work inside tipline serve: TIPLINE_TASK_QUEUE=inline)")
    return engine


def conninfo(engine: Engine) -> str:
    """The libpq URI of a SQLAlchemy PostgreSQL engine (its ``options``, such as a
    search_path, kept)."""
    url = engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def ensure_schema(engine: Engine) -> bool:
    """Create Procrastinate's tables in the database unless there; True when created.
    Safe to call from several processes at once (an advisory lock)."""
    from procrastinate.schema import SchemaManager

    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
        if connection.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar():
            return False
        # The driver's own cursor, without parameters: the script holds literal '%' signs.
        with connection.connection.cursor() as cursor:
            cursor.execute(SchemaManager.get_schema())
    return True


def cron_every(seconds: float) -> str:
    """A cron line firing about every ``seconds`` (Procrastinate's 6th column is seconds):
    every N seconds under a minute, every N minutes under an hour, every N hours under a day,
    then daily at midnight UTC."""
    if seconds < 60:
        return f"* * * * * */{max(1, int(seconds))}"
    if seconds < 3600:
        return f"*/{max(1, round(seconds / 60))} * * * *"
    if seconds < 86400:
        return f"0 */{max(1, round(seconds / 3600))} * * *"
    return "0 0 * * *"


def procrastinate_app(home, *, pool_size: int = 2):
    """A Procrastinate app over ``home``'s PostgreSQL with every job and sweep as a task.

    Tasks are named ``tipline.<job>`` and ``tipline.sweep.<name>``. A job that fails is
    retried 5 times (waits of 10 s, then doubling)."""
    import procrastinate

    app = procrastinate.App(connector=procrastinate.PsycopgConnector(
        conninfo=conninfo(home.engine), min_size=1, max_size=pool_size))
    retry = procrastinate.RetryStrategy(max_attempts=5, wait=10, exponential_wait=2)
    for name, function in JOBS.items():
        app.task(name=f"tipline.{name}", retry=retry, queue="jobs")(_job_runner(home, function))
    for sweep in SWEEPS:
        every = sweep.every(home.settings)
        if every <= 0:
            continue
        task = app.task(name=f"tipline.sweep.{sweep.name}", queue="sweeps",
                        lock=f"sweep.{sweep.name}", queueing_lock=f"sweep.{sweep.name}",
                        pass_context=False)(_sweep_runner(home, sweep))
        app.periodic(cron=cron_every(every), periodic_id=sweep.name)(task)
    return app


def _job_runner(home, function):
    def run(**kwargs) -> None:
        function(home, datetime.now(UTC), **kwargs)
    run.__name__ = function.__name__
    return run


def _sweep_runner(home, sweep: Sweep):
    def run(timestamp: int) -> None:  # the tick it was deferred for; the work uses now
        sweep.run(home, datetime.now(UTC))
    run.__name__ = f"{sweep.name}_sweep"
    return run


_DEFER_LOCK = threading.Lock()


def defer(home, job: str, now: datetime, **kwargs) -> None:
    """Hand ``JOBS[job](home, now, **kwargs)`` to the background: to a thread (inline) or to
    Procrastinate's queue, for a worker. ``kwargs`` must be JSON values. Never raises: a job
    that cannot be queued is logged (the work it stands for has a sweep behind it)."""
    if home.settings.task_queue != PROCRASTINATE:
        thread = threading.Thread(target=_run_logged, args=(home, job, now, kwargs),
                                  daemon=True, name=f"job-{job}")
        thread.start()
        return
    try:
        with _DEFER_LOCK:
            if home.job_app is None:
                home.job_app = procrastinate_app(home).open()
        home.job_app.tasks[f"tipline.{job}"].defer(**kwargs)
    except Exception:  # noqa: BLE001 - a queue outage must not fail the report that was filed
        log.exception("job %s could not be queued", job)


def _run_logged(home, job: str, now: datetime, kwargs: dict) -> None:
    try:
        JOBS[job](home, now, **kwargs)
    except Exception:  # noqa: BLE001 - a failed job is logged, never raised into a request
        log.exception("job %s failed", job)


def run_worker(home, *, concurrency: int = 2, wait: bool = True, name: str | None = None):
    """Run a Procrastinate worker over ``home`` until stopped (SIGINT/SIGTERM finish the jobs
    in hand first) or, with ``wait=False``, until the queue is empty. Raises QueueError unless
    the task queue is Procrastinate."""
    if check_engine(home.settings) != PROCRASTINATE:
        raise QueueError("tipline worker runs the Procrastinate queue: set "
                         "TIPLINE_TASK_QUEUE=procrastinate (with PostgreSQL); with "
                         "TIPLINE_TASK_QUEUE=inline, tipline serve does the background work")
    ensure_schema(home.engine)
    app = procrastinate_app(home, pool_size=concurrency + 3)
    app.run_worker(concurrency=concurrency, wait=wait, name=name, delete_jobs="successful",
                   install_signal_handlers=True)
