"""Parallel requests cannot race the protections: wrong PINs lock at exactly the limit, a TOTP
code logs in once, and one Idempotency-Key makes one report (SQLite and PostgreSQL)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pyotp
from fastapi import HTTPException
from sqlalchemy import func, select
from support import now

from tipline.auth.accounts import authenticate, create_user
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.store.db import transaction
from tipline.store.tables import Case, Report
from tipline.web.api import status_for


def test_parallel_wrong_pins_are_counted_one_by_one(home):
    result = submit_report(home, ReportCreate(about="test"), [], via="api", now=now())
    code, pin = result.receipt.case_code, result.receipt.pin
    wrong = f"{(int(pin) + 1) % 1_000_000:06d}"

    def guess(_):
        try:
            status_for(home, code, wrong, now())
        except HTTPException as error:
            return error.status_code
        return 200

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(guess, range(30)))
    assert answers.count(404) == home.settings.pin_attempt_limit
    assert answers.count(423) == 30 - home.settings.pin_attempt_limit
    with home.sessions() as session:
        assert session.scalar(select(Case.pin_failures).where(Case.case_code == code)) == 10


def test_one_totp_code_logs_in_once_even_in_parallel(home):
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username="ana", role="analyst", now=now(), must_change_password=False)
    code = pyotp.TOTP(secret).now()

    def login(_):
        with transaction(home.sessions) as session:
            return authenticate(session, username="ana", password=password, totp_code=code,
                                now=now()) is not None

    with ThreadPoolExecutor(6) as pool:
        assert sum(pool.map(login, range(6))) == 1


def test_one_idempotency_key_makes_one_report_under_parallel_retries(home):
    report = ReportCreate(about="parallel retries")
    key = "parallel-retry-7d3e9c1b"

    def send(_):
        return submit_report(home, report, [], via="api", now=now(), idempotency_key=key)

    with ThreadPoolExecutor(8) as pool:
        receipts = [r.receipt for r in pool.map(send, range(16))]
    assert len({(r.case_code, r.pin) for r in receipts}) == 1
    assert sum(not r.replayed for r in receipts) == 1
    with home.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Report)) == 1
