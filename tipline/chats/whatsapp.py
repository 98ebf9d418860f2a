"""WhatsApp "Export chat" .txt files (without media), Android and iOS, read as a stream.

Two plug-ins share one parser: ``whatsapp-android`` (``18/03/2026, 15:52 - Name: text``) and
``whatsapp-ios`` (``[16/01/2026, 19:16:54] Name: text``). The file's first header decides which
name the Conversation gets; headers of the other style later in the file are still read.

The file is read twice, line by line, never whole: a survey (day/month order, the senders, who
writes, the chat's name; whatsapp_survey.py) and then the records, yielded one by one by
:func:`iter_whatsapp`. A 1,000,000-message export parses in bounded memory; ``parse`` collects
the messages.

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

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tipline.chats.base import STREAM_MAX_BYTES, ChatFormat, open_binary
from tipline.chats.base import ChatParseError as ChatParseError  # re-exported for callers
from tipline.chats.whatsapp_lines import (
    ANDROID,
    IOS,
    LINE_BREAK,
    MARKS,
    NO_MARKS,
    is_deleted_marker,
    match_header,
    original_offset,
    placeholder,
    read_blocks,
    strip_edited_marker,
)
from tipline.chats.whatsapp_survey import (
    Survey,
    date_of,
    split_body,
    survey_file,
    systemish,
    time_of,
)
from tipline.model import Conversation, Message

_MAX_WARNINGS = 50
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


def _records(path: Path, handle: BinaryIO, survey: Survey,
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
            iso, swapped, *shape = date_of(match, day_first)
            day = dates[date_text] = (iso, swapped, tuple(shape) == date_shape)
        time_text = match["time"]
        clock = times.get(time_text)
        if clock is None:
            if len(times) > _CACHE_LIMIT:
                times.clear()
            hms, problem, *shape = time_of(match)
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
        sender, text = split_body(body)
        if sender is None:
            candidate, colon, rest = text.partition(":")
            if colon and candidate in known:
                sender, text = candidate, rest
        if text[:1] in _MARK_SET:
            stripped = text.lstrip(MARKS)
            if sender is not None and systemish(stripped, True):
                sender = None
            text = stripped
        elif sender is not None and sender not in writers and systemish(text, False):
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
        survey = survey_file(path, handle)
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
