"""A learned second opinion: does a message read like known phrasings of a tactic?

Regular expressions (``patterns_*.py``) find the wordings someone thought of. People who never
saw them write other ones ("what year r u in at school", "t'as quel âge déjà"). This stage
scores a message against a linear model per category, trained (``bench/train_similar.py``) on
the three phrase tables (positives and near misses) and on everyday adult chat (negatives),
and reports a category when the score passes that category's threshold, chosen so that it
fires on at most about one everyday message in 5,000.

Features are character n-grams of the folded text (``tipline.triage.text.fold``), hashed into
``2**bits`` buckets by ``features`` below: a polynomial hash over the UTF-8 bytes, mixed by a
multiplicative hash, computed for all n-grams at once with numpy. Training imports the same
function, so the features the model learnt are the features it is given
(tests/triage/test_triage_similar.py checks it). A message's feature vector is its n-gram
counts divided by the square root of how many n-grams it has, so the score is::

    p = sigmoid(bias + sum(weight[bucket] for each n-gram) / sqrt(number of n-grams))

Inference needs only numpy and the artifact ``tipline/data/similar_model.npz`` (pruned float16
weights, the hashing parameters and the thresholds; its JSON sidecar records the training data,
the cross-validation figures and the thresholds). It is loaded once, on first use.

The model says "this reads like the training phrasings", not why: its hit spans the whole
message and its reason says so. It ranks work for people; the analyst reads the message.
"""

from __future__ import annotations

import json
import math
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick
import numpy as np

from tipline.model import IndicatorCategory

DATA = Path(__file__).resolve().parents[1] / "data"
ARTIFACT = DATA / "similar_model.npz"
SIDECAR = DATA / "similar_model.json"

# Hashing constants (fixed: a model is only valid with the constants it was trained with; the
# artifact stores them and ``load`` refuses a mismatch).
_PRIME = np.uint64(0x100000001B3)  # FNV-64 prime, the polynomial base
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing multiplier
_SALT = np.uint64(0xC2B2AE3D27D4EB4F)  # separates n-gram lengths
HASH_SCHEME = "poly-fnv64-fib/1"
# n * _SALT mod 2**64 for n = 0..15, computed in Python integers (numpy scalars warn on wrap).
_SALTS = np.array([(n * int(_SALT)) % (1 << 64) for n in range(16)], dtype=np.uint64)
# A floor on every category's threshold: the chat-calibrated thresholds (0.5 for most) added
# enough cross-category hits to lower conversation macro-F1 on the blind sets (docs/triage.md).
MIN_PROBABILITY = 0.9
MIN_CHARS = 8  # shorter messages ("ok", "lol", "où ça") are left to the patterns
MAX_CHARS = 600  # the model reads the first 600 folded characters of a message


def features(text: str, ngram: tuple[int, int], bits: int) -> np.ndarray:
    """Bucket indexes (intp, one per n-gram, repeats kept) of the character n-grams of
    ``" " + text + " "`` for n in ``ngram`` (inclusive), over its UTF-8 bytes.

    ``text`` is folded text. The same function builds the training matrix and scores at run
    time; the result depends only on its arguments (no Python ``hash``, no seed)."""
    raw = (" " + text[:MAX_CHARS] + " ").encode("utf-8")
    data = np.frombuffer(raw, dtype=np.uint8).astype(np.uint64)
    lo, hi = ngram
    size = len(data)
    rolling = data
    parts = [rolling + _SALTS[1]] if lo <= 1 else []
    for n in range(2, hi + 1):
        if size - n + 1 <= 0:
            break
        rolling = rolling[: size - n + 1] * _PRIME + data[n - 1 :]
        if n >= lo:
            parts.append(rolling + _SALTS[n])
    if not parts:
        return np.zeros(0, dtype=np.intp)
    mixed = np.concatenate(parts) if len(parts) > 1 else parts[0]
    mixed *= _GOLDEN
    mixed >>= np.uint64(64 - bits)
    return mixed.astype(np.intp)


@dataclass(frozen=True)
class Model:
    """A loaded artifact: per-category weights over the kept buckets, biases, thresholds."""

    categories: tuple[IndicatorCategory, ...]
    ngram: tuple[int, int]
    bits: int
    rows: np.ndarray  # int32 [2**bits]: row of a bucket in ``weights``, 0 for a pruned bucket
    weights: np.ndarray  # float32 [kept + 1, categories]; row 0 is all zeros
    bias: np.ndarray  # float32 [categories]
    thresholds: np.ndarray  # float32 [categories], probabilities
    cues: tuple[str, ...] = ()  # word-start stems (" secre", " snap"): the gate
    _automaton: object = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        if self.cues:
            automaton = ahocorasick.Automaton()
            for cue in self.cues:
                automaton.add_word(cue, cue)
            automaton.make_automaton()
            object.__setattr__(self, "_automaton", automaton)

    def gate(self, folded_text: str) -> bool:
        """Whether a message is worth scoring: at least ``MIN_CHARS`` long and holding one
        of the cue stems at the start of a word (any message, when the model has no cues)."""
        if len(folded_text) < MIN_CHARS:
            return False
        if self._automaton is None:
            return True
        return next(self._automaton.iter(" " + folded_text), None) is not None

    def logits(self, folded_text: str) -> np.ndarray:
        buckets = features(folded_text, self.ngram, self.bits)
        if buckets.size == 0:
            return self.bias.copy()
        total = self.weights[self.rows[buckets]].sum(axis=0)
        return self.bias + total / math.sqrt(buckets.size)

    def score(self, folded_text: str) -> dict[IndicatorCategory, float]:
        """Probability per category that ``folded_text`` is a phrasing of it."""
        probs = 1.0 / (1.0 + np.exp(-self.logits(folded_text)))
        return {category: float(p) for category, p in zip(self.categories, probs)}


def build(categories, ngram, bits, buckets: np.ndarray, weights: np.ndarray, bias, thresholds, cues=()) -> Model:
    """A Model from the stored (pruned) form: ``buckets`` the kept bucket ids (sorted),
    ``weights`` their float weights [kept, categories]."""
    rows = np.zeros(1 << bits, dtype=np.int32)
    rows[buckets.astype(np.int64)] = np.arange(1, len(buckets) + 1, dtype=np.int32)
    table = np.zeros((len(buckets) + 1, len(categories)), dtype=np.float32)
    table[1:] = weights.astype(np.float32)
    return Model(tuple(categories), (int(ngram[0]), int(ngram[1])), int(bits), rows, table,
                 np.asarray(bias, dtype=np.float32), np.asarray(thresholds, dtype=np.float32), tuple(cues))


def read(path: Path = ARTIFACT) -> Model:
    """Load an artifact written by ``bench/train_similar.py``."""
    with np.load(path, allow_pickle=False) as z:
        scheme = str(z["scheme"])
        if scheme != HASH_SCHEME:
            raise ValueError(f"{path}: hash scheme {scheme!r}, this code computes {HASH_SCHEME!r}")
        categories = [IndicatorCategory(c) for c in json.loads(str(z["categories"]))]
        return build(categories, tuple(z["ngram"]), int(z["bits"]), z["buckets"], z["weights"],
                     z["bias"], z["thresholds"], json.loads(str(z["cues"])))


_MODEL: Model | None = None
_FAILED = False
_LOCK = threading.Lock()


def model() -> Model | None:
    """The shipped model, loaded once; None when the artifact is absent."""
    global _MODEL, _FAILED
    if _MODEL is None and not _FAILED:
        with _LOCK:
            if _MODEL is None and not _FAILED:
                if ARTIFACT.exists():
                    _MODEL = read(ARTIFACT)
                else:
                    _FAILED = True
    return _MODEL


def score(folded_text: str) -> dict[IndicatorCategory, float]:
    """Probability per category (empty when no model is shipped)."""
    m = model()
    return m.score(folded_text) if m is not None else {}


_NAMES = {
    IndicatorCategory.AGE_PROBE: "an age probe",
    IndicatorCategory.PERSONAL_INFO_PROBE: "a question about where the child lives, studies or can be reached",
    IndicatorCategory.SUPERVISION_PROBE: "a question about adults being around",
    IndicatorCategory.SECRECY: "a request for secrecy",
    IndicatorCategory.PLATFORM_MIGRATION: "a push to another app or channel",
    IndicatorCategory.FLATTERY_BOND: "flattery or a special bond",
    IndicatorCategory.ISOLATION: "turning the child from family or friends",
    IndicatorCategory.GIFTS_INDUCEMENTS: "an offer of gifts or money",
    IndicatorCategory.IMAGE_REQUEST: "a request for pictures or a video call",
    IndicatorCategory.COMPLIANCE_TESTING: "a test of the child's compliance",
    IndicatorCategory.DECEPTION: "a false or shifting identity",
    IndicatorCategory.MEETING_PROPOSAL: "a proposal to meet",
    IndicatorCategory.ROMANTIC_FRAMING: "romantic framing",
    IndicatorCategory.THREAT_COERCION: "a threat",
    IndicatorCategory.FINANCIAL_DEMAND: "a demand for money",
    IndicatorCategory.PRESSURE_URGENCY: "pressure to answer or act now",
    IndicatorCategory.CHILD_AGE_DISCLOSURE: "the child giving their age",
    IndicatorCategory.CHILD_DISTRESS: "the child in distress",
    IndicatorCategory.SELF_HARM: "the child wanting to hurt themselves",
}


def why(category: IndicatorCategory, probability: float) -> str:
    """The one-line reason of a model hit."""
    return f"reads like known phrasings of {_NAMES[category]} (similarity {probability:.2f}, learned model)"


def gate(folded_text: str) -> bool:
    """Whether the shipped model would read this message (see ``Model.gate``)."""
    m = model()
    return m is not None and m.gate(folded_text)


def hits(folded_text: str, allowed: frozenset[IndicatorCategory],
         skip: set[IndicatorCategory] | frozenset[IndicatorCategory] = frozenset()) -> list[tuple[IndicatorCategory, float]]:
    """(category, probability) for each category in ``allowed`` and not in ``skip`` whose
    probability reaches its threshold, highest first."""
    m = model()
    if m is None or not m.gate(folded_text):
        return []
    logits = m.logits(folded_text)
    out = []
    for i, category in enumerate(m.categories):
        if category not in allowed or category in skip:
            continue
        p = 1.0 / (1.0 + math.exp(-float(logits[i])))
        if p >= max(float(m.thresholds[i]), MIN_PROBABILITY):
            out.append((category, p))
    out.sort(key=lambda item: -item[1])
    return out


def enabled_by_env() -> bool:
    """TIPLINE_TRIAGE_SIMILARITY=1 turns the stage on; it is off by default (docs/triage.md says why)."""
    return os.environ.get("TIPLINE_TRIAGE_SIMILARITY", "0").strip().lower() in {"1", "true", "yes", "on"}
