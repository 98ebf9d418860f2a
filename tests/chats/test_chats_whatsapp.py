"""WhatsApp .txt exports (Android and iOS) become Conversations, record for record."""

from __future__ import annotations

import json

import pytest
from chats_contract import FormatContract
from chats_samples import sample, shared

from tipline.chats import ChatParseError, parse_file
from tipline.model import AttachmentRef


class TestWhatsAppAndroidContract(FormatContract):
    format_name = "whatsapp-android"


class TestWhatsAppIosContract(FormatContract):
    format_name = "whatsapp-ios"


# (file, where, format, messages, system messages): counts verified by reading each file.
COUNTS = [
    # 10 header lines + 1 continuation line; 2 system (created group, You were added) -> 9
    ("chat-miner_test_ddmmyy_24hrs.txt", "fixture", "whatsapp-android", 9, 2),
    ("chat-miner_test_mmddyy_24hrs.txt", "fixture", "whatsapp-android", 9, 2),
    ("chat-miner_test_mmddyy_brackets_24hrs.txt", "fixture", "whatsapp-ios", 9, 2),
    ("chat-miner_test_mmddyyyy_12hrs.txt", "fixture", "whatsapp-android", 9, 2),
    # 29 lines, 6 continuation lines (4, 6-10) -> 23 headers; encryption, created, added = 3
    ("chat-miner_testlog_2023-01.txt", "fixture", "whatsapp-android", 23, 3),
    # 20 lines, headers on lines 1-10 and 16 -> 11; 2 encryption notices are system
    ("chatistics_android_odd_names.txt", "fixture", "whatsapp-android", 11, 2),
    # 23 lines, all headers but line 22 (Android-looking line without " - ") -> 22; 1 info line
    ("chatistics_ios_unicode_stress.txt", "fixture", "whatsapp-ios", 22, 1),
    # 3 lines, 3 headers
    ("chatistics_us_12h_endash.txt", "fixture", "whatsapp-android", 3, 0),
    # 52 bracketed headers (10 continuation lines); encryption, created, 2 added = 4 system
    ("pustur_example_ios_attached_poll.txt", "fixture", "whatsapp-ios", 52, 4),
    # 100 bracketed headers (6 continuation lines); encryption, created, added you = 3 system
    ("pustur_example_ios_lrm_2019.txt", "fixture", "whatsapp-ios", 100, 3),
    # 5 lines, 5 headers
    ("chat-exports/whatsapp/chat-analytics_2A_5M.txt", "shared", "whatsapp-android", 5, 0),
    # 50 headers + trailing blank line; encryption, created, added x3, removed, name, icon = 8
    ("chat-exports/whatsapp/whatsr_englishiosampm.txt", "shared", "whatsapp-ios", 50, 8),
    ("chat-exports/whatsapp/whatsr_germanandroidampm.txt", "shared", "whatsapp-android", 50, 8),
    ("chat-exports/whatsapp/whatsr_germanios24h.txt", "shared", "whatsapp-ios", 50, 8),
    # 20 headers + trailing blank line; 2 encryption notices (one under "Pokemon Chat")
    ("chat-exports/whatsapp/whatstk_pokemon.txt", "shared", "whatsapp-android", 20, 2),
]


def _path(name, where):
    return sample(name) if where == "fixture" else shared(name)


@pytest.mark.parametrize(("name", "where", "fmt", "count", "system"), COUNTS,
                         ids=[c[0].rsplit("/", 1)[-1] for c in COUNTS])
def test_every_record_of_the_export_becomes_a_message(name, where, fmt, count, system):
    conversation = parse_file(_path(name, where))
    assert conversation.format == fmt
    assert len(conversation.messages) == count
    assert sum(m.sender is None for m in conversation.messages) == system
    assert all(m.sent_at is None or len(m.sent_at) == 19 for m in conversation.messages)


def test_day_first_and_month_first_files_give_the_same_times():
    day_first = parse_file(sample("chat-miner_test_ddmmyy_24hrs.txt"))
    month_first = parse_file(sample("chat-miner_test_mmddyy_24hrs.txt"))
    brackets = parse_file(sample("chat-miner_test_mmddyy_brackets_24hrs.txt"))
    twelve = parse_file(sample("chat-miner_test_mmddyyyy_12hrs.txt"))
    times = [m.sent_at for m in day_first.messages]
    assert times[0] == "2019-01-01T11:25:00"
    assert times[-1] == "2021-12-30T22:01:00"
    assert [m.sent_at for m in month_first.messages] == times
    assert [m.sent_at for m in brackets.messages] == times
    assert [m.sent_at for m in twelve.messages] == times
    assert not day_first.warnings and not month_first.warnings


def test_chat_miner_target_authors_texts_and_times_are_reproduced():
    target = json.loads(sample("chat-miner_target.json").read_text(encoding="utf-8"))
    for name in ("chat-miner_test_ddmmyy_24hrs.txt", "chat-miner_test_mmddyy_24hrs.txt",
                 "chat-miner_test_mmddyy_brackets_24hrs.txt",
                 "chat-miner_test_mmddyyyy_12hrs.txt"):
        conversation = parse_file(sample(name))
        ours = {(m.sent_at, m.sender, m.text.replace("\n", " ")) for m in conversation.messages}
        for row in target:
            assert (row["timestamp"], row["author"], row["message"]) in ours, (name, row)


def test_system_lines_multi_line_bodies_and_colon_names():
    conversation = parse_file(sample("chat-miner_test_ddmmyy_24hrs.txt"))
    first, dotted, multi, colon, created, added = conversation.messages[:6]
    assert (first.sender, first.text, first.source) == ("John Doe", "Lorem ipsum dolor sit amet.",
                                                        {"line": 1})
    assert (dotted.sender, dotted.text) == ("John Doe", ".")  # "John Doe:." (known sender)
    assert multi.text == "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."
    assert (colon.sender, colon.text) == ("John-John Doe", "Lorem ipsum : dolor sit amet.")
    assert (created.sender, created.text) == (None, '+1 555 0100 created group "Groupname"')
    assert (added.sender, added.source) == (None, {"line": 7})
    last = conversation.messages[-1]
    assert (last.sender, last.source, last.sent_at) == ("John Doe", {"line": 10},
                                                        "2021-12-30T22:01:00")


def test_a_name_with_a_colon_is_cut_at_the_first_colon_space():
    conversation = parse_file(sample("chatistics_android_odd_names.txt"))
    colon = conversation.messages[4]
    assert (colon.sender, colon.text) == ("The final test", "Does it work with colons?: Hallelujah!")
    assert conversation.messages[3].sender == "Even longer username with emoticons! 🙈 🙈"
    blank_first_line = conversation.messages[9]
    assert blank_first_line.text == "\n\n\n\n\n👍👍👍👍👍👍!"
    last = conversation.messages[-1]
    assert last.text == ("this is a message which contains some dates and colons\n\n\n"
                         "2/11/19: Arrival\n12/12/19: Departure")
    assert any("day/month order" in w for w in conversation.warnings)


def test_twelve_hour_clocks_with_dots_nbsp_and_en_dash():
    testlog = parse_file(sample("chat-miner_testlog_2023-01.txt"))
    by_line = {m.source["line"]: m for m in testlog.messages}
    assert by_line[15].sent_at == "2019-09-24T23:30:00"  # 11:30 p.m., no comma
    assert by_line[16].sent_at == "2019-09-24T11:30:00"  # a.m.
    assert by_line[17].sent_at == "2019-12-24T23:30:00"  # p. m.
    assert by_line[20].sent_at == "2022-09-10T22:37:00"  # 09-10-2022 dashes
    assert by_line[21].sent_at == "2021-10-24T15:21:43"  # [10.24.21, ...]
    assert by_line[24].sent_at == "2022-09-10T22:37:00"  # p.<NBSP>m.
    assert by_line[27].sent_at == "2022-12-24T13:01:00"  # 2022/12/24, 13:01. -
    assert by_line[23].text == "Testing dash - in message body"
    endash = parse_file(sample("chatistics_us_12h_endash.txt"))
    assert [m.sent_at for m in endash.messages] == [
        "2019-09-17T08:30:52", "2019-09-17T16:30:10", "2019-09-18T16:50:32"]
    assert endash.messages[0].sender == "John Doe"


@pytest.mark.parametrize("space", ["\u202f", "\u00a0", " "])
def test_narrow_no_break_space_before_pm(tmp_path, space):
    path = tmp_path / "chat.txt"
    path.write_text(f"1/4/23, 7:02{space}PM - A: hi\n1/14/23, 12:15{space}AM - B: late\n",
                    encoding="utf-8")
    conversation = parse_file(path)
    assert conversation.format == "whatsapp-android"
    assert [(m.sender, m.sent_at, m.text) for m in conversation.messages] == [
        ("A", "2023-01-04T19:02:00", "hi"), ("B", "2023-01-14T00:15:00", "late")]


def test_ios_placeholders_system_lines_and_mixed_line_endings():
    conversation = parse_file(sample("pustur_example_ios_attached_poll.txt"))
    messages = conversation.messages
    assert [m.text for m in messages[:4]] == [
        "Messages to this group are now secured with end-to-end encryption.",
        "Loris created group “WhatsApp Chat Parser Example”", "Loris added Emily",
        "Loris added John"]
    assert all(m.sender is None for m in messages[:4])
    photo = next(m for m in messages if m.source == {"line": 16})
    assert photo.text == ""
    assert photo.attachments == (AttachmentRef("image", "00000001-PHOTO-2019-06-20-16-00-15.jpg"),)
    kinds = [a.kind for m in messages for a in m.attachments]
    assert kinds == ["image", "video", "audio", "file"]
    poll = next(m for m in messages if m.text.startswith("POLL:"))
    assert poll.text.splitlines()[-1] == "OPTION: Saturday 17 evening (3 votes)"
    assert "\r" not in poll.text
    assert messages[-1].text == ("Links:\n- https://github.com/Pustur/whatsapp-chat-parser\n"
                                 "- https://github.com/Pustur/whatsapp-chat-parser-website")


def test_marks_and_bom_are_ignored_for_matching():
    conversation = parse_file(sample("chatistics_ios_unicode_stress.txt"))
    assert conversation.messages[3].sender == "John Doe"  # line starts with U+200E
    assert conversation.messages[2].sender is None  # "This is an info entry"
    assert conversation.messages[20].text.endswith(
        "\n2/11/19, 14:48 Alice Placeholder: this is a message from another chat!")
    c1 = conversation.messages[17].text  # C1 control characters stay inside the message
    assert c1 == "".join(chr(code) for code in range(0x80, 0xA0) if code != 0x85)
    # the "fake" [1.2.2019, 00:00:00] header is kept as a record, and flagged
    assert conversation.messages[18].source == {"line": 19}
    assert any(w.startswith("line 19: header written differently") for w in conversation.warnings)


def test_german_exports_bom_media_and_system_lines():
    ios = parse_file(shared("chat-exports/whatsapp/whatsr_germanios24h.txt"))
    android = parse_file(shared("chat-exports/whatsapp/whatsr_germanandroidampm.txt"))
    for conversation in (ios, android):
        system = [m.text for m in conversation.messages if m.sender is None]
        assert system[2] == "Du hast Mallory hinzugefügt."
        assert conversation.messages[3].sender == "Mallory"
        voice = conversation.messages[14]
        assert (voice.sender, voice.text) == ("Alice", "")
        assert voice.attachments == (AttachmentRef("audio", "PTT-20180129-WA0025.opus"),)
        assert conversation.messages[19].attachments[0].kind in {"image", "media"}
        assert conversation.messages[35].text == ""  # "Carol:" with nothing after
    assert ios.messages[27].text == "https://github.com/JuKo007"  # BOM inside removed
    assert android.messages[34].sent_at == "2018-01-29T23:59:00"  # impossible "23:59 PM"


def test_encryption_notice_under_the_chat_name_is_a_system_record():
    conversation = parse_file(shared("chat-exports/whatsapp/whatstk_pokemon.txt"))
    first = conversation.messages[0]
    assert first.sender is None and first.text.startswith("Messages and calls are end-to-end")
    assert conversation.title == "Pokemon Chat"
    assert conversation.messages[12].sender == "Jessie & James"
    assert conversation.messages[-1].sent_at == "2016-10-31T12:23:00"


def test_out_of_order_times_are_kept_in_file_order_with_a_warning():
    conversation = parse_file(shared("chat-exports/whatsapp/chat-analytics_2A_5M.txt"))
    assert conversation.messages[-1].text == "This message should be reordered"
    assert conversation.messages[3].attachments == (AttachmentRef("media"),)
    assert any("earlier than the message before" in w for w in conversation.warnings)


def test_deleted_and_edited_markers(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(
        "[01/02/2024, 10:00:00] Ana: \u200eThis message was deleted.\r\n"
        "[01/02/2024, 10:01:00] Ben: see you at 5 <This message was edited>\r\n"
        "[01/02/2024, 10:02:00] Ben: \u200eYou deleted this message.\r\n"
        "[13/02/2024, 10:03:00] Ana: \u200evideo omitted\r\ncaption here\r\n",
        encoding="utf-8")
    ana, ben, own, video = parse_file(path).messages
    assert (ana.deleted, ana.text, ana.sender) == (True, "", "Ana")
    assert (ben.edited, ben.text) == (True, "see you at 5")
    assert own.deleted
    assert (video.text, video.attachments) == ("caption here", (AttachmentRef("video"),))


def test_bytes_that_are_not_utf8_name_the_line(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"01/01/2020, 10:00 - A: hi\n01/01/2020, 10:01 - A: \xff\n")
    with pytest.raises(ChatParseError, match=r"^chat.txt: line 2: not UTF-8"):
        parse_file(path)
