"""Risk assessment of one conversation: risk, score, urgency, hits, first alert.

The score is built from the contact's tactics, one pass over the messages:

- each category present adds its weight (noisy-or: ``1 - prod(1 - w)``), a little more when
  it repeats;
- grooming follows stages, trust building (flattery, gifts, romance) -> risk assessment
  (age, personal information, supervision) -> exclusivity (secrecy, platform move,
  isolation) -> escalation (image request, meeting, compliance tests); covering three or
  four stages raises the score, and more when they come in that order;
- without one of the "core" tactics (secrecy, supervision probe, isolation, compliance
  testing, deception) the grooming score stays under the threshold: a peer's compliment and
  a photo of a haircut are not grooming;
- context lowers it: family members talking, a parent kept in the loop, a birthday or
  surprise being planned, a group chat with more than two people;
- sextortion is a threat (exposure or harm) made when an image has been shared, requested
  or claimed; it scores 0.7 and more with a money demand, a deadline and the child's fear.
  A threat that names no image counts too when the child answers it with fear or despair
  (0.65), unless context lowers the score (family, a parent in the loop, a celebration, a
  group).

``first_alert_index`` is the first message after which this running score reaches
``ALERT_THRESHOLD``; it is computed in the same pass, so it equals what re-scoring each
prefix of the conversation would give.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tipline.model import Conversation, IndicatorCategory as C, Risk, RiskAssessment
from tipline.triage.child import NAMED, disclosed_age, infer_child
from tipline.triage.indicators import Scanned, scan_message
from tipline.triage.patterns_shared import Pattern
from tipline.triage.persona import Persona
from tipline.triage.signals import read_cues
from tipline.triage.text import MAX_SCAN_CHARS, Folded, fold
from tipline.triage.urgency import urgency_for

# A conversation is classified grooming at RISK_THRESHOLD; the early alert fires sooner, at
# ALERT_THRESHOLD, because an alert asks a person to look while the final verdict ranks the case
# (docs/triage.md: "Early alert").
RISK_THRESHOLD = 0.5
ALERT_THRESHOLD = 0.5
# Once the report or the child says the child is under 18, earlier tactics (an age probe, a
# question about home and school, a gift) are enough to ask a person to look.
MINOR_ALERT_THRESHOLD = 0.3
# ...and two different tactics towards a known minor (an age probe, then a compliment or a gift)
# are enough at a lower score: the careful analyst's first flag is usually the probe itself.
MINOR_PAIR_ALERT_THRESHOLD = 0.2
CHILD_SIDE = frozenset({C.CHILD_AGE_DISCLOSURE, C.CHILD_DISTRESS, C.SELF_HARM})

WEIGHTS: dict[C, float] = {
    C.AGE_PROBE: 0.12,
    C.PERSONAL_INFO_PROBE: 0.15,
    C.SUPERVISION_PROBE: 0.25,
    C.SECRECY: 0.35,
    C.PLATFORM_MIGRATION: 0.2,
    C.FLATTERY_BOND: 0.12,
    C.ISOLATION: 0.35,
    C.GIFTS_INDUCEMENTS: 0.12,
    C.IMAGE_REQUEST: 0.25,
    C.COMPLIANCE_TESTING: 0.3,
    C.DECEPTION: 0.3,
    C.MEETING_PROPOSAL: 0.2,
    C.ROMANTIC_FRAMING: 0.25,
    C.THREAT_COERCION: 0.35,
    C.FINANCIAL_DEMAND: 0.2,
    C.PRESSURE_URGENCY: 0.1,
    C.CHILD_AGE_DISCLOSURE: 0.0,
    C.CHILD_DISTRESS: 0.1,
    C.SELF_HARM: 0.1,
}
CORE = frozenset({C.SECRECY, C.SUPERVISION_PROBE, C.ISOLATION, C.COMPLIANCE_TESTING, C.DECEPTION})
STAGES: dict[C, int] = {
    C.FLATTERY_BOND: 0,
    C.GIFTS_INDUCEMENTS: 0,
    C.ROMANTIC_FRAMING: 0,
    C.AGE_PROBE: 1,
    C.PERSONAL_INFO_PROBE: 1,
    C.SUPERVISION_PROBE: 1,
    C.SECRECY: 2,
    C.PLATFORM_MIGRATION: 2,
    C.ISOLATION: 2,
    C.IMAGE_REQUEST: 3,
    C.MEETING_PROPOSAL: 3,
    C.COMPLIANCE_TESTING: 3,
}
STAGE_NAMES = ("trust building", "risk assessment", "exclusivity", "escalation")
NO_CORE_CAP = 0.45
# An image named in a threat (EN, FR, ES, folded): then the threat is about an image.
_IMAGE_WORD = re.compile(
    r"\b(?:pics?|pix|photos?|pictures?|selfies?|nudes?|videos?|vids?|clips?|screenshots?|"
    r"fotos?|imagen(?:es)?|pack|images?|captures?|enregistrements?|grabacion(?:es)?)\b"
    # What the child sent, never named ("your mom finding out what you sent me"): in a threat it
    # is the image (blind set 7: all three implied sextortions read this way).
    r"|\b(?:what|everything|the stuff|the things|the ones?) (?:you|ya) (?:sent|send|showed|gave) me\b"
    r"|\b(?:ce que|tout ce que|les trucs que|le truc que) ?tu m'as (?:envoye|envoyee|envoyes|montre|donne)\b"
    r"|\b(?:lo que|todo lo que|las cosas que|eso que) (?:tu )?me (?:mandaste|enviaste|pasaste|mostraste|diste)\b"
    r"|\b(?:lo que|todo lo que) (?:usted|ud) me (?:mostro|mando|envio|paso|dio|enseno)\b"
    # ... or what happened on a call: "the stuff from our call", "ce qu'on a fait en appel", "lo que hicimos en la camara"
    r"|\b(?:the stuff|the things|what we did|what happened|everything) (?:from|on|in) (?:our|the|that) (?:last )?(?:calls?|cam|video ?calls?|facetime)\b"
    r"|\b(?:ce qu'on a fait|ce qu'?on a fait|ce qui s'est passe) (?:en|sur|pendant) (?:l'|notre |la )?(?:appel|cam|camera|facetime)\b"
    r"|\blo que (?:hicimos|paso) (?:en|por) (?:la|nuestra) (?:llamada|videollamada|camara|cam)\b")
# A child's threat to tell an adult (EN, FR, ES), which is not an adult already involved.
_WILL_TELL = re.compile(
    r"\b(?:i'?ll|i will|i'?m (?:gonna|going to)|gonna|je vais|j'?vais|jvais|je le|voy a|le voy a|"
    r"les voy a|se lo voy a)\b.{0,24}\b(?:tell|report|dire|raconter|decir|contar|avisar)")
# What a contact holding an image demands of a frightened child (is_sextortion): more images,
# obedience, silence. Haste alone is not enough ("hurry up and send me the math homework 😂").
_HELD_DEMANDS = (C.IMAGE_REQUEST, C.COMPLIANCE_TESTING, C.SECRECY)
DAMPING = {"family": 0.4, "involvement": 0.6, "celebration": 0.7, "group": 0.6}


@dataclass
class _Running:
    """What the single pass has seen so far."""

    counts: Counter = field(default_factory=Counter)
    stage_first: dict[int, int] = field(default_factory=dict)
    context: dict[str, str] = field(default_factory=dict)  # damping cue -> evidence
    senders: set[str] = field(default_factory=set)
    image_context: str | None = None
    image_held: bool = False
    first_threat: int | None = None
    first_held: int | None = None  # the contact's first claim to hold an image
    held_fear: bool = False  # the child's distress or despair after that claim
    coercion: str | None = None  # why a threat naming no image still reads as extortion
    deadline: bool = False
    minor: bool = False
    persona: Persona = field(default_factory=Persona)  # ages the contact claimed (deception across messages)
    # The verdict changes only when a message brings a hit or a cue: alerting() re-scores then.
    version: int = 0
    _alerting: tuple[int, bool] = (-1, False)

    def _snapshot(self) -> tuple:
        return len(self.context), self.image_context, self.image_held, self.minor, self.coercion, self.held_fear

    def update(self, index: int, from_child: bool, sender: str, text: str, folded_text: Folded,
               hits: list[Scanned], attachments: bool) -> None:
        folded = folded_text.text
        before = self._snapshot()
        self._observe(index, from_child, sender, text, folded_text, folded, hits, attachments)
        if hits or self._snapshot() != before:
            self.version += 1

    def _observe(self, index: int, from_child: bool, sender: str, text: str, folded_text: Folded,
                 folded: str, hits: list[Scanned], attachments: bool) -> None:
        self.senders.add(sender)
        if len(self.senders) > 2:
            self.context.setdefault("group", "more than two people in the chat")
        for scanned in hits:
            category = scanned.hit.category
            self.counts[category] += 1
            if category in STAGES:
                self.stage_first.setdefault(STAGES[category], index)
            if scanned.flag == "deadline":
                self.deadline = True
            if category is C.IMAGE_REQUEST and self.image_context is None:
                self.image_context = f"image requested in message {index}"
            if category is C.THREAT_COERCION and self.first_threat is None:
                self.first_threat = index
            if self.coercion is None:
                self.coercion = self._coercion(index, category)
            if category in (C.CHILD_DISTRESS, C.SELF_HARM) and self.first_held is not None and index > self.first_held:
                self.held_fear = True
            if category is C.THREAT_COERCION and self.image_context is None:
                named = _IMAGE_WORD.search(folded)
                if named:  # "the photo goes to your school group": the threat names the image
                    self.image_context = (f'the threat in message {index} names an image or what the '
                                          f'child sent: "{named.group()}"')
            if category is C.CHILD_AGE_DISCLOSURE:
                age = disclosed_age(text, folded_text)
                if age is not None and age < 18:
                    self.minor = True
        if from_child and attachments and self.image_context is None:
            self.image_context = f"the child sent media in message {index}"
        cues = read_cues(folded, from_child)
        if cues.image_held:
            self.image_held = True
            if self.first_held is None:
                self.first_held = index
            if self.image_context is None:
                self.image_context = f'contact claims to hold an image in message {index}: "{cues.image_held}"'
        # "I'll tell my parents" is a child pushing back against a contact, not a parent being
        # kept in the loop: it must not lower the score.
        if cues.involvement and not (from_child and _WILL_TELL.search(folded)):
            self.context.setdefault("involvement", f'a parent is kept in the loop (message {index}: "{cues.involvement}")')
        if cues.family:
            self.context.setdefault("family", f'family members are talking (message {index}: "{cues.family}")')
        if cues.celebration:
            self.context.setdefault("celebration", f'a celebration or surprise is being planned (message {index}: "{cues.celebration}")')

    def _coercion(self, index: int, category: C) -> str | None:
        """Evidence that a threat naming no image is forcing the child: the child's fear or
        despair after it. A deadline or a money demand alone is not enough: friends joke
        "pay up by friday or im telling everyone" (dev-059)."""
        if category in (C.CHILD_DISTRESS, C.SELF_HARM) and self.first_threat is not None and index > self.first_threat:
            return f"the child's distress in message {index}, after the threat"
        return None

    def is_sextortion(self) -> bool:
        """A threat, or a demand for money, made while an image is held, shared or asked for
        (a demand tied to a held image is extortion even when the threat is left unsaid).
        A threat that names no image ("you know what I have", "your whole team sees") is
        extortion too when the child answers it with fear or despair, unless a context cue
        lowers the score (family, a parent in the loop, a celebration, a group; blind set 5).
        So is a contact who claims to hold an image, then demands more images, obedience or
        silence of a child who answers the claim with fear, even when no threat is spelled out
        ("i recorded it... just get back on cam"; blind set 9). Threats between joking friends
        that name a video still read as extortion: telling them apart by the child's laughter
        cleared real extortions where the child laughed first and paid after (docs/triage.md)."""
        if self.image_context is None:
            return bool(self.counts[C.THREAT_COERCION] and self.coercion and not self.context)
        if self.counts[C.THREAT_COERCION] > 0 or (self.counts[C.FINANCIAL_DEMAND] > 0 and self.image_held):
            return True
        return self.held_fear and not self.context and any(self.counts[c] for c in _HELD_DEMANDS)

    def sextortion_score(self) -> float:
        score = 0.7 if self.image_context is not None else 0.65
        score += 0.1 if self.counts[C.FINANCIAL_DEMAND] else 0.0
        score += 0.05 if self.deadline else 0.0
        score += 0.05 if self.counts[C.CHILD_DISTRESS] or self.counts[C.SELF_HARM] else 0.0
        score += 0.05 if self.counts[C.THREAT_COERCION] > 1 else 0.0
        return min(score, 0.99)

    def stage_bonus(self) -> float:
        present = sorted(self.stage_first)
        if len(present) < 3:
            return 0.0
        bonus = 0.08 if len(present) == 3 else 0.13
        firsts = [self.stage_first[s] for s in present]
        if firsts == sorted(firsts):
            bonus += 0.04
        return bonus

    def probed_then_escalated(self) -> bool:
        """A contact who sized up a known minor (age, home, school, routine) and then asked for
        an image or a meeting: grooming without needing a secrecy-type tactic."""
        if not self.minor or 1 not in self.stage_first:
            return False
        return bool(self.counts[C.IMAGE_REQUEST] or self.counts[C.MEETING_PROPOSAL])

    def grooming_score(self) -> float:
        keep = 1.0
        for category, n in self.counts.items():
            weight = WEIGHTS.get(category, 0.0) * (1 + 0.25 * (min(n, 3) - 1))
            keep *= 1 - min(weight, 0.9)
        score = 1 - keep + self.stage_bonus()
        if self.minor and (self.counts[C.IMAGE_REQUEST] or self.counts[C.MEETING_PROPOSAL] or self.counts[C.ROMANTIC_FRAMING]):
            score += 0.05
        if not any(self.counts[c] for c in CORE) and not self.probed_then_escalated():
            score = min(score, NO_CORE_CAP)
        for cue in self.context:
            score *= DAMPING[cue]
        return max(0.0, min(score, 0.99))

    def alerting(self) -> bool:
        """Whether what has been seen so far crosses the alert threshold (lower once a child
        under 18 is known to be in the conversation, and lower still once the contact has used
        two different tactics on that child)."""
        if self._alerting[0] != self.version:
            self._alerting = (self.version, self._crosses())
        return self._alerting[1]

    def _crosses(self) -> bool:
        score = self.verdict()[1]
        if not self.minor:
            return score >= ALERT_THRESHOLD
        tactics = sum(1 for category in self.counts if category not in CHILD_SIDE)
        return score >= (MINOR_PAIR_ALERT_THRESHOLD if tactics >= 2 else MINOR_ALERT_THRESHOLD)

    def verdict(self) -> tuple[Risk, float]:
        if self.is_sextortion():
            return Risk.SEXTORTION, self.sextortion_score()
        score = self.grooming_score()
        return (Risk.GROOMING if score >= RISK_THRESHOLD else Risk.BENIGN), score


def _read(conversation: Conversation) -> list[tuple[str, Folded] | None]:
    """Each message's text as triage reads it, folded once (None for system messages).
    Tactics are said in a sentence or two; reading only the start of a huge message keeps
    triage linear in the size of a hostile upload."""
    out: list[tuple[str, Folded] | None] = []
    for message in conversation.messages:
        text = (message.text or "")[:MAX_SCAN_CHARS] if message.sender is not None else ""
        out.append((text, fold(text)) if message.sender is not None else None)
    return out


CHILD_NOT_IN_TEXT = "not in this text: every message is read as someone else's account"


def _identify(conversation: Conversation, child: str | None, read: list,
              child_in_text: bool = True) -> tuple[str | None, str]:
    if not child_in_text:
        return None, CHILD_NOT_IN_TEXT
    return infer_child(conversation, child, [r[1] if r else None for r in read])


def _single_pass(conversation: Conversation, who: str | None, state: _Running, read: list,
                 extra_patterns: list[Pattern] | None = None):
    """Feed each message to ``state``; yield (index, text read, its fold, from the child, hits).
    ``extra_patterns`` are read on the contact's side with the standard table."""
    for index, message in enumerate(conversation.messages):
        if read[index] is None:
            continue
        from_child = who is not None and message.sender == who
        text, folded = read[index]
        hits = scan_message(index, text, from_child, folded, extra_patterns=extra_patterns) if text else []
        if text and not from_child:
            contradiction = state.persona.read(index, text, folded)
            if contradiction and not any(h.hit.category is C.DECEPTION for h in hits):
                hits = [*hits, contradiction]
        state.update(index, from_child, message.sender, text, folded, hits, bool(message.attachments))
        yield index, text, folded, from_child, hits


def assess(conversation: Conversation, child: str | None = None, child_age: int | None = None, *,
           extra_patterns: list[Pattern] | None = None, child_in_text: bool = True) -> RiskAssessment:
    """Assess ``conversation``; ``child`` is the child's sender name if the report knows it
    (otherwise inferred, see ``infer_child``), ``child_age`` the child's age if known.
    ``extra_patterns``, a further contact-tactic table (the reported-speech table for a
    reporter's account), is read on the contact's messages with the standard one.
    ``child_in_text`` False: the text is someone's account with the child outside it (the
    Help form's own words), so every message is read for the contact's tactics and no child
    is inferred."""
    read = _read(conversation)
    who, how = _identify(conversation, child, read, child_in_text)
    state = _Running(minor=child_age is not None and child_age < 18)
    scanned: list[Scanned] = []
    first_alert: int | None = None
    disclosed: tuple[int, int] | None = None
    for index, text, folded, from_child, hits in _single_pass(conversation, who, state, read, extra_patterns):
        scanned.extend(hits)
        if from_child and disclosed is None:
            age = disclosed_age(text, folded)
            if age is not None:
                disclosed = (age, index)
        if first_alert is None and state.alerting():
            first_alert = index
    risk, score = state.verdict()
    urgency, reasons = urgency_for(conversation, who, risk, scanned, [r[1] if r else None for r in read])
    notes = [_child_note(who, how)]
    if child_age is not None:
        notes.append(f"child age {child_age}, as given by the report")
    elif disclosed is not None:
        notes.append(f"child age {disclosed[0]}, as the child said in message {disclosed[1]}")
    if risk is Risk.SEXTORTION:
        if state.image_context is None:
            notes.append(f"sextortion: a threat that names no image, with {state.coercion}")
        elif state.counts[C.THREAT_COERCION] or state.counts[C.FINANCIAL_DEMAND]:
            notes.append(f"sextortion: threat with {state.image_context}")
        else:
            notes.append(f"sextortion: {state.image_context}, then demands of a child who answered with fear")
    stages = [STAGE_NAMES[s] for s in sorted(state.stage_first)]
    if stages and risk is not Risk.SEXTORTION:
        notes.append("grooming stages seen: " + ", ".join(stages))
    if risk is not Risk.SEXTORTION and not any(state.counts[c] for c in CORE) and state.counts:
        notes.append("no secrecy, supervision, isolation, compliance or deception tactic: score capped")
    for cue, evidence in state.context.items():
        notes.append(f"score lowered: {evidence}")
    return RiskAssessment(
        risk=risk,
        score=round(score, 4),
        urgency=urgency,
        urgency_reasons=reasons,
        hits=tuple(s.hit for s in scanned),
        first_alert_index=first_alert,
        notes=tuple(notes),
    )


def alerts(conversation: Conversation, child: str | None = None, child_age: int | None = None, *,
           extra_patterns: list[Pattern] | None = None) -> bool:
    """Whether the whole of ``conversation`` crosses the alert threshold, judged on the final
    state only (what ``first_alert_index`` is the incremental form of)."""
    read = _read(conversation)
    who, _how = _identify(conversation, child, read)
    state = _Running(minor=child_age is not None and child_age < 18)
    for _ in _single_pass(conversation, who, state, read, extra_patterns):
        pass
    return state.alerting()


def _child_note(who: str | None, how: str) -> str:
    if who is None:
        return f"child {how}"
    return f"child is {who!r}: {how}" if how == NAMED else f"child is {who!r}, {how}"


__all__ = ["ALERT_THRESHOLD", "MINOR_ALERT_THRESHOLD", "MINOR_PAIR_ALERT_THRESHOLD", "RISK_THRESHOLD", "alerts", "assess"]
