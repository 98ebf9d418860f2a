"""Deception across messages: a contact who said they were a teenager and later talks of an
adult life ("im 15" ... "my boss kept me late", "tengo 13" ... "hoy en la chamba mi jefe",
"j'ai 16 ans" ... "quand j'étais au lycée").

Single-message patterns cannot see it (docs/triage.md, "Known limits"); this reads the
contact's messages in order, remembers the youngest age they claimed, and reports a
``deception`` hit on the message that contradicts it, naming both messages. A spouse, children,
a mortgage or school "years ago" contradicts any claimed age under 18; work, a boss or an office
only an age of 15 or under (older teenagers have jobs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipline.model import IndicatorCategory as C, IndicatorHit
from tipline.triage.indicators import Scanned
from tipline.triage.text import Folded

# "im 15", "i'm 14 btw", "tengo 13 años", "j'ai 15 ans", said by the contact about themselves.
_CLAIMED_AGE = re.compile(
    r"\b(?:i'm|i am|tengo|j'ai|jai|moi j'ai|yo tengo)\s+(1[0-7])"
    r"(?=\s*(?:$|[.!?,;)]|ans\b|anos\b|years?\b|yrs\b|yo\b|y/o|btw|too|tambien|aussi|lol|haha|jaja|mdr|et toi|"
    r"y tu|and you|wbu|hbu|u\?|you\?|tmb|y\b|et\b|and\b|[\U0001F300-\U0001FAFF]))"
)
_ADULT_ANY_AGE = re.compile(
    r"\b(?:my (?:wife|husband|kids|children|mortgage|ex-wife|ex wife|stepkids)|"
    r"(?:back|when i was) in (?:high school|hs|highschool)|(?:high school|highschool|hs) (?:was )?\d+ (?:years|yrs) ago|"
    r"ma femme|mon mari|mes enfants|mon ex-femme|quand j'etais au (?:lycee|college)|"
    r"mi (?:esposa|mujer|marido|esposo|hipoteca)|mis hijos|cuando (?:iba|estaba) en (?:la prepa|el insti|la secundaria))\b"
)
_ADULT_WORK = re.compile(
    r"\b(?:my (?:boss|manager|coworkers?|co-workers?|colleagues?|office|shift|apartment|flat|paycheck)|"
    r"(?:at|after|before|from) work\b|at the office|"
    r"mon (?:patron|boss|chef|bureau|appart|taf|boulot|salaire)|au (?:boulot|taf|bureau)|apres le (?:boulot|taf|travail)|"
    r"mi (?:jefe|jefa|oficina|chamba|depa|departamento|sueldo|turno)|en (?:la chamba|la oficina|el trabajo)|"
    r"despues del trabajo)\b"
)


@dataclass
class Persona:
    """What the contact has said about themselves so far, read one message at a time."""

    claimed: tuple[int, int] | None = None  # (youngest age claimed, its message index)
    reported: bool = False

    def read(self, index: int, text: str, folded: Folded) -> Scanned | None:
        """A ``deception`` hit for contact message ``index`` when it contradicts an age the
        contact claimed earlier, else None (one such hit per conversation)."""
        claim = _CLAIMED_AGE.search(folded.text)
        if claim and (self.claimed is None or int(claim.group(1)) < self.claimed[0]):
            self.claimed = (int(claim.group(1)), index)
            return None
        if self.claimed is None or self.reported:
            return None
        age, said_at = self.claimed
        adult = _ADULT_ANY_AGE.search(folded.text) or (_ADULT_WORK.search(folded.text) if age <= 15 else None)
        if adult is None:
            return None
        self.reported = True
        span = folded.span(*adult.span())
        why = (f"said they were {age} in message {said_at}, now speaks of an adult life: "
               f'"{text[span[0]:span[1]]}"')
        return Scanned(IndicatorHit(index, C.DECEPTION, span, why), None)
