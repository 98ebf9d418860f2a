"""On-call notification, with a real SMTP server (aiosmtpd) and a real HTTP receiver on
loopback: an immediate case is announced at once, without the report's words; nobody
claiming it within 15 minutes escalates it to the supervisors, once."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from support import now
from tipline import notify
from tipline.home import open_home
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.settings import Settings
from tipline.store.tables import AuditEntry, Case

SECRET_WORDS = "he said he will hurt me and i want to kill myself"


class _Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, _server, _session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 OK"


class _Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):  # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_args):
        pass


@pytest.fixture
def receivers():
    inbox = _Inbox()
    with socket.socket() as probe:  # a free port (aiosmtpd checks it is up by connecting to it)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=port)
    smtp.start()
    _Hook.received = []
    hook = HTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=hook.serve_forever, daemon=True)
    thread.start()
    yield inbox, port, f"http://127.0.0.1:{hook.server_port}/hook"
    smtp.stop()
    hook.shutdown()


def _home(tmp_path, smtp_port, hook_url):
    return open_home(Settings(
        home=tmp_path / "home", smtp_host="127.0.0.1", smtp_port=smtp_port,
        oncall_emails="oncall1@hotline.example, oncall2@hotline.example",
        supervisor_emails="lead@hotline.example", notify_webhook_url=hook_url,
        notify_webhook_secret="s3cret", console_url="https://tipline.example/console"))


def _wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_an_immediate_case_is_announced_and_escalated_once_if_nobody_claims_it(tmp_path, receivers):
    inbox, smtp_port, hook_url = receivers
    home = _home(tmp_path, smtp_port, hook_url)
    received = now()
    routine = submit_report(home, ReportCreate(about="someone keeps adding me"), [], via="api", now=received)
    urgent = submit_report(home, ReportCreate(about=SECRET_WORDS), [], via="api", now=received)
    assert urgent.urgency == "immediate" and routine.urgency != "immediate"
    code = urgent.receipt.case_code

    assert _wait_for(lambda: inbox.messages and _Hook.received)
    time.sleep(0.3)  # nothing more is coming for the routine case
    assert len(inbox.messages) == 1 and len(_Hook.received) == 1
    recipients, mail = inbox.messages[0]
    assert sorted(recipients) == ["oncall1@hotline.example", "oncall2@hotline.example"]
    assert code in mail and "https://tipline.example/console/cases/" + code in mail
    assert "kill" not in mail and "hurt" not in mail  # no detail of the report leaves
    headers, body = _Hook.received[0]
    assert json.loads(body)["event"] == "immediate_case" and json.loads(body)["case_code"] == code
    assert headers["X-Tipline-Signature"] == notify.sign("s3cret", body)
    assert b"kill" not in body

    assert notify.escalate_unclaimed(home, received + timedelta(minutes=14)) == []
    assert notify.escalate_unclaimed(home, received + timedelta(minutes=16)) == [code]
    assert notify.escalate_unclaimed(home, received + timedelta(minutes=30)) == []  # once
    assert _wait_for(lambda: len(inbox.messages) == 2)
    recipients, mail = inbox.messages[1]
    assert recipients == ["lead@hotline.example"] and "UNCLAIMED" in mail and "15 minutes" in mail
    assert json.loads(_Hook.received[1][1])["event"] == "unclaimed_escalated"
    with home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
        assert case.status == "escalated"
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "case.escalated"))
        assert entry.actor == "system" and "not claimed within 15 minutes" in entry.reason
    home.close()


def test_a_claimed_case_is_not_escalated_and_a_dead_mail_server_loses_nothing(tmp_path, receivers):
    _inbox, smtp_port, hook_url = receivers
    home = open_home(Settings(home=tmp_path / "home", smtp_host="127.0.0.1", smtp_port=1,  # nobody there
                              oncall_emails="oncall@hotline.example"))
    received = now()
    urgent = submit_report(home, ReportCreate(about=SECRET_WORDS), [], via="api", now=received)
    with home.sessions() as session:  # the report is committed whatever the mail did
        assert session.scalar(select(Case).where(Case.case_code == urgent.receipt.case_code))
    problems = notify.send(home.settings, notify.Notice("immediate_case", "TL-X", "immediate"), ["a@b.example"])
    assert problems and "e-mail" in problems[0]

    from tipline.auth.accounts import create_user
    from tipline.casework import claim
    from tipline.store.db import transaction

    with transaction(home.sessions) as session:
        user, _, _ = create_user(session, username="ana", role="analyst", now=received)
        case = session.scalar(select(Case).where(Case.case_code == urgent.receipt.case_code))
        claim(session, case, user, received + timedelta(minutes=5))
    assert notify.escalate_unclaimed(home, received + timedelta(minutes=20)) == []
    home.close()


def test_the_server_checks_for_unclaimed_cases_by_itself(tmp_path):
    from fastapi.testclient import TestClient

    from tipline.web.app import create_app

    home = open_home(Settings(home=tmp_path / "home", escalation_check_seconds=1))
    received = now() - timedelta(minutes=20)
    urgent = submit_report(home, ReportCreate(about=SECRET_WORDS), [], via="api", now=received)

    def status():
        with home.sessions() as session:
            return session.scalar(select(Case.status).where(Case.case_code == urgent.receipt.case_code))

    with TestClient(create_app(home)):  # the server runs: its lifespan starts the checks
        assert _wait_for(lambda: status() == "escalated", seconds=5)
    home.close()


class _Broken(BaseHTTPRequestHandler):
    """Says 100 bytes follow, sends 5, and hangs up: http.client raises IncompleteRead."""

    def do_POST(self):  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", "100")
        self.end_headers()
        self.wfile.write(b"short")

    def log_message(self, *_args):
        pass


def test_a_broken_webhook_or_a_trickling_mail_server_costs_no_notice(tmp_path, receivers, monkeypatch):
    inbox, smtp_port, _hook_url = receivers
    broken = HTTPServer(("127.0.0.1", 0), _Broken)
    threading.Thread(target=broken.serve_forever, daemon=True).start()
    home = open_home(Settings(home=tmp_path / "home", smtp_host="127.0.0.1", smtp_port=smtp_port,
                              supervisor_emails="lead@hotline.example",
                              notify_webhook_url=f"http://127.0.0.1:{broken.server_port}/hook"))
    received = now() - timedelta(minutes=20)
    codes = {submit_report(home, ReportCreate(about=SECRET_WORDS), [], via="api", now=received).receipt.case_code
             for _ in range(3)}
    assert set(notify.escalate_unclaimed(home, now())) == codes
    assert _wait_for(lambda: len(inbox.messages) == 3)  # every supervisor notice went, webhook or not

    # A server that accepts the connection and never answers is given up on in time.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    monkeypatch.setattr(notify, "DEADLINE_SECONDS", 1)
    stalled = Settings(home=tmp_path / "home", smtp_host="127.0.0.1", smtp_port=silent.getsockname()[1])
    started = time.monotonic()
    problems = notify.send(stalled, notify.Notice("immediate_case", "TL-X", "immediate"), ["a@b.example"])
    assert time.monotonic() - started < 5 and "TimeoutError" in problems[0]
    silent.close()
    broken.shutdown()
    home.close()
