"""Webhooks: a platform hears each status change of its reports, signed, retried, logged.

Outbox: a change of a case's status (any of them: claimed, referred, closed, merged, reopened)
or of a platform report's own (finished, retracted, expired) writes a WebhookDelivery row in
the same transaction (the session hooks at the end), so an event is never announced for a
change that rolled back, nor lost for one that committed. ``deliver_due`` posts the due rows:
2xx marks one delivered; anything else is retried after ``webhook_backoff_seconds`` doubling
each time (at most 6 hours) until ``webhook_max_attempts``, then failed. Every try is kept in
``webhook_attempts`` (the delivery log, also served to the platform).

Signature (as Stripe's and GitHub's): header ``Tipline-Signature: t=<unix seconds>,v1=<hex>``
where ``v1`` is HMAC-SHA256 keyed with the platform's webhook secret (the hex string as
ASCII) over ``"<t>." + body``. ``verify_signature`` is the check a receiver runs; the
timestamp bounds replays (5 minutes by default).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from datetime import datetime, timedelta

from typing import TYPE_CHECKING

import httpx
from sqlalchemy import event, select
from sqlalchemy.orm import Session, attributes

from tipline.store.db import transaction
from tipline.store.tables import (Case, Platform, PlatformReport, Report, WebhookAttempt,
                                  WebhookDelivery)

if TYPE_CHECKING:
    from tipline.home import Home

EVENT = "report.status_changed"
MAX_BACKOFF = timedelta(hours=6)
BATCH = 10
_CHANGED = "tipline.webhooks.changed_cases"
log = logging.getLogger(__name__)

# What a platform is told for each case status (``escalated`` is internal: still in review;
# ``merged`` never shows: the report has moved to the case it was merged into).
TOLD = {"received": "received", "in_review": "in_review", "escalated": "in_review",
        "referred": "referred", "closed": "closed", "merged": "in_review"}


def told(case_status: str) -> str:
    """What a platform is told for a case status (``TOLD``)."""
    return TOLD.get(case_status, "in_review")


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The ``Tipline-Signature`` header value for ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify_signature(secret: str, header: str, body: bytes, now: float | None = None,
                     tolerance: int = 300) -> bool:
    """Whether ``header`` signs ``body`` with ``secret`` within ``tolerance`` seconds."""
    if not isinstance(header, str) or not isinstance(body, bytes):
        return False
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    stamp, given = parts.get("t", ""), parts.get("v1", "")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12 and given.isascii()):
        return False
    timestamp = int(stamp)
    if abs((now if now is not None else time.time()) - timestamp) > tolerance:
        return False
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected.encode(), given.encode())


def enqueue(session: Session, report: PlatformReport, status: str, now: datetime, *,
            case_code: str | None = None) -> None:
    """Announce ``status`` of a platform report if it differs from what was last told
    (``case_code``: its case's, when the caller has it in hand; looked up otherwise)."""
    previous = report.told_status
    if status == previous:
        return
    report.told_status = status
    platform = session.get(Platform, report.platform_id)
    if platform is None or not platform.webhook_url:
        return
    if case_code is None and report.report_id is not None:
        case_code = session.scalar(select(Case.case_code).join(Report, Report.case_id == Case.id)
                                   .where(Report.id == report.report_id))
    session.add(WebhookDelivery(
        platform_id=report.platform_id, event=EVENT, status="pending", attempts=0,
        next_attempt_at=now, created_at=now,
        payload={"event": EVENT, "reportId": report.id, "status": status,
                 "previousStatus": previous, "caseCode": case_code,
                 "at": now.isoformat()}))


@event.listens_for(Session, "after_flush")
def _note_changes(session: Session, _context) -> None:
    """Remember cases whose status changed and reports that moved case, in this flush."""
    changed = session.info.setdefault(_CHANGED, set())
    for obj in session.dirty:
        if isinstance(obj, Case) and attributes.get_history(obj, "status").has_changes():
            changed.add(obj.id)
        elif isinstance(obj, Report) and attributes.get_history(obj, "case_id").has_changes():
            changed.add(obj.case_id)


@event.listens_for(Session, "after_flush_postexec")
def _announce(session: Session, _context) -> None:
    changed = session.info.pop(_CHANGED, None)
    if not changed:
        return
    rows = session.execute(
        select(PlatformReport, Case.status, Case.updated_at)
        .join(Report, Report.id == PlatformReport.report_id)
        .join(Case, Case.id == Report.case_id)
        .where(Case.id.in_(changed), PlatformReport.status == "finished")).all()
    for report, case_status, updated_at in rows:
        enqueue(session, report, told(case_status), updated_at)


def _backoff(settings, attempts: int) -> timedelta:
    return min(timedelta(seconds=settings.webhook_backoff_seconds * 2 ** (attempts - 1)),
               MAX_BACKOFF)


def _claim(home: Home, now: datetime) -> list[tuple[int, str, str, bytes]]:
    """Take up to BATCH due deliveries (leasing them so another process skips them)."""
    # Long enough for the whole batch to time out one by one, so that another process does
    # not post a delivery again while this one is still on its way through the batch.
    lease = now + timedelta(seconds=home.settings.webhook_timeout_seconds * (BATCH + 2))
    with transaction(home.sessions) as session:
        query = (select(WebhookDelivery).where(WebhookDelivery.status == "pending",
                                               WebhookDelivery.next_attempt_at <= now)
                 .order_by(WebhookDelivery.next_attempt_at).limit(BATCH))
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        claimed = []
        for delivery in session.scalars(query):
            platform = session.get(Platform, delivery.platform_id)
            delivery.next_attempt_at = lease
            if platform is None or not platform.webhook_url or not platform.webhook_secret:
                delivery.status, delivery.last_error = "failed", "the platform has no webhook URL"
                continue
            body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
            claimed.append((delivery.id, platform.webhook_url, platform.webhook_secret, body))
        return claimed


def deliver_due(home: Home, now: datetime, client: httpx.Client | None = None) -> dict:
    """Post every due delivery once; returns ``{"delivered", "retrying", "failed"}`` counts."""
    settings = home.settings
    counts = {"delivered": 0, "retrying": 0, "failed": 0}
    claimed = _claim(home, now)
    if not claimed:
        return counts
    own = client is None
    client = client or httpx.Client(timeout=settings.webhook_timeout_seconds,
                                    follow_redirects=False)
    try:
        for delivery_id, url, secret, body in claimed:
            started = time.monotonic()
            code, error = None, ""
            try:
                response = client.post(url, content=body, headers={
                    "Content-Type": "application/json", "User-Agent": "Tipline-Webhooks/1",
                    "Tipline-Event": EVENT, "Tipline-Delivery": str(delivery_id),
                    # Signed when sent (not when the batch began), so a slow receiver
                    # earlier in the batch does not age this one's timestamp.
                    "Tipline-Signature": sign(secret, body, int(time.time()))})
                code = response.status_code
                if not 200 <= code < 300:
                    error = f"HTTP {code}"
            except httpx.HTTPError as failure:
                error = f"{type(failure).__name__}: {failure}"[:500]
            elapsed = int((time.monotonic() - started) * 1000)
            counts[_record(home, delivery_id, now, code, error, elapsed)] += 1
    finally:
        if own:
            client.close()
    return counts


def _record(home: Home, delivery_id: int, now: datetime, code: int | None, error: str,
            elapsed_ms: int) -> str:
    settings = home.settings
    with transaction(home.sessions) as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        session.add(WebhookAttempt(delivery_id=delivery_id, at=now, status_code=code,
                                   error=error, duration_ms=elapsed_ms))
        delivery.attempts += 1
        if not error:
            delivery.status, delivery.delivered_at, delivery.last_error = "delivered", now, ""
            delivery.next_attempt_at = None
        elif delivery.attempts >= settings.webhook_max_attempts:
            delivery.status, delivery.last_error, delivery.next_attempt_at = "failed", error, None
        else:
            delivery.last_error = error
            delivery.next_attempt_at = now + _backoff(settings, delivery.attempts)
        return {"delivered": "delivered", "failed": "failed"}.get(delivery.status, "retrying")


def delivery_log(session: Session, platform_id: str, limit: int = 100) -> list[dict]:
    """The platform's newest deliveries with their attempts (newest first)."""
    deliveries = list(session.scalars(select(WebhookDelivery).where(
        WebhookDelivery.platform_id == platform_id).order_by(WebhookDelivery.id.desc())
        .limit(limit)))
    attempts: dict[int, list[dict]] = {}
    if deliveries:
        for attempt in session.scalars(select(WebhookAttempt).where(
                WebhookAttempt.delivery_id.in_([d.id for d in deliveries]))
                .order_by(WebhookAttempt.id)):
            attempts.setdefault(attempt.delivery_id, []).append({
                "at": attempt.at.isoformat(), "statusCode": attempt.status_code,
                "error": attempt.error, "durationMs": attempt.duration_ms})
    return [{"deliveryId": d.id, "event": d.event, "status": d.status, "attempts": d.attempts,
             "nextAttemptAt": d.next_attempt_at.isoformat() if d.next_attempt_at else None,
             "lastError": d.last_error, "createdAt": d.created_at.isoformat(),
             "deliveredAt": d.delivered_at.isoformat() if d.delivered_at else None,
             "payload": d.payload, "tries": attempts.get(d.id, [])} for d in deliveries]
