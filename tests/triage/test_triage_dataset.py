"""Accuracy on the labelled conversations: the shared dev set (when ../shared is present) and
the conversations written for these tests (always present)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipline.model import Conversation, Risk, Urgency
from tipline.triage import alerts, assess, assessment_to_json, load_conversations

REPO = Path(__file__).resolve().parents[2]
DEV_SET = REPO.parent / "shared" / "triage-dev" / "conversations.jsonl"
FIXTURES = Path(__file__).parent / "fixtures" / "conversations.jsonl"

# Measured on the 70 dev conversations when this suite was written: every floor was 1.0.
# The patterns were written while reading that set, so these floors guard against
# regressions; they are not an estimate of accuracy on new conversations.
RISK_ACCURACY_FLOOR = 0.95
URGENCY_ACCURACY_FLOOR = 0.93
IMMEDIATE_RECALL_FLOOR = 0.95
IMMEDIATE_PRECISION_FLOOR = 0.9
BENIGN_PRECISION_FLOOR = 0.9


def _dev_set():
    if not DEV_SET.exists():
        pytest.skip(f"dev set not found at {DEV_SET} (the sibling 'shared' folder of the repo root is absent)")
    return list(load_conversations(DEV_SET))


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _score_set(rows, use_labels_child: bool = True):
    results = []
    for lc in rows:
        child = lc.child if use_labels_child else None
        age = lc.child_age if use_labels_child else None
        results.append((lc, assess(lc.conversation, child=child, child_age=age)))
    return results


@pytest.mark.parametrize("use_labels_child", [True, False], ids=["child-named", "child-inferred"])
def test_dev_set_accuracy_floors(use_labels_child):
    results = _score_set(_dev_set(), use_labels_child)
    n = len(results)
    assert n == 70
    risk_ok = sum(a.risk.value == lc.label["risk"] for lc, a in results)
    urgency_ok = sum(a.urgency.value == lc.label["urgency"] for lc, a in results)
    imm_true = [a.urgency is Urgency.IMMEDIATE for lc, a in results if lc.label["urgency"] == "immediate"]
    imm_pred = [lc.label["urgency"] == "immediate" for lc, a in results if a.urgency is Urgency.IMMEDIATE]
    benign_pred = [lc.label["risk"] == "benign" for lc, a in results if a.risk is Risk.BENIGN]
    assert risk_ok / n >= RISK_ACCURACY_FLOOR
    assert urgency_ok / n >= URGENCY_ACCURACY_FLOOR
    assert _rate(sum(imm_true), len(imm_true)) >= IMMEDIATE_RECALL_FLOOR
    assert _rate(sum(imm_pred), len(imm_pred)) >= IMMEDIATE_PRECISION_FLOOR
    assert _rate(sum(benign_pred), len(benign_pred)) >= BENIGN_PRECISION_FLOOR


def test_dev_set_hard_negatives_stay_benign_and_routine():
    for lc, a in _score_set(_dev_set()):
        if lc.label["risk"] == "benign":
            assert a.risk is Risk.BENIGN, (lc.id, a.score, a.notes)
            assert a.urgency is Urgency.ROUTINE, lc.id


def _prefix_first_alert(lc) -> int | None:
    """Test-only reference: re-score every prefix and return the first that alerts."""
    messages = lc.conversation.messages
    for k in range(len(messages)):
        prefix = Conversation(format=lc.conversation.format, messages=messages[: k + 1])
        if alerts(prefix, child=lc.child, child_age=lc.child_age):
            return k
    return None


def test_first_alert_index_equals_prefix_rescoring_on_the_dev_set():
    for lc in _dev_set():
        assert assess(lc.conversation, child=lc.child, child_age=lc.child_age).first_alert_index == _prefix_first_alert(lc), lc.id


def test_first_alert_index_equals_prefix_rescoring_on_the_fixtures():
    for lc in load_conversations(FIXTURES):
        assert assess(lc.conversation, child=lc.child, child_age=lc.child_age).first_alert_index == _prefix_first_alert(lc), lc.id


def test_dev_set_first_alert_never_precedes_the_analysts_first_flag_by_much():
    early = []
    for lc, a in _score_set(_dev_set()):
        first = lc.label["first_risk_index"]
        if first is not None:
            assert a.first_alert_index is not None, lc.id
            assert a.first_alert_index >= first - 5, lc.id
            early.append(a.first_alert_index < first)
    # Two tactics aimed at a known minor (an age probe, then a compliment) ask a person to look
    # at once (assess.MINOR_PAIR_ALERT_THRESHOLD), which can be a message or two before the
    # message the dev labels flag; never more than five, and not for most conversations.
    assert sum(early) <= len(early) // 6


def test_fixture_conversations_match_their_labels():
    rows = list(load_conversations(FIXTURES))
    assert 5 <= len(rows) <= 8
    for lc, a in _score_set(rows):
        assert a.risk.value == lc.label["risk"], (lc.id, a.score, a.notes)
        assert a.urgency.value == lc.label["urgency"], lc.id
        assert [r.value for r in a.urgency_reasons] == lc.label["urgency_reasons"], lc.id
        found = {h.category.value for h in a.hits}
        assert set(lc.label["indicators"]) <= found, (lc.id, set(lc.label["indicators"]) - found)


def test_every_dev_hit_span_points_into_its_message():
    for lc, a in _score_set(_dev_set()):
        for hit in a.hits:
            text = lc.conversation.messages[hit.index].text
            assert 0 <= hit.span[0] < hit.span[1] <= len(text)
            assert text[hit.span[0] : hit.span[1]] in hit.why


def test_assessment_json_has_exactly_the_documented_shape():
    lc = next(iter(load_conversations(FIXTURES)))
    out = assessment_to_json(lc.id, assess(lc.conversation, child=lc.child, child_age=lc.child_age))
    assert list(out) == ["id", "risk", "score", "urgency", "urgency_reasons", "first_alert_index", "hits"]
    assert out["id"] == "fx-001" and out["risk"] == "grooming" and out["urgency"] == "immediate"
    assert out["urgency_reasons"] == ["meeting_planned"]
    assert 0.0 <= out["score"] <= 1.0 and isinstance(out["first_alert_index"], int)
    for hit in out["hits"]:
        assert list(hit) == ["index", "category", "span", "why"]
        assert isinstance(hit["span"], list) and len(hit["span"]) == 2
