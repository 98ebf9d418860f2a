"""Hash-chained audit log: every view and change of a case, by whom, when, from where, why.

Each entry's ``entry_hash`` is SHA-256 over the previous entry's hash and the entry's canonical
JSON, so deleting, reordering or editing any entry breaks the chain at that point.
``verify`` walks the chain and reports the first broken link.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tipline.store.tables import AuditEntry

GENESIS = "0" * 64
_CHAIN_LOCK = 7_061_995  # PostgreSQL advisory lock id that serialises appends


def _entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    body = {
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "case_id": entry.case_id,
        "source": entry.source,
        "reason": entry.reason,
        "detail": entry.detail,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    at: datetime,
    case_id: int | None = None,
    source: str = "",
    reason: str = "",
    detail: dict | None = None,
) -> AuditEntry:
    """Add one entry in the caller's transaction, so the change and its audit commit together."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK})
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
    prev_hash = last.entry_hash if last else GENESIS
    entry = AuditEntry(
        at=at.replace(microsecond=0), actor=actor, action=action, case_id=case_id,
        source=source, reason=reason, detail=detail or {}, prev_hash=prev_hash,
    )
    entry.entry_hash = _entry_hash(prev_hash, entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """``entries`` checked; ``broken_at`` is the id of the first entry that does not chain."""

    entries: int
    broken_at: int | None
    problem: str | None


def verify(session: Session) -> ChainCheck:
    """Walk the whole chain in id order."""
    prev_hash = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        if entry.prev_hash != prev_hash:
            return ChainCheck(count, entry.id, "previous hash does not match the entry before")
        if _entry_hash(prev_hash, entry) != entry.entry_hash:
            return ChainCheck(count, entry.id, "entry was changed after it was written")
        prev_hash = entry.entry_hash
    return ChainCheck(count, None, None)
