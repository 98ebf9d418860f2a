"""The data directory and everything opened from it.

``open_home`` is called by every command and by the server: it initialises an empty
``TIPLINE_HOME`` by itself (folders, the PIN key, migrations, the agency directory), so
``tipline init`` is only needed for ``--demo``. Safe to call any number of times.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from tipline import audit
from tipline.crypto.columns import attach
from tipline.crypto.keyring import Keyring, Kms, MasterKeyError, new_key_file
from tipline.evidence.blobs import BlobStore
from tipline.jobs import queue
from tipline.platform_api import webhooks as _webhooks  # noqa: F401 - registers the outbox hooks
from tipline.settings import Settings
from tipline.store import migrate
from tipline.store.db import make_engine, make_sessionmaker, transaction
from tipline.routing import directory
from tipline.routing.signing import KeyRing

ENCRYPTED_SINCE = "0010"  # the migration that encrypted the database


@dataclass
class Home:
    """An opened Tipline: settings, database, blob store, the PIN key and the key that seals
    the Help flow's state between steps (``tipline.web.flow_state``)."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    blobs: BlobStore
    pin_key: bytes
    form_key: bytes = b""
    job_app: object | None = None  # Procrastinate's app, opened on the first deferred job
    keyring: Keyring | None = None  # the master keys (tipline.crypto)

    @property
    def signing(self) -> KeyRing:
        """The hotline's signing keys (``TIPLINE_HOME/secrets/signing``): referral packages."""
        return KeyRing(self.settings.secrets_dir / "signing")

    def close(self) -> None:
        if self.job_app is not None:
            self.job_app.close()
            self.job_app = None
        self.engine.dispose()


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def _load_or_create_key(path: Path) -> bytes:
    """A 32-byte key in a 0600 file, created once; raises ValueError if the file is too short."""
    if not path.exists():
        _private_dir(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32) + "\n")
    key = path.read_text().strip()
    if len(key) < 32:
        raise ValueError(f"{path}: key file holds {len(key)} characters; at least 32 needed")
    return key.encode()


def load_agency_directory() -> dict:
    """The seed directory shipped in ``tipline/data/agencies.json``."""
    from tipline.routing.directory import seed_document

    return seed_document()


def _clear_stale_copies(folder: Path, hours: float = 1.0) -> None:
    """Delete decrypted copies a killed process left (``BlobStore.local_copy``); a copy in use
    by a running process is minutes old at most."""
    import shutil
    import time

    cutoff = time.time() - hours * 3600
    for entry in folder.glob("blob-*"):
        try:
            if entry.stat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            continue


def open_keyring(settings: Settings, engine: Engine) -> Keyring:
    """The home's master keys; the key file is created (mode 0600) for a new database or one
    from before encryption. Raises MasterKeyError when a named key file is missing, or the
    default one is while the database already holds encrypted data (a new key would open
    none of it)."""
    path = settings.master_key_path
    kms = Kms(settings.master_key_kms_key_id, endpoint_url=settings.kms_endpoint_url,
              region=settings.kms_region) if settings.master_key_kms_key_id else None
    if not path.exists():
        if settings.master_key_file is not None:
            raise MasterKeyError(f"TIPLINE_MASTER_KEY_FILE names {path}, which does not exist")
        current = migrate.current_revision(engine)
        if current is not None and current >= ENCRYPTED_SINCE:
            raise MasterKeyError(
                f"the master key file {path} is missing but the database holds data "
                "encrypted with it: restore the key file (from your key backup)")
        new_key_file(path, kms)
    return Keyring(path, kms)


def blob_store(settings: Settings, keyring: Keyring | None = None) -> BlobStore:
    """The blob store ``settings`` name: the folder ``HOME/blobs`` or the S3 bucket."""
    if settings.blob_store == "s3":
        from tipline.evidence.s3 import S3Backend

        backend = S3Backend(bucket=settings.s3_bucket, prefix=settings.s3_prefix,
                            endpoint_url=settings.s3_endpoint_url, region=settings.s3_region,
                            lock_mode=settings.s3_object_lock_mode,
                            lock_days=settings.s3_object_lock_days)
        return BlobStore(backend, scratch=settings.scratch_dir, keyring=keyring)
    return BlobStore(settings.blob_dir, scratch=settings.scratch_dir, keyring=keyring)


def open_home(settings: Settings | None = None) -> Home:
    """Open (initialising if needed) the Tipline under ``settings.home``."""
    settings = settings or Settings()
    home = settings.resolved_home
    _private_dir(home)
    _private_dir(settings.blob_dir)
    _private_dir(settings.uploads_dir)
    _private_dir(settings.scratch_dir)
    _clear_stale_copies(settings.scratch_dir)
    pin_key = _load_or_create_key(settings.pin_key_path)
    engine = make_engine(settings.url)
    keyring = open_keyring(settings, engine)
    attach(engine, keyring)
    migrate.upgrade(engine)
    if queue.check_engine(settings) == queue.PROCRASTINATE:
        queue.ensure_schema(engine)
    sessions = make_sessionmaker(engine)
    audit.keep_anchor(sessions, settings.audit_anchor_path)
    with transaction(sessions) as session:
        directory.seed(session, datetime.now(UTC))
    form_key = _load_or_create_key(settings.secrets_dir / "form.key")
    opened = Home(settings, engine, sessions, blob_store(settings, keyring), pin_key, form_key,
                  keyring=keyring)
    opened.signing.ensure(datetime.now(UTC))  # published from the start, before any package
    return opened
