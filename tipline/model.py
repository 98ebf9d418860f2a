"""Domain types: the vocabulary of DESIGN.md as plain, immutable dataclasses.

The pipeline stages (understand, triage, link, route, refer) take and return these types and
never touch the database, the web or the clock. Storage rows live in ``tipline.store.tables``;
request and response shapes in ``tipline.web.schemas``.

Names follow DESIGN.md ("Vocabulary") and the NCMEC CyberTipline's terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ReporterKind(StrEnum):
    """Who submits a report (DESIGN.md: Reporter)."""

    SELF = "self"
    FRIEND = "friend"
    PARENT = "parent"
    OTHER_ADULT = "other_adult"
    PLATFORM = "platform"


class IncidentType(StrEnum):
    """CyberTipline-style incident types (DESIGN.md: Incident types)."""

    ONLINE_ENTICEMENT = "online_enticement"
    SEXTORTION = "sextortion"
    CSAM = "csam"
    SELF_GENERATED_IMAGE_SHARED = "self_generated_image_shared"
    OBSCENE_MATERIAL_SENT_TO_CHILD = "obscene_material_sent_to_child"
    TRAFFICKING = "trafficking"
    OTHER_HARM = "other_harm"


class Risk(StrEnum):
    """Conversation-level risk (triage-dev/SCHEMA.md: label.risk)."""

    GROOMING = "grooming"
    SEXTORTION = "sextortion"
    BENIGN = "benign"


class Urgency(StrEnum):
    """Urgency (triage-dev/SCHEMA.md: label.urgency). Order: immediate > high > routine."""

    IMMEDIATE = "immediate"
    HIGH = "high"
    ROUTINE = "routine"

    @property
    def rank(self) -> int:
        """0 for immediate, 1 for high, 2 for routine: sorts most urgent first."""
        return {"immediate": 0, "high": 1, "routine": 2}[self.value]


class UrgencyReason(StrEnum):
    """Why a case is urgent (triage-dev/SCHEMA.md: label.urgency_reasons)."""

    MEETING_PLANNED = "meeting_planned"
    THREAT_DEADLINE = "threat_deadline"
    MONEY_DEMAND = "money_demand"
    SELF_HARM = "self_harm"
    CHILD_IN_DANGER = "child_in_danger"


class IndicatorCategory(StrEnum):
    """Grooming and sextortion tactics (triage-dev/SCHEMA.md: Indicator categories).

    Every category is detected on the contact's messages except those in ``CHILD_SIGNALS``,
    which are detected on the child's.
    """

    AGE_PROBE = "age_probe"
    PERSONAL_INFO_PROBE = "personal_info_probe"
    SUPERVISION_PROBE = "supervision_probe"
    SECRECY = "secrecy"
    PLATFORM_MIGRATION = "platform_migration"
    FLATTERY_BOND = "flattery_bond"
    ISOLATION = "isolation"
    GIFTS_INDUCEMENTS = "gifts_inducements"
    IMAGE_REQUEST = "image_request"
    COMPLIANCE_TESTING = "compliance_testing"
    DECEPTION = "deception"
    MEETING_PROPOSAL = "meeting_proposal"
    ROMANTIC_FRAMING = "romantic_framing"
    THREAT_COERCION = "threat_coercion"
    FINANCIAL_DEMAND = "financial_demand"
    PRESSURE_URGENCY = "pressure_urgency"
    CHILD_AGE_DISCLOSURE = "child_age_disclosure"
    CHILD_DISTRESS = "child_distress"
    SELF_HARM = "self_harm"


CHILD_SIGNALS = frozenset(
    {
        IndicatorCategory.CHILD_AGE_DISCLOSURE,
        IndicatorCategory.CHILD_DISTRESS,
        IndicatorCategory.SELF_HARM,
    }
)


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """A media file a chat message refers to (a placeholder such as ``<Media omitted>``,
    or a file name such as ``00000012-PHOTO-2023-01-01.jpg``). ``name`` is None when the
    export only says that a file existed."""

    kind: str  # "image", "video", "audio", "file", "sticker", "media"
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Reaction:
    """A reaction to a message: who reacted (as the export names them), with what, and how
    many times when the export gives only a count (``actor`` None)."""

    actor: str | None
    reaction: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class Message:
    """One record of a chat export.

    - ``sender``: display name as the export writes it; None for system records.
    - ``sent_at``: ISO 8601 as the export records it: with its offset (or ``Z``) where the
      export gives one, naive local time where it does not. None if the record has no time.
    - ``text``: what the sender wrote, without media placeholders or edit markers.
    - ``source``: where the record is in the original file: ``{"line": 12}`` for a one-line
      record of a text export, ``{"line": 12, "end_line": 14}`` for one that spans lines (both
      1-based, inclusive), ``{"path": "messages[3]"}`` for JSON exports; with ``"file":
      "message_2.json"`` added when the export is a folder, a zip or several files.
    """

    sender: str | None
    sent_at: str | None
    text: str
    source: dict
    attachments: tuple[AttachmentRef, ...] = ()
    deleted: bool = False
    edited: bool = False
    reactions: tuple[Reaction, ...] = ()
    reply_to: str | None = None  # the export's id of the message this one answers
    forwarded_from: str | None = None  # who wrote the message this one forwards

    @property
    def is_system(self) -> bool:
        return self.sender is None


@dataclass(frozen=True, slots=True)
class Conversation:
    """A parsed chat: the export's format name, the messages in the order they were sent,
    and the parser's warnings (lines it could not read, records it repaired)."""

    format: str
    messages: tuple[Message, ...]
    warnings: tuple[str, ...] = ()
    title: str | None = None

    @property
    def participants(self) -> list[str]:
        """Distinct senders of non-system messages, in order of first appearance."""
        seen: dict[str, None] = {}
        for message in self.messages:
            if message.sender is not None:
                seen.setdefault(message.sender, None)
        return list(seen)


@dataclass(frozen=True, slots=True)
class IndicatorHit:
    """One detected tactic: ``index`` of the message, ``category``, ``span`` as
    ``(start, end)`` character offsets in the message text, ``why`` in one line."""

    index: int
    category: IndicatorCategory
    span: tuple[int, int]
    why: str


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """Triage of one conversation (DESIGN.md: RiskAssessment).

    ``score`` is in [0, 1]; ``first_alert_index`` is the first message after which the running
    assessment crosses the alert threshold, or None.
    """

    risk: Risk
    score: float
    urgency: Urgency
    urgency_reasons: tuple[UrgencyReason, ...]
    hits: tuple[IndicatorHit, ...]
    first_alert_index: int | None
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Identifier:
    """How a ReportedPerson is known (DESIGN.md: Identifier)."""

    kind: str  # username, display_name, email, phone, url, ip, platform_user_id, device_id
    value: str
    platform: str | None = None
