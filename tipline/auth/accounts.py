"""Users, passwords (Argon2id via argon2-cffi) and TOTP (pyotp).

Rules: every account has TOTP; 5 failed logins within 15 minutes lock the username until the
window passes; a TOTP code is accepted once (replays of the same 30-second step are refused).
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tipline.store.tables import LoginAttempt, User

ROLES = ("analyst", "supervisor", "agency_officer", "admin")
LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)

USERNAME = re.compile(r"[A-Za-z0-9._-]{1,64}")

_hasher = PasswordHasher()  # argon2-cffi's defaults are Argon2id, RFC 9106 low-memory profile


class AccountError(ValueError):
    """A user-fixable problem with an account request (unknown role, taken name...)."""


def new_password() -> str:
    """A generated one-time password: 20 URL-safe characters (about 120 bits)."""
    return secrets.token_urlsafe(15)


def create_user(
    session: Session, *, username: str, role: str, now: datetime, agency_id: str | None = None,
    password: str | None = None,
) -> tuple[User, str, str]:
    """Create an account; returns ``(user, password, totp_secret)``, shown to the caller once.

    Raises AccountError for an unknown role, an agency officer without an agency, or a taken
    username.
    """
    if not USERNAME.fullmatch(username):
        raise AccountError("a username is 1 to 64 letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    if role == "agency_officer" and not agency_id:
        raise AccountError("an agency_officer needs --agency")
    if session.scalar(select(User).where(User.username == username)):
        raise AccountError(f"username {username!r} is taken")
    password = password or new_password()
    totp_secret = pyotp.random_base32()
    user = User(
        username=username, password_hash=_hasher.hash(password), totp_secret=totp_secret,
        role=role, agency_id=agency_id, created_at=now,
    )
    session.add(user)
    session.flush()
    return user, password, totp_secret


def reset_credentials(session: Session, *, username: str) -> tuple[str, str]:
    """New password and TOTP secret for ``username``; ends the account's sessions.
    Returns ``(password, totp_secret)``. Raises AccountError for an unknown username."""
    from sqlalchemy import delete

    from tipline.store.tables import ConsoleSession

    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AccountError(f"no account named {username!r}")
    password, secret = new_password(), pyotp.random_base32()
    user.password_hash = _hasher.hash(password)
    user.totp_secret = secret
    user.last_totp_step = None
    session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user.id))
    return password, secret


def is_locked_out(session: Session, username: str, now: datetime) -> bool:
    failures = session.scalar(
        select(func.count()).select_from(LoginAttempt).where(
            LoginAttempt.username == username,
            LoginAttempt.succeeded.is_(False),
            LoginAttempt.at > now - LOCKOUT_WINDOW,
        )
    )
    return failures >= LOCKOUT_FAILURES


def authenticate(
    session: Session, *, username: str, password: str, totp_code: str, now: datetime
) -> User | None:
    """The user if the password and the TOTP code are right and the account is usable.

    Records the attempt. Returns None on any failure, without saying which part was wrong.
    """
    username = username.replace("\x00", "").strip()[:64]
    # Lock the account row first: parallel attempts (same TOTP code, password guesses racing
    # the lockout count) are then checked one after another.
    user = session.scalar(select(User).where(User.username == username).with_for_update())
    if is_locked_out(session, username, now):
        session.add(LoginAttempt(username=username, succeeded=False, at=now))
        return None
    ok = False
    if user is not None and not user.disabled:
        try:
            ok = _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
        if ok:
            ok = _accept_totp(user, totp_code, now)
    else:
        _hasher.hash(password)  # spend the same time as a real check
    session.add(LoginAttempt(username=username, succeeded=ok, at=now))
    return user if ok else None


def _accept_totp(user: User, code: str, now: datetime) -> bool:
    code = "".join(ch for ch in code if ch.isdigit())
    totp = pyotp.TOTP(user.totp_secret)
    for drift in (0, -1, 1):
        moment = now + timedelta(seconds=30 * drift)
        if totp.verify(code, for_time=moment, valid_window=0):
            step = int(moment.timestamp()) // 30
            if user.last_totp_step is not None and step <= user.last_totp_step:
                return False
            user.last_totp_step = step
            return True
    return False
