"""The platform API's request and response shapes, named as the CyberTipline names them.

A platform that already files CyberTipline reports finds its words here, in JSON and camelCase
(``incidentSummary``, ``reportedPerson``, ``espUserId``, ``ipCaptureEvent``,
``escalateToHighPriority``, ``fileDetails``...): NCMEC's "CyberTipline Reporting API Technical
Documentation" and its XSD are the source of the names and of ``EVENT_NAMES``. Field limits
answer 422 with the field's path; snake_case names are accepted too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (AwareDatetime, BaseModel, ConfigDict, Field, IPvAnyAddress,
                      StringConstraints, field_validator)
from pydantic.alias_generators import to_camel

from tipline.intake.schemas import refuse_nul
from tipline.model import IncidentType

Text200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text500 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
CountryCode = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True,
                                               pattern=r"^[A-Za-z]{2}$")]
Sha256Hex = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True,
                                             pattern=r"^[0-9a-fA-F]{64}$")]
# The CyberTipline's ipCaptureEvent eventName values.
EVENT_NAMES = ("Login", "Registration", "Purchase", "Upload", "Other", "Unknown")
# Report annotations a platform may set (the CyberTipline's, as Tipline spells them).
ANNOTATIONS = ("sextortion", "financial_sextortion", "minor_to_minor", "viral",
               "generative_ai", "potential_meetup", "physical_danger", "self_harm")
# What a platform is told about its report (``tipline.platform_api.lifecycle.told_status``).
PLATFORM_STATUSES = ("open", "received", "in_review", "referred", "closed", "retracted",
                     "expired")


class _Api(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, populate_by_name=True)

    _no_nul = field_validator("*", mode="before")(refuse_nul)


class IpCaptureEvent(_Api):
    """Where and when the platform saw an account: ``{"ipAddress": "203.0.113.7", "port":
    443, "eventName": "Login", "dateTime": "2026-11-29T18:04:00Z", "possibleProxy": false}``."""

    ip_address: IPvAnyAddress
    port: int | None = Field(default=None, ge=0, le=65535)
    event_name: Literal[EVENT_NAMES] = "Unknown"  # type: ignore[valid-type]
    date_time: AwareDatetime | None = None
    possible_proxy: bool = False


class PersonOrUser(_Api):
    """A person as the platform knows them: the reported person, the victim, the intended
    recipient. ``espUserId`` is the platform's own id of the account; ``espService`` the
    product it is on (default: the platform). ``age`` and ``country`` matter for a victim."""

    esp_user_id: Text200 | None = None
    esp_service: Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)] | None = None
    screen_names: list[Text200] = Field(default_factory=list, max_length=20)
    display_names: list[Text200] = Field(default_factory=list, max_length=20)
    emails: list[Text200] = Field(default_factory=list, max_length=20)
    phones: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                                  max_length=40)]] = Field(
        default_factory=list, max_length=20)
    profile_urls: list[Text500] = Field(default_factory=list, max_length=20)
    ip_capture_events: list[IpCaptureEvent] = Field(default_factory=list, max_length=100)
    age: int | None = Field(default=None, ge=0, le=120, strict=True)
    country: CountryCode | None = None


class IncidentSummary(_Api):
    """What happened. ``escalateToHighPriority`` is the reason the platform asks for high
    priority (as in the CyberTipline, where the element's text is the reason)."""

    incident_type: IncidentType
    incident_date_time: AwareDatetime | None = None
    annotations: list[Literal[ANNOTATIONS]] = Field(  # type: ignore[valid-type]
        default_factory=list, max_length=len(ANNOTATIONS))
    escalate_to_high_priority: Annotated[str, StringConstraints(
        strip_whitespace=True, min_length=1, max_length=2000)] | None = None


class ChatMessage(_Api):
    """One message of a conversation the platform holds: who sent it (a screen name or
    ``espUserId`` as in ``reportedPerson``/``victim``), when, and what it said."""

    sender: Annotated[str, StringConstraints(max_length=200)] | None = None
    sent_at: AwareDatetime | None = None
    text: Annotated[str, StringConstraints(max_length=20_000)] = ""


class ChatContent(_Api):
    """A conversation between the reported person and the victim, as the platform stored it;
    sealed as evidence and triaged like an attached chat export."""

    service: Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)] | None = None
    messages: list[ChatMessage] = Field(min_length=1, max_length=10_000)


class PlatformReportIn(_Api):
    """A report as a platform files it (``POST /api/v1/platform/reports``)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "incidentSummary": {
            "incidentType": "online_enticement", "incidentDateTime": "2026-11-29T18:04:00Z",
            "annotations": ["potential_meetup"],
            "escalateToHighPriority": "the user proposed meeting the child on Saturday"},
        "reportedPerson": {
            "espUserId": "8812734", "screenNames": ["dark_wolf.77"],
            "emails": ["wolf77@example.net"],
            "ipCaptureEvents": [{"ipAddress": "203.0.113.7", "port": 443, "eventName": "Login",
                                 "dateTime": "2026-11-29T17:58:00Z", "possibleProxy": False}]},
        "victim": {"espUserId": "5530021", "screenNames": ["maya_k"], "age": 12,
                   "country": "CA"},
        "chat": [{"messages": [
            {"sender": "dark_wolf.77", "sentAt": "2026-11-29T18:00:00Z",
             "text": "how old r u"},
            {"sender": "maya_k", "sentAt": "2026-11-29T18:01:00Z", "text": "12"}]}],
        "additionalInfo": "Flagged by our classifier; account suspended.",
    }]})

    incident_summary: IncidentSummary
    reported_person: PersonOrUser = Field(default_factory=PersonOrUser)
    victim: PersonOrUser | None = None
    intended_recipient: PersonOrUser | None = None
    chat: list[ChatContent] = Field(default_factory=list, max_length=10)
    additional_info: Annotated[str, StringConstraints(max_length=20_000)] = ""


class FileDetails(_Api):
    """The CyberTipline's file details of one uploaded file."""

    original_file_name: Annotated[str, StringConstraints(max_length=255)] | None = None
    location_of_file: Text500 | None = None
    publicly_available: bool | None = None
    file_viewed_by_esp: bool | None = None
    file_annotations: list[Literal["viral", "generative_ai", "animated", "physical_harm",
                                   "violence_gore", "bestiality", "infant"]] = Field(
        default_factory=list, max_length=10)
    ip_capture_event: IpCaptureEvent | None = None
    additional_info: Annotated[str, StringConstraints(max_length=2000)] = ""


class FileStart(_Api):
    """Start a resumable upload: the file's name, type, size in bytes and SHA-256 (hex)."""

    filename: Annotated[str, StringConstraints(min_length=1, max_length=255)]
    media_type: Annotated[str, StringConstraints(max_length=128)] = "application/octet-stream"
    size: int = Field(ge=1)
    sha256: Sha256Hex
    details: FileDetails | None = None


class FileState(_Api):
    """Where an upload stands: ``received`` bytes so far (send the next chunk at that
    offset), ``status`` uploading or sealed, the SHA-256 of each chunk received."""

    file_id: str
    filename: str
    size: int
    sha256: str
    received: int
    status: Literal["uploading", "sealed"]
    chunk_sha256: list[str]
    details: FileDetails | None = None


class ReportState(_Api):
    """A platform report's state: ``status`` one of PLATFORM_STATUSES; ``caseCode`` once it
    is finished (quote it to the hotline); ``expiresAt`` while open; ``message`` in words."""

    report_id: str
    status: Literal[PLATFORM_STATUSES]  # type: ignore[valid-type]
    message: str
    opened_at: datetime
    updated_at: datetime
    expires_at: datetime | None = None
    case_code: str | None = None
    files: list[FileState] = Field(default_factory=list)
    replayed: bool = False


class BulkLine(_Api):
    """One line of ``POST /api/v1/platform/reports:bulk`` (NDJSON): a whole report, its
    ``idempotencyKey``, and ``files`` already uploaded by this platform, named by SHA-256
    (the same viral file is uploaded once and named by every report that has it)."""

    idempotency_key: Annotated[str, StringConstraints(min_length=16, max_length=200)]
    report: PlatformReportIn
    files: list[Sha256Hex] = Field(default_factory=list, max_length=10)


class BulkResult(_Api):
    """The answer for one line: ``line`` (1-based), ``status`` (201 filed, 200 replayed,
    4xx refused, with ``error``), the report, its case and how many reports that case holds
    (more than one: a bundle of the same viral file)."""

    line: int
    status: int
    report_id: str | None = None
    case_code: str | None = None
    case_reports: int | None = None
    error: str | None = None
