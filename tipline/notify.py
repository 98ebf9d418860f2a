"""On-call notification: an immediate case reaches the people on call at once, and their
supervisors when nobody claims it within ``escalate_after_minutes`` (15; issue 6).

A notice carries no detail of the report, only the case code, its urgency and reasons, and
the console's address: e-mail and webhooks pass through servers outside the hotline's control.
E-mail goes over SMTP (the standard library's ``smtplib``; STARTTLS and login when set). The
webhook is a JSON POST signed with HMAC-SHA256 over the body
(``X-Tipline-Signature: sha256=<hex>``, with ``notify_webhook_secret``), so its receiver can
tell it came from this Tipline.

Both are best effort and never hold up the child: ``announce`` sends from a thread after the
report is committed, and a failure is logged, never raised. ``escalate_unclaimed`` is run by
``tipline escalate`` (for cron) and every ``escalation_check_seconds`` by the server.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import smtplib
import threading
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select

from tipline import audit
from tipline.settings import Settings
from tipline.store.db import transaction
from tipline.store.tables import Case

log = logging.getLogger(__name__)
TIMEOUT_SECONDS = 10  # per network operation
DEADLINE_SECONDS = 30  # per channel in all: a server that trickles bytes is given up on


@dataclass(frozen=True, slots=True)
class Notice:
    """What is announced: ``event`` is "immediate_case" (to the on-call list) or
    "unclaimed_escalated" (to the supervisors)."""

    event: str
    case_code: str
    urgency: str
    reasons: list[str] = field(default_factory=list)
    at: str = ""
    console: str = ""


def _addresses(value: str) -> list[str]:
    return [a.strip() for a in value.split(",") if a.strip()]


def _email(settings: Settings, to: list[str], notice: Notice) -> None:
    message = EmailMessage()
    what = "IMMEDIATE case" if notice.event == "immediate_case" else "UNCLAIMED immediate case"
    message["Subject"] = f"[Tipline] {what} {notice.case_code}"
    message["From"] = settings.notify_from
    message["To"] = ", ".join(to)
    waited = "" if notice.event == "immediate_case" else (
        f"Nobody has claimed it within {settings.escalate_after_minutes} minutes.\n")
    message.set_content(
        f"{what} {notice.case_code}\nUrgency: {notice.urgency}"
        f"{' (' + ', '.join(notice.reasons) + ')' if notice.reasons else ''}\n{waited}"
        f"Open it: {notice.console}\n\nThis message holds no detail of the report on purpose.\n")
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT_SECONDS) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_username:
            smtp.login(settings.smtp_username, settings.smtp_password or "")
        smtp.send_message(message)


def sign(secret: str, body: bytes) -> str:
    """The signature header's value for ``body``: ``sha256=`` and the HMAC's hex digest."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _webhook(settings: Settings, notice: Notice) -> None:
    body = json.dumps(asdict(notice), sort_keys=True).encode()
    headers = {"Content-Type": "application/json", "User-Agent": "tipline-notify"}
    if settings.notify_webhook_secret:
        headers["X-Tipline-Signature"] = sign(settings.notify_webhook_secret, body)
    request = urllib.request.Request(settings.notify_webhook_url, data=body, headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:  # noqa: S310 - the operator's URL
        answer.read()


def _within_deadline(work, seconds: float) -> None:
    """Run ``work()`` in a daemon thread and wait at most ``seconds``; raise TimeoutError when
    it is still going (it is then abandoned), or whatever it raised."""
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            failure.append(exc)

    worker = threading.Thread(target=run, daemon=True, name="notify-channel")
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError(f"no answer within {seconds:g} s")
    if failure:
        raise failure[0]


def send(settings: Settings, notice: Notice, to: list[str]) -> list[str]:
    """Send ``notice`` by e-mail to ``to`` (when an SMTP host is set) and to the webhook (when
    set), each within ``DEADLINE_SECONDS``. Returns the problems met, as text; never raises:
    a notice that cannot go must not stop the next one, nor the report that caused it."""
    problems = []
    channels = []
    if to and settings.smtp_host:
        channels.append((f"e-mail to {len(to)} address(es)", lambda: _email(settings, to, notice)))
    if settings.notify_webhook_url:
        channels.append(("webhook", lambda: _webhook(settings, notice)))
    for name, work in channels:
        try:
            _within_deadline(work, DEADLINE_SECONDS)
        except Exception as exc:  # noqa: BLE001 - any failure of a channel is reported, not raised
            problems.append(f"{name}: {type(exc).__name__}: {exc}")
    for problem in problems:
        log.error("notice %s for %s not delivered: %s", notice.event, notice.case_code, problem)
    return problems


def immediate_notice(settings: Settings, case_code: str, urgency: str, reasons: list[str],
                     now: datetime) -> Notice:
    """The notice of a new immediate case (no words of the report: only its code and why)."""
    return Notice("immediate_case", case_code, urgency, list(reasons), now.isoformat(),
                  f"{settings.console_url.rstrip('/')}/cases/{case_code}")


def oncall_addresses(settings: Settings) -> list[str]:
    return _addresses(settings.oncall_emails)


def announce(settings: Settings, case_code: str, urgency: str, reasons: list[str], now: datetime) -> threading.Thread | None:
    """Tell the on-call list about a new immediate case, from a thread (the caller does not
    wait for SMTP). Returns the thread, or None when the case is not immediate."""
    if urgency != "immediate":
        return None
    thread = threading.Thread(target=send, args=(
        settings, immediate_notice(settings, case_code, urgency, reasons, now),
        oncall_addresses(settings)), name=f"notify-{case_code}")
    thread.start()
    return thread


def escalate_unclaimed(home, now: datetime) -> list[str]:
    """Escalate every immediate case nobody has claimed within ``escalate_after_minutes``:
    its status becomes "escalated" (audited, by "system", with the reason) and the supervisors
    are told. Each case is escalated once. Returns the case codes escalated."""
    settings = home.settings
    due = now - timedelta(minutes=settings.escalate_after_minutes)
    escalated: list[tuple[str, list[str]]] = []
    with transaction(home.sessions) as session:
        for case in session.scalars(select(Case).where(
                Case.urgency == "immediate", Case.assigned_to_id.is_(None),
                Case.status == "received", Case.received_at <= due).with_for_update()):
            case.status, case.updated_at = "escalated", now
            audit.append(session, actor="system", action="case.escalated", at=now, case_id=case.id,
                         reason=f"immediate, and not claimed within {settings.escalate_after_minutes} minutes",
                         detail={"status_before": "received"})
            escalated.append((case.case_code, list(case.urgency_reasons or [])))
    for code, reasons in escalated:
        send(settings, Notice("unclaimed_escalated", code, "immediate", reasons, now.isoformat(),
                              f"{settings.console_url.rstrip('/')}/cases/{code}"),
             _addresses(settings.supervisor_emails))
    return [code for code, _reasons in escalated]
