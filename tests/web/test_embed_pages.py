"""The embeddable button over HTTP: /button.js is small, plain JavaScript that platforms may
cache; /demo/embed is served under the strict CSP with no inline script or style; and the
analyst's case page says in one line what became of a report's platform context."""

from __future__ import annotations

import gzip
import re
from html.parser import HTMLParser
from importlib.resources import files

import pyotp
from fastapi.testclient import TestClient
from support import now

from tipline.auth.accounts import create_user
from tipline.embed.context import context_record, verify_context
from tipline.embed.platforms import add_platform, embed_key_for
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.store.db import transaction
from tipline.web.app import create_app
from tipline.web.security import CSP

BUTTON = files("tipline") / "web" / "static" / "button.js"


def test_button_js_is_under_10_kb_gzipped():
    size = len(gzip.compress(BUTTON.read_bytes(), compresslevel=9))
    assert size < 10 * 1024, f"button.js is {size} bytes gzipped"


def test_button_js_loads_nothing_and_reads_nothing_of_the_host_page():
    source = BUTTON.read_text()
    for forbidden in ("document.cookie", "localStorage", "sessionStorage", "indexedDB",
                      "fetch(", "XMLHttpRequest", "import(", "eval(", "innerHTML",
                      "querySelector", "getElementById", "document.write"):
        assert forbidden not in source, forbidden
    assert "document.currentScript" in source and "attachShadow" in source
    assert "adoptedStyleSheets" in source and 'rel = "noopener noreferrer"' in source


def test_button_js_is_javascript_cacheable_for_an_hour(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        answer = client.get("/button.js")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/javascript")
    assert answer.headers.get_list("cache-control") == ["public, max-age=3600"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.content == BUTTON.read_bytes()


class _InlineFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "style":
            self.problems.append("<style> element")
        if "style" in attributes:
            self.problems.append(f"style attribute on <{tag}>")
        self.problems += [f"{name} on <{tag}>" for name in attributes if name.startswith("on")]
        if tag == "script":
            self.scripts.append(attributes)
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append("inline script")


def test_the_demo_page_is_served_with_the_strict_csp_and_nothing_inline(sqlite_home):
    with transaction(sqlite_home.sessions) as session:
        add_platform(session, name="Demo", platform_id="demo", now=now())
    with TestClient(create_app(sqlite_home)) as client:
        answer = client.get("/demo/embed")
    assert answer.status_code == 200
    assert answer.headers["content-security-policy"] == CSP
    assert "script-src 'self';" in CSP and "style-src 'self';" in CSP
    assert answer.headers["cache-control"] == "no-store"
    found = _InlineFinder()
    found.feed(answer.text)
    assert found.problems == []
    assert [s["src"] for s in found.scripts] == ["/button.js", "/button.js"]
    token = found.scripts[0]["data-context"]
    check = verify_context(token, lambda p: embed_key_for(sqlite_home, p), now())
    assert check.status == "verified"
    assert check.context["reported_account"] == "@dark_wolf.77"
    assert check.context["conversation_id"] == "demo-conv-1"
    assert "data-context" not in found.scripts[1]


def test_without_the_demo_platform_the_demo_page_says_how_to_add_it(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        answer = client.get("/demo/embed")
    assert answer.status_code == 200
    assert "tipline init --demo" in answer.text and 'data-context=""' in answer.text


def _login(client, home):
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username="ana", role="analyst", now=now(), must_change_password=False)
    answer = client.post("/console/login", data={
        "username": "ana", "password": password, "totp": pyotp.TOTP(secret).now()},
        follow_redirects=False)
    assert answer.status_code == 303


def test_the_case_page_says_what_became_of_the_platform_context(sqlite_home):
    verified = submit_report(sqlite_home, ReportCreate(about="he wants to meet"), [],
                             via="help", now=now(), platform_context={
                                 "status": "verified", "note": "signed by platform 'demo'",
                                 "context": {"platform": "demo",
                                             "reported_account": "<b>@x</b>",
                                             "issued_at": "2026-11-30T00:00:00Z"}})
    tampered = submit_report(sqlite_home, ReportCreate(about="he wants to meet"), [],
                             via="help", now=now(), platform_context=context_record(
                                 verify_context("e30.AAAA", lambda p: None, now())))
    plain = submit_report(sqlite_home, ReportCreate(about="nothing"), [], via="api", now=now())
    with TestClient(create_app(sqlite_home)) as client:
        _login(client, sqlite_home)
        pages = [client.get(f"/console/cases/{r.receipt.case_code}").text
                 for r in (verified, tampered, plain)]
    assert ("Platform context: verified (platform demo, account &lt;b&gt;@x&lt;/b&gt;)"
            in pages[0])
    assert "<b>@x</b>" not in pages[0]
    assert re.search(r"Platform context ignored: malformed", pages[1])
    assert "Platform context" not in pages[2]
