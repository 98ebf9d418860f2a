"""DiscordChatExporter exports of one channel (DM or guild): JSON (``discord``) and CSV
(``discord-csv``). Discord's own data package is in discord_package.py.

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
- ``reactions`` (``[{"emoji": {"name": ...}, "count": 2, "users": [...]}]``) become one
  Reaction per user listed (actor: nickname, else name) and one with ``actor=None`` for each
  further count, at most MAX_REACTIONS per emoji (a warning says when more were left out).
- ``reference.messageId`` becomes ``reply_to``.

CSV (``AuthorID,Author,Date,Content,Attachments,Reactions``, every field quoted):

- One record per row; ``source`` is ``{"line": N}`` or ``{"line": N, "end_line": M}`` when the
  content holds line breaks. ``sender`` is ``Author``; there are no system records in CSV.
- ``Date`` as ISO 8601 keeps its offset; older DCE locale dates (``07-Mar-21 08:38 PM``) become
  naive local time; anything else leaves ``sent_at`` empty, with a warning.
- ``Attachments`` is a comma-separated list of URLs (AttachmentRef named by the URL's file
  name); ``Reactions`` is ``name (count),name (count)``. A tab that DCE puts before a content
  beginning with ``=``, ``+``, ``-`` or ``@`` (its guard against spreadsheet formulas) is removed.

Errors: ChatParseError with the JSON path (missing ``messages``, wrong types, a timestamp
without an offset) or the CSV line (bad quoting, not UTF-8).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import re

from tipline.chats.base import ChatFormat, ChatParseError, attachment, kind_from_name
from tipline.chats.csvshape import csv_rows, one_newline, csv_timestamp, decode_text, first_line, url_name
from tipline.chats.jsonshape import JsonChatFormat, Shape, has_key, head_text
from tipline.model import AttachmentRef, Conversation, Message, Reaction

PEOPLE_TYPES = frozenset({"Default", "Reply"})
MAX_REACTIONS = 100
"""Reactions kept per emoji of one message (a count of 10,000 would be 10,000 objects)."""
CSV_HEADER = ["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"]


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
            messages.append(self._message(shape, record, path, warnings))
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

    def _message(self, shape: Shape, record: dict, path: str, warnings: list[str]) -> Message:
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
        reactions = _reactions(shape, record, path, warnings)
        reply_to = None
        if record.get("reference") is not None:
            reference = shape.obj(record["reference"], f"{path}.reference")
            reply_id = reference.get("messageId")
            if isinstance(reply_id, (str, int)) and not isinstance(reply_id, bool):
                reply_to = str(reply_id)
        if kind not in PEOPLE_TYPES:
            text = f"{author}: {content or kind}" if author else (content or kind)
            return Message(
                sender=None,
                sent_at=sent_at,
                text=text,
                source={"path": path},
                attachments=attachments,
                edited=edited,
                reactions=reactions,
            )
        return Message(
            sender=author or "(unknown author)",
            sent_at=sent_at,
            text=content,
            source={"path": path},
            attachments=attachments,
            edited=edited,
            reactions=reactions,
            reply_to=reply_to,
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


def _reactions(shape: Shape, record: dict, path: str, warnings: list[str]) -> tuple[Reaction, ...]:
    found: list[Reaction] = []
    for i, item in enumerate(shape.opt_list(record, "reactions", path)):
        where = f"{path}.reactions[{i}]"
        entry = shape.obj(item, where)
        emoji = shape.obj(shape.key(entry, "emoji", where), f"{where}.emoji")
        name = shape.opt_str(emoji, "name", f"{where}.emoji") or "?"
        count = shape.opt_int(entry, "count", where) or 0
        users = shape.opt_list(entry, "users", where)
        actors = []
        for j, user in enumerate(users[:MAX_REACTIONS]):
            person = shape.obj(user, f"{where}.users[{j}]")
            actors.append(shape.opt_str(person, "nickname", f"{where}.users[{j}]")
                          or shape.opt_str(person, "name", f"{where}.users[{j}]"))
        if len(users) > MAX_REACTIONS:
            warnings.append(f"{where}: {name} by {len(users)} people; the first "
                            f"{MAX_REACTIONS} are named")
        found += [Reaction(actor=actor, reaction=name) for actor in actors]
        if count > len(actors):  # the rest only as a count: one record, not one per reaction
            found.append(Reaction(actor=None, reaction=name, count=count - len(actors)))
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


_CSV_REACTION = re.compile(r"\s*(?P<name>.+?) \((?P<count>\d{1,9})\)\s*")


class DiscordCsvFormat(ChatFormat):
    name = "discord-csv"
    label = "DiscordChatExporter CSV"

    def detect(self, path: Path, head: bytes) -> float:
        columns = [c.strip() for c in first_line(head).split(",")]
        if columns == CSV_HEADER:
            return 0.95
        if columns[:4] == CSV_HEADER[:4]:
            return 0.8
        return 0.0

    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        path = Path(path)
        rows = csv_rows(path, decode_text(path, self.read(path, data)))
        header = [c.strip() for c in rows[0][0]] if rows else []
        if header[:4] != CSV_HEADER[:4]:
            raise ChatParseError(path, "expected the header AuthorID,Author,Date,Content,...",
                                 line=1)
        warnings: list[str] = []
        messages = [self._row(row, start, end, warnings) for row, start, end in rows[1:]
                    if any(cell for cell in row)]
        return Conversation(format=self.name, messages=tuple(messages), warnings=tuple(warnings))

    def _row(self, row: list[str], start: int, end: int, warnings: list[str]) -> Message:
        cells = (row + [""] * 6)[:6]
        if len(row) != 6:
            warnings.append(f"line {start}: {len(row)} fields, expected 6")
        _, author, date, content, attachments, reactions = cells
        sent_at = csv_timestamp(date)
        if sent_at is None and date.strip():
            warnings.append(f"line {start}: date {date[:40]!r} not understood; time left empty")
        if content[:1] == "\t" and content[1:2] in ("=", "+", "-", "@", "\t", "\r"):
            content = content[1:]
        refs = tuple(attachment(kind_from_name(name), name)
                     for name in (url_name(url) for url in attachments.split(",") if url.strip()))
        found: list[Reaction] = []
        for part in (p for p in reactions.split(",") if p.strip()):
            match = _CSV_REACTION.fullmatch(part)
            if match is None:
                found.append(Reaction(actor=None, reaction=part.strip()))
                continue
            found.append(Reaction(actor=None, reaction=match["name"], count=int(match["count"])))
        source = {"line": start} if end == start else {"line": start, "end_line": end}
        return Message(sender=author or "(unknown author)", sent_at=sent_at, text=one_newline(content),
                       source=source, attachments=refs, reactions=tuple(found))
