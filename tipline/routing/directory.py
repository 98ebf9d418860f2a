"""The agency directory (issue 7, item 4): which police units and hotlines serve which
countries and regions, what referral formats they take, how to reach them, the legal basis a
preservation letter cites, and whether packages to them may name the child.

A directory is a versioned JSON document (``tipline/data/agencies.json`` is the seed). The
database keeps every version (``AgencyDirectoryVersion``): the newest is in force, older ones
say what a past referral was routed by. Admins change it in the console or with
``tipline agencies import FILE``; each change is a new version and an audit entry. The rows of
``agencies`` mirror the version in force (an agency taken out stays, inactive, because
referrals and accounts name it).

``parse_directory`` checks a document and raises ``DirectoryError`` naming the agency (by
position and id) and the field at fault.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from importlib.resources import files
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from sqlalchemy import select

from tipline import audit
from tipline.store.tables import Agency, AgencyDirectoryVersion

FORMATS = ("tipline-package", "cybertipline-xml")
CONTACT_CHANNELS = ("web", "email", "phone", "api", "post")
_COUNTRY = re.compile(r"[A-Z]{2}")
_REGION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")


class DirectoryError(ValueError):
    """A directory document that cannot be used; the message names the agency and field."""


class AgencyEntry(BaseModel):
    """One agency. ``jurisdictions``: ISO 3166-1 alpha-2 countries, or ``"*"`` (any: only the
    fallback); ``regions``: ISO 3166-2 subdivisions it serves (empty: the whole country)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")
    name: str = Field(min_length=1, max_length=200)
    kind: Literal["police", "hotline"]
    country: str = Field(pattern=r"^[A-Z]{2}$")
    jurisdictions: list[str] = Field(min_length=1, max_length=300)
    regions: list[str] = Field(default_factory=list, max_length=300)
    formats: list[Literal["tipline-package", "cybertipline-xml"]] = Field(min_length=1)
    contact: dict[Literal["web", "email", "phone", "api", "post"], str] = Field(default_factory=dict)
    legal_basis: str = Field(default="", max_length=2000)
    victim_details: bool = False
    fallback: bool = False
    source: str = Field(default="", max_length=500)

    @field_validator("jurisdictions")
    @classmethod
    def _countries(cls, value: list[str]) -> list[str]:
        for code in value:
            if code != "*" and not _COUNTRY.fullmatch(code):
                raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code (or \"*\")")
        return value

    @field_validator("regions")
    @classmethod
    def _regions(cls, value: list[str]) -> list[str]:
        for code in value:
            if not _REGION.fullmatch(code):
                raise ValueError(f"{code!r} is not an ISO 3166-2 code such as CA-ON")
        return value

    @field_validator("contact")
    @classmethod
    def _contact(cls, value: dict) -> dict:
        for channel, address in value.items():
            if not address or len(address) > 500:
                raise ValueError(f"contact {channel}: give 1 to 500 characters")
        return value

    @model_validator(mode="after")
    def _fallback_is_any(self) -> AgencyEntry:
        if (self.jurisdictions == ["*"]) != self.fallback:
            raise ValueError('the fallback (and only the fallback) has jurisdictions ["*"]')
        return self


class Directory(BaseModel):
    """A whole directory: a version label, a note, the agencies (ids unique, one fallback)."""

    model_config = ConfigDict(extra="forbid")

    version: str = Field(min_length=1, max_length=32)
    note: str = Field(default="", max_length=4000)
    agencies: list[AgencyEntry] = Field(min_length=1, max_length=2000)

    @model_validator(mode="after")
    def _unique(self) -> Directory:
        seen = set()
        for entry in self.agencies:
            if entry.id in seen:
                raise ValueError(f"agency id {entry.id!r} appears twice")
            seen.add(entry.id)
        if sum(entry.fallback for entry in self.agencies) != 1:
            raise ValueError("exactly one agency must be the fallback")
        return self


def parse_directory(document) -> Directory:
    """The directory in ``document`` (a dict), checked. Raises DirectoryError naming, for the
    first problems, the agency (``agencies[3] (gb-nca-ceop)``) and the field."""
    try:
        return Directory.model_validate(document)
    except ValidationError as error:
        problems = []
        for item in error.errors()[:5]:
            loc = list(item["loc"])
            where = ""
            if len(loc) >= 2 and loc[0] == "agencies" and isinstance(loc[1], int):
                entries = document.get("agencies") if isinstance(document, dict) else None
                ident = entries[loc[1]].get("id") if isinstance(entries, list) and \
                    loc[1] < len(entries) and isinstance(entries[loc[1]], dict) else None
                where = f"agencies[{loc[1]}]" + (f" ({ident})" if ident else "")
                loc = loc[2:]
            field = ".".join(str(p) for p in loc)
            problems.append(" ".join(p for p in (where, field) if p) + f": {item['msg']}")
        raise DirectoryError("; ".join(problems)) from None


def seed_document() -> dict:
    """The directory shipped in ``tipline/data/agencies.json``."""
    return json.loads(files("tipline").joinpath("data/agencies.json").read_text("utf-8"))


def current(session) -> tuple[int, Directory] | None:
    """The version in force: (its number, the directory); None before the first."""
    row = session.scalar(select(AgencyDirectoryVersion)
                         .order_by(AgencyDirectoryVersion.number.desc()).limit(1))
    return (row.number, Directory.model_validate(row.document)) if row else None


def seed(session, now: datetime) -> bool:
    """Make the shipped directory version 1 when the database has none; True if it did."""
    if current(session) is not None:
        return False
    _store(session, parse_directory(seed_document()), actor="tipline", now=now,
           reason="the directory shipped with Tipline")
    return True


def save(session, directory: Directory, *, actor: str, reason: str, now: datetime) -> int:
    """Make ``directory`` the version in force: a new version, the agency rows updated, an
    audit entry naming the agencies added, changed and taken out. Returns the new number.
    Raises DirectoryError when the reason is missing."""
    if len(" ".join(reason.split())) < 10:
        raise DirectoryError("give a reason of at least 10 characters for the change")
    before = current(session)
    number = _store(session, directory, actor=actor, now=now, reason=reason)
    old = {a.id: a for a in before[1].agencies} if before else {}
    new = {a.id: a for a in directory.agencies}
    audit.append(session, actor=actor, action="agencies.changed", at=now, reason=reason,
                 detail={"version": number, "label": directory.version,
                         "added": sorted(new.keys() - old.keys()),
                         "changed": sorted(k for k in new.keys() & old.keys() if new[k] != old[k]),
                         "taken_out": sorted(old.keys() - new.keys())})
    return number


def _store(session, directory: Directory, *, actor: str, now: datetime, reason: str) -> int:
    latest = current(session)
    number = (latest[0] if latest else 0) + 1
    session.add(AgencyDirectoryVersion(number=number, document=directory.model_dump(mode="json"),
                                       actor=actor, reason=reason, at=now))
    listed = {entry.id for entry in directory.agencies}
    for entry in directory.agencies:
        row = session.get(Agency, entry.id) or Agency(id=entry.id)
        for field, value in entry.model_dump(mode="json").items():
            setattr(row, field, value)
        row.active = True
        row.directory_version = directory.version
        session.add(row)
    for row in session.scalars(select(Agency).where(Agency.id.not_in(listed))):
        row.active = False
    session.flush()
    return number


def with_entry(directory: Directory, entry: dict, *, label: str) -> Directory:
    """A copy of ``directory`` with ``entry`` (a dict, as a form sends it) replacing the agency
    with its id, or added at the end. Raises DirectoryError naming what is wrong with it."""
    agencies = [a.model_dump(mode="json") for a in directory.agencies]
    ids = [a["id"] for a in agencies]
    if entry.get("id") in ids:
        agencies[ids.index(entry["id"])] = entry
    else:
        agencies.append(entry)
    return parse_directory({"version": label, "note": directory.note, "agencies": agencies})


def without_agency(directory: Directory, agency_id: str, *, label: str) -> Directory:
    """A copy of ``directory`` without the agency ``agency_id``. Raises DirectoryError for the
    fallback or an unknown id."""
    if agency_id not in {a.id for a in directory.agencies}:
        raise DirectoryError(f"no agency {agency_id!r} in the directory")
    return parse_directory({"version": label, "note": directory.note,
                            "agencies": [a.model_dump(mode="json") for a in directory.agencies
                                         if a.id != agency_id]})
