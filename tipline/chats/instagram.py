"""Instagram "Download Your Information" ``messages/inbox/<thread>/message_N.json``
(Facebook Messenger's DYI export has the same shape and is read the same way).

Shape accepted::

    {"participants": [{"name": ...}], "title": ...,
     "messages": [{"sender_name": ..., "timestamp_ms": 1769826600198, "content": "...",
                   "photos": [{"uri": ...}], "videos": [...], "audio_files": [...],
                   "files": [...], "gifs": [...], "sticker": {"uri": ...},
                   "share": {"link": ...}, "is_unsent": true, "type": "Generic" | "Call" | ...},
                  ...]}                                            newest first

Rules:

- Messages come out oldest first (the file is newest first), each with its own path in the file
  (``messages[15]`` is the first one out of a 16-message file).
- Text fields are stored as mojibake (each UTF-8 byte written as one ``\\u00XX`` character);
  ``fix_mojibake`` repairs sender names, content and the title, leaving text that is not
  mojibake untouched.
- ``sent_at`` is ``timestamp_ms`` (UTC) as an ISO string with ``+00:00``, with milliseconds
  only when the export has them.
- Media lists become AttachmentRefs (``share`` becomes kind ``"link"`` named by its ``link``;
  its ``share_text`` is appended to an empty content); ``is_unsent`` makes ``deleted=True``;
  ``reactions`` (``[{"reaction": "\u00e2\u009d\u00a4", "actor": ...}]``) become Reactions,
  repaired like the text; Messenger's ``Call``, ``Subscribe`` and ``Unsubscribe`` records (and any
  record without a sender) are system records with ``sender=None``.

- A thread split over ``message_1.json``, ``message_2.json``, ... (``parse_parts``) is merged
  into one Conversation in time order (stable: records with the same time keep the files'
  order); each source gets ``"file": "message_2.json"`` (the member path in a folder or zip).
  Title and warnings come from the parts; a gap in the numbering is a warning.

Errors: ChatParseError with the JSON path.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tipline.chats.base import attachment, kind_from_name
from tipline.chats.jsonshape import JsonChatFormat, Shape, has_key, head_text
from tipline.model import AttachmentRef, Conversation, Message, Reaction

PART = re.compile(r"(?:^|.*/)message_(?P<n>\d{1,6})\.json$")
"""A part of a thread: ``messages/inbox/sam_123/message_2.json``."""

SYSTEM_TYPES = frozenset({"Call", "Subscribe", "Unsubscribe"})
_MEDIA_LISTS = (
    ("photos", "image"),
    ("videos", "video"),
    ("audio_files", "audio"),
    ("gifs", "image"),
    ("files", "file"),
)


def fix_mojibake(text: str) -> str:
    """Undo the DYI encoding bug (``"Th\\u00c3\\u00a9o"`` -> ``"Théo"``); return ``text``
    unchanged when it is not mojibake (has characters above U+00FF or is not valid UTF-8)."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


class InstagramFormat(JsonChatFormat):
    name = "instagram"
    label = "Instagram message_N.json"

    def detect(self, path: Path, head: bytes) -> float:
        text = head_text(head)
        if text is None or not has_key(text, "messages"):
            return 0.0
        if not (has_key(text, "sender_name") and has_key(text, "timestamp_ms")):
            return 0.0
        return 0.95 if has_key(text, "participants") else 0.7

    def build(self, document: Any, shape: Shape) -> Conversation:
        root = shape.obj(document, "")
        items = shape.arr(shape.key(root, "messages", ""), "messages")
        messages = [
            self._message(shape, shape.obj(items[i], f"messages[{i}]"), f"messages[{i}]")
            for i in range(len(items) - 1, -1, -1)
        ]
        title = shape.opt_str(root, "title", "")
        return Conversation(
            format=self.name,
            messages=tuple(messages),
            title=fix_mojibake(title) if title else None,
        )

    def parse_parts(self, parts: list[tuple[str, Path, bytes]]) -> Conversation:
        """Merge the parts of one thread: ``(member, path for errors, bytes)`` each, any order.
        See the module docstring."""
        numbered = sorted(parts, key=lambda part: -_part_number(part[0]))  # oldest part first
        keyed: list[tuple[datetime | None, Message]] = []
        title = None
        warnings: list[str] = []
        for member, path, data in numbered:
            conversation = self.parse(path, data)
            title = title or conversation.title
            warnings += [f"{member}: {w}" for w in conversation.warnings]
            for message in conversation.messages:
                moment = datetime.fromisoformat(message.sent_at) if message.sent_at else None
                keyed.append((moment, replace(message, source={**message.source,
                                                               "file": member})))
        numbers = sorted(_part_number(member) for member, _, _ in parts)
        if numbers and numbers != list(range(1, len(numbers) + 1)):
            warnings.append(f"thread parts are numbered {numbers}, not 1 to {len(numbers)}; "
                            "a part may be missing")
        last: datetime | None = None
        order: list[tuple[datetime, int, Message]] = []
        for position, (moment, message) in enumerate(keyed):
            last = moment or last  # a record without a time stays after the one before it
            order.append((last or datetime.min.replace(tzinfo=UTC), position, message))
        order.sort(key=lambda item: (item[0], item[1]))
        return Conversation(format=self.name, messages=tuple(m for _, _, m in order),
                            warnings=tuple(warnings), title=title)

    def _message(self, shape: Shape, record: dict, path: str) -> Message:
        sender = shape.opt_str(record, "sender_name", path)
        millis = shape.opt_int(record, "timestamp_ms", path)
        content = fix_mojibake(shape.opt_str(record, "content", path) or "")
        kind = shape.opt_str(record, "type", path)
        deleted = record.get("is_unsent") is True
        attachments = _attachments(shape, record, path)
        reactions = _reactions(shape, record, path)
        if not content and record.get("share") is not None:
            share = shape.obj(record["share"], f"{path}.share")
            content = fix_mojibake(shape.opt_str(share, "share_text", f"{path}.share") or "")
        if sender is None or kind in SYSTEM_TYPES:
            who = fix_mojibake(sender) if sender else None
            text = content or (kind or "")
            return Message(
                sender=None,
                sent_at=_sent_at(shape, millis, path),
                text=f"{who}: {text}" if who else text,
                source={"path": path},
                attachments=attachments,
                deleted=deleted,
                reactions=reactions,
            )
        return Message(
            sender=fix_mojibake(sender),
            sent_at=_sent_at(shape, millis, path),
            text=content,
            source={"path": path},
            attachments=attachments,
            deleted=deleted,
            reactions=reactions,
        )


def _part_number(member: str) -> int:
    match = PART.match(member)
    return int(match["n"]) if match else 0


def _reactions(shape: Shape, record: dict, path: str) -> tuple[Reaction, ...]:
    found: list[Reaction] = []
    for i, item in enumerate(shape.opt_list(record, "reactions", path)):
        where = f"{path}.reactions[{i}]"
        entry = shape.obj(item, where)
        reaction = shape.opt_str(entry, "reaction", where)
        actor = shape.opt_str(entry, "actor", where)
        if reaction is not None:
            found.append(Reaction(actor=fix_mojibake(actor) if actor else None,
                                  reaction=fix_mojibake(reaction)))
    return tuple(found)


def _sent_at(shape: Shape, millis: int | None, path: str) -> str | None:
    if millis is None:
        return None
    try:
        moment = datetime.fromtimestamp(millis / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise shape.fail(f"{path}.timestamp_ms", f"not a usable time: {millis}") from None
    moment = moment.replace(microsecond=(millis % 1000) * 1000)
    return moment.isoformat(timespec="milliseconds" if millis % 1000 else "seconds")


def _uri_name(shape: Shape, item: Any, path: str) -> str | None:
    entry = shape.obj(item, path)
    return shape.opt_str(entry, "uri", path)


def _attachments(shape: Shape, record: dict, path: str) -> tuple[AttachmentRef, ...]:
    found: list[AttachmentRef] = []
    for key, kind in _MEDIA_LISTS:
        for i, item in enumerate(shape.opt_list(record, key, path)):
            name = _uri_name(shape, item, f"{path}.{key}[{i}]")
            found.append(attachment(kind if kind != "file" else kind_from_name(name), name))
    if record.get("sticker") is not None:
        found.append(attachment("sticker", _uri_name(shape, record["sticker"], f"{path}.sticker")))
    if record.get("share") is not None:
        share = shape.obj(record["share"], f"{path}.share")
        found.append(attachment("link", shape.opt_str(share, "link", f"{path}.share")))
    return tuple(found)
