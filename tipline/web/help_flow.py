"""The child's Help flow: one URL, a few short steps, a receipt. Works without JavaScript.

Steps, in order (``STEPS``): age band (and, if the child wants, age and country); "Are you in
danger right now?" (yes shows the emergency number and helplines of the child's country at
once, then the child may go on); what happened; who (username, app, profile link); proof
(links; files are chosen on the last page, see below); how we may reach you (under-13s are
offered a trusted adult's contact instead of their own); review; send.

No trace: every step posts to ``/help``; the answers travel between steps in one hidden field
that the server encrypts and signs (``flow_state``), which is also the CSRF token. No cookie, no
server session, ``Cache-Control: no-store`` on every page, nothing in the browser's storage.

Files: a browser cannot carry a chosen file from one page to the next without a server session
or script, so the file picker sits on the review page and files are sealed only when the child
presses Send (never kept for a report that is not sent).

Embedding: ``/help?ctx=TOKEN`` carries a platform's signed context (``tipline.embed``); it rides
in the sealed state. A verified context fills in "Who is it?" (the child can change it) and is
checked again when the report is filed; unsigned or tampered context is ignored and the report
says so.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from tipline import crisis
from tipline.embed.context import ContextCheck, context_record, verify_context
from tipline.embed.platforms import embed_key_for
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, IntakeError, submit_report
from tipline.web import i18n
from tipline.web.deps import HomeDep, Now
from tipline.web.flow_state import FlowSealer, FlowStateError
from tipline.web.i18n import N_
from tipline.web.templating import templates

router = APIRouter(include_in_schema=False)

STEPS = ("age", "danger", "what", "who", "evidence", "contact", "review")
AGE_BANDS = {
    "under_13": N_("I'm under 13"),
    "13_17": N_("I'm 13 to 17"),
    "adult_for_child": N_("I'm an adult helping a child"),
}
AGE_BANDS_SHORT = {"under_13": N_("Under 13"), "13_17": N_("13 to 17"),
                   "adult_for_child": N_("An adult helping a child")}
# "What happened?" in the child's words, and the incident type each files (DESIGN.md vocabulary).
WHAT_HAPPENED = {
    "meet": (N_("Someone wants to meet me"), "online_enticement"),
    "photos": (N_("Someone asked me for photos or a video call"), "online_enticement"),
    "threat": (N_("Someone says they will share something about me"), "sextortion"),
    "sent": (N_("Someone sent me something that upset me"), "obscene_material_sent_to_child"),
    "friend": (N_("I'm worried about a friend"), "online_enticement"),
    "other": (N_("Something else"), "other_harm"),
}
# Text limits (characters), the same as ReportCreate's so the last step never refuses them.
LIMITS = {"about": 20_000, "username": 500, "platform": 64, "profile_link": 500, "links": 4_000,
          "name_in_chat": 200, "contact_email": 200, "contact_phone": 200, "trusted_adult": 200,
          "age": 2, "country": 2}
FIELDS = {
    "age": ("age_band", "age", "country"),
    "danger": ("danger",),
    "what": ("what", "about"),
    "who": ("username", "platform", "profile_link"),
    "evidence": ("links", "name_in_chat"),
    "contact": ("contact_email", "contact_phone", "trusted_adult"),
    "review": (),
}
MAX_LINKS = 10
# What the form parser accepts before our own checks (which answer on the page, answers kept).
PARSE_MAX_FILES = 50
PARSE_MAX_FIELDS = 60
PARSE_MAX_PART = 512 * 1024  # bytes of one non-file field: the sealed state is the largest
# Control characters other than tab and newline carry nothing a child means to say.
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


@dataclass
class Flow:
    """One child's place in the flow: the step shown, the answers so far, the one-time token
    that makes Send idempotent, the language, and a platform's context token if any."""

    step: str = "age"
    answers: dict[str, str] = field(default_factory=dict)
    token: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    lang: str = "en"
    context: str | None = None
    context_unsigned: bool = False
    back_to_review: bool = False
    region: str | None = None  # from Accept-Language ("en-US"): the country, until the child says

    def as_state(self) -> dict:
        return {"v": 1, "s": self.step, "a": self.answers, "t": self.token, "l": self.lang,
                "c": self.context, "u": self.context_unsigned, "r": self.back_to_review,
                "g": self.region}

    @classmethod
    def from_state(cls, state: dict) -> Flow:
        step = state.get("s")
        answers = state.get("a")
        if state.get("v") != 1 or (step not in STEPS and step != "help_now") or not isinstance(answers, dict):
            raise FlowStateError("form state of another version")
        return cls(step=step, answers={str(k): str(v)[:LIMITS.get(k, 32)] for k, v in answers.items()
                                       if k in LIMITS or k in ("danger", "what", "age_band", "from_app")},
                   token=str(state.get("t") or secrets.token_urlsafe(18)), lang=str(state.get("l") or "en"),
                   context=state.get("c") if isinstance(state.get("c"), str) else None,
                   context_unsigned=bool(state.get("u")), back_to_review=bool(state.get("r")),
                   region=state.get("g") if isinstance(state.get("g"), str) else None)


def _sealer(home) -> FlowSealer:
    return FlowSealer(home.form_key, purpose="help")


def _rate_limited(request: Request, rule: str) -> bool:
    limiter = request.app.state.public_rate_limit
    client = request.client.host if request.client else None
    return not limiter.allow(client, rule)


@router.api_route("/help", methods=["GET", "HEAD"])
def help_start(request: Request, home: HomeDep, now: Now, lang: str | None = None, ctx: str | None = None):
    """The first step. ``?lang=`` picks the language; ``?ctx=`` a platform's signed context;
    context fields without a token (``?platform=``, ``?reported_account=``) are remembered only
    as "unsigned" so the report can say they were ignored."""
    accept = request.headers.get("accept-language")
    flow = Flow(lang=i18n.choose_language(lang, accept), region=i18n.region_hint(accept))
    flow.context = ctx[:4096] if ctx else None
    flow.context_unsigned = ctx is None and any(
        name in request.query_params for name in ("platform", "reported_account", "conversation_id"))
    check = _check_context(home, flow, now) if flow.context else None
    if check is not None and check.status == "verified" and check.context:
        # The app the child came from says who this is about: start "Who is it?" with it.
        if check.context.get("reported_account"):
            flow.answers["username"] = check.context["reported_account"][: LIMITS["username"]]
        flow.answers["platform"] = (check.platform or "")[: LIMITS["platform"]]
        flow.answers["from_app"] = "1"
    return _render(request, home, now, flow)


@router.post("/help")
async def help_step(request: Request, home: HomeDep, now: Now):
    try:
        # Generous parser limits (the body limit caps the total): too many files or an odd
        # field is answered below on the child's page with their answers kept.
        form = await request.form(max_files=PARSE_MAX_FILES, max_fields=PARSE_MAX_FIELDS,
                                  max_part_size=PARSE_MAX_PART)
    except StarletteHTTPException as error:  # a body no browser sends (no boundary, ...)
        flow = Flow(lang=i18n.choose_language(None, request.headers.get("accept-language")))
        return _render(request, home, now, flow, notice=_form_limit_words(str(error.detail)),
                       status=400)
    values = {key: value for key, value in form.items() if isinstance(value, str)}
    try:
        flow = Flow.from_state(_sealer(home).open(values.get("state"), now))
    except FlowStateError:
        flow = Flow(lang=i18n.choose_language(None, request.headers.get("accept-language")))
        return _render(request, home, now, flow, status=400, notice=i18n.N_(
            "This page was open for a long time, so we started again. Nothing was sent."))
    if _rate_limited(request, "steps"):
        return _render(request, home, now, flow, status=429, notice=i18n.N_(
            "Many people on your network are using this page right now. Please wait a few "
            "minutes, then try again. What you typed is still here."))
    go = values.get("go", "next")
    _keep_answers(flow, values)
    if go.startswith("lang:"):
        flow.lang = go[5:] if go[5:] in i18n.OFFERED else flow.lang
        return _render(request, home, now, flow)
    if go == "back":
        flow.step = _previous(flow)
        return _render(request, home, now, flow)
    if go.startswith("edit:") and go[5:] in STEPS:
        flow.step, flow.back_to_review = go[5:], True
        return _render(request, home, now, flow)
    if flow.step == "review" and go == "send":
        return await _send(request, home, now, flow, form)
    errors = _check_step(flow)
    if errors:
        return _render(request, home, now, flow, errors=errors, status=422)
    flow.step = _next(flow)
    return _render(request, home, now, flow)


@router.get("/exit")
def quick_exit(home: HomeDep):
    """The quick exit's last stop: tell the browser to forget this site, then go somewhere
    everyday. (With JavaScript the page was already blanked and this entry replaced the
    flow's in the history.)"""
    response = RedirectResponse(home.settings.quick_exit_url, status_code=303)
    response.headers["clear-site-data"] = '"cache", "cookies", "storage"'
    return response


def _keep_answers(flow: Flow, values: dict[str, str]) -> None:
    """Take the fields of the step shown, trimmed to their limits (kept even when going back,
    so nothing typed is lost)."""
    for name in FIELDS.get(flow.step, ()):
        if name in values:
            text = values[name].translate(_CONTROL).strip()
            flow.answers[name] = text[: LIMITS.get(name, 32)]
    if flow.answers.get("age_band") == "under_13":
        # Under-13s are offered a trusted adult's contact, never their own: an email typed
        # before changing the age band must not show on the review and then vanish.
        flow.answers.pop("contact_email", None)
        flow.answers.pop("contact_phone", None)


def _previous(flow: Flow) -> str:
    if flow.step == "help_now":
        return "danger"
    if flow.step == "what" and flow.answers.get("danger") == "yes":
        return "help_now"
    index = STEPS.index(flow.step) if flow.step in STEPS else 0
    return STEPS[max(index - 1, 0)]


def _next(flow: Flow) -> str:
    if flow.step == "danger" and flow.answers.get("danger") == "yes":
        return "help_now"
    if flow.step == "help_now":
        return "review" if flow.back_to_review else "what"
    if flow.back_to_review:
        return "review"
    index = STEPS.index(flow.step)
    return STEPS[min(index + 1, len(STEPS) - 1)]


def _check_step(flow: Flow, step: str | None = None) -> dict[str, str]:
    """Errors of one step, by field name (messages marked for translation)."""
    a = flow.answers
    step = step or flow.step
    errors: dict[str, str] = {}
    if step == "age":
        if a.get("age_band") not in AGE_BANDS:
            errors["age_band"] = N_("Please choose how old you are.")
        age = a.get("age", "")
        if age and not (age.isascii() and age.isdigit() and int(age) <= 25):
            errors["age"] = N_("Please write a number, like 12, or leave it empty.")
        elif age and not _age_fits_band(int(age), a.get("age_band")):
            errors["age"] = N_("This age does not match the group you chose. Please check both.")
        if a.get("country") and a["country"] not in crisis.countries() and a["country"] != "XX":
            errors["country"] = N_("Please choose from the list.")
    elif step == "danger":
        if a.get("danger") not in ("yes", "no"):
            errors["danger"] = N_("Please choose yes or no.")
    elif step == "what":
        if a.get("what") not in WHAT_HAPPENED:
            errors["what"] = N_("Please choose the one that fits best.")
    elif step == "evidence":
        lines = [line for line in a.get("links", "").splitlines() if line.strip()]
        if len(lines) > MAX_LINKS:
            errors["links"] = N_("Please add up to 10 links, one on each line.")
    elif step == "contact":
        email = a.get("contact_email", "")
        if email and ("@" not in email or " " in email):
            errors["contact_email"] = N_("This does not look like an email address. Please check it.")
    return errors


def _age_fits_band(age: int, band: str | None) -> bool:
    """The age typed agrees with the band chosen (for an adult helping, it is the child's age)."""
    if band == "under_13":
        return age < 13
    if band == "13_17":
        return 13 <= age <= 17
    return age < 18


def _payload(flow: Flow) -> dict:
    a = flow.answers
    what = a.get("what", "")
    band = a.get("age_band")
    identifiers = []
    platform = a.get("platform") or None
    if a.get("username"):
        identifiers.append({"kind": "username", "value": a["username"], "platform": platform})
    if a.get("profile_link"):
        identifiers.append({"kind": "url", "value": a["profile_link"], "platform": platform})
    for line in a.get("links", "").splitlines()[:MAX_LINKS]:
        link = line.strip()[:500]
        if link and link != a.get("profile_link"):  # the profile link is already listed
            identifiers.append({"kind": "url", "value": link, "platform": None})
    under_13 = band == "under_13"
    contact = {"email": None if under_13 else (a.get("contact_email") or None),
               "phone": None if under_13 else (a.get("contact_phone") or None),
               "trusted_adult": a.get("trusted_adult") or None}
    country = a.get("country") if a.get("country") not in (None, "", "XX") else None
    return {
        "reporter": "parent" if band == "adult_for_child" else ("friend" if what == "friend" else "self"),
        "about": a.get("about", ""),
        "incident_type": WHAT_HAPPENED.get(what, (None, None))[1],
        "child": {"age_band": band, "age": int(a["age"]) if a.get("age", "").isdigit() else None,
                  "country": country, "name_in_chat": a.get("name_in_chat") or None},
        "reported_person": identifiers,
        "contact": contact,
        "danger_now": a.get("danger") == "yes",
    }


async def _send(request: Request, home, now, flow: Flow, form):
    for step in STEPS:
        errors = _check_step(flow, step)
        if errors:
            flow.step = step
            return _render(request, home, now, flow, errors=errors, status=422)
    if _rate_limited(request, "reports"):
        return _render(request, home, now, flow, status=429, notice=i18n.N_(
            "Many reports are coming from your network right now. Please wait a few "
            "minutes, then press Send again. What you typed is still here."))
    uploads = [item for _, item in form.multi_items() if isinstance(item, UploadFile)]
    if len(uploads) > home.settings.max_attachments or any(
            name != "evidence" for name, item in form.multi_items() if isinstance(item, UploadFile)):
        return _render(request, home, now, flow, status=422, notice=N_(
            "That's too many files. Please choose the most important ones, up to 10."))
    files = [IncomingFile(item.filename or "unnamed", await item.read(),
                          item.content_type or "application/octet-stream")
             for item in uploads if item.filename]
    check = _check_context(home, flow, now)
    try:
        report = ReportCreate.model_validate(_with_verified_account(_payload(flow), check))
    except ValidationError as error:
        field_names = [str(item["loc"][-1]) for item in error.errors() if item["loc"]]
        flow.step = "review"
        return _render(request, home, now, flow, status=422, notice=i18n.N_(
            "Something in your answers could not be saved. Please check them."), detail=field_names)
    context = context_record(check) if check is not None else None
    try:
        result = await run_in_threadpool(_submit, home, report, files, now,
                                         _idempotency_key(flow, report, files), context)
    except IntakeError as error:
        flow.step = "review"
        return _render(request, home, now, flow, status=error.status, notice=_intake_words(error))
    i18n.activate(flow.lang)
    return templates.TemplateResponse(request, "help_receipt.html", {
        **_page_context(flow), "receipt": result.receipt, "what": flow.answers.get("what"),
        "images_sent": any(looks_like_image(f.data) or f.media_type.startswith("image/") for f in files),
        "files_sent": len(files),
    })


_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")


def looks_like_image(data: bytes) -> bool:
    """Whether ``data`` starts like a picture (PNG, JPEG, GIF, BMP, WebP, HEIC/AVIF), whatever
    type the browser declared: the receipt must say what happens to pictures."""
    head = data[:16]
    return (head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
            or (head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"avif")))


def _check_context(home, flow: Flow, now) -> ContextCheck | None:
    """The verdict on a platform's context, or None when the child came without any."""
    if flow.context is None and not flow.context_unsigned:
        return None
    return verify_context(flow.context, lambda platform: embed_key_for(home, platform), now,
                          unsigned_fields=flow.context_unsigned)


def _with_verified_account(payload: dict, check: ContextCheck | None) -> dict:
    """A reported account that the platform signed joins the reported person's identifiers,
    so linking sees it; unverified context adds nothing."""
    if check is None or check.status != "verified" or not check.context:
        return payload
    account = check.context.get("reported_account")
    if account:
        payload["reported_person"] = [{"kind": "username", "value": account,
                                       "platform": check.platform}, *payload["reported_person"]]
    return payload


def _idempotency_key(flow: Flow, report: ReportCreate, files: list[IncomingFile]) -> str:
    """The flow's one-time token plus a digest of what is sent: a double tap or a reload of the
    receipt re-sends the same and gets the same receipt; changing an answer after sending
    files one new report, once, however often that is tapped."""
    digest = hashlib.sha256(report.model_dump_json().encode())
    for item in files:
        digest.update(item.filename.encode() + b"\0" + hashlib.sha256(item.data).digest())
    return f"help:{flow.token}:{digest.hexdigest()[:24]}"


def _submit(home, report, files, now, key, context):
    kwargs = {"platform_context": context} if context is not None else {}
    return submit_report(home, report, files, via="help", now=now, idempotency_key=key, **kwargs)


def _intake_words(error: IntakeError) -> str:
    if error.status == 413:
        return N_("Your files are too big to send together. Please choose fewer or smaller files.")
    return N_("We could not take this report as it is. Please check your answers and files.")


def _form_limit_words(detail: str) -> str:
    if "files" in str(detail).lower():
        return N_("That's too many files. Please choose the most important ones, up to 10.")
    return N_("Part of the form is too long. Please make what you wrote shorter.")


def _country_names(lang: str) -> dict[str, str]:
    """The directory's countries named in the page's language (Babel's CLDR data), sorted."""
    from babel import Locale

    names = Locale.parse(lang if lang in i18n.OFFERED else "en").territories
    named = {code: names.get(code, fallback) for code, fallback in crisis.countries().items()}
    return dict(sorted(named.items(), key=lambda item: item[1]))


def _page_context(flow: Flow) -> dict:
    return {"lang": flow.lang, "rtl": flow.lang in i18n.RTL,
            "languages": {code: i18n.LANGUAGES[code] for code in i18n.OFFERED}}


def _render(request: Request, home, now, flow: Flow, *, errors: dict | None = None,
            notice: str | None = None, status: int = 200, detail: list | None = None):
    i18n.activate(flow.lang)
    a = flow.answers
    country = a.get("country") if a.get("country") not in (None, "", "XX") else None
    if country is None and not a.get("country") and flow.region in crisis.countries():
        country = flow.region  # skipped the question: the browser's region is the best guess
    needs = ("child", "online", "self_harm")
    position = STEPS.index(flow.step) + 1 if flow.step in STEPS else 2
    return templates.TemplateResponse(request, f"help_{flow.step}.html", {
        **_page_context(flow),
        "step": flow.step, "position": position, "total": len(STEPS),
        "state": _sealer(home).seal(flow.as_state(), now),
        "a": a, "errors": errors or {}, "notice": notice, "detail": detail or [],
        "age_bands": AGE_BANDS, "age_bands_short": AGE_BANDS_SHORT, "what_options": [(key, label) for key, (label, _) in WHAT_HAPPENED.items()],
        "countries": _country_names(flow.lang),
        "resources": crisis.crisis_resources(country, needs),
        "under_13": a.get("age_band") == "under_13",
        "adult": a.get("age_band") == "adult_for_child",
        "back_to_review": flow.back_to_review,
        "link_lines": [line for line in a.get("links", "").splitlines() if line.strip()],
        # The browser checks the size before sending (help.js), so a child's answers are not
        # lost to a 413; the margin leaves room for the form's other fields.
        "max_upload_bytes": home.settings.max_request_bytes - min(256 * 1024, home.settings.max_request_bytes // 10),
    }, status_code=status)
