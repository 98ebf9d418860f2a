"""Chat exports into Conversations (DESIGN.md, stage 3 "understand").

Public API::

    parse_file(path, *, max_bytes=50 MiB) -> Conversation   detect the format, then parse
    detect_format(path, *, max_bytes=50 MiB) -> str        the format's name
    FORMATS                                                 the registered ChatFormat plug-ins
    ChatParseError                                          every problem with an input file

Formats: ``whatsapp-android``, ``whatsapp-ios`` (whatsapp.py), ``telegram`` (telegram.py),
``discord`` (discord.py, DiscordChatExporter JSON), ``instagram`` (instagram.py, also Messenger).
"""

from tipline.chats.base import DEFAULT_MAX_BYTES, ChatFormat, ChatParseError
from tipline.chats.registry import FORMATS, FORMATS_BY_NAME, detect_format, parse_file

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "FORMATS_BY_NAME",
    "ChatFormat",
    "ChatParseError",
    "detect_format",
    "parse_file",
]
