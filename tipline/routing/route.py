"""Route a stored case: the jurisdiction of each child in its reports and the agencies that
serve it, from the directory in force (issue 7, item 3). Reads rows; the rules are in
``tipline.routing.jurisdiction``.

``route_case`` returns the decision as ``tipline route CASE --json`` prints it::

    {"case_code": "TL-...", "jurisdiction": "CA", "region": "CA-ON",
     "basis": "child_stated_location", "confidence": 0.9, "detail": "...",
     "agencies": [{"id": "ca-cybertip", "name": "...", "kind": "hotline", "formats": [...]}],
     "jurisdictions": [{"jurisdiction", "region", "basis", "confidence", "detail",
                        "agencies", "reports": [report ids]}],
     "directory_version": 3}

The first jurisdiction is the most confident; ``agencies`` lists every jurisdiction's agencies
(reports with children in several countries route to each).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from tipline.linking.collect import FORMAT_PLATFORMS
from tipline.routing import directory
from tipline.routing.jurisdiction import ChildPlace, SuspectTrace, agencies_for, decide
from tipline.store.tables import Case, IdentifierSighting, Report


def _ip_country(address: str) -> str | None:
    import ipaddress

    import iptocc  # offline, the regional internet registries' allocations (MIT/Apache-2.0)

    try:  # an IPv4 address written in IPv6 form is looked up as the IPv4 address it is
        parsed = ipaddress.ip_address(address)
        address = str(getattr(parsed, "ipv4_mapped", None) or parsed)
    except ValueError:
        return None
    return iptocc.country_code(address)


def _child_place(report: Report) -> ChildPlace:
    contact = report.contact or {}
    # Only a child reporting for themselves gives the child's own number as the contact.
    phone = contact.get("phone") if report.reporter_kind == "self" else None
    return ChildPlace(country=report.child_country, region=report.child_region,
                      phone=str(phone) if phone else None, ips=tuple(report.child_ips or ()))


def _suspect_trace(session, report: Report) -> SuspectTrace:
    phones, ips, platforms = [], [], []
    for kind, value, platform in session.execute(
            select(IdentifierSighting.kind, IdentifierSighting.value, IdentifierSighting.platform)
            .where(IdentifierSighting.report_id == report.id)):
        if kind == "phone":
            phones.append(value)
        elif kind == "ip":
            ips.append(value)
        if platform:
            platforms.append(platform)
    for conversation in report.conversations:
        platform = FORMAT_PLATFORMS.get(conversation.format.split("-")[0])
        if platform:
            platforms.append(platform)
    context = (report.platform_context or {}).get("context") or {}
    if isinstance(context, dict) and context.get("platform"):
        platforms.append(str(context["platform"]))
    return SuspectTrace(tuple(phones), tuple(ips), tuple(platforms))


def _agency_json(entry) -> dict:
    return {"id": entry.id, "name": entry.name, "kind": entry.kind, "formats": list(entry.formats)}


def route_case(session, case: Case, *,
               ip_country: Callable[[str], str | None] = _ip_country) -> dict:
    """The routing decision for ``case`` (shape in the module docstring). Each report's child
    is placed on its own; reports placed alike share one jurisdiction entry."""
    number, current = directory.current(session)
    groups: dict[tuple, dict] = {}
    for report in case.reports:
        decision = decide(_child_place(report), _suspect_trace(session, report),
                          ip_country=ip_country)
        key = (decision.country, decision.region)
        entry = groups.get(key)
        if entry is None or decision.confidence > entry["confidence"]:
            served = agencies_for(current.agencies, decision.country, decision.region)
            groups[key] = {
                "jurisdiction": decision.country, "region": decision.region,
                "basis": decision.basis, "confidence": decision.confidence,
                "detail": decision.detail, "agencies": [_agency_json(a) for a in served],
                "reports": (entry or {}).get("reports", []),
            }
        groups[key]["reports"].append(report.id)
    ordered = sorted(groups.values(), key=lambda g: (-g["confidence"], g["jurisdiction"] or "~"))
    # Several places for one child (another report's stated country) are kept; the unknown
    # place adds nothing once any report gave a country.
    if len(ordered) > 1:
        ordered = [g for g in ordered if g["jurisdiction"]] or ordered[:1]
    agencies, seen = [], set()
    for group in ordered:
        for agency in group["agencies"]:
            if agency["id"] not in seen:
                seen.add(agency["id"])
                agencies.append(agency)
    first = ordered[0]
    return {
        "case_code": case.case_code, "jurisdiction": first["jurisdiction"],
        "region": first["region"], "basis": first["basis"], "confidence": first["confidence"],
        "detail": first["detail"], "agencies": agencies, "jurisdictions": ordered,
        "directory_version": number,
    }


def basis_text(decision: dict) -> str:
    """One line for a referral's basis: ``CA (CA-ON): the country the report gives for the
    child, confidence 0.9``; several jurisdictions joined by "; "."""
    parts = []
    for group in decision["jurisdictions"]:
        place = group["jurisdiction"] or "unknown"
        if group["region"]:
            place += f" ({group['region']})"
        parts.append(f"{place}: {group['detail']}, confidence {group['confidence']}")
    return "; ".join(parts)
