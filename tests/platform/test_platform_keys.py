"""Keys: issued by `tipline platform add --json`, stored hashed, scoped, rotatable, revocable;
every call rate limited per key (429 with Retry-After) and audited."""

from __future__ import annotations

import json
from datetime import timedelta

from fastapi.testclient import TestClient
from platform_support import REPORT, make_platform, open_report
from sqlalchemy import select

from support import cli_env, now, run_cli
from tipline import audit
from tipline.home import open_home
from tipline.platform_api.keys import check_key, revoke_key, rotate_key
from tipline.settings import Settings
from tipline.store.db import transaction
from tipline.store.tables import AuditEntry, PlatformApiKey
from tipline.web.app import create_app


def test_platform_add_prints_a_working_api_key_and_webhook_secret(tmp_path):
    env = cli_env(tmp_path / "home")
    printed = json.loads(run_cli("platform", "add", "Demo Games", "--json", env=env).stdout)
    assert printed["api_key"].startswith("tpk_") and len(printed["webhook_secret"]) == 64
    home = open_home(Settings(home=tmp_path / "home"))
    try:
        with transaction(home.sessions) as session:
            row = session.scalar(select(PlatformApiKey))
            secret = printed["api_key"].split("_", 2)[2]
            assert row.secret_sha256 != secret and secret not in json.dumps(row.scopes)
            assert check_key(session, printed["api_key"], now()).platform_id == "demo-games"
        database = (tmp_path / "home" / "tipline.db").read_bytes()
        assert secret.encode() not in database  # only its hash is stored
        with TestClient(create_app(home)) as client:
            answer = client.post("/api/v1/platform/reports", json=REPORT,
                                 headers={"Authorization": f"Bearer {printed['api_key']}"})
        assert answer.status_code == 201
    finally:
        home.close()


def test_no_key_a_wrong_key_or_a_revoked_key_is_401(home):
    keys = make_platform(home)
    with TestClient(create_app(home)) as client:
        assert client.post("/api/v1/platform/reports", json=REPORT).status_code == 401
        wrong = keys.api_key[:-4] + ("AAAA" if not keys.api_key.endswith("AAAA") else "BBBB")
        answer = client.post("/api/v1/platform/reports", json=REPORT,
                             headers={"Authorization": f"Bearer {wrong}"})
        assert answer.status_code == 401 and answer.headers["www-authenticate"].startswith("Bearer")
        assert open_report(client, keys).status_code == 201
        with transaction(home.sessions) as session:
            revoke_key(session, keys.api_key.split("_")[1], now())
        assert open_report(client, keys).status_code == 401


def test_a_rotated_key_works_until_its_grace_ends_and_the_new_one_at_once(home):
    keys = make_platform(home)
    clock = [now()]
    with transaction(home.sessions) as session:
        new_key, until = rotate_key(session, keys.api_key.split("_")[1], clock[0],
                                    timedelta(hours=2))
    assert until == clock[0] + timedelta(hours=2)
    with TestClient(create_app(home, clock=lambda: clock[0])) as client:
        assert open_report(client, keys).status_code == 201
        new = {"Authorization": f"Bearer {new_key}"}
        assert client.post("/api/v1/platform/reports", json=REPORT, headers=new).status_code == 201
        clock[0] += timedelta(hours=2, seconds=1)
        assert open_report(client, keys).status_code == 401
        assert client.post("/api/v1/platform/reports", json=REPORT, headers=new).status_code == 201


def test_a_read_only_key_cannot_file(home):
    keys = make_platform(home, scopes=("reports:read",))
    with TestClient(create_app(home)) as client:
        answer = open_report(client, keys)
    assert answer.status_code == 403 and "reports:write" in answer.json()["detail"]


def test_each_key_has_its_own_rate_limit_answered_429_with_retry_after(tmp_path):
    home = open_home(Settings(home=tmp_path / "home", platform_rate_limit="3/minute"))
    try:
        first, second = make_platform(home, "First"), make_platform(home, "Second")
        with TestClient(create_app(home)) as client:
            answers = [open_report(client, first).status_code for _ in range(4)]
            assert answers == [201, 201, 201, 429]
            limited = open_report(client, first)
            assert limited.status_code == 429
            assert 1 <= int(limited.headers["retry-after"]) <= 60
            assert open_report(client, second).status_code == 201
    finally:
        home.close()


def test_every_platform_call_is_audited_with_its_key(home):
    keys = make_platform(home)
    with TestClient(create_app(home)) as client:
        report_id = open_report(client, keys).json()["reportId"]
        client.get(f"/api/v1/platform/reports/{report_id}", headers=keys.auth)
        client.post(f"/api/v1/platform/reports/{report_id}/retract", headers=keys.auth)
        client.get("/api/v1/platform/webhook/deliveries", headers=keys.auth)
    with transaction(home.sessions) as session:
        entries = list(session.scalars(select(AuditEntry).where(
            AuditEntry.actor == f"platform:{keys.platform_id}").order_by(AuditEntry.id)))
        assert [e.action for e in entries] == [
            "platform.report_opened", "platform.report_read", "platform.report_retracted",
            "platform.webhook_log_read"]
        assert {e.detail["key"] for e in entries} == {keys.api_key.split("_")[1]}
        assert audit.verify(session).broken_at is None
