"""Our own cases, per category and per language, written blind (without reading the patterns):
``fixtures/indicator_phrases.jsonl`` (6 positives in plain, texting, misspelled, leetspeak or
emoji, and regional styles, and 3 hard near misses, for each of the 19 categories in English,
French and Spanish) and ``fixtures/heldout.jsonl`` (66 whole conversations, 22 per language).

Floors, not targets: the patterns were later widened with the phrase table in view, so the
phrase figures measure fit; the honest held-out figures are in docs/triage.md (a second blind
set in bench/blind/ that no test and no pattern author has read)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from tipline.model import CHILD_SIGNALS, Conversation, Message
from tipline.triage import assess, find_hits, load_conversations
from tipline.triage.evaluate import evaluate

FIXTURES = Path(__file__).parent / "fixtures"
PHRASES = [json.loads(line) for line in (FIXTURES / "indicator_phrases.jsonl").open(encoding="utf-8")]
CHILD = {c.value for c in CHILD_SIGNALS}
PER_GROUP_FLOOR = 5  # of 6 positives, for every category and language


def _fires(row: dict) -> bool:
    sender, other = ("A", "B") if row["category"] in CHILD else ("B", "A")
    conversation = Conversation(format="test", messages=(
        Message(sender=sender, sent_at="2026-03-01T10:00:00", text=row["text"], source={}),
        Message(sender=other, sent_at="2026-03-01T10:01:00", text="ok", source={}),
    ))
    return row["category"] in {h.category.value for h in find_hits(conversation, child="A") if h.index == 0}


def test_the_table_covers_every_category_in_every_language_and_style():
    groups = {(r["category"], r["lang"]) for r in PHRASES}
    assert len(groups) == 19 * 3
    assert {r["style"] for r in PHRASES if r["expect"]} >= {"plain", "texting", "misspelled", "regional"}


def test_each_category_fires_on_most_phrasings_in_each_language():
    found: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for row in PHRASES:
        if row["expect"]:
            found[(row["category"], row["lang"])].append(_fires(row))
    weak = {group: f"{sum(hits)}/{len(hits)}" for group, hits in found.items() if sum(hits) < PER_GROUP_FLOOR}
    assert not weak, weak
    assert sum(map(sum, found.values())) / sum(map(len, found.values())) >= 0.95


@pytest.mark.parametrize("row", [r for r in PHRASES if not r["expect"]],
                         ids=lambda r: f'{r["category"]}-{r["lang"]}-{r["text"][:24]}')
def test_hard_near_misses_stay_silent(row):
    assert not _fires(row), row["text"]


def test_own_held_out_conversations_stay_above_the_floor():
    pairs = [(lc.label, assess(lc.conversation, child=lc.child, child_age=lc.child_age))
             for lc in load_conversations(FIXTURES / "heldout.jsonl")]
    figures = evaluate(pairs)
    assert figures.macro_f1 >= 0.90, figures.as_json()
    assert figures.immediate.recall >= 0.90, figures.as_json()
    assert figures.immediate.precision >= 0.80, figures.as_json()
    benign = [a for label, a in pairs if label["risk"] == "benign"]
    assert sum(a.risk.value != "benign" for a in benign) <= 2


REPO = Path(__file__).resolve().parents[2]
# Blind when written (bench/blind/), then training for later rounds (docs/triage.md,
# "Evaluation"); the newest table (10) stays blind and is read by no test.
LATER_TABLES = [f"indicator_phrases_{n}.jsonl" for n in range(2, 10)]


@pytest.mark.parametrize("name", LATER_TABLES)
def test_later_training_tables_stay_found_and_their_near_misses_silent(name):
    rows = [json.loads(line) for line in (REPO / "bench" / "blind" / name).open(encoding="utf-8")]
    positives = [row for row in rows if row["expect"]]
    found = sum(_fires(row) for row in positives)
    false = [row["text"] for row in rows if not row["expect"] and _fires(row)]
    assert found / len(positives) >= 0.97, f"{found}/{len(positives)}"
    assert len(false) <= 2, false


# The blind conversation sets once they became training data (read while widening patterns):
# a floor under what they give now, so a later change that loses them is seen.
LATER_CONVERSATIONS = [f"conversations_{n}.jsonl" for n in range(2, 10)]


@pytest.mark.parametrize("name", LATER_CONVERSATIONS)
def test_later_training_conversations_stay_above_the_floor(name):
    pairs = [(lc.label, assess(lc.conversation, child=lc.child, child_age=lc.child_age))
             for lc in load_conversations(REPO / "bench" / "blind" / name)]
    figures = evaluate(pairs)
    assert figures.macro_f1 >= 0.90, figures.as_json()
    assert figures.immediate.recall >= 0.85, figures.as_json()
    assert figures.immediate.precision >= 0.80, figures.as_json()
