"""Google Chat Takeout messages.json becomes a Conversation with offsets, edits and reactions."""

from __future__ import annotations

import json

import pytest
from chats_newformats import NewFormatContract
from chats_samples import sample

from tipline.chats import ChatParseError, parse_file
from tipline.model import AttachmentRef, Reaction


class TestGoogleChatContract(NewFormatContract):
    format_name = "google-chat"


def test_google_chat_takeout():
    conversation = parse_file(sample("selfmade_googlechat_messages.json"))
    assert conversation.format == "google-chat"
    question, answer, rules, deleted = conversation.messages
    assert (question.sender, question.sent_at) == ("Ana Souza", "2023-01-03T16:05:06+00:00")
    assert question.reactions == (Reaction("ben@example.org", "🎲"),)
    assert answer.sent_at == "2023-01-03T16:07:00+00:00"  # U+202F before PM
    assert answer.edited and answer.reply_to == "space1/t1/t1"
    assert rules.attachments == (AttachmentRef("file", "File-rules.pdf"),)
    assert deleted.deleted and deleted.source == {"path": "messages[3]"}


@pytest.mark.parametrize(("written", "iso"), [
    ("Monday, March 9, 2026 at 12:00:00 AM UTC", "2026-03-09T00:00:00+00:00"),
    ("March 9, 2026 at 7:30:05 PM GMT-08:00", "2026-03-09T19:30:05-08:00"),
    ("Monday, March 9, 2026 at 19:30:05 UTC+5:30", "2026-03-09T19:30:05+05:30"),
])
def test_dates_keep_their_offset(tmp_path, written, iso):
    path = tmp_path / "messages.json"
    path.write_text(json.dumps({"messages": [{"creator": {"name": "A"}, "created_date": written,
                                              "text": "hi"}]}), encoding="utf-8")
    assert parse_file(path).messages[0].sent_at == iso


def test_a_bad_date_names_the_path(tmp_path):
    path = tmp_path / "messages.json"
    path.write_text(json.dumps({"messages": [{"creator": {"name": "A"}, "created_date": "soon"}]}),
                    encoding="utf-8")
    with pytest.raises(ChatParseError) as caught:
        parse_file(path)
    assert caught.value.path == "messages[0].created_date"
