"""Console pages for clusters (issue 7, item 2): the list, one cluster with its reports,
countries, platforms and shared identifiers, the weak matches to confirm, and the split and
confirm actions. Hotline staff only (analysts, supervisors, admins): an agency officer sees a
cluster only as the references on a case referred to them. Every view and change is audited.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from tipline import audit
from tipline.casework import STAFF_ROLES
from tipline.linking import service as linking
from tipline.store.db import transaction
from tipline.web.deps import ConsoleContext, HomeDep, Now, check_csrf, client_address, require_roles
from tipline.web.templating import templates

router = APIRouter(prefix="/console", include_in_schema=False)
Staff = Annotated[ConsoleContext, Depends(require_roles(*STAFF_ROLES))]
MAX_REPORTS_PER_CONFIRM = 100
_CASE_CODE = re.compile(r"TL-[0-9A-Z]{4}-[0-9A-Z]{4}")


@router.get("/clusters")
def clusters_page(request: Request, home: HomeDep, now: Now, context: Staff):
    """Clusters of two or more reports, most recent activity first, and the weak matches."""
    with transaction(home.sessions) as session:
        clusters = [linking.cluster_view(session, cid) for cid in linking.cluster_ids(session)[:500]]
        suggested = [s.as_json() for s in linking.suggestions(session)]
        audit.append(session, actor=context.user.username, action="clusters.viewed", at=now,
                     source=client_address(request), detail={"clusters": len(clusters)})
    return templates.TemplateResponse(request, "clusters.html", {
        "user": context.user, "csrf": context.csrf_token, "clusters": clusters,
        "suggestions": suggested,
    })


@router.get("/clusters/{cluster_id}")
def cluster_page(cluster_id: int, request: Request, home: HomeDep, now: Now, context: Staff):
    with transaction(home.sessions) as session:
        view = linking.cluster_view(session, cluster_id)
        if view is None:
            raise HTTPException(404, "not found")
        members = {r["report_id"] for r in view.reports}
        suggested = [s.as_json() for s in linking.suggestions(session, report_ids=members)
                     if members & {r["report_id"] for r in s.reports}]
        audit.append(session, actor=context.user.username, action="cluster.viewed", at=now,
                     source=client_address(request), detail={"cluster_id": cluster_id})
    return templates.TemplateResponse(request, "cluster.html", {
        "user": context.user, "csrf": context.csrf_token, "cluster": view,
        "suggestions": suggested,
    })


@router.post("/clusters/{cluster_id}/split")
def split_link(cluster_id: int, request: Request, home: HomeDep, now: Now, context: Staff,
               kind: Annotated[str, Form(max_length=32)] = "",
               value: Annotated[str, Form(max_length=500)] = "",
               platform: Annotated[str, Form(max_length=64)] = "",
               report_id: Annotated[str, Form(max_length=20)] = "",
               reason: Annotated[str, Form(max_length=4000)] = "",
               csrf: Annotated[str, Form()] = ""):
    """Split a wrong link: the identifier stops linking in this cluster's reports (or for one
    report); the decision stands for later reports. 422 with the reason when refused."""
    check_csrf(context, csrf)
    only = int(report_id) if report_id.strip().isdigit() else None
    with transaction(home.sessions) as session:
        session.info[audit.SOURCE] = client_address(request)
        if linking.cluster_view(session, cluster_id) is None:
            raise HTTPException(404, "not found")
        try:
            after = linking.split(session, cluster_id=cluster_id, kind=kind, platform=platform or None,
                                  value=value, report_id=only, actor=context.user.username,
                                  reason=reason, now=now)
        except linking.LinkError as error:
            raise HTTPException(422, str(error)) from None
    return RedirectResponse(f"/console/clusters/{min(after)}", status_code=303)


@router.post("/clusters/confirm")
def confirm_link(request: Request, home: HomeDep, now: Now, context: Staff,
                 kind: Annotated[str, Form(max_length=32)] = "",
                 value: Annotated[str, Form(max_length=500)] = "",
                 report_ids: Annotated[list[str], Form(max_length=MAX_REPORTS_PER_CONFIRM)] = [],  # noqa: B006
                 reason: Annotated[str, Form(max_length=4000)] = "",
                 back: Annotated[str, Form(max_length=32)] = "",
                 csrf: Annotated[str, Form()] = ""):
    """Confirm a weak match: the reports become one cluster. 422 with the reason when refused."""
    check_csrf(context, csrf)
    ids = [int(r) for r in report_ids if r.strip().isdigit()]
    with transaction(home.sessions) as session:
        session.info[audit.SOURCE] = client_address(request)
        try:
            cluster = linking.confirm(session, report_ids=ids, kind=kind, value=value,
                                      actor=context.user.username, reason=reason, now=now)
        except linking.LinkError as error:
            raise HTTPException(422, str(error)) from None
    if _CASE_CODE.fullmatch(back):  # only ever a path on this site
        return RedirectResponse(f"/console/cases/{back}", status_code=303)
    return RedirectResponse(f"/console/clusters/{cluster}", status_code=303)
