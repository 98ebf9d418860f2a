"""Security headers on every response: a strict Content Security Policy (no inline script or
style, nothing from other origins), no referrer, no framing, no caching of report pages."""

from __future__ import annotations

import logging

logger = logging.getLogger("tipline.web")

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'"
)

# Paths whose routes set their own Cache-Control: public assets, never report pages.
CACHEABLE_PATHS = frozenset({"/button.js"})

HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


CHILD_PAGES = frozenset({"/help", "/status"})
SORRY_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<title>Sorry</title><link rel="stylesheet" href="/static/help.css"></head><body>'
    '<header class="exit-bar"><a class="quick-exit" href="/exit" rel="noreferrer">Leave now</a>'
    '</header><main id="main"><h1>Sorry, something went wrong on our side</h1>'
    '<p class="lead">Nothing was sent. Please try again in a moment.</p>'
    '<p>If you are in danger right now, call your local emergency number.</p>'
    '<p><a href="/help">Start again</a></p></main></body></html>'
)


class SecurityHeadersMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        started = False

        async def with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in HEADERS.items():
                    if name.encode() not in present:
                        headers.append((name.encode(), value.encode()))
                # The child's own script and style are not cached either: a shared device's
                # cache must not show that this site was used.
                if (not path.startswith("/static/") or path.startswith("/static/help.")) \
                        and path not in CACHEABLE_PATHS:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        try:
            return await self.app(scope, receive, with_headers)
        except Exception:
            # A bug must not answer without our headers, nor show a traceback: log it and say
            # sorry in one line.
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            logger.exception("unhandled error on %s %s", scope.get("method", ""), route)
            if started:
                raise
            if path in CHILD_PAGES:  # a child sees a page, never JSON or a traceback
                body, kind = SORRY_PAGE.encode(), b"text/html; charset=utf-8"
            else:
                body = b'{"detail":"something went wrong on our side; please try again in a moment"}'
                kind = b"application/json"
            await with_headers({"type": "http.response.start", "status": 500, "headers": [
                (b"content-type", kind), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
