"""IRC logs become Conversations: one record per line, joins and renames as system records,
mixed encodings read line by line."""

from __future__ import annotations

import pytest
from chats_newformats import NewFormatContract, assert_round_trip
from chats_samples import sample, shared

from tipline.chats import ChatParseError, parse_file


class TestIrcContract(NewFormatContract):
    format_name = "irc"


def test_irclog2html_sample():
    path = shared("chat-exports/irc/irclog2html_sample.log")
    conversation = parse_file(path)
    # 10 lines, one record each; lines 1, 4 and 10 are "***" join/nick lines -> 3 system
    assert conversation.format == "irc"
    assert len(conversation.messages) == 10
    assert sum(m.sender is None for m in conversation.messages) == 3
    first, last = conversation.messages[0], conversation.messages[-1]
    assert (first.sender, first.sent_at, first.text) == (
        None, "2005-01-08T23:33:54", "*** povbot has joined #pov")
    assert (last.sender, last.sent_at, last.text) == (
        None, "2005-01-08T23:49:00", "*** mgedmin is now known as mg_away")
    # line 3 is the single byte 0x9A: not UTF-8, read as cp1252, with a warning
    assert conversation.messages[2].text == "š"
    assert conversation.warnings == ("line 3: not UTF-8, read as cp1252",)
    # a bot quoting "<mgedmin>" inside its text stays one message from the bot
    assert conversation.messages[6].sender == "povbot"
    assert_round_trip(path, conversation, encoding="mixed")


def test_irclog2html_hybrid_charset():
    path = shared("chat-exports/irc/irclog2html_hybrid-charset.log")
    conversation = parse_file(path)
    # 2 lines: a cp1257/cp1252 message, then a UTF-8 "* nick action" line; no system record
    assert len(conversation.messages) == 2
    assert sum(m.sender is None for m in conversation.messages) == 0
    first, last = conversation.messages
    assert (first.sender, first.sent_at, first.text) == ("kamiccolo", "2011-01-15T20:32:39", "aišku :)")
    assert (last.sender, last.sent_at) == ("mgedmin", "2011-01-15T20:38:43")
    assert last.text == "naudoja Ubuntu lietuviškai, ir jo kalendoriuje savaitės prasideda nuo pirmadienių"
    assert conversation.warnings == ("line 1: not UTF-8, read as cp1252",)


def test_irssi_log_with_day_markers():
    path = sample("selfmade_irc_irssi.log")
    conversation = parse_file(path)
    # 10 lines: 2 day markers (1, 8) + 3 "-!-" lines (2, 7, 10) are system;
    # lines 3, 4, 5 (a /me action), 6 and 9 are messages
    assert len(conversation.messages) == 10
    assert sum(m.sender is None for m in conversation.messages) == 5
    welcome = conversation.messages[2]
    assert (welcome.sender, welcome.sent_at) == ("coach_lee", "2026-03-07T14:01")  # "@" removed
    action = conversation.messages[4]
    assert (action.sender, action.text) == ("maya", "sets up the board")
    solved = conversation.messages[8]
    assert solved.sent_at == "2026-03-08T09:15"  # date from "--- Day changed"
    assert_round_trip(path, conversation)


@pytest.mark.parametrize(("line", "sender", "sent_at", "text"), [
    ("[12:34] <nick> hello", "nick", "12:34", "hello"),
    ("[12:34:56] <+voiced> hi", "voiced", "12:34:56", "hi"),
    ("12:34:56 <nick> text", "nick", "12:34:56", "text"),
    ("2023-01-05 10:00:00\tnick\thello there", "nick", "2023-01-05T10:00:00", "hello there"),
    ("[12:34] * nick has joined #chan", None, "12:34", "* nick has joined #chan"),
    ("[12:34:56] *** Joins: nick (~u@host)", None, "12:34:56", "*** Joins: nick (~u@host)"),
])
def test_common_line_shapes(tmp_path, line, sender, sent_at, text):
    path = tmp_path / "chan.log"
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    message = parse_file(path).messages[0]
    assert (message.sender, message.sent_at, message.text) == (sender, sent_at, text)


def test_a_file_without_any_irc_line_is_an_error(tmp_path):
    path = tmp_path / "x.log"
    path.write_text("nothing here\n", encoding="utf-8")
    from tipline.chats.irc import IrcFormat

    with pytest.raises(ChatParseError, match="^x.log: no IRC log line"):
        IrcFormat().parse(path)
