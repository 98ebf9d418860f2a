"""The audit log is a hash chain: any edit, deletion or reordering is found."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from support import now
from tipline import audit
from tipline.store.tables import AuditEntry


def _write_three(home):
    with home.sessions() as session, session.begin():
        for action in ("report.received", "case.viewed", "case.claimed"):
            audit.append(session, actor="a1", action=action, at=now(), case_id=1)


def test_an_intact_chain_verifies(home):
    _write_three(home)
    with home.sessions() as session:
        check = audit.verify(session)
    assert check.entries == 3 and check.broken_at is None


def test_an_edited_entry_breaks_the_chain_at_that_entry(home):
    _write_three(home)
    with home.sessions() as session, session.begin():
        second = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()[1]
        session.execute(update(AuditEntry).where(AuditEntry.id == second.id)
                        .values(actor="someone-else"))
    with home.sessions() as session:
        assert audit.verify(session).broken_at == second.id


def test_a_deleted_entry_breaks_the_chain_at_the_next(home):
    _write_three(home)
    with home.sessions() as session, session.begin():
        ids = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()
        session.execute(delete(AuditEntry).where(AuditEntry.id == ids[1]))
    with home.sessions() as session:
        assert audit.verify(session).broken_at == ids[2]
