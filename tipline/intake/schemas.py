"""Request and response shapes of intake, one per use (ReportCreate in, Receipt out).

Limits here are field limits (422 with the field's path); byte and count limits are in
``Settings`` and enforced before parsing (413 or 422 naming the limit).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import IPvAnyAddress, BaseModel, ConfigDict, Field, StringConstraints, field_validator

from tipline.crisis import CrisisResources
from tipline.model import IncidentType, ReporterKind

IdentifierKind = Literal[
    "username", "display_name", "email", "phone", "url", "ip", "platform_user_id", "device_id"
]
AgeBand = Literal["under_13", "13_17", "adult_for_child"]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
CountryCode = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z]{2}$")
]


def refuse_nul(value):
    """A field validator (mode "before") for every field of a request model: text with a NUL
    character is refused (422 naming the field); PostgreSQL could not store it."""
    items = value if isinstance(value, list) else [value]
    if any(isinstance(item, str) and "\x00" in item for item in items):
        raise ValueError("contains a NUL character")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    _no_nul = field_validator("*", mode="before")(refuse_nul)


class IdentifierIn(_Strict):
    """One way the reported person is known: ``{"kind": "username", "value": "dark_wolf.77",
    "platform": "instagram"}``."""

    kind: IdentifierKind
    value: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    platform: Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)] | None = None


class ChildIn(_Strict):
    """The child the report is about. ``age`` in years; ``country`` ISO 3166-1 alpha-2;
    ``name_in_chat`` is how the child appears in an attached chat (tells triage who the child is);
    ``ip_addresses``: the child's addresses as a platform recorded them (routing reads them when
    the country is unknown; the Help flow never sends any).
    """

    age: int | None = Field(default=None, ge=0, le=25, strict=True)
    age_band: AgeBand | None = None
    country: CountryCode | None = None
    region: Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)] | None = None
    name_in_chat: Annotated[str, StringConstraints(strip_whitespace=True,
                                                   max_length=200)] | None = None
    ip_addresses: list[IPvAnyAddress] = Field(default_factory=list, max_length=20)


class ContactIn(_Strict):
    """How the hotline may reach the reporter (all optional; a child may stay anonymous)."""

    name: ShortText | None = None
    email: ShortText | None = None
    phone: ShortText | None = None
    trusted_adult: ShortText | None = None


class ReportCreate(_Strict):
    """A report as the Help form, the platform API and ``tipline submit`` send it."""

    reporter: ReporterKind = ReporterKind.SELF
    about: Annotated[str, StringConstraints(max_length=20_000)] = ""
    incident_type: IncidentType | None = None
    incident_at: Annotated[str, StringConstraints(strip_whitespace=True,
                                                  max_length=40)] | None = None
    child: ChildIn = ChildIn()
    reported_person: list[IdentifierIn] = Field(default_factory=list, max_length=50)
    contact: ContactIn = ContactIn()
    # The reporter answered "Are you in danger right now?" with yes: the case is immediate with
    # the reason child_in_danger (SCHEMA.md urgency rules), whatever triage reads in the text.
    danger_now: bool = False


class Receipt(BaseModel):
    """What the reporter gets back, only after the report is committed.

    ``pin`` is the 6-digit PIN (shown once; stored only as a keyed hash). ``replayed`` is True
    when an Idempotency-Key retry returned an existing report. ``crisis_resources`` is present
    when triage found a self-harm statement or a child in danger now: the emergency number and
    helplines of the child's country (``tipline/data/helplines.json``), to show the child at once.
    """

    case_code: str
    pin: str
    status: str
    received_at: str
    replayed: bool = False
    attachments: int = 0
    warnings: list[str] = Field(default_factory=list)
    crisis_resources: CrisisResources | None = None
