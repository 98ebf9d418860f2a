"""The agency directory (issue 7, item 4): the seed with its public agencies, checked documents
with errors that name the agency and field, every change a new version with an audit entry,
admins editing it in the console, and ``tipline agencies``."""

from __future__ import annotations

import json
import re

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from support import cli_env, now, run_cli

from tipline.auth.accounts import create_user
from tipline.casework import CaseActionError, refer
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.routing import directory
from tipline.store.db import transaction
from tipline.store.tables import Agency, AgencyDirectoryVersion, AuditEntry, Case, User
from tipline.web.app import create_app

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def test_the_seed_names_the_public_agencies_the_issue_asks_for():
    seed = directory.parse_directory(directory.seed_document())
    ids = {a.id: a for a in seed.agencies}
    assert {"ca-cybertip", "ca-rcmp-nc3", "us-ncmec", "gb-nca-ceop", "au-accce", "eu-inhope",
            "int-inhope"} <= set(ids)
    assert ids["int-inhope"].fallback and ids["int-inhope"].jurisdictions == ["*"]
    assert "cybertipline-xml" in ids["us-ncmec"].formats
    assert "DE" in ids["eu-inhope"].jurisdictions
    assert all(a.source.startswith("https://") and a.legal_basis for a in seed.agencies)


@pytest.mark.parametrize("change, message", [
    (lambda d: d["agencies"][1].update(country="Canada"), r"agencies\[1\] \(ca-rcmp-nc3\) country"),
    (lambda d: d["agencies"][2].update(jurisdictions=["USA"]), r"agencies\[2\] \(us-ncmec\) jurisdictions"),
    (lambda d: d["agencies"][0].update(regions=["Ontario"]), r"regions.*ISO 3166-2"),
    (lambda d: d["agencies"][0].update(formats=["fax"]), r"formats"),
    (lambda d: d["agencies"][0].update(unknown_field=1), r"unknown_field"),
    (lambda d: d["agencies"].append(dict(d["agencies"][0])), r"appears twice"),
    (lambda d: d["agencies"][-1].update(fallback=False), r"fallback"),
    (lambda d: d.update(agencies="none"), r"agencies"),
])
def test_a_bad_directory_is_refused_naming_the_agency_and_field(change, message):
    document = directory.seed_document()
    change(document)
    with pytest.raises(directory.DirectoryError, match=message):
        directory.parse_directory(document)


def test_every_change_is_a_version_with_an_audit_entry_and_taken_out_agencies_stay(home):
    with transaction(home.sessions) as session:
        number, current = directory.current(session)
        assert number == 1 and not directory.seed(session, now())  # seeded once
        edited = directory.with_entry(current, {
            **current.agencies[0].model_dump(mode="json"), "name": "Cybertip.ca (renamed)"},
            label="2026-12-01")
        edited = directory.without_agency(edited, "gb-iwf", label="2026-12-01")
        with pytest.raises(directory.DirectoryError, match="reason"):
            directory.save(session, edited, actor="ada", reason="", now=now())
        assert directory.save(session, edited, actor="ada", reason="renamed; IWF takes no referrals",
                              now=now()) == 2
    with home.sessions() as session:
        assert session.get(Agency, "ca-cybertip").name == "Cybertip.ca (renamed)"
        assert session.get(Agency, "gb-iwf").active is False
        versions = session.scalars(select(AgencyDirectoryVersion.number)).all()
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "agencies.changed")).one()
    assert sorted(versions) == [1, 2]
    assert entry.actor == "ada" and entry.detail["changed"] == ["ca-cybertip"]
    assert entry.detail["taken_out"] == ["gb-iwf"] and entry.detail["added"] == []
    report = submit_report(home, ReportCreate(about="test"), [], via="api", now=now())
    with transaction(home.sessions) as session:
        lead, _, _ = create_user(session, username="sue", role="supervisor", now=now())
        with pytest.raises(CaseActionError, match="no agency"):
            refer(session, session.get(Case, report.case_id), session.get(User, lead.id), "gb-iwf",
                  "the child is in the UK", now())


def test_agencies_command_lists_and_imports_the_directory(tmp_path):
    env = cli_env(tmp_path / "home")
    listed = json.loads(run_cli("agencies", "--json", env=env).stdout)
    assert listed["number"] == 1 and len(listed["agencies"]) >= 12
    listed["agencies"][0]["contact"]["email"] = "referrals@example.org"
    good = tmp_path / "directory.json"
    good.write_text(json.dumps(listed))
    assert "version 2" in run_cli("agencies", "import", str(good), "--reason",
                                  "Cybertip.ca gave us an address", env=env).stdout
    listed["agencies"][3]["jurisdictions"] = ["Britain"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(listed))
    refused = run_cli("agencies", "import", str(bad), "--reason", "a typo in here", env=env,
                      check=False)
    assert refused.returncode == 2
    assert "agencies[3] (gb-nca-ceop) jurisdictions" in refused.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert "not JSON" in run_cli("agencies", "import", str(broken), "--reason", "x" * 12,
                                 env=env, check=False).stderr
    after = json.loads(run_cli("agencies", "--json", env=env).stdout)
    assert after["number"] == 2 and after["agencies"][0]["contact"]["email"] == "referrals@example.org"


def _login(app, home, username, role):
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username=username, role=role, now=now(),
                                          must_change_password=False)
    client = TestClient(app)
    answer = client.post("/console/login", data={"username": username, "password": password,
                                                 "totp": pyotp.TOTP(secret).now()})
    return client, _CSRF.search(answer.text).group(1)


def test_admins_edit_the_directory_in_the_console_and_others_only_read(sqlite_home):
    home = sqlite_home
    app = create_app(home)
    ana, ana_csrf = _login(app, home, "ana", "analyst")
    ada, csrf = _login(app, home, "ada", "admin")
    hostile = '<script>alert(1)</script>'
    new = {"csrf": csrf, "agency_id": "ca-on-opp", "name": f"Ontario unit {hostile}",
           "kind": "police", "country": "CA", "jurisdictions": "CA", "regions": "CA-ON",
           "formats": ["tipline-package"], "email": "unit@example.org",
           "legal_basis": "Criminal Code s. 487.012", "victim_details": "true",
           "reason": "the provincial unit takes Ontario referrals"}
    with ana:
        assert ana.get("/console/agencies").status_code == 200
        assert ana.post("/console/agencies", data={**new, "csrf": ana_csrf}).status_code == 404
    with ada:
        refused = ada.post("/console/agencies", data={**new, "regions": "Ontario"})
        assert refused.status_code == 422 and "ISO 3166-2" in refused.text
        assert 'value="ca-on-opp"' in refused.text  # the form comes back as sent
        done = ada.post("/console/agencies", data=new, follow_redirects=False)
        assert done.status_code == 303
        page = ada.get("/console/agencies").text
        assert "&lt;script&gt;" in page and hostile not in page
        out = ada.post("/console/agencies/remove", data={
            "csrf": csrf, "agency_id": "int-inhope", "reason": "we do not want a fallback"})
        assert out.status_code == 422 and "fallback" in out.text
    with home.sessions() as session:
        unit = session.get(Agency, "ca-on-opp")
        assert unit.regions == ["CA-ON"] and unit.victim_details and unit.contact == {
            "email": "unit@example.org"}
        from tipline.routing.jurisdiction import agencies_for
        _, current = directory.current(session)
        assert [a.id for a in agencies_for(current.agencies, "CA", "CA-ON")] == ["ca-on-opp"]
