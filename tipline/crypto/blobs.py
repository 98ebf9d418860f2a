"""Encrypted blobs: each sealed original under a data key of its own (AES-256-GCM), wrapped by
the current master key and kept in the object's header, in segments of 1 MiB so that a blob is
read, hashed and copied without holding it whole.

Layout: ``b"TB1"``, the master key id (length byte, then ASCII), the wrapped data key
(``keyring.WRAPPED`` bytes), a 7-byte nonce prefix; then each segment's ciphertext and tag.
Segment i uses the nonce ``prefix + i (4 bytes) + last (1 byte)`` and the blob's name
(its plaintext SHA-256) as associated data: segments cannot be reordered, dropped from the end
or moved to another blob without the tag failing (the STREAM construction).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tipline.crypto.keyring import WRAPPED, Keyring, MasterKeyError

MAGIC = b"TB1"
SEGMENT = 1024 * 1024
TAG = 16
PREFIX = 7


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _header(key_id: str, wrapped: bytes, prefix: bytes) -> bytes:
    encoded = key_id.encode()
    return MAGIC + bytes([len(encoded)]) + encoded + wrapped + prefix


def encrypt_blob(keyring: Keyring, name: str, data: bytes) -> bytes:
    """``data`` encrypted for storage under ``name`` (its SHA-256 hex)."""
    data_key = AESGCM.generate_key(bit_length=256)
    key_id, wrapped = keyring.wrap(data_key)
    prefix = os.urandom(PREFIX)
    cipher, aad = AESGCM(data_key), MAGIC + name.encode()
    count = max(1, -(-len(data) // SEGMENT))
    parts = [_header(key_id, wrapped, prefix)]
    for index in range(count):
        segment = data[index * SEGMENT:(index + 1) * SEGMENT]
        parts.append(cipher.encrypt(_nonce(prefix, index, index == count - 1), segment, aad))
    return b"".join(parts)


def _read_exactly(stream: Iterator[bytes], buffer: bytearray, size: int) -> bool:
    while len(buffer) < size:
        chunk = next(stream, None)
        if chunk is None:
            return False
        buffer.extend(chunk)
    return True


def decrypt_chunks(keyring: Keyring, name: str, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The plaintext of a stored blob, a segment at a time. Raises MasterKeyError when the
    blob was changed, cut short, or no master key here opens it."""
    stream, buffer = iter(chunks), bytearray()
    if not _read_exactly(stream, buffer, 4) or bytes(buffer[:3]) != MAGIC:
        raise MasterKeyError(f"blob {name} is not encrypted by Tipline")
    length = buffer[3]
    end = 4 + length + WRAPPED + PREFIX
    if not _read_exactly(stream, buffer, end):
        raise MasterKeyError(f"blob {name} is cut short")
    key_id = bytes(buffer[4:4 + length]).decode("ascii", "replace")
    wrapped = bytes(buffer[4 + length:4 + length + WRAPPED])
    prefix = bytes(buffer[end - PREFIX:end])
    cipher, aad = AESGCM(keyring.unwrap(key_id, wrapped)), MAGIC + name.encode()
    del buffer[:end]
    index = 0
    while True:
        # A full segment is the last one only when nothing follows it.
        full = _read_exactly(stream, buffer, SEGMENT + TAG + 1)
        size = SEGMENT + TAG if full else len(buffer)
        try:
            yield cipher.decrypt(_nonce(prefix, index, not full), bytes(buffer[:size]), aad)
        except InvalidTag:
            raise MasterKeyError(f"blob {name} was changed (segment {index})") from None
        del buffer[:size]
        if not full:
            return
        index += 1


def rewrapped_header(keyring: Keyring, head: bytes) -> tuple[bytes, int] | None:
    """For a blob whose stored bytes start with ``head`` (at least its header): the header
    re-wrapped under the current master key and the old header's length; None when it is
    current already."""
    length = head[3]
    end = 4 + length + WRAPPED + PREFIX
    key_id = head[4:4 + length].decode("ascii", "replace")
    if key_id == keyring.current:
        return None
    data_key = keyring.unwrap(key_id, head[4 + length:4 + length + WRAPPED])
    new_id, wrapped = keyring.wrap(data_key)
    return _header(new_id, wrapped, head[end - PREFIX:end]), end
