"""Bulk filing: one NDJSON line per report (``BulkLine``), one result per line (``BulkResult``).

Each line is filed on its own, in one transaction (``lifecycle.file_at_once``), so a bad line is answered with its
error and every other line is still filed; a retry of the whole body files nothing twice (each
line carries its Idempotency-Key). Reports naming the same set of files join one case, whose
``caseReports`` counts them (``tipline.intake.service``: viral bundles).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime

from pydantic import ValidationError

from tipline.home import Home
from tipline.platform_api.keys import Caller
from tipline.platform_api.lifecycle import PlatformApiError, file_at_once
from tipline.platform_api.schemas import BulkLine, BulkResult

MAX_LINE_BYTES = 1024 * 1024
log = logging.getLogger(__name__)


def _first_error(error: ValidationError) -> str:
    problems = []
    for item in error.errors(include_url=False, include_input=False)[:3]:
        where = ".".join(str(p) for p in item["loc"]) or "(the line)"
        problems.append(f"{where}: {item['msg']}")
    return "; ".join(problems)


def file_line(home: Home, caller: Caller, number: int, raw: bytes, now: datetime) -> BulkResult:
    """File one NDJSON line; never raises for the line's content."""
    if len(raw) > MAX_LINE_BYTES:
        return BulkResult(line=number, status=413,
                          error=f"the line is {len(raw)} bytes; the limit is {MAX_LINE_BYTES}")
    try:
        line = BulkLine.model_validate_json(raw)
    except ValidationError as error:
        return BulkResult(line=number, status=422, error=_first_error(error))
    try:
        state, case = file_at_once(home, caller, line.report, line.idempotency_key, line.files,
                                   now)
    except PlatformApiError as error:
        return BulkResult(line=number, status=error.status, error=str(error))
    except Exception:  # noqa: BLE001 - one line's failure must not cut the others' answers
        log.exception("bulk line %d failed", number)
        return BulkResult(line=number, status=500, error="this line could not be filed (an "
                          "error at the hotline, logged); send it again")
    return BulkResult(line=number, status=200 if state.replayed else 201,
                      report_id=state.report_id, case_code=state.case_code,
                      case_reports=case.report_count if case is not None else None)


def lines_of(body: bytes):
    """(1-based line number, line) of each non-blank line, read lazily: a large body of
    short lines is not copied into a list first."""
    number, start = 0, 0
    while start <= len(body):
        end = body.find(b"\n", start)
        end = len(body) if end < 0 else end
        number += 1
        raw = body[start:end]
        if raw.strip():
            yield number, raw
        start = end + 1


def result_line(result: BulkResult) -> bytes:
    return json.dumps(result.model_dump(mode="json", by_alias=True, exclude_none=True),
                      separators=(",", ":")).encode() + b"\n"
