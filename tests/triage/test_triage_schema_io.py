"""Reading the SCHEMA JSONL format; bad lines name the file, line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipline.triage import SchemaError, load_conversations

FIXTURES = Path(__file__).parent / "fixtures" / "conversations.jsonl"


def test_load_conversations_builds_messages_with_participant_keys_times_and_sources():
    first = next(iter(load_conversations(FIXTURES)))
    conv = first.conversation
    assert first.id == "fx-001" and first.child == "A" and first.child_age == 12
    assert conv.format == "schema-jsonl"
    assert conv.messages[0].sender == "B"
    assert conv.messages[0].sent_at.endswith("-05:00")
    assert conv.messages[2].source == {"line": 1, "path": "messages[2]"}
    assert first.label["risk"] == "grooming"


def _write(tmp_path: Path, *objs) -> Path:
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(o if isinstance(o, str) else json.dumps(o) for o in objs) + "\n", encoding="utf-8")
    return path


GOOD = {"id": "x", "participants": {"A": {"role": "child", "age": 12}, "B": {"role": "contact"}},
        "messages": [{"from": "B", "t": "2026-03-05T18:00:00-05:00", "text": "hi"}]}  # fmt: skip


def test_a_good_file_without_label_loads_with_label_none(tmp_path):
    [row] = list(load_conversations(_write(tmp_path, GOOD)))
    assert row.label is None and row.child == "A"


@pytest.mark.parametrize(
    "mutate,field",
    [
        (lambda o: o.pop("id"), "id"),
        (lambda o: o["messages"][0].update(t="yesterday"), "messages[0].t"),
        (lambda o: o["messages"][0].update({"from": "Z"}), "messages[0].from"),
        (lambda o: o["messages"][0].pop("text"), "messages[0].text"),
        (lambda o: o.update(messages="nope"), "messages"),
        (lambda o: o["participants"]["A"].update(age="twelve"), "participants.A.age"),
    ],
)
def test_a_bad_line_raises_a_value_error_naming_file_line_and_field(tmp_path, mutate, field):
    bad = json.loads(json.dumps(GOOD))
    mutate(bad)
    path = _write(tmp_path, GOOD, bad)
    with pytest.raises(ValueError) as info:
        list(load_conversations(path))
    err = info.value
    assert isinstance(err, SchemaError)
    assert err.line == 2 and err.field == field
    assert str(path) in str(err) and "line 2" in str(err) and field in str(err)


def test_invalid_json_names_the_line(tmp_path):
    path = _write(tmp_path, GOOD, "{not json")
    with pytest.raises(SchemaError, match="line 2"):
        list(load_conversations(path))
