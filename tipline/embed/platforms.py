"""Platforms that embed the Help button, and their embed keys.

Plain functions over a session (the caller owns the transaction), plus ``embed_key_for``, which
opens its own read transaction for the Help page. A platform's id names it in signed context;
rotating a key means adding a new platform id and revoking the old one (``docs/embed.md``).
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tipline.embed.context import PLATFORM_ID
from tipline.home import Home
from tipline.store.db import transaction
from tipline.store.tables import Platform

DEMO_PLATFORM_ID = "demo"


class PlatformError(ValueError):
    """A platform that cannot be added or changed; the message says why and what to do."""


def platform_id_from_name(name: str) -> str:
    """A platform id from a name: ``"Demo Games!"`` gives ``"demo-games"``. Raises
    PlatformError when nothing usable is left."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:64].strip("-")
    if not slug:
        raise PlatformError(f"cannot make a platform id from {name!r}; give one with --id")
    return slug


def add_platform(session: Session, *, name: str, now: datetime,
                 platform_id: str | None = None) -> Platform:
    """Add a platform with a new random 32-byte embed key. ``platform_id`` defaults to a slug
    of ``name``. Raises PlatformError on a bad or already used id, or an empty name."""
    name = name.strip()
    if not name or len(name) > 200:
        raise PlatformError("the platform name must be 1 to 200 characters")
    platform_id = platform_id if platform_id is not None else platform_id_from_name(name)
    if not PLATFORM_ID.fullmatch(platform_id):
        raise PlatformError(f"bad platform id {platform_id!r}: use 1 to 64 of a-z, 0-9, - "
                            "and _, starting and ending with a letter or digit")
    if session.get(Platform, platform_id) is not None:
        raise PlatformError(f"platform {platform_id!r} already exists; to give it a new key, "
                            f"add a new id (say {platform_id}-2) and then revoke this one with "
                            f"`tipline platform revoke {platform_id}`")
    platform = Platform(id=platform_id, name=name, embed_key=secrets.token_hex(32),
                        created_at=now, revoked_at=None)
    session.add(platform)
    session.flush()
    return platform


def revoke_platform(session: Session, platform_id: str, now: datetime) -> Platform:
    """Stop accepting context signed with this platform's key (kept for the record).
    Raises PlatformError when there is no such platform; revoking twice keeps the first time."""
    platform = session.get(Platform, platform_id)
    if platform is None:
        raise PlatformError(f"no platform {platform_id!r}")
    if platform.revoked_at is None:
        platform.revoked_at = now
    return platform


def list_platforms(session: Session) -> list[Platform]:
    return list(session.scalars(select(Platform).order_by(Platform.id)))


def embed_key_for(home: Home, platform_id: str) -> bytes | None:
    """The 32-byte embed key of an active platform; None when it is unknown or revoked."""
    if not isinstance(platform_id, str) or not PLATFORM_ID.fullmatch(platform_id):
        return None
    with transaction(home.sessions, write=False) as session:
        platform = session.get(Platform, platform_id)
        if platform is None or platform.revoked_at is not None:
            return None
        return bytes.fromhex(platform.embed_key)
