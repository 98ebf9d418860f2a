"""The contract every chat format's tests inherit (python-threatexchange's shared test mixin).

A test module for format X writes::

    class TestXContract(FormatContract):
        format_name = "x"

and gets, for free: it detects its own samples best, it does not claim the other formats'
samples, it parses its own samples into Conversations, and junk makes it either return a
Conversation or raise ChatParseError (never another exception).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from chats_samples import OWN_SAMPLES, samples_of

from tipline.chats import FORMATS_BY_NAME, ChatParseError, detect_format, parse_file
from tipline.chats.base import HEAD_BYTES
from tipline.model import Conversation

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
                assert set(message.source) <= {"line", "path"} and message.source

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
