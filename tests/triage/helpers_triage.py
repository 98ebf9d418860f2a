"""Small builders for triage tests (kept out of conftest so other suites are untouched)."""

from __future__ import annotations

from datetime import datetime, timedelta

from tipline.model import Conversation, Message


def chat(*lines: tuple[str | None, str], start: str = "2026-03-05T18:00:00-05:00", step_minutes: int = 2) -> Conversation:
    """A Conversation from (sender, text) pairs, two minutes apart from ``start``."""
    t = datetime.fromisoformat(start)
    messages = []
    for i, (sender, text) in enumerate(lines):
        messages.append(Message(sender=sender, sent_at=(t + timedelta(minutes=step_minutes * i)).isoformat(), text=text, source={"line": i + 1}))
    return Conversation(format="test", messages=tuple(messages))


def categories(hits) -> set[str]:
    return {h.category.value for h in hits}
