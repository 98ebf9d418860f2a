"""Crisis resources for a child: the emergency number and helplines of the child's country.

The directory is ``tipline/data/helplines.json`` (editable; each line names its source and the
date it was last checked). A country without an entry, or no country at all, gets the ``EU``
fallback (112 and the 116 111 child helpline) plus an international helpline finder.
Triage decides when a receipt carries them: a self-harm statement (SCHEMA.md: a child's
genuine self-harm statement makes any case immediate) or a child in danger now.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from pydantic import BaseModel

FALLBACK = "EU"
ALIASES = {"UK": "GB"}  # ISO reserves UK for the United Kingdom; people write it


class CrisisLine(BaseModel):
    """One helpline: how to reach it (phone, text, url: any may be absent) and its hours."""

    name: str
    phone: str | None = None
    text: str | None = None
    url: str | None = None
    hours: str | None = None


class CrisisResources(BaseModel):
    """What a child in crisis is shown: the country they were matched to (ISO 3166-1 alpha-2,
    or ``EU`` for the fallback), its emergency number and its helplines."""

    country: str
    country_name: str
    emergency: str
    lines: list[CrisisLine]


@lru_cache(maxsize=1)
def _directory() -> dict:
    return json.loads(files("tipline").joinpath("data/helplines.json").read_text("utf-8"))


def crisis_resources(country: str | None, need: str | tuple[str, ...] = "self_harm") -> CrisisResources:
    """Resources for ``country`` (ISO alpha-2, any case, "UK" read as GB; None or unknown -> the
    EU fallback), keeping the lines that serve ``need``: ``self_harm`` (crisis lines), ``child``
    (child-protection lines), ``online`` (where to report online exploitation), or a tuple."""
    needs = (need,) if isinstance(need, str) else need
    countries = _directory()["countries"]
    code = (country or "").strip().upper()
    code = ALIASES.get(code, code)
    if code not in countries:
        code = FALLBACK
    entry = countries[code]
    lines = [CrisisLine(**{k: line.get(k) for k in ("name", "phone", "text", "url", "hours")})
             for line in entry["lines"] if any(n in line["for"] for n in needs)]
    return CrisisResources(country=code, country_name=entry["name"], emergency=entry["emergency"]["number"],
                           lines=lines)


CRISIS_REASONS = frozenset({"self_harm", "child_in_danger"})


def for_receipt(urgency_reasons, country: str | None) -> CrisisResources | None:
    """The resources a receipt carries: present when triage found a self-harm statement or a
    child in danger now (``urgency_reasons`` as stored on the case), else None."""
    reasons = {str(r) for r in urgency_reasons or ()}
    if CRISIS_REASONS.isdisjoint(reasons):
        return None
    # A child in danger needs the child-protection line; one who may hurt themselves, the crisis line.
    needs = tuple(need for reason, need in (("self_harm", "self_harm"), ("child_in_danger", "child"))
                  if reason in reasons)
    return crisis_resources(country, needs)


def countries() -> dict[str, str]:
    """``{code: name}`` of the countries the directory lists (the EU fallback excluded)."""
    return {code: entry["name"] for code, entry in _directory()["countries"].items() if code != FALLBACK}


def directory_entries() -> dict:
    """The raw directory (for checks and admin views)."""
    return _directory()
