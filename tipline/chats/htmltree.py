"""A small element tree over the standard library's ``html.parser`` for the HTML formats
(imessage-exporter, VkOpt). No new dependency.

Every :class:`Node` keeps the 1-based ``line`` of its start tag and the ``end_line`` of its end
tag (or of its last content when the end tag is missing), so a message can point back into the
file. Entities are unescaped; unclosed and stray end tags are tolerated the way browsers do
(an end tag closes the nearest open element of that name, a stray one is ignored).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from tipline.chats.base import ChatParseError

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
MAX_DEPTH = 400
"""Deeper nesting is flattened (kept as siblings) so that hostile files cannot recurse deeply."""


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    line: int
    end_line: int = 0
    children: list = field(default_factory=list)  # Node or (text, line)
    parent: Node | None = None

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def has_class(self, name: str) -> bool:
        return name in self.classes

    def iter(self):
        """This node and every element below it, in document order (no recursion)."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed([c for c in node.children if isinstance(c, Node)]))

    def find_all(self, tag: str | None = None, cls: str | None = None, *, stop=None):
        """Elements below this one (not itself) with ``tag`` and/or class ``cls``; the
        search does not go inside elements for which ``stop(node)`` is true."""
        found = []
        stack = [c for c in reversed(self.children) if isinstance(c, Node)]
        while stack:
            node = stack.pop()
            if (tag is None or node.tag == tag) and (cls is None or node.has_class(cls)):
                found.append(node)
            if stop is not None and stop(node):
                continue
            stack.extend(reversed([c for c in node.children if isinstance(c, Node)]))
        return found

    def find(self, tag: str | None = None, cls: str | None = None, *, stop=None):
        found = self.find_all(tag, cls, stop=stop)
        return found[0] if found else None

    def elements(self) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node)]

    def text(self, *, skip=None, img_alt: bool = False) -> str:
        """The text below this node: whitespace runs collapsed to one space, ``<br>`` as a
        line break, lines stripped. ``skip(node)`` leaves out a subtree; ``img_alt`` puts an
        ``<img>``'s ``alt`` text in its place (VK writes emoji that way)."""
        parts: list[str] = []
        stack: list = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, tuple):
                parts.append(item[0])
                continue
            if item is not self and skip is not None and skip(item):
                continue
            if item.tag == "br":
                parts.append("\n")
                continue
            if item.tag == "img" and img_alt:
                parts.append(item.attrs.get("alt", ""))
                continue
            stack.extend(reversed(item.children))
        return clean_text("".join(parts))


_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def clean_text(text: str) -> str:
    """Collapse HTML whitespace (not U+00A0) inside each ``\\n``-separated line; strip lines;
    drop empty leading and trailing lines."""
    lines = [_SPACES.sub(" ", part).strip() for part in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, 1)
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        node = Node(tag, {k: (v or "") for k, v in attrs}, line, line, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        line = self.getpos()[0]
        node = Node(tag, {k: (v or "") for k, v in attrs}, line, line, parent=self.stack[-1])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag):
        line = self.getpos()[0]
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                self.stack[-1].end_line = max(self.stack[-1].end_line, line)
                self.pop_to(depth)
                return

    def handle_data(self, data):
        line = self.getpos()[0]
        self.stack[-1].children.append((data, line))
        # Only the innermost open element; ancestors learn their end when it closes (pop_to),
        # so text costs the same at any depth.
        self.stack[-1].end_line = max(self.stack[-1].end_line, line + data.count("\n"))

    def pop_to(self, depth: int) -> None:
        """Close the elements from the innermost down to ``stack[depth]``, passing each one's
        last line on to its parent."""
        while len(self.stack) > depth:
            node = self.stack.pop()
            parent = self.stack[-1]
            parent.end_line = max(parent.end_line, node.end_line)


MAX_TAG = 64 * 1024  # characters between "<" and ">": real exports stay far below


def _check_markup_closes(path: Path, text: str) -> None:
    """ParseError when a tag, comment or CDATA section never closes, or a tag runs past
    MAX_TAG characters. Python 3.11's html.parser takes quadratic time on such input
    (CPython gh-135462), so it is refused before parsing, in one linear pass."""
    at = text.find("<")
    while at != -1:
        for opener, closer in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("<", ">")):
            if text.startswith(opener, at):
                end = text.find(closer, at + len(opener))
                too_long = closer == ">" and end - at > MAX_TAG
                if end == -1 or too_long:
                    line = text.count("\n", 0, at) + 1
                    what = "tag is longer than 64 KiB" if too_long else f"{opener} never closes"
                    raise ChatParseError(path, f"not readable HTML: {what}", line=line)
                at = text.find("<", end + len(closer))
                break


def parse_html(path: Path, data: bytes) -> Node:
    """The document tree of ``data`` (UTF-8, BOM allowed). ChatParseError if it is not UTF-8."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ChatParseError(
            path, f"not UTF-8 text (byte 0x{data[error.start]:02x})", line=line
        ) from None
    # html.parser counts only \n as a line break; keep CRLF files' line numbers right.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_markup_closes(path, text)
    builder = _Builder()
    try:
        builder.feed(text)
        builder.close()
    except (AssertionError, ValueError) as error:  # html.parser's own complaints
        raise ChatParseError(path, f"not readable HTML: {error}") from None
    last = text.count("\n") + 1
    builder.pop_to(1)
    builder.root.end_line = last
    return builder.root


def source_of(node: Node) -> dict:
    """``{"line": N}`` (start tag), with ``"end_line"`` when the element spans lines."""
    end = max(node.end_line, node.line)
    return {"line": node.line} if end == node.line else {"line": node.line, "end_line": end}


def starts_as_html(head: bytes) -> bool:
    """Whether a file begins as an HTML document does (after a BOM and white space, with a
    doctype, ``<html>``, a comment or a tag). HTML-looking text inside a chat is not enough:
    a planted ``<div class="...">`` line must not make a chat export read as another format."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].lower()
    return start.startswith((b"<!doctype html", b"<html", b"<!--", b"<head", b"<meta", b"<div",
                             b"<body", b"<?xml"))
