"""Chunks of a platform upload that is still arriving, kept encrypted at rest.

A file a platform uploads in chunks (``lifecycle.put_chunk``) is kept until its last byte
arrives as one file per chunk under ``HOME/uploads/<file id>/``, each sealed like a database
value (``Keyring.encrypt``: AES-256-GCM, a data key per chunk wrapped by the master key), with
the file id and offset bound in, so a chunk moved to another file or place does not open.
Once whole, the chunks are joined, checked and sealed as a blob, and deleted.

A chunk file is written under a temporary name and renamed into place, so a crash leaves
either the whole chunk or none of it; a chunk whose commit failed is written again at the
same offset by the retry. Callers hold the platform report's row lock (``lifecycle._own``),
which is what a key rotation takes too before re-wrapping a file's chunks.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tipline.crypto.keyring import Keyring
from tipline.evidence.blobs import FolderBackend

NAME_DIGITS = 15  # offsets as fixed-width names: a 1 PB upload still sorts


def upload_dir(uploads: Path, file_id: str) -> Path:
    """``HOME/uploads/<file id>``: where a file's chunks wait (``file_id`` is ours: pf_<hex>)."""
    return uploads / file_id


def _folder(uploads: Path, file_id: str) -> FolderBackend:
    # The evidence store's folder writes: temporary file, fsync, rename, fsync the folder.
    return FolderBackend(upload_dir(uploads, file_id))


def _purpose(file_id: str, offset: int) -> str:
    return f"platform_upload {file_id}@{offset}"


def write_chunk(keyring: Keyring, uploads: Path, file_id: str, offset: int,
                data: bytes) -> None:
    """Keep ``data`` (the bytes at ``offset``) encrypted until the file is whole; a chunk
    written before at this offset (its commit failed) is replaced. Raises OSError."""
    _folder(uploads, file_id).replace(f"{offset:0{NAME_DIGITS}d}",
                                      keyring.encrypt(data, _purpose(file_id, offset)))


def read_upload(keyring: Keyring, uploads: Path, file_id: str,
                chunks: list[list]) -> bytes:
    """The file's bytes: the chunks recorded as received (``[offset, length, sha256]`` each,
    in order), decrypted and joined. Raises FileNotFoundError for a missing chunk and
    MasterKeyError for one changed or moved."""
    folder = _folder(uploads, file_id)
    return b"".join(
        keyring.decrypt(folder.read(f"{offset:0{NAME_DIGITS}d}"), _purpose(file_id, offset))
        for offset, _length, _sha256 in chunks)


def drop_upload(uploads: Path, file_id: str) -> None:
    """Delete whatever chunks of ``file_id`` are kept (none is fine), and the single clear
    ``<file id>.part`` file earlier versions kept."""
    shutil.rmtree(upload_dir(uploads, file_id), ignore_errors=True)
    (uploads / f"{file_id}.part").unlink(missing_ok=True)


def waiting_uploads(uploads: Path) -> list[str]:
    """The ids of files with chunks kept, in name order."""
    if not uploads.is_dir():
        return []
    return sorted(entry.name for entry in uploads.iterdir() if entry.is_dir())


def rewrap_upload(keyring: Keyring, uploads: Path, file_id: str) -> int:
    """Re-wrap the file's chunks under the current master key (the chunks' bytes stay as
    they are); returns the chunks rewritten. The caller holds the report's row lock."""
    folder = _folder(uploads, file_id)
    changed = 0
    for name in list(folder.names()):  # never the temporary files of a write cut short
        try:
            new = keyring.rewrap(folder.read(name))
        except FileNotFoundError:
            continue  # sealed or dropped meanwhile
        if new is not None:
            folder.replace(name, new)
            changed += 1
    return changed
