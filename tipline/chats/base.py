"""The plug-in interface every chat-export format implements, and the error they raise.

A format is a small class with a unique ``name``, a ``detect(path, head) -> float`` that says how
sure it is (0 = not this format, 1 = certainly this format) from the first bytes of the file, and a
``parse(path, data=None) -> Conversation`` that reads the whole export. ``data`` lets the caller
pass bytes it has already read (``parse_file`` reads each file once, size-limited).

Every format also has ``iter_messages(path, data=None, *, warnings=None) -> Iterator[Message]``.
By default it parses the whole export and yields its messages; formats whose class sets
``streams = True`` (WhatsApp, Telegram) read the file incrementally instead, so an export far
larger than memory yields its messages in bounded memory. Such formats accept files up to
``size_limit`` (``STREAM_MAX_BYTES``, 1 GiB), checked with ``stat`` before anything is read:
callers should give them the path (not the bytes) and check the size with :func:`check_size`.

Errors: every problem with the *input* (bad encoding, truncated JSON, wrong JSON shape, no
message found) is a :class:`ChatParseError` naming the file and, where it applies, the line (text
formats) or the JSON path (JSON formats). Formats never let another exception escape for bad input.
"""

from __future__ import annotations

import io
import os
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, ClassVar

from tipline.model import AttachmentRef, Conversation, Message

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""parse_file refuses bigger files (50 MiB): a chat export without media is far smaller."""

STREAM_MAX_BYTES = 1024 * 1024 * 1024
"""The size limit (1 GiB) of formats that stream (``ChatFormat.streams``): they never hold the
file in memory, so the limit only guards against absurd inputs; it is checked by ``stat``."""

HEAD_BYTES = 64 * 1024
"""How much of the file ``detect`` sees."""


class ParseError(Exception):
    """A chat export could not be read.

    ``str(err)`` is one line such as ``"chat.txt: line 12: not UTF-8 text (byte 0xff)"`` or
    ``"result.json: messages[3].text[1]: expected a string, got a number"``. The attributes
    ``file`` (Path), ``line`` (1-based int or None) and ``path`` (JSON path or None) carry the same
    information for programs.
    """

    def __init__(
        self,
        file: Path | str,
        detail: str,
        *,
        line: int | None = None,
        path: str | None = None,
    ) -> None:
        self.file = Path(file)
        self.detail = detail
        self.line = line
        self.path = path
        where = self.file.name or str(self.file)
        if path:
            where += f": {path}"
        elif line is not None:
            where += f": line {line}"
        super().__init__(f"{where}: {detail}")


ChatParseError = ParseError
"""The name used before the issue named it ``ParseError`` (the same class)."""


class ChatFormat(ABC):
    """One chat-export format (a plug-in). Subclasses set ``name`` and implement both methods.

    ``name`` is the storage key written into ``Conversation.format``; the registry checks at import
    that names are unique. ``label`` is how the format is named in messages to people.
    """

    name: ClassVar[str]
    label: ClassVar[str]
    streams: ClassVar[bool] = False
    """True when ``iter_messages(path)`` reads the file incrementally (bounded memory)."""
    size_limit: ClassVar[int] = DEFAULT_MAX_BYTES
    """The largest file ``parse(path)`` / ``iter_messages(path)`` accept when they read it."""

    @abstractmethod
    def detect(self, path: Path, head: bytes) -> float:
        """Confidence in [0, 1] that ``path`` (whose first bytes are ``head``) is this format.
        Must not raise and must not read the file (``head`` is all it needs)."""

    @abstractmethod
    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        """The whole export as a Conversation. Reads ``path`` unless ``data`` is given.
        Raises ChatParseError for anything wrong with the input."""

    def iter_messages(
        self, path: Path, data: bytes | None = None, *, warnings: list[str] | None = None
    ) -> Iterator[Message]:
        """The export's messages in order, as ``parse`` would give them. Warnings are appended
        to ``warnings`` when a list is given. Raises ChatParseError (possibly after some
        messages were yielded, for formats that stream) for anything wrong with the input.

        This default parses the whole export; formats with ``streams = True`` override it."""
        conversation = self.parse(Path(path), data)
        if warnings is not None:
            warnings.extend(conversation.warnings)
        yield from conversation.messages

    def read(self, path: Path, data: bytes | None, *, allow_empty: bool = True) -> bytes:
        """``data`` if given, else the file's bytes. ChatParseError if it cannot be read, or,
        with ``allow_empty=False``, if it holds only whitespace."""
        if data is None:
            data = read_bytes(Path(path), DEFAULT_MAX_BYTES)
        if not allow_empty and not data.strip():
            raise ChatParseError(path, "empty file")
        return data

    def __repr__(self) -> str:
        return f"<chat format {self.name}>"


def check_size(path: Path, max_bytes: int) -> int:
    """The size of the file at ``path``; ChatParseError if it is missing, unreadable or larger
    than ``max_bytes``. Reads nothing (``stat`` only), so a huge file is refused at once."""
    try:
        size = os.stat(path).st_size
    except OSError as error:
        raise ChatParseError(path, f"cannot read file: {error.strerror or error}") from None
    if size > max_bytes:
        raise ChatParseError(
            path, f"file is larger than the {max_bytes:,}-byte limit for chat exports"
        )
    return size


def open_binary(path: Path, data: bytes | None, max_bytes: int) -> BinaryIO:
    """A binary file object over ``data`` if given, else over the file at ``path`` after
    :func:`check_size`; ChatParseError if the file cannot be opened. Close it when done."""
    if data is not None:
        return io.BytesIO(data)
    check_size(path, max_bytes)
    try:
        return open(path, "rb", buffering=1024 * 1024)  # noqa: SIM115 - the caller closes it
    except OSError as error:
        raise ChatParseError(path, f"cannot read file: {error.strerror or error}") from None


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or ChatParseError if it is missing, unreadable or over ``max_bytes``."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise ChatParseError(path, f"cannot read file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise ChatParseError(
            path, f"file is larger than the {max_bytes:,}-byte limit for chat exports"
        )
    return data


_IMAGE = {"jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif", "tiff"}
_VIDEO = {"mp4", "mov", "avi", "mkv", "webm", "3gp", "m4v"}
_AUDIO = {"opus", "mp3", "m4a", "aac", "ogg", "oga", "wav", "amr", "flac"}


def kind_from_name(name: str | None, default: str = "file") -> str:
    """Guess an AttachmentRef kind ("image", "video", "audio", "sticker", "file") from a file
    name such as ``00000012-PHOTO-2023-01-01.jpg`` or ``PTT-20180129-WA0025.opus``."""
    if not name:
        return default
    upper = name.upper()
    if "-STICKER-" in upper or upper.startswith("STK-"):
        return "sticker"
    if "-PHOTO-" in upper or upper.startswith("IMG-"):
        return "image"
    if "-VIDEO-" in upper or upper.startswith("VID-"):
        return "video"
    if "-AUDIO-" in upper or upper.startswith(("PTT-", "AUD-")):
        return "audio"
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension in _IMAGE:
        return "image"
    if extension in _VIDEO:
        return "video"
    if extension in _AUDIO:
        return "audio"
    return default


def attachment(kind: str, name: str | None = None) -> AttachmentRef:
    """An AttachmentRef, with an empty name normalised to None."""
    return AttachmentRef(kind=kind, name=name or None)
