"""The hotline's signing keys (Ed25519, ``cryptography``): referral packages are signed with
the key in force, and verified against the hotline's published key ring, so a package signed
before a rotation still verifies after it (issue 7, item 5).

Files, under ``TIPLINE_HOME/secrets/signing`` (a 0700 folder):

- ``ring.json``: every public key the hotline has used, ``{"keys": [{"key_id", "algorithm",
  "public_key" (base64 of the 32 raw bytes), "created_at", "retired_at"}]}``; the newest key
  with no ``retired_at`` is the one in force;
- ``<key_id>.key``: the private key in force (PKCS#8 PEM, mode 0600). A rotation deletes the
  old private key: from then on it can only verify.

``key_id`` is the first 16 hex digits of the SHA-256 of the raw public key. The ring is what
``/.well-known/tipline-keys.json`` and ``tipline keys public`` publish.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ALGORITHM = "Ed25519"


class SigningError(ValueError):
    """A key ring or signature that cannot be used; the message says which and why."""


@dataclass(frozen=True, slots=True)
class PublicKey:
    key_id: str
    public_key: bytes
    created_at: str
    retired_at: str | None = None

    def as_json(self) -> dict:
        return {"key_id": self.key_id, "algorithm": ALGORITHM,
                "public_key": base64.b64encode(self.public_key).decode(),
                "created_at": self.created_at, "retired_at": self.retired_at}


def key_id(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class KeyRing:
    """The signing keys of one Tipline home (folder ``root``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def ring_path(self) -> Path:
        return self.root / "ring.json"

    def public_keys(self) -> list[PublicKey]:
        """Every key of the ring, oldest first ([] before the first key)."""
        if not self.ring_path.exists():
            return []
        return parse_ring(json.loads(self.ring_path.read_text("utf-8")))

    def ensure(self, now: datetime) -> PublicKey:
        """The key in force, made (with the ring) when there is none."""
        current = [k for k in self.public_keys() if k.retired_at is None]
        if current:
            return current[-1]
        return self._new_key(now, retire=False)

    def rotate(self, now: datetime) -> PublicKey:
        """A new key in force; the old one is marked retired (it still verifies) and its
        private key is deleted. Returns the new key."""
        return self._new_key(now, retire=True)

    def sign(self, data: bytes, now: datetime) -> dict:
        """A detached signature of ``data`` with the key in force: ``{"algorithm", "key_id",
        "signature" (base64)}``."""
        public = self.ensure(now)
        pem = (self.root / f"{public.key_id}.key").read_bytes()
        private = serialization.load_pem_private_key(pem, password=None)
        return {"algorithm": ALGORITHM, "key_id": public.key_id,
                "signature": base64.b64encode(private.sign(data)).decode()}

    def document(self) -> dict:
        """The published form of the ring."""
        return ring_document(self.public_keys())

    def _new_key(self, now: datetime, *, retire: bool) -> PublicKey:
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)
        private = Ed25519PrivateKey.generate()
        raw = _raw(private.public_key())
        fresh = PublicKey(key_id(raw), raw, now.isoformat())
        path = self.root / f"{fresh.key_id}.key"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(private.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        keys = self.public_keys()
        retired = []
        if retire:
            for key in keys:
                if key.retired_at is None:
                    retired.append(key.key_id)
            keys = [PublicKey(k.key_id, k.public_key, k.created_at, k.retired_at or now.isoformat())
                    for k in keys]
        self._write_ring(keys + [fresh])
        for old in retired:
            (self.root / f"{old}.key").unlink(missing_ok=True)
        return fresh

    def _write_ring(self, keys: list[PublicKey]) -> None:
        temporary = self.ring_path.with_suffix(".tmp")
        temporary.write_text(json.dumps(ring_document(keys), indent=2) + "\n", "utf-8")
        os.replace(temporary, self.ring_path)


def ring_document(keys: list[PublicKey]) -> dict:
    return {"algorithm": ALGORITHM, "keys": [k.as_json() for k in keys]}


def parse_ring(document) -> list[PublicKey]:
    """The keys of a published ring (``/.well-known/tipline-keys.json``). Raises SigningError."""
    try:
        keys = []
        for entry in document["keys"]:
            raw = base64.b64decode(entry["public_key"], validate=True)
            if len(raw) != 32 or key_id(raw) != entry["key_id"]:
                raise SigningError(f"key {entry.get('key_id')!r}: the public key does not match its id")
            keys.append(PublicKey(entry["key_id"], raw, str(entry.get("created_at", "")),
                                  entry.get("retired_at")))
        return keys
    except SigningError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise SigningError(f"not a Tipline key ring: {str(error)[:200]}") from None


def verify(data: bytes, signature: dict, keys: list[PublicKey]) -> PublicKey:
    """The key of ``keys`` that made ``signature`` over ``data``. Raises SigningError naming
    the problem (unknown key, bad signature, malformed signature)."""
    if not isinstance(signature, dict) or signature.get("algorithm") != ALGORITHM:
        raise SigningError("the signature is not an Ed25519 signature")
    match = [k for k in keys if isinstance(signature.get("key_id"), str)
             and k.key_id == signature.get("key_id")]
    if not match:
        raise SigningError(f"signed by key {str(signature.get('key_id'))[:40]!r}, which is not "
                           "in the hotline's key ring")
    try:
        raw = base64.b64decode(str(signature.get("signature", ""))[:1000], validate=True)
        Ed25519PublicKey.from_public_bytes(match[0].public_key).verify(raw, data)
    except (InvalidSignature, ValueError):
        raise SigningError("the signature does not match the manifest") from None
    return match[0]
