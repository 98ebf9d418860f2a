"""Seal: write-once blobs named by SHA-256, custody events for each store and read, and
`tipline evidence verify` catching a changed blob."""

from __future__ import annotations

import hashlib
import os
import stat

from sqlalchemy import select
from support import cli_env, now, run_cli

from tipline.evidence import custody
from tipline.evidence.blobs import BlobStore
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.store.tables import CustodyEvent


def test_a_blob_is_stored_once_read_only_under_its_sha256(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    first = store.put(b"evidence bytes")
    again = store.put(b"evidence bytes")
    sha = hashlib.sha256(b"evidence bytes").hexdigest()
    assert first.sha256 == sha and first.created and not again.created
    path = tmp_path / "blobs" / sha
    assert path.read_bytes() == b"evidence bytes"
    assert not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert [p.name for p in (tmp_path / "blobs").iterdir()] == [sha]  # no temporary left


def test_each_store_and_each_read_is_a_custody_event(home):
    report = ReportCreate(about="see file")
    result = submit_report(home, report, [IncomingFile("shot.png", b"\x89PNG fake", "image/png")],
                           via="api", now=now())
    sha = hashlib.sha256(b"\x89PNG fake").hexdigest()
    with home.sessions() as session, session.begin():
        data = custody.read_evidence(session, home.blobs, sha256=sha, actor="analyst-1",
                                     reason="case review", at=now())
    assert data == b"\x89PNG fake"
    with home.sessions() as session:
        events = session.scalars(select(CustodyEvent).order_by(CustodyEvent.id)).all()
    assert [(e.action, e.actor) for e in events] == [("store", "reporter"),
                                                     ("read", "analyst-1")]
    assert events[1].reason == "case review"
    assert result.receipt.attachments == 1


def test_evidence_verify_exits_1_and_prints_the_sha256_of_a_changed_blob(tmp_path):
    env = cli_env(tmp_path / "home")
    chat = tmp_path / "chat.txt"
    chat.write_text("12/03/2026, 19:02 - Sam: hey\n12/03/2026, 19:03 - Kid: hi\n")
    run_cli("submit", "--chat", str(chat), "--json", env=env)
    clean = run_cli("evidence", "verify", env=env)
    assert clean.returncode == 0 and "1 blobs checked, 0 failed" in clean.stdout

    sha = hashlib.sha256(chat.read_bytes()).hexdigest()
    blob = tmp_path / "home" / "blobs" / sha
    os.chmod(blob, 0o644)
    blob.write_bytes(b"tampered")
    broken = run_cli("evidence", "verify", env=env, check=False)
    assert broken.returncode == 1
    assert f"MISMATCH {sha}" in broken.stdout

    blob.unlink()
    missing = run_cli("evidence", "verify", env=env, check=False)
    assert missing.returncode == 1 and f"MISSING {sha}" in missing.stdout
