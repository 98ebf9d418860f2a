"""The Help form over HTTP: a reload of the receipt does not file the report twice, and
mistakes are explained in plain words."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tipline.store.tables import Case
from tipline.web.app import create_app


def _token(page: str) -> str:
    return re.search(r'name="form_token" value="([^"]+)"', page).group(1)


def _form(token: str, **extra) -> dict:
    return {"form_token": token, "age_band": "under_13", "what_happened": "meet",
            "about": "he wants to meet me", **extra}


def test_reloading_the_receipt_gives_the_same_case_and_pin(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        token = _token(client.get("/help").text)
        first = client.post("/help", data=_form(token))
        again = client.post("/help", data=_form(token))  # what a browser reload re-sends
        other = client.post("/help", data=_form(_token(client.get("/help").text)))
    code = re.search(r'id="case-code">([^<]+)<', first.text).group(1)
    pin = re.search(r'id="pin">([^<]+)<', first.text).group(1)
    assert f'id="case-code">{code}<' in again.text and f'id="pin">{pin}<' in again.text
    assert f'id="case-code">{code}<' not in other.text
    with sqlite_home.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 2


def test_going_back_and_changing_the_form_files_a_new_report(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        token = _token(client.get("/help").text)
        first = client.post("/help", data=_form(token))
        changed = client.post("/help", data=_form(token, about="and he said it again"))
    assert changed.status_code == 200
    first_code = re.search(r'id="case-code">([^<]+)<', first.text).group(1)
    assert first_code not in changed.text and 'id="case-code"' in changed.text


def test_a_mistake_is_explained_and_what_was_typed_is_kept(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        token = _token(client.get("/help").text)
        answer = client.post("/help", data={"form_token": token, "age": "abc",
                                            "about": "keep this text"})
    assert answer.status_code == 422
    assert "Please choose how old you are." in answer.text
    assert "Age: please write a number" in answer.text
    assert "keep this text" in answer.text
