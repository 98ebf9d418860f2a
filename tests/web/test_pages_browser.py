"""The pages in a real browser against a real server: the child's Help flow without JavaScript
(plain form posts, Back and Change included), the receipt and status, and the analyst's login,
queue and case page with hits highlighted. Every reported string is shown as text, never run."""

from __future__ import annotations

import json

import pyotp
import pytest
from browser import browser
from help_tour import NEUTRAL_PATH
from sqlalchemy import select

from tipline.home import open_home
from tipline.settings import Settings
from tipline.store.tables import ReportedIdentifier

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


def _next(page):
    page.click("button[name=go][value=next]")


def test_a_child_reports_without_javascript_going_back_and_changing_an_answer(flow_server,
                                                                              chromium,
                                                                              tmp_path):
    chat = tmp_path / "WhatsApp Chat with Sam.txt"
    chat.write_text(CHAT)
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{flow_server.base_url}/help")
    page.check("input[name=age_band][value=under_13]")
    page.fill("#age", "12")
    page.select_option("#country", "CA")
    _next(page)
    page.check("input[name=danger][value=no]")
    _next(page)
    page.check("input[name=what][value=meet]")
    page.fill("#about", HOSTILE)
    _next(page)
    page.fill("#username", "dark_wolf.77")
    page.fill("#platform", "Instagram")
    _next(page)

    # Back twice, with plain form posts: every answer is still there.
    page.click("button[name=go][value=back]")
    assert page.input_value("#username") == "dark_wolf.77"
    page.click("button[name=go][value=back]")
    assert page.is_checked("input[name=what][value=meet]")
    assert page.input_value("#about") == HOSTILE
    _next(page)
    _next(page)
    page.fill("#name_in_chat", "Kid")
    _next(page)
    # An under-13 is offered a trusted adult's contact, not their own.
    assert page.locator("#contact_email").count() == 0
    page.fill("#trusted_adult", "my aunt 555-0100")
    _next(page)

    # Review, then "Change" who it is: back to that step, and straight back to the review.
    review = page.text_content("dl.review")
    assert "dark_wolf.77" in review and HOSTILE in review and "my aunt" in review
    page.click("button[name=go][value='edit:who']")
    assert page.input_value("#username") == "dark_wolf.77"
    page.fill("#username", "dark_wolf.78")
    _next(page)  # "Save and go back to check"
    review = page.text_content("dl.review")
    assert "dark_wolf.78" in review and "dark_wolf.77" not in review
    page.set_input_files("#evidence", str(chat))
    page.click("button[name=go][value=send]")

    code = page.text_content("#case-code").strip()
    pin = page.text_content("#pin").strip()
    assert code.startswith("TL-") and len(pin) == 6
    assert page.url == f"{flow_server.base_url}/help"  # the whole flow on one URL
    assert page.locator("a.quick-exit").count() == 1
    assert "Don't go to meet them" in page.text_content("#advice")
    assert context.cookies() == []  # nothing about the report kept in the browser

    page.click("text=Check my report")
    assert page.locator("a.quick-exit").count() == 1
    page.fill("#case_code", code)
    page.fill("#pin", pin)
    page.click("button[type=submit]")
    assert "We have your report" in page.content()
    context.close()

    home = open_home(Settings(home=flow_server.home))  # the values are encrypted at rest
    try:
        with home.sessions() as session:
            named = set(session.scalars(select(ReportedIdentifier.value)))
    finally:
        home.close()
    assert named == {"dark_wolf.78"}  # the changed answer, not the first one
    queue = json.loads(flow_server.cli("queue", "--json").stdout)
    assert queue[0]["case_code"] == code and queue[0]["urgency"] == "immediate"


def test_without_javascript_the_quick_exit_still_leaves_and_clears_the_site(flow_server,
                                                                          chromium):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    for path in ("/help", "/status"):
        page.goto(flow_server.base_url + path)
        link = page.locator("a.quick-exit")
        assert link.count() == 1 and link.get_attribute("href") == "/exit"
    with page.expect_response(f"{flow_server.base_url}/exit") as exit_response:
        link.click()
    page.wait_for_url(flow_server.base_url + NEUTRAL_PATH)
    assert exit_response.value.status == 303
    assert "storage" in exit_response.value.all_headers()["clear-site-data"]
    context.close()


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
    assert page.url.endswith("/console/password")  # the one-time password goes first
    page.fill("#current", account["password"])
    page.fill("#new", "password1234")
    page.fill("#repeat", "password1234")
    page.click("form.login button[type=submit]")  # (the header's Sign out is a button too)
    assert "common and breached" in page.text_content("p.error")
    page.fill("#current", account["password"])
    page.fill("#new", "lantern orbit pickle sonata")
    page.fill("#repeat", "lantern orbit pickle sonata")
    page.click("form.login button[type=submit]")
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
