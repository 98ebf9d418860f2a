"""The child's Help flow in a real browser (issue 5, items 4 to 6): a 320 px screen, screenshots
of every page, the keyboard alone, the quick exit (button and Shift three times), no trace left
in the browser, and what a screen reader needs.

Per-page checks use the session's tour of the flow (``help_tour``, see help_tour.py); the others
walk the flow themselves in a fresh browser context on this module's server (``flow_server``),
whose quick exit leads to a neutral page of the same server (see help_tour.NEUTRAL_PATH)."""

from __future__ import annotations

import contextlib
import struct

import pytest
from browser import browser
from help_tour import LANGS, NEUTRAL_PATH, PAGES, SECRET, WIDTHS
from playwright.sync_api import Error as PlaywrightError


@pytest.fixture(scope="module")
def chromium():
    with browser() as launched:
        yield launched


@pytest.fixture
def context(chromium):
    made = chromium.new_context()
    yield made
    made.close()


# --- 320 px and screenshots (from the tour) -------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_at_320_px_nothing_scrolls_sideways_and_the_quick_exit_is_on_top(help_tour, name, lang):
    snap = help_tour[(lang, name)]
    assert snap.scroll_width <= 320, f"{name} ({lang}) is {snap.scroll_width} px wide"
    box = snap.exit_box
    assert box is not None and box["visible"], "no visible quick exit"
    assert box["top"] == 0 and box["left"] >= 0 and box["right"] <= 320
    assert box["background"] == "rgb(161, 27, 27)"  # the red button
    # Scrolled to the very end of the page, the button is still at the top of the screen.
    assert snap.exit_after_scroll["top"] == 0


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_every_page_is_photographed_whole_at_320_and_1280_px(help_tour, name, lang):
    snap = help_tour[(lang, name)]
    for width in WIDTHS:
        path = snap.screenshots[width]
        assert path.parent.name == "screenshots" and path.parent.parent.name == "test-artifacts"
        # The full page: as wide as the screen and as tall as the page (not just the screen).
        assert _png_size(path) == (width, snap.heights[width]), path.name


# --- helpers for the tests that walk the flow ---------------------------------------------

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'),
          value: el.getAttribute('value'), checked: !!el.checked,
          outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth),
          outlineColor: style.outlineColor,
          onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight};
}"""


def _focused(page) -> dict:
    return page.evaluate(FOCUSED)


def _assert_ring(focus: dict) -> None:
    """The focused element is on screen and draws a visible focus outline."""
    assert focus is not None and focus["onScreen"], focus
    assert focus["outline"] != "none" and focus["outlineWidth"] >= 2, focus


def _tab_to(page, selector: str, *, backwards: bool = False, limit: int = 40) -> dict:
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)",
                         selector):
            return _focused(page)
    raise AssertionError(f"{key} never reached {selector}")


def _press_and_load(page, key: str) -> None:
    with page.expect_navigation():
        page.keyboard.press(key)


def _next(page) -> None:
    page.click("button[name=go][value=next]")


def _walk_to_receipt(page, base_url: str, at_each_step=None) -> tuple[str, str]:
    """The flow with the mouse, as a 13-year-old who was threatened; returns (code, PIN)."""
    def seen(step):
        if at_each_step:
            at_each_step(page, step)

    page.goto(f"{base_url}/help")
    seen("age")
    page.check("input[name=age_band][value='13_17']")
    _next(page)
    seen("danger")
    page.check("input[name=danger][value=no]")
    _next(page)
    seen("what")
    page.check("input[name=what][value=threat]")
    page.fill("#about", SECRET)
    _next(page)
    seen("who")
    page.fill("#username", "dark_wolf.77")
    _next(page)
    seen("evidence")
    _next(page)
    seen("contact")
    _next(page)
    seen("review")
    page.click("button[name=go][value=send]")
    page.wait_for_selector("#case-code")
    return page.text_content("#case-code").strip(), page.text_content("#pin").strip()


# --- keyboard alone -------------------------------------------------------------------------


def test_a_child_completes_the_flow_with_the_keyboard_alone(flow_server, context):
    page = context.new_page()
    page.goto(f"{flow_server.base_url}/help")

    # Age step: send it empty; the error summary takes the focus and shows a ring.
    _assert_ring(_tab_to(page, "button[value=next]"))
    _press_and_load(page, "Enter")
    focus = _focused(page)
    assert focus["id"] == "error-summary"
    _assert_ring(focus)
    # The summary's link leads to the question; arrow keys choose an answer.
    assert _tab_to(page, "#error-summary a")["tag"] == "a"
    _tab_to(page, "input[name=age_band]")
    page.keyboard.press("ArrowDown")
    focus = _focused(page)
    assert focus["value"] == "13_17" and focus["checked"]
    _assert_ring(focus)
    _tab_to(page, "#age")
    page.keyboard.type("14")
    _press_and_load(page, "Enter")  # Enter in a text box sends the step (Next is first)

    # Danger: Space picks "Yes", which shows the numbers to call at once.
    assert page.text_content("h1") == "Are you in danger right now?"
    assert _tab_to(page, "input[name=danger]")["value"] == "yes"
    page.keyboard.press("Space")
    _tab_to(page, "button[value=next]")
    _press_and_load(page, "Enter")
    assert page.locator("a.tel.big").count() == 1
    _assert_ring(_tab_to(page, "button[value=next]"))
    _press_and_load(page, "Space")

    # What happened: arrows to the third choice, then words.
    _tab_to(page, "input[name=what]")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert _focused(page)["value"] == "threat" and _focused(page)["checked"]
    _tab_to(page, "#about")
    page.keyboard.type("They want money or they will share my photo.")
    _tab_to(page, "button[value=next]")
    _press_and_load(page, "Enter")

    # Who: type, then go back up with Shift+Tab (three times, quickly: that must not count as
    # the quick exit's three Shifts) to the red button, which shows a focus ring too.
    _tab_to(page, "#username")
    page.keyboard.type("dark_wolf.77")
    _tab_to(page, "#profile_link")
    assert _tab_to(page, "#platform", backwards=True)["id"] == "platform"
    assert _tab_to(page, "#username", backwards=True)["id"] == "username"
    exit_focus = _tab_to(page, "#quick-exit", backwards=True)
    _assert_ring(exit_focus)
    assert page.url == f"{flow_server.base_url}/help"
    assert page.input_value("#username") == "dark_wolf.77"
    _tab_to(page, "button[value=next]")
    _press_and_load(page, "Enter")

    # Proof and contact: skip both.
    assert page.locator("#links").count() == 1
    _tab_to(page, "button[value=next]")
    _press_and_load(page, "Enter")
    assert page.locator("#contact_email").count() == 1
    _tab_to(page, "button[value=next]")
    _press_and_load(page, "Enter")

    # Review: past the Change buttons and the file picker to Send.
    assert "dark_wolf.77" in page.text_content("dl.review")
    _assert_ring(_tab_to(page, "button[value=send]"))
    _press_and_load(page, "Enter")
    assert page.text_content("#case-code").startswith("TL-")
    assert page.text_content("#advice").count("Don't pay") == 1


# --- quick exit -----------------------------------------------------------------------------

PAGE_NOW = """() => ({leaving: document.documentElement.classList.contains('leaving'),
  text: document.body ? document.body.innerText : '', title: document.title,
  shown: !!document.body && getComputedStyle(document.body).display !== 'none'})"""

EVERYTHING_SHOWN = """() => document.documentElement.outerHTML + ' ' +
  [...document.querySelectorAll('input, textarea')].map(e => e.value).join(' ')"""


def _to_the_who_step(page, base: str) -> None:
    """Three steps in, with words sent on one step and a name typed (not sent) on this one."""
    page.goto(f"{base}/help")
    page.check("input[name=age_band][value='13_17']")
    _next(page)
    page.check("input[name=danger][value=no]")
    _next(page)
    page.check("input[name=what][value=meet]")
    page.fill("#about", SECRET)  # sent with the step: it is in the next page's sealed state
    _next(page)
    page.fill("#username", "dark_wolf.77")


def _leave(page, how: str) -> None:
    if how == "button":
        box = page.locator("#quick-exit").bounding_box()  # a real click (no wait for the load)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    else:
        page.focus("#username")  # typing in a box: the three Shifts still count
        for _ in range(3):
            page.keyboard.press("Shift")


@pytest.mark.parametrize("how", ["button", "shift"])
def test_the_quick_exit_blanks_the_page_before_the_next_one_loads(flow_server, context, how):
    base = flow_server.base_url
    page = context.new_page()
    _to_the_who_step(page, base)
    # /exit answers "204 No Content" here, so the browser stays on the page the script has
    # already blanked, and we can look at it. (The next test lets /exit through.)
    asked = []
    page.route(f"{base}/exit", lambda route: (asked.append(route.request.url),
                                              route.fulfill(status=204)))
    _leave(page, how)
    while not asked:
        page.wait_for_timeout(10)
    assert page.evaluate(PAGE_NOW) == {"leaving": True, "text": "", "title": "", "shown": False}
    assert page.evaluate(EVERYTHING_SHOWN).count("dark_wolf") == 0


@pytest.mark.parametrize("how", ["button", "shift"])
def test_the_quick_exit_replaces_the_page_in_the_history(flow_server, context, how):
    base = flow_server.base_url
    page = context.new_page()
    exits = []
    page.on("response", lambda r: exits.append(r) if r.url == f"{base}/exit" else None)
    _to_the_who_step(page, base)
    length = page.evaluate("history.length")
    _leave(page, how)
    page.wait_for_url(base + NEUTRAL_PATH)

    assert page.evaluate("history.length") == length  # the flow's entry was replaced
    assert len(exits) == 1
    assert exits[0].all_headers()["clear-site-data"] == '"cache", "cookies", "storage"'
    # Back, all the way: never the page the child was on, nor what they typed or sent. (The
    # steps came from form posts, which are not kept nor sent again: Chromium shows an error
    # page for them; the first, empty page comes back fresh.)
    for _ in range(length - 2):
        with contextlib.suppress(PlaywrightError):
            page.go_back()
        page.wait_for_load_state()
        shown = _everything_shown(page)
        assert "dark_wolf" not in shown and "meet at the park" not in shown
    assert page.url == f"{base}/help"


def _everything_shown(page) -> str:
    for _ in range(20):  # an error page may still be committing after go_back()
        with contextlib.suppress(PlaywrightError):
            return page.evaluate(EVERYTHING_SHOWN)
        page.wait_for_timeout(100)
    raise AssertionError(f"could not read the page at {page.url}")


def test_capital_letters_and_shift_tab_are_not_the_quick_exit(flow_server, context):
    page = context.new_page()
    page.goto(f"{flow_server.base_url}/help")
    page.check("input[name=age_band][value='13_17']")
    _next(page)
    page.check("input[name=danger][value=no]")
    _next(page)
    page.focus("#about")
    for word in ("He", "Said", "To", "Meet", "At", "The", "Park"):  # Shift held for a capital
        page.keyboard.press(f"Shift+{word[0]}")
        page.keyboard.type(word[1:] + " ")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift")  # two on their own, around a Shift+Tab: not three
    page.wait_for_timeout(300)
    assert page.url == f"{flow_server.base_url}/help"
    assert page.input_value("#about") == "He Said To Meet At The Park "
    assert page.locator("#quick-exit").is_visible()


# --- no trace -------------------------------------------------------------------------------


def test_filing_a_report_leaves_nothing_in_the_browser(flow_server, context):
    base = flow_server.base_url
    page = context.new_page()
    documents = []
    page.on("response", lambda r: documents.append(
        (r.request.method, r.url, r.headers.get("cache-control", "")))
        if r.request.resource_type == "document" else None)
    code, pin = _walk_to_receipt(page, base)
    page.goto(f"{base}/status")
    page.fill("#case_code", code)
    page.fill("#pin", pin)
    page.click("button[type=submit]")
    page.wait_for_selector("#more")

    assert context.cookies() == []
    stored = page.evaluate("""async () => ({
        local: localStorage.length, session: sessionStorage.length,
        indexedDB: await indexedDB.databases(), caches: await caches.keys()})""")
    assert stored == {"local": 0, "session": 0, "indexedDB": [], "caches": []}
    # Every page of the flow came from one URL, and none may be kept in a cache.
    help_pages = [d for d in documents if "/help" in d[1]]
    assert len(help_pages) == 8  # the first page, six more steps, the receipt
    assert {url for _, url, _ in help_pages} == {f"{base}/help"}
    assert [d for d in documents if "no-store" not in d[2]] == []
    assert len(documents) == 10  # and the two /status pages


# --- screen reader basics -------------------------------------------------------------------

UNLABELLED = """() => [...document.querySelectorAll('input, select, textarea')]
  .filter(e => e.type !== 'hidden')
  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
  .map(e => e.name)"""

LOOSE_RADIOS = """() => [...document.querySelectorAll('input[type=radio]')]
  .filter(r => { const set = r.closest('fieldset');
                 const legend = set && set.querySelector(':scope > legend');
                 return !(legend && legend.textContent.trim()); })
  .map(r => r.name + '=' + r.value)"""

ERROR_TIES = """() => [...document.querySelectorAll('.field-error')].map(error => {
  const field = error.id.replace(/-error$/, '');
  const describedBy = [...document.querySelectorAll('[aria-describedby]')].filter(
      e => e.getAttribute('aria-describedby').split(' ').includes(error.id));
  const tied = describedBy.map(e => e.tagName === 'FIELDSET' ? e.querySelector('#' + field)
                                                              : (e.id === field ? e : null));
  return {field, describedBy: describedBy.length, tied: tied.filter(Boolean).length,
          invalid: describedBy.map(e => e.getAttribute('aria-invalid'))};
})"""


def test_what_a_screen_reader_needs_is_in_the_pages(flow_server, context):
    page = context.new_page()
    progress = []

    def check(page, step):
        assert page.evaluate(UNLABELLED) == [], step
        assert page.evaluate(LOOSE_RADIOS) == [], step
        line = page.locator("p.progress")
        assert line.get_attribute("role") == "status", step
        progress.append(line.text_content())

    _walk_to_receipt(page, flow_server.base_url, at_each_step=check)
    assert progress == [f"Step {n} of 7" for n in range(1, 8)]
    assert page.locator("[role=status]", has_text="Thank you for telling us").count() == 1

    # An empty answer and a wrong age: each message is tied to its field.
    page.goto(f"{flow_server.base_url}/help")
    page.fill("#age", "abc")
    _next(page)
    page.wait_for_selector("#error-summary")
    ties = page.evaluate(ERROR_TIES)
    assert sorted(t["field"] for t in ties) == ["age", "age_band"]
    for tie in ties:
        assert tie["describedBy"] == 1 and tie["tied"] == 1 and tie["invalid"] == ["true"], tie
    # The summary's links lead to the fields themselves.
    for href in page.locator("#error-summary a").evaluate_all("links => links.map(a => a.hash)"):
        assert page.locator(href).count() == 1
    assert page.get_attribute("#error-summary", "role") == "alert"
    assert page.evaluate(UNLABELLED) == [] and page.evaluate(LOOSE_RADIOS) == []
