"""Adversarial checks of the triage change (fast fold + lazy span map, literal prefilter and
scan cache, ``tipline eval`` per-language figures). Tests that fail mark a finding; the others
record attacks that held. Conversations stay at the level of tactics."""

from __future__ import annotations

import json
import time

import pytest

from support import cli_env, run_cli
from tipline.model import Conversation, IndicatorCategory as C, Message
from tipline.triage import assess
from tipline.triage.indicators import find_hits, scan_text
from tipline.triage.patterns import PATTERNS
from tipline.triage.signals import CHILD_PATTERNS
from tipline.triage.text import Folded, _fold_mapped, fold


def _conv(*messages: tuple[str | None, str]) -> Conversation:
    return Conversation("test", tuple(Message(s, None, t, {}) for s, t in messages))


def _hits(text: str, sender: str = "man") -> list:
    other = "kid" if sender == "man" else "man"
    conversation = _conv((other, "hey"), (sender, text), (other, "ok"))
    return [(h.category, text[h.span[0]:h.span[1]], h.why) for h in find_hits(conversation, "kid")]


# --- Finding 1: the fast fold and the lazily built span map disagree --------------------------
# _fold_fast squeezes runs with _RUN ([^\W\d_]), which matches numeric symbols that are not
# letters (U+2185 ROMAN NUMERAL SIX LATE FORM, U+2776 DINGBAT NEGATIVE CIRCLED DIGIT ONE, ...);
# _squeeze (the reference the map is built from) only squeezes isalpha() runs. The folded text
# is then shorter than its map, and every span after the run points at the wrong characters.

@pytest.mark.parametrize("noise", ["\u2776" * 6, "\u2185" * 6, "\u24f5" * 6, "\u2180" * 6])
def test_fast_fold_text_equals_the_reference_fold_the_span_map_comes_from(noise):
    text = f"{noise} dont tell ur mom"
    assert fold(text).text == _fold_mapped(text)[0]


def test_a_run_of_circled_digits_does_not_shift_the_evidence_span():
    text = "\u2776" * 20 + " dont tell ur mom"
    hits = _hits(text)
    assert hits, "secrecy not found"
    category, quoted, why = hits[0]
    assert category is C.SECRECY
    # Once the span was (2, 20): it quoted the circled digits, not the words.
    assert "tell" in quoted and "dont tell ur mom" in why, (quoted, why)


def test_fast_path_spans_equal_reference_spans():
    text = "keep \u2776\u2776\u2776\u2776this our secret"
    reference = Folded(*(lambda f: (f[0], text, (f[1], f[2])))(_fold_mapped(text)))
    assert scan_text(text, PATTERNS) == scan_text(text, PATTERNS, reference, prefilter=False)


# --- Finding 2: whitespace and invisible characters hide tactics and self-harm ----------------
# fold() does not collapse runs of whitespace or drop format characters (Cf), and most patterns
# are written with single literal spaces: a doubled space, a tab or a line break between two
# words, or a zero-width space/joiner or soft hyphen inside one, and nothing is found. For the
# self-harm patterns this also removes the crisis block from the child's receipt.

@pytest.mark.parametrize("text", [
    "i want to kill  myself",        # double space (phone keyboards, copy-paste)
    "i  want to die",
    "i want to kill\tmyself",
    "i want to kill\nmyself",        # a line break inside a multi-line message
])
def test_whitespace_runs_do_not_hide_self_harm(text):
    assert any(c is C.SELF_HARM for c, _q, _w in _hits(text, sender="kid")), repr(text)


@pytest.mark.parametrize("text", ["dont  tell ur mom", "how  old r u"])
def test_whitespace_runs_do_not_hide_contact_tactics(text):
    assert _hits(text), repr(text)


@pytest.mark.parametrize("text", [
    "i want to k\u200bill myself",    # zero-width space
    "i want to d\u200die",            # zero-width joiner
    "i want to kill my\u00adself",    # soft hyphen
])
def test_invisible_format_characters_do_not_hide_self_harm(text):
    assert any(c is C.SELF_HARM for c, _q, _w in _hits(text, sender="kid")), repr(text)


# --- Finding 3: the pattern-table caches are keyed by id() and go stale on mutation -----------

def test_a_table_changed_in_place_is_not_served_from_the_stale_cache():
    secrecy = [p for p in PATTERNS if p.category is C.SECRECY][:1]
    image = [p for p in PATTERNS if p.category is C.IMAGE_REQUEST]
    table = list(secrecy)
    assert scan_text("send me a pic of u", table) == []
    table.extend(image)
    # A cache keyed by the table alone would keep the old prefilter: the new patterns would never run.
    # (prefilter=False reads the same stale groups, so compare with a fresh copy of the table.)
    assert scan_text("send me a pic of u", table) == scan_text("send me a pic of u", list(table))
    assert any(p.category is C.IMAGE_REQUEST for p, _ in scan_text("send me a pic of u", table))


# --- Attacks that held -------------------------------------------------------------------------

HOSTILE = [
    "\u03a3\u03c3\u03c2 dont tell ur mom \u03c2",                # Greek sigma forms
    "\u0130stanbul send me a p\u0130c of u",                     # Turkish dotted I
    "dont te\u0301ll ur mo\u0301m",                                 # combining marks
    "\u202edont tell ur mom\u202c",                              # RTL override
    "\uff44\uff4f\uff4e\uff54 \uff54\uff45\uff4c\uff4c \uff55\uff52 \uff4d\uff4f\uff4d",  # fullwidth
    "send me a \ufb01le... send me a pic of u",                 # ligature fi
    "\U0001f468\u200d\U0001f469\u200d\U0001f467 how old r u \U0001f3f3\ufe0f\u200d\U0001f308",
    "send me a pic of u \x00 dont tell ur mom",
    "\ud800 how old r u \udfff",                                 # lone surrogates
    "1\ufe0f\u20e3 are your parents home? \u2026 \u2019",
    "\u01c5\u0149 K \u00df \u2126 add me on snap",
    "",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_unicode_never_raises_and_spans_stay_inside_the_text(text):
    conversation = _conv(("man", text), ("kid", text), ("man", text))
    for child in ("kid", None):
        for hit in list(find_hits(conversation, child)) + list(assess(conversation, child=child).hits):
            start, end = hit.span
            original = conversation.messages[hit.index].text
            assert 0 <= start < end <= len(original)
            assert " ".join(original[start:end].split())[:60] in hit.why


@pytest.mark.parametrize("text", HOSTILE)
def test_prefilter_equals_running_every_pattern_on_hostile_unicode(text):
    for table in (PATTERNS, CHILD_PATTERNS):
        assert scan_text(text, table) == scan_text(text, table, prefilter=False)


@pytest.mark.parametrize("text", [
    "1" * 4000,                               # \d[\d,.]* in the money patterns is quadratic here
    "dont tell ur mom about us " * 160,
    "he is still still still " * 170,
    "a" * 4000,
    "\u03a3" * 4000,
    "\u2776" * 4000,
    "? " * 2000,
])
def test_one_hostile_4000_character_message_is_assessed_quickly(text):
    conversation = _conv(("man", text[:4000]), ("kid", text[:4000]))
    started = time.perf_counter()
    assess(conversation, child="kid")
    assert time.perf_counter() - started < 2.0


def test_the_scan_cache_keeps_tables_apart_on_one_folded_text():
    folded = fold("i'm 13. dont tell ur mom")
    contact = scan_text("i'm 13. dont tell ur mom", PATTERNS, folded)
    child = scan_text("i'm 13. dont tell ur mom", CHILD_PATTERNS, folded)
    assert {p.category for p, _ in contact} != {p.category for p, _ in child}
    assert scan_text("i'm 13. dont tell ur mom", PATTERNS, folded) == contact


# --- Finding 4: tipline eval on malformed label data -----------------------------------------

GOOD = {
    "id": "g1", "lang": "en",
    "participants": {"A": {"role": "child", "age": 12}, "B": {"role": "contact"}},
    "messages": [
        {"from": "B", "t": "2026-03-01T19:02:00-05:00", "text": "how old are you?"},
        {"from": "A", "t": "2026-03-01T19:03:00-05:00", "text": "12"},
    ],
    "label": {"risk": "benign", "urgency": "routine", "first_risk_index": None},
}


def _eval(tmp_path, *lines: str | bytes):
    path = tmp_path / "labelled.jsonl"
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n" for line in lines))
    return run_cli("eval", "--no-chitchat", str(path), env=cli_env(tmp_path / "home"), check=False)


def _with_label(label) -> str:
    return json.dumps({**GOOD, "id": "g2", "label": label})


def test_eval_of_a_bad_json_line_names_file_and_line(tmp_path):  # held
    result = _eval(tmp_path, json.dumps(GOOD), "{not json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "labelled.jsonl" in result.stderr and "line 2" in result.stderr


def test_eval_of_an_unknown_risk_names_file_and_line(tmp_path):
    result = _eval(tmp_path, json.dumps(GOOD), _with_label({"risk": "catfishing", "urgency": "routine"}))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    # Once: "label has an unknown risk or urgency: {...}" with no file and no line.
    assert "labelled.jsonl" in result.stderr and "line 2" in result.stderr, result.stderr


def test_eval_of_a_missing_label_names_the_line(tmp_path):
    result = _eval(tmp_path, json.dumps(GOOD), json.dumps({k: v for k, v in GOOD.items() if k != "label"}))
    assert result.returncode == 2 and "labelled.jsonl" in result.stderr
    assert "line 2" in result.stderr, result.stderr


def test_eval_of_a_non_integer_first_risk_index_is_a_clear_error(tmp_path):
    bad = {**GOOD, "id": "g2", "label": {"risk": "grooming", "urgency": "high", "first_risk_index": "0"},
           "messages": [{"from": "B", "t": "2026-03-01T19:02:00-05:00",
                         "text": "are your parents home? dont tell ur mom, its our secret. send me a pic of u"}]}
    result = _eval(tmp_path, json.dumps(GOOD), json.dumps(bad))
    # Once: exit 70, "internal error: TypeError: unsupported operand type(s) for -: 'int' and 'str'".
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "labelled.jsonl" in result.stderr and "line 2" in result.stderr


def test_eval_of_a_file_that_is_not_utf8_names_the_file(tmp_path):
    latin1 = json.dumps({**GOOD, "id": "g2"}, ensure_ascii=False).replace("how old", "qu\u00e9").encode("latin-1")
    result = _eval(tmp_path, json.dumps(GOOD), latin1)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    # Once: "'utf-8' codec can't decode byte 0xe9 in position ..." with no file name.
    assert "labelled.jsonl" in result.stderr, result.stderr
