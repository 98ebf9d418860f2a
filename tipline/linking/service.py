"""Linking in the database: sightings stored at intake, clusters kept up to date incrementally,
splits and confirmations recorded as standing decisions (issue 7, item 2).

Every function takes an open SQLAlchemy session inside the caller's transaction. The rules
live in ``tipline.linking.clusters``; this module only reads and writes rows.

Concurrency: on PostgreSQL a report takes a transaction-scoped advisory lock on each of its
strong keys (in sorted order, so two reports cannot deadlock) before it looks for other
reports with them; a concurrent report with a shared key waits until the first commits and
then sees it. SQLite writers are serialised by ``BEGIN IMMEDIATE`` already.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import String, bindparam, insert, select, text, tuple_, type_coerce, update

from tipline import audit
from tipline.linking.clusters import components, is_strong
from tipline.linking.collect import Sighting
from tipline.store.tables import (
    Case,
    IdentifierSighting,
    LinkDecision,
    Referral,
    Report,
)

SPLIT, CONFIRM = "split", "confirm"
MIN_REASON_CHARS = 10


class LinkError(ValueError):
    """A split or confirmation that cannot be made; the message says why."""


def _lock_keys(session, keys: Iterable[tuple[str, str, str]]) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    numbers = sorted({int.from_bytes(hashlib.sha256("\x1f".join(key).encode()).digest()[:8],
                                     "big", signed=True) for key in keys})
    if numbers:
        # One round trip; taken in ascending order, so two reports never wait on each other.
        session.execute(_LOCKS, {"keys": numbers})


# Built once (SQLAlchemy caches their compiled form): intake runs them for every report.
_LOCKS = text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS k "
              "ORDER BY k")
_SPLITS = select(LinkDecision.kind, LinkDecision.platform, LinkDecision.value,
                 LinkDecision.report_id).where(
    LinkDecision.decision == SPLIT,
    LinkDecision.value_key.in_(bindparam("values", expanding=True)))
_HOLDERS = select(Report.cluster_id, IdentifierSighting.kind, IdentifierSighting.platform,
                  IdentifierSighting.value).join(
    IdentifierSighting, IdentifierSighting.report_id == Report.id).where(
    IdentifierSighting.links.is_(True),
    IdentifierSighting.kind.in_(bindparam("kinds", expanding=True)),
    IdentifierSighting.value_key.in_(bindparam("values", expanding=True)),
    Report.cluster_id.is_not(None))


def _split_keys(session, keys: set[tuple[str, str, str]], report_id: int) -> set[tuple[str, str, str]]:
    """Of ``keys``, those an analyst split everywhere, or for this report (a rebuild reads
    old reports again)."""
    if not keys:
        return set()
    rows = session.execute(_SPLITS, {"values": sorted({value for _, _, value in keys})})
    return {(kind, platform, value) for kind, platform, value, only in rows
            if only is None or only == report_id} & keys


def link_report(session, report: Report, sightings: list[Sighting]) -> int:
    """Store the report's sightings and join it to every cluster one of its strong identifiers
    reaches; returns its cluster id (the smallest report id in the cluster). The report row
    must be flushed (it needs its id)."""
    keyed = [(s, (s.identifier.kind, s.identifier.platform or "", s.identifier.value))
             for s in sightings]
    strong = {key for s, key in keyed if is_strong(s.identifier)}
    with session.no_autoflush:  # the caller's pending rows need not be written to look up
        return _link(session, report, keyed, strong)


def _link(session, report: Report, keyed: list, strong: set) -> int:
    _lock_keys(session, strong)
    split = _split_keys(session, strong, report.id)
    linking = strong - split
    clusters = set()
    if linking:
        # Kind and value select through the (kind, value) index; the exact key is checked here.
        rows = session.execute(_HOLDERS, {"kinds": sorted({k for k, _, _ in linking}),
                                          "values": sorted({v for _, _, v in linking})})
        clusters = {cluster for cluster, *key in rows if tuple(key) in linking}
    cluster_id = min(clusters | {report.id})
    if clusters - {cluster_id}:
        session.execute(update(Report).where(Report.cluster_id.in_(clusters - {cluster_id}))
                        .values(cluster_id=cluster_id))
    report.cluster_id = cluster_id
    if keyed:
        # One executemany, not an ORM object per sighting.
        session.execute(insert(IdentifierSighting), [
            {"report_id": report.id, "kind": key[0], "platform": key[1], "value": key[2],
             "value_key": key[2],
             "confidence": sighting.identifier.confidence, "strong": key in strong,
             "links": key in linking, "origin": sighting.origin, "raw": sighting.raw}
            for sighting, key in keyed])
    return cluster_id


# ---- reading clusters ---------------------------------------------------------------------

@dataclass
class SharedIdentifier:
    """An identifier that links reports of a cluster, and which of them have it."""

    kind: str
    platform: str | None
    value: str
    report_ids: list[int]


@dataclass
class ClusterView:
    """One cluster as the console and ``tipline clusters --json`` show it."""

    id: int
    reports: list[dict] = field(default_factory=list)  # report_id, case_code, received_at, ...
    countries: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    shared: list[SharedIdentifier] = field(default_factory=list)
    confirmed: list[dict] = field(default_factory=list)
    referrals: list[dict] = field(default_factory=list)  # case_code, agency_id, agency

    def as_json(self) -> dict:
        return {
            "id": self.id, "reports": self.reports, "countries": self.countries,
            "platforms": self.platforms,
            "shared_identifiers": [
                {"kind": s.kind, "platform": s.platform, "value": s.value,
                 "reports": s.report_ids} for s in self.shared],
            "confirmed_links": self.confirmed, "referrals": self.referrals,
        }


def cluster_ids(session, *, minimum: int = 2) -> list[int]:
    """Ids of the clusters with at least ``minimum`` reports, newest activity first."""
    from sqlalchemy import func

    rows = session.execute(
        select(Report.cluster_id, func.count(Report.id), func.max(Report.id))
        .where(Report.cluster_id.is_not(None)).group_by(Report.cluster_id)
        .having(func.count(Report.id) >= minimum).order_by(func.max(Report.id).desc())
    ).all()
    return [row[0] for row in rows]


def cluster_view(session, cluster_id: int) -> ClusterView | None:
    """The cluster with its reports, countries, platforms, the identifiers its reports share,
    the confirmations that join it, and the referrals of its cases. None when unknown."""
    reports = session.scalars(select(Report).where(Report.cluster_id == cluster_id)
                              .order_by(Report.id)).all()
    if not reports:
        return None
    ids = [r.id for r in reports]
    view = ClusterView(id=cluster_id)
    sightings = session.scalars(select(IdentifierSighting)
                                .where(IdentifierSighting.report_id.in_(ids))).all()
    by_key: dict[tuple, set[int]] = defaultdict(set)
    platforms = set()
    for s in sightings:
        if s.platform:
            platforms.add(s.platform)
        if s.links:
            by_key[(s.kind, s.platform, s.value)].add(s.report_id)
    for (kind, platform, value), members in sorted(by_key.items()):
        if len(members) > 1:
            view.shared.append(SharedIdentifier(kind, platform or None, value, sorted(members)))
    for r in reports:
        view.reports.append({
            "report_id": r.id, "case_code": r.case.case_code, "case_status": r.case.status,
            "urgency": r.case.urgency, "received_at": r.received_at.isoformat(),
            "child_country": r.child_country, "submitted_via": r.submitted_via,
        })
    view.countries = sorted({r.child_country for r in reports if r.child_country})
    view.platforms = sorted(platforms)
    for decision in _confirmations(session, ids):
        view.confirmed.append({"kind": decision.kind, "value": decision.value,
                               "reports": decision.report_ids, "by": decision.actor,
                               "at": decision.at.isoformat(), "reason": decision.reason})
    view.referrals = referrals_of(session, {r.case_id for r in reports})
    return view


def referrals_of(session, case_ids: set[int]) -> list[dict]:
    """The referrals of these cases: case code, agency id and name, when (for telling each
    agency the others' references, issue 7 item 2)."""
    from tipline.store.tables import Agency

    rows = session.execute(
        select(Case.case_code, Referral.agency_id, Agency.name, Referral.created_at)
        .join(Referral, Referral.case_id == Case.id).join(Agency, Agency.id == Referral.agency_id)
        .where(Case.id.in_(case_ids)).order_by(Referral.created_at)
    ).all()
    return [{"case_code": code, "agency_id": agency_id, "agency": name,
             "referred_at": at.isoformat()} for code, agency_id, name, at in rows]


def _confirmations(session, report_ids: list[int]) -> list[LinkDecision]:
    wanted = set(report_ids)
    return [d for d in session.scalars(select(LinkDecision)
                                       .where(LinkDecision.decision == CONFIRM)).all()
            if wanted & set(d.report_ids)]


@dataclass
class Suggestion:
    """Reports in different clusters that share a weak identifier (or one handle on two
    platforms): for an analyst to confirm or leave."""

    kind: str
    value: str
    platforms: list[str]
    reports: list[dict]  # report_id, case_code, cluster_id
    confidence: float

    def as_json(self) -> dict:
        return {"kind": self.kind, "value": self.value, "platforms": self.platforms,
                "reports": self.reports, "confidence": self.confidence}


def suggestions(session, *, report_ids: set[int] | None = None, limit: int = 200) -> list[Suggestion]:
    """Weak matches across clusters, strongest first (``report_ids``: only those touching
    these reports). A match is (kind, value) shared by reports in at least two clusters
    where at least one side is weak or the platforms differ."""
    from sqlalchemy import func

    # Values are encrypted: they are grouped and matched by their blind index (the keyed
    # hash), read back as stored (not hashed again) through ``stored_key``.
    stored_key = type_coerce(IdentifierSighting.value_key, String)
    pairs = select(IdentifierSighting.kind, stored_key) \
        .group_by(IdentifierSighting.kind, stored_key) \
        .having(func.count(func.distinct(IdentifierSighting.report_id)) > 1)
    if report_ids is not None:
        pairs = pairs.where(stored_key.in_(
            select(stored_key).where(IdentifierSighting.report_id.in_(report_ids))))
    wanted = [tuple(pair) for pair in session.execute(pairs.limit(limit * 5))]
    if not wanted:
        return []
    # Every sighting of those pairs in one query, not one query per pair.
    grouped: dict[tuple, list] = defaultdict(list)
    for row in session.execute(
            select(IdentifierSighting, Report.cluster_id, Case.case_code)
            .join(Report, Report.id == IdentifierSighting.report_id)
            .join(Case, Case.id == Report.case_id)
            .where(tuple_(IdentifierSighting.kind, stored_key).in_(wanted))
            .order_by(IdentifierSighting.report_id)):
        grouped[(row[0].kind, row[0].value)].append(row)
    out = []
    for (kind, value), rows in grouped.items():
        # A strong sighting that does not link was split by an analyst: not suggested again.
        rows = [row for row in rows if row[0].links or not row[0].strong]
        clusters = {cluster for _, cluster, _ in rows}
        if len(clusters) < 2:
            continue
        reports = {}
        for sighting, cluster, code in rows:
            reports.setdefault(sighting.report_id, {"report_id": sighting.report_id,
                                                    "case_code": code, "cluster_id": cluster})
        out.append(Suggestion(
            kind, value, sorted({s.platform for s, _, _ in rows if s.platform}),
            list(reports.values()), max(s.confidence for s, _, _ in rows if not s.links)
            if any(not s.links for s, _, _ in rows) else 1.0,
        ))
    out.sort(key=lambda s: (-s.confidence, s.kind, s.value))
    return out[:limit]


# ---- analysts' decisions ------------------------------------------------------------------

def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if sum(ch.isprintable() and not ch.isspace() for ch in reason) < MIN_REASON_CHARS:
        raise LinkError(f"give a reason of at least {MIN_REASON_CHARS} characters")
    return reason[:1000]


def canonical_value(session, cluster_id: int, kind: str, platform: str | None, value: str) -> str:
    """``value`` as the cluster shows it: normalised for ``kind`` (a phone number read in each
    country of the cluster's children until one fits); as given when nothing reads it."""
    from tipline.linking.normalise import normalise

    regions = [None] + sorted(set(session.scalars(select(Report.child_country).where(
        Report.cluster_id == cluster_id, Report.child_country.is_not(None)))))
    for region in regions:
        found = normalise(kind, value, platform, region=region)
        if found is not None:
            return found.value
    return value


def split(session, *, cluster_id: int, kind: str, platform: str | None, value: str,
          report_id: int | None, actor: str, reason: str, now: datetime) -> list[int]:
    """Take a shared identifier out of linking: everywhere (``report_id`` None) or only for
    that report. Re-clusters the reports of ``cluster_id`` and returns the clusters it became.
    Audited once per case whose cluster changed. Raises LinkError when the identifier does not
    link reports of that cluster, or the reason is missing."""
    reason = _reason(reason)
    from tipline.linking.normalise import platform_name

    platform = platform_name(platform) or ""
    value = canonical_value(session, cluster_id, kind, platform or None, value)
    members = set(session.scalars(select(Report.id).where(Report.cluster_id == cluster_id)))
    rows = session.scalars(select(IdentifierSighting).where(
        IdentifierSighting.report_id.in_(members), IdentifierSighting.kind == kind,
        IdentifierSighting.platform == platform, IdentifierSighting.value_key == value,
        IdentifierSighting.links.is_(True))).all()
    if not rows or (report_id is not None and report_id not in {r.report_id for r in rows}):
        raise LinkError("that identifier does not link reports of this cluster")
    session.add(LinkDecision(decision=SPLIT, kind=kind, platform=platform, value=value,
                             report_id=report_id, report_ids=sorted(members), reason=reason,
                             actor=actor, at=now))
    stmt = update(IdentifierSighting).where(
        IdentifierSighting.kind == kind, IdentifierSighting.platform == platform,
        IdentifierSighting.value_key == value)
    if report_id is not None:
        stmt = stmt.where(IdentifierSighting.report_id == report_id)
        # A report taken out is also taken out of the confirmations that held it in.
        _withdraw_confirmations(session, report_id)
    session.execute(stmt.values(links=False))
    return _recluster(session, members, action="link.split", actor=actor, now=now,
                      detail={"identifier": _audited(session, kind, value, platform or None),
                              "report_id": report_id, "reason": reason})


def _audited(session, kind: str, value: str, platform: str | None) -> dict:
    """An identifier as the audit log keeps it: its kind and platform, and its blind index
    (``tipline.crypto``) instead of the value, which stays encrypted in the link decision."""
    from tipline.crypto.columns import keyring_for

    return {"kind": kind, "platform": platform,
            "value_key": keyring_for(session.get_bind().dialect).blind("identifier", value)}


def _withdraw_confirmations(session, report_id: int) -> None:
    for decision in _confirmations(session, [report_id]):
        decision.report_ids = [r for r in decision.report_ids if r != report_id]


def confirm(session, *, report_ids: list[int], kind: str, value: str, actor: str, reason: str,
            now: datetime) -> int:
    """Confirm a suggested link: the reports (at least two, each with a sighting of ``kind``
    and ``value``) become one cluster. Returns its id; audited per case. Raises LinkError."""
    reason = _reason(reason)
    wanted = sorted(set(report_ids))
    have = set(session.scalars(select(IdentifierSighting.report_id).where(
        IdentifierSighting.kind == kind, IdentifierSighting.value_key == value,
        IdentifierSighting.report_id.in_(wanted))))
    if len(wanted) < 2 or have != set(wanted):
        raise LinkError("a confirmation needs at least two reports that each have this "
                        "identifier")
    session.add(LinkDecision(decision=CONFIRM, kind=kind, platform="", value=value,
                             report_ids=wanted, reason=reason, actor=actor, at=now))
    clusters = set(session.scalars(select(Report.cluster_id).where(Report.id.in_(wanted))))
    members = set(session.scalars(select(Report.id).where(Report.cluster_id.in_(clusters))))
    session.flush()
    result = _recluster(session, members, action="link.confirm", actor=actor, now=now,
                        detail={"identifier": _audited(session, kind, value, None),
                                "reports": wanted, "reason": reason})
    return result[0]


def _recluster(session, members: set[int], *, action: str, actor: str, now: datetime,
               detail: dict) -> list[int]:
    """Recompute clusters over ``members`` from their linking sightings and confirmations;
    write the new cluster ids; audit each case whose cluster changed."""
    sightings = session.execute(select(IdentifierSighting.report_id, IdentifierSighting.kind,
                                       IdentifierSighting.platform, IdentifierSighting.value)
                                .where(IdentifierSighting.report_id.in_(members),
                                       IdentifierSighting.links.is_(True))).all()
    groups: dict[tuple, list[int]] = defaultdict(list)
    for report_id, kind, platform, value in sightings:
        groups[(kind, platform, value)].append(report_id)
    edges = list(groups.values())
    edges += [[r for r in d.report_ids if r in members] for d in _confirmations(session, list(members))]
    assignment = components(members, edges)
    changed = []
    for report in session.scalars(select(Report).where(Report.id.in_(members))).all():
        if report.cluster_id != assignment[report.id]:
            changed.append((report.case_id, report.cluster_id, assignment[report.id]))
            report.cluster_id = assignment[report.id]
    session.flush()
    for case_id, before, after in changed:
        audit.append(session, actor=actor, action=action, at=now, case_id=case_id,
                     reason=detail.get("reason", ""),
                     detail={**detail, "cluster_before": before, "cluster_after": after})
    return sorted(set(assignment.values()))


# ---- reports received before linking existed -----------------------------------------------

def sightings_from_row(report: Report) -> list[Sighting]:
    """The sightings of a stored report, read again from its rows (what intake computes from
    the request): for ``rebuild``."""
    from tipline.linking.collect import ChatForLinking, report_identifiers

    record = report.platform_context or {}
    verified = record.get("context") if record.get("status") == "verified" else None
    contact = report.contact or {}
    return report_identifiers(
        stated=[(i.kind, i.value, i.platform) for i in report.identifiers],
        platform_context=verified if isinstance(verified, dict) else None,
        about=report.about or "",
        chats=[ChatForLinking(c.format, c.child_participant,
                              ((m.sender, m.text) for m in c.messages))
               for c in report.conversations if c.attachment_id is not None],
        region=report.child_country,
        reporter_contact=[str(contact.get("email") or ""), str(contact.get("phone") or "")],
        child_names=[report.child_name_in_chat or ""],
    )


def rebuild(session, *, actor: str, now: datetime) -> int:
    """Read every report again and re-link them all, in the order received, keeping the
    analysts' decisions (splits and confirmations). Returns the number of clusters of two
    or more; one audit entry. For reports received before linking existed, or after the
    rules change."""
    from sqlalchemy import delete

    session.execute(delete(IdentifierSighting))
    session.execute(update(Report).values(cluster_id=None))
    session.flush()
    ids = list(session.scalars(select(Report.id).order_by(Report.id)))
    for start in range(0, len(ids), 500):
        for report in session.scalars(select(Report).where(Report.id.in_(ids[start:start + 500]))
                                      .order_by(Report.id)).all():
            link_report(session, report, sightings_from_row(report))
        session.flush()
        session.expunge_all()
    for decision in session.scalars(select(LinkDecision)
                                    .where(LinkDecision.decision == CONFIRM)).all():
        clusters = set(session.scalars(select(Report.cluster_id)
                                       .where(Report.id.in_(decision.report_ids))))
        if len(clusters) > 1:
            session.execute(update(Report).where(Report.cluster_id.in_(clusters))
                            .values(cluster_id=min(clusters)))
    count = len(cluster_ids(session))
    audit.append(session, actor=actor, action="links.rebuilt", at=now,
                 detail={"reports": len(ids), "clusters": count})
    return count
