"""Paths to the chat-export samples used by the tests in this folder, and the WhatsApp export
folder whose media files are generated at test time."""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # so test modules can import chats_contract / chats_samples

WHATSAPP_CHAT = HERE.parent / "fixtures" / "chats" / "selfmade_whatsapp_ios_export"
GENERATED_MEDIA = {  # the members the export's _chat.txt points to
    "00000003-PHOTO-2026-01-05-17-30-00.jpg": b"\xff\xd8\xff\xe0",
    "00000005-AUDIO-2026-01-05-17-32-02.opus": b"OggS",
}


@pytest.fixture
def whatsapp_export(tmp_path) -> Path:
    """A WhatsApp iOS export folder: the committed _chat.txt plus media files generated here
    (a file signature and random bytes; no picture or sound is committed or made)."""
    folder = tmp_path / "WhatsApp Chat - Léa"
    shutil.copytree(WHATSAPP_CHAT, folder)
    noise = random.Random(7)
    for name, signature in GENERATED_MEDIA.items():
        (folder / name).write_bytes(signature + noise.randbytes(64))
    return folder
