"""Identifiers in one canonical form, so that the same account written two ways links (issue 7).

A pure function per kind, no I/O. ``normalise(kind, value, platform)`` returns a
``Normalised`` (kind, value, platform, confidence) or None when the value cannot be an
identifier of that kind. Rules:

- usernames: Unicode NFKC, look-alike letters mapped to Latin (Cyrillic "а" to "a"...), case
  folded, a leading "@" dropped; the platform by its usual names ("insta", "ig" are
  Instagram). Whether case matters is the platform's rule; none of those we know keeps it.
- emails: NFKC and lower case; for providers that ignore them (Gmail), dots in the local part
  and a "+tag" are dropped, as the provider itself does when it delivers.
- phone numbers: E.164 with the ``phonenumbers`` library (libphonenumber's metadata), read in
  the child's country when the number has no "+"; numbers that cannot exist are refused.
- URLs: a profile URL becomes its platform and handle (``instagram.com/dark_wolf.77`` is the
  Instagram username ``dark_wolf.77``); any other URL keeps scheme-less host and path in
  lower-case host form.
- IP addresses: the ``ipaddress`` module's canonical text.

Confidence says how strongly the form identifies one account: 1.0 for a platform user id, an
email, a phone number and a username with its platform; 0.5 for a username without a
platform; 0.3 for a display name (issue 7: strong identifiers link, weak ones only suggest).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

import phonenumbers

# The platforms' usual names and short forms, as reporters write them.
PLATFORMS = {
    "instagram": "instagram", "insta": "instagram", "ig": "instagram",
    "snapchat": "snapchat", "snap": "snapchat", "sc": "snapchat",
    "tiktok": "tiktok", "tik tok": "tiktok", "tt": "tiktok",
    "discord": "discord", "roblox": "roblox", "telegram": "telegram", "tg": "telegram",
    "whatsapp": "whatsapp", "wa": "whatsapp", "facebook": "facebook", "fb": "facebook",
    "messenger": "facebook", "x": "x", "twitter": "x", "kik": "kik", "twitch": "twitch",
    "youtube": "youtube", "yt": "youtube", "reddit": "reddit", "steam": "steam",
}
# Profile URL hosts and where the handle sits in the path.
_PROFILE_HOSTS = {
    "instagram.com": "instagram", "tiktok.com": "tiktok", "snapchat.com": "snapchat",
    "x.com": "x", "twitter.com": "x", "facebook.com": "facebook", "twitch.tv": "twitch",
    "roblox.com": "roblox", "t.me": "telegram", "reddit.com": "reddit", "youtube.com": "youtube",
}
_NOT_HANDLES = {"p", "reel", "reels", "explore", "stories", "add", "users", "profile", "u", "user",
                "watch", "channel", "c", "video", "share", "home", "login"}
# Letters that look Latin but are not (Cyrillic and Greek), mapped to the Latin they imitate.
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "к": "k", "м": "m", "т": "t", "в": "b",
    "н": "h", "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "χ": "x",
    "υ": "u", "ε": "e",
})
_DOTLESS_PROVIDERS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}
_PLUS_PROVIDERS = {"gmail.com", "outlook.com", "hotmail.com", "live.com", "proton.me", "protonmail.com",
                   "icloud.com", "fastmail.com"}
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,253}\.[^@\s.]{2,63}$")
_HANDLE = re.compile(r"^[\w.\-]{1,64}$")
MAX_CHARS = 500


@dataclass(frozen=True, slots=True)
class Normalised:
    """An identifier in canonical form; ``key`` is what two reports must share to link."""

    kind: str
    value: str
    platform: str | None
    confidence: float

    @property
    def key(self) -> tuple[str, str | None, str]:
        return (self.kind, self.platform, self.value)


def platform_name(text: str | None) -> str | None:
    """The platform's canonical name ("IG" -> "instagram"), or the folded text when unknown."""
    if not text:
        return None
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return PLATFORMS.get(folded, folded[:64] or None)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_CONFUSABLES).casefold().strip()


def _username(value: str, platform: str | None) -> Normalised | None:
    handle = _fold(value).lstrip("@").strip()
    if not handle or not _HANDLE.match(handle):
        return None
    return Normalised("username", handle, platform, 1.0 if platform else 0.5)


def _email(value: str) -> Normalised | None:
    address = unicodedata.normalize("NFKC", value).strip().lower()
    if not _EMAIL.match(address):
        return None
    local, domain = address.rsplit("@", 1)
    domain = _DOTLESS_PROVIDERS.get(domain, domain)
    if domain in _PLUS_PROVIDERS:
        local = local.split("+", 1)[0]
    if domain == "gmail.com":
        local = local.replace(".", "")
    if not local:
        return None
    return Normalised("email", f"{local}@{domain}", None, 1.0)


def _phone(value: str, region: str | None) -> Normalised | None:
    try:
        number = phonenumbers.parse(value, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        return None
    return Normalised("phone", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None, 1.0)


def _url(value: str) -> Normalised | None:
    text = value.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    bare = host[4:] if host.startswith("www.") else host
    bare = bare[2:] if bare.startswith("m.") else bare
    platform = _PROFILE_HOSTS.get(bare)
    segments = [s for s in parts.path.split("/") if s]
    if platform and segments and segments[0].lower() not in _NOT_HANDLES:
        handle = _username(segments[0], platform)
        if handle is not None:
            return handle
    if platform == "snapchat" and len(segments) >= 2 and segments[0].lower() == "add":
        handle = _username(segments[1], platform)
        if handle is not None:
            return handle
    path = parts.path.rstrip("/")
    return Normalised("url", bare + path, None, 0.8)


def _ip(value: str) -> Normalised | None:
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    # "::ffff:81.2.69.142" is the IPv4 address 81.2.69.142 written for an IPv6 socket.
    mapped = getattr(address, "ipv4_mapped", None)
    return Normalised("ip", str(mapped or address), None, 0.6)


def normalise(kind: str, value: str, platform: str | None = None, *, region: str | None = None) -> Normalised | None:
    """``value`` of ``kind`` (IdentifierKind) in canonical form, or None when it cannot be one.
    ``platform``: as the report names it; ``region``: the child's country (ISO 3166 alpha-2),
    to read a phone number written without "+". Never raises; values longer than
    ``MAX_CHARS`` are refused."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_CHARS:
        return None
    named = platform_name(platform)
    if kind == "username":
        return _username(value, named)
    if kind == "email":
        return _email(value)
    if kind == "phone":
        return _phone(value, region)
    if kind == "url":
        return _url(value)
    if kind == "ip":
        return _ip(value)
    if kind in ("platform_user_id", "device_id"):
        folded = unicodedata.normalize("NFKC", value).strip()
        return Normalised(kind, folded, named, 1.0 if named else 0.7)
    if kind == "display_name":
        return Normalised("display_name", " ".join(_fold(value).split()), named, 0.3)
    return None
