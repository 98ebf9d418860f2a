"""``/status``: the reporter's case code and PIN show the case's status and the hotline's
messages, and let the reporter add information.

Like the Help flow it keeps nothing in the browser: after a good code and PIN, the page's
"add information" form carries them in a sealed field (``flow_state``), so the PIN is never
written into the page and no cookie or session is needed.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from starlette.exceptions import HTTPException as StarletteHTTPException

from tipline import crisis
from tipline.feedback import StatusLocked, StatusNotFound, add_information
from tipline.store.db import transaction
from tipline.web import i18n
from tipline.web.api import status_for
from tipline.web.deps import HomeDep, Now
from tipline.web.flow_state import FlowSealer, FlowStateError
from tipline.web.i18n import N_
from tipline.web.templating import templates

router = APIRouter(include_in_schema=False)

NOT_FOUND = N_("We couldn't find a report with that case code and PIN. Please check them and try again.")
LOCKED = N_("This case is locked because of too many wrong PINs. If it is yours, make a new "
            "report and give your case code: the hotline will link them.")


def _lang(request: Request) -> str:
    return i18n.choose_language(request.query_params.get("lang"), request.headers.get("accept-language"))


def _page(request: Request, lang: str, status: int = 200, **values):
    i18n.activate(lang)
    return templates.TemplateResponse(request, "status.html", {
        "lang": lang, "rtl": lang in i18n.RTL, "view": None, "error": None, "state": None,
        "added": None, "crisis": None, **values}, status_code=status)


@router.get("/status")
def status_form(request: Request):
    return _page(request, _lang(request))


@router.post("/status")
async def status_check(request: Request, home: HomeDep, now: Now):
    lang = _lang(request)
    try:
        form = await request.form(max_files=0, max_fields=8, max_part_size=64 * 1024)
    except StarletteHTTPException:  # a file, too many fields: no browser sends this page that
        return _page(request, lang, 400, error=N_("Please type your case code and PIN again."))
    values = {key: str(value) for key, value in form.items()}
    sealer = FlowSealer(home.form_key, purpose="status")
    if values.get("state"):  # adding information after a good code and PIN
        try:
            sealed = sealer.open(values["state"], now)
            code, pin, lang = str(sealed["case"]), str(sealed["pin"]), str(sealed.get("l", lang))
        except (FlowStateError, KeyError):
            return _page(request, lang, 400, error=N_("This page was open for a long time. "
                                                      "Please type your case code and PIN again."))
    else:
        code, pin = values.get("case_code", ""), values.get("pin", "")
    # The same PIN the lookup reads (status_for cuts it to 20 characters and drops NULs), so
    # adding information never fails where the lookup succeeded.
    pin = pin[:20].replace("\x00", "")
    if not request.app.state.public_rate_limit.allow(request.client.host if request.client else None, "steps"):
        return _page(request, lang, 429, error=N_("Too many tries from your network. Please wait a few minutes."))
    added = None
    more = values.get("more", "").strip()
    if values.get("state") and more:
        try:
            with transaction(home.sessions) as session:
                added = add_information(session, pin_key=home.pin_key, case_code=code, pin=pin,
                                        text=more, attempt_limit=home.settings.pin_attempt_limit,
                                        now=now)
        except (StatusNotFound, StatusLocked):
            pass  # status_for below says which, in the same words as a lookup
        except ValueError:
            pass  # nothing but spaces: nothing to add
    try:
        view = status_for(home, code, pin, now)
    except HTTPException as error:
        return _page(request, lang, error.status_code,
                     error=LOCKED if error.status_code == 423 else NOT_FOUND)
    help_now = None
    if added is not None and set(added.raised_reasons) & crisis.CRISIS_REASONS:
        help_now = crisis.for_receipt(added.raised_reasons, added.child_country)
    state = sealer.seal({"case": view.case_code, "pin": pin, "l": lang}, now)
    return _page(request, lang, view=view, state=state, added=added, crisis=help_now)
