"""The analyst's actions on a case, through the console as a browser posts them: each one
checks the role, the claim and the input, changes the case and writes its audit entry."""

from __future__ import annotations

import re

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from support import now
from tipline import audit
from tipline.auth.accounts import create_user
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.store.db import transaction
from tipline.store.tables import AuditEntry, Case
from tipline.web.app import create_app

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def _client(app, home, username, role) -> tuple[TestClient, str]:
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username=username, role=role, now=now(), must_change_password=False)
    client = TestClient(app)
    answer = client.post("/console/login", data={"username": username, "password": password,
                                                 "totp": pyotp.TOTP(secret).now()})
    assert answer.status_code == 200, answer.text
    return client, _CSRF.search(answer.text).group(1)


def _actions(home, case_id):
    with home.sessions() as session:
        return [(e.actor, e.action, e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id))]


def test_an_analyst_claims_classifies_messages_the_reporter_and_closes(sqlite_home):
    home = sqlite_home
    report = submit_report(home, ReportCreate(about="he keeps asking for photos"), [], via="api", now=now())
    code, pin = report.receipt.case_code, report.receipt.pin
    app = create_app(home)
    ana, csrf = _client(app, home, "ana", "analyst")
    with ana:
        refused = ana.post(f"/console/cases/{code}/classify", data={"csrf": csrf, "incident_type": "sextortion"})
        assert refused.status_code == 409 and "claim the case first" in refused.text
        assert ana.post(f"/console/cases/{code}/claim", data={"csrf": csrf}).status_code == 200
        page = ana.post(f"/console/cases/{code}/classify", data={
            "csrf": csrf, "incident_type": "sextortion", "annotations": ["viral", "minor_to_minor"]})
        assert page.status_code == 200 and "Sextortion" in page.text and "minor to minor" in page.text
        bad = ana.post(f"/console/cases/{code}/classify", data={"csrf": csrf, "incident_type": "made_up"})
        assert bad.status_code == 422 and "unknown incident type" in bad.text
        words = "Thank you for telling us. You did the right thing. <b>not bold</b>"
        page = ana.post(f"/console/cases/{code}/message", data={"csrf": csrf, "text": words})
        assert "&lt;b&gt;not bold&lt;/b&gt;" in page.text  # shown as text
        empty = ana.post(f"/console/cases/{code}/message", data={"csrf": csrf, "text": "   "})
        assert empty.status_code == 422 and "empty" in empty.text
        forged = ana.post(f"/console/cases/{code}/close", data={"csrf": "forged", "outcome": "advice_given"})
        assert forged.status_code == 403
        page = ana.post(f"/console/cases/{code}/close", data={
            "csrf": csrf, "outcome": "advice_given", "note": "advice sent", "tell_reporter": "true"})
        assert page.status_code == 200 and "advice given" in page.text and "Actions" not in page.text
        again = ana.post(f"/console/cases/{code}/message", data={"csrf": csrf, "text": "more"})
        assert again.status_code == 409 and "closed" in again.text

    with home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
        assert case.status == "closed" and case.incident_type == "sextortion"
        assert case.annotations == ["minor_to_minor", "viral"]  # one order, whatever was posted
    with TestClient(app) as reporter:  # what the child sees on /status with the code and PIN
        status = reporter.post("/status", data={"case_code": code, "pin": pin}).text
    assert "We have finished working on your report." in status
    assert "Thank you for telling us. You did the right thing. &lt;b&gt;not bold&lt;/b&gt;" in status
    actions = [action for _actor, action, _detail in _actions(home, report.case_id)]
    changes = [action for action in actions if action not in ("case.viewed", "report.received")]
    assert changes == ["case.claimed", "case.classified", "case.reporter_messaged", "case.closed"]
    assert "case.viewed" in actions  # each page shown after an action is a view, audited too
    classified = [d for _a, action, d in _actions(home, report.case_id) if action == "case.classified"][0]
    assert classified["before"] == {"incident_type": None, "annotations": []}
    with home.sessions() as session:  # from where: every change records the client's address
        sources = {e.action: e.source for e in session.scalars(select(AuditEntry).where(
            AuditEntry.case_id == report.case_id))}
    assert sources["case.classified"] == sources["case.closed"] == sources["case.claimed"] == "testclient"
    with home.sessions() as session:
        assert audit.verify(session, audit.read_anchor(home.settings.audit_anchor_path)).broken_at is None


def test_one_analyst_at_a_time_and_only_leads_assign(sqlite_home):
    home = sqlite_home
    report = submit_report(home, ReportCreate(about="someone online"), [], via="api", now=now())
    code = report.receipt.case_code
    app = create_app(home)
    ana, ana_csrf = _client(app, home, "ana", "analyst")
    bo, bo_csrf = _client(app, home, "bo", "analyst")
    sup, sup_csrf = _client(app, home, "sup", "supervisor")
    with ana, bo, sup:
        assert ana.post(f"/console/cases/{code}/claim", data={"csrf": ana_csrf}).status_code == 200
        taken = bo.post(f"/console/cases/{code}/message", data={"csrf": bo_csrf, "text": "hi"})
        assert taken.status_code == 409 and "ana holds this case" in taken.text
        not_lead = ana.post(f"/console/cases/{code}/assign", data={"csrf": ana_csrf, "assignee": "bo"})
        assert not_lead.status_code == 403
        nobody = sup.post(f"/console/cases/{code}/assign", data={"csrf": sup_csrf, "assignee": "ghost"})
        assert nobody.status_code == 422 and "no active hotline staff account" in nobody.text
        moved = sup.post(f"/console/cases/{code}/assign", data={"csrf": sup_csrf, "assignee": "bo"})
        assert moved.status_code == 200 and "claimed by bo" in moved.text
        assert bo.post(f"/console/cases/{code}/message", data={"csrf": bo_csrf, "text": "hi"}).status_code == 200
        assert ana.post(f"/console/cases/{code}/message", data={"csrf": ana_csrf, "text": "hi"}).status_code == 409
    assigned = [d for _a, action, d in _actions(home, report.case_id) if action == "case.assigned"]
    assert assigned == [{"from": "ana", "to": "bo"}]


def test_a_closed_case_opens_again_when_the_child_adds_something(sqlite_home):
    from tipline.feedback import add_information

    home = sqlite_home
    report = submit_report(home, ReportCreate(about="someone online"), [], via="api", now=now())
    code, pin = report.receipt.case_code, report.receipt.pin
    app = create_app(home)
    sup, csrf = _client(app, home, "sup", "supervisor")
    with sup:
        quiet = sup.post(f"/console/cases/{code}/close", data={"csrf": csrf, "outcome": "advice_given",
                                                               "note": "internal only"})
        assert quiet.status_code == 200
    with transaction(home.sessions) as session:
        added = add_information(session, pin_key=home.pin_key, case_code=code, pin=pin, attempt_limit=10,
                                text="he posted it everywhere and i want to kill myself", now=now())
    assert added.urgency == "immediate"
    with home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
        assert case.status == "received" and case.assigned_to_id is None  # back in the queue
    with TestClient(app) as reporter:
        status = reporter.post("/status", data={"case_code": code, "pin": pin}).text
    assert "internal only" not in status  # the note was not ticked to be sent


def test_refer_preserve_escalate_and_merge(sqlite_home):
    home = sqlite_home
    first = submit_report(home, ReportCreate(about="he wants to meet"), [], via="api", now=now())
    dup = submit_report(home, ReportCreate(about="i want to kill myself, he has my photos"), [],
                        via="api", now=now())
    code, dup_code = first.receipt.case_code, dup.receipt.case_code
    app = create_app(home)
    sup, csrf = _client(app, home, "sup", "supervisor")
    with sup:
        page = sup.post(f"/console/cases/{code}/refer", data={
            "csrf": csrf, "agency": "ca-rcmp-nc3", "basis": "the child lives in Canada"})
        assert page.status_code == 200 and "Referred" in page.text and "the child lives in Canada" in page.text
        again = sup.post(f"/console/cases/{code}/refer", data={
            "csrf": csrf, "agency": "ca-rcmp-nc3", "basis": "again"})
        assert again.status_code == 409 and "already referred" in again.text
        nowhere = sup.post(f"/console/cases/{code}/refer", data={"csrf": csrf, "agency": "atlantis", "basis": "x"})
        assert nowhere.status_code == 422 and "no agency" in nowhere.text
        page = sup.post(f"/console/cases/{code}/preserve", data={
            "csrf": csrf, "platform": "snapchat", "account": "=cmd|' /C calc'!A0"})
        assert page.status_code == 200 and "Preservation request 1, drafted" in page.text
        assert "not sent yet" in page.text
        letter = sup.get(f"/console/cases/{code}/preservation/1/letter.txt")
        assert letter.status_code == 200 and letter.headers["content-type"].startswith("text/plain")
        assert "To: snapchat, law enforcement response team" in letter.text
        assert "account: =cmd|' /C calc'!A0" in letter.text  # as written: a letter, not a sheet
        assert "Legal basis: Criminal Code (R.S.C. 1985, c. C-46), s. 487.012" in letter.text  # RCMP's
        pdf = sup.get(f"/console/cases/{code}/preservation/1/letter.pdf")
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
        assert sup.post(f"/console/cases/{code}/preservation/1/sent", data={
            "csrf": csrf, "via": " "}).status_code == 422
        page = sup.post(f"/console/cases/{code}/preservation/1/sent", data={
            "csrf": csrf, "via": "e-mail to lers@snap.example"})
        assert page.status_code == 200 and "by <span class=\"ident\">e-mail to lers@snap.example" in page.text
        assert sup.post(f"/console/cases/{code}/preservation/1/sent", data={
            "csrf": csrf, "via": "again"}).status_code == 409
        assert sup.get(f"/console/cases/{dup_code}/preservation/1/letter.txt").status_code == 404
        page = sup.post(f"/console/cases/{code}/escalate", data={"csrf": csrf, "reason": "needs a lead"})
        assert page.status_code == 200 and "Escalated to a supervisor" in page.text
        itself = sup.post(f"/console/cases/{code}/merge", data={"csrf": csrf, "duplicate": code})
        assert itself.status_code == 422
        page = sup.post(f"/console/cases/{code}/merge", data={"csrf": csrf, "duplicate": dup_code.lower()})
        assert page.status_code == 200 and "i want to kill myself" in page.text  # its report moved here
        gone = sup.post(f"/console/cases/{dup_code}/message", data={"csrf": csrf, "text": "hi"})
        assert gone.status_code == 409 and "merged" in gone.text

    with home.sessions() as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
        duplicate = session.scalar(select(Case).where(Case.case_code == dup_code))
        assert len(case.reports) == 2 and duplicate.status == "merged" and not duplicate.reports
        assert case.urgency == "immediate" and "self_harm" in case.urgency_reasons  # the more urgent triage stays
    assert "case.merged" in [a for _u, a, _d in _actions(home, dup.case_id)]
    with TestClient(app) as reporter:  # the duplicate's reporter still gets an answer
        status = reporter.post("/status", data={"case_code": dup_code, "pin": dup.receipt.pin}).text
    assert "Someone at the hotline is looking at your report now." in status
    # Agency officers: tests/web/test_route_security.py walks these routes for them (404).


def test_the_queue_filters_and_shows_each_wait_against_its_target(sqlite_home):
    from datetime import timedelta

    home = sqlite_home
    start = now()
    urgent = submit_report(home, ReportCreate(about="i want to kill myself", child={"country": "CA"}), [],
                           via="api", now=start - timedelta(minutes=20))
    calm = submit_report(home, ReportCreate(about="someone keeps messaging", child={"country": "FR"}), [],
                         via="api", now=start - timedelta(minutes=20))
    app = create_app(home)
    ana, csrf = _client(app, home, "ana", "analyst")
    with ana:
        page = ana.get("/console").text
        assert page.index(urgent.receipt.case_code) < page.index(calm.receipt.case_code)  # priority order
        assert "overdue" in page and "of 15 min" in page and "1 past its target" in page
        only_fr = ana.get("/console", params={"country": "fr"}).text
        assert calm.receipt.case_code in only_fr and urgent.receipt.case_code not in only_fr
        ana.post(f"/console/cases/{urgent.receipt.case_code}/claim", data={"csrf": csrf})
        mine = ana.get("/console", params={"assignee": "ana"}).text
        assert urgent.receipt.case_code in mine and calm.receipt.case_code not in mine
        unclaimed = ana.get("/console", params={"assignee": "none"}).text
        assert calm.receipt.case_code in unclaimed and urgent.receipt.case_code not in unclaimed
        assert "past its target" not in ana.get("/console").text  # claimed: no longer overdue
        ignored = ana.get("/console", params={"urgency": "<script>", "status": "bogus", "incident_type": "x"})
        assert ignored.status_code == 200 and calm.receipt.case_code in ignored.text


def test_supervisors_read_the_audit_log_and_its_csv_holds_no_formula(sqlite_home):
    import csv
    import io

    home = sqlite_home
    report = submit_report(home, ReportCreate(about="someone online"), [], via="api", now=now())
    app = create_app(home)
    hostile = '=HYPERLINK("http://evil.example","click")'
    with TestClient(app) as stranger:  # a failed login records the name that was typed
        stranger.post("/console/login", data={"username": hostile, "password": "x", "totp": "1"})
    ana, _ = _client(app, home, "ana", "analyst")
    sup, _ = _client(app, home, "sup", "supervisor")
    with ana, sup:
        assert ana.get("/console/audit").status_code == 404  # analysts do not read it
        assert ana.get("/console/audit.csv").status_code == 404
        page = sup.get("/console/audit", params={"action": "login."})
        assert page.status_code == 200 and "login.failed" in page.text and "report.received" not in page.text
        assert "&#34;http://evil.example&#34;" in page.text or "&quot;http://evil.example&quot;" in page.text
        by_case = sup.get("/console/audit", params={"case_code": report.receipt.case_code.lower()}).text
        assert "report.received" in by_case and "login.failed" not in by_case
        exported = sup.get("/console/audit.csv")
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.text)))
    actors = [row[2] for row in rows[1:]]
    assert "'" + hostile in actors and hostile not in actors  # neutralised, still readable
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    with home.sessions() as session:
        done = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert "audit.viewed" in done and "audit.exported" in done  # reading the log is logged


def test_csv_cells_never_start_a_formula():
    from tipline.web.csv_export import neutralise, to_csv

    for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=cmd|" /C calc"!A0']:
        assert neutralise(cell).startswith("'")
    for cell in ["plain", "a=b", " =spaced", "", None, 12]:
        assert not neutralise(cell).startswith("'")
    assert to_csv(["a"], [["=x"], ["y"]]) == "a\r\n'=x\r\ny\r\n"


def test_the_childs_details_stay_hidden_until_revealed_with_a_reason(sqlite_home):
    home = sqlite_home
    chat = ("12/03/2026, 19:02 - Sam: hey how old r u?\n12/03/2026, 19:03 - Lily Example: 12\n"
            "12/03/2026, 19:04 - Sam: dont tell ur parents\n")
    from tipline.intake.service import IncomingFile

    report = submit_report(home, ReportCreate(
        about="he wants to meet", child={"name_in_chat": "Lily Example"},
        contact={"email": "lily@example.org"}), [IncomingFile("chat.txt", chat.encode(), "text/plain")],
        via="api", now=now())
    code = report.receipt.case_code
    app = create_app(home)
    ana, csrf = _client(app, home, "ana", "analyst")
    with ana:
        hidden = ana.get(f"/console/cases/{code}").text
        assert "Lily Example" not in hidden and "lily@example.org" not in hidden
        assert "the child (name hidden)" in hidden and "Sam" in hidden  # the suspect stays visible
        short = ana.post(f"/console/cases/{code}/reveal", data={"csrf": csrf, "reason": "because"})
        assert short.status_code == 422 and "at least 10 characters" in short.text
        shown = ana.post(f"/console/cases/{code}/reveal", data={
            "csrf": csrf, "reason": "calling the child's school counsellor"})
        assert "Lily Example" in shown.text and "lily@example.org" in shown.text
    bo, _ = _client(app, home, "bo", "analyst")
    with bo:  # a reveal is one person's
        assert "Lily Example" not in bo.get(f"/console/cases/{code}").text
    revealed = [(actor, detail) for actor, action, detail in _actions(home, report.case_id)
                if action == "case.child_revealed"]
    assert revealed == [("ana", {"minutes": 30})]
    with home.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "case.child_revealed"))
        assert entry.reason == "calling the child's school counsellor"


def test_evidence_is_verified_on_demand_and_images_stay_blurred_until_shown(sqlite_home):
    import io

    from PIL import Image, ImageDraw

    from tipline.intake.service import IncomingFile
    from tipline.store.tables import Attachment, CustodyEvent, Report

    image = Image.new("RGB", (200, 120), "white")  # a generated picture: coloured shapes
    ImageDraw.Draw(image).ellipse((20, 20, 120, 100), fill=(200, 30, 30))
    png = io.BytesIO()
    image.save(png, "PNG")
    home = sqlite_home
    report = submit_report(home, ReportCreate(about="he sent this"), [
        IncomingFile("shapes.png", png.getvalue(), "image/png"),
        IncomingFile("note.txt", b"just text", "text/plain")], via="api", now=now())
    code = report.receipt.case_code
    with home.sessions() as session:
        ids = dict(session.execute(select(Attachment.filename, Attachment.id).join(Report)
                                   .where(Report.case_id == report.case_id)).all())
    app = create_app(home)
    ana, csrf = _client(app, home, "ana", "analyst")
    with ana:
        page = ana.post(f"/console/cases/{code}/evidence/{ids['shapes.png']}/verify", data={"csrf": csrf})
        assert page.status_code == 200 and "matches its SHA-256" in page.text

        def colours():
            shot = ana.get(f"/console/cases/{code}/evidence/{ids['shapes.png']}/preview")
            assert shot.status_code == 200 and shot.headers["content-type"] == "image/jpeg"
            return Image.open(io.BytesIO(shot.content))

        blurred = colours()
        assert blurred.mode == "L"  # greyscale
        grey = blurred.tobytes()
        assert max(grey) - min(grey) < 200  # and blurred: no hard edges left
        assert ana.get(f"/console/cases/{code}/evidence/{ids['note.txt']}/preview").status_code == 404
        short = ana.post(f"/console/cases/{code}/evidence/{ids['shapes.png']}/reveal", data={"csrf": csrf, "reason": "x"})
        assert short.status_code == 422
        ana.post(f"/console/cases/{code}/evidence/{ids['shapes.png']}/reveal",
                 data={"csrf": csrf, "reason": "to describe it in the referral"})
        shown = colours()
        rgb = shown.tobytes()
        assert shown.mode == "RGB" and any(rgb[i] > 150 and rgb[i + 1] < 100 for i in range(0, len(rgb), 3))

    # Someone edits the sealed file on disk: the next check says so.
    sha = None
    with home.sessions() as session:
        sha = session.get(Attachment, ids["shapes.png"]).blob_sha256
    path = home.blobs.backend.local_path(sha)
    path.chmod(0o644)
    path.write_bytes(b"tampered")
    with ana:
        page = ana.post(f"/console/cases/{code}/evidence/{ids['shapes.png']}/verify", data={"csrf": csrf})
        assert "DOES NOT match its SHA-256" in page.text
    with home.sessions() as session:
        reads = session.scalars(select(CustodyEvent.reason).where(CustodyEvent.action == "read")).all()
    assert any("preview (blurred)" in r for r in reads) and any("preview (revealed)" in r for r in reads)
    actions = [a for _u, a, _d in _actions(home, report.case_id)]
    assert {"evidence.verified", "evidence.previewed", "evidence.image_revealed"} <= set(actions)


def test_each_message_links_to_its_lines_and_shared_identifiers_link_cases(sqlite_home):
    from tipline.intake.service import IncomingFile
    from tipline.store.tables import Attachment, Referral, Report

    home = sqlite_home
    chat = ("12/03/2026, 19:02 - Sam: hey <b>how old</b> r u?\n12/03/2026, 19:03 - Kid: 12\n"
            "12/03/2026, 19:04 - Sam: dont tell ur parents\n")
    first = submit_report(home, ReportCreate(about="he wants to meet", reported_person=[
        {"kind": "username", "value": "Dark_Wolf.77", "platform": "instagram"}]),
        [IncomingFile("chat.txt", chat.encode(), "text/plain"),
         IncomingFile("blob.bin", b"\x00\x01binary", "application/octet-stream")], via="api", now=now())
    second = submit_report(home, ReportCreate(about="same guy", reported_person=[
        {"kind": "username", "value": " DARK_WOLF.77 ", "platform": "insta"}]), [], via="api", now=now())
    weak = submit_report(home, ReportCreate(about="maybe him", reported_person=[
        {"kind": "username", "value": "dark_wolf.77"}]), [], via="api", now=now())
    unrelated = submit_report(home, ReportCreate(about="someone else", reported_person=[
        {"kind": "username", "value": "other_guy"}]), [], via="api", now=now())
    code = first.receipt.case_code
    with home.sessions() as session:
        ids = dict(session.execute(select(Attachment.filename, Attachment.id).join(Report)
                                   .where(Report.case_id == first.case_id)).all())
    app = create_app(home)
    ana, _ = _client(app, home, "ana", "analyst")
    with ana:
        page = ana.get(f"/console/cases/{code}").text
        assert f'/console/cases/{code}/evidence/{ids["chat.txt"]}/source#L3' in page
        assert "Linked reports" in page and second.receipt.case_code in page
        linked, possible = page.split("Possible links", 1)
        assert second.receipt.case_code in linked and weak.receipt.case_code not in linked
        assert weak.receipt.case_code in possible  # a username without a platform only suggests
        assert unrelated.receipt.case_code not in page
        gated = ana.get(f"/console/cases/{code}/evidence/{ids['chat.txt']}/source")
        assert "Reveal the child's details" in gated.text and 'id="L3"' not in gated.text
        ana.post(f"/console/cases/{code}/reveal", data={"csrf": _CSRF.search(page).group(1),
                                                       "reason": "checking the original lines"})
        original = ana.get(f"/console/cases/{code}/evidence/{ids['chat.txt']}/source")
        assert original.status_code == 200 and 'id="L3"' in original.text
        assert "hey &lt;b&gt;how old&lt;/b&gt; r u?" in original.text  # as text
        binary = ana.get(f"/console/cases/{code}/evidence/{ids['blob.bin']}/source")
        assert binary.status_code == 200 and "not shown as text" in binary.text
    assert "evidence.source_viewed" in [a for _u, a, _d in _actions(home, first.case_id)]

    # An agency officer sees the link only to cases referred to their agency.
    with transaction(home.sessions) as session:
        session.add(Referral(case_id=first.case_id, agency_id="ca-rcmp-nc3", basis="test", created_at=now()))
        _, password, secret = create_user(session, username="cop", role="agency_officer", agency_id="ca-rcmp-nc3",
                                          now=now(), must_change_password=False)
    with TestClient(app) as cop:
        cop.post("/console/login", data={"username": "cop", "password": password, "totp": pyotp.TOTP(secret).now()})
        page = cop.get(f"/console/cases/{code}").text
        assert code in page and second.receipt.case_code not in page
        assert weak.receipt.case_code not in page and "Possible links" not in page


@pytest.mark.parametrize("hint", ["lily example", None])  # another spelling, or no name at all
def test_the_child_is_hidden_however_the_report_spells_the_name(sqlite_home, hint):
    from tipline.intake.service import IncomingFile

    home = sqlite_home
    chat = ("12/03/2026, 19:02 - Sam: hey how old r u?\n12/03/2026, 19:03 - Lily Example: im 12\n"
            "12/03/2026, 19:04 - Sam: dont tell ur parents, send a pic\n"
            "12/03/2026, 19:05 - Lily Example: im scared\n")
    child = {"name_in_chat": hint} if hint else {}
    report = submit_report(home, ReportCreate(about="he wants pictures", child=child),
                           [IncomingFile("chat.txt", chat.encode(), "text/plain")], via="api", now=now())
    ana, csrf = _client(create_app(home), home, "ana", "analyst")
    with ana:
        page = ana.get(f"/console/cases/{report.receipt.case_code}").text
        assert "Lily Example" not in page and "the child (name hidden)" in page
        invisible = ana.post(f"/console/cases/{report.receipt.case_code}/reveal",
                             data={"csrf": csrf, "reason": "\u200b" * 12})
        assert invisible.status_code == 422  # zero-width characters are not a reason


def test_an_image_that_declares_a_huge_canvas_gets_no_preview(sqlite_home):
    import io

    from PIL import Image

    from tipline.intake.service import IncomingFile
    from tipline.store.tables import Attachment, Report

    big = io.BytesIO()
    Image.new("L", (6000, 6000), 0).save(big, "PNG")  # 36 million pixels in a few kilobytes
    home = sqlite_home
    report = submit_report(home, ReportCreate(about="a picture"), [IncomingFile("big.png", big.getvalue(), "image/png")],
                           via="api", now=now())
    with home.sessions() as session:
        attachment = session.scalar(select(Attachment.id).join(Report).where(Report.case_id == report.case_id))
    ana, _ = _client(create_app(home), home, "ana", "analyst")
    with ana:
        code = report.receipt.case_code
        assert ana.get(f"/console/cases/{code}/evidence/{attachment}/preview").status_code == 404
        assert ana.get(f"/console/cases/{code}/evidence/{2**64}/preview").status_code == 422  # not a 500


def test_a_supervisor_puts_a_case_under_legal_hold_and_releases_it(sqlite_home):
    home = sqlite_home
    report = submit_report(home, ReportCreate(about="someone online"), [], via="api", now=now())
    code = report.receipt.case_code
    app = create_app(home)
    ana, ana_csrf = _client(app, home, "ana", "analyst")
    sup, sup_csrf = _client(app, home, "sup", "supervisor")
    with ana, sup:
        assert "Put under legal hold" not in ana.get(f"/console/cases/{code}").text
        assert ana.post(f"/console/cases/{code}/hold", data={
            "csrf": ana_csrf, "reason": "court order 12/2026"}).status_code == 403
        short = sup.post(f"/console/cases/{code}/hold", data={"csrf": sup_csrf, "reason": "x"})
        assert short.status_code == 422 and "reason" in short.text
        held = sup.post(f"/console/cases/{code}/hold", data={
            "csrf": sup_csrf, "reason": "court order <b>12/2026</b>"})
        assert held.status_code == 200 and "Under legal hold" in held.text
        assert "court order &lt;b&gt;12/2026&lt;/b&gt;" in held.text  # shown as text
        released = sup.post(f"/console/cases/{code}/hold", data={
            "csrf": sup_csrf, "reason": "the order was lifted", "release": "1"})
        assert released.status_code == 200 and "Under legal hold" not in released.text
    actions = [a for _actor, a, _d in _actions(home, report.case_id)]
    assert actions.count("case.legal_hold") == 1 and actions.count("case.hold_released") == 1
