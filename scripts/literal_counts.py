"""Rebuild tipline/data/literal_counts.json: how often each literal the triage patterns can be
screened by occurs in everyday chat.

Usage: .venv/bin/python scripts/literal_counts.py [--conversations N]

The literal screen (tipline/triage/prefilter.py) runs a regex only on messages that hold one of
its required literals. Most regexes have several valid literal sets (``\\bsend (?:me|us) (?:a )?pic``
can be screened by "send " or by "pic"); these counts let it pick the set that everyday text holds
least often. The corpus is the folded text of chitchat-dataset (a test dependency): everyday talk
is what the screen must skip. Counts are occurrences per 100,000 messages.

Which sets a regex can choose from depends on the counts themselves (an alternation picks its
rarest branch set first), so the literals are gathered again with the new counts until no new
one appears. Run it after adding or changing patterns; without it the screen stays exact, only
slower for the new patterns (an unknown literal is taken to be fairly common).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tipline.triage import chitchat  # noqa: E402
from tipline.triage.patterns import PATTERNS  # noqa: E402
from tipline.triage.patterns_reported import REPORTED_PATTERNS  # noqa: E402
from tipline.triage.prefilter import required_literals  # noqa: E402
from tipline.triage.signals import CHILD_PATTERNS  # noqa: E402
from tipline.triage.text import fold  # noqa: E402
from tipline.triage.urgency import GENERIC_PLACE, PICKUP, PLACE  # noqa: E402

OUT = REPO / "tipline" / "data" / "literal_counts.json"


class _Asking(dict):
    """Counts that remember every literal the chooser asks about."""

    def __init__(self, known: dict[str, int]):
        super().__init__(known)
        self.asked: set[str] = set()

    def get(self, key, default=None):
        self.asked.add(key)
        return super().get(key, default)


def regexes() -> list[re.Pattern[str]]:
    return [p.regex for p in PATTERNS + CHILD_PATTERNS + REPORTED_PATTERNS] + [PLACE, PICKUP, GENERIC_PLACE]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=None, help="first N (default: all)")
    args = parser.parse_args()
    texts = [fold(m.text).text for _, c in chitchat.conversations(limit=args.conversations)
             for m in c.messages if m.text]
    corpus = "\x00".join(texts)
    scale = 100_000 / len(texts)
    # The heuristic's choices first (what the screen takes without counts), then whatever the
    # chooser asks about once it has counts, until it asks about nothing new.
    new = set().union(*(required_literals(regex) or () for regex in regexes()))
    known: dict[str, int] = {}
    for _round in range(10):
        for literal in new:
            known[literal] = round(corpus.count(literal) * scale)
        asking = _Asking(known)
        for regex in regexes():
            required_literals(regex, asking)
        new = asking.asked - known.keys()
        if not new:
            break
    record = {
        "about": "occurrences per 100,000 folded messages of chitchat-dataset; scripts/literal_counts.py",
        "messages": len(texts), "made": datetime.now(UTC).date().isoformat(),
        "counts": dict(sorted(known.items())),
    }
    OUT.write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(known)} literals from {len(texts):,} messages -> {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
