"""Referral packages: what an agency receives, and how it checks it (issue 7, item 5; DESIGN.md
stage "refer").

A package is a folder:

- ``manifest.json``: the case (reports, identifiers, risk assessment, routing basis, related
  referrals), every evidence item with its SHA-256, MD5 and size, and ``files``: every other
  file of the package with its SHA-256 and size;
- ``manifest.sig.json``: a detached Ed25519 signature of ``manifest.json``'s bytes with the
  hotline's key in force (``tipline.routing.signing``);
- ``transcript.pdf`` (WeasyPrint) and ``transcript.csv`` (every cell formula-safe): each
  conversation's messages with triage's indicators;
- ``custody.json``: the custody events of every evidence file (the packaging itself included)
  and the case's audit entries (id, time, actor, action, entry hash);
- ``evidence/``: the sealed originals, only where the agency's directory entry allows the
  child's details (an original cannot be pseudonymised); otherwise each is listed in the
  manifest, with its hashes, as withheld;
- ``README.txt``: how to check the package.

Unless the agency's entry allows it, the child's details are pseudonymised as on the case page
(``tipline.web.pseudonym``): contact details hidden, the child's name in chats replaced.

``verify_package`` checks the signature against a key ring, then every listed file's hash and
size, that none is missing, that nothing unlisted is there, and that no path leaves the folder;
it returns the first problem in words.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from tipline import audit
from tipline.evidence import custody
from tipline.routing import signing
from tipline.store.tables import Agency, AuditEntry, Case, CustodyEvent, IdentifierSighting, Referral
from tipline.web.csv_export import to_csv
from tipline.web.pseudonym import CHILD_LABEL, pseudonymise

FORMAT = "tipline-referral/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig.json"
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class PackageError(ValueError):
    """A package that cannot be built (the folder is not empty, an evidence file changed)."""


def _sha256_file(path: Path) -> tuple[str, int]:
    hasher, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            hasher.update(chunk)
            size += len(chunk)
    return hasher.hexdigest(), size


def _safe_name(name: str) -> str:
    cleaned = _SAFE.sub("_", name).strip("._") or "file"
    return cleaned[-80:]


def _report_views(case: Case) -> list[dict]:
    """The reports as the case page shows them (the shape ``pseudonymise`` takes)."""
    views = []
    for r in case.reports:
        views.append({
            "report_id": r.id, "received_at": r.received_at.isoformat(), "via": r.submitted_via,
            "reporter": r.reporter_kind, "about": r.about, "incident_type": r.incident_type,
            "incident_at": r.incident_at, "child_age": r.child_age,
            "child_age_band": r.child_age_band, "child_country": r.child_country,
            "child_region": r.child_region, "child_name_in_chat": r.child_name_in_chat,
            "danger_now": r.danger_now,
            "contact": {k: v for k, v in (r.contact or {}).items() if v},
            "conversations": [{
                "id": c.id, "format": c.format, "source": c.source_name,
                "participants": list(c.participants), "child": c.child_participant,
                "risk": c.risk, "score": round(c.risk_score, 3), "urgency": c.urgency,
                "urgency_reasons": list(c.urgency_reasons), "notes": list(c.notes),
                "messages": [{
                    "index": m.index, "sent_at": m.sent_at, "sender": m.sender, "text": m.text,
                    "source": m.source, "forwarded_from": m.forwarded_from,
                    "reactions": list(m.reactions or []),
                    "indicators": [{"category": h.category, "span": [h.span_start, h.span_end],
                                    "why": h.why} for h in c.hits if h.message_index == m.index],
                } for m in c.messages],
            } for c in r.conversations],
        })
    return views


def _hide_child(views: list[dict]) -> list[dict]:
    out = pseudonymise(views)
    for view in out:
        if view.get("child_name_in_chat"):
            view["child_name_in_chat"] = CHILD_LABEL
    return out


@dataclass
class Built:
    """A package written to ``folder``: its manifest, the manifest's SHA-256, and the key."""

    folder: Path
    manifest: dict
    manifest_sha256: str
    key_id: str


def check_routed(agency: Agency, routing: dict, reason: str | None) -> str | None:
    """``None`` when routing names ``agency`` for the case; otherwise the reason an analyst
    gave for sending it elsewhere, which must say something (at least 10 characters). Raises
    PackageError: a child's details must not go to an agency routing did not choose without
    a stated reason."""
    if agency.id in {a["id"] for a in routing.get("agencies", [])}:
        return None
    text = " ".join((reason or "").split())
    if len(text) < 10:
        routed = ", ".join(a["id"] for a in routing.get("agencies", [])) or "none"
        raise PackageError(f"routing does not send this case to {agency.id} (it names {routed}); "
                           "give a reason of at least 10 characters to send it there anyway")
    return text[:2000]


def build_package(session, home, case: Case, agency: Agency, routing: dict, related: list[dict],
                  *, out: Path, actor: str, now: datetime, reason: str | None = None) -> Built:
    """Write the package for ``agency`` into ``out`` (created; must not exist or be empty),
    sign it, and record it: a custody event ``export`` per evidence file, an audit entry with
    the manifest's SHA-256, and a referral to the agency if the case has none yet (its basis
    is the routing decision, or ``reason`` for an agency routing did not name: required then,
    see ``check_routed``). Raises PackageError."""
    override = check_routed(agency, routing, reason)
    if out.is_symlink() or (out.exists() and (not out.is_dir() or any(out.iterdir()))):
        raise PackageError(f"{out} exists and is not an empty folder; give a new one")
    final = out
    # Written beside the target and moved into place at the end: a failure leaves nothing.
    out = final.parent / f".{final.name}.partial-{os.getpid()}"
    shutil.rmtree(out, ignore_errors=True)
    try:
        built = _write(session, home, case, agency, routing, related, override, out=out,
                       actor=actor, now=now)
        if final.exists():
            final.rmdir()
        os.replace(out, final)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    built.folder = final
    return built


def _write(session, home, case, agency, routing, related, override, *, out: Path, actor: str,
           now: datetime) -> Built:
    from tipline.routing.route import basis_text
    from tipline.routing.transcript import transcript_csv_rows, transcript_pdf

    names_child = bool(agency.victim_details)
    views = _report_views(case)
    shown = views if names_child else _hide_child(views)
    out.mkdir(parents=True)
    (out / "evidence").mkdir()

    evidence = []
    for number, attachment in enumerate((a for r in case.reports for a in r.attachments), 1):
        item = {"attachment_id": attachment.id, "filename": attachment.filename,
                "media_type": attachment.media_type, "size": attachment.size,
                "sha256": attachment.blob_sha256, "md5": attachment.blob.md5,
                "derived_from": attachment.derived_from_id, "included": names_child}
        if names_child:
            path = f"evidence/{number:03d}-{attachment.blob_sha256[:12]}-{_safe_name(attachment.filename)}"
            with home.blobs.local_copy(attachment.blob_sha256) as original:
                shutil.copyfile(original, out / path)
            if _sha256_file(out / path)[0] != attachment.blob_sha256:
                raise PackageError(f"evidence {attachment.id} no longer matches its SHA-256; "
                                   "run `tipline evidence verify`")
            item["path"] = path
        else:
            item["withheld"] = ("the original may name the child, and this agency's directory "
                                "entry does not allow the child's details; ask the hotline")
        custody.record(session, sha256=attachment.blob_sha256, attachment_id=attachment.id,
                       actor=actor, action="export", at=now,
                       reason=f"referral package for {agency.id}" + ("" if names_child else
                                                                    " (listed, not included)"))
        evidence.append(item)
    session.flush()

    (out / "transcript.csv").write_text(to_csv(
        ["report", "conversation", "source", "index", "sent_at", "sender", "text", "indicators"],
        transcript_csv_rows(shown)), "utf-8")
    transcript_pdf(shown, case_code=case.case_code, agency=agency.name, built_at=now,
                   pseudonymised=not names_child, path=out / "transcript.pdf")
    blobs = {a.blob_sha256 for r in case.reports for a in r.attachments}
    events = session.scalars(select(CustodyEvent).where(CustodyEvent.blob_sha256.in_(blobs))
                             .order_by(CustodyEvent.id)).all()
    history = session.scalars(select(AuditEntry).where(AuditEntry.case_id == case.id)
                              .order_by(AuditEntry.id)).all()
    (out / "custody.json").write_text(json.dumps({
        "custody_events": [{"id": e.id, "sha256": e.blob_sha256, "attachment_id": e.attachment_id,
                            "actor": e.actor, "action": e.action, "reason": e.reason,
                            "at": e.at.isoformat()} for e in events],
        "case_audit_entries": [{"id": e.id, "at": e.at.isoformat(), "actor": e.actor,
                                "action": e.action, "entry_hash": e.entry_hash} for e in history],
    }, indent=2, ensure_ascii=False) + "\n", "utf-8")
    (out / "README.txt").write_text(README, "utf-8")

    files = []
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        digest, size = _sha256_file(path)
        files.append({"path": path.relative_to(out).as_posix(), "sha256": digest, "size": size})
    sightings = session.scalars(select(IdentifierSighting).where(
        IdentifierSighting.report_id.in_([r.id for r in case.reports]))
        .order_by(IdentifierSighting.id)).all()
    manifest = {
        "format": FORMAT, "case_code": case.case_code, "built_at": now.isoformat(),
        "built_by": actor,
        "agency": {"id": agency.id, "name": agency.name, "kind": agency.kind},
        "child_details": "included" if names_child else "pseudonymised",
        "reports": [{k: v for k, v in view.items() if k != "conversations"} | {
            "conversations": [{k: v for k, v in c.items() if k != "messages"}
                              | {"messages": len(c["messages"])} for c in view["conversations"]]}
            for view in shown],
        "identifiers": [{"report_id": s.report_id, "kind": s.kind, "platform": s.platform or None,
                         "value": s.value, "confidence": s.confidence, "links": s.links,
                         "found_in": s.origin, "as_written": s.raw} for s in sightings],
        "risk_assessment": {"risk": case.risk, "score": round(case.risk_score, 3),
                            "urgency": case.urgency, "urgency_reasons": list(case.urgency_reasons),
                            "incident_type": case.incident_type,
                            "annotations": list(case.annotations or [])},
        "routing": routing, "sent_outside_routing": override, "related_referrals": related,
        "cluster": _cluster_summary(session, case), "evidence": evidence, "files": files,
    }
    body = (json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()
    (out / MANIFEST).write_bytes(body)
    signature = home.signing.sign(body, now)
    (out / SIGNATURE).write_text(json.dumps(signature, indent=2) + "\n", "utf-8")
    manifest_sha256 = hashlib.sha256(body).hexdigest()

    if session.scalar(select(Referral).where(Referral.case_id == case.id,
                                             Referral.agency_id == agency.id)) is None:
        basis = f"sent outside routing: {override}" if override else basis_text(routing)
        session.add(Referral(case_id=case.id, agency_id=agency.id, basis=basis, created_at=now))
        if case.status not in ("closed", "merged"):
            case.status, case.updated_at = "referred", now
    audit.append(session, actor=actor, action="referral.package_built", at=now, case_id=case.id,
                 reason=override or "",
                 detail={"agency": agency.id, "manifest_sha256": manifest_sha256,
                         "key_id": signature["key_id"], "files": len(files),
                         "child_details": manifest["child_details"]})
    return Built(out, manifest, manifest_sha256, signature["key_id"])


def _cluster_summary(session, case: Case) -> dict | None:
    """The other cases linked to this one (case codes, children's countries, the identifiers
    that link them), so the agency sees the offender's wider footprint; their content is not
    included."""
    from tipline.linking.service import cluster_view

    clusters = {r.cluster_id for r in case.reports if r.cluster_id is not None}
    views = [v for v in (cluster_view(session, cid) for cid in sorted(clusters)) if v]
    others = [r for v in views for r in v.reports if r["case_code"] != case.case_code]
    if not others:
        return None
    return {"linked_cases": sorted({r["case_code"] for r in others}),
            "countries": sorted({c for v in views for c in v.countries}),
            "shared_identifiers": [{"kind": s.kind, "platform": s.platform, "value": s.value}
                                   for v in views for s in v.shared]}


README = """Tipline referral package
========================

manifest.json      the case, its identifiers, risk assessment, routing basis, evidence list,
                   and every other file here with its SHA-256 and size
manifest.sig.json  an Ed25519 signature of manifest.json by the hotline's key
transcript.pdf     the conversations, as the hotline's analysts read them
transcript.csv     the same, one message a row (cells never start a formula)
custody.json       who did what to each evidence file, and the case's audit entries
evidence/          the sealed originals (when the child's details may be shared)

To check it: `tipline referral verify THIS_FOLDER --keys tipline-keys.json`, where
tipline-keys.json is the hotline's key ring from https://<hotline>/.well-known/tipline-keys.json.
Without Tipline: check the signature with any Ed25519 tool against the key named in
manifest.sig.json, then compare each file's SHA-256 with the manifest.
"""


@dataclass(frozen=True, slots=True)
class Verified:
    """The outcome of ``verify_package``: ``problem`` is None when every check passed."""

    problem: str | None
    key_id: str | None = None
    files: int = 0
    key_retired_at: str | None = None  # the signing key was retired then (it still verifies)

    @property
    def ok(self) -> bool:
        return self.problem is None


def _inside(folder: Path, relative: str) -> Path | None:
    if not isinstance(relative, str) or not relative or relative.startswith(("/", "\\")) \
            or "\\" in relative or any(part in ("", ".", "..") for part in relative.split("/")):
        return None
    return folder / relative


MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_SIGNATURE_BYTES = 64 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _read_json(folder: Path, name: str, limit: int):
    """(document, None) or (None, problem): the file must be a plain file (not a link, a FIFO
    or a device, which could hang the reader) of at most ``limit`` bytes holding JSON."""
    path = folder / name
    if path.is_symlink() or (path.exists() and not path.is_file()):
        return None, f"{name} is not a plain file"
    if not path.exists():
        return None, f"{name} is missing"
    if path.stat().st_size > limit:
        return None, f"{name} is larger than {limit:,} bytes"
    body = path.read_bytes()
    try:
        return (body, json.loads(body)), None
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        return None, f"{name} cannot be read: {str(error)[:200]}"


def verify_package(folder: Path, keys: list[signing.PublicKey]) -> Verified:
    """Check a package folder against the hotline's ``keys``: the signature, then each listed
    file (present, a plain file inside the folder, same size and SHA-256), then that nothing
    unlisted is there (no other file, link, FIFO or folder), then that each included evidence
    item is the listed file. Returns the first problem; never raises on a broken package."""
    try:
        return _verify(folder, keys)
    except Exception as error:  # noqa: BLE001 - a hostile package must not crash the checker
        return Verified(f"the package cannot be checked: {type(error).__name__}: {str(error)[:200]}")


def _verify(folder: Path, keys: list[signing.PublicKey]) -> Verified:
    if folder.is_symlink() or not folder.is_dir():
        return Verified(f"{folder} is not a folder")
    read, problem = _read_json(folder, MANIFEST, MAX_MANIFEST_BYTES)
    if problem:
        return Verified(problem)
    body, manifest = read
    read, problem = _read_json(folder, SIGNATURE, MAX_SIGNATURE_BYTES)
    if problem:
        return Verified(problem)
    try:
        key = signing.verify(body, read[1], keys)
    except signing.SigningError as error:
        return Verified(str(error))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT \
            or not isinstance(manifest.get("files"), list) \
            or not isinstance(manifest.get("evidence", []), list):
        return Verified(f"{MANIFEST} is not a {FORMAT} manifest")
    listed: dict[str, dict] = {}
    for entry in manifest["files"]:
        relative = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(relative, str) or len(relative) > 1024 or \
                not isinstance(entry.get("size"), int) or not isinstance(entry.get("sha256"), str):
            return Verified(f"the manifest lists an entry that is not a file: {str(entry)[:200]}")
        path = _inside(folder, relative)
        if path is None or relative in (MANIFEST, SIGNATURE) or relative in listed:
            return Verified(f"the manifest lists a path that is not allowed: {relative[:200]!r}")
        if path.is_symlink() or (path.exists() and not path.is_file()):
            return Verified(f"{relative} is not a plain file")
        if not path.exists():
            return Verified(f"{relative} is missing")
        digest, size = _sha256_file(path)
        if size != entry["size"] or digest != entry["sha256"]:
            return Verified(f"{relative} does not match the manifest (SHA-256 {digest})")
        listed[relative] = entry
    folders = {"evidence"} | {"/".join(p.split("/")[:i]) for p in listed
                              for i in range(1, p.count("/") + 1)}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            return Verified(f"{relative} is a link; a package holds only plain files")
        if path.is_dir():
            if relative not in folders:
                return Verified(f"{relative}/ is a folder the manifest does not account for")
        elif not path.is_file():
            return Verified(f"{relative} is not a plain file")
        elif relative not in listed and relative not in (MANIFEST, SIGNATURE):
            return Verified(f"{relative} is not listed in the manifest")
    for item in manifest.get("evidence") or []:
        if not isinstance(item, dict):
            return Verified("the manifest's evidence list holds an entry that is not an item")
        if item.get("included"):
            where = item.get("path")
            entry = listed.get(where) if isinstance(where, str) else None
            if entry is None or entry["sha256"] != item.get("sha256"):
                return Verified(f"evidence {str(item.get('attachment_id'))[:40]} is not the file "
                                "the manifest lists for it")
    return Verified(None, key.key_id, len(listed), key.retired_at)
