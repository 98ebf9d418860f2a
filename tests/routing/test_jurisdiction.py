"""Jurisdiction (issue 7, item 3): the child's stated place first, then the child's phone, the
platform-supplied IP addresses, the suspect's phone and addresses, then the platform's home;
each decision with its basis and confidence; several children route to each. Pure rules here,
then through intake and ``tipline route`` on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from support import now

from tipline.casework import merge
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import submit_report
from tipline.routing import directory
from tipline.routing.jurisdiction import (
    ChildPlace,
    SuspectTrace,
    agencies_for,
    decide,
    region_code,
)
from tipline.routing.route import basis_text, route_case
from tipline.store.db import transaction
from tipline.store.tables import Case, User

# RFC 5737 documentation addresses, given countries by this table (the real lookup is iptocc).
FAKE_IPS = {"192.0.2.1": "CA", "192.0.2.2": "CA", "198.51.100.1": "AU", "203.0.113.9": "FR"}


def _ip(address: str) -> str | None:
    return FAKE_IPS.get(address)


@pytest.mark.parametrize("child, suspect, expected", [
    (ChildPlace(country="ca", region="on", phone="+61412000123", ips=("198.51.100.1",)),
     SuspectTrace(phones=("+447400123456",)), ("CA", "CA-ON", "child_stated_location", 0.9)),
    (ChildPlace(phone="+61 412 000 123", ips=("192.0.2.1",)), SuspectTrace(phones=("+447400123456",)),
     ("AU", None, "child_phone", 0.8)),
    (ChildPlace(phone="not a number", ips=("192.0.2.1",)), SuspectTrace(phones=("+447400123456",)),
     ("CA", None, "platform_ip", 0.6)),
    (ChildPlace(ips=("10.0.0.1",)), SuspectTrace(phones=("+447400123456",), ips=("203.0.113.9",)),
     ("GB", None, "suspect_phone", 0.5)),
    (ChildPlace(), SuspectTrace(ips=("203.0.113.9",), platforms=("instagram",)),
     ("FR", None, "suspect_ip", 0.4)),
    (ChildPlace(), SuspectTrace(platforms=("telegram",)), ("AE", None, "platform_home", 0.3)),
    (ChildPlace(), SuspectTrace(platforms=("some-new-app",)), (None, None, "unknown", 0.0)),
])
def test_each_source_in_order_with_its_basis_and_confidence(child, suspect, expected):
    decision = decide(child, suspect, ip_country=_ip)
    assert (decision.country, decision.region, decision.basis, decision.confidence) == expected
    assert decision.detail


def test_disagreeing_sources_take_the_most_frequent_country_with_less_confidence():
    decision = decide(ChildPlace(ips=("192.0.2.1", "192.0.2.2", "198.51.100.1")), ip_country=_ip)
    assert (decision.country, decision.basis) == ("CA", "platform_ip")
    assert decision.confidence == pytest.approx(0.4) and "disagreed" in decision.detail


def test_the_real_offline_lookup_places_registry_allocations():
    import iptocc

    assert iptocc.country_code("81.2.69.160") == "GB"
    assert iptocc.country_code("10.0.0.1") is None  # private: no country
    assert decide(ChildPlace(ips=("81.2.69.160",)), ip_country=iptocc.country_code).country == "GB"


@pytest.mark.parametrize("country, region, expected", [
    ("CA", "ON", "CA-ON"), ("CA", "ca-on", "CA-ON"), ("US", "Texas", "Texas"), ("GB", " ", None),
    ("CA", "US-CA", None),
])
def test_region_codes(country, region, expected):
    assert region_code(country, region) == expected


def test_the_most_specific_tier_of_the_directory_serves():
    entries = directory.parse_directory({"version": "t", "agencies": [
        {"id": "ca-on-police", "name": "Ontario unit", "kind": "police", "country": "CA",
         "jurisdictions": ["CA"], "regions": ["CA-ON"], "formats": ["tipline-package"]},
        {"id": "ca-national", "name": "National", "kind": "police", "country": "CA",
         "jurisdictions": ["CA"], "formats": ["tipline-package"]},
        {"id": "eu-group", "name": "EU hotlines", "kind": "hotline", "country": "NL",
         "jurisdictions": ["DE", "FR"], "formats": ["tipline-package"]},
        {"id": "fr-own", "name": "France", "kind": "police", "country": "FR",
         "jurisdictions": ["FR"], "formats": ["tipline-package"]},
        {"id": "any", "name": "Fallback", "kind": "hotline", "country": "NL",
         "jurisdictions": ["*"], "formats": ["tipline-package"], "fallback": True},
    ]}).agencies
    ids = lambda country, region=None: [a.id for a in agencies_for(entries, country, region)]  # noqa: E731
    assert ids("CA", "CA-ON") == ["ca-on-police"]
    assert ids("CA", "CA-QC") == ids("CA") == ["ca-national"]
    assert ids("FR") == ["fr-own"]
    assert ids("DE") == ["eu-group"]
    assert ids("BR") == ids(None) == ["any"]


# ---- a stored case -------------------------------------------------------------------------

def test_route_a_case_from_the_childs_place_then_the_suspects(home):
    stated = submit_report(home, ReportCreate.model_validate(
        {"about": "he wants to meet", "child": {"country": "CA", "region": "ON"}}), [],
        via="api", now=now())
    by_phone = submit_report(home, ReportCreate.model_validate(
        {"reporter": "self", "about": "he wants to meet", "contact": {"phone": "+61 412 000 123"}}),
        [], via="api", now=now())
    by_ip = submit_report(home, ReportCreate.model_validate(
        {"reporter": "platform", "about": "flagged chat",
         "child": {"ip_addresses": ["81.2.69.160"]}}), [], via="api", now=now())
    by_suspect = submit_report(home, ReportCreate.model_validate(
        {"reporter": "parent", "about": "he texted my daughter from +44 7400 123456"}), [],
        via="api", now=now())
    nothing = submit_report(home, ReportCreate(about="someone was rude"), [], via="api", now=now())
    with home.sessions() as session:
        decisions = {code: route_case(session, session.get(Case, case_id)) for code, case_id in (
            ("stated", stated.case_id), ("phone", by_phone.case_id), ("ip", by_ip.case_id),
            ("suspect", by_suspect.case_id), ("nothing", nothing.case_id))}
    summary = {k: (d["jurisdiction"], d["basis"], [a["id"] for a in d["agencies"]])
               for k, d in decisions.items()}
    assert summary == {
        "stated": ("CA", "child_stated_location", ["ca-cybertip", "ca-rcmp-nc3"]),
        "phone": ("AU", "child_phone", ["au-accce"]),
        "ip": ("GB", "platform_ip", ["gb-nca-ceop", "gb-iwf"]),
        "suspect": ("GB", "suspect_phone", ["gb-nca-ceop", "gb-iwf"]),
        "nothing": (None, "unknown", ["int-inhope"]),
    }
    assert decisions["stated"]["region"] == "CA-ON" and decisions["stated"]["directory_version"] == 1
    assert "CA (CA-ON): the country the report gives for the child" in basis_text(decisions["stated"])


def test_children_in_several_countries_route_to_each(home):
    from tipline.auth.accounts import create_user

    first = submit_report(home, ReportCreate.model_validate(
        {"about": "he asked for photos", "child": {"country": "GB"}}), [], via="api", now=now())
    second = submit_report(home, ReportCreate.model_validate(
        {"about": "same man asked my friend", "child": {"country": "DE"}}), [], via="api",
        now=now())
    with transaction(home.sessions) as session:
        lead, _, _ = create_user(session, username="sue", role="supervisor", now=now())
        case = session.get(Case, first.case_id)
        merge(session, case, session.get(User, lead.id), second.receipt.case_code, now())
    with home.sessions() as session:
        decision = route_case(session, session.get(Case, first.case_id))
    assert [g["jurisdiction"] for g in decision["jurisdictions"]] == ["DE", "GB"]
    assert [a["id"] for a in decision["agencies"]] == ["eu-inhope", "gb-nca-ceop", "gb-iwf"]
    assert sorted(r for g in decision["jurisdictions"] for r in g["reports"]) == [1, 2]


def test_route_command_prints_the_decision_and_records_it(tmp_path):
    from support import cli_env, file_report, run_cli

    env = cli_env(tmp_path / "home")
    code = file_report(tmp_path / "home", {"about": "he wants to meet", "child": {"country": "AU"}})
    answer = run_cli("route", code, "--json", env=env)
    decision = json.loads(answer.stdout)
    assert {k: decision[k] for k in ("jurisdiction", "basis", "confidence")} == {
        "jurisdiction": "AU", "basis": "child_stated_location", "confidence": 0.9}
    assert decision["agencies"][0] == {"id": "au-accce", "name": "Australian Centre to Counter "
                                       "Child Exploitation", "kind": "police",
                                       "formats": ["tipline-package"]}
    missing = run_cli("route", "TL-NOPE-NOPE", env=env, check=False)
    assert missing.returncode == 2 and "no case" in missing.stderr


def test_route_prints_reported_text_without_terminal_control_codes(tmp_path):
    from support import cli_env, run_cli

    from tipline.home import open_home
    from tipline.settings import Settings

    opened = open_home(Settings(home=tmp_path / "home"))
    code = submit_report(opened, ReportCreate.model_validate(
        {"about": "he wants to meet", "child": {"country": "CA", "region": "\x1b]0;owned\x07[red]x"}}),
        [], via="api", now=now()).receipt.case_code
    opened.close()
    printed = run_cli("route", code, env=cli_env(tmp_path / "home")).stdout
    assert "\x1b" not in printed and "\\x1b]0;owned\\x07[red]x" in printed


def test_an_ipv4_address_written_for_ipv6_is_located():
    from tipline.routing.route import _ip_country

    assert _ip_country("::ffff:81.2.69.160") == _ip_country("81.2.69.160") == "GB"
    assert _ip_country("not an address") is None
