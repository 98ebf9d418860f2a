"""Every identifier of the reported person in one report, canonical and with where it came from
(issue 7, item 1; DESIGN.md stage "understand").

``report_identifiers`` reads four places, in this order of trust:

1. ``stated``: the report's ``reported_person`` fields (kind, value, platform as given);
2. ``platform_context``: the reported account a verified embedding platform passed;
3. ``about``: the reporter's own words (``extract``);
4. parsed chats: each participant other than the child (a name that is a phone number is a
   phone; any other is a display name on the chat's platform), and what those participants
   wrote (``extract``). The child's own messages are not read: a number the child gives out is
   the child's, not the suspect's. The child is the participant triage took for the child or
   the name the report gives (without case or extra spaces; a first name matches). When a
   chat does not say who the child is, no message is read and participants are display names
   only (weak): any of them may be the child.

Values equal to the reporter's own contact details or the child's name in the chat are left
out. Each canonical form is kept once per report, from the most trusted place that gave it,
at most ``MAX_SIGHTINGS`` per report. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tipline.linking.extract import extract
from tipline.linking.normalise import Normalised, normalise

# The platform a chat export comes from, by the parser's format name (tipline/chats).
FORMAT_PLATFORMS = {
    "discord": "discord", "discord-csv": "discord", "discord-package": "discord",
    "instagram": "instagram", "snapchat": "snapchat", "telegram": "telegram",
    "whatsapp": "whatsapp", "signal": "signal", "vk": "vk", "google-chat": "google-chat",
    "facebook": "facebook", "messenger": "facebook", "tiktok": "tiktok", "kik": "kik",
}
MAX_CHAT_MESSAGES = 20_000
"""Messages read per chat for identifiers (the suspect gives contact details early; a longer
export is still sealed and triaged whole)."""
RAW_CHARS = 200
MAX_MESSAGE_CHARS = 10_000  # of one chat message, read for identifiers
MAX_SIGHTINGS = 500  # per report: past this a report is noise, not a footprint


def _folded(name: str) -> str:
    return " ".join(name.casefold().split())


def _is_child(sender: str, child: str | None, hints: list[str]) -> bool:
    """Whether ``sender`` is the child: the participant triage took for the child, or a name
    the report gave, compared without case or extra spaces, a first name matching too."""
    folded = _folded(sender)
    for name in ([child] if child else []) + hints:
        if folded == name or folded.split(" ")[0] == name or name.split(" ")[0] == folded:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Sighting:
    """An identifier of the reported person in one report: its canonical form, where it was
    found (``origin``: ``stated``, ``platform``, ``about``, ``chat participant``,
    ``chat message``) and the text as written there (at most ``RAW_CHARS`` characters)."""

    identifier: Normalised
    origin: str
    raw: str


@dataclass(frozen=True, slots=True)
class ChatForLinking:
    """What linking needs of a parsed chat: its format, the participant taken to be the child
    (None when unknown), and its messages as (sender, text) pairs in order."""

    format: str
    child: str | None
    messages: Iterable[tuple[str | None, str]]


def _platform_of(format_name: str) -> str | None:
    # Parsers name variants after the platform: "whatsapp-ios", "discord-csv".
    return FORMAT_PLATFORMS.get(format_name) or FORMAT_PLATFORMS.get(format_name.split("-")[0])


def _participant(name: str, platform: str | None, region: str | None) -> Normalised | None:
    # WhatsApp, Signal and iMessage name an unsaved contact by the number itself.
    if sum(ch.isdigit() for ch in name) >= 7 and not any(ch.isalpha() for ch in name):
        phone = normalise("phone", name, region=region)
        if phone is not None:
            return phone
    return normalise("display_name", name, platform)


def report_identifiers(
    *,
    stated: Iterable[tuple[str, str, str | None]] = (),
    platform_context: dict | None = None,
    about: str = "",
    chats: Iterable[ChatForLinking] = (),
    region: str | None = None,
    reporter_contact: Iterable[str] = (),
    child_names: Iterable[str] = (),
) -> list[Sighting]:
    """The report's identifiers of the reported person, each canonical form once.

    ``stated``: (kind, value, platform) as the report gives them; ``platform_context``: the
    verified context (``{"platform", "reported_account", ...}``), or None; ``region``: the
    child's country (ISO 3166 alpha-2) for phone numbers without "+"; ``reporter_contact``:
    the reporter's own e-mail and phone, never taken as the suspect's; ``child_names``: the
    child's name in the chat. Never raises on odd values: what cannot be read is skipped.
    """
    excluded = _excluded(reporter_contact, child_names, region)
    seen: dict[tuple, Sighting] = {}

    def keep(identifier: Normalised | None, origin: str, raw: str) -> None:
        if identifier is None or identifier.key in seen or _is_excluded(identifier, excluded) \
                or len(seen) >= MAX_SIGHTINGS:
            return
        seen[identifier.key] = Sighting(identifier, origin, raw[:RAW_CHARS])

    for kind, value, platform in stated:
        keep(normalise(kind, value, platform, region=region), "stated", value)
    context = platform_context or {}
    if context.get("reported_account") and context.get("platform"):
        account = str(context["reported_account"])
        keep(normalise("username", account, str(context["platform"])), "platform", account)
    for found in extract(about or "", region=region):
        keep(found.identifier, "about", about[found.span[0]:found.span[1]])
    for chat in chats:
        platform = _platform_of(chat.format)
        child = _folded(chat.child) if chat.child else None
        hints = [_folded(name) for name in child_names if name and name.strip()]
        participants: set[str] = set()
        for index, (sender, text) in enumerate(chat.messages):
            if index >= MAX_CHAT_MESSAGES or len(seen) >= MAX_SIGHTINGS:
                break
            if sender is None or _is_child(sender, child, hints):
                continue
            if sender not in participants:
                participants.add(sender)
                # Unknown child: a number or a name might be the child's own, so it only
                # suggests (a display name), never links.
                keep(_participant(sender, platform, region) if child else
                     normalise("display_name", sender, platform), "chat participant", sender)
            if child is None:
                continue  # whose words these are is not known: the child's own are not read
            for found in extract((text or "")[:MAX_MESSAGE_CHARS], region=region):
                keep(found.identifier, "chat message", text[found.span[0]:found.span[1]])
    return list(seen.values())


def _excluded(contact: Iterable[str], child_names: Iterable[str], region: str | None) -> set:
    keys = set()
    for value in contact:
        if not value:
            continue
        for kind in ("email", "phone"):
            identifier = normalise(kind, value, region=region)
            if identifier is not None:
                keys.add((identifier.kind, identifier.value))
    for name in child_names:
        if name:
            for kind in ("display_name", "username"):
                identifier = normalise(kind, name)
                if identifier is not None:
                    keys.add((identifier.kind, identifier.value))
    return keys


def _is_excluded(identifier: Normalised, excluded: set) -> bool:
    return (identifier.kind, identifier.value) in excluded
