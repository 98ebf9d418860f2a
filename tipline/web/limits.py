"""Request size limits enforced while the body streams in, before anything is parsed.

A declared Content-Length over the limit is refused at once; a body that streams past it
(chunked uploads) is cut off with PayloadTooLarge, which the app answers with 413.
"""

from __future__ import annotations

from tipline.web.security import CHILD_PAGES


TOO_LARGE = "tipline.payload_too_large"  # scope key: the limit a streamed body went over


class PayloadTooLarge(Exception):
    def __init__(self, limit: int):
        super().__init__(f"request body is larger than the limit of {limit} bytes")
        self.limit = limit


class BodyLimitMiddleware:
    """ASGI middleware: JSON bodies are capped at ``json_limit`` bytes, others at ``limit``."""

    def __init__(self, app, *, limit: int, json_limit: int):
        self.app = app
        self.limit = limit
        self.json_limit = json_limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers: dict[bytes, bytes] = {}
        for name, value in scope.get("headers") or []:
            headers.setdefault(name, value)  # the first of repeated headers, as Starlette reads
        content_type = headers.get(b"content-type", b"").decode("latin-1").lower()
        media_type = content_type.split(";", 1)[0].strip()
        # FastAPI reads any application/...+json body as JSON: it gets JSON's limit too.
        is_json = media_type == "application/json" or (
            media_type.startswith("application/") and media_type.endswith("+json"))
        limit = self.json_limit if is_json else self.limit
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            return await _refuse(send, limit, page=scope.get("path") in CHILD_PAGES)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # FastAPI turns any failure while it reads a JSON body into a 400; the
                    # app's handler reads this mark to answer 413 instead.
                    scope[TOO_LARGE] = limit
                    raise PayloadTooLarge(limit)
            return message

        return await self.app(scope, limited_receive, send)


# The child's pages (security.CHILD_PAGES) answer a page, not JSON: a child must never see a
# raw error.
TOO_LARGE_PAGE = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<title>Files too big</title><link rel="stylesheet" href="/static/help.css"></head><body>'
    '<header class="exit-bar"><a class="quick-exit" href="/exit" rel="noreferrer">Leave now</a></header><main id="main">'
    '<h1>Your files are too big</h1><p class="lead">We could not send them all at once. '
    'Nothing was sent yet.</p><p>Use your browser&#39;s back button, then choose fewer or '
    'smaller files. Or send your report without files and tell us about them.</p>'
    '<p><a href="/help">Start again</a></p></main></body></html>'
)


async def _refuse(send, limit: int, page: bool = False) -> None:
    if page:
        body, kind = TOO_LARGE_PAGE.encode(), b"text/html; charset=utf-8"
    else:
        body = (b'{"detail":"request body is larger than the limit of ' + str(limit).encode()
                + b' bytes"}')
        kind = b"application/json"
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", kind),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
