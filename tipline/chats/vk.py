"""VK (VKontakte) chat dumps saved by the VkOpt browser extension as HTML.

Shape accepted (CRLF or LF)::

    <div class="messages round_upic"> <h4>Messages dates: ...</h4> ...
      <div id="msg1" class="msg_item">
        <div class="from"> <b>Name</b> <a href="http://vk.com/id2">@handle</a>
          <a href="#msg1">2018.01.21 17:02:54</a></div>
        <div class="msg_body">text<br />more <img class="emoji" alt="🤔"></div>
        <div class="attacments"> <b>Attachments:</b> </div>
        <div class="attacment"><div class="att_ico att_photo"></div> <a href="...">[photo1] (400x400)</a></div>
        <div class="att_head"><div class="att_ico att_fwd"></div> Forwarded messages:</div>
        <div class="fwd"> <div class="msg_item"> ... </div> </div>
      </div>

Rules:

- Each top-level ``msg_item`` is a Message; ``source`` is the line of its start tag, with
  ``end_line`` at its end tag. Sender: the ``<b>`` of ``from``; ``sent_at``: the
  ``YYYY.MM.DD HH:MM:SS`` in ``from`` (naive local time) as ``YYYY-MM-DDTHH:MM:SS``.
- Text: ``msg_body`` with ``<br>`` as line breaks and emoji images as their ``alt``; mention
  markup such as ``[id2342343|Denko]`` is kept as written.
- A ``msg_item`` with no ``msg_body`` but a plain ``<div>`` (VkOpt's ``action "..." is unknown``
  for joins, invites, renames) is a system record (``sender=None``) with that text.
- Attachments (``att_photo`` -> image, ``att_video`` -> video, ``att_audio``/``att_voice`` ->
  audio, ``att_sticker``/``att_gift`` -> sticker, ``att_link``/``att_wall`` -> link, others ->
  file), named by the ``[...]`` label of their link.
- Forwarded messages (``msg_item`` inside ``fwd``, at any depth) follow their carrier as their own
  Messages: ``sender`` is the person who forwarded them (the carrier's sender), ``forwarded_from``
  the original author, ``sent_at`` the carrier's time (the time they entered this chat; the
  original time stays in the file at ``source``).
"""

from __future__ import annotations

import re
from pathlib import Path

from tipline.chats.base import ChatFormat, ChatParseError, attachment
from tipline.chats.htmltree import Node, parse_html, source_of, starts_as_html
from tipline.model import AttachmentRef, Conversation, Message

_STAMP = re.compile(r"(\d{4})\.(\d{2})\.(\d{2}) (\d{2}:\d{2}(?::\d{2})?)")
_KINDS = {"att_photo": "image", "att_video": "video", "att_audio": "audio", "att_voice": "audio",
          "att_sticker": "sticker", "att_gift": "sticker", "att_link": "link", "att_wall": "link",
          "att_doc": "file", "att_graffiti": "image"}
_LABEL = re.compile(r"\[([^\]]+)\]")


def _is_item(node: Node) -> bool:
    return node.has_class("msg_item")


class VkFormat(ChatFormat):
    name = "vk"
    label = "VK (VkOpt) HTML messages"

    def detect(self, path: Path, head: bytes) -> float:
        if not starts_as_html(head):
            return 0.0
        text = head.decode("utf-8", errors="replace")
        if not re.search(r"class=\"[^\"]*\bmsg_item\b", text):
            return 0.0
        if "VK Messages" in text or "vk.com" in text or re.search(r'class="from"', text):
            return 0.95
        return 0.0

    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        path = Path(path)
        data = self.read(path, data, allow_empty=False)
        root = parse_html(path, data)
        items = root.find_all(cls="msg_item", stop=_is_item)
        if not items:
            raise ChatParseError(path, "no VK message (div class=\"msg_item\") found")
        messages: list[Message] = []
        for item in items:
            carrier = _message(item, None, None)
            messages.append(carrier)
            self._forwards(item, carrier, messages)
        title = None
        title_node = root.find("title")
        if title_node is not None:
            title = title_node.text().removeprefix("VK Messages:").strip() or None
        return Conversation(format=self.name, messages=tuple(messages), title=title)

    def _forwards(self, item: Node, carrier: Message, messages: list[Message]) -> None:
        stack = [item]
        while stack:
            node = stack.pop()
            inner = []
            for fwd in node.find_all(cls="fwd", stop=lambda n: n.has_class("fwd") or _is_item(n)):
                inner += fwd.find_all(cls="msg_item", stop=_is_item)
            for forwarded in inner:
                messages.append(_message(forwarded, carrier.sender, carrier.sent_at))
            stack.extend(reversed(inner))


def _from(item: Node) -> tuple[str | None, str | None]:
    head = item.find(cls="from", stop=_is_item)
    if head is None:
        return None, None
    bold = head.find("b")
    name = bold.text() if bold is not None else None
    found = _STAMP.search(head.text())
    sent_at = f"{found[1]}-{found[2]}-{found[3]}T{found[4]}" if found else None
    return name or None, sent_at


def _message(item: Node, forwarder: str | None, carrier_time: str | None) -> Message:
    name, sent_at = _from(item)
    where = source_of(item)
    body = None
    plain = []
    attachments: list[AttachmentRef] = []
    for child in item.elements():
        classes = child.classes
        if "msg_body" in classes:
            body = child
        elif "attacment" in classes or "attachment" in classes:
            icon = child.find(cls="att_ico")
            kind = "file"
            if icon is not None:
                kind = next((_KINDS[c] for c in icon.classes if c in _KINDS), "file")
            link = child.find("a")
            label = link.text() if link is not None else child.text()
            found = _LABEL.search(label)
            attachments.append(attachment(kind, found[1] if found else (label or None)))
        elif child.tag == "div" and not classes:
            plain.append(child.text())
    if forwarder is not None:
        return Message(sender=forwarder, sent_at=carrier_time,
                       text=body.text(img_alt=True) if body is not None else "",
                       source=where, attachments=tuple(attachments), forwarded_from=name)
    if body is None and plain and not attachments:
        return Message(sender=None, sent_at=sent_at, text="\n".join(plain), source=where)
    return Message(sender=name or "(unknown sender)", sent_at=sent_at,
                   text=body.text(img_alt=True) if body is not None else "",
                   source=where, attachments=tuple(attachments))
