"""Users, passwords (Argon2id via argon2-cffi) and TOTP (pyotp).

Rules: every account has TOTP; 5 failed logins within 15 minutes lock the username until the
window passes; a TOTP code is accepted once (replays of the same 30-second step are refused).

Passwords follow NIST SP 800-63B: at least ``MIN_PASSWORD`` characters, up to
``MAX_PASSWORD`` (long passphrases welcome), no composition rules, no periodic rotation; a
password on zxcvbn's offline list of 30,000 common and breached passwords, one that zxcvbn
scores below 3 of 4 (guessable within about 10^8 tries), or one holding the username is
refused. The one-time password ``user add`` and ``user reset`` print must be changed at the
first sign-in (it was seen by whoever ran the command).
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

from tipline.store.tables import ConsoleSession, LoginAttempt, User

ROLES = ("analyst", "supervisor", "agency_officer", "admin")
MIN_PASSWORD = 12
MAX_PASSWORD = 1024
_ZXCVBN_CHARS = 256  # zxcvbn's cost grows with length; the first 256 characters tell enough
LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)

USERNAME = re.compile(r"[A-Za-z0-9._-]{1,64}")

_hasher = PasswordHasher()  # argon2-cffi's defaults are Argon2id, RFC 9106 low-memory profile


class AccountError(ValueError):
    """A user-fixable problem with an account request (unknown role, taken name...)."""


class PasswordRefused(AccountError):
    """A new password the policy refuses; the message says why, in words for the user."""


def normalise(password: str) -> str:
    """A password as it is hashed and checked: Unicode NFKC (NIST SP 800-63B 5.1.1.2), so that
    "café" typed with a combining accent is the same password."""
    import unicodedata

    return unicodedata.normalize("NFKC", password)


def check_password(password: str, username: str) -> None:
    """Raise PasswordRefused unless ``password`` meets the policy (module docstring)."""
    password = normalise(password)
    from zxcvbn import zxcvbn
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    if len(password) < MIN_PASSWORD:
        raise PasswordRefused(f"a password needs at least {MIN_PASSWORD} characters (a few words make a good one)")
    if len(password) > MAX_PASSWORD:
        raise PasswordRefused(f"a password has at most {MAX_PASSWORD} characters")
    if password.lower() in _common_passwords(FREQUENCY_LISTS):
        raise PasswordRefused("that password is on a list of common and breached passwords")
    if username and username.lower() in password.lower():
        raise PasswordRefused("a password must not contain the username")
    verdict = zxcvbn(password[:_ZXCVBN_CHARS], user_inputs=[username, "tipline"], max_length=_ZXCVBN_CHARS)
    if verdict["score"] < 3:
        warning = verdict["feedback"].get("warning") or "it would be guessed too quickly"
        raise PasswordRefused(f"that password is too easy to guess: {warning.rstrip('.').lower()}")


_COMMON: frozenset[str] | None = None


def _common_passwords(lists) -> frozenset[str]:
    global _COMMON
    if _COMMON is None:
        _COMMON = frozenset(lists["passwords"])
    return _COMMON


def change_password(session: Session, user: User, *, current: str, new: str, now: datetime) -> None:
    """Set ``user``'s password to ``new`` after checking ``current`` and the policy. A wrong
    current password counts as a failed sign-in, so the same lockout applies (5 in 15
    minutes): a stolen session cannot guess the password. Raises AccountError (wrong current
    password, locked out) or PasswordRefused."""
    if is_locked_out(session, user.username, now):
        raise AccountError("too many wrong passwords: try again in 15 minutes")
    if not _verify(user.password_hash, current):
        session.add(LoginAttempt(username=user.username, succeeded=False, at=now))
        raise AccountError("the current password is not right")
    current, new = normalise(current), normalise(new)
    if new == current:
        raise PasswordRefused("choose a password different from the current one")
    check_password(new, user.username)
    user.password_hash = _hasher.hash(new)
    user.must_change_password = False


def _verify(password_hash: str, password: str) -> bool:
    """Whether ``password`` (normalised) matches; an unreadable hash does not."""
    try:
        return _hasher.verify(password_hash, normalise(password))
    except (VerificationError, InvalidHashError):
        return False


def disable_user(session: Session, *, username: str) -> User:
    """Disable ``username``: it cannot sign in, and its sessions end now. Raises AccountError."""
    from sqlalchemy import delete

    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AccountError(f"no account named {username!r}")
    user.disabled = True
    session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user.id))
    return user


def enable_user(session: Session, *, username: str) -> User:
    """Let a disabled ``username`` sign in again (with its password and TOTP as they are;
    ``user reset`` gives new ones). Raises AccountError for an unknown name."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AccountError(f"no account named {username!r}")
    user.disabled = False
    return user


def new_password() -> str:
    """A generated one-time password: 20 URL-safe characters (about 120 bits)."""
    return secrets.token_urlsafe(15)


def create_user(
    session: Session, *, username: str, role: str, now: datetime, agency_id: str | None = None,
    password: str | None = None, must_change_password: bool = True,
) -> tuple[User, str, str]:
    """Create an account; returns ``(user, password, totp_secret)``, shown to the caller once.
    The password is generated unless given; either way it must be changed at the first
    sign-in unless ``must_change_password`` is False (tests that start from a changed one).

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
        username=username, password_hash=_hasher.hash(normalise(password)), totp_secret=totp_secret,
        role=role, agency_id=agency_id, created_at=now, must_change_password=must_change_password,
    )
    session.add(user)
    session.flush()
    return user, password, totp_secret


def reset_credentials(session: Session, *, username: str) -> tuple[str, str]:
    """New password and TOTP secret for ``username``; ends the account's sessions.
    Returns ``(password, totp_secret)``. Raises AccountError for an unknown username."""
    from sqlalchemy import delete

    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise AccountError(f"no account named {username!r}")
    password, secret = new_password(), pyotp.random_base32()
    user.password_hash = _hasher.hash(password)
    user.totp_secret = secret
    user.last_totp_step = None
    user.must_change_password = True
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
        ok = _verify(user.password_hash, password)
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
