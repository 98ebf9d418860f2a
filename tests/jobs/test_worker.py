"""Background work through Procrastinate on the local PostgreSQL, run by real ``tipline
worker`` processes: a notice deferred by intake reaches its receiver, a platform's webhook is
delivered by the worker's sweep, two workers run each of 40 jobs once, and the queue refuses
to run without PostgreSQL."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from fastapi import FastAPI, Request, Response

from support import (NO_PG_REASON, PG_URL, cli_env, now, pg_schema_url, run_cli,
                     serve_in_thread, tipline_workers)
from tipline.home import open_home
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.jobs import queue
from tipline.jobs.queue import QueueError, cron_every
from tipline.settings import Settings

needs_pg = pytest.mark.skipif(not PG_URL, reason=NO_PG_REASON)

IMMEDIATE = ReportCreate(reporter="self", about="he said he will hurt me and i want to kill "
                                                "myself", child={"age": 13})


@pytest.fixture
def receiver():
    """An HTTP receiver on loopback recording each POST body (JSON)."""
    app = FastAPI()
    calls: list[dict] = []

    @app.post("/hook")
    async def hook(request: Request):
        calls.append(json.loads(await request.body()))
        return Response(status_code=204)

    with serve_in_thread(app) as base:
        yield f"{base}/hook", calls


@pytest.fixture
def queued(tmp_path, receiver):
    """A home on a fresh PostgreSQL schema with the Procrastinate task queue, its environment
    for worker processes, and the receiver."""
    if not PG_URL:
        pytest.skip(NO_PG_REASON)
    url, calls = receiver
    with pg_schema_url() as database_url:
        extra = {"TIPLINE_DATABASE_URL": database_url, "TIPLINE_TASK_QUEUE": "procrastinate",
                 "TIPLINE_NOTIFY_WEBHOOK_URL": url, "TIPLINE_WEBHOOK_CHECK_SECONDS": "1",
                 "TIPLINE_ESCALATION_CHECK_SECONDS": "0"}
        env = cli_env(tmp_path / "home", **extra)
        home = open_home(Settings(home=tmp_path / "home", database_url=database_url,
                                  task_queue="procrastinate", notify_webhook_url=url))
        try:
            yield home, env, calls
        finally:
            home.close()


def workers(env: dict, count: int = 1, concurrency: int = 2):
    return tipline_workers(env, count, concurrency)


def wait_for(condition, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_the_task_queue_needs_postgresql(tmp_path):
    with pytest.raises(QueueError, match="needs PostgreSQL"):
        open_home(Settings(home=tmp_path / "home", task_queue="procrastinate"))
    result = run_cli("worker", env=cli_env(tmp_path / "h2", TIPLINE_TASK_QUEUE="procrastinate"),
                     check=False)
    assert result.returncode == 2
    assert "needs PostgreSQL" in result.stderr and "Traceback" not in result.stderr


def test_the_worker_refuses_the_inline_queue(tmp_path):
    if not PG_URL:
        pytest.skip(NO_PG_REASON)
    with pg_schema_url() as url:
        result = run_cli("worker", env=cli_env(tmp_path / "home", TIPLINE_DATABASE_URL=url),
                         check=False)
    assert result.returncode == 2
    assert "TIPLINE_TASK_QUEUE=procrastinate" in result.stderr


def test_sweeps_become_cron_lines():
    assert cron_every(5) == "* * * * * */5"
    assert cron_every(0.5) == "* * * * * */1"
    assert cron_every(60) == "*/1 * * * *"
    assert cron_every(900) == "*/15 * * * *"
    assert cron_every(3600) == "0 */1 * * *"
    assert cron_every(6 * 3600) == "0 */6 * * *"
    assert cron_every(86400) == cron_every(7 * 86400) == "0 0 * * *"


@needs_pg
def test_an_immediate_report_is_announced_by_a_worker(queued):
    home, env, calls = queued
    result = submit_report(home, IMMEDIATE, [], via="api", now=now())
    assert result.urgency == "immediate"
    time.sleep(0.5)
    assert calls == []  # queued, and no worker runs yet: the web process sent nothing itself
    with workers(env):
        assert wait_for(lambda: calls), "the worker did not send the notice"
    assert calls[0]["case_code"] == result.receipt.case_code
    assert calls[0]["event"] == "immediate_case"
    assert "hurt" not in json.dumps(calls) and "kill" not in json.dumps(calls)  # the notice never carries the report's words


@needs_pg
def test_a_worker_delivers_platform_webhooks(queued):
    sys.path.insert(0, str(Path(__file__).parents[1] / "platform"))
    from platform_support import REPORT, make_platform

    from tipline.platform_api.keys import check_key
    from tipline.platform_api.lifecycle import finish, open_report
    from tipline.platform_api.schemas import PlatformReportIn
    from tipline.store.db import transaction

    home, env, calls = queued
    keys = make_platform(home, webhook_url=home.settings.notify_webhook_url)
    with transaction(home.sessions) as session:
        caller = check_key(session, keys.api_key, now())
    state = open_report(home, caller, PlatformReportIn.model_validate(REPORT),
                        "worker-test-key-0001", now())
    finish(home, caller, state.report_id, now())
    with workers(env):
        assert wait_for(lambda: any(c.get("reportId") == state.report_id for c in calls))
    told = [c for c in calls if c.get("reportId") == state.report_id]
    assert [c["status"] for c in told] == ["received"]


@needs_pg
def test_two_workers_run_each_job_once(queued):
    home, env, calls = queued
    codes = [f"TEST-{n:04d}" for n in range(40)]
    for code in codes:
        queue.defer(home, "announce_immediate", now(), case_code=code, urgency="immediate",
                    reasons=["threat"])
    with workers(env, count=2, concurrency=3) as processes:
        assert wait_for(lambda: len(calls) >= len(codes), 60), f"{len(calls)} of 40 sent"
        time.sleep(2)  # time for any second run to show
        assert all(p.poll() is None for p in processes)
    sent = sorted(c["case_code"] for c in calls)
    assert sent == codes  # each once: none lost, none run twice


@needs_pg
def test_readiness_and_metrics_show_the_queue_and_its_workers(queued):
    from tipline.ops.health import readiness
    from tipline.ops.metrics import exposition

    home, env, calls = queued
    queue.defer(home, "announce_immediate", now(), case_code="TEST-0001", urgency="immediate",
                reasons=["threat"])
    ready, checks = readiness(home)
    assert ready and checks["task_queue"] == {"jobs_waiting": 1, "workers": 0}
    assert 'tipline_jobs{queue="jobs",status="todo"} 1.0' in exposition(home)[0].decode()
    with workers(env):
        assert wait_for(lambda: readiness(home)[1]["task_queue"] == {"jobs_waiting": 0,
                                                                     "workers": 1})
    assert calls and calls[0]["case_code"] == "TEST-0001"


@needs_pg
def test_a_referral_package_is_built_by_a_worker_and_downloaded_from_the_case(queued):
    import io
    import re
    import zipfile

    import pyotp
    from fastapi.testclient import TestClient
    from sqlalchemy import select

    from tipline.auth.accounts import create_user
    from tipline.store.db import transaction
    from tipline.store.tables import AuditEntry, Export
    from tipline.web.app import create_app

    home, env, _calls = queued
    result = submit_report(home, ReportCreate.model_validate({
        "about": "he wants to meet me after school", "reporter": "self",
        "child": {"country": "CA", "age": 12}}), [], via="api", now=now())
    code = result.receipt.case_code
    with transaction(home.sessions) as session:
        _user, password, secret = create_user(session, username="sup", role="supervisor",
                                              now=now(), must_change_password=False)
    client = TestClient(create_app(home))
    page = client.post("/console/login", data={"username": "sup", "password": password,
                                               "totp": pyotp.TOTP(secret).now()})
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    queued_answer = client.post(f"/console/cases/{code}/package", follow_redirects=False,
                                data={"csrf": csrf, "agency": "ca-rcmp-nc3"})
    assert queued_answer.status_code == 303  # queued, not built in the request
    refused = client.post(f"/console/cases/{code}/package", follow_redirects=False,
                          data={"csrf": csrf, "agency": "gb-nca-ceop"})  # not routed, no reason
    assert refused.status_code == 303

    def finished():
        with transaction(home.sessions, write=False) as session:
            return {e.agency_id: e for e in session.scalars(select(Export))
                    if e.status != "queued"}
    with workers(env):
        assert wait_for(lambda: len(finished()) == 2, 60)
    done = finished()
    assert done["ca-rcmp-nc3"].status == "ready"
    assert done["gb-nca-ceop"].status == "failed" and "reason" in done["gb-nca-ceop"].error
    ready = done["ca-rcmp-nc3"]
    stored = (home.settings.resolved_home / "exports" / ready.id).read_bytes()
    assert stored.startswith(b"TB1") and b"he wants to meet me" not in stored
    case_page = client.get(f"/console/cases/{code}")
    assert f"/exports/{ready.id}" in case_page.text and "failed: routing does not" in case_page.text
    download = client.get(f"/console/cases/{code}/exports/{ready.id}")
    assert download.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(download.content)).namelist()
    assert "manifest.json" in names
    assert client.get(f"/console/cases/{code}/exports/ex_0000000000000000").status_code == 404
    with transaction(home.sessions, write=False) as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions.count("export.queued") == 2 and "export.downloaded" in actions


@needs_pg
def test_images_are_hashed_by_a_worker_after_intake_and_their_cases_change(queued):
    import hashlib

    sys.path.insert(0, str(Path(__file__).parents[1] / "platform"))
    from platform_support import encoded, noise_image
    from sqlalchemy import select

    from tipline.intake.service import IncomingFile
    from tipline.known.hashing import hashes_of
    from tipline.known.lists import load_list
    from tipline.known.pending import hash_pending
    from tipline.store.db import transaction
    from tipline.store.tables import AuditEntry, Blob, Case

    home, env, _calls = queued
    listed, fresh = encoded(noise_image(11)), encoded(noise_image(12))
    with transaction(home.sessions) as session:
        load_list(session, name="known-test", label="known (generated)",
                  pairs=[("pdq", hashes_of(listed).pdq)], fmt="csv", source="test",
                  actor="test", now=now())

    def file(data: bytes, incident: str) -> int:
        return submit_report(home, ReportCreate(reporter="self", incident_type=incident),
                             [IncomingFile("p.png", data, "image/png")], via="api",
                             now=now()).case_id

    known_case, new_case = file(listed, "csam"), file(fresh, "sextortion")
    with transaction(home.sessions, write=False) as session:
        # Answered before any hashing: no PDQ yet, the cases as triage alone left them.
        assert all(b.hashed_at is None and b.pdq is None for b in session.scalars(select(Blob)))
        assert "new_material" not in session.get(Case, new_case).annotations
    with workers(env):
        assert wait_for(lambda: _all_hashed(home), 60), "the worker did not hash the files"
    with transaction(home.sessions, write=False) as session:
        known, new = session.get(Case, known_case), session.get(Case, new_case)
        assert "known_material" in known.annotations
        assert "new_material" in new.annotations and new.urgency in ("high", "immediate")
        blob = session.get(Blob, hashlib.sha256(fresh).hexdigest())
        assert blob.sha1 == hashlib.sha1(fresh).hexdigest() and len(blob.pdq) == 64
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "case.files_hashed")).all()
        assert sorted(e.case_id for e in entries) == sorted([known_case, new_case])
    # A job lost (a queue outage, a purged queue): the sweep hashes the file once its grace
    # has passed, and only once.
    from datetime import timedelta

    from sqlalchemy import text

    file(encoded(noise_image(13)), "csam")
    with home.engine.begin() as connection:
        lost = connection.execute(text("DELETE FROM procrastinate_jobs WHERE task_name = "
                                       "'tipline.hash_files' AND status = 'todo'")).rowcount
    assert lost == 1 and not _all_hashed(home)
    assert hash_pending(home, now()) == 0  # within the grace: its job may still come
    assert hash_pending(home, now() + timedelta(minutes=5)) == 1
    assert hash_pending(home, now() + timedelta(minutes=5)) == 0 and _all_hashed(home)


def _all_hashed(home) -> bool:
    from sqlalchemy import select

    from tipline.store.db import transaction
    from tipline.store.tables import Blob

    with transaction(home.sessions, write=False) as session:
        return all(b.hashed_at is not None for b in session.scalars(select(Blob)))
