"""The contract every chat format's tests inherit (python-threatexchange's shared test mixin).

A test module for format X writes::

    class TestXContract(FormatContract):
        format_name = "x"

and gets, for free: it detects its own samples best, it does not claim the other formats'
samples, it parses its own samples into Conversations whose every ``source`` points back to the
message's text in the original (``assert_round_trips``), and junk makes it either return a
Conversation or raise ChatParseError (never another exception).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from chats_samples import OWN_SAMPLES, samples_of

from tipline.chats import FORMATS_BY_NAME, ChatParseError, detect_format, parse_file, parse_path
from tipline.chats.base import HEAD_BYTES
from tipline.chats.containers import open_container
from tipline.chats.instagram import fix_mojibake
from tipline.model import Conversation, Message

SOURCE_KEYS = {"line", "end_line", "path", "file"}
"""The keys model.Message documents for ``source``."""
CSV_FORMATS = {"discord-csv", "discord-package"}
"""Formats whose line sources are CSV records (a quote inside a field is written twice)."""
_MARKS = str.maketrans("", "", "\ufeff\u200e\u200f")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TAG = re.compile(r"<[^>]*>", re.S)
_ALT = re.compile(r"<img\b[^>]*\balt=\"([^\"]*)\"[^>]*>", re.S)
_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
_TEXT_KEYS = ("text", "Text", "content", "Content", "Contents", "body", "message", "share_text")


def _squash(text: str) -> str:
    return " ".join(text.translate(_MARKS).split())


def _decode(data: bytes) -> str:
    """As the parsers decode: UTF-8 without a BOM; a line that is not UTF-8 as cp1252 (the
    IRC parser's fallback)."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(_line_decode(raw) for raw in re.split(rb"\r\n|\r|\n", data))


def _line_decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _resolve(document, path: str):
    """The value at a JSON path such as ``chats.list[0].messages[3]`` or ``[3]``."""
    value = document
    position = 0
    while position < len(path):
        step = _STEP.match(path, position)
        assert step is not None, f"not a JSON path: {path!r}"
        value = value[step[1]] if step[1] is not None else value[int(step[2])]
        position = step.end()
    return value


def _field_texts(record) -> list[str]:
    """The text fields of a JSON record, as the parsers read them: Telegram entity lists joined,
    Instagram mojibake repaired."""
    found = []
    if not isinstance(record, dict):
        return found
    for key in _TEXT_KEYS:
        value = record.get(key)
        if isinstance(value, list):  # Telegram: strings and {"text": ...} entities
            value = "".join(p if isinstance(p, str) else str(p.get("text", ""))
                            for p in value if isinstance(p, (str, dict)))
        if isinstance(value, str) and value:
            found.append(fix_mojibake(value))
    share = record.get("share")
    if isinstance(share, dict) and isinstance(share.get("share_text"), str):
        found.append(fix_mojibake(share["share_text"]))
    return found


def _check_lines(fmt: str, where: str, text: str, group: list[Message]) -> None:
    lines = _LINE_BREAK.split(text)
    is_html = text.lstrip().startswith("<")
    starts = sorted({m.source["line"] for m in group})
    for message in group:
        first = message.source["line"]
        assert 1 <= first <= len(lines), (where, message.source)
        last = message.source.get("end_line")
        if last is None:  # up to the next record
            later = [line for line in starts if line > first]
            last = later[0] - 1 if later else len(lines)
        assert first <= last <= len(lines), (where, message.source)
        original = "\n".join(lines[first - 1:last])
        if fmt in CSV_FORMATS:
            original = original.replace('""', '"')
        if is_html:
            original = html.unescape(_TAG.sub(" ", _ALT.sub(r"\1", original)))
        if message.sender is None and _squash(message.text) not in _squash(original):
            continue  # a system record whose text the parser wrote ("action ... is unknown")
        for piece in message.text.split("\n"):
            assert _squash(piece) in _squash(original), (
                f"{where}: {message.source}: {piece!r} is not in lines {first}-{last}")


def _check_paths(where: str, text: str, group: list[Message]) -> None:
    document = json.loads(text)
    for message in group:
        record = _resolve(document, message.source["path"])
        assert isinstance(record, dict), (where, message.source)
        fields = _field_texts(record)
        if not message.text or not fields:
            continue
        if message.sender is None:  # system text: "actor: action: text" around the field
            assert any(f in message.text or message.text in f for f in fields), (
                f"{where}: {message.source}: {message.text!r} not at {fields!r}")
            continue
        for piece in message.text.split("\n"):
            assert any(_squash(piece) in _squash(f) for f in fields), (
                f"{where}: {message.source}: {piece!r} not in {fields!r}")


def assert_round_trips(original: Path | bytes, conversation: Conversation) -> None:
    """Every message's ``source`` points back to its text in ``original`` (a file's path or
    bytes; a zip or folder when sources name a ``"file"``).

    Line sources: each line of the text occurs in lines N..M of the original, decoded as the
    parser decodes it (M = ``end_line``, else the line before the next record); for a system
    record whose text the parser wrote itself, only that the lines exist. Marks
    (U+FEFF, U+200E, U+200F) and runs of white space do not count; the parsers' cleanups
    (placeholders, edit markers) only remove text, so what is left is still there. CSV: a doubled
    quote counts as one; HTML: tags are stripped and entities unescaped.
    JSON sources: the path resolves to an object whose text field (``text`` with Telegram's
    entities joined, ``content`` with Instagram's mojibake repaired, ``Contents``) holds the text.
    """
    groups: dict[str | None, list[Message]] = {}
    for message in conversation.messages:
        assert message.source and set(message.source) <= SOURCE_KEYS, message.source
        groups.setdefault(message.source.get("file"), []).append(message)
    for member, group in groups.items():
        if member is None:
            data = original if isinstance(original, bytes) else Path(original).read_bytes()
            where = "bytes" if isinstance(original, bytes) else Path(original).name
        else:
            assert not isinstance(original, bytes), "sources name a file: pass the zip or folder"
            with open_container(Path(original)) as box:
                data = box.read(member)
            where = f"{Path(original).name}: {member}"
        text = _decode(data)
        by_line = [m for m in group if "line" in m.source]
        by_path = [m for m in group if "path" in m.source]
        assert len(by_line) + len(by_path) == len(group), where
        if by_line:
            _check_lines(conversation.format, where, text, by_line)
        if by_path:
            _check_paths(where, text, by_path)

JUNK = [
    b"",
    b"\x00\x01\x02\xff\xfe\xfd" * 50,
    b"\xef\xbb\xbf",
    b"{",
    b"[]",
    b'{"messages": 3}',
    b'{"messages": [1, 2]}',
    b'{"messages": [{"sender_name": 5, "timestamp_ms": "x"}], "participants": []}',
    b'{"guild": {}, "channel": {}, "messages": [{"author": [], "content": 1}]}',
    b'{"chats": {"list": []}, "messages": null}',
    b'{"name": "x", "type": "personal_chat", "messages": [{"date": 5, "from": "a", "type": "m"}]}',
    b"01/01/2020, 10:00 - A: hi\n\xff\xfe",
    b"[01/01/2020, 10:00:00] A: hi\r\n\xc3(",
    b"99/99/99, 99:99 - A: impossible date and time",
    b"just some words\nand more words\n",
]


class FormatContract:
    """Mix into a test class and set ``format_name``."""

    format_name: str

    @property
    def plugin(self):
        return FORMATS_BY_NAME[self.format_name]

    def own_samples(self) -> list[Path]:
        return samples_of(self.format_name)

    def other_samples(self) -> list[Path]:
        others = []
        for name in OWN_SAMPLES:
            if name != self.format_name:
                others += samples_of(name)
        return others

    def test_the_format_is_registered_under_its_name(self):
        assert self.plugin.name == self.format_name

    def test_it_detects_its_own_samples_as_the_best_match(self):
        for path in self.own_samples():
            head = path.read_bytes()[:HEAD_BYTES]
            assert self.plugin.detect(path, head) > 0, path.name
            assert detect_format(path) == self.format_name, path.name

    def test_it_rejects_the_other_formats_samples(self):
        for path in self.other_samples():
            head = path.read_bytes()[:HEAD_BYTES]
            assert self.plugin.detect(path, head) == 0, path.name

    def test_it_parses_its_own_samples(self):
        for path in self.own_samples():
            conversation = parse_file(path)
            assert isinstance(conversation, Conversation)
            assert conversation.format == self.format_name
            assert conversation.messages, path.name
            for message in conversation.messages:
                assert isinstance(message.text, str)
                assert message.source and set(message.source) <= SOURCE_KEYS

    def test_every_source_points_back_to_the_text(self):
        for path in self.own_samples():
            assert_round_trips(path, parse_path(path))

    @pytest.mark.parametrize("junk", JUNK)
    def test_junk_gives_a_conversation_or_a_chat_parse_error(self, junk, tmp_path):
        path = tmp_path / "junk.bin"
        path.write_bytes(junk)
        assert 0 <= self.plugin.detect(path, junk[:HEAD_BYTES]) <= 1
        try:
            result = self.plugin.parse(path)
        except ChatParseError as error:
            assert "junk.bin" in str(error)
        else:
            assert isinstance(result, Conversation)
