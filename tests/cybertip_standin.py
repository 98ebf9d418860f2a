"""A stand-in for the NCMEC CyberTipline Reporting API, for tests: it answers like the documented
API (HTTP Basic auth; ``/status``, ``/submit``, ``/upload``, ``/fileinfo``, ``/finish``,
``/retract``; XML answers with NCMEC's response codes, a ``Request-ID`` header) and checks
what NCMEC's XSD would: element order of the report's and file details' sequences, the incident
type enumeration, a zone on times, the reporting person's e-mail. Run it on loopback with
``running_standin()``; ``state`` shows what it received.
"""

from __future__ import annotations

import hashlib
import itertools
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from fastapi import FastAPI, Form, Request, UploadFile
from fastapi.responses import Response
from support import serve_in_thread

USER, PASSWORD = "esp-user", "esp-password"
INCIDENT_TYPES = {
    "Child Pornography (possession, manufacture, and distribution)", "Child Sex Trafficking",
    "Child Sex Tourism", "Child Sexual Molestation", "Misleading Domain Name",
    "Misleading Words or Digital Images on the Internet",
    "Online Enticement of Children for Sexual Acts", "Unsolicited Obscene Material Sent to a Child",
}
REPORT_ORDER = ["batchedReport", "incidentSummary", "internetDetails", "lawEnforcement", "reporter",
                "personOrUserReported", "intendedRecipient", "victim", "additionalInfo"]
SUMMARY_ORDER = ["incidentType", "platform", "escalateToHighPriority", "reportAnnotations",
                 "incidentDateTime", "incidentDateTimeDescription"]
REPORTED_ORDER = ["personOrUserReportedPerson", "vehicleDescription", "espIdentifier", "espService",
                  "compromisedAccount", "screenName", "displayName", "profileUrl", "profileBio",
                  "ipCaptureEvent", "deviceId", "thirdPartyUserReported", "priorCTReports",
                  "groupIdentifier", "accountTemporarilyDisabled", "accountPermanentlyDisabled",
                  "estimatedLocation", "allEmailsReported", "associatedAccount", "additionalInfo"]
PERSON_ORDER = ["firstName", "lastName", "phone", "email", "address", "age", "dateOfBirth"]
FILE_ORDER = ["reportId", "fileId", "fileName", "originalFileName", "uploadedToEspTimestamp",
              "locationOfFile", "fileViewedByEsp", "exifViewedByEsp", "publiclyAvailable",
              "fileRelevance", "potentialMeme", "fileAnnotations", "industryClassification",
              "originalFileHash", "ipCaptureEvent", "deviceId", "details", "additionalInfo"]


@dataclass
class Filed:
    xml: bytes
    files: dict = field(default_factory=dict)  # fileId -> {"name", "md5", "details"}
    state: str = "open"  # open, finished, retracted


@dataclass
class State:
    reports: dict = field(default_factory=dict)
    ids: itertools.count = field(default_factory=lambda: itertools.count(4564654))
    fail_upload: bool = False


def _answer(code: int, description: str = "", status: int = 200, root: str = "reportResponse",
            **fields) -> Response:
    element = ET.Element(root)
    ET.SubElement(element, "responseCode").text = str(code)
    if root == "reportResponse":
        ET.SubElement(element, "responseDescription").text = description or ("Success" if code == 0 else "")
    for name, value in fields.items():
        if name == "files":
            files = ET.SubElement(element, "files")
            for file_id in value:
                ET.SubElement(files, "fileId").text = file_id
        elif value is not None:
            ET.SubElement(element, name).text = str(value)
    body = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + ET.tostring(element)
    return Response(body, status_code=status, media_type="application/xml",
                    headers={"Request-ID": hashlib.sha256(body).hexdigest()[:16]})


def _in_order(parent: ET.Element, order: list[str]) -> str | None:
    last = -1
    for child in parent:
        if child.tag not in order:
            return f"unexpected element {child.tag} in {parent.tag}"
        if order.index(child.tag) < last:
            return f"element {child.tag} out of order in {parent.tag}"
        last = order.index(child.tag)
    return None


def _check_report(root: ET.Element) -> str | None:
    if root.tag != "report":
        return "the root element must be report"
    problem = _in_order(root, REPORT_ORDER)
    summary = root.find("incidentSummary")
    if problem or summary is None:
        return problem or "incidentSummary is required"
    problem = _in_order(summary, SUMMARY_ORDER)
    if problem:
        return problem
    if summary.findtext("incidentType") not in INCIDENT_TYPES:
        return f"incidentType {summary.findtext('incidentType')!r} is not allowed"
    when = summary.findtext("incidentDateTime") or ""
    try:
        if datetime.fromisoformat(when).tzinfo is None:
            return "incidentDateTime needs a time zone"
    except ValueError:
        return "incidentDateTime is not a dateTime"
    if not (root.findtext("reporter/reportingPerson/email") or "").strip():
        return "reportingPerson needs an email"
    if summary.find("escalateToHighPriority") is not None and \
            not (summary.findtext("escalateToHighPriority") or "").strip():
        return "escalateToHighPriority must not be blank"
    for reported in root.findall("personOrUserReported"):
        problem = _in_order(reported, REPORTED_ORDER)
        person = reported.find("personOrUserReportedPerson")
        problem = problem or (person is not None and _in_order(person, PERSON_ORDER)) or None
        if problem:
            return problem
    for victim in root.findall("victim"):
        if victim.find("victimPerson") is None:
            return "victimPerson is required in victim"
    return None


def make_app(state: State) -> FastAPI:
    app = FastAPI()

    def authorised(request: Request) -> bool:
        import base64

        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        return request.headers.get("authorization") == expected

    @app.middleware("http")
    async def auth(request: Request, call_next):
        if not authorised(request):
            return _answer(2000, "Authentication required", 401)
        return await call_next(request)

    @app.get("/ispws/status")
    def status():
        return _answer(0, f"Remote User : {USER}, Remote Ip : 127.0.0.1")

    @app.post("/ispws/submit")
    async def submit(request: Request):
        body = await request.body()
        try:
            root = ET.fromstring(body)
        except ET.ParseError:
            return _answer(4110, "Malformed XML submittal", 400)
        problem = _check_report(root)
        if problem:
            return _answer(4100, f"Validation failed: {problem}", 400)
        report_id = str(next(state.ids))
        state.reports[report_id] = Filed(body)
        return _answer(0, reportId=report_id)

    def _open(report_id: str) -> tuple[Filed | None, Response | None]:
        filed = state.reports.get(report_id)
        if filed is None:
            return None, _answer(5001, "Report does not exist", 404)
        if filed.state == "retracted":
            return None, _answer(5101, "Report already retracted", 409)
        if filed.state == "finished":
            return None, _answer(5102, "Report already finished", 409)
        return filed, None

    @app.post("/ispws/upload")
    async def upload(id: str = Form(...), file: UploadFile = Form(...)):  # noqa: A002 - the API's name
        filed, refused = _open(id)
        if refused:
            return refused
        if state.fail_upload:
            return _answer(1111, "File upload failed", 500)
        data = await file.read()
        file_id = hashlib.md5(data + id.encode() + str(len(filed.files)).encode()).hexdigest()  # noqa: S324
        filed.files[file_id] = {"name": file.filename, "md5": hashlib.md5(data).hexdigest(),  # noqa: S324
                                "details": None}
        return _answer(0, reportId=id, fileId=file_id, hash=filed.files[file_id]["md5"])

    @app.post("/ispws/fileinfo")
    async def fileinfo(request: Request):
        try:
            root = ET.fromstring(await request.body())
        except ET.ParseError:
            return _answer(4110, "Malformed XML submittal", 400)
        problem = root.tag != "fileDetails" and "the root element must be fileDetails" or \
            _in_order(root, FILE_ORDER)
        if problem:
            return _answer(4100, f"Validation failed: {problem}", 400)
        filed, refused = _open(root.findtext("reportId") or "")
        if refused:
            return refused
        entry = filed.files.get(root.findtext("fileId") or "")
        if entry is None:
            return _answer(5002, "File does not exist", 404)
        if any(h.get("hashType") is None for h in root.findall("originalFileHash")):
            return _answer(4100, "Validation failed: originalFileHash needs hashType", 400)
        if entry["details"] is not None:
            return _answer(4000, "Invalid request: file details already given", 400)
        entry["details"] = ET.tostring(root)
        return _answer(0, reportId=root.findtext("reportId"))

    @app.post("/ispws/finish")
    async def finish(id: str = Form(...)):  # noqa: A002
        filed, refused = _open(id)
        if refused:
            return refused
        filed.state = "finished"
        return _answer(0, root="reportDoneResponse", reportId=id, files=list(filed.files))

    @app.post("/ispws/retract")
    async def retract(id: str = Form(...)):  # noqa: A002
        filed, refused = _open(id)
        if refused:
            return refused
        filed.state = "retracted"
        return _answer(0, reportId=id)

    return app


@contextmanager
def running_standin():
    """The stand-in served by uvicorn on a free loopback port: yields (base URL, state)."""
    state = State()
    with serve_in_thread(make_app(state)) as base:
        yield f"{base}/ispws", state
