"""When a proposed meeting would happen, resolved against the sent time of the message.

Understands day words in English, French and Spanish ("tomorrow", "tonight", "saturday",
"demain", "a soir", "samedi", "manana", "el sabado", "in 3 days", "next week", "march 30",
"30 mars", "30 de marzo") and clock times ("3pm", "at 3", "3:45", "15h30", "a las 5",
"after school"). Everything is computed from the message's own ``sent_at``; no clock is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
}  # fmt: skip
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_RELATIVE = [
    (re.compile(r"\b(?:day after tomorrow|apres-demain|apres demain|pasado manana)\b"), 2),
    (re.compile(r"\b(?:today|tonight|this (?:afternoon|evening|morning)|aujourd'hui|ce soir|a soir|cet apres-midi|"
                r"hoy|esta (?:noche|tarde)|right now|now)\b"), 0),
    (re.compile(r"\b(?:tomorrow|demain)\b"), 1),
    (re.compile(r"(?<!la )(?<!por la )\bmanana\b"), 1),
    (re.compile(r"\b(?:next week|la semaine prochaine|semaine prochaine|la (?:semana|otra semana) (?:que viene|proxima)|"
                r"la proxima semana|la otra semana)\b"), 7),
    (re.compile(r"\b(?:next month|le mois prochain|el (?:mes )?(?:que viene|proximo mes))\b"), 30),
]  # fmt: skip
_IN_DAYS = re.compile(r"\b(?:in|dans|en) (\d{1,2}) (?:days|jours|dias)\b")
_IN_WEEKS = re.compile(r"\b(?:in|dans|en) (\d{1,2}|a|one|deux|two|dos) (?:weeks?|semaines?|semanas?)\b")
_WEEKDAY = re.compile(r"\b(next |this |ce |el |le |este )?(" + "|".join(_WEEKDAYS) + r")\b")
_WEEKEND = re.compile(r"\b(?:this weekend|ce (?:week-end|weekend|fin de semaine)|este (?:finde|fin de semana))\b")
_DATE_MD = re.compile(r"\b(" + "|".join(_MONTHS) + r")\.? (\d{1,2})(?:st|nd|rd|th)?\b")
_DATE_DM = re.compile(r"\b(\d{1,2})(?:er)? (?:de )?(" + "|".join(_MONTHS) + r")\b")
_VAGUE = re.compile(r"\b(?:someday|some day|sometime|one day|un jour|algun dia|un dia de estos|eventually|one of these days)\b")

_TIME_AMPM = re.compile(r"\b(\d{1,2})(?::(\d\d))? ?(am|pm|a\.m\.|p\.m\.)")
_TIME_COLON = re.compile(r"\b(\d{1,2}):(\d\d)\b")
_TIME_H = re.compile(r"\b(\d{1,2}) ?h ?(\d\d)?\b")
_TIME_AT = re.compile(r"\b(?:at|a las|a la|vers|a) (\d{1,2})\b(?!\s*(?:min|minutes|hours|%|dollars|\$))")
_TIME_WORDS = re.compile(
    r"\b(?:after (?:school|practice|class|work)|before school|at (?:noon|lunch|midnight)|apres (?:l'ecole|la pratique|les cours)|"
    r"despues de (?:la )?(?:escuela|clase|practica)|al salir|a la salida|midi|mediodia)\b"
)


@dataclass(frozen=True, slots=True)
class When:
    """A resolved day (offset in days from the sent date) and optional clock time."""

    days: int | None
    hour: int | None = None
    minute: int = 0
    vague: bool = False

    @property
    def has_time(self) -> bool:
        return self.hour is not None


def parse_sent_at(sent_at: str | None) -> datetime | None:
    if not sent_at:
        return None
    try:
        return datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
    except ValueError:
        return None


def _day_offset(folded: str, sent: datetime) -> int | None:
    for regex, days in _RELATIVE:
        if regex.search(folded):
            return days
    m = _IN_DAYS.search(folded)
    if m:
        return int(m.group(1))
    m = _IN_WEEKS.search(folded)
    if m:
        n = m.group(1)
        return 7 * (int(n) if n.isdigit() else (1 if n in ("a", "one") else 2))
    if _WEEKEND.search(folded):
        return (5 - sent.weekday()) % 7
    m = _WEEKDAY.search(folded)
    if m:
        ahead = (_WEEKDAYS[m.group(2)] - sent.weekday()) % 7
        if m.group(1) and m.group(1).strip() == "next" and ahead == 0:
            ahead = 7
        return ahead
    for m, month, day in (
        *((m, m.group(1), m.group(2)) for m in _DATE_MD.finditer(folded)),
        *((m, m.group(2), m.group(1)) for m in _DATE_DM.finditer(folded)),
    ):
        try:
            target = sent.replace(month=_MONTHS[month], day=int(day))
        except ValueError:
            continue
        if target.date() < sent.date():
            target = target.replace(year=sent.year + 1)
        return (target.date() - sent.date()).days
    return None


def clock_time(folded: str) -> tuple[int, int] | None:
    """(hour, minute) of a clock time in the text, 24-hour; None if none."""
    m = _TIME_AMPM.search(folded)
    if m:
        hour = int(m.group(1)) % 12 + (12 if m.group(3).startswith("p") else 0)
        return (hour, int(m.group(2) or 0)) if hour < 24 else None
    m = _TIME_H.search(folded)
    if m and int(m.group(1)) < 24:
        return int(m.group(1)), int(m.group(2) or 0)
    m = _TIME_COLON.search(folded)
    if m and int(m.group(1)) < 24:
        hour = int(m.group(1))
        return (hour + 12 if 1 <= hour <= 7 else hour), int(m.group(2))
    m = _TIME_AT.search(folded)
    if m and 1 <= int(m.group(1)) <= 12:
        hour = int(m.group(1))
        return (hour + 12 if hour <= 7 else hour), 0
    if _TIME_WORDS.search(folded):
        return (15, 30) if "school" in folded or "ecole" in folded or "escuela" in folded else (12, 0)
    return None


def resolve(folded: str, sent_at: str | None) -> When:
    """The day and time ``folded`` (a folded message text) refers to, relative to ``sent_at``."""
    sent = parse_sent_at(sent_at)
    vague = _VAGUE.search(folded) is not None
    days = _day_offset(folded, sent) if sent is not None else None
    t = clock_time(folded)
    return When(days, t[0] if t else None, t[1] if t else 0, vague)


def hours_until(when: When, sent_at: str | None) -> float | None:
    """Hours from ``sent_at`` to the meeting; start of day when no time is known (the
    earliest the meeting could be). None when the day is unknown."""
    sent = parse_sent_at(sent_at)
    if sent is None or when.days is None:
        return None
    day = (sent + timedelta(days=when.days)).replace(hour=0, minute=0, second=0, microsecond=0)
    target = day.replace(hour=when.hour, minute=when.minute) if when.hour is not None else day
    if when.days == 0 and target < sent:
        target = sent if when.hour is None else target + timedelta(hours=12 if when.hour < 12 else 0)
    return (target - sent).total_seconds() / 3600
