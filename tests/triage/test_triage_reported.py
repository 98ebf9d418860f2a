"""Reported speech: a child or parent telling, in their own words, what the contact did ("he asked
how old I am", "il veut que je lui envoie des photos", "me pidio que no le dijera a nadie").

``fixtures/reported_phrases.jsonl`` was written before the patterns (tipline/triage/patterns_reported.py):
for each contact-tactic category and language, positives in plain, texting, misspelled, regional and
parent's-account styles, and near misses (family, teachers, friends talking about everyday things).
Floors, not targets: the patterns were then written with the table in view."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tipline.intake.understand import assess_narrative, narrative_conversation
from tipline.model import (
    CHILD_SIGNALS,
    Conversation,
    IndicatorCategory,
    Message,
    Urgency,
    UrgencyReason,
)
from tipline.triage import find_hits
from tipline.triage.indicators import scan_message, scan_text
from tipline.triage.patterns import PATTERNS
from tipline.triage.patterns_reported import REPORTED_PATTERNS
from tipline.triage.prefilter import required_literals

FIXTURES = Path(__file__).parent / "fixtures"
ROWS = [json.loads(line) for line in (FIXTURES / "reported_phrases.jsonl").open(encoding="utf-8")]
TACTICS = {c.value for c in IndicatorCategory} - {c.value for c in CHILD_SIGNALS}
RECEIVED = datetime(2026, 11, 30, 10, tzinfo=UTC)  # a Monday


def _fires(row: dict) -> bool:
    """What the reporter's account is read with: the chat tables and the reported-speech table."""
    hits = scan_message(0, row["text"], False, extra_patterns=REPORTED_PATTERNS)
    return row["category"] in {s.hit.category.value for s in hits}


def _reported_fires(row: dict) -> bool:
    return row["category"] in {p.category.value for p, _ in scan_text(row["text"], REPORTED_PATTERNS)}


def _narrative(text: str):
    return assess_narrative(narrative_conversation(text, RECEIVED), child_age=None)


def test_the_table_covers_every_contact_tactic_in_every_language():
    positives = defaultdict(int)
    misses = defaultdict(int)
    for row in ROWS:
        (positives if row["expect"] else misses)[(row["category"], row["lang"])] += 1
    groups = {(c, lang) for c in TACTICS for lang in ("en", "fr", "es")}
    assert set(positives) == groups
    assert all(positives[g] >= 4 and misses[g] >= 2 for g in groups), (positives, misses)
    assert {r["style"] for r in ROWS if r["expect"]} >= {"plain", "texting", "misspelled", "parent"}


def test_each_category_fires_on_most_reported_phrasings_in_each_language():
    found: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for row in ROWS:
        if row["expect"]:
            found[(row["category"], row["lang"])].append(_fires(row))
    weak = {g: f"{sum(h)}/{len(h)}" for g, h in found.items() if sum(h) < 0.75 * len(h)}
    assert not weak, weak
    assert sum(map(sum, found.values())) / sum(map(len, found.values())) >= 0.9


@pytest.mark.parametrize("row", [r for r in ROWS if not r["expect"]],
                         ids=lambda r: f'{r["category"]}-{r["lang"]}-{r["text"][:24]}')
def test_reported_near_misses_stay_silent(row):
    # The reported-speech table's own word; the chat tables read direct speech ("don't tell anyone")
    # and may fire on a friend's "don't tell anyone about the party", as they do in a chat.
    assert not _reported_fires(row), row["text"]


def test_every_reported_pattern_has_a_literal_for_the_prefilter():
    assert all(required_literals(p.regex) for p in REPORTED_PATTERNS)


def test_every_reported_reason_says_it_is_the_reporters_account():
    assert all(p.why.startswith("the reporter says the contact") for p in REPORTED_PATTERNS)
    assert {p.category.value for p in REPORTED_PATTERNS} == TACTICS
    assert any(p.flag == "deadline" for p in REPORTED_PATTERNS)


@pytest.mark.parametrize("text", [
    "he wants to meet me tomorrow at 4pm at the mall",
    "this guy keeps asking to meet up, he said tomorrow at 4 at the park",
    "il veut me voir demain à 16h au centre commercial",
    "quiere verme mañana a las 4 en el centro comercial",
])
def test_a_reported_meeting_with_a_time_and_place_is_immediate(text):
    assessed = _narrative(text)
    assert assessed.urgency is Urgency.IMMEDIATE
    assert UrgencyReason.MEETING_PLANNED in assessed.urgency_reasons
    assert IndicatorCategory.MEETING_PROPOSAL in {h.category for h in assessed.hits}


@pytest.mark.parametrize("text", [
    "he says if i dont pay 100 by tonight he sends the pic to everyone",
    "he said he'll post my pics unless i send him $200 in gift cards before midnight",
    "il dit que si je paie pas 200 euros avant ce soir il envoie ma photo à tout le monde",
    "dice que si no le pago 500 pesos antes de la noche va a publicar mi foto",
])
def test_a_reported_sextortion_with_money_and_a_deadline_is_immediate(text):
    assessed = _narrative(text)
    categories = {h.category for h in assessed.hits}
    assert assessed.urgency is Urgency.IMMEDIATE
    assert {UrgencyReason.THREAT_DEADLINE, UrgencyReason.MONEY_DEMAND} <= set(assessed.urgency_reasons)
    assert {IndicatorCategory.THREAT_COERCION, IndicatorCategory.FINANCIAL_DEMAND} <= categories


def test_a_reported_hit_explains_itself_as_the_reporters_account():
    assessed = _narrative("he asked how old I am and then wanted my address")
    whys = [h.why for h in assessed.hits if h.category is IndicatorCategory.AGE_PROBE]
    assert whys and whys[0].startswith("the reporter says the contact asked the child's age")


def test_ordinary_family_news_stays_routine():
    for text in ("my coach said practice moves to 5", "my mom asked how old my teacher is",
                 "mi mamá me pidió una foto para el pasaporte", "ma mère m'a demandé mon âge pour le formulaire"):
        assessed = _narrative(text)
        assert assessed.urgency is Urgency.ROUTINE and not assessed.hits, (text, assessed.hits)


def test_chats_are_read_with_the_chat_tables_only():
    """Without extra_patterns nothing changes: a chat holding reported speech reads as before."""
    conversation = Conversation(format="test", messages=(
        Message(sender="B", sent_at="2026-03-01T10:00:00", text="he asked how old I am lol", source={}),
        Message(sender="A", sent_at="2026-03-01T10:01:00", text="who?", source={}),
    ))
    default = [s.hit for s in scan_message(0, "he asked how old I am lol", False)]
    assert default == [h for h in find_hits(conversation, child="A") if h.index == 0]
    assert IndicatorCategory.AGE_PROBE not in {h.category for h in default}
    extra = scan_message(0, "he asked how old I am lol", False, extra_patterns=REPORTED_PATTERNS)
    assert IndicatorCategory.AGE_PROBE in {s.hit.category for s in extra}
    # The child's own messages are never read with a contact table.
    assert scan_message(0, "he asked how old I am", True, extra_patterns=REPORTED_PATTERNS) == \
        scan_message(0, "he asked how old I am", True)
    assert REPORTED_PATTERNS is not PATTERNS and not set(map(id, REPORTED_PATTERNS)) & set(map(id, PATTERNS))


def test_one_hit_per_category_when_both_tables_match():
    text = "he keeps asking me for pics, he said send me a pic rn"
    hits = scan_message(0, text, False, extra_patterns=REPORTED_PATTERNS)
    categories = [s.hit.category for s in hits if s.flag is None]
    assert len(categories) == len(set(categories))
    assert categories.count(IndicatorCategory.IMAGE_REQUEST) == 1
    spans = [s.hit.span for s in hits]
    assert spans == sorted(spans)


def test_the_reporters_fear_does_not_make_them_the_contact_nor_hide_the_demand():
    # The child is outside the account: fear in it must not be read as "this writer is the
    # child" (which hid every tactic and counted the fear twice).
    result = _narrative("he says everyone sees the pic unless i send $100 in gift cards. im so scared")
    categories = [hit.category.value for hit in result.hits]
    assert "financial_demand" in categories
    assert categories.count("child_distress") == 1
