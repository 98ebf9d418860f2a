"""The Get help button in a real browser, on the demo host page under the strict CSP: it sits
in a shadow root, has an accessible name, a visible focus ring and a 44 px target, is reached
and pressed by keyboard, and opens the Help page in a new tab with the signed context, no
window.opener and no Referer."""

from __future__ import annotations

import re

import pytest
from browser import browser

SHADOW_BUTTONS = """() => [...document.querySelectorAll('tipline-help')].map(host => {
  const button = host.shadowRoot && host.shadowRoot.querySelector('button');
  const style = button && getComputedStyle(button);
  return button && {inShadow: button.getRootNode() === host.shadowRoot,
                    background: style.backgroundColor, color: style.color,
                    font: style.fontFamily};
})"""

FOCUSED = """() => {
  const host = document.activeElement;
  const inner = host && host.shadowRoot && host.shadowRoot.activeElement;
  return inner ? {tag: inner.tagName, outline: getComputedStyle(inner).outlineStyle,
                  width: getComputedStyle(inner).outlineWidth} : null;
}"""


@pytest.fixture
def demo(server):
    server.cli("init", "--demo")
    with browser() as launched:
        context = launched.new_context()
        page = context.new_page()
        problems: list[str] = []
        # Script errors and CSP violations; a 404 for /favicon.ico is the browser's own habit.
        page.on("console", lambda m: problems.append(m.text)
                if m.type == "error" and "Failed to load resource" not in m.text else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("response", lambda r: problems.append(f"{r.status} {r.url}")
                if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
        page.goto(f"{server.base_url}/demo/embed")
        page.wait_for_function("document.querySelectorAll('tipline-help').length === 2")
        yield context, page, problems
        context.close()


def test_the_buttons_render_in_shadow_roots_styled_despite_the_csp(demo):
    _context, page, problems = demo
    buttons = page.evaluate(SHADOW_BUTTONS)
    assert len(buttons) == 2 and all(b and b["inShadow"] for b in buttons)
    # The constructable stylesheet applied (the host page's loud button styles did not).
    assert buttons[0]["background"] == "rgb(11, 61, 145)"
    assert buttons[0]["color"] == "rgb(255, 255, 255)"
    assert "Comic Sans" not in buttons[0]["font"]
    assert problems == []  # no CSP violation, no script error


def test_the_button_has_an_accessible_name_and_a_44_px_target(demo):
    _context, page, _problems = demo
    first = page.get_by_role("button", name=re.compile(r"^Get help \(opens in a new tab\)$"))
    second = page.get_by_role("button", name=re.compile(r"^Get help now"))
    assert first.count() == 1 and second.count() == 1
    box = first.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44


def test_by_keyboard_the_button_opens_help_with_the_signed_context_and_no_opener(demo, server):
    context, page, _problems = demo
    referers, opened_urls = [], []

    def on_request(request):
        if request.is_navigation_request() and "/help?" in request.url:
            referers.append(request.headers.get("referer"))
            opened_urls.append(request.url)

    context.on("request", on_request)
    focused = None
    for _ in range(10):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused:
            break
    assert focused and focused["tag"] == "BUTTON"
    assert focused["outline"] == "solid" and focused["width"] == "3px"  # visible focus ring
    token = page.locator("script[data-context]").first.get_attribute("data-context")
    assert token

    with context.expect_page() as opened:
        page.keyboard.press("Enter")
    help_page = opened.value
    help_page.wait_for_load_state("load")
    assert opened_urls and opened_urls[0].startswith(f"{server.base_url}/help?ctx=")
    assert f"ctx={token}" in opened_urls[0] and "lang=en" in opened_urls[0]
    # Once open, the Help page drops the context from its address: the device's history keeps
    # no account name (the context rides on in the form's sealed state).
    help_page.wait_for_function("!window.location.search")
    assert help_page.url == f"{server.base_url}/help"
    assert help_page.evaluate("window.opener") is None
    assert referers and not any(referers)  # no Referer header: the host page stays private
    assert page.url.endswith("/demo/embed")  # the host page stays where it was


def test_a_click_on_the_button_without_context_opens_plain_help(demo, server):
    context, page, _problems = demo
    with context.expect_page() as opened:
        page.get_by_role("button", name=re.compile(r"^Get help now")).click()
    help_page = opened.value
    help_page.wait_for_load_state("domcontentloaded")
    assert help_page.url == f"{server.base_url}/help"
    assert help_page.evaluate("window.opener") is None


def test_the_button_speaks_the_page_s_language_and_can_sit_in_a_corner(server):
    """A host page elsewhere (here about:blank) with a French, fixed button placed in <head>."""
    with browser() as launched:
        page = launched.new_page(viewport={"width": 320, "height": 640})
        page.set_content(f'<html><head><script src="{server.base_url}/button.js" '
                         'data-lang="fr" data-position="fixed"></script></head>'
                         '<body><p>Une page</p></body></html>')
        page.wait_for_function("document.querySelector('tipline-help') !== null")
        button = page.get_by_role("button", name=re.compile(r"^Obtenir de l’aide"))
        assert button.count() == 1
        box = button.bounding_box()
        assert box["x"] + box["width"] <= 320 - 8 and box["y"] + box["height"] <= 640 - 8
        assert page.evaluate("getComputedStyle(document.querySelector('tipline-help'))"
                             ".position") == "fixed"
        with page.context.expect_event("request", lambda r: r.is_navigation_request()
                                       and "/help" in r.url) as request, \
                page.context.expect_page() as opened:
            button.click()
        assert request.value.url == f"{server.base_url}/help?lang=fr"
        opened.value.wait_for_load_state("load")
        assert opened.value.evaluate("document.documentElement.lang") == "fr"


def test_the_demo_page_has_no_serious_accessibility_violation(server):
    from axe_playwright_python.sync_playwright import Axe

    server.cli("init", "--demo")
    with browser() as launched:
        # axe-core is injected as a script, which the page's own CSP would (rightly) refuse.
        context = launched.new_context(bypass_csp=True)
        page = context.new_page()
        page.goto(f"{server.base_url}/demo/embed")
        page.wait_for_function("document.querySelectorAll('tipline-help').length === 2")
        violations = Axe().run(page).response["violations"]
        assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []
        context.close()
