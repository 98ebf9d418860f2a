"""`tipline eval`: the figures are computed as their definitions say, on a set small enough
to count by hand, and the command prints them for a labelled file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import cli_env, run_cli

from tipline.model import IndicatorCategory, IndicatorHit, Risk, RiskAssessment, Urgency
from tipline.triage import chitchat
from tipline.triage.evaluate import evaluate, everyday_talk

FIXTURES = Path(__file__).parent / "fixtures" / "conversations.jsonl"


def _assessed(risk, urgency, first_alert=None, hits=()):
    return RiskAssessment(Risk(risk), 0.5, Urgency(urgency), (), tuple(hits), first_alert)


def test_figures_match_a_hand_count():
    pairs = [
        ({"risk": "grooming", "urgency": "immediate", "first_risk_index": 2},
         _assessed("grooming", "immediate", first_alert=3)),
        ({"risk": "grooming", "urgency": "high", "first_risk_index": 1},
         _assessed("benign", "routine")),
        ({"risk": "sextortion", "urgency": "immediate", "first_risk_index": 4},
         _assessed("sextortion", "high", first_alert=4)),
        ({"risk": "benign", "urgency": "routine", "first_risk_index": None},
         _assessed("grooming", "immediate", first_alert=0)),
    ]
    figures = evaluate(pairs)
    grooming = figures.risk["grooming"]
    assert (grooming.precision, grooming.recall, grooming.support) == (0.5, 0.5, 2)
    assert figures.risk["sextortion"].f1 == 1.0 and figures.risk["benign"].f1 == 0.0
    assert figures.macro_f1 == pytest.approx((0.5 + 1.0 + 0.0) / 3)
    assert figures.confusion["immediate"] == {"immediate": 1, "high": 1, "routine": 0}
    assert figures.confusion["routine"]["immediate"] == 1
    assert (figures.immediate.precision, figures.immediate.recall) == (0.5, 0.5)
    assert figures.alert_delays == [1, 0] and figures.missed_alerts == 1
    assert figures.median_alert_delay == 0.5


def test_an_unknown_label_is_an_error():
    with pytest.raises(ValueError, match="unknown risk"):
        evaluate([({"risk": "bad", "urgency": "high"}, _assessed("benign", "routine"))])


def test_everyday_talk_counts_false_alerts_and_self_harm_hyperbole_apart():
    hit = IndicatorHit(0, IndicatorCategory.SELF_HARM, (0, 3), "says kms")
    talk = everyday_talk([_assessed("benign", "routine"), _assessed("grooming", "high"),
                          _assessed("benign", "immediate", hits=(hit,))])
    assert (talk.conversations, talk.false_alerts, talk.self_harm_hits) == (3, 1, 1)
    assert talk.false_alert_rate == pytest.approx(1 / 3)


@pytest.mark.skipif(not chitchat.available(), reason="chitchat-dataset is not installed")
def test_chitchat_conversations_load_as_everyday_talk():
    loaded = list(chitchat.conversations(limit=50))
    assert len(loaded) == 50
    _, conversation = loaded[0]
    assert len(conversation.participants) == 2
    assert conversation.messages[0].sent_at.endswith("Z")


def test_eval_command_prints_the_figures_as_json(tmp_path):
    result = run_cli("eval", str(FIXTURES), "--no-chitchat", "--json",
                     env=cli_env(tmp_path / "home"))
    document = json.loads(result.stdout)
    assert set(document["risk"]) == {"grooming", "sextortion", "benign"}
    assert 0.0 <= document["macro_f1"] <= 1.0
    assert set(document["urgency_confusion"]) == {"immediate", "high", "routine"}
    assert document["everyday_talk"] is None


def test_eval_of_an_unlabelled_file_names_it(tmp_path):
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"id": "x", "participants": {"A": {"role": "child"}},
                                "messages": [{"from": "A", "t": "2026-03-01T10:00:00Z",
                                              "text": "hi"}]}) + "\n")
    result = run_cli("eval", str(path), "--no-chitchat", env=cli_env(tmp_path / "home"),
                     check=False)
    assert result.returncode == 2 and "has no label" in result.stderr
