"""Intake over the API: receipts after commit, idempotency, keyed PINs, lockout and limits."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tipline.store.tables import Case, Report
from tipline.web.app import create_app

REPORT = {
    "reporter": "self",
    "about": "someone on a game asked how old i am and wants to meet tomorrow after school",
    "incident_type": "online_enticement",
    "child": {"age": 12, "country": "ca"},
    "reported_person": [{"kind": "username", "value": "dark_wolf.77", "platform": "instagram"}],
}


@pytest.fixture
def client(home):
    with TestClient(create_app(home)) as test_client:
        yield test_client


def test_a_json_report_gets_a_receipt_that_is_already_committed(client, home):
    answer = client.post("/api/v1/reports", json=REPORT)
    assert answer.status_code == 201, answer.text
    receipt = answer.json()
    assert receipt["case_code"].startswith("TL-") and len(receipt["pin"]) == 6
    assert receipt["pin"].isdigit()
    # A fresh session (another connection) sees the case: the receipt came after the commit.
    with home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == receipt["case_code"]))
        assert case is not None
        assert case.child_country == "CA"
        assert case.reports[0].identifiers[0].value == "dark_wolf.77"


def test_the_pin_is_stored_only_as_a_keyed_hash(client, home):
    receipt = client.post("/api/v1/reports", json=REPORT).json()
    with home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == receipt["case_code"]))
        row_values = [str(getattr(case, c.key)) for c in Case.__table__.columns]
    assert receipt["pin"] not in row_values
    assert len(case.pin_hash) == 64
    import hashlib
    assert case.pin_hash != hashlib.sha256(receipt["pin"].encode()).hexdigest()


def test_same_idempotency_key_and_body_return_the_same_report(client, home):
    headers = {"Idempotency-Key": "retry-1-6f1c2d8e9a"}
    first = client.post("/api/v1/reports", json=REPORT, headers=headers)
    second = client.post("/api/v1/reports", json=REPORT, headers=headers)
    assert first.status_code == 201 and second.status_code == 200
    assert first.json()["case_code"] == second.json()["case_code"]
    assert first.json()["pin"] == second.json()["pin"]
    assert second.json()["replayed"] is True
    with home.sessions() as session:
        assert len(session.scalars(select(Report)).all()) == 1


def test_same_idempotency_key_with_another_body_gets_422(client):
    headers = {"Idempotency-Key": "retry-2-6f1c2d8e9a"}
    assert client.post("/api/v1/reports", json=REPORT, headers=headers).status_code == 201
    other = dict(REPORT, about="something else entirely")
    answer = client.post("/api/v1/reports", json=other, headers=headers)
    assert answer.status_code == 422
    assert "Idempotency-Key" in answer.json()["detail"]


def test_multipart_report_with_attachments_seals_them(client, home):
    chat = b"12/03/2026, 19:02 - Sam: hey\n12/03/2026, 19:03 - Kid: hi\n"
    answer = client.post(
        "/api/v1/reports",
        data={"report": json.dumps({"about": "see chat", "child": {"name_in_chat": "Kid"}})},
        files=[("attachments", ("chat.txt", chat, "text/plain")),
               ("attachments", ("noise.bin", b"\x00\x01\x02", "application/octet-stream"))],
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["attachments"] == 2
    with home.sessions() as session:
        report = session.scalar(select(Report))
        names = [a.filename for a in report.attachments]
        assert names == ["chat.txt", "noise.bin"]
        assert len(report.conversations[0].messages) == 2  # the chat was parsed
        import hashlib
        sha = hashlib.sha256(chat).hexdigest()
        assert home.blobs.read(sha) == chat
        stored = (home.settings.blob_dir / sha).read_bytes()  # encrypted at rest
        assert stored.startswith(b"TB1") and b"Kid: hi" not in stored


def test_a_field_error_names_the_field(client):
    answer = client.post("/api/v1/reports", json={"child": {"age": "twelve"}})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][-2:] == ["child", "age"]
    answer = client.post("/api/v1/reports", json={"surprise": 1})
    assert answer.status_code == 422 and "surprise" in json.dumps(answer.json())


def test_too_many_attachments_is_422_naming_the_limit(client, home):
    files = [("attachments", (f"f{i}.bin", b"x%d" % i, "application/octet-stream"))
             for i in range(home.settings.max_attachments + 1)]
    answer = client.post("/api/v1/reports", data={"report": "{}"}, files=files)
    assert answer.status_code == 422
    assert "too many attachments" in answer.text and str(home.settings.max_attachments) in \
        answer.text


def test_an_oversized_attachment_is_413_naming_the_limit(home):
    home.settings.max_attachment_bytes = 1000
    with TestClient(create_app(home)) as client:
        answer = client.post("/api/v1/reports", data={"report": "{}"},
                             files=[("attachments", ("big.bin", b"x" * 1001, "text/plain"))])
    assert answer.status_code == 413
    assert "big.bin" in answer.text and "1000 bytes" in answer.text


def test_an_oversized_json_body_is_413_naming_the_limit(client, home):
    answer = client.post("/api/v1/reports", content=b'{"about": "' + b"a" * (2 << 20) + b'"}',
                         headers={"content-type": "application/json"})
    assert answer.status_code == 413
    assert str(home.settings.max_json_bytes) in answer.text


def test_status_by_code_and_pin_and_lockout_after_ten_wrong_pins(client):
    receipt = client.post("/api/v1/reports", json=REPORT).json()
    code, pin = receipt["case_code"], receipt["pin"]
    ok = client.post("/api/v1/status", json={"case_code": code.lower(), "pin": pin})
    assert ok.status_code == 200 and ok.json()["status"] == "received"
    wrong = f"{(int(pin) + 1) % 1_000_000:06d}"
    for _ in range(9):
        assert client.post("/api/v1/status",
                           json={"case_code": code, "pin": wrong}).status_code == 404
    # a right PIN before the tenth failure still works and resets nothing it should not
    assert client.post("/api/v1/status", json={"case_code": code, "pin": pin}).status_code == 200
    for _ in range(10):
        client.post("/api/v1/status", json={"case_code": code, "pin": wrong})
    locked = client.post("/api/v1/status", json={"case_code": code, "pin": pin})
    assert locked.status_code == 423


def test_unknown_case_code_and_wrong_pin_answer_alike(client):
    receipt = client.post("/api/v1/reports", json=REPORT).json()
    a = client.post("/api/v1/status", json={"case_code": "TL-0000-0000", "pin": "123456"})
    b = client.post("/api/v1/status", json={"case_code": receipt["case_code"], "pin": "x"})
    assert a.status_code == b.status_code == 404
    assert a.json() == b.json()


def test_every_answer_carries_a_strict_content_security_policy(client):
    answer = client.get("/help")
    csp = answer.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert answer.headers["cache-control"] == "no-store"
    assert "set-cookie" not in answer.headers


def test_an_empty_report_is_refused_naming_what_is_missing(client):
    answer = client.post("/api/v1/reports", json={})
    assert answer.status_code == 422
    assert "about" in answer.json()["detail"] and "attachment" in answer.json()["detail"]


def test_what_the_reporter_says_happened_keeps_a_case_out_of_routine(client):
    receipt = client.post("/api/v1/reports", json={
        "incident_type": "online_enticement", "child": {"age_band": "under_13"}}).json()
    with client.app.state.home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == receipt["case_code"]))
    assert case.urgency == "high" and case.risk == "grooming"


def test_the_openapi_document_is_complete(client):
    document = client.get("/api/openapi.json").json()
    schemas = document["components"]["schemas"]
    assert {"ReportCreate", "ChildIn", "IdentifierIn", "Receipt"} <= set(schemas)

    def refs(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    yield value
                else:
                    yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    for ref in refs(document):
        assert ref.removeprefix("#/components/schemas/") in schemas, ref


@pytest.mark.parametrize("key", ["short", "x" * 201, "has spaces in it 123456"])
def test_a_guessable_or_malformed_idempotency_key_is_refused(client, key):
    answer = client.post("/api/v1/reports", json=REPORT, headers={"Idempotency-Key": key})
    assert answer.status_code == 422 and "Idempotency-Key" in answer.json()["detail"]


def test_a_nul_character_in_a_field_is_refused_naming_the_field(client):
    answer = client.post("/api/v1/reports", json={"about": "a\u0000b"})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][-1] == "about"
    assert "NUL" in answer.text


def test_a_nul_character_inside_a_chat_export_is_kept_sealed_and_shown_safely(client, home):
    chat = b"12/03/2026, 19:02 - Sam: hey\x00there\n12/03/2026, 19:03 - Kid: hi\n"
    answer = client.post("/api/v1/reports", data={"report": '{"about": "chat"}'},
                         files=[("attachments", ("chat.txt", chat, "text/plain"))])
    assert answer.status_code == 201, answer.text
    with home.sessions() as session:
        texts = [m.text for m in session.scalar(select(Report)).conversations[0].messages]
    assert texts[0] == "hey\ufffdthere"


def test_an_unexpected_error_answers_500_with_the_security_headers(home):
    app = create_app(home)

    @app.get("/boom")
    def boom():
        raise RuntimeError("a bug")

    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.get("/boom")
    assert answer.status_code == 500
    assert "Traceback" not in answer.text and "a bug" not in answer.text
    assert "script-src 'self'" in answer.headers["content-security-policy"]


def test_a_whatsapp_zip_export_is_sealed_whole_and_its_chat_parsed(client, home):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("_chat.txt", "[12/03/2026, 19:02:11] Sam: how old r u\r\n"
                                      "[12/03/2026, 19:03:40] Kid: 12\r\n"
                                      "[12/03/2026, 19:04:05] Sam: \u200e<attached: "
                                      "00000003-PHOTO-2026-03-12-19-04-05.jpg>\r\n")
        archive.writestr("00000003-PHOTO-2026-03-12-19-04-05.jpg", b"\xff\xd8\xff generated")
    data = buffer.getvalue()
    answer = client.post("/api/v1/reports", data={"report": '{"about": "zip"}'},
                         files=[("attachments", ("WhatsApp Chat - Sam.zip", data,
                                                 "application/zip"))])
    assert answer.status_code == 201, answer.text
    assert answer.json()["warnings"] == []
    with home.sessions() as session:
        report = session.scalar(select(Report))
        assert report.attachments[0].size == len(data)
        chat = next(c for c in report.conversations if c.format != "narrative")
        assert [m.sender for m in chat.messages] == ["Sam", "Kid", "Sam"]
        assert chat.messages[2].attachments[0]["name"].endswith(
            "00000003-PHOTO-2026-03-12-19-04-05.jpg")
        # The photo inside the zip is sealed on its own, derived from the sealed zip.
        photo = report.attachments[1]
        assert photo.filename.endswith("00000003-PHOTO-2026-03-12-19-04-05.jpg")
        assert photo.derived_from_id == report.attachments[0].id
        assert photo.media_type == "image/jpeg"
        import hashlib
        assert photo.blob_sha256 == hashlib.sha256(b"\xff\xd8\xff generated").hexdigest()
        from tipline.store.tables import CustodyEvent
        actions = [e.action for e in session.scalars(
            select(CustodyEvent).where(CustodyEvent.attachment_id == photo.id))]
        assert actions == ["extract"]


def test_a_reported_incident_type_ranks_at_the_risk_threshold_even_when_the_text_says_little(client, home):
    report = {"reporter": "self", "about": "someone online", "incident_type": "sextortion",
              "child": {"age": 13}}
    receipt = client.post("/api/v1/reports", json=report).json()
    with home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == receipt["case_code"]))
        assert case.risk == "sextortion" and case.urgency == "high"
        assert case.risk_score >= 0.5
