"""A child whose report shows self-harm gets crisis resources on the receipt, for their country:
on the API's receipt, on a replayed receipt and on the Help form's receipt page. Other reports
get none. The helplines file names a source and a check date for every line."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from support import walk_help_flow

from tipline.crisis import crisis_resources, directory_entries
from tipline.web.app import create_app

SELF_HARM = {
    "reporter": "self",
    "about": "he says he will post the pic i sent to my whole school. i just want to die",
    "incident_type": "sextortion",
    "child": {"age": 14, "country": "ca"},
}


@pytest.fixture
def client(sqlite_home):
    with TestClient(create_app(sqlite_home)) as test_client:
        yield test_client


def test_self_harm_puts_the_childs_country_helplines_on_the_receipt(client):
    answer = client.post("/api/v1/reports", json=SELF_HARM, headers={"Idempotency-Key": "crisis-test-0001"})
    assert answer.status_code == 201, answer.text
    crisis = answer.json()["crisis_resources"]
    assert crisis["country"] == "CA" and crisis["emergency"] == "911"
    assert any(line["phone"] == "988" for line in crisis["lines"])
    assert any(line["name"] == "Kids Help Phone" for line in crisis["lines"])
    replayed = client.post("/api/v1/reports", json=SELF_HARM, headers={"Idempotency-Key": "crisis-test-0001"})
    assert replayed.json()["replayed"] is True
    assert replayed.json()["crisis_resources"] == crisis


@pytest.mark.parametrize("about", ["i want to kill myself", "je veux mourir", "ya no quiero vivir"])
def test_self_harm_in_french_and_spanish_too(client, about):
    report = {**SELF_HARM, "about": about, "child": {"age": 13, "country": "fr"}}
    crisis = client.post("/api/v1/reports", json=report).json()["crisis_resources"]
    assert crisis is not None and crisis["emergency"] == "112"
    assert any(line["phone"] == "3114" for line in crisis["lines"])


def test_hyperbole_and_ordinary_reports_get_no_crisis_block(client):
    for about in ("this homework is killing me lol, anyway he asked how old i am",
                  "someone asked for my snap and keeps messaging"):
        answer = client.post("/api/v1/reports", json={**SELF_HARM, "about": about, "incident_type": None})
        assert answer.status_code == 201, answer.text
        assert answer.json()["crisis_resources"] is None, about


def test_an_unknown_country_falls_back_to_112_and_the_child_helpline():
    crisis = crisis_resources("zz")
    assert crisis.country == "EU" and crisis.emergency == "112"
    assert any(line.phone == "116 111" for line in crisis.lines)
    assert crisis_resources(None).country == "EU"


def test_the_help_form_receipt_shows_the_resources(client):
    answer = walk_help_flow(client, {"age_band": "13_17", "what": "threat", "country": "GB",
                                     "about": "he has my photo. i want to kill myself"})
    assert answer.status_code == 200, answer.text
    assert 'id="crisis"' in answer.text
    assert 'href="tel:999"' in answer.text and "Childline" in answer.text and "0800 1111" in answer.text
    calm = walk_help_flow(client, {"age_band": "13_17", "what": "meet", "about": "he wants to meet"})
    assert 'id="crisis"' not in calm.text


def test_every_helpline_names_its_source_and_when_it_was_checked():
    countries = directory_entries()["countries"]
    assert {"CA", "US", "GB", "AU", "FR", "ES", "MX", "EU"} <= set(countries)
    for code, entry in countries.items():
        emergency = entry["emergency"]
        assert re.fullmatch(r"\d{3}", emergency["number"]), code
        assert emergency["source"].startswith("https://"), code
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", emergency["last_checked"]), code
        for line in entry["lines"]:
            assert set(line["for"]) <= {"self_harm", "child", "online"}, (code, line["name"])
            assert line["source"].startswith("https://"), (code, line["name"])
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", line["last_checked"]), (code, line["name"])
            assert line.get("phone") or line.get("url"), (code, line["name"])
