"""Configuration from environment variables, read once and passed down.

Every variable starts with ``TIPLINE_``. The embedded default keeps everything under
``TIPLINE_HOME`` (default ``./var``): the SQLite database, the blob folder and the secrets.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

MiB = 1024 * 1024


class Settings(BaseSettings):
    """All of Tipline's configuration.

    - ``home``: data directory (``TIPLINE_HOME``), created on first use.
    - ``database_url``: SQLAlchemy URL (``TIPLINE_DATABASE_URL``); default SQLite in WAL mode
      at ``HOME/tipline.db``. PostgreSQL URLs ``postgresql://...`` use psycopg 3.
    - ``pin_secret_file``: the key of the HMAC-SHA256 that stores receipt PINs; kept outside
      the database (default ``HOME/secrets/pin.key``, created with mode 0600).
    - ``audit_anchor_file``: where the audit chain's newest entry is recorded outside the
      database (default ``HOME/audit-anchor.json``; see ``tipline.audit``).
    - Intake limits: bytes and counts; exceeding one answers 413 (size) or 422 (count).
    - The child's pages: rate limits per network and the quick-exit address.
    """

    model_config = SettingsConfigDict(env_prefix="TIPLINE_", extra="ignore")

    home: Path = Path("var")
    database_url: str | None = None
    pin_secret_file: Path | None = None
    # The master keys that encrypt everything sensitive at rest (tipline/crypto): outside the
    # database always; default HOME/master.key, created with mode 0600 on first use.
    master_key_file: Path | None = None
    # Optional: a key management service key (AWS KMS or compatible) that encrypts the master
    # keys inside that file; credentials from boto3's usual places.
    master_key_kms_key_id: str | None = None
    kms_endpoint_url: str | None = None
    kms_region: str | None = None
    audit_anchor_file: Path | None = None

    max_attachments: int = Field(default=10, ge=0)
    max_attachment_bytes: int = Field(default=25 * MiB, ge=1)
    max_request_bytes: int = Field(default=60 * MiB, ge=1)
    max_json_bytes: int = Field(default=1 * MiB, ge=1)
    pin_attempt_limit: int = Field(default=10, ge=1)

    # The child's pages: requests per network (a keyed hash of the /24 or /48, never the
    # address), counted with the ``limits`` library; "memory://" or a redis:// URL.
    public_rate_limit_steps: str = "600/10 minutes"
    public_rate_limit_reports: str = "60/hour"
    rate_limit_storage: str = "memory://"
    # Where the quick exit sends a child: an everyday site that raises no questions.
    quick_exit_url: str = "https://www.google.com/"

    session_idle_minutes: int = 30
    session_absolute_hours: int = 12
    cookie_secure: bool = False

    # On-call notification (tipline/notify.py): where an immediate case is announced at once,
    # and where it goes when nobody claims it within ``escalate_after_minutes``. Addresses are
    # comma-separated; nothing is sent where nothing is set.
    console_url: str = "http://127.0.0.1:8000/console"
    oncall_emails: str = ""
    supervisor_emails: str = ""
    smtp_host: str | None = None
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_starttls: bool = False
    smtp_username: str | None = None
    smtp_password: str | None = None
    notify_from: str = "tipline@localhost"
    notify_webhook_url: str | None = None
    notify_webhook_secret: str | None = None
    escalate_after_minutes: int = Field(default=15, ge=1)
    escalation_check_seconds: int = Field(default=60, ge=0)  # 0: the server does not check
    # Who signs preservation letters and referral packages, and how a platform replies.
    hotline_name: str = Field(default="Tipline hotline", min_length=1, max_length=200)
    hotline_contact: str = Field(default="", max_length=500)
    # Filing with the NCMEC CyberTipline (US electronic service providers; tipline cybertip).
    cybertip_url: str = "https://exttest.cybertip.org/ispws"
    cybertip_username: str | None = None
    cybertip_password: str | None = None
    cybertip_reporter_email: str = ""
    # The platform API (tipline/platform_api): calls per API key (a ``limits`` string), how
    # long an opened report may stay unfinished, the largest file and chunk it takes.
    platform_rate_limit: str = "1200/minute"
    platform_report_hours: float = Field(default=24.0, gt=0)
    platform_max_file_bytes: int = Field(default=200 * MiB, ge=1)
    platform_max_chunk_bytes: int = Field(default=8 * MiB, ge=1)
    platform_max_bulk_lines: int = Field(default=5_000, ge=1)
    # Platform reports filed at once per web process (the rest wait their turn): a child's
    # report, which never waits in this line, keeps its share of the processor.
    platform_intake_concurrency: int = Field(default=2, ge=1)
    # Webhooks to platforms: tries before a delivery is given up as failed, the first wait
    # (doubling each time, at most 6 hours), the request timeout, how often the server looks.
    webhook_max_attempts: int = Field(default=10, ge=1)
    webhook_backoff_seconds: float = Field(default=30.0, gt=0)
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)
    webhook_check_seconds: float = Field(default=5.0, ge=0)  # 0: the server does not deliver
    # Where sealed originals are kept: "folder" (HOME/blobs) or "s3", an S3-compatible object
    # store with object lock (tipline/evidence/s3.py). Credentials come from boto3's usual
    # places (AWS_ACCESS_KEY_ID..., shared files, instance roles), never from here.
    blob_store: Literal["folder", "s3"] = "folder"
    s3_bucket: str = ""
    s3_prefix: str = "blobs/"
    s3_endpoint_url: str | None = None
    s3_region: str | None = None
    s3_object_lock_mode: Literal["GOVERNANCE", "COMPLIANCE"] = "GOVERNANCE"
    # Days each object is locked for (0: the bucket's default retention decides).
    s3_object_lock_days: int = Field(default=0, ge=0)
    # Background work (tipline/jobs): "inline" runs it inside tipline serve (the embedded
    # default); "procrastinate" queues it in PostgreSQL for `tipline worker` processes.
    task_queue: Literal["inline", "procrastinate"] = "inline"
    # Retention (tipline/retention.py): days a closed case is kept (never referred / referred),
    # days sign-in attempts, console sessions and webhook deliveries are kept; how often the
    # purge runs (0: only `tipline purge`). Cases under a legal hold are never purged.
    retention_closed_days: int = Field(default=365, ge=1)
    retention_referred_days: int = Field(default=3650, ge=1)
    retention_log_days: int = Field(default=90, ge=1)
    purge_check_seconds: float = Field(default=3600.0, ge=0)
    # Logs to standard error: "text" lines or "json" objects, secrets and addresses taken out
    # (tipline/ops/logs.py). /metrics asks for "Authorization: Bearer <token>" when one is set.
    log_format: Literal["text", "json"] = "text"
    metrics_token: str | None = None
    # How often files sealed before a hash list was loaded are matched against it (0: never).
    rematch_check_seconds: float = Field(default=60.0, ge=0)
    # Known material: the largest PDQ distance that counts as a match (Meta: 31 is confident).
    pdq_match_distance: int = Field(default=31, ge=0, le=255)

    @cached_property
    def resolved_home(self) -> Path:
        return self.home.expanduser().resolve()

    @property
    def blob_dir(self) -> Path:
        return self.resolved_home / "blobs"

    @property
    def scratch_dir(self) -> Path:
        """Private temporary copies of evidence for parsers (``HOME/tmp``), deleted after."""
        return self.resolved_home / "tmp"

    @property
    def uploads_dir(self) -> Path:
        """Chunks of platform uploads still in progress (``HOME/uploads``)."""
        return self.resolved_home / "uploads"

    @property
    def secrets_dir(self) -> Path:
        return self.resolved_home / "secrets"

    @property
    def audit_anchor_path(self) -> Path:
        """Where the audit chain's newest entry is recorded outside the database
        (``tipline.audit``); default ``HOME/audit-anchor.json``."""
        return self.audit_anchor_file or self.resolved_home / "audit-anchor.json"

    @property
    def master_key_path(self) -> Path:
        return (self.master_key_file.expanduser() if self.master_key_file
                else self.resolved_home / "master.key")

    @property
    def pin_key_path(self) -> Path:
        return self.pin_secret_file or self.secrets_dir / "pin.key"

    @property
    def url(self) -> str:
        """The effective database URL (psycopg 3 driver for bare ``postgresql://``)."""
        if self.database_url:
            url = self.database_url
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://"):]
            elif url.startswith("postgres://"):
                url = "postgresql+psycopg://" + url[len("postgres://"):]
            return url
        return f"sqlite:///{self.resolved_home / 'tipline.db'}"
