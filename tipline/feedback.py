"""Feedback: the reporter sees a case's status and the hotline's messages by case code and PIN.

After ``Settings.pin_attempt_limit`` (10) wrong PINs the case is locked for status lookups;
the hotline can unlock it. Unknown codes and wrong PINs get the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from tipline import audit, receipts
from tipline.translate import N_
from tipline.store.tables import Case, ReporterMessage

# What the reporter is told for each internal status: plain words a child can read.
STATUS_WORDS = {
    "received": N_("We have your report. A person at the hotline will read it."),
    "in_review": N_("Someone at the hotline is looking at your report now."),
    "referred": N_("We have passed your report to the police team who can help."),
    "closed": N_("We have finished working on your report."),
}


class StatusNotFound(LookupError):
    """Unknown case code or wrong PIN (the two are not told apart)."""


class StatusLocked(PermissionError):
    """Too many wrong PINs for this case."""


@dataclass(frozen=True, slots=True)
class StatusView:
    case_code: str
    status: str
    explanation: str
    messages: list[dict]


def _open_case(session: Session, *, pin_key: bytes, case_code: str, pin: str,
               attempt_limit: int, now: datetime) -> Case:
    """The case behind a code and PIN, locked for update. Raises StatusNotFound or StatusLocked.

    Counts a wrong PIN against the case in the caller's transaction, which must commit even
    when this raises (see ``web.api``), so the count cannot be reset by failing requests.
    """
    code = receipts.normalise_case_code(case_code)
    # FOR UPDATE: parallel guesses queue behind each other, so the count cannot be raced.
    case = session.scalar(select(Case).where(Case.case_code == code).with_for_update())
    if case is None:
        raise StatusNotFound()
    if case.locked:
        raise StatusLocked()
    if not receipts.pin_matches(pin_key, code, pin.strip(), case.pin_hash):
        case.pin_failures += 1
        if case.pin_failures >= attempt_limit:
            case.locked = True
            audit.append(session, actor="reporter", action="status.locked", at=now,
                         case_id=case.id, reason=f"{case.pin_failures} wrong PINs")
        raise StatusNotFound()
    case.pin_failures = 0
    return case


def look_up(
    session: Session, *, pin_key: bytes, case_code: str, pin: str, attempt_limit: int,
    now: datetime,
) -> StatusView:
    """Status for a reporter. Raises StatusNotFound or StatusLocked (see ``_open_case``)."""
    case = _open_case(session, pin_key=pin_key, case_code=case_code, pin=pin,
                      attempt_limit=attempt_limit, now=now)
    messages = session.scalars(
        select(ReporterMessage).where(ReporterMessage.case_id == case.id)
        .order_by(ReporterMessage.id)
    )
    return StatusView(
        case_code=case.case_code, status=case.status,
        # "escalated" and "merged" are the hotline's business: to the reporter they read as
        # someone working on it.
        explanation=STATUS_WORDS.get(case.status, STATUS_WORDS["in_review"]),
        messages=[{"direction": m.direction, "text": m.text, "at": m.at.isoformat()}
                  for m in messages],
    )


MAX_ADDED_CHARS = 5_000


@dataclass(frozen=True, slots=True)
class Added:
    """What adding information did: the case's urgency after it, and the urgency reasons the
    new words added (``self_harm``, ``meeting_planned``...: the case was raised)."""

    urgency: str
    raised_reasons: tuple[str, ...]
    child_country: str | None = None


def add_information(
    session: Session, *, pin_key: bytes, case_code: str, pin: str, text: str,
    attempt_limit: int, now: datetime,
) -> Added:
    """The reporter adds to their report from the status page: the words are kept as a
    message from the reporter, audited, and triaged like the report's own account, so a
    self-harm statement or a meeting tomorrow makes the case immediate at once (SCHEMA.md
    urgency rules). A closed case opens again, back in the queue. ``text`` is cut to
    ``MAX_ADDED_CHARS``. Raises StatusNotFound,
    StatusLocked, or ValueError for empty text."""
    # Imported here: intake imports this module's neighbours, and triage is heavy to load.
    from tipline.intake.understand import assess_narrative, narrative_conversation
    from tipline.model import Urgency
    from tipline.triage import priority_text

    words = text.replace("\x00", "").strip()[:MAX_ADDED_CHARS]
    if not words:
        raise ValueError("nothing to add")
    case = _open_case(session, pin_key=pin_key, case_code=case_code, pin=pin,
                      attempt_limit=attempt_limit, now=now)
    session.add(ReporterMessage(case_id=case.id, direction="from_reporter", text=words, at=now))
    assessment = assess_narrative(narrative_conversation(words, now), child_age=case.child_age)
    new_reasons = tuple(str(r) for r in assessment.urgency_reasons
                        if str(r) not in (case.urgency_reasons or []))
    raised = Urgency(assessment.urgency).rank < Urgency(case.urgency).rank
    if raised or new_reasons:
        if raised:
            case.urgency = str(assessment.urgency)
        case.urgency_reasons = sorted({*(case.urgency_reasons or []), *new_reasons})
        case.priority = priority_text(case.urgency, case.risk_score, case.child_age,
                                      case.received_at.isoformat())
    case.updated_at = now
    reopened = case.status == "closed"
    if reopened:  # new words from the child are work again: back in the queue, unassigned
        case.status, case.assigned_to_id = "received", None
    audit.append(session, actor="reporter", action="case.reporter_added", at=now, case_id=case.id,
                 reason="the reporter added information on the status page",
                 detail={"chars": len(words), "urgency": case.urgency,
                         "raised_reasons": list(new_reasons), "reopened": reopened})
    return Added(urgency=case.urgency, raised_reasons=new_reasons, child_country=case.child_country)
