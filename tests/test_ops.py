"""Operations: liveness and readiness, Prometheus metrics (the queue by urgency, time to claim,
intake rate, errors) from one process and shared by several, and JSON logs without secrets,
addresses, case codes or anything a reporter wrote. Real servers on loopback."""

from __future__ import annotations

import json
import re
import shutil
import sys
import time
from pathlib import Path

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client.parser import text_string_to_metric_families

from support import cli_env, now, run_cli, served
from tipline.casework import claim
from tipline.ops.logs import redact
from tipline.store.db import transaction
from tipline.store.tables import Case

sys.path.insert(0, str(Path(__file__).parent / "platform"))

IMMEDIATE = {"reporter": "self", "about": "he said he will hurt me and i want to kill myself",
             "child": {"age": 13}}
ROUTINE = {"reporter": "self", "about": "someone keeps adding me in a game"}


def samples(text: str) -> dict[tuple, float]:
    """Every sample of a metrics page: (name, sorted labels) -> value."""
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(page: dict, name: str, **labels) -> float:
    return sum(v for (n, found), v in page.items()
               if n == name and all(dict(found).get(k) == w for k, w in labels.items()))


def test_health_and_readiness(server):
    assert httpx.get(f"{server.base_url}/healthz").json() == {"ok": True}
    ready = httpx.get(f"{server.base_url}/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"ready": True, "checks": {"database": "ok", "blobs": "ok"}}


def test_not_ready_when_the_blob_store_cannot_be_written(tmp_path):
    home = tmp_path / "home"
    with served(home, cli_env(home)) as running:
        blobs = home / "blobs"
        shutil.move(blobs, tmp_path / "moved")
        blobs.write_text("not a folder")
        answer = httpx.get(f"{running.base_url}/readyz")
        assert answer.status_code == 503
        assert answer.json()["checks"]["blobs"].startswith("not writable")
        assert str(tmp_path) not in answer.text  # no paths leave
        assert httpx.get(f"{running.base_url}/healthz").status_code == 200  # alive all the same


def test_metrics_show_the_queue_intake_claims_and_errors(home):
    from fastapi.testclient import TestClient

    from tipline.web.app import create_app

    client = TestClient(create_app(home))
    before = samples(client.get("/metrics").text)
    codes = [client.post("/api/v1/reports", json=body).json()["case_code"]
             for body in (IMMEDIATE, ROUTINE, ROUTINE)]
    assert client.get("/api/v1/platform/reports/pr_nothing").status_code == 401
    page_text = client.get("/metrics").text
    page = samples(page_text)
    assert value(page, "tipline_cases_waiting", urgency="immediate") == 1
    assert value(page, "tipline_cases_waiting", urgency="routine") == 2
    assert value(page, "tipline_cases_waiting", urgency="high") == 0
    assert value(page, "tipline_oldest_waiting_seconds", urgency="immediate") >= 0
    grew = lambda name, **labels: value(page, name, **labels) - value(before, name, **labels)  # noqa: E731
    assert grew("tipline_reports_received_total", urgency="immediate", via="api") == 1
    assert grew("tipline_reports_received_total", urgency="routine", via="api") == 2
    assert grew("tipline_http_requests_total", route="/api/v1/reports", status="201") == 3
    assert grew("tipline_http_requests_total",
                route="/api/v1/platform/reports/{report_id}", status="401") == 1
    for _ in range(5):  # made-up methods share one label, not one series each
        client.request("FOO" + str(_), "/healthz")
    assert 'method="FOO' not in client.get("/metrics").text
    for code in codes:  # nothing of a case leaves through the metrics
        assert code not in page_text
    assert "pr_nothing" not in page_text

    with transaction(home.sessions) as session:
        from tipline.auth.accounts import create_user

        user, _password, _secret = create_user(session, username="claimer", role="analyst",
                                               now=now())
        case = session.query(Case).filter(Case.case_code == codes[0]).one()
        claim(session, case, user, now())
    after = samples(client.get("/metrics").text)
    assert value(after, "tipline_time_to_claim_seconds_count", urgency="immediate") - value(
        before, "tipline_time_to_claim_seconds_count", urgency="immediate") == 1
    assert value(after, "tipline_cases_waiting", urgency="immediate") == 0


def test_metrics_can_require_a_token(tmp_path):
    home = tmp_path / "home"
    with served(home, cli_env(home, TIPLINE_METRICS_TOKEN="m-token-123456")) as running:
        assert httpx.get(f"{running.base_url}/metrics").status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert httpx.get(f"{running.base_url}/metrics", headers=wrong).status_code == 401
        right = {"Authorization": "Bearer m-token-123456"}
        answer = httpx.get(f"{running.base_url}/metrics", headers=right)
        assert answer.status_code == 200 and "tipline_cases_waiting" in answer.text


def test_several_web_processes_share_their_counters(tmp_path):
    home = tmp_path / "home"
    env = cli_env(home, TIPLINE_LOG_FORMAT="json")
    with served(home, env, args=("--workers", "2")) as running:
        for _ in range(30):  # new connections: the two processes take turns
            with httpx.Client() as client:
                assert client.get(f"{running.base_url}/readyz").status_code == 200
        page = samples(httpx.get(f"{running.base_url}/metrics").text)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and sum('"/readyz"' in x for x in running.output) < 30:
            time.sleep(0.1)
        output = list(running.output)
    assert value(page, "tipline_http_requests_total", route="/readyz", status="200") == 30
    # Each process logs its own requests, as JSON.
    logged = [json.loads(line) for line in output if '"route": "/readyz"' in line]
    assert len(logged) == 30 and all(r["logger"] == "tipline.http" for r in logged)
    assert all(line.startswith("{") for line in output if line.strip())


def test_json_logs_carry_no_secrets_addresses_or_case_details(tmp_path):
    from platform_support import REPORT

    home = tmp_path / "home"
    env = cli_env(home, TIPLINE_LOG_FORMAT="json")
    platform = json.loads(run_cli("platform", "add", "Log Games", "--json", env=env).stdout)
    key = platform["api_key"]
    with served(home, env) as running:
        base = running.base_url
        forwarded = {"X-Forwarded-For": "198.51.100.23", "X-Real-IP": "198.51.100.23"}
        child = httpx.post(f"{base}/api/v1/reports", json=IMMEDIATE, headers=forwarded).json()
        opened = httpx.post(f"{base}/api/v1/platform/reports", json=REPORT,
                            headers={"Authorization": f"Bearer {key}",
                                     "Idempotency-Key": "log-test-key-000001", **forwarded})
        assert opened.status_code == 201
        report_id = opened.json()["reportId"]
        httpx.get(f"{base}/api/v1/platform/reports/{report_id}?token={key}",
                  headers={"Authorization": f"Bearer {key}"})
        httpx.get(f"{base}/status/{child['case_code']}")
        deadline = time.monotonic() + 10  # the server's lines reach the pipe a little later
        while time.monotonic() < deadline and sum(
                '"tipline.http"' in line for line in running.output) < 4:
            time.sleep(0.1)
        time.sleep(0.3)
        output = "".join(running.output)
    lines = [line for line in output.splitlines() if line.startswith("{")]
    records = [json.loads(line) for line in lines]
    requests = [r for r in records if r["logger"] == "tipline.http"]
    assert {r["route"] for r in requests} >= {"/api/v1/reports", "/api/v1/platform/reports",
                                              "/api/v1/platform/reports/{report_id}"}
    assert all({"at", "level", "message", "method", "status", "ms"} <= set(r) for r in requests)
    for secret in (key, key.split("_")[2], "198.51.100.23", child["case_code"], child["pin"],
                   report_id, "kill myself", "maya_k", "8812734"):
        assert secret not in output, secret



def test_redaction_examples():
    assert redact("from 203.0.113.7 at 18:26:47") == "from [address] at 18:26:47"
    assert redact("peer [2001:db8::1]:443 and fe80::1%eth0") == "peer [[address]]:443 and [address]"
    assert redact("10.0.0.1:8080 v1.2.3") == "[address]:8080 v1.2.3"
    assert redact("addr:203.0.113.7, then ::1.") == "addr:[address], then [address]."
    assert redact("postgresql://tipline:s3cret@db/tipline") == "postgresql://tipline:[redacted]@db/tipline"
    assert redact("Authorization: Bearer abc.def-123456") == "Authorization: Bearer [redacted]"
    key = "tpk_ABCDEFGHIJKLMNOP_" + "a" * 43
    assert redact(f"key {key}!") == "key tpk_[redacted]!"
    assert redact("postgresql://u:pa/ss@w@db/x") == "postgresql://u:[redacted]@db/x"
    assert redact("GET /hook?token=abc123&page=2") == "GET /hook?token=[redacted]&page=2"
    assert redact("Authorization: Token abcdefghijk") == "Authorization: Token [redacted]"
    assert redact("sent to wolf.77+x@example.org.") == "sent to [email]."


@settings(max_examples=300, deadline=None)
@given(st.text(), st.ip_addresses(), st.text())
def test_redaction_takes_out_any_address_and_never_fails(before, address, after):
    text = f"{before} {address} {after}"
    cleaned = redact(text)
    assert isinstance(cleaned, str)
    assert not re.search(rf"(?<![0-9A-Fa-f.:]){re.escape(str(address))}(?![0-9A-Fa-f.:])",
                         cleaned)
