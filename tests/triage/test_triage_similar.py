"""The learned second stage (tipline/triage/similar.py) and its wiring into scan_message."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from tipline.model import IndicatorCategory as C
from tipline.triage import indicators, similar
from tipline.triage.indicators import scan_message
from tipline.triage.text import fold

REPO = Path(__file__).resolve().parents[2]


def _train_module():
    spec = importlib.util.spec_from_file_location("train_similar", REPO / "bench" / "train_similar.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_artifact_loads_and_matches_its_sidecar():
    model = similar.read()
    sidecar = json.loads(similar.SIDECAR.read_text(encoding="utf-8"))
    assert sidecar["scheme"] == similar.HASH_SCHEME
    assert [c.value for c in model.categories] == sidecar["categories"]
    assert list(model.ngram) == sidecar["ngram"] and model.bits == sidecar["bits"]
    assert model.weights.shape == (sidecar["kept_buckets"] + 1, len(model.categories))
    assert len(model.cues) == sidecar["cues"]
    for category, threshold in zip(model.categories, model.thresholds):
        assert threshold == pytest.approx(sidecar["thresholds"][category.value], abs=1e-3)
        assert 0.5 <= threshold < 1
    assert similar.ARTIFACT.stat().st_size < 3_000_000


def test_training_and_runtime_features_are_the_same():
    # bench/train_similar.py builds its matrix with similar.features (one featuriser): the
    # row it trains on equals what Model.logits sums at run time.
    pytest.importorskip("scipy")
    train = _train_module()
    assert train.similar.features is similar.features
    model = similar.model()
    texts = ["wat grade r u in rn?", "T'as quel âge déjà 😊", "¿Dónde vives?", "ok", ""]
    X = train.matrix(texts, model.ngram, model.bits)
    for i, text in enumerate(texts):
        buckets = similar.features(fold(text).text, model.ngram, model.bits)
        row = X.getrow(i)
        expected = np.bincount(buckets, minlength=1 << model.bits)[row.indices] / np.sqrt(max(buckets.size, 1))
        assert np.allclose(row.data, expected)
        assert np.allclose(train.logits_of(model, X[i]), model.logits(fold(text).text), atol=1e-4)


def test_features_are_stable():
    # The hash is part of the model: these values must never change without retraining.
    assert similar.features("ab", (2, 2), 18).tolist() == similar.features("ab", (2, 2), 18).tolist()
    assert similar.features("how old", (2, 4), 18).size == 8 + 7 + 6
    assert similar.features("", (2, 4), 18).size == 1  # " " + "" + " " is one bigram
    assert similar.features("x", (5, 5), 18).size == 0


def test_scores_are_deterministic():
    text = fold("hey what grade are you in").text
    first = similar.score(text)
    assert first == similar.score(text)
    assert first == similar.read().score(text)
    assert set(first) == set(C)


@pytest.mark.parametrize("text", ["kms lol", "this homework is killing me", "i'm dying of laughter lmao",
                                  "ce prof me tue mdr", "me muero de risa jaja"])
def test_hyperbole_gives_no_self_harm(text):
    found = scan_message(0, text, True, similarity=True)
    assert C.SELF_HARM not in {s.hit.category for s in found}
    assert not similar.hits(fold(text).text, frozenset({C.SELF_HARM}))


# Unseen paraphrases written for this test (not from the phrase tables): the model, on its own.
PARAPHRASES = [
    pytest.param(C.AGE_PROBE, "so like what age are you turning this year",
                 marks=pytest.mark.xfail(reason="known miss of the model (p=0.09): 'age ... turning' is unlike the tables", strict=True)),
    (C.AGE_PROBE, "hey what year r u in at school"),
    (C.AGE_PROBE, "t'as quel age au juste toi"),
    (C.AGE_PROBE, "y tu cuantos anitos tienes"),
    (C.PLATFORM_MIGRATION, "lets continue this on telegram its more private"),
    (C.PLATFORM_MIGRATION, "on continue sur snap c mieux"),
    (C.PLATFORM_MIGRATION, "pasate a mi whatsapp mejor"),
    (C.IMAGE_REQUEST, "send me a selfie of u right now"),
    (C.IMAGE_REQUEST, "envoie moi une photo de toi stp"),
    (C.IMAGE_REQUEST, "mandame una foto tuya porfa"),
    (C.SECRECY, "dont tell anybody about us ok its our thing"),
    (C.SECRECY, "le dis a personne pour nous deux"),
    (C.SECRECY, "no le digas a nadie lo nuestro"),
]


@pytest.mark.parametrize("category,text", PARAPHRASES)
def test_unseen_paraphrases_fire(category, text):
    model = similar.model()
    found = dict(similar.hits(fold(text).text, frozenset(model.categories)))
    assert category in found, (text, similar.score(fold(text).text)[category])
    assert found[category] >= similar.MIN_PROBABILITY


def test_switch_off_gives_exactly_the_regex_hits(monkeypatch):
    texts = ["so like what age are you turning this year", "lets continue this on telegram its more private",
             "how old r u", "we should grab lunch tomorrow", "le dis a personne pour nous deux"]
    for text in texts:
        for from_child in (False, True):
            regex = indicators.scan_text(text, indicators.CHILD_PATTERNS if from_child else indicators.PATTERNS)
            off = scan_message(0, text, from_child, similarity=False)
            assert [(s.hit.category, s.hit.span) for s in off] == [(p.category, span) for p, span in regex]
    monkeypatch.setattr(indicators, "SIMILARITY", False)
    text = texts[0]
    assert scan_message(0, text, False) == scan_message(0, text, False, similarity=False)


def test_model_hits_span_the_message_and_explain_themselves():
    texts = ["  so like what age are you turning this year  ", "pasate a mi whatsapp mejor 😉",
             "envoie moi une photo de toi stp", "dont tell anybody about us ok its our thing"]
    seen = 0
    for text in texts:
        for scanned in scan_message(3, text, False, similarity=True):
            start, end = scanned.hit.span
            assert 0 <= start < end <= len(text)
            assert scanned.hit.index == 3
            if "learned model" in scanned.hit.why:
                seen += 1
                assert text[start:end] == text.strip()
                assert scanned.hit.why.startswith("reads like known phrasings of")
    assert seen


def test_env_switch(monkeypatch):
    monkeypatch.setenv("TIPLINE_TRIAGE_SIMILARITY", "0")
    assert similar.enabled_by_env() is False
    monkeypatch.setenv("TIPLINE_TRIAGE_SIMILARITY", "1")
    assert similar.enabled_by_env() is True
