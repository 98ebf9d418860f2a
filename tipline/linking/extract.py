"""Identifiers found in free text: the report's own words and chat messages (issue 7).

``extract(text, region=)`` returns ``Found`` items: each a canonical identifier
(``normalise.Normalised``) and the span of ``text`` it came from. What it reads:

- e-mail addresses;
- phone numbers, with ``phonenumbers.PhoneNumberMatcher`` (libphonenumber's own finder), in the
  child's country when a number has no "+"; only valid numbers;
- URLs (``https://...``, ``www...``, and bare profile hosts such as ``instagram.com/x``), profile
  URLs becoming platform plus handle;
- @handles, and a handle's platform when the same sentence names it right after ("@dark_wolf.77
  on Instagram", "his snap is dark_wolf", "DARK_WOLF.77 on insta");
- IP addresses (IPv4 and IPv6 in their usual written forms).

A handle with no platform is kept, with the lower confidence ``normalise`` gives it. Pure: no
I/O; linear in the text (every pattern is a plain scan with bounded repeats), with at most
``MAX_MATCHES`` candidates tried per pattern and ``MAX_FOUND`` identifiers kept.
"""

from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass

import phonenumbers

from tipline.linking.normalise import PLATFORMS, Normalised, normalise

MAX_TEXT = 100_000  # longer texts are read up to here
MAX_FOUND = 200  # identifiers kept per text: past this a text is noise, not a footprint
MAX_MATCHES = 1_000  # candidates tried per pattern and text: bounds the work on hostile text

_PLATFORM_WORDS = "|".join(sorted((re.escape(name) for name in PLATFORMS), key=len, reverse=True))
_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']{1,2000}"
                  r"|\b(?:instagram\.com|tiktok\.com|snapchat\.com|x\.com|twitter\.com|facebook\.com|twitch\.tv"
                  r"|roblox\.com|t\.me|reddit\.com|youtube\.com)/[^\s<>\"']{1,200}", re.IGNORECASE)
# "@handle", optionally followed by "on <platform>" / "(<platform>)".
_AT_HANDLE = re.compile(
    r"(?<![\w@])@([\w.\-]{2,64})(?:\s{1,3}(?:on|in|sur|en)\s{1,3}(" + _PLATFORM_WORDS + r")\b"
    r"|\s{0,2}\((" + _PLATFORM_WORDS + r")\))?", re.IGNORECASE)
# "<platform> is/: handle" and "his <platform> is handle"; "handle on <platform>".
_PLATFORM_THEN_HANDLE = re.compile(
    r"\b(" + _PLATFORM_WORDS + r")(?:'s|’s)?(?:\s{1,3}(?:is|its|it's|it’s|name is|username is|handle is|id is"
    r"|c'est|es)\s{1,3}|\s{0,3}[:=]\s{0,3}|\s{1,3}(?=@?[\w.\-]{0,62}[_.\d]))"
    r"@?([\w.\-]{3,64})\b", re.IGNORECASE)
_HANDLE_ON_PLATFORM = re.compile(
    r"(?<![\w@./])([\w][\w.\-]{2,63})\s{1,3}(?:on|sur|en)\s{1,3}(" + _PLATFORM_WORDS + r")\b", re.IGNORECASE)
# A bare word that looks like a handle ("dark_wolf.77", "lone_wolf"): an underscore, or a dot
# with a digit, between word characters. Kept as a username without a platform (weak).
_BARE_HANDLE = re.compile(r"(?<![\w@./:\-])(?=[\w.]{0,62}(?:_|\.\w{0,62}\d|\d\w{0,62}\.))"
                          r"([A-Za-z_][\w.]{2,62}[\w])(?![\w@]|\.\w)")
_FILE_NAME = re.compile(r"\.(?:txt|jpe?g|png|gif|webp|heic|mp[34]|mov|m4a|opus|pdf|zip|docx?|html?|"
                        r"json|csv|py|js|exe|apk)$", re.IGNORECASE)
_ANY_DIGIT = re.compile(r"\d")
_MIN_PHONE_DIGITS = 5  # libphonenumber's shortest valid numbers (some small countries) have 5
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:])")
# Words that follow "on" but are not handles: "meet me on instagram" has no handle.
_NOT_A_HANDLE = {"me", "him", "her", "them", "us", "you", "it", "talk", "chat", "add", "follow", "message",
                 "dm", "text", "meet", "there", "here", "is", "was", "and", "the", "his", "her", "my", "your"}


@dataclass(frozen=True, slots=True)
class Found:
    """One identifier found in a text: its canonical form and where it was, ``[start, end)``."""

    identifier: Normalised
    span: tuple[int, int]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in sorted(spans):
        if start >= last:
            pieces.append(text[last:start])
            pieces.append(" " * (end - start))
            last = end
    pieces.append(text[last:])
    return "".join(pieces)


def extract(text: str, *, region: str | None = None) -> list[Found]:
    """Identifiers in ``text``, in order of appearance, each canonical form once (the first
    place it appears). ``region``: the child's country, to read phone numbers without "+".
    Never raises."""
    if not isinstance(text, str) or not text:
        return []
    text = text[:MAX_TEXT]
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    # One byte per character, 1 where a found identifier already stands: an overlap check is
    # a C-speed find, so many matches cost linear time, not quadratic.
    occupied = bytearray(len(text))

    def add(identifier: Normalised | None, span: tuple[int, int]) -> None:
        if identifier is None or len(found) >= MAX_FOUND or occupied.find(1, span[0], span[1]) >= 0:
            return
        occupied[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
        taken.append(span)
        found.append(Found(identifier, span))

    # Cheap character checks first: most chat messages hold no identifier at all.
    has_dot, has_at = "." in text, "@" in text
    digits = sum(map(str.isdigit, text)) if _ANY_DIGIT.search(text) else 0
    if has_dot:
        for m in islice(_URL.finditer(text), MAX_MATCHES):
            add(normalise("url", m.group().rstrip(".,;:!?)"), None), m.span())
    if has_at:
        for m in islice(_EMAIL.finditer(text), MAX_MATCHES):
            add(normalise("email", m.group().rstrip("."), None), m.span())
    for m in islice(_AT_HANDLE.finditer(text), MAX_MATCHES) if has_at else ():
        add(normalise("username", m.group(1).rstrip("."), m.group(2) or m.group(3)), m.span())
    for m in islice(_PLATFORM_THEN_HANDLE.finditer(text), MAX_MATCHES):
        if m.group(2).lower() not in _NOT_A_HANDLE and m.group(2).lower() not in PLATFORMS:
            add(normalise("username", m.group(2).rstrip("."), m.group(1)), m.span(2))
    for m in islice(_HANDLE_ON_PLATFORM.finditer(text), MAX_MATCHES):
        if m.group(1).lower() not in _NOT_A_HANDLE and any(c in m.group(1) for c in "._0123456789"):
            add(normalise("username", m.group(1).rstrip("."), m.group(2)), m.span(1))
    for m in islice(_BARE_HANDLE.finditer(text), MAX_MATCHES) if "_" in text or has_dot else ():
        if sum(ch.isalpha() for ch in m.group(1)) >= 3 and not _FILE_NAME.search(m.group(1)):
            add(normalise("username", m.group(1), None), m.span(1))
    if digits >= _MIN_PHONE_DIGITS:
        try:
            # What is already taken (an e-mail, a handle's digits) is blanked, same length so
            # offsets hold: libphonenumber's finder costs about 50 µs per candidate it tries.
            blanked = _blank(text, taken)
            for match in phonenumbers.PhoneNumberMatcher(blanked, (region or "").upper() or None,
                                                         max_tries=MAX_MATCHES):
                number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                add(normalise("phone", number, None), (match.start, match.end))
        except Exception:  # noqa: BLE001 - the library's finder on hostile text: keep what was found
            pass
    for pattern in (_IPV4, _IPV6) if digits >= 4 or ":" in text else ():
        for m in islice(pattern.finditer(text), MAX_MATCHES):
            add(normalise("ip", m.group(), None), m.span())
    found.sort(key=lambda f: f.span)
    seen: set = set()
    unique = []
    for item in found:
        if item.identifier.key not in seen:
            seen.add(item.identifier.key)
            unique.append(item)
    return unique
