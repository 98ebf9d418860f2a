"""The embeddable Help button: ``GET /button.js`` (the script platforms include) and
``GET /demo/embed`` (a made-up game community page that embeds it, with context signed here
for the ``demo`` platform that ``tipline init --demo`` creates).

Public, read-only routes: no account, nothing stored, no cookies.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from fastapi import APIRouter, Request
from fastapi.responses import Response

from tipline.embed.context import sign_context
from tipline.embed.platforms import DEMO_PLATFORM_ID, embed_key_for
from tipline.web.deps import HomeDep, Now
from tipline.web.templating import templates

router = APIRouter(include_in_schema=False)

BUTTON_CACHE_SECONDS = 3600
DEMO_CONTEXT = {"platform": DEMO_PLATFORM_ID, "reported_account": "@dark_wolf.77",
                "conversation_id": "demo-conv-1"}


@cache
def _button_source() -> bytes:
    return (files("tipline") / "web" / "static" / "button.js").read_bytes()


@router.api_route("/button.js", methods=["GET", "HEAD"])
def button_js():
    """The button script. Cacheable for an hour (``security.CACHEABLE_PATHS``), and readable
    cross-origin so a platform may pin it with Subresource Integrity."""
    return Response(_button_source(), media_type="application/javascript; charset=utf-8",
                    headers={"cache-control": f"public, max-age={BUTTON_CACHE_SECONDS}",
                             "access-control-allow-origin": "*",
                             "cross-origin-resource-policy": "cross-origin"})


@router.get("/demo/embed")
def demo_embed(request: Request, home: HomeDep, now: Now):
    """A host page with two buttons: one passing context signed for platform ``demo``, one
    with none. Without the demo platform (run ``tipline init --demo``) the first goes without
    context and the page says why."""
    key = embed_key_for(home, DEMO_PLATFORM_ID)
    token = sign_context(key, DEMO_CONTEXT, now) if key else None
    return templates.TemplateResponse(request, "embed_demo.html", {
        "token": token, "context": DEMO_CONTEXT,
    })
