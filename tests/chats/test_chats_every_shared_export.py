"""Every file under ../shared/chat-exports parses; for the WhatsApp and Telegram samples the
count and the first and last message are checked against the file as read by eye (the first
and last header lines of each text file; the first and last entries of each JSON `messages`).
The other folders' samples are checked the same way in test_chats_shared_exports.py and the
per-format test files."""

from __future__ import annotations

import pytest
from chats_samples import EXPORTS, SHARED, needs_shared

from tipline.chats import parse_path

NOT_EXPORTS = {"SOURCES.md", "chat-miner_target.json"}  # a notice, and chat-miner's own output

# file: (format, count, (first sender, sent_at, text start), (last sender, sent_at, text start))
VERIFIED = {
    "whatsapp/chat-analytics_2A_5M.txt": ("whatsapp-android", 5,
        ("A", "2021-01-01T12:00:00", "Hi"),
        ("A", "2021-01-01T12:02:00", "This message should be reordered")),
    "whatsapp/chat-miner_test_ddmmyy_24hrs.txt": ("whatsapp-android", 9,
        ("John Doe", "2019-01-01T11:25:00", "Lorem ipsum dolor sit amet."),
        ("John Doe", "2021-12-30T22:01:00", "Lorem ipsum dolor sit amet,\nconsectetur")),
    "whatsapp/chat-miner_test_mmddyy_24hrs.txt": ("whatsapp-android", 9,
        ("John Doe", "2019-01-01T11:25:00", "Lorem ipsum dolor sit amet."),
        ("John Doe", "2021-12-30T22:01:00", "Lorem ipsum dolor sit amet,\nconsectetur")),
    "whatsapp/chat-miner_test_mmddyy_brackets_24hrs.txt": ("whatsapp-ios", 9,
        ("John Doe", "2019-01-01T11:25:00", "Lorem ipsum dolor sit amet."),
        ("John Doe", "2021-12-30T22:01:00", "Lorem ipsum dolor sit amet,\nconsectetur")),
    "whatsapp/chat-miner_test_mmddyyyy_12hrs.txt": ("whatsapp-android", 9,
        ("John Doe", "2019-01-01T11:25:00", "Lorem ipsum dolor sit amet."),
        ("John Doe", "2021-12-30T22:01:00", "Lorem ipsum dolor sit amet,\nconsectetur")),
    "whatsapp/chat-miner_testlog_2023-01.txt": ("whatsapp-android", 23,
        ("John Doe", "2019-12-24T11:23:00", "Lorem ipsum dolor sit amet."),
        ("\U0001f913", "2022-12-24T13:01:00", "Testing emoji \U0001f913 with yyyy first")),
    "whatsapp/chatistics_android_odd_names.txt": ("whatsapp-android", 11,
        (None, "2019-11-02T14:18:00", "Messages to this chat and calls are now secured"),
        ("John Doe", "2019-11-02T14:51:00", "this is a message which contains some dates")),
    "whatsapp/chatistics_ios_unicode_stress.txt": ("whatsapp-ios", 22,
        ("Alice Placeholder", "2018-01-04T11:53:57", "This is a test message"),
        ("Alice Placeholder", "2019-04-19T16:18:33", "This is the last message of this")),
    "whatsapp/chatistics_us_12h_endash.txt": ("whatsapp-android", 3,
        ("John Doe", "2019-09-17T08:30:52", "US datetime format"),
        ("John Doe", "2019-09-18T16:50:32", "US datetime format")),
    "whatsapp/pustur_example_ios_attached_poll.txt": ("whatsapp-ios", 52,
        (None, "2019-06-20T15:58:47", "Messages to this group are now secured"),
        ("Loris", "2019-06-20T16:45:28", "Links:\n- https://github.com/Pustur/")),
    "whatsapp/pustur_example_ios_lrm_2019.txt": ("whatsapp-ios", 100,
        (None, "2019-06-20T15:58:47", "Messages to this group are now secured"),
        ("Loris", "2019-06-20T19:54:58", "Links:\n- https://github.com/Pustur/")),
    "whatsapp/whatsr_englishiosampm.txt": ("whatsapp-ios", 50,
        (None, "2018-01-29T12:24:03", "Messages and calls are end-to-end encrypted."),
        ("Dave", "2018-01-30T00:23:03", "Maybe next time!")),
    "whatsapp/whatsr_germanandroidampm.txt": ("whatsapp-android", 50,
        (None, "2018-01-29T12:24:00", "Nachrichten und Anrufe sind Ende-zu-Ende-"),
        ("Dave", "2018-01-30T00:23:00", "Vielleicht bin ich beim nächsten mal dabei!")),
    "whatsapp/whatsr_germanios24h.txt": ("whatsapp-ios", 50,
        (None, "2018-01-29T12:24:03", "Nachrichten und Anrufe sind Ende-zu-Ende-"),
        ("Dave", "2018-01-30T00:13:03", "Vielleicht bin ich beim nächsten mal dabei!")),
    "whatsapp/whatstk_pokemon.txt": ("whatsapp-android", 20,
        (None, "2016-04-15T15:04:00", "Messages and calls are end-to-end encrypted."),
        ("Wobbuffet", "2016-10-31T12:23:00", "Wo-bbu-ffet")),
    "telegram/chat-analytics_DM_2A_7M.json": ("telegram", 8,
        (None, "2019-07-05T16:55:32", "Bob: joined_telegram"),
        (None, "2023-08-10T23:11:02", "Alice: phone_call")),
    "telegram/chat-miner_test_batch_export.json": ("telegram", 2,
        ("Author 1", "2018-12-05T10:39:10+00:00", "Minimal Message"),
        ("Author 2", "2018-12-05T10:49:24+00:00", "Link:https://telegram.org/")),
}


def _every_export():
    if not SHARED.is_dir():
        return []
    return sorted(str(p.relative_to(EXPORTS)) for p in EXPORTS.rglob("*")
                  if p.is_file() and p.name not in NOT_EXPORTS)


@needs_shared
@pytest.mark.parametrize("relative", _every_export())
def test_every_shared_export_parses(relative):
    conversation = parse_path(EXPORTS / relative)
    assert conversation.messages
    assert all(m.source for m in conversation.messages)


@needs_shared
@pytest.mark.parametrize("relative", sorted(VERIFIED))
def test_count_first_and_last_message_match_the_file(relative):
    fmt, count, first, last = VERIFIED[relative]
    conversation = parse_path(EXPORTS / relative)
    assert (conversation.format, len(conversation.messages)) == (fmt, count)
    for message, (sender, sent_at, start) in ((conversation.messages[0], first),
                                              (conversation.messages[-1], last)):
        assert (message.sender, message.sent_at) == (sender, sent_at)
        assert message.text.startswith(start)
