"""The child's pages in English, French and Spanish through Babel catalogs (Arabic
placeholders check right-to-left layout), and English that a 10-year-old reads (issue 5:
US grade level 5 or lower by textstat's Flesch-Kincaid grade)."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient
from support import flow_state, walk_help_flow

from tipline.web.app import create_app

REPO = Path(__file__).resolve().parents[2]
LOCALE = REPO / "tipline" / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def _catalog(lang: str):
    with (LOCALE / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def test_the_message_template_lists_every_string_the_pages_use(tmp_path):
    fresh = tmp_path / "fresh.pot"
    subprocess.run([str(Path(sys.executable).parent / "pybabel"), "extract", "-F", "babel.cfg",
                    "-k", "N_", "--no-location", "-o", str(fresh), "."], cwd=REPO, check=True,
                   capture_output=True)
    with fresh.open("rb") as handle:
        wanted = {m.id for m in read_po(handle) if m.id}
    for lang in ("fr", "es", "ar"):
        have = {m.id for m in _catalog(lang) if m.id}
        assert wanted - have == set(), f"{lang}: run pybabel update (docs/translating.md)"


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_every_string_is_translated_and_keeps_its_placeholders(lang):
    for message in _catalog(lang):
        if not message.id:
            continue
        assert message.string, (lang, message.id)
        assert sorted(PLACEHOLDER.findall(message.id)) == sorted(PLACEHOLDER.findall(message.string)), \
            (lang, message.id)


@pytest.fixture
def client(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        yield client


@pytest.mark.parametrize("lang,words", [
    ("fr", ["Quitter vite", "Étape 1 sur 7"]), ("es", ["Salir rápido", "Paso 1 de 7"]),
])
def test_french_and_spanish_pages_are_translated_through_the_flow(client, lang, words):
    first = client.get(f"/help?lang={lang}")
    text = html.unescape(first.text)
    for word in words:
        assert word in text
    assert "How old are you?" not in text
    receipt = walk_help_flow(client, {"what": "threat"}, start=f"/help?lang={lang}")
    assert f'<html lang="{lang}"' in receipt.text and "What happens next" not in receipt.text


def test_arabic_placeholders_lay_the_page_out_right_to_left(client):
    page = client.get("/help?lang=ar")
    assert '<html lang="ar" dir="rtl">' in page.text
    assert "نص" in page.text
    # Logical CSS properties make the layout mirror without a second stylesheet.
    css = (REPO / "tipline" / "web" / "static" / "help.css").read_text()
    assert "border-left" not in css and "margin-left" not in css and "padding-left" not in css


def _visible(page: str) -> str:
    page = re.sub(r"(?s)<(script|style|head)[^>]*>.*?</\1>", " ", page)
    page = re.sub(r'(?s)<div class="languages".*?</div>', " ", page)  # language names
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_english_pages_read_at_grade_five_or_lower(client):
    import textstat

    pages = {"start": client.get("/help")}
    page = pages["start"]
    for name, answers in (("danger", {"age_band": "13_17", "country": "US"}), ("help now", {"danger": "yes"}),
                          ("what", {}), ("who", {"what": "threat"}), ("proof", {}), ("contact", {}),
                          ("review", {})):
        page = client.post("/help", data={**answers, "state": flow_state(page.text), "go": "next"})
        pages[name] = page
    pages["receipt"] = client.post("/help", data={"state": flow_state(page.text), "go": "send"})
    pages["status"] = client.get("/status")
    grades = {name: textstat.flesch_kincaid_grade(_visible(answer.text)) for name, answer in pages.items()}
    assert all(grade <= 5 for grade in grades.values()), grades
