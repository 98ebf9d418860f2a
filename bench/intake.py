"""Platform intake under load: a real server on loopback, PostgreSQL, durable commits.

Usage: .venv/bin/python bench/intake.py [--database-url URL] [--seconds S] [--concurrency C]
                                        [--servers N] [--bulk-lines B] [--child-rate R]

Starts N ``tipline serve`` processes (each with --workers W) on a fresh PostgreSQL schema (synchronous_commit on: a
receipt is only handed out after the commit is on disk) and drives them from a second process
with an asyncio httpx client, S seconds per phase:

- ``lifecycle``: C platform workers each open a report (CyberTipline-shaped, with the reported
  person's account, screen name and IP capture event, the victim, and a three-message chat) and
  finish it: two calls per report;
- ``bulk``: C workers each post NDJSON bodies of B such reports to ``/api/v1/platform/bulk``;

and in both phases, alongside, a child's submission to ``/api/v1/reports`` at R per second
(the Help flow's JSON API), whose latency is what a child waits for.

The ceiling, in the same run: the same rows (case, report, identifiers, sightings, audit entry)
inserted straight into PostgreSQL with psycopg, one durable commit per report, from one
connection and from C connections.

Results (reports per second sustained, p50/p99 latency, with the machine's description) go to
``bench/results/intake.json``. The goal (issue 8): 500 reports per second, with the child's p99
under 100 ms at 50 per second alongside.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_URL = os.environ.get("TIPLINE_TEST_DATABASE_URL",
                             "postgresql://postgres@127.0.0.1:5432/test")


def report(n: int) -> dict:
    return {
        "incidentSummary": {"incidentType": "online_enticement",
                            "incidentDateTime": "2026-11-29T18:04:00Z"},
        "reportedPerson": {"espUserId": f"u{n % 5000}", "screenNames": [f"wolf_{n % 5000}"],
                           "ipCaptureEvents": [{"ipAddress": f"203.0.{n % 250}.{n % 200 + 1}",
                                                "eventName": "Login"}]},
        "victim": {"espUserId": f"v{n}", "screenNames": [f"kid_{n}"], "age": 13,
                   "country": "CA"},
        "chat": [{"messages": [
            {"sender": f"wolf_{n % 5000}", "sentAt": "2026-11-29T18:00:00Z",
             "text": "hey how was school"},
            {"sender": f"kid_{n}", "sentAt": "2026-11-29T18:01:00Z", "text": "ok i guess"},
            {"sender": f"wolf_{n % 5000}", "sentAt": "2026-11-29T18:02:00Z",
             "text": "how old r u btw"}]}],
    }


CHILD = {"reporter": "self", "about": "someone in a game keeps asking how old i am and wants "
                                      "to video chat", "child": {"age": 12, "country": "CA"}}


def machine() -> dict:
    model = ""
    try:
        model = next((line.split(":", 1)[1].strip() for line in
                      Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), "")
    except OSError:
        pass
    return {"platform": platform.platform(), "python": platform.python_version(),
            "cpus": os.cpu_count(), "cpu_model": model}


def summary(latencies: list[float], seconds: float, count: int) -> dict:
    ordered = sorted(latencies)
    pick = (lambda q: round(ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000, 1)) \
        if ordered else (lambda q: None)
    return {"per_second": round(count / seconds, 1), "count": count,
            "p50_ms": pick(0.5), "p99_ms": pick(0.99),
            "mean_ms": round(statistics.fmean(ordered) * 1000, 1) if ordered else None}


async def drive(bases: list[str], key: str, mode: str, seconds: float, concurrency: int,
                bulk_lines: int, child_rate: float) -> dict:
    import httpx

    auth = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=concurrency * 2 + 8)
    stop = time.monotonic() + seconds
    platform_latency, child_latency, errors = [], [], {}
    filed = 0
    counter = iter(range(10**9))

    def failed(what: str) -> None:
        errors[what] = errors.get(what, 0) + 1

    async def post(url: str, **kwargs):
        """The answer, or None (counted) when the server did not answer in time."""
        try:
            return await client.post(url, **kwargs)
        except httpx.HTTPError as error:
            failed(type(error).__name__)
            return None

    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        async def lifecycle_worker(w: int):
            nonlocal filed
            base = bases[w % len(bases)]
            while time.monotonic() < stop:
                n = next(counter)
                started = time.monotonic()
                opened = await post(f"{base}/api/v1/platform/reports", json=report(n),
                                    headers={**auth, "Idempotency-Key": f"load-{uuid.uuid4()}"})
                if opened is None or opened.status_code != 201:
                    if opened is not None:
                        failed(str(opened.status_code))
                    continue
                done = await post(
                    f"{base}/api/v1/platform/reports/{opened.json()['reportId']}/finish",
                    headers=auth)
                if done is None:
                    continue
                if done.status_code == 200:
                    filed += 1
                    platform_latency.append(time.monotonic() - started)
                else:
                    errors[done.status_code] = errors.get(done.status_code, 0) + 1

        async def bulk_worker(w: int):
            nonlocal filed
            base = bases[w % len(bases)]
            while time.monotonic() < stop:
                lines = [json.dumps({"idempotencyKey": f"bulk-{uuid.uuid4()}",
                                     "report": report(next(counter))})
                         for _ in range(bulk_lines)]
                started = time.monotonic()
                answer = await post(f"{base}/api/v1/platform/bulk",
                                    content="\n".join(lines).encode(),
                                    headers={**auth, "Content-Type": "application/x-ndjson"})
                if answer is None:
                    continue
                results = [json.loads(x) for x in answer.text.splitlines() if x.strip()]
                good = sum(1 for r in results if r.get("status") == 201)
                filed += good
                for r in results:
                    if r.get("status") != 201:
                        errors[r.get("status")] = errors.get(r.get("status"), 0) + 1
                if good:
                    platform_latency.append((time.monotonic() - started) / good)

        async def child_worker():
            interval = 1 / child_rate
            tick = time.monotonic()
            pending = set()

            async def one():
                started = time.monotonic()
                answer = await post(f"{bases[0]}/api/v1/reports", json=CHILD)
                if answer is None:
                    return
                if answer.status_code == 201:
                    child_latency.append(time.monotonic() - started)
                else:
                    errors[f"child {answer.status_code}"] = errors.get(
                        f"child {answer.status_code}", 0) + 1

            while time.monotonic() < stop:
                pending.add(asyncio.create_task(one()))
                pending = {t for t in pending if not t.done()}
                tick += interval
                await asyncio.sleep(max(0.0, tick - time.monotonic()))
            await asyncio.gather(*pending)

        worker = lifecycle_worker if mode == "lifecycle" else bulk_worker
        started = time.monotonic()
        tasks = [worker(w) for w in range(concurrency)]
        if child_rate > 0:
            tasks.append(child_worker())
        await asyncio.gather(*tasks)
        elapsed = time.monotonic() - started
    return {"mode": mode, "seconds": round(elapsed, 1),
            "platform_reports": summary(platform_latency, elapsed, filed),
            "child_reports": summary(child_latency, elapsed, len(child_latency)),
            "errors": {str(k): v for k, v in errors.items()}}


def client_process(queue, *args) -> None:
    queue.put(asyncio.run(drive(*args)))


def raw_ceiling(url: str, schema: str, seconds: float, connections: int) -> dict:
    """The same rows straight into PostgreSQL, one durable commit per report (sensitive values
    as long as their encrypted form, identifiers with a blind index; the encryption itself is
    the server's CPU, not the database's)."""
    import base64
    import hashlib

    import psycopg

    def sealed(text: str) -> str:  # the length of tipline.crypto's envelope of ``text``
        return "te1:" + base64.urlsafe_b64encode(os.urandom(107 + len(text.encode()))).decode()

    def blind(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    def one_connection(worker: int, stop: float, counts: list):
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"),
                             options=f"-csearch_path={schema}") as conn:
            n = 0
            while time.monotonic() < stop:
                n += 1
                now = datetime.now(UTC)
                code = f"RAW-{connections}-{worker}-{n}"
                with conn.transaction():
                    case_id = conn.execute(
                        "INSERT INTO cases (case_code, pin_hash, pin_failures, locked, status, "
                        "risk, risk_score, urgency, urgency_reasons, priority, annotations, "
                        "received_at, updated_at, report_count) VALUES (%s, %s, 0, false, "
                        "'received', 'grooming', 0.6, 'high', '[]', %s, '[]', %s, %s, 1) "
                        "RETURNING id", (code, "0" * 64, f"1-{code}", now, now)).fetchone()[0]
                    report_id = conn.execute(
                        "INSERT INTO reports (case_id, request_hash, submitted_via, "
                        "reporter_kind, about, child_ips, contact, received_at, "
                        "platform_context, danger_now) VALUES (%s, %s, 'api', 'platform', "
                        "%s, %s, %s, %s, %s, false) RETURNING id",
                        (case_id, "0" * 64, sealed("Filed through the platform API"),
                         sealed("[]"), sealed("{}"), now, sealed("{}"))).fetchone()[0]
                    with conn.cursor() as cursor:
                        # Values as long as their encrypted form, with their blind index.
                        rows = [("platform_user_id", f"u{n}", "bench"),
                                ("username", f"wolf_{n}", "bench"), ("ip", "203.0.113.7", None)]
                        cursor.executemany(
                            "INSERT INTO identifiers (report_id, kind, value, value_key, platform)"
                            " VALUES (%s, %s, %s, %s, %s)",
                            [(report_id, kind, sealed(value), blind(value), platform)
                             for kind, value, platform in rows])
                        cursor.executemany(
                            "INSERT INTO identifier_sightings (report_id, kind, platform, value,"
                            " value_key, confidence, strong, links, origin, raw) VALUES "
                            "(%s, %s, 'bench', %s, %s, 1.0, true, true, 'stated', %s)",
                            [(report_id, kind, sealed(value), blind(value), sealed(""))
                             for kind, value, _platform in rows])
                    conn.execute(
                        "INSERT INTO audit_log (at, actor, action, case_id, source, reason, "
                        "detail, prev_hash, entry_hash) VALUES (%s, 'bench', 'report.received',"
                        " %s, 'api', '', '{}', %s, %s)",
                        (now, case_id, "0" * 64, uuid.uuid4().hex + uuid.uuid4().hex))
            counts.append(n)

    import threading

    stop = time.monotonic() + seconds
    counts: list[int] = []
    threads = [threading.Thread(target=one_connection, args=(w, stop, counts))
               for w in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return {"connections": connections, "reports_per_second": round(sum(counts) / elapsed, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--servers", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1,
                        help="processes per server (tipline serve --workers)")
    parser.add_argument("--bulk-lines", type=int, default=50)
    parser.add_argument("--warmup", type=float, default=30,
                        help="seconds of lighter load first, not measured")
    parser.add_argument("--child-rate", type=float, default=50)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results"
                        / "intake.json")
    args = parser.parse_args()

    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    plain_url = args.database_url
    with psycopg.connect(plain_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
        synchronous = conn.execute("SHOW synchronous_commit").fetchone()[0]
        fsync = conn.execute("SHOW fsync").fetchone()[0]
        version = conn.execute("SHOW server_version").fetchone()[0]
    separator = "&" if "?" in plain_url else "?"
    url = f"{plain_url}{separator}options=-csearch_path%3D{schema}"
    tipline = str(Path(sys.executable).parent / "tipline")
    processes = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            env = {**{k: v for k, v in os.environ.items() if not k.startswith("TIPLINE_")},
                   "TIPLINE_HOME": folder, "TIPLINE_DATABASE_URL": url,
                   "TIPLINE_PLATFORM_RATE_LIMIT": "10000000/minute",
                   "TIPLINE_PUBLIC_RATE_LIMIT_REPORTS": "10000000/hour",
                   "TIPLINE_WEBHOOK_CHECK_SECONDS": "0", "TIPLINE_ESCALATION_CHECK_SECONDS": "0"}
            key = json.loads(subprocess.run([tipline, "platform", "add", "Load", "--json"],
                                            env=env, capture_output=True, text=True,
                                            check=True).stdout)["api_key"]
            bases = []
            for n in range(args.servers):
                port = 8700 + n
                log = open(args.out.with_suffix(f".server{n}.log"), "w")  # noqa: SIM115
                processes.append(subprocess.Popen(
                    [tipline, "serve", "--port", str(port), "--workers", str(args.workers)],
                    env=env, stdout=log, stderr=log))
                bases.append(f"http://127.0.0.1:{port}")
            _wait(bases)
            phases = []
            # Warm up first (dropped): triage rewrites each pattern's regex the first time it
            # runs, so a fresh server's first seconds measure that, not steady intake.
            for mode in ("warmup", "lifecycle", "bulk"):
                queue = multiprocessing.get_context("spawn").Queue()
                seconds = args.warmup if mode == "warmup" else args.seconds
                client = multiprocessing.get_context("spawn").Process(
                    target=client_process, args=(queue, bases, key,
                                                 "lifecycle" if mode == "warmup" else mode,
                                                 seconds, max(1, args.concurrency // 4)
                                                 if mode == "warmup" else args.concurrency,
                                                 args.bulk_lines,
                                                 args.child_rate / 5 if mode == "warmup"
                                                 else args.child_rate))
                client.start()
                try:
                    phases.append(queue.get(timeout=args.seconds + 120))
                except Exception:  # noqa: BLE001 - the client died: say so, go on
                    phases.append({"mode": mode, "error": "the load client did not report"})
                client.join(timeout=10)
                print(json.dumps(phases[-1]))
                if mode == "warmup":
                    phases.pop()
            for process in processes:
                process.terminate()
                process.wait(timeout=20)
            ceiling = [raw_ceiling(plain_url, schema, min(args.seconds, 10), c)
                       for c in (1, args.concurrency)]
            print(json.dumps(ceiling))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
        with psycopg.connect(plain_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
    document = {
        "bench": "intake", "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(), "postgresql": {"version": version,
                                             "synchronous_commit": synchronous, "fsync": fsync},
        "servers": args.servers, "workers": args.workers, "concurrency": args.concurrency,
        "bulk_lines": args.bulk_lines, "child_rate": args.child_rate, "phases": phases,
        "raw_insert_ceiling": ceiling,
        "goal": "500 platform reports/s sustained; child p99 under 100 ms at 50/s alongside",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2) + "\n")
    print(json.dumps(document, indent=2))


def _wait(bases: list[str]) -> None:
    import httpx

    deadline = time.monotonic() + 60
    for base in bases:
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"{base} did not start")
            time.sleep(0.2)


if __name__ == "__main__":
    main()
