"""Preservation requests (issue 7, item 6): a letter, as text and PDF, to the platform naming the
accounts, the dates and the legal basis from the agency directory, kept with its SHA-256, and a
record of when and how it was sent."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from support import cli_env, file_report, now, run_cli

from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.routing import preservation
from tipline.store.db import transaction
from tipline.store.tables import Agency, AuditEntry, Case, PreservationRequest

CHAT = ("12/03/2026, 19:02 - Sam: add me on snap its wolfie_77\n"
        "12/03/2026, 19:03 - Kid: ok\n"
        "14/03/2026, 21:40 - Sam: or snap: wolfie_alt\n")


def test_the_letter_names_accounts_dates_and_the_legal_basis():
    text = preservation.letter_text(
        hotline="Example Hotline", contact="lers-replies@hotline.example", platform="snapchat",
        agency="RCMP National Child Exploitation Crime Centre", case_code="TL-TEST-0001",
        request_id=7, accounts=[{"kind": "username", "value": "wolfie_77"}],
        period=("2026-03-12T19:02:00", "2026-03-14T21:40:00"),
        legal_basis="Criminal Code, s. 487.012", drafted_at=datetime(2026, 11, 30, tzinfo=UTC))
    assert "To: snapchat, law enforcement response team" in text
    assert "From: Example Hotline, on behalf of RCMP National Child Exploitation Crime Centre" in text
    assert "Reference: TL-TEST-0001, preservation request 7" in text
    assert "  - username: wolfie_77" in text
    assert "from 2026-03-12T19:02:00 to 2026-03-14T21:40:00" in text
    assert "Legal basis: Criminal Code, s. 487.012" in text
    assert "Please keep them for 90 days" in text and "Please do not tell the account holder" in text
    assert "Reply to: lers-replies@hotline.example" in text


def test_a_request_takes_every_account_on_that_platform_and_the_chats_dates(home):
    result = submit_report(home, ReportCreate.model_validate(
        {"about": "he keeps asking", "child": {"country": "GB", "name_in_chat": "Kid"}}),
        [IncomingFile("chat.txt", CHAT.encode(), "text/plain")], via="api", now=now())
    with transaction(home.sessions) as session:
        case = session.get(Case, result.case_id)
        request, text = preservation.draft(
            session, case, platform="Snap", account="@WOLFIE_77", agency=session.get(Agency, "gb-nca-ceop"),
            hotline="Example Hotline", contact="", actor="ana", now=now())
        with pytest.raises(preservation.PreservationError, match="how it was sent"):
            preservation.mark_sent(session, request, via="  ", actor="ana", now=now())
    assert request.accounts == [{"kind": "username", "value": "wolfie_77"},
                                {"kind": "username", "value": "wolfie_alt"}]
    assert (request.period_start, request.period_end) == ("2026-03-12T19:02:00", "2026-03-14T21:40:00")
    assert request.legal_basis.startswith("Request to preserve data pending legal process")
    assert request.letter == text and request.letter_sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert request.status == "drafted" and request.sent_at is None
    with transaction(home.sessions) as session:
        stored = session.get(PreservationRequest, request.id)
        preservation.mark_sent(session, stored, via="LERS portal", actor="ana", now=now())
        with pytest.raises(preservation.PreservationError, match="already recorded as sent"):
            preservation.mark_sent(session, stored, via="again", actor="ana", now=now())
    with home.sessions() as session:
        stored = session.get(PreservationRequest, request.id)
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.case_id == result.case_id)).all()
    assert stored.status == "sent" and stored.sent_via == "LERS portal" and stored.sent_at is not None
    assert "case.preservation_requested" in actions and "case.preservation_sent" in actions


def test_cli_drafts_the_letter_as_text_and_pdf_and_records_sending(tmp_path):
    env = cli_env(tmp_path / "home")
    case = file_report(tmp_path / "home", {"about": "his snap is wolfie_77 and he threatens me",
                                           "child": {"country": "AU"}})
    drafted = json.loads(run_cli("preservation", "letter", case, "--platform", "snapchat",
                                 "--account", "wolfie_77", "--out", str(tmp_path / "letters"),
                                 "--json", env=env).stdout)
    text = (tmp_path / "letters" / f"preservation-{case}-1.txt").read_text()
    assert drafted["agency"] == "au-accce" and "Part 3-1A (preservation notices)" in text
    assert hashlib.sha256(text.encode()).hexdigest() == drafted["letter_sha256"]
    assert (tmp_path / "letters" / f"preservation-{case}-1.pdf").read_bytes().startswith(b"%PDF-")
    assert "recorded as sent" in run_cli("preservation", "sent", case, "1", "--via",
                                         "e-mail to lers@snap.example", env=env).stdout
    again = run_cli("preservation", "sent", case, "1", "--via", "x", env=env, check=False)
    assert again.returncode == 2 and "already recorded as sent" in again.stderr
    missing = run_cli("preservation", "sent", case, "9", "--via", "x", env=env, check=False)
    assert missing.returncode == 2 and "no preservation request 9" in missing.stderr


def test_a_routed_agency_lends_its_legal_basis_but_not_its_name(tmp_path):
    env = cli_env(tmp_path / "home", TIPLINE_HOTLINE_CONTACT="lers@hotline.example")
    case = file_report(tmp_path / "home", {"about": "his snap is wolfie_77",
                                           "child": {"country": "GB"}})
    drafted = run_cli("preservation", "letter", case, "--platform", "snapchat", "--account",
                      "wolfie_77", "--out", str(tmp_path), env=env)
    assert "TIPLINE_HOTLINE_CONTACT" not in drafted.stderr
    text = (tmp_path / f"preservation-{case}-1.txt").read_text()
    assert "From: Tipline hotline\n" in text and "on behalf of" not in text
    assert "Legal basis: Request to preserve data pending legal process" in text
    assert "for the period from the account’s creation to 20" in text  # no chat: up to the report
    assert "Reply to: lers@hotline.example" in text
    listed = json.loads(run_cli("preservation", "list", "--json", env=env).stdout)
    assert [(r["case_code"], r["status"], r["kept_until"]) for r in listed] == [(case, "drafted", None)]
    run_cli("preservation", "sent", case, "1", "--via", "LERS portal", env=env)
    [row] = json.loads(run_cli("preservation", "list", "--json", env=env).stdout)
    assert row["status"] == "sent" and row["kept_until"] > row["sent_at"][:10]
