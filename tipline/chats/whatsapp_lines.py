"""The pieces of a WhatsApp .txt export line: headers, dates, times, placeholders, system phrases.

A record starts with a header and runs until the next header::

    Android  18/03/2026, 15:52 - Name: text          (also 12-hour "3:52 PM", "3:52 p. m.",
                                                      an en dash, no comma, "." or "-" dates)
    iOS      [16/01/2026, 19:16:54] Name: text       (also "[1/29/18, 12:24:03 PM]", no comma)

Matching is done on the line with U+FEFF, U+200E and U+200F removed (WhatsApp scatters them,
even inside the brackets); the text that is kept comes from the original line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipline.chats.base import attachment, kind_from_name
from tipline.model import AttachmentRef

MARKS = "\ufeff\u200e\u200f"
"""Invisible marks WhatsApp inserts: BOM (U+FEFF), LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK."""
NO_MARKS = str.maketrans("", "", MARKS)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
"""Only these end a line (not U+0085 or U+2028, which may sit inside a message)."""

_SP = "[ \u00a0\u202f]"
_DATE = r"(?P<a>\d{4}|\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})"
_TIME = (
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    rf"(?:{_SP}?(?P<ap>[AaPp])\.?{_SP}?[Mm]\.?)?\.?"
)
ANDROID = re.compile(rf"{_DATE},?{_SP}{_TIME}{_SP}?[-\u2013](?:{_SP}(?P<body>.*)|$)", re.S)
IOS = re.compile(rf"\[{_DATE},?{_SP}{_TIME}\](?:{_SP}?(?P<body>.*))?", re.S)


@dataclass
class Header:
    """A matched header: the date and time fields as written, and where the body starts."""

    style: str  # "ios" (bracketed) or "android"
    a: str
    b: str
    c: str
    sep: str
    hour: int
    minute: int
    second: int | None
    ampm: str | None  # "a" or "p"
    body_start: int  # index of the body in the line with marks removed

    @property
    def shape(self) -> tuple:
        """How the header is written, to notice lines that differ from the rest of the file."""
        return (self.style, self.sep, len(self.a) == 4, len(self.c), self.second is not None,
                self.ampm is not None)


def match_header(key: str) -> Header | None:
    """The header at the start of ``key`` (a line with MARKS removed), or None."""
    style = "ios"
    match = IOS.match(key)
    if match is None:
        style = "android"
        match = ANDROID.match(key)
        if match is None:
            return None
    ampm = match["ap"].lower() if match["ap"] else None
    body_start = match.start("body") if match["body"] is not None else len(key)
    return Header(
        style=style, a=match["a"], b=match["b"], c=match["c"], sep=match["sep"],
        hour=int(match["h"]), minute=int(match["mi"]),
        second=int(match["s"]) if match["s"] else None, ampm=ampm, body_start=body_start,
    )


def original_offset(line: str, key_offset: int) -> int:
    """The index in ``line`` that corresponds to ``key_offset`` in ``line.translate(NO_MARKS)``."""
    seen = 0
    for index, char in enumerate(line):
        if seen == key_offset:
            return index
        if char not in MARKS:
            seen += 1
    return len(line)


# --- system records ------------------------------------------------------------------------

ENCRYPTION_NOTICES = re.compile(
    r"(messages and calls are end-to-end encrypted"
    r"|messages (to this (group|chat)|you send to this (group|chat))( and calls)? are now secured"
    r"|messages to this chat and calls are now secured"
    r"|nachrichten und anrufe sind ende-zu-ende-verschlüsselt"
    r"|nachrichten (an diese gruppe|in diesem chat)( und anrufe)? sind jetzt mit ende-zu-ende)",
    re.I,
)
"""The end-to-end encryption notice WhatsApp writes first, in English and German."""

SYSTEM_PHRASES = re.compile(
    r"(\bcreated (the )?group\b|\badded\b|\bremoved\b|\bleft$|\bjoined using\b"
    r"|\bchanged (the|this group's|the group) (subject|icon|name|description|settings)"
    r"|\bchanged the group name\b|\bchanged their phone number\b|\bchanged to\b"
    r"|\bsecurity code (with .{1,120}? )?changed\b|\bis a contact\b|\bmissed (voice|video) call\b"
    r"|^(voice|video) call\b|\bdisappearing messages\b|\bpinned a message\b|\bnow an admin\b"
    r"|hast die gruppe .{0,120}? erstellt|hat die gruppe .{0,120}? erstellt|hinzugefügt|entfernt\.?$"
    r"|\bgeändert\.?$|ist beigetreten|hat die gruppe verlassen|verpasster (sprach|video)anruf)",
    re.I,
)
"""Phrases of WhatsApp's own records (group changes, joins, calls), in English and German.
Used only together with stronger evidence (a leading U+200E, or a name that never writes)."""

# --- placeholders and markers -------------------------------------------------------------

_OMITTED_KINDS = {
    "image": "image", "bild": "image", "video": "video", "audio": "audio",
    "audiodatei": "audio", "sticker": "sticker", "gif": "video", "document": "file",
    "dokument": "file", "contact card": "file", "kontaktkarte": "file",
}
_MEDIA_OMITTED = re.compile(
    r"<(media omitted|medien ausgeschlossen|multimedia omitido|médias omis|media weggelaten"
    r"|mídia oculta)>",
    re.I,
)
_KIND_OMITTED = re.compile(
    r"(?P<kind>image|bild|video|audio|audiodatei|sticker|gif|document|dokument|contact card"
    r"|kontaktkarte) (omitted|weggelassen)",
    re.I,
)
_ATTACHED = re.compile(
    r"<(attached|anhang|adjunto|pièce jointe|allegato): *(?P<name>[^>]+)>", re.I
)
_FILE_ATTACHED = re.compile(
    r"(?P<name>\S.*?) \((file attached|datei angehängt|archivo adjunto|fichier joint)\)", re.I
)
_DELETED = re.compile(
    r"(this message was deleted|you deleted this message|diese nachricht wurde gelöscht"
    r"|du hast diese nachricht gelöscht)\.?",
    re.I,
)
_EDITED = re.compile(r"<(this message was edited|diese nachricht wurde bearbeitet)>\Z", re.I)


def placeholder(line: str) -> AttachmentRef | None:
    """The AttachmentRef for a media placeholder line (``<Media omitted>``, ``image omitted``,
    ``<attached: 00000012-PHOTO-....jpg>``, ``IMG-1.jpg (file attached)``), else None."""
    key = line.translate(NO_MARKS).strip()
    if _MEDIA_OMITTED.fullmatch(key):
        return attachment("media")
    if match := _KIND_OMITTED.fullmatch(key):
        return attachment(_OMITTED_KINDS[match["kind"].lower()])
    if match := _ATTACHED.fullmatch(key) or _FILE_ATTACHED.fullmatch(key):
        name = match["name"].strip()
        return attachment(kind_from_name(name), name)
    return None


def is_deleted_marker(text: str) -> bool:
    """Whether ``text`` is only WhatsApp's "This message was deleted" (or the sender's own)."""
    return _DELETED.fullmatch(text.translate(NO_MARKS).strip()) is not None


def strip_edited_marker(text: str) -> tuple[str, bool]:
    """``text`` without a trailing ``<This message was edited>``, and whether it had one."""
    # Match on the end of the text only: a search over the whole of a long message would
    # cost quadratic time on long runs of spaces.
    match = _EDITED.search(text, max(0, len(text) - 64))
    if match is None:
        return text, False
    return text[: match.start()].rstrip(), True
