"""Exports that are more than one file: a ``.zip`` or a folder holding one export.

``open_container(path)`` gives a read-only view of the files inside (names as POSIX paths
relative to the zip or folder); ``locate(box, formats)`` finds the export in it:

1. a WhatsApp chat (``_chat.txt``, ``WhatsApp Chat with X.txt``) with its media: the
   placeholders (``<attached: 00000012-PHOTO-...jpg>``, ``IMG-...jpg (file attached)``) become
   AttachmentRefs named by the member's path; a name missing from the export, and media no message
   refers to, are warnings;
2. a Discord data package (``messages/c<id>/messages.csv|json``), or one channel folder of it
   (``channel.json`` beside ``messages.csv``): see discord_package.py for the channel choice;
3. an Instagram or Messenger thread (``message_1.json``, ``message_2.json``, ...), merged;
4. else the one file in it that a format recognises (``result.json``, a DCE export beside its
   ``_Files`` folder); ``channel`` picks one when several are recognised.

Every message's ``source`` gains ``"file"``: the member path. Errors are ChatParseError naming
the zip or folder, then the member: ``"chat.zip: _chat.txt: line 3: not UTF-8 text"``.

Safety: archives.py reads zips in memory with limits and refuses unsafe ones; only the chat
files are read (never media). Nested zips are media like any other file: never opened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from tipline.chats.archives import (
    Container,
    FolderContainer,
    ZipContainer,
    is_zip,
    open_container,
    read_bytes,
)
from tipline.chats.base import HEAD_BYTES, ChatFormat, ChatParseError
from tipline.chats.discord_package import (
    DiscordPackageFormat,
    channel_folders,
    choose_channel,
    owner_name,
    read_small_json,
)
from tipline.chats.instagram import PART, InstagramFormat
from tipline.model import AttachmentRef, Conversation

__all__ = ["Container", "FolderContainer", "Located", "ZipContainer", "is_zip", "locate",
           "open_container"]

SMALL_JSON = 1024 * 1024
"""Most bytes read of a package's index.json, channel.json or user.json."""
WHATSAPP_CHAT = re.compile(
    r"(?i)(?:^|.*/)(_chat\.txt|whatsapp[ _-]chat[ _-].*\.txt|whatsapp-chat-.*\.txt)$")
CHAT_SUFFIXES = (".txt", ".json", ".csv", ".html", ".htm", ".log")
MAX_CANDIDATES = 50
"""Most files read, in a container holding no known export layout, to find the one chat."""


@dataclass
class Located:
    """The export found in a container: its format, how sure, and how to parse it."""

    format: str
    confidence: float
    parse: Callable[[], Conversation]


def locate(box: Container, formats: Mapping[str, ChatFormat], *, format: str | None = None,
           channel: str | None = None) -> Located:
    """The export in ``box`` (see the module docstring); ``format`` forces the format of the
    chat file; ``channel`` picks a Discord channel, a thread folder or a file."""
    whatsapp = [name for name in box.names if WHATSAPP_CHAT.match(name)]
    if whatsapp:
        member = _pick(box, whatsapp, channel, "WhatsApp chats")
        return _whatsapp(box, formats, member, format)
    if channel_folders(box.names) or _channel_folder_given(box):
        return _discord_package(box, channel, format)
    parts = [name for name in box.names if PART.match(name)]
    if parts:
        return _instagram(box, parts, channel, format)
    return _single(box, formats, channel, format)


def _pick(box: Container, members: list[str], channel: str | None, what: str) -> str:
    if channel is not None:
        chosen = [m for m in members if channel in (m, m.rsplit("/", 1)[-1])
                  or m.startswith(channel.rstrip("/") + "/")]
        if len(chosen) == 1:
            return chosen[0]
        raise box.fail(None, f"no single one of the {what} matches {channel!r}: "
                             f"{_listing(members)}")
    if len(members) > 1:
        raise box.fail(None, f"holds {len(members)} {what}; choose one with --channel: "
                             f"{_listing(members)}")
    return members[0]


def _listing(names: list[str], most: int = 10) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _forced(formats: Mapping[str, ChatFormat], format: str | None) -> ChatFormat | None:
    return formats[format] if format is not None else None


def _best_for(box: Container, formats: Mapping[str, ChatFormat], member: str, head: bytes,
              format: str | None) -> tuple[ChatFormat, float]:
    forced = _forced(formats, format)
    if forced is not None:
        return forced, _score(forced, member, head)
    scores = sorted(((_score(f, member, head), f) for f in formats.values()),
                    key=lambda pair: pair[0], reverse=True)
    if not scores or scores[0][0] <= 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        raise box.fail(member, "unknown chat export format")
    return scores[0][1], scores[0][0]


def _score(chat_format: ChatFormat, member: str, head: bytes) -> float:
    try:
        return float(chat_format.detect(Path(PurePosixPath(member).name or "member"), head))
    except Exception:  # a detector must not raise; one that does is simply not sure
        return 0.0


def _parse_member(box: Container, chat_format: ChatFormat, member: str,
                  data: bytes) -> Conversation:
    try:
        conversation = chat_format.parse(Path(PurePosixPath(member).name or "member"), data)
    except ChatParseError as error:
        raise box.wrap(member, error) from None
    messages = tuple(replace(m, source={**m.source, "file": member})
                     for m in conversation.messages)
    return replace(conversation, messages=messages,
                   warnings=(*box.warnings, *conversation.warnings))


# --- WhatsApp --------------------------------------------------------------------------------


def _whatsapp(box: Container, formats: Mapping[str, ChatFormat], member: str,
              format: str | None) -> Located:
    data = box.read(member)
    chat_format, confidence = _best_for(box, formats, member, data[:HEAD_BYTES], format)

    def parse() -> Conversation:
        conversation = _parse_member(box, chat_format, member, data)
        return _link_media(box, member, conversation)

    return Located(chat_format.name, confidence, parse)


def _link_media(box: Container, member: str, conversation: Conversation) -> Conversation:
    folder = member.rsplit("/", 1)[0] + "/" if "/" in member else ""
    media = {name for name in box.names if name != member and name.startswith(folder)}
    by_base: dict[str, list[str]] = {}
    for name in media:
        by_base.setdefault(name.rsplit("/", 1)[-1], []).append(name)
    used: set[str] = set()
    warnings = list(conversation.warnings)
    messages = []
    for message in conversation.messages:
        refs = []
        for ref in message.attachments:
            if ref.name is None:
                refs.append(ref)
                continue
            target = folder + ref.name if folder + ref.name in media else None
            if target is None and len(by_base.get(ref.name, [])) == 1:
                target = by_base[ref.name][0]
            if target is None:
                where = message.source.get("line")
                warnings.append(f"{member}: line {where}: attached file {ref.name!r} is not in "
                                f"the {box.kind}")
                refs.append(ref)
            else:
                used.add(target)
                refs.append(AttachmentRef(kind=ref.kind, name=target))
        messages.append(replace(message, attachments=tuple(refs)) if refs else message)
    unused = sorted(media - used)
    if unused:
        warnings.append(f"{len(unused)} file(s) in the {box.kind} not referred to by any "
                        f"message: {_listing(unused, 5)}")
    return replace(conversation, messages=tuple(messages), warnings=tuple(warnings))


# --- Discord data package ------------------------------------------------------------------


def _channel_folder_given(box: Container) -> bool:
    lower = {name.lower() for name in box.names}
    return "channel.json" in lower and bool({"messages.csv", "messages.json"} & lower)


def _member_ci(box: Container, wanted: str) -> str | None:
    matches = [name for name in box.names if name.lower() == wanted.lower()]
    return matches[0] if matches else None


def _small(box: Container, member: str | None) -> bytes | None:
    return box.read(member, SMALL_JSON) if member else None


def _outside(path: Path) -> bytes | None:
    """A small file next to a channel folder given on its own (index.json, user.json)."""
    try:
        if path.is_file() and not path.is_symlink():
            return read_bytes(path, SMALL_JSON)
    except ChatParseError:
        return None
    return None


def _discord_package(box: Container, channel: str | None, format: str | None) -> Located:
    plugin = DiscordPackageFormat()
    if format is not None and format != plugin.name:
        raise box.fail(None, f"holds a Discord data package, not {format}")
    folders = channel_folders(box.names)
    index: dict = {}
    owner_data: bytes | None = None
    owner_file = "account/user.json"
    if folders:
        root = next(iter(folders.values()))[0]
        index_member = _member_ci(box, f"{root}messages/index.json")
        index = read_small_json(box.path, _small(box, index_member) or b"{}")
        owner_member = _member_ci(box, f"{root}account/user.json")
        owner_data, owner_file = _small(box, owner_member), owner_member or owner_file
        infos = {folder: read_small_json(box.path, _small(box, _member_ci(
            box, f"{folder}/channel.json")) or b"{}") for folder in folders}
        folder = choose_channel(box.path, folders, index, infos, channel)
        member = folders[folder][1]
        info = infos[folder]
    else:  # one channel folder given on its own
        folder = ""
        member = (_member_ci(box, "messages.json") or _member_ci(box, "messages.csv")
                  or "messages.csv")
        info = read_small_json(box.path, _small(box, _member_ci(box, "channel.json")) or b"{}")
        if box.kind == "folder":
            index = read_small_json(box.path, _outside(box.path.parent / "index.json") or b"{}")
            for account in ("account", "Account"):
                owner_data = owner_data or _outside(box.path.parent.parent / account / "user.json")
    owner = None
    if owner_data is not None:
        try:
            owner = owner_name(Path(owner_file), owner_data)
        except ChatParseError as error:
            raise box.wrap(owner_file, error) from None
    ident = (folder or box.path.name).rsplit("/", 1)[-1].lstrip("cC")
    title = index.get(ident) if isinstance(index.get(ident), str) else None
    title = title or (info.get("name") if isinstance(info.get("name"), str) else None)
    data = box.read(member)

    def parse() -> Conversation:
        try:
            conversation = plugin.parse(Path(PurePosixPath(member).name), data, owner=owner,
                                        member=member, title=title)
        except ChatParseError as error:
            raise box.wrap(member, error) from None
        return replace(conversation, warnings=(*box.warnings, *conversation.warnings))

    confidence = 0.95 if info else 0.8
    return Located(plugin.name, confidence, parse)


# --- Instagram / Messenger thread ----------------------------------------------------------


def _instagram(box: Container, parts: list[str], channel: str | None,
               format: str | None) -> Located:
    plugin = InstagramFormat()
    if format is not None and format != plugin.name:
        raise box.fail(None, f"holds an Instagram/Messenger thread, not {format}")
    threads: dict[str, list[str]] = {}
    for name in parts:
        threads.setdefault(name.rsplit("/", 1)[0] if "/" in name else "", []).append(name)
    folder = _pick(box, sorted(threads), channel, "threads") if (
        channel is not None or len(threads) > 1) else next(iter(threads))
    members = threads[folder]
    loaded = [(member, Path(PurePosixPath(member).name), box.read(member)) for member in members]
    first = min(loaded, key=lambda part: part[0])
    confidence = _score(plugin, first[0], first[2][:HEAD_BYTES])
    if confidence <= 0:
        raise box.fail(first[0], "not an Instagram or Messenger message file")

    def parse() -> Conversation:
        try:
            conversation = plugin.parse_parts(loaded)
        except ChatParseError as error:
            member = next((m for m, p, _ in loaded if p == error.file), first[0])
            raise box.wrap(member, error) from None
        return replace(conversation, warnings=(*box.warnings, *conversation.warnings))

    return Located(plugin.name, confidence, parse)


# --- one chat file -------------------------------------------------------------------------


def _single(box: Container, formats: Mapping[str, ChatFormat], channel: str | None,
            format: str | None) -> Located:
    candidates = [name for name in box.names if name.lower().endswith(CHAT_SUFFIXES)
                  and "_files/" not in name.lower()]
    if channel is not None:
        candidates = [_pick(box, candidates, channel, "chat files")]
    found: list[tuple[float, str, ChatFormat, bytes]] = []
    for member in candidates[:MAX_CANDIDATES]:
        data = box.read(member)
        try:
            chat_format, score = _best_for(box, formats, member, data[:HEAD_BYTES], format)
        except ChatParseError:
            continue
        if score > 0 or format is not None:
            found.append((score, member, chat_format, data))
    if not found:
        raise box.fail(None, "no chat export found in this " + box.kind + " (expected a "
                             "WhatsApp _chat.txt, a Discord package's messages folder, Instagram "
                             "message_N.json, or one chat file)")
    if len(found) > 1:
        raise box.fail(None, f"holds {len(found)} chat files; choose one with --channel: "
                             f"{_listing([f[1] for f in found])}")
    score, member, chat_format, data = found[0]
    return Located(chat_format.name, score,
                   lambda: _parse_member(box, chat_format, member, data))
