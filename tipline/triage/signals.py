"""Child signals (read on the child's messages) and context cues (read on any message).

Child signals are the three ``CHILD_SIGNALS`` categories plus a "danger now" subtype of
distress. Context cues are not indicators: they tell the scorer about the setting, e.g. a
family member is speaking, a parent is in the loop, or the contact claims to hold an image.
"""

from __future__ import annotations

import re

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import PAR_EN, Pattern, _p

# --- child signals: shared local fragments --------------------------------------------------

_EMOJI = r"[\u2600-\u27bf\U0001F300-\U0001FAFF]"
_AGE = r"(?:[5-9]|1[0-7])"
_AGE_EN = (
    r"(?:five|six|seven|eight|nine|ten|ele?ven|elevn|twel(?:ve|v|f)|th[ie]rt(?:ee|e|ie)n|fou?rt(?:ee|e|ie)n|"
    r"fift(?:ee|e|ie)n|sixt(?:ee|e|ie)n|sevent(?:ee|e|ie)n)"
)
_AGE_FR = r"(?:cinq|six|sept|huit|neuf|dix|onze|dou[zs]e|trei[zs]e?|trez|[qk]uatorze?|katorze?|[qk]uinze?|sei[zs]e|dix[- ]?sept)"
_AGE_ES = (
    r"(?:cinco|seis|siete|ocho|nueve|die[zs]|once|do[cs]e|tre[cs]e|[ck]ator[cs]e|[qk]uin[cs]e|"
    r"die[cz]i ?(?:seis|siete)|die[cz]isiete|die[cz]iseis|diesi(?:seis|siete))"
)
_AGE_ANY = rf"(?:{_AGE}|{_AGE_EN}|{_AGE_FR}|{_AGE_ES})"
# A number that is a height, a duration, a score, a price, a decimal or a list, not an age.
_NOT_UNIT = (
    r"(?!\s*(?:['\"/%$:+^*x]|[.,-]\s?\d|\s\d|(?:years?|yrs?|y)\b(?!\s*(?:old\b|young\b|o\b|\.o\b))|"
    r"(?:min|mins|minutes?|secs?|seconds?|h|hrs?|hours?|days?|weeks?|wks?|months?|mos?|ft|feet|foot|inch(?:es)?|"
    r"cm|m|km|k|mi|miles?|lbs?|pounds?|kgs?|kilos?|percent|pct|points?|pts|pm|am|o'clock|dollars?|bucks|euros?|"
    r"pesos?|times|more|less|behind|ahead|deep|short|away|off|left|down|over|under|in a row|hundo|hundred|thousand|mil|million|billion|out of|of (?:us|them|you|my|the|your|those|these)|"
    r"kills?|games?|pages?|episodes?|credits?|people|kids|cats|dogs|hundred)\b))"
)
# What may follow a bare number for it to read as an answer to "how old are you".
_BARE_TAIL = (
    rf"(?=(?:\s*[.!~)]+)*\s*(?:$|{_EMOJI})"
    r"|[\s,]+(?:years? old|yrs? old|yo\b|y\.?o\b|y/o|ans\b|anos\b)"
    r"|[\s,!]*(?:and you|& you|you\s*\?|and you\b|wbu|hbu|how about you|what about you|toi\b|et toi|y tu\b|y vos|y usted|"
    r"lol|lmao|haha|hehe|jaja|jeje|jsjs|mdr|ptdr|xd\b|but\b|mais\b|pero\b|almost|nearly|casi|presque|bientot|turning|"
    r"soon|next (?:month|week|year)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|en (?:enero|febrero|marzo|"
    r"abril|mayo|junio|julio|agosto|sep|oct|nov|dic|janvier|fevrier|mars|avril|mai|juin|juillet|aout)|grade\b|grado\b|annee\b|"
    r"y medio|and a half|et demi|i can't|not\b|tho\b|though\b))"
)
# What may follow "i'm 13" / "tengo 13" / "j'ai 13": an age word, the end, a joke, a question back.
_AGE_TAIL = (
    rf"(?=\s*(?:$|[.!?,;)~]|{_EMOJI}|(?:years?|yrs?) (?:old|young)|yo\b|y/o|ans\b|anos\b|anitos\b|and\b|&|but\b|mais\b|pero\b|"
    r"et\b|y\b|e\b|lol|lmao|haha|jaja|jeje|jsjs|mdr|ptdr|xd\b|you\b|toi\b|tu\b|wbu|hbu|almost|nearly|casi|presque|bientot|"
    r"turning|soon|next\b|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|going on|now\b|rn\b|right now|btw|tho\b|"
    r"though|not\b|so\b|too\b|ya\b|nomas|no mas|i\b|i'm\b|je\b|j'|yo\b|en\b|in\b))"
)
_YES = r"(?:(?:ya|yes|yeah|yea|yep|yup|si|oui|ouais|ouai|wi|nah|no|non|um+|uh+|hm+|well|lol|haha|jaja|mdr|ok|okay)[\s,.!]+)"
_ORD_EN = r"(?:[1-9]|1[0-2])(?:st|nd|rd|th)"
_ORD_FR = r"(?:[1-6](?:e|eme|ieme|em)|sixieme|cinquieme|quatrieme|troisieme|cm ?[12]|ce ?[12])"
_ORD_ES = r"(?:[1-9](?:ro|do|er|ero|to|vo|no|mo|o|°)?|primero?|segundo|tercero?|cuarto|quinto|sexto|septimo|octavo|noveno)"
_SCHOOL_ES = r"(?:de |d |del )?(?:secundaria|secu|prepa|primaria|prim|eso|bachillerato|bachi|basico|basica|medio|grado|ano)\b"

# Distress fragments.
_INT_EN = (
    r"(?:so|really|rlly|rly|literally|very|super|proper|pretty|actually|genuinely|fucking|freaking|kinda|kind of|"
    r"a bit|a little|too|just|honestly|lowkey|deadass|getting|still|now)"
)
_SCARED = r"(?:scared|scard|scaared|skared|scaired|afraid|afriad|frightened|terrified|terified|petrified|freaked out|freaking out|panicking|panicing)"
_INT_FR = r"(?:tellement|tres|vraiment|trop|si|hyper|grave|super|tant|trop trop|un peu|vrm|vraimen)"
_INT_ES = r"(?:mucho|muncho|mucha|muchisimo|muy|tanto|tanta|re|demasiado|bastante|un poco de|bien|super|full|un chingo de)"

# Fear of something ordinary ("scared of heights", "afraid to look", "terrified but excited") is not distress;
# fear of the contact, of what happens next, or fear with nothing after it is.
_FEAR_OBJECT = (
    r"(?!\s+(?:for|to (?!tell|go (?:home|outside|to school)|say no|leave|answer|reply|open|sleep|look at my phone)|that|i\b|it\b|it'll|"
    r"we|you'll|you'd|when|so\b|not|but|tho|though|about|if|at|now\b|"
    r"of (?!you\b|him\b|her\b|them\b|what|this|that|it\b|he\b|she\b|my (?:parents|mom|mum|dad|family)|everyone)))"
)
# Distress regexes stay silent when laughing surrounds them ("that movie was so scary lol", "stop spamming 😂").
_CALM_AFTER = r"(?![^\n]{0,30}?(?:\blol\b|\blmao|\bhaha|\bahah|\bhehe|\bjk\b|\bjaja|\bjeje|\bmdr\b|\bptdr|\bxd\b|😂|🤣|💀|😆|😅|:\)|:p\b|:d\b))"


def _calm(*regexes: str) -> list[str]:
    return [rf"(?:{r}){_CALM_AFTER}" for r in regexes]


# Self-harm fragments.
_MYSELF = r"(?:myself|my self|myslef|myslf|myselv|mysef|myseld|myselfe)\b"
_ADV_EN = (
    r"(?:just|really|honestly|literally|seriously|actually|kinda|lowkey|fr|so|still|sometimes|probably|finally|"
    r"genuinely|totally|truly|deadass|go|wanna|want to|gonna)"
)
# Laughing or joking just before or right after: "kms lol", "lol i want to die", "je veux mourir mdr" is
# hyperbole, "i want to die fr, not joking" is not. Every self-harm regex is wrapped with these.
_LOL_I = r"(?<!lol i)(?<!lmao i)(?<!haha i)(?<!jaja i)(?<!xd i)(?<!jk i)"
_JOKE_AFTER = (
    r"(?![^\n]{0,50}?(?:\blol\b|\blmao|\blmfao|\brofl|\bhaha|\bahah|\bhehe|\bjk\b|\bjaja|\bjeje|\bjsjs|\bmdr\b|\bptdr|"
    r"\bxd\b|\bjust (?:kidding|joking)|\bje rigole\b(?! pas)|\bjrigole\b(?! pas)|\bjoke\b(?<!no joke)|"
    r"😂|🤣|💀|😹|😆|😅|🙃|🤪|😜|😝))"
)


def _serious(*regexes: str) -> list[str]:
    """Self-harm regexes that stay silent when laughing or joking surrounds the match."""
    return [rf"(?:{r}){_JOKE_AFTER}" for r in regexes]


_HYPERBOLE_END = (
    r"(?!\s+(?:of|from|laughing|in (?:a|my) (?:hole|bed)|de (?:rire|honte|faim|chaud|froid|ennui|fatigue|sommeil|envie)|"
    r"d'(?:ennui|envie)|sous terre|de (?:risa|verguenza|pena|sueno|hambre|calor|frio|amor|aburrimiento|envidia|nervios|ganas)))"
)
_FR_WANT = (
    r"(?:je (?:veux|veu|vx|voudrais|voudrai|vais|compte)|j'?\s?(?:veux|veu|vx|vais)|jveux|jveu|jvais|"
    r"(?:j'?\s?ai|g|j) (?:(?:tellement|trop|vraiment|tres|grave|juste) )?(?:envie|envi|envies|besoin) d'?e?|"
    r"je pense a|jpense a|j'?\s?pense a)"
)
_ES_WANT = (
    r"(?:quiero|kiero|qiero|kero|quisiera|kisiera|voy a|vo a|tengo ganas de|me dan ganas de|dan ganas de|ganas de|"
    r"pienso en|estoy pensando en|he pensado en|necesito)"
)

CHILD_PATTERNS: list[Pattern] = [
    # Three groups of one category, so that the literal prefilter skips the two that need words
    # ("i'm", "tengo", "grade") and only the short anchored group runs on every message.
    *_p(
        C.CHILD_AGE_DISCLOSURE,
        "the child answers with their age or grade",
        # A bare answer: "13", "ya 15", "13 u?", "14, grade 9", "ya, 16 in june", "11 ans", "7th", "age 13".
        rf"^\W*{_YES}?(?<![!?]){_AGE}\b{_BARE_TAIL}",
        rf"^\W*{_YES}?(?:{_AGE}|{_AGE_FR}|{_AGE_ES})\s*(?:ans|anos|anitos)\b",
        rf"^\W*{_YES}?(?:in\s+)?(?:{_ORD_EN}|{_ORD_FR}|(?:[1-9]|1[0-2])e)\b(?=\s*(?:$|[.!?,)]|{_EMOJI}|"
        rf"grade\b(?!\s+(?:was|is|were|teacher|math|science|english|class))|annee|you\b|toi\b|lol|mdr|haha|et toi))",
        rf"^\W*{_YES}?in\s+(?:the\s+)?{_ORD_EN}\s+grade\b",
        rf"^\W*age:?\s*{_AGE}\b{_NOT_UNIT}",
    ),
    *_p(
        C.CHILD_AGE_DISCLOSURE,
        "the child says their age",
        # "i'm 12", "im only 13 lol", "i am twelve", "i'm almost 14".
        rf"\b(?:i'm|i am)\s+(?:(?:only|just|like|almost|nearly|about|actually|literally|already|still|turning|gonna be|"
        rf"going to be|barely)\s+){{0,2}}(?:{_AGE}|{_AGE_EN})\b{_NOT_UNIT}",
        rf"\b(?:my age is|my age's|i'm age)\s*{_AGE}\b{_NOT_UNIT}",
        # "just turned 14", "i turn 13 next week", "i'll be 12 in june".
        rf"\b(?:just turned|i turned(?<!when i turned)(?<!after i turned)(?<!since i turned)(?<!once i turned)"
        rf"(?<!before i turned)|i turn|i'm turning|i'll be|i will be|i'm going to be|i'm gonna be)\s+(?:{_AGE}|{_AGE_EN})\b"
        rf"{_NOT_UNIT}{_AGE_TAIL}",
        # FR: "j'ai 12 ans", "jai 13 mdr", "moi 11 ans", "je viens d'avoir 14 ans", "j'aurai 13 ans".
        rf"\b(?:j'?\s?ai|g|moi|moi j'?\s?ai|j'?\s?aurai|je (?:vais|viens d') ?avoir|j'?\s?(?:vais|viens d') ?avoir|jviens d'?\s?avoir|"
        rf"jvais avoir|j'?\s?ai eu|je fais|je vais sur mes|j'?\s?vais sur mes)\s+(?:(?:que|genre|presque|bientot|deja|juste|seulement)\s+)?"
        rf"(?:{_AGE}|{_AGE_FR})\s*ans\b",
        rf"\b(?:j'ai|jai|j ai|j' ai|moi)\s+(?:(?:que|genre|presque|bientot|deja|juste|seulement)\s+)?{_AGE}\b{_NOT_UNIT}"
        rf"(?=\s*(?:$|[.!?,;)]|{_EMOJI}|mdr|ptdr|lol|xd\b|et\b|mais\b|toi\b|bientot|presque))",
        # ES: "tengo 12 años", "tengo 13 jaja", "acabo de cumplir 14", "cumplo 12 en mayo".
        rf"\btengo\s+(?:(?:ya|apenas|casi|solo|solamente|recien|nomas)\s+)?(?:{_AGE}|{_AGE_ES})\b{_NOT_UNIT}{_AGE_TAIL}",
        rf"\b(?:acabo de cumplir|recien cumpli|ya cumpli|cumpli|voy a cumplir|cumplo|cumplire|ya voy a cumplir)\s+(?:los\s+)?"
        rf"(?:{_AGE}|{_AGE_ES})\b{_NOT_UNIT}",
    ),
    *_p(
        C.CHILD_AGE_DISCLOSURE,
        "the child says their school grade",
        # EN: "im in 7th grade", "i'm in 7th", "i'm a 6th grader", "grade 8", "year 8" (UK), "i'm in middle school".
        rf"\b(?:i'm in|i am in|i'm going into|i'm starting|i'm finishing|going into|starting)\s+(?:the\s+)?{_ORD_EN}"
        rf"(?:\s+grader?\b|{_AGE_TAIL})",
        rf"\b(?:i'm|i am)\s+(?:(?:only|just|still)\s+)?(?:an?\s+)?{_ORD_EN}\s+grader?\b",
        rf"\b(?:i'm|i am|i'm in|in(?<!was in)(?<!were in)(?<!'s in)(?<!is in))\s+(?:grade|year)\s+(?:[1-9]|1[0-3])\b{_NOT_UNIT}",
        rf"\b(?:a|an)(?<!was a)(?<!was an)(?<!were a)(?<!were an)\s+{_ORD_EN}\s+grader\b",
        r"\b(?:i'm|i am)\s+(?:(?:only|just|still)\s+)?in\s+(?:middle school|junior high|elementary school|primary school|"
        r"high school|grade school|elementary(?!\s+(?:education|ed|teaching))|primary(?!\s+(?:care|school teaching)))\b",
        r"\bgrade(?<!was in grade)(?<!were in grade)(?<!'s in grade)(?<!is in grade)(?<!at grade)(?<!since grade) (?:[1-9]|1[0-2])\b"
        r"(?! (?:was|teacher|math|level|reading|student))",
        # FR: "en 5eme", "jsuis en 5e", "6e annee", "en sec 2", "je suis en seconde".
        r"\ben (?:[1-6](?:e|eme|ieme|em)|sixieme|cinquieme|quatrieme|troisieme|cm ?[12]|ce ?[12])\b"
        r"(?!\s*(?:position|place|rang|ligne|etage|minute|heure))",
        r"\b(?:[1-6](?:e|eme|ieme)|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme) annee\b",
        r"\ben (?:sec|secondaire) ?[1-5]\b",
        r"\b(?:je suis|jsuis|j'?\s?suis|chui|chu|je rentre|je passe|je vais|je serai) en (?:seconde|premiere|terminale|[1-6]e)\b",
        # ES: "voy en 1ro de secu", "estoy en sexto de primaria", "2do de secundaria", "6to grado".
        rf"\b(?:voy|estoy|ando|paso|pase|entro|entre|curso|iba)\s+(?:en|a)\s+(?:el\s+|la\s+)?{_ORD_ES}\b"
        rf"(?=\s*(?:{_SCHOOL_ES}|$|[.!,;)?]|{_EMOJI}|y\b|jaja))",
        rf"\b{_ORD_ES}\s+{_SCHOOL_ES}(?<!\d ano)(?<!\do ano)",
    ),
    *_p(
        C.CHILD_DISTRESS,
        "the child says they are scared or trapped",
        *_calm(
            # EN: "i'm so scared", "im scard", "i'm proper frightened", "i feel trapped", "you're scaring me".
            rf"\b(?:i'm|i am|i feel|i'm feeling|i'm getting|i feel so)\s+(?:{_INT_EN}\s+){{0,3}}{_SCARED}\b{_FEAR_OBJECT}",
            rf"\bi feel (?:{_INT_EN}\s+){{0,2}}(?:trapped|helpless)\b",
            rf"\b(?:i'm|i am) (?:{_INT_EN}\s+){{0,2}}trapped\b(?!\s+(?:in|into)\b)",
            r"\b(?:you're|you are|your|he's|he is|she's|this is) (?:really |kinda |so |literally |actually )?(?:scaring|freaking) me(?: out)?\b",
            r"\bi'm (?:literally |so )?(?:shaking|panicking|having a panic attack)\b(?!\s+(?:about|over|because))",
            r"\bi can'?t (?:stop (?:crying|shaking)|breathe|think straight)\b",
            r"\bi can'?t think\b(?=\s*(?:$|[.!,]|i'm|please))",
            r"\bi can'?t (?:do this|take this|take it|handle this|handle it|deal with this|go on)(?: any ?more| no more| like this)\b",
            r"\bi (?:don'?t|do not) want to (?:talk|do this|do it|do that|send (?:it|anything|more|that|another|pics?|photos?))"
            r"(?: to you)?(?: any ?more| no more)\b",
            rf"\bi (?:don'?t|do not) want to (?:talk to you|do this|send (?:it|anything|more|that|another|pics?|photos?))"
            rf"(?=\s*(?:$|[.!,]|please|{_EMOJI}))",
            r"\b(?:so )?tired of (?:everything|all of this|all this)\b",
            r"\bi (?:don'?t|do not) know what to do any ?more\b",
            # "please stop", "plz stop 😭", "stop messaging me", "i want this to end", "make it stop".
            rf"\bplease\W{{0,3}}(?:just |man |bro |dude )?(?:stop|don'?t)(?: do (?:it|anything|that|this))?"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|please|i\b|i'm|it\b|this\b|now\b|right now|already|man\b|bro\b|dude\b|stop\b))",
            r"\bstop (?:it|this)\s*(?:please|now)\b",
            r"\bstop (?:messaging|msging|texting|dming|talking to|writing to|contacting|calling|threatening|asking|bothering|"
            r"harassing|following|blackmailing|sending|emailing|snapping|pressuring|scaring|touching) me\b",
            r"\bi (?:just |really |only )?want (?:this|it|all this|everything|all of this)(?: all)? to (?:stop|end|be over)\b",
            r"\bmake (?:it|this|him|her|them) stop\b",
            r"\bplease (?:just )?(?:delete|remove|erase) (?:it|them|that|the (?:pics?|photos?|videos?|picture))\b",
            r"\bplease (?:don'?t|do not) (?:send|post|share|show|leak|spread|expose) (?:it|them|that|this|anything|my|to)\b",
            r"\bplease (?:don'?t|do not) tell (?:my|anyone|everyone)\b",
            r"\bleave me alone\b",
            r"\bi(?:'m| am) so sorry please\b",
            # FR: "j'ai peur", "jai trop peure", "laisse-moi tranquille", "arrete de m'ecrire", "je veux que ca s'arrete".
            rf"\b(?:j'?\s?ai|g)\s+(?:{_INT_FR}\s+){{0,2}}peure?\b(?!\s+(?:que (?:ca marche|ce soit|il pleuve)|de (?:rater|manquer|pas avoir)))",
            r"\b(?:j'?\s?ai|g) (?:la trouille|les jetons|la frousse)\b",
            r"\b(?:je suis|jsuis|je me sens|chu|chui) (?:tellement |trop |vraiment |tres )?(?:terrifiee?|effrayee?|apeuree?|paniquee?|en panique)\b",
            r"\b(?:tu me fais|vous me faites|il me fait) (?:tellement |trop |vraiment |tres )?(?:peur|flipper)\b",
            r"\bje (?:flippe|panique|tremble)\b",
            r"\bje me sens (?:pris|prise|coincee?|piegee?|prise? au piege)\b",
            r"\bje suis (?:pris|prise) au piege\b",
            r"\b(?:s'il vous plait|s'il te plait) (?:arrete|arretez|fais pas ca|faites pas ca|efface|supprime)",
            r"\b(?:arrete|arretez|arrete toi)\s*(?:s'il te plait|s'il vous plait)\b",
            r"\b(?:arrete|arretez|arrete) de m(?:e |'|\s)?\s?(?:ecrire|texter|parler|harceler|menacer|contacter|envoyer|appeler|"
            r"ecrire|suivre|faire peur|stresser)",
            r"\b(?:laisse|laissez|lache|lachez|fous|foutez|fiche|fichez)[- ]moi (?:tranquille|en paix|la paix)\b",
            r"\bje veux (?:juste |seulement |que )?(?:que )?(?:ca|tout|ça) (?:s'arrete|arrete|finisse|se termine|cesse)\b",
            r"\bje (?:ne )?sais (?:plus|vraiment pas|pu) quoi faire\b",
            r"\bje (?:ne )?veux (?:plus|pas|pu) (?:faire ca|continuer|parler)\b",
            # ES: "tengo miedo", "estoy asustada", "dejame en paz", "ya no me escribas", "quiero que esto termine".
            rf"\btengo (?:{_INT_ES}\s+){{0,2}}(?:miedo|panico|mieo)\b",
            r"\b(?:estoy|me siento) (?:muy |re |bien |super |tan |demasiado )?(?:asustad[oa]|aterrad[oa]|atrapad[oa]|"
            r"temblando|en peligro|desesperad[oa]|en panico)\b(?!\s+(?:en|con|por el|por la)\b)",
            r"\bme (?:das|estas dando|estas asustando|asustas) (?:mucho |muncho |tanto )?(?:miedo)?",
            r"\bme siento atrapad[oa]\b",
            r"\bpor ?favor,? (?:ya )?(?:borrala|borralo|borralas|no|para|parale|dejame|detente|basta)\b",
            rf"\b(?:ya|porfa|por favor|plis|xfa)\W{{0,3}}(?:para(?:le)?|basta|detente|deten)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|ya\b|porfa|por favor|plis|xfa|tengo|no\b))",
            rf"\b(?:ya )?basta\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|porfa|por favor|plis|xfa|ya\b))",
            r"\b(?:deja|dejen|deje) de (?:escribirme|mandarme|hablarme|molestarme|amenazarme|seguirme|acosarme|llamarme|presionarme)\b",
            r"\b(?:ya )?no me (?:escribas|mandes|hables|molestes|amenaces|busques|llames)\b",
            r"\bdejame (?:en paz|tranquil[oa]|ya)\b",
            r"\bquiero que (?:esto|todo|ya) (?:termine|se acabe|pare|acabe|se termine)\b",
            r"\b(?:ya )?no (?:quiero|kiero) (?:seguir con esto|hacer esto|hacerlo|seguir)\b(?!\s+(?:viv|estudi|trabaj|jug|con (?:la|el|mi)))",
            r"\bya no se que (?:hacer|aser|haser)\b",
        ),
    ),
    *_p(
        C.CHILD_DISTRESS,
        "the child says they are in danger now",
        r"\b(?:he|she|they|someone|somebody|some guy|some man|a man|a guy|a stranger|this guy|this man|the guy|the man|"
        r"a car|a van)(?:'s| is| are|'re)? (?:still |right |standing |waiting |parked |sitting |literally )*(?:outside|in front of|"
        r"across from|at|by|near|under) (?:of )?(?:my|the|our) (?:house|home|door|front door|window|room|bedroom|apartment|"
        r"building|gate|school|bus stop)\b(?<!at the school)(?<!at my house)(?<!at my home)(?<!at the house)",
        r"\b(?:he|she|someone|somebody|some guy|some man|a man|a guy|a stranger|this guy|this man|the guy|the man|a car|a van)"
        r"(?:'s| is| are|'re)? (?:still |literally |been )?(?:following|stalking|watching) me\b(?!\s+(?:on|back|around on|online|play|do|get|and|from|with))",
        r"\b(?:there's|there is) (?:a man|a guy|someone|somebody|a stranger|a car|a van) (?:outside|following me|watching me|"
        r"at my (?:door|window)|in front of my)",
        r"\b(?:he|someone|somebody) (?:followed|follows) me (?:home|to school|from school|to my house)\b",
        r"\b(?:he's|he is|someone's|someone is|somebody is|somebody's|they're|they are) (?:trying to (?:get|break) in|breaking in)"
        rf"(?=\s*(?:$|[.!,]|{_EMOJI}|right now|now|please|help|the (?:house|window|door)|my (?:house|room|window)))",
        r"\b(?:he's|he is|she's|she is|they're|they are) (?:coming|on (?:his|her|their) way) (?:to|over to) my (?:house|home|school|place)\b",
        r"\bi'm in danger\b",
        r"\bi am in danger\b",
        r"\b(?:he|she|they) (?:won'?t|will not|wont) let me (?:leave|go home|out)\b",
        r"\b(?:he|she|they) locked me in\b",
        r"\b(?:il|elle|ils|quelqu'un|un (?:homme|mec|gars|monsieur|inconnu|type)|le (?:mec|gars|monsieur|type))(?: est| sont)? "
        r"(?:encore |toujours |juste |la )?(?:devant|dehors devant|en bas de|a la porte de|sous) (?:chez moi|ma (?:maison|porte|fenetre)|"
        r"mon (?:ecole|immeuble|college|lycee|appart)|la (?:maison|porte|fenetre))",
        r"\bil est (?:devant|dehors|a) (?:chez moi|la porte|mon ecole)\b",
        r"\b(?:quelqu'un|un (?:homme|mec|gars|monsieur|inconnu|type)|le (?:mec|gars|monsieur|type)|ce (?:mec|type|monsieur)|il|elle) "
        r"me (?:suit|suivait|poursuit|surveille|guette)\b(?!\s+(?:sur|pas|plus|depuis longtemps|en ligne|partout sur))",
        r"\b(?:il|elle|quelqu'un) m'attend (?:devant|dehors|en bas|a la sortie)\b",
        r"\bje suis en danger\b",
        r"\b(?:il|elle) (?:veut|essaie|essaye) (?:pas me laisser partir|d'entrer|de rentrer chez moi)\b",
        r"\besta (?:afuera|fuera|enfrente|frente a|parado afuera|esperando afuera|esperandome afuera) (?:de )?(?:mi|la) "
        r"(?:casa|puerta|escuela|ventana|edificio|depa|cuarto)\b",
        r"\b(?:alguien|un (?:senor|hombre|tipo|man|chavo|wey|carro|coche|desconocido)|el (?:senor|tipo|hombre)|ese (?:senor|tipo|hombre|wey)) "
        r"me (?:esta )?(?:sigue|siguiendo|persigue|persiguiendo|vigila|vigilando)\b(?!\s+en\b)",
        r"\bme (?:esta|estan) (?:siguiendo|persiguiendo)\b(?!\s+en\b)",
        r"\bestoy en peligro\b",
        r"\b(?:quiere|esta tratando de|trata de|intenta) (?:entrar|meterse) (?:a|en) mi casa\b",
        flag="danger",
    ),
    *_p(
        C.SELF_HARM,
        "the child says they want to hurt or kill themselves",
        *_serious(
            # EN: "i want to die", "i wanna kill myself", "kms fr", "i want to hurt myslef again", "i'll top myself".
            rf"\bi{_LOL_I} (?:{_ADV_EN}\s+){{0,3}}want to (?:{_ADV_EN}\s+){{0,2}}die\b{_HYPERBOLE_END}",
            rf"\bi{_LOL_I}(?:'m|'ll| am| will)?\s+(?:{_ADV_EN}\s+){{0,3}}(?:(?:want|need|have|plan|tried|try|going|wanted|planning|"
            rf"trying|about|ready|gonna|wanna|used|decided) to\s+|feel like\s+|could\s+|might\s+|should\s+|wish i could\s+|will\s+|"
            rf"keep (?:wanting|trying) to\s+|(?:keep )?think(?:ing)? (?:about|of)\s+)(?:{_ADV_EN}\s+){{0,2}}"
            rf"(?:kill|hurt|cut|harm|off|top|unalive|end|hang|starve|killing|hurting|cutting|harming|ending|hanging) {_MYSELF}",
            rf"\bi{_LOL_I}(?:'ll| will| shall)\s+(?:{_ADV_EN}\s+){{0,2}}(?:kill|hurt|cut|harm|off|top|unalive|end|hang) {_MYSELF}",
            rf"\bi{_LOL_I}(?:'ve| have)? (?:been |started |start |keep |still )(?:cutting|hurting|harming|burning)(?: {_MYSELF}|\s+again)",
            rf"\b(?:cut|hurt|cutting|hurting|harming) {_MYSELF} (?:again|on purpose|every (?:day|night))",
            r"\bkms\b(?<!\d kms)(?<!\dkms)(?<!thousand kms)(?<!hundred kms)(?<!couple kms)(?<!few kms)(?<!many kms)"
            r"(?!\s*(?:off|away|from|per|an hour|a day|/))",
            r"\bself[- ]?harm(?:ing|ed)? (?:again|myself)\b",
            r"\bi (?:(?:still|sometimes|have|started|start) )?self[- ]?harm\b",
            r"\bi(?:'ve| have)? (?:been )?self[- ]?harming\b",
            rf"\bi{_LOL_I} (?:{_ADV_EN}\s+){{0,2}}want to (?:{_ADV_EN}\s+){{0,2}}(?:disappear|vanish|not exist|stop existing|"
            r"sleep forever|go to sleep and never wake up|not wake up|be dead|end it all|end my life|take my (?:own )?life|not be here any ?more)"
            r"(?=\s*(?:$|[.!?,;]|forever|for good|and never|completely|from (?:this|the) (?:world|earth)|any ?more|i\b|i'm|"
            r"[\u2600-\u27bf\U0001F300-\U0001FAFF]|not\b|fr\b|honestly|seriously|no one|nobody))",
            r"\bi (?:just |really |honestly )?wish i (?:was|were) dead\b",
            r"\bi (?:just |really |honestly )?wish i (?:was|were|had|'d) never (?:been )?born\b",
            r"\bi (?:just |really |honestly )?wish i (?:wasn't|weren't) (?:born|alive|here any ?more)\b",
            r"\bi (?:just |really |honestly )?wish i (?:didn't|did not|could stop|would stop) (?:exist|existing|wake up)\b",
            r"\bi (?:just |really |honestly )?wish i could (?:just )?(?:die|disappear forever|stop existing|never wake up)\b",
            r"\bend (?:it all|my life|my own life)\b",
            r"\btake my (?:own )?life\b",
            r"\bi(?:'m| am) (?:going to|gonna|about to|ready to) end it\b(?=\s*(?:$|[.!?,]|tonight|today|now|for good|all))",
            r"\b(?:i'm|i am|i feel|i've been|i have been|i get|i'm getting|i'm feeling|i've been feeling|i was)\s+"
            r"(?:(?:so|really|kinda|very|lowkey|literally|super|pretty|actually|still|always|getting|very very)\s+){0,2}suicidal\b",
            r"\bi(?:'ve| have)? (?:been )?(?:having |getting |had )suicidal (?:thoughts|feelings)\b",
            rf"\bi{_LOL_I}(?:'m| am| will|'ll)? (?:{_ADV_EN}\s+){{0,2}}(?:want to|going to|gonna|wanna|thinking (?:about|of)|think about|"
            r"might|plan to|planning to|tried to|try to|about to|ready to|will|keep thinking about) (?:commit(?:ting)? |attempt(?:ing)? )?suicide\b",
            r"\bi (?:(?:just|really|honestly|literally|seriously|still|genuinely)\s+){0,2}(?:don'?t|do not|dont) want to "
            r"(?:be here|live|exist|be alive|wake up|go on|be on this (?:earth|planet)|live like this|be in this world)"
            r"(?:\s*(?:any ?more|no more|tomorrow|ever again|in the morning)\b|\s*(?:$|[.!,]|[\u2600-\u27bf\U0001F300-\U0001FAFF]))",
            r"\b(?:nobody|no one|noone|no body)(?: would| will|'d|'ll| is going to| even| would even| will even| really| would really)* "
            r"(?:care|notice|miss me|cry|remember me)s? (?:if|when) i(?:'m| am| was| were| died| die| disappeared| disappear| left| leave| "
            r"killed| kill| ended| end| wasn't| weren't| stopped| stop| just disappeared| was gone| were gone)",
            r"\b(?:everyone|everybody|they|you|we|my (?:family|parents|mom|mum|dad|friends)|the world|people)(?: all)? (?:would|'d|will|'ll) "
            r"be (?:so |much |a lot )?better (?:off )?without me\b",
            r"\bbetter off (?:dead|without me)\b",
            r"\bi'm (?:just )?a burden(?: to (?:everyone|everybody|my family|you all))?\s*(?:$|[.!,]|to)",
            r"\b(?:no|there'?s no|i have no|i've got no|i got no) (?:reason|point) (?:to live|in living|living|to go on|to be alive|in being alive)\b",
            r"\bnothing (?:left )?to live for\b",
            r"\blife (?:isn'?t|is not|ain'?t) worth (?:living|it any ?more)\b",
            r"\bwhat'?s the point (?:of|in) (?:living|being alive|going on|me being here)\b",
            r"\b(?:tired|sick) of (?:living|being alive)\b",
            r"\bslit my wrists?\b",
            r"\b(?:take|took|swallow|swallowed) (?:all|a bunch|all of) (?:my|the|of my|of the) (?:pills|meds)\b",
            r"\bi (?:want to|wanna|am going to|'m going to|'ll) (?:overdose|od)\b",
            # FR: "je veux mourir", "jveux en finir", "j'ai envie de me tuer", "jveux plus etre en vie", "j'ai pu envie de vivre".
            rf"\b{_FR_WANT}\s?(?:(?:juste|vraiment|tellement|trop|seulement)\s+)?(?:mourir|mourrir|crever|me tuer|me suicider|"
            rf"me suicide|en finir|me faire du mal|me blesser|me couper|me scarifier|me mutiler|me pendre|me jeter (?:sous|d'un|du|par)|"
            rf"disparaitre(?: pour toujours| a jamais)?|me foutre en l'air|dormir pour toujours|(?:ne )?plus me reveiller|"
            rf"(?:ne )?plus (?:exister|etre la|vivre|etre en vie)|pas vivre)\b{_HYPERBOLE_END}",
            r"\b(?:je (?:ne )?veux|jveux|j'?\s?veux|je ne veux) (?:plus|pu|pas) (?:vivre|etre en vie|etre la|exister|me reveiller)\b",
            r"\bj'?\s?(?:ai|avais) (?:pu|plus|pas|pus) (?:envie|envi|le gout|la force) de vivre\b",
            rf"\benvie?s? d'?e? ?(?:mourir|crever|me tuer|me suicider|en finir|disparaitre|me faire du mal)\b{_HYPERBOLE_END}",
            r"\bme suicider\b",
            r"\bje (?:me fais|me suis fait) du mal\b",
            r"\bje (?:me scarifie|me mutile|me coupe (?:encore|les bras|le bras|les poignets|pour))\b",
            r"\b(?:je suis|jsuis|chu|je me sens|je deviens) (?:tellement |trop |vraiment |tres |un peu |encore )?suicidaire\b",
            r"\bj'?\s?ai des (?:pensees|idees) suicidaires\b",
            r"\bpersonne (?:ne )?(?:\w+ ){0,4}si je (?:disparai|mour|meur|part|me tu|n'etais plus|etais plus|suis plus|crev)",
            r"\b(?:tout le monde|ils|ma famille|mes parents|vous|le monde) (?:seraient?|serait|sera) (?:tellement |bien )?mieux sans moi\b",
            r"\b(?:j'?\s?en peux plus|je n'en peux plus) de vivre\b",
            r"\b(?:aucune|plus de|pas de) raisons? de vivre\b",
            r"\ba quoi (?:bon|ca sert de) vivre\b",
            # ES: "me quiero morir", "m kiero morir", "quiero matarme", "quiero aserme daño", "ya no quiero vivir".
            rf"\b(?:me?\s?|m'\s?)(?:quiero|kiero|qiero|kero|voy a|vo a|kisiera|quisiera) (?:morir|matar|suicidar|cortar|lastimar|colgar|"
            rf"aventar|tirar (?:de|del|por))\b{_HYPERBOLE_END}",
            rf"\b(?:ya )?{_ES_WANT}\s+(?:ya\s+)?(?:morir(?:me)?|matarme|suicidarme|desaparecer(?: para siempre)?|"
            rf"(?:h|)a[cs]erme (?:dano|danio|mal)|ha[cs]erme (?:dano|danio|mal)|lastimarme|cortarme|quitarme la vida|"
            rf"dejar de (?:existir|vivir)|colgarme|tirarme (?:de|del|por)|acabar con (?:mi vida|todo(?!\s+(?:el|la|los|las|lo|esto|eso|mi|mis|de|tu)\b)))"
            rf"\b{_HYPERBOLE_END}(?!\s+(?:del grupo|de aqui|del chat))",
            r"\b(?:ya )?no (?:quiero|kiero|qiero|kero) (?:seguir )?(?:vivir|viviendo|estar viv[oa]|existir|despertar(?:me)?|seguir aqui|"
            r"estar aqui|seguir con vida)\b(?!\s+(?:en|con|cerca|lejos|junto|alla|alli|ahi|sol[oa] en)\b)",
            r"\bsuicidarme\b",
            r"\bquitarme la vida\b",
            r"\b(?:a )?nadie (?:\w+ ){0,4}si (?:me muero|muero|me muriera|desaparezco|desapareciera|me voy para siempre|me mato|"
            r"me matara|no estuviera|ya no estoy|ya no estuviera|dejo de existir)",
            r"\bnadie me (?:extranaria|va a extranar|extrañaria)\b",
            r"\b(?:estarian|estaria) mejor sin mi\b",
            r"\bme (?:corto|corte|he cortado|estoy cortando) (?:otra vez|de nuevo|los brazos|el brazo|las munecas|las piernas)\b",
            r"\b(?:no tengo|no hay|sin) (?:razon|razones|motivo|motivos) (?:para|de) vivir\b",
        ),
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
    r"\b(?:grandma|grandpa|granny|nana|gran|abuelita|abuelito|abuela|abuelo|abue|aunt \w+|aunt|auntie|uncle|mamie|papi|mami|"
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
    r"\b(?:have|got|still have|kept|saved|recorded|screenshotted|accessed)\b[^.?!]{0,25}\b(?:pic|pics|photo|photos|picture|pictures|video|videos|recording|icloud|nudes?)\b"
    r"|\b(?:the|that|those|your|ur) (?:first |last |other |private )?(?:pic|pics|photo|photos|picture|pictures|video|videos|vid|vids)"
    r" (?:you|u) (?:sent|send|gave|took|made|showed)\b|\babout (?:that|the|your) (?:pic|photo|video|picture)\b"
    r"|\bthe (?:video|recording) (?:from|of) (?:our|the|that) (?:call|facetime|video call)\b"
    r"|\byour pic\b|\brecorded (?:all|it|everything|our|you)\b"
    r"|\b(?:j'ai|je l'ai|j'les ai|jai)\b[^.?!]{0,20}\b(?:photo|photos|video|videos|enregistrement|captures?)\b"
    r"|\b(?:la|les) (?:photos?|videos?) que (?:tu )?(?:m'as|m'a|tu m'as) (?:envoyee?s?|montree?s?|donnee?s?)\b|\bcelles? que tu m'as envoyee?s?\b"
    r"|\b(?:ta|tes) (?:premiere |derniere |petite |autre )?(?:photos?|videos?)\b(?! (?:de profil|de classe))"
    r"|\b(?:la|les) (?:video|photos?|captures?) de (?:notre |l')?(?:appel|facetime)\b"
    r"|\btengo (?:la|tu|tus|el|las|los|unas|tus)\b[^.?!]{0,15}(?:foto|video)|\bya (?:las|los|la|lo) tengo\b"
    r"|\b(?:la|las|el|los|tu|tus) (?:fotos?|videos?) (?:que|q) (?:me |le )?(?:mandaste|enviaste|pasaste|diste)\b"
    r"|\bel video de (?:la|nuestra) (?:llamada|videollamada)\b|\b(?:la|el) que tengo\b"
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
