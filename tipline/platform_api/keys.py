"""API keys of platforms: issue, check, rotate, revoke; and each platform's webhook secret.

A key reads ``tpk_<id>_<secret>``: the id (16 lowercase base32 characters) names the key in
logs and the audit; the secret is 32 random bytes (43 URL-safe base64 characters). Only the
SHA-256 of the secret is stored. A fast hash is enough here, unlike for passwords: 256 random
bits cannot be guessed, so nothing is gained by making each guess slow, and every API call
must check a key in microseconds. Comparison is constant-time.

Scopes (``SCOPES``) limit a key: ``reports:write`` opens, uploads, finishes and retracts;
``reports:read`` reads status; ``webhooks`` reads the delivery log and sets the URL. Rotating
a key issues a new one and lets the old one work for a grace period (default 24 hours), so a
platform can roll its servers over without a gap; revoking stops a key at once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tipline.store.tables import Platform, PlatformApiKey

SCOPES = ("reports:write", "reports:read", "webhooks")
KEY_FORMAT = re.compile(r"tpk_([a-z2-7]{16})_([A-Za-z0-9_-]{43})")


class ApiKeyError(ValueError):
    """A key that cannot be issued, rotated or revoked as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class Caller:
    """Who an API call comes from, once its key checked out."""

    platform_id: str
    key_id: str
    scopes: tuple[str, ...]


def _secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def issue_key(session: Session, platform_id: str, now: datetime,
              scopes: tuple[str, ...] = SCOPES) -> str:
    """A new key for ``platform_id``; returns the whole key, which is shown once and not kept.
    Raises ApiKeyError for an unknown or revoked platform or an unknown scope."""
    platform = session.get(Platform, platform_id)
    if platform is None or platform.revoked_at is not None:
        raise ApiKeyError(f"no active platform {platform_id!r}")
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown or not scopes:
        raise ApiKeyError(f"unknown scope {', '.join(unknown) or '(none given)'}; "
                        f"scopes are {', '.join(SCOPES)}")
    key_id = base64.b32encode(secrets.token_bytes(10)).decode().lower()
    secret = secrets.token_urlsafe(32)
    session.add(PlatformApiKey(id=key_id, platform_id=platform_id,
                               secret_sha256=_secret_hash(secret),
                               scopes=[s for s in SCOPES if s in scopes], created_at=now))
    session.flush()
    return f"tpk_{key_id}_{secret}"


def new_webhook_secret(session: Session, platform_id: str) -> str:
    """Give the platform a new webhook secret (hex of 32 random bytes) and return it; the old
    one stops signing at once. Raises ApiKeyError for an unknown platform."""
    platform = session.get(Platform, platform_id)
    if platform is None:
        raise ApiKeyError(f"no platform {platform_id!r}")
    platform.webhook_secret = secrets.token_hex(32)
    return platform.webhook_secret


def check_key(session: Session, presented: str | None, now: datetime) -> Caller | None:
    """The caller a presented key stands for, or None when it is malformed, unknown, wrong,
    revoked, past its grace period, or its platform is revoked (all alike to the caller)."""
    match = KEY_FORMAT.fullmatch(presented or "")
    if match is None:
        return None
    key_id, secret = match.groups()
    row = session.get(PlatformApiKey, key_id)
    if row is None or not hmac.compare_digest(row.secret_sha256, _secret_hash(secret)):
        return None
    if row.revoked_at is not None or (row.expires_at is not None and row.expires_at <= now):
        return None
    platform = session.get(Platform, row.platform_id)
    if platform is None or platform.revoked_at is not None:
        return None
    return Caller(row.platform_id, row.id, tuple(row.scopes))


def rotate_key(session: Session, key_id: str, now: datetime,
               grace: timedelta = timedelta(hours=24)) -> tuple[str, datetime]:
    """Issue a key with the same scopes as ``key_id`` and let ``key_id`` work until
    ``now + grace``; returns the new key and when the old one stops. Raises ApiKeyError."""
    row = session.get(PlatformApiKey, key_id)
    if row is None or row.revoked_at is not None or (row.expires_at and row.expires_at <= now):
        raise ApiKeyError(f"no active key {key_id!r} (revoked or past its grace period: "
                          "issue a new one with `tipline platform key add`)")
    until = now + grace
    row.expires_at = min(row.expires_at, until) if row.expires_at else until
    return issue_key(session, row.platform_id, now, tuple(row.scopes)), row.expires_at


def revoke_key(session: Session, key_id: str, now: datetime) -> PlatformApiKey:
    """Stop ``key_id`` at once (revoking twice keeps the first time). Raises ApiKeyError."""
    row = session.get(PlatformApiKey, key_id)
    if row is None:
        raise ApiKeyError(f"no key {key_id!r}")
    if row.revoked_at is None:
        row.revoked_at = now
    return row


def keys_of(session: Session, platform_id: str) -> list[PlatformApiKey]:
    return list(session.scalars(select(PlatformApiKey).where(
        PlatformApiKey.platform_id == platform_id).order_by(PlatformApiKey.created_at)))
