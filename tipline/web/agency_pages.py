"""The agency directory in the console (issue 7, item 4): admins see the directory in force and
its versions, edit or add an agency, and take one out. Each change is a new directory version
with a reason, and an audit entry. Staff may read the directory; only admins change it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from tipline import audit
from tipline.casework import STAFF_ROLES
from tipline.routing import directory
from tipline.store.db import transaction
from tipline.store.tables import AgencyDirectoryVersion
from tipline.web.deps import ConsoleContext, HomeDep, Now, check_csrf, client_address, require_roles
from tipline.web.templating import templates

router = APIRouter(prefix="/console", include_in_schema=False)
Staff = Annotated[ConsoleContext, Depends(require_roles(*STAFF_ROLES))]
Admin = Annotated[ConsoleContext, Depends(require_roles("admin"))]


def _page(request: Request, home, context: ConsoleContext, *, error: str | None = None,
          status: int = 200, draft: dict | None = None):
    with transaction(home.sessions, write=False) as session:
        number, current = directory.current(session)
        versions = session.scalars(select(AgencyDirectoryVersion)
                                   .order_by(AgencyDirectoryVersion.number.desc()).limit(20)).all()
        history = [{"number": v.number, "label": v.document.get("version"), "actor": v.actor,
                    "reason": v.reason, "at": v.at} for v in versions]
    return templates.TemplateResponse(request, "agencies.html", {
        "user": context.user, "csrf": context.csrf_token, "number": number,
        "directory": current, "history": history, "error": error, "draft": draft or {},
        "formats": directory.FORMATS, "channels": directory.CONTACT_CHANNELS,
        "is_admin": context.user.role == "admin",
    }, status_code=status)


@router.get("/agencies")
def agencies_page(request: Request, home: HomeDep, context: Staff):
    return _page(request, home, context)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


@router.post("/agencies")
def save_agency(request: Request, home: HomeDep, now: Now, context: Admin,
                agency_id: Annotated[str, Form(max_length=64)] = "",
                name: Annotated[str, Form(max_length=400)] = "",
                kind: Annotated[str, Form(max_length=32)] = "",
                country: Annotated[str, Form(max_length=8)] = "",
                jurisdictions: Annotated[str, Form(max_length=4000)] = "",
                regions: Annotated[str, Form(max_length=4000)] = "",
                formats: Annotated[list[str], Form(max_length=8)] = [],  # noqa: B006
                web: Annotated[str, Form(max_length=1000)] = "",
                email: Annotated[str, Form(max_length=1000)] = "",
                phone: Annotated[str, Form(max_length=1000)] = "",
                api: Annotated[str, Form(max_length=1000)] = "",
                post: Annotated[str, Form(max_length=1000)] = "",
                legal_basis: Annotated[str, Form(max_length=4000)] = "",
                victim_details: Annotated[bool, Form()] = False,
                source: Annotated[str, Form(max_length=1000)] = "",
                reason: Annotated[str, Form(max_length=4000)] = "",
                csrf: Annotated[str, Form()] = ""):
    """Add an agency or change one (by id): a new directory version. A refusal shows the page
    again with what is wrong, and the form as it was sent."""
    check_csrf(context, csrf)
    contact = {k: v.strip() for k, v in (("web", web), ("email", email), ("phone", phone),
                                         ("api", api), ("post", post)) if v.strip()}
    entry = {"id": agency_id.strip(), "name": name, "kind": kind, "country": country.strip().upper(),
             "jurisdictions": [c.upper() for c in _split(jurisdictions)],
             "regions": [r.upper() for r in _split(regions)], "formats": formats,
             "contact": contact, "legal_basis": legal_basis, "victim_details": victim_details,
             "fallback": _split(jurisdictions) == ["*"], "source": source}
    try:
        with transaction(home.sessions) as session:
            session.info[audit.SOURCE] = client_address(request)
            _, current = directory.current(session)
            updated = directory.with_entry(current, entry, label=now.date().isoformat())
            directory.save(session, updated, actor=context.user.username, reason=reason, now=now)
    except directory.DirectoryError as error:
        return _page(request, home, context, error=str(error), status=422, draft=entry)
    return RedirectResponse("/console/agencies", status_code=303)


@router.post("/agencies/remove")
def remove_agency(request: Request, home: HomeDep, now: Now, context: Admin,
                  agency_id: Annotated[str, Form(max_length=64)] = "",
                  reason: Annotated[str, Form(max_length=4000)] = "",
                  csrf: Annotated[str, Form()] = ""):
    """Take an agency out of the directory (a new version; its referrals keep naming it)."""
    check_csrf(context, csrf)
    try:
        with transaction(home.sessions) as session:
            session.info[audit.SOURCE] = client_address(request)
            _, current = directory.current(session)
            updated = directory.without_agency(current, agency_id.strip(),
                                               label=now.date().isoformat())
            directory.save(session, updated, actor=context.user.username, reason=reason, now=now)
    except directory.DirectoryError as error:
        return _page(request, home, context, error=str(error), status=422)
    return RedirectResponse("/console/agencies", status_code=303)
