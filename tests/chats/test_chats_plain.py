"""Plain "Name: text" logs are the lowest-priority fallback format."""

from __future__ import annotations

from chats_newformats import NewFormatContract, assert_round_trip
from chats_samples import sample

from tipline.chats import ChatParseError, detect_format, parse_file
from tipline.chats.plaintext import PlainFormat


class TestPlainContract(NewFormatContract):
    format_name = "plain"


def test_times_and_continuation_lines():
    path = sample("selfmade_plain_times.txt")
    conversation = parse_file(path)
    assert conversation.format == "plain"
    assert [m.sender for m in conversation.messages] == ["Sam", "Alex", "Alex", "Sam", "Alex"]
    help_message = conversation.messages[3]
    assert (help_message.sent_at, help_message.text) == ("12:03", "I can help after lunch\nbring your ruler")
    assert help_message.source == {"line": 4, "end_line": 5}
    assert_round_trip(path, conversation)


def test_dates_and_no_times(tmp_path):
    path = tmp_path / "log.txt"
    path.write_text("2026-03-12 19:02 Sam: hi\n2026-03-12 19:03:30 Kai: hello\n", encoding="utf-8")
    assert [m.sent_at for m in parse_file(path).messages] == ["2026-03-12T19:02", "2026-03-12T19:03:30"]
    path.write_text("Sam: bring boots\nKai: why?\nSam: it rained\nNote: the field is muddy\n"
                    "Kai: ok\n", encoding="utf-8")
    messages = parse_file(path).messages
    assert len(messages) == 4  # "Note" heads one line only: it continues Sam's message
    assert messages[2].text == "it rained\nNote: the field is muddy"
    assert all(m.sent_at is None for m in messages)


def test_it_claims_little(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Sam: hi\nKai: hello\n", encoding="utf-8")
    assert PlainFormat().detect(path, path.read_bytes()) == 0.3
    assert detect_format(path) == "plain"
    path.write_text("a shopping list\nmilk\nbread\nSam: eggs\n", encoding="utf-8")
    try:
        detect_format(path)
    except ChatParseError as error:
        assert "unknown chat export format" in str(error)
    else:
        raise AssertionError("prose with one Name: line should not be a chat")
