"""Deception across messages (tipline/triage/persona.py): a claimed teenage age, then an adult life."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from helpers_triage import chat  # noqa: E402

from tipline.triage import assess  # noqa: E402


def _deceptions(*lines):
    result = assess(chat(*lines), child="A")
    return [h for h in result.hits if h.category.value == "deception" and "adult life" in h.why]


@pytest.mark.parametrize("claim, later", [
    ("lol im 14 btw", "ugh my boss kept me late again"),
    ("i'm 17 too", "my wife is asleep so we can talk"),
    ("tengo 13 y voy en 2do de secu", "uff hoy en la chamba mi jefe me trae loco"),
    ("j'ai 15 ans et toi?", "quand j'etais au lycee c'etait pareil"),
])
def test_an_adult_life_after_a_claimed_teenage_age_is_deception(claim, later):
    hits = _deceptions(("B", "hey"), ("B", claim), ("A", "ok"), ("B", later))
    assert len(hits) == 1 and hits[0].index == 3
    assert "in message 1" in hits[0].why


@pytest.mark.parametrize("claim, later", [
    ("i'm 17", "my boss kept me late"),          # older teenagers have jobs
    ("i'm 15 min away", "my wife says hi"),        # not an age
    ("im 14", "my mom's boss is so annoying"),     # not the contact's own job
])
def test_no_contradiction_no_hit(claim, later):
    assert not _deceptions(("B", claim), ("A", "ok"), ("B", later))


def test_the_childs_own_words_are_not_read_for_it():
    assert not _deceptions(("A", "im 13"), ("B", "cool"), ("A", "my boss at the lemonade stand lol"))
