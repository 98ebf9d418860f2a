"""Sealed originals in an S3-compatible object store (AWS S3, MinIO, Ceph, ...) with object
lock: write-once objects named ``<prefix><sha256>``, through boto3.

Each object is written with:

- ``If-None-Match: *``, so an object already there is never replaced (S3 conditional writes;
  the store answers 412 and the bytes already sealed stay);
- ``ChecksumSHA256``, so the store itself refuses bytes that changed on the way;
- an object lock retention (``GOVERNANCE`` or ``COMPLIANCE``, ``s3_object_lock_days``), so not
  even the hotline's own credentials delete or overwrite a version before then. The bucket
  must have been created with object lock enabled (which also turns versioning on).

Credentials come from boto3's usual places (environment, shared files, instance roles), never
from Tipline's settings. Raises ``BlobStoreError`` with what to fix when the bucket cannot be
used.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

CHUNK = 1024 * 1024


class BlobStoreError(ValueError):
    """The object store cannot be used as configured (says which setting, or what failed)."""


class S3Backend:
    """Raw write-once objects in one bucket under one prefix."""

    def __init__(self, *, bucket: str, prefix: str = "", endpoint_url: str | None = None,
                 region: str | None = None, lock_mode: str = "GOVERNANCE",
                 lock_days: int = 0, client=None):
        import boto3
        from botocore.config import Config

        if not bucket:
            raise BlobStoreError("TIPLINE_S3_BUCKET is not set (the bucket for evidence)")
        self.bucket, self.prefix = bucket, prefix
        self.lock_mode, self.lock_days = lock_mode, lock_days
        self.client = client or boto3.client(
            "s3", endpoint_url=endpoint_url or None, region_name=region or None,
            config=Config(retries={"max_attempts": 5, "mode": "standard"}))

    def key(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def _lock(self) -> dict:
        """The object lock retention of a new version (none: the bucket's default)."""
        if self.lock_days <= 0 or not self.lock_mode:
            return {}
        return {"ObjectLockMode": self.lock_mode,
                "ObjectLockRetainUntilDate": datetime.now(UTC) + timedelta(days=self.lock_days)}

    def _get(self, name: str):
        from botocore.exceptions import ClientError

        try:
            return self.client.get_object(Bucket=self.bucket, Key=self.key(name))
        except ClientError as error:
            if _missing(error):
                raise FileNotFoundError(name) from None
            raise

    def exists(self, name: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self.key(name))
        except ClientError as error:
            if _missing(error):
                return False
            raise
        return True

    def write_once(self, name: str, data: bytes) -> bool:
        """Store ``data`` as ``name`` unless there; True when written now."""
        from botocore.exceptions import ClientError

        try:
            self.client.put_object(
                Bucket=self.bucket, Key=self.key(name), Body=data, IfNoneMatch="*",
                ChecksumAlgorithm="SHA256",
                ChecksumSHA256=base64.b64encode(hashlib.sha256(data).digest()).decode(),
                **self._lock())
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("PreconditionFailed", "412",
                                                               "ConditionalRequestConflict"):
                return False  # already sealed (by this or another process)
            raise
        return True

    def replace(self, name: str, data: bytes) -> None:
        """Write a new version of ``name`` (re-wrapping its key: ``tipline keys rotate``);
        the object lock keeps the old version until its retention ends."""
        self.client.put_object(
            Bucket=self.bucket, Key=self.key(name), Body=data, ChecksumAlgorithm="SHA256",
            ChecksumSHA256=base64.b64encode(hashlib.sha256(data).digest()).decode(),
            **self._lock())

    def read(self, name: str) -> bytes:
        """The object's bytes. Raises FileNotFoundError when it is not there."""
        return self._get(name)["Body"].read()

    def chunks(self, name: str) -> Iterator[bytes]:
        """The object's bytes, streamed. Raises FileNotFoundError when it is not there."""
        yield from self._get(name)["Body"].iter_chunks(CHUNK)

    def names(self) -> Iterator[str]:
        """Every object's name under the prefix, in order."""
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self.prefix)
        for page in pages:
            for item in page.get("Contents", []):
                yield item["Key"][len(self.prefix):]

    def delete(self, name: str) -> None:
        """Remove every version of ``name`` (purge). Raises botocore's ClientError where the
        object lock still holds a version."""
        versions = self.client.list_object_versions(Bucket=self.bucket, Prefix=self.key(name))
        for item in [*versions.get("Versions", []), *versions.get("DeleteMarkers", [])]:
            if item["Key"] == self.key(name):
                self.client.delete_object(Bucket=self.bucket, Key=item["Key"],
                                          VersionId=item["VersionId"])

    def check_writable(self) -> str:
        """"ok", or why the bucket cannot take evidence now (no secrets in it)."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
        except ClientError as error:
            return f"bucket unusable ({error.response.get('Error', {}).get('Code', 'error')})"
        except BotoCoreError as error:
            return f"object store unreachable ({type(error).__name__})"
        return "ok"


def _missing(error) -> bool:
    return error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound")
