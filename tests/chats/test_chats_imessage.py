"""imessage-exporter HTML and text exports become Conversations, replies and tapbacks included."""

from __future__ import annotations

from chats_newformats import NewFormatContract, assert_round_trip
from chats_samples import sample, shared

from tipline.chats import parse_file
from tipline.model import AttachmentRef, Reaction


class TestIMessageContract(NewFormatContract):
    format_name = "imessage"


def test_imessage_exporter_example_html():
    path = shared("chat-exports/imessage/imessage-exporter_example.html")
    conversation = parse_file(path)
    # <div class="message"> at lines 6, 22, 48 (replies 58, 77, 94), 115, 130 (reply 145), 176
    # = 10 messages, plus the <div class="announcement"> at line 44 -> 11, 1 system
    assert conversation.format == "imessage"
    assert len(conversation.messages) == 11
    assert sum(m.sender is None for m in conversation.messages) == 1
    first, last = conversation.messages[0], conversation.messages[-1]
    assert (first.sender, first.sent_at) == ("Me", "2022-07-17T17:04:04")
    assert first.text == ("Subject: iMessage Data Exporter\nHey, did you see that new iMessage "
                          "Rust project? You can export your message history to portable formats!")
    assert first.reactions == (Reaction("+15555550100", "Questioned"),)
    assert (last.sender, last.sent_at, last.text) == (
        "Me", "2022-07-17T17:47:37",
        "Hang on guys, I have bad service right now. I hope you find this tool useful!")
    rename = conversation.messages[2]
    assert rename.text == "You renamed the conversation to 🦀 iMessage Exporter 🦀"
    question = conversation.messages[3]
    assert question.sent_at == "2022-07-17T17:31:49"  # "(Read by you after ...)" dropped
    replies = conversation.messages[4:7]
    assert all(r.reply_to == "line 48" for r in replies)
    assert replies[2].attachments == (AttachmentRef("image", "attachments/bella.jpeg"),)
    edited = conversation.messages[9]
    assert (edited.text, edited.edited, edited.reply_to) == ("That's amazing!", True, "line 130")
    assert conversation.messages[1].attachments == (
        AttachmentRef("link", "https://github.com/ReagentX/imessage-exporter"),)
    assert_round_trip(path, conversation, is_html=True)


def test_selfmade_html():
    path = sample("selfmade_imessage_weekend.html")
    conversation = parse_file(path)
    cookies, chips, rename = conversation.messages
    assert cookies.reactions == (Reaction("Jordan", "Loved"),)
    assert chips.text == "yes & I have the chocolate chips"
    assert chips.attachments == (AttachmentRef("image", "attachments/chips.heic"),)
    assert (rename.sender, rename.text) == (None, "You renamed the conversation to Bake sale")
    assert_round_trip(path, conversation, is_html=True)


def test_text_export():
    path = sample("selfmade_imessage_weekend.txt")
    conversation = parse_file(path)
    assert conversation.format == "imessage"
    practice, lift, yes, rename, ball, picture = conversation.messages
    assert practice.reactions == (Reaction("Jordan", "Liked"),)
    assert practice.text == "Football practice moved to 10am tomorrow"
    assert (lift.sent_at, lift.text) == ("2026-03-06T18:16:40", "ok, can your mum drive us?")
    assert (yes.reply_to, yes.text) == ("line 7", "yes she said fine")
    assert (rename.sender, rename.text) == (None, "You renamed the conversation to Saturday football")
    assert (ball.text, ball.edited) == ("bring the orange ball", True)
    assert picture.attachments == (AttachmentRef("image", "attachments/pitch_map.png"),)
    assert_round_trip(path, conversation)
