"""WhatsApp .txt exports (Android and iOS) become Conversations, record for record."""

from __future__ import annotations

import json

import pytest
from chats_contract import FormatContract
from chats_samples import sample, shared

from tipline.chats import ChatParseError, parse_file
from tipline.model import AttachmentRef


class TestWhatsAppAndroidContract(FormatContract):
    format_name = "whatsapp-android"


class TestWhatsAppIosContract(FormatContract):
    format_name = "whatsapp-ios"


# (file, where, format, messages, system messages): counts verified by reading each file.
COUNTS = [
    # 10 header lines + 1 continuation line; 2 system (created group, You were added) -> 9
    ("chat-miner_test_ddmmyy_24hrs.txt", "fixture", "whatsapp-android", 9, 2),
    ("chat-miner_test_mmddyy_24hrs.txt", "fixture", "whatsapp-android", 9, 2),
    ("chat-miner_test_mmddyy_brackets_24hrs.txt", "fixture", "whatsapp-ios", 9, 2),
    ("chat-miner_test_mmddyyyy_12hrs.txt", "fixture", "whatsapp-android", 9, 2),
    # 29 lines, 6 continuation lines (4, 6-10) -> 23 headers; encryption, created, added = 3
    ("chat-miner_testlog_2023-01.txt", "fixture", "whatsapp-android", 23, 3),
    # 20 lines, headers on lines 1-10 and 16 -> 11; 2 encryption notices are system
    ("chatistics_android_odd_names.txt", "fixture", "whatsapp-android", 11, 2),
    # 23 lines, all headers but line 22 (Android-looking line without " - ") -> 22; 1 info line
    ("chatistics_ios_unicode_stress.txt", "fixture", "whatsapp-ios", 22, 1),
    # 3 lines, 3 headers
    ("chatistics_us_12h_endash.txt", "fixture", "whatsapp-android", 3, 0),
    # 52 bracketed headers (10 continuation lines); encryption, created, 2 added = 4 system
    ("pustur_example_ios_attached_poll.txt", "fixture", "whatsapp-ios", 52, 4),
    # 100 bracketed headers (6 continuation lines); encryption, created, added you = 3 system
    ("pustur_example_ios_lrm_2019.txt", "fixture", "whatsapp-ios", 100, 3),
    # 5 lines, 5 headers
    ("chat-exports/whatsapp/chat-analytics_2A_5M.txt", "shared", "whatsapp-android", 5, 0),
    # 50 headers + trailing blank line; encryption, created, added x3, removed, name, icon = 8
    ("chat-exports/whatsapp/whatsr_englishiosampm.txt", "shared", "whatsapp-ios", 50, 8),
    ("chat-exports/whatsapp/whatsr_germanandroidampm.txt", "shared", "whatsapp-android", 50, 8),
    ("chat-exports/whatsapp/whatsr_germanios24h.txt", "shared", "whatsapp-ios", 50, 8),
    # 20 headers + trailing blank line; 2 encryption notices (one under "Pokemon Chat")
    ("chat-exports/whatsapp/whatstk_pokemon.txt", "shared", "whatsapp-android", 20, 2),
]


def _path(name, where):
    return sample(name) if where == "fixture" else shared(name)


@pytest.mark.parametrize(("name", "where", "fmt", "count", "system"), COUNTS,
                         ids=[c[0].rsplit("/", 1)[-1] for c in COUNTS])
def test_every_record_of_the_export_becomes_a_message(name, where, fmt, count, system):
    conversation = parse_file(_path(name, where))
    assert conversation.format == fmt
    assert len(conversation.messages) == count
    assert sum(m.sender is None for m in conversation.messages) == system
    assert all(m.sent_at is None or len(m.sent_at) == 19 for m in conversation.messages)


def test_day_first_and_month_first_files_give_the_same_times():
    day_first = parse_file(sample("chat-miner_test_ddmmyy_24hrs.txt"))
    month_first = parse_file(sample("chat-miner_test_mmddyy_24hrs.txt"))
    brackets = parse_file(sample("chat-miner_test_mmddyy_brackets_24hrs.txt"))
    twelve = parse_file(sample("chat-miner_test_mmddyyyy_12hrs.txt"))
    times = [m.sent_at for m in day_first.messages]
    assert times[0] == "2019-01-01T11:25:00"
    assert times[-1] == "2021-12-30T22:01:00"
    assert [m.sent_at for m in month_first.messages] == times
    assert [m.sent_at for m in brackets.messages] == times
    assert [m.sent_at for m in twelve.messages] == times
    assert not day_first.warnings and not month_first.warnings


def test_chat_miner_target_authors_texts_and_times_are_reproduced():
    target = json.loads(sample("chat-miner_target.json").read_text(encoding="utf-8"))
    for name in ("chat-miner_test_ddmmyy_24hrs.txt", "chat-miner_test_mmddyy_24hrs.txt",
                 "chat-miner_test_mmddyy_brackets_24hrs.txt",
                 "chat-miner_test_mmddyyyy_12hrs.txt"):
        conversation = parse_file(sample(name))
        ours = {(m.sent_at, m.sender, m.text.replace("\n", " ")) for m in conversation.messages}
        for row in target:
            assert (row["timestamp"], row["author"], row["message"]) in ours, (name, row)


def test_system_lines_multi_line_bodies_and_colon_names():
    conversation = parse_file(sample("chat-miner_test_ddmmyy_24hrs.txt"))
    first, dotted, multi, colon, created, added = conversation.messages[:6]
    assert (first.sender, first.text, first.source) == ("John Doe", "Lorem ipsum dolor sit amet.",
                                                        {"line": 1})
    assert (dotted.sender, dotted.text) == ("John Doe", ".")  # "John Doe:." (known sender)
    assert multi.text == "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."
    assert (colon.sender, colon.text) == ("John-John Doe", "Lorem ipsum : dolor sit amet.")
    assert (created.sender, created.text) == (None, '+1 555 0100 created group "Groupname"')
    assert (added.sender, added.source) == (None, {"line": 7})
    last = conversation.messages[-1]
    assert (last.sender, last.source, last.sent_at) == ("John Doe",
                                                        {"line": 10, "end_line": 11},
                                                        "2021-12-30T22:01:00")


def test_a_name_with_a_colon_is_cut_at_the_first_colon_space():
    conversation = parse_file(sample("chatistics_android_odd_names.txt"))
    colon = conversation.messages[4]
    assert (colon.sender, colon.text) == ("The final test", "Does it work with colons?: Hallelujah!")
    assert conversation.messages[3].sender == "Even longer username with emoticons! 🙈 🙈"
    blank_first_line = conversation.messages[9]
    assert blank_first_line.text == "\n\n\n\n\n👍👍👍👍👍👍!"
    last = conversation.messages[-1]
    assert last.text == ("this is a message which contains some dates and colons\n\n\n"
                         "2/11/19: Arrival\n12/12/19: Departure")
    assert any("day/month order" in w for w in conversation.warnings)


def test_twelve_hour_clocks_with_dots_nbsp_and_en_dash():
    testlog = parse_file(sample("chat-miner_testlog_2023-01.txt"))
    by_line = {m.source["line"]: m for m in testlog.messages}
    assert by_line[15].sent_at == "2019-09-24T23:30:00"  # 11:30 p.m., no comma
    assert by_line[16].sent_at == "2019-09-24T11:30:00"  # a.m.
    assert by_line[17].sent_at == "2019-12-24T23:30:00"  # p. m.
    assert by_line[20].sent_at == "2022-09-10T22:37:00"  # 09-10-2022 dashes
    assert by_line[21].sent_at == "2021-10-24T15:21:43"  # [10.24.21, ...]
    assert by_line[24].sent_at == "2022-09-10T22:37:00"  # p.<NBSP>m.
    assert by_line[27].sent_at == "2022-12-24T13:01:00"  # 2022/12/24, 13:01. -
    assert by_line[23].text == "Testing dash - in message body"
    endash = parse_file(sample("chatistics_us_12h_endash.txt"))
    assert [m.sent_at for m in endash.messages] == [
        "2019-09-17T08:30:52", "2019-09-17T16:30:10", "2019-09-18T16:50:32"]
    assert endash.messages[0].sender == "John Doe"


@pytest.mark.parametrize("space", ["\u202f", "\u00a0", " "])
def test_narrow_no_break_space_before_pm(tmp_path, space):
    path = tmp_path / "chat.txt"
    path.write_text(f"1/4/23, 7:02{space}PM - A: hi\n1/14/23, 12:15{space}AM - B: late\n",
                    encoding="utf-8")
    conversation = parse_file(path)
    assert conversation.format == "whatsapp-android"
    assert [(m.sender, m.sent_at, m.text) for m in conversation.messages] == [
        ("A", "2023-01-04T19:02:00", "hi"), ("B", "2023-01-14T00:15:00", "late")]


def test_ios_placeholders_system_lines_and_mixed_line_endings():
    conversation = parse_file(sample("pustur_example_ios_attached_poll.txt"))
    messages = conversation.messages
    assert [m.text for m in messages[:4]] == [
        "Messages to this group are now secured with end-to-end encryption.",
        "Loris created group “WhatsApp Chat Parser Example”", "Loris added Emily",
        "Loris added John"]
    assert all(m.sender is None for m in messages[:4])
    photo = next(m for m in messages if m.source == {"line": 16})
    assert photo.text == ""
    assert photo.attachments == (AttachmentRef("image", "00000001-PHOTO-2019-06-20-16-00-15.jpg"),)
    kinds = [a.kind for m in messages for a in m.attachments]
    assert kinds == ["image", "video", "audio", "file"]
    poll = next(m for m in messages if m.text.startswith("POLL:"))
    assert poll.text.splitlines()[-1] == "OPTION: Saturday 17 evening (3 votes)"
    assert "\r" not in poll.text
    assert messages[-1].text == ("Links:\n- https://github.com/Pustur/whatsapp-chat-parser\n"
                                 "- https://github.com/Pustur/whatsapp-chat-parser-website")


def test_marks_and_bom_are_ignored_for_matching():
    conversation = parse_file(sample("chatistics_ios_unicode_stress.txt"))
    assert conversation.messages[3].sender == "John Doe"  # line starts with U+200E
    assert conversation.messages[2].sender is None  # "This is an info entry"
    assert conversation.messages[20].text.endswith(
        "\n2/11/19, 14:48 Alice Placeholder: this is a message from another chat!")
    c1 = conversation.messages[17].text  # C1 control characters stay inside the message
    assert c1 == "".join(chr(code) for code in range(0x80, 0xA0) if code != 0x85)
    # the "fake" [1.2.2019, 00:00:00] header is kept as a record, and flagged
    assert conversation.messages[18].source == {"line": 19}
    assert any(w.startswith("line 19: header written differently") for w in conversation.warnings)


def test_german_exports_bom_media_and_system_lines():
    ios = parse_file(shared("chat-exports/whatsapp/whatsr_germanios24h.txt"))
    android = parse_file(shared("chat-exports/whatsapp/whatsr_germanandroidampm.txt"))
    for conversation in (ios, android):
        system = [m.text for m in conversation.messages if m.sender is None]
        assert system[2] == "Du hast Mallory hinzugefügt."
        assert conversation.messages[3].sender == "Mallory"
        voice = conversation.messages[14]
        assert (voice.sender, voice.text) == ("Alice", "")
        assert voice.attachments == (AttachmentRef("audio", "PTT-20180129-WA0025.opus"),)
        assert conversation.messages[19].attachments[0].kind in {"image", "media"}
        assert conversation.messages[35].text == ""  # "Carol:" with nothing after
    assert ios.messages[27].text == "https://github.com/JuKo007"  # BOM inside removed
    assert android.messages[34].sent_at == "2018-01-29T23:59:00"  # impossible "23:59 PM"


def test_encryption_notice_under_the_chat_name_is_a_system_record():
    conversation = parse_file(shared("chat-exports/whatsapp/whatstk_pokemon.txt"))
    first = conversation.messages[0]
    assert first.sender is None and first.text.startswith("Messages and calls are end-to-end")
    assert conversation.title == "Pokemon Chat"
    assert conversation.messages[12].sender == "Jessie & James"
    assert conversation.messages[-1].sent_at == "2016-10-31T12:23:00"


def test_out_of_order_times_are_kept_in_file_order_with_a_warning():
    conversation = parse_file(shared("chat-exports/whatsapp/chat-analytics_2A_5M.txt"))
    assert conversation.messages[-1].text == "This message should be reordered"
    assert conversation.messages[3].attachments == (AttachmentRef("media"),)
    assert any("earlier than the message before" in w for w in conversation.warnings)


def test_deleted_and_edited_markers(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(
        "[01/02/2024, 10:00:00] Ana: \u200eThis message was deleted.\r\n"
        "[01/02/2024, 10:01:00] Ben: see you at 5 <This message was edited>\r\n"
        "[01/02/2024, 10:02:00] Ben: \u200eYou deleted this message.\r\n"
        "[13/02/2024, 10:03:00] Ana: \u200evideo omitted\r\ncaption here\r\n",
        encoding="utf-8")
    ana, ben, own, video = parse_file(path).messages
    assert (ana.deleted, ana.text, ana.sender) == (True, "", "Ana")
    assert (ben.edited, ben.text) == (True, "see you at 5")
    assert own.deleted
    assert (video.text, video.attachments) == ("caption here", (AttachmentRef("video"),))


def test_bytes_that_are_not_utf8_name_the_line(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"01/01/2020, 10:00 - A: hi\n01/01/2020, 10:01 - A: \xff\n")
    with pytest.raises(ChatParseError, match=r"^chat.txt: line 2: not UTF-8"):
        parse_file(path)


# --- streaming, locales, line ranges -----------------------------------------------------

import re  # noqa: E402
import time  # noqa: E402

from chats_samples import OWN_SAMPLES, SHARED, SHARED_SAMPLES  # noqa: E402

import tipline.chats.whatsapp_lines as whatsapp_lines  # noqa: E402
from tipline.chats import FORMATS_BY_NAME  # noqa: E402
from tipline.chats.base import STREAM_MAX_BYTES  # noqa: E402
from tipline.chats.whatsapp import iter_whatsapp, parse_whatsapp  # noqa: E402

LINE_ENDS = re.compile(r"\r\n|\r|\n")


def _whatsapp_samples():
    found = [p for name in ("whatsapp-android", "whatsapp-ios") for p in OWN_SAMPLES[name]]
    found += [p for p in sample("").glob("*.txt") if not p.name.startswith("selfmade_")]
    if SHARED.is_dir():
        found += [SHARED / rel for name in ("whatsapp-android", "whatsapp-ios")
                  for rel in SHARED_SAMPLES[name] if (SHARED / rel).exists()]
        found += sorted((SHARED / "chat-exports" / "whatsapp").glob("*.txt"))
    return sorted(set(found))


def _write(tmp_path, text, name="chat.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize(("header", "expected"), [
    ("1/14/23, 7:02\u202fa.\u202fm. - A: hi", "2023-01-14T07:02:00"),
    ("1/14/23, 7:02\u00a0p.m. - A: hi", "2023-01-14T19:02:00"),
    ("1/14/23, 12:02\u202fAM - A: hi", "2023-01-14T00:02:00"),
    ("[1/14/23, 7:02:09\u202fPM] A: hi", "2023-01-14T19:02:09"),
    ("[14/1/23, 7:02:09\u00a0p.\u00a0m.] A: hi", "2023-01-14T19:02:09"),
    ("14.01.23, 7:02 nachm. - A: hi", "2023-01-14T19:02:00"),
    ("2023/01/14 \u4e0b\u53481:02 - A: hi", "2023-01-14T13:02:00"),
])
def test_twelve_hour_markers_after_narrow_and_no_break_spaces(tmp_path, header, expected):
    (message,) = parse_file(_write(tmp_path, header + "\n")).messages
    assert (message.sender, message.sent_at, message.text) == ("A", expected, "hi")


PLACEHOLDERS = [
    ("<Media omitted>", "media"), ("image omitted", "image"), ("\u200eGIF omitted", "video"),
    ("<Medien ausgeschlossen>", "media"), ("Bild weggelassen", "image"),
    ("<Médias omis>", "media"), ("image absente", "image"), ("vidéo absente", "video"),
    ("<Multimedia omitido>", "media"), ("imagen omitida", "image"), ("audio omitido", "audio"),
    ("<Mídia oculta>", "media"), ("imagem ocultada", "image"), ("figurinha omitida", "sticker"),
    ("<Media omessi>", "media"), ("immagine omessa", "image"), ("documento omesso", "file"),
    ("<Media weggelaten>", "media"), ("afbeelding weggelaten", "image"),
    ("<pièce jointe : 00000001-PHOTO-2024-01-01.jpg>", "image"),
    ("<adjunto: 00000002-AUDIO-2024-01-01.opus>", "audio"),
    ("<allegato: 00000003-VIDEO-2024-01-01.mp4>", "video"),
    ("<bijgevoegd: notes.pdf>", "file"), ("<anexado: IMG-1.jpg>", "image"),
    ("IMG-20240101-WA0001.jpg (fichier joint)", "image"),
    ("PTT-20240101-WA0002.opus (arquivo anexado)", "audio"),
    ("VID-20240101-WA0003.mp4 (file allegato)", "video"),
    ("DOC-20240101-WA0004.pdf (bestand bijgevoegd)", "file"),
]


@pytest.mark.parametrize(("text", "kind"), PLACEHOLDERS, ids=[p[0] for p in PLACEHOLDERS])
def test_media_placeholders_in_seven_languages_become_attachments(tmp_path, text, kind):
    (message,) = parse_file(_write(tmp_path, f"[01/02/2024, 10:00:00] Ana: {text}\n")).messages
    assert message.text == ""
    assert [a.kind for a in message.attachments] == [kind]


EDITED = ["<This message was edited>", "\u200e<This message was edited>",
          "<Diese Nachricht wurde bearbeitet>", "<Ce message a été modifié>",
          "<Se editó este mensaje.>", "<Esta mensagem foi editada>",
          "<Questo messaggio è stato modificato>", "<Dit bericht is bewerkt>",
          "\u200eThis message was edited"]
DELETED = ["This message was deleted", "\u200eYou deleted this message.",
           "Diese Nachricht wurde gelöscht.", "Ce message a été supprimé",
           "Vous avez supprimé ce message", "Se eliminó este mensaje.", "Eliminaste este mensaje.",
           "Esta mensagem foi apagada", "Você apagou esta mensagem",
           "Questo messaggio è stato eliminato", "Dit bericht is verwijderd",
           "Je hebt dit bericht verwijderd."]


@pytest.mark.parametrize("marker", EDITED)
def test_edit_markers_in_seven_languages_are_removed(tmp_path, marker):
    path = _write(tmp_path, f"01/02/2024, 10:00 - Ana: see you at 5 {marker}\n"
                            f"01/02/2024, 10:01 - Ana: two\nlines {marker}\n")
    one, two = parse_file(path).messages
    assert (one.text, one.edited) == ("see you at 5", True)
    assert (two.text, two.edited, two.source) == ("two\nlines", True, {"line": 2, "end_line": 3})


def test_a_message_that_only_mentions_an_edit_is_not_edited(tmp_path):
    (message,) = parse_file(_write(tmp_path, "01/02/2024, 10:00 - Ana: This message was edited\n")
                            ).messages
    assert (message.text, message.edited) == ("This message was edited", False)


@pytest.mark.parametrize("marker", DELETED)
def test_deleted_markers_in_seven_languages(tmp_path, marker):
    (message,) = parse_file(_write(tmp_path, f"01/02/2024, 10:00 - Ana: {marker}\n")).messages
    assert (message.sender, message.text, message.deleted) == ("Ana", "", True)


def test_system_lines_never_make_participants(tmp_path):
    path = _write(tmp_path, (
        '12/01/2024, 10:00 - You created group "Fun: times"\n'
        "12/01/2024, 10:00 - +1 555 0100 joined using this group's invite link\n"
        '12/01/2024, 10:01 - Ana changed the subject from "Fun: times" to "Chess"\n'
        "12/01/2024, 10:02 - Ana: hi all\n"
        "[12/01/2024, 10:03:00] Chess club: \u200eYou added +1 555 0199\n"
        "[12/01/2024, 10:04:00] Ben \U0001f3b2: ok\n"))
    conversation = parse_file(path)
    assert conversation.participants == ["Ana", "Ben \U0001f3b2"]
    assert [m.sender for m in conversation.messages[:3]] == [None, None, None]
    assert conversation.messages[0].text == 'You created group "Fun: times"'
    assert conversation.title == "Chess club"


def test_day_and_month_order_comes_from_the_whole_file(tmp_path, monkeypatch):
    monkeypatch.setattr(whatsapp_lines, "BLOCK_BYTES", 256)
    lines = [f"01/02/2024, {i // 60:02d}:{i % 60:02d} - Ana: message {i}" for i in range(300)]
    lines.append("01/13/2024, 11:00 - Ben: the only date that tells")
    conversation = parse_file(_write(tmp_path, "\n".join(lines) + "\n"))
    assert conversation.messages[0].sent_at == "2024-01-02T00:00:00"  # month first
    assert conversation.messages[-1].sent_at == "2024-01-13T11:00:00"
    assert not conversation.warnings
    guessed = parse_file(_write(tmp_path, "01/02/24, 10:00 - Ana: hi\n", "guess.txt"))
    assert guessed.messages[0].sent_at == "2024-02-01T10:00:00"
    assert any("cannot be told" in w for w in guessed.warnings)


def test_end_line_spans_exactly_the_original_lines_of_each_message(tmp_path):
    text = ("\ufeff01/02/2024, 10:00 - Ana: one\r\n"
            "01/02/2024, 10:01 - Ben: two\r\nlines\r\n\r\n"
            "01/02/2024, 10:02 - Ana: three\rlines\rhere\n"
            "01/02/2024, 10:03 - Ben: \u200eimage omitted\ncaption\n"
            "01/02/2024, 10:04 - Ana: last\n\n\n")
    messages = parse_file(_write(tmp_path, text)).messages
    assert [m.source for m in messages] == [
        {"line": 1}, {"line": 2, "end_line": 3}, {"line": 5, "end_line": 7},
        {"line": 8, "end_line": 9}, {"line": 10}]
    assert [m.text for m in messages] == ["one", "two\nlines", "three\nlines\nhere", "caption",
                                          "last"]


@pytest.mark.parametrize("path", _whatsapp_samples(), ids=lambda p: p.name)
def test_source_lines_hold_the_message(path):
    original = LINE_ENDS.split(path.read_bytes().decode("utf-8"))
    messages = parse_file(path).messages
    for message, following in zip(messages, [*messages[1:], None]):
        first, last = message.source["line"], message.source.get("end_line", message.source["line"])
        assert set(message.source) <= {"line", "end_line"}
        assert last >= first if "end_line" not in message.source else last > first
        if following is not None:
            assert following.source["line"] > last
        text_lines = message.text.split("\n")
        assert len(text_lines) <= last - first + 1
        if message.text and not message.edited:
            assert text_lines[-1] in original[last - 1].replace("\ufeff", "")


@pytest.mark.parametrize("path", _whatsapp_samples(), ids=lambda p: p.name)
def test_iter_messages_yields_what_parse_returns(path, monkeypatch):
    conversation = parse_file(path)
    plugin = FORMATS_BY_NAME[conversation.format]
    warnings: list[str] = []
    assert tuple(plugin.iter_messages(path, warnings=warnings)) == conversation.messages
    assert tuple(warnings) == conversation.warnings
    monkeypatch.setattr(whatsapp_lines, "BLOCK_BYTES", 64)  # many blocks, split anywhere
    assert parse_whatsapp(path) == conversation


def test_a_huge_file_is_refused_by_its_size_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 2 GB on paper, nothing on disk
        handle.truncate(2 * 1024**3)
    plugin = FORMATS_BY_NAME["whatsapp-android"]
    started = time.monotonic()
    with pytest.raises(ChatParseError, match=r"^huge.txt: file is larger than the 1,073,741,824"):
        plugin.parse(path)
    with pytest.raises(ChatParseError, match="larger than"):
        next(plugin.iter_messages(path))
    assert time.monotonic() - started < 1
    assert plugin.streams and plugin.size_limit == STREAM_MAX_BYTES


def test_a_large_export_streams_in_order(tmp_path):
    lines = [f"{1 + i // 1440 % 28:02d}/03/2026, {i // 60 % 24:02d}:{i % 60:02d} - "
             f"{'Sam' if i % 2 else 'Kid'}: message {i}" for i in range(20_000)]
    path = _write(tmp_path, "\n".join(lines) + "\n")
    count = 0
    for count, message in enumerate(iter_whatsapp(path), start=1):
        assert message.text == f"message {count - 1}" and message.source == {"line": count}
    assert count == 20_000
