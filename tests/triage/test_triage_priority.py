"""Queue order: urgency, then score, then younger child, then the longest wait."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, strategies as st

from tipline.model import Urgency
from tipline.triage import priority_key, priority_text


def test_immediate_comes_before_a_higher_scored_high():
    assert priority_key(Urgency.IMMEDIATE, 0.6, 15, "2026-03-05T10:00:00Z") < priority_key("high", 0.99, 9, "2026-03-01T10:00:00Z")


def test_higher_score_first_within_an_urgency():
    assert priority_key("high", 0.9, 15, None) < priority_key("high", 0.7, 9, None)


def test_younger_child_first_and_unknown_age_after_known():
    assert priority_key("high", 0.8, 9, None) < priority_key("high", 0.8, 15, None)
    assert priority_key("high", 0.8, 17, None) < priority_key("high", 0.8, None, None)


def test_the_report_that_has_waited_longest_comes_first_and_offsets_are_respected():
    older = priority_key("routine", 0.1, 12, "2026-03-05T10:00:00-05:00")  # 15:00 UTC
    newer = priority_key("routine", 0.1, 12, "2026-03-05T14:30:00+00:00")
    assert older > newer  # the +00:00 report arrived first (14:30 UTC)
    assert priority_key("routine", 0.1, 12, "2026-03-05T10:00:00Z") < priority_key("routine", 0.1, 12, None)


urgencies = st.sampled_from(list(Urgency))
scores = st.floats(min_value=0, max_value=1, allow_nan=False)
ages = st.one_of(st.none(), st.integers(min_value=0, max_value=18))


times = st.one_of(st.none(), st.datetimes(min_value=datetime(2000, 1, 1),
                                          max_value=datetime(2100, 1, 1))
                   .map(lambda d: d.isoformat() + "Z"))


@given(st.lists(st.tuples(urgencies, scores, ages, times), min_size=2, max_size=20))
def test_the_stored_priority_text_sorts_exactly_like_the_key(items):
    by_key = sorted(items, key=lambda i: priority_key(*i))
    by_text = sorted(items, key=lambda i: priority_text(*i))
    assert [priority_key(*i) for i in by_key] == [priority_key(*i) for i in by_text]
