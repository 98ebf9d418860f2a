"""Clusters: reports that share a strong identifier (issue 7, item 2; DESIGN.md stage "link").

The rules, pure and shared by the database path (``tipline.linking.service``) and the
benchmark (``bench/link.py``):

- **Strong** identifiers link on their own: a platform user id with its platform, an e-mail,
  a phone number, a username with its platform (confidence 1.0 in ``normalise``). Two reports
  with the same strong ``key`` (kind, platform, value) are in one cluster.
- **Weak** identifiers (a display name, a username without a platform, a URL that is not a
  profile, an IP address, an id without its platform) never link. Reports that share one's
  ``suggestion_key`` (kind and value, any platform) and are not yet in one cluster are
  *suggested* to an analyst, who may confirm the link.
- An analyst may **split** a link: an identifier that no longer links anywhere, or no longer
  for one report. A split is a standing decision, so the link does not come back when the next
  report arrives.

``ClusterIndex`` is the incremental core: union-find by report id with path halving, each
cluster named by its smallest report id (so a cluster keeps its name as later reports join).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from tipline.linking.normalise import Normalised

STRONG_CONFIDENCE = 1.0


def is_strong(identifier: Normalised) -> bool:
    """Whether the identifier links reports on its own (confidence 1.0; rule in the module
    docstring, from issue 7)."""
    return identifier.confidence >= STRONG_CONFIDENCE


def suggestion_key(identifier: Normalised) -> tuple[str, str]:
    """What weak matches compare: kind and value, whatever the platform (the same handle on
    two platforms, or one given without a platform, may be one person)."""
    return (identifier.kind, identifier.value)


class ClusterIndex:
    """Incremental clustering of reports by shared keys.

    ``add(report, keys)`` puts a report in, linked through every key in ``keys`` (hashable, in
    practice ``Normalised.key`` of its strong identifiers), and returns the report's cluster
    id. Cost per key is near constant (union by smaller id with path halving); memory is one
    dict entry per report and per distinct key.
    """

    __slots__ = ("_parent", "_first")

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}
        self._first: dict[Hashable, int] = {}  # key -> a report that has it

    def find(self, report: int) -> int:
        """The cluster id (smallest report id in the cluster). KeyError for an unknown report."""
        parent = self._parent
        while (up := parent[report]) != report:
            parent[report] = parent[up]
            report = parent[report]
        return report

    def union(self, a: int, b: int) -> int:
        """Join the clusters of reports ``a`` and ``b``; returns the joined cluster's id."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        low, high = (ra, rb) if ra < rb else (rb, ra)
        self._parent[high] = low
        return low

    def add(self, report: int, keys: Iterable[Hashable]) -> int:
        """Put ``report`` in (once) and link it through ``keys``; returns its cluster id."""
        self._parent.setdefault(report, report)
        root = self.find(report)
        first = self._first
        for key in keys:
            other = first.setdefault(key, report)
            if other != report:
                root = self.union(root, other)
        return root

    def __len__(self) -> int:
        return len(self._parent)

    def clusters(self, minimum: int = 2) -> dict[int, list[int]]:
        """Cluster id -> its report ids (ascending), for clusters of at least ``minimum``."""
        members: dict[int, list[int]] = {}
        for report in self._parent:
            members.setdefault(self.find(report), []).append(report)
        return {root: sorted(ids) for root, ids in members.items() if len(ids) >= minimum}


def components(reports: Iterable[int], edges: Iterable[Iterable[int]]) -> dict[int, int]:
    """Report id -> cluster id for ``reports`` joined by ``edges`` (each a group of report ids
    that share one link). Used to re-cluster after a split; pure."""
    index = ClusterIndex()
    for report in reports:
        index.add(report, ())
    for group in edges:
        group = list(group)
        for other in group[1:]:
            index.union(group[0], other)
    return {report: index.find(report) for report in index._parent}
