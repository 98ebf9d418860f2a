"""The platform API over HTTP: ``/api/v1/platform/...`` (see docs/platform-api.md).

Authentication is ``Authorization: Bearer tpk_...`` (``tipline.platform_api.keys``); each key
has its own rate limit (``TIPLINE_PLATFORM_RATE_LIMIT``, answered 429 with Retry-After) and
scopes (403 without). Errors answer ``{"detail": "..."}`` naming what is wrong; field errors
are FastAPI's 422 with each field's path. The work is done in ``tipline.platform_api``; these
routes only read the request and call it off the event loop.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter
from starlette.concurrency import run_in_threadpool

from tipline.platform_api import bulk, lifecycle, webhooks
from tipline.platform_api.keys import Caller, check_key
from tipline.platform_api.schemas import (BulkResult, FileDetails, FileStart, FileState,
                                          PlatformReportIn, ReportState)
from tipline.store.db import transaction
from tipline.web.deps import HomeDep, Now

router = APIRouter(prefix="/api/v1/platform", tags=["platform"])


def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/ErrorDetail"}}}}


AUTH_ERRORS = {
    401: _error("No API key, or one that is unknown, revoked or expired."),
    403: _error("The key lacks the scope this call needs."),
    429: _error("Over the key's rate limit; retry after the Retry-After header's seconds."),
}
REPORT_ERRORS = {
    **AUTH_ERRORS,
    404: _error("No such report (or file) of this platform."),
    409: _error("The report is not open (finished or retracted), or the upload is elsewhere."),
    410: _error("The report expired unfinished."),
    413: _error("A file or chunk is over its size limit."),
    422: _error("A field is invalid; the message names it."),
}


class KeyRateLimit:
    """Calls per API key in a moving window (the ``limits`` library; shared through Redis
    when ``TIPLINE_RATE_LIMIT_STORAGE`` names one)."""

    def __init__(self, rule: str, storage_uri: str):
        self._rule = parse(rule)
        self._limiter = MovingWindowRateLimiter(storage_from_string(storage_uri))

    def retry_after(self, key_id: str) -> int | None:
        """None when the call may go ahead; else seconds to wait."""
        if self._limiter.hit(self._rule, "platform", key_id):
            return None
        reset = self._limiter.get_window_stats(self._rule, "platform", key_id).reset_time
        return max(1, math.ceil(reset - time.time()))


def caller_with(scope: str):
    """A dependency: the calling platform, checked for a live key with ``scope`` and its rate
    limit."""

    def check(request: Request, home: HomeDep, now: Now,
              authorization: Annotated[str | None, Header()] = None) -> Caller:
        token = ""
        if authorization and authorization[:7].lower() == "bearer ":
            token = authorization[7:].strip()
        with transaction(home.sessions, write=False) as session:
            caller = check_key(session, token, now)
        if caller is None:
            raise HTTPException(401, "send a live API key: Authorization: Bearer tpk_...",
                                headers={"WWW-Authenticate": 'Bearer realm="tipline"'})
        wait = request.app.state.platform_rate_limit.retry_after(caller.key_id)
        if wait is not None:
            raise HTTPException(429, f"rate limit of this key reached; retry in {wait} s",
                                headers={"Retry-After": str(wait)})
        if scope not in caller.scopes:
            raise HTTPException(403, f"this key lacks the scope {scope!r}")
        return caller

    check.scope = scope  # read by the route-security test
    return check


Writer = Annotated[Caller, Depends(caller_with("reports:write"))]
Reader = Annotated[Caller, Depends(caller_with("reports:read"))]
Hooks = Annotated[Caller, Depends(caller_with("webhooks"))]
ReportId = Annotated[str, "report id"]


def _state(state: ReportState, created: int = 200) -> JSONResponse:
    status = 200 if state.replayed else created
    return JSONResponse(state.model_dump(mode="json", by_alias=True, exclude_none=True),
                        status_code=status)


def _file(state: FileState, status: int = 200) -> JSONResponse:
    return JSONResponse(state.model_dump(mode="json", by_alias=True, exclude_none=True),
                        status_code=status)


@router.post("/reports", status_code=201, response_model=ReportState, responses={
    **REPORT_ERRORS, 200: {"description": "A retry with the same Idempotency-Key: the report "
                                          "it opened.", "model": ReportState}})
async def open_report(document: PlatformReportIn, home: HomeDep, now: Now, caller: Writer,
                      idempotency_key: Annotated[str | None, Header(
                          description="16 to 200 printable ASCII characters without spaces, "
                                      "one per report (a UUID): a retry with the same key and "
                                      "body answers the same report (200)",
                          min_length=16, max_length=200)] = None):
    """Open a report: the CyberTipline's report fields. Nothing is filed until
    ``/finish``; an open report expires after ``TIPLINE_PLATFORM_REPORT_HOURS`` (24)."""
    return _state(await run_in_threadpool(lifecycle.open_report, home, caller, document,
                                          idempotency_key, now), 201)


@router.get("/reports/{report_id}", response_model=ReportState, responses=REPORT_ERRORS)
async def report_status(report_id: str, home: HomeDep, now: Now, caller: Reader):
    """A report's status: open, received, in_review, referred, closed, retracted, expired."""
    return _state(await run_in_threadpool(lifecycle.report_state, home, caller, report_id, now))


@router.post("/reports/{report_id}/files", status_code=201, response_model=FileState,
             responses=REPORT_ERRORS)
async def start_file(report_id: str, start: FileStart, home: HomeDep, now: Now,
                     caller: Writer):
    """Announce a file: name, type, size and SHA-256. Then send its bytes in chunks."""
    return _file(await run_in_threadpool(lifecycle.start_file, home, caller, report_id, start,
                                         now), 201)


@router.get("/reports/{report_id}/files/{file_id}", response_model=FileState,
            responses=REPORT_ERRORS)
async def file_status(report_id: str, file_id: str, home: HomeDep, now: Now, caller: Reader):
    """Where an upload stands: resume at ``received``."""
    return _file(await run_in_threadpool(lifecycle.file_state, home, caller, report_id,
                                         file_id, now))


@router.put("/reports/{report_id}/files/{file_id}/chunks", response_model=FileState,
            responses=REPORT_ERRORS, openapi_extra={"requestBody": {"required": True, "content": {
                "application/octet-stream": {"schema": {"type": "string",
                                                        "format": "binary"}}}}})
async def put_chunk(report_id: str, file_id: str, request: Request, home: HomeDep, now: Now,
                    caller: Writer, offset: Annotated[int, Query(
                        ge=0, description="where this chunk starts: the bytes received so far")],
                    chunk_sha256: Annotated[str | None, Header(
                        description="SHA-256 of this chunk's bytes, hex (required)")] = None):
    """Send bytes of the file starting at ``offset`` (the ``received`` count), with header
    ``Chunk-SHA256`` (hex). A resent chunk answers the same state; the last chunk seals the
    file after checking its whole SHA-256."""
    data = await request.body()
    return _file(await run_in_threadpool(lifecycle.put_chunk, home, caller, report_id, file_id,
                                         offset, data, chunk_sha256, now))


@router.put("/reports/{report_id}/files/{file_id}/details", response_model=FileState,
            responses=REPORT_ERRORS)
async def file_details(report_id: str, file_id: str, details: FileDetails, home: HomeDep,
                       now: Now, caller: Writer):
    """The CyberTipline's file details of one file."""
    return _file(await run_in_threadpool(lifecycle.set_details, home, caller, report_id,
                                         file_id, details, now))


@router.post("/reports/{report_id}/finish", response_model=ReportState, responses=REPORT_ERRORS)
async def finish_report(report_id: str, request: Request, home: HomeDep, now: Now,
                        caller: Writer):
    """File the report: it becomes a case at the hotline (status ``received``)."""
    async with _intake_turn(request):
        return _state(await run_in_threadpool(lifecycle.finish, home, caller, report_id, now))


def _intake_turn(request: Request) -> asyncio.Semaphore:
    """This process's line for filing platform reports (``platform_intake_concurrency``)."""
    state = request.app.state
    if getattr(state, "platform_intake", None) is None:
        state.platform_intake = asyncio.Semaphore(
            state.home.settings.platform_intake_concurrency)
    return state.platform_intake


@router.post("/reports/{report_id}/retract", response_model=ReportState,
             responses=REPORT_ERRORS)
async def retract_report(report_id: str, home: HomeDep, now: Now, caller: Writer):
    """Withdraw an open report; nothing is filed."""
    return _state(await run_in_threadpool(lifecycle.retract, home, caller, report_id, now))


@router.post("/bulk", response_model=BulkResult, responses={
    **AUTH_ERRORS, 200: {"description": "One BulkResult per line, as NDJSON, in order.",
                         "content": {"application/x-ndjson": {"schema": {
                             "$ref": "#/components/schemas/BulkResult"}}}}},
    openapi_extra={"requestBody": {"required": True, "content": {"application/x-ndjson": {
        "schema": {"$ref": "#/components/schemas/BulkLine"}}}}})
async def bulk_reports(request: Request, home: HomeDep, now: Now, caller: Writer):
    """File many reports: one BulkLine per line (NDJSON; blank lines skipped). Each line is
    answered on its own line, in order, as it is filed: a bad line does not stop the others.
    More lines than ``TIPLINE_PLATFORM_MAX_BULK_LINES`` (5,000) are refused whole (413)."""
    limit = home.settings.platform_max_bulk_lines
    # The whole body first (at most TIPLINE_MAX_REQUEST_BYTES): once a streaming response
    # starts, Starlette listens for the client's disconnect on the same channel.
    body = await request.body()
    counted = sum(1 for _ in itertools.islice(bulk.lines_of(body), limit + 1))
    if not counted:
        raise HTTPException(422, "no reports: send one BulkLine of JSON per line (NDJSON)")
    if counted > limit:
        raise HTTPException(413, f"more than {limit} reports in one request (the limit, "
                                 "TIPLINE_PLATFORM_MAX_BULK_LINES): send them in several")

    async def results():
        for number, raw in bulk.lines_of(body):
            async with _intake_turn(request):
                result = await run_in_threadpool(bulk.file_line, home, caller, number, raw, now)
            yield bulk.result_line(result)

    return StreamingResponse(results(), media_type="application/x-ndjson")


@router.get("/webhook/deliveries", responses=AUTH_ERRORS)
def webhook_deliveries(home: HomeDep, now: Now, caller: Hooks,
                       limit: Annotated[int, Query(ge=1, le=500)] = 100) -> list[dict]:
    """The webhook delivery log: the newest deliveries, each with every try."""
    with transaction(home.sessions) as session:
        lifecycle._audit(session, caller, "webhook_log_read", now)
        return webhooks.delivery_log(session, caller.platform_id, limit)
