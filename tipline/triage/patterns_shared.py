"""What every contact-tactic pattern table is built from: the Pattern record, the ``_p`` helper
that compiles a group of regexes under one category and reason, and the regex fragments the tables
share (parents, apps, photos, days, ...). The tables themselves are one module per grooming stage
(patterns_probes, patterns_exclusivity, patterns_trust, patterns_escalation, patterns_coercion),
gathered in patterns.py, plus patterns_reported.py for a reporter's own account; keeping these
pieces here lets every table (and signals.py) import them without importing each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipline.model import IndicatorCategory as C


@dataclass(frozen=True, slots=True)
class Pattern:
    category: C
    regex: re.Pattern[str]
    why: str
    flag: str | None = None


def _p(category: C, why: str, *regexes: str, flag: str | None = None) -> list[Pattern]:
    return [Pattern(category, re.compile(r), why, flag) for r in regexes]


# Shared fragments.
NOT = r"(?:don'?t|do not|never|dont)"
PAR_EN = r"(?:parents?|mom|mum|mommy|mother|dad|daddy|father|folks|family)"
PAR_FR = r"(?:parents|mere|pere|maman|papa|famille)"
PAR_ES = r"(?:papas|padres|mama|papa|mami|papi|madre|padre|familia)"
APPS = (
    r"(?:snap(?:chat)?|insta(?:gram)?|whats ?app|whats|telegram|discord|kik|signal|wickr|viber|"
    r"skype|wechat|tiktok|facetime|chatterly|vidly|messenger|line app)"
)
PHOTO_EN = r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|video|vid|vids)"
# A photo request about the child: "of you", or nothing after it ("send me a pic rn").
OF_YOU_EN = r"(?: of (?:you|yourself|your face|your body)\b| (?:right now|now|tonight|please|asap)\b|\s*[?!.,)]|\s*$)"
OF_YOU_FR = r"(?: de toi\b| (?:sur \w+|a soir|ce soir|maintenant|stp|s'il te plait)\b|\s*[?!.,]|\s*$)"
OF_YOU_ES = r"(?: tuyas?\b| de ti\b| (?:ahora|ya|porfa|por favor)\b|\s*[?!.,]|\s*$)"
DAYS = (
    r"(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"this weekend|aujourd'hui|ce soir|a soir|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|hoy|esta noche|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
)
VIRTUAL = re.compile(r"\b(?:video|call|calls|calling|cam|camera|facetime|discord|online|en appel|appel|llamada|stream)\b")
