"""Referral packages as exports: built in a request (the embedded default), or queued from the
console and built by a worker (``TIPLINE_TASK_QUEUE=procrastinate``), then downloaded from the
case page. A queued package is kept under ``HOME/exports/<id>``, encrypted under the master
key (``tipline.crypto.blobs``), until downloaded or purged with its case.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from tipline import audit, casework
from tipline.crypto.blobs import decrypt_chunks, encrypt_blob
from tipline.routing.package import PackageError, build_package
from tipline.routing.route import route_case
from tipline.store.db import transaction
from tipline.store.tables import Agency, Case, Export

KIND = "referral_package"


class ExportError(ValueError):
    """What is wrong with an export request (``status``: the HTTP answer)."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def package_zip(session, home, case: Case, agency: Agency, *, actor: str, reason: str,
                now: datetime) -> bytes:
    """Build, sign and record the referral package (``tipline.routing.package``) and return it
    as a .zip. Raises PackageError."""
    scratch = home.settings.scratch_dir
    scratch.mkdir(parents=True, exist_ok=True, mode=0o700)
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        built = build_package(session, home, case, agency, route_case(session, case),
                              casework.referred_elsewhere(session, case),
                              out=Path(folder) / "package", actor=actor, now=now,
                              reason=reason or None)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(built.folder.rglob("*")):
                archive.write(path, path.relative_to(built.folder).as_posix())
    return buffer.getvalue()


def checked_agency(session, agency_id: str) -> Agency:
    target = session.get(Agency, agency_id.strip())
    if target is None or not target.active:
        raise ExportError(f"no agency {agency_id.strip()[:64]!r} in the directory")
    return target


def queue_package(session, case: Case, user, agency_id: str, reason: str,
                  now: datetime) -> Export:
    """Record a referral package to build in the background (audited); the caller defers the
    ``build_export`` job after the commit. Raises ExportError, CaseActionError."""
    casework.check_may_change(case, user)
    agency = checked_agency(session, agency_id)
    row = Export(id="ex_" + secrets.token_hex(8), case_id=case.id, kind=KIND,
                 agency_id=agency.id, reason=" ".join((reason or "").split())[:2000],
                 requested_by=user.username, status="queued", created_at=now)
    session.add(row)
    audit.append(session, actor=user.username, action="export.queued", at=now, case_id=case.id,
                 detail={"export": row.id, "kind": KIND, "agency": agency.id})
    return row


def _path(home, export_id: str) -> Path:
    if not export_id.startswith("ex_") or not export_id[3:].isalnum():
        raise ExportError("not an export", 404)
    return home.settings.resolved_home / "exports" / export_id


def build_export(home, now: datetime, *, export_id: str) -> str:
    """The job: build a queued export, keep it encrypted, mark it ready (or failed, with the
    reason). Returns its status. A job run again for a finished export does nothing."""
    with transaction(home.sessions) as session:
        row = session.get(Export, export_id, with_for_update=True)
        if row is None or row.status != "queued":
            return row.status if row is not None else "missing"
        case = session.get(Case, row.case_id, with_for_update=True)
        try:
            data = package_zip(session, home, case, checked_agency(session, row.agency_id),
                               actor=row.requested_by, reason=row.reason, now=now)
        except (PackageError, ExportError) as error:
            row.status, row.error, row.finished_at = "failed", str(error)[:2000], now
            return row.status
        target = _path(home, row.id)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = target.with_name(f".{target.name}.partial")
        temp.write_bytes(encrypt_blob(home.keyring, row.id, data))
        os.replace(temp, target)
        row.status, row.finished_at = "ready", now
        row.size, row.sha256 = len(data), hashlib.sha256(data).hexdigest()
        return row.status


def exports_of(session, case: Case) -> list[Export]:
    return list(session.scalars(select(Export).where(Export.case_id == case.id)
                                .order_by(Export.created_at, Export.id)))


def read_export(home, row: Export) -> bytes:
    """The export's .zip. Raises ExportError (404) when it is not ready or its file is gone."""
    path = _path(home, row.id)
    if row.status != "ready" or not path.is_file():
        raise ExportError("this export is not ready", 404)

    def chunks():
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                yield chunk
    return b"".join(decrypt_chunks(home.keyring, row.id, chunks()))
