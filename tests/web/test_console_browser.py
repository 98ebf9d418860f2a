"""The console in headless Chromium against a real server: a supervisor signs in (changing the
one-time password), works the queue, a case and its actions, reads the audit log and exports
it, with a corpus of XSS and formula-injection payloads in every field a reporter, a platform
or a stranger at the login page controls. No script of theirs runs, the CSP refuses nothing
of ours, and the CSV export holds no formula. Screenshots of each screen go to
``test-artifacts/screenshots/console-*.png``."""

from __future__ import annotations

import csv
import io
import json

import pyotp
import pytest
from browser import browser
from help_tour import SCREENSHOTS

from tipline.home import open_home
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.settings import Settings

# Each sets window.__xss if it ever runs as script or markup.
XSS = [
    "<script>window.__xss='script'</script>",
    '<img src=x onerror="window.__xss=\'img\'">',
    '"><svg onload="window.__xss=\'svg\'">',
    "</textarea><script>window.__xss='textarea'</script>",
    "' onmouseover='window.__xss=1' x='",
    "javascript:window.__xss='href'",
    "{{7*7}}{% raw %}",
    "\u202eexe.cod\u202c <b>bold?</b>",
]
FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]
PAYLOADS = XSS + FORMULAS
PASSWORD = "lantern orbit pickle sonata"


@pytest.fixture
def chromium():
    with browser() as launched:
        yield launched


def _chat() -> bytes:
    lines = ["12/03/2026, 19:02 - Kid: hi"]
    for n, payload in enumerate(PAYLOADS):
        lines.append(f"12/03/2026, 19:{10 + n:02d} - {payload}: dont tell ur parents {payload}")
    return ("\n".join(lines) + "\n").encode()


def _file_everything(home_path) -> str:
    """A report with a payload in every field a reporter or platform controls; its case code."""
    home = open_home(Settings(home=home_path))
    try:
        report = submit_report(home, ReportCreate(
            about=" ".join(PAYLOADS) + " i want to kill myself",
            incident_type="sextortion",
            child={"age": 13, "country": "CA", "name_in_chat": "Kid"},
            contact={"name": XSS[0], "email": XSS[1][:60], "phone": FORMULAS[0], "trusted_adult": XSS[2]},
            reported_person=[{"kind": "username", "value": p[:500], "platform": p[:64]} for p in PAYLOADS]
            + [{"kind": "url", "value": "javascript:window.__xss='url'"}],
        ), [IncomingFile(f"{XSS[1][:40]}.txt", _chat(), "text/plain")], via="api", now=_now())
        return report.receipt.case_code
    finally:
        home.close()


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"console-{name}.png"), full_page=True)


def test_a_supervisor_works_a_hostile_case_and_nothing_runs(server, chromium):
    code = _file_everything(server.home)
    account = json.loads(server.cli("user", "add", "lead", "--role", "supervisor", "--json").stdout)

    context = chromium.new_context()
    page = context.new_page()
    problems: list[str] = []
    page.on("dialog", lambda dialog: (problems.append("dialog: " + dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda message: problems.append("console: " + message.text)
            if message.type == "error" and "Failed to load resource" not in message.text else None)

    def clean(where: str) -> None:
        assert page.evaluate("() => window.__xss") is None, f"a payload ran on {where}"
        assert problems == [], f"{where}: {problems}"  # no CSP refusal, no script error

    base = server.base_url
    # A stranger types payloads as usernames: they land in the audit log as the actor.
    page.goto(base + "/console/login")
    for payload in PAYLOADS[:4] + FORMULAS[:1]:
        page.fill("#username", payload[:64])
        page.fill("#password", "x")
        page.fill("#totp", "000000")
        page.click("form.login button[type=submit]")
    _shot(page, "login")
    clean("the login page")

    page.fill("#username", "lead")
    page.fill("#password", account["password"])
    page.fill("#totp", pyotp.TOTP(account["totp_secret"]).now())
    page.click("form.login button[type=submit]")
    assert page.url.endswith("/console/password")
    _shot(page, "password")
    for field in ("#current", "#new", "#repeat"):
        page.fill(field, account["password"] if field == "#current" else PASSWORD)
    page.click("form.login button[type=submit]")
    assert page.url.rstrip("/").endswith("/console")
    _shot(page, "queue")
    clean("the queue")

    page.click(f"text={code}")
    assert code in page.text_content("h1")
    about = page.text_content("p.about")
    assert XSS[0] in about and XSS[1] in about  # shown as the text it is
    _shot(page, "case-hidden")
    clean("the case page")

    page.fill("#reveal-reason", "checking the hostile-input handling")
    page.click("form.reveal button[type=submit]")
    assert "You revealed" in page.content()
    clean("the revealed case page")

    actions = [
        ("#message-text", "Send to the reporter", XSS[3]),
        ("#escalate-reason", "Escalate", XSS[4]),
        ("#basis", "Refer", XSS[1]),
    ]
    for field, button, payload in actions:
        page.fill(field, payload)
        page.click(f"button:has-text('{button}')")
        clean(f"after {button}")
    page.fill("#preserve-platform", FORMULAS[0][:64])
    page.fill("#preserve-account", XSS[2])
    page.click("button:has-text('Request preservation')")
    _shot(page, "case-actions")
    clean("after the preservation request")

    page.goto(base + "/console/audit?actor=" + FORMULAS[0][:20])
    page.goto(base + "/console/audit")
    assert "login.failed" in page.content()
    _shot(page, "audit")
    clean("the audit log")

    exported = page.request.get(base + "/console/audit.csv")
    assert exported.status == 200
    rows = list(csv.reader(io.StringIO(exported.text())))
    cells = [cell for row in rows for cell in row]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert "'" + FORMULAS[0][:64] in cells  # the typed username, neutralised and still readable
    context.close()
