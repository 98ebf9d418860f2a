"""Hash sealed files after intake, where a worker does it (the PostgreSQL task queue).

Computing PDQ means decoding the whole image: a child's 25 MB photo takes a good part of a
second. With ``TIPLINE_TASK_QUEUE=procrastinate`` intake hands that to a worker and answers at
once: the files are recorded with ``blobs.hashed_at`` empty and the ``hash_files`` job
(``tipline.jobs.work``) hashes them, matches them against the hash lists and changes the
cases holding them as intake would have (``intake.service.raise_for_material``: a known file
marks the case ``known_material``; an image on no list, in a report of a material incident
type, ``new_material`` and high priority at least), with an audit entry per case. The
rematch sweep hashes any file whose job was lost, after ``GRACE`` (``hash_pending``). The
embedded default hashes at intake, in the request, as before.

Every file is taken under its blob lock and only while still unhashed, so a job and the
sweep (or two workers) hash it once; a file the purge deleted meanwhile is skipped.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select

from tipline import audit
from tipline.known import match as known_match
from tipline.known.hashing import ImageHashes, hashes_of, looks_like_image
from tipline.store.db import lock_blob, transaction
from tipline.store.tables import Attachment, Blob, Case, Report

GRACE = timedelta(minutes=2)  # a queued job's turn comes first; the sweep takes what is left
BATCH = 200  # files per sweep pass
log = logging.getLogger(__name__)


def digests_of(home, sha256: str, md5: str) -> ImageHashes:
    """The file's digests for matching: every one, with PDQ, for an image (read whole); the
    SHA-256 and MD5 sealing made for any other file (an exact digest is how a known video
    or archive is matched)."""
    if looks_like_image(home.blobs.head(sha256, 16)):
        return hashes_of(home.blobs.read(sha256), sha256=sha256, md5=md5)
    return ImageHashes(md5=md5, sha1=None, sha256=sha256)


def hash_files(home, now: datetime, sha256s: list[str]) -> int:
    """Hash and match each of these files still unhashed (the ``hash_files`` job); returns
    how many were hashed here."""
    done = 0
    for sha256 in dict.fromkeys(sha256s):
        done += _hash_one(home, sha256, now)
    return done


def hash_pending(home, now: datetime, *, grace: timedelta = GRACE) -> int:
    """Hash every file recorded unhashed more than ``grace`` ago (the rematch sweep: a job
    lost with a queue outage or a worker's crash); returns how many were hashed."""
    done, last = 0, ""
    while True:
        with transaction(home.sessions, write=False) as session:
            batch = list(session.scalars(
                select(Blob.sha256).where(Blob.hashed_at.is_(None), Blob.stored_at < now - grace,
                                          Blob.sha256 > last)
                .order_by(Blob.sha256).limit(BATCH)))
        for sha256 in batch:
            done += _hash_one(home, sha256, now)
        if len(batch) < BATCH:
            return done
        last = batch[-1]


def _hash_one(home, sha256: str, now: datetime) -> int:
    from tipline.intake.service import raise_for_material

    with transaction(home.sessions, write=False) as session:
        row = session.get(Blob, sha256)
        if row is None or row.hashed_at is not None:
            return 0
        md5 = row.md5
    try:
        hashes = digests_of(home, sha256, md5)  # outside the lock: it may take a second
    except FileNotFoundError:
        return 0  # purged since: nothing left to hash
    with transaction(home.sessions) as session:
        lock_blob(session, sha256)
        row = session.get(Blob, sha256)
        if row is None or row.hashed_at is not None:
            return 0  # purged, or hashed by another worker meanwhile
        row.sha1, row.pdq, row.pdq_quality = hashes.sha1, hashes.pdq, hashes.pdq_quality
        row.hashed_at = now
        verdict = known_match.judge(session, [hashes],
                                    max_distance=home.settings.pdq_match_distance, now=now)
        holders = session.execute(
            select(Case, Report.incident_type).join(Report, Report.case_id == Case.id)
            .join(Attachment, Attachment.report_id == Report.id)
            .where(Attachment.blob_sha256 == sha256).order_by(Case.id)
            .with_for_update(of=Case)).all()
        for case, incident_type in dict((c.id, (c, t)) for c, t in holders).values():
            before = (case.urgency, list(case.annotations or []))
            raise_for_material(case, incident_type, verdict)
            if (case.urgency, list(case.annotations or [])) != before:
                case.updated_at = now
            audit.append(session, actor="system", action="case.files_hashed", at=now,
                         case_id=case.id, detail={
                             "sha256": sha256, "known": verdict.known.get(sha256, []),
                             "new_image": sha256 in verdict.new_images,
                             "urgency": case.urgency})
    return 1
