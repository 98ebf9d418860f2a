"""Contact-tactic patterns in English, French and Spanish.

Each pattern is a regular expression over the folded text of ``tipline.triage.text.fold``
(lowercase, no accents, texting forms spelled out: "r u" reads "are you", "ur" reads "your").
Patterns aim at the tactic, not the topic: "send me a pic of you" is an image request,
"send me a pic of the garage door" is not. ``flag`` marks a subtype that urgency needs
(a deadline among the pressure patterns).

The tables live by grooming stage (patterns_probes.py, patterns_exclusivity.py,
patterns_trust.py, patterns_escalation.py) and coercion (patterns_coercion.py), built from the
pieces in patterns_shared.py; ``PATTERNS`` joins them.
"""

from __future__ import annotations

from tipline.triage.patterns_coercion import COERCION_PATTERNS
from tipline.triage.patterns_escalation import ESCALATION_PATTERNS
from tipline.triage.patterns_exclusivity import EXCLUSIVITY_PATTERNS
from tipline.triage.patterns_probes import PROBE_PATTERNS
from tipline.triage.patterns_shared import Pattern
from tipline.triage.patterns_trust import TRUST_PATTERNS

PATTERNS: list[Pattern] = [
    *PROBE_PATTERNS,
    *EXCLUSIVITY_PATTERNS,
    *TRUST_PATTERNS,
    *ESCALATION_PATTERNS,
    *COERCION_PATTERNS,
]
