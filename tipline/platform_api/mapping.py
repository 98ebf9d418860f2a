"""From a platform's CyberTipline-shaped report to intake's ReportCreate (pure).

The reported person's fields become Identifiers (``espUserId`` a platform_user_id, screen
names usernames, IP capture events ip addresses...) on the platform's service; the victim, or
failing one the intended recipient, becomes the Child; chat content becomes a Conversation
whose messages point back into the sealed JSON (``chat[0].messages[3]``); the escalation
reason, annotations, intended recipient and additional info become the report's account,
which triage reads like a reporter's words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from tipline.intake.schemas import ChildIn, IdentifierIn, ReportCreate
from tipline.model import Conversation, Message, ReporterKind
from tipline.platform_api.schemas import PersonOrUser, PlatformReportIn

MAX_IDENTIFIERS = 50  # ReportCreate.reported_person
MAX_ABOUT = 20_000
MAX_CHILD_IPS = 20


@dataclass(frozen=True, slots=True)
class ChatFile:
    """A chat the platform sent inline: the bytes sealed as evidence and what they say."""

    filename: str
    data: bytes
    conversation: Conversation


def identifiers_of(person: PersonOrUser, platform: str) -> list[IdentifierIn]:
    """The identifiers a person is known by, on ``person.espService`` or ``platform``;
    IP addresses carry no platform (an address is the same on every service)."""
    service = person.esp_service or platform
    found: list[tuple[str, str, str | None]] = []
    if person.esp_user_id:
        found.append(("platform_user_id", person.esp_user_id, service))
    found += [("username", name, service) for name in person.screen_names]
    found += [("display_name", name, service) for name in person.display_names]
    found += [("email", email, None) for email in person.emails]
    found += [("phone", phone, None) for phone in person.phones]
    found += [("url", url, None) for url in person.profile_urls]
    found += [("ip", str(event.ip_address), None) for event in person.ip_capture_events]
    unique = list(dict.fromkeys(found))[:MAX_IDENTIFIERS]
    return [IdentifierIn(kind=kind, value=value, platform=where) for kind, value, where in unique]


def _child(report: PlatformReportIn) -> ChildIn:
    person = report.victim or report.intended_recipient
    if person is None:
        return ChildIn()
    name = (person.screen_names or [None])[0] or person.esp_user_id
    return ChildIn(
        age=person.age if person.age is not None and person.age <= 25 else None,
        country=person.country, name_in_chat=name[:200] if name else None,
        ip_addresses=list(dict.fromkeys(e.ip_address for e in person.ip_capture_events))
        [:MAX_CHILD_IPS],
    )


def _describe(person: PersonOrUser) -> str:
    parts = [f"{label} {value}" for label, value in (
        ("user id", person.esp_user_id), ("on", person.esp_service)) if value]
    parts += [f"screen name {name}" for name in person.screen_names]
    if person.age is not None:
        parts.append(f"age {person.age}")
    return ", ".join(parts) or "no details"


def account_text(report: PlatformReportIn, platform: str) -> str:
    """The report's account in words, as triage and the analyst read it."""
    summary = report.incident_summary
    lines = [f"Filed through the platform API by {platform}."]
    if summary.escalate_to_high_priority:
        lines.append(f"The platform asks for high priority: {summary.escalate_to_high_priority}")
    if summary.annotations:
        lines.append("Annotations: " + ", ".join(summary.annotations) + ".")
    if report.intended_recipient is not None:
        lines.append("Intended recipient: " + _describe(report.intended_recipient) + ".")
    if report.additional_info.strip():
        lines.append(report.additional_info.strip())
    return "\n".join(lines)[:MAX_ABOUT]


def chat_files(report: PlatformReportIn) -> list[ChatFile]:
    """Each inline chat as canonical JSON bytes (sealed) and its Conversation."""
    out = []
    for number, chat in enumerate(report.chat):
        document = chat.model_dump(mode="json", by_alias=True, exclude_none=True)
        data = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode()
        messages = tuple(
            Message(sender=m.sender, sent_at=m.sent_at.isoformat() if m.sent_at else None,
                    text=m.text, source={"path": f"messages[{index}]"})
            for index, m in enumerate(chat.messages))
        out.append(ChatFile(f"chat-{number + 1}.json", data,
                            Conversation(format="platform_chat", messages=messages,
                                         title=chat.service)))
    return out


def to_report_create(report: PlatformReportIn, platform: str) -> ReportCreate:
    """The intake form of a platform's report (``reporter`` platform)."""
    summary = report.incident_summary
    return ReportCreate(
        reporter=ReporterKind.PLATFORM, about=account_text(report, platform),
        incident_type=summary.incident_type,
        incident_at=summary.incident_date_time.isoformat() if summary.incident_date_time
        else None,
        child=_child(report),
        reported_person=identifiers_of(report.reported_person, platform),
    )
