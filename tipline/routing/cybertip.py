"""Filing a case with the NCMEC CyberTipline, as a US electronic service provider does (issue 7,
item 7): the case read into ``cybertip_xml``'s shapes, and a client for the Reporting API.

The API (NCMEC's "CyberTipline Reporting API Technical Documentation"): HTTP Basic auth; XML
bodies ``text/xml; charset=utf-8``; ``POST /submit`` opens a report (answers ``reportId``),
``POST /upload`` (multipart ``id``, ``file``) answers ``fileId`` and the file's MD5, ``POST
/fileinfo`` takes one ``<fileDetails>`` per file, ``POST /finish`` (``id``) closes the report
and lists the files, ``POST /retract`` cancels an unfinished one. Every answer is XML with a
``responseCode`` (0 is success; ``RESPONSE_CODES`` has the rest), even on an HTTP error.

``file_case`` runs the whole sequence; if anything fails after ``/submit`` it retracts the
report, so no half report stays open at NCMEC, and raises ``CyberTipError``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from sqlalchemy import select

from tipline import audit
from tipline.evidence import custody
from tipline.routing.cybertip_xml import (
    CaseForCyberTip,
    Chat,
    FileForCyberTip,
    ReportedUser,
    file_details_xml,
    report_xml,
)
from tipline.store.tables import Agency, Case, IdentifierSighting, Referral
from tipline.web.pseudonym import CHILD_LABEL

TEST_URL = "https://exttest.cybertip.org/ispws"
RESPONSE_CODES = {
    0: "Success", 1000: "Server error", 1100: "Save failed", 1110: "Upload failed",
    1111: "File upload failed", 1210: "Resource not found", 1300: "Update failed",
    2000: "Authentication required", 3000: "User is not authorized to perform this action",
    3100: "User does not have authorization to make submissions",
    3300: "User does not have authorization to make updates", 4000: "Invalid request",
    4100: "Validation failed", 4110: "Malformed XML submittal", 4200: "Malformed file submittal",
    5001: "Report does not exist", 5002: "File does not exist", 5101: "Report already retracted",
    5102: "Report already finished",
}
NCMEC_AGENCY = "us-ncmec"


class CyberTipError(RuntimeError):
    """The CyberTipline refused or failed: ``code`` (its response code, or None when no XML
    came back), the description, and the ``Request-ID`` to quote to NCMEC."""

    def __init__(self, step: str, code: int | None, description: str, request_id: str = ""):
        self.step, self.code, self.description, self.request_id = step, code, description, request_id
        where = f" (Request-ID {request_id})" if request_id else ""
        super().__init__(f"CyberTipline {step}: {code if code is not None else 'no answer'} "
                         f"{description}{where}")


@dataclass
class Answer:
    code: int
    description: str
    report_id: str | None
    file_id: str | None
    hash: str | None
    files: list[str]


class CyberTipClient:
    """A client for the Reporting API at ``base_url`` (e.g. ``TEST_URL``)."""

    def __init__(self, base_url: str, username: str, password: str, *, timeout: float = 60.0,
                 transport: httpx.BaseTransport | None = None):
        self._http = httpx.Client(base_url=base_url.rstrip("/"), auth=(username, password),
                                  timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def _call(self, step: str, method: str, path: str, **kwargs) -> Answer:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise CyberTipError(step, None, f"cannot reach the CyberTipline: {error}") from None
        request_id = response.headers.get("Request-ID", "")
        try:
            root = ET.fromstring(response.content)
        except ET.ParseError:
            raise CyberTipError(step, None, f"HTTP {response.status_code} without an XML answer",
                                request_id) from None
        text = lambda tag: (root.findtext(tag) or "").strip() or None  # noqa: E731
        try:
            code = int(text("responseCode") or "")
        except ValueError:
            raise CyberTipError(step, None, "an answer without a responseCode", request_id) from None
        answer = Answer(code, text("responseDescription") or RESPONSE_CODES.get(code, ""),
                        text("reportId"), text("fileId"), text("hash"),
                        [f.text.strip() for f in root.iter("fileId") if f.text] if root.tag ==
                        "reportDoneResponse" else [])
        if code != 0:
            raise CyberTipError(step, code, answer.description or RESPONSE_CODES.get(code, ""),
                                request_id)
        return answer

    def status(self) -> Answer:
        return self._call("status", "GET", "/status")

    def submit(self, xml: bytes) -> str:
        answer = self._call("submit", "POST", "/submit", content=xml,
                            headers={"Content-Type": "text/xml; charset=utf-8"})
        if not answer.report_id:
            raise CyberTipError("submit", answer.code, "no reportId in the answer")
        return answer.report_id

    def upload(self, report_id: str, filename: str, data: bytes) -> Answer:
        return self._call("upload", "POST", "/upload", data={"id": report_id},
                          files={"file": (filename, data, "application/octet-stream")})

    def file_info(self, xml: bytes) -> Answer:
        return self._call("fileinfo", "POST", "/fileinfo", content=xml,
                          headers={"Content-Type": "text/xml; charset=utf-8"})

    def finish(self, report_id: str) -> list[str]:
        return self._call("finish", "POST", "/finish", files={"id": (None, report_id)}).files

    def retract(self, report_id: str) -> Answer:
        return self._call("retract", "POST", "/retract", files={"id": (None, report_id)})


def _transcript(conversation, hide: str | None) -> str:
    lines = []
    for m in conversation.messages:
        sender = m.sender or "(system)"
        if hide and sender.strip().casefold() == hide.strip().casefold():
            sender = CHILD_LABEL
        lines.append(f"[{m.sent_at or ''}] {sender}: {m.text}")
    return "\n".join(lines)


def _incident_time(case: Case) -> tuple[datetime, str]:
    for report in case.reports:
        if report.incident_at:
            try:
                moment = datetime.fromisoformat(report.incident_at)
            except ValueError:
                continue
            if moment.tzinfo is not None:
                return moment, "the time the reporter gave for the incident"
    first = min(r.received_at for r in case.reports)
    return first.astimezone(UTC), ("the time the report reached the hotline; the incident "
                                   "itself was earlier and its time is not known")


def case_for_cybertip(session, case: Case, *, names_child: bool) -> CaseForCyberTip:
    """Read a case into the export's shapes. ``names_child``: whether the child's name in chats
    may appear (the directory entry of NCMEC); otherwise it is replaced as on the case page."""
    user = ReportedUser()
    sightings = session.scalars(select(IdentifierSighting).where(
        IdentifierSighting.report_id.in_([r.id for r in case.reports]))
        .order_by(IdentifierSighting.id)).all()
    platforms = []
    for s in sightings:
        if s.kind == "email" and s.strong:
            user.emails.append(s.value)
        elif s.kind == "phone":
            user.phones.append(s.value)
        elif s.kind == "platform_user_id" and user.esp_identifier is None:
            user.esp_identifier, user.esp_service = s.value, s.platform or None
        elif s.kind == "username" and user.screen_name is None:
            user.screen_name = s.value
        elif s.kind == "display_name":
            user.display_names.append(s.raw or s.value)
        elif s.kind == "ip":
            user.ips.append(s.value)
        if s.kind == "username" and s.platform and "://" in (s.raw or ""):
            user.profile_urls.append(s.raw)
        if s.platform:
            platforms.append(s.platform)
    if user.esp_service is None and platforms:
        user.esp_service = platforms[0]
    chats = [Chat(c.format, _transcript(c, None if names_child else c.child_participant))
             for r in case.reports for c in r.conversations if c.attachment_id is not None]
    moment, note = _incident_time(case)
    return CaseForCyberTip(
        case_code=case.case_code, incident_type=case.incident_type, risk=case.risk,
        urgency=case.urgency, urgency_reasons=list(case.urgency_reasons or []),
        annotations=list(case.annotations or []), incident_at=moment, incident_time_note=note,
        platform=platforms[0] if platforms else None, chats=chats, reported=user,
        victim_ages=[r.child_age for r in case.reports] or [None],
        about="\n\n".join(r.about for r in case.reports if r.about.strip()),
    )


def export_documents(session, case: Case, *, reporter_email: str) -> tuple[bytes, list]:
    """The report XML and, per evidence file, (attachment, ``FileForCyberTip``). Raises
    ``CyberTipExportError``."""
    ncmec = session.get(Agency, NCMEC_AGENCY)
    shaped = case_for_cybertip(session, case, names_child=bool(ncmec and ncmec.victim_details))
    xml = report_xml(shaped, reporter_email=reporter_email)
    files = [(a, FileForCyberTip(a.filename, a.blob.md5, a.blob_sha256, list(case.annotations or [])))
             for r in case.reports for a in r.attachments]
    return xml, files


def file_case(session, home, case: Case, client: CyberTipClient, *, reporter_email: str,
              actor: str, now: datetime) -> dict:
    """Submit, upload every evidence file with its details, finish. On a failure after submit
    the report is retracted and CyberTipError raised (nothing recorded). On success: a referral
    to NCMEC whose basis names the CyberTipline report id, custody ``export`` events, an audit
    entry. Returns ``{"report_id", "files": [{"attachment_id", "file_id", "md5"}]}``."""
    xml, files = export_documents(session, case, reporter_email=reporter_email)
    report_id = client.submit(xml)
    uploaded = []
    try:
        for attachment, item in files:
            answer = client.upload(report_id, attachment.filename, home.blobs.read(attachment.blob_sha256))
            if answer.hash and answer.hash.lower() != attachment.blob.md5:
                raise CyberTipError("upload", None, f"the CyberTipline received {attachment.filename} "
                                    f"with MD5 {answer.hash}, not {attachment.blob.md5}")
            client.file_info(file_details_xml(report_id, answer.file_id or "", item))
            uploaded.append({"attachment_id": attachment.id, "file_id": answer.file_id,
                             "md5": answer.hash})
        finished = client.finish(report_id)
    except Exception:
        try:
            client.retract(report_id)
        except CyberTipError:
            pass  # the original failure is the one to report; NCMEC deletes it after 24 h anyway
        raise
    for attachment, _item in files:
        custody.record(session, sha256=attachment.blob_sha256, attachment_id=attachment.id,
                       actor=actor, action="export", at=now,
                       reason=f"uploaded to the CyberTipline, report {report_id}")
    if session.get(Agency, NCMEC_AGENCY) is not None and session.scalar(select(Referral).where(
            Referral.case_id == case.id, Referral.agency_id == NCMEC_AGENCY)) is None:
        session.add(Referral(case_id=case.id, agency_id=NCMEC_AGENCY, created_at=now,
                             basis=f"CyberTipline report {report_id}"))
        if case.status not in ("closed", "merged"):
            case.status, case.updated_at = "referred", now
    audit.append(session, actor=actor, action="case.cybertip_filed", at=now, case_id=case.id,
                 detail={"report_id": report_id, "files": uploaded, "finished_files": finished})
    return {"report_id": report_id, "files": uploaded}
