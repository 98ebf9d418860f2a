"""The ten triage-dev exports parse back to the JSONL conversations they were rendered from:
same speakers' texts in the same order, the export's own system records on top."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from chats_samples import TRIAGE, needs_shared

from tipline.chats import parse_file

pytestmark = needs_shared

# (file, messages, system): verified by reading each file.
COUNTS = [
    # 13 lines, 1 continuation -> 12 headers; encryption, created group, 2 added -> 4 system
    ("dev-004.whatsapp-ios.txt", 12, 4),
    # "messages" list holds 21 objects, all type Default
    ("dev-005.discord.json", 21, 0),
    # 13 lines, 13 headers; the encryption notice has no sender
    ("dev-032.whatsapp-android.txt", 13, 1),
    # 14 Default messages
    ("dev-042.discord.json", 14, 0),
    # 16 objects in "messages", one of them a photo without content
    ("dev-044.instagram.json", 16, 0),
    # 11 objects, all type "message"
    ("dev-051.telegram.json", 11, 0),
    # 14 objects
    ("dev-062.instagram.json", 14, 0),
    # 12 objects, one a photo "(File not included...)" with empty text
    ("dev-063.telegram.json", 12, 0),
    # 14 lines, 14 headers; the encryption notice (U+200E) is system
    ("dev-064.whatsapp-ios.txt", 14, 1),
    # 22 lines, 22 headers; the encryption notice has no sender
    ("dev-070.whatsapp-android.txt", 22, 1),
]

SPEAKERS = {  # export name -> JSONL key, from triage-dev/exports/INDEX.md
    "dev-004": {"Félix Bouchard": "A", "Martin Gagné": "B", "Isabelle Bouchard": "C"},
    "dev-005": {"Eli": "A", "CoachRyze": "B"},
    "dev-032": {"Nora": "A", "Mom ❤️": "B"},
    "dev-042": {"Ryan": "A", "Jake": "B"},
    "dev-044": {"Maya Lindqvist": "A", "Théo Mercier": "B"},
    "dev-051": {"Ethan Brooks": "A", "Jenna": "B"},
    "dev-062": {"Olivier Tremblay": "A", "Émilie Gagnon": "B"},
    "dev-063": {"Lucía Romero": "A", "Pablo Romero": "B"},
    "dev-064": {"Liam": "A", "+1 (647) 555\u20110119": "B"},
    "dev-070": {"Ava": "A", "Coach Dan": "B"},
}


def _jsonl() -> dict:
    rows = {}
    with open(TRIAGE / "conversations.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


@pytest.mark.parametrize(("name", "count", "system"), COUNTS, ids=[c[0] for c in COUNTS])
def test_export_matches_the_jsonl_conversation(name, count, system):
    conversation = parse_file(TRIAGE / "exports" / name)
    assert conversation.format == name.split(".")[1]
    assert len(conversation.messages) == count
    assert sum(m.sender is None for m in conversation.messages) == system
    ident = name.split(".")[0]
    expected = _jsonl()[ident]["messages"]
    people = [m for m in conversation.messages if m.sender is not None]
    assert len(people) == len(expected)
    for ours, theirs in zip(people, expected, strict=True):
        assert SPEAKERS[ident][ours.sender] == theirs["from"]
        if theirs["text"] == "[photo]":
            assert ours.text == "" and len(ours.attachments) == 1
            assert ours.attachments[0].kind in {"image", "media"}
        else:
            assert ours.text == theirs["text"]
            assert not ours.attachments
        when = datetime.fromisoformat(theirs["t"])
        ours_when = datetime.fromisoformat(ours.sent_at)
        if ours_when.tzinfo is None:  # naive local time: the JSONL's wall-clock minute
            assert ours_when.replace(second=0) == when.replace(tzinfo=None, second=0)
        else:  # an instant with an offset: the same instant, to the second
            assert abs((ours_when - when).total_seconds()) < 1


def test_whatsapp_ios_group_opens_with_system_records_under_the_group_name():
    conversation = parse_file(TRIAGE / "exports" / "dev-004.whatsapp-ios.txt")
    first, created, added_you, added = conversation.messages[:4]
    assert conversation.title == "Covoiturage hockey 🏒"
    assert first.text.startswith("Messages and calls are end-to-end encrypted.")
    assert created.text == "Martin Gagné created group “Covoiturage hockey 🏒”"
    assert added_you.text == "Martin Gagné added you"
    assert all(m.sender is None for m in (first, created, added_you, added))
    continued = conversation.messages[4]
    assert (continued.source, continued.sent_at) == ({"line": 5, "end_line": 6},
                                                     "2026-01-16T19:20:11")
    assert continued.text.endswith("\nApportez vos chandails blancs")
    assert conversation.messages[-1].source == {"line": 13}


def test_whatsapp_android_media_and_emoji_names():
    conversation = parse_file(TRIAGE / "exports" / "dev-032.whatsapp-android.txt")
    notice = conversation.messages[0]
    assert (notice.sender, notice.sent_at, notice.source) == (None, "2026-03-18T15:52:00",
                                                              {"line": 1})
    assert conversation.messages[1].sender == "Mom ❤️"
    media = conversation.messages[10]
    assert (media.sender, media.text, media.attachments[0].kind) == ("Nora", "", "media")
    last = conversation.messages[-1]
    assert (last.sent_at, last.source) == ("2026-03-18T16:09:00", {"line": 13})


def test_unsaved_number_with_non_breaking_hyphen_is_the_sender():
    conversation = parse_file(TRIAGE / "exports" / "dev-064.whatsapp-ios.txt")
    assert conversation.messages[0].sender is None
    assert conversation.messages[1].sender == "+1 (647) 555\u20110119"
    assert conversation.messages[-1].sent_at == "2026-02-14T22:42:23"


def test_json_exports_point_back_to_their_records():
    discord = parse_file(TRIAGE / "exports" / "dev-005.discord.json")
    assert discord.messages[0].source == {"path": "messages[0]"}
    assert discord.messages[0].sent_at == "2026-02-10T16:20:31.985-06:00"
    assert "😳" in discord.messages[6].text  # from a surrogate-pair escape
    instagram = parse_file(TRIAGE / "exports" / "dev-044.instagram.json")
    assert instagram.messages[0].source == {"path": "messages[15]"}  # newest first in file
    assert instagram.messages[-1].source == {"path": "messages[0]"}
    assert instagram.messages[-1].sent_at == "2026-01-31T02:30:00.198+00:00"
    assert instagram.messages[-1].sender == "Théo Mercier"
    telegram = parse_file(TRIAGE / "exports" / "dev-063.telegram.json")
    photo = telegram.messages[10]
    assert (photo.text, photo.attachments[0].kind, photo.attachments[0].name) == ("", "image", None)
    assert telegram.messages[0].sent_at == "2026-03-12T17:20:37"
