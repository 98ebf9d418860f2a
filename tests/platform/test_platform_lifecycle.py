"""The report lifecycle: open, resumable chunked upload with SHA-256 per chunk and per file,
file details, finish or retract, expiry; CyberTipline fields land in the case; idempotent."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from platform_support import REPORT, encoded, make_platform, noise_image, open_report, upload
from sqlalchemy import select

from support import now
from tipline.store.db import transaction
from tipline.store.tables import (Attachment, Case, ConversationRow, CustodyEvent,
                                  IdentifierSighting, Report)
from tipline.web.app import create_app

FULL = {
    **REPORT,
    "incidentSummary": {**REPORT["incidentSummary"], "annotations": ["potential_meetup"],
                        "escalateToHighPriority": "the account asked the child to meet"},
    "victim": {**REPORT["victim"], "ipCaptureEvents": [{"ipAddress": "198.51.100.23",
                                                        "eventName": "Login"}]},
    "chat": [{"service": "Demo Games chat", "messages": [
        {"sender": "dark_wolf.77", "sentAt": "2026-11-29T18:00:00Z", "text": "how old r u"},
        {"sender": "maya_k", "sentAt": "2026-11-29T18:01:00Z", "text": "12"},
        {"sender": "dark_wolf.77", "sentAt": "2026-11-29T18:02:00Z",
         "text": "dont tell ur parents about me ok"}]}],
    "additionalInfo": "Flagged by our classifier; the account is suspended.",
}


def _chunk(client, keys, report_id, file_id, offset, piece, digest=None):
    return client.put(
        f"/api/v1/platform/reports/{report_id}/files/{file_id}/chunks?offset={offset}",
        content=piece, headers={**keys.auth, "Chunk-SHA256": digest or hashlib.sha256(
            piece).hexdigest(), "Content-Type": "application/octet-stream"})


def test_a_whole_report_becomes_a_case_with_its_cybertipline_fields(home):
    keys = make_platform(home)
    image = encoded(noise_image(7))
    with TestClient(create_app(home)) as client:
        opened = open_report(client, keys, FULL, key="report-0001-abcdef")
        assert opened.status_code == 201 and opened.json()["status"] == "open"
        report_id = opened.json()["reportId"]
        state = upload(client, keys, report_id, image, "evidence.png", chunk=len(image) // 3 + 1)
        assert state["status"] == "sealed" and len(state["chunkSha256"]) == 3
        details = client.put(
            f"/api/v1/platform/reports/{report_id}/files/{state['fileId']}/details",
            headers=keys.auth, json={"originalFileName": "IMG_0042.png", "publiclyAvailable": False,
                                     "fileViewedByEsp": True, "fileAnnotations": ["viral"]})
        assert details.json()["details"]["originalFileName"] == "IMG_0042.png"
        finished = client.post(f"/api/v1/platform/reports/{report_id}/finish", headers=keys.auth)
        assert finished.status_code == 200, finished.text
        assert finished.json()["status"] == "received" and finished.json()["caseCode"]
        again = client.post(f"/api/v1/platform/reports/{report_id}/finish", headers=keys.auth)
        assert again.json()["caseCode"] == finished.json()["caseCode"] and again.json()["replayed"]
    with transaction(home.sessions) as session:
        case = session.scalar(select(Case).where(Case.case_code == finished.json()["caseCode"]))
        report = session.scalar(select(Report).where(Report.case_id == case.id))
        assert report.reporter_kind == "platform" and report.child_age == 12
        assert report.child_country == "CA" and report.child_ips == ["198.51.100.23"]
        assert "asked the child to meet" in report.about
        assert case.urgency in ("high", "immediate") and "potential_meetup" in case.annotations
        names = {a.filename: a for a in session.scalars(select(Attachment).where(
            Attachment.report_id == report.id))}
        assert set(names) == {"chat-1.json", "evidence.png"}
        assert names["evidence.png"].blob_sha256 == hashlib.sha256(image).hexdigest()
        assert home.blobs.read(names["evidence.png"].blob_sha256) == image
        assert session.scalar(select(CustodyEvent).where(
            CustodyEvent.attachment_id == names["evidence.png"].id)).action == "store"
        chat = session.scalar(select(ConversationRow).where(ConversationRow.report_id == report.id,
                                                            ConversationRow.attachment_id.is_not(None)))
        assert chat.format == "platform_chat" and chat.child_participant == "maya_k"
        assert {h.category for h in chat.hits} >= {"age_probe", "secrecy"}
        sightings = {(s.kind, s.value) for s in session.scalars(select(IdentifierSighting).where(
            IdentifierSighting.report_id == report.id))}
        assert ("platform_user_id", "8812734") in sightings and ("ip", "203.0.113.7") in sightings


def test_an_upload_resumes_and_every_retry_is_idempotent(home):
    keys = make_platform(home)
    data = encoded(noise_image(3))
    with TestClient(create_app(home)) as client:
        first = open_report(client, keys, key="same-key-0000000001")
        assert open_report(client, keys, key="same-key-0000000001").json()["reportId"] == \
            first.json()["reportId"]
        other = dict(REPORT, additionalInfo="another body")
        conflict = open_report(client, keys, other, key="same-key-0000000001")
        assert conflict.status_code == 422 and "Idempotency-Key" in conflict.json()["detail"]
        report_id = first.json()["reportId"]
        start = {"filename": "a.png", "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        file_id = client.post(f"/api/v1/platform/reports/{report_id}/files", headers=keys.auth,
                              json=start).json()["fileId"]
        assert client.post(f"/api/v1/platform/reports/{report_id}/files", headers=keys.auth,
                           json=start).json()["fileId"] == file_id
        half = len(data) // 2
        assert _chunk(client, keys, report_id, file_id, 0, data[:half]).json()["received"] == half
        # The connection dropped: ask where it stands, resend the same chunk, then go on.
        where = client.get(f"/api/v1/platform/reports/{report_id}/files/{file_id}",
                           headers=keys.auth).json()
        assert where["received"] == half and where["status"] == "uploading"
        assert _chunk(client, keys, report_id, file_id, 0, data[:half]).json()["received"] == half
        changed = _chunk(client, keys, report_id, file_id, 0, b"x" * half)
        assert changed.status_code == 409 and f"continue at {half}" in changed.json()["detail"]
        gap = _chunk(client, keys, report_id, file_id, half + 10, data[half + 10:])
        assert gap.status_code == 409 and f"expected {half}" in gap.json()["detail"]
        corrupt = _chunk(client, keys, report_id, file_id, half, data[half:], "0" * 64)
        assert corrupt.status_code == 422 and "SHA-256" in corrupt.json()["detail"]
        done = _chunk(client, keys, report_id, file_id, half, data[half:])
        assert done.json()["status"] == "sealed" and done.json()["received"] == len(data)
        assert _chunk(client, keys, report_id, file_id, half, data[half:]).status_code == 200


def test_a_file_whose_whole_hash_differs_starts_again_from_zero(home):
    keys = make_platform(home)
    data = b"not the declared bytes" * 100
    with TestClient(create_app(home)) as client:
        report_id = open_report(client, keys).json()["reportId"]
        file_id = client.post(f"/api/v1/platform/reports/{report_id}/files", headers=keys.auth,
                              json={"filename": "f.bin", "size": len(data),
                                    "sha256": "ab" * 32}).json()["fileId"]
        answer = _chunk(client, keys, report_id, file_id, 0, data)
        assert answer.status_code == 422 and "from offset 0" in answer.json()["detail"]
        state = client.get(f"/api/v1/platform/reports/{report_id}/files/{file_id}",
                           headers=keys.auth).json()
        assert state["received"] == 0 and state["status"] == "uploading"
        finish = client.post(f"/api/v1/platform/reports/{report_id}/finish", headers=keys.auth)
        assert finish.status_code == 409 and file_id in finish.json()["detail"]


def test_retract_withdraws_an_open_report_and_a_finished_one_stays(home):
    keys = make_platform(home)
    with TestClient(create_app(home)) as client:
        report_id = open_report(client, keys).json()["reportId"]
        upload(client, keys, report_id, b"half a file", "f.bin", chunk=4)
        retracted = client.post(f"/api/v1/platform/reports/{report_id}/retract", headers=keys.auth)
        assert retracted.json()["status"] == "retracted"
        assert not list(home.settings.uploads_dir.iterdir())
        assert client.post(f"/api/v1/platform/reports/{report_id}/retract",
                           headers=keys.auth).status_code == 200
        assert client.post(f"/api/v1/platform/reports/{report_id}/finish",
                           headers=keys.auth).status_code == 409
        done = open_report(client, keys).json()["reportId"]
        client.post(f"/api/v1/platform/reports/{done}/finish", headers=keys.auth)
        refused = client.post(f"/api/v1/platform/reports/{done}/retract", headers=keys.auth)
        assert refused.status_code == 409 and "only an open report" in refused.json()["detail"]
    with transaction(home.sessions) as session:
        assert session.scalar(select(Case.id).join(Report).where(
            Report.idempotency_key == f"platform {report_id}")) is None


def test_an_unfinished_report_expires_and_says_so(home):
    keys = make_platform(home)
    clock = [now()]
    with TestClient(create_app(home, clock=lambda: clock[0])) as client:
        report_id = open_report(client, keys).json()["reportId"]
        file_id = client.post(f"/api/v1/platform/reports/{report_id}/files", headers=keys.auth,
                              json={"filename": "f.bin", "size": 10,
                                    "sha256": hashlib.sha256(b"0123456789").hexdigest()}
                              ).json()["fileId"]
        _chunk(client, keys, report_id, file_id, 0, b"01234")
        clock[0] += timedelta(hours=24, seconds=1)
        late = _chunk(client, keys, report_id, file_id, 5, b"56789")
        assert late.status_code == 410 and "expired unfinished" in late.json()["detail"]
        state = client.get(f"/api/v1/platform/reports/{report_id}", headers=keys.auth).json()
        assert state["status"] == "expired" and "Open a new report" in state["message"]
        assert not list(home.settings.uploads_dir.iterdir())


def test_expire_due_sweeps_every_late_report(home):
    from tipline.platform_api.lifecycle import expire_due

    keys = make_platform(home)
    with TestClient(create_app(home)) as client:
        ids = {open_report(client, keys).json()["reportId"] for _ in range(3)}
    assert expire_due(home, now()) == []
    assert set(expire_due(home, now() + timedelta(hours=25))) == ids


def test_another_platforms_report_is_not_found(home):
    mine, theirs = make_platform(home, "Mine"), make_platform(home, "Theirs")
    with TestClient(create_app(home)) as client:
        report_id = open_report(client, mine).json()["reportId"]
        for method, path in (("get", ""), ("post", "/finish"), ("post", "/retract")):
            answer = getattr(client, method)(f"/api/v1/platform/reports/{report_id}{path}",
                                             headers=theirs.auth)
            assert answer.status_code == 404, (method, path)


@pytest.mark.parametrize("body, where", [
    ({"reportedPerson": {}}, "incidentSummary"),
    ({**REPORT, "victim": {"age": 12, "country": "Canada"}}, "country"),
    ({**REPORT, "reportedPerson": {"ipCaptureEvents": [{"ipAddress": "999.1.1.1"}]}},
     "ipAddress"),
    ({**REPORT, "incidentSummary": {"incidentType": "online_enticement",
                                    "escalateToHighPriority": ""}}, "escalateToHighPriority"),
    ({**REPORT, "unknownField": 1}, "unknownField"),
    ({**REPORT, "reportedPerson": {"screenNames": ["dark\x00wolf"]}}, "NUL"),
])
def test_a_bad_field_is_named(sqlite_home, body, where):
    keys = make_platform(sqlite_home)
    with TestClient(create_app(sqlite_home)) as client:
        answer = open_report(client, keys, body)
    assert answer.status_code == 422 and where in answer.text


def test_a_report_that_joins_an_escalated_bundle_is_told_in_review(home):
    from tipline import casework
    from tipline.auth.accounts import create_user

    keys = make_platform(home)
    data = encoded(noise_image(12))
    with TestClient(create_app(home)) as client:
        first = open_report(client, keys).json()["reportId"]
        upload(client, keys, first, data)
        code = client.post(f"/api/v1/platform/reports/{first}/finish",
                           headers=keys.auth).json()["caseCode"]
        with transaction(home.sessions) as session:
            user, _, _ = create_user(session, username="ana", role="supervisor", now=now(),
                                     must_change_password=False)
            case = session.scalar(select(Case).where(Case.case_code == code))
            casework.claim(session, case, user, now())
            casework.escalate(session, case, user, "needs a supervisor's eye", now())
        second = open_report(client, keys).json()["reportId"]
        upload(client, keys, second, data)
        finished = client.post(f"/api/v1/platform/reports/{second}/finish", headers=keys.auth)
        assert finished.status_code == 200 and finished.json()["caseCode"] == code
        assert finished.json()["status"] == "in_review"
        assert client.get(f"/api/v1/platform/reports/{first}",
                          headers=keys.auth).json()["status"] == "in_review"


def test_the_public_api_cannot_take_a_platform_reports_intake_key(home):
    keys = make_platform(home)
    with TestClient(create_app(home)) as client:
        report_id = open_report(client, keys).json()["reportId"]
        squat = client.post("/api/v1/reports", json={"about": "x"},
                            headers={"Idempotency-Key": f"platform {report_id}"})
        assert squat.status_code == 422
        assert client.post(f"/api/v1/platform/reports/{report_id}/finish",
                           headers=keys.auth).status_code == 200


def test_inline_chats_count_towards_the_file_limit_when_opening(sqlite_home):
    keys = make_platform(sqlite_home)
    chat = {"messages": [{"sender": "a", "text": "hi"}]}
    with TestClient(create_app(sqlite_home)) as client:
        report_id = open_report(client, keys, {**REPORT, "chat": [chat] * 10}).json()["reportId"]
        refused = client.post(f"/api/v1/platform/reports/{report_id}/files", headers=keys.auth,
                              json={"filename": "f", "size": 1, "sha256": "0" * 64})
    assert refused.status_code == 422 and "inline chats counted" in refused.json()["detail"]


def test_a_lone_surrogate_or_a_json_variant_type_is_refused_cleanly(sqlite_home):
    keys = make_platform(sqlite_home)
    with TestClient(create_app(sqlite_home)) as client:
        surrogate = client.post("/api/v1/platform/reports", headers={
            **keys.auth, "Content-Type": "application/json"},
            content=b'{"incidentSummary": {"incidentType": "csam"}, "additionalInfo": "\\ud800"}')
        assert surrogate.status_code in (201, 422)
        big = b'{"incidentSummary": {"incidentType": "csam"}, "additionalInfo": "' + \
            b"x" * (2 * 1024 * 1024) + b'"}'
        variant = client.post("/api/v1/platform/reports", content=big, headers={
            **keys.auth, "Content-Type": "application/vnd.api+json"})
        assert variant.status_code == 413


def test_file_details_reach_the_analyst(home):
    keys = make_platform(home)
    with TestClient(create_app(home)) as client:
        report_id = open_report(client, keys).json()["reportId"]
        state = upload(client, keys, report_id, encoded(noise_image(2)), "e.png")
        client.put(f"/api/v1/platform/reports/{report_id}/files/{state['fileId']}/details",
                   headers=keys.auth, json={"originalFileName": "IMG_7.png",
                                            "fileAnnotations": ["infant"],
                                            "ipCaptureEvent": {"ipAddress": "192.0.2.9",
                                                               "eventName": "Upload"}})
        code = client.post(f"/api/v1/platform/reports/{report_id}/finish",
                           headers=keys.auth).json()["caseCode"]
    with transaction(home.sessions) as session:
        about = session.scalar(select(Report.about).join(Case).where(Case.case_code == code))
    assert "File e.png: original name IMG_7.png" in about and "annotations infant" in about
    assert "uploaded from 192.0.2.9, Upload" in about
    assert "203.0.113.7 port 443, Login" in about  # the reported person's capture event


def test_opens_racing_with_one_key_open_one_report(home):
    import threading

    from tipline.platform_api.keys import Caller
    from tipline.platform_api.lifecycle import open_report as open_directly
    from tipline.platform_api.schemas import PlatformReportIn

    keys = make_platform(home)
    caller = Caller(keys.platform_id, keys.api_key.split("_")[1], ("reports:write",))
    document = PlatformReportIn.model_validate(REPORT)
    barrier, ids, failures = threading.Barrier(6), [], []

    def open_one():
        barrier.wait()
        try:
            ids.append(open_directly(home, caller, document, "racing-key-000000001", now())
                       .report_id)
        except Exception as error:  # noqa: BLE001 - the test reports any
            failures.append(repr(error))

    threads = [threading.Thread(target=open_one) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures and len(ids) == 6 and len(set(ids)) == 1


def test_an_oversized_json_body_sent_in_chunks_is_413(sqlite_home):
    keys = make_platform(sqlite_home)

    def chunks():
        yield b'{"incidentSummary": {"incidentType": "csam"}, "additionalInfo": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    with TestClient(create_app(sqlite_home)) as client:
        answer = client.post("/api/v1/platform/reports", content=chunks(), headers={
            **keys.auth, "Content-Type": "application/json"})
    assert answer.status_code == 413 and "limit" in answer.json()["detail"]


def _half_uploaded(client, keys, data: bytes) -> tuple[str, str]:
    """A new report with ``data`` announced and its first half received: (report, file)."""
    report_id = open_report(client, keys).json()["reportId"]
    file_id = client.post(f"/api/v1/platform/reports/{report_id}/files", headers=keys.auth,
                          json={"filename": "f.bin", "size": len(data),
                                "sha256": hashlib.sha256(data).hexdigest()}).json()["fileId"]
    assert _chunk(client, keys, report_id, file_id, 0, data[:len(data) // 2]).status_code == 200
    return report_id, file_id


def test_chunks_waiting_for_the_rest_are_encrypted_and_rotation_rewraps_them(home):
    from tipline.crypto.keyring import Keyring
    from tipline.crypto.rotate import rotate

    keys = make_platform(home)
    data = b"ferry-timetable-quokka " * 400  # words that must not sit on disk in clear
    half = len(data) // 2
    with TestClient(create_app(home)) as client:
        report_id, file_id = _half_uploaded(client, keys, data)
        waiting = [p for p in home.settings.uploads_dir.rglob("*") if p.is_file()]
        assert len(waiting) == 1
        assert b"quokka" not in waiting[0].read_bytes()
        old = home.keyring.current
        rotated = rotate(home, wait=0)
        assert rotated.retired == [old] and rotated.blobs >= 1
        assert Keyring(home.keyring.path).key_id_of(waiting[0].read_bytes()) == rotated.new_key
        # The rest arrives under the new key only; the whole file seals and reads back.
        last = _chunk(client, keys, report_id, file_id, half, data[half:])
        assert last.status_code == 200 and last.json()["status"] == "sealed"
    assert not list(home.settings.uploads_dir.iterdir())
    assert home.blobs.read(hashlib.sha256(data).hexdigest()) == data


def test_chunks_lost_before_a_commit_restart_the_upload_instead_of_failing_for_good(home):
    """A crash after a seal deleted chunks but before its commit, or a file left by an older
    version (one clear .part): the next chunk is refused 422 with the upload reset to 0, and
    the file then uploads whole."""
    import shutil

    keys = make_platform(home)
    data = b"lost-and-found " * 300
    half = len(data) // 2
    with TestClient(create_app(home)) as client:
        report_id, file_id = _half_uploaded(client, keys, data)
        shutil.rmtree(home.settings.uploads_dir / file_id)  # what the crash took
        legacy = home.settings.uploads_dir / f"{file_id}.part"
        legacy.write_bytes(data[:half])
        lost = _chunk(client, keys, report_id, file_id, half, data[half:])
        assert lost.status_code == 422 and "from offset 0" in lost.json()["detail"]
        assert not legacy.exists()  # the clear copy of an older version went with it
        assert _chunk(client, keys, report_id, file_id, 0, data[:half]).status_code == 200
        last = _chunk(client, keys, report_id, file_id, half, data[half:])
        assert last.status_code == 200 and last.json()["status"] == "sealed"
    assert home.blobs.read(hashlib.sha256(data).hexdigest()) == data
