"""Match sealed files against the hash lists: exact digests by an indexed lookup, PDQ by the
faiss index (``tipline.known.index``); record each match as a KnownMatch.

The verdict feeds triage (``tipline.intake.service``): a known file is labelled with its list;
an image that matches no list, in a report about a child, raises the case to high priority at
least, since new material may mean a child is being abused now (issue 8).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from tipline.known.hashing import MIN_QUALITY, ImageHashes
from tipline.known.index import current
from tipline.store.tables import HashList, KnownMatch, ListHash


@dataclass
class MaterialVerdict:
    """``known``: SHA-256 of each matched file -> the labels it matched; ``new_images``:
    SHA-256 of each image that matched no list."""

    known: dict[str, list[str]] = field(default_factory=dict)
    new_images: list[str] = field(default_factory=list)


def find_matches(session: Session, hashes: ImageHashes, max_distance: int) -> list[dict]:
    """Matches of one file, as ``{"list_id", "label", "kind", "distance"}``, exact digests
    first, one per list (the nearest)."""
    exact = session.execute(
        select(ListHash.list_id, ListHash.kind, HashList.label)
        .join(HashList, HashList.id == ListHash.list_id)
        .where(tuple_(ListHash.kind, ListHash.value).in_(
            [("md5", hashes.md5), ("sha1", hashes.sha1), ("sha256", hashes.sha256)]))).all()
    found: dict[int, dict] = {}
    for list_id, kind, label in exact:
        found.setdefault(list_id, {"list_id": list_id, "label": label, "kind": kind,
                                   "distance": 0})
    if hashes.pdq and (hashes.pdq_quality or 0) >= MIN_QUALITY:
        hits = [hit for hit in current(session).query(hashes.pdq, max_distance)
                if hit.list_id not in found]
        labels = dict(session.execute(select(HashList.id, HashList.label).where(
            HashList.id.in_({hit.list_id for hit in hits}))).all()) if hits else {}
        for hit in hits:
            if hit.list_id in labels:  # a list removed since the index was built is skipped
                found.setdefault(hit.list_id, {"list_id": hit.list_id,
                                               "label": labels[hit.list_id], "kind": "pdq",
                                               "distance": hit.distance})
    return list(found.values())


def judge(session: Session, files: list[ImageHashes], *, max_distance: int,
          now: datetime) -> MaterialVerdict:
    """Match every file, record the matches (once per file and list), and say which files
    are known and which images are new."""
    verdict = MaterialVerdict()
    for hashes in files:
        matches = find_matches(session, hashes, max_distance)
        if matches:
            recorded = set(session.scalars(select(KnownMatch.list_id).where(
                KnownMatch.blob_sha256 == hashes.sha256)))
            for match in matches:
                if match["list_id"] not in recorded:
                    session.add(KnownMatch(blob_sha256=hashes.sha256, matched_at=now, **match))
            verdict.known[hashes.sha256] = sorted({m["label"] for m in matches})
        elif hashes.pdq is not None:
            verdict.new_images.append(hashes.sha256)
    return verdict


def matches_of(session: Session, sha256s: list[str]) -> dict[str, list[KnownMatch]]:
    """Recorded matches of these files, by SHA-256 (the case page)."""
    out: dict[str, list[KnownMatch]] = {}
    for match in session.scalars(select(KnownMatch).where(
            KnownMatch.blob_sha256.in_(sha256s)).order_by(KnownMatch.id)):
        out.setdefault(match.blob_sha256, []).append(match)
    return out
