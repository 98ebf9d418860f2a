"""Referral packages (issue 7, item 5): built for an agency, signed with the hotline's Ed25519
key, checked offline file by file; every kind of tampering named; the child pseudonymised
unless the agency may see it; packages signed before a key rotation still verify."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pytest
from sqlalchemy import select
from support import cli_env, file_report, now, run_cli

from tipline.casework import referred_elsewhere
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.routing.package import MANIFEST, SIGNATURE, PackageError, build_package, verify_package
from tipline.routing.route import route_case
from tipline.store.db import transaction
from tipline.store.tables import Agency, AuditEntry, Case, CustodyEvent, Referral

CHAT = ("12/03/2026, 19:02 - Sam: hey how old r u? add me on snap its wolfie_77\n"
        "12/03/2026, 19:03 - Lily Example: 12\n"
        "12/03/2026, 19:04 - Sam: dont tell ur parents <img src=http://evil.example/x.png>\n"
        "12/03/2026, 19:05 - Sam: =HYPERLINK(\"http://evil.example\",\"click\")\n")


def _case(home):
    result = submit_report(home, ReportCreate.model_validate({
        "about": "he wants to meet my daughter", "reporter": "parent",
        "child": {"country": "CA", "age": 12, "name_in_chat": "Lily Example"},
        "contact": {"email": "parent@example.org"},
        "reported_person": [{"kind": "username", "value": "wolfie_77", "platform": "snap"}]}),
        [IncomingFile("chat.txt", CHAT.encode(), "text/plain")], via="api", now=now())
    return result.case_id


def _build(home, case_id, agency_id, out):
    with transaction(home.sessions) as session:
        case = session.get(Case, case_id)
        return build_package(session, home, case, session.get(Agency, agency_id),
                             route_case(session, case), referred_elsewhere(session, case),
                             out=out, actor="ana", now=now())


def test_a_package_for_the_police_names_the_child_and_verifies(home, tmp_path):
    case_id = _case(home)
    built = _build(home, case_id, "ca-rcmp-nc3", tmp_path / "pkg")
    folder = tmp_path / "pkg"
    manifest = json.loads((folder / MANIFEST).read_text())
    assert manifest["child_details"] == "included"
    assert manifest["routing"]["jurisdiction"] == "CA"
    assert manifest["routing"]["basis"] == "child_stated_location"
    assert {"kind": "username", "platform": "snapchat", "value": "wolfie_77"}.items() <= \
        manifest["identifiers"][0].items()
    [item] = manifest["evidence"]
    assert item["included"] and (folder / item["path"]).read_bytes() == CHAT.encode()
    listed = {f["path"] for f in manifest["files"]}
    assert {"transcript.pdf", "transcript.csv", "custody.json", "README.txt", item["path"]} == listed
    assert (folder / "transcript.pdf").read_bytes().startswith(b"%PDF-")
    assert "Lily Example" in (folder / "transcript.csv").read_text()
    result = verify_package(folder, home.signing.public_keys())
    assert result.ok and result.key_id == built.key_id and result.files == 5
    with home.sessions() as session:
        referral = session.scalar(select(Referral).where(Referral.case_id == case_id))
        exported = session.scalars(select(CustodyEvent.action).where(
            CustodyEvent.action == "export")).all()
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "referral.package_built"))
    assert referral.agency_id == "ca-rcmp-nc3" and "CA" in referral.basis
    assert exported == ["export"] and entry.detail["manifest_sha256"] == built.manifest_sha256
    custody = json.loads((folder / "custody.json").read_text())
    assert [e["action"] for e in custody["custody_events"]][-1] == "export"


def test_a_package_for_a_hotline_pseudonymises_the_child_and_keeps_cells_inert(sqlite_home, tmp_path):
    home = sqlite_home
    case_id = _case(home)
    _build(home, case_id, "ca-cybertip", tmp_path / "pkg")
    folder = tmp_path / "pkg"
    manifest = json.loads((folder / MANIFEST).read_text())
    text = (folder / MANIFEST).read_text() + (folder / "transcript.csv").read_text()
    assert manifest["child_details"] == "pseudonymised"
    assert "Lily Example" not in text and "parent@example.org" not in text
    assert manifest["reports"][0]["contact"] == {"email": "hidden"}
    [item] = manifest["evidence"]
    assert not item["included"] and "withheld" in item and len(item["sha256"]) == 64
    assert list((folder / "evidence").iterdir()) == []
    rows = list(csv.reader(io.StringIO((folder / "transcript.csv").read_text())))
    chat = [r for r in rows[1:] if r[2] == "chat.txt"]
    assert [r[5] for r in chat] == ["Sam", "the child (name hidden)", "Sam", "Sam"]
    assert chat[3][6].startswith("'=HYPERLINK")  # a formula stays text
    assert [r[2] for r in rows[1:] if r[2] != "chat.txt"] == ["about"]  # the reporter's words
    assert verify_package(folder, home.signing.public_keys()).ok


def _tamper_cases():
    def edit_csv(folder):
        path = folder / "transcript.csv"
        path.write_text(path.read_text().replace("Sam", "Tom", 1))

    def add_file(folder):
        (folder / "evidence" / "extra.txt").write_text("slipped in")

    def remove_file(folder):
        (folder / "custody.json").unlink()

    def edit_manifest(folder):
        path = folder / MANIFEST
        path.write_text(path.read_text().replace('"CA"', '"US"', 1))

    def link(folder):
        (folder / "transcript.csv").unlink()
        (folder / "transcript.csv").symlink_to("/etc/hostname")

    def bad_signature(folder):
        signature = json.loads((folder / SIGNATURE).read_text())
        signature["signature"] = "AAAA" + signature["signature"][4:]
        (folder / SIGNATURE).write_text(json.dumps(signature))

    def no_signature(folder):
        (folder / SIGNATURE).unlink()

    def fifo_manifest(folder):
        (folder / MANIFEST).unlink()
        os.mkfifo(folder / MANIFEST)

    def link_manifest(folder):
        (folder / MANIFEST).unlink()
        (folder / MANIFEST).symlink_to("/dev/zero")

    def deep_manifest(folder):
        (folder / MANIFEST).write_text("[" * 100_000 + "]" * 100_000)

    def huge_number(folder):
        (folder / SIGNATURE).write_text('{"key_id": ' + "9" * 5000 + "}")

    def empty_folder(folder):
        (folder / "extra").mkdir()

    def fifo_extra(folder):
        os.mkfifo(folder / "evidence" / "pipe")

    return [
        (fifo_manifest, "manifest.json is not a plain file"),
        (link_manifest, "manifest.json is not a plain file"),
        (deep_manifest, "manifest.json cannot be read"),
        (huge_number, "manifest.sig.json cannot be read"),
        (empty_folder, "extra/ is a folder the manifest does not account for"),
        (fifo_extra, "evidence/pipe is not a plain file"),
        (edit_csv, "transcript.csv does not match the manifest"),
        (add_file, "evidence/extra.txt is not listed in the manifest"),
        (remove_file, "custody.json is missing"),
        (edit_manifest, "the signature does not match the manifest"),
        (link, "transcript.csv is not a plain file"),
        (bad_signature, "the signature does not match the manifest"),
        (no_signature, "manifest.sig.json is missing"),
    ]


@pytest.mark.parametrize("tamper, problem", _tamper_cases(), ids=lambda x: getattr(x, "__name__", ""))
def test_any_tampering_is_named_without_hanging_or_crashing(sqlite_home, tmp_path, tamper, problem):
    home = sqlite_home
    _build(home, _case(home), "ca-rcmp-nc3", tmp_path / "pkg")
    tamper(tmp_path / "pkg")
    result = verify_package(tmp_path / "pkg", home.signing.public_keys())
    assert not result.ok and result.problem.startswith(problem)


def test_a_manifest_listing_a_path_outside_the_folder_is_refused(sqlite_home, tmp_path):
    """Even a correctly signed manifest may not point outside the package."""
    import hashlib

    home = sqlite_home
    folder = tmp_path / "pkg"
    folder.mkdir()
    body = json.dumps({"format": "tipline-referral/1", "files": [
        {"path": "../outside.txt", "sha256": hashlib.sha256(b"").hexdigest(), "size": 0}]}).encode()
    (folder / MANIFEST).write_bytes(body)
    (folder / SIGNATURE).write_text(json.dumps(home.signing.sign(body, now())))
    (tmp_path / "outside.txt").write_bytes(b"")
    result = verify_package(folder, home.signing.public_keys())
    assert result.problem == "the manifest lists a path that is not allowed: '../outside.txt'"


def test_a_new_folder_is_required(sqlite_home, tmp_path):
    home = sqlite_home
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "old.txt").write_text("x")
    with pytest.raises(PackageError, match="not an empty folder"):
        _build(home, _case(home), "ca-rcmp-nc3", tmp_path / "pkg")


def test_cli_builds_verifies_and_old_packages_survive_a_key_rotation(tmp_path):
    env = cli_env(tmp_path / "home")
    case = file_report(tmp_path / "home", {"about": "he wants to meet", "child": {"country": "GB"}},
                       (("chat.txt", CHAT.encode()),))
    first = tmp_path / "first"
    built = json.loads(run_cli("referral", "build", case, "--agency", "gb-nca-ceop", "--out",
                               str(first), "--json", env=env).stdout)
    ring = tmp_path / "tipline-keys.json"
    ring.write_text(run_cli("keys", "public", env=env).stdout)
    assert json.loads(ring.read_text())["keys"][0]["key_id"] == built["key_id"]
    assert "package intact" in run_cli("referral", "verify", str(first), "--keys", str(ring),
                                       env=env).stdout
    rotated = json.loads(run_cli("keys", "rotate-signing", "--json", env=env).stdout)
    assert rotated["key_id"] != built["key_id"]
    second = tmp_path / "second"
    again = json.loads(run_cli("referral", "build", case, "--agency", "gb-iwf", "--out",
                               str(second), "--json", env=env).stdout)
    assert again["key_id"] == rotated["key_id"]
    for folder in (first, second):  # the home's ring: the retired key still verifies
        assert run_cli("referral", "verify", str(folder), env=env).returncode == 0
    assert "a key retired on" in run_cli("referral", "verify", str(first), env=env).stdout
    stale = run_cli("referral", "verify", str(second), "--keys", str(ring), env=env, check=False)
    assert stale.returncode == 1 and "not in the hotline's key ring" in stale.stderr
    shutil.copy(first / "transcript.pdf", first / "copy.pdf")
    broken = run_cli("referral", "verify", str(first), "--json", env=env, check=False)
    assert broken.returncode == 1
    assert json.loads(broken.stdout)["problem"] == "copy.pdf is not listed in the manifest"
    unknown = run_cli("referral", "build", case, "--agency", "xx-none", "--out",
                      str(tmp_path / "third"), env=env, check=False)
    assert unknown.returncode == 2 and "no agency" in unknown.stderr


def test_the_key_ring_is_published_at_a_well_known_address(sqlite_home):
    from fastapi.testclient import TestClient

    from tipline.web.app import create_app

    with TestClient(create_app(sqlite_home)) as client:
        answer = client.get("/.well-known/tipline-keys.json")
    assert answer.status_code == 200
    assert answer.json() == sqlite_home.signing.document() and answer.json()["keys"]


def test_the_transcript_shows_reported_markup_as_text_and_fetches_nothing(tmp_path):
    from datetime import UTC, datetime

    from weasyprint import HTML

    from weasyprint.urls import URLFetcher

    from tipline.routing.transcript import _no_fetcher, transcript_html

    fetched = []
    reports = [{"report_id": 1, "received_at": "2026-11-30T10:00:00+00:00", "reporter": "self",
                "incident_type": None, "child_age": 12, "child_country": "CA", "about": "",
                "conversations": [{"id": 1, "source": "chat.txt", "format": "whatsapp",
                                   "risk": "grooming", "urgency": "high", "messages": [{
                                       "index": 0, "sent_at": None, "sender": "<b>Sam</b>",
                                       "text": '<img src="http://evil.example/t.png"> hi',
                                       "indicators": []}]}]}]
    html = transcript_html(reports, case_code="TL-TEST-0001", agency="Agency <x>",
                           built_at=datetime(2026, 11, 30, tzinfo=UTC), pseudonymised=True)
    assert '&lt;img src=&#34;http://evil.example/t.png&#34;&gt; hi' in html
    assert "&lt;b&gt;Sam&lt;/b&gt;" in html and "<img" not in html

    refusing = _no_fetcher()

    class Spy(URLFetcher):
        def fetch(self, url, headers=None):
            fetched.append(url)
            return refusing.fetch(url, headers)

    document = HTML(string=html.replace("</body>", '<img src="http://evil.example/p.png"></body>'),
                    url_fetcher=Spy()).render()
    assert len(document.pages) == 1
    assert fetched == ["http://evil.example/p.png"]  # asked, and refused: nothing is fetched


def test_an_analyst_downloads_the_signed_package_from_the_case_page(sqlite_home, tmp_path):
    import re
    import zipfile

    import pyotp
    from fastapi.testclient import TestClient

    from tipline.auth.accounts import create_user
    from tipline.web.app import create_app

    home = sqlite_home
    case_id = _case(home)
    with home.sessions() as session:
        code = session.get(Case, case_id).case_code
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username="sue", role="supervisor", now=now(),
                                          must_change_password=False)
    with TestClient(create_app(home)) as client:
        page = client.post("/console/login", data={"username": "sue", "password": password,
                                                   "totp": pyotp.TOTP(secret).now()})
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        case_page = client.get(f"/console/cases/{code}").text
        assert 'id="package-agency"' in case_page
        assert '<option value="ca-cybertip" selected>' in case_page  # routing's first agency
        answer = client.post(f"/console/cases/{code}/package", data={"csrf": csrf,
                                                                     "agency": "ca-rcmp-nc3"})
        unknown = client.post(f"/console/cases/{code}/package", data={"csrf": csrf,
                                                                      "agency": "nowhere"})
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/zip"
    assert unknown.status_code == 422
    archive = tmp_path / "package.zip"
    archive.write_bytes(answer.content)
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(tmp_path / "unzipped")
    assert verify_package(tmp_path / "unzipped", home.signing.public_keys()).ok


def test_an_agency_routing_does_not_name_needs_a_reason(sqlite_home, tmp_path):
    home = sqlite_home
    case_id = _case(home)  # a child in Canada
    with pytest.raises(PackageError, match="routing does not send this case to mx-policia"):
        _build(home, case_id, "mx-policia-cibernetica", tmp_path / "pkg")
    assert not (tmp_path / "pkg").exists()  # refused before anything is written
    with transaction(home.sessions) as session:
        case = session.get(Case, case_id)
        built = build_package(session, home, case, session.get(Agency, "mx-policia-cibernetica"),
                              route_case(session, case), [], out=tmp_path / "pkg", actor="ana",
                              now=now(), reason="the suspect lives in Mexico City, per the platform")
    assert built.manifest["sent_outside_routing"] == "the suspect lives in Mexico City, per the platform"
    with home.sessions() as session:
        basis = session.scalar(select(Referral.basis).where(Referral.case_id == case_id))
    assert basis.startswith("sent outside routing: the suspect lives in Mexico City")


def test_the_manifest_names_the_linked_cases_not_their_content(sqlite_home, tmp_path):
    home = sqlite_home
    case_id = _case(home)
    other = submit_report(home, ReportCreate.model_validate({
        "about": "secret details of another child", "child": {"country": "GB"},
        "reported_person": [{"kind": "email", "value": "wolf@example.org"}]}), [],
        via="api", now=now())
    with transaction(home.sessions) as session:
        case = session.get(Case, case_id)
        case.reports[0].about += " his email is wolf@example.org"
    with transaction(home.sessions) as session:
        from tipline.linking.service import rebuild
        rebuild(session, actor="test", now=now())
    built = _build(home, case_id, "ca-rcmp-nc3", tmp_path / "pkg")
    cluster = built.manifest["cluster"]
    with home.sessions() as session:
        other_code = session.get(Case, other.case_id).case_code
    assert cluster["linked_cases"] == [other_code] and cluster["countries"] == ["CA", "GB"]
    assert {"kind": "email", "platform": None, "value": "wolf@example.org"} in cluster["shared_identifiers"]
    assert "secret details of another child" not in (tmp_path / "pkg" / MANIFEST).read_text()


def test_a_signed_manifest_of_the_wrong_shape_is_refused(sqlite_home, tmp_path):
    home = sqlite_home
    folder = tmp_path / "pkg"
    for manifest, problem in (
            ({"format": "tipline-referral/1", "files": [], "evidence": 5}, "is not a tipline-referral/1"),
            ({"format": "tipline-referral/1", "files": [{"path": ["x"], "size": 1, "sha256": "a"}]},
             "lists an entry that is not a file"),
            ({"format": "tipline-referral/1", "files": [], "evidence": ["x"]}, "evidence list holds")):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        body = json.dumps(manifest).encode()
        (folder / MANIFEST).write_bytes(body)
        (folder / SIGNATURE).write_text(json.dumps(home.signing.sign(body, now())))
        result = verify_package(folder, home.signing.public_keys())
        assert not result.ok and problem in result.problem, (manifest, result.problem)
