"""CyberTipline export (issue 7, item 7): the report XML and file details NCMEC's Reporting API
takes, filed against a stand-in server on loopback that answers like the documented API
(tests/cybertip_standin.py): submit, upload, fileinfo, finish, retract and its error codes.
Text-only enticement reports go through too."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from cybertip_standin import PASSWORD, USER, running_standin
from sqlalchemy import select
from support import cli_env, file_report, now, run_cli, shapes_png

from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.routing.cybertip import CyberTipClient, CyberTipError, export_documents, file_case
from tipline.routing.cybertip_xml import CyberTipExportError
from tipline.store.db import transaction
from tipline.store.tables import AuditEntry, Case, CustodyEvent, Referral

CHAT = ("12/03/2026, 19:02 - Sam: how old r u? add me on snap its wolfie_77\n"
        "12/03/2026, 19:03 - Lily Example: 12\n"
        "12/03/2026, 19:04 - Sam: dont tell ur parents & delete this <ok>\n")
EMAIL = "safety@platform.example"


def _case(home, files=(), **fields):
    body = {"about": "he asked my age and wants to meet", "incident_type": "online_enticement",
            "child": {"country": "US", "age": 12, "name_in_chat": "Lily Example"},
            "reported_person": [{"kind": "email", "value": "wolf@example.org"},
                                {"kind": "platform_user_id", "value": "884422", "platform": "snap"}],
            **fields}
    return submit_report(home, ReportCreate.model_validate(body), list(files), via="api",
                         now=now()).case_id


def test_the_report_xml_follows_the_schema_order_and_escapes_text(sqlite_home):
    home = sqlite_home
    case_id = _case(home, [IncomingFile("chat.txt", CHAT.encode(), "text/plain")])
    with home.sessions() as session:
        xml, files = export_documents(session, session.get(Case, case_id), reporter_email=EMAIL)
    root = ET.fromstring(xml)
    assert root.tag == "report" and b'xsi:noNamespaceSchemaLocation="https://report.cybertip.org/ispws/xsd"' in xml
    assert [c.tag for c in root] == ["incidentSummary", "internetDetails", "reporter",
                                     "personOrUserReported", "victim", "additionalInfo"]
    assert root.findtext("incidentSummary/incidentType") == "Online Enticement of Children for Sexual Acts"
    assert root.findtext("incidentSummary/incidentDateTime").endswith("+00:00")
    content = root.findtext("internetDetails/chatImIncident/content")
    assert "dont tell ur parents & delete this <ok>" in content  # escaped in the XML, intact here
    assert "Lily Example" not in content and "the child (name hidden)" in content  # NCMEC's entry
    assert root.findtext("personOrUserReported/personOrUserReportedPerson/email") == "wolf@example.org"
    assert root.findtext("personOrUserReported/espIdentifier") == "884422"
    assert root.findtext("personOrUserReported/espService") == "snapchat"
    assert root.findtext("victim/victimPerson/age") == "12"
    assert root.findtext("reporter/reportingPerson/email") == EMAIL
    assert [f.filename for _a, f in files] == ["chat.txt"]


def test_a_case_without_a_cybertipline_type_is_refused(sqlite_home):
    home = sqlite_home
    case_id = _case(home, incident_type="other_harm", about="they post mean comments")
    other = _case(home)
    with home.sessions() as session:
        with pytest.raises(CyberTipExportError, match="classify the case first"):
            export_documents(session, session.get(Case, case_id), reporter_email=EMAIL)
        with pytest.raises(CyberTipExportError, match="TIPLINE_CYBERTIP_REPORTER_EMAIL"):
            export_documents(session, session.get(Case, other), reporter_email="")


def test_filing_with_files_uploads_each_with_details_and_finishes(home):
    case_id = _case(home, [IncomingFile("chat.txt", CHAT.encode(), "text/plain"),
                           IncomingFile("shapes.png", shapes_png(), "image/png")],
                    danger_now=True)
    with running_standin() as (url, state):
        client = CyberTipClient(url, USER, PASSWORD)
        assert client.status().code == 0
        with transaction(home.sessions) as session:
            filed = file_case(session, home, session.get(Case, case_id), client,
                              reporter_email=EMAIL, actor="ana", now=now())
        client.close()
    [report] = state.reports.values()
    assert report.state == "finished" and filed["report_id"] == "4564654"
    assert len(report.files) == 2 and all(f["details"] for f in report.files.values())
    root = ET.fromstring(report.xml)
    assert "the child may be in danger now" in root.findtext("incidentSummary/escalateToHighPriority")
    details = ET.fromstring(next(iter(report.files.values()))["details"])
    assert {h.get("hashType") for h in details.findall("originalFileHash")} == {"MD5", "SHA256"}
    with home.sessions() as session:
        referral = session.scalar(select(Referral).where(Referral.case_id == case_id))
        exported = session.scalars(select(CustodyEvent).where(CustodyEvent.action == "export")).all()
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "case.cybertip_filed"))
    assert referral.agency_id == "us-ncmec" and referral.basis == "CyberTipline report 4564654"
    assert len(exported) == 2 and entry.detail["report_id"] == "4564654"


def test_a_text_only_enticement_report_goes_through(sqlite_home):
    home = sqlite_home
    case_id = _case(home, reported_person=[], about="a man on a game keeps asking to meet me alone")
    with running_standin() as (url, state):
        client = CyberTipClient(url, USER, PASSWORD)
        with transaction(home.sessions) as session:
            filed = file_case(session, home, session.get(Case, case_id), client,
                              reporter_email=EMAIL, actor="ana", now=now())
        client.close()
    [report] = state.reports.values()
    assert report.state == "finished" and report.files == {} and filed["files"] == []
    assert "keeps asking to meet me alone" in ET.fromstring(report.xml).findtext("additionalInfo")


def test_errors_carry_the_cybertipline_code_and_a_failed_upload_retracts(sqlite_home):
    home = sqlite_home
    case_id = _case(home, [IncomingFile("chat.txt", CHAT.encode(), "text/plain")])
    with running_standin() as (url, state):
        wrong = CyberTipClient(url, USER, "not-the-password")
        with pytest.raises(CyberTipError) as refused:
            wrong.status()
        assert refused.value.code == 2000 and refused.value.request_id
        client = CyberTipClient(url, USER, PASSWORD)
        with pytest.raises(CyberTipError) as malformed:
            client.submit(b"<report><incidentSummary>")
        assert malformed.value.code == 4110
        with pytest.raises(CyberTipError) as invalid:
            client.submit(b"<report><reporter/><incidentSummary/></report>")
        assert invalid.value.code == 4100 and "out of order" in str(invalid.value)
        with pytest.raises(CyberTipError) as missing:
            client.finish("999")
        assert missing.value.code == 5001
        state.fail_upload = True
        with transaction(home.sessions) as session, pytest.raises(CyberTipError) as failed:
            file_case(session, home, session.get(Case, case_id), client, reporter_email=EMAIL,
                      actor="ana", now=now())
        assert failed.value.code == 1111 and failed.value.step == "upload"
        [report] = state.reports.values()
        assert report.state == "retracted"  # no half report left open
        with pytest.raises(CyberTipError) as again:
            client.retract(next(iter(state.reports)))
        assert again.value.code == 5101
        state.fail_upload = False
        with transaction(home.sessions) as session:
            filed = file_case(session, home, session.get(Case, case_id), client,
                              reporter_email=EMAIL, actor="ana", now=now())
        with pytest.raises(CyberTipError) as finished:
            client.retract(filed["report_id"])
        assert finished.value.code == 5102
        client.close()
    with home.sessions() as session:
        assert session.scalar(select(Referral.basis).where(Referral.case_id == case_id)) == \
            f"CyberTipline report {filed['report_id']}"


def test_the_command_line_writes_and_files(tmp_path):
    with running_standin() as (url, state):
        env = cli_env(tmp_path / "home", TIPLINE_CYBERTIP_URL=url, TIPLINE_CYBERTIP_USERNAME=USER,
                      TIPLINE_CYBERTIP_PASSWORD=PASSWORD, TIPLINE_CYBERTIP_REPORTER_EMAIL=EMAIL)
        case = file_report(tmp_path / "home", {"about": "he wants to meet me and says not to tell",
                                               "child": {"country": "US"}},
                           (("chat.txt", CHAT.encode()),))
        run_cli("cybertip", "xml", case, "--out", str(tmp_path / "xml"), env=env)
        assert ET.parse(tmp_path / "xml" / "report.xml").getroot().tag == "report"
        assert (tmp_path / "xml" / "file-001.xml").exists()
        filed = json.loads(run_cli("cybertip", "file", case, "--json", env=env).stdout)
        assert state.reports[filed["report_id"]].state == "finished"
        unset = run_cli("cybertip", "file", case, env={**env, "TIPLINE_CYBERTIP_PASSWORD": ""},
                        check=False)
    assert unset.returncode == 2 and "TIPLINE_CYBERTIP_PASSWORD" in unset.stderr
