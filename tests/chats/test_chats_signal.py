"""Signal text exports (signal-export chat.md, chat-miner's sample) become Conversations and are
told apart from WhatsApp iOS, whose bracketed headers look alike."""

from __future__ import annotations

from chats_newformats import NewFormatContract, assert_round_trip
from chats_samples import sample, shared

from tipline.chats import FORMATS_BY_NAME, detect_format, parse_file
from tipline.model import AttachmentRef, Reaction


class TestSignalContract(NewFormatContract):
    format_name = "signal"


def test_chat_miner_signal_sample_is_signal_not_whatsapp_ios():
    path = shared("chat-exports/signal/chat-miner_test_export.txt")
    head = path.read_bytes()
    assert FORMATS_BY_NAME["signal"].detect(path, head) == 0.97
    assert FORMATS_BY_NAME["whatsapp-ios"].detect(path, head) == 0.95
    assert detect_format(path) == "signal"
    conversation = parse_file(path)
    # 3 lines: headers on lines 1 and 2, line 3 continues the second record -> 2 messages
    assert conversation.format == "signal"
    assert len(conversation.messages) == 2
    assert sum(m.sender is None for m in conversation.messages) == 0
    first, last = conversation.messages
    assert (first.sender, first.sent_at, first.text) == ("Jane Doe", "2019-12-24T12:23", "Hello John!")
    assert (last.sender, last.sent_at, last.text) == ("John Doe", "2020-01-17T21:49", "Hello\nJane!")
    assert last.source == {"line": 2, "end_line": 3}
    assert_round_trip(path, conversation)


def test_signal_export_markdown_marks_become_fields():
    path = sample("selfmade_signal_chat.md")
    conversation = parse_file(path)
    hello, wheels, reply, photo, deleted, call, dinner = conversation.messages
    assert (hello.sender, hello.sent_at) == ("Me", "2026-03-07T16:02:11")
    assert hello.text == "are you coming to the robotics club on saturday?"  # "  " removed
    assert reply.text == "great, and the charger too please"  # the quote is not its text
    assert reply.reply_to == "line 2" and reply.source == {"line": 3, "end_line": 8}
    assert reply.reactions == (Reaction("Priya", "👍"),)
    assert photo.attachments == (AttachmentRef("image", "robot.jpg"),) and photo.text == ""
    assert deleted.deleted and deleted.text == ""
    assert (call.sender, call.text) == (None, "Me: Missed voice call")
    assert dinner.text == "sorry, was at dinner\nsee you at 10"
    assert_round_trip(path, conversation)


def test_whatsapp_ios_with_iso_dates_and_seconds_stays_whatsapp(tmp_path):
    path = tmp_path / "_chat.txt"
    path.write_text("[2021-03-05 14:05:33] Sam: hej\n[2021-03-05 14:06:01] Kim: hej hej\n",
                    encoding="utf-8")
    assert FORMATS_BY_NAME["signal"].detect(path, path.read_bytes()) == 0.5
    assert detect_format(path) == "whatsapp-ios"
    md = tmp_path / "chat.md"
    md.write_text("[2021-03-05 14:05:33] Me: hej  \n[2021-03-05 14:06:01] Kim: hej hej  \n",
                  encoding="utf-8")
    assert detect_format(md) == "signal"
