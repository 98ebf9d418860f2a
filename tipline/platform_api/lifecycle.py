"""A platform report's life: open, upload files in chunks, add file details, finish or retract;
unfinished reports expire. The CyberTipline's sequence (submit, upload, fileinfo, finish,
retract), with resumable uploads and status afterwards.

Every function takes the Caller (``tipline.platform_api.keys``), touches only that platform's
reports (another's answers 404, as an unknown id does), audits the call, and is idempotent:
opening again with the same Idempotency-Key and body, starting the same file again, sending a
chunk already received, finishing a finished report and retracting a retracted one all answer
with the current state. Raises PlatformApiError with the HTTP status to answer.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timedelta

from pydantic import ValidationError
from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tipline import audit
from tipline.crypto.keyring import MasterKeyError
from tipline.evidence.blobs import SealedBlob
from tipline.home import Home
from tipline.intake.service import (IncomingFile, IntakeError, PlatformExtras,
                                    check_idempotency_key, record_blob, submit_report)
from tipline.platform_api import uploads, webhooks
from tipline.platform_api.keys import Caller
from tipline.platform_api.mapping import chat_files, to_report_create
from tipline.platform_api.schemas import (FileDetails, FileStart, FileState, PlatformReportIn,
                                          ReportState)
from tipline.store.db import transaction
from tipline.store.tables import Blob, Case, PlatformFile, PlatformReport, Report

MESSAGES = {
    "open": "Open: upload its files, then finish it before it expires.",
    "received": "Received by the hotline; not yet reviewed.",
    "in_review": "An analyst is reviewing it.",
    "referred": "Referred to a law enforcement agency.",
    "closed": "The hotline has finished with it.",
    "retracted": "Retracted by the platform before it was finished; nothing was filed.",
    "expired": "Expired unfinished; nothing was filed. Open a new report.",
}


class PlatformApiError(ValueError):
    """A call the platform API refuses; ``status`` is the HTTP status (404, 409, 410, 413,
    422), the message says what is wrong and what to do."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def _new_id(prefix: str) -> str:
    return prefix + secrets.token_hex(12)


def _document_hash(document: dict) -> str:
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _audit(session: Session, caller: Caller, action: str, now: datetime, **detail) -> None:
    audit.append(session, actor=f"platform:{caller.platform_id}", action=f"platform.{action}",
                 at=now, source="platform-api", detail={"key": caller.key_id, **detail})


def _file_state(row: PlatformFile) -> FileState:
    return FileState(file_id=row.id, filename=row.filename, size=row.size, sha256=row.sha256,
                     received=row.received, status=row.status,
                     chunk_sha256=[c[2] for c in row.chunks],
                     details=FileDetails.model_validate(row.details) if row.details else None)


def state_of(session: Session, row: PlatformReport, replayed: bool = False, *,
             case_code: str | None = None) -> ReportState:
    """What the platform is told about ``row`` (``case_code``: its case's, when the caller
    has it in hand; looked up otherwise)."""
    status = row.status if row.status != "finished" else row.told_status
    status = status if status in MESSAGES else webhooks.TOLD.get(status, "in_review")
    if case_code is None and row.report_id is not None:
        case_code = session.scalar(select(Case.case_code).join(Report, Report.case_id == Case.id)
                                   .where(Report.id == row.report_id))
    return ReportState(report_id=row.id, status=status, message=MESSAGES[status],
                       opened_at=row.opened_at, updated_at=row.updated_at,
                       expires_at=row.expires_at if row.status == "open" else None,
                       case_code=case_code, files=[_file_state(f) for f in row.files],
                       replayed=replayed)


def _drop_parts(home: Home, row: PlatformReport) -> None:
    session = Session.object_session(row)
    for item in row.files:
        _drop_after_commit(session, home, item.id)


def _drop_after_commit(session: Session, home: Home, file_id: str) -> None:
    """Delete the file's chunks once the transaction saying so has committed: a crash or a
    failed commit before then leaves them, as the database still counts them received."""
    waiting = session.info.setdefault("uploads_to_drop", [])
    if not waiting:
        def drop(committed: Session) -> None:
            for folder, name in committed.info.pop("uploads_to_drop", []):
                uploads.drop_upload(folder, name)
        event.listen(session, "after_commit", drop, once=True)
    waiting.append((home.settings.uploads_dir, file_id))


def _expire_if_due(home: Home, session: Session, row: PlatformReport, now: datetime) -> bool:
    if row.status == "open" and row.expires_at <= now:
        row.status, row.closed_at, row.updated_at = "expired", now, now
        _drop_parts(home, row)
        webhooks.enqueue(session, row, "expired", now)
        audit.append(session, actor="tipline", action="platform.report_expired", at=now,
                     source="platform-api", detail={"report": row.id,
                                                     "platform": row.platform_id})
        return True
    return False


def _own(home: Home, session: Session, caller: Caller, report_id: str, now: datetime,
         *, want_open: bool = True) -> PlatformReport:
    query = select(PlatformReport).where(PlatformReport.id == report_id[:32],
                                         PlatformReport.platform_id == caller.platform_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    row = session.scalar(query)
    if row is None:
        raise PlatformApiError(f"no report {report_id[:32]!r} of this platform", 404)
    _expire_if_due(home, session, row, now)
    if want_open and row.status != "open":
        if row.status == "expired":
            raise PlatformApiError(
                f"report {row.id} expired unfinished at {row.expires_at.isoformat()} (after "
                f"{home.settings.platform_report_hours:g} hours); open a new report", 410)
        raise PlatformApiError(f"report {row.id} is {row.status}, not open", 409)
    return row


def open_report(home: Home, caller: Caller, document: PlatformReportIn,
                idempotency_key: str | None, now: datetime) -> ReportState:
    """Open a report (nothing is filed until it is finished). The same Idempotency-Key with
    the same body answers the report it opened (``replayed``); with another body, 422."""
    key = _checked_key(idempotency_key)
    _check_chats(home, document)
    body = document.model_dump(mode="json", by_alias=True, exclude_none=True)
    digest = _document_hash(body)
    try:
        with transaction(home.sessions) as session:
            existing = _by_key(session, caller, key) if key is not None else None
            if existing is not None:
                if existing.request_hash != digest:
                    raise PlatformApiError("Idempotency-Key was already used for a different "
                                           "report; send a new key for a new report")
                _expire_if_due(home, session, existing, now)
                return state_of(session, existing, replayed=True)
            row = PlatformReport(
                id=_new_id("pr_"), platform_id=caller.platform_id, idempotency_key=key,
                request_hash=digest, status="open", document=body, opened_at=now,
                updated_at=now, told_status="open",
                expires_at=now + timedelta(hours=home.settings.platform_report_hours))
            session.add(row)
            session.flush()
            _audit(session, caller, "report_opened", now, report=row.id)
            return state_of(session, row)
    except IntegrityError:  # the same key, opened at this moment by a retry: answer its report
        return open_report(home, caller, document, idempotency_key, now)


def _reuse_file(session: Session, caller: Caller, report_id: str, sha256: str,
                now: datetime) -> PlatformFile:
    """A file row for a file this platform already uploaded and sealed (the same viral file
    named by many reports). Raises PlatformApiError 404 when it did not upload it: the
    hotline's evidence store is not a lookup service."""
    earlier = session.scalar(
        select(PlatformFile).join(PlatformReport,
                                  PlatformReport.id == PlatformFile.platform_report_id)
        .where(PlatformReport.platform_id == caller.platform_id, PlatformFile.sha256 == sha256,
               PlatformFile.status == "sealed",
               PlatformReport.status.in_(("open", "finished"))).limit(1))
    if earlier is None:
        raise PlatformApiError(f"no sealed file {sha256} uploaded by this platform; upload it "
                               "once in a report (POST .../files), then name it here", 404)
    return PlatformFile(
        id=_new_id("pf_"), platform_report_id=report_id, filename=earlier.filename,
        media_type=earlier.media_type, size=earlier.size, sha256=sha256, received=earlier.size,
        chunks=[], status="sealed", details={}, created_at=now, sealed_at=now)


def _check_chats(home: Home, document: PlatformReportIn, files: int = 0) -> None:
    """Inline chats are sealed as files: with the files, at most ``max_attachments``."""
    limit = home.settings.max_attachments
    if len(document.chat) + files > limit:
        raise PlatformApiError(f"a report holds at most {limit} files, its inline chats "
                               f"counted ({len(document.chat)} chats, {files} files here)")


def _checked_key(raw: str | None) -> str | None:
    try:
        return check_idempotency_key(raw)
    except IntakeError as error:
        raise PlatformApiError(str(error), 422) from None


def report_state(home: Home, caller: Caller, report_id: str, now: datetime) -> ReportState:
    """The report's state (an open report past its time expires here and says so)."""
    with transaction(home.sessions) as session:
        row = _own(home, session, caller, report_id, now, want_open=False)
        _audit(session, caller, "report_read", now, report=row.id)
        return state_of(session, row)


def start_file(home: Home, caller: Caller, report_id: str, start: FileStart,
               now: datetime) -> FileState:
    """Announce a file (name, type, size, SHA-256); returns its id and ``received`` 0. The
    same name, size and SHA-256 again answers the same file."""
    settings = home.settings
    if start.size > settings.platform_max_file_bytes:
        raise PlatformApiError(f"the file is {start.size} bytes; the limit is "
                               f"{settings.platform_max_file_bytes} bytes", 413)
    with transaction(home.sessions) as session:
        row = _own(home, session, caller, report_id, now)
        for item in row.files:
            if (item.filename, item.size, item.sha256) == (start.filename, start.size,
                                                           start.sha256):
                return _file_state(item)
        chats = len(row.document.get("chat") or [])
        if len(row.files) + chats >= settings.max_attachments:
            raise PlatformApiError(f"a report holds at most {settings.max_attachments} files, "
                                   f"its inline chats counted ({chats} here)")
        item = PlatformFile(
            id=_new_id("pf_"), platform_report_id=row.id, filename=start.filename,
            media_type=start.media_type or "application/octet-stream", size=start.size,
            sha256=start.sha256, received=0, chunks=[], status="uploading",
            details=start.details.model_dump(mode="json", by_alias=True, exclude_none=True)
            if start.details else {}, created_at=now)
        session.add(item)
        row.updated_at = now
        session.flush()
        _audit(session, caller, "file_started", now, report=row.id, file=item.id,
               size=start.size)
        return _file_state(item)


def file_state(home: Home, caller: Caller, report_id: str, file_id: str,
               now: datetime) -> FileState:
    """Where an upload stands (``received``: where to go on). Raises PlatformApiError 404."""
    with transaction(home.sessions) as session:
        row = _own(home, session, caller, report_id, now, want_open=False)
        state = _file_state(_own_file(row, file_id))
        _audit(session, caller, "file_read", now, report=row.id, file=file_id)
        return state


def _own_file(row: PlatformReport, file_id: str) -> PlatformFile:
    for item in row.files:
        if item.id == file_id:
            return item
    raise PlatformApiError(f"no file {file_id[:32]!r} in report {row.id}", 404)


def put_chunk(home: Home, caller: Caller, report_id: str, file_id: str, offset: int,
              data: bytes, chunk_sha256: str | None, now: datetime) -> FileState:
    """Append ``data`` at ``offset`` (which must be the bytes received so far; a chunk already
    received answers the state again). ``chunk_sha256`` (hex, required) must be the SHA-256
    of ``data``. When the last byte arrives the whole file is checked against its SHA-256 and
    sealed; on a mismatch the upload starts again from 0 (422)."""
    settings = home.settings
    digest = hashlib.sha256(data).hexdigest()
    if not chunk_sha256:
        raise PlatformApiError("the Chunk-SHA256 header is missing: send the SHA-256 of the "
                               "chunk's bytes, in hex")
    if chunk_sha256.strip().lower() != digest:
        raise PlatformApiError("the chunk's SHA-256 does not match its bytes (header "
                               f"Chunk-SHA256: got {(chunk_sha256 or 'none')[:64]!r}, the "
                               f"bytes hash to {digest}); send the chunk again")
    if not data:
        raise PlatformApiError("an empty chunk")
    if len(data) > settings.platform_max_chunk_bytes:
        raise PlatformApiError(f"a chunk is at most {settings.platform_max_chunk_bytes} bytes",
                               413)
    with transaction(home.sessions) as session:
        row = _own(home, session, caller, report_id, now)
        item = _own_file(row, file_id)
        if item.status == "sealed" or offset < item.received:
            if [offset, len(data), digest] in item.chunks:
                return _file_state(item)  # a retry of a chunk already received
            raise PlatformApiError(f"offset {offset}: bytes up to {item.received} are already "
                                   "received and this chunk differs; continue at "
                                   f"{item.received}", 409)
        if offset != item.received:
            raise PlatformApiError(f"offset {offset}: expected {item.received} (the bytes "
                                   "received so far)", 409)
        if offset + len(data) > item.size:
            raise PlatformApiError(f"the chunk ends at byte {offset + len(data)}, past the "
                                   f"declared size {item.size}")
        # Replaces a chunk written at this offset whose commit then failed.
        uploads.write_chunk(home.keyring, settings.uploads_dir, item.id, offset, data)
        item.received = offset + len(data)
        item.chunks = [*item.chunks, [offset, len(data), digest]]
        row.updated_at = now
        failure = _seal(home, item, now) if item.received == item.size else None
        _audit(session, caller, "chunk_received", now, report=row.id, file=item.id,
               offset=offset, bytes=len(data), sealed=item.status == "sealed",
               **({"restarted": True} if failure else {}))
        state = _file_state(item)
    if failure:  # the reset is committed; the call still fails
        raise PlatformApiError(failure)
    return state


def _seal(home: Home, item: PlatformFile, now: datetime) -> str | None:
    """Seal a complete upload; on a whole-file mismatch (or chunks lost: a crash before an
    earlier commit) drop it and return why."""
    session = Session.object_session(item)
    try:
        data = uploads.read_upload(home.keyring, home.settings.uploads_dir, item.id,
                                   item.chunks)
        whole = hashlib.sha256(data).hexdigest()
    except (FileNotFoundError, MasterKeyError):
        whole = None
    if whole != item.sha256:
        _drop_after_commit(session, home, item.id)
        item.received, item.chunks = 0, []
        if whole is None:
            return ("the bytes received so far were lost at the hotline (an interrupted "
                    "write); upload the file again from offset 0")
        return (f"the whole file hashes to {whole}, not the declared {item.sha256}; upload "
                "it again from offset 0")
    # Recorded now, so finishing (and bulk reports naming it) reuse its digests.
    record_blob(session, home.blobs.put(data), now, store=home.blobs)
    item.status, item.sealed_at = "sealed", now
    _drop_after_commit(session, home, item.id)
    return None


def set_details(home: Home, caller: Caller, report_id: str, file_id: str,
                details: FileDetails, now: datetime) -> FileState:
    """Set a file's CyberTipline file details (replacing any given before)."""
    with transaction(home.sessions) as session:
        row = _own(home, session, caller, report_id, now)
        item = _own_file(row, file_id)
        item.details = details.model_dump(mode="json", by_alias=True, exclude_none=True)
        row.updated_at = now
        _audit(session, caller, "file_details", now, report=row.id, file=item.id)
        return _file_state(item)


def retract(home: Home, caller: Caller, report_id: str, now: datetime) -> ReportState:
    """Withdraw an open report (its chunks are deleted; nothing was filed). A finished report
    cannot be retracted (409): it is the hotline's now; write to them."""
    with transaction(home.sessions) as session:
        row = _own(home, session, caller, report_id, now, want_open=False)
        if row.status == "retracted":
            return state_of(session, row, replayed=True)
        if row.status != "open":
            raise PlatformApiError(f"report {row.id} is {row.status}; only an open report can "
                                   "be retracted", 409 if row.status == "finished" else 410)
        row.status, row.closed_at, row.updated_at = "retracted", now, now
        _drop_parts(home, row)
        webhooks.enqueue(session, row, "retracted", now)
        _audit(session, caller, "report_retracted", now, report=row.id)
        return state_of(session, row)


def bundle_key(platform_id: str, sha256s: list[str]) -> str | None:
    """The key that bundles one platform's reports of the same files: SHA-256 over the
    platform's id and the files' sorted SHA-256s. Per platform, so that no platform learns
    from its answers whether another reported a file, or what became of that case."""
    if not sha256s:
        return None
    return hashlib.sha256(f"{platform_id}:{','.join(sorted(set(sha256s)))}".encode()).hexdigest()


def finish(home: Home, caller: Caller, report_id: str, now: datetime) -> ReportState:
    """File the report: intake seals the chats, triages, links and routes it as a case, and
    the report is marked finished in the same transaction. Every file must be sealed first
    (409 names the rest). Finishing twice answers the same; a report retracted meanwhile is
    not filed (409)."""
    with transaction(home.sessions) as session:
        row = _own(home, session, caller, report_id, now, want_open=False)
        if row.status == "finished":
            return state_of(session, row, replayed=True)
        if row.status != "open":
            _own(home, session, caller, report_id, now)  # raises the right 409 or 410
        unsealed = [f.id for f in row.files if f.status != "sealed"]
        if unsealed:
            raise PlatformApiError("files not fully uploaded yet: " + ", ".join(unsealed), 409)
        document = PlatformReportIn.model_validate(row.document)
        details = [(f.filename, f.details) for f in row.files if f.details]
        file_blobs = [_sealed_file(session, f.filename, f.media_type, f.sha256)
                      for f in row.files]

    def mark_finished(session: Session, report_row: Report, case: Case) -> dict:
        row = _own(home, session, caller, report_id, now)  # still open: not retracted since
        row.status, row.closed_at, row.updated_at = "finished", now, now
        row.report_id = report_row.id
        webhooks.enqueue(session, row, webhooks.told(case.status), now)
        # The call is audited by the report's own entry (actor platform:ID), with these.
        return {"key": caller.key_id, "platform_report": row.id, "call": "finish"}

    file_report(home, caller, intake_key_of(report_id), document, file_blobs, now,
                mark_finished, details)
    with transaction(home.sessions, write=False) as session:
        return state_of(session, _own(home, session, caller, report_id, now, want_open=False))


def _sealed_file(session: Session, filename: str, media_type: str, sha256: str) -> IncomingFile:
    """An uploaded file for intake, from the blob row its sealing recorded."""
    blob = session.get(Blob, sha256)
    return IncomingFile(filename, b"", media_type,
                        SealedBlob(blob.sha256, blob.md5, blob.size, created=False))


def file_report(home: Home, caller: Caller, intake_key: str, document: PlatformReportIn,
                files: list[IncomingFile], now: datetime, on_commit,
                details: list[tuple[str, dict]] = ()):
    """Intake of a platform report (finish and bulk): chats inline become sealed JSON files
    parsed as given; files of the same SHA-256 set bundle into one case; ``on_commit`` records
    the platform report in intake's transaction. Idempotent on ``intake_key``. Raises
    PlatformApiError (422/413) for what intake refuses."""
    chats = chat_files(document)
    incoming = [IncomingFile(c.filename, c.data, "application/json") for c in chats] + files
    extras = PlatformExtras(
        conversations={i: c.conversation for i, c in enumerate(chats)},
        escalation=document.incident_summary.escalate_to_high_priority,
        annotations=tuple(document.incident_summary.annotations),
        bundle_key=bundle_key(caller.platform_id, [f.sha256 for f in files]),
        max_file_bytes=home.settings.platform_max_file_bytes, on_commit=on_commit,
        intake_key=intake_key)
    try:
        report = to_report_create(document, caller.platform_id, details)
    except ValidationError as error:
        first = error.errors(include_url=False, include_input=False)[0]
        raise PlatformApiError(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}") \
            from None
    try:
        return submit_report(home, report,
                             incoming,
                             via="api", now=now, actor=f"platform:{caller.platform_id}",
                             extras=extras)
    except IntakeError as error:
        raise PlatformApiError(str(error), error.status) from None


def file_at_once(home: Home, caller: Caller, document: PlatformReportIn, idempotency_key: str,
                 sealed_files: list[str], now: datetime) -> tuple[ReportState, Case | None]:
    """File a whole report in one go (bulk): no open state, one transaction for the report,
    its platform record and its files. Returns the state (``replayed`` for a retry) and the
    case. Raises PlatformApiError (404 for a file this platform did not upload, 422 for a
    key reused with another body)."""
    key = _checked_key(idempotency_key)
    _check_chats(home, document, len(set(sealed_files)))
    body = document.model_dump(mode="json", by_alias=True, exclude_none=True)
    digest = _document_hash({"report": body, "files": sealed_files} if sealed_files else body)
    with transaction(home.sessions, write=False) as session:
        existing = _by_key(session, caller, key)
        if existing is not None:
            return _replay_of(home, session, caller, existing, digest, now)
        files = [_reuse_file(session, caller, "", sha256, now)
                 for sha256 in dict.fromkeys(sealed_files)]
        file_blobs = [_sealed_file(session, f.filename, f.media_type, f.sha256) for f in files]
    report_id = _new_id("pr_")
    answer: list = []

    def record(session: Session, report_row: Report, case: Case) -> dict:
        row = PlatformReport(
            id=report_id, platform_id=caller.platform_id, idempotency_key=key,
            request_hash=digest, status="finished", document=body, opened_at=now,
            updated_at=now, expires_at=now, closed_at=now, report_id=report_row.id,
            told_status="open", files=files)
        session.add(row)
        # Before the first flush: the status told goes into the INSERT, not an UPDATE after.
        webhooks.enqueue(session, row, webhooks.told(case.status), now,
                         case_code=case.case_code)
        session.flush()
        # Read here (no transaction after), from what is in hand.
        answer.append((state_of(session, row, case_code=case.case_code), case))
        return {"key": caller.key_id, "platform_report": report_id, "call": "bulk",
                "files": len(files)}

    intake_key = intake_key_of(hashlib.sha256(f"{caller.platform_id}\n{key}".encode())
                               .hexdigest())
    result = file_report(home, caller, intake_key, document, file_blobs, now, record)
    if answer and not result.receipt.replayed:  # a replay's record() may have rolled back
        return answer[0]
    with transaction(home.sessions, write=False) as session:  # a retry raced this one
        row = _by_key(session, caller, key)
        if row is None:
            raise PlatformApiError("the report could not be filed; send the line again", 409)
        return _replay_of(home, session, caller, row, digest, now)


def intake_key_of(name: str) -> str:
    """The intake Idempotency-Key of a platform report: with a space, which the public API's
    keys may not hold, so that no one can take a platform's key before it is used."""
    return f"platform {name}"


def _by_key(session: Session, caller: Caller, key: str) -> PlatformReport | None:
    return session.scalar(select(PlatformReport).where(
        PlatformReport.platform_id == caller.platform_id, PlatformReport.idempotency_key == key))


def _replay_of(home, session, caller, row, digest, now, replayed=True):
    if row.request_hash != digest:
        raise PlatformApiError("Idempotency-Key was already used for a different report; "
                               "send a new key for a new report")
    if row.status != "finished":
        raise PlatformApiError(f"report {row.id} was opened with this Idempotency-Key and is "
                               f"{row.status}; finish it, or use a new key", 409)
    case = session.scalar(select(Case).join(Report, Report.case_id == Case.id)
                          .where(Report.id == row.report_id))
    return state_of(session, row, replayed=replayed), case


def expire_due(home: Home, now: datetime) -> list[str]:
    """Expire every open report past its time (the server runs this with the webhook
    deliveries; ``tipline platform expire`` too); returns their ids."""
    with transaction(home.sessions) as session:
        query = select(PlatformReport).where(PlatformReport.status == "open",
                                             PlatformReport.expires_at <= now).limit(1000)
        if session.get_bind().dialect.name == "postgresql":
            # Several servers sweep at once: each expires (and announces) a report once.
            query = query.with_for_update(skip_locked=True)
        rows = list(session.scalars(query))
        return [row.id for row in rows if _expire_if_due(home, session, row, now)]
