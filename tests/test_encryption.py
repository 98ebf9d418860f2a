"""Encryption at rest: a report's words, the child's details, the identifiers, the chat and
the files are nowhere in the raw database or the blob folder; linking still finds shared
identifiers through their blind index; the master key file is 0600 and outside the database;
`tipline keys rotate` re-wraps everything while the data stays readable."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select, text

from support import cli_env, now, run_cli
from tipline.crypto.keyring import Keyring, MasterKeyError
from tipline.crypto.rotate import rotate
from tipline.home import open_home
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.settings import Settings
from tipline.store.db import transaction
from tipline.store.tables import IdentifierSighting, MessageRow, Report

# Words that appear in the test report and nowhere else.
SECRETS = ["quokka lighthouse", "zanzibar_fox_77", "Marisol Quetzal", "+14155550123",
           "pinecone tuesday", "wolfgang.dunemoor@example.org", "198.51.100.77",
           "Kestrel-Hollow", "left the violin at the ferry"]
CHAT = ("12/03/2026, 18:01 - zanzibar_fox_77: hey how old r u, pinecone tuesday\n"
        "12/03/2026, 18:02 - Marisol Quetzal: i left the violin at the ferry\n").encode()
IMAGE_BYTES = os.urandom(2048)


def report(extra_identifier: str = "zanzibar_fox_77") -> ReportCreate:
    return ReportCreate.model_validate({
        "reporter": "self",
        "about": "he asked me about the quokka lighthouse and wants to meet",
        "incident_type": "online_enticement",
        "child": {"age": 13, "country": "CA", "region": "Kestrel-Hollow",
                  "name_in_chat": "Marisol Quetzal", "ip_addresses": ["198.51.100.77"]},
        "contact": {"phone": "+14155550123"},
        "reported_person": [{"kind": "username", "value": extra_identifier,
                             "platform": "instagram"},
                            {"kind": "email", "value": "wolfgang.dunemoor@example.org"}],
    })


def file_one(home, identifier: str = "zanzibar_fox_77"):
    return submit_report(home, report(identifier),
                         [IncomingFile("chat.txt", CHAT, "text/plain"),
                          IncomingFile("photo.bin", IMAGE_BYTES, "application/octet-stream")],
                         via="api", now=now())


def raw_dump(home) -> bytes:
    """Every byte the database and the blob folder hold."""
    out = bytearray()
    if home.engine.dialect.name == "sqlite":
        home.engine.dispose()  # nothing held back in a connection
        database = Path(home.engine.url.database)
        for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
            if path.exists():
                out += path.read_bytes()
    else:
        with home.engine.connect() as connection:
            tables = connection.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars()
            raw = connection.connection.driver_connection
            for table in list(tables):
                with raw.cursor().copy(f'COPY "{table}" TO STDOUT') as copy:
                    for chunk in copy:
                        out += bytes(chunk)
    for path in sorted(home.settings.blob_dir.iterdir()):
        out += path.read_bytes()
    return bytes(out)


def test_no_plaintext_of_a_report_is_at_rest(home):
    from tipline.auth.accounts import create_user
    from tipline.casework import close
    from tipline.store.tables import Case

    result = file_one(home)
    with transaction(home.sessions) as session:  # casework writes audit entries in clear
        lead = create_user(session, username="lead", role="supervisor", now=now())[0]
        case = session.get(Case, result.case_id)
        close(session, case, lead, "advice_given", "told Marisol Quetzal about the ferry",
              True, now())
    dump = raw_dump(home)
    assert len(dump) > 10_000
    for secret in SECRETS:
        for form in {secret, secret.lower()}:
            assert form.encode() not in dump, form
            assert form.encode("utf-16-le") not in dump, form
    assert CHAT[:30] not in dump and IMAGE_BYTES[:64] not in dump
    # ...and everything reads back through Tipline.
    with transaction(home.sessions, write=False) as session:
        row = session.scalar(select(Report))
        assert row.about.startswith("he asked me about the quokka lighthouse")
        assert row.contact["phone"] == "+14155550123" and row.child_ips == ["198.51.100.77"]
        texts = [m.text for m in session.scalars(select(MessageRow).order_by(MessageRow.id))]
        assert "i left the violin at the ferry" in texts
    assert home.blobs.read(hashlib.sha256(CHAT).hexdigest()) == CHAT
    assert result.receipt.case_code


def test_linking_finds_a_shared_identifier_through_its_blind_index(home):
    first, second = file_one(home), file_one(home)
    other = file_one(home, "someone_else_entirely")
    with transaction(home.sessions, write=False) as session:
        clusters = {r.case_id: r.cluster_id for r in session.scalars(select(Report))}
        keys = session.scalars(select(IdentifierSighting.value_key)).all()
    assert clusters[first.case_id] == clusters[second.case_id]
    # The email is shared by all three: it links them too (a strong identifier).
    assert clusters[other.case_id] == clusters[first.case_id]
    assert all(len(k) == 64 for k in keys)  # hashes, not values


def test_the_master_key_file_is_private_and_required(tmp_path):
    home = open_home(Settings(home=tmp_path / "home"))
    file_one(home)
    home.close()
    key_file = tmp_path / "home" / "master.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    document = json.loads(key_file.read_text())
    assert document["current"] in document["keys"] and "index_key" in document
    key_file.rename(tmp_path / "elsewhere.key")
    with pytest.raises(MasterKeyError, match="restore the key file"):
        open_home(Settings(home=tmp_path / "home"))
    failed = run_cli("queue", env=cli_env(tmp_path / "home"), check=False)
    assert failed.returncode == 2 and "master key file" in failed.stderr
    # Kept elsewhere, named by TIPLINE_MASTER_KEY_FILE: it opens the data.
    env = cli_env(tmp_path / "home", TIPLINE_MASTER_KEY_FILE=str(tmp_path / "elsewhere.key"))
    assert "2 blobs checked, 0 failed" in run_cli("evidence", "verify", env=env).stdout
    assert len(json.loads(run_cli("queue", "--json", env=env).stdout)) == 1
    assert not key_file.exists()  # no second key made beside the data


def test_rotation_rewraps_everything_and_retires_the_old_key(home):
    first = file_one(home)
    old = home.keyring.current
    done = rotate(home, wait=0)
    assert done.new_key != old and done.retired == [old]
    assert done.values > 20 and done.blobs == 2 and done.passes == 2
    assert json.loads(home.keyring.path.read_text())["keys"].keys() == {done.new_key}
    # A fresh process, knowing only the new key, reads everything.
    again = open_home(home.settings)
    try:
        with transaction(again.sessions, write=False) as session:
            row = session.scalar(select(Report))
            assert "quokka lighthouse" in row.about
        assert again.blobs.read(hashlib.sha256(CHAT).hexdigest()) == CHAT
        second = file_one(again)  # and links to what came before
        with transaction(again.sessions, write=False) as session:
            clusters = {r.case_id: r.cluster_id for r in session.scalars(select(Report))}
        assert clusters[first.case_id] == clusters[second.case_id]
    finally:
        again.close()


def test_a_value_moved_to_another_column_does_not_open(home):
    file_one(home)
    with home.engine.begin() as connection:
        about = connection.execute(text("SELECT about FROM reports")).scalar()
        connection.execute(text("UPDATE messages SET text = :t"), {"t": about})
    with transaction(home.sessions, write=False) as session:
        with pytest.raises(MasterKeyError, match="changed or moved"):
            session.scalars(select(MessageRow)).all()


def test_the_keys_rotate_command(tmp_path):
    env = cli_env(tmp_path / "home")
    home = open_home(Settings(home=tmp_path / "home"))
    file_one(home)
    old = home.keyring.current
    home.close()
    rotated = json.loads(run_cli("keys", "rotate", "--wait", "0", "--json", env=env).stdout)
    assert rotated["retired"] == [old] and rotated["blobs"] == 2
    assert "2 blobs checked, 0 failed" in run_cli("evidence", "verify", env=env).stdout
    assert Keyring(tmp_path / "home" / "master.key").key_ids == [rotated["new_key"]]



def test_master_keys_held_by_a_key_management_service(tmp_path):
    import boto3

    from support import moto_server

    with moto_server() as kms_url:
        key_id = boto3.client("kms", endpoint_url=kms_url).create_key()["KeyMetadata"]["KeyId"]
        settings = Settings(home=tmp_path / "home", master_key_kms_key_id=key_id,
                            kms_endpoint_url=kms_url)
        home = open_home(settings)
        file_one(home)
        home.close()
        document = json.loads((tmp_path / "home" / "master.key").read_text())
        assert document["kms_key_id"] == key_id
        # The file holds the service's ciphertext, not the 32-byte keys themselves.
        assert all(len(base64.b64decode(v)) > 32 for v in document["keys"].values())
        with pytest.raises(MasterKeyError, match="key management service key"):
            open_home(Settings(home=tmp_path / "home"))  # the file alone opens nothing
        again = open_home(settings)
        try:
            with transaction(again.sessions, write=False) as session:
                assert "quokka lighthouse" in session.scalar(select(Report)).about
            assert rotate(again, wait=0).retired  # new keys come from the service too
            assert json.loads((tmp_path / "home" / "master.key").read_text())["kms_key_id"]
        finally:
            again.close()


def test_rotation_keeps_a_change_made_meanwhile_and_files_not_yet_recorded(home):
    from tipline.crypto import rotate as rotation
    from tipline.store.tables import Report as ReportRow

    file_one(home)
    in_flight = home.blobs.put(b"sealed by a report still being received")
    original = home.keyring.rewrap_text

    # On PostgreSQL another request can commit between the rotation's read and its write (on
    # SQLite the rotation's write transaction keeps everyone else out until it is done).
    racing = home.engine.dialect.name == "postgresql"

    def concurrent_change(stored, purpose):
        if racing and purpose == "reports.about":  # another request commits in between
            with transaction(home.sessions) as session:
                session.scalar(select(ReportRow)).about = "changed while rotating"
        return original(stored, purpose)
    home.keyring.rewrap_text = concurrent_change
    try:
        rotate(home, wait=0)
    finally:
        home.keyring.rewrap_text = original
    with transaction(home.sessions, write=False) as session:
        assert session.scalar(select(ReportRow)).about == (
            "changed while rotating" if racing else
            "he asked me about the quokka lighthouse and wants to meet")
    # The file no row names yet was re-wrapped too: it opens with the new key alone.
    assert json.loads(home.keyring.path.read_text())["keys"].keys() == {home.keyring.current}
    assert home.blobs.read(in_flight.sha256) == b"sealed by a report still being received"
    assert rotation.rewrap_values(home) == 0
