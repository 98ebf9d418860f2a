"""Retention: data is kept only as long as the schedule allows, then deleted for good.

The schedule, per data class (settings, in days):

- ``retention_closed_days``: a closed case that was never referred, counted from its last
  change (default 365; holding or releasing a case is a change);
- ``retention_referred_days``: a closed case that was referred to an agency (default 3650:
  agencies may come back for the evidence for years);
- ``retention_log_days``: console sign-in attempts, ended console sessions, platform
  webhook deliveries, and platform reports that were never filed (expired or retracted) with
  their uploads (default 90).

A merged duplicate is kept while the case it joined is worked (the reporter's code opens it),
and purged with that case.

A case under a legal hold (``tipline hold``) is never purged, whatever its age. Purging a case
deletes its reports and everything read out of them (identifiers, sightings, conversations,
messages, hits, attachments, custody records, platform records), its referrals, preservation
requests, outcomes, messages with the reporter and built referral packages, then every sealed original no other case
holds, from the database and from the blob store. One audit entry per case says it was purged,
by whom, under which rule (the entry holds the case code, nothing of its content).

Beyond recovery: SQLite overwrites deleted pages (``secure_delete``); PostgreSQL vacuums the
tables after a purge; every value was encrypted anyway (``tipline.crypto``). A sealed original
whose object lock has not yet expired stays until it has; each run tries again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, exists, or_, select, text

from tipline import audit
from tipline.store.db import lock_blob, transaction
from tipline.store.tables import (Attachment, Blob, Case, ConsoleSession, ConversationRow,
                                  CustodyEvent, Export, IdentifierSighting, IndicatorHitRow, KnownMatch,
                                  LinkDecision, LoginAttempt, MessageRow, Outcome, PlatformFile,
                                  PlatformReport, PreservationRequest, Referral, Report,
                                  ReportedIdentifier, ReporterMessage, WebhookAttempt,
                                  WebhookDelivery)

# A merged duplicate is not purged on its own: the reporter's code still opens it while the
# case it joined is worked (it goes when an administrator closes it).
ENDED = ("closed",)


@dataclass
class PurgeResult:
    """Case codes purged, sealed originals deleted (and those still locked in the store),
    log rows deleted."""

    cases: list[str] = field(default_factory=list)
    blobs: int = 0
    blobs_locked: int = 0
    log_rows: int = 0


def due_cases(session, settings, now: datetime) -> list[Case]:
    """Cases the schedule says must go now: ended, not on hold, old enough for their kind."""
    referred = exists().where(Referral.case_id == Case.id)
    return list(session.scalars(select(Case).where(
        Case.status.in_(ENDED), Case.legal_hold.is_(False),
        or_((~referred) & (Case.updated_at <= now - timedelta(days=settings.retention_closed_days)),
            referred & (Case.updated_at <= now - timedelta(days=settings.retention_referred_days))))
        .order_by(Case.id)))


def purge_due(home, now: datetime, *, actor: str = "system") -> PurgeResult:
    """Purge everything the schedule says is due (one transaction per case), then delete the
    sealed originals nothing holds any more, and old log rows."""
    settings = home.settings
    result = PurgeResult()
    with transaction(home.sessions, write=False) as session:
        due = [(case.id, case.case_code) for case in due_cases(session, settings, now)]
    for case_id, code in due:
        with transaction(home.sessions) as session:
            case = session.get(Case, case_id, with_for_update=True)
            if case is None or case.legal_hold or case.status not in ENDED:
                continue  # held or reopened meanwhile
            rule = ("referred" if session.scalar(select(exists().where(
                Referral.case_id == case.id))) else "closed")
            duplicates = _merged_into(session, case)
            for doomed in [case, *duplicates]:
                _purge_case(session, home, doomed)
                audit.append(session, actor=actor, action="case.purged", at=now,
                             case_id=doomed.id,
                             reason=f"retention: {rule} cases are kept "
                                    f"{getattr(settings, f'retention_{rule}_days')} days"
                                    + (f" (merged into {code})" if doomed is not case else ""),
                             detail={"case_code": doomed.case_code})
        result.cases.extend([code, *(d.case_code for d in duplicates)])
    result.log_rows = _purge_logs(home, now)
    result.blobs, result.blobs_locked = _purge_orphan_blobs(home)
    if result.cases and home.engine.dialect.name == "postgresql":
        _vacuum(home)
    return result


def _merged_into(session, case: Case) -> list[Case]:
    """The duplicates merged into ``case`` (``casework.merge`` audits each merge on both
    cases), unless one is under a legal hold of its own."""
    from tipline.store.tables import AuditEntry

    codes = {entry.detail.get("from") for entry in session.scalars(select(AuditEntry).where(
        AuditEntry.case_id == case.id, AuditEntry.action == "case.merged"))
        if (entry.detail or {}).get("into") == case.case_code}
    return list(session.scalars(select(Case).where(
        Case.case_code.in_(codes), Case.status == "merged", Case.legal_hold.is_(False))
        .order_by(Case.id).with_for_update())) if codes else []


def _purge_case(session, home, case: Case) -> None:
    report_ids = list(session.scalars(select(Report.id).where(Report.case_id == case.id)))
    conversation_ids = select(ConversationRow.id).where(ConversationRow.report_id.in_(report_ids))
    attachment_ids = select(Attachment.id).where(Attachment.report_id.in_(report_ids))
    platform_ids = select(PlatformReport.id).where(PlatformReport.report_id.in_(report_ids))
    for statement in (
        delete(IndicatorHitRow).where(IndicatorHitRow.conversation_id.in_(conversation_ids)),
        delete(MessageRow).where(MessageRow.conversation_id.in_(conversation_ids)),
        delete(ConversationRow).where(ConversationRow.report_id.in_(report_ids)),
        delete(IdentifierSighting).where(IdentifierSighting.report_id.in_(report_ids)),
        delete(ReportedIdentifier).where(ReportedIdentifier.report_id.in_(report_ids)),
        delete(LinkDecision).where(LinkDecision.report_id.in_(report_ids)),
        delete(CustodyEvent).where(CustodyEvent.attachment_id.in_(attachment_ids)),
        delete(PlatformFile).where(PlatformFile.platform_report_id.in_(platform_ids)),
        delete(PlatformReport).where(PlatformReport.report_id.in_(report_ids)),
    ):
        session.execute(statement)
    # Confirmations name reports by id: the purged ones are taken out, and a confirmation left
    # with fewer than two reports goes.
    gone = set(report_ids)
    for decision in session.scalars(select(LinkDecision).where(LinkDecision.decision == "confirm")):
        if gone & set(decision.report_ids or []):
            kept = [r for r in decision.report_ids if r not in gone]
            if len(kept) < 2:
                session.delete(decision)
            else:
                decision.report_ids = kept
    # Media read out of an archive point at the archive: delete them first.
    session.execute(delete(Attachment).where(Attachment.report_id.in_(report_ids),
                                             Attachment.derived_from_id.is_not(None)))
    session.execute(delete(Attachment).where(Attachment.report_id.in_(report_ids)))
    for export_id in session.scalars(select(Export.id).where(Export.case_id == case.id)):
        (home.settings.resolved_home / "exports" / export_id).unlink(missing_ok=True)
    for model in (Referral, PreservationRequest, Outcome, ReporterMessage, Export):
        session.execute(delete(model).where(model.case_id == case.id))
    session.execute(delete(Report).where(Report.id.in_(report_ids)))
    session.execute(delete(Case).where(Case.id == case.id))


def _purge_orphan_blobs(home) -> tuple[int, int]:
    """Delete every sealed original no attachment holds: from the store, then its rows."""
    with transaction(home.sessions, write=False) as session:
        orphans = list(session.scalars(select(Blob.sha256).where(
            ~exists().where(Attachment.blob_sha256 == Blob.sha256),
            ~exists().where(PlatformFile.sha256 == Blob.sha256))))
    deleted = locked = 0
    for sha256 in orphans:
        with transaction(home.sessions) as session:
            # Under the blob's lock: an intake recording the same bytes waits, then finds the
            # object gone and asks for the report again (tipline.intake.service.record_blob).
            lock_blob(session, sha256)
            if session.scalar(select(exists().where(Attachment.blob_sha256 == sha256))) or \
                    session.scalar(select(exists().where(PlatformFile.sha256 == sha256))):
                continue  # a new report sealed the same bytes meanwhile: it keeps them
            try:
                home.blobs.delete(sha256)
            except Exception:  # noqa: BLE001 - an object lock that has not expired: next run
                locked += 1
                continue
            session.execute(delete(CustodyEvent).where(CustodyEvent.blob_sha256 == sha256))
            session.execute(delete(KnownMatch).where(KnownMatch.blob_sha256 == sha256))
            session.execute(delete(Blob).where(Blob.sha256 == sha256))
        deleted += 1
    return deleted, locked


def _purge_logs(home, now: datetime) -> int:
    before = now - timedelta(days=home.settings.retention_log_days)
    with transaction(home.sessions) as session:
        # Platform reports that were never filed (expired or retracted): what the platform
        # sent and uploaded for them (their files then have no holder: the next run's orphans).
        unfiled = select(PlatformReport.id).where(PlatformReport.report_id.is_(None),
                                                  PlatformReport.status.in_(("expired", "retracted")),
                                                  PlatformReport.updated_at <= before)
        session.execute(delete(PlatformFile).where(PlatformFile.platform_report_id.in_(unfiled)))
        unfiled_rows = session.execute(delete(PlatformReport).where(
            PlatformReport.report_id.is_(None), PlatformReport.status.in_(("expired", "retracted")),
            PlatformReport.updated_at <= before)).rowcount or 0
        old = select(WebhookDelivery.id).where(WebhookDelivery.created_at <= before,
                                               WebhookDelivery.status != "pending")
        counts = [
            session.execute(delete(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(old))),
            session.execute(delete(WebhookDelivery).where(WebhookDelivery.created_at <= before,
                                                          WebhookDelivery.status != "pending")),
            session.execute(delete(LoginAttempt).where(LoginAttempt.at <= before)),
            session.execute(delete(ConsoleSession).where(ConsoleSession.last_seen_at <= before)),
        ]
    return unfiled_rows + sum(result.rowcount or 0 for result in counts)


def _vacuum(home) -> None:
    """Let PostgreSQL reclaim the deleted rows' space now (outside a transaction)."""
    with home.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in ("messages", "reports", "identifier_sightings", "attachments", "blobs",
                      "conversations", "identifiers", "platform_reports"):
            connection.execute(text(f"VACUUM {table}"))


def set_hold(session, case: Case, *, hold: bool, reason: str, actor: str, now: datetime) -> None:
    """Put a case under a legal hold (never purged) or release it; audited with the reason.
    Raises ValueError without a reason."""
    if not hold and not case.legal_hold:
        raise ValueError(f"{case.case_code} is not under legal hold")
    reason = " ".join((reason or "").split())
    if len(reason) < 8:
        raise ValueError("give the reason (the order or request behind it), 8 characters or more")
    case.legal_hold, case.legal_hold_reason = hold, reason[:1000] if hold else ""
    case.updated_at = now
    audit.append(session, actor=actor, action="case.legal_hold" if hold else "case.hold_released",
                 at=now, case_id=case.id, reason=reason[:1000])
