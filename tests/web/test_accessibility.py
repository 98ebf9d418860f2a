"""axe-core finds no accessibility violation, of any impact, on any page a child sees in the
Help flow (every step, the help-now page, an error, the receipt, /status, the case view and
"added"), in English and French, at 320 px and 1280 px wide; nor on the analyst's login.

The flow is walked once per test session (``help_tour`` in conftest.py); each page and
language is its own test id here."""

from __future__ import annotations

import pytest
from browser import browser
from help_tour import LANGS, PAGES, WIDTHS


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_violation_on_the_help_flow_page(help_tour, name, lang):
    snap = help_tour[(lang, name)]
    assert snap.html_lang == lang  # the page really is in the language under test
    for width in WIDTHS:
        assert snap.axe[width] == [], f"{name} ({lang}) at {width} px"


def test_the_tour_saw_no_script_error_or_csp_violation(help_tour):
    for (lang, name), snap in help_tour.items():
        assert snap.problems == [], (lang, name)


def test_the_analyst_login_has_no_accessibility_violation(server):
    from axe_playwright_python.sync_playwright import Axe

    with browser() as launched:
        page = launched.new_page()
        page.goto(server.base_url + "/console/login")
        violations = Axe().run(page).response["violations"]
    assert [f"{v['id']} ({v['impact']}): {v['help']}" for v in violations] == []
