"""The pieces of a WhatsApp .txt export line: headers, dates, times, placeholders, system phrases.

A record starts with a header and runs until the next header::

    Android  18/03/2026, 15:52 - Name: text          (also 12-hour "3:52 PM", "3:52 p. m.",
                                                      an en dash, no comma, "." or "-" dates)
    iOS      [16/01/2026, 19:16:54] Name: text       (also "[1/29/18, 12:24:03 PM]", no comma)

12-hour markers: ``AM``/``PM`` in any case, with or without dots and spaces (``a. m.``,
``p.m.``), after a space, U+00A0 or U+202F; ``vorm.``/``nachm.``, ``π.μ.``/``μ.μ.``,
``ص``/``م`` after the time; ``上午``/``下午``, ``午前``/``午後``, ``오전``/``오후`` before it.
Digits may be any Unicode decimal digits.

Matching is done on the line with U+FEFF, U+200E and U+200F removed (WhatsApp scatters them,
even inside the brackets); the text that is kept comes from the original line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tipline.chats.base import ChatParseError, attachment, kind_from_name
from tipline.model import AttachmentRef

MARKS = "\ufeff\u200e\u200f"
"""Invisible marks WhatsApp inserts: BOM (U+FEFF), LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK."""
NO_MARKS = str.maketrans("", "", MARKS)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
"""Only these end a line (not U+0085 or U+2028, which may sit inside a message)."""

_SP = "[ \u00a0\u202f]"
_DATE = r"(?P<date>(?P<a>\d{4}|\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2}))"
_AFTER = (
    rf"[AaPp]\.?{_SP}?[Mm]\.?|vorm\.|nachm\.|\u03c0\.\u03bc\.|\u03bc\.\u03bc\.|[\u0635\u0645]"
)
_BEFORE = "\u4e0a\u5348|\u4e0b\u5348|\u5348\u524d|\u5348\u5f8c|\uc624\uc804|\uc624\ud6c4"
_TIME = (
    rf"(?P<time>(?:(?P<ap0>{_BEFORE}){_SP}?)?(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?"
    rf"(?:{_SP}?(?P<ap>{_AFTER}))?\.?)"
)
ANDROID = re.compile(rf"{_DATE},?{_SP}{_TIME}{_SP}?[-\u2013](?:{_SP}(?P<body>.*)|$)", re.S)
IOS = re.compile(rf"\[{_DATE},?{_SP}{_TIME}\](?:{_SP}?(?P<body>.*))?", re.S)

_TIME_NC = (  # _TIME without groups, for BLOCK_HEADERS
    rf"(?:(?:{_BEFORE}){_SP}?)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{_SP}?(?:{_AFTER}))?\.?"
)
BLOCK_HEADERS = re.compile(
    rf"\n(\[)?(\d{{4}}|\d{{1,2}})([./-])(\d{{1,2}})\3(?:\d{{4}}|\d{{2}}),?{_SP}{_TIME_NC}"
    rf"(?(1)\]{_SP}?|{_SP}?[-\u2013](?:{_SP}|$))"
    rf"(?:((?!: )[^\n]*?): ((?i:{{enc}}))?|[^\n:]*$|([^\n]*))",
    re.M,
)
"""Every header line of a block of lines without MARKS, as a findall tuple: ("[" for iOS, a,
sep, b, name, encryption notice, body with a ":" but no name). Search ``"\\n" +
block``: a literal first character lets the regex engine skip to line starts quickly.
``{enc}`` is filled in below, once ENCRYPTION_NOTICES is defined."""

_AM = {"am", "vorm", "\u03c0\u03bc", "\u0635", "\u4e0a\u5348", "\u5348\u524d", "\uc624\uc804"}
_PM = {"pm", "nachm", "\u03bc\u03bc", "\u0645", "\u4e0b\u5348", "\u5348\u5f8c", "\uc624\ud6c4"}
_NOT_IN_MARKER = str.maketrans("", "", ". \u00a0\u202f")


def ampm_of(match: re.Match) -> str | None:
    """``"a"``, ``"p"`` or None (24-hour) for a header match of ANDROID or IOS."""
    marker = match["ap"] or match["ap0"]
    if marker is None:
        return None
    marker = marker.translate(_NOT_IN_MARKER).lower()
    return "a" if marker in _AM else "p" if marker in _PM else None


def header_match(key: str) -> re.Match | None:
    """The ANDROID or IOS match at the start of ``key`` (a line with MARKS removed), or None."""
    if not key:
        return None
    first = key[0]
    if first == "[":
        return IOS.match(key)
    if first.isdigit():
        return ANDROID.match(key)
    return None


def key_of(line: str) -> str:
    """``line`` with MARKS removed (ASCII lines, the common case, are returned as they are)."""
    return line if line.isascii() else line.translate(NO_MARKS)


BLOCK_BYTES = 4 * 1024 * 1024


def read_blocks(handle: BinaryIO, file: Path, size: int | None = None) -> Iterator[str]:
    """The file as blocks of whole lines, decoded as UTF-8, every line end (CRLF, LF, lone CR)
    turned into "\\n"; each block but the last ends with "\\n". ChatParseError naming the 1-based
    line for bytes that are not UTF-8."""
    size = size or BLOCK_BYTES
    number = 1
    pending: list[bytes] = []  # the start of a line longer than a block, kept in parts
    while True:
        chunk = handle.read(size)
        if chunk:
            # Cut after the last line end of the block (LF, or CR for CR-only files), but
            # never between the CR and LF of one CRLF.
            end = len(chunk) - 1 if chunk.endswith(b"\r") else len(chunk)
            cut = max(chunk.rfind(b"\n", 0, end), chunk.rfind(b"\r", 0, end)) + 1
            if cut == 0:  # a very long line so far: join its parts once, at its end
                pending.append(chunk)
                continue
            piece = b"".join((*pending, chunk[:cut])) if pending else chunk[:cut]
            pending = [chunk[cut:]] if cut < len(chunk) else []
        elif pending:
            piece, pending = b"".join(pending), []
        else:
            return
        try:
            text = piece.decode("utf-8")
        except UnicodeDecodeError as error:
            before = piece[: error.start].decode("utf-8")
            line = number + len(LINE_BREAK.findall(before))
            raise ChatParseError(
                file, f"not UTF-8 text (byte 0x{piece[error.start]:02x})", line=line
            ) from None
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        number += text.count("\n")
        yield text


def read_lines(handle: BinaryIO, file: Path) -> Iterator[str]:
    """The lines of a binary file, decoded as UTF-8, without their line ends (CRLF, LF or lone
    CR). ChatParseError naming the 1-based line for bytes that are not UTF-8."""
    number = 0
    for raw in handle:
        if raw[-1:] == b"\n":
            raw = raw[:-1]
        if b"\r" in raw:
            if raw[-1:] == b"\r":
                raw = raw[:-1]
            parts = raw.split(b"\r")
        else:
            parts = (raw,)
        for part in parts:
            number += 1
            try:
                yield part.decode("utf-8")
            except UnicodeDecodeError as error:
                raise ChatParseError(
                    file, f"not UTF-8 text (byte 0x{part[error.start]:02x})", line=number
                ) from None


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
    match = header_match(key)
    if match is None:
        return None
    style = "ios" if key[0] == "[" else "android"
    ampm = ampm_of(match)
    body_start = match.start("body") if match["body"] is not None else len(key)
    return Header(
        style=style, a=match["a"], b=match["b"], c=match["c"], sep=match["sep"],
        hour=int(match["h"]), minute=int(match["mi"]),
        second=int(match["s"]) if match["s"] else None, ampm=ampm, body_start=body_start,
    )


@dataclass(frozen=True)
class FastShape:
    """How an export's first header is written, when it has a 24-hour clock: the literal text
    around its date and time, and regex pieces that match exactly that way of writing headers
    (ASCII digits only). A line that starts with ``prefix`` + a date matching ``a sep b sep c``
    + ``mid`` + a ``clock`` + ``tail`` is an ANDROID or IOS header whose body starts right
    after ``tail``; headers written any other way are left to the general reading."""

    prefix: str  # "" (Android) or "[" (iOS)
    mid: str  # between the date and the time, e.g. ", "
    tail: str  # between the time and the body, e.g. " - " or "] "
    a: str
    sep: str
    b: str
    c: str
    clock: str

    def day(self) -> str:
        """The header's date as a regex."""
        return self.a + self.sep + self.b + self.sep + self.c

    def header(self, groups: bool) -> str:
        """The header as a regex, from the prefix to the tail; with ``groups``, the date's
        first two fields are captured."""
        a, b = (f"({self.a})", f"({self.b})") if groups else (self.a, self.b)
        return (re.escape(self.prefix) + a + self.sep + b + self.sep + self.c
                + re.escape(self.mid) + self.clock + re.escape(self.tail))


def fast_shape(key: str) -> FastShape | None:
    """The FastShape of a first header line ``key`` (MARKS removed), or None when its clock is
    12-hour or its form is unusual."""
    match = header_match(key)
    if match is None or match["ap"] or match["ap0"] or match.start("body") < 0:
        return None
    prefix = key[: match.start("date")]
    mid = key[match.end("date"): match.start("time")]
    tail = key[match.end("time"): match.start("body")]
    time = match["time"]
    if not mid or not tail or tail[-1] not in " \u00a0\u202f" or not time[-1:].isdigit():
        return None
    if (prefix + match["date"] + mid + time).find(tail) >= 0:
        return None
    return FastShape(
        prefix=prefix, mid=mid, tail=tail,
        a="[0-9]{4}" if len(match["a"]) == 4 else "[0-9]{1,2}", sep=re.escape(match["sep"]),
        b="[0-9]{1,2}", c="[0-9]{4}" if len(match["c"]) == 4 else "[0-9]{2}",
        clock="[0-9]{1,2}:[0-9]{2}" + (":[0-9]{2}" if match["s"] else ""),
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
    r"|nachrichten (an diese gruppe|in diesem chat)( und anrufe)? sind jetzt mit ende-zu-ende"
    r"|les messages et les appels sont chiffrés de bout en bout"
    r"|los mensajes y las llamadas están cifrados de extremo a extremo"
    r"|as mensagens e as chamadas são protegidas com a criptografia de ponta a ponta"
    r"|i messaggi e le chiamate sono crittografati end-to-end"
    r"|berichten en gesprekken worden end-to-end versleuteld)",
    re.I,
)
"""The end-to-end encryption notice WhatsApp writes first (en, de, fr, es, pt, it, nl)."""
BLOCK_HEADERS = re.compile(
    BLOCK_HEADERS.pattern.replace(
        "{enc}", ENCRYPTION_NOTICES.pattern[1:-1].replace("(", "(?:").replace("(?:?:", "(?:")
    ),
    re.M,
)

SYSTEM_PHRASES = re.compile(
    r"(\bcreated (the )?group\b|\badded\b|\bremoved\b|\bleft$|\bjoined using\b"
    r"|\bchanged (the|this group's|the group) (subject|icon|name|description|settings)"
    r"|\bchanged the group name\b|\bchanged their phone number\b|\bchanged to\b"
    r"|\bsecurity code (with .{1,120}? )?changed\b|\bis a contact\b|\bmissed (voice|video) call\b"
    r"|^(voice|video) call\b|\bdisappearing messages\b|\bpinned a message\b|\bnow an admin\b"
    r"|hast die gruppe .{0,120}? erstellt|hat die gruppe .{0,120}? erstellt|hinzugefügt|entfernt\.?$"
    r"|\bgeändert\.?$|ist beigetreten|hat die gruppe verlassen|verpasster (sprach|video)anruf"
    r"|\ba créé (le )?groupe\b|\ba ajouté\b|\bavez ajouté\b|\ba retiré\b|\best parti\.?$"
    r"|\bcreó (el )?grupo\b|\bañadió\b|\bagregó\b|\beliminó a\b|\bsalió\.?$"
    r"|\bcriou (o )?grupo\b|\badicionou\b|\bremoveu\b|\bsaiu\.?$"
    r"|\bha creato (il )?gruppo\b|\bha aggiunto\b|\bha rimosso\b|\bè uscito\.?$"
    r"|\bheeft (de )?groep .{0,120}? aangemaakt|\bheeft .{0,120}? toegevoegd|\bis vertrokken\.?$)",
    re.I,
)
"""Phrases of WhatsApp's own records (group changes, joins, calls), in several languages.
Used only together with stronger evidence (a leading U+200E, or a name that never writes)."""

QUOTES = "\"“”«»„'"
"""Quote marks: a "name" holding one and a system phrase is the start of a system line that
quotes a group name with ": " in it (``You created group "Fun: times"``)."""

# --- placeholders and markers -------------------------------------------------------------

_MEDIA_WORDS = {
    # English, German, French, Spanish, Portuguese, Italian, Dutch: the kind word of iOS
    # "image omitted"-style placeholders.
    "image": "image", "bild": "image", "imagen": "image",
    "imagem": "image", "immagine": "image", "afbeelding": "image", "foto": "image",
    "photo": "image",
    "video": "video", "vidéo": "video", "vídeo": "video",
    "audio": "audio", "audiodatei": "audio", "áudio": "audio",
    "sticker": "sticker", "figurinha": "sticker",
    "gif": "video",
    "document": "file", "dokument": "file", "documento": "file",
    "contact card": "file", "kontaktkarte": "file", "carte de contact": "file",
    "tarjeta de contacto": "file", "cartão de contato": "file", "scheda contatto": "file",
    "contactkaart": "file",
}
_MEDIA_OMITTED = re.compile(
    r"<(media omitted|medien ausgeschlossen|medien weggelassen|multimedia omitido"
    r"|multimédia omitido|médias omis|media omis|mídia oculta|media omessi|media weggelaten"
    r"|archivo omitido|arquivo de mídia oculto)>",
    re.I,
)
_KIND_OMITTED = re.compile(
    r"(?P<kind>image|bild|imagen|imagem|immagine|afbeelding|foto|photo|video|vidéo|vídeo|audio"
    r"|audiodatei|áudio|sticker|figurinha|gif|document|dokument|documento|contact card"
    r"|kontaktkarte|carte de contact|tarjeta de contacto|cartão de contato|scheda contatto"
    r"|contactkaart)"
    r" (omitted|weggelassen|absente?|omise?|omis|retirée?|omitid[oa]|ocultad?[oa]|omess[oa]"
    r"|weggelaten)",
    re.I,
)
_ATTACHED = re.compile(
    r"<(attached|anhang|adjunto|pièce jointe|allegato|anexado|anexo|bijgevoegd|bijlage)"
    r" ?: *(?P<name>[^>]+)>",
    re.I,
)
_FILE_ATTACHED = re.compile(
    r"(?P<name>\S.*?) \((file attached|datei angehängt|archivo adjunto|fichier joint"
    r"|arquivo anexado|ficheiro anexado|file allegato|bestand bijgevoegd)\)",
    re.I,
)
_DELETED = re.compile(
    r"(this message was deleted|you deleted this message"
    r"|diese nachricht wurde gelöscht|du hast diese nachricht gelöscht"
    r"|ce message a été supprimé|vous avez supprimé ce message"
    r"|se eliminó este mensaje|eliminaste este mensaje|este mensaje fue eliminado"
    r"|esta mensagem foi apagada|você apagou esta mensagem|apagou esta mensagem"
    r"|questo messaggio è stato eliminato|hai eliminato questo messaggio"
    r"|dit bericht is verwijderd|je hebt dit bericht verwijderd|u hebt dit bericht verwijderd)\.?",
    re.I,
)
_EDITED_PHRASES = (
    r"(this message was edited|diese nachricht wurde bearbeitet|ce message a été modifié"
    r"|se editó este mensaje|este mensaje fue editado|esta mensagem foi editada"
    r"|questo messaggio è stato modificato|dit bericht is bewerkt)\.?"
)
_EDITED = re.compile(
    rf"(\u200e?<\u200e?{_EDITED_PHRASES}>|\u200e{_EDITED_PHRASES})\u200e?\Z", re.I
)


_TRAILING = " \t\u00a0" + MARKS
_OMISSION_WORDS = frozenset(
    "omitted weggelassen absent absente omis omise retiré retirée omitido omitida ocultado"
    " ocultada oculto oculta omesso omessa weggelaten".split()
)
_DELETED_TEXTS = frozenset(
    re.sub(r"\\.\?$", "", _DELETED.pattern).strip("()").replace("\\.", ".").split("|")
)


def placeholder(line: str) -> AttachmentRef | None:
    """The AttachmentRef for a media placeholder line (``<Media omitted>``, ``image omitted``,
    ``<attached: 00000012-PHOTO-....jpg>``, ``IMG-1.jpg (file attached)``, and their German,
    French, Spanish, Portuguese, Italian and Dutch forms), else None."""
    end = line.rstrip(_TRAILING)
    if not end or len(end) > 300:
        return None
    if end[-1] not in ">)" and end[end.rfind(" ") + 1 :].lower() not in _OMISSION_WORDS:
        return None  # the common case, told cheaply: not a placeholder
    key = line.translate(NO_MARKS).strip()
    if _MEDIA_OMITTED.fullmatch(key):
        return attachment("media")
    if match := _KIND_OMITTED.fullmatch(key):
        return attachment(_MEDIA_WORDS.get(match["kind"].lower(), "media"))
    if match := _ATTACHED.fullmatch(key) or _FILE_ATTACHED.fullmatch(key):
        name = match["name"].strip()
        return attachment(kind_from_name(name), name)
    return None


def is_deleted_marker(text: str) -> bool:
    """Whether ``text`` is only WhatsApp's "This message was deleted" (or the sender's own),
    in one of the languages above."""
    if len(text) > 80 or len(text) < 14:
        return False
    key = (text if text.isascii() else text.translate(NO_MARKS)).strip()
    return (key[:-1] if key.endswith(".") else key).lower() in _DELETED_TEXTS


def strip_edited_marker(text: str) -> tuple[str, bool]:
    """``text`` without a trailing ``<This message was edited>`` (or its translation; without
    the brackets only after U+200E), and whether it had one."""
    # Match on the end of the text only: a search over the whole of a long message would
    # cost quadratic time on long runs of spaces.
    tail = text[-70:]
    if ">" not in tail and "\u200e" not in tail:
        return text, False
    match = _EDITED.search(text, max(0, len(text) - 64))
    if match is None:
        return text, False
    return text[: match.start()].rstrip(), True
