"""Whatever arrives as a file, a zip or a folder, parse_path returns a Conversation or raises
ParseError: random bytes, mutated samples, random zips (traversal names, symlinks, declared
sizes that lie, nested zips) and mutated zips."""

from __future__ import annotations

import io
import random
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest
from chats_samples import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tipline.chats import ParseError, parse_path
from tipline.model import Conversation

pytestmark = pytest.mark.filterwarnings("ignore:Duplicate name")  # duplicates are on purpose

CHAT_FILES = [p for p in sorted(FIXTURES.rglob("*")) if p.is_file() and p.suffix in
              (".txt", ".json", ".csv")]
MEMBER_BYTES = [p.read_bytes()[:4000] for p in CHAT_FILES]
NAMES = ["_chat.txt", "WhatsApp Chat with Sam.txt", "result.json", "messages.csv",
         "messages/index.json", "messages/c1/channel.json", "messages/c1/messages.csv",
         "messages/c2/messages.json", "account/user.json", "channel.json", "messages.json",
         "messages/inbox/x/message_1.json", "messages/inbox/x/message_2.json",
         "messages/inbox/y/message_1.json", "IMG-1.jpg", "00000003-PHOTO-1.jpg", "inner.zip",
         "../escape.txt", "/abs.txt", "a/../../b.txt", "C:\\x.txt", "dir/", "a\\b.txt",
         "x" * 300, "nul\x00.txt", "ünïcode/名.txt"]


def _check(path: Path) -> None:
    try:
        result = parse_path(path)
    except ParseError as error:
        assert str(error).startswith(f"{path.name}: ") or str(error).startswith(path.name)
    else:
        assert isinstance(result, Conversation)
        for message in result.messages:
            assert isinstance(message.text, str)


@st.composite
def member(draw):
    name = draw(st.sampled_from(NAMES) | st.text(min_size=1, max_size=20))
    data = draw(st.sampled_from(MEMBER_BYTES) | st.binary(max_size=300))
    if data and draw(st.booleans()):
        data = bytearray(data)
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        data = bytes(data)
    return name, data, draw(st.sampled_from(["plain", "symlink", "stored", "dir"]))


def _build(members) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data, how in members:
            info = zipfile.ZipInfo("m")
            info.filename = name  # as hostile tools write it, uncleaned
            if how == "symlink":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            elif how == "dir":
                info.external_attr = (stat.S_IFDIR | 0o755) << 16
            info.compress_type = zipfile.ZIP_STORED if how == "stored" else zipfile.ZIP_DEFLATED
            try:
                archive.writestr(info, data)
            except (ValueError, UnicodeEncodeError):
                continue
    return buffer.getvalue()


def _nested(members) -> bytes:
    return _build([("inner.zip", _build(members), "plain"), *members[:1]])


def _lie(raw: bytes, rng: random.Random) -> bytes:
    """Declared sizes that lie: change the sizes in a central directory entry."""
    data = bytearray(raw)
    at = data.rfind(b"PK\x01\x02")
    if at >= 0 and at + 28 <= len(data):
        field = rng.choice([20, 24])
        data[at + field:at + field + 4] = rng.choice(
            [0, 1, 10, 0xFFFFFFFF, 0x7FFFFFFF, 600 * 1024 * 1024]).to_bytes(4, "little")
    return bytes(data)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(member(), max_size=6), st.sampled_from(["as is", "nested", "lie", "flip", "cut"]),
       st.randoms(use_true_random=False))
def test_random_zips(members, how, rng):
    raw = _build(members)
    if how == "nested":
        raw = _nested(members)
    elif how == "lie":
        raw = _lie(raw, rng)
    elif how == "flip" and raw:
        data = bytearray(raw)
        for _ in range(rng.randint(1, 10)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        raw = bytes(data)
    elif how == "cut":
        raw = raw[: rng.randrange(len(raw) + 1)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.zip"
        path.write_bytes(raw)
        _check(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(member(), max_size=5))
def test_random_folders(members):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "export"
        root.mkdir()
        for name, data, how in members:
            clean = name.replace("\\", "/").replace("\x00", "")
            parts = [p for p in clean.split("/") if p not in ("", ".", "..")]
            if not parts or how == "dir":
                continue
            target = root.joinpath(*parts)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                if how == "symlink":
                    target.symlink_to("/etc/hostname")
                else:
                    target.write_bytes(data)
            except OSError:
                continue
        _check(root)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000) | st.sampled_from(MEMBER_BYTES),
       st.sampled_from(["x.zip", "x.txt", "messages.csv", "message_1.json", "result.json"]))
def test_random_bytes_under_any_name(data, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        _check(path)
