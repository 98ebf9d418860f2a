"""Every export under ../shared/chat-exports/{discord,instagram,messenger}: the message count,
and the first and last message (sender, sent_at, text) as read from the file by hand.

DiscordChatExporter files keep their order (oldest first); Instagram/Messenger files list the
newest first, so the first message out is the file's last record. ``timestamp_ms`` values are
noted beside the ISO time they give (UTC).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from chats_contract import assert_round_trips
from chats_samples import EXPORTS, needs_shared, shared

from tipline.chats import parse_path

pytestmark = needs_shared

GENERAL_LAST = (
    "Anyway that's all. If you find this project useful, please consider starring ⭐ it on "
    "GitHub.\n\nAnd if you have any issues, please report them to issue tracker: "
    "https://github.com/slatinsky/DiscordChatExporter-frontend/issues\n\nTo remove this "
    "example guild, simply delete the folder `exports/example_guild`.\n\nThanks for using "
    "DiscordChatExporter-frontend!"
)

EXPECTED = {
    # "messages" holds 5 objects (messageCount 5); first by "Deleted User", last by mlomb
    "discord/chat-analytics_SV_5A_5M.json": (
        "discord", 5,
        ("Deleted User", "2018-05-20T16:09:44.209+00:00",
         "This message has been edited and written by a deleted user."),
        ("mlomb", "2018-05-20T16:09:51.118+00:00", "This message has reactions.")),
    # 6 objects (messageCount says 35: the example was cut)
    "discord/dcef_example_chill_talk.json": (
        "discord", 6,
        ("Adam", "2023-01-06T16:11:26.414+00:00", "It's a little cold in here 🥶"),
        ("Thomas", "2023-01-06T16:14:05.275+00:00", ":pepeheart: :pepeheart: :pepeheart:")),
    # 5 objects: the same channel without the deleted message
    "discord/dcef_example_chill_talk_without_deleted.json": (
        "discord", 5,
        ("Adam", "2023-01-06T16:11:26.414+00:00", "It's a little cold in here 🥶"),
        ("Thomas", "2023-01-06T16:14:05.275+00:00", ":pepeheart:")),
    # 35 objects; the timestamp of the last has two fraction digits, kept as written
    "discord/dcef_example_general.json": (
        "discord", 35,
        ("Adam", "2023-01-06T14:03:03.853+00:00",
         "Welcome to the **DiscordChatExporter-frontend** example!"),
        ("Adam", "2023-01-06T16:05:35.86+00:00", GENERAL_LAST)),
    # 2 objects, no "participants"; Jane's (1577186580000) is the older
    "instagram/chat-miner_test_export.json": (
        "instagram", 2,
        ("Jane Doe", "2019-12-24T11:23:00+00:00", "Hello John!"),
        ("John Doe", "2020-01-17T20:49:00+00:00", "Hello Jane!")),
    # 7 objects (BOM); the oldest (1415147240411) is Bob's photo without content
    "messenger/chat-analytics_2A_7M.json": (
        "instagram", 7,
        ("Bob", "2014-11-05T00:27:20.411+00:00", ""),
        ("Alice", "2014-11-05T00:35:32.056+00:00", "Hello")),
}


def test_every_file_in_these_folders_is_listed():
    found = {f"{p.parent.name}/{p.name}" for folder in ("discord", "instagram", "messenger")
             for p in (EXPORTS / folder).glob("*") if p.is_file()}
    assert found == set(EXPECTED)


@pytest.mark.parametrize("relative", sorted(EXPECTED), ids=lambda r: r.rsplit("/", 1)[-1])
def test_count_first_and_last_message(relative):
    path = shared(f"chat-exports/{relative}")
    fmt, count, first, last = EXPECTED[relative]
    conversation = parse_path(path)
    assert conversation.format == fmt
    assert len(conversation.messages) == count
    for message, (sender, sent_at, text) in ((conversation.messages[0], first),
                                             (conversation.messages[-1], last)):
        assert (message.sender, message.sent_at, message.text) == (sender, sent_at, text)
    assert_round_trips(Path(path), conversation)


def test_reactions_from_a_shared_discord_export():
    conversation = parse_path(shared("chat-exports/discord/chat-analytics_SV_5A_5M.json"))
    last = conversation.messages[-1]
    assert [(r.reaction, r.count) for r in last.reactions] == [("paul", 3), ("❤", 2)]
    assert all(r.actor is None for r in last.reactions)  # the export lists counts, not users


def test_replies_from_a_shared_discord_export():
    general = parse_path(shared("chat-exports/discord/dcef_example_general.json"))
    assert general.messages[11].reply_to == "1060926317920538735"
    assert general.messages[24].reply_to is None  # "messageId": null
