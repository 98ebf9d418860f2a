"""Evidence on the case page: verify one file's SHA-256; see an image's preview, blurred and
greyscale until the person looking reveals it, one image at a time, with a reason; and read a
chat export as it was sent, line by line, where each message of the parsed chat links to its
lines.

Each preview request is a custody "read" of the sealed original and an audit entry; each
reveal is an audit entry with its reason and lasts ``REVEAL_MINUTES`` for that person.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from tipline import audit, casework
from tipline.casework import CASE_ROLES, CaseNotFound, find_case
from tipline.evidence import custody
from tipline.evidence.preview import PREVIEWED, NoPreview, thumbnail
from tipline.store.db import transaction
from tipline.store.tables import Attachment, Case, CustodyEvent, Report, User
from tipline.web.deps import ConsoleContext, HomeDep, Now, check_csrf, client_address, require_roles

router = APIRouter(prefix="/console", include_in_schema=False)
# Ids beyond 2^62 are nobody's, and beyond 2^63 the database cannot even compare them.
AttachmentId = Annotated[int, Path(ge=1, le=2**62)]
AnyCaseRole = Annotated[ConsoleContext, Depends(require_roles(*CASE_ROLES))]
REVEAL_MINUTES = casework.REVEAL_MINUTES  # one duration for every reveal


def _attachment(session: Session, context: ConsoleContext, case_code: str, attachment_id: int) -> tuple[Case, Attachment]:
    """The case (if the user may see it) and one of its attachments; 404 otherwise."""
    try:
        case = find_case(session, context.user, case_code)
    except CaseNotFound:
        raise HTTPException(404, "not found") from None
    attachment = session.scalar(select(Attachment).join(Report, Report.id == Attachment.report_id)
                                .where(Attachment.id == attachment_id, Report.case_id == case.id))
    if attachment is None:
        raise HTTPException(404, "not found")
    return case, attachment


def last_verify(session: Session, attachment: Attachment) -> dict | None:
    """The newest "verify" custody event of the attachment's original, as the page shows it."""
    event = session.scalar(select(CustodyEvent).where(
        CustodyEvent.blob_sha256 == attachment.blob_sha256, CustodyEvent.action == "verify")
        .order_by(CustodyEvent.id.desc()).limit(1))
    if event is None:
        return None
    return {"at": event.at, "actor": event.actor, "ok": event.reason.startswith("matches"), "result": event.reason}


def image_revealed(session: Session, case: Case, attachment: Attachment, user: User, now: datetime) -> bool:
    return casework.revealed(session, case, user, now, "evidence.image_revealed", attachment.id)


@router.post("/cases/{case_code}/evidence/{attachment_id}/verify")
def verify(case_code: str, attachment_id: AttachmentId, request: Request, home: HomeDep, now: Now,
           context: AnyCaseRole, csrf: Annotated[str, Form()] = ""):
    """Re-hash one file now; the result is a custody event, shown beside the file."""
    check_csrf(context, csrf)
    with transaction(home.sessions) as session:
        case, attachment = _attachment(session, context, case_code, attachment_id)
        ok = custody.verify_one(session, home.blobs, sha256=attachment.blob_sha256, actor=context.user.username,
                                at=now, attachment_id=attachment.id)
        audit.append(session, actor=context.user.username, action="evidence.verified", at=now, case_id=case.id,
                     source=client_address(request), detail={"attachment": attachment.id, "matches": ok})
    return RedirectResponse(f"/console/cases/{case.case_code}#evidence", status_code=303)


@router.get("/cases/{case_code}/evidence/{attachment_id}/preview")
def preview(case_code: str, attachment_id: AttachmentId, request: Request, home: HomeDep, now: Now, context: AnyCaseRole):
    """A JPEG preview: blurred and greyscale unless this person revealed this image."""
    with transaction(home.sessions) as session:
        case, attachment = _attachment(session, context, case_code, attachment_id)
        if attachment.media_type not in PREVIEWED:
            raise HTTPException(404, "not found")
        revealed = image_revealed(session, case, attachment, context.user, now)
        data = custody.read_evidence(session, home.blobs, sha256=attachment.blob_sha256, actor=context.user.username,
                                     reason="case page preview" + (" (revealed)" if revealed else " (blurred)"),
                                     at=now, attachment_id=attachment.id)
        audit.append(session, actor=context.user.username, action="evidence.previewed", at=now, case_id=case.id,
                     source=client_address(request), detail={"attachment": attachment.id, "revealed": revealed})
    try:
        body = thumbnail(data, revealed=revealed)
    except NoPreview:
        raise HTTPException(404, "not found") from None
    return Response(body, media_type="image/jpeg", headers={"Cache-Control": "no-store"})


@router.post("/cases/{case_code}/evidence/{attachment_id}/reveal")
def reveal(case_code: str, attachment_id: AttachmentId, request: Request, home: HomeDep, now: Now, context: AnyCaseRole,
           reason: Annotated[str, Form(max_length=casework.MAX_NOTE_CHARS * 2)] = "",
           csrf: Annotated[str, Form()] = ""):
    """Show this one image in colour and sharp to this person for 30 minutes; the reason goes
    in the audit log."""
    check_csrf(context, csrf)
    with transaction(home.sessions) as session:
        case, attachment = _attachment(session, context, case_code, attachment_id)
        reason = reason.replace("\x00", "").strip()
        if casework.visible_length(reason) < casework.MIN_REASON_CHARS:
            raise HTTPException(422, f"say why in at least {casework.MIN_REASON_CHARS} characters: "
                                     "it goes in the audit log")
        audit.append(session, actor=context.user.username, action="evidence.image_revealed", at=now,
                     case_id=case.id, source=client_address(request), reason=reason[: casework.MAX_NOTE_CHARS],
                     detail={"attachment": attachment.id, "minutes": REVEAL_MINUTES})
    return RedirectResponse(f"/console/cases/{case.case_code}#a{attachment_id}", status_code=303)


MAX_SOURCE_BYTES = 5 * 1024 * 1024  # larger originals are not shown as a page (download them)
MAX_SOURCE_LINES = 50_000


@router.get("/cases/{case_code}/evidence/{attachment_id}/source")
def source(case_code: str, attachment_id: AttachmentId, request: Request, home: HomeDep, now: Now, context: AnyCaseRole):
    """The sealed original as numbered lines of text (each line an anchor, ``#L12``), so that a
    message's ``{"line": 12}`` can be checked against what was sent. A file that is not text
    (a picture, an archive) or is larger than ``MAX_SOURCE_BYTES`` is not shown, and the page
    says so. The original holds the child's name, so it is shown only to someone who revealed
    the child's details on this case (``casework.reveal_child``)."""
    from tipline.web.templating import templates

    with transaction(home.sessions) as session:
        case, attachment = _attachment(session, context, case_code, attachment_id)
        if not casework.child_revealed(session, case, context.user, now):
            # The original holds the child's name as sent: the same gate as the case page's.
            return templates.TemplateResponse(request, "source.html", {
                "user": context.user, "csrf": context.csrf_token, "case_code": case.case_code,
                "filename": attachment.filename, "sha256": attachment.blob_sha256, "shown": False,
                "gated": True, "lines": [], "cut": False})
        data = b""
        if attachment.size <= MAX_SOURCE_BYTES:
            data = custody.read_evidence(session, home.blobs, sha256=attachment.blob_sha256,
                                         actor=context.user.username, reason="read as text on the case page",
                                         at=now, attachment_id=attachment.id)
        audit.append(session, actor=context.user.username, action="evidence.source_viewed", at=now,
                     case_id=case.id, source=client_address(request), detail={"attachment": attachment.id})
    shown = attachment.size <= MAX_SOURCE_BYTES and b"\x00" not in data[:8192]
    lines = data.decode("utf-8", errors="replace").replace("\x00", "\ufffd").splitlines() if shown else []
    return templates.TemplateResponse(request, "source.html", {
        "user": context.user, "csrf": context.csrf_token, "case_code": case.case_code,
        "filename": attachment.filename, "sha256": attachment.blob_sha256, "shown": shown,
        "lines": list(enumerate(lines[:MAX_SOURCE_LINES], start=1)), "cut": len(lines) > MAX_SOURCE_LINES,
        "gated": False,
    })
