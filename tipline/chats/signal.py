"""Signal chats exported as text by signal-export (``chat.md``) and similar tools.

Shapes accepted (a record starts at a header; lines without one continue the record)::

    [2024-01-05 10:30:15] Sam: see you at practice          signal-export chat.md (current)
    [2024-01-05 10:30] Sam: see you at practice             signal-export (older), chat-miner
    [2019-12-24, 12:23] Jane Doe: Hello John!               chat-miner's Signal sample

What signal-export writes inside a record, and what becomes of it:

- two trailing spaces on every line (Markdown line breaks): removed;
- ``(This message was deleted)``: ``deleted=True``, empty text;
- a quote of the message answered, ``\\n\\n> quoted text\\n\\n`` before the body: removed from the
  text; ``reply_to`` is ``"line N"`` (the header line of the latest earlier message whose text
  starts with the quote), None when no such message is found (the export has no message ids);
- ``![name](./media/name)`` or ``[name](./media/name)``: an AttachmentRef, removed from the text;
- ``(( 😀 ))`` on its own line: a sticker AttachmentRef; ``(- Ann: 👍, Bo: ❤️ -)``: Reactions;
- call records (``Missed voice call``, ``Incoming video call (accepted, 2m 3s)``, ...): system
  records (``sender=None``) whose text is ``"<name>: <call text>"``.

``sent_at`` is the naive local time as written (``2024-01-05T10:30`` when the export has no
seconds). ``source`` is ``{"line": N}``, with ``"end_line"`` for records that span lines.

Detection: ISO dates in brackets are also how WhatsApp iOS writes headers in some locales
(``[2021-03-05 14:05:33]``). Signal's own shapes win over WhatsApp (0.97 against 0.95) when the
header has a comma and no seconds (chat-miner's Signal shape), has no seconds at all, or the file
has signal-export's Markdown marks (``.md`` name, trailing double spaces, ``](./media/``,
reactions); a bare ``[YYYY-MM-DD HH:MM:SS]`` .txt is left to WhatsApp (0.5).

Errors: ChatParseError for bytes that are not UTF-8 (with the line) and files with no header.
"""

from __future__ import annotations

import re
from pathlib import Path

from tipline.chats.base import ChatFormat, ChatParseError, attachment, kind_from_name
from tipline.chats.textlog import Warnings, decode_lines, head_lines, source
from tipline.model import AttachmentRef, Conversation, Message, Reaction

HEADER = re.compile(
    r"\[(?P<date>\d{4}-\d{2}-\d{2})(?P<comma>,?) (?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\]"
    r" (?P<body>.*)",
    re.S,
)
# Bounded name and target: unbounded, a line of many "[" made the search quadratic.
_ATTACHMENT = re.compile(
    r"(!?)\[(?P<name>[^\]\n]{0,500})\]\((?P<target>\./media/[^)\n]{0,500}|\.\./[^)\n]{0,500})\) *")
_REACTIONS = re.compile(r"\(- (?P<list>.*) -\)")
_STICKER = re.compile(r"\(\( (?P<label>.*) \)\)")
_DELETED = "(This message was deleted)"
_CALL = re.compile(
    r"(incoming|outgoing|missed) (voice |video )?call\b.*", re.I
)


def _sent_at(match: re.Match) -> str:
    time = f"{match['h']}:{match['mi']}" + (f":{match['s']}" if match["s"] else "")
    return f"{match['date']}T{time}"


class SignalFormat(ChatFormat):
    name = "signal"
    label = "Signal text export (signal-export)"

    def detect(self, path: Path, head: bytes) -> float:
        lines = head_lines(head)
        if not lines:
            return 0.0
        headers = [HEADER.match(line) for line in lines]
        found = [m for m in headers if m is not None and ": " in m["body"]]
        if not found:
            return 0.0
        first = found[0]
        position = headers.index(first)
        if position > 3:
            return 0.0
        markdown = (
            Path(path).suffix.lower() == ".md"
            or sum(line.endswith("  ") for line in lines) * 2 >= len(lines)
            or "](./media/" in head.decode("utf-8", errors="replace")
            or any(_REACTIONS.fullmatch(line.strip()) for line in lines)
        )
        if first["comma"] and not first["s"]:
            return 0.97
        if not first["s"] or markdown:
            return 0.97
        return 0.5

    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        path = Path(path)
        data = self.read(path, data, allow_empty=False)
        warnings = Warnings()
        lines = decode_lines(path, data, warnings)
        records: list[tuple[int, re.Match, list[str]]] = []
        preamble: list[tuple[int, str]] = []
        for number, line in enumerate(lines, start=1):
            match = HEADER.match(line)
            if match is not None:
                records.append((number, match, []))
            elif records:
                records[-1][2].append(line)
            elif line.strip():
                preamble.append((number, line))
        if not records:
            raise ChatParseError(path, "no Signal message header ([YYYY-MM-DD HH:MM] Name: text) found")
        messages: list[Message] = []
        if preamble:
            warnings.add(f"line {preamble[0][0]}: text before the first message kept as a system record")
            messages.append(Message(sender=None, sent_at=None,
                                    text="\n".join(t for _, t in preamble),
                                    source=source(preamble[0][0], preamble[-1][0])))
        header_lines: dict[int, str] = {}
        for number, match, more in records:
            message = _message(number, match, more, header_lines)
            messages.append(message)
            if message.sender is not None:
                header_lines[number] = message.text
        return Conversation(format=self.name, messages=tuple(messages), warnings=tuple(warnings))


def _message(number: int, match: re.Match, more: list[str], texts: dict[int, str]) -> Message:
    body = match["body"]
    sender, sep, first = body.partition(": ")
    if not sep:
        if body.endswith(":") and body.count(":") == 1:
            sender, first = body[:-1], ""
        else:
            sender, first = "", body
    raw = [first, *more]
    while len(raw) > 1 and not raw[-1].strip():
        raw.pop()
    lines = [line[:-2] if line.endswith("  ") else line.rstrip(" ") for line in raw]
    sent_at = _sent_at(match)
    where = source(number, number + len(raw) - 1)
    if not sender:
        return Message(sender=None, sent_at=sent_at, text="\n".join(lines).strip(), source=where)
    reply_to = None
    # A quote: an empty first line, then "> ..." lines, then an empty line.
    start = 0
    while start < len(lines) - 1 and lines[start] == "":
        start += 1
    if start and lines[start].startswith("> "):
        end = start
        while end < len(lines) and lines[end].startswith(">"):
            end += 1
        quote = "\n".join(line[2:] if line.startswith("> ") else line[1:]
                          for line in lines[start:end])
        rest = lines[end:]
        while rest and rest[0] == "":
            rest.pop(0)
        lines = rest or [""]
        for line_number in sorted(texts, reverse=True):
            if quote and texts[line_number].startswith(quote):
                reply_to = f"line {line_number}"
                break
    reactions: list[Reaction] = []
    attachments: list[AttachmentRef] = []
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        if (found := _REACTIONS.fullmatch(stripped)) is not None:
            for item in found["list"].split(", "):
                actor, colon, emoji = item.rpartition(":")
                if colon and emoji.strip():
                    reactions.append(Reaction(actor=actor.strip() or None, reaction=emoji.strip()))
            continue
        if (found := _STICKER.fullmatch(stripped)) is not None:
            attachments.append(attachment("sticker", None))
            continue
        for item in _ATTACHMENT.finditer(line):
            name = item["name"] or item["target"].rsplit("/", 1)[-1]
            kind = "image" if item.group(1) else kind_from_name(name)
            attachments.append(attachment(kind, name))
        kept.append(_ATTACHMENT.sub("", line).rstrip() if attachments else line)
    while kept and kept[-1] == "":
        kept.pop()
    text = "\n".join(kept)
    if text.strip() == _DELETED:
        return Message(sender=sender, sent_at=sent_at, text="", source=where, deleted=True)
    if _CALL.fullmatch(text.strip()) and not attachments:
        return Message(sender=None, sent_at=sent_at, text=f"{sender}: {text.strip()}", source=where)
    return Message(sender=sender, sent_at=sent_at, text=text, source=where,
                   attachments=tuple(attachments), reactions=tuple(reactions), reply_to=reply_to)
