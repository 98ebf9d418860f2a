"""Write-once blob store: each original is stored once as ``<root>/<sha256 hex>``.

A blob is written to a temporary file in the same folder, fsynced, made read-only and renamed
into place, then the folder is fsynced; an existing blob is never rewritten. Reads go through
``open_blob`` so that the caller can record a custody event for each one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class SealedBlob:
    """What sealing one file produced: hex digests and size in bytes."""

    sha256: str
    md5: str
    size: int
    created: bool  # False when an identical blob was already stored


class BlobStore:
    """The blob folder. ``root`` is created on first use."""

    def __init__(self, root: Path):
        self.root = root

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256

    def put(self, data: bytes) -> SealedBlob:
        """Seal ``data``; returns its digests. Storing the same bytes twice stores them once."""
        sha256 = hashlib.sha256(data).hexdigest()
        md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
        target = self.path(sha256)
        if target.exists():
            return SealedBlob(sha256, md5, len(data), created=False)
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp_name, 0o444)
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        _fsync_dir(self.root)
        return SealedBlob(sha256, md5, len(data), created=True)

    def read(self, sha256: str) -> bytes:
        """The sealed bytes. Raises FileNotFoundError if the blob is missing."""
        return self.path(sha256).read_bytes()

    def digest(self, sha256: str) -> str:
        """The SHA-256 of what is stored under ``sha256`` now (streamed)."""
        hasher = hashlib.sha256()
        with self.path(sha256).open("rb") as handle:
            while chunk := handle.read(CHUNK):
                hasher.update(chunk)
        return hasher.hexdigest()

    def stored(self) -> Iterator[str]:
        """Names of every stored blob (temporary files skipped)."""
        if not self.root.exists():
            return
        for entry in sorted(self.root.iterdir()):
            if not entry.name.startswith("."):
                yield entry.name


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
