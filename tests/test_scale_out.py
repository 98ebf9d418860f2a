"""Crash safety and several processes, with real processes:

- a server killed with SIGKILL in the middle of a load of children's reports: every receipt it
  handed out is there after the restart, and a retry of each gets the same case back;
- two `tipline serve` and two `tipline worker` on one PostgreSQL under load: every report once
  (each key sent to both servers at once), every on-call notice once (no job run twice), every
  case claimed once when two analysts on two servers race for it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import pyotp
import pytest
from fastapi import FastAPI, Request, Response
from sqlalchemy import func, select

from support import (NO_PG_REASON, PG_URL, cli_env, now, pg_schema_url, serve_in_thread,
                     served, tipline_workers)
from tipline.home import open_home
from tipline.settings import Settings
from tipline.store.db import transaction
from tipline.store.tables import AuditEntry, Case, Report

TIPLINE = str(Path(sys.executable).parent / "tipline")
IMMEDIATE = "he said he will hurt me and i want to kill myself"
ROUTINE = "someone in a game keeps asking how old i am"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@contextmanager
def server(env: dict):
    with served(Path(env["TIPLINE_HOME"]), env) as running:
        yield running.base_url, running.process


def body(n: int, urgent: bool = False) -> dict:
    return {"reporter": "self", "about": f"{IMMEDIATE if urgent else ROUTINE} ({n})",
            "child": {"age": 12}}


def send(base: str, key: str, document: dict) -> dict | None:
    try:
        answer = httpx.post(f"{base}/api/v1/reports", json=document,
                            headers={"Idempotency-Key": key}, timeout=30)
    except httpx.HTTPError:
        return None
    return answer.json() if answer.status_code in (200, 201) else None


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_every_receipt_handed_out_survives_a_kill_9(tmp_path, database):
    if database == "postgresql" and not PG_URL:
        pytest.skip(NO_PG_REASON)
    with (pg_schema_url() if database == "postgresql" else _none()) as url:
        extra = {"TIPLINE_DATABASE_URL": url} if url else {}
        env = cli_env(tmp_path / "home", TIPLINE_PUBLIC_RATE_LIMIT_REPORTS="100000/hour",
                      **extra)
        receipts: dict[str, tuple[dict, dict]] = {}
        lock, stop = threading.Lock(), threading.Event()
        with server(env) as (base, process):
            def load(worker: int) -> None:
                n = 0
                while not stop.is_set():
                    n += 1
                    key, document = f"crash-{worker}-{n}-{uuid.uuid4()}", body(worker * 1000 + n)
                    answer = send(base, key, document)
                    if answer is not None:
                        with lock:
                            receipts[key] = (document, answer)
            threads = [threading.Thread(target=load, args=(w,)) for w in range(6)]
            for thread in threads:
                thread.start()
            deadline = time.monotonic() + 60
            while len(receipts) < 40 and time.monotonic() < deadline:
                time.sleep(0.05)
            os.kill(process.pid, signal.SIGKILL)  # in the middle of the load
            process.wait(timeout=10)
            stop.set()
            for thread in threads:
                thread.join(timeout=60)
        handed_out = dict(receipts)
        assert len(handed_out) >= 40
        with server(env) as (base, _process):  # restarted on the same data
            for key, (document, answer) in handed_out.items():
                again = send(base, key, document)
                assert again is not None and again["case_code"] == answer["case_code"], key
        home = open_home(Settings(home=tmp_path / "home", database_url=url))
        try:
            with transaction(home.sessions, write=False) as session:
                codes = set(session.scalars(select(Case.case_code)))
                keys = list(session.scalars(select(Report.idempotency_key)))
        finally:
            home.close()
        assert {answer["case_code"] for _document, answer in handed_out.values()} <= codes
        assert len(keys) == len(set(keys))  # no key made two reports


class _none:
    def __enter__(self):
        return None

    def __exit__(self, *_):
        return False


def login(base: str, username: str, password: str, secret: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, timeout=30)
    answer = client.post("/console/login", data={"username": username, "password": password,
                                                 "totp": pyotp.TOTP(secret).now()},
                         follow_redirects=True)
    assert answer.status_code == 200, answer.text[:500]
    return client, _CSRF.search(answer.text).group(1)


@pytest.mark.skipif(not PG_URL, reason=NO_PG_REASON)
def test_two_servers_and_two_workers_lose_nothing_and_do_nothing_twice(tmp_path):
    app, notices = FastAPI(), []

    @app.post("/hook")
    async def hook(request: Request):
        notices.append(json.loads(await request.body())["case_code"])
        return Response(status_code=204)

    with serve_in_thread(app) as hook_base, pg_schema_url() as url:
        settings = {"TIPLINE_DATABASE_URL": url, "TIPLINE_TASK_QUEUE": "procrastinate",
                    "TIPLINE_NOTIFY_WEBHOOK_URL": f"{hook_base}/hook",
                    "TIPLINE_PUBLIC_RATE_LIMIT_REPORTS": "100000/hour"}
        home = open_home(Settings(home=tmp_path / "home", database_url=url,
                                  task_queue="procrastinate"))
        from tipline.auth.accounts import create_user

        with transaction(home.sessions) as session:
            accounts = [create_user(session, username=name, role="analyst", now=now(),
                                    must_change_password=False)[1:]
                        for name in ("ana", "bo")]
        env = cli_env(tmp_path / "home", **settings)
        with server(env) as (first, _p1), server(env) as (second, _p2), tipline_workers(env, 2, 3):
            jobs = [(f"scale-{n}-{uuid.uuid4()}", body(n, urgent=n % 3 == 0)) for n in range(60)]
            with ThreadPoolExecutor(max_workers=6) as pool, \
                    ThreadPoolExecutor(max_workers=12) as both:
                # Every key to both servers at once: one report each.
                answers = list(pool.map(lambda job: tuple(both.map(
                    lambda base: send(base, *job), (first, second))), jobs))
            assert all(a is not None and b is not None and a["case_code"] == b["case_code"]
                       for a, b in answers)
            urgent = {a["case_code"] for (a, _b), (_k, d) in zip(answers, jobs)
                      if IMMEDIATE in d["about"]}
            deadline = time.monotonic() + 60
            while len(notices) < len(urgent) and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(2)  # time for a second run of any job to show

            (ana, ana_csrf), (bo, bo_csrf) = (login(first, "ana", *accounts[0]),
                                              login(second, "bo", *accounts[1]))
            codes = sorted({a["case_code"] for a, _b in answers})[:15]

            def race(code: str) -> list[int]:
                with ThreadPoolExecutor(max_workers=2) as both:
                    return sorted(both.map(lambda who: who[0].post(
                        f"/console/cases/{code}/claim", data={"csrf": who[1]}).status_code,
                        [(ana, ana_csrf), (bo, bo_csrf)]))
            outcomes = [race(code) for code in codes]
            ana.close()
            bo.close()

        with transaction(home.sessions, write=False) as session:
            assert session.scalar(select(func.count()).select_from(Report)) == 60
            keys = list(session.scalars(select(Report.idempotency_key)))
            claims = list(session.scalars(select(AuditEntry.case_id).where(
                AuditEntry.action == "case.claimed")))
        home.close()
    assert len(set(keys)) == 60
    assert sorted(notices) == sorted(urgent)  # each notice once: no job ran twice
    assert outcomes == [[303, 409]] * len(codes)  # one analyst won each case
    assert len(claims) == len(set(claims)) == len(codes)
