"""The intake API: ``POST /api/v1/reports`` (JSON, or multipart with attachments) and
``POST /api/v1/status`` (case code and PIN). Public: no account, no IP address stored."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from tipline.feedback import StatusLocked, StatusNotFound, look_up
from tipline.intake.schemas import Receipt, ReportCreate
from tipline.intake.service import IncomingFile, IntakeError, submit_report
from tipline.store.db import transaction
from tipline.web.deps import HomeDep, Now

router = APIRouter(prefix="/api/v1", tags=["intake"])

ERRORS = {
    413: {"description": "A size limit was exceeded; the message names it."},
    422: {"description": "A field is invalid, a count limit was exceeded, or the "
                         "Idempotency-Key was reused with another body."},
}


@router.post(
    "/reports", status_code=201, response_model=Receipt, responses=ERRORS,
    openapi_extra={
        "requestBody": {"content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ReportCreate"}},
            "multipart/form-data": {"schema": {"type": "object", "properties": {
                "report": {"type": "string", "description": "ReportCreate as JSON"},
                "attachments": {"type": "array", "items": {"type": "string",
                                                           "format": "binary"}}}}},
        }, "required": True},
    },
)
async def create_report(
    request: Request, home: HomeDep, now: Now,
    idempotency_key: Annotated[str | None, Header(
        description="16 to 200 printable ASCII characters without spaces (a UUID): a retry "
                    "with the same key and body gets the same receipt (200)")] = None,
):
    """File a report. The receipt (case code and PIN) comes back only after the report is
    committed. With an ``Idempotency-Key`` header a retry returns the same receipt (200)."""
    content_type = request.headers.get("content-type", "")
    files: list[IncomingFile] = []
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_files=home.settings.max_attachments + 1,
                                  max_fields=20, max_part_size=home.settings.max_json_bytes)
        raw = form.get("report", "{}")
        if not isinstance(raw, str):
            raise IntakeError("the 'report' field must be JSON text, not a file")
        report = _parse_report(raw)
        for name, item in form.multi_items():
            if name == "report":
                continue
            if name != "attachments":
                raise IntakeError(f"unexpected form field {name!r}: send the report as "
                                  "'report' and each file as 'attachments'")
            if not isinstance(item, UploadFile):
                raise IntakeError("each 'attachments' part must be a file with a filename "
                                  "(Content-Disposition: form-data; name=\"attachments\"; "
                                  "filename=\"...\")")
            files.append(IncomingFile(item.filename or "unnamed", await item.read(),
                                      item.content_type or "application/octet-stream"))
    elif content_type.startswith("application/json"):
        try:
            body = (await request.body()).decode("utf-8")
        except UnicodeDecodeError as error:
            raise IntakeError(f"the body is not UTF-8 (byte {error.start})") from None
        report = _parse_report(body)
    else:
        raise HTTPException(415, "send application/json or multipart/form-data")
    # Sealing, parsing and triage block: run them off the event loop.
    result = await run_in_threadpool(submit_report, home, report, files, via="api", now=now,
                                     idempotency_key=idempotency_key)
    status = 200 if result.receipt.replayed else 201
    return JSONResponse(result.receipt.model_dump(mode="json"), status_code=status)


def _parse_report(raw: str) -> ReportCreate:
    try:
        return ReportCreate.model_validate_json(raw or "{}")
    except ValidationError as error:
        raise HTTPException(422, detail=json.loads(error.json(include_url=False,
                                                              include_input=False))) from None


class StatusQuery(BaseModel):
    case_code: str
    pin: str


class StatusPublic(BaseModel):
    case_code: str
    status: str
    explanation: str
    messages: list[dict]


@router.post("/status", response_model=StatusPublic,
             responses={404: {"description": "Unknown case code or wrong PIN."},
                        423: {"description": "Locked after too many wrong PINs."}})
def case_status(query: StatusQuery, home: HomeDep, now: Now):
    """The status of a case and the hotline's messages, for whoever holds its code and PIN."""
    return status_for(home, query.case_code, query.pin, now)


def status_for(home, case_code: str, pin: str, now) -> StatusPublic:
    """Shared by the API and the status page. Raises HTTPException 404 or 423."""
    error = None
    with transaction(home.sessions) as session:
        try:
            view = look_up(session, pin_key=home.pin_key,
                           case_code=case_code[:40].replace("\x00", ""),
                           pin=pin[:20].replace("\x00", ""), attempt_limit=home.settings.pin_attempt_limit, now=now)
        except StatusNotFound:
            error = HTTPException(404, "We couldn't find a report with that case code and PIN. "
                                       "Please check them and try again.")
        except StatusLocked:
            error = HTTPException(423, "This case is locked because of too many wrong PINs. "
                                       "If it is yours, make a new report and mention your "
                                       "case code: the hotline will link them.")
    if error:
        raise error
    return StatusPublic(case_code=view.case_code, status=view.status,
                        explanation=view.explanation, messages=view.messages)
