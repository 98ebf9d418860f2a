"""Jurisdiction: where a report must be acted on, and which agencies serve it (issue 7, item 3;
DESIGN.md stage "route": the child's location first, then the suspect's, then the platform's).

``decide(child, suspect)`` walks the sources in this order and stops at the first that gives a
country; the decision names its basis and a confidence:

| basis | source | confidence |
|---|---|---|
| ``child_stated_location`` | the country (and region) the report gives for the child | 0.9 |
| ``child_phone`` | the country of the child's phone number (``phonenumbers``) | 0.8 |
| ``platform_ip`` | the country of IP addresses a platform supplied for the child (``iptocc``, offline, from the regional internet registries' allocations) | 0.6 |
| ``suspect_phone`` | the country of the suspect's phone numbers | 0.5 |
| ``suspect_ip`` | the country of the suspect's IP addresses | 0.4 |
| ``platform_home`` | the home country of the platform where it happened (``tipline/data/platforms.json``) | 0.3 |
| ``unknown`` | nothing above | 0.0 (the fallback agency) |

Where one source gives several countries, the most frequent wins and the confidence drops by
a third; a registry's allocation is where an address block was assigned, not where it is used.

``agencies_for(entries, country, region)`` picks from the directory the most specific tier
that serves the place: agencies for that region, else for that country alone, else for a group
of countries (the EU's hotlines), else the fallback. Pure: the IP lookup is passed in.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import phonenumbers

BASES = {
    "child_stated_location": 0.9, "child_phone": 0.8, "platform_ip": 0.6,
    "suspect_phone": 0.5, "suspect_ip": 0.4, "platform_home": 0.3, "unknown": 0.0,
}


@dataclass(frozen=True, slots=True)
class ChildPlace:
    """What a report says of where the child is: stated ``country`` (ISO 3166-1 alpha-2) and
    ``region`` (as given), the child's ``phone`` (E.164 or as written), and IP addresses a
    platform supplied for the child."""

    country: str | None = None
    region: str | None = None
    phone: str | None = None
    ips: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SuspectTrace:
    """Where the suspect's identifiers point: phone numbers (E.164), IP addresses, and the
    platforms where it happened (canonical names, as ``tipline.linking.normalise`` gives)."""

    phones: tuple[str, ...] = ()
    ips: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """One decision: ``country`` (None when unknown), ``region`` (ISO 3166-2 when the report's
    region could be read as one, else as given), ``basis`` (a key of ``BASES``), ``confidence``
    in [0, 1], and ``detail``: what the basis rests on, in words."""

    country: str | None
    region: str | None
    basis: str
    confidence: float
    detail: str = ""
    agencies: tuple[dict, ...] = field(default=())


@cache
def platform_homes() -> dict[str, str]:
    """Platform name -> ISO 3166-1 alpha-2 home country (``tipline/data/platforms.json``)."""
    document = json.loads(files("tipline").joinpath("data/platforms.json").read_text("utf-8"))
    return dict(document["homes"])


def _phone_country(number: str, region: str | None = None) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.region_code_for_number(parsed)


def _most_common(countries: Iterable[str | None]) -> tuple[str | None, bool]:
    """The most frequent country and whether the sources disagreed."""
    counts = Counter(c for c in countries if c and c != "ZZ")
    if not counts:
        return None, False
    (best, _), *rest = counts.most_common()
    return best, bool(rest)


def decide(child: ChildPlace, suspect: SuspectTrace = SuspectTrace(), *,
           ip_country: Callable[[str], str | None]) -> Jurisdiction:
    """The jurisdiction for one child, by the first source that gives a country (order and
    confidences in the module docstring). ``ip_country``: address -> country (``iptocc``)."""
    if child.country:
        return Jurisdiction(child.country.upper(), region_code(child.country, child.region),
                            "child_stated_location", BASES["child_stated_location"],
                            "the country the report gives for the child")
    steps: Sequence[tuple[str, Callable[[], tuple[str | None, bool]], str]] = (
        ("child_phone", lambda: _most_common([_phone_country(child.phone)] if child.phone else []),
         "the child's phone number"),
        ("platform_ip", lambda: _most_common(ip_country(ip) for ip in child.ips),
         "the child's IP addresses, as the platform supplied them (registry allocation)"),
        ("suspect_phone", lambda: _most_common(_phone_country(p) for p in suspect.phones),
         "the suspect's phone numbers"),
        ("suspect_ip", lambda: _most_common(ip_country(ip) for ip in suspect.ips),
         "the suspect's IP addresses (registry allocation)"),
        ("platform_home", lambda: _most_common(platform_homes().get(p) for p in suspect.platforms),
         "the home country of the platform where it happened"),
    )
    for basis, find, detail in steps:
        country, disagreed = find()
        if country:
            confidence = BASES[basis] * (2 / 3 if disagreed else 1)
            note = detail + ("; the sources disagreed, the most frequent country was taken"
                             if disagreed else "")
            return Jurisdiction(country, None, basis, round(confidence, 2), note)
    return Jurisdiction(None, None, "unknown", 0.0, "nothing in the report places the child, "
                        "the suspect or the platform")


def region_code(country: str, region: str | None) -> str | None:
    """``region`` as an ISO 3166-2 code when it is one or its code part ("ON" or "CA-ON" in
    Canada give "CA-ON"); None for another country's code ("US-CA" in Canada) or empty text;
    otherwise the text as given."""
    if not region or not region.strip():
        return None
    text = region.strip().upper()
    if text.startswith(country.upper() + "-"):
        text = text[len(country) + 1:]
    elif len(text) > 3 and text[2] == "-" and text[:2].isalpha() and text[3:].isalnum() \
            and len(text) <= 6:
        return None  # another country's subdivision ("US-CA" for a child in Canada): not a place here
    if text.isalnum() and 1 <= len(text) <= 3:
        return f"{country.upper()}-{text}"
    return region.strip()


def agencies_for(entries: Iterable, country: str | None, region: str | None) -> list:
    """The directory entries (objects with ``jurisdictions``, ``regions``, ``fallback``) that
    serve the place, most specific tier only, in directory order: the region's, else the
    country's own, else a group of countries that includes it, else the fallback."""
    entries = list(entries)
    fallback = [e for e in entries if e.fallback]
    if not country:
        return fallback
    serving = [e for e in entries if not e.fallback and country in e.jurisdictions]
    regional = [e for e in serving if e.regions and region in e.regions]
    if regional:
        return regional
    whole = [e for e in serving if not e.regions]
    alone = [e for e in whole if len(e.jurisdictions) == 1]
    return alone or whole or fallback
