"""The one list of chat-export formats, and the two entry points that use it.

``FORMATS`` is checked at import: every format has a non-empty, unique ``name`` (it is stored in
``Conversation.format``). ``detect_format`` asks every format how sure it is and takes the single
best; ``parse_file`` reads the file once (at most ``max_bytes``), detects, and parses.
"""

from __future__ import annotations

from pathlib import Path

from tipline.chats.base import DEFAULT_MAX_BYTES, HEAD_BYTES, ChatFormat, ChatParseError, read_bytes
from tipline.chats.discord import DiscordFormat
from tipline.chats.instagram import InstagramFormat
from tipline.chats.telegram import TelegramFormat
from tipline.chats.whatsapp import WhatsAppAndroidFormat, WhatsAppIosFormat
from tipline.model import Conversation

FORMATS: tuple[ChatFormat, ...] = (
    WhatsAppAndroidFormat(),
    WhatsAppIosFormat(),
    TelegramFormat(),
    DiscordFormat(),
    InstagramFormat(),
)

EXPECTED = (
    "expected WhatsApp .txt, Telegram result.json, DiscordChatExporter JSON, "
    "Instagram message_N.json"
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
        raise ChatParseError(path, f"unknown chat export format: {path.name} ({EXPECTED})")
    return best


def detect_format(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The name of the format of ``path`` (e.g. ``"whatsapp-ios"``).

    Raises ChatParseError when the file cannot be read, is empty, or no single format claims it.
    """
    path = Path(path)
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise ChatParseError(path, "empty file")
    return _best(path, data[:HEAD_BYTES]).name


def parse_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Conversation:
    """Read the chat export at ``path`` (at most ``max_bytes``, default 50 MiB), detect its
    format and parse it into a Conversation.

    Raises ChatParseError (naming the file, and the line or JSON path where it applies) for
    anything wrong with the file: too big, unreadable, empty, unknown format, malformed.
    """
    path = Path(path)
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise ChatParseError(path, "empty file")
    chat_format = _best(path, data[:HEAD_BYTES])
    try:
        return chat_format.parse(path, data)
    except ChatParseError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as error:
        # A parser bug on hostile input must not lose the report it came with: the file stays
        # sealed as evidence and the reporter is told it could not be read.
        raise ChatParseError(path, f"could not read this {chat_format.label} file "
                                   f"({type(error).__name__}: {error})") from error
