"""The child's Help flow over HTTP (issue 5): one URL, state sealed in the form, no cookie, no
server session, errors tied to their fields, a double tap files one report, danger now shows
the country's numbers and makes the case immediate, advice fits what happened."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from support import flow_state, now, receipt_of, walk_help_flow

from tipline.store.tables import Attachment, AuditEntry, Case, Report, ReporterMessage
from tipline.web.app import create_app


@pytest.fixture
def client(sqlite_home):
    with TestClient(create_app(sqlite_home)) as client:
        yield client


def _post(client, page, **data):
    return client.post("/help", data={"state": flow_state(page.text), **data})


def _count(home, table) -> int:
    with home.sessions() as session:
        return session.scalar(select(func.count()).select_from(table))


def test_the_whole_flow_stays_on_one_url_and_sets_no_cookie(client):
    page = client.get("/help")
    seen = [page]
    for data in ({"age_band": "under_13", "age": "11", "country": "CA"}, {"danger": "no"},
                 {"what": "photos", "about": "he keeps asking for a pic"},
                 {"username": "dark_wolf.77", "platform": "Instagram"}, {"links": ""},
                 {"trusted_adult": "my aunt 555 0100"}):
        page = _post(client, page, go="next", **data)
        assert page.status_code == 200, page.text
        seen.append(page)
    assert "Check and send" in page.text and "dark_wolf.77" in page.text
    receipt = _post(client, page, go="send")
    seen.append(receipt)
    for answer in seen:
        assert "set-cookie" not in answer.headers
        assert answer.headers["cache-control"] == "no-store"
        assert answer.url.path == "/help"
    assert not client.cookies
    assert receipt_of(receipt.text)


def test_progress_and_steps_are_announced_in_order(client):
    page = client.get("/help")
    assert 'role="status">Step 1 of 7' in page.text
    page = _post(client, page, go="next", age_band="13_17")
    assert "Step 2 of 7" in page.text and "Are you in danger right now?" in page.text


def test_a_missing_answer_is_tied_to_its_field_and_typed_text_is_kept(client):
    page = client.get("/help")
    again = _post(client, page, go="next", age="1o", country="GB")
    assert again.status_code == 422
    assert 'role="alert"' in again.text and 'href="#age_band"' in again.text
    assert 'id="age_band-error"' in again.text and 'aria-describedby="age_band-error"' in again.text
    assert 'aria-invalid="true"' in again.text
    assert 'value="1o"' in again.text and "write a number" in again.text  # typed text is kept
    assert re.search(r'<option value="GB" selected>', again.text)


def test_going_back_keeps_every_answer(client):
    page = _post(client, client.get("/help"), go="next", age_band="13_17", age="14")
    page = _post(client, page, go="next", danger="no")
    page = _post(client, page, go="next", what="meet", about="he wants to meet saturday")
    back = _post(client, page, go="back", username="half typed")
    assert "What happened?" in back.text and "he wants to meet saturday" in back.text
    forward = _post(client, back, go="next", what="meet")
    assert 'value="half typed"' in forward.text


def test_a_tampered_or_stale_state_starts_again_and_files_nothing(client, sqlite_home):
    page = client.get("/help")
    token = flow_state(page.text)
    tampered = token[:-6] + ("AAAAAA" if not token.endswith("AAAAAA") else "BBBBBB")
    answer = client.post("/help", data={"state": tampered, "go": "send"})
    assert answer.status_code == 400 and "started again" in answer.text
    missing = client.post("/help", data={"go": "next", "age_band": "13_17"})
    assert missing.status_code == 400
    later = TestClient(create_app(sqlite_home, clock=lambda: now() + timedelta(hours=3)))
    stale = later.post("/help", data={"state": token, "go": "next", "age_band": "13_17"})
    assert stale.status_code == 400 and "Nothing was sent" in stale.text
    assert _count(sqlite_home, Report) == 0


def test_a_double_tap_on_send_files_one_report(client, sqlite_home):
    review = walk_help_flow(client, {"what": "threat"}, send=False)
    first = _post(client, review, go="send")
    again = _post(client, review, go="send")  # a reload of the receipt re-posts the same form
    assert receipt_of(first.text) == receipt_of(again.text)
    assert _count(sqlite_home, Report) == 1


def test_changing_an_answer_from_the_review_comes_back_to_the_review(client):
    review = walk_help_flow(client, {"what": "meet"}, send=False)
    edit = _post(client, review, go="edit:what")
    assert "What happened?" in edit.text and "Save and go back to check" in edit.text
    back = _post(client, edit, go="next", what="threat")
    assert "Check and send" in back.text and "Someone says they will share something about me" in back.text


@pytest.mark.parametrize("country,number,line", [
    ("CA", "911", "Kids Help Phone"), ("US", "911", "CyberTipline"), ("GB", "999", "Childline"),
    ("AU", "000", "Kids Helpline"), ("FR", "112", "119"), ("ES", "112", "ANAR"),
    ("MX", "911", "911"), ("XX", "112", "116 111"), ("", "112", "116 111"),
])
def test_danger_now_shows_the_emergency_number_and_lines_of_the_childs_country(client, country, number, line):
    page = _post(client, client.get("/help"), go="next", age_band="13_17", country=country)
    help_now = _post(client, page, go="next", danger="yes")
    assert f'href="tel:{number}"' in help_now.text
    assert line in help_now.text
    assert "Go on with my report" in help_now.text


def test_danger_now_makes_the_case_immediate_with_its_reason(client, sqlite_home):
    receipt = walk_help_flow(client, {"danger": "yes", "country": "GB", "what": "other"})
    code, _ = receipt_of(receipt.text)
    with sqlite_home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
    assert case.urgency == "immediate" and "child_in_danger" in case.urgency_reasons
    assert 'id="crisis"' in receipt.text and "tel:999" in receipt.text


@pytest.mark.parametrize("what,advice", [
    ("threat", "Don't pay"), ("threat", "Don't delete the chat"),
    ("meet", "Don't go to meet them"), ("photos", "don't turn on your camera"),
    ("friend", "Tell your friend you are there for them"),
])
def test_the_receipt_gives_advice_that_fits_what_happened(client, what, advice):
    receipt = walk_help_flow(client, {"what": what})
    assert advice in html.unescape(receipt.text)
    assert "What happens next" in receipt.text and "None of this is your fault." in receipt.text


def test_an_under_13_is_offered_a_trusted_adult_and_their_own_contact_is_never_kept(client, sqlite_home):
    page = walk_help_flow(client, {"age_band": "under_13"}, send=False)
    contact = _post(client, page, go="edit:contact")
    assert 'name="trusted_adult"' in contact.text and 'name="contact_email"' not in contact.text
    # A hand-made post still carries the child's own email: it is dropped, the adult kept.
    back = _post(client, contact, go="next", trusted_adult="mum 0700 900 000",
                 contact_email="me@example.org")
    receipt = _post(client, back, go="send")
    assert receipt_of(receipt.text)
    with sqlite_home.sessions() as session:
        report = session.scalar(select(Report))
    assert report.contact.get("trusted_adult") == "mum 0700 900 000"
    assert not report.contact.get("email")


def test_images_a_child_sends_are_sealed_never_shown_and_the_receipt_says_so(client, sqlite_home):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    receipt = walk_help_flow(client, {"what": "threat"},
                             files=[("evidence", ("me.png", png, "image/png"))])
    assert 'id="images-note"' in receipt.text
    assert "<img" not in receipt.text and "me.png" not in receipt.text
    assert _count(sqlite_home, Attachment) == 1


def test_reported_text_comes_back_as_text_on_the_review(client):
    hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    review = walk_help_flow(client, {"about": hostile, "username": hostile}, send=False)
    assert "<script>alert(1)" not in review.text and "&lt;script&gt;alert(1)" in review.text
    assert "<img src=x" not in review.text


def test_pages_have_no_inline_script_or_style(client):
    pages = [client.get("/help"), client.get("/status"), walk_help_flow(client, send=False)]
    for page in pages:
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page.text), page.text[:200]
        assert "<style" not in page.text and not re.search(r'\sstyle="', page.text)
        assert "script-src 'self'" in page.headers["content-security-policy"]


def test_the_quick_exit_clears_site_data_and_leaves_for_a_neutral_site(client):
    answer = client.get("/exit", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "https://www.google.com/"
    assert answer.headers["clear-site-data"] == '"cache", "cookies", "storage"'
    for path in ("/help", "/status"):
        assert 'href="/exit"' in client.get(path).text


def test_the_page_language_follows_lang_then_accept_language(client):
    assert '<html lang="fr" dir="ltr">' in client.get("/help?lang=fr").text
    assert '<html lang="es" dir="ltr">' in client.get("/help", headers={"accept-language": "es-MX,es;q=0.9"}).text
    assert '<html lang="en"' in client.get("/help", headers={"accept-language": "de-DE"}).text
    assert '<html lang="ar" dir="rtl">' in client.get("/help?lang=ar").text
    # The choice rides in the sealed state to the next step.
    page = client.get("/help?lang=fr")
    assert '<html lang="fr"' in _post(client, page, go="next", age_band="13_17").text


def test_the_public_pages_are_rate_limited_per_network_without_keeping_the_address(sqlite_home):
    sqlite_home.settings.public_rate_limit_steps = "3/minute"
    with TestClient(create_app(sqlite_home)) as client:
        page = client.get("/help")
        answers = [_post(client, page, go="next", age_band="13_17").status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429]
    assert _count(sqlite_home, Report) == 0


def test_the_child_adds_information_on_the_status_page(client, sqlite_home):
    code, pin = receipt_of(walk_help_flow(client, {"what": "meet", "country": "FR"}).text)
    view = client.post("/status", data={"case_code": code, "pin": pin})
    assert view.status_code == 200 and "Do you want to add something?" in view.text
    assert pin not in view.text.replace(code, "")  # the PIN rides sealed, not in the page
    added = client.post("/status", data={"state": flow_state(view.text),
                                         "more": "he wants to meet me tomorrow at 4pm at the train station"})
    assert 'id="added"' in added.text
    with sqlite_home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
        message = session.scalar(select(ReporterMessage).where(ReporterMessage.case_id == case.id))
        audited = session.scalar(select(func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.action == "case.reporter_added"))
    assert message.direction == "from_reporter" and "station" in message.text
    assert audited == 1
    assert case.urgency == "immediate" and "meeting_planned" in case.urgency_reasons


def test_a_self_harm_statement_added_later_shows_crisis_lines_at_once(client, sqlite_home):
    code, pin = receipt_of(walk_help_flow(client, {"what": "threat", "country": "ES"}).text)
    view = client.post("/status", data={"case_code": code, "pin": pin})
    added = client.post("/status", data={"state": flow_state(view.text), "more": "ya no quiero vivir"})
    assert 'id="crisis"' in added.text and "tel:112" in added.text
    with sqlite_home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
    assert case.urgency == "immediate" and "self_harm" in case.urgency_reasons


def test_a_wrong_pin_on_the_status_page_says_so_plainly(client):
    code, _ = receipt_of(walk_help_flow(client).text)
    wrong = client.post("/status", data={"case_code": code, "pin": "000000"})
    assert wrong.status_code == 404 and "couldn't find a report" in html.unescape(wrong.text)


def test_files_too_big_for_the_server_get_a_page_a_child_can_read(sqlite_home):
    sqlite_home.settings.max_request_bytes = 64 * 1024
    with TestClient(create_app(sqlite_home)) as client:
        review = walk_help_flow(client, send=False)
        # The browser is told the limit, so with JavaScript it never sends the files at all.
        assert f'data-max-bytes="{64 * 1024 - 64 * 1024 // 10}"' in review.text
        answer = client.post("/help", data={"state": flow_state(review.text), "go": "send"},
                             files=[("evidence", ("big.bin", b"x" * 70_000, "application/octet-stream"))])
    assert answer.status_code == 413
    assert answer.headers["content-type"].startswith("text/html")
    assert "Your files are too big" in answer.text and 'href="/exit"' in answer.text


def _platform_key(home) -> bytes:
    from tipline.embed.platforms import add_platform
    from tipline.store.db import transaction

    with transaction(home.sessions) as session:
        return bytes.fromhex(add_platform(session, name="Game Forum", platform_id="gameforum",
                                          now=now()).embed_key)


def _report(home) -> Report:
    with home.sessions() as session:
        report = session.scalar(select(Report))
        report.identifiers  # noqa: B018 - load them before the session closes
        return report


def test_a_platforms_signed_context_rides_through_the_flow_onto_the_report(client, sqlite_home):
    from urllib.parse import quote

    from tipline.embed.context import sign_context

    token = sign_context(_platform_key(sqlite_home), {
        "platform": "gameforum", "reported_account": "@dark_wolf.77",
        "conversation_id": "conv-9"}, now())
    receipt = walk_help_flow(client, {"what": "meet"}, start=f"/help?ctx={quote(token)}")
    assert receipt_of(receipt.text)
    report = _report(sqlite_home)
    assert report.platform_context["status"] == "verified"
    assert report.platform_context["context"]["conversation_id"] == "conv-9"
    # The signed account joins the identifiers, so linking sees it.
    assert ("username", "@dark_wolf.77", "gameforum") in {
        (i.kind, i.value, i.platform) for i in report.identifiers}


@pytest.mark.parametrize("query,status", [
    ("platform=gameforum&reported_account=%40someone", "unsigned"),
    ("ctx=TAMPERED", "bad_signature"),
    ("ctx=not-a-token", "malformed"),
])
def test_unsigned_or_tampered_context_is_ignored_and_the_report_says_so(client, sqlite_home, query, status):
    from urllib.parse import quote

    from tipline.embed.context import sign_context

    _platform_key(sqlite_home)
    # Someone without the platform's key signs an account of their choosing.
    forged = sign_context(b"not the platform's key, 32 bytes", {"platform": "gameforum",
                                                                 "reported_account": "@x"}, now())
    receipt = walk_help_flow(client, start="/help?" + query.replace("TAMPERED", quote(forged)))
    assert receipt_of(receipt.text)
    report = _report(sqlite_home)
    assert report.platform_context["status"] == status
    assert report.platform_context["context"] is None
    assert "@someone" not in {i.value for i in report.identifiers}
    assert "@x" not in {i.value for i in report.identifiers}


def test_a_child_without_platform_context_files_a_report_with_none(client, sqlite_home):
    walk_help_flow(client)
    assert _report(sqlite_home).platform_context == {}
    assert _report(sqlite_home).danger_now is False


# Found by breaking it (adversarial review, new-user walk-through).

def test_arabic_placeholders_are_never_chosen_for_a_child(client):
    page = client.get("/help", headers={"accept-language": "ar-EG,ar;q=0.9,en;q=0.5"})
    assert '<html lang="en"' in page.text
    assert 'value="lang:ar"' not in page.text  # not offered in the switcher either
    assert '<html lang="fr"' in client.get("/help?lang=fr-CA").text


def test_too_many_files_keep_the_answers_and_say_so(client, sqlite_home):
    review = walk_help_flow(client, {"about": "keep me"}, send=False)
    files = [("evidence", (f"f{i}.txt", b"x", "text/plain")) for i in range(12)]
    answer = client.post("/help", data={"state": flow_state(review.text), "go": "send"}, files=files)
    assert answer.status_code == 422 and "too many files" in answer.text
    assert "keep me" in answer.text and 'value="send"' in answer.text
    assert _count(sqlite_home, Report) == 0


def test_changing_an_answer_after_sending_files_one_new_report_however_often_sent(client, sqlite_home):
    review = walk_help_flow(client, {"what": "meet"}, send=False)
    first = _post(client, review, go="send")
    edit = _post(client, review, go="edit:what")
    changed = _post(client, edit, go="next", what="threat")
    second, third = _post(client, changed, go="send"), _post(client, changed, go="send")
    assert receipt_of(second.text) == receipt_of(third.text) != receipt_of(first.text)
    assert _count(sqlite_home, Report) == 2


def test_an_empty_message_never_shows_the_catalog_header(client):
    for lang in ("ar", "fr"):
        page = client.get(f"/help?lang={lang}")
        review = _post(client, page, go="edit:review")
        assert review.status_code == 200
        assert "Project-Id-Version" not in review.text


def test_choosing_under_13_after_typing_an_email_drops_it_before_the_review(client):
    review = walk_help_flow(client, {"age_band": "13_17", "contact_email": "kid@example.org"}, send=False)
    assert "kid@example.org" in review.text
    age = _post(client, review, go="edit:age")
    back = _post(client, age, go="next", age_band="under_13")
    assert "Check and send" in back.text and "kid@example.org" not in back.text


def test_long_answers_in_any_script_fit_in_the_state(client):
    page = client.get("/help")
    page = _post(client, page, go="next", age_band="13_17")
    page = _post(client, page, go="next", danger="no")
    page = _post(client, page, go="next", what="other", about="漢字😀" * 6_600)
    page = _post(client, page, go="next", username="名" * 500, profile_link="😀" * 500)
    assert page.status_code == 200 and "Do you have proof?" in page.text


def test_a_pin_typed_with_extra_characters_still_adds_information(client, sqlite_home):
    code, pin = receipt_of(walk_help_flow(client).text)
    view = client.post("/status", data={"case_code": code, "pin": " " + pin + "\x00" + " " * 30})
    assert view.status_code == 200
    added = client.post("/status", data={"state": flow_state(view.text), "more": "new username wolfie_99"})
    assert 'id="added"' in added.text
    assert _count(sqlite_home, ReporterMessage) == 1


def test_a_skipped_country_takes_the_browsers_region_for_the_numbers(client):
    page = client.get("/help", headers={"accept-language": "en-US,en;q=0.9"})
    assert "Call 911" in page.text
    page = _post(client, page, go="next", age_band="13_17")
    help_now = _post(client, page, go="next", danger="yes")
    assert 'href="tel:911"' in help_now.text


def test_an_age_that_contradicts_the_age_band_is_questioned(client):
    answer = _post(client, client.get("/help"), go="next", age_band="under_13", age="17")
    assert answer.status_code == 422 and "does not match" in answer.text


def test_a_picture_sent_under_another_type_still_gets_the_note(client):
    png = b"\x89PNG\r\n\x1a\n" + bytes(200)
    receipt = walk_help_flow(client, files=[("evidence", ("x.bin", png, "application/octet-stream"))])
    assert 'id="images-note"' in receipt.text


def test_no_trailing_slash_redirect_is_built_from_the_host_header(client):
    answer = client.get("/help/", headers={"host": "evil.example"}, follow_redirects=False)
    assert answer.status_code == 404 and "location" not in answer.headers


def test_a_verified_context_fills_in_who_it_is_and_says_so(client, sqlite_home):
    from urllib.parse import quote

    from tipline.embed.context import sign_context

    token = sign_context(_platform_key(sqlite_home), {"platform": "gameforum",
                                                      "reported_account": "@dark_wolf.77"}, now())
    page = client.get(f"/help?ctx={quote(token)}")
    for answers in ({"age_band": "13_17"}, {"danger": "no"}, {"what": "meet"}):
        page = _post(client, page, go="next", **answers)
    assert 'value="@dark_wolf.77"' in page.text and 'id="from-app"' in page.text
