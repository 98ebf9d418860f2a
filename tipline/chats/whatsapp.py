"""WhatsApp "Export chat" .txt files (without media), Android and iOS.

Two plug-ins share one parser: ``whatsapp-android`` (``18/03/2026, 15:52 - Name: text``) and
``whatsapp-ios`` (``[16/01/2026, 19:16:54] Name: text``). The file's first header decides which
name the Conversation gets; headers of the other style later in the file are still read.

Rules (see whatsapp_lines.py for the header shapes):

- A record starts at a header line; following lines without a header are part of it, joined with
  "\\n" (trailing empty lines of a record are dropped). ``source`` is ``{"line": N}``, the 1-based
  line of the header; CRLF, LF and lone CR all end a line.
- ``sent_at`` is the naive local time as written, ``YYYY-MM-DDTHH:MM:SS`` (seconds 00 when the
  export has none). Day/month order is inferred from the whole file: a first field above 12 means
  day first, a second field above 12 means month first; with no evidence, day first and a warning.
  4-digit first fields are year/month/day. Two-digit years are 20YY. Impossible 12-hour times such
  as ``00:08 a. m.`` or ``23:59 PM`` are read as 24-hour times, with a warning.
- Sender: the text between the header and the **first** ``": "`` (so a name containing ": " is cut
  there: ``The final test: Does it work?: Yes`` has sender ``The final test``; WhatsApp gives no
  way to tell, and names with ": " are far rarer than messages with ": "). ``Name:`` at the end of
  the line is an empty message. ``Name:text`` without the space is split only when ``Name`` is a
  sender elsewhere in the file.
- System records (``sender=None``): lines with no ``Name: `` part; and ``Name: text`` lines whose
  text is a WhatsApp phrase (group created, added, encryption notice, ...) **and** either begins
  with U+200E (iOS writes its own records that way, attributed to the chat name) or is an
  encryption notice under a name that never writes a message. The chat name found that way becomes
  ``Conversation.title``.
- Text: U+FEFF is removed everywhere and U+200E/U+200F at the start of a message; other marks stay.
  Media placeholders become AttachmentRefs (a caption on the following lines stays as text);
  "This message was deleted" gives ``deleted=True`` and empty text; a trailing
  ``<This message was edited>`` is removed and gives ``edited=True``.

Errors: ChatParseError for bytes that are not UTF-8 (with the line) and for files with no header.
Oddities that still leave a readable record are warnings on the Conversation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tipline.chats.base import ChatFormat, ChatParseError
from tipline.chats.whatsapp_lines import (
    ENCRYPTION_NOTICES,
    LINE_BREAK,
    MARKS,
    NO_MARKS,
    SYSTEM_PHRASES,
    Header,
    is_deleted_marker,
    match_header,
    original_offset,
    placeholder,
    strip_edited_marker,
)
from tipline.model import Conversation, Message

_MAX_WARNINGS = 50


@dataclass
class _Record:
    line: int
    header: Header
    body: str  # first line after the header, BOMs removed
    more: list[str] = field(default_factory=list)
    name: str | None = None
    text: str = ""
    lrm: bool = False  # the text began with U+200E / U+200F


class _Warnings(list):
    def add(self, message: str) -> None:
        if len(self) < _MAX_WARNINGS:
            self.append(message)
        elif len(self) == _MAX_WARNINGS:
            self.append("more warnings left out")


def parse_whatsapp(path: Path, data: bytes) -> Conversation:
    """Parse a WhatsApp .txt export (either style). See the module docstring for the rules."""
    path = Path(path)
    if not data.strip():
        raise ChatParseError(path, "empty file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ChatParseError(
            path, f"not UTF-8 text (byte 0x{data[error.start]:02x})", line=line
        ) from None
    lines = LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    warnings = _Warnings()
    records: list[_Record] = []
    preamble: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        header = match_header(line.translate(NO_MARKS))
        if header is None:
            if records:
                records[-1].more.append(line.replace("\ufeff", ""))
            elif line.translate(NO_MARKS).strip():
                preamble.append((number, line))
            continue
        body = line[original_offset(line, header.body_start):].replace("\ufeff", "")
        records.append(_Record(line=number, header=header, body=body))
    if not records:
        raise ChatParseError(path, "no WhatsApp message header (date, time, name) found")
    _split_senders(records)
    day_first = _day_order(records, warnings)
    title = _mark_system(records)
    messages: list[Message] = []
    if preamble:
        warnings.add(f"line {preamble[0][0]}: text before the first message kept as a system record")
        messages.append(
            Message(sender=None, sent_at=None, text="\n".join(t for _, t in preamble),
                    source={"line": preamble[0][0]})
        )
    first_shape = records[0].header.shape
    previous: str | None = None
    for record in records:
        sent_at = _sent_at(record, day_first, warnings)
        if record.header.shape != first_shape:
            warnings.add(
                f"line {record.line}: header written differently from line {records[0].line};"
                " it may be text pasted into the previous message"
            )
        if sent_at and previous and sent_at < previous:
            warnings.add(f"line {record.line}: time {sent_at} is earlier than the message before")
        previous = sent_at or previous
        messages.append(_message(record, sent_at))
    style = records[0].header.style
    return Conversation(
        format=f"whatsapp-{style}", messages=tuple(messages), warnings=tuple(warnings), title=title
    )


def _split_senders(records: list[_Record]) -> None:
    """Set ``name`` and ``text`` of every record (see "Sender" in the module docstring)."""
    known: set[str] = set()
    pending: list[_Record] = []
    for record in records:
        body = record.body.lstrip(MARKS)
        cut = body.find(": ")
        if cut > 0:
            record.name, record.text = body[:cut], body[cut + 2 :]
        elif body.endswith(":") and len(body.rstrip(":")) > 0 and body.count(":") == 1:
            record.name, record.text = body[:-1], ""
        else:
            record.text = body
            pending.append(record)
            continue
        known.add(record.name)
    for record in pending:
        name, colon, rest = record.text.partition(":")
        if colon and name in known:
            record.name, record.text = name, rest
    for record in records:
        stripped = record.text.lstrip(MARKS)
        record.lrm = stripped != record.text
        record.text = stripped


def _mark_system(records: list[_Record]) -> str | None:
    """Turn named records that are WhatsApp's own into system records; return the chat name."""

    def systemish(record: _Record) -> bool:
        if ENCRYPTION_NOTICES.match(record.text):
            return True
        # WhatsApp's own records are short; a long text is a person's message.
        return (record.lrm and len(record.text) <= 300
                and SYSTEM_PHRASES.search(record.text) is not None)

    writers = {r.name for r in records if r.name is not None and not systemish(r)}
    title = None
    for record in records:
        if record.name is None or not systemish(record):
            continue
        if record.lrm or record.name not in writers:
            title = title or record.name
            record.name = None
    return title


def _day_order(records: list[_Record], warnings: _Warnings) -> bool:
    """True for day/month, False for month/day, judged from every header in the file."""
    headers = [r.header for r in records if len(r.header.a) <= 2]
    day_evidence = next((r.line for r in records if len(r.header.a) <= 2
                         and int(r.header.a) > 12), None)
    month_evidence = next((r.line for r in records if len(r.header.a) <= 2
                           and int(r.header.b) > 12), None)
    if day_evidence and month_evidence:
        warnings.add(
            f"dates disagree: line {day_evidence} is day/month, line {month_evidence} is"
            " month/day; read as day/month where the date allows"
        )
        return True
    if month_evidence:
        return False
    if day_evidence is None and any(h.a != h.b for h in headers):
        warnings.add("day/month order cannot be told from the dates (no field above 12); "
                     "read as day/month")
    return True


def _sent_at(record: _Record, day_first: bool, warnings: _Warnings) -> str | None:
    header = record.header
    where = f"line {record.line}"
    a, b, c = int(header.a), int(header.b), int(header.c)
    if len(header.a) == 4:
        candidates = [(a, b, c)]
    else:
        year = c if len(header.c) == 4 else 2000 + c
        candidates = [(year, b, a), (year, a, b)] if day_first else [(year, a, b), (year, b, a)]
    day_value = None
    for index, (year, month, day) in enumerate(candidates):
        try:
            day_value = date(year, month, day)
        except ValueError:
            continue
        if index:
            warnings.add(f"{where}: date {header.a}{header.sep}{header.b}{header.sep}{header.c}"
                         " only makes sense with day and month swapped")
        break
    if day_value is None:
        warnings.add(f"{where}: impossible date; time left empty")
        return None
    hour = header.hour
    if header.ampm:
        if 1 <= hour <= 12:
            hour = hour % 12 + (12 if header.ampm == "p" else 0)
        elif (hour == 0) != (header.ampm == "a"):  # "00:04 AM" and "23:59 PM" are plain
            warnings.add(f"{where}: impossible 12-hour time {header.hour:02d}:{header.minute:02d}"
                         f" {header.ampm.upper()}M, read as 24-hour")
    second = header.second or 0
    if hour > 23 or header.minute > 59 or second > 59:
        warnings.add(f"{where}: impossible time; time left empty")
        return None
    return f"{day_value.isoformat()}T{hour:02d}:{header.minute:02d}:{second:02d}"


def _message(record: _Record, sent_at: str | None) -> Message:
    lines = [record.text, *record.more]
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    source = {"line": record.line}
    if record.name is None:
        return Message(sender=None, sent_at=sent_at, text="\n".join(lines), source=source)
    attachments = []
    found = placeholder(lines[0])
    if found is not None:
        attachments.append(found)
        lines = lines[1:] or [""]
    text = "\n".join(lines)
    if is_deleted_marker(text):
        return Message(sender=record.name, sent_at=sent_at, text="", source=source, deleted=True)
    text, edited = strip_edited_marker(text)
    return Message(
        sender=record.name,
        sent_at=sent_at,
        text=text,
        source=source,
        attachments=tuple(attachments),
        edited=edited,
    )


class _WhatsAppFormat(ChatFormat):
    style: str

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
        return parse_whatsapp(Path(path), self.read(Path(path), data))


class WhatsAppAndroidFormat(_WhatsAppFormat):
    name = "whatsapp-android"
    label = "WhatsApp .txt"
    style = "android"


class WhatsAppIosFormat(_WhatsAppFormat):
    name = "whatsapp-ios"
    label = "WhatsApp .txt"
    style = "ios"
