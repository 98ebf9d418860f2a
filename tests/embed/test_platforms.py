"""Platforms and their embed keys: `tipline platform add` prints the key once, `list` shows no
keys, a revoked or unknown platform has no key, `init --demo` adds the demo platform, and a
report keeps the verdict on its context (shown by `tipline case`)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from support import cli_env, now, run_cli

from tipline.embed.context import context_record, sign_context, verify_context
from tipline.embed.platforms import (
    PlatformError,
    add_platform,
    embed_key_for,
    platform_id_from_name,
    revoke_platform,
)
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.store.db import transaction
from tipline.store.tables import Report


def test_platform_add_json_prints_id_name_and_a_32_byte_embed_key(tmp_path):
    env = cli_env(tmp_path / "home")
    added = json.loads(run_cli("platform", "add", "Pixel Quest!", "--json", env=env).stdout)
    assert added["id"] == "pixel-quest" and added["name"] == "Pixel Quest!"
    assert len(bytes.fromhex(added["embed_key"])) == 32
    chosen = json.loads(run_cli("platform", "add", "Other", "--id", "pq-2", "--json",
                                env=env).stdout)
    assert chosen["id"] == "pq-2" and chosen["embed_key"] != added["embed_key"]

    listed = json.loads(run_cli("platform", "list", "--json", env=env).stdout)
    assert [p["id"] for p in listed] == ["pixel-quest", "pq-2"]
    assert all("embed_key" not in p and p["revoked_at"] is None for p in listed)

    again = run_cli("platform", "add", "Pixel Quest!", env=env, check=False)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert "revoke" in again.stderr and "Traceback" not in again.stderr
    bad = run_cli("platform", "add", "x", "--id", "Bad Id", env=env, check=False)
    assert bad.returncode == 2 and "bad platform id" in bad.stderr

    run_cli("platform", "revoke", "pixel-quest", env=env)
    listed = json.loads(run_cli("platform", "list", "--json", env=env).stdout)
    assert listed[0]["revoked_at"] is not None and listed[1]["revoked_at"] is None


def test_init_demo_adds_the_demo_platform_once(tmp_path):
    env = cli_env(tmp_path / "home")
    run_cli("init", "--demo", env=env)
    run_cli("init", "--demo", env=env)
    listed = json.loads(run_cli("platform", "list", "--json", env=env).stdout)
    assert [p["id"] for p in listed] == ["demo"]


def test_embed_key_for_gives_active_keys_only(sqlite_home):
    with transaction(sqlite_home.sessions) as session:
        platform = add_platform(session, name="Pixel Quest", now=now())
        key_hex = platform.embed_key
    assert embed_key_for(sqlite_home, "pixel-quest") == bytes.fromhex(key_hex)
    assert embed_key_for(sqlite_home, "nobody") is None
    assert embed_key_for(sqlite_home, "../x") is None
    with transaction(sqlite_home.sessions) as session:
        revoke_platform(session, "pixel-quest", now())
    assert embed_key_for(sqlite_home, "pixel-quest") is None


def test_context_from_a_revoked_platform_is_ignored(sqlite_home):
    with transaction(sqlite_home.sessions) as session:
        key = bytes.fromhex(add_platform(session, name="Pixel Quest", now=now()).embed_key)
    token = sign_context(key, {"platform": "pixel-quest"}, now())
    key_for = lambda p: embed_key_for(sqlite_home, p)
    assert verify_context(token, key_for, now()).status == "verified"
    with transaction(sqlite_home.sessions) as session:
        revoke_platform(session, "pixel-quest", now())
    assert verify_context(token, key_for, now()).status == "unknown_platform"


def test_platform_ids_come_from_names():
    assert platform_id_from_name("  Démo Games!! ") == "demo-games"
    with pytest.raises(PlatformError, match="--id"):
        platform_id_from_name("!!!")


def test_a_report_keeps_the_verdict_on_its_platform_context(home):
    with transaction(home.sessions) as session:
        key = bytes.fromhex(add_platform(session, name="Demo", platform_id="demo",
                                         now=now()).embed_key)
    key_for = lambda p: embed_key_for(home, p)
    good = sign_context(key, {"platform": "demo", "reported_account": "@dark_wolf.77"}, now())
    stale = sign_context(key, {"platform": "demo"}, now() - timedelta(days=2))
    verdicts = [verify_context(good, key_for, now()), verify_context(stale, key_for, now()),
                verify_context(None, key_for, now())]
    results = [submit_report(home, ReportCreate(about="he wants to meet"), [], via="help",
                             now=now(), platform_context=context_record(v)) for v in verdicts]
    plain = submit_report(home, ReportCreate(about="no context"), [], via="api", now=now())
    with transaction(home.sessions, write=False) as session:
        stored = [session.query(Report).filter_by(case_id=r.case_id).one().platform_context
                  for r in (*results, plain)]
    assert stored[0]["status"] == "verified"
    assert stored[0]["context"]["reported_account"] == "@dark_wolf.77"
    assert stored[1] == {"status": "expired", "note": verdicts[1].note, "context": None}
    assert stored[2]["status"] == "absent"
    assert stored[3] == {}


def test_tipline_case_json_shows_the_platform_context(tmp_path):
    from tipline.home import open_home
    from tipline.settings import Settings

    env = cli_env(tmp_path / "home")
    opened = open_home(Settings(home=tmp_path / "home"))
    try:
        receipt = submit_report(opened, ReportCreate(about="he wants to meet"), [], via="help",
                                now=now(), platform_context={
                                    "status": "bad_signature", "context": None,
                                    "note": "the signature does not match"}).receipt
    finally:
        opened.close()
    document = json.loads(run_cli("case", receipt.case_code, "--json", env=env).stdout)
    assert document["reports"][0]["platform_context"]["status"] == "bad_signature"
