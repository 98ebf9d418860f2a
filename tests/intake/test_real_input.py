"""Real input end to end: every triage-dev export and every WhatsApp and Telegram sample in
../shared goes through intake (seal, parse, triage, store), and the stored message count
equals the count verified by reading the file.

How the counts were verified: for WhatsApp, lines that start with a date header after removing
BOM and U+200E marks (`grep`-style, continuation lines excluded); for JSON exports, the length
of the `messages` array (for the Telegram batch export, of `chats.list[0].messages`).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from support import now, shared_path

from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.store.tables import ConversationRow, Report

VERIFIED_COUNTS = {
    "triage-dev/exports/dev-004.whatsapp-ios.txt": ("whatsapp-ios", 12),
    "triage-dev/exports/dev-005.discord.json": ("discord", 21),
    "triage-dev/exports/dev-032.whatsapp-android.txt": ("whatsapp-android", 13),
    "triage-dev/exports/dev-042.discord.json": ("discord", 14),
    "triage-dev/exports/dev-044.instagram.json": ("instagram", 16),
    "triage-dev/exports/dev-051.telegram.json": ("telegram", 11),
    "triage-dev/exports/dev-062.instagram.json": ("instagram", 14),
    "triage-dev/exports/dev-063.telegram.json": ("telegram", 12),
    "triage-dev/exports/dev-064.whatsapp-ios.txt": ("whatsapp-ios", 14),
    "triage-dev/exports/dev-070.whatsapp-android.txt": ("whatsapp-android", 22),
    "chat-exports/whatsapp/chat-analytics_2A_5M.txt": ("whatsapp-android", 5),
    "chat-exports/whatsapp/chat-miner_test_ddmmyy_24hrs.txt": ("whatsapp-android", 9),
    "chat-exports/whatsapp/chat-miner_test_mmddyy_24hrs.txt": ("whatsapp-android", 9),
    "chat-exports/whatsapp/chat-miner_test_mmddyy_brackets_24hrs.txt": ("whatsapp-ios", 9),
    "chat-exports/whatsapp/chat-miner_test_mmddyyyy_12hrs.txt": ("whatsapp-android", 9),
    "chat-exports/whatsapp/chat-miner_testlog_2023-01.txt": (None, 23),
    "chat-exports/whatsapp/chatistics_android_odd_names.txt": ("whatsapp-android", 11),
    "chat-exports/whatsapp/chatistics_ios_unicode_stress.txt": ("whatsapp-ios", 22),
    "chat-exports/whatsapp/chatistics_us_12h_endash.txt": ("whatsapp-android", 3),
    "chat-exports/whatsapp/pustur_example_ios_attached_poll.txt": ("whatsapp-ios", 52),
    "chat-exports/whatsapp/pustur_example_ios_lrm_2019.txt": ("whatsapp-ios", 100),
    "chat-exports/whatsapp/whatsr_englishiosampm.txt": ("whatsapp-ios", 50),
    "chat-exports/whatsapp/whatsr_germanandroidampm.txt": ("whatsapp-android", 50),
    "chat-exports/whatsapp/whatsr_germanios24h.txt": ("whatsapp-ios", 50),
    "chat-exports/whatsapp/whatstk_pokemon.txt": ("whatsapp-android", 20),
    "chat-exports/telegram/chat-analytics_DM_2A_7M.json": ("telegram", 8),
    "chat-exports/telegram/chat-miner_test_batch_export.json": ("telegram", 2),
}


def test_the_table_covers_every_file_that_must_be_submitted():
    root = shared_path()
    expected = {str(p.relative_to(root)) for p in (root / "triage-dev" / "exports").iterdir()
                if p.suffix in (".txt", ".json")}
    for folder in ("whatsapp", "telegram"):
        expected |= {str(p.relative_to(root)) for p in (root / "chat-exports" / folder).iterdir()
                     if p.suffix in (".txt", ".json") and p.name != "chat-miner_target.json"}
    assert expected == set(VERIFIED_COUNTS)


@pytest.mark.parametrize("relative", sorted(VERIFIED_COUNTS))
def test_each_real_export_is_submitted_and_every_message_is_kept(sqlite_home, relative):
    path = shared_path(relative)
    expected_format, expected_count = VERIFIED_COUNTS[relative]
    result = submit_report(sqlite_home, ReportCreate(reporter="parent"),
                           [IncomingFile(path.name, path.read_bytes(), "text/plain")],
                           via="cli", now=now())
    assert result.receipt.warnings == [], result.receipt.warnings
    with sqlite_home.sessions() as session:
        report = session.scalar(select(Report).where(Report.case_id == result.case_id))
        conversation = session.scalar(select(ConversationRow)
                                      .where(ConversationRow.report_id == report.id))
        assert len(conversation.messages) == expected_count
        if expected_format:
            assert conversation.format == expected_format
        assert all(m.source for m in conversation.messages)


@pytest.mark.parametrize("name,risk", [("dev-005.discord.json", "grooming"),
                                       ("dev-051.telegram.json", "sextortion"),
                                       ("dev-070.whatsapp-android.txt", "grooming")])
def test_risky_real_exports_are_flagged(sqlite_home, name, risk):
    path = shared_path("triage-dev", "exports", name)
    result = submit_report(sqlite_home, ReportCreate(reporter="self"),
                           [IncomingFile(path.name, path.read_bytes(), "text/plain")],
                           via="cli", now=now())
    assert result.risk == risk
    assert result.urgency in ("immediate", "high")
    assert result.hits
