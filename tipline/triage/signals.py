"""Child signals (read on the child's messages) and context cues (read on any message).

Child signals are the three ``CHILD_SIGNALS`` categories plus a "danger now" subtype of
distress. Context cues are not indicators: they tell the scorer about the setting, e.g. a
family member is speaking, a parent is in the loop, or the contact claims to hold an image.
"""

from __future__ import annotations

import re

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import PAR_EN, Pattern, _p

CHILD_PATTERNS: list[Pattern] = [
    *_p(
        C.CHILD_AGE_DISCLOSURE,
        "the child says their age or grade",
        r"^\W*(?:ya,?\s*|yes,?\s*|yeah,?\s*|oui,?\s*|si,?\s*|i'm\s*|i am\s*)?(?:[5-9]|1[0-7])\b"
        r"(?!\s*(?:min|mins|minutes|hours|hrs|days|%|\$|dollars|bucks|pm|am|points|:|h\b|-))",
        r"\b(?:i'm|i am) (?:only |just )?(?:[5-9]|1[0-7])\b(?!\s*(?:min|mins|minutes|%|\$|pm|am|:|h\b))",
        r"\bj'ai (?:[5-9]|1[0-7]) ans\b",
        r"\btengo (?:[5-9]|1[0-7])(?: anos)?\b",
        r"\bgrade (?:[1-9]|1[0-2])\b",
        r"^\W*(?:ya,?\s*|yes,?\s*)?(?:[1-9]|1[0-2])(?:st|nd|rd|th|e|eme)\b",
        r"\b(?:[1-9]|1[0-2])(?:e|eme) annee\b",
    ),
    *_p(
        C.CHILD_DISTRESS,
        "the child says they are scared or trapped",
        r"\b(?:i'm|i am|i feel|i'm feeling) (?:so |really |literally |very |super )*(?:scared|afraid|terrified|trapped|freaking out|panicking)\b",
        r"\bplease,? (?:man |just )?(?:stop|don'?t)(?: do (?:it|anything|that))?\s*(?:$|[.!?,]|please)",
        r"\bplease (?:just )?delete it\b",
        r"\bleave me alone\b",
        r"\bi can'?t (?:breathe|think)\b",
        r"\bi'm (?:literally )?shaking\b",
        r"\bi can'?t do this anymore\b",
        r"\bi (?:don'?t|do not) want to (?:talk|do this|do it)\b",
        r"\bso tired of everything\b",
        r"\bj'ai (?:tellement |tres |vraiment |trop )?peur\b",
        r"\bje me sens (?:pris|prise|coince|coincee|piege|piegee)\b",
        r"\b(?:s'il vous plait|s'il te plait) (?:arrete|fais pas ca|efface)",
        r"\bje sais plus quoi faire\b",
        r"\btengo (?:mucho |muchisimo )?miedo\b",
        r"\bpor favor,? (?:borrala|no|para|dejame)\b",
        r"\bme siento atrapad[oa]\b",
    ),
    *_p(
        C.CHILD_DISTRESS,
        "the child says they are in danger now",
        r"\b(?:he|she|they|someone|somebody|a man|a guy)(?:'s| is| are) (?:outside|at|in front of) (?:my|the) (?:house|door|school|window|room)\b",
        r"\b(?:he|she|someone|somebody|a man|a guy)(?:'s| is) (?:following|watching) me\b",
        r"\bi'm in danger\b",
        r"\b(?:he|she) won'?t let me (?:go|leave)\b",
        r"\bil est (?:devant|dehors|a) (?:chez moi|la porte|mon ecole)\b",
        r"\bquelqu'un me suit\b",
        r"\besta (?:afuera|fuera|enfrente) de (?:mi|la) (?:casa|puerta|escuela)\b",
        r"\bme esta siguiendo\b",
        flag="danger",
    ),
    *_p(
        C.SELF_HARM,
        "the child says they want to hurt or kill themselves",
        r"\b(?:want|going|want you|wanting) to die\b",
        r"\bkill myself\b",
        r"\bhurt myself\b",
        r"\bend (?:it all|my life)\b",
        r"\bsuicid\w*",
        r"\bi (?:don'?t|do not) want to (?:be here|live|exist|be alive) anymore\b",
        r"\bbetter off dead\b",
        r"\bcut myself\b",
        r"\bno reason to live\b",
        r"\bje veux (?:mourir|me tuer|en finir)\b",
        r"\bme suicider\b",
        r"\bje veux (?:plus|pas) vivre\b",
        r"\bme faire du mal\b",
        r"\bme quiero morir\b",
        r"\bquiero (?:morir(?:me)?|matarme)\b",
        r"\bhacerme dano\b",
        r"\bno quiero vivir\b",
    ),
]

# --- context cues (not indicators) ----------------------------------------------------------

_POSSESSIVE = re.compile(
    r"(?:\b(?:my|your|his|her|their|our|the|a|his|mi|tu|su|ma|ta|sa|mon|ton|son|tes|mes|ses|la|le|el|de|a la|sa)\s+)$"
)
_KIN = re.compile(r"\b(?:mom|mum|dad|mama|papa|maman|mami|papi)\b")
_KIN_SELF = re.compile(
    r"\b(?:grandpa and i|grandma and i|it'?s (?:aunt|auntie|uncle|grandma|grandpa|your (?:aunt|uncle|mom|dad|mum))\b|your old man|"
    r"tu (?:tio|tia|abuela|abuelo|abuelita)|ta (?:tante|grand-mere|mamie)|ton (?:oncle|grand-pere|papi))"
)
_KIN_ADDRESS = re.compile(
    r"\b(?:grandma|grandpa|granny|nana|gran|abuelita|abuelito|abuela|abuelo|abue|tio|tia|aunt \w+|aunt|auntie|uncle|mamie|papi|mami|"
    r"dad|mom|mum|papa|maman|mama)\b"
)
_INVOLVE = re.compile(
    rf"\b(?:ask|tell|check with|asked) (?:a |your )?(?:parent|{PAR_EN})\b(?! (?:everything|anything))"
    rf"|\b(?:your )?parents can see\b|\bparents and (?:siblings|families) welcome\b|\bta mere m'a demande\b"
    rf"|\bdile a tu (?:mama|papa|mami|papi)\b|\bdemander a tes parents\b|\ba tes parents,? c'est correct\b"
    rf"|\b(?:my |your )?(?:mom|mum|dad|parents?|mama|papa) (?:said|says) (?:yes|ok|okay|it'?s fine|its fine|she can|he can|sure)\b"
    rf"|\bi'll tell my (?:mom|mum|dad|parents)\b|\bask a parent\b"
)
_NEGATED = re.compile(r"\b(?:don'?t|do not|never|no need to|not)\s+(?:\w+\s+){0,1}$")
_CELEBRATION = re.compile(
    r"\b(?:birthday|bday|b-day|cumple\w*|anniversaire|fete|surprise party|cake|gateau|tarta|pastel|cupcakes?|balloons|globos)\b"
)
IMAGE_HELD = re.compile(
    r"\b(?:have|got|still have|kept|saved|recorded|screenshotted|accessed)\b[^.?!]{0,25}\b(?:pic|pics|photo|photos|picture|video|recording|icloud)\b"
    r"|\bthe (?:pic|photo|video|picture) (?:you|u) sent\b|\byour pic\b|\brecorded (?:all|it|everything|our)\b"
    r"|\b(?:j'ai|je l'ai)\b[^.?!]{0,20}\b(?:photo|video|enregistrement)\b|\bla photo que tu m'as\b"
    r"|\btengo (?:la|tu|tus|el|las)\b[^.?!]{0,15}(?:foto|video)"
)


def family_cue(folded: str, from_child: bool) -> str | None:
    """A phrase showing that family members are talking, or None.

    From the child: addressing the other person as grandma, uncle, mom... From anyone else:
    "grandpa and I", "it's Aunt Lauren", or "mom"/"dad" without a possessive ("Is Dad there?"),
    which is how people who share the parents speak.
    """
    if from_child:
        for m in _KIN_ADDRESS.finditer(folded):
            if not _POSSESSIVE.search(folded[: m.start()]):
                return m.group()
        return None
    m = _KIN_SELF.search(folded)
    if m:
        return m.group()
    for m in _KIN.finditer(folded):
        if not _POSSESSIVE.search(folded[: m.start()]):
            return m.group()
    return None


def involvement_cue(folded: str) -> str | None:
    """A phrase that keeps a parent in the loop ("ask a parent to sign"), not negated."""
    for m in _INVOLVE.finditer(folded):
        if not _NEGATED.search(folded[: m.start()]):
            return m.group()
    return None


def celebration_cue(folded: str) -> str | None:
    m = _CELEBRATION.search(folded)
    return m.group() if m else None


def image_held_cue(folded: str) -> str | None:
    m = IMAGE_HELD.search(folded)
    return m.group() if m else None
