"""Browser fixtures for the child's Help flow: a server per module, and one tour of every page
of the flow in English and French made once per test session (help_tour.py says what it records).

Playwright's sync API cannot run inside another sync Playwright in the same thread, and other
modules hold their own browser; so the tour runs in a thread of its own, start to finish.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from browser import browser
from help_tour import LANGS, Snapshot, serving, walk
from support import RunningServer


@pytest.fixture(scope="module")
def flow_server(tmp_path_factory) -> Iterator[RunningServer]:
    """One server for a whole module (each test makes its own browser context)."""
    with serving(tmp_path_factory.mktemp("flow-home")) as running:
        yield running


@pytest.fixture(scope="session")
def help_tour(tmp_path_factory) -> dict[tuple[str, str], Snapshot]:
    """Every page of the flow in English and French, recorded once (see the module's doc)."""
    tour: dict[tuple[str, str], Snapshot] = {}
    failure: list[BaseException] = []
    home = tmp_path_factory.mktemp("tour-home")

    def run() -> None:
        try:
            with serving(home) as server, browser() as launched:
                for lang in LANGS:
                    _tour_one(launched, server.base_url, lang, tour)
        except BaseException as error:  # noqa: BLE001 (re-raised in the test thread below)
            failure.append(error)

    worker = threading.Thread(target=run, name="help-tour")
    worker.start()
    worker.join(timeout=300)
    if worker.is_alive():
        raise RuntimeError("the tour of the Help flow took more than 5 minutes")
    if failure:
        raise failure[0]
    return tour


def _tour_one(launched, base_url: str, lang: str, tour: dict) -> None:
    # The pages' own CSP stays on: axe-core is evaluated through the DevTools protocol, which
    # a page's CSP does not govern.
    context = launched.new_context(locale="en-US")
    page = context.new_page()
    problems: list[str] = []
    # Script errors and CSP refusals (a 404 favicon or the error step's 422 are the browser's
    # "failed to load" notes, not problems).
    page.on("console", lambda m: problems.append(m.text)
            if m.type == "error" and "Failed to load resource" not in m.text else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    walk(page, base_url, lang, tour)
    for (snap_lang, _), snap in tour.items():
        if snap_lang == lang:
            snap.problems = problems
    context.close()
