"""Telegram Desktop "Export chat history" ``result.json`` (machine-readable JSON), read as a stream.

The file is read with ``ijson`` (its C backend), one message object at a time: a 1,000,000-message
export parses in bounded memory through :meth:`TelegramFormat.iter_messages`; ``parse`` collects.

Shapes accepted::

    {"name": ..., "type": "personal_chat", "messages": [MESSAGE, ...]}          single chat
    {"chats": {"list": [{"name": ..., "messages": [MESSAGE, ...]}, ...]}}      full account

    MESSAGE = {"type": "message" | "service", "date": "2026-03-12T19:02:00",
               "date_unixtime": "1773338520", "from": "Name", "actor": "Name", "action": ...,
               "text": "..." | ["plain", {"type": "bold", "text": "..."}, ...],
               "photo": ..., "file": ..., "media_type": ..., "edited": ...,
               "reply_to_message_id": 41, "forwarded_from": "Name",
               "reactions": [{"type": "emoji", "count": 2, "emoji": "👍",
                              "recent": [{"from": "Name", "date": ...}]}]}

Rules:

- ``sent_at`` is ``date`` as written (the exporting machine's local time, no offset). A message
  with only ``date_unixtime`` (seconds since 1970 UTC) gets that instant in UTC (``+00:00``).
- ``type: service`` records (joins, calls, pins, ...) have ``sender=None``; their text is
  ``"<actor>: <action>"`` plus their own text when they have one.
- ``text`` as a list is joined: strings as they are, entity objects by their ``text``.
- ``photo``/``file`` become AttachmentRefs (the name is None when the export says
  "(File not included...)"); ``edited`` makes ``edited=True``.
- ``reply_to_message_id`` becomes ``reply_to`` (as a string), ``forwarded_from`` is kept, and
  ``reactions`` become Reactions: one per ``recent`` entry (with its ``from``), then anonymous
  ones (actor None) up to ``count``, at most 100 per reaction. A custom emoji is written
  ``custom_emoji:<document_id>``.
- Full-account exports: the first chat of ``chats.list`` is parsed (paths
  ``chats.list[0].messages[3]``); pass ``chat="name"`` to :meth:`TelegramFormat.parse` to pick
  another (its ``name`` must come before its ``messages``, as Telegram writes them). The other
  chats' names are listed in a warning (found after the messages, when streaming).
- Top level: the first of ``messages`` (single chat) and ``chats`` (full account) wins.

Errors: ChatParseError with the JSON path (missing ``messages``, a list where an object belongs,
non-string text, a bad date, an empty chat list), or "not valid JSON" with ijson's reason. When
streaming, an error late in the file comes after the messages before it were yielded.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ijson

from tipline.chats.base import (
    STREAM_MAX_BYTES,
    ChatParseError,
    attachment,
    kind_from_name,
    open_binary,
)
from tipline.chats.jsonshape import JsonChatFormat, Shape, has_key, head_text
from tipline.model import AttachmentRef, Conversation, Message, Reaction

_MEDIA_KINDS = {
    "sticker": "sticker",
    "voice_message": "audio",
    "audio_file": "audio",
    "video_file": "video",
    "video_message": "video",
    "animation": "video",
}
_NOT_INCLUDED = "(File not included"
_EVENT_TYPES = {"string": "a string", "number": "a number", "boolean": "a boolean",
                "null": "null", "start_map": "an object", "start_array": "a list"}


class TelegramFormat(JsonChatFormat):
    name = "telegram"
    label = "Telegram result.json"
    streams = True
    size_limit = STREAM_MAX_BYTES

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
        warnings: list[str] = []
        about: dict[str, Any] = {}
        messages = tuple(self.iter_messages(path, data, warnings=warnings, chat=chat,
                                            about=about))
        return Conversation(format=self.name, messages=messages, warnings=tuple(warnings),
                            title=about.get("title"))

    def iter_messages(
        self, path: Path, data: bytes | None = None, *, warnings: list[str] | None = None,
        chat: str | None = None, about: dict | None = None,
    ) -> Iterator[Message]:
        """The messages one by one, reading the file with ijson (bounded memory). ``about``
        receives the chat's ``title`` once known."""
        path = Path(path)
        shape = Shape(path)
        sink = warnings if warnings is not None else []
        about = about if about is not None else {}
        with open_binary(path, data, self.size_limit) as handle:
            if handle.read(3) != b"\xef\xbb\xbf":
                handle.seek(0)
            try:
                # A small buffer: the C backend builds every event of a buffer (with its path string)
                # before we see the first, so a big one would let deep nesting cost quadratic memory.
                events = _depth_limited(ijson.parse(handle, use_float=True, buf_size=4096), path)
                yield from _Stream(self, shape, events, chat, sink, about).top()
            except ijson.JSONError as error:
                detail = error.args[0] if error.args else ""
                if isinstance(detail, bytes):
                    detail = detail.decode("utf-8", errors="replace")
                reason = (str(detail).strip().splitlines() or ["truncated"])[0]
                raise ChatParseError(path, f"not valid JSON: {reason[:200]}") from None
            except (ValueError, OverflowError, RecursionError, UnicodeDecodeError) as error:
                raise ChatParseError(path, f"not valid JSON: {error}"[:240]) from None

    def build(self, document: Any, shape: Shape, chat: str | None = None) -> Conversation:
        """The Conversation of an already-decoded document (same rules as ``parse``)."""
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
        messages = tuple(message(shape, item, f"{where}[{i}]") for i, item in enumerate(items))
        title = shape.opt_str(container, "name", prefix)
        return Conversation(
            format=self.name, messages=messages, warnings=tuple(warnings), title=title
        )


MAX_DEPTH = 64  # a Telegram export nests about 6 deep; text entity lists add 2


def _depth_limited(events: Iterator, path: Path) -> Iterator:
    """ijson's events, refused past MAX_DEPTH: ijson builds a path string per level, so deep
    nesting would cost memory quadratic in the depth."""
    depth = 0
    for prefix, event, value in events:
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_DEPTH:
                raise ChatParseError(path, f"nested more than {MAX_DEPTH} levels deep",
                                     path=prefix[:80] or None)
        elif event in ("end_map", "end_array"):
            depth -= 1
        yield prefix, event, value


class _Stream:
    """Walks ijson's events: the top-level object, then the chat (or the full-account list),
    handing each message object to :func:`message`."""

    def __init__(self, fmt: TelegramFormat, shape: Shape, events: Iterator, chat: str | None,
                 warnings: list[str], about: dict) -> None:
        self.fmt, self.shape, self.events, self.chat = fmt, shape, events, chat
        self.warnings, self.about = warnings, about

    def _type(self, event: str, path: str, want: str) -> None:
        expected = {"start_map": "an object", "start_array": "a list"}[want]
        if event != want:
            raise self.shape.fail(path, f"expected {expected}, got {_EVENT_TYPES.get(event, event)}")

    def _name(self, path: str) -> str | None:
        """The string value that follows a ``name`` key (None for null)."""
        _, event, value = next(self.events)
        if event == "string":
            return value
        if event == "null":
            return None
        raise self.shape.fail(path, f"expected a string, got {_EVENT_TYPES.get(event, event)}")

    def top(self) -> Iterator[Message]:
        events = self.events
        try:
            _, event, _ = next(events)
        except StopIteration:
            raise self.shape.fail("", "empty file") from None
        self._type(event, "", "start_map")
        for prefix, event, value in events:
            if prefix != "" or event != "map_key":
                continue
            if value == "name":
                self.about["title"] = self._name("name")
            elif value == "messages":
                _, event, _ = next(events)
                self._type(event, "messages", "start_array")
                yield from self._messages(events, "messages", "messages")
                return
            elif value == "chats":
                yield from self._chats()
                return
        raise self.shape.fail("", "missing key 'messages'")

    def _messages(self, events: Iterator, prefix: str, where: str) -> Iterator[Message]:
        shape = self.shape
        for index, item in enumerate(ijson.items(events, f"{prefix}.item")):
            yield message(shape, item, f"{where}[{index}]")

    def _chats(self) -> Iterator[Message]:
        events, shape = self.events, self.shape
        _, event, _ = next(events)
        self._type(event, "chats", "start_map")
        for prefix, event, value in events:
            if prefix == "chats" and event == "map_key" and value == "list":
                break
            if prefix == "chats" and event == "end_map":
                raise shape.fail("chats", "missing key 'list'")
        _, event, _ = next(events)
        self._type(event, "chats.list", "start_array")
        names: list[str | None] = []
        chosen: int | None = None
        item = "chats.list.item"
        for prefix, event, value in events:
            if prefix == "chats.list" and event == "end_array":
                break
            if prefix != item:
                continue
            index = len(names)
            path = f"chats.list[{index}]"
            if event != "start_map":
                self._type(event, path, "start_map")
            name, found = None, False
            for prefix, event, value in events:
                if prefix == item and event == "end_map":
                    break
                if prefix != item or event != "map_key":
                    continue
                if value == "name":
                    name = self._name(f"{path}.name")
                elif value == "messages" and chosen is None and (
                    (self.chat is None and index == 0) or (self.chat is not None and name == self.chat)
                ):
                    _, event, _ = next(events)
                    self._type(event, f"{path}.messages", "start_array")
                    chosen, found = index, True
                    self.about["title"] = name
                    yield from self._messages(_inside(events, f"{item}.messages"),
                                              f"{item}.messages", f"{path}.messages")
                elif value == "messages":
                    found = True
            wanted = index == 0 if self.chat is None else name == self.chat
            if chosen is None and wanted:
                if found:
                    raise shape.fail(path, "its 'name' comes after its 'messages', so it cannot"
                                           " be picked by name while streaming")
                raise shape.fail(path, "missing key 'messages'")
            names.append(name)
        if not names:
            raise shape.fail("chats.list", "the export holds no chats")
        if chosen is None:
            raise shape.fail("chats.list", f"no chat named {self.chat!r}")
        if self.chat is None and len(names) > 1:
            others = ", ".join(repr(n) for n in names[1:])
            self.warnings.append(f"export holds {len(names)} chats; parsed the first, not {others}")


def _inside(events: Iterator, prefix: str) -> Iterator:
    """The events up to the end of the array at ``prefix`` (which is consumed)."""
    for triple in events:
        if triple[1] == "end_array" and triple[0] == prefix:
            return
        yield triple


def message(shape: Shape, item: Any, path: str) -> Message:
    """One Telegram message object as a Message (module rules)."""
    record = shape.obj(item, path)
    kind = shape.opt_str(record, "type", path) or "message"
    text = _text(shape, record.get("text"), f"{path}.text")
    sent_at = _sent_at(shape, record, path)
    attachments = _attachments(shape, record, path)
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
    reply = shape.opt_int(record, "reply_to_message_id", path)
    reactions = record.get("reactions")
    return Message(
        sender=sender or "(unknown sender)",
        sent_at=sent_at,
        text=text,
        source={"path": path},
        attachments=attachments,
        edited=record.get("edited") is not None or record.get("edited_unixtime") is not None,
        reactions=_reactions(shape, reactions, f"{path}.reactions") if reactions else (),
        reply_to=None if reply is None else str(reply),
        forwarded_from=shape.opt_str(record, "forwarded_from", path),
    )


def _reactions(shape: Shape, value: Any, path: str) -> tuple[Reaction, ...]:
    found: list[Reaction] = []
    for i, entry in enumerate(shape.arr(value, path)):
        where = f"{path}[{i}]"
        entry = shape.obj(entry, where)
        kind = shape.opt_str(entry, "type", where) or "emoji"
        if kind == "emoji":
            label = shape.opt_str(entry, "emoji", where) or "emoji"
        elif kind == "custom_emoji":
            label = f"custom_emoji:{shape.opt_str(entry, 'document_id', where) or ''}"
        else:
            label = kind
        recent = shape.opt_list(entry, "recent", where)
        for j, who in enumerate(recent[:100]):  # Telegram lists the few most recent
            who = shape.obj(who, f"{where}.recent[{j}]")
            found.append(Reaction(actor=shape.opt_str(who, "from", f"{where}.recent[{j}]")
                                  or shape.opt_str(who, "from_id", f"{where}.recent[{j}]"),
                                  reaction=label))
        count = shape.opt_int(entry, "count", where) or 0
        if count > len(recent):  # the rest only as a count: one record, not one per reaction
            found.append(Reaction(actor=None, reaction=label, count=count - len(recent)))
    return tuple(found)


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
