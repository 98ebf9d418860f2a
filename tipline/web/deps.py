"""Typed dependencies: what a route needs, declared where the route is.

``HomeDep`` (the opened Tipline), ``Clock`` (now, replaceable in tests), and for the console
``CurrentUser`` / ``require_roles(...)``: a console route without one of these fails
``tests/web/test_route_security.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from tipline.auth import sessions
from tipline.home import Home
from tipline.store.db import transaction
from tipline.store.tables import User

SESSION_COOKIE = "tipline_session"


def get_home(request: Request) -> Home:
    return request.app.state.home


def get_now(request: Request) -> datetime:
    clock = getattr(request.app.state, "clock", None)
    return clock() if clock else datetime.now(UTC)


HomeDep = Annotated[Home, Depends(get_home)]
Now = Annotated[datetime, Depends(get_now)]


class LoginRequired(Exception):
    """Raised by console dependencies; the app answers with a redirect to the login page."""


class PasswordChangeRequired(Exception):
    """Raised while the account still has its one-time password; the app answers with a
    redirect to the page that changes it."""


# Pages an account with a one-time password may still reach.
_BEFORE_PASSWORD_CHANGE = {"/console/password", "/console/logout"}


class ConsoleContext:
    """The signed-in user and the session's CSRF token."""

    def __init__(self, user: User, csrf_token: str):
        self.user = user
        self.csrf_token = csrf_token


def current_context(request: Request, home: HomeDep, now: Now) -> ConsoleContext:
    token = request.cookies.get(SESSION_COOKIE)
    settings = home.settings
    with transaction(home.sessions) as session:
        row = sessions.resume(
            session, token, now, idle=timedelta(minutes=settings.session_idle_minutes),
            absolute=timedelta(hours=settings.session_absolute_hours),
        )
        if row is None:
            raise LoginRequired()
        if row.user.must_change_password and request.url.path not in _BEFORE_PASSWORD_CHANGE:
            raise PasswordChangeRequired()
        return ConsoleContext(row.user, row.csrf_token)


CurrentUser = Annotated[ConsoleContext, Depends(current_context)]


def require_roles(*roles: str) -> Callable[..., ConsoleContext]:
    """A dependency that lets only ``roles`` through; others get 404 (nothing to see here)."""

    def check(context: CurrentUser) -> ConsoleContext:
        if context.user.role not in roles:
            raise HTTPException(status_code=404, detail="not found")
        return context

    check.roles = roles  # read by the route-security test
    return check


def client_address(request: Request) -> str:
    """Where a console request came from, for the audit log's "from where" (the address the
    server sees; behind a proxy, what uvicorn took from X-Forwarded-For)."""
    return request.client.host if request.client else ""


def check_csrf(context: ConsoleContext, submitted: str | None) -> None:
    import hmac

    if not submitted or not hmac.compare_digest(submitted, context.csrf_token):
        raise HTTPException(status_code=403, detail="form expired; reload the page")
