"""WhatsApp "Export chat" .txt files (without media), Android and iOS, read as a stream.

Two plug-ins share one parser: ``whatsapp-android`` (``18/03/2026, 15:52 - Name: text``) and
``whatsapp-ios`` (``[16/01/2026, 19:16:54] Name: text``). The file's first header decides which
name the Conversation gets; headers of the other style later in the file are still read.

The file is read twice, line by line, never whole: a survey (day/month order, the senders, who
writes, the chat's name) and then the records, yielded one by one by :func:`iter_whatsapp`. A
1,000,000-message export parses in bounded memory; ``parse`` collects the messages.

Rules (see whatsapp_lines.py for the header shapes):

- A record starts at a header line; following lines without a header are part of it, joined with
  "\\n" (trailing empty lines of a record are dropped). ``source`` is ``{"line": N}``, the 1-based
  line of the header, with ``"end_line": M`` when the record's text runs to line M > N; CRLF, LF
  and lone CR all end a line.
- ``sent_at`` is the naive local time as written, ``YYYY-MM-DDTHH:MM:SS`` (seconds 00 when the
  export has none). Day/month order is inferred from the whole file: a first field above 12 means
  day first, a second field above 12 means month first; with no evidence, day first and a warning.
  4-digit first fields are year/month/day. Two-digit years are 20YY. Impossible 12-hour times such
  as ``00:08 a. m.`` or ``23:59 PM`` are read as 24-hour times, with a warning.
- Sender: the text between the header and the **first** ``": "`` (so a name containing ": " is cut
  there: ``The final test: Does it work?: Yes`` has sender ``The final test``; WhatsApp gives no
  way to tell, and names with ": " are far rarer than messages with ": "). ``Name:`` at the end of
  the line is an empty message. ``Name:text`` without the space is split only when ``Name`` is a
  sender elsewhere in the file. A "name" that holds a quote mark and a system phrase is the start
  of a system line quoting a group name (``You created group "Fun: times"``): no sender.
- System records (``sender=None``): lines with no ``Name: `` part; and ``Name: text`` lines whose
  text is a WhatsApp phrase (group created, added, encryption notice, ...) **and** either begins
  with U+200E (iOS writes its own records that way, attributed to the chat name) or is an
  encryption notice under a name that never writes a message. The chat name found that way becomes
  ``Conversation.title``.
- Text: U+FEFF is removed everywhere and U+200E/U+200F at the start of a message; other marks stay.
  Media placeholders (English, German, French, Spanish, Portuguese, Italian, Dutch) become
  AttachmentRefs (a caption on the following lines stays as text); "This message was deleted"
  and its translations give ``deleted=True`` and empty text; a trailing ``<This message was
  edited>`` (or ``<Ce message a été modifié>``, ``<Se editó este mensaje.>``, ...) is removed and
  gives ``edited=True``.

Errors: ChatParseError for bytes that are not UTF-8 (with the line) and for files with no header,
raised by the survey, so before any message is yielded. Oddities that still leave a readable
record are warnings (at most 50, then "more warnings left out").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from tipline.chats.base import STREAM_MAX_BYTES, ChatFormat, open_binary
from tipline.chats.base import ChatParseError as ChatParseError  # re-exported for callers
from tipline.chats.whatsapp_lines import (
    ANDROID,
    ENCRYPTION_NOTICES,
    IOS,
    LINE_BREAK,
    MARKS,
    NO_MARKS,
    QUOTES,
    SYSTEM_PHRASES,
    BLOCK_HEADERS,
    ampm_of,
    header_match,
    is_deleted_marker,
    match_header,
    original_offset,
    placeholder,
    read_blocks,
    strip_edited_marker,
)
from tipline.model import Conversation, Message

_MAX_WARNINGS = 50
_QUOTE = re.compile(f"[{re.escape(QUOTES)}]")
_MARK_SET = frozenset(MARKS)
_CACHE_LIMIT = 50_000  # distinct date or time texts remembered (a day has 1,440 minutes)


class _Warnings:
    """Warnings appended to ``sink`` as they are found, at most _MAX_WARNINGS of them."""

    def __init__(self, sink: list[str] | None) -> None:
        self.sink = sink if sink is not None else []
        self.count = 0

    def add(self, message: str) -> None:
        if self.count < _MAX_WARNINGS:
            self.sink.append(message)
        elif self.count == _MAX_WARNINGS:
            self.sink.append("more warnings left out")
        self.count += 1


@dataclass
class _Survey:
    """What the first pass learns from the whole file."""

    style: str  # "android" or "ios": the first header's
    first_line: int
    first_shape: tuple
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


def _split(body: str) -> tuple[str | None, str]:
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


def _systemish(text: str, lrm: bool) -> bool:
    """Whether a named record's text reads as one of WhatsApp's own (see the module rules)."""
    if len(text) >= 40 and ENCRYPTION_NOTICES.match(text):
        return True
    # WhatsApp's own records are short; a long text is a person's message.
    return lrm and len(text) <= 300 and SYSTEM_PHRASES.search(text) is not None


class _Surveyor:
    """The first pass: fed the file block by block (or line by line where a block holds MARKS),
    it learns what ``_Survey`` holds."""

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

    def block(self, text: str, number: int) -> None:
        """Survey a block of whole lines starting at line ``number``."""
        if "\u200e" in text or "\ufeff" in text or "\u200f" in text:
            self.lines(text, number)
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
        name, text = _split(_body(line, key, match))
        if name is None:
            self._unnamed(text, self.index)
            return
        self.known.add(name)
        stripped = text.lstrip(MARKS)
        lrm = len(stripped) != len(text)
        if _systemish(stripped, lrm):
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
        if _systemish(stripped, lrm):
            entry[0] = entry[0] or index
            if lrm:
                entry[1] = entry[1] or index
        else:
            entry[2] = True

    def finish(self, path: Path) -> _Survey:
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
        return _Survey(
            style="ios" if ios else "android", first_line=line_number,
            first_shape=(ios, *_date_of(match, day_first)[2:], *_time_of(match)[2:]),
            day_first=day_first, known=known, writers=writers,
            title=min(candidates)[1] if candidates else None, notes=notes,
        )


def _survey(path: Path, handle: BinaryIO) -> _Survey:
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


def _date_of(match, day_first: bool) -> tuple:
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


def _time_of(match) -> tuple:
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


def _records(path: Path, handle: BinaryIO, survey: _Survey,
             warnings: _Warnings) -> Iterator[Message]:
    known, writers, day_first = survey.known, survey.writers, survey.day_first
    ios_first, date_shape, time_shape = (survey.first_shape[0], survey.first_shape[1:4],
                                         survey.first_shape[4:])
    dates: dict[str, tuple] = {}  # date text -> (ISO date or None, swapped, same shape as first)
    times: dict[str, tuple] = {}  # time text -> (HH:MM:SS or None, problem, same shape)
    preamble: list[tuple[int, str]] | None = []
    start = None  # the record being read: its header line, sender, text, time, other lines
    sender = text = sent_at = more = None
    previous: str | None = None
    number = 0
    ios_match, android_match = IOS.match, ANDROID.match
    for line in _lines(handle, path):
        number += 1
        key = line if line.isascii() else line.translate(NO_MARKS)
        first = key[:1]
        if first == "[":
            match = ios_match(key)
        elif first.isdigit():
            match = android_match(key)
        else:
            match = None
        if match is None:
            if start is not None:
                line = line if len(key) == len(line) else line.replace("\ufeff", "")
                if more is None:
                    more = [line]
                else:
                    more.append(line)
            elif key.strip():
                preamble.append((number, line))
            continue
        if start is not None:
            yield _message(start, sender, text, sent_at, more)
        elif preamble:
            warnings.add(f"line {preamble[0][0]}: text before the first message kept as a"
                         " system record")
            yield _message(preamble[0][0], None, "\n".join(t for _, t in preamble), None,
                           None, preamble[-1][0])
            preamble = None
        start, more = number, None
        date_text = match["date"]
        day = dates.get(date_text)
        if day is None:
            if len(dates) > _CACHE_LIMIT:
                dates.clear()
            iso, swapped, *shape = _date_of(match, day_first)
            day = dates[date_text] = (iso, swapped, tuple(shape) == date_shape)
        time_text = match["time"]
        clock = times.get(time_text)
        if clock is None:
            if len(times) > _CACHE_LIMIT:
                times.clear()
            hms, problem, *shape = _time_of(match)
            clock = times[time_text] = (hms, problem, tuple(shape) == time_shape)
        if day[0] is not None and clock[0] is not None and not day[1] and not clock[1]:
            sent_at = f"{day[0]}T{clock[0]}"
        else:
            sent_at = _checked_time(number, date_text, day, clock, warnings)
        if not (day[2] and clock[2] and (first == "[") == ios_first):
            warnings.add(f"line {number}: header written differently from line"
                         f" {survey.first_line}; it may be text pasted into the previous message")
        if sent_at:
            if previous and sent_at < previous:
                warnings.add(f"line {number}: time {sent_at} is earlier than the message before")
            previous = sent_at
        body_start = match.start("body")
        if body_start < 0:
            body = ""
        elif len(key) == len(line):  # no marks in the line
            body = match["body"]
        else:
            body = line[original_offset(line, body_start):].replace("\ufeff", "")
        sender, text = _split(body)
        if sender is None:
            candidate, colon, rest = text.partition(":")
            if colon and candidate in known:
                sender, text = candidate, rest
        if text[:1] in _MARK_SET:
            stripped = text.lstrip(MARKS)
            if sender is not None and _systemish(stripped, True):
                sender = None
            text = stripped
        elif sender is not None and sender not in writers and _systemish(text, False):
            sender = None
    if start is not None:
        yield _message(start, sender, text, sent_at, more)


def _checked_time(number: int, date_text: str, day: tuple, clock: tuple,
                  warnings: _Warnings) -> str | None:
    """The record's time, after warning about an impossible or odd date or time."""
    if day[0] is None:
        warnings.add(f"line {number}: impossible date; time left empty")
        return None
    if day[1]:
        warnings.add(f"line {number}: date {date_text} only makes sense with day and"
                     " month swapped")
    if clock[1]:
        warnings.add(f"line {number}: {clock[1]}")
    if clock[0] is None:
        warnings.add(f"line {number}: impossible time; time left empty")
        return None
    return f"{day[0]}T{clock[0]}"


def _lines(handle: BinaryIO, path: Path) -> Iterator[str]:
    """The file's lines, without their line ends."""
    for text in read_blocks(handle, path):
        lines = text.split("\n")
        if text.endswith("\n"):
            lines.pop()
        yield from lines


def _message(number: int, sender: str | None, text: str, sent_at: str | None,
             more: list[str] | None, end: int | None = None) -> Message:
    """The Message of one record: its header line's text, then its ``more`` lines."""
    if more:
        while more and more[-1] == "":
            more.pop()
        end = number + len(more)
    if end is not None and end > number:
        source = {"line": number, "end_line": end}
    else:
        source = {"line": number}
    if sender is None:
        if more:
            text = "\n".join([text, *more])
        return Message(None, sent_at, text, source)
    attachments = ()
    if text:
        found = placeholder(text)
        if found is not None:
            attachments = (found,)
            text = more.pop(0) if more else ""
    if more:
        text = "\n".join([text, *more])
    if 14 <= len(text) <= 80 and is_deleted_marker(text):
        return Message(sender, sent_at, "", source, deleted=True)
    tail = text[-70:]
    if ">" in tail or "\u200e" in tail:
        text, edited = strip_edited_marker(text)
        return Message(sender, sent_at, text, source, attachments, edited=edited)
    return Message(sender, sent_at, text, source, attachments)


def iter_whatsapp(path: Path, data: bytes | None = None, *, warnings: list[str] | None = None,
                  max_bytes: int = STREAM_MAX_BYTES, survey_out: list | None = None
                  ) -> Iterator[Message]:
    """The messages of a WhatsApp .txt export, one by one, in bounded memory (the file is read
    twice, line by line). Warnings are appended to ``warnings``; ``survey_out`` receives the
    format name and chat title once the first pass is done."""
    path = Path(path)
    sink = _Warnings(warnings)
    with open_binary(path, data, max_bytes) as handle:
        survey = _survey(path, handle)
    for note in survey.notes:
        sink.add(note)
    if survey_out is not None:
        survey_out.extend([f"whatsapp-{survey.style}", survey.title])
    with open_binary(path, data, max_bytes) as handle:
        yield from _records(path, handle, survey, sink)


def parse_whatsapp(path: Path, data: bytes | None = None, *,
                   max_bytes: int = STREAM_MAX_BYTES) -> Conversation:
    """Parse a WhatsApp .txt export (either style) into a Conversation (module rules)."""
    warnings: list[str] = []
    about: list = []
    messages = tuple(iter_whatsapp(path, data, warnings=warnings, max_bytes=max_bytes,
                                   survey_out=about))
    return Conversation(format=about[0], messages=messages, warnings=tuple(warnings),
                        title=about[1])


class _WhatsAppFormat(ChatFormat):
    style: str
    streams = True
    size_limit = STREAM_MAX_BYTES

    def detect(self, path: Path, head: bytes) -> float:
        text = head.decode("utf-8", errors="replace")
        lines = [line for line in LINE_BREAK.split(text)[:200] if line.translate(NO_MARKS).strip()]
        for position, line in enumerate(lines[:30]):
            header = match_header(line.translate(NO_MARKS))
            if header is not None:
                if header.style != self.style:
                    return 0.0
                return 0.95 if position == 0 else 0.6
        return 0.0

    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        return parse_whatsapp(Path(path), data, max_bytes=self.size_limit)

    def iter_messages(
        self, path: Path, data: bytes | None = None, *, warnings: list[str] | None = None
    ) -> Iterator[Message]:
        return iter_whatsapp(Path(path), data, warnings=warnings, max_bytes=self.size_limit)


class WhatsAppAndroidFormat(_WhatsAppFormat):
    name = "whatsapp-android"
    label = "WhatsApp .txt"
    style = "android"


class WhatsAppIosFormat(_WhatsAppFormat):
    name = "whatsapp-ios"
    label = "WhatsApp .txt"
    style = "ios"
