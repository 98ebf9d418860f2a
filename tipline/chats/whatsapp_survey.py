"""The first pass over a WhatsApp .txt export: what the whole file says before any record is read.

Read line by line (block by block where a block allows), never whole, it learns the first
header's style and shape (``[...]`` iOS or Android, date and clock style), the day/month order,
every ``Name: `` sender, who writes messages of their own, and the chat's name, and gathers them in
a :class:`Survey` for the emitting pass in whatsapp.py (whose docstring gives the rules). It also
holds the pieces both passes share: reading a header's date and time and splitting its body into
sender and text. A file with no header is a ChatParseError raised here, before any message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from tipline.chats.base import ChatParseError
from tipline.chats.whatsapp_lines import (
    BLOCK_HEADERS,
    ENCRYPTION_NOTICES,
    MARKS,
    NO_MARKS,
    QUOTES,
    SYSTEM_PHRASES,
    ampm_of,
    fast_shape,
    header_match,
    original_offset,
    read_blocks,
)

_QUOTE = re.compile(f"[{re.escape(QUOTES)}]")
_BODY = re.compile(BLOCK_HEADERS.pattern[BLOCK_HEADERS.pattern.rindex("(?:((?!: )"):], re.MULTILINE)
"""The body part of BLOCK_HEADERS on its own: (name, encryption notice, body with a ":" but no
name), as BLOCK_HEADERS would give them for the body of a header line."""
_NOTICE_PARTS = ("end-to-end", "ende-zu-ende", "now secured", "bout en bout", "extremo a extremo",
                 "ponta a ponta")
"""Every ENCRYPTION_NOTICES phrase holds one of these (compared ignoring case)."""
_NOTICE_PART = re.compile("|".join(map(re.escape, _NOTICE_PARTS)), re.IGNORECASE)


def _may_hold_notice(text: str) -> bool:
    """False when no encryption notice can be in ``text``."""
    if text.isascii():
        low = text.lower()
        return any(part in low for part in _NOTICE_PARTS)
    return _NOTICE_PART.search(text) is not None


@dataclass
class Survey:
    """What the first pass learns from the whole file."""

    style: str  # "android" or "ios": the first header's
    first_line: int
    first_shape: tuple
    first_header: str  # the first header's line, MARKS removed
    day_first: bool
    known: set[str]  # every "Name: " sender
    writers: set[str]  # senders of at least one message that is not WhatsApp's own
    title: str | None
    notes: list[str]  # warnings about the whole file


def _body(line: str, key: str, match) -> str:
    """The header's body from the original line (BOMs removed), given its match on ``key``."""
    start = match.start("body")
    if start < 0:
        return ""
    if len(key) == len(line):  # no marks in the line
        return match["body"]
    return line[original_offset(line, start):].replace("\ufeff", "")


def split_body(body: str) -> tuple[str | None, str]:
    """(name, text) of a body; name None when it has no ``Name: `` or ``Name:`` part."""
    body = body.lstrip(MARKS)
    cut = body.find(": ")
    if cut > 0:
        name = body[:cut]
        if _QUOTE.search(name) and SYSTEM_PHRASES.search(name):
            return None, body
        return name, body[cut + 2 :]
    if body.endswith(":") and len(body) > 1 and body.count(":") == 1:
        return body[:-1], ""
    return None, body


def systemish(text: str, lrm: bool) -> bool:
    """Whether a named record's text reads as one of WhatsApp's own (rules: whatsapp.py)."""
    if len(text) >= 40 and ENCRYPTION_NOTICES.match(text):
        return True
    # WhatsApp's own records are short; a long text is a person's message.
    return lrm and len(text) <= 300 and SYSTEM_PHRASES.search(text) is not None


class _Surveyor:
    """The first pass: fed the file block by block (or line by line where a block holds MARKS),
    it learns what ``Survey`` holds."""

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.writers: set[str] = set()
        self.first_system: dict[str, int] = {}  # name -> index of its first WhatsApp-own record
        self.first_lrm: tuple[int, str] | None = None
        self.pending: dict[str, list] = {}  # "Name:text" -> [first system, first lrm, writes]
        self.first = None  # (line, key, match) of the first header
        self.day_line = self.month_line = None
        self.differ = self.anything = False
        self.index = 0  # records seen
        self.fast: re.Pattern | None = None  # see _fast_block
        self.fast_tried = False

    def block(self, text: str, number: int) -> None:
        """Survey a block of whole lines starting at line ``number``."""
        if "\u200e" in text or "\ufeff" in text or "\u200f" in text:
            self.lines(text, number)
            return
        if self.first is not None and not self.fast_tried:
            self.fast_tried = True
            shape = fast_shape(self.first[1])
            if shape is not None:
                self.fast = re.compile(rf"\n(?:{shape.header(True)}(?:([^\n:]+): |([^\n]*))"
                                       r"|([\[\d][^\n]*))")
        if self.fast is not None and self._fast_block(text, number):
            return
        if self.first is None:
            # The lines up to the first header's, one by one, and the rest as a block of its
            # own, which may be surveyed quickly: the same as surveying the whole block below.
            first = BLOCK_HEADERS.search("\n" + text)
            stop = text.find("\n", first.start()) if first is not None else -1
            if (0 <= stop < len(text) - 1 and not _QUOTE.search(first[4])
                    and header_match(text[first.start(): stop]) is not None):
                self.lines(text[: stop + 1], number)  # finds that header: self.first is set
                self.block(text[stop + 1:], number + text.count("\n", 0, stop + 1))
                return
        rows = BLOCK_HEADERS.findall("\n" + text)
        if not rows:
            self.lines(text, number)  # no header: only what comes before the first one matters
            return
        distinct = set(rows)  # few: a chat has few senders and dates
        names = {row[4] for row in distinct}
        names.discard("")
        if any(_QUOTE.search(name) for name in names):
            self.lines(text, number)  # a system line quoting a group name: go line by line
            return
        if self.first is None:  # the lines up to the first header's, one by one
            stop = text.find("\n", BLOCK_HEADERS.search("\n" + text).start())
            self.lines(text[: stop + 1] if stop >= 0 else text, number)
            rows = rows[1:]
            if not rows:
                return
            distinct = set(rows)
            names = {row[4] for row in distinct}
            names.discard("")
        base = self.index
        self.index += len(rows)
        self._dates(text, number, {(row[1], row[3]) for row in distinct})
        self.known |= names
        if not any(row[5] or row[6] for row in distinct):
            self.writers |= names
            return
        for position, (_, _, _, _, name, notice, body) in enumerate(rows, start=base + 1):
            if body:
                self._unnamed(body, position)
            elif not name:
                continue
            elif notice:
                self.first_system.setdefault(name, position)
            else:
                self.writers.add(name)

    def _fast_block(self, text: str, number: int) -> bool:
        """Survey a block without MARKS, as :meth:`block` would, when every header in it is
        written like the first header of the file (24-hour clock), no line holds an encryption
        notice, and every body is ``Name: text`` or has no ":"; False, having changed nothing,
        when it is not such a block.

        ``self.fast`` finds, at each line start, the header's first two date fields and the
        name, or the body when there is no ``Name: ``; or a line that starts with "[" or a
        digit without being such a header (it must not be a header of another shape)."""
        if _may_hold_notice(text):
            return False
        rows = self.fast.findall("\n" + text)
        distinct = set(rows)
        names: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        odd = False
        for a, b, name, other, line in distinct:
            if line:
                if header_match(line) is not None:
                    return False
                odd = True
                continue
            pairs.add((a, b))
            if not name:
                name, notice, body = _BODY.match(other).groups()
                if notice or body:
                    return False
            if name:
                names.add(name)
        headers = len(rows) - (sum(1 for row in rows if row[4]) if odd else 0)
        if not headers or any(_QUOTE.search(name) for name in names):
            return False
        self.index += headers
        self._dates(text, number, pairs)
        self.known |= names
        self.writers |= names
        return True

    def _dates(self, text: str, number: int, pairs: set[tuple[str, str]]) -> None:
        """Day/month evidence from the (a, b) fields of a block's headers."""
        want_day = want_month = False
        for a, b in pairs:
            if not a or len(a) > 2:
                continue
            if a != b:
                self.differ = True
            want_day = want_day or (self.day_line is None and int(a) > 12)
            want_month = want_month or (self.month_line is None and int(b) > 12)
        if not (want_day or want_month):
            return
        line, at = number, 0
        for match in BLOCK_HEADERS.finditer("\n" + text):  # the line of the first evidence
            a, b = match[2], match[4]
            if len(a) > 2:
                continue
            day, month = want_day and int(a) > 12, want_month and int(b) > 12
            if day or month:
                line += text.count("\n", at, match.start())
                at = match.start()
                if day:
                    self.day_line, want_day = line, False
                if month:
                    self.month_line, want_month = line, False
                if not (want_day or want_month):
                    return

    def lines(self, text: str, number: int) -> None:
        """Survey a block line by line (it holds MARKS, or quoted group names)."""
        lines = text.split("\n")
        if text.endswith("\n"):
            lines.pop()
        for line in lines:
            self.line(number, line)
            number += 1

    def line(self, number: int, line: str) -> None:
        key = line if line.isascii() else line.translate(NO_MARKS)
        match = header_match(key)
        if match is None:
            if not self.anything and key.strip():
                self.anything = True
            return
        self.index += 1
        if self.first is None:
            self.first = (number, key, match)
        a = match["a"]
        if len(a) <= 2:
            b = match["b"]
            if a != b:
                self.differ = True
            if self.day_line is None and int(a) > 12:
                self.day_line = number
            if self.month_line is None and int(b) > 12:
                self.month_line = number
        name, text = split_body(_body(line, key, match))
        if name is None:
            self._unnamed(text, self.index)
            return
        self.known.add(name)
        stripped = text.lstrip(MARKS)
        lrm = len(stripped) != len(text)
        if systemish(stripped, lrm):
            self.first_system.setdefault(name, self.index)
            if lrm and self.first_lrm is None:
                self.first_lrm = (self.index, name)
        else:
            self.writers.add(name)

    def _unnamed(self, text: str, index: int) -> None:
        """A body without ``Name: ``: it may be ``Name:text`` of a sender known elsewhere."""
        name, colon, text = text.partition(":")
        if not colon or not name:
            return
        stripped = text.lstrip(MARKS)
        lrm = len(stripped) != len(text)
        entry = self.pending.setdefault(name, [None, None, False])
        if systemish(stripped, lrm):
            entry[0] = entry[0] or index
            if lrm:
                entry[1] = entry[1] or index
        else:
            entry[2] = True

    def finish(self, path: Path) -> Survey:
        if self.first is None:
            detail = ("no WhatsApp message header (date, time, name) found" if self.anything
                      else "empty file")
            raise ChatParseError(path, detail)
        known, writers, first_system = self.known, self.writers, self.first_system
        first_lrm = self.first_lrm
        for name, (system, lrm_index, writes) in self.pending.items():
            if name not in known:
                continue
            if writes:
                writers.add(name)
            if system is not None:
                first_system[name] = min(first_system.get(name, system), system)
            if lrm_index is not None and (first_lrm is None or lrm_index < first_lrm[0]):
                first_lrm = (lrm_index, name)
        candidates = [(i, name) for name, i in first_system.items() if name not in writers]
        if first_lrm is not None:
            candidates.append(first_lrm)
        notes: list[str] = []
        day_first = _day_order(self.day_line, self.month_line, self.differ, notes)
        line_number, key, match = self.first
        ios = key[0] == "["
        return Survey(
            style="ios" if ios else "android", first_line=line_number, first_header=key,
            first_shape=(ios, *date_of(match, day_first)[2:], *time_of(match)[2:]),
            day_first=day_first, known=known, writers=writers,
            title=min(candidates)[1] if candidates else None, notes=notes,
        )


def survey_file(path: Path, handle: BinaryIO) -> Survey:
    surveyor = _Surveyor()
    number = 1
    for text in read_blocks(handle, path):
        surveyor.block(text, number)
        number += text.count("\n")
    return surveyor.finish(path)


def _day_order(day_line: int | None, month_line: int | None, differ: bool,
               notes: list[str]) -> bool:
    """True for day/month, False for month/day, from the first evidence of each in the file."""
    if day_line and month_line:
        notes.append(
            f"dates disagree: line {day_line} is day/month, line {month_line} is"
            " month/day; read as day/month where the date allows"
        )
        return True
    if month_line:
        return False
    if day_line is None and differ:
        notes.append("day/month order cannot be told from the dates (no field above 12); "
                     "read as day/month")
    return True


def date_of(match, day_first: bool) -> tuple:
    """(ISO date or None, whether day and month had to be swapped, the date's shape)."""
    a_text, c_text = match["a"], match["c"]
    a, b, c = int(a_text), int(match["b"]), int(c_text)
    shape = (match["sep"], len(a_text) == 4, len(c_text))
    if len(a_text) == 4:
        candidates = [(a, b, c)]
    else:
        year = c if len(c_text) == 4 else 2000 + c
        candidates = [(year, b, a), (year, a, b)] if day_first else [(year, a, b), (year, b, a)]
    for position, (year, month, day) in enumerate(candidates):
        try:
            return date(year, month, day).isoformat(), position > 0, *shape
        except ValueError:
            continue
    return None, False, *shape


def time_of(match) -> tuple:
    """(``HH:MM:SS`` or None, a warning or None, the time's shape)."""
    ampm = ampm_of(match)
    hour, minute = int(match["h"]), int(match["mi"])
    second = int(match["s"]) if match["s"] else None
    shape = (second is not None, ampm is not None)
    problem = None
    if ampm:
        if 1 <= hour <= 12:
            hour = hour % 12 + (12 if ampm == "p" else 0)
        elif (hour == 0) != (ampm == "a"):  # "00:04 AM" and "23:59 PM" are plain
            problem = (f"impossible 12-hour time {hour:02d}:{minute:02d} {ampm.upper()}M,"
                       " read as 24-hour")
    second = second or 0
    if hour > 23 or minute > 59 or second > 59:
        return None, problem, *shape
    return f"{hour:02d}:{minute:02d}:{second:02d}", problem, *shape
