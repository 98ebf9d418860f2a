"""Discord's own data package ("Request all of my Data"): the ``messages`` folder.

Shape accepted::

    account/user.json                {"id": ..., "username": ..., "global_name": ...}
    messages/index.json              {"<channel id>": "Direct Message with sam" | null, ...}
    messages/c<id>/channel.json      {"id": ..., "type": 1 | "DM" | 0 | "GUILD_TEXT" | ...,
                                      "name": ..., "guild": {"name": ...}, "recipients": [...]}
    messages/c<id>/messages.csv      ID,Timestamp,Contents,Attachments
    messages/c<id>/messages.json     [{"ID": ..., "Timestamp": ..., "Contents": ...,
                                       "Attachments": ...}, ...]        (newer packages)

Folder names may be capitalised (``Messages``, ``Account``) and older packages drop the ``c``.

Rules:

- The package holds only the messages the account owner wrote, so every message's ``sender``
  is the owner: ``global_name``, else ``username`` from ``account/user.json`` when the package
  has it, else ``"(account owner)"``. A warning says so on every Conversation.
- One Conversation per channel. A whole package parses the channel named by ``channel`` (the
  folder ``c123``, the id ``123``, or the name in ``index.json``/``channel.json``); without it, the
  only channel, else the only direct message (``type`` 1 or ``"DM"``); otherwise
  ChatParseError listing the channels.
- ``messages.csv`` or ``messages.json`` on its own (the file itself, not the package) is the
  ``discord-package`` format, with sender ``"(account owner)"``.
- Files list the newest message first; messages come out oldest first. ``source`` is
  ``{"line": N}`` (``"end_line"`` for contents with line breaks) in CSV, ``{"path": "[3]"}`` in
  JSON, plus ``"file"`` (the member path) when read from a package.
- ``Timestamp`` (``2021-03-07 20:38:22.392000+00:00``) is kept as written with ``T`` for the
  space; ``Attachments`` is a space-separated list of URLs.

Errors: ChatParseError with the line (CSV), the JSON path (JSON), or the channel choice.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from tipline.chats.base import ChatFormat, ChatParseError, attachment, kind_from_name
from tipline.chats.csvshape import csv_rows, one_newline, csv_timestamp, decode_text, first_line, url_name
from tipline.chats.jsonshape import Shape, has_key, load_json
from tipline.model import Conversation, Message

CSV_HEADER = ["ID", "Timestamp", "Contents", "Attachments"]
OWNER = "(account owner)"
ONLY_OWNER = "a Discord data package holds only the account owner's own messages"
DM_TYPES = (1, "1", "DM")
CHANNEL_FOLDER = re.compile(r"(?i)^(?P<root>(?:.*/)?)messages/(?P<dir>c?\d{1,25})/"
                            r"(?P<file>messages\.(?:csv|json))$")


class DiscordPackageFormat(ChatFormat):
    name = "discord-package"
    label = "Discord data package"

    def detect(self, path: Path, head: bytes) -> float:
        if [c.strip() for c in first_line(head).split(",")] == CSV_HEADER:
            return 0.95
        text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
        if text.startswith("["):
            if all(has_key(text, key) for key in ("ID", "Timestamp", "Contents")):
                return 0.95
            if text.rstrip() == "[]" and path.name.lower() == "messages.json":
                return 0.5
        return 0.0

    def parse(self, path: Path, data: bytes | None = None, *, owner: str | None = None,
              member: str | None = None, title: str | None = None) -> Conversation:
        """Parse one ``messages.csv``/``messages.json``; ``member`` (the path inside a package)
        is added to every source as ``"file"``."""
        path = Path(path)
        data = self.read(path, data)
        sender = owner or OWNER
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            messages, warnings = _from_json(path, data, sender)
        else:
            messages, warnings = _from_csv(path, data, sender)
        if len(messages) > 1 and _later(messages[0], messages[-1]):
            messages.reverse()
        if member:
            messages = [_with_file(m, member) for m in messages]
        return Conversation(format=self.name, messages=tuple(messages),
                            warnings=(ONLY_OWNER, *warnings), title=title)


def _later(first: Message, last: Message) -> bool:
    """Whether ``first`` was sent after ``last`` (the file is newest first)."""
    try:
        a = datetime.fromisoformat(first.sent_at or "")
        b = datetime.fromisoformat(last.sent_at or "")
        return (a.tzinfo is None) == (b.tzinfo is None) and a > b
    except ValueError:
        return False


def _with_file(message: Message, member: str) -> Message:
    return replace(message, source={**message.source, "file": member})


def _attachments(urls: str):
    return tuple(attachment(kind_from_name(name), name)
                 for name in (url_name(url) for url in urls.split()) if name)


def _from_csv(path: Path, data: bytes, sender: str) -> tuple[list[Message], list[str]]:
    rows = csv_rows(path, decode_text(path, data))
    if not rows or [c.strip() for c in rows[0][0]] != CSV_HEADER:
        raise ChatParseError(path, "expected the header ID,Timestamp,Contents,Attachments", line=1)
    messages: list[Message] = []
    warnings: list[str] = []
    for row, start, end in rows[1:]:
        if not any(row):
            continue
        if len(row) != 4:
            warnings.append(f"line {start}: {len(row)} fields, expected 4")
        _, stamp, contents, urls = (row + [""] * 4)[:4]
        sent_at = csv_timestamp(stamp)
        if sent_at is None and stamp.strip():
            warnings.append(f"line {start}: timestamp {stamp[:40]!r} not understood")
        source = {"line": start} if end == start else {"line": start, "end_line": end}
        messages.append(Message(sender=sender, sent_at=sent_at, text=one_newline(contents),
                                source=source,
                                attachments=_attachments(urls)))
    return messages, warnings


def _from_json(path: Path, data: bytes, sender: str) -> tuple[list[Message], list[str]]:
    shape = Shape(path)
    items = shape.arr(load_json(path, data), "")
    messages: list[Message] = []
    warnings: list[str] = []
    for i, item in enumerate(items):
        where = f"[{i}]"
        record = shape.obj(item, where)
        stamp = shape.opt_str(record, "Timestamp", where)
        sent_at = csv_timestamp(stamp) if stamp else None
        if sent_at is None and stamp:
            raise shape.fail(f"{where}.Timestamp", f"not a timestamp: {stamp[:40]!r}")
        messages.append(Message(
            sender=sender, sent_at=sent_at, text=shape.opt_str(record, "Contents", where) or "",
            source={"path": where},
            attachments=_attachments(shape.opt_str(record, "Attachments", where) or "")))
    return messages, warnings


# --- the package ------------------------------------------------------------------------------


def owner_name(file: Path, data: bytes) -> str | None:
    """The display name in ``account/user.json`` (``global_name``, else ``username``)."""
    shape = Shape(file)
    root = shape.obj(load_json(file, data), "")
    return shape.opt_str(root, "global_name", "") or shape.opt_str(root, "username", "")


def channel_folders(names: list[str]) -> dict[str, tuple[str, str]]:
    """``{"messages/c123": (root, member)}`` for every channel folder among ``names``; the JSON
    file wins over the CSV when a folder has both."""
    found: dict[str, tuple[str, str]] = {}
    for name in sorted(names):
        match = CHANNEL_FOLDER.match(name)
        if match is None:
            continue
        folder = name.rsplit("/", 1)[0]
        if folder not in found or name.lower().endswith(".json"):
            found[folder] = (match["root"], name)
    return found


def channel_description(folder: str, index: dict, info: dict) -> str:
    """How a channel is named to people: ``c123 (Direct Message with sam)``."""
    ident = folder.rsplit("/", 1)[-1]
    label = index.get(ident.lstrip("cC")) or info.get("name")
    guild = info.get("guild") if isinstance(info.get("guild"), dict) else {}
    if not label and guild.get("name"):
        label = f"in {guild['name']}"
    return f"{ident} ({label})" if isinstance(label, str) and label else ident


def choose_channel(file: Path, folders: dict[str, Any], index: dict, infos: dict[str, dict],
                   channel: str | None) -> str:
    """The folder of the channel to parse (see the module docstring)."""
    def names_of(folder: str) -> set[str]:
        ident = folder.rsplit("/", 1)[-1]
        info = infos.get(folder, {})
        found = {ident.lower(), ident.lstrip("cC").lower()}
        for value in (index.get(ident.lstrip("cC")), info.get("name"), info.get("id")):
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                found.add(str(value).lower())
        return found

    listing = ", ".join(channel_description(f, index, infos.get(f, {})) for f in folders)
    if channel is not None:
        chosen = [f for f in folders if channel.strip().lower() in names_of(f)]
        if len(chosen) != 1:
            raise ChatParseError(file, f"no single channel {channel!r} in this Discord package "
                                       f"(channels: {listing})")
        return chosen[0]
    if len(folders) == 1:
        return next(iter(folders))
    dms = [f for f in folders if infos.get(f, {}).get("type") in DM_TYPES]
    if len(dms) == 1:
        return dms[0]
    raise ChatParseError(file, f"this Discord package holds {len(folders)} channels; "
                               f"choose one with --channel (channels: {listing})")


def read_small_json(file: Path, data: bytes) -> dict:
    """A small JSON object (index.json, channel.json); {} when it is something else."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}
