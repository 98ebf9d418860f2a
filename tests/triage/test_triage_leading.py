"""The regexes rewritten for speed (tipline/triage/leading.py) find what the written ones find:
the same span, pattern by pattern, on every fixture text, the dev set and generated text; and
the rewrite keeps the order in which alternatives are tried."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from support import shared_path
from tipline.triage import load_conversations
from tipline.triage.leading import emit, leading_rewrite
from tipline.triage.patterns import PATTERNS
from tipline.triage.patterns_reported import REPORTED_PATTERNS
from tipline.triage.signals import CHILD_PATTERNS
from tipline.triage.text import _QUOTES, fold

FIXTURES = Path(__file__).parent / "fixtures"
ALL = [p.regex for p in PATTERNS + CHILD_PATTERNS + REPORTED_PATTERNS]


@pytest.fixture(scope="module")
def rewritten() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    return [(regex, leading_rewrite(regex)) for regex in ALL]


def _span(regex: re.Pattern[str], text: str):
    m = regex.search(text)
    return m and m.span()


def _same_on(texts: list[str], pairs) -> None:
    folded = [fold(text).text for text in texts]
    for written, fast in pairs:
        if fast is written:
            continue
        for text in folded:
            assert _span(written, text) == _span(fast, text), (written.pattern[:120], text)


def test_most_patterns_are_rewritten(rewritten):
    # The point of the rewrite: if it silently stopped applying, triage would slow down.
    assert sum(fast is not written for written, fast in rewritten) >= 0.8 * len(rewritten)


def test_rewritten_patterns_find_the_same_spans_on_the_fixture_texts(rewritten):
    texts = [json.loads(line)["text"] for line in (FIXTURES / "indicator_phrases.jsonl").open(encoding="utf-8")]
    for path in sorted(FIXTURES.glob("conversations*.jsonl")) + [FIXTURES / "heldout.jsonl"]:
        texts += [m.text for lc in load_conversations(path) for m in lc.conversation.messages if m.text]
    _same_on(texts, rewritten)


def test_rewritten_patterns_find_the_same_spans_on_the_dev_set(rewritten):
    path = shared_path("triage-dev", "conversations.jsonl")
    if path is None:
        pytest.skip("../shared/triage-dev is absent (it is not part of a fresh clone)")
    _same_on([m.text for lc in load_conversations(path) for m in lc.conversation.messages if m.text], rewritten)


WORDS = st.sampled_from(["when", "you", "you're", "are", "so", "if", "i", "send", "me", "pic", "dont", "tell",
                         "ur", "mom", "13", "ans", "t'es", "tu", "es", "envoie", "foto", "manda", ":", ".",
                         "excursion:", "demain", "à", "15h", "tomorrow", "at", "4pm", "😍", "'", "  "])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=12).map(" ".join))
def test_rewritten_patterns_find_the_same_spans_on_generated_text(rewritten, text):
    _same_on([text], rewritten)


@pytest.mark.parametrize("pattern, text", [
    (r"\b(?<!when )(?:you're|you are|so you) (?:\d+)", "so when you are 12, so you 13"),
    (r"\b(?:ab|abc|b)", "xx abc"),  # the first alternative that matches wins, not the longest
    (r"(?:a|b)(?<=\bb)c|bc", "ab bc"),
    (r"(?:\bgo|\bge)+t", "gogoget"),  # a repeat is its first round, then the rest
    (r"\b[1l]ol\b", "lol 1ol"),  # a short class becomes one branch per character
    (r"(?<![\w'])(?:u|ur)(?![\w'])", "you're ur u"),
    (r"(?<=: )(?:demain|tomorrow)|(?<!excursion )(?:demain)", "excursion demain: tomorrow"),
    (r"\b(?:x{1,3}?|y)z", "xxz yz"),
    (r"\b\d{1,3} ?(?:min|h)\b", "in 10min or 2 h, 1234h"),  # a wide class leading alone
    (r"(?:(?<!: )|(?<=: )(?<!trip: ))(?:demain|tomorrow)", "trip: demain, then: tomorrow"),  # checks only
])
def test_rewrite_keeps_the_leftmost_first_match(pattern, text):
    written = re.compile(pattern)
    fast = leading_rewrite(written)
    assert fast is not written
    for start in range(len(text) + 1):
        assert _span(written, text[start:]) == _span(fast, text[start:]), (fast.pattern, text[start:])


@pytest.mark.parametrize("pattern", [
    r"(a)\1",  # a back-reference needs its group
    r"(?i)\bhello",  # case-insensitive: left to re
    r"\b(?:|a)b",  # a branch that consumes nothing
    r"^\W*\d+h",  # a match that may start with any character
    r"\b(?:[a-z]oo|x)",  # a wide class among other branches: re would not skip ahead
    r"hello\b",  # already starts with a literal
])
def test_what_cannot_or_need_not_be_rewritten_is_left_as_written(pattern):
    regex = re.compile(pattern)
    assert leading_rewrite(regex) is regex


@pytest.mark.parametrize("pattern", [
    r"[^\W\d_]+", r"[\]\-^a-c]", r"\.\*\+\?\(\)\[\]\{\}\|\\", r"a{2,5}?b{3,}c*+", r"(?>ab|a)c",
    r"\Afoo\Z|bar$|^baz", r"\Bx\b", "caf\u00e9 \U0001f60d\t\n", r"(?<!a)(?<=b)(?=c)(?!d).",
    r"(?:x|y)?z{0}w{,2}",
])
def test_the_emitter_writes_back_what_was_parsed(pattern):
    from re import _parser

    regex = re.compile(pattern)
    again = re.compile(emit(_parser.parse(pattern)))
    for text in ["", "foo", "baz bar", "café 😍\t\n", "aab bbbccc", "abc", "xz yz wwz", "\\.*+?()[]{}|\\",
                 "bcd", "b.c", "x b", "]-^abc"]:
        assert _span(regex, text) == _span(again, text), (pattern, text)


def test_the_only_ascii_quote_folded_is_the_backtick():
    # _fold_fast replaces the backtick by hand on ASCII text instead of translating it.
    assert {q for q in _QUOTES if q.isascii()} == {"`"}
    assert fold("don`t").text == "don't"
