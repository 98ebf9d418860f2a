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


# The anchor: the newest entry kept outside the database, so that deleting entries from the
# end, or rewriting the chain whole, is found too (tipline/audit.py).


def _anchor(home):
    return audit.read_anchor(home.settings.audit_anchor_path)


def _verify(home, anchor=None):
    with home.sessions() as session:
        return audit.verify(session, anchor if anchor is not None else _anchor(home))


def test_each_commit_that_appends_advances_the_anchor(home):
    _write_three(home)
    with home.sessions() as session:
        newest, count = audit.head(session)
    assert count == 3 and _anchor(home) == newest
    assert _verify(home).broken_at is None


def test_deleting_the_newest_entries_is_found_at_the_anchor(home):
    _write_three(home)
    newest = _anchor(home)
    with home.sessions() as session, session.begin():
        session.execute(delete(AuditEntry).where(AuditEntry.id == newest.entry_id))
    check = _verify(home)
    assert check.broken_at == newest.entry_id and "deleted" in check.problem
    with home.sessions() as session, session.begin():
        session.execute(delete(AuditEntry))
    assert _verify(home).broken_at == newest.entry_id


def test_a_chain_rewritten_whole_is_found_at_the_anchor(home):
    # Someone with the database edits an entry and recomputes every hash after it: the chain
    # links again, but no longer reaches the anchor's hash.
    _write_three(home)
    with home.sessions() as session, session.begin():
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        entries[1].actor = "someone-else"
        prev = entries[0].entry_hash
        for entry in entries[1:]:
            entry.prev_hash = prev
            entry.entry_hash = prev = audit._entry_hash(prev, entry)
    with home.sessions() as session:
        assert audit.verify(session).broken_at is None  # the chain alone cannot tell
    check = _verify(home)
    assert check.broken_at == entries[-1].id and "rewritten" in check.problem


def test_a_rolled_back_append_leaves_the_anchor_where_it_was(home):
    _write_three(home)
    before = _anchor(home)
    try:
        with home.sessions() as session, session.begin():
            audit.append(session, actor="a1", action="case.viewed", at=now(), case_id=1)
            raise RuntimeError("the request failed after the entry was written")
    except RuntimeError:
        pass
    assert _anchor(home) == before and _verify(home).broken_at is None
    _write_three(home)  # and the next commit moves it on
    assert _anchor(home).entry_id > before.entry_id and _verify(home).broken_at is None


def test_the_anchor_never_moves_back(tmp_path):
    path = tmp_path / "anchor.json"
    assert audit.advance_anchor(path, audit.Anchor(5, "a" * 64))
    assert not audit.advance_anchor(path, audit.Anchor(4, "b" * 64))  # a slower process
    assert audit.read_anchor(path) == audit.Anchor(5, "a" * 64)


def test_a_damaged_anchor_file_is_named_in_the_error(tmp_path):
    import pytest

    path = tmp_path / "anchor.json"
    for content in ("{", '{"entry_id": 1}', '{"entry_id": -1, "entry_hash": "' + "a" * 64 + '"}',
                    '{"entry_id": 1, "entry_hash": "xyz"}', "[]", '{"entry_id": true, "entry_hash": "' + "a" * 64 + '"}'):
        path.write_text(content)
        with pytest.raises(audit.AnchorError, match="anchor.json"):
            audit.read_anchor(path)
    assert audit.read_anchor(tmp_path / "absent.json") is None


def test_new_entries_do_not_paper_over_deleted_ones(home):
    # Every console view appends an entry: if the anchor followed them past a deletion,
    # the next page view would erase the evidence.
    _write_three(home)
    newest = _anchor(home)
    with home.sessions() as session, session.begin():
        session.execute(delete(AuditEntry).where(AuditEntry.id == newest.entry_id))
    _write_three(home)
    assert _anchor(home) == newest
    assert _verify(home).broken_at == newest.entry_id


def test_a_deeply_nested_anchor_file_is_an_error_not_a_crash(home, tmp_path):
    import pytest

    path = home.settings.audit_anchor_path
    path.write_text("[" * 100_000)
    with pytest.raises(audit.AnchorError):
        audit.read_anchor(path)
    _write_three(home)  # commits still succeed; the damaged anchor is left for verify to report
