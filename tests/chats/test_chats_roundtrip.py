"""Every message's ``source`` points back to its text in the original, for every sample that
parses: the fixtures (files, folders, and the folders zipped), the exports in
../shared/chat-exports and the triage-dev exports (those skip, saying why, when ../shared is
absent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from chats_contract import assert_round_trips
from chats_samples import EXPORTS, FIXTURES, SHARED, TRIAGE

from tipline.chats import ParseError, parse_path

UNSUPPORTED = {"NOTICE.md", "chat-miner_target.json", "INDEX.md", "SOURCES.md", "README.md"}
"""Files among the samples that are not chat exports (notes, a parser's expected output)."""


def _samples() -> list[Path]:
    found = [p for p in sorted(FIXTURES.iterdir()) if p.name not in UNSUPPORTED]
    if SHARED.is_dir():
        found += [p for p in sorted(EXPORTS.glob("*/*")) if p.name not in UNSUPPORTED]
        found += [p for p in sorted((TRIAGE / "exports").glob("*"))
                  if p.name not in UNSUPPORTED]
    return found


SAMPLES = _samples()


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_source_round_trip(path):
    assert_round_trips(path, parse_path(path))


FOLDERS = [p for p in sorted(FIXTURES.iterdir()) if p.is_dir()]


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_source_round_trip_through_a_zip(folder, tmp_path):
    archive = Path(shutil.make_archive(str(tmp_path / folder.name), "zip", folder))
    conversation = parse_path(archive)
    assert conversation.messages == parse_path(folder).messages
    assert_round_trips(archive, conversation)


def test_the_helper_catches_a_wrong_line(tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text("01/01/2026, 10:00 - A: hello\n01/01/2026, 10:01 - B: bye\n", encoding="utf-8")
    conversation = parse_path(chat)
    from dataclasses import replace

    moved = replace(conversation, messages=(
        replace(conversation.messages[0], source={"line": 2}), conversation.messages[1]))
    with pytest.raises(AssertionError, match="'hello' is not in lines 2-"):
        assert_round_trips(chat, moved)


def test_the_helper_catches_a_wrong_json_path():
    path = FIXTURES / "selfmade_discord_reactions.json"
    conversation = parse_path(path)
    from dataclasses import replace

    moved = replace(conversation, messages=(
        replace(conversation.messages[0], source={"path": "messages[2]"}),))
    with pytest.raises(AssertionError, match="not in"):
        assert_round_trips(path, moved)


def test_unsupported_samples_are_really_not_chats():
    for name in ("NOTICE.md", "chat-miner_target.json"):
        with pytest.raises(ParseError):
            parse_path(FIXTURES / name)
