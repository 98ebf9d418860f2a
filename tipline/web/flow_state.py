"""The Help flow's state between steps, carried in the form itself.

The child's answers travel from step to step in one hidden field that the server encrypts and
signs (Fernet from ``cryptography``: AES-128-CBC with HMAC-SHA256, and a timestamp). So the flow
needs no cookie and no server session, a shared device keeps nothing, and any web process that
holds the key can take the next step. The same field is the form's CSRF token: a request
without a fresh, untampered state from this server is refused.

Key: derived (HKDF-SHA256) from ``HOME/secrets/form.key``, which ``open_home`` creates with mode
0600. A state is good for ``TTL`` (two hours) after the step that sealed it, then the child is
asked to start again (nothing was filed, and nothing is kept).
"""

from __future__ import annotations

import base64
import json
import zlib
from datetime import datetime, timedelta

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

TTL = timedelta(hours=2)
# Characters. A full flow at every field's limit in four-byte characters is about 150 kB of
# JSON before compression; the form parser takes fields up to 512 kB (help_flow.PARSE_MAX_PART).
MAX_TOKEN = 384 * 1024


class FlowStateError(ValueError):
    """The state field is missing, tampered with, from another key, or older than ``TTL``."""


class FlowSealer:
    """Seal a JSON-able dict into a URL-safe string and open it again, checking age."""

    def __init__(self, key: bytes, ttl: timedelta = TTL, purpose: str = "help"):
        # One key per purpose: a status page's state (which holds a PIN) can never be opened
        # as a Help flow's, nor the other way round.
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=b"tipline form state v1: " + purpose.encode()).derive(key)
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))
        self._ttl = int(ttl.total_seconds())

    def seal(self, state: dict, now: datetime) -> str:
        """``state`` as a token (str, base64url); raises TypeError if it is not JSON-able."""
        data = json.dumps(state, separators=(",", ":"), ensure_ascii=False).encode()
        return self._fernet.encrypt_at_time(zlib.compress(data, 6), int(now.timestamp())).decode("ascii")

    def open(self, token: str | None, now: datetime) -> dict:
        """The dict sealed in ``token``. Raises FlowStateError when it is absent, too long,
        tampered with, sealed with another key, or older than the TTL."""
        if not token or len(token) > MAX_TOKEN or not token.isascii():
            raise FlowStateError("no usable form state")
        try:
            data = self._fernet.decrypt_at_time(token.encode("ascii"), self._ttl, int(now.timestamp()))
        except InvalidToken as error:
            raise FlowStateError("form state is expired or was changed") from error
        try:
            state = json.loads(zlib.decompress(data))
        except (zlib.error, ValueError) as error:
            raise FlowStateError("form state does not read") from error
        if not isinstance(state, dict):
            raise FlowStateError("form state is not a record")
        return state
