"""Helpers for the tests of the formats added after the first five (signal, imessage, snapchat,
google-chat, irc, vk, plain): their samples, a contract mixin that knows them, and the
round-trip check (the text at ``source`` contains the message text).

``chats_samples.OWN_SAMPLES`` does not list these formats yet, so ``NewFormatContract`` supplies
their samples itself; see the report that came with them for the change to chats_samples.py and
chats_contract.py that would make this module unnecessary.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from chats_contract import FormatContract
from chats_samples import OWN_SAMPLES, SHARED, SHARED_SAMPLES, sample, samples_of

from tipline.chats import parse_file
from tipline.model import Conversation

NEW_OWN = {
    "signal": [sample("selfmade_signal_chat.md")],
    "imessage": [sample("selfmade_imessage_weekend.txt"), sample("selfmade_imessage_weekend.html")],
    "snapchat": [sample("selfmade_snapchat_chat_history.json"),
                 sample("selfmade_snapchat_chat_history_old.json")],
    "google-chat": [sample("selfmade_googlechat_messages.json")],
    "irc": [sample("selfmade_irc_irssi.log")],
    "vk": [sample("selfmade_vk_forwarded.html")],
    "plain": [sample("selfmade_plain_times.txt")],
}
NEW_SHARED = {
    "signal": ["chat-exports/signal/chat-miner_test_export.txt"],
    "imessage": ["chat-exports/imessage/imessage-exporter_example.html"],
    "irc": ["chat-exports/irc/irclog2html_sample.log",
            "chat-exports/irc/irclog2html_hybrid-charset.log"],
    "vk": ["chat-exports/vk/vkopt-message-parser_messages.html"],
}
SOURCE_KEYS = {"line", "end_line", "path", "file"}
"""The keys model.Message documents for ``source``."""


def new_samples_of(name: str) -> list[Path]:
    found = list(NEW_OWN.get(name, []))
    if SHARED.is_dir():
        found += [SHARED / rel for rel in NEW_SHARED.get(name, []) if (SHARED / rel).exists()]
    return found


def every_sample_except(name: str) -> list[Path]:
    """Every sample of every other format, the first five's and the new ones'."""
    others: list[Path] = []
    for other in OWN_SAMPLES:
        if other != name:
            others += samples_of(other)
    if SHARED.is_dir():
        for other, rels in SHARED_SAMPLES.items():
            if other not in OWN_SAMPLES and other != name:
                others += [SHARED / rel for rel in rels if (SHARED / rel).exists()]
    for other in NEW_OWN:
        if other != name:
            others += new_samples_of(other)
    return others


class NewFormatContract(FormatContract):
    """FormatContract for a format that chats_samples.py does not list yet."""

    def own_samples(self) -> list[Path]:
        return new_samples_of(self.format_name)

    def other_samples(self) -> list[Path]:
        return every_sample_except(self.format_name)

    def test_every_source_points_back_to_the_text(self):
        # The shared check (chats_contract.assert_round_trips) replaces HTML tags with a space
        # (so 'action "<b>x</b>"' reads 'action " x "') and resolves only identifier keys in
        # JSON paths (not Snapchat's "Received Saved Chat History[0]"); this one strips tags and
        # reads any key. See the report for the change proposed to chats_contract.py.
        for path in self.own_samples():
            conversation = parse_file(path)
            if any("path" in m.source for m in conversation.messages):
                assert_json_round_trip(path, conversation)
            else:
                data = path.read_bytes().lstrip(b"\xef\xbb\xbf \t\r\n")
                encoding = "mixed" if self.format_name == "irc" else "utf-8"
                assert_round_trip(path, conversation, is_html=data.startswith(b"<"),
                                  encoding=encoding)

    def test_its_samples_are_not_detected_as_another_format(self):
        from tipline.chats import FORMATS
        from tipline.chats.base import HEAD_BYTES

        for path in self.own_samples():
            head = path.read_bytes()[:HEAD_BYTES]
            mine = self.plugin.detect(path, head)
            for other in FORMATS:
                if other.name != self.format_name:
                    assert other.detect(path, head) < mine, (path.name, other.name)


_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
_TEXT_KEYS = ("text", "Text", "content", "Content")


def assert_json_round_trip(path: Path, conversation: Conversation) -> None:
    """Every JSON ``source`` path resolves to an object whose text field holds the text."""
    document = json.loads(path.read_bytes().decode("utf-8-sig"))
    for message in conversation.messages:
        value = document
        where = message.source["path"]
        position = 0
        while position < len(where):
            step = _STEP.match(where, position)
            assert step is not None, where
            value = value[step[1]] if step[1] is not None else value[int(step[2])]
            position = step.end()
        assert isinstance(value, dict), where
        fields = [value[k] for k in _TEXT_KEYS if isinstance(value.get(k), str)]
        if message.sender is not None and message.text:
            assert any(message.text in f for f in fields), (where, message.text)


_TAG = re.compile(r"<[^>]*>", re.S)
_ALT = re.compile(r"<img\b[^>]*\balt=\"([^\"]*)\"[^>]*>", re.S)


def _squash(text: str) -> str:
    return " ".join(text.split())


def assert_round_trip(path: Path, conversation: Conversation, *, is_html: bool = False,
                      encoding: str = "utf-8") -> None:
    """The lines at every text message's ``source`` contain its text (HTML: after tags are
    stripped, emoji images read as their alt text, and entities unescaped; whitespace runs
    count as one space)."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if encoding == "mixed":
        lines = []
        for raw in re.split(rb"\r\n|\r|\n", data):
            try:
                lines.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                lines.append(raw.decode("cp1252", errors="replace"))
    else:
        lines = re.split(r"\r\n|\r|\n", data.decode(encoding))
    for message in conversation.messages:
        first = message.source["line"]
        last = message.source.get("end_line", first)
        original = "\n".join(lines[first - 1:last])
        if is_html:
            original = html.unescape(_TAG.sub("", _ALT.sub(r"\1", original)))
        for piece in message.text.split("\n"):
            assert _squash(piece) in _squash(original), (message.source, piece)
