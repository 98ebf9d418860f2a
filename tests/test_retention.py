"""Retention with a moved clock: a closed case is purged after its time (a referred one after
the longer time), a case on legal hold never is, everything of a purged case is gone from the
database and the blob store (a file another case holds stays), the purge is audited and the
audit chain still verifies; `tipline purge` and `tipline hold` from the command line."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from support import cli_env, now, run_cli
from tipline import audit
from tipline.casework import OUTCOMES, close, refer
from tipline.home import open_home
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.retention import purge_due, set_hold
from tipline.settings import Settings
from tipline.store.db import transaction
from tipline.store.tables import (Agency, AuditEntry, Blob, Case, ConversationRow, CustodyEvent,
                                  IdentifierSighting, MessageRow, Report, User)

CHAT = (b"12/03/2026, 18:01 - wolf_77: how old r u\n"
        b"12/03/2026, 18:02 - kid: 12\n")
SHARED = os.urandom(1500)
OUTCOME = sorted(OUTCOMES)[0]


def _file(home, identifier: str, own: bytes, at) -> str:
    result = submit_report(home, ReportCreate.model_validate({
        "reporter": "self", "about": "he keeps asking how old i am",
        "reported_person": [{"kind": "username", "value": identifier, "platform": "discord"}]}),
        [IncomingFile("chat.txt", CHAT + own, "text/plain"),
         IncomingFile("shared.bin", SHARED, "application/octet-stream")], via="api", now=at)
    return result.receipt.case_code


def _staff(session) -> User:
    from tipline.auth.accounts import create_user

    user = session.scalar(select(User).where(User.username == "lead"))
    if user is None:
        user, _password, _secret = create_user(session, username="lead", role="supervisor",
                                               now=now())
    return user


def _close(home, code: str, at, *, referred: bool = False) -> None:
    with transaction(home.sessions) as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
        user = _staff(session)
        if referred:
            agency = session.scalars(select(Agency.id).where(Agency.active.is_(True))).first()
            refer(session, case, user, agency, "the child is in this agency's area", at)
        close(session, case, user, OUTCOME, "closed in test", False, at)
        case.updated_at = at


def _count(home, model) -> int:
    with transaction(home.sessions, write=False) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_schedule_purges_closed_cases_and_keeps_held_and_referred_ones(home):
    start = now()
    old = _file(home, "wolf_77", b"1", start)
    held = _file(home, "wolf_78", b"2", start)
    referred = _file(home, "wolf_79", b"3", start)
    open_case = _file(home, "wolf_80", b"4", start)
    for code in (old, held):
        _close(home, code, start)
    _close(home, referred, start, referred=True)
    with transaction(home.sessions) as session:
        case = session.scalar(select(Case).where(Case.case_code == held))
        set_hold(session, case, hold=True, reason="preservation order 2026/114 from the court",
                 actor="lead", now=start)
    own_blob = hashlib.sha256(CHAT + b"1").hexdigest()
    shared_blob = hashlib.sha256(SHARED).hexdigest()

    before = (_count(home, IdentifierSighting), _count(home, ConversationRow))
    assert purge_due(home, start + timedelta(days=364)).cases == []  # not yet
    result = purge_due(home, start + timedelta(days=366))
    assert result.cases == [old]  # held, referred (10 years) and open cases stay
    assert result.blobs == 1  # its own chat; the shared file other cases hold stays
    with transaction(home.sessions, write=False) as session:
        codes = set(session.scalars(select(Case.case_code)))
        assert codes == {held, referred, open_case}
        assert session.get(Blob, own_blob) is None and session.get(Blob, shared_blob)
        assert not session.scalar(select(func.count()).select_from(CustodyEvent).where(
            CustodyEvent.blob_sha256 == own_blob))
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "case.purged"))
        assert entry.detail == {"case_code": old} and "365 days" in entry.reason
    assert _count(home, Report) == 3
    with transaction(home.sessions, write=False) as session:  # nothing left of the purged one
        reports = set(session.scalars(select(Report.id)))
        assert set(session.scalars(select(IdentifierSighting.report_id))) == reports
        assert set(session.scalars(select(ConversationRow.report_id))) == reports
        assert session.scalar(select(func.count()).select_from(MessageRow)) == sum(
            len(c.messages) for c in session.scalars(select(ConversationRow)))
    assert (_count(home, IdentifierSighting), _count(home, ConversationRow)) == (
        before[0] * 3 // 4, before[1] * 3 // 4)
    with pytest.raises(FileNotFoundError):
        home.blobs.read(own_blob)
    assert home.blobs.read(shared_blob) == SHARED
    with transaction(home.sessions, write=False) as session:
        assert audit.verify(session).broken_at is None

    # Ten years on: the referred case goes; the held one never does, until released.
    later = start + timedelta(days=3651)
    assert purge_due(home, later).cases == [referred]
    with transaction(home.sessions) as session:
        case = session.scalar(select(Case).where(Case.case_code == held))
        set_hold(session, case, hold=False, reason="the order was lifted on appeal",
                 actor="lead", now=later)
    assert purge_due(home, later + timedelta(days=366)).cases == [held]


def test_a_hold_needs_a_reason(home):
    code = _file(home, "wolf_81", b"5", now())
    with transaction(home.sessions) as session:
        case = session.scalar(select(Case).where(Case.case_code == code))
        with pytest.raises(ValueError, match="reason"):
            set_hold(session, case, hold=True, reason="x", actor="lead", now=now())


def test_the_purge_and_hold_commands(tmp_path):
    home = open_home(Settings(home=tmp_path / "home"))
    start = now() - timedelta(days=400)
    first, second = _file(home, "wolf_90", b"a", start), _file(home, "wolf_91", b"b", start)
    _close(home, first, start)
    _close(home, second, start)
    home.close()
    env = cli_env(tmp_path / "home")
    held = run_cli("hold", second, "--reason", "police asked to keep it (ref 77/2026)", env=env)
    assert "under legal hold" in held.stdout
    purged = json.loads(run_cli("purge", "--json", env=env).stdout)
    assert purged["cases"] == [first] and purged["blobs"] == 1
    refused = run_cli("hold", "TL-NOPE-NOPE", "--reason", "some reason here", env=env, check=False)
    assert refused.returncode == 2 and "no case" in refused.stderr
    assert "0 failed" in run_cli("evidence", "verify", env=env).stdout
    assert run_cli("audit", "verify", env=env).returncode == 0


def test_a_file_sealed_again_while_the_purge_runs_is_kept_or_the_report_asked_again(home):
    """The purge deletes an unused original under its lock; an intake recording the same
    bytes then finds them gone and is asked to send again, never committing a case whose
    evidence is missing."""
    from tipline.intake.service import IntakeError
    from tipline.retention import _purge_orphan_blobs

    start = now()
    code = _file(home, "wolf_95", b"z", start)
    _close(home, code, start)
    purge_due(home, start + timedelta(days=366))
    from tipline.intake.service import record_blob

    sealed = home.blobs.put(CHAT + b"again")  # an original no case holds (an orphan)...
    with transaction(home.sessions) as session:
        record_blob(session, sealed, now())
    assert not home.blobs.put(CHAT + b"again").created  # ...a new report seals the same bytes
    assert _purge_orphan_blobs(home) == (1, 0)  # the purge gets there first and deletes them
    with pytest.raises(IntakeError, match="send the report again"):
        with transaction(home.sessions) as session:  # the report's commit: refused, not lost
            record_blob(session, sealed, now(), store=home.blobs)
    again = _file(home, "wolf_96", b"again", now())  # sent again: sealed anew, kept
    with transaction(home.sessions, write=False) as session:
        assert session.scalar(select(Case).where(Case.case_code == again)) is not None
    assert home.blobs.read(hashlib.sha256(CHAT + b"again").hexdigest()) == CHAT + b"again"


def test_merged_duplicates_and_confirmations(home):
    from tipline.casework import merge
    from tipline.store.tables import LinkDecision

    start = now()
    kept, duplicate = _file(home, "wolf_97", b"m1", start), _file(home, "wolf_98", b"m2", start)
    with transaction(home.sessions) as session:
        target = session.scalar(select(Case).where(Case.case_code == kept))
        merge(session, target, _staff(session), duplicate, start)
        report_ids = sorted(session.scalars(select(Report.id)))
        session.add(LinkDecision(decision="confirm", kind="username", platform="",
                                 value="wolf_97", report_ids=report_ids, reason="test link",
                                 actor="lead", at=start))
    assert purge_due(home, start + timedelta(days=4000)).cases == []  # open case, merged dup
    _close(home, kept, start)
    assert purge_due(home, start + timedelta(days=366)).cases == [kept, duplicate]  # together
    with transaction(home.sessions, write=False) as session:
        assert session.scalars(select(LinkDecision)).all() == []  # no report left to name
