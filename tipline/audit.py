"""Hash-chained audit log: every view and change of a case, by whom, when, from where, why.

Each entry's ``entry_hash`` is SHA-256 over the previous entry's hash and the entry's canonical
JSON, so deleting, reordering or editing any entry breaks the chain at that point.
``verify`` walks the chain and reports the first broken link.

A chain alone cannot show that its newest entries were deleted, or that someone with the
database rewrote it whole (the hash is public). So the newest entry's id and hash are also kept
outside the database, in an anchor file (``HOME/audit-anchor.json``, or ``audit_anchor_file``)
advanced after every commit that appended entries; ``verify`` checks the chain reaches the
anchor unchanged. ``tipline audit anchor`` prints it for keeping off the machine as well, and
``tipline audit verify --anchor FILE`` checks against such a copy. This is the idea of
Certificate Transparency's signed tree heads, without the signature.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from tipline.store.tables import AuditEntry

GENESIS = "0" * 64
_CHAIN_LOCK = 7_061_995  # PostgreSQL advisory lock id that serialises appends
_PENDING = "tipline.audit.head"  # session.info key: the newest entry appended, until commit
_ANCHOR_PATH = "tipline.audit.anchor"  # session.info key: the anchor file (set by keep_anchor)
# session.info key: where the request came from, for entries appended without a ``source``
# (the web shell sets it once per request; the functions it calls need not carry it).
SOURCE = "tipline.audit.source"

log = logging.getLogger(__name__)


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
    """Add one entry in the caller's transaction, so the change and its audit commit together.
    ``source`` (from where) defaults to what the caller put in ``session.info[SOURCE]``."""
    source = source or str(session.info.get(SOURCE, ""))
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
    path = session.info.get(_ANCHOR_PATH)
    if path is not None and _anchor_still_holds(session, path):
        session.info[_PENDING] = Anchor(entry.id, entry.entry_hash)
    return entry


def _anchor_still_holds(session: Session, path: Path) -> bool:
    """Whether the entry the anchor names is still in the chain, unchanged. If not, someone
    deleted or rewrote entries: the anchor then stays where it is, so that new entries (every
    console view writes one) do not paper over what ``verify`` must keep reporting."""
    try:
        anchor = read_anchor(path)
    except AnchorError:
        log.error("the audit anchor %s is damaged: it is not advanced; run `tipline audit verify`", path)
        return False
    if anchor is None:
        return True
    recorded = session.get(AuditEntry, anchor.entry_id)
    if recorded is None or recorded.entry_hash != anchor.entry_hash:
        log.error("the audit chain no longer reaches its anchor (entry %s): the anchor is not "
                  "advanced; run `tipline audit verify`", anchor.entry_id)
        return False
    return True


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """``entries`` checked; ``broken_at`` is the id of the first entry that does not chain."""

    entries: int
    broken_at: int | None
    problem: str | None


def verify(session: Session, anchor: Anchor | None = None) -> ChainCheck:
    """Walk the whole chain in id order; with ``anchor``, the entry it names must be there,
    unchanged (``broken_at`` is then the anchor's entry id when it is missing or differs)."""
    prev_hash = GENESIS
    count = 0
    anchored: str | None = None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        if entry.prev_hash != prev_hash:
            return ChainCheck(count, entry.id, "previous hash does not match the entry before")
        if _entry_hash(prev_hash, entry) != entry.entry_hash:
            return ChainCheck(count, entry.id, "entry was changed after it was written")
        if anchor is not None and entry.id == anchor.entry_id:
            anchored = entry.entry_hash
        prev_hash = entry.entry_hash
    if anchor is not None:
        if anchored is None:
            return ChainCheck(count, anchor.entry_id, f"entry {anchor.entry_id}, the newest the anchor "
                              "recorded, is missing: entries were deleted")
        if anchored != anchor.entry_hash:
            return ChainCheck(count, anchor.entry_id, f"entry {anchor.entry_id} is not the one the anchor "
                              "recorded: the chain was rewritten")
    return ChainCheck(count, None, None)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The newest entry of the chain as recorded outside the database: its id and hash."""

    entry_id: int
    entry_hash: str

    def to_json(self) -> dict:
        return {"entry_id": self.entry_id, "entry_hash": self.entry_hash}


class AnchorError(ValueError):
    """An anchor file that cannot be read as one; the message names the file."""


def head(session: Session) -> tuple[Anchor | None, int]:
    """The chain's newest entry as an anchor (None when empty), and the number of entries."""
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return (Anchor(last.id, last.entry_hash) if last else None), count


def read_anchor(path: Path) -> Anchor | None:
    """The anchor in ``path`` ({"entry_id": int, "entry_hash": 64 hex}); None when the file does
    not exist. Raises AnchorError naming the file and what is wrong."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnchorError(f"{path}: cannot read the audit anchor ({exc})") from None
    try:
        data = json.loads(raw)
        entry_id, entry_hash = data["entry_id"], data["entry_hash"]
    except (ValueError, TypeError, KeyError, RecursionError):
        raise AnchorError(f'{path}: not an audit anchor (expected {{"entry_id": ..., "entry_hash": ...}})') from None
    valid_hash = isinstance(entry_hash, str) and len(entry_hash) == 64 and all(c in "0123456789abcdef" for c in entry_hash)
    if not isinstance(entry_id, int) or isinstance(entry_id, bool) or entry_id < 1 or not valid_hash:
        raise AnchorError(f"{path}: entry_id must be a positive integer and entry_hash 64 hex digits")
    return Anchor(entry_id, entry_hash)


def advance_anchor(path: Path, anchor: Anchor) -> bool:
    """Write ``anchor`` to ``path`` unless the file already names a newer entry (processes
    commit in one order and may get here in another). Atomic (a temporary file renamed) and
    serialised by a lock file beside it. Returns whether the file changed. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            current = read_anchor(path)
        except AnchorError:
            current = None  # a damaged anchor is replaced; verify reported it meanwhile
        if current is not None and current.entry_id >= anchor.entry_id:
            return False
        temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
        try:
            temporary.write_text(json.dumps(anchor.to_json()) + "\n", encoding="utf-8")
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
        return True


def keep_anchor(factory: sessionmaker[Session], path: Path) -> None:
    """After each commit of a session from ``factory`` that appended entries, advance the
    anchor in ``path``. A rollback forgets what was appended, so the anchor never names an
    entry that was not committed; a chain that no longer reaches the anchor leaves it where it
    is (``append``). A failed write is logged, not raised: the change it records is already
    committed, and the request that made it must still get its answer."""
    factory.configure(info={_ANCHOR_PATH: path})

    @event.listens_for(factory, "after_commit")
    def _anchor(session: Session) -> None:
        anchor = session.info.pop(_PENDING, None)
        if anchor is not None:
            try:
                advance_anchor(path, anchor)
            except Exception:  # noqa: BLE001 - see the docstring: the commit already happened
                log.exception("could not advance the audit anchor %s", path)

    @event.listens_for(factory, "after_soft_rollback")
    def _forget(session: Session, _previous) -> None:
        session.info.pop(_PENDING, None)


def entries(session: Session, *, actor: str | None = None, action: str | None = None,
            case_id: int | None = None, before: int | None = None, limit: int = 200) -> list[AuditEntry]:
    """Entries newest first, narrowed by actor, action (a name or its start: "login" finds
    "login" and "login.failed"), case and id (``before``: older than that entry), at most
    ``limit``."""
    query = select(AuditEntry)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action:
        query = query.where(AuditEntry.action.startswith(action, autoescape=True))
    if case_id is not None:
        query = query.where(AuditEntry.case_id == case_id)
    if before is not None:
        query = query.where(AuditEntry.id < before)
    return list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)))
