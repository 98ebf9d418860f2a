"""Signed platform context: what an embedding platform tells the hotline about where the child
pressed Get help (the platform, the reported account, the conversation), and the check of it.

Pure functions: no I/O, no clock (``issued_at`` and ``now`` are passed in), no randomness.

A token is two base64url segments (no padding) joined by a dot::

    <base64url(JSON payload)>.<base64url(HMAC-SHA256(key, ASCII of the first segment))>

The payload is a JSON object with ``platform`` (the platform id, required), ``iat`` (issued at,
Unix seconds, required), and optionally ``reported_account`` and ``conversation_id`` (strings).
The key is the platform's ``embed_key`` (32 bytes; ``tipline platform add`` prints it as hex).
A context that is unsigned, tampered, too old, from an unknown or revoked platform, or simply
broken is never used; ``verify_context`` says which, and the report stores that verdict.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

MAX_TOKEN_CHARS = 4096
"""Longer tokens are refused unread (``malformed``)."""

DEFAULT_MAX_AGE = timedelta(hours=24)
CLOCK_SKEW = timedelta(minutes=5)
"""How far in the future ``iat`` may be (the platform's clock may run a little fast)."""

PLATFORM_ID = re.compile(r"[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?")
"""A platform id: 1 to 64 characters, lower-case letters, digits, ``-`` and ``_``."""

OPTIONAL_FIELDS = {"reported_account": 500, "conversation_id": 200}
"""Optional string fields of the payload and their maximum length in characters."""

STATUSES = ("absent", "verified", "unsigned", "bad_signature", "unknown_platform", "expired",
            "malformed")

_B64URL = re.compile(r"[A-Za-z0-9_-]+")
_SIGNATURE_BYTES = hashlib.sha256().digest_size


class ContextError(ValueError):
    """A context the signer refuses: names the field and what is wrong with it."""


@dataclass(frozen=True, slots=True)
class ContextCheck:
    """The verdict on a request's platform context.

    ``status`` is one of ``STATUSES``. ``context`` is set only when ``verified``:
    ``{"platform", "issued_at" (ISO 8601 UTC), and "reported_account" / "conversation_id" when
    the platform sent them}``. ``platform`` is the platform id the token claims (None when
    there is none or it could not be read). ``note`` is one line a person can read.
    """

    status: str
    context: dict[str, str] | None = None
    platform: str | None = None
    note: str = ""

    @property
    def verified(self) -> bool:
        return self.status == "verified"


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(segment: str) -> bytes:
    """Decode unpadded, canonical base64url (one spelling per byte string); raises ValueError
    on any other alphabet, a bad length or stray trailing bits."""
    if not _B64URL.fullmatch(segment) or len(segment) % 4 == 1:
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    if _b64encode(data) != segment:
        raise ValueError("not canonical base64url")
    return data


def _mac(key: bytes, signed_part: str) -> bytes:
    return hmac.new(key, signed_part.encode("ascii"), hashlib.sha256).digest()


def _check_fields(context: dict[str, Any]) -> str | None:
    """What is wrong with a payload's fields (other than ``iat``), or None."""
    platform = context.get("platform")
    if not isinstance(platform, str) or not PLATFORM_ID.fullmatch(platform):
        return "platform must be a platform id (a-z, 0-9, - and _, at most 64 characters)"
    for name, limit in OPTIONAL_FIELDS.items():
        value = context.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return f"{name} must be a string"
        if not value.strip() or len(value) > limit:
            return f"{name} must be 1 to {limit} characters"
        if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
            return f"{name} contains a control character"
    unknown = sorted(set(context) - {"platform", "iat", *OPTIONAL_FIELDS})
    if unknown:
        return f"unexpected field {unknown[0][:40]!r}"
    return None


def sign_context(key: bytes, context: dict[str, Any], issued_at: datetime) -> str:
    """A token for ``context`` (``platform`` and optionally ``reported_account``,
    ``conversation_id``) issued at ``issued_at`` (an aware datetime; stored as whole Unix
    seconds), signed with ``key`` (the platform's 32-byte embed key).

    Raises ContextError on a missing or invalid field, ValueError on a naive datetime or an
    empty key.
    """
    if not key:
        raise ValueError("an empty key")
    if issued_at.tzinfo is None:
        raise ValueError("issued_at must be timezone-aware")
    payload = {k: v for k, v in context.items() if v is not None}
    payload.pop("iat", None)
    if problem := _check_fields(payload):
        raise ContextError(problem)
    payload["iat"] = int(issued_at.timestamp())
    body = _b64encode(json.dumps(payload, separators=(",", ":"), sort_keys=True,
                                 ensure_ascii=False).encode("utf-8"))
    token = f"{body}.{_b64encode(_mac(key, body))}"
    if len(token) > MAX_TOKEN_CHARS:
        raise ContextError(f"the token would be {len(token)} characters; the limit is "
                           f"{MAX_TOKEN_CHARS}")
    return token


def verify_context(
    token: str | None,
    key_for: Callable[[str], bytes | None],
    now: datetime,
    max_age: timedelta = DEFAULT_MAX_AGE,
    unsigned_fields: bool = False,
) -> ContextCheck:
    """Check a token from a request (the ``ctx`` query parameter).

    ``key_for(platform_id)`` returns that platform's embed key, or None when the platform is
    unknown or revoked; it is called only with ids matching ``PLATFORM_ID``. ``now`` is an
    aware datetime. A token older than ``max_age``, or issued more than ``CLOCK_SKEW`` in the
    future, is ``expired``. ``unsigned_fields`` says the request carried context fields (say
    ``?platform=...&reported_account=...``) but no token: the verdict is then ``unsigned``
    instead of ``absent``.

    Never raises on what the request holds (any string, any length, any bytes).
    """
    if token is None or token == "":
        if unsigned_fields:
            return ContextCheck("unsigned", note="context came without a signature; ignored")
        return ContextCheck("absent", note="no platform context")
    if not isinstance(token, str):
        return ContextCheck("malformed", note="the token is not text")
    if len(token) > MAX_TOKEN_CHARS:
        return ContextCheck("malformed", note=f"the token is longer than {MAX_TOKEN_CHARS} "
                                              "characters")
    body, dot, signature = token.partition(".")
    if not dot or "." in signature:
        return ContextCheck("malformed", note="the token is not two parts joined by a dot")
    try:
        payload = json.loads(_b64decode(body).decode("utf-8"))
        given = _b64decode(signature)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ContextCheck("malformed", note="the token is not base64url-encoded JSON")
    if not isinstance(payload, dict):
        return ContextCheck("malformed", note="the token's payload is not a JSON object")
    platform = payload.get("platform")
    if not isinstance(platform, str) or not PLATFORM_ID.fullmatch(platform):
        return ContextCheck("malformed", note="the token names no valid platform id")
    key = key_for(platform)
    if not key:
        return ContextCheck("unknown_platform", platform=platform,
                            note=f"platform {platform!r} is unknown or its key is revoked")
    if len(given) != _SIGNATURE_BYTES or not hmac.compare_digest(_mac(key, body), given):
        return ContextCheck("bad_signature", platform=platform,
                            note=f"the signature does not match the key of platform {platform!r}")
    # Signed by the platform from here on: what is left are the platform's own mistakes.
    if problem := _check_fields(payload):
        return ContextCheck("malformed", platform=platform, note=problem)
    iat = payload.get("iat")
    if type(iat) is not int:
        return ContextCheck("malformed", platform=platform,
                            note="iat must be an integer (Unix seconds)")
    try:
        issued_at = datetime.fromtimestamp(iat, UTC)
    except (OverflowError, OSError, ValueError):
        return ContextCheck("malformed", platform=platform, note="iat is out of range")
    age = now - issued_at
    if age > max_age:
        return ContextCheck("expired", platform=platform,
                            note=f"issued {_span(age)} ago; tokens are accepted for "
                                 f"{_span(max_age)}")
    if -age > CLOCK_SKEW:
        return ContextCheck("expired", platform=platform,
                            note=f"issued {_span(-age)} in the future")
    context = {"platform": platform, "issued_at": issued_at.isoformat().replace("+00:00", "Z")}
    context.update({name: payload[name] for name in OPTIONAL_FIELDS if name in payload})
    return ContextCheck("verified", context=context, platform=platform,
                        note=f"signed by platform {platform!r}")


def _span(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds >= 2 * 86400:
        return f"{seconds // 86400} days"
    if seconds >= 3600:
        return f"{seconds // 3600} h"
    if seconds >= 60:
        return f"{seconds // 60} min"
    return f"{seconds} s"


def context_record(check: ContextCheck) -> dict[str, Any]:
    """What a report stores about its platform context (``Report.platform_context``):
    ``{"status", "note", "context"}``, where ``context`` is None unless verified."""
    return {"status": check.status, "note": check.note,
            "context": dict(check.context) if check.verified and check.context else None}


_IGNORED_LABELS = {
    "unsigned": "unsigned", "bad_signature": "bad signature",
    "unknown_platform": "unknown platform", "expired": "expired", "malformed": "malformed",
}


def context_summary(record: dict[str, Any] | None) -> str:
    """One line for an analyst, from a stored record: ``Platform context: verified (platform
    demo, account @x, conversation c-1)`` or ``Platform context ignored: bad signature (...)``;
    empty when the report had no context."""
    if not isinstance(record, dict):
        return ""
    status = record.get("status")
    context = record.get("context")
    if status == "verified" and isinstance(context, dict):
        parts = [f"platform {context.get('platform', '?')}"]
        if context.get("reported_account"):
            parts.append(f"account {context['reported_account']}")
        if context.get("conversation_id"):
            parts.append(f"conversation {context['conversation_id']}")
        return f"Platform context: verified ({', '.join(parts)})"
    if status in _IGNORED_LABELS:
        note = record.get("note") or ""
        return (f"Platform context ignored: {_IGNORED_LABELS[status]}"
                + (f" ({note})" if note else ""))
    return ""
