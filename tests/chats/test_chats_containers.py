"""parse_path reads a file, a .zip or a folder holding one export: a WhatsApp zip with its
media, an Instagram thread split over message_N.json files, a Discord package; zips are
read in memory with limits, and every problem is a ParseError naming the zip and member."""

from __future__ import annotations

import io
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from chats_contract import assert_round_trips
from chats_samples import sample

from tipline.chats import ChatParseError, ParseError, detect, parse_path, parse_path_with_confidence
from tipline.chats import archives
from tipline.model import AttachmentRef, Reaction

THREAD = sample("selfmade_instagram_thread")


def zip_of(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return target


def zip_bytes(members: dict[str, bytes], target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def test_parse_error_is_the_issue_name_and_chat_parse_error_an_alias():
    assert ParseError is ChatParseError


# --- WhatsApp ---------------------------------------------------------------------------


def test_whatsapp_ios_zip_links_media_to_their_members(tmp_path, whatsapp_export):
    archive = zip_of(whatsapp_export, tmp_path / "WhatsApp Chat - Léa.zip")
    conversation, confidence = parse_path_with_confidence(archive)
    assert (conversation.format, confidence) == ("whatsapp-ios", 0.95)
    question, photo, cookies, voice, edited = conversation.messages
    assert question.source == {"line": 1, "file": "_chat.txt"}
    assert photo.attachments == (AttachmentRef("image", "00000003-PHOTO-2026-01-05-17-30-00.jpg"),)
    assert voice.attachments == (AttachmentRef("audio", "00000005-AUDIO-2026-01-05-17-32-02.opus"),)
    assert cookies.text == "yes! I made cookies\nbring a basket please"
    assert edited.edited and edited.text == "great, see you at 3"
    assert not any("not in the" in w or "not referred" in w for w in conversation.warnings)
    assert_round_trips(archive, conversation)


def test_the_folder_parses_like_the_zip(tmp_path, whatsapp_export):
    archive = zip_of(whatsapp_export, tmp_path / "chat.zip")
    assert parse_path(whatsapp_export).messages == parse_path(archive).messages
    assert detect(whatsapp_export) == ("whatsapp-ios", 0.95)


def test_whatsapp_android_zip_in_a_subfolder_with_missing_and_extra_media(tmp_path):
    chat = ("05/01/2026, 17:29 - Max: look\n"
            "05/01/2026, 17:30 - Max: IMG-20260105-WA0001.jpg (file attached)\n"
            "the bake sale table\n"
            "05/01/2026, 17:31 - Léa: IMG-20260105-WA0002.jpg (file attached)\n")
    archive = zip_bytes({"export/WhatsApp Chat with Max.txt": chat.encode(),
                         "export/IMG-20260105-WA0001.jpg": b"placeholder bytes",
                         "export/VID-20260105-WA0003.mp4": b"placeholder bytes"},
                        tmp_path / "android.zip")
    conversation = parse_path(archive)
    assert conversation.format == "whatsapp-android"
    look, photo, missing = conversation.messages
    assert photo.attachments == (AttachmentRef("image", "export/IMG-20260105-WA0001.jpg"),)
    assert photo.text == "the bake sale table"
    assert photo.source == {"line": 2, "end_line": 3, "file": "export/WhatsApp Chat with Max.txt"}
    assert missing.attachments == (AttachmentRef("image", "IMG-20260105-WA0002.jpg"),)
    assert any("'IMG-20260105-WA0002.jpg' is not in the zip" in w for w in conversation.warnings)
    assert any("VID-20260105-WA0003.mp4" in w for w in conversation.warnings)
    assert_round_trips(archive, conversation)


def test_errors_inside_a_zip_name_the_zip_and_the_member(tmp_path):
    archive = zip_bytes({"_chat.txt": b"[05/01/2026, 17:29:10] A: hi\n\xff\xfe\n"},
                        tmp_path / "bad.zip")
    with pytest.raises(ParseError) as caught:
        parse_path(archive)
    assert str(caught.value) == "bad.zip: _chat.txt: line 2: not UTF-8 text (byte 0xff)"
    assert caught.value.line == 2


def test_two_chats_in_one_zip_need_a_channel(tmp_path):
    chat = b"[05/01/2026, 17:29:10] A: hi\n"
    archive = zip_bytes({"a/_chat.txt": chat, "b/_chat.txt": chat}, tmp_path / "two.zip")
    with pytest.raises(ParseError, match="holds 2 WhatsApp chats; choose one with --channel"):
        parse_path(archive)
    assert parse_path(archive, channel="b").messages[0].source["file"] == "b/_chat.txt"


# --- Instagram / Messenger ---------------------------------------------------------------


def test_instagram_thread_parts_merge_in_time_order():
    conversation = parse_path(THREAD)
    assert conversation.format == "instagram"
    assert conversation.title == "Zoé Martin"
    hey, salut, share, photo, unsent, tomorrow = conversation.messages
    folder = "messages/inbox/sam_k_1234567890/"
    assert hey.source == {"path": "messages[2]", "file": folder + "message_2.json"}
    assert tomorrow.source == {"path": "messages[0]", "file": folder + "message_1.json"}
    assert salut.text == "salut ! ça va ?" and salut.sent_at == "2026-01-01T10:01:00.500+00:00"
    assert share.attachments == (AttachmentRef("link", "https://www.instagram.com/p/example/"),)
    assert share.reactions == (Reaction("Zoé Martin", "😂"),)
    assert photo.attachments[0].kind == "image"
    assert unsent.deleted
    assert tomorrow.reactions == (Reaction("Zoé Martin", "❤"), Reaction("Sam K", "👍"))
    assert_round_trips(THREAD, conversation)


def test_a_zipped_thread_and_one_part_alone(tmp_path):
    archive = zip_of(THREAD, tmp_path / "instagram.zip")
    assert parse_path(archive).messages == parse_path(THREAD).messages
    part = parse_path(THREAD / "messages/inbox/sam_k_1234567890/message_2.json")
    assert len(part.messages) == 3 and "file" not in part.messages[0].source
    assert any("message_1.json" in w for w in part.warnings)


def test_several_threads_need_a_channel(tmp_path):
    copy = tmp_path / "dyi"
    shutil.copytree(THREAD, copy)
    inbox = copy / "messages" / "inbox"
    shutil.copytree(inbox / "sam_k_1234567890", inbox / "lea_987")
    with pytest.raises(ParseError, match="holds 2 threads; choose one with --channel"):
        parse_path(copy)
    chosen = parse_path(copy, channel="lea_987")
    assert chosen.messages[0].source["file"].startswith("messages/inbox/lea_987/")


# --- a zip or folder holding one plain export ---------------------------------------------


def test_a_zip_holding_one_telegram_result(tmp_path):
    archive = tmp_path / "telegram.zip"
    zip_of_file = {"ChatExport_2026/result.json":
                   sample("selfmade_telegram_personal.json").read_bytes()}
    zip_bytes(zip_of_file, archive)
    conversation = parse_path(archive)
    assert conversation.format == "telegram"
    assert conversation.messages[0].source["file"] == "ChatExport_2026/result.json"
    assert_round_trips(archive, conversation)


def test_an_empty_zip_or_folder_has_no_export(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ParseError, match="^empty: no chat export found in this folder"):
        parse_path(tmp_path / "empty")
    archive = zip_bytes({}, tmp_path / "empty.zip")
    with pytest.raises(ParseError, match="^empty.zip: no chat export found in this zip"):
        parse_path(archive)


# --- format override ----------------------------------------------------------------------


def test_format_overrides_detection_and_unknown_names_are_listed(tmp_path):
    conversation, confidence = parse_path_with_confidence(
        sample("selfmade_discord_dce.csv"), format="discord-csv")
    assert conversation.format == "discord-csv" and confidence == 0.95
    with pytest.raises(ParseError) as caught:
        parse_path(sample("selfmade_discord_dce.csv"), format="myspace")
    assert "unknown format 'myspace'; known formats: " in str(caught.value)
    assert "discord-package" in str(caught.value) and "whatsapp-ios" in str(caught.value)
    with pytest.raises(ParseError, match="holds an Instagram/Messenger thread, not telegram"):
        parse_path(THREAD, format="telegram")


# --- safety -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "a/../../b.txt", "C:/x.txt",
                                  "..\\..\\x.txt"])
def test_unsafe_member_names_refuse_the_zip(tmp_path, name):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("_chat.txt", b"[05/01/2026, 17:29:10] A: hi\n")
        info = zipfile.ZipInfo("placeholder")
        info.filename = name  # ZipInfo would clean the name; a hostile tool does not
        archive.writestr(info, b"x")
    path = tmp_path / "evil.zip"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ParseError, match="unsafe member name"):
        parse_path(path)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_symlink_members_refuse_the_zip(tmp_path):
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", b"[05/01/2026, 17:29:10] A: hi\n")
        info = zipfile.ZipInfo("photo.jpg")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, b"/etc/passwd")
    with pytest.raises(ParseError, match="^link.zip: photo.jpg: member is a symbolic link"):
        parse_path(path)


def test_too_many_members(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "MAX_MEMBERS", 3)
    archive = zip_bytes({f"{i}.txt": b"x" for i in range(4)}, tmp_path / "many.zip")
    with pytest.raises(ParseError, match="zip has 4 members, over the limit of 3"):
        parse_path(archive)


def test_a_zip_bomb_is_refused_by_its_ratio(tmp_path):
    archive = zip_bytes({"_chat.txt": b"[05/01/2026, 17:29:10] A: hi\n",
                         "bomb.bin": b"\0" * (4 * 1024 * 1024)}, tmp_path / "bomb.zip")
    with pytest.raises(ParseError, match="bomb.bin: member is compressed more than 200 times"):
        parse_path(archive)


def test_declared_sizes_over_the_total_are_refused(tmp_path):
    data = zip_bytes({"_chat.txt": b"[05/01/2026, 17:29:10] A: hi\n"}, tmp_path / "a.zip")
    raw = bytearray(data.read_bytes())
    central = raw.rfind(b"PK\x01\x02")  # the central directory entry: uncompressed size at 24
    raw[central + 24:central + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    data.write_bytes(bytes(raw))
    with pytest.raises(ParseError, match="^a.zip: zip declares more than"):
        parse_path(data)


def test_a_lying_member_size_is_a_parse_error(tmp_path):
    data = zip_bytes({"_chat.txt": b"[05/01/2026, 17:29:10] A: hi\n" * 100}, tmp_path / "a.zip")
    raw = bytearray(data.read_bytes())
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24:central + 28] = (10).to_bytes(4, "little")  # says 10 bytes
    data.write_bytes(bytes(raw))
    with pytest.raises(ParseError, match="^a.zip: "):
        parse_path(data)


def test_nested_zips_are_not_opened(tmp_path, whatsapp_export):
    inner = zip_of(whatsapp_export, tmp_path / "inner.zip")
    outer = zip_bytes({"inner.zip": inner.read_bytes()}, tmp_path / "outer.zip")
    with pytest.raises(ParseError, match="^outer.zip: no chat export found"):
        parse_path(outer)


def test_not_a_zip_and_a_truncated_zip(tmp_path, whatsapp_export):
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ParseError, match="^fake.zip: not a readable zip file"):
        parse_path(fake)
    whole = zip_of(whatsapp_export, tmp_path / "whole.zip").read_bytes()
    fake.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ParseError, match="^fake.zip: "):
        parse_path(fake)


def test_symlinks_in_a_folder_are_skipped(tmp_path, whatsapp_export):
    folder = tmp_path / "export"
    shutil.copytree(whatsapp_export, folder)
    (folder / "secret.txt").symlink_to("/etc/hostname")
    conversation = parse_path(folder)
    assert any("secret.txt: symbolic link skipped" in w for w in conversation.warnings)


def test_nothing_is_written_to_disk(tmp_path, whatsapp_export):
    archive = zip_of(whatsapp_export, tmp_path / "chat.zip")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    parse_path(archive)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
