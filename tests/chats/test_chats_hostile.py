"""Hostile exports found by an adversarial review: each is refused with a ParseError or read
correctly, quickly and in bounded memory; none steals detection from a real chat."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile

import pytest

from tipline.chats import ParseError, detect, parse_path

GROOMING_CHAT = (
    "16/01/2026, 19:20 - Max: how old r u\n"
    "16/01/2026, 19:21 - Kid: 12\n"
    "16/01/2026, 19:22 - Max: dont tell ur parents ok\n"
)


def test_deeply_nested_telegram_text_is_refused_not_exhausting_memory(tmp_path):
    depth = 40_000
    path = tmp_path / "result.json"
    path.write_text('{"name":"x","type":"personal_chat","messages":[{"from":"a","date":'
                    '"2026-03-12T19:02:00","text":' + "[" * depth + "]" * depth + "}]}")
    with pytest.raises(ParseError, match="nested more than"):
        parse_path(path)


@pytest.mark.parametrize("planted", [
    'lol vk.com <div class="msg_item"> <div class="from">',
    '<div class="sent"> <span class="timestamp"> <div class="message">',
])
def test_html_looking_text_inside_a_chat_does_not_steal_detection(tmp_path, planted):
    path = tmp_path / "chat.txt"
    path.write_text(GROOMING_CHAT + f"16/01/2026, 19:23 - Max: {planted}\n")
    assert detect(path)[0] == "whatsapp-android"
    assert len(parse_path(path).messages) == 4


@pytest.mark.parametrize("body", ["<a b='" * 40_000, "<!--x" * 40_000, "<![CDATA[" * 40_000])
def test_html_that_never_closes_is_refused_before_the_slow_parser(tmp_path, body):
    path = tmp_path / "messages.html"
    path.write_text('<!DOCTYPE html>\n<html><head><title>VK Messages</title></head><body>'
                    '<div class="msg_item"><div class="from">x</div>\n' + body)
    with pytest.raises(ParseError, match="never closes"):
        parse_path(path)


def test_a_signal_line_of_brackets_parses(tmp_path):
    path = tmp_path / "chat.md"
    path.write_text("[2026-01-16 19:17] Kim: " + "[" * 100_000 + "\n[2026-01-16 19:18] Lee: ok\n")
    conversation = parse_path(path)
    assert [m.sender for m in conversation.messages] == ["Kim", "Lee"]


def test_a_zip_of_many_small_highly_compressed_members_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(1, 40):
            archive.writestr(f"message_{n}.json", b" " * 1_000_000)
    path = tmp_path / "thread.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ParseError, match="zip bomb"):
        parse_path(path)


def test_a_device_or_pipe_is_refused_at_once(tmp_path):
    with pytest.raises(ParseError, match="not a regular file"):
        parse_path("/dev/zero", format="whatsapp-ios")
    fifo = tmp_path / "_chat.txt"
    os.mkfifo(fifo)
    # In a child process with a timeout: a regression would block on the pipe forever.
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from tipline.chats import parse_path, ParseError\n"
         "try:\n parse_path(sys.argv[1])\nexcept ParseError as e:\n print(e)", str(fifo)],
        capture_output=True, text=True, timeout=30)
    assert "not a regular file" in result.stdout


def test_warnings_are_capped(tmp_path):
    chat = "".join(f"[16/01/2026, 19:{n % 60:02d}:00] Max: \u200e<attached: {n:08d}-PHOTO.jpg>\r\n"
                   for n in range(300))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("_chat.txt", chat)
    path = tmp_path / "export.zip"
    path.write_bytes(buffer.getvalue())
    warnings = parse_path(path).warnings
    assert len(warnings) == 101 and warnings[-1].startswith("... and ")
