"""Building WhatsApp records into Messages, line by line: the general path of
whatsapp.py, which also holds the rules. ``_Reader`` keeps a record that is not finished
across blocks; ``_message`` turns a finished record into a Message (placeholders, deleted and
edited markers, system records); ``_plain_message`` makes the common plain Message fast."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from tipline.chats.base import ChatParseError as ChatParseError  # re-exported for callers
from tipline.chats.whatsapp_lines import (
    ANDROID,
    IOS,
    MARKS,
    NO_MARKS,
    is_deleted_marker,
    original_offset,
    placeholder,
    strip_edited_marker,
)
from tipline.chats.whatsapp_survey import (
    Survey,
    date_of,
    split_body,
    systemish,
    time_of,
)
from tipline.model import Message

_MAX_WARNINGS = 50
_MARK_SET = frozenset(MARKS)
_CACHE_LIMIT = 50_000  # distinct date or time texts remembered (a day has 1,440 minutes)


def _plain_maker():
    """A function (sender, sent_at, text, source) -> the Message ``Message(sender, sent_at, text,
    source)``, about twice as fast: it sets the slots of a new Message directly instead of
    running the frozen dataclass's __init__ (ten object.__setattr__ calls). Message itself when
    Message is not the plain slotted dataclass this relies on (fields, defaults, no
    __post_init__), so that a change to Message can never change what is made."""
    names = ("sender", "sent_at", "text", "source", "attachments", "deleted", "edited",
             "reactions", "reply_to", "forwarded_from")
    defaults = ((), False, False, (), None, None)
    fields = dataclasses.fields(Message)
    if (tuple(field.name for field in fields) != names
            or tuple(field.default for field in fields[4:]) != defaults
            or any(field.default_factory is not dataclasses.MISSING for field in fields)
            or hasattr(Message, "__post_init__")
            or tuple(getattr(Message, "__slots__", ())) != names):
        return Message
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = (getattr(Message, name).__set__ for name in names)

    # The setters are default arguments so that the calls below read fast locals.
    def make(sender, sent_at, text, source, new=object.__new__, cls=Message, s0=s0, s1=s1,
             s2=s2, s3=s3, s4=s4, s5=s5, s6=s6, s7=s7, s8=s8, s9=s9):
        made = new(cls)
        s0(made, sender); s1(made, sent_at); s2(made, text); s3(made, source)  # noqa: E702
        s4(made, ()); s5(made, False); s6(made, False); s7(made, ())  # noqa: E702
        s8(made, None); s9(made, None)  # noqa: E702
        return made

    sample = ("Name", "2026-01-01T00:00:00", "text", {"line": 1})
    if make(*sample) != Message(*sample) or repr(make(*sample)) != repr(Message(*sample)):
        return Message
    return make


_plain_message = _plain_maker()


class _Warnings:
    """Warnings appended to ``sink`` as they are found, at most _MAX_WARNINGS of them."""

    def __init__(self, sink: list[str] | None) -> None:
        self.sink = sink if sink is not None else []
        self.count = 0

    def add(self, message: str) -> None:
        if self.count < _MAX_WARNINGS:
            self.sink.append(message)
        elif self.count == _MAX_WARNINGS:
            self.sink.append("more warnings left out")
        self.count += 1


def _checked_time(number: int, date_text: str, day: tuple, clock: tuple,
                  warnings: _Warnings) -> str | None:
    """The record's time, after warning about an impossible or odd date or time."""
    if day[0] is None:
        warnings.add(f"line {number}: impossible date; time left empty")
        return None
    if day[1]:
        warnings.add(f"line {number}: date {date_text} only makes sense with day and"
                     " month swapped")
    if clock[1]:
        warnings.add(f"line {number}: {clock[1]}")
    if clock[0] is None:
        warnings.add(f"line {number}: impossible time; time left empty")
        return None
    return f"{day[0]}T{clock[0]}"


class _Reader:
    """The general reading of records, line by line: every header shape, MARKS, system lines,
    text before the first header. It holds the record being read (``start`` ... ``more``) until
    the next header, or :meth:`flush`, emits it."""

    def __init__(self, survey: Survey, warnings: _Warnings) -> None:
        self.survey, self.warnings = survey, warnings
        self.date_shape, self.time_shape = survey.first_shape[1:4], survey.first_shape[4:]
        self.dates: dict[str, tuple] = {}  # date text -> (ISO date or None, swapped, same shape)
        self.times: dict[str, tuple] = {}  # time text -> (HH:MM:SS or None, problem, same shape)
        self.preamble: list[tuple[int, str]] | None = []
        self.start: int | None = None  # the record being read: its header line, sender, ...
        self.sender = self.text = self.sent_at = self.more = None
        self.previous: str | None = None

    def lines(self, lines: list[str], number: int) -> Iterator[Message]:
        """Read ``lines``, the first of them line ``number``; the records they complete (read
        them all: the record being read is kept at the end)."""
        survey, warnings = self.survey, self.warnings
        known, writers, day_first = survey.known, survey.writers, survey.day_first
        ios_first = survey.first_shape[0]
        date_shape, time_shape = self.date_shape, self.time_shape
        dates, times = self.dates, self.times
        preamble, previous = self.preamble, self.previous
        start, sender, text, sent_at, more = (self.start, self.sender, self.text, self.sent_at,
                                              self.more)
        ios_match, android_match = IOS.match, ANDROID.match
        number -= 1
        for line in lines:
            number += 1
            key = line if line.isascii() else line.translate(NO_MARKS)
            first = key[:1]
            if first == "[":
                match = ios_match(key)
            elif first.isdigit():
                match = android_match(key)
            else:
                match = None
            if match is None:
                if start is not None:
                    line = line if len(key) == len(line) else line.replace("\ufeff", "")
                    if more is None:
                        more = [line]
                    else:
                        more.append(line)
                elif key.strip():
                    preamble.append((number, line))
                continue
            if start is not None:
                yield _message(start, sender, text, sent_at, more)
            elif preamble:
                warnings.add(f"line {preamble[0][0]}: text before the first message kept as a"
                             " system record")
                yield _message(preamble[0][0], None, "\n".join(t for _, t in preamble), None,
                               None, preamble[-1][0])
                preamble = None
            start, more = number, None
            date_text = match["date"]
            day = dates.get(date_text)
            if day is None:
                if len(dates) > _CACHE_LIMIT:
                    dates.clear()
                iso, swapped, *shape = date_of(match, day_first)
                day = dates[date_text] = (iso, swapped, tuple(shape) == date_shape)
            time_text = match["time"]
            clock = times.get(time_text)
            if clock is None:
                if len(times) > _CACHE_LIMIT:
                    times.clear()
                hms, problem, *shape = time_of(match)
                clock = times[time_text] = (hms, problem, tuple(shape) == time_shape)
            if day[0] is not None and clock[0] is not None and not day[1] and not clock[1]:
                sent_at = f"{day[0]}T{clock[0]}"
            else:
                sent_at = _checked_time(number, date_text, day, clock, warnings)
            if not (day[2] and clock[2] and (first == "[") == ios_first):
                warnings.add(f"line {number}: header written differently from line"
                             f" {survey.first_line}; it may be text pasted into the previous"
                             " message")
            if sent_at:
                if previous and sent_at < previous:
                    warnings.add(f"line {number}: time {sent_at} is earlier than the message"
                                 " before")
                previous = sent_at
            body_start = match.start("body")
            if body_start < 0:
                body = ""
            elif len(key) == len(line):  # no marks in the line
                body = match["body"]
            else:
                body = line[original_offset(line, body_start):].replace("\ufeff", "")
            sender, text = split_body(body)
            if sender is None:
                candidate, colon, rest = text.partition(":")
                if colon and candidate in known:
                    sender, text = candidate, rest
            if text[:1] in _MARK_SET:
                stripped = text.lstrip(MARKS)
                if sender is not None and systemish(stripped, True):
                    sender = None
                text = stripped
            elif sender is not None and sender not in writers and systemish(text, False):
                sender = None
        self.preamble, self.previous = preamble, previous
        self.start, self.sender, self.text, self.sent_at, self.more = (start, sender, text,
                                                                       sent_at, more)

    def flush(self) -> list[Message]:
        """The record being read (or the text before the first header), emitted now: the next
        record is read elsewhere."""
        if self.start is not None:
            message = _message(self.start, self.sender, self.text, self.sent_at, self.more)
            self.start = None
            return [message]
        preamble = self.preamble
        if preamble:
            self.warnings.add(f"line {preamble[0][0]}: text before the first message kept as a"
                              " system record")
            self.preamble = None
            return [_message(preamble[0][0], None, "\n".join(t for _, t in preamble), None,
                             None, preamble[-1][0])]
        return []

    def stamp(self, line: str, body_at: int) -> tuple[str, str]:
        """(ISO date, ``HH:MM:SS``) of a header ``line`` (no MARKS) read on the fast path, each
        "" when it needs a warning; both "" when the header is not read as the fast path
        assumes (its body starting at ``body_at``)."""
        ios = line[:1] == "["
        match = (IOS if ios else ANDROID).match(line)
        survey = self.survey
        if match is None or match.start("body") != body_at or ios != survey.first_shape[0]:
            return "", ""
        iso, swapped, *date_shape = date_of(match, survey.day_first)
        hms, problem, *time_shape = time_of(match)
        day = "" if iso is None or swapped or tuple(date_shape) != self.date_shape else iso
        clock = "" if hms is None or problem or tuple(time_shape) != self.time_shape else hms
        return day, clock


def _message(number: int, sender: str | None, text: str, sent_at: str | None,
             more: list[str] | None, end: int | None = None) -> Message:
    """The Message of one record: its header line's text, then its ``more`` lines."""
    if more:
        while more and more[-1] == "":
            more.pop()
        end = number + len(more)
    if end is not None and end > number:
        source = {"line": number, "end_line": end}
    else:
        source = {"line": number}
    if sender is None:
        if more:
            text = "\n".join([text, *more])
        return _plain_message(None, sent_at, text, source)
    attachments = ()
    if text:
        found = placeholder(text)
        if found is not None:
            attachments = (found,)
            text = more.pop(0) if more else ""
    if more:
        text = "\n".join([text, *more])
    if 14 <= len(text) <= 80 and is_deleted_marker(text):
        return Message(sender, sent_at, "", source, deleted=True)
    tail = text[-70:]
    if ">" in tail or "\u200e" in tail:
        text, edited = strip_edited_marker(text)
        return Message(sender, sent_at, text, source, attachments, edited=edited)
    if attachments:
        return Message(sender, sent_at, text, source, attachments)
    return _plain_message(sender, sent_at, text, source)
