"""The background work itself, whichever engine runs it (``tipline.jobs.queue``).

Every function takes the opened home and the time it runs at, so tests can move the clock.
A sweep finds what is due and does it; a job does one thing a request asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tipline import notify
from tipline.settings import Settings


@dataclass(frozen=True)
class Sweep:
    """Work done every ``every(settings)`` seconds (0: never)."""

    name: str
    run: Callable[[Any, datetime], object]
    every: Callable[[Settings], float]


def platform_sweep(home, now: datetime) -> None:
    """Expire unfinished platform reports and deliver due webhooks (``tipline.platform_api``)."""
    from tipline.platform_api import lifecycle, webhooks

    lifecycle.expire_due(home, now)
    webhooks.deliver_due(home, now)


def escalation_sweep(home, now: datetime) -> None:
    """Escalate immediate cases nobody claimed in time (``tipline.notify``)."""
    notify.escalate_unclaimed(home, now)


def rematch_sweep(home, now: datetime) -> None:
    """Hash files whose hash_files job was lost (``tipline.known.pending``), and match files
    sealed before a hash list was loaded against it (``tipline.known.rematch``)."""
    from tipline.known.pending import hash_pending
    from tipline.known.rematch import rematch_pending

    hash_pending(home, now)
    rematch_pending(home, now)


def purge_sweep(home, now: datetime) -> None:
    """Delete what the retention schedule says is due (``tipline.retention``)."""
    from tipline.retention import purge_due

    purge_due(home, now)


SWEEPS: tuple[Sweep, ...] = (
    Sweep("escalation", escalation_sweep, lambda s: s.escalation_check_seconds),
    Sweep("platform", platform_sweep, lambda s: s.webhook_check_seconds),
    Sweep("rematch", rematch_sweep, lambda s: s.rematch_check_seconds),
    Sweep("purge", purge_sweep, lambda s: s.purge_check_seconds),
)


def announce_immediate(home, now: datetime, *, case_code: str, urgency: str,
                       reasons: list[str]) -> None:
    """Tell the on-call list about a new immediate case (``tipline.notify``)."""
    notify.send(home.settings, notify.immediate_notice(home.settings, case_code, urgency,
                                                       reasons, now),
                notify.oncall_addresses(home.settings))


def build_export(home, now: datetime, *, export_id: str) -> None:
    """Build a referral package queued from the console (``tipline.exports``)."""
    from tipline import exports

    exports.build_export(home, now, export_id=export_id)


def hash_files(home, now: datetime, *, sha256s: list[str]) -> None:
    """Hash files intake recorded unhashed and change their cases (``tipline.known.pending``)."""
    from tipline.known import pending

    pending.hash_files(home, now, sha256s)


JOBS: dict[str, Callable[..., object]] = {
    "announce_immediate": announce_immediate,
    "build_export": build_export,
    "hash_files": hash_files,
}
