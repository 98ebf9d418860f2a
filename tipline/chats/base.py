"""The plug-in interface every chat-export format implements, and the error they raise.

A format is a small class with a unique ``name``, a ``detect(path, head) -> float`` that says how
sure it is (0 = not this format, 1 = certainly this format) from the first bytes of the file, and a
``parse(path, data=None) -> Conversation`` that reads the whole export. ``data`` lets the caller
pass bytes it has already read (``parse_file`` reads each file once, size-limited).

Errors: every problem with the *input* (bad encoding, truncated JSON, wrong JSON shape, no
message found) is a :class:`ChatParseError` naming the file and, where it applies, the line (text
formats) or the JSON path (JSON formats). Formats never let another exception escape for bad input.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar

from tipline.model import AttachmentRef, Conversation

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""parse_file refuses bigger files (50 MiB): a chat export without media is far smaller."""

HEAD_BYTES = 64 * 1024
"""How much of the file ``detect`` sees."""


class ChatParseError(Exception):
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


class ChatFormat(ABC):
    """One chat-export format (a plug-in). Subclasses set ``name`` and implement both methods.

    ``name`` is the storage key written into ``Conversation.format``; the registry checks at import
    that names are unique. ``label`` is how the format is named in messages to people.
    """

    name: ClassVar[str]
    label: ClassVar[str]

    @abstractmethod
    def detect(self, path: Path, head: bytes) -> float:
        """Confidence in [0, 1] that ``path`` (whose first bytes are ``head``) is this format.
        Must not raise and must not read the file (``head`` is all it needs)."""

    @abstractmethod
    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        """The whole export as a Conversation. Reads ``path`` unless ``data`` is given.
        Raises ChatParseError for anything wrong with the input."""

    def read(self, path: Path, data: bytes | None) -> bytes:
        """``data`` if given, else the file's bytes (ChatParseError if it cannot be read)."""
        if data is not None:
            return data
        return read_bytes(Path(path), DEFAULT_MAX_BYTES)

    def __repr__(self) -> str:
        return f"<chat format {self.name}>"


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
