"""Console accounts as a police unit would want them: a password policy from NIST SP 800-63B
with zxcvbn's offline list, the one-time password changed at first sign-in, sessions that end
after 30 idle minutes or 12 hours, and at once when the account is disabled."""

from __future__ import annotations

import re
from datetime import timedelta

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from support import now
from tipline.auth import accounts
from tipline.auth.accounts import PasswordRefused, check_password, create_user, disable_user
from tipline.store.db import transaction
from tipline.store.tables import AuditEntry, ConsoleSession
from tipline.web.app import create_app

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
GOOD = "lantern orbit pickle sonata"


@pytest.mark.parametrize("password, why", [
    ("short one", "at least 12"),
    ("password1234", "common and breached"),
    ("qwertyuiop123", "common and breached"),
    ("ana-is-my-name-2026", "username"),
    ("aaaaaaaaaaaaaaaaaaaa", "too easy to guess"),
    ("x" * 1025, "at most 1024"),
])
def test_weak_passwords_are_refused_with_the_reason(password, why):
    with pytest.raises(PasswordRefused, match=why):
        check_password(password, "ana")


@pytest.mark.parametrize("password", [GOOD, "Tr0ub4dor&3-but-longer", "é" * 3 + " horse battery stapler",
                                      "a long passphrase that keeps going for well over sixty-four characters, " * 3])
def test_good_and_very_long_passwords_are_accepted(password):
    check_password(password, "ana")


def _sign_in(client, username, password, secret, at=None):
    code = pyotp.TOTP(secret).at(at) if at else pyotp.TOTP(secret).now()  # the server's clock
    return client.post("/console/login", data={"username": username, "password": password,
                                               "totp": code}, follow_redirects=False)


def test_the_one_time_password_is_changed_before_anything_else(sqlite_home):
    home = sqlite_home
    with transaction(home.sessions) as session:
        _, one_time, secret = create_user(session, username="ana", role="analyst", now=now())
    with TestClient(create_app(home)) as client:
        answer = _sign_in(client, "ana", one_time, secret)
        assert answer.status_code == 303 and answer.headers["location"] == "/console/password"
        queue = client.get("/console", follow_redirects=False)
        assert queue.status_code == 303 and queue.headers["location"] == "/console/password"
        form = client.get("/console/password")
        csrf = _CSRF.search(form.text).group(1)

        def change(current, new, repeat=None):
            return client.post("/console/password", data={"csrf": csrf, "current": current, "new": new,
                                                          "repeat": new if repeat is None else repeat},
                               follow_redirects=False)

        assert "common and breached" in change(one_time, "password1234").text
        assert "differ" in change(one_time, GOOD, GOOD + "!").text
        assert "current password is not right" in change("wrong", GOOD).text
        assert change(one_time, GOOD).status_code == 303
        assert client.get("/console", follow_redirects=False).status_code == 200
    with transaction(home.sessions) as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert "user.password_changed" in actions
    with TestClient(create_app(home)) as client:  # the new password signs in; the old one not
        assert _sign_in(client, "ana", one_time, secret).status_code == 401


def _analyst(home):
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username="bo", role="analyst", now=now(),
                                          must_change_password=False)
    return password, secret


def test_sessions_end_after_30_idle_minutes_and_after_12_hours(sqlite_home):
    home = sqlite_home
    password, secret = _analyst(home)
    app = create_app(home)
    clock = [now()]
    app.state.clock = lambda: clock[0]
    with TestClient(app) as client:
        assert _sign_in(client, "bo", password, secret).status_code == 303
        clock[0] += timedelta(minutes=29)
        assert client.get("/console", follow_redirects=False).status_code == 200  # touched: idle restarts
        clock[0] += timedelta(minutes=31)
        idle = client.get("/console", follow_redirects=False)
        assert idle.status_code == 303 and idle.headers["location"] == "/console/login"
    with TestClient(app) as client:
        clock[0] += timedelta(minutes=1)  # a new 30-second TOTP step
        assert _sign_in(client, "bo", password, secret, at=clock[0]).status_code == 303
        start = clock[0]
        while clock[0] - start < timedelta(hours=12) - timedelta(minutes=20):
            clock[0] += timedelta(minutes=20)
            assert client.get("/console", follow_redirects=False).status_code == 200
        clock[0] += timedelta(minutes=25)  # active all along, but past 12 hours in all
        assert client.get("/console", follow_redirects=False).headers["location"] == "/console/login"


def test_disabling_an_account_ends_its_sessions_at_once(sqlite_home):
    home = sqlite_home
    password, secret = _analyst(home)
    with TestClient(create_app(home)) as client:
        assert _sign_in(client, "bo", password, secret).status_code == 303
        assert client.get("/console", follow_redirects=False).status_code == 200
        with transaction(home.sessions) as session:
            disable_user(session, username="bo")
            assert session.scalars(select(ConsoleSession)).all() == []
        gone = client.get("/console", follow_redirects=False)
        assert gone.status_code == 303 and gone.headers["location"] == "/console/login"
    with pytest.raises(accounts.AccountError, match="no account"):
        with transaction(home.sessions) as session:
            disable_user(session, username="nobody")


def test_a_password_is_the_same_however_its_accents_are_typed(sqlite_home):
    import unicodedata

    home = sqlite_home
    nfc = unicodedata.normalize("NFC", "café señor über naïve crème")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    with transaction(home.sessions) as session:
        _, _, secret = create_user(session, username="cy", role="analyst", now=now(), password=nfc,
                                   must_change_password=False)
    with TestClient(create_app(home)) as client:
        assert _sign_in(client, "cy", nfd, secret).status_code == 303


def test_guessing_the_current_password_locks_out_and_nothing_is_echoed(sqlite_home):
    home = sqlite_home
    password, secret = _analyst(home)
    with TestClient(create_app(home)) as client:
        assert _sign_in(client, "bo", password, secret).status_code == 303
        csrf = _CSRF.search(client.get("/console/password").text).group(1)
        for _ in range(5):
            wrong = client.post("/console/password", data={"csrf": csrf, "current": "guess", "new": GOOD,
                                                           "repeat": GOOD})
            assert "not right" in wrong.text
        locked = client.post("/console/password", data={"csrf": csrf, "current": password, "new": GOOD,
                                                        "repeat": GOOD})
        assert locked.status_code == 422 and "15 minutes" in locked.text
        huge = "S3cret-" + "x" * 100_000
        echoed = client.post("/console/password", data={"csrf": csrf, "current": password, "new": huge,
                                                        "repeat": huge})
        assert echoed.status_code == 422 and "S3cret-" not in echoed.text
        assert echoed.headers["content-type"].startswith("text/html")
    with transaction(home.sessions) as session:
        refused = [e for e in session.scalars(select(AuditEntry)) if e.action == "user.password_change_refused"]
    assert len(refused) == 6
