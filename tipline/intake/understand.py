"""Understand and triage a report's content: parse attached chat exports, assess each one and
the reporter's own words, and combine them into the case's risk and urgency.

Pure apart from reading the sealed blob files it is given.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from tipline.chats import ParseError, parse_path
from tipline.intake.media import Member, media_members
from tipline.intake.schemas import ReportCreate
from tipline.linking.collect import ChatForLinking, Sighting, report_identifiers
from tipline.model import (
    CHILD_SIGNALS,
    Conversation,
    IndicatorCategory,
    Risk,
    Message,
    RiskAssessment,
    Urgency,
    UrgencyReason,
)
from tipline.triage import RISK_THRESHOLD, assess
from tipline.triage.assess import CHILD_NOT_IN_TEXT
from tipline.triage.child import infer_child
from tipline.triage.indicators import scan_conversation, scan_message
from tipline.triage.patterns_reported import REPORTED_PATTERNS
from tipline.triage.text import MAX_SCAN_CHARS, fold
from tipline.triage.urgency import urgency_for

# Files that are evidence but never chat exports: sealed, not parsed (magic numbers).
_MEDIA_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"%PDF", b"\x00\x00\x00")
NARRATIVE_SENDER = "reporter's account"
logger = logging.getLogger("tipline.intake")


@dataclass(frozen=True, slots=True)
class UnderstoodConversation:
    """One conversation with its assessment; ``file_index`` is the attachment it came from
    (None for the reporter's own words) and ``child`` the participant taken to be the child."""

    file_index: int | None
    conversation: Conversation
    child: str | None
    assessment: RiskAssessment
    media: tuple[Member, ...] = ()  # files of an archive export its messages point to


@dataclass
class Understood:
    conversations: list[UnderstoodConversation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    risk: str = "benign"
    score: float = 0.0
    urgency: str = "routine"
    urgency_reasons: list[str] = field(default_factory=list)


def _looks_like_media(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4).startswith(_MEDIA_MAGIC)


def narrative_conversation(about: str, received_at: datetime) -> Conversation:
    """The reporter's own account as a one-message conversation, so that triage can read it
    (meeting times in it resolve against the time the report was received)."""
    return Conversation(
        format="narrative",
        messages=(Message(sender=NARRATIVE_SENDER, sent_at=received_at.replace(tzinfo=None)
                          .isoformat(timespec="seconds"), text=about, source={"field": "about"}),),
    )


def understand_report(
    report: ReportCreate, files: list[tuple[str, Path]], *, received_at: datetime,
    max_media_bytes: int = 25 * 1024 * 1024, given: dict[int, Conversation] | None = None,
    escalation: str | None = None,
) -> Understood:
    """Parse every attached chat export and triage it and the report's ``about`` text.

    ``files`` are (the reporter's file name, path of the sealed blob). A file that is not a chat
    export we can read stays sealed evidence and adds a warning naming it. Media inside an
    archive export (each at most ``max_media_bytes``) are read out to be sealed on their own.
    ``given`` maps a file's index to its Conversation when the sender already gave it
    structured (the platform API's chat content), so it is not parsed. ``escalation``: the
    platform asked for high priority, with this reason: the case is high at least.
    """
    out = Understood()
    hint = report.child.name_in_chat
    given = given or {}
    for index, (filename, path) in enumerate(files):
        if index not in given and _looks_like_media(path):
            continue
        try:
            conversation = given[index] if index in given else parse_path(path)
        except ParseError as error:
            # The parser names the sealed blob's path; the reporter knows the file's name.
            reason = str(error).replace(str(path), filename).replace(path.name, filename)
            out.warnings.append(f"kept as evidence, not read as a chat: {reason}")
            continue
        except Exception:  # noqa: BLE001 - MemoryError or a parser bug: never lose the report
            logger.exception("parsing %s failed", filename)
            out.warnings.append(f"kept as evidence, not read as a chat: {filename}: this file "
                                "could not be read; an analyst can open the sealed original")
            continue
        assessment = assess(conversation, child=hint, child_age=report.child.age)
        media, media_warnings = media_members(path, conversation, max_bytes=max_media_bytes)
        out.warnings.extend(f"{filename}: {warning}" for warning in media_warnings)
        # The participant triage took for the child, as the chat spells it (the report's
        # hint may differ in case; without one the child is inferred): what the case page
        # marks as the child's, and hides until revealed.
        child, _how = infer_child(conversation, hint)
        out.conversations.append(
            UnderstoodConversation(index, conversation, child, assessment, tuple(media)))
    if report.about.strip():
        narrative = narrative_conversation(report.about, received_at)
        assessment = assess_narrative(narrative, child_age=report.child.age)
        out.conversations.append(UnderstoodConversation(None, narrative, None, assessment))

    _combine(out)
    _apply_reported_type(out, report.incident_type)
    if escalation and Urgency(out.urgency).rank > Urgency.HIGH.rank:
        out.urgency = str(Urgency.HIGH)
    if report.danger_now:
        _apply_danger_now(out)
    return out


def report_sightings(report: ReportCreate, understood: Understood,
                     platform_context: dict | None) -> list[Sighting]:
    """The reported person's identifiers in this report (``tipline.linking.collect``): its
    stated fields, a verified platform context, the reporter's words and the parsed chats."""
    record = platform_context or {}
    verified = record.get("context") if record.get("status") == "verified" else None
    return report_identifiers(
        stated=[(i.kind, i.value, i.platform) for i in report.reported_person],
        platform_context=verified if isinstance(verified, dict) else None,
        about=report.about,
        chats=[ChatForLinking(c.conversation.format, c.child,
                              ((m.sender, m.text) for m in c.conversation.messages))
               for c in understood.conversations if c.file_index is not None],
        region=report.child.country,
        reporter_contact=[report.contact.email or "", report.contact.phone or ""],
        child_names=[report.child.name_in_chat or ""],
    )


def _apply_danger_now(out: Understood) -> None:
    """The reporter says the child is in danger right now: immediate, child_in_danger
    (SCHEMA.md: "the child says they ... are in danger now")."""
    out.urgency = str(Urgency.IMMEDIATE)
    out.urgency_reasons = sorted({*out.urgency_reasons, str(UrgencyReason.CHILD_IN_DANGER)})


# What the reporter says happened sets a floor: a child who says someone wants to meet them or
# is threatening them is never left routine because they wrote no words or attached no chat.
REPORTED_TYPE_FLOOR = {
    "online_enticement": "grooming",
    "sextortion": "sextortion",
    "csam": None,
    "self_generated_image_shared": None,
    "trafficking": None,
}


def _apply_reported_type(out: Understood, incident_type: str | None) -> None:
    if incident_type not in REPORTED_TYPE_FLOOR:
        return
    if Urgency(out.urgency).rank > Urgency.HIGH.rank:
        out.urgency = str(Urgency.HIGH)
    implied = REPORTED_TYPE_FLOOR[incident_type]
    if implied and out.risk == "benign":
        out.risk = implied
        # The score ranks the queue: a risk taken from the reporter's word ranks at the grooming
        # threshold at least, not at the near-zero score of text triage could not read.
        out.score = max(out.score, RISK_THRESHOLD)


def _combine(out: Understood) -> None:
    """The case takes the most urgent assessment and the highest-scoring one's risk."""
    if out.conversations:
        worst = min(
            (c.assessment for c in out.conversations),
            key=lambda a: (Urgency(a.urgency).rank, -a.score),
        )
        top = max(out.conversations, key=lambda c: c.assessment.score).assessment
        out.risk, out.score = str(top.risk), top.score
        out.urgency = str(worst.urgency)
        out.urgency_reasons = sorted({str(r) for c in out.conversations
                                      for r in c.assessment.urgency_reasons})


NOT_A_PARTICIPANT = "(the child, not in this text)"


def _as_reported_concern(narrative: Conversation, described: RiskAssessment) -> RiskAssessment:
    """A reporter's account is a report of concern, not a chat between strangers: a meeting
    with a time and place, or a deadline on a threat, makes it immediate even when the words
    alone score as benign (SCHEMA.md urgency rules: a concrete meeting in the next 72 hours;
    a threat with a deadline or a demand for money)."""
    if described.urgency is Urgency.IMMEDIATE:
        return described
    message = narrative.messages[0]
    text = (message.text or "")[:MAX_SCAN_CHARS]
    scanned = scan_message(0, text, False, fold(text), extra_patterns=REPORTED_PATTERNS)
    risk = Risk.GROOMING if described.risk is Risk.BENIGN else described.risk
    urgency, reasons = urgency_for(narrative, NOT_A_PARTICIPANT, risk, scanned)
    if urgency is not Urgency.IMMEDIATE:
        return described
    return replace(described, urgency=urgency, urgency_reasons=reasons,
                   notes=described.notes + ("read as a report of concern: the meeting and "
                                            "deadline rules apply to the reporter's account",))


def assess_narrative(narrative: Conversation, child_age: int | None) -> RiskAssessment:
    """Triage of the reporter's own words.

    Tactics they describe ("he asked how old I am", "wants to meet tomorrow") count as the
    contact's, so the text is assessed with the child outside it; the child's own signals
    (self-harm, distress) are looked for too, and self-harm makes the case immediate
    (SCHEMA.md: a child's genuine self-harm statement makes any case immediate).
    """
    described = assess(narrative, child_age=child_age, extra_patterns=REPORTED_PATTERNS, child_in_text=False)
    described = _as_reported_concern(narrative, described)
    # The notes about who the child is would name the placeholder: say what was done instead.
    described = replace(described, notes=("read as the reporter's account of what happened",)
                        + tuple(n for n in described.notes if CHILD_NOT_IN_TEXT not in n))
    own = [scanned for scanned in scan_conversation(narrative, child=NARRATIVE_SENDER)
           if scanned.hit.category in CHILD_SIGNALS]
    if not own:
        return described
    hits = tuple(sorted(described.hits + tuple(s.hit for s in own), key=lambda h: (h.index, h.span)))
    urgency, reasons = described.urgency, described.urgency_reasons
    if any(s.hit.category == IndicatorCategory.SELF_HARM for s in own):
        urgency = Urgency.IMMEDIATE
        reasons = tuple(dict.fromkeys(reasons + (UrgencyReason.SELF_HARM,)))
    if any(s.flag == "danger" for s in own):  # "he is outside my house right now"
        urgency = Urgency.IMMEDIATE
        reasons = tuple(dict.fromkeys(reasons + (UrgencyReason.CHILD_IN_DANGER,)))
    reasons = tuple(r for r in UrgencyReason if r in reasons)
    return replace(described, hits=hits, urgency=urgency, urgency_reasons=reasons,
                   notes=described.notes + ("the reporter's own words were read for the "
                                            "child's signals too",))
