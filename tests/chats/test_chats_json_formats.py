"""Telegram, DiscordChatExporter and Instagram JSON exports become Conversations."""

from __future__ import annotations

import json

import pytest
from chats_contract import FormatContract
from chats_samples import sample, shared

from tipline.chats import FORMATS_BY_NAME, ChatParseError, parse_file
from tipline.chats.instagram import fix_mojibake
from tipline.chats.jsonshape import Shape
from tipline.model import AttachmentRef, Reaction


class TestTelegramContract(FormatContract):
    format_name = "telegram"


class TestDiscordContract(FormatContract):
    format_name = "discord"


class TestInstagramContract(FormatContract):
    format_name = "instagram"


# (file, where, format, messages, system): counted by reading the "messages" lists.
COUNTS = [
    # chats.list[0].messages holds 2 objects
    ("telegram_chat-miner_test_batch_export.json", "fixture", "telegram", 2, 0),
    # 4 objects, 1 of type service
    ("selfmade_telegram_personal.json", "fixture", "telegram", 4, 1),
    # 8 objects, 2 of type service (joined_telegram, phone_call)
    ("chat-exports/telegram/chat-analytics_DM_2A_7M.json", "shared", "telegram", 8, 2),
    # 4 objects, 1 RecipientAdd
    ("selfmade_discord_dm.json", "fixture", "discord", 4, 1),
    # 35 objects: 3 GuildMemberJoin + 1 ThreadCreated
    ("chat-exports/discord/dcef_example_general.json", "shared", "discord", 35, 4),
    # 6 objects (messageCount says 35), one Reply
    ("chat-exports/discord/dcef_example_chill_talk.json", "shared", "discord", 6, 0),
    # 5 objects, two with the same id
    ("chat-exports/discord/chat-analytics_SV_5A_5M.json", "shared", "discord", 5, 0),
    # 2 objects
    ("instagram_chat-miner_test_export.json", "fixture", "instagram", 2, 0),
    # 4 objects
    ("selfmade_instagram_mojibake.json", "fixture", "instagram", 4, 0),
    # 7 objects (Messenger, with a BOM)
    ("chat-exports/messenger/chat-analytics_2A_7M.json", "shared", "instagram", 7, 0),
]


def _path(name, where):
    return sample(name) if where == "fixture" else shared(name)


@pytest.mark.parametrize(("name", "where", "fmt", "count", "system"), COUNTS,
                         ids=[c[0].rsplit("/", 1)[-1] for c in COUNTS])
def test_every_record_becomes_a_message(name, where, fmt, count, system):
    conversation = parse_file(_path(name, where))
    assert conversation.format == fmt
    assert len(conversation.messages) == count
    assert sum(m.sender is None for m in conversation.messages) == system


# --- Telegram ---------------------------------------------------------------------------


def test_telegram_full_account_export_uses_chat_list_paths():
    conversation = parse_file(sample("telegram_chat-miner_test_batch_export.json"))
    first, second = conversation.messages
    assert conversation.title == "Chatname"
    assert first.source == {"path": "chats.list[0].messages[0]"}
    assert (first.sender, first.text) == ("Author 1", "Minimal Message")
    assert first.sent_at == "2018-12-05T10:39:10+00:00"  # only date_unixtime: UTC
    assert second.text == "Link:https://telegram.org/"


def test_telegram_service_entities_edits_and_files():
    call, entities, edited, voice = parse_file(sample("selfmade_telegram_personal.json")).messages
    assert (call.sender, call.text, call.sent_at) == (None, "Sam: phone_call", "2026-01-01T09:00:00")
    assert entities.text == "look here!"
    assert edited.edited and not entities.edited
    assert voice.attachments == (AttachmentRef("audio", None),)
    assert voice.source == {"path": "messages[3]"}


def test_telegram_dates_as_exported():
    conversation = parse_file(shared("chat-exports/telegram/chat-analytics_DM_2A_7M.json"))
    joined, link, hello, world = conversation.messages[:4]
    assert joined.sender is None and joined.sent_at == "2019-07-05T16:55:32"
    assert link.text == "https://google.com 👀"
    assert hello.sent_at == "2022-03-08T13:07:42"  # "date" wins: local time, no offset
    assert world.sent_at == "2022-05-09T22:23:53+00:00"  # date_unixtime only
    photos = conversation.messages[5:7]
    assert all(m.attachments == (AttachmentRef("image"),) and m.text == "" for m in photos)


def _telegram(tmp_path, document, name="result.json"):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


TELEGRAM_CHAT = {
    "name": "Zoé", "type": "personal_chat", "id": 7,
    "messages": [
        {"id": 1, "type": "message", "date": "2026-01-01T09:00:00", "from": "Zoé",
         "from_id": "user1", "text": "hi"},
        {"id": 2, "type": "message", "date": "2026-01-01T09:01:00", "from": "Sam",
         "from_id": "user2", "text": "hello", "reply_to_message_id": 1,
         "edited": "2026-01-01T09:05:00", "edited_unixtime": "1767258300",
         "reactions": [{"type": "emoji", "count": 2, "emoji": "👍",
                        "recent": [{"from": "Zoé", "from_id": "user1",
                                    "date": "2026-01-01T09:02:00"}]},
                       {"type": "custom_emoji", "count": 1, "document_id": "5368324170671202286",
                        "recent": [{"from": "Sam", "from_id": "user2",
                                    "date": "2026-01-01T09:03:00"}]}]},
        {"id": 3, "type": "message", "date": "2026-01-01T09:02:00", "from": "Zoé",
         "from_id": "user1", "forwarded_from": "News channel",
         "text": ["read ", {"type": "link", "text": "this"}]},
        {"id": 4, "type": "service", "date": "2026-01-01T09:03:00", "actor": "Sam",
         "actor_id": "user2", "action": "pin_message", "message_id": 3, "text": ""},
    ],
}


def test_telegram_replies_forwards_edits_and_reactions(tmp_path):
    hi, hello, forward, pin = parse_file(_telegram(tmp_path, TELEGRAM_CHAT)).messages
    assert hi.reply_to is None and not hi.edited and hi.reactions == ()
    assert (hello.reply_to, hello.edited) == ("1", True)
    assert hello.reactions == (Reaction("Zoé", "👍"), Reaction(None, "👍"),
                               Reaction("Sam", "custom_emoji:5368324170671202286"))
    assert (forward.forwarded_from, forward.text) == ("News channel", "read this")
    assert (pin.sender, pin.text, pin.source) == (None, "Sam: pin_message", {"path": "messages[3]"})


def test_telegram_full_account_export_streams_the_chosen_chat(tmp_path):
    other = dict(TELEGRAM_CHAT, name="Club", id=8, messages=TELEGRAM_CHAT["messages"][:1])
    document = {"about": "account", "personal_information": {"first_name": "Zoé"},
                "chats": {"about": "chats", "list": [TELEGRAM_CHAT, other]},
                "left_chats": {"about": "left", "list": []}}
    path = _telegram(tmp_path, document)
    first = parse_file(path)
    assert first.title == "Zoé" and len(first.messages) == 4
    assert first.messages[1].source == {"path": "chats.list[0].messages[1]"}
    assert first.warnings == ("export holds 2 chats; parsed the first, not 'Club'",)
    plugin = FORMATS_BY_NAME["telegram"]
    club = plugin.parse(path, chat="Club")
    assert club.title == "Club" and club.warnings == ()
    assert [m.source for m in club.messages] == [{"path": "chats.list[1].messages[0]"}]
    with pytest.raises(ChatParseError, match=r"chats.list: no chat named 'Nobody'"):
        plugin.parse(path, chat="Nobody")


@pytest.mark.parametrize("name", ["telegram_chat-miner_test_batch_export.json",
                                  "selfmade_telegram_personal.json"])
def test_telegram_iter_messages_yields_what_parse_returns(name):
    path = sample(name)
    conversation = parse_file(path)
    warnings: list[str] = []
    plugin = FORMATS_BY_NAME["telegram"]
    assert tuple(plugin.iter_messages(path, warnings=warnings)) == conversation.messages
    assert tuple(warnings) == conversation.warnings
    assert plugin.build(json.loads(path.read_text(encoding="utf-8")),
                        Shape(path)).messages == conversation.messages


def test_telegram_streams_messages_before_a_late_error(tmp_path):
    good = json.dumps(TELEGRAM_CHAT)[:-2]  # cut the closing "]}"
    path = tmp_path / "result.json"
    path.write_text(good + ', {"id": 5, "type": "message", "from": "x", "date": 12}]}',
                    encoding="utf-8")
    seen = []
    with pytest.raises(ChatParseError, match=r"^result.json: messages\[4\].date: "):
        for message in FORMATS_BY_NAME["telegram"].iter_messages(path):
            seen.append(message)
    assert len(seen) == 4
    path.write_text(good + ", {", encoding="utf-8")
    with pytest.raises(ChatParseError, match=r"^result.json: not valid JSON: "):
        parse_file(path)


def test_a_huge_telegram_file_is_refused_by_its_size(tmp_path):
    path = tmp_path / "result.json"
    with open(path, "wb") as handle:
        handle.truncate(2 * 1024**3)
    with pytest.raises(ChatParseError, match="larger than the 1,073,741,824-byte limit"):
        FORMATS_BY_NAME["telegram"].parse(path)


# --- Discord ----------------------------------------------------------------------------


def test_discord_messages_system_records_attachments_and_edits():
    join, hello, photo, sticker = parse_file(sample("selfmade_discord_dm.json")).messages
    assert (join.sender, join.text) == (None, "Sam: Added a recipient.")
    assert (hello.sender, hello.text) == ("Zoé", "salut 😊")
    assert hello.sent_at == "2026-01-01T09:01:00.123+01:00"
    assert photo.edited and photo.attachments == (AttachmentRef("image", "photo.png"),)
    assert sticker.attachments == (AttachmentRef("sticker", "wave"),)


def test_discord_guild_joins_are_system_and_duplicate_ids_are_flagged():
    general = parse_file(shared("chat-exports/discord/dcef_example_general.json"))
    joins = [m for m in general.messages if m.sender is None]
    assert joins[0].text == "Thomas: Joined the server."
    assert general.messages[13].edited
    assert general.messages[21].attachments == (AttachmentRef("video", "book_scanner.mp4"),)
    duplicates = parse_file(shared("chat-exports/discord/chat-analytics_SV_5A_5M.json"))
    assert any("duplicate message id" in w for w in duplicates.warnings)
    assert duplicates.messages[2].sender == "mlomb"  # no nickname: the name


# --- Instagram --------------------------------------------------------------------------


def test_instagram_is_reversed_repaired_and_unsent_is_deleted():
    text, photo, share, unsent = parse_file(sample("selfmade_instagram_mojibake.json")).messages
    assert (text.sender, text.text) == ("Zoé Martin", "salut 😊 ça va ?")
    assert text.sent_at == "2026-01-01T11:57:00+00:00"
    assert text.source == {"path": "messages[3]"}
    assert photo.attachments[0].kind == "image"
    assert share.attachments == (AttachmentRef("link", "https://www.instagram.com/reel/example/"),)
    assert share.sent_at == "2026-01-01T11:59:00.500+00:00"
    assert unsent.deleted


def test_mojibake_repair_leaves_clean_text_alone():
    assert fix_mojibake("Th\u00c3\u00a9o") == "Théo"
    assert fix_mojibake("Théo ✓") == "Théo ✓"
    assert fix_mojibake("\u00e9t\u00e9") == "\u00e9t\u00e9"  # latin-1 but not UTF-8 bytes


# --- wrong shapes -----------------------------------------------------------------------

BAD = [
    ('{"name": "x", "type": "personal_chat", "messages": [{"type": "message", "from": "a",'
     ' "date": "2020-01-01T00:00:00", "text": [1]}]}', "messages[0].text[0]"),
    ('{"name": "x", "type": "personal_chat", "messages": [{"type": "message", "from": "a",'
     ' "date": "2020-01-01T00:00:00", "text": 5}]}', "messages[0].text"),
    ('{"chats": {"list": [{"name": "c"}]}, "x": {"messages": 1}}', "chats.list[0]"),
    ('{"guild": {}, "channel": {}, "messages": [[]], "author": 1}', "messages[0]"),
    ('{"guild": {}, "channel": {}, "messages": [{"author": {"name": "a"},'
     ' "timestamp": "2020-01-01T00:00:00", "content": "x"}]}', "messages[0].timestamp"),
    ('{"participants": [], "messages": [{"sender_name": "a", "timestamp_ms": "soon"}]}',
     "messages[0].timestamp_ms"),
    ('{"participants": [], "messages": {"sender_name": "a", "timestamp_ms": 1}}', "messages"),
]


@pytest.mark.parametrize(("document", "where"), BAD)
def test_wrong_json_shapes_name_the_json_path(tmp_path, document, where):
    path = tmp_path / "export.json"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(ChatParseError) as caught:
        parse_file(path)
    assert caught.value.path == where
    assert str(caught.value).startswith(f"export.json: {where}: ")


def test_truncated_json_names_line_and_column(tmp_path):
    path = tmp_path / "chat.json"
    path.write_text('{\n  "participants": [],\n  "messages": [{"sender_name": "a", "timestamp_ms": 1}'
                    '\n  {"sender_name": "b"}]}', encoding="utf-8")
    with pytest.raises(ChatParseError) as caught:
        parse_file(path)
    assert str(caught.value) == (
        "chat.json: not valid JSON at line 4, column 3: Expecting ',' delimiter")
    assert caught.value.line == 4


def test_a_missing_messages_key_is_an_error(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"chats": {"list": [{"name": "c", "msgs": []}]}}), encoding="utf-8")
    with pytest.raises(ChatParseError, match=r"result.json: chats.list\[0\]: missing key 'messages'"):
        parse_file(path)
