"""Chat exports into Conversations (DESIGN.md, stage 3 "understand").

Public API::

    parse_path(path, *, format=None, channel=None) -> Conversation
                                 a file, a .zip or a folder holding one export (containers.py)
    detect(path) -> (format name, confidence)               the same inputs, not parsed
    parse_file(path, *, max_bytes=None) -> Conversation     one file: detect, then parse
    detect_format(path) -> str                              one file's format name
    FORMATS                                                 the registered ChatFormat plug-ins
    ParseError (alias ChatParseError)                       every problem with an input

Formats: ``whatsapp-android``, ``whatsapp-ios`` (whatsapp.py), ``telegram`` (telegram.py),
``discord`` and ``discord-csv`` (discord.py, DiscordChatExporter JSON and CSV),
``discord-package`` (discord_package.py, Discord's own data package), ``instagram``
(instagram.py, also Messenger; a thread split over message_N.json files is merged).
"""

from tipline.chats.base import DEFAULT_MAX_BYTES, ChatFormat, ChatParseError, ParseError
from tipline.chats.registry import (
    FORMATS,
    FORMATS_BY_NAME,
    detect,
    detect_format,
    parse_file,
    parse_path,
    parse_path_with_confidence,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "FORMATS_BY_NAME",
    "ChatFormat",
    "ChatParseError",
    "ParseError",
    "detect",
    "detect_format",
    "parse_file",
    "parse_path",
    "parse_path_with_confidence",
]
