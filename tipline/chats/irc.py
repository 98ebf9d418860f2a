"""IRC logs (irssi, WeeChat, ZNC, mIRC/HexChat, supybot/irclog2html, plain ``<nick> text``).

A record is one line. Shapes accepted, with an optional timestamp in front::

    2005-01-08T23:34:46  <mgedmin> text         supybot / irclog2html
    [12:34] <nick> text    [12:34:56] <@nick> text    12:34 <+nick> text     irssi, mIRC, ZNC
    2023-01-05 10:00:00\\tnick\\ttext                                          WeeChat
    * nick waves           12:34  * nick waves                               /me actions
    *** nick has joined #chan    -!- nick [~u@host] has quit    --> nick     system lines
    --- Log opened Thu Jan 05 10:00:00 2023   --- Day changed Fri Jan 06 2023   day markers

Rules:

- ``<nick>`` and WeeChat ``nick\\t`` lines are messages from ``nick`` (a leading mode character
  ``@ + % & ~`` is removed); ``-nick-`` notices too. ``* nick text`` is an action by ``nick``
  with text ``text``, unless it is a join/part/quit/nick/mode/topic line (mIRC writes those with
  one ``*``), which is a system record. ``***``, ``-!-``, ``--``, ``-->``, ``<--`` lines, day
  markers and lines that match nothing are system records (``sender=None``).
- ``sent_at``: the date and time as written (``2005-01-08T23:34:46``); a time-only stamp is
  joined to the date of the last day marker (``Log opened``, ``Day changed``,
  ``BEGIN LOGGING AT``) when there is one, else kept as a time only (``12:34``, ISO 8601
  without a date). Seconds are never added.
- Encoding: each line is read as UTF-8, else cp1252 (else latin-1), with a warning: IRC
  clients log whatever bytes arrive, so one file may mix encodings.

Detection: most of the first lines must be IRC lines with a timestamp (0.9) or ``<nick>`` lines
without one (0.6).
"""

from __future__ import annotations

import re
from pathlib import Path

from tipline.chats.base import ChatFormat, ChatParseError
from tipline.chats.textlog import Warnings, decode_lines, head_lines
from tipline.model import Conversation, Message

_STAMP = re.compile(
    r"(?P<open>\[)?(?:(?P<date>\d{4}-\d{2}-\d{2})[T ])?(?P<time>\d{2}:\d{2}(?::\d{2})?)"
    r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?(?(open)\])(?P<sep>\t|\s+)"
)
_NICK = r"[^\s<>]{1,64}"
_MESSAGE = re.compile(rf"<[ @+%&~]?(?P<nick>{_NICK})> ?(?P<text>.*)", re.S)
_NOTICE = re.compile(r"-(?P<nick>[^\s!-][^\s]{0,63})- (?P<text>.*)", re.S)
_WEECHAT = re.compile(r"(?P<nick>[@+%&~]?[^\t\s]{1,64})\t(?P<text>.*)", re.S)
_ACTION = re.compile(rf"\* (?P<nick>{_NICK}) (?P<text>.*)", re.S)
_SYSTEM_PREFIX = re.compile(r"(\*\*\*+|-!-|--[>-]?|<--|=!=|!)(\s|$)")
_MIRC_SYSTEM = re.compile(
    r"(has joined|has left|has quit|joins:|parts:|quits:|is now known as|sets mode|changes topic"
    r"|set the topic|was kicked|has been kicked|now talking in|topic is)",
    re.I,
)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_DAY_MARKER = re.compile(
    r"(?:---|\*\*\*\*)\s*(?:log opened|day changed|begin logging at|log started)\s*"
    r"(?:\w{3},?\s+)?(?P<mon>[A-Za-z]{3})\w*\s+(?P<day>\d{1,2})\s+"
    r"(?:\d{2}:\d{2}(?::\d{2})?\s+)?(?P<year>\d{4})",
    re.I,
)
_DAY_MARKER_ISO = re.compile(r"(?:---|\*\*\*\*)\s*(?:log opened|day changed)\s*(?P<iso>\d{4}-\d{2}-\d{2})",
                             re.I)
_MODES = "@+%&~"


def _day(line: str) -> str | None:
    """The date of a day-marker line as ``YYYY-MM-DD``, or None."""
    if (found := _DAY_MARKER_ISO.match(line)) is not None:
        return found["iso"]
    found = _DAY_MARKER.match(line)
    if found is None or found["mon"].lower()[:3] not in _MONTHS:
        return None
    month = _MONTHS[found["mon"].lower()[:3]]
    day = int(found["day"])
    if not 1 <= day <= 31:
        return None
    return f"{found['year']}-{month:02d}-{day:02d}"


def classify(rest: str, stamped: bool) -> tuple[str | None, str, bool]:
    """``(sender, text, is_irc_line)`` for the part of a line after its timestamp."""
    if (found := _MESSAGE.fullmatch(rest)) is not None:
        return found["nick"], found["text"], True
    if _SYSTEM_PREFIX.match(rest):
        return None, rest, True
    if (found := _ACTION.fullmatch(rest)) is not None:
        if _MIRC_SYSTEM.search(found["text"]):
            return None, rest, True
        return found["nick"].lstrip(_MODES) or found["nick"], found["text"], True
    if (found := _NOTICE.fullmatch(rest)) is not None:
        return found["nick"], found["text"], True
    if stamped and (found := _WEECHAT.fullmatch(rest)) is not None:
        nick = found["nick"].lstrip(_MODES) or found["nick"]
        return nick, found["text"], True
    return None, rest, False


class IrcFormat(ChatFormat):
    name = "irc"
    label = "IRC log"

    def detect(self, path: Path, head: bytes) -> float:
        lines = head_lines(head)
        if not lines:
            return 0.0
        stamped = plain = 0
        for line in lines:
            stamp = _STAMP.match(line)
            rest = line[stamp.end():] if stamp else line
            if stamp is None and (_DAY_MARKER.match(line) or _DAY_MARKER_ISO.match(line)):
                stamped += 1
                continue
            sender, _, ok = classify(rest, stamp is not None)
            if not ok:
                continue
            if stamp is not None:
                stamped += 1
            elif _MESSAGE.fullmatch(line):
                plain += 1
        if stamped * 10 >= len(lines) * 6 and stamped >= 1:
            return 0.9
        if (stamped + plain) * 10 >= len(lines) * 8 and plain >= 2:
            return 0.6
        return 0.0

    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        path = Path(path)
        data = self.read(path, data, allow_empty=False)
        warnings = Warnings()
        lines = decode_lines(path, data, warnings, mixed=True)
        messages: list[Message] = []
        day: str | None = None
        recognised = 0
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            stamp = _STAMP.match(line)
            if stamp is None:
                marker = _day(line)
                if marker is not None:
                    day = marker
                    recognised += 1
                sender, text, ok = classify(line, False)
                recognised += ok
                messages.append(Message(sender=sender, sent_at=None, text=text,
                                        source={"line": number}))
                continue
            recognised += 1
            sender, text, _ = classify(line[stamp.end():], True)
            date = stamp["date"] or day
            sent_at = f"{date}T{stamp['time']}" if date else stamp["time"]
            messages.append(Message(sender=sender, sent_at=sent_at, text=text,
                                    source={"line": number}))
        if not recognised:
            raise ChatParseError(path, "no IRC log line (time, <nick> text) found")
        return Conversation(format=self.name, messages=tuple(messages), warnings=tuple(warnings))
