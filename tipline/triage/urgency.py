"""Urgency and its reasons (triage-dev/SCHEMA.md).

- immediate: a concrete in-person meeting (a day and a time, a place or a pick-up) within
  72 hours of the message that proposes it; a threat with a deadline; a money demand; the
  child says they want to hurt themselves or are in danger now.
- high: grooming or sextortion without those markers.
- routine: everything else. Self-harm and danger make any case immediate, even one
  otherwise judged benign; meetings, deadlines and money only count in a risky case.

A child who, after such a meeting was set up, says they are on their way or already there
("ok im at the station now") is also ``child_in_danger``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipline.model import Conversation, IndicatorCategory as C, Risk, Urgency, UrgencyReason
from tipline.triage.indicators import Scanned
from tipline.triage.prefilter import Prefilter
from tipline.triage.text import MAX_SCAN_CHARS, fold
from tipline.triage.when import hours_until, parse_sent_at, resolve

MEETING_HORIZON_HOURS = 72
_WINDOW_BEFORE = 4
_WINDOW_AFTER = 6
_WINDOW_HOURS = 24
PLACE = re.compile(
    r"\b(?:park|mall|station|store|shop|library|entrance|parking(?: lot)?|corner of|cinema|cine|food court|"
    r"skate ?park|benches|bench|banc|cancha|parque|jardin|centro comercial|arcade|gym|behind the|derriere|detras de|"
    r"outside (?:your|the) (?:school|house|building)|afuera de|a la sortie|la salida de|"
    r"skate ?ramp|side door|front door|back door|cafe|restaurant|plaza|depanneur|arena|gare|centre commercial|parc|"
    r"metro|bus stop|mcdonald'?s|starbucks|frente al|en face|devant|my place|my house|my car|chez moi|mi casa)\b"
)
# A place named the generic way ("at the quik stop", "au tim hortons", "en la estacion", "por
# el oxxo de enfrente"), not a time ("at the weekend", "en la noche", "au moins"): read only in
# a risky case, for a contact's message that also names a day and a clock time.
GENERIC_PLACE = re.compile(
    r"\b(?:at|outside|near|behind|by) the (?!end\b|moment\b|same\b|time\b|latest\b|least\b|most\b|"
    r"weekend\b|start\b|beginning\b|morning\b|evening\b|afternoon\b|night\b|way\b|game\b|match\b)[a-z]{3,}|"
    r"\bau (?!moins\b|fait\b|cas\b|revoir\b|pire\b|lieu\b|debut\b|final\b|bout\b|jeu\b|match\b|soir\b|"
    r"matin\b|telephone\b|tel\b|pire\b|plus\b|top\b|calme\b)[a-z]{3,}|"
    r"\ben (?:el|la) (?!noche\b|tarde\b|manana\b|madrugada\b|semana\b|juego\b|partida\b|llamada\b|"
    r"clase\b|escuela\b|casa\b)[a-z]{3,}|"
    r"\bpor el (?!juego\b|chat\b|telefono\b|cel\b|whatsapp\b|discord\b)[a-z]{3,}|\bde enfrente\b|\bau coin\b|"
    r"\bon the corner\b"
)
PICKUP = re.compile(
    r"\b(?:pick (?:you|u) up|drive (?:you|u)|come to the car|my car|in the parking|drop (?:you|u) off|"
    r"have you back|take the (?:bus|\d+|train|metro)|money for the bus|black suv|red hatchback|"
    r"te (?:prendre|chercher|ramener|reconduire)|je t'attends|te (?:recojo|recoger|llevo|busco)|paso por ti)\b"
)

# One literal screen for the three: a contact's message holding none of their words names no place.
_PLACE_SCREEN = Prefilter([[PLACE], [PICKUP], [GENERIC_PLACE]])


def _meeting_is_imminent(conversation: Conversation, index: int, child: str | None, folded_of) -> bool:
    messages = conversation.messages
    sent = parse_sent_at(messages[index].sent_at)
    window = []
    for j in range(max(0, index - _WINDOW_BEFORE), min(len(messages), index + _WINDOW_AFTER + 1)):
        other = messages[j]
        if other.sender is None or other.sender == child:
            continue
        other_sent = parse_sent_at(other.sent_at)
        if sent is not None and other_sent is not None:
            try:
                gap = abs((other_sent - sent).total_seconds()) / 3600
            except TypeError:  # one naive, one aware
                gap = 0
            if gap > _WINDOW_HOURS:
                continue
        window.append(j)
    folded = {j: folded_of(j) for j in window}
    whens = {j: resolve(folded[j], messages[j].sent_at) for j in window}
    if whens[index].vague:
        return False
    has_time = any(w.has_time for w in whens.values())
    has_place = any(PLACE.search(t) or (whens[j].has_time and GENERIC_PLACE.search(t)) for j, t in folded.items())
    has_pickup = any(PICKUP.search(t) for t in folded.values())
    dated = sorted((j for j in window if whens[j].days is not None), key=lambda j: (abs(j - index), j))
    if dated:
        j = dated[0]
        hours = hours_until(whens[j], messages[j].sent_at)
        concrete = has_time or has_place or has_pickup
        return concrete and hours is not None and 0 <= hours <= MEETING_HORIZON_HOURS
    return has_place and has_pickup


# The child, after a meeting was set up, saying they are on their way or already there
# ("ok im at the station now", "j'arrive", "ya voy en el bus").
ON_THE_WAY = re.compile(
    r"\b(?:i'm|i am) (?:at the (?:station|stop|park|mall|corner|place|bus stop)|on (?:my|the) way|on the (?:bus|train|metro)|"
    r"outside|here now|leaving now|getting on the)\b|\bon my way\b|"
    r"\b(?:j'arrive|je suis (?:devant|a la gare|dans le bus|dans le train|en route|en chemin|sur le chemin))\b|"
    r"\b(?:ya (?:voy|llegue|estoy aqui|estoy en)|voy en camino|estoy (?:en la estacion|en el bus|en el metro|en camino|llegando|afuera))\b"
)


def _child_on_the_way(conversation: Conversation, index: int, child: str | None, folded_of) -> bool:
    """Whether the child, after the meeting set up in message ``index``, says they are going."""
    if child is None:
        return False
    for later in range(index + 1, len(conversation.messages)):
        message = conversation.messages[later]
        if message.sender == child and message.text and ON_THE_WAY.search(folded_of(later)):
            return True
    return False


def _meeting_candidates(conversation: Conversation, child: str | None, scanned: Sequence[Scanned],
                        folded_of) -> list[int]:
    """Messages that may set up a meeting: those with a meeting proposal, and any message by
    the contact that names a day and a place or a pick-up ("samedi a 15h au parc"), which says
    as much without the words of a proposal."""
    found = {s.hit.index for s in scanned if s.hit.category is C.MEETING_PROPOSAL}
    for index, message in enumerate(conversation.messages):
        if index in found or message.sender is None or message.sender == child or not message.text:
            continue
        folded = folded_of(index)
        can = _PLACE_SCREEN.candidates(folded)
        if not can:
            continue  # most messages name no place: resolving their dates would cost more
        named = bool((0 in can and PLACE.search(folded)) or (1 in can and PICKUP.search(folded)))
        if not named and not (2 in can and GENERIC_PLACE.search(folded)):
            continue
        when = resolve(folded, message.sent_at)
        if (named or when.has_time) and when.days is not None:
            found.add(index)
    return sorted(found)


def urgency_for(
    conversation: Conversation, child: str | None, risk: Risk, scanned: Sequence[Scanned],
    folds: Sequence | None = None,
) -> tuple[Urgency, tuple[UrgencyReason, ...]]:
    """Urgency and reasons (in UrgencyReason order) from the hits of an assessed conversation.
    ``folds`` may give each message's Folded text (None for one not read), as assess has them."""

    def folded_of(index: int) -> str:
        if folds is not None and folds[index] is not None:
            return folds[index].text
        return fold((conversation.messages[index].text or "")[:MAX_SCAN_CHARS]).text

    reasons: set[UrgencyReason] = set()
    cats = {s.hit.category for s in scanned}
    if C.SELF_HARM in cats:
        reasons.add(UrgencyReason.SELF_HARM)
    if any(s.flag == "danger" for s in scanned):
        reasons.add(UrgencyReason.CHILD_IN_DANGER)
    if risk is not Risk.BENIGN:
        if C.FINANCIAL_DEMAND in cats:
            reasons.add(UrgencyReason.MONEY_DEMAND)
        # In sextortion the whole exchange is the threat: a deadline there is a threat deadline.
        threat = C.THREAT_COERCION in cats or risk is Risk.SEXTORTION
        if threat and any(s.flag == "deadline" for s in scanned):
            reasons.add(UrgencyReason.THREAT_DEADLINE)
        for index in _meeting_candidates(conversation, child, scanned, folded_of):
            if _meeting_is_imminent(conversation, index, child, folded_of):
                reasons.add(UrgencyReason.MEETING_PLANNED)
                if _child_on_the_way(conversation, index, child, folded_of):
                    reasons.add(UrgencyReason.CHILD_IN_DANGER)
                break
    ordered = tuple(r for r in UrgencyReason if r in reasons)
    if ordered:
        return Urgency.IMMEDIATE, ordered
    return (Urgency.ROUTINE if risk is Risk.BENIGN else Urgency.HIGH), ()
