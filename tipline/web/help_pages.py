"""The child's side: ``/help`` (a plain HTML form that works without JavaScript), the
receipt, and ``/status`` (case code and PIN). Every page carries a quick-exit link.

Nothing about the report is kept in the browser: no cookies are set here, and every answer
is sent with ``Cache-Control: no-store``.
"""

from __future__ import annotations

import secrets

from fastapi import APIRouter, HTTPException, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from tipline.intake.schemas import ReportCreate
from tipline.intake.service import (
    IdempotencyConflict,
    IncomingFile,
    IntakeError,
    submit_report,
)
from tipline.web.api import status_for
from tipline.web.deps import HomeDep, Now
from tipline.web.templating import templates

router = APIRouter(include_in_schema=False)

# "What happened?" choices, in the child's words, and the incident type each one files.
WHAT_HAPPENED = {
    "meet": ("Someone wants to meet me", "online_enticement"),
    "photos": ("Someone asked me for photos or a video call", "online_enticement"),
    "threat": ("Someone is threatening to share something about me", "sextortion"),
    "sent": ("Someone sent me something that upset me", "obscene_material_sent_to_child"),
    "friend": ("I'm worried about a friend", "online_enticement"),
    "other": ("Something else", "other_harm"),
}
AGE_BANDS = {
    "under_13": "I'm under 13",
    "13_17": "I'm 13 to 17",
    "adult_for_child": "I'm an adult reporting for a child",
}


def _reporter_kind(age_band: str, what: str) -> str:
    if age_band == "adult_for_child":
        return "parent"
    return "friend" if what == "friend" else "self"


def _new_form_token() -> str:
    return secrets.token_urlsafe(18)


@router.get("/help")
def help_form(request: Request):
    return templates.TemplateResponse(request, "help_form.html", {
        "what_happened": WHAT_HAPPENED, "age_bands": AGE_BANDS, "errors": [],
        "values": {"form_token": _new_form_token()},
    })


@router.post("/help")
async def help_submit(request: Request, home: HomeDep, now: Now):
    try:
        form = await request.form(max_files=home.settings.max_attachments + 1, max_fields=30,
                                  max_part_size=128 * 1024)
    except HTTPException as error:  # Starlette's limits on parts, fields and files
        return _form_again(request, [_form_limit_words(error.detail)], {
            "form_token": _new_form_token()}, status=error.status_code)
    values = {key: value for key, value in form.items() if isinstance(value, str)}
    age_band = values.get("age_band", "")
    what = values.get("what_happened", "")
    username = values.get("username", "").strip()
    platform = values.get("platform", "").strip() or None
    profile_link = values.get("profile_link", "").strip()
    identifiers = []
    if username:
        identifiers.append({"kind": "username", "value": username, "platform": platform})
    if profile_link:
        identifiers.append({"kind": "url", "value": profile_link, "platform": platform})
    payload = {
        "reporter": _reporter_kind(age_band, what),
        "about": values.get("about", ""),
        "incident_type": WHAT_HAPPENED.get(what, (None, None))[1],
        "child": {
            "age_band": age_band or None,
            "country": values.get("country") or None,
            "name_in_chat": values.get("name_in_chat") or None,
        },
        "reported_person": identifiers,
        "contact": {"email": values.get("contact_email") or None,
                    "trusted_adult": values.get("trusted_adult") or None},
    }
    errors = []
    age = values.get("age", "").strip()
    if age.isascii() and age.isdigit() and len(age) <= 2:
        payload["child"]["age"] = int(age)
    elif age:
        errors.append("Age: please write a number, like 12, or leave it empty.")
    if age_band not in AGE_BANDS:
        errors.append("Please choose how old you are.")
    if what not in WHAT_HAPPENED:
        errors.append("Please choose what happened.")
    files = [
        IncomingFile(item.filename or "unnamed", await item.read(),
                     item.content_type or "application/octet-stream")
        for item in form.getlist("evidence")
        if isinstance(item, UploadFile) and item.filename
    ]
    if any(isinstance(item, UploadFile) and name != "evidence" for name, item in form.multi_items()):
        errors.append("A file came in an unexpected part of the form; please add it again.")
    report = None
    if not errors:
        try:
            report = ReportCreate.model_validate(payload)
        except ValidationError as error:
            errors.extend(_plain_errors(error))
    if errors:
        if files:
            errors.append("Please choose your file again: for your safety we don't keep it "
                          "until you send the report.")
        return _form_again(request, errors, values)
    # The form's one-time token is the Idempotency-Key: reloading the receipt page re-posts the
    # same form and gets the same case and PIN back instead of filing the report twice.
    token = values.get("form_token", "")
    key = f"help:{token}" if 16 <= len(token) <= 64 and token.isascii() and token.replace(
        "-", "").replace("_", "").isalnum() else None
    try:
        result = await run_in_threadpool(_submit, home, report, files, now, key)
    except IntakeError as error:
        return _form_again(request, [str(error)], values, status=error.status)
    return templates.TemplateResponse(request, "help_receipt.html", {
        "receipt": result.receipt, "what": what,
        "images_sent": any(f.media_type.startswith("image/") for f in files),
    })


def _form_limit_words(detail: str) -> str:
    if "files" in detail.lower():
        return "That's too many files. Please choose the most important ones, up to 10."
    return ("Part of the form is too long. Please shorten what you wrote, or split it into two "
            "reports.")


def _submit(home, report, files, now, key):
    try:
        return submit_report(home, report, files, via="help", now=now, idempotency_key=key)
    except IdempotencyConflict:
        # The child went back and changed the form: that is a new report.
        return submit_report(home, report, files, via="help", now=now)


def _plain_errors(error: ValidationError) -> list[str]:
    names = {"about": "What happened", "country": "Country", "age": "Age",
             "value": "Username or link", "email": "Email"}
    out = []
    for item in error.errors():
        field = str(item["loc"][-1]) if item["loc"] else "form"
        out.append(f"{names.get(field, field)}: {item['msg']}")
    return out


def _form_again(request, errors, values, status: int = 422):
    return templates.TemplateResponse(request, "help_form.html", {
        "what_happened": WHAT_HAPPENED, "age_bands": AGE_BANDS, "errors": errors,
        "values": values,
    }, status_code=status)


@router.get("/status")
def status_form(request: Request):
    return templates.TemplateResponse(request, "status.html", {"view": None, "error": None})


@router.post("/status")
async def status_check(request: Request, home: HomeDep, now: Now):
    form = await request.form(max_files=0, max_fields=5, max_part_size=1024)
    code, pin = str(form.get("case_code", "")), str(form.get("pin", ""))
    try:
        view = status_for(home, code, pin, now)
    except HTTPException as error:
        return templates.TemplateResponse(request, "status.html", {
            "view": None, "error": error.detail}, status_code=error.status_code)
    return templates.TemplateResponse(request, "status.html", {"view": view, "error": None})
