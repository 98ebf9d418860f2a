"""Snapchat chat_history.json, old (Received/Sent lists) and new (per-conversation) shapes."""

from __future__ import annotations

import pytest
from chats_newformats import NewFormatContract
from chats_samples import sample

from tipline.chats import ChatParseError, parse_file
from tipline.chats.snapchat import SnapchatFormat
from tipline.model import AttachmentRef


class TestSnapchatContract(NewFormatContract):
    format_name = "snapchat"


def test_old_shape_is_merged_in_time_order():
    conversation = parse_file(sample("selfmade_snapchat_chat_history_old.json"))
    question, answer, media = conversation.messages
    assert (question.sender, question.sent_at) == ("lena.k", "2021-06-14T18:23:45+00:00")
    assert question.source == {"path": "Received Saved Chat History[0]"}
    assert (answer.sender, answer.text) == ("Me", "yes, I picked the volcano one")
    assert answer.source == {"path": "Sent Saved Chat History[0]"}
    assert media.attachments == (AttachmentRef("media"),) and media.text == ""


def test_new_shape_keeps_each_conversation():
    conversation = parse_file(sample("selfmade_snapchat_chat_history.json"))
    assert len(conversation.messages) == 5
    assert conversation.warnings == ("export holds 2 conversations: 'omar_plays', 'study_group'",)
    first = conversation.messages[0]
    assert (first.sender, first.text) == ("omar_plays", "want to play Minecraft after school?")
    assert conversation.messages[2].attachments == (AttachmentRef("sticker"),)
    added = conversation.messages[3]
    assert (added.sender, added.text) == (None, "omar_plays: STATUSPARTICIPANTADDED")
    assert conversation.messages[4].attachments == (AttachmentRef("audio"),)
    one = SnapchatFormat().parse(sample("selfmade_snapchat_chat_history.json"), chat="study_group")
    assert one.title == "Study group" and len(one.messages) == 2


def test_bad_created_names_the_path(tmp_path):
    path = tmp_path / "chat_history.json"
    path.write_text('{"friend": [{"From": "friend", "Media Type": "TEXT", "Created": "soon",'
                    ' "Content": "hi", "IsSender": false}]}', encoding="utf-8")
    with pytest.raises(ChatParseError) as caught:
        parse_file(path)
    assert caught.value.path == "friend[0].Created"
