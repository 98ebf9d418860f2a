"""The analyst's work on cases: the queue, claiming, and the actions on a case (assign,
classify, message the reporter, refer to an agency, request preservation, escalate to a
supervisor, merge a duplicate into it, close with an outcome).

Plain functions over a session; the caller owns the transaction. Every object access goes
through ``visible_cases`` so that an agency officer sees only referrals to their agency.
Every change is audited in the same transaction, with its before and after.

One analyst works a case at a time: the actions that change a case need the actor to hold its
claim, except for supervisors and admins, who may act on any case (and assign it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from tipline import audit
from tipline.ops import metrics
from tipline.model import IncidentType
from tipline.store.tables import (
    Agency,
    Case,
    Outcome,
    PreservationRequest,
    Referral,
    Report,
    ReporterMessage,
    User,
)

STAFF_ROLES = ("analyst", "supervisor", "admin")
CASE_ROLES = STAFF_ROLES + ("agency_officer",)
LEADS = ("supervisor", "admin")  # may act on a case someone else holds, and assign cases

# Annotations an analyst may add when classifying: the CyberTipline's, where they fit a
# report about a child (DESIGN.md: Incident types).
ANNOTATIONS = ("sextortion", "financial_sextortion", "minor_to_minor", "viral", "generative_ai",
               "potential_meetup", "physical_danger", "self_harm")
# How a case ends (Outcome.outcome).
OUTCOMES = ("referred_to_police", "advice_given", "resolved_by_platform", "duplicate",
            "not_actionable", "no_further_action")
MAX_MESSAGE_CHARS = 2_000
MAX_NOTE_CHARS = 2_000
MAX_ACCOUNT_CHARS = 500
# Statuses a case can be in; "escalated" waits for a supervisor, "merged" points at the case
# it was merged into (its reporter's status page reads like "in review").
STATUSES = ("received", "in_review", "escalated", "referred", "merged", "closed")


class CaseActionError(ValueError):
    """An action that cannot be done as asked; the message says why, in the analyst's words.
    ``status`` is the HTTP status a console route answers with (409 conflict, 422 bad input)."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


class CaseNotFound(LookupError):
    """No such case, or not one this user may see (the two answer alike: 404)."""


def visible_cases(user: User) -> Select:
    """Cases ``user`` may see: all for hotline staff, referred ones for an agency officer."""
    query = select(Case)
    if user.role == "agency_officer":
        query = query.where(
            Case.id.in_(select(Referral.case_id).where(Referral.agency_id == user.agency_id))
        )
    elif user.role not in STAFF_ROLES:
        query = query.where(False)
    return query


def queue(session: Session, user: User | None, *, status: str | None = None,
          urgency: str | None = None, incident_type: str | None = None, country: str | None = None,
          assignee: str | None = None, limit: int = 500) -> list[Case]:
    """Cases in priority order (``tipline.triage.priority``): the open ones, or those with
    ``status``; narrowed by urgency, incident type, the child's country (ISO 3166 alpha-2) and
    assignee (a username, or ``"none"`` for unclaimed cases). ``user`` None means the command
    line, run by the operator on the server itself."""
    query = visible_cases(user) if user is not None else select(Case)
    if status:
        query = query.where(Case.status == status)
    else:
        query = query.where(Case.status.not_in(("closed", "merged")))
    if urgency:
        query = query.where(Case.urgency == urgency)
    if incident_type:
        query = query.where(Case.incident_type == incident_type)
    if country:
        query = query.where(Case.child_country == country.strip().upper()[:2])
    if assignee == "none":
        query = query.where(Case.assigned_to_id.is_(None))
    elif assignee:
        query = query.where(Case.assigned_to_id.in_(select(User.id).where(User.username == assignee)))
    return list(session.scalars(query.order_by(Case.priority, Case.id).limit(limit)))


# How long a case may wait for someone to claim it (issue 6: immediate 15 minutes, high 24
# hours); routine cases have no target.
WAIT_TARGETS = {"immediate": timedelta(minutes=15), "high": timedelta(hours=24)}


@dataclass(frozen=True, slots=True)
class Wait:
    """How long a case has waited since it was received, against its urgency's target.
    ``overdue`` only while nobody has claimed it."""

    waited: timedelta
    target: timedelta | None
    overdue: bool


def waiting(case: Case, now: datetime) -> Wait:
    waited = max(now - case.received_at, timedelta(0))
    target = WAIT_TARGETS.get(case.urgency)
    return Wait(waited, target, target is not None and case.assigned_to_id is None and waited > target)


def find_case(session: Session, user: User | None, case_code: str, *, for_update: bool = False) -> Case:
    """The case with ``case_code`` if ``user`` may see it; raises CaseNotFound otherwise.
    ``for_update`` locks its row until the transaction ends, so that two analysts claiming or
    changing it at once go one after the other (PostgreSQL; SQLite's writers already take the
    database's lock when the transaction begins)."""
    query = visible_cases(user) if user is not None else select(Case)
    query = query.where(Case.case_code == case_code.strip().upper())
    case = session.scalar(query.with_for_update(of=Case) if for_update else query)
    if case is None:
        raise CaseNotFound(case_code)
    return case


@dataclass(frozen=True, slots=True)
class ClaimResult:
    claimed: bool
    holder: str | None


def claim(session: Session, case: Case, user: User, now: datetime) -> ClaimResult:
    """One analyst works a case at a time: claim it unless someone else holds it."""
    if case.assigned_to_id not in (None, user.id):
        return ClaimResult(False, case.assigned_to.username if case.assigned_to else None)
    if case.assigned_to_id is None:
        waiting = case.status in ("received", "escalated")  # in the queue until this claim
        case.assigned_to_id = user.id
        case.status = "in_review" if case.status == "received" else case.status
        case.updated_at = now
        audit.append(session, actor=user.username, action="case.claimed", at=now,
                     case_id=case.id)
        if waiting:
            metrics.TIME_TO_CLAIM.labels(case.urgency).observe(
                max(0.0, (now - case.received_at).total_seconds()))
    return ClaimResult(True, user.username)


def _may_change(case: Case, user: User) -> None:
    if user.role not in STAFF_ROLES:
        raise CaseActionError("only hotline staff change cases", 403)
    if case.status in ("closed", "merged"):
        raise CaseActionError(f"this case is {case.status}", 409)
    if user.role in LEADS:
        return
    if case.assigned_to_id is None:
        raise CaseActionError("claim the case first: one analyst works a case at a time", 409)
    if case.assigned_to_id != user.id:
        holder = case.assigned_to.username if case.assigned_to else "someone else"
        raise CaseActionError(f"{holder} holds this case: ask them or a supervisor", 409)


def _text(value: str, what: str, limit: int, *, required: bool) -> str:
    value = value.replace("\x00", "").strip()
    if required and not value:
        raise CaseActionError(f"{what} is empty")
    if len(value) > limit:
        raise CaseActionError(f"{what} is {len(value):,} characters; at most {limit:,}")
    return value


def assign(session: Session, case: Case, actor: User, username: str, now: datetime) -> User:
    """Give ``case`` to the staff member ``username`` (supervisors and admins only). Returns
    the assignee. Raises CaseActionError (unknown, disabled or non-staff assignee)."""
    if actor.role not in LEADS:
        raise CaseActionError("only a supervisor or an admin assigns cases; analysts claim them", 403)
    _may_change(case, actor)
    assignee = session.scalar(select(User).where(User.username == username.strip()))
    if assignee is None or assignee.disabled or assignee.role not in STAFF_ROLES:
        raise CaseActionError(f"no active hotline staff account named {username.strip()[:64]!r}")
    before = case.assigned_to.username if case.assigned_to else None
    case.assigned_to_id = assignee.id
    case.status = "in_review" if case.status == "received" else case.status
    case.updated_at = now
    audit.append(session, actor=actor.username, action="case.assigned", at=now, case_id=case.id,
                 detail={"from": before, "to": assignee.username})
    return assignee


def classify(session: Session, case: Case, actor: User, incident_type: str,
             annotations: list[str], now: datetime) -> None:
    """Set the case's incident type (``IncidentType``) and annotations (``ANNOTATIONS``).
    Raises CaseActionError naming an unknown value."""
    _may_change(case, actor)
    if incident_type not in {t.value for t in IncidentType}:
        raise CaseActionError(f"unknown incident type {incident_type[:48]!r}")
    unknown = [a for a in annotations if a not in ANNOTATIONS]
    if unknown:
        raise CaseActionError(f"unknown annotation {unknown[0][:48]!r}")
    chosen = [a for a in ANNOTATIONS if a in annotations]  # one order, no repeats
    before = {"incident_type": case.incident_type, "annotations": list(case.annotations or [])}
    case.incident_type, case.annotations, case.updated_at = incident_type, chosen, now
    audit.append(session, actor=actor.username, action="case.classified", at=now, case_id=case.id,
                 detail={"before": before, "after": {"incident_type": incident_type, "annotations": chosen}})


def message_reporter(session: Session, case: Case, actor: User, text: str, now: datetime) -> ReporterMessage:
    """A message the reporter reads on the status page (by case code and PIN). Raises
    CaseActionError for an empty or over-long message (``MAX_MESSAGE_CHARS``)."""
    _may_change(case, actor)
    text = _text(text, "the message", MAX_MESSAGE_CHARS, required=True)
    message = ReporterMessage(case_id=case.id, direction="to_reporter", text=text, at=now)
    session.add(message)
    case.updated_at = now
    audit.append(session, actor=actor.username, action="case.reporter_messaged", at=now,
                 case_id=case.id, detail={"chars": len(text)})
    return message


def close(session: Session, case: Case, actor: User, outcome: str, note: str,
          tell_reporter: bool, now: datetime) -> Outcome:
    """Close ``case`` with an outcome (``OUTCOMES``) and a note; the reporter's status page
    then says the hotline has finished, and with ``tell_reporter`` shows the note as a message
    from the hotline. If the reporter adds information later, the case opens again
    (``feedback.add_information``). Raises CaseActionError."""
    _may_change(case, actor)
    if outcome not in OUTCOMES:
        raise CaseActionError(f"unknown outcome {outcome[:64]!r}")
    note = _text(note, "the note", MAX_NOTE_CHARS, required=False)
    if tell_reporter and not note:
        raise CaseActionError("write the note the reporter will read, or untick 'send the note'")
    row = Outcome(case_id=case.id, outcome=outcome, note=note, tell_reporter=tell_reporter, at=now)
    session.add(row)
    if tell_reporter:
        session.add(ReporterMessage(case_id=case.id, direction="to_reporter", text=note, at=now))
    before = case.status
    case.status, case.updated_at = "closed", now
    # The note is kept (encrypted) with the outcome; the audit entry, which stays in clear
    # for anyone to verify, says only that there is one.
    audit.append(session, actor=actor.username, action="case.closed", at=now, case_id=case.id,
                 reason="closed with a note" if note.strip() else "",
                 detail={"outcome": outcome, "status_before": before,
                                      "tell_reporter": tell_reporter})
    return row


def staff_names(session: Session) -> list[str]:
    """Usernames a case can be assigned to: active hotline staff."""
    return list(session.scalars(select(User.username).where(
        User.role.in_(STAFF_ROLES), User.disabled.is_(False)).order_by(User.username)))


def outcomes_of(session: Session, case: Case) -> list[Outcome]:
    return list(session.scalars(select(Outcome).where(Outcome.case_id == case.id).order_by(Outcome.id)))


def refer(session: Session, case: Case, actor: User, agency_id: str, basis: str, now: datetime) -> Referral:
    """Send ``case`` to an agency of the directory, with the basis (why this agency: the
    child's location, the suspect's, the platform's). The agency's officers then see it.
    Raises CaseActionError for an unknown agency, an empty basis or a repeat referral."""
    _may_change(case, actor)
    agency = session.get(Agency, agency_id.strip())
    if agency is None or not agency.active:
        raise CaseActionError(f"no agency {agency_id.strip()[:64]!r} in the directory")
    basis = _text(basis, "the basis", MAX_NOTE_CHARS, required=True)
    if session.scalar(select(Referral).where(Referral.case_id == case.id, Referral.agency_id == agency.id)):
        raise CaseActionError(f"already referred to {agency.name}", 409)
    referral = Referral(case_id=case.id, agency_id=agency.id, basis=basis, created_at=now)
    session.add(referral)
    before = case.status
    case.status, case.updated_at = "referred", now
    audit.append(session, actor=actor.username, action="case.referred", at=now, case_id=case.id,
                 reason=basis, detail={"agency": agency.id, "status_before": before})
    return referral


def request_preservation(session: Session, case: Case, actor: User, platform: str, account: str,
                         now: datetime, *, agency_id: str | None = None,
                         hotline: str = "Tipline hotline", contact: str = "") -> PreservationRequest:
    """Draft a letter asking a platform to keep its data about an account
    (``tipline.routing.preservation``); the letter cites the legal basis of ``agency_id``, or
    of the agency the case was last referred to, or of the first agency routing names.
    Sending it is recorded separately (``mark_preservation_sent``). Raises CaseActionError."""
    from tipline.routing import preservation
    from tipline.routing.route import route_case

    _may_change(case, actor)
    platform = _text(platform, "the platform", 64, required=True)
    account = _text(account, "the account", MAX_ACCOUNT_CHARS, required=True)
    on_behalf = agency_id is not None
    if agency_id is None:
        last = session.scalar(select(Referral.agency_id).where(Referral.case_id == case.id)
                              .order_by(Referral.id.desc()).limit(1))
        routed = route_case(session, case)["agencies"]
        on_behalf = last is not None  # a routed agency lends its legal basis, not its name
        agency_id = last or (routed[0]["id"] if routed else None)
    agency = session.get(Agency, agency_id) if agency_id else None
    if agency_id and agency is None:
        raise CaseActionError(f"no agency {agency_id[:64]!r} in the directory")
    try:
        request, _text_of_letter = preservation.draft(
            session, case, platform=platform, account=account, agency=agency, hotline=hotline,
            contact=contact, actor=actor.username, now=now, on_behalf=on_behalf)
    except preservation.PreservationError as error:
        raise CaseActionError(str(error), error.status) from None
    return request


def mark_preservation_sent(session: Session, case: Case, actor: User, request_id: int, via: str,
                           now: datetime) -> PreservationRequest:
    """Record that a drafted preservation letter was sent, and how. Raises CaseActionError
    (404 for a request of another case)."""
    from tipline.routing import preservation

    _may_change(case, actor)
    request = session.get(PreservationRequest, request_id)
    if request is None or request.case_id != case.id:
        raise CaseActionError("no such preservation request on this case", 404)
    try:
        preservation.mark_sent(session, request, via=via, actor=actor.username, now=now)
    except preservation.PreservationError as error:
        raise CaseActionError(str(error), error.status) from None
    return request


def escalate(session: Session, case: Case, actor: User, reason: str, now: datetime) -> None:
    """Hand ``case`` up to a supervisor, with the reason; it stays with its analyst until a
    supervisor assigns it. Raises CaseActionError (empty reason, already escalated)."""
    _may_change(case, actor)
    reason = _text(reason, "the reason", MAX_NOTE_CHARS, required=True)
    if case.status == "escalated":
        raise CaseActionError("already escalated", 409)
    before = case.status
    case.status, case.updated_at = "escalated", now
    audit.append(session, actor=actor.username, action="case.escalated", at=now, case_id=case.id,
                 reason=reason, detail={"status_before": before})


def merge(session: Session, case: Case, actor: User, duplicate_code: str, now: datetime) -> Case:
    """Merge the case ``duplicate_code`` into ``case``: its reports move here, the more urgent
    triage of the two stays, and the duplicate is marked merged (its reporter's code and PIN
    keep working). Both cases must be visible to ``actor`` and open. Returns the duplicate.
    Raises CaseActionError."""
    _may_change(case, actor)
    try:
        duplicate = find_case(session, actor, duplicate_code, for_update=True)
    except CaseNotFound:
        raise CaseActionError(f"no case {duplicate_code.strip()[:32]!r} that you may see") from None
    if duplicate.id == case.id:
        raise CaseActionError("a case cannot be merged into itself")
    _may_change(duplicate, actor)
    moved = list(session.scalars(select(Report).where(Report.case_id == duplicate.id)))
    for report in moved:
        report.case_id = case.id
    if duplicate.priority < case.priority:  # smaller sorts first: the duplicate was more urgent
        case.urgency, case.priority = duplicate.urgency, duplicate.priority
    case.urgency_reasons = sorted({*(case.urgency_reasons or []), *(duplicate.urgency_reasons or [])})
    if duplicate.risk_score > case.risk_score:
        case.risk, case.risk_score = duplicate.risk, duplicate.risk_score
    duplicate.status, duplicate.assigned_to_id = "merged", None
    session.add(Outcome(case_id=duplicate.id, outcome="duplicate", note=f"merged into {case.case_code}", at=now))
    case.updated_at = duplicate.updated_at = now
    for target in (case, duplicate):
        audit.append(session, actor=actor.username, action="case.merged", at=now, case_id=target.id,
                     detail={"into": case.case_code, "from": duplicate.case_code,
                             "reports": [r.id for r in moved]})
    session.expire(case, ["reports"])
    return duplicate


def check_may_change(case: Case, actor: User) -> None:
    """Raise CaseActionError unless ``actor`` may act on ``case`` now (open, and theirs or a
    lead's)."""
    _may_change(case, actor)


def agency_name(session: Session, agency_id: str) -> str:
    """The agency's name in the directory, or its id when it has none."""
    agency = session.get(Agency, agency_id)
    return agency.name if agency is not None else agency_id


def agencies(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the directory's agencies, for the refer form."""
    return [(a.id, a.name) for a in session.scalars(select(Agency).where(Agency.active.is_(True))
                                                    .order_by(Agency.country, Agency.name))]


REVEAL_MINUTES = 30  # how long a reveal of the child's details lasts for the person who made it
MIN_REASON_CHARS = 10


def visible_length(text: str) -> int:
    """Characters a reader sees: zero-width and direction marks (Unicode Cf) do not count."""
    import unicodedata

    return sum(1 for ch in text.strip() if unicodedata.category(ch) != "Cf" and not ch.isspace())


def reveal_child(session: Session, case: Case, actor: User, reason: str, now: datetime) -> None:
    """Record that ``actor`` reveals the child's details on ``case`` for ``REVEAL_MINUTES``,
    and why (at least ``MIN_REASON_CHARS`` characters: "need to call the child's school").
    Anyone who may see the case may reveal; the audit entry is the record. Raises
    CaseActionError for a missing reason."""
    if actor.role not in CASE_ROLES:
        raise CaseActionError("not allowed", 403)
    reason = _text(reason, "the reason", MAX_NOTE_CHARS, required=True)
    if visible_length(reason) < MIN_REASON_CHARS:
        raise CaseActionError(f"say why in at least {MIN_REASON_CHARS} characters: it goes in the audit log")
    audit.append(session, actor=actor.username, action="case.child_revealed", at=now, case_id=case.id,
                 reason=reason, detail={"minutes": REVEAL_MINUTES})


def revealed(session: Session, case: Case, user: User, now: datetime, action: str = "case.child_revealed",
             attachment_id: int | None = None) -> bool:
    """Whether ``user`` made a reveal (``action``: the child's details, or an image with
    ``attachment_id``) on ``case`` in the last ``REVEAL_MINUTES``; the audit entry is the
    record of it."""
    from tipline.store.tables import AuditEntry

    since = (now - timedelta(minutes=REVEAL_MINUTES)).replace(microsecond=0)
    for detail in session.scalars(select(AuditEntry.detail).where(
            AuditEntry.case_id == case.id, AuditEntry.actor == user.username,
            AuditEntry.action == action, AuditEntry.at >= since)):
        if attachment_id is None or (isinstance(detail, dict) and detail.get("attachment") == attachment_id):
            return True
    return False


def child_revealed(session: Session, case: Case, user: User, now: datetime) -> bool:
    """Whether ``user`` revealed the child's details on ``case`` in the last ``REVEAL_MINUTES``."""
    return revealed(session, case, user, now)


def linked_cases(session: Session, case: Case, user: User, limit: int = 50) -> list[dict]:
    """Other cases ``user`` may see in the same cluster as this case (``tipline.linking``:
    reports that share a strong identifier, directly or through other reports), with the
    identifiers they share with this case: ``[{"case_code", "status", "urgency", "cluster_id",
    "shared": [(kind, value, platform)]}]``, most urgent first. ``shared`` is empty when the
    link runs through a report the user may not see or a confirmed weak match."""
    from tipline.store.tables import IdentifierSighting

    clusters = {r.cluster_id for r in case.reports if r.cluster_id is not None}
    if not clusters:
        return []
    mine = {(kind, value, platform) for kind, value, platform in session.execute(
        select(IdentifierSighting.kind, IdentifierSighting.value, IdentifierSighting.platform)
        .join(Report).where(Report.case_id == case.id, IdentifierSighting.links.is_(True)))}
    visible = visible_cases(user).with_only_columns(Case.id).where(Case.id != case.id)
    found: dict[str, dict] = {}
    for other, cluster_id in session.execute(
            select(Case, Report.cluster_id).join(Report, Report.case_id == Case.id)
            .where(Report.cluster_id.in_(clusters), Case.id.in_(visible))):
        found.setdefault(other.case_code, {
            "case_code": other.case_code, "status": other.status, "urgency": other.urgency,
            "priority": other.priority, "cluster_id": cluster_id, "id": other.id, "shared": []})
    if found:
        ids = {entry["id"]: entry for entry in found.values()}
        for kind, value, platform, case_id in session.execute(
                select(IdentifierSighting.kind, IdentifierSighting.value,
                       IdentifierSighting.platform, Report.case_id).join(Report)
                .where(Report.case_id.in_(ids), IdentifierSighting.links.is_(True))):
            if (kind, value, platform) in mine and (kind, value, platform) not in ids[case_id]["shared"]:
                ids[case_id]["shared"].append((kind, value, platform))
    return sorted(found.values(), key=lambda e: (e["priority"], e["case_code"]))[:limit]


def referred_elsewhere(session: Session, case: Case) -> list[dict]:
    """The referrals of the other cases in this case's cluster: agency and case code, so that
    each agency working one offender knows the others' references (issue 7). Shown to every
    role that may see this case, agency officers included: it names a reference, not the other
    case's content. ``[{"case_code", "agency_id", "agency", "referred_at"}]``."""
    from tipline.linking.service import referrals_of

    clusters = {r.cluster_id for r in case.reports if r.cluster_id is not None}
    if not clusters:
        return []
    others = set(session.scalars(select(Report.case_id).where(Report.cluster_id.in_(clusters),
                                                               Report.case_id != case.id)))
    return referrals_of(session, others)
