"""Shared pieces of the line-oriented text formats (signal, imessage .txt, irc, plain).

- :func:`decode_lines` turns bytes into lines (CRLF, LF and lone CR end a line; U+2028 and
  U+0085 do not). Strict UTF-8 raises a ChatParseError naming the line; ``mixed=True`` decodes
  each line on its own, UTF-8 first, else cp1252, else latin-1, with a warning per line.
- :class:`Warnings` caps the warnings a parser keeps.
- :func:`head_lines` gives the first non-empty lines of a detection head.
"""

from __future__ import annotations

import re
from pathlib import Path

from tipline.chats.base import ChatParseError

LINE_BREAK = re.compile(r"\r\n|\r|\n")
LINE_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
MAX_WARNINGS = 50


class Warnings(list):
    """A list of warnings that stops growing after ``MAX_WARNINGS``."""

    def add(self, message: str) -> None:
        if len(self) < MAX_WARNINGS:
            self.append(message)
        elif len(self) == MAX_WARNINGS:
            self.append("more warnings left out")


def decode_lines(
    path: Path, data: bytes, warnings: Warnings | None = None, *, mixed: bool = False
) -> list[str]:
    """The lines of ``data`` (a final empty line after the last line break is dropped).

    A UTF-8 BOM at the start is removed. Bytes that are not UTF-8 raise ChatParseError with the
    line, unless ``mixed``: then that line alone is read as cp1252 (latin-1 for the five bytes
    cp1252 leaves undefined) and a warning is added.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not mixed:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise ChatParseError(
                path, f"not UTF-8 text (byte 0x{data[error.start]:02x})", line=line
            ) from None
        lines = LINE_BREAK.split(text)
    else:
        lines = []
        for number, raw in enumerate(LINE_BREAK_BYTES.split(data), start=1):
            try:
                lines.append(raw.decode("utf-8"))
                continue
            except UnicodeDecodeError:
                pass
            try:
                lines.append(raw.decode("cp1252"))
                charset = "cp1252"
            except UnicodeDecodeError:
                lines.append(raw.decode("latin-1"))
                charset = "latin-1"
            if warnings is not None:
                warnings.add(f"line {number}: not UTF-8, read as {charset}")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def head_lines(head: bytes, limit: int = 60) -> list[str]:
    """Up to ``limit`` non-empty lines of a detection head (decoded leniently, BOM removed).
    The last line is dropped when the head was cut inside it."""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    lines = LINE_BREAK.split(text)
    if len(lines) > 1 and len(head) >= 64 * 1024:
        lines.pop()
    return [line for line in lines if line.strip()][:limit]


def source(first: int, last: int) -> dict:
    """``{"line": first}``, with ``"end_line"`` when the record spans lines."""
    return {"line": first} if last <= first else {"line": first, "end_line": last}
