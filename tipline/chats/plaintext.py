"""Plain ``Name: text`` chat logs: the lowest-priority fallback for pasted or hand-made logs.

Shapes accepted (one per file or mixed)::

    [12:01] Sam: hi            [12:01:30] Sam: hi
    2026-03-12 19:02 Sam: hi   2026-03-12 19:02:30 Sam: hi   2026-03-12T19:02 Sam: hi
    Sam: hi

Rules:

- A record starts at a ``Name: text`` line; other lines continue it (joined with ``\\n``).
  Lines with a time start a record under any name; lines without one start a record only when
  ``Name`` heads at least two lines of the file (so ``Note: bring boots`` inside a message stays
  in it), or heads the very first line.
- ``Name`` is 1-40 characters, starts with a letter, and holds no ``: < > [ ] { } "``.
- ``sent_at`` as written: ``2026-03-12T19:02``, or the time alone (``12:01``) when there is no
  date. Seconds are never added. Lines before the first record form one system record.
- ``source`` is ``{"line": N}``, with ``"end_line"`` when the record spans lines.

Detection (confidence 0.3, below every real format): at least two lines, and at least 60% of
the first non-empty lines, are ``Name: text`` lines, and no line looks like another format's
header (WhatsApp, Signal or IRC timestamps).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tipline.chats.base import ChatFormat, ChatParseError
from tipline.chats.textlog import Warnings, decode_lines, head_lines, source
from tipline.model import Conversation, Message

_NAME = r"(?P<name>[^\W\d_][^:<>\[\]{}\"\n]{0,39}?)"
LINE = re.compile(
    r"(?:\[(?P<btime>\d{1,2}:\d{2}(?::\d{2})?)\] ?"
    r"|(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<dtime>\d{1,2}:\d{2}(?::\d{2})?) "
    r")?" + _NAME + r":(?: (?P<text>.*)|$)",
    re.S,
)
_OTHER_HEADER = re.compile(
    r"[\u200e\ufeff]?\[\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"  # WhatsApp iOS, Signal
    r"|[\u200e\ufeff]?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \u00a0\u202f]\d{1,2}[:.]\d{2}"
    r"[^-\u2013\n]{0,14}[-\u2013](\s|$)"  # WhatsApp Android
    r"|\[?\d{4}-\d{2}-\d{2}T"  # IRC ISO stamps
    r"|(\[?\d{1,2}:\d{2}(:\d{2})?\]?\s+)?<[^>\s]+>"  # IRC <nick>
)


def _match(line: str) -> re.Match | None:
    found = LINE.match(line)
    if found is None or found["name"].endswith(" ") or "://" in found["name"]:
        return None
    return found


class PlainFormat(ChatFormat):
    name = "plain"
    label = "plain text chat log (Name: text)"

    def detect(self, path: Path, head: bytes) -> float:
        if b"\x00" in head:
            return 0.0
        lines = head_lines(head)
        if len(lines) < 2:
            return 0.0
        if any(_OTHER_HEADER.match(line) for line in lines):
            return 0.0
        matched = [_match(line) for line in lines]
        hits = [m for m in matched if m is not None]
        if len(hits) >= 2 and len(hits) * 10 >= len(lines) * 6:
            return 0.3
        return 0.0

    def parse(self, path: Path, data: bytes | None = None) -> Conversation:
        path = Path(path)
        data = self.read(path, data, allow_empty=False)
        warnings = Warnings()
        lines = decode_lines(path, data, warnings)
        found = [_match(line) for line in lines]
        counts = Counter(m["name"] for m in found if m is not None)
        first_content = next((i for i, line in enumerate(lines) if line.strip()), None)
        records: list[list] = []  # [first line, match, more lines]
        preamble: list[tuple[int, str]] = []
        for index, (line, match) in enumerate(zip(lines, found)):
            starts = match is not None and (
                match["btime"] or match["dtime"] or counts[match["name"]] >= 2
                or index == first_content
            )
            if starts:
                records.append([index + 1, match, []])
            elif records:
                records[-1][2].append(line)
            elif line.strip():
                preamble.append((index + 1, line))
        if not records:
            raise ChatParseError(path, "no 'Name: text' line found")
        messages: list[Message] = []
        if preamble:
            warnings.add(f"line {preamble[0][0]}: text before the first message kept as a system record")
            messages.append(Message(sender=None, sent_at=None,
                                    text="\n".join(t for _, t in preamble),
                                    source=source(preamble[0][0], preamble[-1][0])))
        for number, match, more in records:
            body = [match["text"] or "", *more]
            while len(body) > 1 and not body[-1].strip():
                body.pop()
            if match["date"]:
                sent_at = f"{match['date']}T{match['dtime']}"
            else:
                sent_at = match["btime"]
            messages.append(Message(sender=match["name"], sent_at=sent_at, text="\n".join(body),
                                    source=source(number, number + len(body) - 1)))
        return Conversation(format=self.name, messages=tuple(messages), warnings=tuple(warnings))
