"""Master key rotation (``tipline keys rotate``), while the servers and workers run.

1. A new master key is added to the key file and made current. Every process notices the
   changed file within ``keyring.RELOAD_SECONDS`` (and at once when it meets a value wrapped
   by a key it has not loaded), so new values are wrapped by the new key.
2. Every encrypted value in the database, every blob and every chunk of a platform upload
   still arriving is re-wrapped under the new key, in batches, each batch its own short
   transaction: only the wrapped data key changes, never the value, so readers see the same
   plaintext before and after.
3. Passes repeat until a pass finds nothing left under an old key (a process that wrote with
   the old key in the seconds before it noticed is caught by the next pass); then the old keys
   are removed from the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, update

from tipline.crypto.columns import EncryptedJSON, EncryptedText
from tipline.crypto.keyring import RELOAD_SECONDS
from tipline.store.db import lock_blob, transaction
from tipline.store.tables import Base

BATCH = 500


@dataclass
class Rotation:
    """What a rotation did: the new key, values and blobs re-wrapped, keys retired."""

    new_key: str
    values: int = 0
    blobs: int = 0
    passes: int = 0
    retired: list[str] = field(default_factory=list)


def encrypted_columns() -> list[tuple]:
    """(table, primary key column, encrypted column, purpose) for every encrypted column."""
    found = []
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        for column in table.columns:
            if isinstance(column.type, (EncryptedText, EncryptedJSON)) and len(keys) == 1:
                found.append((table, keys[0], column, column.type.purpose))
    return found


def rewrap_values(home) -> int:
    """One pass over every encrypted column; returns the values re-wrapped."""
    from sqlalchemy import String, type_coerce

    keyring = home.keyring
    changed = 0
    for table, key, column, purpose in encrypted_columns():
        raw = type_coerce(column, String)  # the stored text, not decrypted
        last = None
        while True:
            with transaction(home.sessions) as session:
                query = select(key, raw).where(column.is_not(None)).order_by(key).limit(BATCH)
                if last is not None:
                    query = query.where(key > last)
                rows = session.execute(query).all()
                for row_key, stored in rows:
                    new = keyring.rewrap_text(stored, purpose)
                    if new is not None:
                        # Only if the value is still the one read: a change committed since
                        # (under the new key already) is never written over.
                        done = session.execute(update(table).where(key == row_key, raw == stored)
                                               .values({column.name: type_coerce(new, String)}))
                        changed += done.rowcount or 0
            if len(rows) < BATCH:
                break
            last = rows[-1][0]
    return changed


def rewrap_blobs(home) -> int:
    """One pass over every object in the blob store (those of reports still being received
    too, not only the recorded ones); returns the blobs rewritten. Each under the blob's lock,
    so a purge deleting it meanwhile is not undone."""
    changed = 0
    for sha256 in list(home.blobs.stored()):
        if len(sha256) != 64:
            continue  # not a sealed original (a stray file: `tipline evidence verify` says so)
        with transaction(home.sessions) as session:
            lock_blob(session, sha256)
            try:
                changed += home.blobs.rewrap(sha256)
            except FileNotFoundError:
                continue  # deleted by the purge before its turn
    return changed


def rewrap_uploads(home) -> int:
    """One pass over the chunks of platform uploads still arriving; returns the chunks
    rewritten. Each file's under its report's row lock, the lock ``put_chunk`` holds."""
    from tipline.platform_api import uploads
    from tipline.store.tables import PlatformFile, PlatformReport

    folder = home.settings.uploads_dir
    changed = 0
    for file_id in uploads.waiting_uploads(folder):
        with transaction(home.sessions) as session:
            query = (select(PlatformReport.id).join(PlatformFile,
                                                    PlatformFile.platform_report_id
                                                    == PlatformReport.id)
                     .where(PlatformFile.id == file_id))
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(of=PlatformReport)
            session.execute(query)
            changed += uploads.rewrap_upload(home.keyring, folder, file_id)
    return changed


def rotate(home, *, wait: float = RELOAD_SECONDS + 1, max_passes: int = 10,
           sleep=None) -> Rotation:
    """Add a master key and re-wrap everything under it, then retire the old keys. Raises
    RuntimeError when values under old keys remain after ``max_passes`` (the old keys then
    stay in the file: nothing becomes unreadable)."""
    import time

    sleep = sleep or time.sleep
    result = Rotation(home.keyring.add_key())
    sleep(wait)  # every process has noticed the new key by now
    while result.passes < max_passes:
        result.passes += 1
        values = rewrap_values(home)
        blobs = rewrap_blobs(home) + rewrap_uploads(home)
        result.values += values
        result.blobs += blobs
        if values == 0 and blobs == 0 and result.passes > 1:
            break
    else:
        raise RuntimeError(f"values under old master keys remain after {max_passes} passes; "
                           "the old keys stay in the key file: run `tipline keys rotate` again")
    result.retired = home.keyring.retire_keys(keep=set())
    return result
