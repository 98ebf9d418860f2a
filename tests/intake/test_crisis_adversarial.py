"""Adversarial checks of the crisis resources on the receipt. Tests that fail mark a finding;
the others record attacks that held."""

from __future__ import annotations


import pytest
from fastapi.testclient import TestClient

from support import flow_state, receipt_of, walk_help_flow

from tipline.crisis import crisis_resources, for_receipt
from tipline.web.app import create_app


@pytest.fixture
def client(sqlite_home):
    with TestClient(create_app(sqlite_home)) as test_client:
        yield test_client


def _post(client, about, country="US", key=None, **extra):
    report = {"reporter": "self", "about": about, "child": {"age": 13, "country": country}, **extra}
    headers = {"Idempotency-Key": key} if key else {}
    answer = client.post("/api/v1/reports", json=report, headers=headers)
    assert answer.status_code in (200, 201), answer.text  # 200: a replay
    return answer.json()


def _names(crisis) -> list[str]:
    return [line["name"] for line in crisis["lines"]]


# --- Finding A: a child in danger now gets the suicide lines, not the child-protection lines ---
# for_receipt() calls crisis_resources(country) with the default need="self_harm" whatever the
# reason, so a "child_in_danger" receipt keeps only lines marked for self_harm: in the US the 988
# suicide line without Childhelp, in France 3114 (suicide prevention) without 119 (Allo Enfance
# en Danger).

@pytest.mark.parametrize("country,expected", [("US", "Childhelp National Child Abuse Hotline"),
                                              ("FR", "119 Allô Enfance en Danger")])
def test_a_child_in_danger_gets_the_child_protection_line(client, country, expected):
    crisis = _post(client, "he is outside my house right now and he wont leave", country)["crisis_resources"]
    assert crisis is not None
    assert expected in _names(crisis), _names(crisis)


def test_for_receipt_chooses_lines_by_the_reason():
    crisis = for_receipt(["child_in_danger"], "US")
    assert any(line.name.startswith("Childhelp") for line in crisis.lines), [l.name for l in crisis.lines]


# --- Finding B: a doubled space hides the self-harm statement, and the crisis block with it ---

@pytest.mark.parametrize("about", ["i want to kill  myself", "i  want to die", "i want to kill\tmyself"])
def test_self_harm_with_odd_spacing_still_gets_crisis_resources(client, about):
    crisis = _post(client, about, "CA")["crisis_resources"]
    assert crisis is not None, repr(about)


# --- Finding C (minor): "UK", ISO 3166's exceptionally reserved code for the United Kingdom, ---
# --- passes validation but falls back to the EU block instead of 999 and Childline         ---

def test_uk_is_read_as_the_united_kingdom(client):
    crisis = _post(client, "i want to kill myself", "uk")["crisis_resources"]
    assert crisis["country"] == "GB" and crisis["emergency"] == "999", crisis


# --- Attacks that held -------------------------------------------------------------------------

@pytest.mark.parametrize("country,code", [("ca", "CA"), (" us ", "US"), ("Gb", "GB"), ("DE", "EU"), (None, "EU")])
def test_country_codes_in_any_case_and_unknown_ones(client, country, code):
    crisis = _post(client, "i want to kill myself", country)["crisis_resources"]
    assert crisis["country"] == code and crisis["lines"]


@pytest.mark.parametrize("country", ["U S", "USA", "1A", "\u0131t"])
def test_malformed_country_codes_are_refused(client, country):
    answer = client.post("/api/v1/reports", json={"about": "i want to kill myself",
                                                  "child": {"country": country}})
    assert answer.status_code == 422


def test_crisis_resources_of_odd_inputs_never_raise():
    for code in ("", "  ", "eu", "\u0130T", "ZZ", "xx", "us\x00"):
        assert crisis_resources(code).lines
    assert for_receipt(None, "US") is None and for_receipt([], "US") is None


def test_a_replayed_receipt_keeps_the_crisis_block(client):
    first = _post(client, "he has my photo. i want to kill myself", "AU", key="crisis-adversarial-0001")
    again = _post(client, "he has my photo. i want to kill myself", "AU", key="crisis-adversarial-0001")
    assert again["replayed"] is True and again["crisis_resources"] == first["crisis_resources"]
    assert first["crisis_resources"]["emergency"] == "000"


@pytest.mark.parametrize("about", [
    "he wants to meet tomorrow at 4pm at the park and said dont tell ur mom",
    "he asked how old i am and said send me a pic of u",
    "this homework is killing me lol",
    "i could kill for a pizza rn",
])
def test_ordinary_and_grooming_reports_get_no_crisis_block(client, about):
    assert _post(client, about)["crisis_resources"] is None


def test_the_help_receipt_escapes_the_report_and_keeps_helplines_on_reload(client):
    review = walk_help_flow(client, {
        "age_band": "13_17", "what": "threat", "country": "GB", "name_in_chat": "<b>kid</b>",
        "about": 'i want to kill myself <script>alert(1)</script> "><img src=x onerror=alert(1)>'},
        send=False)
    assert "<script>alert(1)" not in review.text and "<img src=x" not in review.text
    assert "&lt;script&gt;alert(1)" in review.text  # shown back as text
    form = {"state": flow_state(review.text), "go": "send"}
    answer = client.post("/help", data=form)
    assert answer.status_code == 200, answer.text
    assert 'id="crisis"' in answer.text and 'href="tel:999"' in answer.text
    assert "<script>alert(1)" not in answer.text and "onerror=alert" not in answer.text
    assert "<b>kid</b>" not in answer.text
    reloaded = client.post("/help", data=form)
    assert receipt_of(reloaded.text) == receipt_of(answer.text)
    assert 'id="crisis"' in reloaded.text and 'href="tel:999"' in reloaded.text