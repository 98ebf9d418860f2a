"""A tour of every page of the child's Help flow in a real browser, and a server to run it on.

The tour walks the real flow in headless Chromium (age, danger, help now, what, who, proof,
contact, review, an error, the receipt, /status, the case view, "added") and records, for each
page and language, what the tests look at: axe-core's findings at 320 px and 1280 px wide, the
page's scroll width at 320 px, where the quick-exit button sits, and full-page screenshots
(kept under ``test-artifacts/screenshots/``). Tests in test_accessibility.py and
test_help_browser.py assert on those records, each page and language its own test id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from support import RunningServer, cli_env, free_port, served

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
LANGS = ("en", "fr")
WIDTHS = (320, 1280)
# Every page a child can see, in the order the tour meets them.
PAGES = ("age", "error", "danger", "help_now", "what", "who", "evidence", "contact", "review",
         "receipt", "status", "status_error", "case", "added")
# The neutral page the quick exit leads to in these tests. The real default is an everyday
# outside site, which a test machine cannot (and should not) reach; a page of the same server
# that is not part of the flow and shows nothing of it stands in for it (TIPLINE_QUICK_EXIT_URL).
NEUTRAL_PATH = "/healthz"

SECRET = "he said meet at the park at 5 dont tell"


@contextmanager
def serving(home: Path, **env: str) -> Iterator[RunningServer]:
    """``tipline serve`` on a free loopback port (like conftest's ``server``, for wider scopes),
    with the quick exit sent to ``NEUTRAL_PATH`` of the same server."""
    # The quick exit's neutral site is a page of the same server: its address is known only
    # once the port is, so the environment is finished inside.
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    environment = cli_env(home, TIPLINE_QUICK_EXIT_URL=base + NEUTRAL_PATH, **env)
    with served(home, environment, port) as running:
        yield running


@dataclass
class Snapshot:
    """What one page showed, in one language."""

    url: str
    html_lang: str
    axe: dict[int, list[str]] = field(default_factory=dict)
    scroll_width: int = 0
    exit_box: dict = field(default_factory=dict)
    exit_after_scroll: dict = field(default_factory=dict)
    screenshots: dict[int, Path] = field(default_factory=dict)
    heights: dict[int, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


EXIT_BOX = """() => {
  const exit = document.getElementById('quick-exit');
  if (!exit) return null;
  const box = exit.getBoundingClientRect();
  const style = getComputedStyle(exit);
  return {top: box.top, left: box.left, right: box.right, height: box.height,
          visible: style.visibility === 'visible' && style.display !== 'none' && box.height > 0,
          background: style.backgroundColor};
}"""


def _axe(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['help']} at "
            + ", ".join(str(n["target"]) for n in v["nodes"][:5])
            for v in results.response["violations"]]


# Resolves after two frames: a resize or a scroll has been laid out by then. Measuring in the
# same frame once read the quick exit 27 px down on a busy machine (CI, evidence-fr).
SETTLE = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def _scroll(page, to: str) -> None:
    page.evaluate(f"window.scrollTo(0, {to})")
    page.evaluate(SETTLE)


def record(page, lang: str, name: str, tour: dict) -> None:
    """Measure and photograph the page now shown, at both widths."""
    snap = Snapshot(url=page.url, html_lang=page.get_attribute("html", "lang") or "")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        _scroll(page, "0")
        if width == 320:
            snap.scroll_width = page.evaluate("document.documentElement.scrollWidth")
            snap.exit_box = page.evaluate(EXIT_BOX)
            _scroll(page, "document.documentElement.scrollHeight")
            snap.exit_after_scroll = page.evaluate(EXIT_BOX)
            _scroll(page, "0")
        snap.heights[width] = page.evaluate(
            "Math.max(document.documentElement.scrollHeight, window.innerHeight)")
        path = SCREENSHOTS / f"{name}-{lang}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        snap.screenshots[width] = path
        snap.axe[width] = _axe(page)
    tour[(lang, name)] = snap


def _next(page) -> None:
    page.click("button[name=go][value=next]")


def walk(page, base_url: str, lang: str, tour: dict) -> None:
    """The whole flow as a 13-year-old in danger who was threatened, then /status."""
    country = "FR" if lang == "fr" else "CA"
    page.goto(f"{base_url}/help?lang={lang}")
    record(page, lang, "age", tour)
    _next(page)  # nothing chosen: the error state
    page.wait_for_selector("#error-summary")
    record(page, lang, "error", tour)
    page.check("input[name=age_band][value='13_17']")
    page.fill("#age", "14")
    page.select_option("#country", country)
    _next(page)
    record(page, lang, "danger", tour)
    page.check("input[name=danger][value=yes]")
    _next(page)
    page.wait_for_selector("a.tel.big")
    record(page, lang, "help_now", tour)
    _next(page)
    record(page, lang, "what", tour)
    page.check("input[name=what][value=threat]")
    page.fill("#about", "They say they will post my photo if I don't pay. " + SECRET)
    _next(page)
    record(page, lang, "who", tour)
    page.fill("#username", "dark_wolf.77")
    page.fill("#platform", "Instagram")
    page.fill("#profile_link", "https://instagram.example/dark_wolf.77")
    _next(page)
    record(page, lang, "evidence", tour)
    page.fill("#links", "https://instagram.example/p/1\nhttps://instagram.example/p/2")
    page.fill("#name_in_chat", "Kid")
    _next(page)
    record(page, lang, "contact", tour)
    page.fill("#contact_email", "kid@example.org")
    _next(page)
    page.wait_for_selector("dl.review")
    record(page, lang, "review", tour)
    page.click("button[name=go][value=send]")
    page.wait_for_selector("#case-code")
    record(page, lang, "receipt", tour)
    code = page.text_content("#case-code").strip()
    pin = page.text_content("#pin").strip()

    page.goto(f"{base_url}/status?lang={lang}")
    record(page, lang, "status", tour)
    page.fill("#case_code", code)
    page.fill("#pin", "000000" if pin != "000000" else "111111")
    page.click("button[type=submit]")
    page.wait_for_selector(".errors")
    record(page, lang, "status_error", tour)
    page.fill("#case_code", code)
    page.fill("#pin", pin)
    page.click("button[type=submit]")
    page.wait_for_selector("#more")
    record(page, lang, "case", tour)
    page.fill("#more", "He wrote again today from a new account, dark_wolf.78.")
    page.click("form.add button[type=submit]")
    page.wait_for_selector("#added")
    record(page, lang, "added", tour)
