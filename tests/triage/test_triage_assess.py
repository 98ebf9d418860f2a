"""Risk, urgency, first alert and notes, as the requirements state them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402
from helpers_triage import chat  # noqa: E402

from tipline.model import Conversation, Risk, Urgency, UrgencyReason  # noqa: E402
from tipline.triage import RISK_THRESHOLD, alerts, assess, infer_child  # noqa: E402

# 2026-03-05 is a Thursday.
GROOMING_OPENING = [
    ("B", "ur drawings are amazing"),
    ("A", "thx"),
    ("B", "how old r u?"),
    ("A", "12"),
    ("B", "dont tell ur parents we talk, they wouldnt get it"),
    ("A", "ok"),
]


def test_meeting_tomorrow_after_school_resolved_from_the_message_timestamp_is_immediate():
    conv = chat(*GROOMING_OPENING, ("B", "i can pick u up tomorrow after school"))
    result = assess(conv, child="A")
    assert result.risk is Risk.GROOMING
    assert result.urgency is Urgency.IMMEDIATE
    assert result.urgency_reasons == (UrgencyReason.MEETING_PLANNED,)


def test_meeting_someday_is_not_immediate():
    conv = chat(*GROOMING_OPENING, ("B", "we should meet up someday"))
    result = assess(conv, child="A")
    assert result.risk is Risk.GROOMING
    assert result.urgency is Urgency.HIGH
    assert result.urgency_reasons == ()


def test_meeting_ten_days_out_is_not_immediate():
    conv = chat(*GROOMING_OPENING, ("B", "lets meet up on march 15 at 3pm at the mall"))
    result = assess(conv, child="A")
    assert result.urgency is Urgency.HIGH


def test_weekday_meeting_in_french_and_spanish_resolves_against_the_sent_day():
    fr = chat(*GROOMING_OPENING, ("B", "on se voit samedi à 15h au parc?"))
    es = chat(*GROOMING_OPENING, ("B", "¿nos vemos el sábado a las 5 en la plaza?"))
    assert assess(fr, child="A").urgency is Urgency.IMMEDIATE  # Thursday -> Saturday: 2 days
    # the same words sent on a Sunday are six days away
    later = chat(*GROOMING_OPENING, ("B", "¿nos vemos el sábado a las 5 en la plaza?"), start="2026-03-08T18:00:00-05:00")
    assert assess(es, child="A").urgency is Urgency.IMMEDIATE
    assert assess(later, child="A").urgency is Urgency.HIGH


@pytest.mark.parametrize("text", [
    "tmrw after school we could get a slushie at the quik stop on elm. 3:15?",
    "demain 16h au tim hortons? je te la donne en main propre",
    "mañana a las 5 paso por el oxxo de enfrente y te los doy",
])
def test_a_day_a_clock_time_and_any_named_place_make_a_meeting(text):
    result = assess(chat(*GROOMING_OPENING, ("B", text)), child="A")
    assert result.urgency_reasons == (UrgencyReason.MEETING_PLANNED,)


@pytest.mark.parametrize("text", [
    "uff hoy en la chamba mi jefe me trae loco",  # a day and a place, but no time: talk, not a plan
    "at the weekend i play at 5 with my team online",
])
def test_a_day_and_a_place_said_in_passing_are_not_a_meeting(text):
    result = assess(chat(*GROOMING_OPENING, ("B", text)), child="A")
    assert UrgencyReason.MEETING_PLANNED not in result.urgency_reasons


def test_a_video_call_tomorrow_is_not_an_in_person_meeting():
    conv = chat(*GROOMING_OPENING, ("B", "tomorrow 4pm on video then, add me on vidly"))
    assert UrgencyReason.MEETING_PLANNED not in assess(conv, child="A").urgency_reasons


def test_self_harm_makes_it_immediate():
    conv = chat(("B", "did u see the group chat"), ("A", "ya everyone hates me"), ("A", "i just want to die"))
    result = assess(conv, child="A")
    assert result.urgency is Urgency.IMMEDIATE
    assert UrgencyReason.SELF_HARM in result.urgency_reasons


def test_child_in_danger_now_makes_it_immediate():
    conv = chat(("B", "where r u"), ("A", "hes outside my house right now im scared"))
    result = assess(conv, child="A")
    assert result.urgency is Urgency.IMMEDIATE
    assert UrgencyReason.CHILD_IN_DANGER in result.urgency_reasons


def test_teen_hyperbole_is_not_self_harm():
    conv = chat(("B", "did u study"), ("A", "no im literally dead 💀"), ("B", "my mom is gonna kill me"))
    result = assess(conv, child="A")
    assert result.urgency is Urgency.ROUTINE and result.risk is Risk.BENIGN


def test_sextortion_is_a_threat_after_an_image_with_a_deadline_and_money():
    conv = chat(
        ("B", "i still have the pic u sent me"),
        ("B", "$200 in gift cards by midnight or everyone sees it"),
        ("A", "please dont im so scared"),
    )
    result = assess(conv, child="A")
    assert result.risk is Risk.SEXTORTION
    assert result.urgency is Urgency.IMMEDIATE
    assert result.urgency_reasons == (UrgencyReason.THREAT_DEADLINE, UrgencyReason.MONEY_DEMAND)


def test_a_joke_money_threat_without_any_image_is_not_sextortion():
    conv = chat(("B", "u owe me $5 for pizza. pay up by friday or else"), ("A", "lol ok"))
    result = assess(conv, child="A")
    assert result.risk is Risk.BENIGN and result.urgency is Urgency.ROUTINE


def test_a_threat_that_names_no_image_is_sextortion_once_the_child_is_afraid():
    conv = chat(
        ("B", "you think blocking me does anything"),
        ("B", "do what i say or everyone in your school will see who you really are"),
        ("A", "please dont im so scared"),
    )
    result = assess(conv, child="A")
    assert result.risk is Risk.SEXTORTION
    assert any("names no image" in note and "message 2" in note for note in result.notes), result.notes


@pytest.mark.parametrize("threat", [
    "it would be a shame if your mom ever found out what you sent me. just saying",
    "ce serait dommage que tes parents tombent sur ce que tu m'as envoye l'autre jour",
    "seria una lastima que en tu escuela se enteraran de lo que me mandaste, no crees?",
])
def test_a_threat_over_what_the_child_sent_is_sextortion_without_a_fearful_reply(threat):
    conv = chat(("B", "you've been quiet today"), ("A", "busy"), ("B", threat), ("A", "what do you mean"))
    result = assess(conv, child="A")
    assert result.risk is Risk.SEXTORTION
    assert any("what the child sent" in note and "message 2" in note for note in result.notes), result.notes


def test_what_the_contact_sent_the_child_is_not_an_image_held_over_them():
    conv = chat(("B", "if you tell anyone what i sent you about the surprise i'll kill you lol"), ("A", "lol ok"))
    assert assess(conv, child="A").risk is not Risk.SEXTORTION


@pytest.mark.parametrize("lines", [
    [("B", "u know what. i recorded it. nobody has to see it as long as u stay nice"), ("A", "i feel sick, i want this to stop"),
     ("B", "then get back on cam with me. and dont tell ur parents")],
    [("B", "j'ai garde des souvenirs de nos derniers appels"), ("A", "j'en peux plus, je veux que ca s'arrete"),
     ("B", "viens en appel quand je te le demande et supprime notre conv")],
])
def test_a_contact_holding_an_image_who_demands_more_of_a_frightened_child_is_sextortion(lines):
    result = assess(chat(("B", "hey"), ("A", "i dont want to talk"), *lines), child="A")
    assert result.risk is Risk.SEXTORTION, [h.why for h in result.hits]


def test_a_kept_chat_and_a_gift_card_demand_is_sextortion_without_the_word_photo():
    conv = chat(("B", "so i saved everything from our chats. u know what i mean"), ("A", "i dont understand"),
                ("B", "2 steam gift cards, $50 each. send the codes here"), ("A", "i cant"))
    assert assess(conv, child="A").risk is Risk.SEXTORTION


@pytest.mark.parametrize("reply", ["lol ok sure", "lmao nice try", "haha very funny"])
def test_a_child_who_laughs_at_an_extortion_is_still_being_extorted(reply):
    # A breaker's cases: a "laughed off between friends" rule cleared these; it was dropped.
    conv = chat(("B", "i have the pics you sent me. pay $200 by tonight or your followers see them"), ("A", reply),
                ("B", "$200 in steam cards by 9pm or i send them to your school"), ("A", "fine where do i send the codes"))
    assert assess(conv, child="A").risk is Risk.SEXTORTION


def test_a_held_video_and_haste_alone_are_not_extortion():
    conv = chat(("B", "lol i recorded you singing at karaoke"), ("A", "nooo please delete it im so embarrassed"),
                ("B", "hurry up and send me the math homework then 😂"))
    assert assess(conv, child="A").risk is not Risk.SEXTORTION


def test_the_same_threat_between_joking_friends_is_not_sextortion():
    conv = chat(
        ("B", "pay up by friday or im telling everyone u cried at the dog movie"),
        ("A", "NOOO u wouldnt 💀"),
        ("B", "try me 😂"),
    )
    assert assess(conv, child="A").risk is not Risk.SEXTORTION


def test_distress_before_the_threat_does_not_make_it_sextortion():
    conv = chat(
        ("A", "im so scared of the exam"),
        ("B", "pay up by friday or im telling everyone"),
        ("A", "lol ok"),
    )
    assert assess(conv, child="A").risk is not Risk.SEXTORTION


def test_coach_organising_practice_with_the_parent_in_the_chat_stays_benign():
    conv = chat(
        ("B", "Practice moved to tomorrow at 5 at Riverside Fields"),
        ("B", "I can pick Jordan up at 4:30 if that works?"),
        ("C", "That would be great, thank you coach"),
        ("A", "can i bring my cleats"),
    )
    assert assess(conv, child="A").risk is Risk.BENIGN


def test_mom_planning_a_birthday_surprise_stays_benign():
    conv = chat(
        ("B", "Are you home? Is Dad there?"),
        ("A", "no hes at work"),
        ("B", "Don't tell your sister but we got her the bike for her birthday! keep it a secret"),
        ("B", "And delete this in case she grabs your phone"),
    )
    assert assess(conv, child="A").risk is Risk.BENIGN


def test_a_french_mum_speaking_of_papi_and_papa_is_family_talk():
    conv = chat(
        ("B", "Coucou, samedi a 15h je viens te chercher a la gare apres ton cours"),
        ("A", "ok"),
        ("B", "Chut, on achete le cadeau de papi, c'est une surprise. Dis rien a papi et efface ce message"),
        ("A", "promis"),
    )
    result = assess(conv, child="A")
    assert result.risk is Risk.BENIGN and result.urgency is Urgency.ROUTINE
    assert any("family" in note for note in result.notes), result.notes


@pytest.mark.parametrize("lines", [
    ["i can send u 1000 robux rn, i have spare", "but u gotta do something for me first",
     "would u do anything for me? yes or no", "answer fast, offer ends in 5 min"],
    ["je peux te donner une carte cadeau de 20€", "mais faut que tu me prouves que t'es cool",
     "tu ferais n'importe quoi pour 20€? oui ou non", "reponds vite sinon je la donne a un autre"],
    ["te puedo pasar 300 pesos en tu cuenta del juego", "pero tienes que demostrarme que eres de confianza",
     "¿harias lo que yo te pida? si o no", "contesta ya o se lo doy a otro"],
])
def test_a_gift_held_back_until_the_child_proves_they_will_obey_is_grooming(lines):
    conv = chat(*[message for line in lines for message in (("B", line), ("A", "why?"))])
    result = assess(conv, child="A")
    assert result.risk is Risk.GROOMING, [h.why for h in result.hits]


@pytest.mark.parametrize("text,danger", [
    ("hay un carro parado afuera de mi casa, tengo mucho miedo, estoy sola", True),
    ("y a une voiture garee devant chez moi et je suis seule j'ai peur", True),
    ("there's a car parked outside my house and nobody's home", True),
    ("hay un carro afuera de mi casa bloqueando la salida jaja", False),
])
def test_someone_outside_the_childs_home_with_fear_or_nobody_home_is_danger_now(text, danger):
    result = assess(chat(("B", "hey"), ("A", text)), child="A")
    assert (UrgencyReason.CHILD_IN_DANGER in result.urgency_reasons) is danger


def test_friends_keeping_a_surprise_party_secret_stay_benign():
    conv = chat(("B", "surprise party for mia friday! DONT tell her"), ("B", "delete this chat in case she looks"), ("A", "ok"))
    assert assess(conv, child="A").risk is Risk.BENIGN


def test_same_age_peers_complimenting_each_other_stay_benign():
    conv = chat(
        ("B", "omg ur costume 😍 u look so pretty"),
        ("A", "stoppp"),
        ("B", "send me a pic of ur hair when its done!!"),
        ("B", "see u backstage at 6"),
    )
    result = assess(conv, child="A")
    assert result.risk is Risk.BENIGN and result.urgency is Urgency.ROUTINE


def test_score_is_in_unit_interval_and_benign_chat_scores_low():
    conv = chat(("B", "did u finish the essay"), ("A", "half of it"))
    result = assess(conv, child="A")
    assert 0.0 <= result.score < RISK_THRESHOLD
    assert result.first_alert_index is None


def test_first_alert_index_is_the_first_message_that_crosses_the_threshold():
    conv = chat(*GROOMING_OPENING, ("B", "send me a pic of u rn"))
    result = assess(conv, child="A")
    assert result.first_alert_index is not None
    prefix = Conversation(format="test", messages=conv.messages[: result.first_alert_index + 1])
    assert alerts(prefix, child="A")
    before = Conversation(format="test", messages=conv.messages[: result.first_alert_index])
    assert not alerts(before, child="A")


def test_notes_say_how_the_child_was_identified():
    conv = chat(*GROOMING_OPENING)
    assert any("named by the report" in n for n in assess(conv, child="A").notes)
    assert any("inferred" in n for n in assess(conv).notes)


def test_infer_child_uses_a_hint_that_matches_a_participant():
    conv = chat(*GROOMING_OPENING)
    assert infer_child(conv, "A") == ("A", "named by the report")
    assert infer_child(conv, " a ") == ("A", "named by the report")


def test_infer_child_finds_who_discloses_an_age_and_is_asked_the_probes():
    conv = chat(*GROOMING_OPENING)
    child, how = infer_child(conv, None)
    assert child == "A" and how.startswith("inferred:")
    child, how = infer_child(conv, "Zed")
    assert child == "A" and "not a participant" in how


def test_infer_child_says_so_when_nobody_stands_out():
    child, how = infer_child(chat(("A", "hi"), ("B", "hi")), None)
    assert child is None and "not identified" in how


def test_assessment_is_deterministic():
    conv = chat(*GROOMING_OPENING, ("B", "i can pick u up tomorrow after school"))
    assert assess(conv, child="A") == assess(conv, child="A")


def test_a_child_on_the_way_to_a_planned_meeting_is_in_danger():
    conv = chat(*GROOMING_OPENING, ("B", "i can pick u up tomorrow after school"), ("A", "ok im on my way"))
    assert assess(conv, child="A").urgency_reasons == (UrgencyReason.MEETING_PLANNED, UrgencyReason.CHILD_IN_DANGER)
    before = chat(*GROOMING_OPENING, ("A", "on my way home lol"), ("B", "i can pick u up tomorrow after school"))
    assert assess(before, child="A").urgency_reasons == (UrgencyReason.MEETING_PLANNED,)
