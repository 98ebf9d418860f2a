"""Triage speed: messages per second through ``assess`` on one core.

Usage: .venv/bin/python bench/triage.py [--conversations N] [--repeat R] [--out FILE]

Corpora, both real text: the everyday conversations of ``chitchat-dataset`` (the first N,
default 2,000, about 72,000 messages; a test dependency) and the labelled dev set
``../shared/triage-dev/conversations.jsonl`` repeated R times (default 50), whose messages
are full of tactics and so exercise the span maps and the scorer. Everything runs in this one
process (one core); the best of three timed runs counts, after a warm-up.

Measured, for each corpus:
- ``assess, child named``: the report says which participant is the child;
- ``assess, child inferred``: nobody is named, so ``infer_child`` reads every message first;
- ``find_hits only``: indicators without the scorer;
- ``peer: lowercase + every pattern``: what a bare regex matcher costs for the same patterns
  (one ``re.search`` per pattern on ``text.lower()``; no folding, no spans, no scoring), on
  the first 10,000 messages of the corpus (it is slow).

Goal (issue 4): at least 20,000 messages/s. Results, with the machine's description, go to
``bench/results/triage-<date>.json`` (or ``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tipline.triage import assess, chitchat, find_hits, load_conversations  # noqa: E402
from tipline.triage.patterns import PATTERNS  # noqa: E402
from tipline.triage.signals import CHILD_PATTERNS  # noqa: E402

DEV = REPO.parent / "shared" / "triage-dev" / "conversations.jsonl"


def machine() -> dict:
    return {"platform": platform.platform(), "python": platform.python_version(),
            "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()}


def best_of(fn, runs: int = 3) -> float:
    fn()  # warm-up: compiles the joined regexes
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(name: str, items: list[tuple], messages: int) -> dict:
    """``items`` are (conversation, child or None)."""
    regexes = [p.regex for p in PATTERNS + CHILD_PATTERNS]
    texts = [m.text for conversation, _ in items for m in conversation.messages][:10000]

    def named():
        for conversation, child in items:
            assess(conversation, child=child or conversation.participants[0])

    def inferred():
        for conversation, _ in items:
            assess(conversation)

    def hits_only():
        for conversation, child in items:
            find_hits(conversation, child=child or conversation.participants[0])

    def peer():
        for text in texts:
            low = text.lower()
            for regex in regexes:
                regex.search(low)

    out = {"corpus": name, "conversations": len(items), "messages": messages, "msgs_per_s": {}}
    for label, fn in (("assess, child named", named), ("assess, child inferred", inferred),
                      ("find_hits only", hits_only), ("peer: lowercase + every pattern", peer)):
        seconds = best_of(fn)
        count = len(texts) if fn is peer else messages
        out["msgs_per_s"][label] = round(count / seconds)
        print(f"{name:10} {label:34} {count / seconds:>10,.0f} msgs/s", flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    results = []
    everyday = [(c, None) for _, c in chitchat.conversations(limit=args.conversations)]
    results.append(measure("chitchat", everyday, sum(len(c.messages) for c, _ in everyday)))
    if DEV.exists():
        dev = [(lc.conversation, lc.child) for lc in load_conversations(DEV)] * args.repeat
        results.append(measure("dev set", dev, sum(len(c.messages) for c, _ in dev)))
    else:
        print(f"skipped the dev set: {DEV} is absent (it lives in ../shared)")
    record = {"bench": "triage", "date": datetime.now(UTC).isoformat(timespec="seconds"),
              "machine": machine(), "goal_msgs_per_s": 20000, "results": results}
    out = args.out or REPO / "bench" / "results" / f"triage-{datetime.now(UTC).date()}.json"
    out.write_text(json.dumps(record, indent=2) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
