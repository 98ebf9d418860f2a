"""Regexes rewritten so that Python's ``re`` can skip to the places a match can start.

``re`` searches fast when a pattern starts with a literal or with an alternation whose
branches each start with a literal: it looks only at positions holding one of those first
characters. Most triage patterns start instead with ``\\b`` or a lookbehind
(``\\b(?<!when )(?:you're|you are)...``), and then ``re`` tries the whole pattern at every
position of the message. That was most of the cost of triage on tactic-dense text.

``leading_rewrite`` moves those zero-width checks behind the first character each branch
consumes, where a lookbehind of one character sees the same place:

    \\b(?<!when )(?:you're|you are|so you)   becomes   (?:y(?<=\\b(?<!when )y)(?:ou're|ou are)|s(?<=\\b(?<!when )s)o you)

A match of one is a match of the other, at the same place, found in the same order (branches
keep their order among those that can start with the same character; a group without a
quantifier is transparent; ``X+`` is ``X`` then ``X*``; an alternation of checks is a check),
so ``search`` returns the same span. Group numbers are not kept: the rewritten regex is for
``search(...).span()`` only, and a regex with back-references is left as it is.

A wide class that leads alone stays a class: ``\\b\\d{1,3}h`` becomes ``\\d(?<=\\b\\d)\\d{0,2}h``.
The rewrite leaves alone any regex it cannot put in that form: a branch that may match
nothing, a class of more than ``MAX_CLASS`` characters among other branches.
tests/triage/test_triage_leading.py checks the spans against the original regexes on real
text; bench/triage.py measures the gain.
"""

from __future__ import annotations

import re

try:  # Python 3.11+: the parser moved to a private module
    from re import _constants as _c, _parser as _sre
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as _c
    import sre_parse as _sre

MAX_CLASS = 6  # a leading class of up to this many characters becomes one branch per character
MAX_BRANCHES = 400  # beyond this the rewritten pattern grows more than it saves

_AT = {
    _c.AT_BEGINNING: "^", _c.AT_BEGINNING_STRING: r"\A", _c.AT_END: "$", _c.AT_END_STRING: r"\Z",
    _c.AT_BOUNDARY: r"\b", _c.AT_NON_BOUNDARY: r"\B",
}
_CATEGORY = {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S",
}
_REPEATS = {_c.MAX_REPEAT: "", _c.MIN_REPEAT: "?"}
if hasattr(_c, "POSSESSIVE_REPEAT"):
    _REPEATS[_c.POSSESSIVE_REPEAT] = "+"


class _Unsupported(Exception):
    """An item the emitter does not write back (back-references, conditionals, flags)."""


def _char(code: int) -> str:
    """One character as regex source, inside or outside a class."""
    ch = chr(code)
    if code >= 128 or ch.isalnum():
        return ch
    if 32 <= code < 127:
        return "\\" + ch
    return "\\x%02x" % code


def _class(items) -> str:
    parts = []
    for op, arg in items:
        if op is _c.NEGATE:
            parts.insert(0, "^")
        elif op is _c.LITERAL:
            parts.append(_char(arg))
        elif op is _c.RANGE:
            parts.append(f"{_char(arg[0])}-{_char(arg[1])}")
        elif op is _c.CATEGORY and arg in _CATEGORY:
            parts.append(_CATEGORY[arg])
        else:
            raise _Unsupported(op)
    return "[" + "".join(parts) + "]"


def emit(items) -> str:
    """Regex source for a parsed sequence (``re._parser.parse``); matches what it was parsed
    from, except that groups do not capture. Raises ``_Unsupported``."""
    out = []
    for op, arg in items:
        if op is _c.LITERAL:
            out.append(_char(arg))
        elif op is _c.NOT_LITERAL:
            out.append(f"[^{_char(arg)}]")
        elif op is _c.ANY:
            out.append(".")
        elif op is _c.IN:
            out.append(_class(arg))
        elif op is _c.BRANCH:
            out.append("(?:" + "|".join(emit(branch) for branch in arg[1]) + ")")
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            if add_flags or del_flags:
                raise _Unsupported("inline flags")
            out.append("(?:" + emit(sub) + ")")
        elif op in _REPEATS:
            low, high, sub = arg
            bound = "" if high is _c.MAXREPEAT else str(high)
            out.append("(?:" + emit(sub) + "){%d,%s}" % (low, bound) + _REPEATS[op])
        elif op is _c.AT and arg in _AT:
            out.append(_AT[arg])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, sub = arg
            kind = ("=" if op is _c.ASSERT else "!") if direction == 1 else ("<=" if op is _c.ASSERT else "<!")
            out.append(f"(?{kind}" + emit(sub) + ")")
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out.append("(?>" + emit(arg) + ")")
        else:
            raise _Unsupported(op)
    return "".join(out)


def _small_class(items) -> list[int] | None:
    """The characters of a class of literals and short ranges, in order, or None."""
    chars: list[int] = []
    for op, arg in items:
        if op is _c.LITERAL:
            chars.append(arg)
        elif op is _c.RANGE and arg[1] - arg[0] < MAX_CLASS:
            chars.extend(range(arg[0], arg[1] + 1))
        else:
            return None
    return list(dict.fromkeys(chars)) if len(set(chars)) <= MAX_CLASS else None


def _zero_width_branch(op, arg) -> bool:
    """An alternation of checks that consume nothing ("(?:(?<!: )|(?<=: )(?<!trip: ))"): a
    check itself, since whichever branch passes, the match goes on from the same place."""
    return op is _c.BRANCH and all(
        branch and all(item[0] is _c.AT or item[0] in (_c.ASSERT, _c.ASSERT_NOT) for item in branch)
        for branch in arg[1])


# One way a match can start: the first character it consumes (a code point, or a class as
# regex source), the zero-width checks at the place before that character, and what the
# branch needs after it.
_Lead = tuple[int | str, list, list]


def _leads(items) -> tuple[list[_Lead], list] | None:
    """``items`` as (branches, rest): a match of ``items`` is a match of one of the branches
    (tried in order) followed by ``rest``. None when a match can start otherwise."""
    zero: list = []
    for position, (op, arg) in enumerate(items):
        rest = list(items[position + 1 :])
        if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT) or _zero_width_branch(op, arg):
            zero.append((op, arg))
            continue
        if op is _c.LITERAL:
            return [(arg, zero, [])], rest
        if op is _c.IN:
            chars = _small_class(arg)
            if chars is None:  # a wider class leads as itself ("\\d"): see leading_rewrite
                return [(_class(arg), zero, [])], rest
            return [(ch, zero, []) for ch in chars], rest
        if op is _c.BRANCH:
            leads: list[_Lead] = []
            for branch in arg[1]:
                found = _leads(branch)
                if found is None:
                    return None
                for ch, checks, after in found[0]:
                    leads.append((ch, zero + checks, after + found[1]))
            return leads, rest
        if op is _c.SUBPATTERN and not (arg[1] or arg[2]):
            found = _leads(arg[3])
            if found is None:
                return None
            return [(ch, zero + checks, after) for ch, checks, after in found[0]], found[1] + rest
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
            low, high, sub = arg
            found = _leads(sub)
            if found is None:
                return None
            again = (op, (low - 1, high if high is _c.MAXREPEAT else high - 1, sub))
            return [(ch, zero + checks, after) for ch, checks, after in found[0]], found[1] + [again] + rest
        return None
    return None  # nothing consumed: the match may be empty


def leading_rewrite(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` in the form ``re`` searches fast (module docstring), or ``regex`` itself
    when it is already in that form or cannot be put in it. Only ``search(...).span()`` of
    the result is meant to be used: its groups do not capture."""
    if regex.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(regex.pattern, str):
        return regex
    parsed = _sre.parse(regex.pattern, regex.flags)
    if parsed and parsed[0][0] is _c.LITERAL:
        return regex  # re already skips to the literal
    try:
        found = _leads(list(parsed))
        if found is None or len(found[0]) > MAX_BRANCHES:
            return regex
        if len(found[0]) > 1 and any(isinstance(first, str) for first, _checks, _after in found[0]):
            return regex  # re skips ahead only for one class, or for branches that start with literals
        source = _branches(found[0]) + emit(found[1])
        return re.compile(source, regex.flags)
    except (_Unsupported, re.error, RecursionError):
        return regex


def _branches(leads: list[_Lead]) -> str:
    """The leads as one alternation, one branch per first character: at a given place only the
    branches starting with the character there can match, so grouping them by that character
    keeps the order in which those are tried. Inside a group, neighbours with the same checks
    share one lookbehind, which then runs once."""
    by_char: dict[int | str, list[tuple[str, str]]] = {}
    for ch, checks, after in leads:
        by_char.setdefault(ch, []).append((emit(checks), emit(after)))
    out = []
    for ch, group in by_char.items():
        first = ch if isinstance(ch, str) else _char(ch)
        runs: list[tuple[str, list[str]]] = []
        for checks, after in group:
            if runs and runs[-1][0] == checks:
                runs[-1][1].append(after)
            else:
                runs.append((checks, [after]))
        parts = []
        for checks, afters in runs:
            gate = f"(?<={checks}{first})" if checks else ""
            parts.append(gate + (afters[0] if len(afters) == 1 else "(?:" + "|".join(afters) + ")"))
        out.append(first + (parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"))
    return "(?:" + "|".join(out) + ")"
