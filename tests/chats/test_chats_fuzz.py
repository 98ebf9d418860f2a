"""Whatever bytes arrive, parse_file returns a Conversation or raises ChatParseError."""

from __future__ import annotations

import tempfile
from pathlib import Path

from chats_samples import OWN_SAMPLES, SHARED, SHARED_SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tipline.chats import ChatParseError, parse_file
from tipline.model import Conversation

SAMPLES = [path for paths in OWN_SAMPLES.values() for path in paths]
if SHARED.is_dir():
    SAMPLES += [SHARED / rel for rels in SHARED_SAMPLES.values() for rel in rels
                if (SHARED / rel).exists()]
SAMPLE_BYTES = [path.read_bytes() for path in SAMPLES]


def _check(data: bytes, suffix: str = ".txt") -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            result = parse_file(path)
        except ChatParseError as error:
            assert str(error).startswith(f"fuzz{suffix}: ")
        else:
            assert isinstance(result, Conversation)
            for message in result.messages:
                assert isinstance(message.text, str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    _check(data)


@st.composite
def mutated_sample(draw):
    data = bytearray(draw(st.sampled_from(SAMPLE_BYTES)))
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete", "dup"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[position:]
        elif action == "insert":
            data[position:position] = draw(st.sampled_from(
                [b"[", b"]", b"{", b"}", b'"', b":", b",", b"null", b"1e999", b"-", b"\n",
                 b"\r", b"\xe2\x80\x8e", b"\xef\xbb\xbf", b"\xff", b"[]", b"{}", b'""', b"true",
                 b"99/99/99, 99:99 - ", b"[31/31/31, 25:61:61] ", b": "]))
        elif action == "delete":
            end = position + draw(st.integers(1, 40))
            del data[position:end]
        elif action == "dup" and data:
            end = position + draw(st.integers(1, 200))
            data[position:position] = data[position:end]
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_sample())
def test_mutated_samples(data):
    _check(data, ".json" if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{") else ".txt")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.sampled_from(["messages", "text", "type", "from", "date", "date_unixtime", "author",
                         "content", "timestamp", "sender_name", "timestamp_ms", "photos", "uri",
                         "attachments", "fileName", "stickers", "name", "nickname", "photo",
                         "file", "share", "is_unsent", "chats", "list", "participants", "guild",
                         "channel", "actor", "action", "edited", "timestampEdited", "id"]),
        children, max_size=5),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON_VALUES, st.sampled_from(["telegram", "discord", "instagram"]))
def test_wrong_json_shapes(value, fmt):
    import json

    keys = {
        "telegram": {"chats": {"list": [{"messages": [value]}]}, "messages": value},
        "discord": {"guild": value, "channel": {}, "messages": [{"author": value, "content": value},
                                                               value]},
        "instagram": {"participants": [], "messages": [{"sender_name": value,
                                                        "timestamp_ms": value}, value]},
    }
    document = keys[fmt]
    if fmt == "telegram":
        document = {"messages": [value, {"type": "message", "date": value, "from": "x",
                                         "date_unixtime": value, "text": value}]}
    _check(json.dumps(document, allow_nan=True).encode(), ".json")


def test_pathological_whatsapp_lines_parse(tmp_path):
    """Inputs that made three patterns quadratic (minutes for a few hundred KB) parse now."""
    bodies = {
        "spaces.txt": "12/03/2026, 19:02 - Sam: x" + " " * 300_000 + "<\n",
        "hast.txt": "12/03/2026, 19:02 - Sam: \u200e" + "hast die gruppe " * 20_000 + "\n",
        "security.txt": "[12/03/2026, 19:02:00] Sam: \u200e" + "security code with " * 20_000 + "\n",
    }
    for name, body in bodies.items():
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        conversation = parse_file(path)
        assert len(conversation.messages) == 1 and conversation.messages[0].sender == "Sam"


def test_a_number_field_with_unicode_digits_is_a_parse_error_not_a_crash(tmp_path):
    path = tmp_path / "result.json"
    path.write_text('{"name": "x", "type": "personal_chat", "id": 1, "messages": [{"id": 1, '
                    '"type": "message", "date_unixtime": "\u00b2", "from": "A", "text": "hi"}]}',
                    encoding="utf-8")
    try:
        conversation = parse_file(path)
    except ChatParseError as error:
        assert "result.json" in str(error)
    else:
        assert conversation.messages[0].text == "hi"
