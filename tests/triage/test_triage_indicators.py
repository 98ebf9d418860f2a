"""Each category fires on a positive example in English, French and Spanish, stays silent on a
near miss, and points its span at the original words."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from helpers_triage import categories, chat  # noqa: E402

from tipline.model import IndicatorCategory  # noqa: E402
from tipline.triage import find_hits  # noqa: E402

# category: (positives EN/FR/ES, near misses)
CONTACT_CASES = {
    "age_probe": (["how old r u?", "t'as quel âge?", "¿cuántos años tienes?"], ["how old is your dog?", "quel âge a ton chien"]),
    "personal_info_probe": (["what school do u go to", "t'es à quelle école?", "¿en qué secu vas?"], ["school was fun today"]),
    "supervision_probe": (["r ur parents home?", "tes parents regardent ton cell?", "¿estás sola en casa?"], ["is her mom home?", "my parents are home"]),
    "secrecy": (["dont tell ur mom about us", "dis rien à tes parents", "no se lo digas a tus padres"], ["tell your mom i said hi", "don't share the class code outside class"]),
    "platform_migration": (["add me on snap its easier", "t'as snap?", "pásate a Telegram"], ["i took a snap of the sunset"]),
    "flattery_bond": (["ur so mature for 12", "t'es vraiment belle", "eres muy madura para tu edad"], ["the match was so mature of the ref lol"]),
    "isolation": (["ur parents dont get u like i do", "je suis le seul qui te comprend", "soy el único que te entiende"], ["my parents get me a snack after school"]),
    "gifts_inducements": (["ill send u 800 robux", "j'ai une carte-cadeau pour toi", "te regalo 1000 pavos"], ["i bought robux for myself"]),
    "image_request": (["send me a pic of u rn", "envoie-moi une photo de toi", "mándame una foto tuya"], ["send me a pic of the garage door", "envoie une photo du gâteau", "mándame una foto de la tarjeta"]),
    "compliance_testing": (["would u do anything for me?", "t'as confiance en moi non?", "¿confías en mí?"], ["i trust the weather app"]),
    "deception": (["long day at work... i mean at school lol", "grosse journée au bureau... ben à l'école je veux dire", "yo llego en mi coche... bueno, me lleva mi hermano"], ["i mean it, great game"]),
    "meeting_proposal": (["lets meet up saturday", "je t'attends au dépanneur", "¿y si nos vemos el sábado?"], ["lets meet on video tomorrow", "we met in class"]),
    "romantic_framing": (["we're basically together right?", "t'es ma blonde maintenant", "somos novios, ¿no?"], ["we're together in the science group"]),
    "threat_coercion": (["i will share ur pics with ur whole class", "sinon j'envoie la photo à tous tes abonnés", "se la mando a tu mamá"], ["i will share the slides with the class"]),
    "financial_demand": (["send $200 in gift cards", "fais un virement de 200$", "500 pesos en tarjeta de regalo"], ["i got a gift card for my birthday"]),
    "pressure_urgency": (["u have 1 hour", "t'as 2 heures", "tienes una hora"], ["the movie is 1 hour long"]),
}
CHILD_CASES = {
    "child_age_disclosure": (["13", "j'ai 12 ans", "tengo 11"], ["like 15 min", "142 i think"]),
    "child_distress": (["im so scared", "j'ai peur", "tengo mucho miedo"], ["the movie was scary lol"]),
    "self_harm": (["i just want to die", "je veux mourir", "me quiero morir"], ["im literally dead 💀", "this homework is killing me"]),
}


@pytest.mark.parametrize(
    "category,text", [(c, t) for c, (pos, _) in CONTACT_CASES.items() for t in pos], ids=lambda v: str(v)[:30]
)
def test_contact_tactic_fires_on_a_positive_example_from_the_contact(category, text):
    conv = chat(("B", text), ("A", "ok"))
    assert category in categories(find_hits(conv, child="A"))


@pytest.mark.parametrize(
    "category,text", [(c, t) for c, (_, neg) in CONTACT_CASES.items() for t in neg], ids=lambda v: str(v)[:30]
)
def test_contact_tactic_stays_silent_on_a_near_miss(category, text):
    conv = chat(("B", text), ("A", "ok"))
    assert category not in categories(find_hits(conv, child="A"))


@pytest.mark.parametrize("category,text", [(c, t) for c, (pos, _) in CHILD_CASES.items() for t in pos], ids=lambda v: str(v)[:30])
def test_child_signal_fires_on_the_childs_own_message(category, text):
    conv = chat(("B", "hey"), ("A", text))
    assert category in categories(find_hits(conv, child="A"))


@pytest.mark.parametrize("category,text", [(c, t) for c, (_, neg) in CHILD_CASES.items() for t in neg], ids=lambda v: str(v)[:30])
def test_child_signal_stays_silent_on_a_near_miss(category, text):
    conv = chat(("B", "hey"), ("A", text))
    assert category not in categories(find_hits(conv, child="A"))


def test_contact_tactics_on_the_childs_own_messages_do_not_count():
    conv = chat(("A", "how old r u? dont tell ur mom lol"), ("B", "13"))
    hits = find_hits(conv, child="A")
    assert not any(h.category not in {IndicatorCategory.CHILD_AGE_DISCLOSURE} for h in hits if h.index == 0)
    assert "age_probe" not in categories(hits) and "secrecy" not in categories(hits)


def test_child_signals_on_the_contacts_messages_do_not_count():
    conv = chat(("B", "im 13 and im so scared lol"), ("A", "ok"))
    assert categories(find_hits(conv, child="A")) == set()


def test_system_messages_never_hit():
    conv = chat((None, "how old r u? send me a pic of u"), ("A", "hi"))
    assert find_hits(conv, child="A") == []
    assert find_hits(conv, child=None) == []


def test_spans_point_into_the_original_text_even_after_emoji_and_accents():
    text = "😊🎉 Héllo!! ¿Cuántos años tienes? 😳 t'as quel âge"
    conv = chat(("B", text), ("A", "12"))
    hits = [h for h in find_hits(conv, child="A") if h.category is IndicatorCategory.AGE_PROBE]
    assert hits
    start, end = hits[0].span
    assert text[start:end] == "Cuántos años tienes"


def test_spans_cover_texting_forms_and_squeezed_letters():
    text = "heyyy 😍 how oldddd r u?"
    hit = find_hits(chat(("B", text)), child="A")[0]
    assert hit.category is IndicatorCategory.AGE_PROBE
    assert text[hit.span[0] : hit.span[1]] == "how oldddd r u"
    assert hit.why == 'asks the child\'s age: "how oldddd r u"'


def test_each_hit_carries_index_category_span_and_a_one_line_why():
    conv = chat(("B", "hi"), ("A", "hi"), ("B", "r ur parents around? dont tell them about me"))
    hits = find_hits(conv, child="A")
    assert {h.index for h in hits} == {2}
    for hit in hits:
        assert "\n" not in hit.why and '"' in hit.why
        assert 0 <= hit.span[0] < hit.span[1] <= len(conv.messages[2].text)
