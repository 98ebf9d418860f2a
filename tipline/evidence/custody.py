"""Custody events and evidence verification (database work in plain functions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tipline.evidence.blobs import BlobStore
from tipline.store.tables import Blob, CustodyEvent


def record(
    session: Session,
    *,
    sha256: str,
    actor: str,
    action: str,
    at: datetime,
    reason: str = "",
    attachment_id: int | None = None,
) -> CustodyEvent:
    """Add one custody event (``action``: store, read, verify) in the caller's transaction."""
    event = CustodyEvent(
        blob_sha256=sha256, attachment_id=attachment_id, actor=actor, action=action,
        reason=reason, at=at,
    )
    session.add(event)
    return event


def read_evidence(
    session: Session, blobs: BlobStore, *, sha256: str, actor: str, reason: str, at: datetime,
    attachment_id: int | None = None,
) -> bytes:
    """Read a sealed original and record who read it and why."""
    data = blobs.read(sha256)
    record(session, sha256=sha256, actor=actor, action="read", reason=reason, at=at,
           attachment_id=attachment_id)
    return data


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """``checked``: blobs re-hashed; ``mismatched``: expected SHA-256 of each blob whose bytes no
    longer match (or that is missing)."""

    checked: int
    mismatched: list[str]
    missing: list[str]


def verify_all(session: Session, blobs: BlobStore, *, actor: str, at: datetime) -> VerifyResult:
    """Re-hash every sealed blob the database knows, plus any stray file in the blob folder."""
    known = list(session.scalars(select(Blob.sha256).order_by(Blob.sha256)))
    names = sorted(set(known) | set(blobs.stored()))
    mismatched, missing = [], []
    for sha256 in names:
        try:
            actual = blobs.digest(sha256)
        except FileNotFoundError:
            missing.append(sha256)
            continue
        except ValueError:  # a stray file whose name is not a digest
            mismatched.append(sha256)
            continue
        if actual != sha256:
            mismatched.append(sha256)
        if sha256 in known:
            record(session, sha256=sha256, actor=actor, action="verify", at=at,
                   reason="ok" if actual == sha256 else f"mismatch: now {actual}")
    return VerifyResult(checked=len(names), mismatched=mismatched, missing=missing)


def verify_one(session: Session, blobs: BlobStore, *, sha256: str, actor: str, at: datetime,
               attachment_id: int | None = None) -> bool:
    """Re-hash one sealed original; record a custody event "verify" whose reason says whether
    it still matches its SHA-256. Returns whether it does (a missing file does not)."""
    try:
        ok = blobs.digest(sha256) == sha256
        reason = "matches its SHA-256" if ok else "DOES NOT match its SHA-256"
    except OSError:
        ok, reason = False, "MISSING from the blob store"
    except ValueError:  # encrypted, and its tag no longer checks: changed
        ok, reason = False, "DOES NOT match its SHA-256 (changed in the store)"
    record(session, sha256=sha256, actor=actor, action="verify", reason=reason, at=at,
           attachment_id=attachment_id)
    return ok
