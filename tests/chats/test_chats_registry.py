"""parse_file and detect_format: one registry, one best format, ChatParseError for the rest."""

from __future__ import annotations

import pytest
from chats_samples import sample, shared

from tipline.chats import FORMATS, ChatParseError, detect_format, parse_file
from tipline.chats.registry import check_registry


def test_format_names_are_unique_and_complete():
    names = [f.name for f in FORMATS]
    assert {"discord", "discord-csv", "discord-package", "instagram", "telegram",
            "whatsapp-android", "whatsapp-ios"} <= set(names)
    assert len(set(names)) == len(names)


def test_a_duplicate_name_is_refused():
    with pytest.raises(ValueError, match="two chat formats are named 'telegram'"):
        check_registry((FORMATS[2], FORMATS[2]))


def test_detect_format_names_the_format():
    assert detect_format(sample("chat-miner_test_ddmmyy_24hrs.txt")) == "whatsapp-android"
    assert detect_format(sample("pustur_example_ios_lrm_2019.txt")) == "whatsapp-ios"
    assert detect_format(sample("telegram_chat-miner_test_batch_export.json")) == "telegram"


@pytest.mark.parametrize("other", [
    # (iMessage, IRC and VK were here until formats for them were added)
    "chat-exports/whatsapp/chat-miner_target.json",
])
def test_unsupported_exports_are_an_unknown_format(other):
    path = shared(other)
    with pytest.raises(ChatParseError) as caught:
        parse_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: unknown chat export format: {path.name} (expected")
    assert "WhatsApp .txt" in message and "Telegram result.json" in message


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ChatParseError, match="^empty.txt: empty file$"):
        parse_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(ChatParseError, match="^nope.txt: cannot read file"):
        parse_file(tmp_path / "nope.txt")


def test_files_over_the_size_limit_are_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("01/01/2020, 10:00 - A: " + "x" * 200 + "\n", encoding="utf-8")
    assert parse_file(path, max_bytes=1000).messages[0].sender == "A"
    with pytest.raises(ChatParseError, match="larger than the 100-byte limit"):
        parse_file(path, max_bytes=100)


def test_a_tie_is_an_unknown_format(tmp_path, monkeypatch):
    from tipline.chats import registry

    path = tmp_path / "x.json"
    path.write_text("{}", encoding="utf-8")
    for chat_format in FORMATS:
        monkeypatch.setattr(type(chat_format), "detect", lambda self, p, h: 0.5)
    with pytest.raises(ChatParseError, match="unknown chat export format"):
        registry.parse_file(path)


def test_deeply_nested_and_huge_numbers_are_parse_errors(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"participants": [], "messages": [{"sender_name": "a", "timestamp_ms": '
                    + "[" * 100_000 + "]" * 100_000 + "}]}", encoding="utf-8")
    with pytest.raises(ChatParseError, match="^deep.json: "):
        parse_file(path)
    path.write_text('{"participants": [], "messages": [{"sender_name": "a", "timestamp_ms": '
                    + "9" * 5000 + "}]}", encoding="utf-8")
    with pytest.raises(ChatParseError, match="^deep.json: "):
        parse_file(path)


def test_unicode_line_separators_stay_inside_a_message(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("01/01/2020, 10:00 - A: one\u2028two\x85three\u2029four\n", encoding="utf-8")
    (message,) = parse_file(path).messages
    assert message.text == "one\u2028two\x85three\u2029four"
