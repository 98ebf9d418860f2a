"""Contact-tactic patterns in English, French and Spanish.

Each pattern is a regular expression over the folded text of ``tipline.triage.text.fold``
(lowercase, no accents, texting forms spelled out: "r u" reads "are you", "ur" reads "your").
Patterns aim at the tactic, not the topic: "send me a pic of you" is an image request,
"send me a pic of the garage door" is not. ``flag`` marks a subtype that urgency needs
(a deadline among the pressure patterns).

The tables live by theme in patterns_grooming.py and patterns_coercion.py, built from the pieces
in patterns_shared.py; ``PATTERNS`` is both, in that order.
"""

from __future__ import annotations

from tipline.triage.patterns_coercion import COERCION_PATTERNS
from tipline.triage.patterns_grooming import GROOMING_PATTERNS
from tipline.triage.patterns_shared import Pattern

PATTERNS: list[Pattern] = [*GROOMING_PATTERNS, *COERCION_PATTERNS]
