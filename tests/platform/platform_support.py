"""Helpers for the platform API tests: a platform with a key, generated images, chunked
uploads through the real app, and a webhook receiver served on loopback."""

from __future__ import annotations

import hashlib
import io
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
from fastapi import FastAPI, Request, Response
from PIL import Image, ImageDraw

from support import now, serve_in_thread
from tipline.embed.platforms import add_platform
from tipline.platform_api.keys import issue_key, new_webhook_secret
from tipline.store.db import transaction

REPORT = {
    "incidentSummary": {"incidentType": "online_enticement",
                        "incidentDateTime": "2026-11-29T18:04:00Z"},
    "reportedPerson": {"espUserId": "8812734", "screenNames": ["dark_wolf.77"],
                       "ipCaptureEvents": [{"ipAddress": "203.0.113.7", "port": 443,
                                            "eventName": "Login",
                                            "dateTime": "2026-11-29T17:58:00Z"}]},
    "victim": {"espUserId": "5530021", "screenNames": ["maya_k"], "age": 12, "country": "CA"},
}


@dataclass
class PlatformKeys:
    platform_id: str
    api_key: str
    webhook_secret: str

    @property
    def auth(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}"}


def make_platform(home, name: str = "Demo Games", *, webhook_url: str | None = None,
                  scopes: tuple[str, ...] | None = None) -> PlatformKeys:
    with transaction(home.sessions) as session:
        platform = add_platform(session, name=name, now=now())
        key = issue_key(session, platform.id, now(), scopes) if scopes else issue_key(
            session, platform.id, now())
        secret = new_webhook_secret(session, platform.id)
        platform.webhook_url = webhook_url
        return PlatformKeys(platform.id, key, secret)


def noise_image(seed: int, size: tuple[int, int] = (320, 240)) -> Image.Image:
    """Smooth random noise (drawn at 1/16 scale and enlarged) with a few shapes: a generated
    picture with the coarse structure photographs have, nothing else."""
    rng = np.random.default_rng(seed)
    coarse = (rng.random((max(2, size[1] // 16), max(2, size[0] // 16), 3)) * 255)
    image = Image.fromarray(coarse.astype("uint8")).resize(size, Image.BICUBIC)
    draw = ImageDraw.Draw(image)
    for _ in range(4):
        x, y = int(rng.integers(0, size[0] - 60)), int(rng.integers(0, size[1] - 60))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        draw.rectangle((x, y, x + 60, y + 40), fill=colour)
        draw.ellipse((size[0] - x - 50, y, size[0] - x, y + 50), fill=colour[::-1])
    return image


def encoded(image: Image.Image, fmt: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def upload(client, keys: PlatformKeys, report_id: str, data: bytes, name: str = "file.png",
           chunk: int = 4096, media_type: str = "image/png") -> dict:
    """Start a file and send it in chunks; returns the last FileState."""
    started = client.post(f"/api/v1/platform/reports/{report_id}/files", headers=keys.auth,
                          json={"filename": name, "mediaType": media_type, "size": len(data),
                                "sha256": hashlib.sha256(data).hexdigest()})
    assert started.status_code == 201, started.text
    file_id = started.json()["fileId"]
    state = started.json()
    for offset in range(0, len(data), chunk):
        piece = data[offset:offset + chunk]
        answer = client.put(
            f"/api/v1/platform/reports/{report_id}/files/{file_id}/chunks?offset={offset}",
            content=piece, headers={**keys.auth, "Chunk-SHA256": hashlib.sha256(piece).hexdigest(),
                                    "Content-Type": "application/octet-stream"})
        assert answer.status_code == 200, answer.text
        state = answer.json()
    return state


def open_report(client, keys: PlatformKeys, body: dict | None = None, key: str | None = None):
    headers = {**keys.auth, **({"Idempotency-Key": key} if key else {})}
    return client.post("/api/v1/platform/reports", json=body or REPORT, headers=headers)


@dataclass
class Receiver:
    """What the webhook receiver saw, and how it should answer the next calls."""

    url: str
    calls: list[tuple[dict, bytes]] = field(default_factory=list)
    fail_next: int = 0


@contextmanager
def webhook_receiver():
    """A FastAPI app served by uvicorn on a free loopback port that records each webhook;
    while ``fail_next`` > 0 it answers 500 (and counts down)."""
    app = FastAPI()
    receiver = Receiver("")

    @app.post("/hook")
    async def hook(request: Request):
        receiver.calls.append((dict(request.headers), await request.body()))
        if receiver.fail_next > 0:
            receiver.fail_next -= 1
            return Response(status_code=500)
        return Response(status_code=204)

    with serve_in_thread(app) as base:
        receiver.url = f"{base}/hook"
        yield receiver
