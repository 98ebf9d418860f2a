"""Match files sealed before a hash list was loaded against it: a list loaded today marks
last month's cases too.

A list is pending until matched since it was last loaded (``hash_lists.rematched_at`` is
cleared by every load). The sweep (``tipline.jobs.work.rematch_sweep``) takes each pending list,
looks every recorded file up (exact digests by an indexed join, PDQ through the index), and
for each new match records it, marks the cases holding the file ``known_material`` and
writes an audit entry per case.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, select

from tipline import audit
from tipline.known.hashing import MIN_QUALITY
from tipline.known.index import current
from tipline.store.db import transaction
from tipline.store.tables import Attachment, Blob, Case, HashList, KnownMatch, ListHash, Report

BATCH = 2_000  # files read per query


def rematch_pending(home, now: datetime, *, max_distance: int | None = None) -> dict[str, int]:
    """Match every recorded file against each pending list; returns new matches per list
    name. A list reloaded while this runs is left for the next sweep."""
    distance = home.settings.pdq_match_distance if max_distance is None else max_distance
    found: dict[str, int] = {}
    with transaction(home.sessions, write=False) as session:
        pending = [(row.id, row.name, row.label, row.loaded_at) for row in session.scalars(
            select(HashList).where(HashList.rematched_at.is_(None)).order_by(HashList.id))]
    for list_id, name, label, loaded_at in pending:
        with transaction(home.sessions) as session:
            row = session.get(HashList, list_id, with_for_update=True)
            if row is None or row.loaded_at != loaded_at:
                continue  # removed or reloaded meanwhile: the next sweep takes it
            matches = _matches(session, list_id, distance)
            found[name] = _record(session, list_id, label, matches, now)
            row.rematched_at = now
    return found


def _matches(session, list_id: int, distance: int) -> dict[str, tuple[str, int]]:
    """SHA-256 of each recorded file on the list -> (kind, distance), exact digests first."""
    out: dict[str, tuple[str, int]] = {}
    for kind, column in (("sha256", Blob.sha256), ("md5", Blob.md5), ("sha1", Blob.sha1)):
        for sha256 in session.scalars(select(Blob.sha256).join(ListHash, and_(
                ListHash.list_id == list_id, ListHash.kind == kind,
                ListHash.value == column))):
            out.setdefault(sha256, (kind, 0))
    index = current(session)
    last = ""
    while True:
        rows = session.execute(
            select(Blob.sha256, Blob.pdq).where(Blob.pdq.is_not(None),
                                                Blob.pdq_quality >= MIN_QUALITY,
                                                Blob.sha256 > last)
            .order_by(Blob.sha256).limit(BATCH)).all()
        for sha256, pdq in rows:
            hit = next((h for h in index.query(pdq, distance) if h.list_id == list_id), None)
            if hit is not None:
                out.setdefault(sha256, ("pdq", hit.distance))
        if len(rows) < BATCH:
            return out
        last = rows[-1][0]


def _record(session, list_id: int, label: str, matches: dict[str, tuple[str, int]],
            now: datetime) -> int:
    recorded = set(session.scalars(select(KnownMatch.blob_sha256).where(
        KnownMatch.list_id == list_id)))
    new = {sha: found for sha, found in matches.items() if sha not in recorded}
    for sha256, (kind, distance) in sorted(new.items()):
        session.add(KnownMatch(blob_sha256=sha256, list_id=list_id, kind=kind,
                               distance=distance, label=label, matched_at=now))
    if not new:
        return 0
    case_ids = set(session.scalars(select(Report.case_id).join(
        Attachment, Attachment.report_id == Report.id).where(
        Attachment.blob_sha256.in_(list(new)))))
    cases = session.scalars(select(Case).where(Case.id.in_(case_ids)).order_by(Case.id)
                            .with_for_update()).all()
    for case in cases:
        if "known_material" not in (case.annotations or []):
            case.annotations = [*(case.annotations or []), "known_material"]
            case.updated_at = now
        audit.append(session, actor="system", action="case.known_material", at=now,
                     case_id=case.id, reason=f"a sealed file is on the hash list {label!r}, "
                                             "loaded after the report came in",
                     detail={"list_id": list_id})
    return len(new)
