"""Context that lowers a score (docs/triage.md, "Context can lower real risk"): a parent kept
in the loop, family members talking. Each cue must fire on what it means and stay silent on
what only looks like it: a child mentioning a parent, or threatening to tell one."""

from __future__ import annotations

import pytest

from tipline.triage.signals import family_cue, involvement_cue
from tipline.triage.text import fold


@pytest.mark.parametrize("text", [
    "Ask your mam first, if she's ok with it sure",
    "Your mam said I can take you to the cinema Saturday",
    "your mum knows, don't worry",
    "Ya lo hablé con tu madre, le parece bien",
    "Y dile a tu madre que te devuelvo a las 9",
    "j'en ai parlé à ta mère, elle est d'accord",
    "ta mère est d'accord pour samedi",
    "ma mère vient nous chercher à 16h",
    "mi mamá nos recoge a las 5",
])
def test_a_parent_kept_in_the_loop_is_recognised(text):
    assert involvement_cue(fold(text).text)


@pytest.mark.parametrize("text", [
    "don't tell your mum",
    "your mom doesn't need to know",
    "ne dis rien à ta mère",
    "no le digas a tu mamá",
    "my mum is so annoying",
])
def test_secrecy_about_a_parent_is_not_involvement(text):
    assert not involvement_cue(fold(text).text)


@pytest.mark.parametrize("text,from_child", [
    ("gracias primo", True),
    ("thanks cousin!", True),  # "cuz" folds to "because": not a kin word
    ("merci cousine", True),
    ("ok mom", True),
])
def test_a_child_calling_a_relative_is_family_talk(text, from_child):
    assert family_cue(fold(text).text, from_child)


@pytest.mark.parametrize("text", ["had a massive row with mum again", "my cousin is annoying",
                                  "mi primo juega al fútbol"])
def test_a_child_mentioning_a_relative_is_not(text):
    assert not family_cue(fold(text).text, True)
