"""Queue priority: which report an analyst should open first.

Order (ascending sort of ``priority_key`` puts the first report first):

1. urgency: immediate, then high, then routine;
2. risk score: higher first (compared at 3 decimals, so float noise never reorders);
3. child age: younger first; an unknown age after every known one;
4. waiting time: within equal urgency, score and age, the report received earliest (the one
   that has waited longest) comes first. A time without an offset is read as UTC; a missing
   or unreadable time sorts after every known one.
"""

from __future__ import annotations

from datetime import datetime, timezone

from tipline.model import Urgency

_UNKNOWN_AGE = 99
_LATEST = float("inf")


def _score_milli(score: float) -> int:
    return round(min(max(float(score), 0.0), 1.0) * 1000)


def _received_ts(received_at_iso: str | None) -> float:
    if not received_at_iso:
        return _LATEST
    try:
        when = datetime.fromisoformat(received_at_iso.replace("Z", "+00:00"))
    except ValueError:
        return _LATEST
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def priority_key(
    urgency: Urgency | str, score: float, child_age: int | None, received_at_iso: str | None
) -> tuple[int, int, int, float]:
    """A sort key: ``sorted(reports, key=...)`` lists the report to open first first."""
    rank = Urgency(urgency).rank
    age = child_age if child_age is not None and child_age >= 0 else _UNKNOWN_AGE
    return (rank, -_score_milli(score), age, _received_ts(received_at_iso))


def priority_text(
    urgency: Urgency | str, score: float, child_age: int | None, received_at_iso: str | None
) -> str:
    """``priority_key`` as one fixed-width string for the database, so that ``ORDER BY`` on it
    gives the same order as sorting by the key: ``"U-SSSS-AA-TTTTTTTTTTTTTTTTTT"`` (urgency rank,
    1000 minus the score in thousandths, age or 99, received time in microseconds since 1970
    or all nines when unknown)."""
    rank, minus_score, age, received = priority_key(urgency, score, child_age, received_at_iso)
    when = "9" * 18 if received == _LATEST else f"{round(received * 1_000_000):018d}"
    return f"{rank}-{1000 + minus_score:04d}-{min(age, 99):02d}-{when}"
