"""The PDQ index: every PDQ hash of every list, searched by Hamming distance with the
ThreatExchange library's ``PDQMultiHashIndex`` (faiss ``IndexBinaryMultiHash``, 16 tables of 16
bits). Multi-index hashing is exact, not approximate, at any distance it is asked for: two
hashes within distance d differ in at most d // 16 bits of some 16-bit chunk (pigeonhole), and
the index flips that many bits in each chunk of the query (``nflip``).

One index per process, built from the database on first use and rebuilt when the lists change
(``tipline.known.lists.signature``). ``bench/hashmatch.py`` measures it on a million hashes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from threatexchange.signal_type.pdq.pdq_faiss_matcher import PDQMultiHashIndex

from tipline.known.lists import signature
from tipline.store.tables import ListHash

DEFAULT_DISTANCE = 31  # Meta's PDQ paper: a confident match


@dataclass(frozen=True, slots=True)
class PdqHit:
    list_id: int
    value: str
    distance: int


class PdqIndex:
    """An immutable index of (PDQ hex, list id) pairs."""

    def __init__(self, entries: Iterable[tuple[str, int]]):
        pairs = list(entries)
        self._lists = [list_id for _value, list_id in pairs]
        self._index = PDQMultiHashIndex()
        if pairs:
            self._index.add((value for value, _ in pairs), range(len(pairs)))

    def __len__(self) -> int:
        return len(self._lists)

    def query(self, pdq: str, max_distance: int = DEFAULT_DISTANCE) -> list[PdqHit]:
        """Every entry within ``max_distance`` bits of ``pdq`` (64 hex characters), nearest
        first. Raises ValueError for a malformed hash or a distance outside 0 to 255."""
        if len(pdq) != 64:
            raise ValueError(f"a PDQ hash is 64 hex characters, not {len(pdq)}")
        if not 0 <= max_distance < 256:
            raise ValueError("max_distance must be 0 to 255")
        if not self._lists:
            return []
        found = self._index.search_with_distance_in_result([pdq.lower()], max_distance)
        hits = [PdqHit(self._lists[int(entry_id)], value, int(distance))
                for entry_id, value, distance in found[pdq.lower()]]
        return sorted(hits, key=lambda hit: (hit.distance, hit.list_id))


_cache: dict[str, tuple[tuple, PdqIndex]] = {}
_lock = threading.Lock()


def current(session: Session) -> PdqIndex:
    """This process's index over the database's lists, rebuilt if a list changed since."""
    key = str(session.get_bind().url)
    seen = signature(session)
    with _lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] == seen:
            return cached[1]
        rows = session.execute(select(ListHash.value, ListHash.list_id)
                               .where(ListHash.kind == "pdq")).all()
        index = PdqIndex((value, list_id) for value, list_id in rows)
        _cache[key] = (seen, index)
        return index
