"""Google Chat in Google Takeout: ``Google Chat/Groups/<name>/messages.json`` (spaces and group
chats) and ``Google Chat/Users/<name>/...`` DMs, which have the same shape.

Shape accepted::

    {"messages": [{"creator": {"name": "Sam Lee", "email": "...", "user_type": "Human"},
                   "created_date": "Tuesday, January 3, 2023 at 4:05:06 PM UTC",
                   "updated_date": "...", "text": "...", "topic_id": "...", "message_id": "...",
                   "attached_files": [{"original_name": "a.jpg", "export_name": "File-a.jpg"}],
                   "annotations": [...], "reactions": [{"emoji": {"unicode": "👍"},
                                                        "reactor_emails": ["..."]}],
                   "quoted_message_metadata": {...}, "deletion_metadata": {...}}, ...]}

Rules:

- Sender: ``creator.name``, else ``creator.email``; a record without a creator is a system record.
- ``sent_at``: ``created_date`` read as a date and time with its zone: "UTC"/"GMT" give
  ``+00:00``, "UTC+5:30" or "GMT-08:00" give that offset; an unknown zone name gives the naive
  time and a warning. U+202F and U+00A0 before AM/PM are accepted.
- ``updated_date`` different from ``created_date`` gives ``edited=True``; ``deletion_metadata``
  gives ``deleted=True``; ``attached_files`` become AttachmentRefs (named by ``export_name``,
  else ``original_name``); ``reactions`` become Reactions (one per reactor email, or one without
  an actor); ``quoted_message_metadata`` names the message answered (``reply_to`` = its
  ``message_id`` when given).

Errors: ChatParseError with the JSON path.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tipline.chats.base import attachment, kind_from_name
from tipline.chats.jsonshape import JsonChatFormat, Shape, has_key, head_text
from tipline.model import AttachmentRef, Conversation, Message, Reaction

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_DATE = re.compile(
    r"(?:[A-Za-z]+,\s*)?(?P<mon>[A-Za-z]+)\s+(?P<day>\d{1,2}),\s*(?P<year>\d{4})\s+at\s+"
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?[\s\u202f\u00a0]*(?P<ap>AM|PM|am|pm)?"
    r"(?:\s*(?P<zone>[A-Za-z]{1,5})?(?P<off>[+-]\d{1,2}(?::?\d{2})?)?)?"
)


class GoogleChatFormat(JsonChatFormat):
    name = "google-chat"
    label = "Google Chat Takeout messages.json"

    def detect(self, path: Path, head: bytes) -> float:
        text = head_text(head)
        if text is None or not has_key(text, "messages"):
            return 0.0
        if has_key(text, "creator") and has_key(text, "created_date"):
            return 0.95
        return 0.0

    def build(self, document: Any, shape: Shape) -> Conversation:
        root = shape.obj(document, "")
        items = shape.arr(shape.key(root, "messages", ""), "messages")
        warnings: list[str] = []
        messages = tuple(self._message(shape, shape.obj(item, f"messages[{i}]"),
                                       f"messages[{i}]", warnings)
                         for i, item in enumerate(items))
        return Conversation(format=self.name, messages=messages, warnings=tuple(warnings[:50]))

    def _message(self, shape: Shape, record: dict, path: str, warnings: list[str]) -> Message:
        creator_value = record.get("creator")
        sender = None
        if creator_value is not None:
            creator = shape.obj(creator_value, f"{path}.creator")
            sender = (shape.opt_str(creator, "name", f"{path}.creator")
                      or shape.opt_str(creator, "email", f"{path}.creator"))
        created = shape.opt_str(record, "created_date", path)
        updated = shape.opt_str(record, "updated_date", path)
        sent_at = _sent_at(created, f"{path}.created_date", shape, warnings)
        text = shape.opt_str(record, "text", path) or ""
        attachments = _attachments(shape, record, path)
        deleted = record.get("deletion_metadata") is not None
        edited = updated is not None and updated != created and not deleted
        reply_to = None
        quoted = record.get("quoted_message_metadata")
        if quoted is not None:
            quoted_record = shape.obj(quoted, f"{path}.quoted_message_metadata")
            reply_to = shape.opt_str(quoted_record, "message_id", f"{path}.quoted_message_metadata")
        return Message(
            sender=sender, sent_at=sent_at, text="" if deleted and not text else text,
            source={"path": path}, attachments=attachments, deleted=deleted, edited=edited,
            reactions=_reactions(shape, record, path) if sender else (), reply_to=reply_to,
        )


def _sent_at(value: str | None, path: str, shape: Shape, warnings: list[str]) -> str | None:
    if value is None:
        return None
    found = _DATE.fullmatch(value.strip())
    month = _MONTHS.get(found["mon"].lower()) if found else None
    if found is None or month is None:
        raise shape.fail(path, f"not a Google Chat date: {value[:60]!r}")
    hour, minute = int(found["h"]), int(found["mi"])
    if found["ap"]:
        if not 1 <= hour <= 12:
            raise shape.fail(path, f"impossible 12-hour time: {value[:60]!r}")
        hour = hour % 12 + (12 if found["ap"].lower() == "pm" else 0)
    day = int(found["day"])
    if not (1 <= day <= 31 and hour <= 23 and minute <= 59 and int(found["s"] or 0) <= 59):
        raise shape.fail(path, f"impossible date or time: {value[:60]!r}")
    stamp = f"{found['year']}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"
    if found["s"]:
        stamp += f":{found['s']}"
    zone, offset = (found["zone"] or "").upper(), found["off"]
    if offset:
        sign, digits = offset[0], offset[1:].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        return f"{stamp}{sign}{int(hours):02d}:{minutes}"
    if zone in ("UTC", "GMT", "Z"):
        return stamp + "+00:00"
    if zone:
        warnings.append(f"{path}: time zone {zone!r} is not an offset; time kept without one")
    return stamp


def _attachments(shape: Shape, record: dict, path: str) -> tuple[AttachmentRef, ...]:
    found = []
    for i, item in enumerate(shape.opt_list(record, "attached_files", path)):
        where = f"{path}.attached_files[{i}]"
        entry = shape.obj(item, where)
        name = shape.opt_str(entry, "export_name", where) or shape.opt_str(entry, "original_name", where)
        found.append(attachment(kind_from_name(name), name))
    return tuple(found)


def _reactions(shape: Shape, record: dict, path: str) -> tuple[Reaction, ...]:
    found = []
    for i, item in enumerate(shape.opt_list(record, "reactions", path)):
        where = f"{path}.reactions[{i}]"
        entry = shape.obj(item, where)
        emoji_value = entry.get("emoji")
        emoji = None
        if emoji_value is not None:
            emoji_record = shape.obj(emoji_value, f"{where}.emoji")
            emoji = shape.opt_str(emoji_record, "unicode", f"{where}.emoji")
            if emoji is None and emoji_record.get("custom_emoji") is not None:
                emoji = "custom emoji"
        emoji = emoji or "?"
        reactors = shape.opt_list(entry, "reactor_emails", where)
        if not reactors:
            found.append(Reaction(actor=None, reaction=emoji))
        for j, actor in enumerate(reactors):
            if not isinstance(actor, str):
                raise shape.fail(f"{where}.reactor_emails[{j}]", "expected a string")
            found.append(Reaction(actor=actor, reaction=emoji))
    return tuple(found)
