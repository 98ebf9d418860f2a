"""WhatsApp "Export chat" .txt files (without media), Android and iOS, read as a stream.

Two plug-ins share one parser: ``whatsapp-android`` (``18/03/2026, 15:52 - Name: text``) and
``whatsapp-ios`` (``[16/01/2026, 19:16:54] Name: text``). The file's first header decides which
name the Conversation gets; headers of the other style later in the file are still read.

The file is read twice, line by line, never whole: a survey (day/month order, the senders, who
writes, the chat's name; whatsapp_survey.py) and then the records, yielded one by one by
:func:`iter_whatsapp` (plain records by a fast path here, the rest built line by line in
whatsapp_records.py). A 1,000,000-message export parses in bounded memory; ``parse`` collects
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

import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from tipline.chats.base import STREAM_MAX_BYTES, ChatFormat, open_binary
from tipline.chats.base import ChatParseError as ChatParseError  # re-exported for callers
from tipline.chats.whatsapp_lines import (
    _DELETED_TEXTS,
    _OMISSION_WORDS,
    LINE_BREAK,
    MARKS,
    NO_MARKS,
    SYSTEM_PHRASES,
    FastShape,
    fast_shape,
    header_match,
    match_header,
    read_blocks,
)
from tipline.chats.whatsapp_survey import (
    _QUOTE,
    survey_file,
)
from tipline.chats.whatsapp_records import (
    _CACHE_LIMIT,
    _message,
    _plain_message,
    _Reader,
    _Warnings,
)
from tipline.model import Conversation, Message



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
