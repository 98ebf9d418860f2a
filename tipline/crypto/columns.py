"""Column types that encrypt on the way into the database and decrypt on the way out, with
the keyring of the engine they run on (``attach``), so that code reads and writes plaintext
and the database holds only ciphertext (``tipline.crypto.keyring``).

- ``EncryptedText(purpose)``, ``EncryptedJSON(purpose)``: a value per row, AES-256-GCM under a
  data key of its own. Never compared in SQL: two encryptions of one value differ.
- ``BlindKey(purpose)``: the keyed hash of a value, for equality in SQL (linking looks
  identifiers up by it). A comparison with a plain value hashes the value the same way, so
  ``Sighting.value_key == "dark_wolf.77"`` finds it; reading the column gives the hash.
"""

from __future__ import annotations

import json
import weakref

from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator

from tipline.crypto.keyring import Keyring

_KEYRINGS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


class NoKeyring(RuntimeError):
    """The database was opened without its master keys (``tipline.home.open_home`` attaches
    them); nothing sensitive can be read or written."""


def attach(engine, keyring: Keyring) -> None:
    """Use ``keyring`` for every encrypted column read or written through ``engine``."""
    _KEYRINGS[engine.dialect] = keyring


def keyring_for(dialect) -> Keyring:
    try:
        return _KEYRINGS[dialect]
    except (KeyError, TypeError):
        raise NoKeyring("this database was opened without its master key file") from None


class EncryptedText(TypeDecorator):
    impl = Text
    cache_ok = True

    def __init__(self, purpose: str):
        super().__init__()
        self.purpose = purpose

    def to_text(self, value) -> str:
        return str(value)

    def from_text(self, text: str):
        return text

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return keyring_for(dialect).seal_text(self.to_text(value), self.purpose)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return self.from_text(keyring_for(dialect).open_text(value, self.purpose))


class EncryptedJSON(EncryptedText):
    cache_ok = True

    def to_text(self, value) -> str:
        return json.dumps(value, ensure_ascii=False)

    def from_text(self, text: str):
        return json.loads(text)


class BlindKey(TypeDecorator):
    impl = String(64)
    cache_ok = True

    def __init__(self, purpose: str):
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return keyring_for(dialect).blind(self.purpose, str(value))

    def process_result_value(self, value, dialect):
        return value
