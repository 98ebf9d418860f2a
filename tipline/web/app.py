"""The FastAPI application: API, the child's Help pages and the console."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib.resources import files

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from tipline.home import Home
from tipline.intake.service import IntakeError
from tipline.platform_api.lifecycle import PlatformApiError
from tipline.web import (agency_pages, api, cluster_pages, console, embed_pages, evidence_pages,
                         help_flow, platform_routes, status_pages, well_known)
from tipline.web.deps import LoginRequired, PasswordChangeRequired
from tipline.web.limits import TOO_LARGE, TOO_LARGE_PAGE, BodyLimitMiddleware, PayloadTooLarge
from tipline.web.ratelimit import PublicRateLimit
from tipline.web.observe import ObserveMiddleware
from tipline.web.security import CHILD_PAGES, SecurityHeadersMiddleware
from tipline.web.templating import templates


def _document_report_schema(app: FastAPI) -> None:
    """The reports route reads its body by hand (JSON or multipart), so FastAPI does not know
    ``ReportCreate``: add it and the models it uses to the OpenAPI components."""
    from fastapi.openapi.utils import get_openapi

    from tipline.intake.schemas import ReportCreate

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        document = get_openapi(title=app.title, version=app.version,
                               description=app.description, routes=app.routes)
        schema = ReportCreate.model_json_schema(ref_template="#/components/schemas/{model}")
        components = document.setdefault("components", {}).setdefault("schemas", {})
        components.update(schema.pop("$defs", {}))
        components["ErrorDetail"] = {
            "type": "object", "required": ["detail"], "title": "ErrorDetail",
            "properties": {"detail": {"type": "string", "description": "What is wrong, where, "
                                      "and what to do."}},
            "examples": [{"detail": "report pr_0f3c... is finished, not open"}]}
        from tipline.platform_api.schemas import BulkLine
        line = BulkLine.model_json_schema(ref_template="#/components/schemas/{model}",
                                          by_alias=True)
        components.update(line.pop("$defs", {}))
        components["BulkLine"] = line
        schema["examples"] = [{
            "reporter": "self", "incident_type": "online_enticement",
            "about": "someone on a game keeps asking how old I am and wants to meet",
            "child": {"age": 12, "country": "CA"},
            "reported_person": [{"kind": "username", "value": "dark_wolf.77",
                                 "platform": "instagram"}],
        }]
        components["ReportCreate"] = schema
        app.openapi_schema = document
        return document

    app.openapi = openapi


@asynccontextmanager
async def _background(app: FastAPI):
    """While the server runs, with the inline task queue (the embedded default): every sweep
    of ``tipline.jobs.work`` on its timer (escalation, webhook delivery and platform report
    expiry, hash-list re-matching); 0 turns one off. With Procrastinate, ``tipline worker``
    runs them instead."""
    import asyncio

    from starlette.concurrency import run_in_threadpool

    from tipline.jobs.queue import INLINE
    from tipline.jobs.work import SWEEPS
    from tipline.ops import metrics

    settings = app.state.home.settings

    async def loop(sweep) -> None:
        while True:
            await asyncio.sleep(sweep.every(settings))
            try:
                clock = app.state.clock
                now = clock() if clock else datetime.now(UTC)
                await run_in_threadpool(sweep.run, app.state.home, now)
            except Exception:  # noqa: BLE001 - one failed sweep must not stop the next
                metrics.ERRORS.labels(f"sweep.{sweep.name}").inc()
                logging.getLogger(__name__).exception("%s sweep failed", sweep.name)

    # Triage's tables are built on first use (seconds): build them before the first child
    # waits for them.
    await run_in_threadpool(_warm_triage)
    tasks = [asyncio.create_task(loop(sweep)) for sweep in SWEEPS
             if settings.task_queue == INLINE and sweep.every(settings) > 0]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()


def _warm_triage() -> None:
    from tipline.intake.understand import assess_narrative, narrative_conversation

    assess_narrative(narrative_conversation("how old are you? can we meet", datetime.now(UTC)),
                     child_age=None)


def app_from_environment() -> FastAPI:
    """The application over the home the environment names (``tipline serve --workers``:
    each worker process opens it itself)."""
    from tipline.home import open_home
    from tipline.ops import logs

    home = open_home()
    logs.configure(home.settings.log_format)  # a fresh process: nothing configured it yet
    return create_app(home)


def create_app(home: Home, clock: Callable[[], datetime] | None = None) -> FastAPI:
    """The whole web application over an opened ``home``; ``clock`` overrides now() in tests."""
    app = FastAPI(
        lifespan=_background,
        # No trailing-slash redirects: they are built from the Host header a client sends.
        redirect_slashes=False,
        title="Tipline",
        version="0.1.0",
        description=("Report the online exploitation of children. The intake API (the Help "
                     "flow's) and the platform API for sites, apps and Internet providers: "
                     "report like a CyberTipline provider, upload evidence in resumable "
                     "chunks, hear back by signed webhooks. Walk-through: docs/platform-api.md."),
        docs_url=None,  # Swagger UI loads from a CDN, which our CSP (rightly) refuses
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.home = home
    app.state.clock = clock
    app.state.public_rate_limit = PublicRateLimit(
        home.form_key, {"steps": home.settings.public_rate_limit_steps,
                        "reports": home.settings.public_rate_limit_reports},
        home.settings.rate_limit_storage)
    app.state.platform_rate_limit = platform_routes.KeyRateLimit(
        home.settings.platform_rate_limit, home.settings.rate_limit_storage)
    app.include_router(api.router)
    app.include_router(platform_routes.router)
    app.include_router(help_flow.router)
    app.include_router(status_pages.router)
    app.include_router(console.router)
    app.include_router(evidence_pages.router)
    app.include_router(cluster_pages.router)
    app.include_router(agency_pages.router)
    app.include_router(well_known.router)
    app.include_router(embed_pages.router)
    app.mount("/static", StaticFiles(directory=str(files("tipline") / "web" / "static")),
              name="static")

    @app.exception_handler(IntakeError)
    async def intake_error(_request: Request, error: IntakeError):
        return JSONResponse({"detail": str(error)}, status_code=error.status)

    @app.exception_handler(PlatformApiError)
    async def platform_error(_request: Request, error: PlatformApiError):
        return JSONResponse({"detail": str(error)}, status_code=error.status)

    @app.exception_handler(PayloadTooLarge)
    async def too_large(request: Request, error: PayloadTooLarge):
        if request.url.path in CHILD_PAGES:
            return HTMLResponse(TOO_LARGE_PAGE, status_code=413)
        return JSONResponse({"detail": str(error)}, status_code=413)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        if error.status_code == 400 and request.scope.get(TOO_LARGE):
            return await too_large(request, PayloadTooLarge(request.scope[TOO_LARGE]))
        # Console pages answer with a page; the API and everything else with JSON.
        if request.url.path.startswith("/console") and error.status_code in (403, 404, 409, 422):
            return templates.TemplateResponse(
                request, "console_error.html",
                {"status": error.status_code, "detail": error.detail, "user": None},
                status_code=error.status_code)
        return await http_exception_handler(request, error)

    @app.exception_handler(LoginRequired)
    async def login_required(_request: Request, _error: LoginRequired):
        return RedirectResponse("/console/login", status_code=303)

    @app.exception_handler(RequestValidationError)
    async def invalid_form(request: Request, error: RequestValidationError):
        # A console form with a field missing or too long: a page that says so, never the
        # JSON that would echo what was typed (a password, in the worst case).
        if request.url.path.startswith("/console"):
            return templates.TemplateResponse(
                request, "console_error.html",
                {"status": 422, "detail": "Some of the form's fields are missing or too long.", "user": None},
                status_code=422)
        # The API: each problem's place and message, never the input (it may be large, hold
        # what a reporter typed, or not even encode: a lone surrogate).
        return JSONResponse(status_code=422, content={"detail": [
            {"loc": list(item.get("loc", ())), "msg": item.get("msg", ""),
             "type": item.get("type", "")} for item in error.errors()]})

    @app.exception_handler(PasswordChangeRequired)
    async def password_change_required(_request: Request, _error: PasswordChangeRequired):
        return RedirectResponse("/console/password", status_code=303)

    _document_report_schema(app)

    @app.get("/", include_in_schema=False)
    def root():
        return RedirectResponse("/help", status_code=303)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        # No icon: a neutral tab, and no 404 in the browser's console on every page.
        return Response(status_code=204)

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        """Liveness: the process answers (no I/O)."""
        return {"ok": True}

    @app.get("/readyz", include_in_schema=False)
    def readyz():
        """Readiness: the database and the blob store can take a report (503 if not)."""
        from tipline.ops.health import readiness

        ready, checks = readiness(home)
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    @app.get("/metrics", include_in_schema=False)
    def metrics_page(request: Request):
        """Prometheus metrics (``tipline.ops.metrics``); with ``TIPLINE_METRICS_TOKEN`` set,
        only for ``Authorization: Bearer <token>``."""
        from tipline.ops.metrics import exposition

        token = home.settings.metrics_token
        if token and not hmac.compare_digest(
                request.headers.get("authorization", "").encode(), f"Bearer {token}".encode()):
            return JSONResponse({"detail": "a metrics token is required"}, status_code=401,
                                headers={"WWW-Authenticate": "Bearer"})
        body, kind = exposition(home, app.state.clock)
        return Response(body, media_type=kind)

    # The last added runs first: headers go on every answer, including a 413.
    app.add_middleware(BodyLimitMiddleware, limit=home.settings.max_request_bytes,
                       json_limit=home.settings.max_json_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(ObserveMiddleware)  # outermost: it sees every answer's final status
    return app
