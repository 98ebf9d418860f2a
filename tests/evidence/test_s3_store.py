"""Evidence in an S3-compatible object store, over HTTP against moto's S3 server on loopback:
write-once objects under object lock, streamed digests, local copies for parsers, a whole
report through intake, ``tipline evidence verify`` catching a changed object, readiness."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import boto3
import pytest
from botocore.exceptions import ClientError

from support import MOTO_CREDENTIALS, cli_env, moto_server, now, run_cli
from tipline.evidence.blobs import BlobStore
from tipline.evidence.s3 import S3Backend
from tipline.home import open_home
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.settings import Settings

CREDENTIALS = MOTO_CREDENTIALS
CHAT = Path(__file__).parents[1] / "fixtures" / "chats" / "chatistics_us_12h_endash.txt"


@pytest.fixture(scope="module")
def s3_server():
    """moto's S3 server on a free loopback port; yields its URL."""
    with moto_server() as url:
        yield url


@pytest.fixture
def bucket(s3_server, request):
    """A fresh bucket with object lock enabled; yields (endpoint, name, client)."""
    client = boto3.client("s3", endpoint_url=s3_server)
    name = f"evidence-{abs(hash(request.node.name)) % 10**8}"
    client.create_bucket(Bucket=name, ObjectLockEnabledForBucket=True)
    return s3_server, name, client


def test_objects_are_written_once_locked_and_read_back(bucket):
    endpoint, name, client = bucket
    store = BlobStore(S3Backend(bucket=name, prefix="blobs/", endpoint_url=endpoint,
                                lock_mode="GOVERNANCE", lock_days=30))
    data = os.urandom(3 * 1024 * 1024 + 17)  # more than one streamed chunk
    sealed = store.put(data)
    assert sealed.created and sealed.sha256 == hashlib.sha256(data).hexdigest()
    assert sealed.md5 == hashlib.md5(data).hexdigest() and sealed.size == len(data)
    assert not store.put(data).created  # stored once
    assert store.read(sealed.sha256) == data
    assert store.digest(sealed.sha256) == sealed.sha256
    assert store.head(sealed.sha256, 8) == data[:8]
    assert list(store.stored()) == [sealed.sha256]
    with store.local_copy(sealed.sha256) as path:
        assert path.read_bytes() == data
        copy = path
    assert not copy.exists()  # the temporary copy is gone after use

    head = client.head_object(Bucket=name, Key=f"blobs/{sealed.sha256}")
    assert head["ObjectLockMode"] == "GOVERNANCE"
    assert (head["ObjectLockRetainUntilDate"] - now()).days >= 29
    with pytest.raises(ClientError, match="AccessDenied"):
        store.delete(sealed.sha256)  # the lock holds, even for the hotline's own key
    assert store.read(sealed.sha256) == data

    with pytest.raises(FileNotFoundError):
        store.read("0" * 64)
    with pytest.raises(ValueError, match="not a SHA-256"):
        store.read("../../etc/passwd")


def test_a_report_goes_through_intake_into_the_bucket_and_verifies(bucket, tmp_path):
    endpoint, name, client = bucket
    extra = {"TIPLINE_BLOB_STORE": "s3", "TIPLINE_S3_BUCKET": name,
             "TIPLINE_S3_ENDPOINT_URL": endpoint, "TIPLINE_S3_OBJECT_LOCK_DAYS": "1",
             **CREDENTIALS}
    home = open_home(Settings(home=tmp_path / "home", blob_store="s3", s3_bucket=name,
                              s3_endpoint_url=endpoint, s3_object_lock_days=1))
    chat = CHAT.read_bytes()
    result = submit_report(home, ReportCreate(reporter="self", about="he keeps asking me"),
                           [IncomingFile("chat.txt", chat, "text/plain")], via="api", now=now())
    home.close()
    sha = hashlib.sha256(chat).hexdigest()
    stored = client.get_object(Bucket=name, Key=f"blobs/{sha}")["Body"].read()
    assert stored.startswith(b"TB1") and chat[:40] not in stored  # encrypted in the bucket
    assert not any((tmp_path / "home" / "blobs").glob("*"))  # nothing kept on local disk
    assert not any((tmp_path / "home" / "tmp").iterdir())  # parser copies deleted
    env = cli_env(tmp_path / "home", **extra)
    assert "1 blobs checked, 0 failed" in run_cli("evidence", "verify", env=env).stdout
    assert result.receipt.case_code

    # A new version written behind Tipline's back (the lock keeps the old one, but a read
    # gets the newest): verify says so.
    client.put_object(Bucket=name, Key=f"blobs/{sha}", Body=stored[:-1] + b"!")
    checked = run_cli("evidence", "verify", env=env, check=False)
    assert checked.returncode == 1 and f"MISMATCH {sha}" in checked.stdout


def test_readiness_names_an_unusable_bucket(s3_server, tmp_path):
    from tipline.ops.health import readiness

    home = open_home(Settings(home=tmp_path / "home", blob_store="s3",
                              s3_bucket="no-such-bucket-here", s3_endpoint_url=s3_server))
    ready, checks = readiness(home)
    home.close()
    assert not ready and checks["blobs"].startswith("bucket unusable")


def test_an_object_store_without_a_bucket_is_a_clear_error(tmp_path):
    result = run_cli("evidence", "verify", env=cli_env(tmp_path / "home",
                                                       TIPLINE_BLOB_STORE="s3"), check=False)
    assert result.returncode == 2
    assert "TIPLINE_S3_BUCKET is not set" in result.stderr and "Traceback" not in result.stderr
