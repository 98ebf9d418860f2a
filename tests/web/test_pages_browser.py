"""The pages in a real browser against a real server: the child's form without JavaScript,
the receipt and status, and the analyst's login, queue and case page with hits highlighted.
Every reported string is shown as text, never run."""

from __future__ import annotations

import json

import pyotp
import pytest
from browser import browser

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> he said dont tell ur mom'
CHAT = (
    "12/03/2026, 19:02 - Sam <b>x</b>: hey how old r u?\n"
    "12/03/2026, 19:03 - Kid: 12\n"
    "12/03/2026, 19:04 - Sam <b>x</b>: dont tell ur parents about me, its our secret\n"
    "12/03/2026, 19:05 - Sam <b>x</b>: lets meet tomorrow after school at the park\n"
)


@pytest.fixture
def chromium():
    with browser() as launched:
        yield launched


def _submit_help_form(page, base_url, chat_path):
    page.goto(f"{base_url}/help")
    page.check("input[name=age_band][value=under_13]")
    page.fill("#age", "12")
    page.check("input[name=what_happened][value=meet]")
    page.fill("#about", HOSTILE)
    page.fill("#username", "dark_wolf.77")
    page.fill("#platform", "Instagram")
    page.set_input_files("#evidence", str(chat_path))
    page.fill("#name_in_chat", "Kid")
    page.select_option("#country", "CA")
    page.click("button[type=submit]")


def test_a_child_reports_without_javascript_and_gets_a_receipt(server, chromium, tmp_path):
    chat = tmp_path / "WhatsApp Chat with Sam.txt"
    chat.write_text(CHAT)
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    _submit_help_form(page, server.base_url, chat)
    code = page.text_content("#case-code").strip()
    pin = page.text_content("#pin").strip()
    assert code.startswith("TL-") and len(pin) == 6
    assert page.locator("a.quick-exit").count() == 1
    assert "Don't go to meet them" in page.content()
    assert context.cookies() == []  # nothing about the report kept in the browser

    page.goto(f"{server.base_url}/status")
    assert page.locator("a.quick-exit").count() == 1
    page.fill("#case_code", code)
    page.fill("#pin", pin)
    page.click("button[type=submit]")
    assert "We have your report" in page.content()
    context.close()

    queue = json.loads(server.cli("queue", "--json").stdout)
    assert queue[0]["case_code"] == code and queue[0]["urgency"] == "immediate"


def test_every_help_page_has_a_quick_exit_link(server, chromium):
    page = chromium.new_page()
    for path in ("/help", "/status"):
        page.goto(server.base_url + path)
        link = page.locator("a.quick-exit")
        assert link.count() == 1 and link.get_attribute("href").startswith("https://")


def test_an_analyst_logs_in_with_totp_and_sees_hits_highlighted_as_text(server, chromium,
                                                                        tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text(CHAT)
    submitted = json.loads(server.cli("submit", "--chat", str(chat), "--about", HOSTILE,
                                      "--child-name", "Kid", "--json").stdout)
    account = json.loads(server.cli("user", "add", "ana", "--role", "analyst",
                                    "--json").stdout)

    dialogs = []
    page = chromium.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server.base_url}/console")
    assert page.url.endswith("/console/login")  # no session: sent to the login page
    page.fill("#username", "ana")
    page.fill("#password", account["password"])
    page.fill("#totp", "000000")
    page.click("button[type=submit]")
    assert "don't match" in page.content()

    page.fill("#username", "ana")
    page.fill("#password", account["password"])
    page.fill("#totp", pyotp.TOTP(account["totp_secret"]).now())
    page.click("button[type=submit]")
    assert page.url.rstrip("/").endswith("/console")
    page.click(f"text={submitted['case_code']}")
    assert submitted["case_code"] in page.text_content("h1")

    marks = page.locator("ol.chat mark")
    assert marks.count() >= 3
    assert "how old r u" in " ".join(marks.all_text_contents())
    assert page.locator(".why .category", has_text="meeting_proposal").count() >= 1
    # Hostile strings are text: shown literally, no element made, nothing run.
    assert HOSTILE in page.text_content("p.about")
    assert "Sam <b>x</b>" in page.text_content("ol.chat")
    assert page.locator("img[src=x]").count() == 0 and page.locator("ol.chat b").count() == 0
    assert dialogs == []
