"""Clusters (issue 7, item 2): reports sharing a strong identifier join one cluster as they
arrive; weak matches are suggested apart; an analyst's split sticks; a rebuild keeps the
decisions. Through the real intake, on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from support import now

from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.linking.clusters import ClusterIndex, components
from tipline.linking.collect import ChatForLinking, report_identifiers
from tipline.linking.service import (
    LinkError,
    cluster_ids,
    cluster_view,
    confirm,
    rebuild,
    split,
    suggestions,
)
from tipline.store.db import transaction
from tipline.store.tables import AuditEntry, IdentifierSighting, Report

REASON = "checked with the platform: two different accounts"


def _submit(home, about="", country="GB", **fields):
    body = {"about": about, "child": {"country": country}, **fields}
    return submit_report(home, ReportCreate.model_validate(body), fields.pop("files", []),
                         via="api", now=now())


def _cluster_of(home, case_code):
    with home.sessions() as session:
        from tipline.store.tables import Case
        return session.scalar(select(Report.cluster_id).join(Case).where(Case.case_code == case_code))


# ---- the pure core --------------------------------------------------------------------------

def test_index_names_a_cluster_by_its_first_report_and_merges_as_reports_arrive():
    index = ClusterIndex()
    assert index.add(1, ["a"]) == 1
    assert index.add(2, ["b"]) == 2
    assert index.add(3, ["c", "b"]) == 2
    assert index.add(4, ["a", "c"]) == 1  # bridges the two clusters
    assert index.clusters() == {1: [1, 2, 3, 4]}
    assert index.add(5, []) == 5 and 5 not in index.clusters()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sets(st.integers(0, 30), max_size=4), min_size=1, max_size=60))
def test_incremental_index_equals_components_of_the_whole_graph(key_sets):
    index = ClusterIndex()
    for report, keys in enumerate(key_sets):
        index.add(report, keys)
    holders: dict[int, list[int]] = {}
    for report, keys in enumerate(key_sets):
        for key in keys:
            holders.setdefault(key, []).append(report)
    whole = components(range(len(key_sets)), holders.values())
    assert {r: index.find(r) for r in range(len(key_sets))} == whole


def test_collect_leaves_out_the_reporters_contact_and_the_childs_own_messages():
    found = report_identifiers(
        about="he is dark_wolf.77 on insta, call me back on 07911 123456",
        chats=[ChatForLinking("whatsapp", "Mia", [
            ("Mia", "my email is mia.smith@example.org"),
            ("+44 7400 123456", "add me on snap: wolfie_77"),
        ])],
        region="GB", reporter_contact=["07911 123456"], child_names=["Mia"],
    )
    keys = {(s.identifier.kind, s.identifier.platform, s.identifier.value): s.origin for s in found}
    assert keys == {
        ("username", "instagram", "dark_wolf.77"): "about",
        ("phone", None, "+447400123456"): "chat participant",
        ("username", "snapchat", "wolfie_77"): "chat message",
    }


# ---- through intake --------------------------------------------------------------------------

def test_three_spellings_of_one_account_make_one_cluster(home):
    a = _submit(home, "he said add me @dark_wolf.77 on Instagram").receipt.case_code
    b = _submit(home, "look at instagram.com/dark_wolf.77", country="CA").receipt.case_code
    c = _submit(home, "it was DARK_WOLF.77 on insta", country="AU").receipt.case_code
    other = _submit(home, "someone called wolf_dark on tiktok").receipt.case_code
    assert _cluster_of(home, a) == _cluster_of(home, b) == _cluster_of(home, c)
    assert _cluster_of(home, other) != _cluster_of(home, a)
    with home.sessions() as session:
        [cid] = cluster_ids(session)
        view = cluster_view(session, cid).as_json()
    assert [r["case_code"] for r in view["reports"]] == [a, b, c]
    assert view["countries"] == ["AU", "CA", "GB"]
    assert view["platforms"] == ["instagram"]
    assert view["shared_identifiers"] == [{"kind": "username", "platform": "instagram",
                                           "value": "dark_wolf.77", "reports": [1, 2, 3]}]


def test_email_phone_and_stated_identifiers_link_and_bridge_clusters(home):
    a = _submit(home, "his email is Dark.Wolf77+games@gmail.com").receipt.case_code
    b = _submit(home, "he texted from 07911 123456").receipt.case_code
    assert _cluster_of(home, a) != _cluster_of(home, b)
    c = _submit(home, "", reported_person=[
        {"kind": "email", "value": "darkwolf77@googlemail.com"},
        {"kind": "phone", "value": "+44 7911 123456"}]).receipt.case_code
    assert _cluster_of(home, a) == _cluster_of(home, b) == _cluster_of(home, c)


def test_weak_identifiers_only_suggest(home):
    a = _submit(home, "someone called dark_wolf.77 keeps messaging me").receipt.case_code
    b = _submit(home, "", reported_person=[{"kind": "username", "value": "dark_wolf.77",
                                            "platform": "tiktok"}]).receipt.case_code
    c = _submit(home, "", reported_person=[{"kind": "display_name", "value": "Wolf  Man"}])
    d = _submit(home, "", reported_person=[{"kind": "display_name", "value": "wolf man"}])
    assert len({_cluster_of(home, code) for code in (a, b, c.receipt.case_code,
                                                     d.receipt.case_code)}) == 4
    with home.sessions() as session:
        assert cluster_ids(session) == []
        found = {(s.kind, s.value): s for s in suggestions(session)}
    assert set(found) == {("username", "dark_wolf.77"), ("display_name", "wolf man")}
    assert [r["case_code"] for r in found[("username", "dark_wolf.77")].reports] == [a, b]
    assert found[("display_name", "wolf man")].confidence == pytest.approx(0.3)


def test_a_confirmed_suggestion_joins_the_reports(home):
    _submit(home, "someone called dark_wolf.77 keeps messaging me")
    _submit(home, "it is dark_wolf.77 again")
    with transaction(home.sessions) as session:
        with pytest.raises(LinkError, match="reason"):
            confirm(session, report_ids=[1, 2], kind="username", value="dark_wolf.77",
                    actor="ana", reason="yes", now=now())
    with transaction(home.sessions) as session:
        with pytest.raises(LinkError, match="each have"):
            confirm(session, report_ids=[1, 2], kind="username", value="someone_else",
                    actor="ana", reason=REASON, now=now())
    with transaction(home.sessions) as session:
        cluster = confirm(session, report_ids=[1, 2], kind="username", value="dark_wolf.77",
                          actor="ana", reason="same wording, same times, same child", now=now())
    with home.sessions() as session:
        assert cluster_ids(session) == [cluster]
        assert suggestions(session) == []
        view = cluster_view(session, cluster)
        assert view.confirmed[0]["by"] == "ana"
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("link.confirm") == 1  # report 2 moved; report 1 kept its cluster


def test_a_split_sticks_when_more_reports_arrive(home):
    _submit(home, "his email is wolf@example.org, snap is wolfie_77")
    _submit(home, "he wrote from wolf@example.org")
    _submit(home, "add me on snap: wolfie_77")
    with home.sessions() as session:
        [cid] = cluster_ids(session)
    with transaction(home.sessions) as session:
        with pytest.raises(LinkError, match="does not link"):
            split(session, cluster_id=cid, kind="email", platform=None, value="nobody@example.org",
                  report_id=None, actor="ana", reason=REASON, now=now())
        after = split(session, cluster_id=cid, kind="email", platform=None,
                      value="wolf@example.org", report_id=None, actor="ana", reason=REASON,
                      now=now())
    assert after == [1, 2]  # report 2 stands alone now; 1 and 3 still share the snap handle
    _submit(home, "again wolf@example.org")  # would have joined through the e-mail
    with home.sessions() as session:
        assert cluster_ids(session) == [1]
        assert [r["report_id"] for r in cluster_view(session, 1).reports] == [1, 3]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "link.split")).all()
    assert len(audit) == 1 and audit[0].detail["cluster_after"] == 2 and audit[0].actor == "ana"


def test_a_split_for_one_report_takes_only_that_report_out(home):
    for about in ("phone 07911 123456", "phone +447911123456", "call 07911 123456"):
        _submit(home, about)
    with transaction(home.sessions) as session:
        split(session, cluster_id=1, kind="phone", platform=None, value="+447911123456",
              report_id=2, actor="ana", reason=REASON, now=now())
    _submit(home, "phone 07911 123456 again")
    with home.sessions() as session:
        assert [r["report_id"] for r in cluster_view(session, 1).reports] == [1, 3, 4]
        assert cluster_view(session, 2).reports[0]["report_id"] == 2


def test_rebuild_gives_the_same_clusters_and_keeps_decisions(home):
    _submit(home, "his email is wolf@example.org, snap is wolfie_77")
    _submit(home, "he wrote from wolf@example.org")
    _submit(home, "add me on snap: wolfie_77")
    _submit(home, "someone called lone_wolf.1")
    _submit(home, "lone_wolf.1 again")
    with transaction(home.sessions) as session:
        split(session, cluster_id=1, kind="email", platform=None, value="wolf@example.org",
              report_id=None, actor="ana", reason=REASON, now=now())
        confirm(session, report_ids=[4, 5], kind="username", value="lone_wolf.1", actor="ana",
                reason="the same person by the wording", now=now())
    with home.sessions() as session:
        before = {r.id: r.cluster_id for r in session.scalars(select(Report))}
    with transaction(home.sessions) as session:
        assert rebuild(session, actor="cli", now=now()) == 2
    with home.sessions() as session:
        assert {r.id: r.cluster_id for r in session.scalars(select(Report))} == before
        assert session.scalar(select(IdentifierSighting.id).limit(1)) is not None


def test_chat_participants_and_their_messages_link(home):
    chat = ("[01/02/2024, 10:00:00] Mia: hi\n"
            "[01/02/2024, 10:01:00] +44 7911 123456: add me on snap its wolfie_77\n"
            "[01/02/2024, 10:02:00] Mia: ok\n")
    files = [IncomingFile("WhatsApp Chat.txt", chat.encode())]
    first = submit_report(home, ReportCreate.model_validate(
        {"child": {"country": "GB", "name_in_chat": "Mia"}}), files, via="api", now=now())
    second = _submit(home, "his snap is wolfie_77")
    third = _submit(home, "he called from 07911 123456")
    codes = [first.receipt.case_code, second.receipt.case_code, third.receipt.case_code]
    assert len({_cluster_of(home, code) for code in codes}) == 1


def test_reports_linked_at_the_same_moment_end_in_one_cluster(home):
    """Six transactions each add a report with one e-mail and link it at the same instant (a
    barrier): on PostgreSQL the advisory lock makes each wait for the one before, so none
    misses another's report; SQLite serialises writers."""
    from threading import Barrier

    from tipline.linking.collect import Sighting
    from tipline.linking.normalise import normalise
    from tipline.linking.service import link_report
    from tipline.store.tables import Case

    sighting = Sighting(normalise("email", "wolf@example.org"), "stated", "wolf@example.org")
    barrier = Barrier(6, timeout=30)
    is_pg = home.settings.url.startswith("postgresql")

    def send(i):
        with home.sessions() as session, session.begin():
            case = Case(case_code=f"TL-RACE-{i:04d}", pin_hash="x", priority="p",
                        received_at=now(), updated_at=now())
            session.add(case)
            session.flush()
            report = Report(case_id=case.id, request_hash="x", submitted_via="api",
                            reporter_kind="self", received_at=now())
            session.add(report)
            session.flush()
            if is_pg:  # SQLite's single writer would wait at the first insert instead
                barrier.wait()
            link_report(session, report, [sighting])

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(send, range(6)))
    with home.sessions() as session:
        assert len(set(session.scalars(select(Report.cluster_id)))) == 1


def test_a_split_link_is_not_suggested_again_and_the_value_may_be_written_any_way(home):
    _submit(home, "he called from 07911 123456")
    _submit(home, "number +44 7911 123456 again")
    with transaction(home.sessions) as session:
        split(session, cluster_id=1, kind="phone", platform=None, value="07911 123456",
              report_id=None, actor="ana", reason=REASON, now=now())  # as the reporter wrote it
    with home.sessions() as session:
        assert cluster_ids(session) == [] and suggestions(session) == []


def test_the_command_line_takes_case_codes_and_says_what_the_split_made(tmp_path):
    import json

    from support import cli_env, file_report, run_cli

    env = cli_env(tmp_path / "home")
    codes = [file_report(tmp_path / "home", {"about": about, "child": {"country": "CA"}})
             for about in ("his email is wolf@example.org", "again wolf@example.org",
                           "someone called lone_wolf.1", "lone_wolf.1 again")]
    listed = run_cli("clusters", env=env).stdout
    assert f"1: {codes[0]}" in listed and "report 3 (" in listed
    made = run_cli("clusters", "split", "1", "--kind", "email", "--value", "WOLF@example.org",
                   "--report", codes[1], "--reason", "a shared family address", env=env).stdout
    assert "cluster 1: reports 1; cluster 2: reports 2" in made
    joined = json.loads(run_cli("clusters", "confirm", codes[2], codes[3].lower(), "--kind",
                                "username", "--value", "lone_wolf.1", "--reason",
                                "same wording, same evening", "--json", env=env).stdout)
    assert joined == {"cluster": 3}
    wrong = run_cli("clusters", "confirm", "TL-NOPE-NOPE", "3", "--kind", "username", "--value",
                    "x", "--reason", "x" * 12, env=env, check=False)
    assert wrong.returncode == 2 and "neither a report id nor a case code" in wrong.stderr


def test_an_unidentified_child_gives_nothing_strong_and_a_first_name_identifies_them():
    chat = [("Sam", "hi, add me on snap"),
            ("Alex Kim", "ok my number is +1 416 555 0123 and my insta is alex_kim.09"),
            ("Sam", "if you don't do it I'll tell everyone, my snap is wolfie_77")]
    unknown = report_identifiers(chats=[ChatForLinking("whatsapp", None, chat)], region="CA")
    assert {(s.identifier.kind, s.identifier.confidence) for s in unknown} == {("display_name", 0.3)}
    named = report_identifiers(chats=[ChatForLinking("whatsapp", None, chat)], region="CA",
                               child_names=["alex"])
    assert {s.identifier.value for s in named} == {"sam"}  # still unknown who the child is
    inferred = report_identifiers(chats=[ChatForLinking("whatsapp", "Alex  Kim", chat)],
                                  region="CA", child_names=["Alex"])
    assert {(s.identifier.kind, s.identifier.value) for s in inferred} == {
        ("display_name", "sam"), ("username", "wolfie_77")}


def test_hostile_text_keeps_a_bounded_number_of_identifiers():
    from tipline.linking.extract import MAX_FOUND, extract

    many = " ".join(f"write to user{i}@example.org" for i in range(1000))
    assert len(extract(many)) == MAX_FOUND
    assert extract("@ab " * 25_000)[0].identifier.value == "ab"
