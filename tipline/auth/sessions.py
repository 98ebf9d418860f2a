"""Console sessions: a random token in an HttpOnly cookie, its SHA-256 in the database.

Sessions end after 30 minutes idle or 12 hours in all (Settings), and at once when the
account is disabled.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from tipline.store.tables import ConsoleSession, User


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(session: Session, user: User, now: datetime) -> str:
    """Create a session; returns the cookie token (never stored)."""
    token = secrets.token_urlsafe(32)
    session.add(ConsoleSession(
        token_hash=_hash(token), user_id=user.id, csrf_token=secrets.token_urlsafe(24),
        created_at=now, last_seen_at=now,
    ))
    return token


def resume(
    session: Session, token: str | None, now: datetime, *, idle: timedelta, absolute: timedelta
) -> ConsoleSession | None:
    """The live session for ``token``, touched; None (and deleted) if expired or disabled."""
    if not token:
        return None
    row = session.get(ConsoleSession, _hash(token))
    if row is None:
        return None
    if row.user.disabled or now - row.last_seen_at > idle or now - row.created_at > absolute:
        session.delete(row)
        return None
    row.last_seen_at = now
    return row


def end(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == _hash(token)))


def end_others(session: Session, user: User, token: str | None) -> None:
    """End every session of ``user`` except the one of ``token`` (after a password change)."""
    keep = _hash(token) if token else ""
    session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user.id,
                                                 ConsoleSession.token_hash != keep))
