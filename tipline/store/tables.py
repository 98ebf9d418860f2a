"""SQLAlchemy 2 tables for the DESIGN.md vocabulary.

One schema for SQLite and PostgreSQL; every change goes through an Alembic migration in
``tipline/store/migrations/versions``. Times are stored as UTC and always read back aware.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from tipline.crypto.columns import BlindKey, EncryptedJSON, EncryptedText

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on both SQLite (which drops the zone) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Agency(Base):
    """A police unit or hotline, with the jurisdictions it serves: one entry of the current
    agency directory (``tipline.routing.directory``; seeded from ``tipline/data/agencies.json``,
    ``directory_version`` is the directory version the row was last written from). An agency
    taken out of the directory stays as a row with ``active`` False: referrals and accounts
    still name it."""

    __tablename__ = "agencies"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))  # police, hotline
    country: Mapped[str] = mapped_column(String(2))
    jurisdictions: Mapped[list] = mapped_column(JSON, default=list)
    regions: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    formats: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    contact: Mapped[dict] = mapped_column(JSON, default=dict)
    legal_basis: Mapped[str] = mapped_column(Text, default="", server_default="")
    victim_details: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    fallback: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    source: Mapped[str] = mapped_column(Text, default="")
    directory_version: Mapped[str] = mapped_column(String(32), default="")


class AgencyDirectoryVersion(Base):
    """One version of the whole agency directory, as JSON (``{"version", "note",
    "agencies": [...]}``), with who made it, when and why. The newest is the directory in
    force; older ones say what a past referral was routed by."""

    __tablename__ = "agency_directory_versions"

    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    document: Mapped[dict] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Case(Base):
    """The analyst's unit of work. ``case_code`` is what the reporter and every command use.

    The PIN is stored only as ``pin_hash`` (HMAC-SHA256, key outside the database).
    ``priority`` sorts ascending: smaller is more urgent (see ``tipline.triage.priority``).
    """

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_code: Mapped[str] = mapped_column(String(32), unique=True)
    pin_hash: Mapped[str] = mapped_column(String(64))
    pin_failures: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(32), default="received", index=True)
    risk: Mapped[str] = mapped_column(String(16), default="benign")
    risk_score: Mapped[float] = mapped_column(Float, default=0.0)
    urgency: Mapped[str] = mapped_column(String(16), default="routine", index=True)
    urgency_reasons: Mapped[list] = mapped_column(JSON, default=list)
    priority: Mapped[str] = mapped_column(String(64), index=True)
    incident_type: Mapped[str | None] = mapped_column(String(48))
    annotations: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    child_age: Mapped[int | None] = mapped_column(Integer)
    child_country: Mapped[str | None] = mapped_column(String(2))
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A bundle of platform reports of the same viral file (``tipline.platform.bundle``): the
    # SHA-256 over the sorted SHA-256s of its files; None for a case that bundles nothing.
    bundle_key: Mapped[str | None] = mapped_column(String(64), index=True)
    report_count: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Never purged while held (tipline.retention); why, in the words of the order or request.
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    legal_hold_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    reports: Mapped[list[Report]] = relationship(back_populates="case", order_by="Report.id")
    assigned_to: Mapped[User | None] = relationship()


class Report(Base):
    """One submission: who reports, about whom, what happened, attachments.

    ``idempotency_key`` and ``request_hash`` make intake retries return the same report.
    """

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    submitted_via: Mapped[str] = mapped_column(String(16))  # help, api, cli
    reporter_kind: Mapped[str] = mapped_column(String(16))
    about: Mapped[str] = mapped_column(EncryptedText("reports.about"), default="")
    incident_type: Mapped[str | None] = mapped_column(String(48))
    incident_at: Mapped[str | None] = mapped_column(String(40))
    child_age: Mapped[int | None] = mapped_column(Integer)
    child_age_band: Mapped[str | None] = mapped_column(String(16))
    child_country: Mapped[str | None] = mapped_column(String(2))
    child_region: Mapped[str | None] = mapped_column(EncryptedText("reports.child_region"))
    child_name_in_chat: Mapped[str | None] = mapped_column(EncryptedText("reports.child_name_in_chat"))
    # The child's IP addresses as a platform supplied them (never the Help flow's: it keeps
    # none); read by routing when the child's country is not known.
    child_ips: Mapped[list] = mapped_column(EncryptedJSON("reports.child_ips"), default=list,
                                           server_default="[]")
    contact: Mapped[dict] = mapped_column(EncryptedJSON("reports.contact"), default=dict)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The verdict on the context an embedding platform passed (``tipline.embed.context``):
    # {"status", "note", "context"}; {} for reports that came without any.
    platform_context: Mapped[dict] = mapped_column(EncryptedJSON("reports.platform_context"),
                                                   default=dict, server_default="{}")
    # The reporter answered "Are you in danger right now?" with yes (the Help flow; API field).
    danger_now: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The cluster of reports sharing a strong identifier (``tipline.linking``): the smallest
    # report id in it; None until the report is linked.
    cluster_id: Mapped[int | None] = mapped_column(Integer, index=True)

    case: Mapped[Case] = relationship(back_populates="reports")
    identifiers: Mapped[list[ReportedIdentifier]] = relationship(order_by="ReportedIdentifier.id")
    attachments: Mapped[list[Attachment]] = relationship(order_by="Attachment.id")
    conversations: Mapped[list[ConversationRow]] = relationship(order_by="ConversationRow.id")


class ReportedIdentifier(Base):
    """An Identifier of the ReportedPerson as the report states it."""

    __tablename__ = "identifiers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(EncryptedText("identifiers.value"))
    value_key: Mapped[str] = mapped_column(BlindKey("identifier"), index=True)
    platform: Mapped[str | None] = mapped_column(String(64))


class IdentifierSighting(Base):
    """An identifier of the reported person found in a report, in canonical form
    (``tipline.linking.collect``): what clusters link on. ``platform`` is "" when none is known
    (so that equality works in an index); ``links`` is True for a strong identifier that no
    split has taken out."""

    __tablename__ = "identifier_sightings"
    __table_args__ = (
        Index("ix_identifier_sightings_key", "kind", "platform", "value_key"),
        Index("ix_identifier_sightings_suggestion", "kind", "value_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str] = mapped_column(String(64), default="")
    value: Mapped[str] = mapped_column(EncryptedText("identifier_sightings.value"))
    # The value's blind index (tipline.crypto): what SQL compares; set from ``value``.
    value_key: Mapped[str] = mapped_column(BlindKey("identifier"))
    confidence: Mapped[float] = mapped_column(Float)
    strong: Mapped[bool] = mapped_column(Boolean)
    links: Mapped[bool] = mapped_column(Boolean)
    origin: Mapped[str] = mapped_column(String(32))
    raw: Mapped[str] = mapped_column(EncryptedText("identifier_sightings.raw"), default="")


class LinkDecision(Base):
    """An analyst's standing decision on a link: ``split`` (the identifier no longer links;
    only for ``report_id`` when set) or ``confirm`` (the reports in ``report_ids`` are one
    cluster through a weak identifier). Kept for ever, so a later report cannot undo it."""

    __tablename__ = "link_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str] = mapped_column(String(64), default="")
    value: Mapped[str] = mapped_column(EncryptedText("link_decisions.value"))
    value_key: Mapped[str] = mapped_column(BlindKey("identifier"), index=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"))
    report_ids: Mapped[list] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Blob(Base):
    """A sealed original, stored once under ``blobs/<sha256>``. ``sha1`` and ``pdq`` (hex of
    the 256-bit PDQ hash, with its quality 0 to 100) are filled for images, which hash lists
    of known material are matched against (``tipline.known``). ``hashed_at``: when that was
    done, at intake or by a worker after it (``tipline.known.pending``); None until then."""

    __tablename__ = "blobs"
    __table_args__ = (Index("ix_blobs_unhashed", "stored_at",
                            postgresql_where=text("hashed_at IS NULL"),
                            sqlite_where=text("hashed_at IS NULL")),)

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    md5: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sha1: Mapped[str | None] = mapped_column(String(40))
    pdq: Mapped[str | None] = mapped_column(String(64))
    pdq_quality: Mapped[int | None] = mapped_column(Integer)
    hashed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Attachment(Base):
    """An evidence file of a report; its Blob is the sealed original. ``filename`` is the name
    as the reporter's device sent it (or the member's name inside the archive it came from)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    filename: Mapped[str] = mapped_column(EncryptedText("attachments.filename"))
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    # A file taken out of another attachment (media of a WhatsApp .zip): the original zip
    # stays sealed as sent, and each member is sealed again on its own.
    derived_from_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))

    blob: Mapped[Blob] = relationship()


class CustodyEvent(Base):
    """Who did what to which evidence, when and why (store, read, verify)."""

    __tablename__ = "custody_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class ConversationRow(Base):
    """A chat parsed from an attachment, with the triage of it."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))
    format: Mapped[str] = mapped_column(String(48))
    participants: Mapped[list] = mapped_column(EncryptedJSON("conversations.participants"), default=list)
    warnings: Mapped[list] = mapped_column(EncryptedJSON("conversations.warnings"), default=list)
    child_participant: Mapped[str | None] = mapped_column(EncryptedText("conversations.child_participant"))
    risk: Mapped[str] = mapped_column(String(16))
    risk_score: Mapped[float] = mapped_column(Float)
    urgency: Mapped[str] = mapped_column(String(16))
    urgency_reasons: Mapped[list] = mapped_column(JSON, default=list)
    first_alert_index: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[list] = mapped_column(EncryptedJSON("conversations.notes"), default=list)

    @property
    def source_name(self) -> str:
        """The attached file the chat came from, or ``about`` for the reporter's own words."""
        return self.attachment.filename if self.attachment else "about"

    attachment: Mapped[Attachment | None] = relationship()
    messages: Mapped[list[MessageRow]] = relationship(order_by="MessageRow.index")
    hits: Mapped[list[IndicatorHitRow]] = relationship(order_by="IndicatorHitRow.id")


class MessageRow(Base):
    """One Message of a Conversation; ``source`` points back into the sealed original."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("conversation_id", "index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    index: Mapped[int] = mapped_column(Integer)
    sender: Mapped[str | None] = mapped_column(EncryptedText("messages.sender"))
    sent_at: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(EncryptedText("messages.text"))
    source: Mapped[dict] = mapped_column(EncryptedJSON("messages.source"))
    attachments: Mapped[list] = mapped_column(EncryptedJSON("messages.attachments"), default=list)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    reactions: Mapped[list] = mapped_column(EncryptedJSON("messages.reactions"), default=list)  # [{"actor", "reaction"}]
    reply_to: Mapped[str | None] = mapped_column(String(64))
    forwarded_from: Mapped[str | None] = mapped_column(EncryptedText("messages.forwarded_from"))


class IndicatorHitRow(Base):
    """One IndicatorHit: a tactic found in one message, with its span and reason."""

    __tablename__ = "indicator_hits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    message_index: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(32))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    why: Mapped[str] = mapped_column(EncryptedText("indicator_hits.why"))


class Platform(Base):
    """A site or app that embeds the Help button. ``embed_key`` is the hex of the 32-byte
    HMAC key it signs context with (``tipline.embed.context``); a revoked platform's context is
    ignored. Platforms are added with ``tipline platform add``."""

    __tablename__ = "platforms"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    embed_key: Mapped[str] = mapped_column(EncryptedText("platforms.embed_key"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Where status changes of its API reports are posted, and the HMAC key that signs them
    # (hex of 32 bytes; ``tipline.platform.webhooks``).
    webhook_url: Mapped[str | None] = mapped_column(Text)
    webhook_secret: Mapped[str | None] = mapped_column(EncryptedText("platforms.webhook_secret"))


class PlatformApiKey(Base):
    """An API key of a platform (``tipline.platform.keys``). The key is ``tpk_<id>_<secret>``;
    only the SHA-256 of the secret is kept (the secret is 256 random bits, so a fast hash is
    enough). ``scopes`` limit what the key may do; a rotated key keeps working until
    ``expires_at``; a revoked one stops at once."""

    __tablename__ = "platform_api_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    platform_id: Mapped[str] = mapped_column(ForeignKey("platforms.id"), index=True)
    secret_sha256: Mapped[str] = mapped_column(String(64))
    scopes: Mapped[list] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PlatformReport(Base):
    """A report a platform opened through the API (``tipline.platform.lifecycle``): ``open``
    while files are uploaded, then ``finished`` (``report_id`` set: intake made the report),
    ``retracted`` by the platform, or ``expired`` unfinished. ``document`` is the report as
    the platform sent it (CyberTipline-shaped JSON); ``told_status`` is the last status a
    webhook announced."""

    __tablename__ = "platform_reports"
    __table_args__ = (UniqueConstraint("platform_id", "idempotency_key"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    platform_id: Mapped[str] = mapped_column(ForeignKey("platforms.id"))
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    request_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), index=True)
    document: Mapped[dict] = mapped_column(EncryptedJSON("platform_reports.document"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id"), index=True)
    told_status: Mapped[str] = mapped_column(String(32), default="open", server_default="open")

    files: Mapped[list[PlatformFile]] = relationship(order_by="PlatformFile.created_at")
    report: Mapped[Report | None] = relationship()


class PlatformFile(Base):
    """A file of a platform report, uploaded in chunks (resumable): the declared ``size`` and
    ``sha256``, the bytes ``received`` so far and each chunk's ``[offset, length, sha256]``;
    ``sealed`` once the whole file arrived and matched its SHA-256. ``details`` are the
    CyberTipline's file details (``tipline.platform.schemas.FileDetails``)."""

    __tablename__ = "platform_files"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    platform_report_id: Mapped[str] = mapped_column(ForeignKey("platform_reports.id"),
                                                    index=True)
    filename: Mapped[str] = mapped_column(EncryptedText("platform_files.filename"))
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    received: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    chunks: Mapped[list] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))
    details: Mapped[dict] = mapped_column(EncryptedJSON("platform_files.details"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WebhookDelivery(Base):
    """One webhook event for a platform (an outbox row, written in the transaction of the
    change it announces): ``pending`` until its URL answers 2xx (``delivered``), retried with
    exponential backoff, ``failed`` after the last attempt (``tipline.platform.webhooks``)."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[str] = mapped_column(ForeignKey("platforms.id"), index=True)
    event: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WebhookAttempt(Base):
    """One try at a delivery: the HTTP status that came back, or the error, and how long."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("webhook_deliveries.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str] = mapped_column(Text, default="", server_default="")
    duration_ms: Mapped[int] = mapped_column(Integer)


class HashList(Base):
    """A list of hashes of known material (``tipline.known.lists``), with the label a match
    is shown with, where it came from, and who loaded it when."""

    __tablename__ = "hash_lists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    format: Mapped[str] = mapped_column(String(32))
    entries: Mapped[int] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    loaded_by: Mapped[str] = mapped_column(String(200))
    # When the files already sealed were last matched against it (tipline.known.rematch).
    rematched_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ListHash(Base):
    """One hash of a list: ``kind`` md5, sha1, sha256 or pdq; ``value`` lowercase hex."""

    __tablename__ = "list_hashes"
    __table_args__ = (Index("ix_list_hashes_key", "kind", "value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("hash_lists.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))


class KnownMatch(Base):
    """A sealed file found on a hash list: by which kind of hash, at what PDQ distance (0 for
    an exact digest), with the list's label at the time."""

    __tablename__ = "known_matches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("hash_lists.id"))
    kind: Mapped[str] = mapped_column(String(16))
    distance: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    matched_at: Mapped[datetime] = mapped_column(UTCDateTime)


class User(Base):
    """A console account: Argon2id password hash, TOTP secret, role and agency."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    totp_secret: Mapped[str] = mapped_column(EncryptedText("users.totp_secret"))
    last_totp_step: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(32))  # analyst, supervisor, agency_officer, admin
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # A one-time password (from `user add` or `user reset`) must be changed at first sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LoginAttempt(Base):
    """A failed or successful login, for lockout (5 failures in 15 minutes)."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    succeeded: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class ConsoleSession(Base):
    """A signed-in console session; the cookie holds the token, the table only its SHA-256."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship()


class AuditEntry(Base):
    """One link of the hash-chained audit log (see ``tipline.audit``)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    source: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class ReporterMessage(Base):
    """A message between the hotline and the reporter, shown on the status page."""

    __tablename__ = "reporter_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    direction: Mapped[str] = mapped_column(String(16))  # to_reporter, from_reporter
    text: Mapped[str] = mapped_column(EncryptedText("reporter_messages.text"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Referral(Base):
    """A case sent to an agency, with its basis (filled by the route and refer stages)."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"), index=True)
    basis: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32), default="sent")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PreservationRequest(Base):
    """A request to a platform to keep data about accounts (``tipline.routing.preservation``):
    the accounts, the period, the legal basis taken from the agency directory, the letter as
    drafted with its SHA-256, and when and how it was sent (``status`` drafted, then sent)."""

    __tablename__ = "preservation_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    platform: Mapped[str] = mapped_column(String(64))
    account: Mapped[str] = mapped_column(EncryptedText("preservation_requests.account"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    agency_id: Mapped[str | None] = mapped_column(String(64))
    accounts: Mapped[list] = mapped_column(EncryptedJSON("preservation_requests.accounts"), default=list,
                                          server_default="[]")
    period_start: Mapped[str | None] = mapped_column(String(40))
    period_end: Mapped[str | None] = mapped_column(String(40))
    legal_basis: Mapped[str] = mapped_column(Text, default="", server_default="")
    requested_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    letter: Mapped[str] = mapped_column(EncryptedText("preservation_requests.letter"), default="",
                                        server_default="")
    letter_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
    status: Mapped[str] = mapped_column(String(16), default="drafted", server_default="drafted")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_via: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Outcome(Base):
    """What finally happened to a case, and whether the reporter is told."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(EncryptedText("outcomes.note"), default="")
    tell_reporter: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Export(Base):
    """A large export built in the background (``tipline.exports``): a referral package for an
    agency, queued by an analyst and downloaded from the case page once ``ready``. The file is
    kept encrypted under ``HOME/exports``."""

    __tablename__ = "exports"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    agency_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(EncryptedText("exports.reason"), default="")
    requested_by: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))  # queued, ready, failed
    error: Mapped[str] = mapped_column(Text, default="", server_default="")
    size: Mapped[int | None] = mapped_column(BigInteger)
    sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


def _blind_value(_mapper, _connection, target) -> None:
    # The blind index follows the value, however the row was made or changed.
    target.value_key = target.value


for _model in (ReportedIdentifier, IdentifierSighting, LinkDecision):
    event.listen(_model, "before_insert", _blind_value)
    event.listen(_model, "before_update", _blind_value)
