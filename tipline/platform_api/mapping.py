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
from tipline.platform_api.schemas import FileDetails, PersonOrUser, PlatformReportIn

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
    parts += [f"e-mail {email}" for email in person.emails]
    parts += [f"phone {phone}" for phone in person.phones]
    if person.age is not None:
        parts.append(f"age {person.age}")
    return ", ".join(parts) or "no details"


def _event(event) -> str:
    """One IP capture event in words: ``203.0.113.7 port 443, Login at ..., possible proxy``."""
    words = str(event.ip_address) + (f" port {event.port}" if event.port is not None else "")
    words += f", {event.event_name}"
    if event.date_time is not None:
        words += f" at {event.date_time.isoformat()}"
    return words + (", possible proxy" if event.possible_proxy else "")


def file_details_text(filename: str, details: dict) -> str:
    """A file's CyberTipline file details in words, for the analyst (``FileDetails``)."""
    parsed = FileDetails.model_validate(details)
    parts = []
    if parsed.original_file_name:
        parts.append(f"original name {parsed.original_file_name}")
    for label, value in (("publicly available", parsed.publicly_available),
                         ("viewed by the platform", parsed.file_viewed_by_esp)):
        if value is not None:
            parts.append(f"{label}: {'yes' if value else 'no'}")
    if parsed.location_of_file:
        parts.append(f"location {parsed.location_of_file}")
    if parsed.file_annotations:
        parts.append("annotations " + ", ".join(parsed.file_annotations))
    if parsed.ip_capture_event is not None:
        parts.append("uploaded from " + _event(parsed.ip_capture_event))
    if parsed.additional_info.strip():
        parts.append(parsed.additional_info.strip())
    return f"File {filename}: " + "; ".join(parts) + "." if parts else ""


def account_text(report: PlatformReportIn, platform: str,
                 files: list[tuple[str, dict]] = ()) -> str:
    """The report's account in words, as triage and the analyst read it; ``files`` are
    (filename, file details) of its uploaded files."""
    summary = report.incident_summary
    lines = [f"Filed through the platform API by {platform}."]
    if summary.escalate_to_high_priority:
        lines.append(f"The platform asks for high priority: {summary.escalate_to_high_priority}")
    if summary.annotations:
        lines.append("Annotations: " + ", ".join(summary.annotations) + ".")
    if report.intended_recipient is not None:
        lines.append("Intended recipient: " + _describe(report.intended_recipient) + ".")
    if report.victim is not None and (report.victim.emails or report.victim.phones):
        lines.append("Victim: " + _describe(report.victim) + ".")
    events = report.reported_person.ip_capture_events
    if events:
        lines.append("Reported person's IP capture events: "
                     + "; ".join(_event(e) for e in events) + ".")
    lines += [text for name, details in files if (text := file_details_text(name, details))]
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


def to_report_create(report: PlatformReportIn, platform: str,
                     files: list[tuple[str, dict]] = ()) -> ReportCreate:
    """The intake form of a platform's report (``reporter`` platform); ``files`` as for
    ``account_text``."""
    summary = report.incident_summary
    return ReportCreate(
        reporter=ReporterKind.PLATFORM, about=account_text(report, platform, files),
        incident_type=summary.incident_type,
        incident_at=summary.incident_date_time.isoformat() if summary.incident_date_time
        else None,
        child=_child(report),
        reported_person=identifiers_of(report.reported_person, platform),
    )
