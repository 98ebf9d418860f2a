"""The FastAPI application: API, the child's Help pages and the console."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from importlib.resources import files

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from tipline.home import Home
from tipline.intake.service import IntakeError
from tipline.web import api, console, help_pages
from tipline.web.deps import LoginRequired
from tipline.web.limits import BodyLimitMiddleware, PayloadTooLarge
from tipline.web.security import SecurityHeadersMiddleware


def create_app(home: Home, clock: Callable[[], datetime] | None = None) -> FastAPI:
    """The whole web application over an opened ``home``; ``clock`` overrides now() in tests."""
    app = FastAPI(
        title="Tipline",
        version="0.1.0",
        description="Report the online exploitation of children: intake API and status.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.home = home
    app.state.clock = clock
    app.include_router(api.router)
    app.include_router(help_pages.router)
    app.include_router(console.router)
    app.mount("/static", StaticFiles(directory=str(files("tipline") / "web" / "static")),
              name="static")

    @app.exception_handler(IntakeError)
    async def intake_error(_request: Request, error: IntakeError):
        return JSONResponse({"detail": str(error)}, status_code=error.status)

    @app.exception_handler(PayloadTooLarge)
    async def too_large(_request: Request, error: PayloadTooLarge):
        return JSONResponse({"detail": str(error)}, status_code=413)

    @app.exception_handler(LoginRequired)
    async def login_required(_request: Request, _error: LoginRequired):
        return RedirectResponse("/console/login", status_code=303)

    @app.get("/", include_in_schema=False)
    def root():
        return RedirectResponse("/help", status_code=303)

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        return {"ok": True}

    # The last added runs first: headers go on every answer, including a 413.
    app.add_middleware(BodyLimitMiddleware, limit=home.settings.max_request_bytes,
                       json_limit=home.settings.max_json_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
