"""The literal prefilter never changes what triage finds: on every phrase of the fixtures, every
dev and fixture message, and generated texting-style text, scanning with it equals running every
pattern group."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from support import shared_path
from tipline.triage import load_conversations
from tipline.triage.indicators import scan_text
from tipline.triage.patterns import PATTERNS
from tipline.triage.prefilter import Prefilter, required_literals
from tipline.triage.signals import CHILD_PATTERNS

FIXTURES = Path(__file__).parent / "fixtures"


def _same(text: str) -> None:
    for table in (PATTERNS, CHILD_PATTERNS):
        assert scan_text(text, table) == scan_text(text, table, prefilter=False), text


def _fixture_texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (FIXTURES / "indicator_phrases.jsonl").open(encoding="utf-8")]
    for name in ("conversations.jsonl", "heldout.jsonl"):
        texts += [m.text for lc in load_conversations(FIXTURES / name) for m in lc.conversation.messages]
    return texts


def test_prefilter_changes_nothing_on_the_fixture_texts():
    for text in _fixture_texts():
        _same(text)


def test_prefilter_changes_nothing_on_the_dev_set():
    path = shared_path("triage-dev", "conversations.jsonl")
    if path is None:
        pytest.skip("../shared/triage-dev is absent (it is not part of a fresh clone)")
    for lc in load_conversations(path):
        for message in lc.conversation.messages:
            _same(message.text)


WORDS = st.sampled_from(["how", "old", "r", "u", "send", "me", "a", "pic", "of", "ur", "parents", "home",
                         "dont", "tell", "snap", "tomorrow", "at", "3", "$50", "gift", "card", "or", "i",
                         "post", "it", "j'ai", "13", "ans", "tienes", "foto", "tuya", "😍", "!!", "?", "kms"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14).map(" ".join))
def test_prefilter_changes_nothing_on_generated_texting(text):
    _same(text)


@pytest.mark.parametrize("pattern,literals", [
    (r"\bhow old (?:are|r) you\b", {"how old are", "how old r"}),
    (r"\b(?:i'm|i am) (?:only )?1[0-7]\b", {"i'm", "i am"}),
    (r"\bsend (?:me )?(?:pics?|photos?)", {"send "}),
])
def test_required_literals_are_what_every_match_contains(pattern, literals):
    assert required_literals(re.compile(pattern)) == literals


def test_literal_counts_choose_the_rarer_of_two_valid_requirements():
    regex = re.compile(r"\bsend (?:me )?(?:pics?|photos?)")
    assert required_literals(regex, {"send ": 900, "pic": 5, "photo": 3}) == {"pic", "photo"}
    assert required_literals(regex, {"send ": 2, "pic": 500, "photo": 300}) == {"send "}
    # A literal the counts do not know is taken to be fairly common, never free.
    assert required_literals(regex, {"send ": 1, "x": 0, "y": 0, "z": 7, "w": 7}) == {"send "}


def test_the_screen_is_exact_whichever_literals_the_counts_choose():
    regexes = [re.compile(r"\bsend (?:me )?(?:pics?|photos?)"), re.compile(r"\bhow old (?:are|r) you\b")]
    texts = ["send me pics", "send photos now", "how old r you", "a pic", "send it", "how old are we"]
    for counts in (None, {"send ": 900, "pic": 5, "photo": 3}, {"send ": 1, "pic": 500, "photo": 500}):
        screen = Prefilter([[r] for r in regexes], counts)
        for text in texts:
            matching = {i for i, r in enumerate(regexes) if r.search(text)}
            assert matching <= screen.candidates(text), (counts, text)


@pytest.mark.parametrize("content", ["[1, 2, 3]", "null", '"x"', '{"counts": [1, 2]}', '{"counts": 5}',
                                     '{"counts": {"send ": "x", "pic": null, "photo": 3}}', "{not json", ""])
def test_a_damaged_counts_file_leaves_the_screen_exact(tmp_path, monkeypatch, content):
    import tipline.triage.prefilter as prefilter

    damaged = tmp_path / "literal_counts.json"
    damaged.write_text(content, encoding="utf-8")
    monkeypatch.setattr(prefilter, "_COUNTS_FILE", damaged)
    prefilter.literal_counts.cache_clear()
    try:
        counts = prefilter.literal_counts()
        assert all(isinstance(v, (int, float)) for v in counts.values())
        regex = re.compile(r"\bsend (?:me )?(?:pics?|photos?)")
        assert Prefilter([[regex]], counts).candidates("send me pics") == {0}
    finally:
        prefilter.literal_counts.cache_clear()


def test_the_shipped_counts_know_the_literals_the_patterns_are_screened_by():
    """tipline/data/literal_counts.json comes from scripts/literal_counts.py; after patterns
    change, rerun it (an unknown literal keeps the screen exact, only slower)."""
    from tipline.triage.prefilter import literal_counts
    from tipline.triage.patterns_reported import REPORTED_PATTERNS

    counts = literal_counts()
    chosen = set()
    for pattern in PATTERNS + CHILD_PATTERNS + REPORTED_PATTERNS:
        chosen |= required_literals(pattern.regex, counts) or set()
    known = sum(literal in counts for literal in chosen)
    assert known / len(chosen) >= 0.95, f"{len(chosen) - known} of {len(chosen)} literals unknown: " \
        "run .venv/bin/python scripts/literal_counts.py"


def test_no_contact_tactic_pattern_runs_on_every_message():
    # One that did ("you in yr 8", where "yr" was too short to screen by) cost every message.
    always = Prefilter([[p.regex] for p in PATTERNS]).always
    assert always == [], [PATTERNS[i].regex.pattern[:80] for i in always]


def test_a_pattern_without_a_literal_always_runs():
    screen = Prefilter([[re.compile(r"^\W*\d+h")], [re.compile(r"\bhello\b")]])
    assert screen.candidates("nothing here") == {0}
    assert screen.candidates("well hello") == {0, 1}


def test_a_positive_lookaround_is_required_text_and_a_negative_one_is_not():
    import re

    from tipline.triage.prefilter import required_literals

    assert required_literals(re.compile(r"(?<=want )(?:to|2) see")) is not None
    assert "want " in required_literals(re.compile(r"(?<=want )x"))
    assert required_literals(re.compile(r"(?<!want )x")) is None


def test_an_alternation_is_cut_only_at_its_top_level():
    from tipline.triage.prefilter import split_alternatives
    assert split_alternatives(r"a|b(?:c|d)|[|x]e|\|f|g") == ["a", "b(?:c|d)", "[|x]e", r"\|f", "g"]


def _cue_texts() -> list[str]:
    texts = _fixture_texts()
    path = shared_path("triage-dev", "conversations.jsonl")
    if path is not None:
        texts += [m.text for lc in load_conversations(path) for m in lc.conversation.messages]
    return texts + ["i still have the pic u sent", "you know what i have.", "tu sais ce que j'ai !",
                    "your mum knows, ask your dad too", "ya lo hablé con tu madre", "dile a tu mama"]


def test_a_cue_run_as_its_parts_finds_what_the_whole_alternation_finds():
    from tipline.triage import signals
    from tipline.triage.text import fold
    for text in _cue_texts():
        folded = fold(text).text
        whole = signals.IMAGE_HELD.search(folded)
        parts = signals._IMAGE_HELD_PARTS.search(folded)
        assert (whole and whole.span()) == (parts and parts.span()), text
        assert [m.span() for m in signals._INVOLVE.finditer(folded)][:1] == \
            [m.span() for m in signals._INVOLVE_PARTS.matches(folded)][:1], text
