"""Explainable indicators: which tactic, in which message, at which characters, and why.

Contact tactics are read only on messages from participants other than the child; the child
signals (age disclosure, distress, self-harm) only on the child's own messages. System
messages (sender None) never hit. Each message yields at most one hit per category (and per
subtype, such as a deadline among the pressure patterns), at the earliest place it matches.
"""

from __future__ import annotations

import threading

from dataclasses import dataclass

from tipline.model import CHILD_SIGNALS, Conversation, IndicatorCategory, IndicatorHit
from tipline.triage import similar
from tipline.triage.leading import leading_rewrite
from tipline.triage.patterns import PATTERNS
from tipline.triage.patterns_shared import VIRTUAL, Pattern
from tipline.triage.prefilter import Prefilter, literal_counts
from tipline.triage.signals import CHILD_PATTERNS
from tipline.triage.text import Folded, fold

_EXCERPT = 80

# The learned second stage (tipline/triage/similar.py): on a message the gate lets through, a
# category the patterns did not find is reported when the model's similarity passes its
# threshold. TIPLINE_TRIAGE_SIMILARITY=0 turns it off (evaluation compares both).
SIMILARITY = similar.enabled_by_env()
SIMILAR_CONTACT = frozenset(c for c in IndicatorCategory if c not in CHILD_SIGNALS)
SIMILAR_CHILD: frozenset[IndicatorCategory] = frozenset()


@dataclass(frozen=True, slots=True)
class Scanned:
    """An IndicatorHit with the subtype flag of the pattern that made it ("deadline",
    "danger" or None)."""

    hit: IndicatorHit
    flag: str | None


def _excerpt(text: str, span: tuple[int, int]) -> str:
    quoted = " ".join(text[span[0] : span[1]].split())
    return quoted if len(quoted) <= _EXCERPT else quoted[: _EXCERPT - 1] + "\u2026"


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Drop whitespace at either end of a span (a pattern may consume a trailing space)."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else span


# Per pattern table, its prefilter and what the scan loop reads of each pattern. Patterns are
# screened one by one: joining a category's patterns into one alternation made every message
# holding one literal of the category pay for all of its patterns (bench/triage.py measured
# 2.5k against 4k msgs/s).
_TABLES: dict[tuple[int, int], tuple[list[Pattern], Prefilter, list[tuple], list]] = {}
_MAX_TABLES = 16  # the module tables, plus a few a caller (a test, a bench) builds
# One thread builds a table while the others wait for it: a server's first requests arrive
# together, and each building its own (seconds each, under one GIL) timed them all out.
_BUILDING = threading.Lock()


def _table_key(patterns: list[Pattern]) -> tuple[int, int]:
    # The length too: a table extended in place is a new table.
    return id(patterns), len(patterns)


def _table(patterns: list[Pattern]) -> tuple[list[Pattern], Prefilter, list[tuple], list]:
    """The table's prefilter; per pattern its (category, flag) key, whether it proposes a
    meeting, and the pattern (attribute lookups cost in a hot loop); and per pattern the
    search to run, rewritten for speed (``leading.py``) the first time it runs, since
    rewriting them all would add seconds to the first assessment."""
    key = _table_key(patterns)
    cached = _TABLES.get(key)
    if cached is not None and cached[0] is patterns:
        return cached
    with _BUILDING:
        cached = _TABLES.get(key)
        if cached is not None and cached[0] is patterns:
            return cached
        return _build_table(key, patterns)


def _build_table(key, patterns: list[Pattern]):
    if len(_TABLES) >= _MAX_TABLES:
        _TABLES.clear()
    entries = [((p.category, p.flag), p.category is IndicatorCategory.MEETING_PROPOSAL, p) for p in patterns]
    searches: list = []
    searches.extend(_first_search(searches, index, p.regex) for index, p in enumerate(patterns))
    built = (patterns, Prefilter([[pattern.regex] for pattern in patterns], literal_counts()), entries, searches)
    _TABLES[key] = built
    return built


def _first_search(searches: list, index: int, regex):
    """A search that rewrites ``regex`` (``leading_rewrite``), puts the result's search in
    ``searches[index]`` for the next calls, and runs it."""

    def first(text: str):
        search = searches[index] = leading_rewrite(regex).search
        return search(text)

    return first


def _screen(patterns: list[Pattern]) -> Prefilter:
    return _table(patterns)[1]


def _scan_folded(
    text: str, patterns: list[Pattern], folded: Folded, prefilter: bool
) -> tuple[tuple[Pattern, int, int], ...]:
    """Earliest match of each (category, flag), as (pattern, start, end) in the folded text, in
    order of start; cached on ``folded`` per table (child inference and scoring read the same
    messages with the same tables)."""
    key = _table_key(patterns)
    if prefilter and folded.scans and key in folded.scans:
        return folded.scans[key]
    best: dict[tuple[IndicatorCategory, str | None], tuple[int, int, Pattern]] = {}
    folded_text = folded.text
    _patterns, screen, entries, searches = _table(patterns)
    if prefilter:
        chosen = sorted(screen.candidates(folded_text))
    else:  # the reference: every pattern, as written
        chosen = range(len(patterns))
        searches = [pattern.regex.search for pattern in patterns]
    virtual = None
    for index in chosen:
        category_key, meeting, pattern = entries[index]
        if meeting:
            if virtual is None:
                virtual = VIRTUAL.search(folded_text) is not None
            if virtual:
                continue  # "tomorrow 4pm on video" is a call, not an in-person meeting
        match = searches[index](folded_text)
        if match is None:
            continue
        start, end = match.span()
        if end == start:
            continue
        earlier = best.get(category_key)
        if earlier is None or start < earlier[0]:
            best[category_key] = (start, end, pattern)
    found = tuple(sorted(((pattern, start, end) for start, end, pattern in best.values()),
                         key=lambda item: (item[1], item[2])))
    if prefilter:
        if folded.scans is None:
            folded.scans = {}
        folded.scans[key] = found
    return found


def scan_text(
    text: str, patterns: list[Pattern], folded: Folded | None = None, *, prefilter: bool = True
) -> list[tuple[Pattern, tuple[int, int]]]:
    """Earliest match of each (category, flag) in ``text``, as (pattern, original span).
    ``prefilter`` False runs every pattern as written (the reference the literal screen and the
    rewritten regexes are tested against)."""
    folded = folded or fold(text)
    found = [(pattern, _trim(text, folded.span(start, end)))
             for pattern, start, end in _scan_folded(text, patterns, folded, prefilter)]
    found.sort(key=lambda item: item[1])
    return found


def matching_patterns(text: str, patterns: list[Pattern], folded: Folded | None = None) -> list[Pattern]:
    """The patterns ``scan_text`` would report, without their spans: mapping a span back to
    the original costs more than the scan, and child inference needs only the categories."""
    return [pattern for pattern, _start, _end in _scan_folded(text, patterns, folded or fold(text), True)]


def scan_message(
    index: int, text: str, from_child: bool, folded: Folded | None = None, *,
    extra_patterns: list[Pattern] | None = None, similarity: bool | None = None,
) -> list[Scanned]:
    """Hits for one message: child signals if it is the child's, contact tactics otherwise.

    ``extra_patterns`` is a further contact-tactic table read with PATTERNS on a message that
    is not the child's (the reported-speech table for a reporter's account); a category found
    by both tables still gives one hit, at the earliest place either matches.

    ``similarity`` (default: the module switch ``SIMILARITY``) adds the learned stage's hits,
    after the patterns' ones, for categories the patterns did not find in this message; such a
    hit spans the whole message."""
    patterns = CHILD_PATTERNS if from_child else PATTERNS
    if extra_patterns and not from_child:
        folded = folded or fold(text)
        found = _merge(scan_text(text, patterns, folded), scan_text(text, extra_patterns, folded))
    else:
        found = scan_text(text, patterns, folded)
    out = []
    for pattern, span in found:
        why = f'{pattern.why}: "{_excerpt(text, span)}"'
        out.append(Scanned(IndicatorHit(index, pattern.category, span, why), pattern.flag))
    if SIMILARITY if similarity is None else similarity:
        allowed = SIMILAR_CHILD if from_child else SIMILAR_CONTACT
        if allowed:
            folded = folded or fold(text)
            have = {pattern.category for pattern, _span in found}
            if not allowed <= have:
                span = None
                for category, probability in similar.hits(folded.text, allowed, have):
                    span = span or _trim(text, (0, len(text)))
                    why = f'{similar.why(category, probability)}: "{_excerpt(text, span)}"'
                    out.append(Scanned(IndicatorHit(index, category, span, why), None))
    return out


def _merge(*scans: list[tuple[Pattern, tuple[int, int]]]) -> list[tuple[Pattern, tuple[int, int]]]:
    """The earliest hit of each (category, flag) across several tables' scans, in text order."""
    best: dict[tuple[IndicatorCategory, str | None], tuple[Pattern, tuple[int, int]]] = {}
    for scan in scans:
        for pattern, span in scan:
            key = (pattern.category, pattern.flag)
            if key not in best or span[0] < best[key][1][0]:
                best[key] = (pattern, span)
    return sorted(best.values(), key=lambda item: item[1])


def scan_conversation(conversation: Conversation, child: str | None) -> list[Scanned]:
    """All hits with their flags, in message order."""
    out: list[Scanned] = []
    for index, message in enumerate(conversation.messages):
        if message.sender is None or not message.text:
            continue
        from_child = child is not None and message.sender == child
        out.extend(scan_message(index, message.text, from_child))
    return out


def find_hits(conversation: Conversation, child: str | None) -> list[IndicatorHit]:
    """Indicator hits for ``conversation``, with ``child`` the child's sender name.

    With ``child`` None every non-system message is read for contact tactics and no child
    signal is reported (nobody is known to be the child).
    """
    return [s.hit for s in scan_conversation(conversation, child)]
