"""The child's pages pass axe-core's accessibility rules (no serious or critical violation)."""

from __future__ import annotations

import pytest
from browser import browser


@pytest.fixture
def page(server):
    with browser() as launched:
        # axe-core is injected as a script; the pages' own CSP would (rightly) refuse it.
        context = launched.new_context(bypass_csp=True)
        yield context.new_page()
        context.close()


def _serious(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", ["/help", "/status", "/console/login"])
def test_page_has_no_serious_accessibility_violation(server, page, path):
    page.goto(server.base_url + path)
    assert _serious(page) == []


def test_the_receipt_has_no_serious_accessibility_violation(server, page):
    page.goto(server.base_url + "/help")
    page.check("input[name=age_band][value='13_17']")
    page.check("input[name=what_happened][value=threat]")
    page.click("button[type=submit]")
    assert page.locator("#case-code").count() == 1
    assert _serious(page) == []
