"""Security declared where the route is: every console route requires a role, and an agency
officer sees only referrals to their own agency (anything else answers 404)."""

from __future__ import annotations

import re

import pyotp
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import select

from support import now, shapes_png
from tipline.auth.accounts import create_user
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.store.db import transaction
from tipline.crypto.blobs import encrypt_blob
from tipline.store.tables import Attachment, Export, PreservationRequest, Referral, Report
from tipline.web.app import create_app

PUBLIC_CONSOLE = {"/console/login"}


def _dependency_calls(dependant):
    for sub in dependant.dependencies:
        yield sub.call
        yield from _dependency_calls(sub)


def test_every_console_route_declares_its_roles(sqlite_home):
    checked = 0
    for prefix, route in _all_routes(create_app(sqlite_home)):
        if not (prefix + route.path).startswith("/console") or prefix + route.path in PUBLIC_CONSOLE:
            continue
        roles = [getattr(call, "roles", None) for call in _dependency_calls(route.dependant)]
        assert any(roles), f"{route.path} {route.methods} has no require_roles dependency"
        checked += 1
    assert checked >= 15


def _login(client, home, username, role, agency=None):
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username=username, role=role, must_change_password=False,
                                          agency_id=agency, now=now())
    answer = client.post("/console/login", data={
        "username": username, "password": password, "totp": pyotp.TOTP(secret).now()},
        follow_redirects=False)
    assert answer.status_code == 303, answer.text


@pytest.mark.parametrize("role", ["analyst", "supervisor", "admin", "agency_officer"])
def test_each_role_sees_exactly_what_it_may(sqlite_home, role):
    home = sqlite_home
    referred = submit_report(home, ReportCreate(about="referred one"), [], via="api", now=now())
    other = submit_report(home, ReportCreate(about="not referred"), [], via="api", now=now())
    with transaction(home.sessions) as session:
        session.add(Referral(case_id=referred.case_id, agency_id="ca-rcmp-nc3",
                             basis="test", created_at=now()))
    with TestClient(create_app(home)) as client:
        _login(client, home, f"user-{role}", role,
               "ca-rcmp-nc3" if role == "agency_officer" else None)
        queue = client.get("/console").text
        own = client.get(f"/console/cases/{referred.receipt.case_code}")
        foreign = client.get(f"/console/cases/{other.receipt.case_code}")
        claim = client.post(f"/console/cases/{other.receipt.case_code}/claim",
                            data={"csrf": "x"}, follow_redirects=False)
    assert own.status_code == 200
    if role == "agency_officer":
        assert foreign.status_code == 404
        assert other.receipt.case_code not in queue
        assert claim.status_code == 404
    else:
        assert foreign.status_code == 200
        assert other.receipt.case_code in queue
        assert claim.status_code == 403  # wrong CSRF token


def _all_routes(app) -> list[APIRoute]:
    """Every API route of the app, including those of included routers."""
    found: list[APIRoute] = []

    def walk(routes, prefix: str = "") -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                found.append((prefix, route))
            elif hasattr(route, "original_router"):  # FastAPI's included router
                context = getattr(route, "include_context", None)
                walk(route.original_router.routes, prefix + (getattr(context, "prefix", "") or ""))
            elif hasattr(route, "routes") and not hasattr(route, "app"):
                walk(route.routes, prefix)

    walk(app.routes)
    return found


# Path parameters a route may take, and the foreign object each names in the walk below. A new
# route with another parameter fails the walk until a foreign object is added here.
_FOREIGN = {"case_code", "attachment_id", "cluster_id", "request_id", "report_id", "file_id",
            "export_id"}
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.mark.parametrize("role", ["analyst", "supervisor", "admin", "agency_officer"])
def test_every_route_with_every_role_hides_what_the_role_may_not_see(sqlite_home, role):
    """Walks every console and API route. An agency officer gets 404 for any object that is
    not referred to their agency, on every method, and no page shows that case; staff reach
    it. The platform API never answers a console session with case data."""
    home = sqlite_home
    secret_about = "foreign-case-about-text"
    referred = submit_report(home, ReportCreate(about="referred one"), [], via="api", now=now())
    other = submit_report(home, ReportCreate(about=secret_about),
                          [IncomingFile("shapes.png", shapes_png(), "image/png")], via="api", now=now())
    with transaction(home.sessions) as session:
        session.add(Referral(case_id=referred.case_id, agency_id="ca-rcmp-nc3", basis="test",
                             created_at=now()))
        foreign_attachment = session.scalar(select(Attachment.id).join(Report).where(
            Report.case_id == other.case_id))
        foreign_cluster = session.scalar(select(Report.cluster_id).where(
            Report.case_id == other.case_id))
        foreign_request = PreservationRequest(case_id=other.case_id, platform="snapchat",
                                              account="wolfie_77", created_at=now())
        session.add(foreign_request)
        session.add(Export(id="ex_0123456789abcdef", case_id=other.case_id, kind="referral_package",
                           agency_id="gb-nca-ceop", reason="", requested_by="x", status="ready",
                           created_at=now()))
        session.flush()
        foreign_request = foreign_request.id
    exports = home.settings.resolved_home / "exports"
    exports.mkdir()
    (exports / "ex_0123456789abcdef").write_bytes(
        encrypt_blob(home.keyring, "ex_0123456789abcdef", b"PK\x05\x06" + bytes(18)))
    foreign = other.receipt.case_code
    foreign_report, foreign_file = _platform_report(home)
    app = create_app(home)
    routes = _all_routes(app)
    walked = 0
    with TestClient(app) as client:
        _login(client, home, f"walker-{role}", role, "ca-rcmp-nc3" if role == "agency_officer" else None)
        csrf = _CSRF.search(client.get("/console").text).group(1)
        for prefix, route in routes:
            path = prefix + route.path
            if not (path.startswith("/console") or path.startswith("/api")) or path in PUBLIC_CONSOLE:
                continue
            params = set(re.findall(r"{(\w+)(?::[^}]*)?}", path))
            assert params <= _FOREIGN, f"{path}: add a foreign object for {params - _FOREIGN} to this walk"
            url = path.replace("{case_code}", foreign).replace("{attachment_id}", str(foreign_attachment)) \
                .replace("{cluster_id}", str(foreign_cluster)).replace("{request_id}", str(foreign_request)) \
                .replace("{report_id}", foreign_report).replace("{file_id}", foreign_file) \
                .replace("{export_id}", "ex_0123456789abcdef")
            for method in sorted(route.methods - {"HEAD"}):
                if path == "/console/logout":
                    continue  # would end the walk's session; it has no object to hide
                answer = client.request(method, url, data={"csrf": csrf} if method == "POST" else None,
                                        follow_redirects=False)
                walked += 1
                if path.startswith("/api"):
                    assert answer.status_code in (400, 401, 403, 404, 405, 415, 422), (method, url)
                    assert secret_about not in answer.text, f"{method} {url} shows the case"
                elif role == "agency_officer":
                    assert foreign not in answer.text and secret_about not in answer.text, \
                        f"{method} {url} shows the foreign case"
                    if params:
                        assert answer.status_code == 404, (method, url, answer.status_code)
                elif params:
                    assert answer.status_code != 404, (method, url)
        if role == "agency_officer":
            assert client.get(f"/console/cases/{referred.receipt.case_code}").status_code == 200
    assert walked >= 5


def _platform_report(home) -> tuple[str, str]:
    """An open platform report with one file, of a platform the walk holds no key for."""
    from tipline.embed.platforms import add_platform
    from tipline.store.tables import PlatformFile, PlatformReport

    with transaction(home.sessions) as session:
        add_platform(session, name="Foreign Platform", now=now())
        session.add(PlatformReport(id="pr_foreign", platform_id="foreign-platform",
                                   request_hash="0" * 64, status="open", document={},
                                   opened_at=now(), updated_at=now(), expires_at=now()))
        session.flush()
        session.add(PlatformFile(id="pf_foreign", platform_report_id="pr_foreign", filename="f",
                                 media_type="image/png", size=1, sha256="0" * 64, chunks=[],
                                 status="uploading", details={}, created_at=now()))
    return "pr_foreign", "pf_foreign"


def test_every_platform_route_declares_its_scope(sqlite_home):
    checked = 0
    for prefix, route in _all_routes(create_app(sqlite_home)):
        if not (prefix + route.path).startswith("/api/v1/platform"):
            continue
        scopes = [getattr(call, "scope", None) for call in _dependency_calls(route.dependant)]
        assert any(scopes), f"{route.path} {route.methods} has no caller_with dependency"
        checked += 1
    assert checked >= 10


def test_no_session_means_the_login_page(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        answer = client.get("/console", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/console/login"


def test_five_failed_logins_lock_the_account_for_fifteen_minutes(sqlite_home):
    home = sqlite_home
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username="ana", role="analyst", now=now(), must_change_password=False)
    with TestClient(create_app(home)) as client:
        for _ in range(5):
            client.post("/console/login", data={"username": "ana", "password": "wrong",
                                                "totp": "000000"})
        answer = client.post("/console/login", data={
            "username": "ana", "password": password, "totp": pyotp.TOTP(secret).now()},
            follow_redirects=False)
    assert answer.status_code == 401


def test_a_missing_case_is_a_page_not_json(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        _login(client, sqlite_home, "ana", "analyst")
        answer = client.get("/console/cases/TL-NOPE-NOPE")
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    assert "Back to the queue" in answer.text
