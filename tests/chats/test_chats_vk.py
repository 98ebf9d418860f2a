"""VK (VkOpt) HTML dumps become Conversations; forwarded messages keep their author."""

from __future__ import annotations

from chats_newformats import NewFormatContract, assert_round_trip
from chats_samples import sample, shared

from tipline.chats import parse_file
from tipline.model import AttachmentRef


class TestVkContract(NewFormatContract):
    format_name = "vk"


def test_vkopt_sample():
    path = shared("chat-exports/vk/vkopt-message-parser_messages.html")
    conversation = parse_file(path)
    # 5 <div class="msg_item"> (lines 20, 26, 32, 39, 48; two share id="msg0");
    # the first holds only 'action "chat_invite_user" is unknown' -> 1 system record
    assert conversation.format == "vk"
    assert conversation.title == "Sota(1), Denko(2)"
    assert len(conversation.messages) == 5
    assert sum(m.sender is None for m in conversation.messages) == 1
    first, hi, emoji, photo, last = conversation.messages
    assert (first.sender, first.sent_at, first.text) == (
        None, "2018-01-21T13:53:59", 'action "chat_invite_user" is unknown')
    assert first.source == {"line": 20, "end_line": 25}
    assert hi.text == ("Hi [id2342343|Denko]\n\nI\u2019m drinking \"jasmine\" tea right now, "
                       "thinking about what to have for dinner (´･ω･`)")
    assert emoji.text == "🤔🤔🤔"
    assert photo.attachments == (AttachmentRef("image", "photo420_13"),) and photo.text == ""
    assert (last.sender, last.sent_at) == ("Sota", "2018-01-22T10:05:13")
    assert last.text == ("W-what do you think? I hope you like it (´･ω･`) here's my pixiv to "
                         "crash the parser https://t.co/aaaaaa</a>")
    assert_round_trip(path, conversation, is_html=True)


def test_forwarded_messages_follow_their_carrier():
    path = sample("selfmade_vk_forwarded.html")
    conversation = parse_file(path)
    carrier, forwarded, slip = conversation.messages
    assert carrier.text == 'look what the teacher sent about the museum trip\nwe need "permission slips"'
    assert (forwarded.sender, forwarded.forwarded_from) == ("Nika", "Ms Orlova")
    assert forwarded.sent_at == carrier.sent_at == "2024-05-10T17:20:00"
    assert forwarded.text == "Museum trip on Friday, bring lunch 🥪"
    assert forwarded.source == {"line": 18, "end_line": 21}
    assert slip.attachments == (AttachmentRef("file", "permission_slip.pdf"),)
    assert_round_trip(path, conversation, is_html=True)
