"""The OpenAPI document is complete (schemas, examples, error responses), and schemathesis,
driven by it against a live `tipline serve` on loopback with a real API key, finds no server
error on any API operation."""

from __future__ import annotations

import json

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from support import cli_env, run_cli, served
from tipline.web.app import create_app

PLATFORM_ERRORS = {"401", "403", "422", "429"}


@schemathesis.serializer("application/x-ndjson")
def _ndjson(_context, value) -> bytes:
    """A bulk body: the generated BulkLine (or anything else) as one NDJSON line."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return json.dumps(value).encode() + b"\n"


def test_every_platform_operation_documents_its_body_answers_and_errors(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        document = client.get("/api/openapi.json").json()
    schemas = document["components"]["schemas"]
    assert {"PlatformReportIn", "IncidentSummary", "PersonOrUser", "IpCaptureEvent",
            "FileStart", "FileState", "FileDetails", "ReportState", "BulkLine", "BulkResult",
            "ErrorDetail"} <= set(schemas)
    example = schemas["PlatformReportIn"]["examples"][0]
    assert example["incidentSummary"]["escalateToHighPriority"]
    assert "ipCaptureEvents" in schemas["PersonOrUser"]["properties"]
    operations = [(path, method, op) for path, item in document["paths"].items()
                  for method, op in item.items() if path.startswith("/api/v1/platform")]
    assert len(operations) == 10
    for path, method, operation in operations:
        assert operation.get("description") or operation.get("summary"), (path, method)
        assert PLATFORM_ERRORS <= set(operation["responses"]), (path, method)
        assert any(code.startswith("2") for code in operation["responses"]), (path, method)
        for code, answer in operation["responses"].items():
            assert answer.get("description"), (path, method, code)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    home = tmp_path_factory.mktemp("schemathesis") / "home"
    env = cli_env(home, TIPLINE_PLATFORM_RATE_LIMIT="100000/minute",
                  TIPLINE_PUBLIC_RATE_LIMIT_REPORTS="100000/hour",
                  TIPLINE_PUBLIC_RATE_LIMIT_STEPS="100000/minute",
                  TIPLINE_WEBHOOK_CHECK_SECONDS="0")
    key = json.loads(run_cli("platform", "add", "Fuzz Platform", "--json", env=env).stdout)
    with served(home, env) as server:
        yield server.base_url, key["api_key"]


def test_no_input_makes_a_server_error(live):
    """Each API operation, with inputs generated from its schema (valid and invalid), against
    the live server; schemathesis's own pytest plugin does not run under this pytest, so its
    strategies are driven with hypothesis directly."""
    base, key = live
    api = schemathesis.openapi.from_url(f"{base}/api/openapi.json").include(path_regex="^/api/")
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 12
    answered: list[int] = []

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call_and_validate(
                base_url=base, headers={"Authorization": f"Bearer {key}"},
                checks=[not_a_server_error])
            answered.append(response.status_code)

        check()
    # The calls reached the app: some were accepted, some refused, none failed.
    assert len(answered) >= 10 * len(operations)
    assert any(code < 300 for code in answered) and any(code == 422 for code in answered)
