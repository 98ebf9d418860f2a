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

import dataclasses
import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from tipline.chats.base import STREAM_MAX_BYTES, ChatFormat, open_binary
from tipline.chats.base import ChatParseError as ChatParseError  # re-exported for callers
from tipline.chats.whatsapp_lines import (
    _DELETED_TEXTS,
    _OMISSION_WORDS,
    ANDROID,
    IOS,
    LINE_BREAK,
    MARKS,
    NO_MARKS,
    SYSTEM_PHRASES,
    FastShape,
    fast_shape,
    header_match,
    is_deleted_marker,
    match_header,
    original_offset,
    placeholder,
    read_blocks,
    strip_edited_marker,
)
from tipline.chats.whatsapp_survey import (
    _QUOTE,
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


def _plain_maker():
    """A function (sender, sent_at, text, source) -> the Message ``Message(sender, sent_at, text,
    source)``, about twice as fast: it sets the slots of a new Message directly instead of
    running the frozen dataclass's __init__ (ten object.__setattr__ calls). Message itself when
    Message is not the plain slotted dataclass this relies on (fields, defaults, no
    __post_init__), so that a change to Message can never change what is made."""
    names = ("sender", "sent_at", "text", "source", "attachments", "deleted", "edited",
             "reactions", "reply_to", "forwarded_from")
    defaults = ((), False, False, (), None, None)
    fields = dataclasses.fields(Message)
    if (tuple(field.name for field in fields) != names
            or tuple(field.default for field in fields[4:]) != defaults
            or any(field.default_factory is not dataclasses.MISSING for field in fields)
            or hasattr(Message, "__post_init__")
            or tuple(getattr(Message, "__slots__", ())) != names):
        return Message
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = (getattr(Message, name).__set__ for name in names)

    # The setters are default arguments so that the calls below read fast locals.
    def make(sender, sent_at, text, source, new=object.__new__, cls=Message, s0=s0, s1=s1,
             s2=s2, s3=s3, s4=s4, s5=s5, s6=s6, s7=s7, s8=s8, s9=s9):
        made = new(cls)
        s0(made, sender); s1(made, sent_at); s2(made, text); s3(made, source)  # noqa: E702
        s4(made, ()); s5(made, False); s6(made, False); s7(made, ())  # noqa: E702
        s8(made, None); s9(made, None)  # noqa: E702
        return made

    sample = ("Name", "2026-01-01T00:00:00", "text", {"line": 1})
    if make(*sample) != Message(*sample) or repr(make(*sample)) != repr(Message(*sample)):
        return Message
    return make


_plain_message = _plain_maker()


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


class _Reader:
    """The general reading of records, line by line: every header shape, MARKS, system lines,
    text before the first header. It holds the record being read (``start`` ... ``more``) until
    the next header, or :meth:`flush`, emits it."""

    def __init__(self, survey: Survey, warnings: _Warnings) -> None:
        self.survey, self.warnings = survey, warnings
        self.date_shape, self.time_shape = survey.first_shape[1:4], survey.first_shape[4:]
        self.dates: dict[str, tuple] = {}  # date text -> (ISO date or None, swapped, same shape)
        self.times: dict[str, tuple] = {}  # time text -> (HH:MM:SS or None, problem, same shape)
        self.preamble: list[tuple[int, str]] | None = []
        self.start: int | None = None  # the record being read: its header line, sender, ...
        self.sender = self.text = self.sent_at = self.more = None
        self.previous: str | None = None

    def lines(self, lines: list[str], number: int) -> Iterator[Message]:
        """Read ``lines``, the first of them line ``number``; the records they complete (read
        them all: the record being read is kept at the end)."""
        survey, warnings = self.survey, self.warnings
        known, writers, day_first = survey.known, survey.writers, survey.day_first
        ios_first = survey.first_shape[0]
        date_shape, time_shape = self.date_shape, self.time_shape
        dates, times = self.dates, self.times
        preamble, previous = self.preamble, self.previous
        start, sender, text, sent_at, more = (self.start, self.sender, self.text, self.sent_at,
                                              self.more)
        ios_match, android_match = IOS.match, ANDROID.match
        number -= 1
        for line in lines:
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
                             f" {survey.first_line}; it may be text pasted into the previous"
                             " message")
            if sent_at:
                if previous and sent_at < previous:
                    warnings.add(f"line {number}: time {sent_at} is earlier than the message"
                                 " before")
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
        self.preamble, self.previous = preamble, previous
        self.start, self.sender, self.text, self.sent_at, self.more = (start, sender, text,
                                                                       sent_at, more)

    def flush(self) -> list[Message]:
        """The record being read (or the text before the first header), emitted now: the next
        record is read elsewhere."""
        if self.start is not None:
            message = _message(self.start, self.sender, self.text, self.sent_at, self.more)
            self.start = None
            return [message]
        preamble = self.preamble
        if preamble:
            self.warnings.add(f"line {preamble[0][0]}: text before the first message kept as a"
                              " system record")
            self.preamble = None
            return [_message(preamble[0][0], None, "\n".join(t for _, t in preamble), None,
                             None, preamble[-1][0])]
        return []

    def stamp(self, line: str, body_at: int) -> tuple[str, str]:
        """(ISO date, ``HH:MM:SS``) of a header ``line`` (no MARKS) read on the fast path, each
        "" when it needs a warning; both "" when the header is not read as the fast path
        assumes (its body starting at ``body_at``)."""
        ios = line[:1] == "["
        match = (IOS if ios else ANDROID).match(line)
        survey = self.survey
        if match is None or match.start("body") != body_at or ios != survey.first_shape[0]:
            return "", ""
        iso, swapped, *date_shape = date_of(match, survey.day_first)
        hms, problem, *time_shape = time_of(match)
        day = "" if iso is None or swapped or tuple(date_shape) != self.date_shape else iso
        clock = "" if hms is None or problem or tuple(time_shape) != self.time_shape else hms
        return day, clock


def _safe_end(char: str) -> bool:
    """Whether a one-line record's text that ends with ``char`` (in a block without MARKS) is
    surely not a placeholder, deleted marker or edited marker (rules: _message), so that it
    becomes a Message as it is."""
    return not (char.isspace() or char in ">)." or char in MARKS
                or char.lower()[-1:] in _MARKER_ENDS or char.upper()[-1:] in _MARKER_ENDS)


_MARKER_ENDS = frozenset(
    {word[-1] for word in _OMISSION_WORDS | _DELETED_TEXTS}
    | {word[-1].upper() for word in _OMISSION_WORDS | _DELETED_TEXTS}
)
_SAFE_ENDS = frozenset(c for c in map(chr, range(128)) if _safe_end(c))


def _records(path: Path, data: bytes | None, sink: list[str] | None, max_bytes: int,
             survey_out: list | None) -> Iterator[Message]:
    """iter_whatsapp's messages (one generator, for speed): the survey, then the messages,
    block by block. Blocks without MARKS are cut at every header written like
    the first one (when its clock is 24-hour); a record cut that way whose sender writes
    messages, with a date and time that need no warning, becomes a Message here. Every other
    line goes to the general reader, which holds the record being read across blocks."""
    path = Path(path)
    warnings = _Warnings(sink)
    with open_binary(path, data, max_bytes) as handle:
        survey = survey_file(path, handle)
    for note in survey.notes:
        warnings.add(note)
    if survey_out is not None:
        survey_out.extend([f"whatsapp-{survey.style}", survey.title])
    reader = _Reader(survey, warnings)
    shape = fast_shape(survey.first_header)
    if shape is not None:
        cut_at = re.compile(rf"\n{re.escape(shape.prefix)}({shape.day()}){re.escape(shape.mid)}"
                            rf"({shape.clock}){re.escape(shape.tail)}(?:([^\n:]+): )?")
    clean = {name for name in survey.writers
             if not (_QUOTE.search(name) and SYSTEM_PHRASES.search(name))}
    safe = dict.fromkeys(_SAFE_ENDS, True)
    plain = _plain_message
    dates: dict[str, str] = {}  # date text -> ISO date ("": needs the reader)
    times: dict[str, str] = {}  # time text -> HH:MM:SS ("": needs the reader)
    number = 1  # the line number of the block's first line
    with open_binary(path, data, max_bytes) as handle:
        for block in read_blocks(handle, path):
            if shape is None or "\u200e" in block or "\ufeff" in block or "\u200f" in block:
                parts = None
            else:
                parts = cut_at.split("\n" + block)
            if parts is None or len(parts) == 1:
                lines = block.split("\n")
                if block.endswith("\n"):
                    lines.pop()
                yield from reader.lines(lines, number)
                number += block.count("\n")
                continue
            line = number
            number += block.count("\n")
            if parts[0]:  # lines before the first header: the record being read goes on
                lines = parts[0][1:].split("\n")
                yield from reader.lines(lines, line)
                line += len(lines)
            previous = reader.previous
            pending = True
            rows = islice(parts, 1, len(parts) - 4)  # all but the last record
            for day, clock, name, rest in zip(rows, rows, rows, rows):
                if name in clean:
                    iso = dates.get(day)
                    hms = times.get(clock)
                    if not (iso and hms):
                        iso, hms = _stamp(reader, shape, day, clock, name, rest, dates, times)
                    if iso:
                        if "\n" in rest:
                            text, _, more = rest.partition("\n")
                            extra = more.split("\n")
                            if any((other[:1] == "[" or other[:1].isdigit())
                                   and header_match(other) is not None for other in extra):
                                extra = None  # a header of another shape: the reader's
                        else:
                            text, extra = rest, ()
                        if extra is not None:
                            if pending:
                                yield from reader.flush()
                                pending = False
                            sent_at = f"{iso}T{hms}"
                            if previous and sent_at < previous:
                                warnings.add(f"line {line}: time {sent_at} is earlier than the"
                                             " message before")
                            previous = sent_at
                            if extra:
                                start = line
                                line += 1 + len(extra)  # before _message drops empty lines
                                yield _message(start, name, text, sent_at, extra)
                            elif text and (safe.get(text[-1]) or _learn(text[-1], safe)):
                                yield plain(name, sent_at, text, {"line": line})
                                line += 1
                            else:
                                yield _message(line, name, text, sent_at, None)
                                line += 1
                            continue
                reader.previous = previous
                lines = _row_lines(shape, day, clock, name, rest)
                yield from reader.lines(lines, line)
                previous = reader.previous
                pending = True
                line += len(lines)
            reader.previous = previous
            lines = _row_lines(shape, *parts[-4:])
            if block.endswith("\n"):
                lines.pop()
            yield from reader.lines(lines, line)
    yield from reader.flush()


def _row_lines(shape: FastShape, day: str, clock: str, name: str | None,
               rest: str) -> list[str]:
    """The lines of a record cut out by _records."""
    lines = rest.split("\n")
    head = f"{shape.prefix}{day}{shape.mid}{clock}{shape.tail}"
    lines[0] = f"{head}{lines[0]}" if name is None else f"{head}{name}: {lines[0]}"
    return lines


def _stamp(reader: _Reader, shape: FastShape, day: str, clock: str, name: str | None,
           rest: str, dates: dict, times: dict) -> tuple[str, str]:
    """(ISO date, HH:MM:SS) of a header cut out by _records, both "" when the reader must read
    it (its date or time needs a warning); remembered in ``dates`` and ``times``."""
    if len(dates) > _CACHE_LIMIT:
        dates.clear()
    if len(times) > _CACHE_LIMIT:
        times.clear()
    header = _row_lines(shape, day, clock, name, rest.partition("\n")[0])[0]
    iso, hms = reader.stamp(header, len(shape.prefix) + len(day) + len(shape.mid) + len(clock)
                            + len(shape.tail))
    if iso and hms or day not in dates:
        dates[day] = iso
    if iso and hms or clock not in times:
        times[clock] = hms
    return (iso, hms) if iso and hms else ("", "")


def _learn(char: str, safe: dict[str, bool]) -> bool:
    """_safe_end(char), remembered in ``safe``."""
    safe[char] = answer = _safe_end(char)
    return answer


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
        return _plain_message(None, sent_at, text, source)
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
    if attachments:
        return Message(sender, sent_at, text, source, attachments)
    return _plain_message(sender, sent_at, text, source)


def iter_whatsapp(path: Path, data: bytes | None = None, *, warnings: list[str] | None = None,
                  max_bytes: int = STREAM_MAX_BYTES, survey_out: list | None = None
                  ) -> Iterator[Message]:
    """The messages of a WhatsApp .txt export, one by one, in bounded memory (the file is read
    twice, block by block). Warnings are appended to ``warnings``; ``survey_out`` receives the
    format name and chat title once the first pass is done. Nothing is read before the first
    message is asked for."""
    return _records(path, data, warnings, max_bytes, survey_out)


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
