"""Backups: `tipline backup` writes a consistent snapshot in which nothing is readable without
the master key; `tipline restore DIR --key-file FILE` into a fresh home (on the same or the
other database) brings back the cases, the PINs, the evidence (`tipline evidence verify`
passes) and the audit chain; a changed or incomplete backup, a wrong key or a home already in
use is refused with a clear line."""

from __future__ import annotations

import json
import shutil

import pytest

from support import PG_URL, cli_env, pg_schema_url, run_cli

CHAT = (b"12/03/2026, 18:01 - lynx_on_ice: where do you live, marmalade kettle\n"
        b"12/03/2026, 18:02 - kid: not telling\n")


def _report(env, tmp_path) -> dict:
    chat = tmp_path / "chat.txt"
    chat.write_bytes(CHAT)
    filed = run_cli("submit", "--about", "he asked where i live near the marmalade kettle",
                    "--chat", str(chat), "--json", env=env, check=False)
    assert filed.returncode == 0, filed.stderr
    return json.loads(filed.stdout)


@pytest.mark.parametrize("target", ["sqlite", "postgresql"])
def test_a_backup_restores_into_a_fresh_home(tmp_path, target):
    if target == "postgresql" and not PG_URL:
        pytest.skip("TIPLINE_TEST_DATABASE_URL is not set")
    source = cli_env(tmp_path / "source")
    receipt = _report(source, tmp_path)
    out = tmp_path / "backup"
    made = json.loads(run_cli("backup", "--out", str(out), "--json", env=source).stdout)
    assert made["blobs"] == 1 and made["rows"]["reports"] == 1
    everything = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file())
    assert b"marmalade kettle" not in everything and b"lynx_on_ice" not in everything
    assert not (out / "master.key").exists()

    key = tmp_path / "kept-elsewhere.key"
    shutil.copy(tmp_path / "source" / "master.key", key)
    with pg_schema_url() if target == "postgresql" else _nothing() as url:
        extra = {"TIPLINE_DATABASE_URL": url} if url else {}
        fresh = cli_env(tmp_path / "fresh", **extra)
        restored = run_cli("restore", str(out), "--key-file", str(key), env=fresh)
        assert "1 sealed originals" in restored.stdout
        assert "1 blobs checked, 0 failed" in run_cli("evidence", "verify", env=fresh).stdout
        assert run_cli("audit", "verify", env=fresh).returncode == 0
        queue = json.loads(run_cli("queue", "--json", env=fresh).stdout)
        assert [c["case_code"] for c in queue] == [receipt["case_code"]]
        _pin_opens(tmp_path / "fresh", url, key, receipt)  # the PIN key came back too
        again = run_cli("restore", str(out), "--key-file", str(key), env=fresh, check=False)
        assert again.returncode == 2 and "already holds" in again.stderr


def _pin_opens(home_dir, url, key, receipt) -> None:
    from datetime import UTC, datetime

    from tipline.feedback import look_up
    from tipline.home import open_home
    from tipline.settings import Settings

    from tipline.store.db import transaction

    home = open_home(Settings(home=home_dir, database_url=url))
    try:
        with transaction(home.sessions) as session:
            found = look_up(session, pin_key=home.pin_key, case_code=receipt["case_code"],
                            pin=receipt["pin"], attempt_limit=10, now=datetime.now(UTC))
        assert found.status == "received"
    finally:
        home.close()


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *_):
        return False


def test_a_damaged_backup_or_a_wrong_key_is_refused(tmp_path):
    source = cli_env(tmp_path / "source")
    _report(source, tmp_path)
    out = tmp_path / "backup"
    run_cli("backup", "--out", str(out), env=source)
    refused = run_cli("backup", "--out", str(out), env=source, check=False)
    assert refused.returncode == 2 and "not empty" in refused.stderr

    other_key = tmp_path / "other" / "master.key"
    run_cli("queue", env=cli_env(tmp_path / "other"))  # a home with a key of its own
    wrong = run_cli("restore", str(out), "--key-file", str(other_key),
                    env=cli_env(tmp_path / "fresh1"), check=False)
    assert wrong.returncode == 2 and "which this key file does not hold" in wrong.stderr
    assert not (tmp_path / "fresh1" / "master.key").exists()  # nothing installed: retry works

    blob = next((out / "blobs").iterdir())
    blob.write_bytes(blob.read_bytes()[:-1] + b"!")
    damaged = run_cli("restore", str(out), "--key-file", str(tmp_path / "source" / "master.key"),
                      env=cli_env(tmp_path / "fresh2"), check=False)
    assert damaged.returncode == 2 and f"blobs/{blob.name}: changed" in damaged.stderr
    assert "Traceback" not in damaged.stderr + wrong.stderr


def test_a_hostile_backup_folder_is_refused_before_anything_is_loaded(tmp_path):
    source = cli_env(tmp_path / "source")
    _report(source, tmp_path)
    out = tmp_path / "backup"
    run_cli("backup", "--out", str(out), env=source)
    key = str(tmp_path / "source" / "master.key")
    manifest = json.loads((out / "manifest.json").read_text())
    for name in ("/etc/hostname", "../outside", "blobs/../../x", "blobs/not-a-digest",
                 "other.txt"):
        bad = dict(manifest, files={**manifest["files"], name: "0" * 64})
        (out / "manifest.json").write_text(json.dumps(bad))
        refused = run_cli("restore", str(out), "--key-file", key,
                          env=cli_env(tmp_path / f"fresh-{abs(hash(name))}"), check=False)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr, name
    (out / "manifest.json").write_text("[" * 100_000 + "]" * 100_000)
    deep = run_cli("restore", str(out), "--key-file", key, env=cli_env(tmp_path / "fresh-deep"),
                   check=False)
    assert deep.returncode == 2 and "not a Tipline backup" in deep.stderr
