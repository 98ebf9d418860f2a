"""Which pattern groups can match a text, found in one pass before any regex runs.

Most messages match no tactic at all, and running a few hundred regular expressions on each
costs more than everything else in triage. Each regex is read once (with the ``re`` parser) for
the literal strings any match must contain: ``\\bhow old (?:are|r) you\\b`` needs "how old ";
``(?:send|pay) me`` needs "send me" or "pay me"... A regex whose matches need no literal of at
least ``MIN_LITERAL`` characters (``^\\W*\\d+h``) always runs. One Aho-Corasick automaton
(``pyahocorasick``) over all the literals then says, in one pass over a message, which groups
are worth running; the others cannot match. The result is exactly what running every regex
gives, only faster (tests/triage/test_triage_prefilter.py compares both).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import ahocorasick

try:  # Python 3.11+: the parser moved to a private module
    from re import _constants as _c, _parser as _sre
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as _c
    import sre_parse as _sre

MIN_LITERAL = 3
# Items that consume nothing: a literal run goes on across them ("s(?<!\w.)end" needs "send").
_ZERO_WIDTH = {_c.AT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


# Words in nearly every message: a literal made only of them screens out almost nothing.
COMMON = frozenset("""you your you're i'm the and for are that this what with have not don't
can just like will was but all get got me my do to of in on it is be so no yes ok
que de la le les el los las un une una tu te ta tes ton mi me yo je j'ai t'es es et en por
para con pas se ce ca""".split())


def _weak(literal: str) -> bool:
    words = literal.replace("?", " ").split()
    return not words or all(word in COMMON for word in words)


def _key(literals: frozenset[str]) -> tuple:
    weak = sum(_weak(literal) for literal in literals)
    return (-weak, min(len(literal.strip()) for literal in literals), -len(literals))


class _Chooser:
    """Which of two literal requirements screens out more text.

    Without counts: fewer literals made only of common words, then a longer shortest literal,
    then fewer literals. With ``counts`` (how often each literal occurs in everyday chat,
    ``tipline/data/literal_counts.json``): the smaller sum of counts, the heuristic breaking
    ties; a literal the counts do not know (a pattern written after they were made) is taken to
    be as frequent as ``unknown``. Either way the result is a valid requirement: only which
    valid set is chosen changes, so what the screen lets through stays a superset of what
    matches."""

    def __init__(self, counts: Mapping[str, int] | None = None):
        self.counts = counts
        if counts:
            ordered = sorted(counts.values())
            self.unknown = ordered[(len(ordered) * 3) // 4] if ordered else 0

    def score(self, literals: frozenset[str]) -> tuple:
        """Larger is better (more selective)."""
        if not self.counts:
            return _key(literals)
        counts, unknown = self.counts, self.unknown
        return (-sum(counts.get(literal, unknown) for literal in literals), *_key(literals))

    def better(self, a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        if a is None:
            return b
        if b is None:
            return a
        return a if self.score(a) >= self.score(b) else b


_HEURISTIC = _Chooser()


def _required(items: Iterable, chooser: _Chooser = _HEURISTIC) -> frozenset[str] | None:
    """Literals of which at least one occurs in every match of the parsed sequence ``items``,
    or None when no such set is known; of several valid sets, the one ``chooser`` prefers."""
    best: frozenset[str] | None = None
    run: list[str] = []
    better = chooser.better

    def flush() -> None:
        nonlocal best, run
        if len(run) >= MIN_LITERAL:
            best = better(best, frozenset(["".join(run)]))
        run = []

    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        if op in _ZERO_WIDTH:
            continue  # \b, ^, $ and negative lookarounds consume nothing: the literal run goes on
        if op is _c.ASSERT:
            # A positive lookaround ("(?<=want )") matches text that must be there too; it
            # consumes nothing, so the run goes on.
            best = better(best, _required(arg[1], chooser))
            continue
        if op is _c.BRANCH and run:
            # The parser moves a common prefix out of an alternation ("i'm|i am" becomes
            # "i" then "'m|' am"): join it back to each alternative's leading literal.
            joined = frozenset("".join(run) + _leading(branch) for branch in arg[1])
            if min(map(len, joined)) >= MIN_LITERAL:
                best = better(best, joined)
        flush()
        if op is _c.SUBPATTERN:
            best = better(best, _required(arg[-1], chooser))
        elif op is _c.BRANCH:
            branches = [_required(branch, chooser) for branch in arg[1]]
            if branches and all(b is not None for b in branches):
                best = better(best, frozenset().union(*branches))
        elif op in _REPEATS and arg[0] >= 1:
            best = better(best, _required(arg[2], chooser))
        # Anything else (classes, ., negative lookarounds, optional repeats) only ends the run.
    flush()
    return best


def _leading(items) -> str:
    """The literal characters a parsed sequence starts with (after zero-width items)."""
    out = []
    for op, arg in items:
        if op is _c.LITERAL:
            out.append(chr(arg))
        elif op not in _ZERO_WIDTH:
            break
    return "".join(out)


def required_literals(
    regex: re.Pattern[str], counts: Mapping[str, int] | None = None
) -> frozenset[str] | None:
    """Literals of which every match of ``regex`` contains at least one, or None (always run).
    Patterns with flags that change matching (IGNORECASE) always run. ``counts``: literal
    frequencies that pick the rarest of several valid sets (see ``_Chooser``)."""
    if regex.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(_sre.parse(regex.pattern, regex.flags), _chooser(counts))


_CHOOSERS: dict[int, tuple[Mapping[str, int], _Chooser]] = {}


def _chooser(counts: Mapping[str, int] | None) -> _Chooser:
    """One chooser per counts table (it sorts the counts once), kept while the table lives."""
    if not counts:
        return _HEURISTIC
    cached = _CHOOSERS.get(id(counts))
    if cached is None or cached[0] is not counts:
        if len(_CHOOSERS) > 8:
            _CHOOSERS.clear()
        cached = _CHOOSERS[id(counts)] = (counts, _Chooser(counts))
    return cached[1]


_COUNTS_FILE = Path(__file__).resolve().parents[1] / "data" / "literal_counts.json"


@functools.cache
def literal_counts() -> dict[str, int]:
    """How often each literal the patterns can be screened by occurs in everyday chat (per
    100,000 messages of chitchat-dataset, folded), from ``tipline/data/literal_counts.json``;
    ``scripts/literal_counts.py`` rebuilds it after patterns change. Empty when the file is
    absent or unreadable: the screen then falls back to the heuristic, slower but exact."""
    try:
        counts = json.loads(_COUNTS_FILE.read_text(encoding="utf-8"))["counts"]
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}
    if not isinstance(counts, dict):
        return {}
    # Any entry that is not a literal and a finite count is ignored (a hand-edited file).
    return {literal: count for literal, count in counts.items()
            if isinstance(literal, str) and isinstance(count, (int, float)) and not isinstance(count, bool)
            and count == count and abs(count) != float("inf")}


class Prefilter:
    """For groups of regexes, the indexes of the groups that might match a text."""

    def __init__(self, groups: Sequence[Sequence[re.Pattern[str]]], counts: Mapping[str, int] | None = None):
        """``counts``: literal frequencies (``literal_counts()``) that choose, for each regex,
        the rarest of its valid literal sets; without them a heuristic chooses."""
        self.always: list[int] = []
        self._automaton = ahocorasick.Automaton()
        owners: dict[str, set[int]] = {}
        for index, regexes in enumerate(groups):
            needs = [required_literals(regex, counts) for regex in regexes]
            if not needs or any(need is None for need in needs):
                self.always.append(index)
                continue
            for literal in frozenset().union(*needs):
                owners.setdefault(literal, set()).add(index)
        for literal, indexes in owners.items():
            self._automaton.add_word(literal, frozenset(indexes))
        if owners:
            self._automaton.make_automaton()
        self._empty = not owners

    def candidates(self, text: str) -> set[int]:
        """Indexes of the groups that can match ``text`` (a superset of those that do)."""
        found = set(self.always)
        if not self._empty:
            for _end, indexes in self._automaton.iter(text):
                found |= indexes
        return found


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"]),
    cut only outside groups and character classes."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a literal ] first in the class
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


class Alternatives:
    """A long alternation run as its separate alternatives, each behind the literal screen:
    a message holding none of an alternative's literals never runs it. ``search`` finds what
    the whole alternation finds (the leftmost match; at one place, the first alternative)."""

    def __init__(self, regex: re.Pattern[str]):
        self.regexes = [re.compile(part, regex.flags) for part in split_alternatives(regex.pattern)]
        self._screen = Prefilter([[part] for part in self.regexes])

    def matches(self, text: str, candidates: Iterable[int] | None = None) -> list[re.Match[str]]:
        """Every match of every alternative that can match, leftmost first (then in the order
        the alternatives are written). ``candidates``: the alternatives a shared screen left."""
        found: list[tuple[int, int, re.Match[str]]] = []
        for index in self._screen.candidates(text) if candidates is None else candidates:
            found.extend((m.start(), index, m) for m in self.regexes[index].finditer(text))
        found.sort(key=lambda item: (item[0], item[1]))
        return [m for _start, _index, m in found]

    def search(self, text: str, candidates: Iterable[int] | None = None) -> re.Match[str] | None:
        best: tuple[int, int, re.Match[str]] | None = None
        for index in self._screen.candidates(text) if candidates is None else candidates:
            m = self.regexes[index].search(text)
            if m is not None and (best is None or (m.start(), index) < best[:2]):
                best = (m.start(), index, m)
        return best[2] if best else None
