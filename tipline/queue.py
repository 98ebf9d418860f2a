"""The analyst's queue order, as one sortable string stored on each case.

Order (smallest first): urgency (immediate, high, routine), then risk score (higher first),
then child age (younger first; unknown age after every known age), then waiting time (the
report received earliest first). Source: issue 2 and issue 4 ("Priority").
"""

from __future__ import annotations

from datetime import UTC, datetime

from tipline.model import Urgency


def priority_string(urgency: str, score: float, child_age: int | None, received_at: datetime) -> str:
    """``"U-SSSS-AA-YYYYmmddHHMMSSffffff"``; comparing two strings compares priorities."""
    score_part = 1000 - max(0, min(1000, round(score * 1000)))
    age_part = 99 if child_age is None else max(0, min(98, child_age))
    when = received_at.astimezone(UTC).strftime("%Y%m%d%H%M%S%f")
    return f"{Urgency(urgency).rank}-{score_part:04d}-{age_part:02d}-{when}"
