"""Write-once blob store: each original is stored once, named by its SHA-256 hex digest, in a
folder (the default) or an S3-compatible object store with object lock (``tipline.evidence.s3``;
``TIPLINE_BLOB_STORE=s3``).

In a folder, a blob is written to a temporary file in the same folder, fsynced, made read-only
and renamed into place, then the folder is fsynced; an existing blob is never rewritten. Reads
go through ``tipline.evidence.custody`` so that the caller records a custody event for each.
Parsers that need a file on disk get one from ``local_copy``: the blob itself in a folder, a
private temporary copy (deleted after) from an object store.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tipline.crypto.blobs import MAGIC as BLOB_MAGIC
from tipline.crypto.blobs import decrypt_chunks, encrypt_blob, rewrapped_header

CHUNK = 1024 * 1024
HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, slots=True)
class SealedBlob:
    """What sealing one file produced: hex digests and size in bytes."""

    sha256: str
    md5: str
    size: int
    created: bool  # False when an identical blob was already stored


def checked_name(sha256: str) -> str:
    """``sha256`` when it is 64 lowercase hex characters. Raises ValueError otherwise (a name
    from outside never becomes a path or a key)."""
    if len(sha256) != 64 or not set(sha256) <= HEX:
        raise ValueError(f"not a SHA-256 hex digest: {sha256[:80]!r}")
    return sha256


class FolderBackend:
    """Write-once files in one folder (created on first use)."""

    def __init__(self, root: Path):
        self.root = root

    def local_path(self, name: str) -> Path:
        return self.root / name

    def exists(self, name: str) -> bool:
        return (self.root / name).exists()

    def write_once(self, name: str, data: bytes) -> bool:
        if (self.root / name).exists():
            return False
        self._write(name, data)
        return True

    def replace(self, name: str, data: bytes) -> None:
        """Rewrite ``name`` whole, atomically (re-wrapping its key: ``tipline keys rotate``)."""
        self._write(name, data)

    def _write(self, name: str, data: bytes) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp_name, 0o444)
            os.replace(temp_name, self.root / name)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        _fsync_dir(self.root)

    def read(self, name: str) -> bytes:
        return (self.root / name).read_bytes()

    def chunks(self, name: str) -> Iterator[bytes]:
        with (self.root / name).open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk

    def names(self) -> Iterator[str]:
        if not self.root.exists():
            return
        for entry in sorted(self.root.iterdir()):
            if not entry.name.startswith("."):
                yield entry.name

    def delete(self, name: str) -> None:
        (self.root / name).unlink(missing_ok=True)

    def check_writable(self) -> str:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".ready-"):
                pass
        except OSError as error:
            return f"not writable ({os.strerror(error.errno) if error.errno else 'error'})"
        return "ok"


class BlobStore:
    """Sealed originals over a backend (``FolderBackend`` or ``s3.S3Backend``), encrypted
    with ``keyring`` when one is given (``tipline.crypto.blobs``): the backend then holds
    only ciphertext, and every read decrypts and checks it.

    ``BlobStore(path)`` is an unencrypted folder store, for short."""

    def __init__(self, backend, scratch: Path | None = None, keyring=None):
        if isinstance(backend, (str, Path)):
            backend = FolderBackend(Path(backend))
        self.backend = backend
        self.scratch = scratch  # where local copies are made (default: the system's temp)
        self.keyring = keyring

    def put(self, data: bytes) -> SealedBlob:
        """Seal ``data``; returns its digests. Storing the same bytes twice stores them once."""
        sha256 = hashlib.sha256(data).hexdigest()
        md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
        if self.backend.exists(sha256):
            return SealedBlob(sha256, md5, len(data), created=False)
        stored = data if self.keyring is None else encrypt_blob(self.keyring, sha256, data)
        return SealedBlob(sha256, md5, len(data),
                          created=self.backend.write_once(sha256, stored))

    def chunks(self, sha256: str) -> Iterator[bytes]:
        """The sealed bytes, streamed (decrypted and checked). Raises FileNotFoundError if
        the blob is missing, MasterKeyError (a ValueError) if it was changed."""
        name = checked_name(sha256)
        raw = self.backend.chunks(name)
        if self.keyring is None:
            return raw
        first = next(raw, b"")
        rest = _chain(first, raw)
        if first[:3] != BLOB_MAGIC:
            return rest  # stored before encryption was on (tipline keys rotate encrypts it)
        return decrypt_chunks(self.keyring, name, rest)

    def read(self, sha256: str) -> bytes:
        """The sealed bytes. Raises FileNotFoundError if the blob is missing."""
        return b"".join(self.chunks(sha256))

    def digest(self, sha256: str) -> str:
        """The SHA-256 of what is stored under ``sha256`` now (streamed). Raises
        FileNotFoundError if the blob is missing, ValueError if it cannot be decrypted."""
        hasher = hashlib.sha256()
        for chunk in self.chunks(sha256):
            hasher.update(chunk)
        return hasher.hexdigest()

    def stored(self) -> Iterator[str]:
        """Names of every stored blob (temporary files skipped)."""
        return self.backend.names()

    def delete(self, sha256: str) -> None:
        """Remove a blob for good (``tipline purge``)."""
        self.backend.delete(checked_name(sha256))

    def check_writable(self) -> str:
        """"ok", or why a blob cannot be stored now (``/readyz``)."""
        return self.backend.check_writable()

    def head(self, sha256: str, size: int = 64) -> bytes:
        """The first ``size`` bytes of a blob (what kind of file it is), without reading the
        rest. Raises FileNotFoundError if the blob is missing."""
        chunks = self.chunks(sha256)
        try:
            return next(chunks, b"")[:size]
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    def rewrap(self, sha256: str) -> bool:
        """Re-wrap a blob's data key under the current master key (encrypting a blob stored
        before encryption was on); True when it was rewritten. The plaintext, and so its
        SHA-256, stays the same."""
        if self.keyring is None:
            return False
        name = checked_name(sha256)
        raw = self.backend.read(name)
        if raw[:3] != BLOB_MAGIC:
            self.backend.replace(name, encrypt_blob(self.keyring, name, raw))
            return True
        found = rewrapped_header(self.keyring, raw)
        if found is None:
            return False
        header, old_length = found
        self.backend.replace(name, header + raw[old_length:])
        return True

    @contextmanager
    def local_copy(self, sha256: str) -> Iterator[Path]:
        """A file holding the blob's bytes, for parsers that read files: the blob itself in
        an unencrypted folder store, else a private temporary copy deleted on exit. Raises
        FileNotFoundError if the blob is missing."""
        name = checked_name(sha256)
        local = getattr(self.backend, "local_path", None)
        if local is not None and self.keyring is None:
            path = local(name)
            if not path.exists():
                raise FileNotFoundError(name)
            yield path
            return
        if self.scratch is not None:
            self.scratch.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = Path(tempfile.mkdtemp(prefix="blob-", dir=self.scratch))
        try:
            path = folder / name
            with path.open("wb") as handle:
                for chunk in self.chunks(name):
                    handle.write(chunk)
            yield path
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
