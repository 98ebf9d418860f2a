"""A normalised copy of a message's text, with a map back to the original characters.

Indicator patterns are written once against a folded form of the text: lowercase, accents
removed, curly quotes made straight, letters repeated three times or more squeezed to one
("sooo" -> "so"), digits inside words read as letters ("s3nd" -> "send", "m1ll10n" ->
"million") and common texting forms spelled out ("r u" -> "are you", "ur" -> "your",
"tmrw" -> "tomorrow").

Every character of the folded text remembers the ``[start, end)`` range of the original
characters it came from, so a match in the folded text maps back to a span of the original.
"""

from __future__ import annotations

import re
import unicodedata

MAX_SCAN_CHARS = 4000  # characters of each message that triage reads (a tactic takes a sentence or two)
_QUOTES = {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"}
# Letters NFKD leaves whole, spelled as French, Danish and German writers do without them.
_LIGATURES = {"\u0153": "oe", "\u0152": "oe", "\u00e6": "ae", "\u00c6": "ae", "\u00df": "ss"}
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}

# Whole-word texting forms (EN, FR, ES). Keys are folded, lowercase tokens.
_WORDS = {
    "u": "you",
    "ya": "ya",
    "yu": "you",
    "ur": "your",
    "urs": "yours",
    "r": "are",
    "ppl": "people",
    "pls": "please",
    "plz": "please",
    "rn": "right now",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "tomoro": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "im": "i'm",
    "ill": "i'll",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "wont": "won't",
    "youre": "you're",
    "theyre": "they're",
    "shes": "she's",
    "hes": "he's",
    "thats": "that's",
    "pic": "pic",
    "pix": "pics",
    "b4": "before",
    "l8r": "later",
    "stp": "s'il te plait",
    "svp": "s'il vous plait",
    "chu": "je suis",
    "xq": "porque",
    "pq": "porque",
    "q": "que",
    "k": "ok",
    "kk": "ok",
    "okk": "ok",
}


class Folded:
    """The folded text and, for each of its characters, the original range it came from.

    The map back to the original is built only when a span is asked for: most messages match
    nothing, and building it costs more than folding (``fold`` docstring)."""

    __slots__ = ("text", "_original", "_map", "_identity", "scans")

    def __init__(self, text: str, original: str, mapping: tuple[tuple[int, ...], tuple[int, ...]] | None = None,
                 identity: bool = False):
        self.text = text
        self._original = original
        self._map = mapping
        # Folding kept every character in its place (ASCII, nothing squeezed or rewritten): a span
        # in the folded text is the same span in the original, and no map is needed.
        self._identity = identity
        # What tipline.triage.indicators.scan_text found in this text, per pattern table: child
        # inference and the scoring pass read the same messages with the same tables.
        self.scans: dict[int, tuple] | None = None

    @property
    def starts(self) -> tuple[int, ...]:
        return self._mapping()[0]

    @property
    def ends(self) -> tuple[int, ...]:
        return self._mapping()[1]

    def _mapping(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        if self._map is None:
            self._map = _fold_mapped(self._original)[1:]
        return self._map

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` in the folded text to ``[start, end)`` in the original."""
        if self._identity:
            return (start, end) if end > start else (start, start)
        starts, ends = self._mapping()
        if end <= start:
            anchor = starts[start] if start < len(starts) else (ends[-1] if ends else 0)
            return anchor, anchor
        return starts[start], ends[end - 1]


_CHAR_FOLDS: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    """One character folded: quote straightened, NFKD, combining marks dropped, lower case."""
    folded = _CHAR_FOLDS.get(ch)
    if folded is None:
        quoted = _QUOTES.get(ch, ch)
        if unicodedata.category(quoted) == "Cf":
            folded = ""  # zero-width and direction marks: invisible, they only split words
        elif quoted.isspace():
            folded = " "  # tabs, newlines, no-break spaces: one kind of space
        elif quoted in _LIGATURES:
            folded = _LIGATURES[quoted]
        else:
            folded = "".join(part.lower() for part in unicodedata.normalize("NFKD", quoted)
                             if not unicodedata.combining(part))
        if len(_CHAR_FOLDS) < 65536:  # bounded: hostile text may use every code point
            _CHAR_FOLDS[ch] = folded
    return folded


def _fold_chars(text: str) -> tuple[list[str], list[int], list[int]]:
    quoted = text.translate(_QUOTE_TABLE)
    n = len(quoted)
    if quoted.isascii():  # one character for one: lower case, and whitespace as a space
        return list(_SPACE.sub(" ", quoted.lower())), list(range(n)), list(range(1, n + 1))
    pieces = [_fold_char(ch) for ch in text]
    if list(map(len, pieces)).count(1) == n:  # accents and emoji: still one for one
        return pieces, list(range(n)), list(range(1, n + 1))
    return _fold_chars_each(text)


def _fold_chars_each(text: str) -> tuple[list[str], list[int], list[int]]:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if len(folded) == 1:
            chars.append(folded)
            starts.append(i)
            ends.append(i + 1)
        elif folded:
            chars.extend(folded)
            starts.extend([i] * len(folded))
            ends.extend([i + 1] * len(folded))
    return chars, starts, ends


def _squeeze(chars: list[str], starts: list[int], ends: list[int]):
    """Letters repeated three times or more become one, and runs of spaces one space; the kept
    character spans the whole run."""
    joined = "".join(chars)
    if not _RUN.search(joined) and "  " not in joined:
        return chars, starts, ends  # the common case: nothing to squeeze
    out_c: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    i = 0
    n = len(chars)
    while i < n:
        j = i
        while j + 1 < n and chars[j + 1] == chars[i]:
            j += 1
        if (j - i >= 2 and _LETTER.match(chars[i])) or (chars[i] == " " and j > i):
            out_c.append(chars[i])
            out_s.append(starts[i])
            out_e.append(ends[j])
        else:
            out_c.extend(chars[i : j + 1])
            out_s.extend(starts[i : j + 1])
            out_e.extend(ends[i : j + 1])
        i = j + 1
    return out_c, out_s, out_e


def _leet_spans(text: str) -> list[tuple[int, int]]:
    """Where digits or symbols read as letters: between two letters ("s3nd", "pr0ve", "m33t"),
    and at the end of a word that already has one inside ("f0t0", "wh3r3"). A word with no
    inner one keeps its edges: "grade7", "sec1", "b4", "10pm"."""
    spans = []
    for m in _LEET_AT.finditer(text):
        spans.append(m.span())
        tail = _LEET_TAIL.match(text, m.end())
        if tail:
            spans.append(tail.span(1))
    return spans


def _unleet(text: str) -> str:
    """Leetspeak read as letters (``_leet_spans``); one character for one, so a map of
    ``text`` stays the map of the result. Both folding paths use it."""
    pieces, pos = [], 0
    for a, b in _leet_spans(text):
        pieces += (text[pos:a], text[a:b].translate(_LEET_TABLE))
        pos = b
    return "".join(pieces) + text[pos:] if pieces else text


def _fold_mapped(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The folded text with its map, one character at a time (the reference form)."""
    chars, starts, ends = _fold_chars(text)
    chars, starts, ends = _squeeze(chars, starts, ends)
    flat = _unleet("".join(chars))
    out: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    pos = 0
    # Only texting words change length; every other character keeps its own range.
    for match in _TEXTING.finditer(flat):
        a, b = match.span()
        repl = _WORDS[match.group()]
        out.append(flat[pos:a])
        out_s.extend(starts[pos:a])
        out_e.extend(ends[pos:a])
        out.append(repl)
        out_s.extend([starts[a]] * len(repl))
        out_e.extend([ends[b - 1]] * len(repl))
        pos = b
    out.append(flat[pos:])
    out_s.extend(starts[pos:])
    out_e.extend(ends[pos:])
    return "".join(out), tuple(out_s), tuple(out_e)


# The fast form: the same steps on the whole string at once. It is used only for text in the
# Latin, Latin-1 and Latin Extended blocks, where folding a character never depends on its
# neighbours (no Greek final sigma, no combining sequences that survive); other text takes the
# reference path. tests/triage/test_triage_text.py checks both give the same text.
_QUOTE_TABLE = str.maketrans(_QUOTES)
_LIGATURE_TABLE = str.maketrans(_LIGATURES)
_LEET_TABLE = str.maketrans(_LEET)
_LETTER = re.compile(r"[^\W\d_]")
_SPACES = re.compile(r"\s+")
_SPACE = re.compile(r"\s")
_RUN = re.compile(r"([^\W\d_])\1{2,}")
_RUN_ASCII = re.compile(r"([a-z])\1{2,}")
# Only the whole tokens (maximal runs of [a-z0-9']) that are texting forms.
_TEXTING = re.compile(
    r"(?<![\w'])(?:%s)(?![\w'])" % "|".join(
        re.escape(word) for word in sorted(_WORDS, key=len, reverse=True) if _WORDS[word] != word)
)
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # a run of spaces, or a tab, newline or other space
_LEET_CHAR = re.compile("[%s]" % re.escape("".join(_LEET)))
_LEET_AT = re.compile(r"(?<=[^\W\d_])[%s]+(?=[^\W\d_])" % re.escape("".join(_LEET)))
# After an inner one: the rest of the word's letters, then leet characters that end the word.
_LEET_TAIL = re.compile(r"[^\W\d_]+([%s]+)(?![\w@$])" % re.escape("".join(_LEET)))


def _fold_fast(text: str) -> tuple[str, bool]:
    """The folded text, and whether every character kept its place (each step below is one
    character for one, except NFKD, whitespace runs, letter runs and texting words)."""
    if text.isascii():  # the only ASCII quote to straighten is the backtick; translate costs more
        in_place = True
        text = text.replace("`", "'") if "`" in text else text
    else:
        # Accented letters fold to one letter each and keep their places; ligatures, marks
        # on their own, zero-width characters and the like do not.
        in_place = _NOT_ONE_FOR_ONE.search(text) is None
        text = text.translate(_QUOTE_TABLE)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text.translate(_LIGATURE_TABLE)).translate(_MARKS)
    # Each step runs only when a cheap search says it can change something.
    spaced = _SPACES.sub(" ", text) if _ODD_SPACE.search(text) else text
    in_place = in_place and len(spaced) == len(text)
    # In ASCII text the letters are [a-z] once lowered, and that class searches faster.
    text, squeezed = (_RUN_ASCII if spaced.isascii() else _RUN).subn(r"\1", spaced.lower())
    if _LEET_CHAR.search(text):
        text = _unleet(text)
    text, rewritten = _TEXTING.subn(lambda m: _WORDS[m.group()], text)
    return text, in_place and not squeezed and not rewritten


# Emoji, symbols and general punctuation: no case, and NFKD of each is context-free. A text
# with any character outside these blocks and the Latin ones takes the reference path.
_FAST_BLOCKS = "\x00-\u036f\u2000-\u2bff\ufe00-\ufe0f\U0001f000-\U0001faff"
_SLOW_CHAR = re.compile(f"[^{_FAST_BLOCKS}]")
# What NFKD of a character in those blocks can leave that folding drops: combining marks and
# format characters (zero-width joiners, direction marks), as one str.translate table.
_FAST_RANGES = ((0, 0x370), (0x2000, 0x2C00), (0xFE00, 0xFE10), (0x1F000, 0x1FB00))
_MARKS = {ord(part): None for lo, hi in _FAST_RANGES for cp in range(lo, hi)
          for part in unicodedata.normalize("NFKD", chr(cp))
          if unicodedata.combining(part) or unicodedata.category(part) == "Cf"}


def _ranges_class(codes: list[int]) -> str:
    """A regex class for sorted code points, as ranges."""
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in runs) + "]"


# Characters of the fast blocks that do not fold to exactly one character (the reference
# path's test for a map that is the identity), so the fast path can say the same.
_NOT_ONE_FOR_ONE = re.compile(_ranges_class(
    [cp for lo, hi in _FAST_RANGES for cp in range(max(lo, 0x80), hi) if len(_fold_char(chr(cp))) != 1]))


def _fast_ok(text: str) -> bool:
    return _SLOW_CHAR.search(text) is None


def fold(text: str) -> Folded:
    """Fold ``text`` for matching; see the module docstring. The map back to the original is
    computed on first use of ``span``."""
    if not text or _fast_ok(text):
        folded, in_place = _fold_fast(text)
        return Folded(folded, text, identity=in_place)
    folded, starts, ends = _fold_mapped(text)
    return Folded(folded, text, (starts, ends))
