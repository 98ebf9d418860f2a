"""Who a message is aimed at, worked out in linear time (exports run to hundreds of
thousands of messages): the same answer as a scan per message, on random conversations."""

from __future__ import annotations

import random

from tipline.triage.child import addressees


def scanned(senders: list[str | None], index: int) -> str | None:
    """The plain definition: the next other sender to write, else the previous one."""
    sender = senders[index]
    for other in senders[index + 1:]:
        if other is not None and other != sender:
            return other
    for other in reversed(senders[:index]):
        if other is not None and other != sender:
            return other
    return None


def test_addressees_match_a_scan_per_message():
    rng = random.Random(7)
    for _ in range(500):
        senders = [rng.choice(["A", "B", "C", None]) for _ in range(rng.randint(0, 12))]
        expected = [None if s is None else scanned(senders, i) for i, s in enumerate(senders)]
        assert addressees(senders) == expected, senders


def test_a_long_monologue_is_aimed_at_the_one_reply():
    senders = ["A"] * 200_000 + ["B"]
    aimed = addressees(senders)  # a scan per message would take minutes here
    assert aimed[0] == "B" and aimed[-1] == "A" and aimed.count("B") == 200_000
