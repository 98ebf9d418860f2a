"""Preservation requests: a letter asking a platform to keep what it holds about accounts until
legal process arrives (issue 7, item 6; DESIGN.md stage "refer").

The letter names the accounts (as canonical identifiers on that platform), the period (the
first and last message times in the case's chats, else when the incident happened and when
it was reported), and the legal basis field of the agency's directory entry. It is plain text
first (``letter_text``, pure) and a PDF of the same words (``letter_pdf``, WeasyPrint); the
request row keeps the text's SHA-256, so the letter produced later can be shown to be the one
drafted (the text is kept with the request). Sending is recorded when it happens (``mark_sent``): when, how, by whom.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from tipline import audit
from tipline.linking.normalise import normalise, platform_name
from tipline.store.tables import Agency, Case, IdentifierSighting, PreservationRequest

RETENTION_DAYS = 90  # 18 U.S.C. § 2703(f)(2) and most counterparts: 90 days, renewable once asked
MAX_ACCOUNTS = 20


class PreservationError(ValueError):
    """A request that cannot be drafted or marked; ``status`` is the HTTP status."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def _period(case: Case) -> tuple[str | None, str | None]:
    """First and last message times of the case's chats, else the incident's time and the
    report's receipt (ISO 8601 as stored)."""
    times = sorted(m.sent_at for r in case.reports for c in r.conversations
                   if c.attachment_id is not None for m in c.messages if m.sent_at)
    if times:
        return times[0], times[-1]
    # No chat: from when the reporter says it happened (unknown: the account's creation) to
    # when the report arrived.
    incident = next((r.incident_at for r in case.reports if r.incident_at), None)
    received = max(r.received_at for r in case.reports).isoformat(timespec="seconds") \
        if case.reports else None
    return incident, received


def accounts_for(session, case: Case, platform: str, account: str) -> list[dict]:
    """The account asked for (canonical where it can be read as a username) and every other
    strong identifier the case holds on the same platform: ``[{"kind", "value"}]``."""
    named = platform_name(platform)
    text = account.strip()
    first = (normalise("platform_user_id", text, named) if text.isdigit() else
             normalise("username", text, named))
    accounts = [{"kind": first.kind, "value": first.value}] if first else \
        [{"kind": "account", "value": text}]
    for kind, value in session.execute(
            select(IdentifierSighting.kind, IdentifierSighting.value).where(
                IdentifierSighting.report_id.in_([r.id for r in case.reports]),
                IdentifierSighting.platform == named, IdentifierSighting.strong.is_(True))
            .order_by(IdentifierSighting.id)):
        if {"kind": kind, "value": value} not in accounts:
            accounts.append({"kind": kind, "value": value})
    return accounts[:MAX_ACCOUNTS]


def letter_text(*, hotline: str, contact: str, platform: str, agency: str, case_code: str,
                request_id: int, accounts: list[dict], period: tuple[str | None, str | None],
                legal_basis: str, drafted_at: datetime) -> str:
    """The letter, in plain text (UTF-8, LF line ends). Pure."""
    start, end = period
    lines = [
        "PRESERVATION REQUEST",
        "",
        f"Date: {drafted_at.strftime('%Y-%m-%d')}",
        f"To: {platform}, law enforcement response team",
        f"From: {hotline}" + (f", on behalf of {agency}" if agency else ""),
        f"Reference: {case_code}, preservation request {request_id}",
        "",
        "We ask you to preserve, pending legal process, the records you hold about the",
        "following account(s) on your service:",
        "",
        *[f"  - {a['kind'].replace('_', ' ')}: {a['value']}" for a in accounts],
        "",
        f"for the period from {start or 'the account’s creation'} to {end or 'today'}, and up to",
        "today: subscriber and registration details, IP addresses with dates, times and ports,",
        "messages and media sent and received, contacts, and account activity logs.",
        "",
        f"Please keep them for {RETENTION_DAYS} days from this request; we will ask to extend",
        "this if legal process takes longer. Please do not tell the account holder: it could",
        "put a child at risk and harm an investigation.",
        "",
        f"Legal basis: {legal_basis or 'a request to preserve pending legal process'}",
        "",
        f"Reply to: {contact or hotline}",
        "",
    ]
    return "\n".join(lines)


def letter_pdf(text: str, path: Path) -> None:
    """The same letter as a PDF (WeasyPrint; the text is escaped, nothing is fetched)."""
    from html import escape

    from weasyprint import HTML

    from tipline.routing.transcript import _no_fetcher

    html = ("<!doctype html><html><head><meta charset='utf-8'><style>@page { size: A4; "
            "margin: 25mm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; "
            "white-space: pre-wrap; }</style></head><body>" + escape(text) + "</body></html>")
    HTML(string=html, url_fetcher=_no_fetcher()).write_pdf(path)


def draft(session, case: Case, *, platform: str, account: str, agency: Agency | None,
          hotline: str, contact: str, actor: str, now: datetime,
          on_behalf: bool = True) -> tuple[PreservationRequest, str]:
    """Record a preservation request and return it with its letter text. ``agency``: whose
    legal basis the letter cites (None: the request stands on the hotline's own);
    ``on_behalf``: whether the letter says it is sent on that agency's behalf (only when the
    case was referred to it, or an analyst chose it). Audited."""
    platform, account = platform.strip(), account.strip()
    if not platform or not account:
        raise PreservationError("name the platform and the account")
    accounts = accounts_for(session, case, platform, account)
    period = _period(case)
    request = PreservationRequest(
        case_id=case.id, platform=platform[:64], account=account[:500], created_at=now,
        agency_id=agency.id if agency else None, accounts=accounts, period_start=period[0],
        period_end=period[1], legal_basis=agency.legal_basis if agency else "",
        requested_by=actor, status="drafted")
    session.add(request)
    session.flush()
    text = letter_text(hotline=hotline, contact=contact, platform=request.platform,
                       agency=agency.name if agency and on_behalf else "",
                       case_code=case.case_code, request_id=request.id, accounts=accounts,
                       period=period,
                       legal_basis=request.legal_basis, drafted_at=now)
    request.letter, request.letter_sha256 = text, hashlib.sha256(text.encode()).hexdigest()
    case.updated_at = now
    audit.append(session, actor=actor, action="case.preservation_requested", at=now,
                 case_id=case.id, detail={"request": request.id, "platform": platform[:64],
                                          "accounts": len(accounts), "agency": request.agency_id,
                                          "letter_sha256": request.letter_sha256})
    return request, text


def letter_of(request: PreservationRequest) -> str:
    """The letter as drafted; for a request made before letters existed, a one-line note."""
    return request.letter or (f"Preservation request {request.id}: ask {request.platform} to "
                              f"keep its data about {request.account}.\n")


def mark_sent(session, request: PreservationRequest, *, via: str, actor: str,
              now: datetime) -> None:
    """Record that the letter went out: when, how (``via``: "email to lers@...", "portal"),
    by whom. Raises PreservationError (409) when it was already sent."""
    via = " ".join(via.split())[:200]
    if not via:
        raise PreservationError("say how it was sent (e-mail address, portal, post)")
    if request.status == "sent":
        raise PreservationError(f"already recorded as sent on {request.sent_at:%Y-%m-%d %H:%M} UTC", 409)
    request.status, request.sent_at, request.sent_via = "sent", now, via
    audit.append(session, actor=actor, action="case.preservation_sent", at=now,
                 case_id=request.case_id, detail={"request": request.id, "via": via})
