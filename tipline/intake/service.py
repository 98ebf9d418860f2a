"""Intake: one code path for the Help form, the platform API and ``tipline submit``.

``submit_report`` seals the attachments, parses chat exports, triages, and commits the case,
its report, evidence, custody events and audit entry in one transaction; the receipt is
returned only after that commit. Retries with the same Idempotency-Key and the same body
return the same case and PIN; the same key with another body raises IdempotencyConflict.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import mimetypes
from contextlib import ExitStack
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from tipline import audit, crisis, receipts
from tipline.evidence import custody
from tipline.evidence.blobs import SealedBlob
from tipline.home import Home
from tipline.known import match as known_match
from tipline.known.hashing import ImageHashes
from tipline.known.pending import digests_of
from tipline.intake.schemas import Receipt, ReportCreate
from tipline.intake.understand import report_sightings, understand_report
from tipline.jobs import queue
from tipline.ops import metrics
from tipline.linking.service import link_report
from tipline.store.db import lock_blob, transaction
from tipline.store.tables import (
    Attachment,
    Blob,
    Case,
    ConversationRow,
    IndicatorHitRow,
    MessageRow,
    Report,
    ReportedIdentifier,
)
from tipline.model import Conversation, Urgency
from tipline.triage import priority_text

# Incident types where a picture is the abuse itself: an image in such a report that matches
# no list of known material may be new material, so a child may be being abused now (issue 8).
# A screenshot of a luring chat is not; those types are left to triage.
MATERIAL_TYPES = ("csam", "self_generated_image_shared", "sextortion",
                  "obscene_material_sent_to_child", "trafficking")
BUNDLE_LOCK = 7_061_996  # PostgreSQL advisory lock class of viral bundles (with the key hash)


def db_text(value: str | None) -> str | None:
    """Text as the database can hold it: PostgreSQL refuses NUL characters, so a parsed view
    shows U+FFFD in their place (the sealed original keeps every byte)."""
    return value.replace("\x00", "\ufffd") if value else value


class IntakeError(ValueError):
    """A request intake refuses; ``status`` is the HTTP status (413 or 422)."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


class IdempotencyConflict(IntakeError):
    """The Idempotency-Key was already used with a different body (HTTP 422)."""


@dataclass(frozen=True, slots=True)
class IncomingFile:
    """An uploaded file as received: the name the reporter's device gave it, and its bytes;
    or, for a file the platform API already sealed in chunks, its ``sealed`` blob (``data``
    then empty)."""

    filename: str
    data: bytes
    media_type: str = "application/octet-stream"
    sealed: SealedBlob | None = None

    @property
    def size(self) -> int:
        return self.sealed.size if self.sealed else len(self.data)

    @property
    def sha256(self) -> str:
        return self.sealed.sha256 if self.sealed else hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class PlatformExtras:
    """What the platform API adds to a report (``tipline.platform_api``): chats it sent inline,
    already parsed (attachment index -> Conversation); its request for high priority; its
    annotations; and the viral bundle key (reports with the same one share a case).
    ``on_commit(session, report_row, case)`` runs in the commit's transaction, so what it
    writes (the platform report's own record) commits with the report or not at all; it may
    raise to refuse the report, and what it returns (a dict) is added to the detail of the
    report's audit entry."""

    conversations: dict[int, Conversation] = field(default_factory=dict)
    escalation: str | None = None
    annotations: tuple[str, ...] = ()
    bundle_key: str | None = None
    max_file_bytes: int | None = None
    on_commit: Callable | None = None
    # The platform API's own idempotency key (``platform <id>``): not checked like a client's,
    # and out of their reach (a client's key may not hold a space).
    intake_key: str | None = None


@dataclass
class IntakeResult:
    """The receipt plus what the back office needs to print (``submit`` shows risk and hits)."""

    receipt: Receipt
    case_id: int
    risk: str = "benign"
    risk_score: float = 0.0
    urgency: str = "routine"
    urgency_reasons: list[str] = field(default_factory=list)
    hits: list[dict] = field(default_factory=list)


def check_limits(home: Home, files: list[IncomingFile], max_bytes: int | None = None) -> None:
    """Raise IntakeError naming the limit a request breaks (count 422, size 413)."""
    limits = home.settings
    max_bytes = max_bytes or limits.max_attachment_bytes
    if len(files) > limits.max_attachments:
        raise IntakeError(
            f"too many attachments: {len(files)} sent, the limit is {limits.max_attachments}", 422
        )
    for item in files:
        if item.size > max_bytes:
            raise IntakeError(
                f"attachment {item.filename!r} is {item.size} bytes; the limit per "
                f"attachment is {max_bytes} bytes", 413,
            )


def request_hash(report: ReportCreate, files: list[IncomingFile]) -> str:
    """SHA-256 over the canonical report JSON and each file's name and SHA-256, in order."""
    dumped = report.model_dump(mode="json")
    if not dumped["child"]["ip_addresses"]:
        # Added later: left out when empty, so a retry across the upgrade hashes the same.
        del dumped["child"]["ip_addresses"]
    body = {
        "report": dumped,
        "files": [[f.filename, f.sha256] for f in files],
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _pin_for(home: Home, case_code: str, idempotency_key: str | None) -> str:
    """With an Idempotency-Key the PIN is derived (keyed) so a retry can hand it out again
    without it ever being stored; without one it is random."""
    if idempotency_key is None:
        return receipts.new_pin()
    mac = hmac.new(home.pin_key, f"pin:{case_code}:{idempotency_key}".encode(), hashlib.sha256)
    return f"{int.from_bytes(mac.digest()[:8], 'big') % 1_000_000:06d}"


def submit_report(
    home: Home,
    report: ReportCreate,
    files: list[IncomingFile],
    *,
    via: str,
    now: datetime,
    idempotency_key: str | None = None,
    actor: str = "reporter",
    platform_context: dict | None = None,
    extras: PlatformExtras | None = None,
) -> IntakeResult:
    """Take one report through intake, seal, understand and triage, and commit it.

    ``platform_context`` is the verdict on the context an embedding platform passed, as
    ``tipline.embed.context.context_record`` gives it; stored on the report as is (not part
    of the idempotency hash: it is the server's finding, not what the reporter sent).

    ``extras`` carry what only the platform API sends (``PlatformExtras``).

    Every image gets MD5, SHA-1, SHA-256 and PDQ and is matched against the hash lists
    (``tipline.known``): a known file marks the case ``known_material``; an image matching no
    list in a report of a ``MATERIAL_TYPES`` incident marks it ``new_material`` and raises it
    to high priority at least.

    Raises IntakeError (limits), IdempotencyConflict (same key, other body).
    """
    extras = extras or PlatformExtras()
    check_limits(home, files, extras.max_file_bytes)
    if not (report.about.strip() or report.incident_type or report.reported_person or files):
        raise IntakeError("an empty report: give at least one of about, incident_type, "
                          "reported_person or an attachment", 422)
    key = extras.intake_key or check_idempotency_key(idempotency_key)
    digest = request_hash(report, files)
    if key is not None and (replayed := _find_replay(home, key, digest)) is not None:
        return replayed
    # Seal, parse and triage before taking the write lock: they can take seconds on a big
    # export, and other reports must not wait behind them.
    sealed = [item.sealed or home.blobs.put(item.data) for item in files]
    with ExitStack() as copies:  # parsers read the sealed originals, from files
        understood = understand_report(
            report, [(item.filename, copies.enter_context(home.blobs.local_copy(s.sha256)))
                     for item, s in zip(files, sealed)],
            received_at=now, max_media_bytes=home.settings.max_attachment_bytes,
            given=extras.conversations, escalation=extras.escalation,
        )
    extracted = {(parsed.file_index, member.name): home.blobs.put(member.data)
                 for parsed in understood.conversations for member in parsed.media}
    # PDQ decodes each image whole: a worker does it where there is one (tipline.known.pending).
    hash_later = home.settings.task_queue == queue.PROCRASTINATE
    images = {} if hash_later else _image_hashes(home, sealed, extracted)
    sightings = report_sightings(report, understood, platform_context)
    try:
        return _commit(home, report, files, sealed, extracted, understood, sightings, digest,
                       via, now, key, actor, platform_context or {}, images, hash_later, extras)
    except IntegrityError:
        # A concurrent request with the same key committed first: answer as a replay.
        if key is None or (replayed := _find_replay(home, key, digest)) is None:
            raise
        return replayed


def check_idempotency_key(raw: str | None) -> str | None:
    """The key as given, or None. Raises IntakeError (422) unless it is 16 to 200 printable
    ASCII characters: short keys could be guessed, and a guessed key with the same body would
    hand out another reporter's receipt."""
    if raw is None:
        return None
    if not (16 <= len(raw) <= 200) or not all(33 <= ord(ch) <= 126 for ch in raw):
        raise IntakeError("Idempotency-Key must be 16 to 200 printable ASCII characters "
                          "without spaces (a UUID is a good key)", 422)
    return raw


def _find_replay(home: Home, key: str, digest: str) -> IntakeResult | None:
    with transaction(home.sessions, write=False) as session:
        existing = session.scalar(select(Report).where(Report.idempotency_key == key))
        return _replay(home, existing, digest, key) if existing is not None else None


def _replay(home: Home, existing: Report, digest: str, key: str) -> IntakeResult:
    if existing.request_hash != digest:
        raise IdempotencyConflict(
            "Idempotency-Key was already used for a different report; "
            "send a new key for a new report"
        )
    case = existing.case
    receipt = Receipt(
        case_code=case.case_code, pin=_pin_for(home, case.case_code, key), status=case.status,
        received_at=existing.received_at.isoformat(), replayed=True,
        attachments=len(existing.attachments),
        crisis_resources=crisis.for_receipt(case.urgency_reasons, case.child_country),
    )
    return IntakeResult(receipt, case.id, case.risk, case.risk_score, case.urgency,
                        list(case.urgency_reasons), _stored_hits(existing))


def _stored_hits(report: Report) -> list[dict]:
    return [
        {"file": conv.source_name, "index": hit.message_index, "category": hit.category,
         "span": [hit.span_start, hit.span_end], "why": hit.why}
        for conv in report.conversations for hit in conv.hits
    ]


def _image_hashes(home, sealed, extracted) -> dict[str, ImageHashes]:
    """Hashes of every image among the sealed files and the media read out of archives, by
    SHA-256 (before the write lock: PDQ takes milliseconds per image; ``known.pending``)."""
    out: dict[str, ImageHashes] = {}
    for blob in [*sealed, *extracted.values()]:
        if blob.sha256 not in out:
            out[blob.sha256] = digests_of(home, blob.sha256, blob.md5)
    return {sha256: hashes for sha256, hashes in out.items()
            if hashes.sha1 is not None}  # images: only they are read whole and hashed


def _bundle_case(session, bundle_key: str) -> Case | None:
    """The open case bundling reports of these files, if any (under a lock on PostgreSQL, so
    that two reports of one viral file arriving at once make one case, not two)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:c, hashtext(:k))"),
                        {"c": BUNDLE_LOCK, "k": bundle_key})
    return session.scalar(select(Case).where(
        Case.bundle_key == bundle_key, Case.status.not_in(("closed", "merged")))
        .order_by(Case.id).limit(1).with_for_update())


def raise_for_material(case: Case, incident_type: str | None,
                       verdict: known_match.MaterialVerdict) -> None:
    """Known files and new images change the case (see ``submit_report``): at intake, or
    when a worker hashed its files after (``tipline.known.pending``)."""
    annotations = list(case.annotations or [])
    if verdict.known and "known_material" not in annotations:
        annotations.append("known_material")
    if verdict.new_images and incident_type in MATERIAL_TYPES:
        if "new_material" not in annotations:
            annotations.append("new_material")
        if Urgency(case.urgency).rank > Urgency.HIGH.rank:
            case.urgency = str(Urgency.HIGH)
            case.priority = priority_text(case.urgency, case.risk_score, case.child_age,
                                          case.received_at.isoformat())
    case.annotations = annotations


def _new_case(session, home, report, understood, key, now, extras) -> tuple[Case, str]:
    case_code = _unused_case_code(session)
    pin = _pin_for(home, case_code, key)
    case = Case(
        case_code=case_code, pin_hash=receipts.hash_pin(home.pin_key, case_code, pin),
        status="received", risk=understood.risk, risk_score=understood.score,
        urgency=understood.urgency, urgency_reasons=understood.urgency_reasons,
        priority=priority_text(understood.urgency, understood.score,
                               report.child.age, now.isoformat()),
        incident_type=report.incident_type, child_age=report.child.age,
        child_country=report.child.country, received_at=now, updated_at=now,
        bundle_key=extras.bundle_key, annotations=list(dict.fromkeys(extras.annotations)),
    )
    session.add(case)
    session.flush()
    return case, pin


def _join_bundle(case: Case, understood, now) -> None:
    """Another report of the same viral file: count it, keep the more urgent triage."""
    case.report_count = (case.report_count or 1) + 1
    if "viral" not in (case.annotations or []):
        case.annotations = [*(case.annotations or []), "viral"]
    if Urgency(understood.urgency).rank < Urgency(case.urgency).rank:
        case.urgency = understood.urgency
        case.priority = priority_text(case.urgency, max(case.risk_score, understood.score),
                                      case.child_age, case.received_at.isoformat())
    case.urgency_reasons = sorted({*(case.urgency_reasons or []), *understood.urgency_reasons})
    if understood.score > case.risk_score:
        case.risk, case.risk_score = understood.risk, understood.score
    case.updated_at = now


def _commit(home, report, files, sealed, extracted, understood, sightings, digest, via, now,
            key, actor, platform_context, images, hash_later, extras) -> IntakeResult:
    with transaction(home.sessions) as session:
        # Every blob row first, in SHA-256 order: two reports holding the same files in
        # another order would otherwise each wait for the other's first row (a deadlock).
        blobs = [record_blob(session, blob, now, images.get(blob.sha256), home.blobs,
                             hashed=not hash_later)
                 for blob in sorted({b.sha256: b for b in [*sealed, *extracted.values()]}
                                    .values(), key=lambda b: b.sha256)]
        # Files hashed already (now, or for an earlier report) are judged now; the others
        # by the hash_files job, which changes the case as this would have.
        unhashed = [row.sha256 for row in blobs if row.hashed_at is None]
        case = _bundle_case(session, extras.bundle_key) if extras.bundle_key else None
        bundled = case is not None
        if bundled:
            _join_bundle(case, understood, now)
            case_code, pin = case.case_code, ""
        else:
            case, pin = _new_case(session, home, report, understood, key, now, extras)
            case_code = case.case_code
        row = Report(
            case_id=case.id, idempotency_key=key, request_hash=digest, submitted_via=via,
            reporter_kind=report.reporter, about=report.about,
            incident_type=report.incident_type, incident_at=report.incident_at,
            child_age=report.child.age, child_age_band=report.child.age_band,
            child_country=report.child.country, child_region=report.child.region,
            child_name_in_chat=report.child.name_in_chat,
            child_ips=[str(ip) for ip in report.child.ip_addresses],
            contact=report.contact.model_dump(exclude_none=True), received_at=now,
            platform_context=platform_context, danger_now=report.danger_now,
        )
        session.add(row)
        session.flush()
        for ident in report.reported_person:
            session.add(ReportedIdentifier(report_id=row.id, kind=ident.kind, value=ident.value,
                                           platform=ident.platform))
        attachment_ids = _seal_rows(session, row, files, sealed, actor, now)
        hits = _store_conversations(session, row, understood, attachment_ids,
                                    [item.filename for item in files])
        for parsed in understood.conversations:
            if parsed.file_index is not None:
                custody.record(session, sha256=sealed[parsed.file_index].sha256,
                               attachment_id=attachment_ids[parsed.file_index], actor=actor,
                               action="read", at=now,
                               reason=f"parsed as a {parsed.conversation.format} chat export")
                _seal_members(session, row, parsed, extracted, sealed[parsed.file_index].sha256,
                              attachment_ids[parsed.file_index], actor, now)
        verdict = known_match.judge(session, [digests_of_row(row) for row in blobs
                                              if row.hashed_at is not None],
                                    max_distance=home.settings.pdq_match_distance, now=now)
        raise_for_material(case, report.incident_type, verdict)
        cluster_id = link_report(session, row, sightings)
        more = extras.on_commit(session, row, case) if extras.on_commit is not None else None
        audit.append(session, actor=actor, action="report.received", at=now, case_id=case.id,
                     source=via, detail={"case_code": case_code, "attachments": len(files),
                                         "urgency": case.urgency, "cluster_id": cluster_id,
                                         **({"bundled": case.report_count} if bundled else {}),
                                         **({"known_files": len(verdict.known)}
                                            if verdict.known else {}), **(more or {})})

    receipt = Receipt(
        case_code=case_code, pin=pin, status=case.status, received_at=now.isoformat(),
        attachments=len(files), warnings=understood.warnings,
        crisis_resources=crisis.for_receipt(understood.urgency_reasons, report.child.country),
    )
    # Committed: now the on-call analysts may hear of it (from a thread; never fails intake).
    metrics.REPORTS.labels(via, str(case.urgency)).inc()
    if str(understood.urgency) == "immediate":
        queue.defer(home, "announce_immediate", now, case_code=case_code,
                    urgency=str(understood.urgency),
                    reasons=[str(r) for r in understood.urgency_reasons])
    if unhashed:
        queue.defer(home, "hash_files", now, sha256s=unhashed)
    return IntakeResult(receipt, case.id, understood.risk, understood.score, understood.urgency,
                        list(understood.urgency_reasons), hits)


def _unused_case_code(session) -> str:
    while True:
        code = receipts.new_case_code()
        if session.scalar(select(Case.id).where(Case.case_code == code)) is None:
            return code


def _seal_rows(session, report_row, files, sealed, actor, now) -> list[int]:
    """Attachment rows and ``store`` custody events (the blob rows are recorded already)."""
    ids = []
    for item, blob in zip(files, sealed):
        attachment = Attachment(
            report_id=report_row.id, blob_sha256=blob.sha256,
            # The name exactly as the reporter's device sent it (evidence metadata; it is never
            # used as a path: the blob is stored under its SHA-256).
            filename=db_text(item.filename)[:255] or "unnamed",
            media_type=item.media_type[:128], size=blob.size,
        )
        session.add(attachment)
        session.flush()
        custody.record(session, sha256=blob.sha256, attachment_id=attachment.id, actor=actor,
                       action="store", at=now, reason="received with report")
        ids.append(attachment.id)
    return ids


def _seal_members(session, report_row, parsed, extracted, archive_sha256, archive_id, actor,
                  now) -> None:
    """Attachment rows for the media read out of an archive export (already in the blob
    store), each derived from the archive's attachment, with an ``extract`` custody event."""
    for member in parsed.media:
        blob = extracted[(parsed.file_index, member.name)]
        attachment = Attachment(
            report_id=report_row.id, blob_sha256=blob.sha256, filename=db_text(member.name)[:255],
            media_type=mimetypes.guess_type(member.name)[0] or "application/octet-stream",
            size=blob.size, derived_from_id=archive_id,
        )
        session.add(attachment)
        session.flush()
        custody.record(session, sha256=blob.sha256, attachment_id=attachment.id, actor=actor,
                       action="extract", at=now,
                       reason=f"member {member.name} of archive {archive_sha256}")


def record_blob(session, blob: SealedBlob, now: datetime,
                hashes: ImageHashes | None = None, store=None, *, hashed: bool = False) -> Blob:
    """Record a sealed blob in the database once (the same bytes may come in many reports),
    with its SHA-1 and PDQ when it is an image; returns its row. ``hashed``: its hashes are
    done (``hashes`` for an image; nothing more for another file), so ``hashed_at`` is set;
    otherwise a worker does it (``tipline.known.pending``). With ``store``, first checks
    under the blob's lock that the sealed bytes are still there (the retention purge may have
    deleted an unused copy since they were sealed); raises IntakeError (503: send again) if
    not."""
    if store is not None:
        lock_blob(session, blob.sha256)
        if not store.backend.exists(blob.sha256):
            raise IntakeError("a file of this report was deleted by the retention purge while "
                              "it was being received; send the report again", 503)
    row = session.get(Blob, blob.sha256)
    if row is None:
        # Two reports of the same file may commit at once (a viral file, on PostgreSQL):
        # insert unless there, waiting for the other transaction rather than failing on it.
        if session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert
        else:
            from sqlalchemy.dialects.sqlite import insert as upsert
        row = session.scalar(upsert(Blob).values(
            sha256=blob.sha256, md5=blob.md5, size=blob.size, stored_at=now)
            .on_conflict_do_nothing(index_elements=["sha256"]).returning(Blob))
        if row is None:  # the other transaction's row
            row = session.get(Blob, blob.sha256)
    if hashes is not None and row.sha1 is None:
        row.sha1, row.pdq, row.pdq_quality = hashes.sha1, hashes.pdq, hashes.pdq_quality
    if hashed and row.hashed_at is None:
        row.hashed_at = now
    session.flush()
    return row


def digests_of_row(row: Blob) -> ImageHashes:
    """What a recorded file is matched on: its stored digests (PDQ for an image)."""
    return ImageHashes(md5=row.md5, sha1=row.sha1, sha256=row.sha256, pdq=row.pdq,
                       pdq_quality=row.pdq_quality)


def _store_conversations(session, report_row, understood, attachment_ids,
                         filenames) -> list[dict]:
    hits_out = []
    for parsed in understood.conversations:
        # Where the hits came from, as ``ConversationRow.source_name`` says it (without a
        # query per conversation to load the attachment back).
        source = (db_text(filenames[parsed.file_index])[:255] or "unnamed"
                  if parsed.file_index is not None else "about")
        conversation, assessment = parsed.conversation, parsed.assessment
        conv = ConversationRow(
            report_id=report_row.id,
            attachment_id=attachment_ids[parsed.file_index] if parsed.file_index is not None
            else None,
            format=conversation.format, participants=conversation.participants,
            warnings=list(conversation.warnings), child_participant=parsed.child,
            risk=assessment.risk, risk_score=assessment.score, urgency=assessment.urgency,
            urgency_reasons=list(assessment.urgency_reasons),
            first_alert_index=assessment.first_alert_index, notes=list(assessment.notes),
        )
        session.add(conv)
        session.flush()
        # One executemany, not one ORM object per message: exports run to tens of thousands.
        session.execute(insert(MessageRow), [
            {"conversation_id": conv.id, "index": i, "sender": db_text(m.sender),
             "sent_at": m.sent_at, "text": db_text(m.text), "source": m.source,
             "deleted": m.deleted, "edited": m.edited,
             "attachments": [{"kind": a.kind, "name": db_text(a.name)} for a in m.attachments],
             "reactions": [{"actor": db_text(r.actor), "reaction": db_text(r.reaction),
                            "count": r.count}
                           for r in m.reactions],
             "reply_to": (m.reply_to or "")[:64] or None,
             "forwarded_from": db_text(m.forwarded_from)}
            for i, m in enumerate(conversation.messages)
        ])
        for hit in assessment.hits:
            session.add(IndicatorHitRow(
                conversation_id=conv.id, message_index=hit.index, category=hit.category,
                span_start=hit.span[0], span_end=hit.span[1], why=db_text(hit.why),
            ))
            hits_out.append({"file": source, "index": hit.index,
                             "category": str(hit.category), "span": list(hit.span),
                             "why": hit.why})
    return hits_out
