"""The master keys and the envelope encryption of everything sensitive at rest.

Envelope: every value (a column of a row, a blob) is encrypted with AES-256-GCM under a data
key made for it alone; the data key is itself encrypted ("wrapped", AES-256-GCM) under the
current master key, and stored with the value with the master key's id. The master keys live
in a file outside the database (``TIPLINE_HOME/master.key``, mode 0600, or
``TIPLINE_MASTER_KEY_FILE``), so a copy of the database or of the blob store alone reveals
nothing. Rotating (``tipline keys rotate``) adds a new master key and re-wraps every data key
under it; the values themselves are not re-encrypted, and old and new keys both open values
while it runs, so nothing stops.

Blind indexes: identifiers must still be found by value (linking, ``tipline.linking``); they
are looked up by ``blind(purpose, value)``, an HMAC-SHA256 under a separate index key from the
same file, which says nothing of the value without the key.

The file (JSON): ``{"current": "<id>", "keys": {"<id>": "<base64 of 32 bytes>", ...},
"index_key": "<base64 of 32 bytes>"}``.

With a key management service (``TIPLINE_MASTER_KEY_KMS_KEY_ID``, AWS KMS or a compatible
one, through boto3), the file holds the keys only as the service encrypted them
(``"kms_key_id"`` names the service's key): a copy of the file is useless without the service,
which decrypts them once when a process starts. The service's key never leaves it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = b"TE1"
TEXT_PREFIX = "te1:"
NONCE = 12
KEY_BYTES = 32
WRAPPED = NONCE + KEY_BYTES + 16  # nonce, the data key, the GCM tag
RELOAD_SECONDS = 5.0  # how often a changed key file (a rotation elsewhere) is noticed


class MasterKeyError(ValueError):
    """A master key file that cannot be used, or a value no key here opens (says which)."""


class Kms:
    """A key management service key, through boto3 (AWS KMS or compatible)."""

    def __init__(self, key_id: str, *, endpoint_url: str | None = None,
                 region: str | None = None, client=None):
        import boto3

        self.key_id = key_id
        self.client = client or boto3.client("kms", endpoint_url=endpoint_url or None,
                                             region_name=region or None)

    def new_key(self) -> tuple[bytes, bytes]:
        """A fresh 32-byte key and the service's encryption of it."""
        answer = self.client.generate_data_key(KeyId=self.key_id, KeySpec="AES_256")
        return answer["Plaintext"], answer["CiphertextBlob"]

    def decrypt(self, sealed: bytes) -> bytes:
        try:
            return self.client.decrypt(CiphertextBlob=sealed, KeyId=self.key_id)["Plaintext"]
        except Exception as error:  # noqa: BLE001 - said in one line: which key, what failed
            raise MasterKeyError(f"the key management service did not open the master keys "
                                 f"({type(error).__name__}: {str(error)[:200]})") from None


def _fresh(kms: Kms | None) -> str:
    """A new 32-byte key as the file stores it: itself, or as the service encrypted it."""
    if kms is None:
        return _b64(secrets.token_bytes(KEY_BYTES))
    return _b64(kms.new_key()[1])


def new_key_file(path: Path, kms: Kms | None = None) -> None:
    """Create ``path`` with one master key and an index key, mode 0600 (never overwritten);
    with ``kms``, both only as the service encrypted them. Raises FileExistsError if it
    exists."""
    document = {"current": _new_id(), "index_key": _fresh(kms)}
    document["keys"] = {document["current"]: _fresh(kms)}
    if kms is not None:
        document["kms_key_id"] = kms.key_id
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(document, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())


def _write_atomically(path: Path, document: dict) -> None:
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(document, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def _new_id() -> str:
    return "mk-" + secrets.token_hex(4)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class Keyring:
    """The master keys of one home, read from ``path`` (re-read when the file changes)."""

    def __init__(self, path: Path, kms: Kms | None = None):
        self.path = path
        self.kms = kms
        self._lock = threading.Lock()
        self._checked = 0.0
        self._stamp = None
        self._load()

    def _load(self) -> None:
        try:
            stat = self.path.stat()
            document = json.loads(self.path.read_text())
            keys = {key_id: base64.b64decode(value, validate=True)
                    for key_id, value in document["keys"].items()}
            current, index_key = document["current"], base64.b64decode(document["index_key"])
            wrapped_by = document.get("kms_key_id")
        except FileNotFoundError:
            raise MasterKeyError(f"the master key file {self.path} is missing (TIPLINE_MASTER_KEY_FILE"
                            "; without it nothing encrypted can be read)") from None
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise MasterKeyError(f"the master key file {self.path} cannot be read: "
                            f"{type(error).__name__}") from None
        if wrapped_by:
            if self.kms is None:
                raise MasterKeyError(f"the master keys in {self.path} are encrypted by the key "
                                     f"management service key {wrapped_by}: set "
                                     "TIPLINE_MASTER_KEY_KMS_KEY_ID (and its credentials)")
            keys = {key_id: self.kms.decrypt(value) for key_id, value in keys.items()}
            index_key = self.kms.decrypt(index_key)
        if current not in keys or any(len(k) != KEY_BYTES for k in keys.values()) \
                or len(index_key) != KEY_BYTES:
            raise MasterKeyError(f"the master key file {self.path} is damaged: every key must be "
                            "32 bytes and 'current' one of them")
        self._keys = {key_id: AESGCM(key) for key_id, key in keys.items()}
        self.current = current
        self._index_key = index_key
        self._stamp = (stat.st_mtime_ns, stat.st_size)

    def _refresh(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._checked < RELOAD_SECONDS:
            return
        with self._lock:
            self._checked = now
            try:
                stat = self.path.stat()
            except OSError:
                return  # keep what is loaded; a missing file is noticed at the next start
            if force or (stat.st_mtime_ns, stat.st_size) != self._stamp:
                self._load()

    @property
    def key_ids(self) -> list[str]:
        return sorted(self._keys)

    # -- values ---------------------------------------------------------------------------

    def encrypt(self, plaintext: bytes, purpose: str) -> bytes:
        """``plaintext`` sealed under a new data key wrapped by the current master key.
        ``purpose`` (such as "messages.text") is bound in: a value moved to another column
        does not open."""
        self._refresh()
        data_key = AESGCM.generate_key(bit_length=256)
        key_id = self.current.encode()
        wrap_nonce, nonce = os.urandom(NONCE), os.urandom(NONCE)
        wrapped = wrap_nonce + self._keys[self.current].encrypt(wrap_nonce, data_key, key_id)
        header = VERSION + bytes([len(key_id)]) + key_id + wrapped
        # The value's tag covers the version and purpose, not the wrapping: re-wrapping under
        # another master key replaces the header and leaves the value as it is.
        return header + nonce + AESGCM(data_key).encrypt(nonce, plaintext,
                                                         VERSION + purpose.encode())

    def decrypt(self, sealed: bytes, purpose: str) -> bytes:
        """The plaintext. Raises MasterKeyError when no key here opens it or it was changed."""
        key_id, wrapped, header, body = self._parts(sealed)
        data_key = self._unwrap(key_id, wrapped)
        try:
            return AESGCM(data_key).decrypt(body[:NONCE], body[NONCE:],
                                            VERSION + purpose.encode())
        except InvalidTag:
            raise MasterKeyError(f"an encrypted {purpose} value was changed or moved") from None

    def rewrap(self, sealed: bytes) -> bytes | None:
        """The same value with its data key wrapped by the current master key, or None when
        it already is. Only the header changes: the value is not re-encrypted."""
        self._refresh()
        key_id, wrapped, _header, body = self._parts(sealed)
        if key_id == self.current:
            return None
        data_key = self._unwrap(key_id, wrapped)
        new_id = self.current.encode()
        wrap_nonce = os.urandom(NONCE)
        return VERSION + bytes([len(new_id)]) + new_id + wrap_nonce + \
            self._keys[self.current].encrypt(wrap_nonce, data_key, new_id) + body

    def rewrap_text(self, stored: str, purpose: str) -> str | None:
        """``rewrap`` of a column's text; a value stored before encryption was on is
        encrypted now. None when nothing changes."""
        if not stored.startswith(TEXT_PREFIX):
            return self.seal_text(stored, purpose)
        rewrapped = self.rewrap(base64.urlsafe_b64decode(stored[len(TEXT_PREFIX):]))
        return None if rewrapped is None else TEXT_PREFIX + base64.urlsafe_b64encode(
            rewrapped).decode()

    def add_key(self) -> str:
        """Add a new master key to the file and make it current (written atomically, mode
        0600); returns its id. The old keys stay until ``retire_keys``."""
        with self._lock:
            document = json.loads(self.path.read_text())
            new_id = _new_id()
            document["keys"][new_id] = _fresh(self.kms if document.get("kms_key_id") else None)
            document["current"] = new_id
            _write_atomically(self.path, document)
        self._refresh(force=True)
        return new_id

    def retire_keys(self, keep: set[str]) -> list[str]:
        """Remove every master key but the current one and ``keep`` from the file; returns
        the ids removed. Call only when no value is wrapped by them any more."""
        with self._lock:
            document = json.loads(self.path.read_text())
            gone = [k for k in document["keys"] if k != document["current"] and k not in keep]
            for key_id in gone:
                del document["keys"][key_id]
            _write_atomically(self.path, document)
        self._refresh(force=True)
        return gone

    def wrap(self, data_key: bytes) -> tuple[str, bytes]:
        """``data_key`` wrapped by the current master key: (master key id, wrapped bytes)."""
        self._refresh()
        nonce = os.urandom(NONCE)
        return self.current, nonce + self._keys[self.current].encrypt(
            nonce, data_key, self.current.encode())

    def unwrap(self, key_id: str, wrapped: bytes) -> bytes:
        """The data key. Raises MasterKeyError when no key here opens it."""
        return self._unwrap(key_id, wrapped)

    def key_id_of(self, sealed: bytes) -> str:
        return self._parts(sealed)[0]

    def _parts(self, sealed: bytes):
        if sealed[:3] != VERSION or len(sealed) < 4:
            raise MasterKeyError("not a value encrypted by Tipline")
        length = sealed[3]
        key_id = sealed[4:4 + length].decode("ascii", "replace")
        end = 4 + length + WRAPPED
        if len(sealed) < end + NONCE + 16:
            raise MasterKeyError("an encrypted value is cut short")
        return key_id, sealed[4 + length:end], sealed[:end], sealed[end:]

    def _unwrap(self, key_id: str, wrapped: bytes) -> bytes:
        if key_id not in self._keys:
            self._refresh(force=True)  # rotated elsewhere since this process read the file
        master = self._keys.get(key_id)
        if master is None:
            raise MasterKeyError(f"no master key {key_id!r} in {self.path}: was it retired too "
                            "early, or is this another home's data?")
        try:
            return master.decrypt(wrapped[:NONCE], wrapped[NONCE:], key_id.encode())
        except InvalidTag:
            raise MasterKeyError(f"the data key under master key {key_id!r} was changed") from None

    # -- text form, for database columns ---------------------------------------------------

    def seal_text(self, text: str, purpose: str) -> str:
        return TEXT_PREFIX + base64.urlsafe_b64encode(
            self.encrypt(text.encode("utf-8", "surrogatepass"), purpose)).decode()

    def open_text(self, stored: str, purpose: str) -> str:
        if not stored.startswith(TEXT_PREFIX):
            return stored  # written before encryption was on (the upgrade encrypts these)
        return self.decrypt(base64.urlsafe_b64decode(stored[len(TEXT_PREFIX):]),
                            purpose).decode("utf-8", "surrogatepass")

    # -- blind index -----------------------------------------------------------------------

    def blind(self, purpose: str, value: str) -> str:
        """HMAC-SHA256 of ``value`` under the index key, hex: equal values, equal results."""
        return hmac.new(self._index_key, f"{purpose}\x00{value}".encode("utf-8", "surrogatepass"),
                        hashlib.sha256).hexdigest()
