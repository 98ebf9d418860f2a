"""iMessage conversations exported by imessage-exporter, as HTML (``.html``) or text (``.txt``).

HTML (one ``<div class="message">`` per message, ``<div class="announcement">`` for renames)::

    <div class="message"><div class="sent iMessage">   (or "received", "sent SMS")
      <p><span class="timestamp">Jul 17, 2022 5:04:04 PM (Read by you after 5 seconds)</span>
         <span class="sender">Me</span></p>
      Subject: <span class="subject">...</span>
      <div class="message_part"><span class="bubble">text</span></div>
      <div class="message_part"><img src="attachments/x.jpeg"></div>
      <div class="message_part"><div class="app"><a href="https://...">...</a></div></div>
      <div class="message_part"><div class="edited"><table>...<tfoot><tr>
         <td><span class="timestamp">Edited 9 seconds later</span></td><td>new text</td>
      <div class="reactions"><div class="reaction"><span><b>Loved</b> by Name</span></div>
      <div class="replies"><div class="reply"><div class="message">...</div></div></div>

Text (a blank line between top-level messages, replies indented by four spaces)::

    Jul 17, 2022  5:04:04 PM
    Me
    text
    Tapbacks:
    Loved by +15555550100
        Jul 17, 2022  5:32:03 PM
        Me
        a reply
    Jul 17, 2022  5:04:50 PM You renamed the conversation to Weekend plans

Rules:

- ``sent_at``: the naive local time as written (``2022-07-17T17:04:04``); the "(Read by ...)"
  note is dropped. ``sender`` as written ("Me" for the exporting account).
- Text: the bubbles, one per line; a subject comes first as ``Subject: ...`` (HTML) or as the
  first line (text). For an edited message the text is the last version and ``edited=True``.
  "This message was deleted from the conversation!" and ``unsent`` parts give ``deleted=True``.
- Attachments: images, videos and audio in a message part (by file name), app and link previews
  (kind ``"link"``, named by the URL); a missing attachment is an AttachmentRef without a name.
- Tapbacks ("Loved by Name", "Liked by Me", a sticker "from Me") become Reactions.
- Replies come right after the message they answer, with ``reply_to`` = ``"line N"``, the
  ``source`` line of that message (the export has no message ids).
- Announcements (renames, photo changes, "unsent a message!") are system records.
- ``source``: HTML: the ``<div class="message">`` start line, with ``end_line`` at its end tag;
  text: ``{"line": N, "end_line": M}`` over the record's lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from tipline.chats.base import ChatFormat, ChatParseError, attachment, kind_from_name
from tipline.chats.htmltree import Node, parse_html, source_of, starts_as_html
from tipline.chats.textlog import Warnings, decode_lines, head_lines, source
from tipline.model import AttachmentRef, Conversation, Message, Reaction

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
STAMP = re.compile(
    r"(?P<mon>[A-Z][a-z]{2}) +(?P<day>\d{1,2}), (?P<year>\d{4})[ \u202f\u00a0]+(?P<h>\d{1,2}):"
    r"(?P<mi>\d{2})(?::(?P<s>\d{2}))?[ \u202f\u00a0]*(?P<ap>AM|PM)?"
)
# No leading \s*: tried at every position of a long run of spaces it made the search quadratic.
_READ = re.compile(r"\((Read|Delivered|Sent)\b[^)]{0,300}\)\s*")
_TAPBACK = re.compile(
    r"(?P<kind>Loved|Liked|Disliked|Laughed at|Emphasized|Questioned|Reacted [^\s]+)"
    r"(?: to)? by (?P<who>.+)"
)
_EDITED = re.compile(r"Edited .{1,80}? later(?:: (?P<text>.*))?")
_DELETED = "This message was deleted from the conversation!"
_REPLY_NOTE = "This message responded to an earlier message."


def _stamp(text: str) -> tuple[str | None, int]:
    """The ISO time at the start of ``text`` and where it ends, or (None, 0)."""
    found = STAMP.match(text)
    if found is None or found["mon"].lower() not in _MONTHS:
        return None, 0
    hour = int(found["h"])
    if found["ap"]:
        if not 1 <= hour <= 12:
            return None, 0
        hour = hour % 12 + (12 if found["ap"] == "PM" else 0)
    day, minute = int(found["day"]), int(found["mi"])
    if not (1 <= day <= 31 and hour <= 23 and minute <= 59):
        return None, 0
    value = f"{found['year']}-{_MONTHS[found['mon'].lower()]:02d}-{day:02d}T{hour:02d}:{minute:02d}"
    if found["s"]:
        value += f":{found['s']}"
    return value, found.end()


class IMessageFormat(ChatFormat):
    name = "imessage"
    label = "iMessage export (imessage-exporter)"

    def detect(self, path: Path, head: bytes) -> float:
        text = head.decode("utf-8", errors="replace")
        if starts_as_html(head) and re.search(r'class="(sent|received)\b', text) and \
                'class="timestamp"' in text and re.search(r'class="message"', text):
            return 0.95
        lines = head_lines(head, 10)
        if len(lines) >= 2 and _stamp(lines[0])[0] is not None:
            rest = lines[0][_stamp(lines[0])[1]:].strip()
            if not rest or _READ.fullmatch(rest.strip()):
                return 0.9
            if re.search(r"renamed the conversation|changed the group photo|unsent a message", rest):
                return 0.9
        return 0.0

    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        path = Path(path)
        data = self.read(path, data, allow_empty=False)
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return _parse_html(path, data, self.name)
        return _parse_text(path, data, self.name)


# --- HTML ---------------------------------------------------------------------------------


def _is_message(node: Node) -> bool:
    return node.has_class("message") or node.has_class("announcement")


def _parse_html(path: Path, data: bytes, name: str) -> Conversation:
    root = parse_html(path, data)
    messages: list[Message] = []
    tops = root.find_all(stop=_is_message)
    tops = [n for n in tops if _is_message(n)]
    if not tops:
        raise ChatParseError(path, 'no iMessage message (div class="message") found')
    for top in tops:
        _html_message(top, None, messages)
    return Conversation(format=name, messages=tuple(messages))


def _html_message(node: Node, reply_to: str | None, out: list[Message]) -> None:
    where = source_of(node)
    if node.has_class("announcement"):
        stamp = node.find(cls="timestamp")
        sent_at = _stamp(stamp.text())[0] if stamp is not None else None
        text = node.text(skip=lambda n: n.has_class("timestamp"))
        out.append(Message(sender=None, sent_at=sent_at, text=text, source=where))
        return
    body = node
    for candidate in node.elements():
        if candidate.has_class("sent") or candidate.has_class("received"):
            body = candidate
            break

    def own(n: Node) -> bool:  # parts of this message, not of its replies
        return n.has_class("replies") or n.has_class("reactions")

    stamp = body.find(cls="timestamp", stop=own)
    sent_at = _stamp(stamp.text())[0] if stamp is not None else None
    sender_node = body.find(cls="sender", stop=own)
    sender = sender_node.text() if sender_node is not None else None
    lines: list[str] = []
    subject = body.find(cls="subject", stop=own)
    if subject is not None:
        lines.append(f"Subject: {subject.text()}")
    attachments: list[AttachmentRef] = []
    edited = deleted = False
    for part in body.find_all(cls="message_part", stop=lambda n: own(n) or n.has_class("message_part")):
        edit = part.find(cls="edited")
        if edit is not None:
            rows = edit.find_all("tr")
            if rows:
                cells = rows[-1].find_all("td")
                if cells:
                    lines.append(cells[-1].text())
            edited = True
            continue
        if part.find(cls="unsent") is not None:
            deleted = True
            continue
        app = part.find(cls="app")
        if app is not None:
            link = app.find("a")
            attachments.append(attachment("link", link.attrs.get("href") if link else None))
            continue
        for media in part.find_all(stop=lambda n: n.tag in ("img", "video", "audio")):
            if media.tag in ("img", "video", "audio"):
                src = media.attrs.get("src") or None
                if src is None:
                    inner_source = media.find("source")
                    src = inner_source.attrs.get("src") if inner_source is not None else None
                default = "image" if media.tag == "img" else media.tag
                attachments.append(attachment(kind_from_name(src, default), src))
        text = part.text(skip=lambda n: n.tag in ("img", "video", "audio"))
        if text:
            lines.append(text)
    reactions: list[Reaction] = []
    for block in body.find_all(cls="reactions", stop=lambda n: n.has_class("replies")):
        for reaction in block.find_all("div", cls="reaction"):
            said = reaction.text()
            found = _TAPBACK.fullmatch(said)
            if found is not None:
                reactions.append(Reaction(actor=found["who"], reaction=found["kind"]))
            elif said.startswith("from "):
                reactions.append(Reaction(actor=said[5:].strip() or None, reaction="sticker"))
            elif said:
                reactions.append(Reaction(actor=None, reaction=said))
    text = "\n".join(lines)
    if text == _DELETED:
        text, deleted = "", True
    out.append(Message(sender=sender or "(unknown sender)", sent_at=sent_at, text=text,
                       source=where, attachments=tuple(attachments), deleted=deleted,
                       edited=edited, reactions=tuple(reactions), reply_to=reply_to))
    anchor = f"line {where['line']}"
    for replies in body.find_all(cls="replies", stop=lambda n: n.has_class("replies")):
        for reply in replies.find_all(cls="message", stop=_is_message):
            _html_message(reply, anchor, out)


# --- text ---------------------------------------------------------------------------------


def _parse_text(path: Path, data: bytes, name: str) -> Conversation:
    warnings = Warnings()
    lines = decode_lines(path, data, warnings)
    messages: list[Message] = []
    parents: dict[int, str] = {}  # indent -> "line N" of the latest message at that indent
    index = 0
    found_any = False
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        indent = len(line) - len(line.lstrip(" "))
        stripped = line.strip()
        sent_at, end = _stamp(stripped)
        rest = stripped[end:]
        if sent_at is None:
            warnings.add(f"line {index + 1}: text outside a message kept as a system record")
            messages.append(Message(sender=None, sent_at=None, text=stripped,
                                    source={"line": index + 1}))
            index += 1
            continue
        found_any = True
        note = _READ.sub("", rest).strip() if rest.strip() else ""
        if note:  # an announcement on the stamp line
            messages.append(Message(sender=None, sent_at=sent_at, text=note,
                                    source={"line": index + 1}))
            index += 1
            continue
        first = index + 1
        index += 1
        sender = lines[index].strip() if index < len(lines) else ""
        index += 1
        body: list[str] = []
        last = first + (1 if sender else 0)
        while index < len(lines):
            current = lines[index]
            current_indent = len(current) - len(current.lstrip(" "))
            if not current.strip():
                break
            if current_indent != indent and _stamp(current.strip())[0] is not None:
                break
            if current_indent == indent and _stamp(current.strip())[0] is not None \
                    and not _EDITED.match(current.strip()):
                # a new record at the same level (replies are not separated by blank lines),
                # unless it is the first version of an edited message
                nxt = lines[index + 1].strip() if index + 1 < len(lines) else ""
                if not _EDITED.match(nxt):
                    break
            body.append(current[indent:] if current_indent >= indent else current.strip())
            last = index + 1
            index += 1
        reply_to = parents.get(indent - 4) if indent >= 4 else None
        messages.append(_text_message(sender, sent_at, body, source(first, last), reply_to))
        parents[indent] = f"line {first}"
    if not found_any:
        raise ChatParseError(path, "no iMessage time line (e.g. 'Jul 17, 2022  5:04:04 PM') found")
    return Conversation(format=name, messages=tuple(messages), warnings=tuple(warnings))


def _text_message(sender: str, sent_at: str | None, body: list[str], where: dict,
                  reply_to: str | None) -> Message:
    text_lines: list[str] = []
    reactions: list[Reaction] = []
    attachments: list[AttachmentRef] = []
    edited = deleted = False
    in_tapbacks = False
    for line in body:
        stripped = line.strip()
        if stripped == "Tapbacks:":
            in_tapbacks = True
            continue
        if in_tapbacks and (found := _TAPBACK.fullmatch(stripped)) is not None:
            reactions.append(Reaction(actor=found["who"], reaction=found["kind"]))
            continue
        in_tapbacks = False
        if stripped == _REPLY_NOTE:
            continue
        if stripped == _DELETED:
            deleted = True
            continue
        if (found := _EDITED.fullmatch(stripped)) is not None:
            edited = True
            if text_lines:
                text_lines.pop()  # the previous version
            text_lines.append(found["text"] or "")
            continue
        stamp, end = _stamp(stripped)
        if stamp is not None:  # first version of an edited message: "<time> text"
            text_lines.append(stripped[end:].strip())
            continue
        if stripped == "Attachment missing!":
            attachments.append(attachment("file"))
            continue
        if len(stripped) <= 1024 and "attachments/" in stripped and \
                re.fullmatch(r"[^\s]*attachments/[^\s]+\.\w{2,5}", stripped):
            attachments.append(attachment(kind_from_name(stripped), stripped))
            continue
        text_lines.append(line)
    text = "\n".join(text_lines).strip("\n")
    return Message(sender=sender or "(unknown sender)", sent_at=sent_at, text=text, source=where,
                   attachments=tuple(attachments), deleted=deleted, edited=edited,
                   reactions=tuple(reactions), reply_to=reply_to)
