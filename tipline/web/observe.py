"""Each answered request counted (``tipline.ops.metrics``) and logged as one line: method,
route template, status, milliseconds. Never the path (case codes and report ids stay out of
logs), the query, the headers or the caller's address (``tipline.ops.logs``)."""

from __future__ import annotations

import logging
import time

from tipline.ops import metrics

log = logging.getLogger("tipline.http")
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def route_of(scope) -> str:
    """The matched route's template (``/api/v1/platform/reports/{report_id}``), or
    "unmatched" (a 404 for a made-up path must not add a label per path)."""
    route = scope.get("route")
    return getattr(route, "path", None) or "unmatched"


class ObserveMiddleware:
    """ASGI middleware, outermost: it sees the status of every answer, a 500 included."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500

        async def noting_status(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        failed = False
        try:
            await self.app(scope, receive, noting_status)
        except Exception:
            failed = True  # the answer had started: the error cut it short
            raise
        finally:
            seconds = time.perf_counter() - started
            route = route_of(scope)
            method = scope.get("method", "")
            method = method if method in METHODS else "other"  # no label per made-up verb
            metrics.REQUESTS.labels(method, route, str(status)).inc()
            metrics.LATENCY.labels(route).observe(seconds)
            if status >= 500 or failed:
                metrics.ERRORS.labels("request").inc()
            log.info("%s %s %s %.0fms", method, route, status,
                     seconds * 1000, extra={"method": method, "route": route,
                                            "status": status, "ms": round(seconds * 1000, 1)})
