"""The analyst's work on cases: the queue, a case's page data and claiming.

Plain functions over a session; the caller owns the transaction. Every object access goes
through ``visible_cases`` so that an agency officer sees only referrals to their agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from tipline import audit
from tipline.store.tables import Case, Referral, User

STAFF_ROLES = ("analyst", "supervisor", "admin")
CASE_ROLES = STAFF_ROLES + ("agency_officer",)


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
          urgency: str | None = None, limit: int = 500) -> list[Case]:
    """Open cases in priority order (``tipline.triage.priority``); ``user`` None means
    the command line, run by the operator on the server itself."""
    query = visible_cases(user) if user is not None else select(Case)
    if status:
        query = query.where(Case.status == status)
    else:
        query = query.where(Case.status != "closed")
    if urgency:
        query = query.where(Case.urgency == urgency)
    return list(session.scalars(query.order_by(Case.priority, Case.id).limit(limit)))


def find_case(session: Session, user: User | None, case_code: str) -> Case:
    """The case with ``case_code`` if ``user`` may see it; raises CaseNotFound otherwise."""
    query = visible_cases(user) if user is not None else select(Case)
    case = session.scalar(query.where(Case.case_code == case_code.strip().upper()))
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
        case.assigned_to_id = user.id
        case.status = "in_review" if case.status == "received" else case.status
        case.updated_at = now
        audit.append(session, actor=user.username, action="case.claimed", at=now,
                     case_id=case.id)
    return ClaimResult(True, user.username)
