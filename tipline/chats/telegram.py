"""Telegram Desktop "Export chat history" ``result.json`` (machine-readable JSON).

Shapes accepted::

    {"name": ..., "type": "personal_chat", "messages": [MESSAGE, ...]}          single chat
    {"chats": {"list": [{"name": ..., "messages": [MESSAGE, ...]}, ...]}}      full account

    MESSAGE = {"type": "message" | "service", "date": "2026-03-12T19:02:00",
               "date_unixtime": "1773338520", "from": "Name", "actor": "Name", "action": ...,
               "text": "..." | ["plain", {"type": "bold", "text": "..."}, ...],
               "photo": ..., "file": ..., "media_type": ..., "edited": ...}

Rules:

- ``sent_at`` is ``date`` as written (the exporting machine's local time, no offset). A message
  with only ``date_unixtime`` (seconds since 1970 UTC) gets that instant in UTC (``+00:00``).
- ``type: service`` records (joins, calls, pins, ...) have ``sender=None``; their text is
  ``"<actor>: <action>"`` plus their own text when they have one.
- ``text`` as a list is joined: strings as they are, entity objects by their ``text``.
- ``photo``/``file`` become AttachmentRefs (the name is None when the export says
  "(File not included...)"); ``edited`` makes ``edited=True``.
- Full-account exports: the first chat of ``chats.list`` is parsed (paths
  ``chats.list[0].messages[3]``); pass ``chat="name"`` to :meth:`TelegramFormat.parse` to pick
  another. The other chats' names are listed in a warning.

Errors: ChatParseError with the JSON path (missing ``messages``, a list where an object belongs,
non-string text, a bad date, an empty chat list).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tipline.chats.base import ChatParseError, attachment, kind_from_name
from tipline.chats.jsonshape import JsonChatFormat, Shape, has_key, head_text, load_json
from tipline.model import AttachmentRef, Conversation, Message

_MEDIA_KINDS = {
    "sticker": "sticker",
    "voice_message": "audio",
    "audio_file": "audio",
    "video_file": "video",
    "video_message": "video",
    "animation": "video",
}
_NOT_INCLUDED = "(File not included"


class TelegramFormat(JsonChatFormat):
    name = "telegram"
    label = "Telegram result.json"

    def detect(self, path: Path, head: bytes) -> float:
        text = head_text(head)
        if text is None:
            return 0.0
        if has_key(text, "chats") and has_key(text, "list"):
            return 0.9
        if not has_key(text, "messages"):
            return 0.0
        if has_key(text, "date_unixtime") or has_key(text, "from_id"):
            return 0.95
        if has_key(text, "date") and has_key(text, "type") and (
            has_key(text, "from") or has_key(text, "actor")
        ):
            return 0.8
        return 0.0

    def parse(
        self, path: Path, data: bytes | None = None, *, chat: str | None = None
    ) -> Conversation:
        path = Path(path)
        document = load_json(path, self.read(path, data))
        return self.build(document, Shape(path), chat=chat)

    def build(self, document: Any, shape: Shape, chat: str | None = None) -> Conversation:
        root = shape.obj(document, "")
        warnings: list[str] = []
        if "chats" in root and "messages" not in root:
            chats = shape.obj(root["chats"], "chats")
            listing = shape.arr(shape.key(chats, "list", "chats"), "chats.list")
            if not listing:
                raise shape.fail("chats.list", "the export holds no chats")
            names = [
                shape.opt_str(shape.obj(item, f"chats.list[{i}]"), "name", f"chats.list[{i}]")
                for i, item in enumerate(listing)
            ]
            index = 0
            if chat is not None:
                if chat not in names:
                    raise shape.fail("chats.list", f"no chat named {chat!r}")
                index = names.index(chat)
            elif len(listing) > 1:
                others = ", ".join(repr(n) for n in names[1:])
                warnings.append(f"export holds {len(listing)} chats; parsed the first, not {others}")
            prefix = f"chats.list[{index}]"
            container = listing[index]
        else:
            prefix, container = "", root
        where = f"{prefix}.messages" if prefix else "messages"
        items = shape.arr(shape.key(container, "messages", prefix), where)
        messages = tuple(self._message(shape, item, f"{where}[{i}]") for i, item in enumerate(items))
        title = shape.opt_str(container, "name", prefix)
        return Conversation(
            format=self.name, messages=messages, warnings=tuple(warnings), title=title
        )

    def _message(self, shape: Shape, item: Any, path: str) -> Message:
        record = shape.obj(item, path)
        kind = shape.opt_str(record, "type", path) or "message"
        text = _text(shape, record.get("text"), f"{path}.text")
        sent_at = _sent_at(shape, record, path)
        attachments = _attachments(shape, record, path)
        edited = record.get("edited") is not None or record.get("edited_unixtime") is not None
        if kind == "service":
            actor = shape.opt_str(record, "actor", path)
            action = shape.opt_str(record, "action", path) or "service"
            summary = f"{actor}: {action}" if actor else action
            return Message(
                sender=None,
                sent_at=sent_at,
                text=f"{summary}: {text}" if text else summary,
                source={"path": path},
                attachments=attachments,
            )
        sender = shape.opt_str(record, "from", path) or shape.opt_str(record, "from_id", path)
        return Message(
            sender=sender or "(unknown sender)",
            sent_at=sent_at,
            text=text,
            source={"path": path},
            attachments=attachments,
            edited=edited,
        )


def _text(shape: Shape, value: Any, path: str) -> str:
    """A Telegram ``text``: a string, or a list of strings and ``{"text": ...}`` entities."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    parts: list[str] = []
    for i, part in enumerate(shape.arr(value, path)):
        if isinstance(part, str):
            parts.append(part)
            continue
        entity = shape.obj(part, f"{path}[{i}]")
        piece = shape.opt_str(entity, "text", f"{path}[{i}]")
        parts.append(piece or "")
    return "".join(parts)


def _sent_at(shape: Shape, record: dict, path: str) -> str | None:
    date = shape.opt_str(record, "date", path)
    if date is not None:
        return shape.timestamp(date, f"{path}.date", offset=False)
    seconds = shape.opt_int(record, "date_unixtime", path)
    if seconds is None:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        raise shape.fail(f"{path}.date_unixtime", f"not a usable time: {seconds}") from None


def _attachments(shape: Shape, record: dict, path: str) -> tuple[AttachmentRef, ...]:
    found: list[AttachmentRef] = []
    photo = shape.opt_str(record, "photo", path)
    if photo is not None:
        found.append(attachment("image", None if photo.startswith(_NOT_INCLUDED) else photo))
    file = shape.opt_str(record, "file", path)
    if file is not None:
        name = shape.opt_str(record, "file_name", path)
        if name is None and not file.startswith(_NOT_INCLUDED):
            name = file
        media_type = shape.opt_str(record, "media_type", path)
        kind = _MEDIA_KINDS.get(media_type or "", kind_from_name(name))
        found.append(attachment(kind, name))
    return tuple(found)


__all__ = ["TelegramFormat", "ChatParseError"]
