"""Which participant is the child.

A report may name the child (the Help button knows who pressed it; a platform says which
account is the minor). Otherwise the child is inferred from the conversation: who says an
age under 18 or a school grade, who is asked the age, school and "are your parents home"
questions, who is threatened, who says they are scared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipline.model import Conversation, IndicatorCategory as C
from tipline.triage.indicators import matching_patterns, scan_text
from tipline.triage.patterns import PATTERNS
from tipline.triage.signals import CHILD_PATTERNS
from tipline.triage.text import Folded, fold

NAMED = "named by the report"
_AGE = re.compile(r"\b(?:[5-9]|1[0-7])\b")
# Questions and tactics aimed at the other person: whoever answers them is likely the child.
_AIMED = {
    C.AGE_PROBE: 2,
    C.SUPERVISION_PROBE: 2,
    C.PERSONAL_INFO_PROBE: 1,
    C.THREAT_COERCION: 2,
    C.IMAGE_REQUEST: 1,
    C.SECRECY: 1,
}
_OWN = {C.CHILD_AGE_DISCLOSURE: 3, C.CHILD_DISTRESS: 1, C.SELF_HARM: 1}


def _match_hint(participants: list[str], hint: str) -> str | None:
    if hint in participants:
        return hint
    folded = hint.strip().casefold()
    for name in participants:
        if name.strip().casefold() == folded:
            return name
    return None


def disclosed_age(text: str, folded: Folded | None = None) -> int | None:
    """The age in a message that discloses one ("13", "im 15", "j'ai 14 ans"), else None.
    ``folded`` is the message's folded text when the caller has it."""
    for pattern, span in scan_text(text, CHILD_PATTERNS, folded):
        if pattern.category is C.CHILD_AGE_DISCLOSURE:
            m = _AGE.search(text, span[0], span[1])
            if m and "grade" not in text[span[0] : span[1]].lower():
                return int(m.group())
    return None


def infer_child(
    conversation: Conversation, hint: str | None = None, folds: Sequence[Folded | None] | None = None
) -> tuple[str | None, str]:
    """The child's sender name and how it was decided.

    ``folds`` may give each message's folded text, as the caller already computed it (None for
    a message it skipped); otherwise each message is folded here.

    Returns ``(name, "named by the report")`` when ``hint`` matches a participant (exactly, or
    ignoring case and surrounding spaces), otherwise ``(name, "inferred: ...")`` or
    ``(None, "not identified: ...")``.
    """
    participants = conversation.participants
    prefix = ""
    if hint:
        named = _match_hint(participants, hint)
        if named is not None:
            return named, NAMED
        prefix = f"the report named {hint!r}, who is not a participant; "
    if not participants:
        return None, prefix + "not identified: no participant wrote anything"
    points: dict[str, float] = {name: 0.0 for name in participants}
    reasons: dict[str, list[str]] = {name: [] for name in participants}
    messages = conversation.messages
    aimed_at: list[str | None] | None = None  # worked out at the first aimed pattern
    for index, message in enumerate(messages):
        if message.sender is None or not message.text:
            continue
        folded = folds[index] if folds is not None and folds[index] is not None else fold(message.text)
        for pattern in matching_patterns(message.text, CHILD_PATTERNS, folded):
            weight = _OWN.get(pattern.category, 0)
            if pattern.category is C.CHILD_AGE_DISCLOSURE:
                age = disclosed_age(message.text, folded)
                if age is None and "grade" not in message.text.lower() and not re.search(r"\d(?:st|nd|rd|th|e)\b", message.text):
                    continue
            points[message.sender] += weight
            if weight and len(reasons[message.sender]) < 3:
                reasons[message.sender].append(f"{pattern.category.value} in message {index}")
        for pattern in matching_patterns(message.text, PATTERNS, folded):
            weight = _AIMED.get(pattern.category)
            if not weight:
                continue
            if aimed_at is None:
                aimed_at = addressees([m.sender for m in conversation.messages])
            target = aimed_at[index]
            if target is not None:
                points[target] += weight
                if len(reasons[target]) < 3:
                    reasons[target].append(f"{pattern.category.value} aimed at them in message {index}")
    best = max(participants, key=lambda name: (points[name], -participants.index(name)))
    ranked = sorted(points.values(), reverse=True)
    if points[best] <= 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None, prefix + "not identified: no participant stands out as the child"
    return best, prefix + "inferred: " + "; ".join(reasons[best])


def addressees(senders: list[str | None]) -> list[str | None]:
    """Who each message is aimed at: the next other sender to write, else the previous one
    (None for a system record, or with nobody else). Two linear passes: exports run to
    hundreds of thousands of messages, and a scan per message would be quadratic."""
    def nearest_other(order) -> list[str | None]:
        out: list[str | None] = [None] * len(senders)
        closest = other = None  # the nearest sender seen, and the nearest one not them
        for index in order:
            sender = senders[index]
            out[index] = closest if closest != sender else other
            if sender is not None and sender != closest:
                closest, other = sender, closest
        return out

    after = nearest_other(range(len(senders) - 1, -1, -1))
    before = nearest_other(range(len(senders)))
    return [None if sender is None else (after[i] or before[i])
            for i, sender in enumerate(senders)]
