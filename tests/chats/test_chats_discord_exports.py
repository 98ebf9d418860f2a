"""Discord beyond DiscordChatExporter JSON: DCE CSV, Discord's own data package (CSV and the
newer JSON, one channel or the whole package), and DCE JSON reactions and replies."""

from __future__ import annotations

import shutil

import pytest
from chats_contract import FormatContract, assert_round_trips
from chats_samples import sample

from tipline.chats import ParseError, detect, parse_path
from tipline.model import AttachmentRef, Reaction

PACKAGE = sample("selfmade_discord_package")
DM = PACKAGE / "messages" / "c200000000000000001"
GUILD = PACKAGE / "messages" / "c300000000000000001"


class TestDiscordCsvContract(FormatContract):
    format_name = "discord-csv"


class TestDiscordPackageContract(FormatContract):
    format_name = "discord-package"


def test_dce_csv_rows_become_messages_with_line_ranges():
    conversation = parse_path(sample("selfmade_discord_dce.csv"))
    first, quoted, graph, formula = conversation.messages
    assert (first.sender, first.sent_at, first.source) == (
        "sam_k", "2026-01-02T18:00:05.123+01:00", {"line": 2})
    assert quoted.text == 'almost! question 4 is "tricky"'
    assert quoted.reactions == (Reaction(None, "👍"),)
    assert graph.text == "here is my graph\nand my notes"
    assert graph.source == {"line": 4, "end_line": 5}
    assert graph.attachments == (AttachmentRef("image", "graph.png"),
                                 AttachmentRef("file", "notes.pdf"))
    assert [(r.reaction, r.count) for r in graph.reactions] == [("😂", 2), ("thumbsup", 1)]
    assert formula.text == "-1 is the answer"  # DCE's tab before "-" removed


def test_dce_json_reactions_and_replies():
    ask, reply, ok = parse_path(sample("selfmade_discord_reactions.json")).messages
    # Named reactors one by one; the rest of a count as one record with its count.
    assert ask.reactions == (Reaction("Zoé", "👍"), Reaction(None, "👍", 2),
                             Reaction(None, "bookworm"))
    assert reply.reply_to == "220000000000000001" and ask.reply_to is None
    assert ok.reactions == (Reaction(None, "❤️"),)


def test_a_whole_package_parses_its_only_direct_message_as_the_owner():
    conversation = parse_path(PACKAGE)
    assert conversation.format == "discord-package"
    assert conversation.title == "Direct Message with sam_k#0"
    assert conversation.participants == ["Zoé"]  # global_name from account/user.json
    texts = [m.text for m in conversation.messages]
    assert texts == ["hi sam!", 'she said "ok" 🙂', "my notes, page 2\nand page 3",
                     "see you at practice"]  # the file is newest first
    assert conversation.messages[0].sent_at == "2026-01-03T10:05:12.392000+00:00"
    assert conversation.messages[0].source == {
        "line": 6, "file": "messages/c200000000000000001/messages.csv"}
    assert conversation.messages[2].source["end_line"] == 4
    assert conversation.messages[2].attachments == (AttachmentRef("image", "notes.png"),)
    assert any("only the account owner" in w for w in conversation.warnings)
    assert detect(PACKAGE) == ("discord-package", 0.95)
    assert_round_trips(PACKAGE, conversation)


@pytest.mark.parametrize("channel", ["c300000000000000001", "300000000000000001",
                                     "homework in Study Group", "homework"])
def test_channel_picks_a_channel_by_folder_id_or_name(channel):
    conversation = parse_path(PACKAGE, channel=channel)
    assert [m.text for m in conversation.messages] == ["who has the worksheet?",
                                                       "thanks everyone"]
    assert conversation.messages[0].sent_at == "2026-01-04T15:59:00"  # JSON: no offset
    assert conversation.messages[0].source == {
        "path": "[1]", "file": "messages/c300000000000000001/messages.json"}
    assert_round_trips(PACKAGE, conversation)


def test_an_unknown_channel_lists_the_channels():
    with pytest.raises(ParseError) as caught:
        parse_path(PACKAGE, channel="nope")
    assert "c200000000000000001 (Direct Message with sam_k#0)" in str(caught.value)
    assert "c300000000000000001 (homework in Study Group)" in str(caught.value)


def test_several_direct_messages_need_a_channel(tmp_path):
    copy = tmp_path / "package"
    shutil.copytree(PACKAGE, copy)
    (copy / "messages" / "c400000000000000001" / "channel.json").write_text(
        '{"id": "400000000000000001", "type": 1}', encoding="utf-8")
    with pytest.raises(ParseError, match="holds 3 channels; choose one with --channel"):
        parse_path(copy)


def test_a_channel_folder_on_its_own_finds_the_owner_two_levels_up():
    conversation = parse_path(GUILD)
    assert conversation.participants == ["Zoé"]
    assert conversation.title == "homework in Study Group"
    assert conversation.messages[0].source["file"] == "messages.json"


def test_a_single_messages_csv_parses_on_its_own():
    conversation = parse_path(DM / "messages.csv")
    assert conversation.format == "discord-package"
    assert conversation.participants == ["(account owner)"]
    assert len(conversation.messages) == 4
    assert "file" not in conversation.messages[0].source


def test_package_zip_parses_like_the_folder(tmp_path):
    archive = shutil.make_archive(str(tmp_path / "package"), "zip", PACKAGE)
    assert parse_path(archive).messages == parse_path(PACKAGE).messages


BAD = [
    ("ID,Timestamp,Contents,Attachments\n1,2026-01-01 10:00:00,\"unclosed\n", "line 2"),
    ("ID,When,Contents\n1,x,y\n", "line 1"),
]


@pytest.mark.parametrize(("text", "where"), BAD)
def test_bad_package_csv_names_the_line(tmp_path, text, where):
    path = tmp_path / "messages.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        parse_path(path, format="discord-package")
    assert str(caught.value).startswith(f"messages.csv: {where}: ")


def test_package_json_with_a_bad_timestamp_names_the_path(tmp_path):
    path = tmp_path / "messages.json"
    path.write_text('[{"ID": 1, "Timestamp": "yesterday", "Contents": "x"}]', encoding="utf-8")
    with pytest.raises(ParseError, match=r"^messages.json: \[0\].Timestamp: "):
        parse_path(path)
