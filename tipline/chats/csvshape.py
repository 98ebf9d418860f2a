"""Shared code for the CSV formats: decoding, rows with their line numbers, timestamps.

``csv_rows`` yields every record with the physical lines it spans in the file (a quoted field may
hold line breaks), so that each Message can point back with ``{"line": N, "end_line": M}``.
CRLF, LF and lone CR all end a line, as in the text formats; line breaks inside a field become
``\n`` in the message text (``one_newline``).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from pathlib import Path

from tipline.chats.base import ChatParseError

MAX_FIELD = 10 * 1024 * 1024
"""The longest CSV field accepted (10 MiB): a message is far shorter."""

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?")
_OTHER_DATES = ("%d-%b-%y %I:%M %p", "%m/%d/%Y %I:%M %p", "%d/%m/%Y %H:%M")


def decode_text(file: Path, data: bytes) -> str:
    """``data`` as UTF-8 text without a BOM; ChatParseError with the line for other bytes."""
    if not data.strip():
        raise ChatParseError(file, "empty file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ChatParseError(
            file, f"not UTF-8 text (byte 0x{data[error.start]:02x})", line=line
        ) from None


def first_line(head: bytes) -> str:
    """The first line of ``head`` (a file's first bytes), BOM and quotes removed."""
    text = head[:4096].decode("utf-8", errors="replace").lstrip("\ufeff")
    return re.split(r"\r\n|\r|\n", text, maxsplit=1)[0].replace('"', "").strip()


def csv_rows(file: Path, text: str) -> list[tuple[list[str], int, int]]:
    """Every CSV record of ``text`` with its first and last physical line (1-based)."""
    rows: list[tuple[list[str], int, int]] = []
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        end = 0
        while True:
            start = end + 1
            try:
                row = next(reader)
            except StopIteration:
                return rows
            except csv.Error as error:
                raise ChatParseError(file, f"not valid CSV: {error}", line=start) from None
            end = reader.line_num
            rows.append((row, start, end))
    finally:
        csv.field_size_limit(previous_limit)


def one_newline(text: str) -> str:
    """A field's line breaks (CRLF, CR) written as ``\n``, as in the other formats' text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def csv_timestamp(value: str) -> str | None:
    """An export's date as ISO 8601: ``2021-03-07 20:38:22.392000+00:00`` keeps its offset and
    digits (the space becomes ``T``); DiscordChatExporter's locale dates (``07-Mar-21 08:38 PM``)
    become naive local time. None if it is none of these."""
    value = value.strip()
    if _ISO.fullmatch(value):
        candidate = value.replace(" ", "T", 1)
        try:
            datetime.fromisoformat(candidate)
        except ValueError:
            return None
        return candidate
    for pattern in _OTHER_DATES:
        try:
            return datetime.strptime(value, pattern).isoformat()
        except ValueError:
            continue
    return None


def url_name(url: str) -> str | None:
    """The file name at the end of an attachment URL (``.../photo.png?ex=...`` -> photo.png)."""
    url = url.strip().split("?", 1)[0].split("#", 1)[0].replace("\\", "/").rstrip("/")
    name = url.rsplit("/", 1)[-1]
    return name or None
