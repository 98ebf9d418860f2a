"""Evaluation of triage against labelled conversations (issue 4, item 7).

Pure functions over (label, assessment) pairs; ``tipline eval`` does the reading and printing.
Figures: per-class precision, recall and F1 for risk, their macro average, the urgency
confusion matrix, precision and recall of ``immediate``, and the alert delay
(``first_alert_index`` minus the labelled ``first_risk_index``) over the risky conversations
that were alerted on; the false-alert rate on everyday talk is ``false_alert_rate``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import median

from tipline.model import IndicatorCategory, Risk, RiskAssessment, Urgency

RISKS = tuple(r.value for r in Risk)
URGENCIES = tuple(u.value for u in Urgency)


@dataclass(frozen=True, slots=True)
class ClassScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Evaluation:
    """The figures for one labelled set. ``confusion[label][assessed]`` counts urgencies;
    ``alert_delays`` are per risky conversation that got an alert, ``missed_alerts`` counts the
    risky ones that got none."""

    conversations: int = 0
    risk: dict[str, ClassScores] = field(default_factory=dict)
    macro_f1: float = 0.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    immediate: ClassScores | None = None
    alert_delays: list[int] = field(default_factory=list)
    missed_alerts: int = 0

    @property
    def median_alert_delay(self) -> float | None:
        return median(self.alert_delays) if self.alert_delays else None

    def as_json(self) -> dict:
        scores = {name: vars_of(s) for name, s in self.risk.items()}
        return {
            "conversations": self.conversations, "risk": scores,
            "macro_f1": round(self.macro_f1, 4), "urgency_confusion": self.confusion,
            "immediate": vars_of(self.immediate) if self.immediate else None,
            "median_alert_delay": self.median_alert_delay, "missed_alerts": self.missed_alerts,
        }


def vars_of(scores: ClassScores) -> dict:
    return {"precision": round(scores.precision, 4), "recall": round(scores.recall, 4),
            "f1": round(scores.f1, 4), "support": scores.support}


def class_scores(truth: list[str], guess: list[str], name: str) -> ClassScores:
    """Precision, recall and F1 of class ``name`` (0 where undefined)."""
    true_pos = sum(t == name and g == name for t, g in zip(truth, guess))
    predicted = sum(g == name for g in guess)
    actual = sum(t == name for t in truth)
    precision = true_pos / predicted if predicted else 0.0
    recall = true_pos / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ClassScores(precision, recall, f1, actual)


def evaluate(pairs: Iterable[tuple[dict, RiskAssessment]]) -> Evaluation:
    """The figures for ``(label, assessment)`` pairs; ``label`` as in triage-dev/SCHEMA.md
    (``risk``, ``urgency``, ``first_risk_index``). Raises ValueError for an unknown label value."""
    truth_risk, guess_risk, truth_urgency, guess_urgency = [], [], [], []
    out = Evaluation()
    for label, assessment in pairs:
        if label.get("risk") not in RISKS or label.get("urgency") not in URGENCIES:
            raise ValueError(f"label has an unknown risk or urgency: {label!r}"[:200])
        truth_risk.append(label["risk"])
        guess_risk.append(str(assessment.risk))
        truth_urgency.append(label["urgency"])
        guess_urgency.append(str(assessment.urgency))
        first_risk = label.get("first_risk_index")
        if label["risk"] != Risk.BENIGN and first_risk is not None:
            if assessment.first_alert_index is None:
                out.missed_alerts += 1
            else:
                out.alert_delays.append(assessment.first_alert_index - first_risk)
    out.conversations = len(truth_risk)
    out.risk = {name: class_scores(truth_risk, guess_risk, name) for name in RISKS}
    out.macro_f1 = sum(s.f1 for s in out.risk.values()) / len(RISKS)
    out.confusion = {t: {g: sum(a == t and b == g for a, b in zip(truth_urgency, guess_urgency))
                         for g in URGENCIES} for t in URGENCIES}
    out.immediate = class_scores(truth_urgency, guess_urgency, Urgency.IMMEDIATE.value)
    return out


@dataclass(frozen=True, slots=True)
class EverydayTalk:
    """Triage of conversations known to be everyday talk: how many were assessed grooming or
    sextortion (false alerts), how many had a self-harm hit (hyperbole such as "kms lol",
    reported apart because it is not a risk assessment), and how many set ``first_alert_index``
    at some point (early alerts, which fire below the risk threshold once a minor is known)."""

    conversations: int
    false_alerts: int
    self_harm_hits: int
    early_alerts: int = 0

    @property
    def false_alert_rate(self) -> float:
        return self.false_alerts / self.conversations if self.conversations else 0.0

    def as_json(self) -> dict:
        return {"conversations": self.conversations, "false_alerts": self.false_alerts,
                "false_alert_rate": round(self.false_alert_rate, 4),
                "self_harm_hits": self.self_harm_hits, "early_alerts": self.early_alerts}


def everyday_talk(assessments: Iterable[RiskAssessment]) -> EverydayTalk:
    """False alerts and self-harm hits over assessments of everyday conversations."""
    total = alerts = self_harm = early = 0
    for assessment in assessments:
        total += 1
        alerts += assessment.risk != Risk.BENIGN
        self_harm += any(hit.category == IndicatorCategory.SELF_HARM for hit in assessment.hits)
        early += assessment.first_alert_index is not None
    return EverydayTalk(total, alerts, self_harm, early)
