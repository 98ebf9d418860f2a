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
from tipline.store.tables import Case, ReporterMessage

# What the reporter is told for each internal status: plain words a child can read.
STATUS_WORDS = {
    "received": "We have your report. A person at the hotline will read it.",
    "in_review": "Someone at the hotline is looking at your report now.",
    "referred": "We have passed your report to the police team who can help.",
    "closed": "We have finished working on your report.",
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


def look_up(
    session: Session, *, pin_key: bytes, case_code: str, pin: str, attempt_limit: int,
    now: datetime,
) -> StatusView:
    """Status for a reporter. Raises StatusNotFound or StatusLocked.

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
    messages = session.scalars(
        select(ReporterMessage).where(ReporterMessage.case_id == case.id)
        .order_by(ReporterMessage.id)
    )
    return StatusView(
        case_code=code, status=case.status,
        explanation=STATUS_WORDS.get(case.status, STATUS_WORDS["received"]),
        messages=[{"direction": m.direction, "text": m.text, "at": m.at.isoformat()}
                  for m in messages],
    )
