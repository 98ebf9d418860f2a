"""The analyst and agency console: login (password and TOTP), the queue and the case page.

Every route states who may call it through ``require_roles``; every view is audited.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from tipline import audit
from tipline.auth import accounts, sessions
from tipline import casework
from tipline.exports import exports_of
from tipline.casework import CASE_ROLES, STAFF_ROLES, CaseActionError, CaseNotFound, claim, find_case, queue
from tipline.model import IncidentType
from tipline.embed.context import context_summary
from tipline.store.db import transaction
from tipline.store.tables import PreservationRequest, Referral, Report, ReporterMessage, User
from tipline.web.deps import (
    SESSION_COOKIE,
    ConsoleContext,
    HomeDep,
    Now,
    check_csrf,
    client_address,
    require_roles,
)
from tipline.web.highlight import highlighted_messages
from tipline.evidence.preview import PREVIEWED
from tipline.web import evidence_pages
from tipline.web.pseudonym import pseudonymise
from tipline.routing.route import basis_text, route_case
from tipline.web.templating import templates

router = APIRouter(prefix="/console", include_in_schema=False)

AnyCaseRole = Annotated[ConsoleContext, Depends(require_roles(*CASE_ROLES))]
Lead = Annotated[ConsoleContext, Depends(require_roles(*casework.LEADS))]
Staff = Annotated[ConsoleContext, Depends(require_roles(*STAFF_ROLES))]


@router.get("/login")
def login_form(request: Request):
    return templates.TemplateResponse(request, "login.html", {"error": None})


@router.post("/login")
def login(
    request: Request, home: HomeDep, now: Now,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    totp: Annotated[str, Form(max_length=12)],
):
    with transaction(home.sessions) as session:
        user = accounts.authenticate(session, username=username, password=password,
                                     totp_code=totp, now=now)
        token = sessions.start(session, user, now) if user else None
        audit.append(session, actor=username[:64], action="login" if user else "login.failed",
                     at=now, source=client_address(request))
    if token is None:
        return templates.TemplateResponse(
            request, "login.html",
            {"error": "Those details don't match, or the account is locked for 15 minutes "
                      "after 5 failed tries."}, status_code=401)
    response = RedirectResponse("/console/password" if user.must_change_password else "/console",
                                status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                        secure=home.settings.cookie_secure, path="/console")
    return response


@router.post("/logout")
def logout(request: Request, home: HomeDep, now: Now, context: AnyCaseRole,
           csrf: Annotated[str, Form()] = ""):
    check_csrf(context, csrf)
    with transaction(home.sessions) as session:
        sessions.end(session, request.cookies.get(SESSION_COOKIE))
        audit.append(session, actor=context.user.username, action="logout", at=now, source=client_address(request))
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/console")
    return response


@router.get("")
def queue_page(request: Request, home: HomeDep, now: Now, context: AnyCaseRole,
               urgency: str = "", status: str = "", incident_type: str = "", country: str = "",
               assignee: str = ""):
    # Only known values filter; anything else (a hand-edited address) is ignored, not an error.
    filters = {
        "urgency": urgency if urgency in casework.WAIT_TARGETS or urgency == "routine" else "",
        "status": status if status in casework.STATUSES else "",
        "incident_type": incident_type if incident_type in {t.value for t in IncidentType} else "",
        "country": country.strip().upper() if country.strip().isalpha() and len(country.strip()) == 2 else "",
        "assignee": assignee.strip()[:64],
    }
    with transaction(home.sessions) as session:
        cases = queue(session, context.user, **{k: v or None for k, v in filters.items()})
        rows = []
        for c in cases:
            wait = casework.waiting(c, now)
            rows.append({
                "case_code": c.case_code, "urgency": c.urgency, "risk": c.risk,
                "score": c.risk_score, "urgency_reasons": c.urgency_reasons,
                "incident_type": c.incident_type or "", "country": c.child_country or "",
                "status": c.status, "age": c.child_age,
                "age_band": c.reports[0].child_age_band if c.reports else None,
                "waited": wait.waited, "target": wait.target, "overdue": wait.overdue,
                "assignee": c.assigned_to.username if c.assigned_to else "",
            })
        staff = casework.staff_names(session) if context.user.role in STAFF_ROLES else []
        audit.append(session, actor=context.user.username, action="queue.viewed", at=now,
                     source=client_address(request), detail={"cases": len(rows), "filters": {k: v for k, v in filters.items() if v}})
    return templates.TemplateResponse(request, "queue.html", {
        "user": context.user, "csrf": context.csrf_token, "cases": rows, **filters,
        "statuses": casework.STATUSES, "incident_types": [t.value for t in IncidentType], "staff": staff,
        "overdue": sum(r["overdue"] for r in rows),
    })


def _material(session, case) -> dict[str, dict]:
    """Per sealed file of the case: its other digests and the hash lists it matched."""
    from tipline.known.match import matches_of
    from tipline.store.tables import Attachment, Blob

    sha256s = list(session.scalars(select(Attachment.blob_sha256).join(Report).where(
        Report.case_id == case.id)))
    matches = matches_of(session, sha256s)
    return {blob.sha256: {
        "md5": blob.md5, "sha1": blob.sha1, "pdq": blob.pdq,
        "hash_pending": blob.hashed_at is None,
        "known": [(m.label, m.kind, m.distance) for m in matches.get(blob.sha256, [])],
    } for blob in session.scalars(select(Blob).where(Blob.sha256.in_(sha256s)))}


@router.get("/cases/{case_code}")
def case_page(case_code: str, request: Request, home: HomeDep, now: Now, context: AnyCaseRole):
    with transaction(home.sessions) as session:
        try:
            case = find_case(session, context.user, case_code)
        except CaseNotFound:
            raise HTTPException(404, "not found") from None
        audit.append(session, actor=context.user.username, action="case.viewed", at=now,
                     case_id=case.id, source=client_address(request))
        material = _material(session, case)
        reports = [{
            "received_at": r.received_at, "via": r.submitted_via, "reporter": r.reporter_kind,
            "about": r.about, "incident_type": r.incident_type or "",
            "child_age": r.child_age, "child_age_band": r.child_age_band or "",
            "child_country": r.child_country or "",
            "platform_context": context_summary(r.platform_context),
            "danger_now": r.danger_now,
            "contact": {k: v for k, v in (r.contact or {}).items() if v},
            "identifiers": [(i.kind, i.value, i.platform or "") for i in r.identifiers],
            "attachments": [{
                "id": a.id, "filename": a.filename, "media_type": a.media_type, "size": a.size,
                "sha256": a.blob_sha256, "derived": a.derived_from_id is not None,
                "preview": a.media_type in PREVIEWED, "verified": evidence_pages.last_verify(session, a),
                "revealed": a.media_type in PREVIEWED and evidence_pages.image_revealed(session, case, a, context.user, now),
                **material.get(a.blob_sha256, {}),
            } for a in r.attachments],
            "conversations": [{
                "id": c.id, "format": c.format, "participants": c.participants,
                "attachment_id": c.attachment_id,
                "warnings": c.warnings,
                "child": c.child_participant, "risk": c.risk, "score": c.risk_score,
                "urgency": c.urgency, "urgency_reasons": c.urgency_reasons,
                "first_alert_index": c.first_alert_index, "notes": c.notes,
                "messages": highlighted_messages(c.messages, c.hits),
            } for c in r.conversations],
        } for r in case.reports]
        exchanged = list(session.scalars(select(ReporterMessage).where(
            ReporterMessage.case_id == case.id).order_by(ReporterMessage.id)))
        from_reporter = [{"at": m.at, "text": m.text} for m in exchanged if m.direction == "from_reporter"]
        to_reporter = [{"at": m.at, "text": m.text} for m in exchanged if m.direction == "to_reporter"]
        view = {
            "from_reporter": from_reporter, "to_reporter": to_reporter,
            "incident_type": case.incident_type or "", "annotations": list(case.annotations or []),
            "outcomes": [{"outcome": o.outcome, "note": o.note, "at": o.at,
                          "tell_reporter": o.tell_reporter} for o in casework.outcomes_of(session, case)],
            "referrals": [{"agency": casework.agency_name(session, r.agency_id), "basis": r.basis, "at": r.created_at, "status": r.status}
                          for r in session.scalars(select(Referral).where(Referral.case_id == case.id)
                                                   .order_by(Referral.id))],
            "preservation": [{"id": r.id, "platform": r.platform, "account": r.account, "at": r.created_at,
                              "status": r.status, "sent_at": r.sent_at, "sent_via": r.sent_via,
                              "accounts": r.accounts or [], "period": (r.period_start, r.period_end)}
                             for r in session.scalars(select(PreservationRequest).where(
                                 PreservationRequest.case_id == case.id).order_by(PreservationRequest.id))],
            "exports": [{"id": e.id, "agency": casework.agency_name(session, e.agency_id),
                         "status": e.status, "at": e.created_at, "error": e.error,
                         "size": e.size, "by": e.requested_by}
                        for e in exports_of(session, case)]
            if context.user.role in STAFF_ROLES else [],
            "legal_hold": case.legal_hold, "legal_hold_reason": case.legal_hold_reason,
            "case_code": case.case_code, "status": case.status, "urgency": case.urgency,
            "report_count": case.report_count or 1,
            "urgency_reasons": case.urgency_reasons, "risk": case.risk,
            "score": case.risk_score, "assignee": case.assigned_to.username
            if case.assigned_to else "",
        }
        linked = casework.linked_cases(session, case, context.user)
        elsewhere = casework.referred_elsewhere(session, case)
        staff_view = context.user.role in STAFF_ROLES
        possible = _possible_links(session, case) if staff_view else []
        revealed = casework.child_revealed(session, case, context.user, now)
        if not revealed:
            reports = pseudonymise(reports)
        staff = casework.staff_names(session) if context.user.role in casework.LEADS else []
        agency_choices = casework.agencies(session)
        routing = route_case(session, case) if staff_view else None
        accounts = sorted({(i.platform or "", i.value) for r in case.reports for i in r.identifiers
                           if i.kind in ("username", "platform_user_id", "email", "phone", "url")})
    return templates.TemplateResponse(request, "case.html", {
        "user": context.user, "csrf": context.csrf_token, "case": view, "reports": reports,
        "can_act": context.user.role in STAFF_ROLES and view["status"] != "closed"
        and (context.user.role in casework.LEADS or view["assignee"] == context.user.username),
        "staff": staff, "incident_types": [t.value for t in IncidentType],
        "annotation_choices": casework.ANNOTATIONS, "outcome_choices": casework.OUTCOMES,
        "agency_choices": agency_choices, "accounts": accounts, "revealed": revealed, "linked": linked,
        "reveal_minutes": casework.REVEAL_MINUTES, "elsewhere": elsewhere, "possible": possible,
        "staff_view": staff_view, "routing": routing,
        "routing_basis": basis_text(routing) if routing else "",
        "cluster_ids": sorted({r.cluster_id for r in case.reports if r.cluster_id is not None}),
    })


def _possible_links(session, case) -> list[dict]:
    """Weak matches between this case's reports and reports in other clusters (staff only)."""
    from tipline.linking.service import suggestions

    mine = {r.id for r in case.reports}
    return [s.as_json() for s in suggestions(session, report_ids=mine)
            if mine & {r["report_id"] for r in s.reports}]


@router.post("/cases/{case_code}/claim")
def claim_case(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
               csrf: Annotated[str, Form()] = ""):
    check_csrf(context, csrf)
    with transaction(home.sessions) as session:
        session.info[audit.SOURCE] = client_address(request)
        user = _acting_user(session, context)
        try:
            case = find_case(session, user, case_code, for_update=True)
        except CaseNotFound:
            raise HTTPException(404, "not found") from None
        result = claim(session, case, user, now)
    if not result.claimed:
        raise HTTPException(409, f"already claimed by {result.holder}")
    return RedirectResponse(f"/console/cases/{case.case_code}", status_code=303)


def _acting_user(session, context: ConsoleContext) -> User:
    """The account as it is now, in this transaction (an admin may have disabled or demoted it
    since the request began). ``session.merge`` of the request's copy would write that stale
    copy back over such a change."""
    user = session.get(User, context.user.id)
    if user is None or user.disabled or user.role != context.user.role:
        raise HTTPException(403, "your account changed since you signed in: sign in again")
    return user


def _act(case_code: str, request: Request, home, context: ConsoleContext, csrf: str, action) -> RedirectResponse:
    """Run ``action(session, case, user)`` on a case the user may see, in one transaction with
    its audit entry (from where: the client's address); back to the case page. A refused
    action answers with its reason."""
    check_csrf(context, csrf)
    with transaction(home.sessions) as session:
        session.info[audit.SOURCE] = client_address(request)
        try:
            user = _acting_user(session, context)
            case = find_case(session, user, case_code, for_update=True)
            action(session, case, user)
        except CaseNotFound:
            raise HTTPException(404, "not found") from None
        except CaseActionError as error:  # raised before any change; leaving the block rolls back
            raise HTTPException(error.status, str(error)) from None
    return RedirectResponse(f"/console/cases/{case.case_code}", status_code=303)


@router.post("/cases/{case_code}/assign")
def assign_case(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
                assignee: Annotated[str, Form(max_length=64)], csrf: Annotated[str, Form()] = ""):
    return _act(case_code, request, home, context, csrf,
                lambda session, case, user: casework.assign(session, case, user, assignee, now))


@router.post("/cases/{case_code}/classify")
def classify_case(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
                  incident_type: Annotated[str, Form(max_length=48)],
                  annotations: Annotated[list[str], Form(max_length=16)] = [],  # noqa: B006 - FastAPI reads it
                  csrf: Annotated[str, Form()] = ""):
    return _act(case_code, request, home, context, csrf, lambda session, case, user: casework.classify(
        session, case, user, incident_type, annotations, now))


@router.post("/cases/{case_code}/message")
def message_reporter(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
                     text: Annotated[str, Form(max_length=casework.MAX_MESSAGE_CHARS * 2)],
                     csrf: Annotated[str, Form()] = ""):
    return _act(case_code, request, home, context, csrf,
                lambda session, case, user: casework.message_reporter(session, case, user, text, now))


@router.post("/cases/{case_code}/close")
def close_case(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
               outcome: Annotated[str, Form(max_length=64)],
               note: Annotated[str, Form(max_length=casework.MAX_NOTE_CHARS * 2)] = "",
               tell_reporter: Annotated[bool, Form()] = False, csrf: Annotated[str, Form()] = ""):
    return _act(case_code, request, home, context, csrf, lambda session, case, user: casework.close(
        session, case, user, outcome, note, tell_reporter, now))


@router.post("/cases/{case_code}/refer")
def refer_case(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
               agency: Annotated[str, Form(max_length=64)],
               basis: Annotated[str, Form(max_length=casework.MAX_NOTE_CHARS * 2)],
               csrf: Annotated[str, Form()] = ""):
    return _act(case_code, request, home, context, csrf,
                lambda session, case, user: casework.refer(session, case, user, agency, basis, now))


@router.post("/cases/{case_code}/preserve")
def request_preservation(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
                         platform: Annotated[str, Form(max_length=128)],
                         account: Annotated[str, Form(max_length=casework.MAX_ACCOUNT_CHARS * 2)],
                         csrf: Annotated[str, Form()] = ""):
    settings = home.settings
    return _act(case_code, request, home, context, csrf, lambda session, case, user: casework.request_preservation(
        session, case, user, platform, account, now, hotline=settings.hotline_name,
        contact=settings.hotline_contact))


@router.post("/cases/{case_code}/package")
def referral_package(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
                     agency: Annotated[str, Form(max_length=64)] = "",
                     reason: Annotated[str, Form(max_length=4000)] = "",
                     csrf: Annotated[str, Form()] = ""):
    """Build the signed referral package for an agency (the same package as ``tipline referral
    build``; the build is audited and refers the case): downloaded at once as a .zip, or, with
    the PostgreSQL task queue, built by a worker and listed on the case page to download."""
    from fastapi.responses import Response

    from tipline import exports
    from tipline.jobs import queue as jobs
    from tipline.routing.package import PackageError

    check_csrf(context, csrf)
    background = home.settings.task_queue == jobs.PROCRASTINATE
    with transaction(home.sessions) as session:
        session.info[audit.SOURCE] = client_address(request)
        user = _acting_user(session, context)
        try:
            case = find_case(session, user, case_code, for_update=True)
            if background:
                row = exports.queue_package(session, case, user, agency, reason, now)
            else:
                casework.check_may_change(case, user)
                target = exports.checked_agency(session, agency)
                data = exports.package_zip(session, home, case, target, actor=user.username,
                                           reason=reason, now=now)
        except CaseNotFound:
            raise HTTPException(404, "not found") from None
        except (CaseActionError, exports.ExportError) as error:
            raise HTTPException(error.status, str(error)) from None
        except PackageError as error:
            raise HTTPException(422, str(error)) from None
    if background:
        jobs.defer(home, "build_export", now, export_id=row.id)
        return RedirectResponse(f"/console/cases/{case.case_code}#exports", status_code=303)
    name = f"referral-{case.case_code}-{target.id}.zip"
    return Response(data, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/cases/{case_code}/exports/{export_id}")
def export_download(case_code: str, export_id: str, request: Request, home: HomeDep, now: Now,
                    context: Staff):
    """A referral package a worker built, as a .zip (audited; hotline staff only)."""
    from fastapi.responses import Response

    from tipline import exports
    from tipline.store.tables import Export

    with transaction(home.sessions) as session:
        try:
            case = find_case(session, context.user, case_code)
        except CaseNotFound:
            raise HTTPException(404, "not found") from None
        row = session.get(Export, export_id[:40])
        if row is None or row.case_id != case.id:
            raise HTTPException(404, "not found")
        try:
            data = exports.read_export(home, row)
        except exports.ExportError as error:
            raise HTTPException(error.status, str(error)) from None
        audit.append(session, actor=context.user.username, action="export.downloaded", at=now,
                     case_id=case.id, source=client_address(request),
                     detail={"export": row.id, "sha256": row.sha256})
    name = f"referral-{case.case_code}-{row.agency_id}.zip"
    return Response(data, media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/cases/{case_code}/preservation/{request_id}/sent")
def preservation_sent(case_code: str, request_id: int, request: Request, home: HomeDep, now: Now,
                      context: Staff, via: Annotated[str, Form(max_length=400)] = "",
                      csrf: Annotated[str, Form()] = ""):
    """Record that a preservation letter was sent, and how."""
    return _act(case_code, request, home, context, csrf, lambda session, case, user:
                casework.mark_preservation_sent(session, case, user, request_id, via, now))


@router.get("/cases/{case_code}/preservation/{request_id}/letter.txt")
def preservation_letter_text(case_code: str, request_id: int, request: Request, home: HomeDep,
                             now: Now, context: AnyCaseRole):
    """The letter as drafted, as text (downloaded; the view is audited)."""
    return _preservation_letter(case_code, request_id, "txt", request, home, now, context)


@router.get("/cases/{case_code}/preservation/{request_id}/letter.pdf")
def preservation_letter_pdf(case_code: str, request_id: int, request: Request, home: HomeDep,
                            now: Now, context: AnyCaseRole):
    """The letter as drafted, as PDF (downloaded; the view is audited)."""
    return _preservation_letter(case_code, request_id, "pdf", request, home, now, context)


def _preservation_letter(case_code, request_id, kind, request, home, now, context):
    import tempfile
    from pathlib import Path

    from fastapi.responses import Response

    from tipline.routing.preservation import letter_of, letter_pdf

    with transaction(home.sessions) as session:
        try:
            case = find_case(session, context.user, case_code)
        except CaseNotFound:
            raise HTTPException(404, "not found") from None
        row = session.get(PreservationRequest, request_id)
        if row is None or row.case_id != case.id:
            raise HTTPException(404, "not found")
        text = letter_of(row)
        audit.append(session, actor=context.user.username, action="preservation.letter_viewed",
                     at=now, case_id=case.id, source=client_address(request),
                     detail={"request": row.id, "as": kind})
    name = f"preservation-{case.case_code}-{request_id}.{kind}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if kind == "txt":
        return Response(text, media_type="text/plain; charset=utf-8", headers=headers)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        letter_pdf(text, path)
        return Response(path.read_bytes(), media_type="application/pdf", headers=headers)


@router.post("/cases/{case_code}/escalate")
def escalate_case(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
                  reason: Annotated[str, Form(max_length=casework.MAX_NOTE_CHARS * 2)],
                  csrf: Annotated[str, Form()] = ""):
    return _act(case_code, request, home, context, csrf,
                lambda session, case, user: casework.escalate(session, case, user, reason, now))


@router.post("/cases/{case_code}/hold")
def legal_hold(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
               reason: Annotated[str, Form(max_length=2000)], release: Annotated[str, Form()] = "",
               csrf: Annotated[str, Form()] = ""):
    """Put a case under a legal hold (``tipline.retention``: never purged) or release it;
    supervisors and admins, with the reason (audited)."""
    from tipline.retention import set_hold

    def act(session, case, user):
        if user.role not in casework.LEADS:
            raise CaseActionError("only supervisors and admins put a case under legal hold", 403)
        try:
            set_hold(session, case, hold=not release, reason=reason, actor=user.username,
                     now=now)
        except ValueError as error:
            raise CaseActionError(str(error), 422) from None
    return _act(case_code, request, home, context, csrf, act)


@router.post("/cases/{case_code}/merge")
def merge_duplicate(case_code: str, request: Request, home: HomeDep, now: Now, context: Staff,
                    duplicate: Annotated[str, Form(max_length=32)], csrf: Annotated[str, Form()] = ""):
    return _act(case_code, request, home, context, csrf,
                lambda session, case, user: casework.merge(session, case, user, duplicate, now))


def _audit_rows(session, actor: str, action: str, case_code: str, before: int | None):
    """The audit entries a supervisor asked for, with each one's case code."""
    from tipline.store.tables import Case

    case_id = None
    if case_code.strip():
        case_id = session.scalar(select(Case.id).where(Case.case_code == case_code.strip().upper())) or -1
    found = audit.entries(session, actor=actor.strip()[:200] or None, action=action.strip()[:64] or None,
                          case_id=case_id, before=before)
    codes = dict(session.execute(select(Case.id, Case.case_code).where(
        Case.id.in_({e.case_id for e in found if e.case_id is not None}))).all())
    return [{"id": e.id, "at": e.at, "actor": e.actor, "action": e.action,
             "case_code": codes.get(e.case_id, ""), "source": e.source, "reason": e.reason,
             "detail": e.detail, "entry_hash": e.entry_hash} for e in found]


@router.get("/audit")
def audit_page(request: Request, home: HomeDep, now: Now, context: Lead, actor: str = "",
               action: str = "", case_code: str = "", before: int | None = None):
    """The audit log, newest first, for supervisors and admins: read-only (nothing in the
    application edits it). Reading it is itself an entry."""
    with transaction(home.sessions) as session:
        rows = _audit_rows(session, actor, action, case_code, before)
        audit.append(session, actor=context.user.username, action="audit.viewed", at=now,
                     source=client_address(request), detail={"actor": actor[:64], "action": action[:64],
                                                      "case_code": case_code[:32], "entries": len(rows)})
    return templates.TemplateResponse(request, "audit.html", {
        "user": context.user, "csrf": context.csrf_token, "rows": rows, "actor": actor,
        "action": action, "case_code": case_code, "older": rows[-1]["id"] if len(rows) == 200 else None,
    })


@router.get("/audit.csv")
def audit_csv(request: Request, home: HomeDep, now: Now, context: Lead, actor: str = "",
              action: str = "", case_code: str = "", before: int | None = None):
    """The same entries as CSV, each cell neutralised against spreadsheet formulas."""
    import json as _json

    from fastapi.responses import Response

    from tipline.web.csv_export import to_csv

    with transaction(home.sessions) as session:
        rows = _audit_rows(session, actor, action, case_code, before)
        audit.append(session, actor=context.user.username, action="audit.exported", at=now,
                     source=client_address(request), detail={"entries": len(rows)})
    body = to_csv(["id", "at", "actor", "action", "case", "from", "reason", "detail", "entry_hash"],
                  [(r["id"], r["at"].isoformat(), r["actor"], r["action"], r["case_code"], r["source"],
                    r["reason"], _json.dumps(r["detail"], ensure_ascii=False, sort_keys=True), r["entry_hash"])
                   for r in rows])
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="tipline-audit.csv"'})


@router.get("/password")
def password_form(request: Request, context: AnyCaseRole):
    return templates.TemplateResponse(request, "password.html", {
        "user": context.user, "csrf": context.csrf_token, "error": None,
        "forced": context.user.must_change_password, "min_length": accounts.MIN_PASSWORD,
    })


@router.post("/password")
def change_password(request: Request, home: HomeDep, now: Now, context: AnyCaseRole,
                    current: Annotated[str, Form(max_length=accounts.MAX_PASSWORD)],
                    new: Annotated[str, Form(max_length=accounts.MAX_PASSWORD + 1)],
                    repeat: Annotated[str, Form(max_length=accounts.MAX_PASSWORD + 1)],
                    csrf: Annotated[str, Form()] = ""):
    """Change the password (the one-time one at first sign-in); the account's other sessions
    end. A refusal says why and keeps the user on the page."""
    check_csrf(context, csrf)
    error = None
    with transaction(home.sessions) as session:
        user = _acting_user(session, context)
        try:
            if new != repeat:
                raise accounts.PasswordRefused("the two new passwords differ")
            accounts.change_password(session, user, current=current, new=new, now=now)
        except accounts.AccountError as refused:
            error = str(refused)
            audit.append(session, actor=user.username, action="user.password_change_refused", at=now,
                         source=client_address(request), reason=error)
        else:
            sessions.end_others(session, user, request.cookies.get(SESSION_COOKIE))
            audit.append(session, actor=user.username, action="user.password_changed", at=now,
                         source=client_address(request))
    if error:
        return templates.TemplateResponse(request, "password.html", {
            "user": context.user, "csrf": context.csrf_token, "error": error,
            "forced": context.user.must_change_password, "min_length": accounts.MIN_PASSWORD,
        }, status_code=422)
    return RedirectResponse("/console", status_code=303)


@router.post("/cases/{case_code}/reveal")
def reveal_child(case_code: str, request: Request, home: HomeDep, now: Now, context: AnyCaseRole,
                 # Optional here so that a case the user may not see answers 404 before any
                 # check of the form; reveal_child refuses an empty reason.
                 reason: Annotated[str, Form(max_length=casework.MAX_NOTE_CHARS * 2)] = "",
                 csrf: Annotated[str, Form()] = ""):
    """Show the child's details to this person for 30 minutes; the reason goes in the audit log."""
    return _act(case_code, request, home, context, csrf,
                lambda session, case, user: casework.reveal_child(session, case, user, reason, now))
