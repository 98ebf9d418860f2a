"""A normalised copy of a message's text, with a map back to the original characters.

Indicator patterns are written once against a folded form of the text: lowercase, accents
removed, curly quotes made straight, letters repeated three times or more squeezed to one
("sooo" -> "so"), digits inside words read as letters ("s3nd" -> "send") and common texting
forms spelled out ("r u" -> "are you", "ur" -> "your", "tmrw" -> "tomorrow").

Every character of the folded text remembers the ``[start, end)`` range of the original
characters it came from, so a match in the folded text maps back to a span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_QUOTES = {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"}
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
_TOKEN = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True, slots=True)
class Folded:
    """The folded text and, for each of its characters, the original range it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` in the folded text to ``[start, end)`` in the original."""
        if end <= start:
            anchor = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return anchor, anchor
        return self.starts[start], self.ends[end - 1]


def _fold_chars(text: str) -> tuple[list[str], list[int], list[int]]:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        ch = _QUOTES.get(ch, ch)
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for low in part.lower():
                chars.append(low)
                starts.append(i)
                ends.append(i + 1)
    return chars, starts, ends


def _squeeze(chars: list[str], starts: list[int], ends: list[int]):
    """Letters repeated three times or more become one; the kept letter spans the whole run."""
    out_c: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    i = 0
    n = len(chars)
    while i < n:
        j = i
        while j + 1 < n and chars[j + 1] == chars[i]:
            j += 1
        if chars[i].isalpha() and j - i >= 2:
            out_c.append(chars[i])
            out_s.append(starts[i])
            out_e.append(ends[j])
        else:
            out_c.extend(chars[i : j + 1])
            out_s.extend(starts[i : j + 1])
            out_e.extend(ends[i : j + 1])
        i = j + 1
    return out_c, out_s, out_e


def _unleet(chars: list[str]) -> list[str]:
    """A digit or symbol between two letters reads as a letter ("s3nd", "pr0ve")."""
    out = list(chars)
    for i in range(1, len(chars) - 1):
        if chars[i] in _LEET and chars[i - 1].isalpha() and chars[i + 1].isalpha():
            out[i] = _LEET[chars[i]]
    return out


def fold(text: str) -> Folded:
    """Fold ``text`` for matching; see the module docstring."""
    chars, starts, ends = _fold_chars(text)
    chars, starts, ends = _squeeze(chars, starts, ends)
    chars = _unleet(chars)
    flat = "".join(chars)
    out: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    pos = 0
    for match in _TOKEN.finditer(flat):
        a, b = match.span()
        out.append(flat[pos:a])
        out_s.extend(starts[pos:a])
        out_e.extend(ends[pos:a])
        token = match.group()
        repl = _WORDS.get(token)
        if repl is None or repl == token:
            out.append(token)
            out_s.extend(starts[a:b])
            out_e.extend(ends[a:b])
        else:
            out.append(repl)
            out_s.extend([starts[a]] * len(repl))
            out_e.extend([ends[b - 1]] * len(repl))
        pos = b
    out.append(flat[pos:])
    out_s.extend(starts[pos:])
    out_e.extend(ends[pos:])
    return Folded("".join(out), tuple(out_s), tuple(out_e))
