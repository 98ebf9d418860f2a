"""The child's pages in the child's language, through Babel catalogs.

Catalogs: ``tipline/locale/<lang>/LC_MESSAGES/messages.po`` (English is the source text; ``ar``
holds placeholders that check the right-to-left layout). They are read with Babel when first
used, so an edited ``.po`` needs no compile step. How to add or update a language:
docs/translating.md.

The page language follows ``?lang=`` and otherwise ``Accept-Language`` (Babel's
``negotiate_locale``); anything else falls back to English. Templates call ``_()`` (Jinja2's
i18n extension, new-style: ``_("Step %(n)s of %(total)s", n=2, total=7)``); Python code marks
text with ``N_`` and the template translates it where it is shown.
"""

from __future__ import annotations

import io
from contextvars import ContextVar
from functools import lru_cache
from importlib.resources import files

from babel.core import negotiate_locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from tipline.translate import N_  # noqa: F401 - re-exported for the web modules

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
# Offered to children (the switcher, Accept-Language). Arabic holds layout placeholders only:
# reachable with ?lang=ar for checking right-to-left pages, never chosen for a child.
OFFERED = ("en", "fr", "es")
RTL = frozenset({"ar"})
DEFAULT = "en"
_current: ContextVar[NullTranslations] = ContextVar("tipline_translations", default=NullTranslations())


@lru_cache(maxsize=len(LANGUAGES))
def translations(lang: str) -> NullTranslations:
    """The catalog for ``lang`` (``NullTranslations`` for English or an unknown code)."""
    if lang == DEFAULT or lang not in LANGUAGES:
        return NullTranslations()
    path = files("tipline").joinpath(f"locale/{lang}/LC_MESSAGES/messages.po")
    if not path.is_file():  # a language listed before its catalog exists: English
        return NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer)


def _accepted(header: str) -> list[str]:
    """Language tags of an Accept-Language header, best first (``fr-CA,fr;q=0.9`` -> fr_CA, fr)."""
    ranked = []
    for position, part in enumerate(header[:512].split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and tag != "*" and quality > 0:
            ranked.append((-quality, position, tag.strip().replace("-", "_")))
    return [tag for _, _, tag in sorted(ranked)]


def choose_language(query_lang: str | None, accept_language: str | None) -> str:
    """``?lang=`` when it names a language we have (``fr-CA`` reads as ``fr``); else the best
    ``Accept-Language`` match among ``OFFERED``; else English. Returns a key of ``LANGUAGES``."""
    asked = (query_lang or "").strip().lower().replace("_", "-")[:16]
    if asked in LANGUAGES:
        return asked
    if asked.split("-")[0] in OFFERED:
        return asked.split("-")[0]
    chosen = negotiate_locale(_accepted(accept_language or ""), list(OFFERED), sep="_")
    if chosen:
        return chosen.split("_")[0].lower()
    for tag in _accepted(accept_language or ""):  # fr_BE, es_419: the language alone
        base = tag.split("_")[0].lower()
        if base in OFFERED:
            return base
    return DEFAULT


def region_hint(accept_language: str | None) -> str | None:
    """The region of the first ``Accept-Language`` tag that names one (``en-US`` -> "US"),
    a hint for the child's country when they skip the question; None without one."""
    for tag in _accepted(accept_language or ""):
        parts = tag.split("_")
        if len(parts) > 1 and len(parts[-1]) == 2 and parts[-1].isalpha():
            return parts[-1].upper()
    return None


def activate(lang: str) -> None:
    """Use ``lang`` for ``gettext`` calls in this request's context (templates render in it)."""
    _current.set(translations(lang))


def gettext(message: str, **variables) -> str:
    text = _current.get().gettext(message)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, **variables) -> str:
    text = _current.get().ngettext(singular, plural, n)
    return text % {"num": n, **variables}


def install(env) -> None:
    """Add Jinja2's i18n extension to ``env``; new-style, so Jinja fills the ``%(name)s``
    variables itself and escapes them."""
    env.add_extension("jinja2.ext.i18n")
    # An empty message would return the catalog's header: it is never text to show.
    env.install_gettext_callables(lambda message: _current.get().gettext(message) if message else "",
                                  lambda singular, plural, n: _current.get().ngettext(singular, plural, n),
                                  newstyle=True)
