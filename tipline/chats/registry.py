"""The one list of chat-export formats, and the entry points that use it.

``FORMATS`` is checked at import: every format has a non-empty, unique ``name`` (it is stored in
``Conversation.format``). ``detect_format`` asks every format how sure it is and takes the single
best; ``parse_file`` reads the file once (at most ``max_bytes``), detects, and parses.

``parse_path`` and ``detect`` take a file, a ``.zip`` or a folder holding one export (see
containers.py); ``format`` overrides detection; ``channel`` picks a Discord channel, a thread
folder or a chat file when a package holds several. Every problem is a ParseError.
"""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path

from tipline.chats.base import (
    HEAD_BYTES,
    ChatFormat,
    ChatParseError,
    check_size,
    read_bytes,
)
from tipline.chats.discord import DiscordCsvFormat, DiscordFormat
from tipline.chats.discord_package import DiscordPackageFormat
from tipline.chats.googlechat import GoogleChatFormat
from tipline.chats.imessage import IMessageFormat
from tipline.chats.instagram import PART, InstagramFormat
from tipline.chats.irc import IrcFormat
from tipline.chats.plaintext import PlainFormat
from tipline.chats.signal import SignalFormat
from tipline.chats.snapchat import SnapchatFormat
from tipline.chats.telegram import TelegramFormat
from tipline.chats.vk import VkFormat
from tipline.chats.whatsapp import WhatsAppAndroidFormat, WhatsAppIosFormat
from tipline.model import Conversation

FORMATS: tuple[ChatFormat, ...] = (
    WhatsAppAndroidFormat(),
    WhatsAppIosFormat(),
    TelegramFormat(),
    DiscordFormat(),
    InstagramFormat(),
    DiscordCsvFormat(),
    DiscordPackageFormat(),
    SignalFormat(),
    IMessageFormat(),
    SnapchatFormat(),
    GoogleChatFormat(),
    IrcFormat(),
    VkFormat(),
    PlainFormat(),  # lowest-priority fallback: detect() returns at most 0.3
)



def check_registry(formats: tuple[ChatFormat, ...]) -> dict[str, ChatFormat]:
    """The formats by name; ValueError if a name is empty or used twice."""
    by_name: dict[str, ChatFormat] = {}
    for chat_format in formats:
        name = getattr(chat_format, "name", "")
        if not isinstance(name, str) or not name:
            raise ValueError(f"chat format {chat_format!r} has no name")
        if name in by_name:
            raise ValueError(f"two chat formats are named {name!r}")
        by_name[name] = chat_format
    return by_name


FORMATS_BY_NAME = check_registry(FORMATS)


def _best(path: Path, head: bytes) -> ChatFormat:
    scores = sorted(
        ((chat_format.detect(path, head), chat_format) for chat_format in FORMATS),
        key=lambda pair: pair[0],
        reverse=True,
    )
    best_score, best = scores[0]
    if best_score <= 0 or (len(scores) > 1 and scores[1][0] == best_score):
        expected = ", ".join(dict.fromkeys(chat_format.label for chat_format in FORMATS))
        raise ChatParseError(path, f"unknown chat export format: {path.name} "
                                   f"(expected one of: {expected})")
    return best


def detect_format(path: Path | str) -> str:
    """The name of the format of the file at ``path`` (e.g. ``"whatsapp-ios"``), from its first
    64 KiB. Raises ParseError when the file cannot be read, is empty, or no single format
    claims it."""
    path = Path(path)
    return _best(path, _head(path)).name


def parse_file(path: Path | str, *, max_bytes: int | None = None) -> Conversation:
    """Detect the format of the file at ``path`` and parse it into a Conversation.

    Formats that stream (WhatsApp, Telegram) read the file incrementally, up to their
    ``size_limit`` (1 GiB); the others read it whole, up to 50 MiB. ``max_bytes`` lowers the
    limit. Raises ParseError (naming the file, and the line or JSON path where it applies) for
    anything wrong with the file: too big, unreadable, empty, unknown format, malformed.
    """
    path = Path(path)
    chat_format = _best(path, _head(path))
    return _few_warnings(_guard(path, chat_format.label,
                                lambda: _parse_single(chat_format, path, max_bytes)))


MAX_WARNINGS = 100


def _few_warnings(conversation: Conversation) -> Conversation:
    """At most MAX_WARNINGS warnings, then one that counts the rest: a hostile export could
    otherwise bury the analyst (and the database) in them."""
    extra = len(conversation.warnings) - MAX_WARNINGS
    if extra <= 0:
        return conversation
    return replace(conversation, warnings=(*conversation.warnings[:MAX_WARNINGS],
                                           f"... and {extra} more warnings like these"))


def _head(path: Path) -> bytes:
    """The first HEAD_BYTES of a file, which is all detection reads."""
    _regular_file(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as error:
        raise ChatParseError(path, f"cannot read file: {error.strerror or error}") from None
    if not head.strip():
        raise ChatParseError(path, "empty file")
    return head


def _regular_file(path: Path) -> None:
    """ParseError unless ``path`` is a regular file: a named pipe would block the reader
    forever, and a device (``/dev/zero``) has no size to check."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise ChatParseError(path, f"cannot read file: {error.strerror or error}") from None
    if not stat.S_ISREG(mode):
        raise ChatParseError(path, "not a regular file (a pipe, device or socket)")


def _parse_single(chat_format: ChatFormat, path: Path, max_bytes: int | None) -> Conversation:
    limit = min(chat_format.size_limit, max_bytes or chat_format.size_limit)
    if chat_format.streams:
        check_size(path, limit)
        return chat_format.parse(path)
    return chat_format.parse(path, read_bytes(path, limit))


_GUARDED = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError,
            OverflowError, UnicodeError)


def _guard(path: Path, label: str, parse):
    """Run ``parse``; a parser bug on hostile input becomes a ParseError, so the report it came
    with is kept and the file stays sealed as evidence."""
    try:
        return parse()
    except ChatParseError:
        raise
    except MemoryError:
        raise ChatParseError(path, "too large to read in memory") from None
    except _GUARDED as error:
        raise ChatParseError(path, f"could not read this {label} "
                                   f"({type(error).__name__}: {error})") from error


def _check_format_name(path: Path, format: str | None) -> None:
    if format is not None and format not in FORMATS_BY_NAME:
        raise ChatParseError(path, f"unknown format {format!r}; known formats: "
                                   f"{', '.join(sorted(FORMATS_BY_NAME))}")


def _open(path: Path, format: str | None, channel: str | None):
    """(format name, confidence, parse thunk, container or None) for ``path``."""
    from tipline.chats import containers

    _check_format_name(path, format)
    if path.is_dir():
        box = containers.FolderContainer(path)
    else:
        if not _is_zip_file(path):
            head = _head(path)
            chat_format = FORMATS_BY_NAME[format] if format else _best(path, head)
            confidence = _detect_score(chat_format, path, head)
            return chat_format.name, confidence, lambda: _single_file(chat_format, path), None
        box = containers.ZipContainer(path)
    try:
        found = containers.locate(box, FORMATS_BY_NAME, format=format, channel=channel)
    except BaseException:
        box.close()
        raise
    return found.format, found.confidence, found.parse, box


def _is_zip_file(path: Path) -> bool:
    from tipline.chats.containers import is_zip

    _regular_file(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError as error:
        raise ChatParseError(path, f"cannot read file: {error.strerror or error}") from None
    return is_zip(path, head)


def _detect_score(chat_format: ChatFormat, path: Path, head: bytes) -> float:
    try:
        return max(0.0, min(1.0, float(chat_format.detect(path, head))))
    except Exception:  # a detector that raises is not sure at all
        return 0.0


def _single_file(chat_format: ChatFormat, path: Path) -> Conversation:
    conversation = _parse_single(chat_format, path, None)
    match = PART.match(path.name)
    if chat_format.name == "instagram" and match:
        siblings = sorted(p.name for p in path.parent.glob("message_*.json")
                          if p.name != path.name and PART.match(p.name))
        if siblings:
            note = (f"other parts of this thread are next to it ({', '.join(siblings[:5])}); "
                    f"parse the folder {path.parent.name!r} to merge them")
            conversation = replace(conversation, warnings=(*conversation.warnings, note))
    return conversation


def _guarded(path: Path, format: str | None, channel: str | None):
    """(Conversation, format name, confidence), every failure a ParseError."""
    path = Path(path)
    box = None
    try:
        name, confidence, parse, box = _guard(path, "export",
                                              lambda: _open(path, format, channel))
        return _few_warnings(_guard(path, "export", parse)), name, confidence
    finally:
        if box is not None:
            box.close()


def parse_path(path: Path | str, *, format: str | None = None,
               channel: str | None = None) -> Conversation:
    """Parse the export at ``path``: a file, a ``.zip`` or a folder holding one export.

    ``format`` (a name in FORMATS_BY_NAME) overrides detection. ``channel`` chooses, in a
    package holding several, the Discord channel (``c123``, ``123`` or its name), the thread
    folder or the chat file. Raises ParseError (naming the file, and the zip member, line or JSON
    path where it applies) for everything wrong with the input.
    """
    return _guarded(Path(path), format, channel)[0]


def parse_path_with_confidence(path: Path | str, *, format: str | None = None,
                               channel: str | None = None) -> tuple[Conversation, float]:
    """``parse_path``, with how sure the detection was (the forced format's own score when
    ``format`` is given)."""
    conversation, _, confidence = _guarded(Path(path), format, channel)
    return conversation, confidence


def detect(path: Path | str, *, channel: str | None = None) -> tuple[str, float]:
    """``(format name, confidence in [0, 1])`` for a file, zip or folder; ParseError when no
    single format claims it."""
    path = Path(path)
    box = None
    try:
        name, confidence, _, box = _guard(path, "export", lambda: _open(path, None, channel))
        return name, confidence
    finally:
        if box is not None:
            box.close()
