"""Snapchat "My Data" ``json/chat_history.json``.

Shapes accepted::

    older:  {"Received Saved Chat History": [ITEM, ...], "Sent Saved Chat History": [ITEM, ...],
             "Received Chat History": [...], "Sent Chat History": [...]}
            ITEM = {"From": "friend" | "To": "friend", "Media Type": "TEXT" | "MEDIA" | ...,
                    "Created": "2021-06-14 18:23:45 UTC", "Text": "..." | null}
    newer:  {"friend_username": [{"From": "friend", "Media Type": "TEXT",
              "Created": "2023-02-01 12:00:00 UTC", "Content": "..." | null,
              "Conversation Title": null | "group name", "IsSender": false, "IsSaved": true,
              "Created(microseconds)": 1675252800000}, ...], ...}

(From Snapchat's "Download My Data" help pages and the exports people publish in issues of
snapchat parsing tools; see tests/fixtures/chats/NOTICE.md.)

Rules:

- Every item becomes a Message with ``source = {"path": "<key>[i]"}`` (the key as written,
  spaces included: ``Received Saved Chat History[3]``).
- Sender: ``From``; items of a ``Sent ...`` list have no ``From`` and get ``"Me"`` (the export
  never names its owner there). ``To`` is the other person.
- ``sent_at``: ``Created`` ("YYYY-MM-DD HH:MM:SS UTC") as ``YYYY-MM-DDTHH:MM:SS+00:00``; with no
  ``Created``, ``Created(microseconds)`` (which holds milliseconds since 1970) in UTC.
- ``Media Type`` other than TEXT becomes an AttachmentRef (MEDIA/SNAP -> media, STICKER ->
  sticker, NOTE -> audio, SHARE -> link, LOCATION -> location, others -> file), except the
  ``STATUS...`` types (participant added or removed, call status, ...), which are system records.
- Order: the older shape mixes all friends in two lists; messages are sorted by time (stable).
  The newer shape lists conversations one after another; each conversation's messages are sorted
  by time. When the file holds more than one conversation a warning names them; pass
  ``chat="username"`` to :meth:`SnapchatFormat.parse` to read one.

Errors: ChatParseError with the JSON path.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tipline.chats.base import ChatParseError, attachment
from tipline.chats.jsonshape import JsonChatFormat, Shape, has_key, head_text, load_json
from tipline.model import Conversation, Message

OLD_KEYS = ("Received Saved Chat History", "Sent Saved Chat History",
            "Received Chat History", "Sent Chat History",
            "Received Snap History", "Sent Snap History")
_CREATED = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?: ?(UTC|GMT|Z))?")
_KINDS = {"MEDIA": "media", "SNAP": "media", "STICKER": "sticker", "NOTE": "audio",
          "SHARE": "link", "LOCATION": "location", "IMAGE": "image", "VIDEO": "video",
          "AUDIO": "audio", "GIF": "image"}


class SnapchatFormat(JsonChatFormat):
    name = "snapchat"
    label = "Snapchat chat_history.json"

    def detect(self, path: Path, head: bytes) -> float:
        text = head_text(head)
        if text is None:
            return 0.0
        if any(has_key(text, key) for key in OLD_KEYS):
            return 0.95
        if has_key(text, "Media Type") and has_key(text, "Created") and (
            has_key(text, "IsSender") or has_key(text, "Conversation Title")
            or has_key(text, "Content")
        ):
            return 0.95
        return 0.0

    def parse(self, path: Path, data: bytes | None = None, *, chat: str | None = None
              ) -> Conversation:
        path = Path(path)
        document = load_json(path, self.read(path, data))
        return self.build(document, Shape(path), chat=chat)

    def build(self, document: Any, shape: Shape, chat: str | None = None) -> Conversation:
        root = shape.obj(document, "")
        warnings: list[str] = []
        if any(key in root for key in OLD_KEYS):
            rows = []
            for key in OLD_KEYS:
                for i, item in enumerate(shape.opt_list(root, key, "")):
                    path = f"{key}[{i}]"
                    record = shape.obj(item, path)
                    partner = shape.opt_str(record, "From", path) or shape.opt_str(record, "To", path)
                    if chat is not None and partner != chat:
                        continue
                    rows.append(self._message(shape, record, path, sent=key.startswith("Sent")))
            rows.sort(key=_sort_key)
            return Conversation(format=self.name, messages=tuple(rows), title=chat)
        names = list(root)
        if chat is not None:
            if chat not in root:
                raise shape.fail("", f"no conversation named {chat!r}")
            names = [chat]
        elif len(names) > 1:
            warnings.append(f"export holds {len(names)} conversations: "
                            + ", ".join(repr(n) for n in names[:20]))
        messages: list[Message] = []
        titles = []
        for name in names:
            items = shape.arr(root[name], name)
            rows = []
            for i, item in enumerate(items):
                path = f"{name}[{i}]"
                record = shape.obj(item, path)
                title = shape.opt_str(record, "Conversation Title", path)
                if title and title not in titles:
                    titles.append(title)
                rows.append(self._message(shape, record, path, sent=False))
            rows.sort(key=_sort_key)
            messages += rows
        title = None
        if len(names) == 1:
            title = titles[0] if len(titles) == 1 else names[0]
        return Conversation(format=self.name, messages=tuple(messages), warnings=tuple(warnings),
                            title=title)

    def _message(self, shape: Shape, record: dict, path: str, *, sent: bool) -> Message:
        sender = shape.opt_str(record, "From", path) or ("Me" if sent else None)
        media = (shape.opt_str(record, "Media Type", path) or "TEXT").upper()
        text = shape.opt_str(record, "Content", path)
        if text is None:
            text = shape.opt_str(record, "Text", path) or ""
        sent_at = _sent_at(shape, record, path)
        if media.startswith("STATUS") or sender is None:
            summary = media if not text else f"{media}: {text}"
            return Message(sender=None, sent_at=sent_at,
                           text=f"{sender}: {summary}" if sender else summary,
                           source={"path": path})
        attachments = () if media == "TEXT" else (attachment(_KINDS.get(media, "file")),)
        return Message(sender=sender, sent_at=sent_at, text=text, source={"path": path},
                       attachments=attachments)


def _sort_key(message: Message) -> str:
    return message.sent_at or ""


def _sent_at(shape: Shape, record: dict, path: str) -> str | None:
    created = shape.opt_str(record, "Created", path)
    if created is not None:
        found = _CREATED.fullmatch(created.strip())
        if found is None:
            raise shape.fail(f"{path}.Created", f"not a Snapchat time: {created[:40]!r}")
        day, time, zone = found.groups()
        return f"{day}T{time}" + ("+00:00" if zone else "")
    millis = shape.opt_int(record, "Created(microseconds)", path)
    if millis is None:
        return None
    try:
        moment = datetime.fromtimestamp(millis / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise shape.fail(f"{path}.Created(microseconds)", f"not a usable time: {millis}") from None
    return moment.isoformat(timespec="milliseconds" if millis % 1000 else "seconds")


__all__ = ["SnapchatFormat", "ChatParseError"]
