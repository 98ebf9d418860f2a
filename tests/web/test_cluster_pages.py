"""The console's clusters (issue 7, item 2): staff see clusters and weak matches, split a wrong
link and confirm a right one, each audited; hostile identifiers stay text; agency officers see
only the references of other agencies on a case referred to them."""

from __future__ import annotations

import re

import pyotp
from fastapi.testclient import TestClient
from sqlalchemy import select
from support import now

from tipline.auth.accounts import create_user
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.store.db import transaction
from tipline.store.tables import AuditEntry, Referral, Report
from tipline.web.app import create_app

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
HOSTILE = '<img src=x onerror="alert(1)">=HYPERLINK("x")'


def _login(app, home, username, role, agency=None):
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username=username, role=role, now=now(),
                                          agency_id=agency, must_change_password=False)
    client = TestClient(app)
    answer = client.post("/console/login", data={"username": username, "password": password,
                                                 "totp": pyotp.TOTP(secret).now()})
    assert answer.status_code == 200
    return client, _CSRF.search(answer.text).group(1)


def _report(home, about, **fields):
    return submit_report(home, ReportCreate.model_validate({"about": about, **fields}), [],
                         via="api", now=now())


def test_staff_see_split_and_confirm_links_and_each_is_audited(sqlite_home):
    home = sqlite_home
    a = _report(home, "his email is wolf@example.org and snap is wolfie_77")
    b = _report(home, "he wrote from wolf@example.org", child={"country": "CA"})
    c = _report(home, "", reported_person=[{"kind": "display_name", "value": HOSTILE}])
    d = _report(home, "", reported_person=[{"kind": "display_name", "value": HOSTILE}])
    app = create_app(home)
    ana, csrf = _login(app, home, "ana", "analyst")
    with ana:
        listing = ana.get("/console/clusters")
        assert listing.status_code == 200
        assert a.receipt.case_code in listing.text and b.receipt.case_code in listing.text
        assert "wolf@example.org" in listing.text
        assert "<img src=x" not in listing.text and "&lt;img src=x" in listing.text  # as text
        page = ana.get("/console/clusters/1").text
        assert "CA" in page and 'value="wolf@example.org"' in page

        short = ana.post("/console/clusters/1/split", data={
            "csrf": csrf, "kind": "email", "value": "wolf@example.org", "reason": "no"})
        assert short.status_code == 422 and "reason" in short.text
        wrong = ana.post("/console/clusters/1/split", data={
            "csrf": "nope", "kind": "email", "value": "wolf@example.org", "reason": "x" * 20})
        assert wrong.status_code == 403
        done = ana.post("/console/clusters/1/split", data={
            "csrf": csrf, "kind": "email", "value": "wolf@example.org", "platform": "",
            "report_id": "", "reason": "a shared family address, not the suspect's"},
            follow_redirects=False)
        assert done.status_code == 303
        assert ana.get("/console/clusters/1").status_code == 200  # report 1 alone now
        assert b.receipt.case_code not in ana.get("/console/clusters").text.split("Weak matches")[0]

        case_page = ana.get(f"/console/cases/{c.receipt.case_code}").text
        assert "Possible links" in case_page and d.receipt.case_code in case_page
        confirmed = ana.post("/console/clusters/confirm", data={
            "csrf": csrf, "kind": "display_name", "value": HOSTILE.casefold(),
            "report_ids": ["3", "4"], "reason": "same wording and the same evening",
            "back": c.receipt.case_code}, follow_redirects=False)
        assert confirmed.status_code == 303
        assert confirmed.headers["location"] == f"/console/cases/{c.receipt.case_code}"
        linked = ana.get(f"/console/cases/{c.receipt.case_code}").text
        assert d.receipt.case_code in linked.split("Possible links")[0]
        evil_back = ana.post("/console/clusters/confirm", data={
            "csrf": csrf, "kind": "display_name", "value": HOSTILE.casefold(),
            "report_ids": ["3", "4"], "reason": "same wording and the same evening",
            "back": "//evil.example/"}, follow_redirects=False)
        assert evil_back.headers["location"].startswith("/console/clusters/")
    with home.sessions() as session:
        actions = [(e.actor, e.action) for e in session.scalars(select(AuditEntry))]
        clusters = dict(session.execute(select(Report.id, Report.cluster_id)).all())
    assert ("ana", "link.split") in actions and ("ana", "link.confirm") in actions
    assert ("ana", "clusters.viewed") in actions and ("ana", "cluster.viewed") in actions
    assert clusters == {1: 1, 2: 2, 3: 3, 4: 3}


def test_an_officer_sees_no_cluster_but_the_other_agencies_references(sqlite_home):
    home = sqlite_home
    ours = _report(home, "his email is wolf@example.org")
    theirs = _report(home, "again wolf@example.org", child={"country": "GB"})
    with transaction(home.sessions) as session:
        session.add(Referral(case_id=ours.case_id, agency_id="ca-rcmp-nc3", basis="test",
                             created_at=now()))
        session.add(Referral(case_id=theirs.case_id, agency_id="gb-nca-ceop", basis="test",
                             created_at=now()))
    app = create_app(home)
    cop, _ = _login(app, home, "cop", "agency_officer", "ca-rcmp-nc3")
    with cop:
        assert cop.get("/console/clusters").status_code == 404
        assert cop.get("/console/clusters/1").status_code == 404
        page = cop.get(f"/console/cases/{ours.receipt.case_code}").text
    section = page.split("Referred elsewhere in this cluster", 1)[1]
    assert "National Crime Agency CEOP" in section and theirs.receipt.case_code in section
    assert "again wolf@example.org" not in page  # the reference, never the other case's content
    assert "/console/clusters" not in page
