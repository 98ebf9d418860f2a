"""DiscordChatExporter JSON (one channel, DM or guild).

Shape accepted::

    {"guild": {"name": ...}, "channel": {"name": ..., "type": ...},
     "messages": [{"id": "...", "type": "Default" | "Reply" | "GuildMemberJoin" | ...,
                   "timestamp": "2026-02-10T16:20:31.985-06:00", "timestampEdited": null | "...",
                   "content": "...", "author": {"name": ..., "nickname": ...},
                   "attachments": [{"fileName": ...}], "stickers": [{"name": ...}]}, ...]}

Rules:

- ``sender`` is the author's ``nickname`` (the name shown in the app), else ``name``.
- ``Default`` and ``Reply`` are people's messages. Every other type (GuildMemberJoin,
  ThreadCreated, Call, ChannelPinnedMessage, RecipientAdd, ...) is a system record with
  ``sender=None`` and text ``"<author>: <content>"`` so that who joined or called is kept.
- ``sent_at`` is ``timestamp`` exactly as exported (it has an offset); ``timestampEdited``
  makes ``edited=True``; attachments and stickers become AttachmentRefs.
- Duplicate message ids are kept (both records) and reported in a warning.

Errors: ChatParseError with the JSON path (missing ``messages``, wrong types, a timestamp
without an offset).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tipline.chats.base import attachment, kind_from_name
from tipline.chats.jsonshape import JsonChatFormat, Shape, has_key, head_text
from tipline.model import AttachmentRef, Conversation, Message

PEOPLE_TYPES = frozenset({"Default", "Reply"})


class DiscordFormat(JsonChatFormat):
    name = "discord"
    label = "DiscordChatExporter JSON"

    def detect(self, path: Path, head: bytes) -> float:
        text = head_text(head)
        if text is None:
            return 0.0
        keys = ("guild", "channel", "messages")
        if all(has_key(text, key) for key in keys):
            return 0.95 if has_key(text, "author") else 0.7
        return 0.0

    def build(self, document: Any, shape: Shape) -> Conversation:
        root = shape.obj(document, "")
        items = shape.arr(shape.key(root, "messages", ""), "messages")
        warnings: list[str] = []
        seen: dict[str, str] = {}
        messages: list[Message] = []
        for i, item in enumerate(items):
            path = f"messages[{i}]"
            record = shape.obj(item, path)
            messages.append(self._message(shape, record, path))
            ident = record.get("id")
            if isinstance(ident, (str, int)) and not isinstance(ident, bool):
                if str(ident) in seen:
                    warnings.append(f"{path}: duplicate message id {ident} (also {seen[str(ident)]})")
                else:
                    seen[str(ident)] = path
        return Conversation(
            format=self.name,
            messages=tuple(messages),
            warnings=tuple(warnings),
            title=_title(shape, root),
        )

    def _message(self, shape: Shape, record: dict, path: str) -> Message:
        kind = shape.opt_str(record, "type", path) or "Default"
        content = shape.opt_str(record, "content", path) or ""
        sent_at = shape.timestamp(
            shape.opt_str(record, "timestamp", path), f"{path}.timestamp", offset=True
        )
        edited = shape.opt_str(record, "timestampEdited", path) is not None
        author_value = record.get("author")
        author = None
        if author_value is not None:
            author_record = shape.obj(author_value, f"{path}.author")
            author = shape.opt_str(author_record, "nickname", f"{path}.author") or shape.opt_str(
                author_record, "name", f"{path}.author"
            )
        attachments = _attachments(shape, record, path)
        if kind not in PEOPLE_TYPES:
            text = f"{author}: {content or kind}" if author else (content or kind)
            return Message(
                sender=None,
                sent_at=sent_at,
                text=text,
                source={"path": path},
                attachments=attachments,
                edited=edited,
            )
        return Message(
            sender=author or "(unknown author)",
            sent_at=sent_at,
            text=content,
            source={"path": path},
            attachments=attachments,
            edited=edited,
        )


def _attachments(shape: Shape, record: dict, path: str) -> tuple[AttachmentRef, ...]:
    found: list[AttachmentRef] = []
    for i, item in enumerate(shape.opt_list(record, "attachments", path)):
        where = f"{path}.attachments[{i}]"
        entry = shape.obj(item, where)
        name = shape.opt_str(entry, "fileName", where)
        if name is None:
            url = shape.opt_str(entry, "url", where)
            name = url.replace("\\", "/").rsplit("/", 1)[-1] if url else None
        found.append(attachment(kind_from_name(name), name))
    for i, item in enumerate(shape.opt_list(record, "stickers", path)):
        where = f"{path}.stickers[{i}]"
        found.append(attachment("sticker", shape.opt_str(shape.obj(item, where), "name", where)))
    return tuple(found)


def _title(shape: Shape, root: dict) -> str | None:
    guild = root.get("guild")
    channel = root.get("channel")
    guild_name = shape.opt_str(shape.obj(guild, "guild"), "name", "guild") if guild else None
    channel_name = (
        shape.opt_str(shape.obj(channel, "channel"), "name", "channel") if channel else None
    )
    if guild_name and channel_name:
        return f"{guild_name} / {channel_name}"
    return channel_name or guild_name
