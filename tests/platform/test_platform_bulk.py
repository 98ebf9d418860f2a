"""Bulk NDJSON: one result per line, bad lines refused on their own, retries file nothing
twice, and reports of the same viral file bundle into one case with a count."""

from __future__ import annotations

import hashlib
import json
import threading

from fastapi.testclient import TestClient
from platform_support import REPORT, encoded, make_platform, noise_image, open_report, upload
from sqlalchemy import func, select

from support import now
from tipline.platform_api.bulk import file_line
from tipline.platform_api.keys import Caller
from tipline.store.db import transaction
from tipline.store.tables import Case, Report


def _line(key: str, files: list[str], user: str) -> str:
    report = json.loads(json.dumps(REPORT))
    report["incidentSummary"]["incidentType"] = "csam"
    report["reportedPerson"] = {"espUserId": user, "screenNames": [f"sharer_{user}"]}
    return json.dumps({"idempotencyKey": key, "report": report, "files": files})


def _viral(client, keys) -> str:
    """Upload the viral file once, in a report of its own; returns its SHA-256."""
    data = encoded(noise_image(77))
    first = open_report(client, keys).json()["reportId"]
    upload(client, keys, first, data, "viral.png")
    client.post(f"/api/v1/platform/reports/{first}/finish", headers=keys.auth)
    return hashlib.sha256(data).hexdigest()


def _bulk(client, keys, lines: list[str]) -> list[dict]:
    answer = client.post("/api/v1/platform/bulk", headers={
        **keys.auth, "Content-Type": "application/x-ndjson"},
        content=("\n".join(lines) + "\n").encode())
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in answer.text.splitlines()]


def test_one_result_per_line_and_a_viral_file_makes_one_case_with_a_count(home):
    keys = make_platform(home)
    with TestClient(create_app_for(home)) as client:
        viral = _viral(client, keys)
        lines = [_line(f"bulk-line-{n:010d}", [viral], str(n)) for n in range(3)]
        lines += ['{"idempotencyKey": "not json', _line("bulk-line-unknownfile", ["0" * 64], "9"),
                  _line("bulk-line-nofiles-0001", [], "10")]
        results = _bulk(client, keys, lines)
        assert [r["line"] for r in results] == [1, 2, 3, 4, 5, 6]
        assert [r["status"] for r in results] == [201, 201, 201, 422, 404, 201]
        assert len({r["caseCode"] for r in results[:3]}) == 1
        assert [r["caseReports"] for r in results[:3]] == [2, 3, 4]  # after the upload's report
        assert "idempotencyKey" in results[3]["error"] or "JSON" in results[3]["error"]
        assert "no sealed file" in results[4]["error"]
        assert results[5]["caseReports"] == 1 and results[5]["caseCode"] != results[0]["caseCode"]
        again = _bulk(client, keys, lines)
        assert [r["status"] for r in again] == [200, 200, 200, 422, 404, 200]
        assert [r["reportId"] for r in again[:3]] == [r["reportId"] for r in results[:3]]
    with transaction(home.sessions) as session:
        case = session.scalar(select(Case).where(Case.case_code == results[0]["caseCode"]))
        reports = session.scalar(select(func.count(Report.id)).where(Report.case_id == case.id))
        assert case.report_count == reports == 4 and "viral" in case.annotations


def test_too_many_lines_are_refused_whole_and_blank_lines_do_not_count(tmp_path):
    from tipline.home import open_home
    from tipline.settings import Settings

    home = open_home(Settings(home=tmp_path / "home", platform_max_bulk_lines=2))
    try:
        keys = make_platform(home)
        headers = {**keys.auth, "Content-Type": "application/x-ndjson"}
        with TestClient(create_app_for(home)) as client:
            body = "\n".join(_line(f"bulk-limit-{n:08d}", [], str(n)) for n in range(3))
            refused = client.post("/api/v1/platform/bulk", headers=headers, content=body)
            assert refused.status_code == 413 and "more than 2" in refused.json()["detail"]
            padded = "\n\n" + "\n\n".join(_line(f"bulk-limit-{n:08d}", [], str(n))
                                           for n in range(2)) + "\n\n"
            results = _bulk(client, keys, [padded])
            assert [(r["line"], r["status"]) for r in results] == [(3, 201), (5, 201)]
            empty = client.post("/api/v1/platform/bulk", headers=headers, content=b"\n\n")
            assert empty.status_code == 422
    finally:
        home.close()


def test_bundles_are_per_platform(home):
    mine, theirs = make_platform(home, "Mine"), make_platform(home, "Theirs")
    with TestClient(create_app_for(home)) as client:
        viral_mine, viral_theirs = _viral(client, mine), _viral(client, theirs)
        assert viral_mine == viral_theirs  # the same file, uploaded by each
        first = _bulk(client, mine, [_line("bundle-mine-000000001", [viral_mine], "1")])[0]
        other = _bulk(client, theirs, [_line("bundle-theirs-0000001", [viral_theirs], "2")])[0]
    assert first["caseCode"] != other["caseCode"]
    assert first["caseReports"] == other["caseReports"] == 2  # each platform's own two


def test_a_file_of_a_retracted_report_cannot_be_named(home):
    keys = make_platform(home)
    data = encoded(noise_image(31))
    with TestClient(create_app_for(home)) as client:
        report_id = open_report(client, keys).json()["reportId"]
        upload(client, keys, report_id, data, "withdrawn.png")
        client.post(f"/api/v1/platform/reports/{report_id}/retract", headers=keys.auth)
        result = _bulk(client, keys, [_line("retracted-file-00001",
                                            [hashlib.sha256(data).hexdigest()], "1")])[0]
    assert result["status"] == 404


def test_reports_of_one_viral_file_filed_at_once_make_one_case(home):
    keys = make_platform(home)
    with TestClient(create_app_for(home)) as client:
        viral = _viral(client, keys)
    caller = Caller(keys.platform_id, keys.api_key.split("_")[1], ("reports:write",))
    results, barrier = [], threading.Barrier(4)

    def file(n):
        barrier.wait()
        results.append(file_line(home, caller, n, _line(f"race-line-{n:010d}", [viral],
                                                        str(n)).encode(), now()))

    threads = [threading.Thread(target=file, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {r.status for r in results} == {201}, [r.error for r in results]
    assert len({r.case_code for r in results}) == 1
    with transaction(home.sessions) as session:
        assert session.scalar(select(Case.report_count).where(
            Case.case_code == results[0].case_code)) == 5


def create_app_for(home):
    from tipline.web.app import create_app

    return create_app(home)
