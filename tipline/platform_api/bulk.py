"""Bulk filing: one NDJSON line per report (``BulkLine``), one result per line (``BulkResult``).

Each line is filed on its own (open with its files, finish), so a bad line is answered with its
error and every other line is still filed; a retry of the whole body files nothing twice (each
line carries its Idempotency-Key). Reports naming the same set of files join one case, whose
``caseReports`` counts them (``tipline.intake.service``: viral bundles).
"""

from __future__ import annotations

import json
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import select

from tipline.home import Home
from tipline.platform_api.keys import Caller
from tipline.platform_api.lifecycle import PlatformApiError, finish, open_report
from tipline.platform_api.schemas import BulkLine, BulkResult
from tipline.store.db import transaction
from tipline.store.tables import Case

MAX_LINE_BYTES = 1024 * 1024


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
        opened = open_report(home, caller, line.report, line.idempotency_key, now,
                             sealed_files=line.files)
        state = finish(home, caller, opened.report_id, now)
    except PlatformApiError as error:
        return BulkResult(line=number, status=error.status, error=str(error))
    with transaction(home.sessions, write=False) as session:
        count = session.scalar(select(Case.report_count).where(Case.case_code == state.case_code))
    return BulkResult(line=number, status=200 if opened.replayed else 201,
                      report_id=state.report_id, case_code=state.case_code, case_reports=count)


def result_line(result: BulkResult) -> bytes:
    return json.dumps(result.model_dump(mode="json", by_alias=True, exclude_none=True),
                      separators=(",", ":")).encode() + b"\n"
