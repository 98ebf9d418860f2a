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
from tipline.casework import CASE_ROLES, STAFF_ROLES, CaseNotFound, claim, find_case, queue
from tipline.embed.context import context_summary
from tipline.store.db import transaction
from tipline.store.tables import ReporterMessage
from tipline.web.deps import (
    SESSION_COOKIE,
    ConsoleContext,
    HomeDep,
    Now,
    check_csrf,
    require_roles,
)
from tipline.web.highlight import highlighted_messages
from tipline.web.templating import templates

router = APIRouter(prefix="/console", include_in_schema=False)

AnyCaseRole = Annotated[ConsoleContext, Depends(require_roles(*CASE_ROLES))]
Staff = Annotated[ConsoleContext, Depends(require_roles(*STAFF_ROLES))]


def _client(request: Request) -> str:
    return request.client.host if request.client else ""


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
                     at=now, source=_client(request))
    if token is None:
        return templates.TemplateResponse(
            request, "login.html",
            {"error": "Those details don't match, or the account is locked for 15 minutes "
                      "after 5 failed tries."}, status_code=401)
    response = RedirectResponse("/console", status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                        secure=home.settings.cookie_secure, path="/console")
    return response


@router.post("/logout")
def logout(request: Request, home: HomeDep, context: AnyCaseRole,
           csrf: Annotated[str, Form()] = ""):
    check_csrf(context, csrf)
    with transaction(home.sessions) as session:
        sessions.end(session, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/console")
    return response


@router.get("")
def queue_page(request: Request, home: HomeDep, now: Now, context: AnyCaseRole,
               urgency: str | None = None, status: str | None = None):
    with transaction(home.sessions) as session:
        cases = queue(session, context.user, urgency=urgency or None, status=status or None)
        rows = [{
            "case_code": c.case_code, "urgency": c.urgency, "risk": c.risk,
            "score": c.risk_score, "urgency_reasons": c.urgency_reasons,
            "incident_type": c.incident_type or "", "country": c.child_country or "",
            "status": c.status, "age": c.child_age,
            "age_band": c.reports[0].child_age_band if c.reports else None,
            "waited_minutes": int((now - c.received_at).total_seconds() // 60),
            "assignee": c.assigned_to.username if c.assigned_to else "",
        } for c in cases]
        audit.append(session, actor=context.user.username, action="queue.viewed", at=now,
                     source=_client(request), detail={"cases": len(rows)})
    return templates.TemplateResponse(request, "queue.html", {
        "user": context.user, "csrf": context.csrf_token, "cases": rows,
        "urgency": urgency or "", "status": status or "",
    })


@router.get("/cases/{case_code}")
def case_page(case_code: str, request: Request, home: HomeDep, now: Now, context: AnyCaseRole):
    with transaction(home.sessions) as session:
        try:
            case = find_case(session, context.user, case_code)
        except CaseNotFound:
            raise HTTPException(404, "not found") from None
        audit.append(session, actor=context.user.username, action="case.viewed", at=now,
                     case_id=case.id, source=_client(request))
        reports = [{
            "received_at": r.received_at, "via": r.submitted_via, "reporter": r.reporter_kind,
            "about": r.about, "incident_type": r.incident_type or "",
            "child_age": r.child_age, "child_age_band": r.child_age_band or "",
            "child_country": r.child_country or "",
            "platform_context": context_summary(r.platform_context),
            "danger_now": r.danger_now,
            "contact": {k: v for k, v in (r.contact or {}).items() if v},
            "identifiers": [(i.kind, i.value, i.platform or "") for i in r.identifiers],
            "attachments": [(a.filename, a.media_type, a.size, a.blob_sha256,
                             a.derived_from_id is not None) for a in r.attachments],
            "conversations": [{
                "id": c.id, "format": c.format, "participants": c.participants,
                "warnings": c.warnings,
                "child": c.child_participant, "risk": c.risk, "score": c.risk_score,
                "urgency": c.urgency, "urgency_reasons": c.urgency_reasons,
                "first_alert_index": c.first_alert_index, "notes": c.notes,
                "messages": highlighted_messages(c.messages, c.hits),
            } for c in r.conversations],
        } for r in case.reports]
        from_reporter = [{"at": m.at, "text": m.text} for m in session.scalars(
            select(ReporterMessage).where(ReporterMessage.case_id == case.id,
                                          ReporterMessage.direction == "from_reporter")
            .order_by(ReporterMessage.id))]
        view = {
            "from_reporter": from_reporter,
            "case_code": case.case_code, "status": case.status, "urgency": case.urgency,
            "urgency_reasons": case.urgency_reasons, "risk": case.risk,
            "score": case.risk_score, "assignee": case.assigned_to.username
            if case.assigned_to else "",
        }
    return templates.TemplateResponse(request, "case.html", {
        "user": context.user, "csrf": context.csrf_token, "case": view, "reports": reports,
    })


@router.post("/cases/{case_code}/claim")
def claim_case(case_code: str, home: HomeDep, now: Now, context: Staff,
               csrf: Annotated[str, Form()] = ""):
    check_csrf(context, csrf)
    with transaction(home.sessions) as session:
        try:
            case = find_case(session, context.user, case_code)
        except CaseNotFound:
            raise HTTPException(404, "not found") from None
        result = claim(session, case, session.merge(context.user), now)
    if not result.claimed:
        raise HTTPException(409, f"already claimed by {result.holder}")
    return RedirectResponse(f"/console/cases/{case.case_code}", status_code=303)
