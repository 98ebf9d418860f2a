"""The CyberTipline report XML and file details, as NCMEC's Reporting API takes them (issue 7,
item 7). Pure: plain data in, bytes out.

Shapes follow NCMEC's "CyberTipline Reporting API Technical Documentation" and its XSD
(``GET /xsd``): a ``<report>`` in no namespace with ``xsi:noNamespaceSchemaLocation``, whose
children are an ``xs:sequence`` (order matters): ``incidentSummary``, ``internetDetails``*,
``reporter``, ``personOrUserReported``, ``victim``*, ``additionalInfo``. Times carry a zone.
The PyPI ``ncmec-cybertip`` models could not serve (not installable here), so the elements are
written with the standard library's ElementTree, which escapes every text.

Tipline's incident types map to the CyberTipline's (``INCIDENT_TYPES``); ``other_harm`` has no
CyberTipline type and is refused. An immediate case is escalated to high priority with its
urgency reasons as the stated reason.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime

SCHEMA_LOCATION = "https://report.cybertip.org/ispws/xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

INCIDENT_TYPES = {
    "online_enticement": "Online Enticement of Children for Sexual Acts",
    "sextortion": "Online Enticement of Children for Sexual Acts",
    "csam": "Child Pornography (possession, manufacture, and distribution)",
    "self_generated_image_shared": "Child Pornography (possession, manufacture, and distribution)",
    "obscene_material_sent_to_child": "Unsolicited Obscene Material Sent to a Child",
    "trafficking": "Child Sex Trafficking",
}
# Triage's risk, when an analyst has not classified the case.
RISK_TYPES = {"grooming": "online_enticement", "sextortion": "sextortion"}
# Case annotations -> report annotations (xs:all of empty flags) and file annotations.
REPORT_ANNOTATIONS = {"sextortion": "sextortion", "financial_sextortion": "sextortion",
                      "minor_to_minor": "minorToMinorInteraction"}
FILE_ANNOTATIONS = {"viral": "viral", "generative_ai": "generativeAi"}
URGENCY_WORDS = {
    "meeting_planned": "a meeting with the child is planned",
    "threat_deadline": "a threat with a deadline",
    "self_harm": "the child speaks of harming themselves",
    "child_in_danger": "the child may be in danger now",
    "explicit_request": "explicit images are being demanded",
    "money_demand": "money is being demanded",
}


class CyberTipExportError(ValueError):
    """A case that cannot become a CyberTipline report; the message says why."""


@dataclass
class ReportedUser:
    """The reported person as the CyberTipline names them."""

    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)  # E.164
    esp_identifier: str | None = None
    esp_service: str | None = None
    screen_name: str | None = None
    display_names: list[str] = field(default_factory=list)
    profile_urls: list[str] = field(default_factory=list)
    ips: list[str] = field(default_factory=list)


@dataclass
class Chat:
    client: str
    content: str


@dataclass
class CaseForCyberTip:
    """What the export reads of a case (``tipline.routing.cybertip`` fills it from rows)."""

    case_code: str
    incident_type: str | None
    risk: str
    urgency: str
    urgency_reasons: list[str]
    annotations: list[str]
    incident_at: datetime
    incident_time_note: str
    platform: str | None
    chats: list[Chat]
    reported: ReportedUser
    victim_ages: list[int | None]
    about: str


def incident_type_of(case: CaseForCyberTip) -> str:
    """The CyberTipline incident type. Raises CyberTipExportError for a case with none."""
    ours = case.incident_type or RISK_TYPES.get(case.risk)
    if ours not in INCIDENT_TYPES:
        raise CyberTipExportError(
            f"case {case.case_code} is {ours or 'not classified'}: the CyberTipline takes "
            "enticement, child sexual abuse material, obscene material sent to a child and "
            "trafficking; classify the case first")
    return INCIDENT_TYPES[ours]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: v for k, v in attributes.items() if v is not None})
    if text is not None:
        element.text = _xml_text(text)
    return element


def _xml_text(text: str) -> str:
    # XML 1.0 cannot carry most control characters even escaped: shown as U+FFFD.
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 0x20 and ch not in "\ufffe\uffff"
                   else "\ufffd" for ch in str(text))


def _document(root: ET.Element) -> bytes:
    root.set("xmlns:xsi", XSI)
    root.set("xsi:noNamespaceSchemaLocation", SCHEMA_LOCATION)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


def report_xml(case: CaseForCyberTip, *, reporter_email: str, reporter_first_name: str = "",
               reporter_last_name: str = "") -> bytes:
    """The ``<report>`` document for ``POST /submit``. Raises CyberTipExportError."""
    if not reporter_email or "@" not in reporter_email:
        raise CyberTipExportError("the CyberTipline needs the reporting person's e-mail: set "
                                  "TIPLINE_CYBERTIP_REPORTER_EMAIL")
    report = ET.Element("report")
    summary = _sub(report, "incidentSummary")
    _sub(summary, "incidentType", incident_type_of(case))
    if case.platform:
        _sub(summary, "platform", case.platform[:256])
    if case.urgency == "immediate":
        reasons = [URGENCY_WORDS.get(r, r.replace("_", " ")) for r in case.urgency_reasons]
        _sub(summary, "escalateToHighPriority",
             ("Triage rates this case immediate: " + "; ".join(reasons or ["urgent"]))[:3000])
    flags = sorted({REPORT_ANNOTATIONS[a] for a in case.annotations if a in REPORT_ANNOTATIONS}
                   | ({"sextortion"} if case.incident_type == "sextortion" else set()))
    if flags:
        annotations = _sub(summary, "reportAnnotations")
        for flag in flags:
            _sub(annotations, flag)
    _sub(summary, "incidentDateTime", case.incident_at.isoformat(timespec="seconds"))
    _sub(summary, "incidentDateTimeDescription", case.incident_time_note[:3000])
    for chat in case.chats:
        details = _sub(report, "internetDetails")
        incident = _sub(details, "chatImIncident")
        _sub(incident, "chatClient", chat.client[:255])
        _sub(incident, "content", chat.content)
    reporter = _sub(report, "reporter")
    person = _sub(reporter, "reportingPerson")
    if reporter_first_name:
        _sub(person, "firstName", reporter_first_name[:100])
    if reporter_last_name:
        _sub(person, "lastName", reporter_last_name[:100])
    _sub(person, "email", reporter_email[:255])
    user = case.reported
    if any((user.emails, user.phones, user.esp_identifier, user.screen_name, user.display_names,
            user.profile_urls, user.ips)):
        reported = _sub(report, "personOrUserReported")
        if user.emails or user.phones:
            who = _sub(reported, "personOrUserReportedPerson")
            for phone in user.phones:  # person: firstName, lastName, phone*, email* (in order)
                _sub(who, "phone", phone)
            for email in user.emails:
                _sub(who, "email", email[:255])
        if user.esp_identifier:
            _sub(reported, "espIdentifier", user.esp_identifier[:255])
        if user.esp_service:
            _sub(reported, "espService", user.esp_service[:100])
        if user.screen_name:
            _sub(reported, "screenName", user.screen_name[:256])
        for name in user.display_names:
            _sub(reported, "displayName", name[:255])
        for url in user.profile_urls:
            _sub(reported, "profileUrl", url[:2083])
        for ip in user.ips:
            event = _sub(reported, "ipCaptureEvent")
            _sub(event, "ipAddress", ip)
    for age in case.victim_ages:
        victim = _sub(report, "victim")
        person = _sub(victim, "victimPerson")
        if age is not None:
            _sub(person, "age", str(age))
    _sub(report, "additionalInfo",
         f"Filed from hotline case {case.case_code} (Tipline)."
         + (f" In the reporter's words: {case.about}" if case.about.strip() else ""))
    return _document(report)


@dataclass
class FileForCyberTip:
    """An evidence file as the file details describe it."""

    filename: str
    md5: str
    sha256: str
    annotations: list[str] = field(default_factory=list)


def file_details_xml(report_id: str, file_id: str, item: FileForCyberTip) -> bytes:
    """The ``<fileDetails>`` document for ``POST /fileinfo`` (xs:sequence order: reportId,
    fileId, originalFileName, fileAnnotations, originalFileHash*)."""
    details = ET.Element("fileDetails")
    _sub(details, "reportId", str(report_id))
    _sub(details, "fileId", str(file_id))
    _sub(details, "originalFileName", item.filename[:2056])
    flags = sorted({FILE_ANNOTATIONS[a] for a in item.annotations if a in FILE_ANNOTATIONS})
    if flags:
        annotations = _sub(details, "fileAnnotations")
        for flag in flags:
            _sub(annotations, flag)
    _sub(details, "originalFileHash", item.md5, hashType="MD5")
    _sub(details, "originalFileHash", item.sha256, hashType="SHA256")
    return _document(details)
