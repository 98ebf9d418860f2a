"""``/.well-known/tipline-keys.json``: the hotline's public signing keys, so that an agency can
check a referral package offline (``tipline referral verify DIR --keys tipline-keys.json``).
Every key the hotline has signed with is listed, retired ones too (issue 7, item 5)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from tipline.web.deps import HomeDep, Now

router = APIRouter(include_in_schema=False)


@router.get("/.well-known/tipline-keys.json")
def tipline_keys(home: HomeDep, now: Now):
    home.signing.ensure(now)
    return JSONResponse(home.signing.document(), headers={"Cache-Control": "public, max-age=300"})
