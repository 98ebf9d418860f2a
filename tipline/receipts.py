"""Case codes and PINs for the reporter's receipt.

The PIN is never stored: only HMAC-SHA256(key, case_code ":" pin), with the key in a file
outside the database (``Settings.pin_key_path``). Argon2 per submission would cost a core at
the intake rates we aim for; a keyed hash is as strong against a stolen database without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

# Crockford's base32 without the easily confused I, L, O, U: a child can read it aloud.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_case_code() -> str:
    """``TL-XXXX-XXXX``: 40 random bits, readable over the phone."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"TL-{chars[:4]}-{chars[4:]}"


def normalise_case_code(raw: str) -> str:
    """Upper-case, trim, map look-alikes (O->0, I/L->1) and restore the dashes."""
    cleaned = "".join(ch for ch in raw.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if cleaned.startswith("T1"):  # "TL" itself went through the look-alike map
        cleaned = "TL" + cleaned[2:]
    if not cleaned.startswith("TL"):
        cleaned = "TL" + cleaned
    body = cleaned[2:]
    return f"TL-{body[:4]}-{body[4:]}" if len(body) == 8 else raw.strip().upper()


def new_pin() -> str:
    """Six random digits."""
    return f"{secrets.randbelow(1_000_000):06d}"


def hash_pin(key: bytes, case_code: str, pin: str) -> str:
    return hmac.new(key, f"{case_code}:{pin}".encode(), hashlib.sha256).hexdigest()


def pin_matches(key: bytes, case_code: str, pin: str, stored: str) -> bool:
    return hmac.compare_digest(hash_pin(key, case_code, pin), stored)
