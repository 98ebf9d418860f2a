"""Status back: a signed webhook on each status change (a real receiver on loopback), retried
with exponential backoff and logged; GET for a report's status."""

from __future__ import annotations

import json
from datetime import timedelta

from fastapi.testclient import TestClient
from platform_support import make_platform, open_report, webhook_receiver
from sqlalchemy import select

from support import now
from tipline import casework
from tipline.auth.accounts import create_user
from tipline.platform_api.webhooks import deliver_due, sign, verify_signature
from tipline.store.db import transaction
from tipline.store.tables import Case, WebhookDelivery
from tipline.web.app import create_app


def _finish(client, keys) -> dict:
    report_id = open_report(client, keys).json()["reportId"]
    return client.post(f"/api/v1/platform/reports/{report_id}/finish", headers=keys.auth).json()


def _analyst(home):
    with transaction(home.sessions) as session:
        user, _, _ = create_user(session, username="ana", role="analyst", now=now(),
                                 must_change_password=False)
        return user.id


def _act(home, case_code, action):
    from tipline.store.tables import User

    with transaction(home.sessions) as session:
        case = session.scalar(select(Case).where(Case.case_code == case_code))
        action(session, case, session.scalar(select(User).where(User.username == "ana")))


def test_each_status_change_is_posted_signed_and_the_report_says_it_too(home):
    with webhook_receiver() as receiver:
        keys = make_platform(home, webhook_url=receiver.url)
        _analyst(home)
        with TestClient(create_app(home)) as client:
            finished = _finish(client, keys)
            _act(home, finished["caseCode"], lambda s, c, u: casework.claim(s, c, u, now()))
            _act(home, finished["caseCode"], lambda s, c, u: casework.refer(
                s, c, u, "ca-rcmp-nc3", "the child lives in Canada", now()))
            _act(home, finished["caseCode"], lambda s, c, u: casework.close(
                s, c, u, "referred_to_police", "", False, now()))
            counts = deliver_due(home, now())
            state = client.get(f"/api/v1/platform/reports/{finished['reportId']}",
                               headers=keys.auth).json()
        assert counts == {"delivered": 4, "retrying": 0, "failed": 0}
        assert state["status"] == "closed"
        told = []
        for headers, body in receiver.calls:
            assert verify_signature(keys.webhook_secret, headers["tipline-signature"], body)
            assert not verify_signature(keys.webhook_secret, headers["tipline-signature"],
                                        body + b" ")
            payload = json.loads(body)
            assert payload["reportId"] == finished["reportId"]
            assert payload["caseCode"] == finished["caseCode"]
            told.append((payload["previousStatus"], payload["status"]))
        assert told == [("open", "received"), ("received", "in_review"),
                        ("in_review", "referred"), ("referred", "closed")]


def test_a_failing_receiver_is_retried_with_backoff_and_every_try_logged(tmp_path):
    from tipline.home import open_home
    from tipline.settings import Settings

    home = open_home(Settings(home=tmp_path / "home", webhook_backoff_seconds=10,
                              webhook_max_attempts=4))
    try:
        with webhook_receiver() as receiver:
            keys = make_platform(home, webhook_url=receiver.url)
            receiver.fail_next = 2
            start = now()
            with TestClient(create_app(home, clock=lambda: start)) as client:
                _finish(client, keys)
            assert deliver_due(home, start)["retrying"] == 1
            with transaction(home.sessions) as session:
                due = session.scalar(select(WebhookDelivery)).next_attempt_at
            assert due == start + timedelta(seconds=10)
            assert deliver_due(home, start + timedelta(seconds=9)) == {
                "delivered": 0, "retrying": 0, "failed": 0}  # not due yet
            assert deliver_due(home, start + timedelta(seconds=10))["retrying"] == 1
            with transaction(home.sessions) as session:
                due = session.scalar(select(WebhookDelivery)).next_attempt_at
            assert due == start + timedelta(seconds=30)  # 10 s, then 20 s
            assert deliver_due(home, start + timedelta(seconds=30))["delivered"] == 1
            with TestClient(create_app(home)) as client:
                log = client.get("/api/v1/platform/webhook/deliveries", headers=keys.auth).json()
            assert log[0]["status"] == "delivered" and log[0]["attempts"] == 3
            assert [t["statusCode"] for t in log[0]["tries"]] == [500, 500, 204]
            assert log[0]["tries"][0]["durationMs"] >= 0
            # A receiver that never answers 2xx is given up after the last try.
            receiver.fail_next = 99
            with TestClient(create_app(home)) as client:
                _finish(client, keys)
            moment = start
            for _ in range(4):
                moment += timedelta(hours=7)
                deliver_due(home, moment)
            with transaction(home.sessions) as session:
                last = session.scalars(select(WebhookDelivery).order_by(
                    WebhookDelivery.id.desc())).first()
            assert last.status == "failed" and last.attempts == 4 and "HTTP 500" in last.last_error
    finally:
        home.close()


def test_a_receiver_that_is_down_counts_as_a_failed_try(home):
    keys = make_platform(home, webhook_url="http://127.0.0.1:9/hook")  # discard port: refused
    with TestClient(create_app(home)) as client:
        _finish(client, keys)
    assert deliver_due(home, now())["retrying"] == 1
    with transaction(home.sessions) as session:
        assert "Connect" in session.scalar(select(WebhookDelivery)).last_error


def test_a_change_that_rolls_back_announces_nothing(home):
    keys = make_platform(home, webhook_url="http://127.0.0.1:9/hook")
    _analyst(home)
    with TestClient(create_app(home)) as client:
        finished = _finish(client, keys)
    try:
        with transaction(home.sessions) as session:
            case = session.scalar(select(Case).where(Case.case_code == finished["caseCode"]))
            case.status = "in_review"
            session.flush()
            raise RuntimeError("the change fails after the flush")
    except RuntimeError:
        pass
    with transaction(home.sessions) as session:
        events = [d.payload["status"] for d in session.scalars(select(WebhookDelivery))]
    assert events == ["received"]


def test_a_signature_is_bound_to_its_time():
    body = b'{"event":"report.status_changed"}'
    header = sign("secret", body, 1_800_000_000)
    assert verify_signature("secret", header, body, now=1_800_000_100)
    assert not verify_signature("secret", header, body, now=1_800_000_400)  # replayed late
    assert not verify_signature("other", header, body, now=1_800_000_000)
    assert not verify_signature("secret", "t=x,v1=00", body)
    assert not verify_signature("secret", "t=1800000000,v1=\u00e9", body, now=1_800_000_000)
    for odd in (None, b"t=1,v1=00", "t=\u00b2,v1=00", "t=1800000000,v1=\ud800",
                header.replace("t=", "t=000")):
        assert not verify_signature("secret", odd, body, now=1_800_000_000)
