"""Child signals (read on the child's messages) and context cues (read on any message).

Child signals are the three ``CHILD_SIGNALS`` categories plus a "danger now" subtype of
distress. Context cues are not indicators: they tell the scorer about the setting, e.g. a
family member is speaking, a parent is in the loop, or the contact claims to hold an image.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipline.model import IndicatorCategory as C
from tipline.triage.prefilter import Alternatives, Prefilter
from tipline.triage.patterns_shared import PAR_EN, Pattern, _p

# --- child signals: shared local fragments --------------------------------------------------

_EMOJI = r"[\u2600-\u27bf\U0001F300-\U0001FAFF]"
_AGE = r"(?:[5-9]|1[0-7])"
_AGE_EN = (
    r"(?:five|six|seven|eight|nine|ten|ele?v[ei]n|elevn|elevan|twel(?:ve|v|f)|th[ie]rt(?:ee|e|ie)n|fou?rt(?:ee|e|ie)n|"
    r"fift(?:ee|e|ie)n|sixt(?:ee|e|ie)n|sevent(?:ee|e|ie)n)"
)
_AGE_FR = r"(?:cinq|six|sept|huit|neuf|dix|onze|dou[zs]e|trei[zs]e?|trez|[qk]uatorze?|katorze?|[qk]uinze?|sei[zs]e|dix[- ]?sept)"
_AGE_ES = (
    r"(?:cinco|seis|siete|ocho|nueve|die[zs]|on[cs]e|do[cs]e|tre[cs]e|[ck]ator[cs]e|[qk]uin[cs]e|"
    r"die[cz]i ?(?:seis|siete)|die[cz]isiete|die[cz]iseis|diesi(?:seis|siete))"
)
_AGE_ANY = rf"(?:{_AGE}|{_AGE_EN}|{_AGE_FR}|{_AGE_ES})"
# Digits spaced out to dodge filters ("1'm 1 2 🎂", "j'ai 1 3 ans"); not a count "1 2 3".
_AGE_SPLIT = r"1 [0-7](?![\d.,:/])(?!\s+\d)"
# A number that is a height, a duration, a score, a price, a decimal or a list, not an age.
_NOT_UNIT = (
    r"(?!\s*(?:['\"/%$:+^*x]|[.,-]\s?\d|\s\d|(?:years?|yrs?)\b(?!\s*(?:old\b|young\b|o\b|\.o\b|of age\b))|y\b(?=\s*(?:ago|later|exp))|"
    r"(?:min|mins|minutes?|secs?|seconds?|h|hrs?|hours?|days?|weeks?|wks?|months?|mos?|ft|feet|foot|inch(?:es)?|"
    r"cm|m|km|k|mi|miles?|lbs?|pounds?|kgs?|kilos?|percent|pct|points?|pts|pm|am|o'clock|dollars?|bucks|euros?|"
    r"pesos?|times|more|less|behind|ahead|deep|short|away|off|left|down|over|under|in a row|hundo|hundred|thousand|mil|million|billion|out of|of (?:us|them|you|my|the|your|those|these)|"
    r"kills?|games?|pages?|episodes?|credits?|people|kids|cats|dogs|hundred)\b))"
)
# What may follow a bare number for it to read as an answer to "how old are you".
_BARE_TAIL = (
    rf"(?=(?:\s*[.!~)]+)*\s*(?:$|{_EMOJI})"
    r"|[\s,]+(?:years? old|yrs? old|yo\b|y\.?o\b|y/o|ans\b|anos\b)"
    r"|[\s,!]*(?:and you|& you|n you\b|nd you\b|you\s*\?|and you\b|wbu|hbu|in \d+ (?:weeks?|months?|days?)\b|how about you|what about you|toi\b|et toi|y tu\b|y vos|y usted|"
    r"lol|lmao|haha|hehe|jaja|jeje|jsjs|mdr|ptdr|xd\b|but\b|mais\b|pero\b|almost|nearly|casi|presque|bientot|turning|"
    r"soon|next (?:month|week|year)|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|en (?:enero|febrero|marzo|"
    r"abril|mayo|junio|julio|agosto|sep|oct|nov|dic|janvier|fevrier|mars|avril|mai|juin|juillet|aout)|grade\b|grado\b|annee\b|"
    r"y medio|and a half|et demi|i can't|not\b|tho\b|though\b|"
    # then the school year: "13, year 7", "13, voy en la secundaria 45"
    r"(?:in )?(?:year|yr) ?\d|en (?:[1-9](?:ro|do|er|ero|to|vo|mo|no|o|e|eme)|sec ?[1-5])\b|voy en|estoy en|je suis en|jsuis en|i'm in (?:year|grade|\d)))"
)
# What may follow "i'm 13" / "tengo 13" / "j'ai 13": an age word, the end, a joke, a question back.
_AGE_TAIL = (
    rf"(?=\s*(?:$|[.!?,;)~]|{_EMOJI}|(?:years?|yrs?) (?:old|young)|yo\b|y/o|ans\b|anos\b|anitos\b|and\b|&|but\b|mais\b|pero\b|"
    r"et\b|y\b|e\b|lol|lmao|haha|jaja|jeje|jsjs|mdr|ptdr|xd\b|you\b|toi\b|tu\b|wbu|hbu|almost|nearly|casi|presque|bientot|"
    r"turning|soon|next\b|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|going on|now\b|rn\b|right now|btw|tho\b|"
    r"though|not\b|so\b|too\b|ya\b|nomas|no mas|i\b|i'm\b|je\b|j'|yo\b|en\b|in\b|because\b|porque\b|parce\b|pcq\b|paske\b|"
    r"last (?:week|month|weekend|night|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b|yesterday\b|today\b|this (?:week|month)\b|"
    r"hier\b|la semaine (?:derniere|passee)|le mois (?:dernier|passe)|ayer\b|la semana pasada|el mes pasado|no (?:tengo|puedo|se|soy|estoy|quiero)\b))"
)
_YES = r"(?:(?:ya|yes|yeah|yea|yep|yup|si|oui|ouais|ouai|wi|nah|no|non|um+|uh+|hm+|well|lol|haha|jaja|mdr|ok|okay)[\s,.!]+)"
_ORD_EN = r"(?:[1-9]|1[0-2])(?:st|nd|rd|th)"
_ORD_FR = r"(?:[1-6](?:e|eme|ieme|em)|sixieme|cinquieme|quatrieme|troisieme|cm ?[12]|ce ?[12])"
_ORD_ES = r"(?:[1-9](?:ro|do|er|ero|to|vo|no|mo|o|°)?|primero?|segundo|tercero?|cuarto|quinto|se[xs]to|se?ptimo|octavo|noveno)"
_SCHOOL_ES = r"(?:de (?:la )?|d |del )?(?:secundaria|secu|prepa|primaria|prim|eso|bachillerato|bachi|basico|basica|medio|grado|ano|liceo)\b"

# Distress fragments.
_INT_EN = (
    r"(?:so|s0|really|rlly|rly|literally|very|super|proper|pretty|actually|genuinely|fucking|freaking|kinda|kind of|"
    r"a bit|a little|too|just|honestly|lowkey|deadass|getting|still|now)"
)
_SCARED = r"(?:scared|scard|scaared|skared|scaired|afraid|afriad|frightened|terrified|terified|petrified|freaked out|freaking out|panicking|panicing)"
_INT_FR = r"(?:tellement|tres|vraiment|trop|si|hyper|grave|super|tant|trop trop|un peu|vrm|vraimen|ben|full|mega|tlm)"
# Everyday things to fear, named before "j'ai trop peur": "y a une araignée dans ma chambre j'ai trop peur".
_ORDINARY_FEAR_FR = (
    r"araignee|insecte|cafard|blatte|souris|serpent|guepe|frelon|abeille|moustique|orage|tonnerre|eclair|film d'horreur|film|serie|"
    r"clown|dentiste|piqure|vaccin|controle|interro|exam|oral|brevet|bac\b|montagnes? russes?|manege|grand huit|"
    r"noir|le vide|hauteur|chien"
)
_INT_ES = r"(?:mucho|muncho|mucha|muchisimo|muy|tanto|tanta|re|demasiado|bastante|un poco de|bien|super|full|un chingo de)"

# Fear of something ordinary ("scared of heights", "afraid to look", "terrified but excited") is not distress;
# fear of the contact, of what happens next, or fear with nothing after it is.
_FEAR_OBJECT = (
    r"(?!\s+(?:for|to (?!tell|go (?:home|outside|to school)|say no|leave|answer|reply|open|sleep|look at my phone)|that|"
    r"i\b(?!\s+(?:feel (?:sick|like throwing up|like crying)|can'?t (?:breathe|stop (?:shaking|crying))|'m (?:shaking|crying)))|it\b|it'll|"
    r"we|you'll|you'd|when|so\b|not|but|tho|though|about|if|at|now\b|"
    r"of (?!you\b|him\b|her\b|them\b|what|this|that|it\b|he\b|she\b|my (?:parents|mom|mum|dad|family)|everyone)))"
)
# Distress regexes stay silent when laughing surrounds them ("that movie was so scary lol", "stop spamming 😂").
_CALM_AFTER = r"(?![^\n]{0,30}?(?:\blol\b|\blmao|\bhaha|\bahah|\bhehe|\bjk\b|\bjaja|\bjeje|\bmdr\b|\bptdr|\bxd\b|😂|🤣|💀|😆|😅|:\)|:p\b|:d\b))"


def _calm(*regexes: str) -> list[str]:
    return [rf"(?:{r}){_CALM_AFTER}" for r in regexes]


# Self-harm fragments.
_MYSELF = r"(?:myself|my self|myslef|myslf|myselv|mysef|myseld|myselfe|mysel|meself|myseif)\b"
_ADV_EN = (
    r"(?:just|really|realy|rly|rlly|relly|honestly|honstly|literally|literaly|seriously|srsly|actually|kinda|sorta|lowkey|"
    r"highkey|legit|fr|so|still|sometimes|probably|prob|finally|genuinely|totally|truly|deadass|fucking|freaking|"
    r"been|keep|kept|started|always|even|also|go|wanna|want to|gonna)"
)
# Who says it: "i", "i'm", "i've been", or nobody at the start of a message or sentence ("wanna die",
# "gonna hurt myself tonight", "been thinking about ending it").
# An emoji ends a sentence too ("im done 😞 gonna end it"), but not a laughing one, and "i'm done," leads
# into what follows ("i'm so done, going to end it tonight").
_LAUGH = r"[\U0001F602\U0001F923\U0001F480\U0001F639\U0001F606\U0001F605\U0001F643\U0001F92A\U0001F61C\U0001F61D]"  # 😂🤣💀😹😆😅🙃🤪😜😝
_SELF_EN = (
    r"(?:\bi(?<!lol i)(?<!lmao i)(?<!haha i)(?<!jaja i)(?<!xd i)(?<!jk i)(?:'m|'ve|'ll| am| have| will)?\s+|"
    rf"(?:^|(?<=[.!?;:])|(?<=[\u2600-\u27bf\U0001F300-\U0001FAFF\ufe0f])(?<!{_LAUGH})|"
    r"(?<=\bdone,)(?<!lol done,))\s*)"
)
# "die" and its misspellings; "dye" only where no hair or clothes follow.
_DIE_EN = (
    r"(?:diee?|d13|dye(?=\s*(?:$|[.!?,;]|[\u2600-\u27bf\U0001F300-\U0001FAFF]|right now|now|tonight|fr\b|no one|nobody|honestly|"
    r"seriously|already|so bad|i\b|i'm))|unalive(?: " + _MYSELF + r")?|be dead(?!\s+(?:by now|already|after|because of)))\b"
    r"(?!\s+(?:inside|for (?!real|reals|good|sure)|trying|doing|happy|old|young|alone|a little|a bit|on (?:this|that|a) hill|"
    r"in (?:this|that|the|a) (?:game|match|level|fight|movie|show)))"
)
# Laughing or joking just before or right after: "kms lol", "lol i want to die", "je veux mourir mdr" is
# hyperbole, "i want to die fr, not joking" is not. Every self-harm regex is wrapped with these.
_LOL_I = r"(?<!lol i)(?<!lmao i)(?<!haha i)(?<!jaja i)(?<!xd i)(?<!jk i)"
# "not joking" / "no es broma" / "je rigole pas" just after a joke marker: the statement is meant.
_NOT_JOKING = (
    r"(?![^\n]{0,25}?(?:\bnot (?:joking|kidding)|\bno joke|\bnot a joke|\bi'm (?:so )?serious|\bi mean it|\bno es (?:broma|chiste|joda)|"
    r"\bno estoy (?:bromeando|jugando)|\b(?:hablo|lo digo) en serio|\bje (?:rigole|blague) pas|\bj'?\s?rigole pas|\bc'est pas une blague|"
    r"\bje suis serieu))"
)
_JOKE_AFTER = (
    r"(?![^\n]{0,50}?(?:\blol\b|\blmao|\blmfao|\brofl|\bhaha|\bahah|\bhehe|\bjk\b|\bjaja|\bjeje|\bjsjs|\bmdr\b|\bptdr|"
    r"\bxd\b|\bjust (?:kidding|joking)|\bje rigole\b(?! pas)|\bjrigole\b(?! pas)|\bjoke\b(?<!no joke)(?<!not a joke)(?<!not joke)(?<!n't a joke)|"
    r"😂|🤣|💀|😹|😆|😅|🙃|🤪|😜|😝)" + _NOT_JOKING + ")"
)


def _serious(*regexes: str) -> list[str]:
    """Self-harm regexes that stay silent when laughing or joking surrounds the match."""
    return [rf"(?:{r}){_JOKE_AFTER}" for r in regexes]


_HYPERBOLE_END = (
    r"(?!\s+(?:of|from|laughing|de la (?:risa|verguenza|pena)|in (?:a|my) (?:hole|bed)|de (?:rire|honte|faim|chaud|froid|ennui|fatigue|sommeil|envie)|"
    r"d'(?:ennui|envie)|sous terre|de (?:risa|verguenza|pena|sueno|hambre|calor|frio|amor|aburrimiento|envidia|nervios|ganas)|"
    # ... or a meme, a video, a joke: "me quiero morir con ese meme", "i could die at this video"
    r"(?:con|with|at|avec|de) (?:ese|este|esa|esta|el|la|tu|this|that|your|ce|cette|ton|ta) "
    r"(?:meme|memes|video|vid|chiste|joke|blague|cancion|song|chanson|audio|tiktok|reel|foto|pic|serie|show)\b))"
)
# "en finir" with the life, not with a chore ("en finir avec ce devoir").
_FINIR_WITH = r"(?!\s+avec (?!(?:la vie|ma vie|cette vie|tout|moi|mes jours)\b))"
# "je veux plus vivre" is about living, not "vivre avec lui" / "vivre ca" / "vivre ici".
_VIVRE_END = r"(?!\s+(?:ca|ça|avec|en(?! vrai)|a|au|aux|dans|la-bas|ici|comme|chez|sans|cette|ce|cet|loin|pres|seule?|sous|des|les|un|une)\b)"
_FR_WANT = (
    r"(?:je (?:veux|veu|vx|voudrais|voudrai|vais|vai|compte)|j'?\s?(?:veux|veu|vx|vais|vai)|jveux|jveu|jvais|jvai|"
    r"(?:j'?\s?ai|g|j) (?:(?:tellement|trop|vraiment|tres|grave|juste) )?(?:envie|envi|envies|besoin|le gout) d'?e?|"
    r"je pense a|jpense a|j'?\s?pense a)"
)
_ES_WANT = (
    r"(?:quiero|kiero|qiero|kero|quisiera|kisiera|voy a|vo a|tengo ganas de|me dan ganas de|dan ganas de|ganas de|"
    r"pienso en|estoy pensando en|he pensado en|necesito)"
)

# Fear, or nobody else at home, later in the same message (EN, FR, ES).
_ALONE_OR_AFRAID = (
    r".{0,80}\b(?:scared|afraid|terrified|alone|nobody(?:'s| is)? home|no one(?:'s| is)? home|peur|seule?|"
    r"personne (?:a la maison|chez moi)|ya personne|miedo|asustando|asustada|asustado|sola|solo|no hay nadie)\b"
)

CHILD_PATTERNS: list[Pattern] = [
    # Three groups of one category, so that the literal prefilter skips the two that need words
    # ("i'm", "tengo", "grade") and only the short anchored group runs on every message.
    *_p(
        C.CHILD_AGE_DISCLOSURE,
        "the child answers with their age or grade",
        # A bare answer: "13", "ya 15", "13 u?", "14, grade 9", "ya, 16 in june", "11 ans", "7th", "age 13".
        rf"^\W*{_YES}?(?:(?:me|moi|yo)\W{{0,3}}\s)?(?<![!?]){_AGE}\b{_BARE_TAIL}",
        # A number word alone ("thirteen lol"), ten to seventeen only: "five" alone is rarely an age.
        rf"^\W*{_YES}?(?:(?:me|moi|yo)\W{{0,3}}\s)?(?:ten|ele?ven|elevn|twel(?:ve|v|f)|th[ie]rt(?:ee|e|ie)n|fou?rt(?:ee|e|ie)n|"
        rf"fift(?:ee|e|ie)n|sixt(?:ee|e|ie)n|sevent(?:ee|e|ie)n)\b{_BARE_TAIL}",
        rf"^\W*{_YES}?(?:{_AGE}|{_AGE_FR}|{_AGE_ES})\s*(?:ans|anos|anitos)\b",
        # Keycap emoji digits: "1️⃣4️⃣", "1️⃣3️⃣ ans 🎂", "1️⃣2️⃣ años".
        rf"^\W*{_YES}?(?:1\ufe0f?\u20e3\s?[0-7]|[5-9])\ufe0f?\u20e3{_BARE_TAIL}",
        rf"^\W*{_YES}?(?:in\s+)?(?:{_ORD_EN}|{_ORD_FR}|(?:[1-9]|1[0-2])e)\b(?=\s*(?:$|[.!?,)]|{_EMOJI}|"
        rf"grade\b(?!\s+(?:was|is|were|teacher|math|science|english|class))|std\b|standard\b|annee|you\b|toi\b|lol|mdr|haha|et toi))",
        # Swiss school years: "moi aussi 8P", "je suis en 8P".
        rf"(?:\b(?:je suis|jsuis|j'?\s?suis|chui|chu) en|^\W*{_YES}?moi aussi)\s*[3-8] ?p\b(?=\s*(?:$|[.!?,]|{_EMOJI}|mdr|lol|et toi|aussi))",
        rf"^\W*{_YES}?in\s+(?:the\s+)?{_ORD_EN}\s+grade\b",
        rf"^\W*age:?\s*{_AGE}\b{_NOT_UNIT}",
        # "13yo", "12 y/o", "thirteen years old", leetspeak "1m 13 y34rs 0ld"; not "6 year old me would...".
        rf"^\W*(?:1'?m\s+|i'm\s+)?(?:{_AGE}|{_AGE_EN})[\s-]?(?:yo|y/o|y\.o\b|yrs?[\s-]?old|years?[\s-]?old|y[e3][a4]rs?[\s-][o0]ld)\b"
        r"(?!\s+(?:me|self|version|brother|sister|son|daughter|cousin|nephew|niece|kids?|child|dog|cat|boy (?:was|is)|girl (?:was|is)))",
    ),
    *_p(
        C.CHILD_AGE_DISCLOSURE,
        "the child says their age",
        # "i'm 12", "im only 13 lol", "i am twelve", "i'm almost 14".
        rf"\b(?:(?:i'm|i am|1'm)\s+|(?<![\w] )1m )(?:(?:only|just|like|almost|nearly|about|actually|literally|already|still|turning|turnning|turnin|gonna be|"
        rf"going to be|barely|officially|finally|now)\s+){{0,2}}(?:{_AGE}|{_AGE_EN}|{_AGE_SPLIT})\b{_NOT_UNIT}",
        # "so i finally hit thirteen", "i just hit 13 yesterday", "finally 13 🎉"; not "i hit 13 kills", "i hit 12 in the last game".
        rf"(?:(?<!when )(?<!after )(?<!since )(?<!before )(?<!once )(?<!until )\bi (?:(?:finally|just|officially|already)\s+){{0,2}}(?:hit|reached|turned)|^\W*(?:finally|officially|(?:just|finally) (?:hit|turned)))\s+(?:{_AGE}|{_AGE_EN})\b{_NOT_UNIT}"
        rf"(?=\s*(?:$|[.!?,;)~]|{_EMOJI}|(?:years?|yrs?) old|yo\b|yesterday|today|last (?:week|month|weekend|night)|this (?:week|month)|"
        r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|lol|haha|yay|and\b|so\b|btw))",
        rf"\b(?:my age is|my age's|i'm age|my age\s*[?:]|my age)\s*{_AGE}\b{_NOT_UNIT}",
        r"\b(?:i'm|i am) (?:a |an )?(?:freshman|sophomore) in (?:high school|hs)\b",
        # A bare answer to "what grade": "freshman", "ya sophomore lol"; not "freshman year was fun".
        rf"^\W*{_YES}?(?:a |an |just a |only a )?(?:freshman|freshmen|frosh|sophomore|sophmore|soph)\b(?=\s*(?:$|[.!?,]|{_EMOJI}|lol|haha|lmao|you\b|wbu|hbu|and you|in (?:high school|hs)|this year|rn\b|now\b))",
        # The same age as the contact said: "tu m'avais dit que t'avais 14 ans comme moi", "14 años como yo", "you said 13 years old like me".
        rf"\b(?:{_AGE}|{_AGE_FR}|{_AGE_ES})\s*(?:ans|anos)\s*,?\s*(?:comme moi|como yo|pareil que moi|igual que yo)\b"
        rf"|\b(?:{_AGE}|{_AGE_EN})\s*(?:years? old|yrs? old|yo)\s*,?\s*(?:just )?(?:like me|same as me)\b",
        # Too young for an age limit, for now: "can't join the 13+ server yet, my bday's not til june".
        r"\b(?:can'?t|cannot|can not|not allowed to|not old enough to|too young to|too young for)(?: (?:join|use|get on|get into|play|download|make|have|watch|enter|sign up for|go on))?"
        r"(?: the| a| an| any)? 1[0-8] ?\+(?=[^.!?]{0,40}\b(?:yet|(?:till|til|until) (?:my (?:bday|birthday|b-day)|i (?:turn|am)|i'm |next (?:year|month)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|bday|birthday|b-day|turn|turning|old enough)\b)",
        # "im 12 y/o", "i'm a 13 year old girl", "i'm 13yo".
        rf"\b(?:i'm|i am)\s+(?:(?:only|just|like|almost|nearly|about|already|still)\s+)?(?:an?\s+)?"
        rf"(?:{_AGE}|{_AGE_EN})[\s-]?(?:yo|y/o|y\.o\b|yrs?[\s-]?old|years?[\s-]?old)\b",
        # Said without "i'm" at the start: "turning 12 next month", "just turned eleven", "gonna be 13 soon".
        rf"^\W*{_YES}?(?:turning|just turned|gonna be|going to be|will be|i'll be|about to be|bout to be)\s+(?:{_AGE}|{_AGE_EN})\b"
        rf"{_NOT_UNIT}{_AGE_TAIL}",
        # The year of birth: "i was born in 2013", "je suis nee en 2012", "naci en 2013".
        r"(?:^\W*|\bi (?:was )?|\bi'm |\b(?:je suis|jsuis|j'?\s?suis|chui) |\bnaci en (?:el )?(?:ano )?)"
        r"(?:born in |nee?e? en |(?<=en ))(?:(?:the )?(?:year )?)20(?:09|1\d|2[01])\b",
        # "just turned 14", "i turn 13 next week", "i'll be 12 in june".
        rf"\b(?:just turned|i only (?:just )?turned|i turned(?<!when i turned)(?<!after i turned)(?<!since i turned)(?<!once i turned)"
        rf"(?<!before i turned)|i turn|i'm turn(?:n?ing|in)|i'll be|i will be|i'm going to be|i'm gonna be)\s+(?:{_AGE}|{_AGE_EN})\b"
        rf"{_NOT_UNIT}{_AGE_TAIL}",
        # FR: "j'ai 12 ans", "jai 13 mdr", "moi 11 ans", "je viens d'avoir 14 ans", "j'aurai 13 ans".
        rf"\b(?:j'?\s?[a4][i1]|g|moi|moi c'?\s?est|moi c|moi j'?\s?ai|j'?\s?aurai[st]?|je (?:vais|viens d') ?avoir|j'?\s?(?:vais|viens d') ?avoir|jviens d'?\s?avoir|"
        rf"jvais avoir|j'?\s?ai eu|je fais|je vais sur mes|j'?\s?vais sur mes)\s+(?:(?:que|genre|presque|bientot|deja|juste|seulement|enfin|officiellement|maintenant)\s+)?"
        rf"(?:{_AGE}|{_AGE_FR}|{_AGE_SPLIT})\s*(?:ans|4ns|an )\b(?!\s+(?:d'?\s?experience|de (?:prison|mariage|carriere|service|retard|travail)|plus tard))",
        rf"^\W*(?:bientot|presque|deja|genre|juste|que)\s+(?:{_AGE}|{_AGE_FR})\s*ans\b",
        # "ans" without its s at the end: "j'ai onze an", "moi 12 an mdr".
        rf"\b(?:j'ai|jai|j ai|moi)\s+(?:{_AGE}|{_AGE_FR})\s*an\b(?=\s*(?:$|[.!?,;)]|{_EMOJI}|mdr|ptdr|lol|xd\b|et toi|bientot))",
        # "j'ai enfin eu treize ans", "g finalement eu 12 ans".
        rf"\b(?:j'?\s?ai|jai|g) (?:enfin|finalement|officiellement|deja|juste) eu\s+(?:{_AGE}|{_AGE_FR}|{_AGE_SPLIT})\s*ans\b",
        rf"\b(?:je fete|jfete|j'?\s?fete|je vais feter|jvais feter|j'?\s?vais feter) mes (?:{_AGE}|{_AGE_FR})\s*ans\b",
        rf"\b(?:j'ai|jai|j ai|j' ai|moi)\s+(?:(?:que|genre|presque|bientot|deja|juste|seulement)\s+)?{_AGE}\b{_NOT_UNIT}"
        rf"(?=\s*(?:$|[.!?,;)]|{_EMOJI}|mdr|ptdr|lol|xd\b|et\b|mais\b|toi\b|bientot|presque))",
        # ES: "tengo 12 años", "tengo 13 jaja", "acabo de cumplir 14", "cumplo 12 en mayo".
        rf"\b(?:tengo|teng0|tngo|tego)\s+(?:(?:ya|apenas|casi|solo|solamente|recien|nomas)\s+)?(?:{_AGE}|{_AGE_ES}|{_AGE_SPLIT})\b{_NOT_UNIT}{_AGE_TAIL}",
        rf"\b(?:acabo de cumplir|recien cumpli|ya cumpli|cumpli|voy a cumplir|cumplo|cumplire|ya voy a cumplir)\s+(?:los\s+|mis\s+)?"
        rf"(?:{_AGE}|{_AGE_ES})\b{_NOT_UNIT}",
        # Keycap digits after the verb: "1m 1️⃣1️⃣ 🎂", "j'41 1️⃣1️⃣ 4ns", "t3ng0 1️⃣1️⃣".
        rf"(?:\b(?:i'm|i am|1'?m|im|j'?\s?[a4][i1]|jai|tengo|teng[o0]|tngo|moi|yo)\s+)1\ufe0f\u20e3\s?[0-7]\ufe0f?\u20e3"
        rf"(?=\s*(?:$|[.!?,]|ans\b|4ns\b|anos\b|an[o0]s\b|years?\b|yrs?\b|yo\b|y/o|{_EMOJI}|lol|mdr|jaja))",
    ),
    *_p(
        C.CHILD_AGE_DISCLOSURE,
        "the child says their school grade",
        # EN: "im in 7th grade", "i'm in 7th", "i'm a 6th grader", "grade 8", "year 8" (UK), "i'm in middle school".
        rf"(?:\b(?:i'm|i am)\s+(?:(?:only|just|still|literally|like|already|now)\s+)?in|(?<![\w] )1'?m (?:in|1n)|\bi'm going into|\bi'm starting|\bi'm finishing|\bgoing into|\bstarting)\s+(?:the\s+)?{_ORD_EN}"
        rf"(?:\s+(?:grade|grad|grde|grd)r?\b|{_AGE_TAIL})",
        rf"\b(?:i'm|i am)\s+(?:(?:only|just|still)\s+)?(?:an?\s+)?{_ORD_EN}\s+grader?\b",
        rf"\b(?:i'm|i am|i'm in|in(?<!was in)(?<!were in)(?<!'s in)(?<!is in))\s+(?:grade|year)\s+(?:[1-9]|1[0-3])\b{_NOT_UNIT}",
        rf"\b(?:a|an)(?<!was a)(?<!was an)(?<!were a)(?<!were an)\s+{_ORD_EN}\s+grader\b",
        rf"^\W*{_ORD_EN}\s+grader\b",
        # Irish primary years: "i'm only in sixth class"; not "i'm in first class on the train".
        r"\b(?:i'm|i am)\s+(?:(?:only|just|still)\s+)?in\s+(?:third|fourth|fifth|sixth|3rd|4th|5th|6th)\s+class\b(?!\s+(?:on|seat|cabin|ticket|carriage|coach|for)\b)",
        rf"\bi (?:just )?(?:started|start) (?:the\s+)?{_ORD_EN}\s+grade\b",
        r"\b(?:i'm|i am)\s+(?:(?:only|just|still)\s+)?in\s+(?:middle school|junior high|elementary school|primary school|"
        r"high school|grade school|elementary(?!\s+(?:education|ed|teaching))|primary(?!\s+(?:care|school teaching)))\b",
        r"\bgrade(?<!was in grade)(?<!were in grade)(?<!'s in grade)(?<!is in grade)(?<!at grade)(?<!since grade) (?:[1-9]|1[0-2])\b"
        r"(?! (?:was|teacher|math|level|reading|student))",
        # FR: "en 5eme", "jsuis en 5e", "6e annee", "en sec 2", "je suis en seconde".
        # Not someone else's: "c ma soeur qui est en 6e pas moi".
        r"\b(?<!qui est )(?<!elle est )(?<!il est )(?<!ils sont )(?<!elles sont )(?<!soeur est )(?<!frere est )"
        r"en (?:[1-6](?:e|eme|ieme|em)|sixieme|cinquieme|quatrieme|troisieme|cm ?[12]|ce ?[12])\b"
        r"(?!\s*(?:position|place|rang|ligne|etage|minute|heure))",
        # Not a group: "les élèves de 6e année", "la classe de 5e année".
        r"\b(?<!eleves de )(?<!eleves en )(?<!classe de )(?<!classes de )(?<!enfants de )(?<!parents de )(?<!prof de )(?<!profs de )(?<!les )"
        r"(?:[1-6](?:e|eme|ieme)|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme) annee\b",
        r"\ben (?:sec|secondaire) ?[1-5]\b",
        r"\b(?:je suis|jsuis|j'?\s?suis|chui|chu|je rentre|je passe|je vais|je serai) en (?:seconde|premiere|terminale|[1-6]e)\b",
        # ES: "voy en 1ro de secu", "estoy en sexto de primaria", "2do de secundaria", "6to grado".
        rf"\b(?:voy|boy|estoy|ando|paso|pase|entro|entre|curso|iba)\s+(?:en|a)\s+(?:el\s+|la\s+)?{_ORD_ES}\b"
        rf"(?=\s*(?:{_SCHOOL_ES}|$|[.!,;)?]|{_EMOJI}|y\b|jaja))",
        # Not a group: "los alumnos de primero de ESO tienen reunión", "los de segundo de secundaria salen".
        rf"\b(?<!alumnos de )(?<!alumnas de )(?<!estudiantes de )(?<!los de )(?<!las de )(?<!chicos de )(?<!chicas de )(?<!ninos de )"
        rf"(?<!clase de )(?<!grupo de )(?<!profe de )(?<!profesor de )(?<!profesora de )(?<!maestra de )(?<!maestro de )(?<!padres de )(?<!familias de )"
        rf"{_ORD_ES}\s+{_SCHOOL_ES}(?<!\d ano)(?<!\do ano)",
        rf"\bsoy de (?:{_ORD_ES})\b(?=\s*(?:{_SCHOOL_ES}|$|[.!,;)?]|y\b|jaja))",
        # Bare answers: "en segundo", "en segundo de liceo" (not "en 5", "en segundo lugar"); "year 8"; a birth year, "si 2013".
        rf"^\W*{_YES}?en\s+(?:el\s+)?(?:1ro|1ero|1er|2do|3ro|3ero|3er|4to|5to|6to|7mo|8vo|9no|primero|segundo|tercero|cuarto|quinto|sexto|sesto|septimo|setimo|octavo|noveno)\b"
        rf"(?=\s*(?:{_SCHOOL_ES}|$|[.!,;)?]|{_EMOJI}|y\b|jaja))",
        rf"^\W*{_YES}?(?:in\s+)?(?:year\s?|yr )(?:[1-9]|1[0-3])\b(?=\s*(?:$|[.!?,)]|{_EMOJI}|you\b|lol|haha|and you|wbu|hbu|now\b|rn\b|too\b))",
        # (a year alone answers anything: "2015" is when a game came out; "si 2013" confirms a year the contact guessed)
        r"^\W*(?:(?:si|yes|yeah|yep|yup|ya|oui|ouais|simon|claro|exacto)[\s,.!]+(?:(?:soy|je suis) (?:del|de) )?|(?:soy|je suis) (?:del|de) )20(?:09|1\d)\b"
        rf"(?=\s*(?:$|[.!,]|{_EMOJI}|lol|jaja|mdr|haha|y tu|et toi|and you))",
    ),
    *_p(
        C.CHILD_DISTRESS,
        "the child says they are scared or trapped",
        *_calm(
            # EN: "i'm so scared", "im scard", "i'm proper frightened", "i feel trapped", "you're scaring me".
            rf"\b(?:(?:i'm|i am|i feel|i'm feeling|i'm getting|i feel so)\s+|(?<![\w] )1m )(?:{_INT_EN}\s+){{0,3}}{_SCARED}\b{_FEAR_OBJECT}",
            rf"\bi feel (?:{_INT_EN}\s+){{0,2}}(?:trapped|trapt|traped|trappd|helpless|helples)\b",
            rf"\b(?:i'm|i am) (?:{_INT_EN}\s+){{0,2}}(?:trapped|trapt|traped|trappd)\b(?!\s+(?:in|into|on|at|under|behind|inside|between|by|outside)\b)",
            r"\b(?:you're|you are|your|he's|he is|she's|this is) (?:really |kinda |so |literally |actually )?(?:scaring|freaking) me(?: out)?\b",
            r"\bi'm (?:literally |so )?(?:shaking|panicking|having a panic attack)\b(?!\s+(?:about|over|because|with|from|in (?:excitement|anticipation)))",
            r"\bi can'?t (?:stop (?:crying|shaking)|breathe|think straight)\b",
            r"\bi can'?t think\b(?=\s*(?:$|[.!,]|i'm|please))",
            r"\bi can'?t (?:do this|take this|take it|handle this|handle it|deal with this|go on)(?: any ?more| no more| like this)\b",
            r"\bi (?:don'?t|do not) want to (?:talk|do this|do it|do that|send (?:it|anything(?: else)?|more|that|another|pics?|photos?))"
            r"(?: to you)?(?: any ?more| no more)\b",
            rf"\bi (?:don'?t|do not) want to (?:talk to you|do this|send (?:it|anything(?: else)?|more|that|another|any ?more|pics?|photos?))"
            rf"(?=\s*(?:$|[.!,]|please|{_EMOJI}))",
            r"\b(?:so )?tired of (?:everything|all of this|all this)\b",
            # "i feel sick i dont know what to do", "im so scared idk what to do" (not "idk what to do for dinner").
            rf"\b(?:i feel (?:so |really )?sick|i'm (?:so |really )?(?:scared|terrified|panicking|shaking)|i can'?t breathe|please|help)\b[^.!?]{{0,12}}"
            r"\b(?:idk|i (?:don'?t|do not|dont) (?:know|no|kno|knw)|i have no idea) what to do\b(?!\s+(?:for|about (?:dinner|lunch|the (?:party|trip|project))|with (?:my|the) (?:hair|weekend|money)|tonight|this weekend|today))",
            r"\bi (?:don'?t|do not) know what to do any ?more\b",
            rf"\b(?:idk|i (?:don'?t|do not|dont) (?:know|no|kno|knw)|i have no idea) what to do\b(?=\s*(?:any ?more|no more|please|help|i'm (?:so |really )?"
            rf"(?:scared|terrified|afraid|freaking out)|he\b|she\b|they\b|{_EMOJI}))",
            r"\b(?:i'm begging you|i beg you|begging you)\W{0,3}(?:please|to stop|stop|don'?t|leave me|delete)",
            # "please stop", "plz stop 😭", "stop messaging me", "i want this to end", "make it stop".
            rf"\b(?:please|pl[sz5])\W{{0,3}}(?:just |man |bro |dude )?(?:stop|don'?t)(?: do (?:it|anything|that|this))?"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|please|i\b|i'm|it\b|this\b|now\b|right now|already|man\b|bro\b|dude\b|stop\b))",
            r"\bstop (?:it|this)\s*(?:please|now)\b",
            r"\bstop (?:messaging|msging|texting|dming|talking to|writing to|contacting|calling|threatening|asking|bothering|"
            r"harassing|following|blackmailing|sending|emailing|snapping|pressuring|scaring|touching) me\b"
            # not "stop texting me spoilers!!"
            r"(?!\s+(?:spoilers?|memes?|links?|gifs?|stickers?|tiktoks?|reels?|songs?|emojis?|chain (?:letters|messages)))",
            r"\bi (?:just |really |only )?want (?:this|it|all this|everything|all of this)(?: all)? (?:to|2) (?:stop|end|be over)\b"
            r"(?!\s+(?:so|already|before|soon|by)\b)",
            # "make it stop", but not about a film, a song or a game ("this horror movie is freaking me out, make it stop").
            r"\bmake (?:him|her|them) stop\b|^(?:(?!movie|film|horror|show|episode|video|song|music|game|level|trailer|alarm|hiccups|headache|noise|ad\b)[^\n]){0,200}?"
            r"\bmake (?:it|this) stop\b(?![^\n]{0,60}\b(?:song|music|movie|film|show|episode|stuck in my head|earworm|hiccups|headache|alarm|noise|rain|level|game|trailer|ad\b|ads\b))",
            r"\bplease (?:just )?(?:delete|remove|erase) (?:it|them|that|the (?:pics?|photos?|videos?|picture))\b",
            r"\bplease (?:don'?t|do not) (?:send|post|share|show|leak|spread|expose) (?:it|them|that|this|anything|my|to)\b",
            r"\bplease (?:don'?t|do not) tell (?:my|anyone|everyone)\b",
            r"\b(?:leave|leav|leeve) (?:me|m3|mi) (?:alone|[a4]l[o0]n[e3]?|aloen|allone)\b",
            # "please don't do this to me", "why are you doing this to me", "pourquoi tu me fais ça", "no me hagas esto".
            r"\b(?:please|pl[sz5]|i beg you)\W{0,3}(?:just )?(?:don'?t|do not) do (?:this|that|it) to me\b|\bwhy (?:are|r) you doing this(?: to me)?\b(?=\s*(?:\?|$))",
            # "efface stp", "bórralo porfa"
            r"\b(?:efface|effaces|supprime|supprimes)(?:[- ](?:la|les|ca|tout))?\W{0,3}(?:stp|s'il te plait|svp|je t'en supplie)\b|\b(?:borralo|borralos)\W{0,3}(?:porfa|por ?favor|plis|xfa|ya)\b",
            r"\b(?:s'il te plait|stp|je t'en supplie)\W{0,3}(?:ne )?me fais pas (?:ca|ça)\b|\bpourquoi tu me fais (?:ca|ça)\b",
            r"\b(?:por ?favor|porfa|plis|te lo suplico)\W{0,3}no me hagas esto\b|\bpor ?que me (?:haces|estas haciendo) esto\b",
            # Indian English "tensed": "i'm very much tensed, i can't even eat properly".
            rf"\bi'm (?:very much |so |really |very |too |totally |fully )?tensed\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|i\b|i'm|please|what if|about (?:this|it|that|you|the (?:pic|photo|video)s?)))",
            # No way out: "i don't know how to get out of this", "je sais pas comment m'en sortir", "no sé cómo salir de esto".
            r"\bi (?:don'?t|do not|dont) (?:know|kno) how to (?:get out of|escape|stop) (?:this|it)\b(?!\s+(?:game|level|app|menu|mode|class|meeting|chat group))",
            r"\b(?:je (?:ne )?sais|jsais|j'?\s?sais|chais) (?:pas|plus|pu) comment (?:m'?\s?en sortir|sortir de (?:ca|ça|tout ca))\b",
            r"\bno (?:se|se ni) como (?:salir de esto|salirme de esto|escapar de esto)\b",
            # Not safe: "i don't feel safe with myself right now", "je me sens pas en sécurité", "no me siento segura".
            rf"\bi (?:don'?t|do not|dont) feel safe\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|with (?:myself|him|you)|at home|here|in my (?:house|room)|right now|any ?more|please))",
            rf"\b(?:je (?:ne )?me sens|jme sens|j'?\s?me sens) (?:pas|plus|pu) en securite\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|avec|chez moi|ici|maintenant))",
            rf"\bno me siento segur[oa]\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|con|en mi casa|aqui|ahorita|ya\b))",
            # "je sais plus à qui faire confiance", "ya no sé en quién confiar", "i don't know who to trust anymore".
            r"\b(?:je (?:ne )?sais|jsais|j'?\s?sais|chais) (?:plus|pu) (?:a qui|en qui) (?:faire confiance|me confier)\b|\bya no se (?:en quien|de quien) (?:confiar|fiarme)\b"
            r"|\bi (?:don'?t|do not|dont) know who (?:to|i can) trust any ?more\b",
            r"\bi(?:'m| am) so sorry please\b",
            # FR: "j'ai peur", "jai trop peure", "laisse-moi tranquille", "arrete de m'ecrire", "je veux que ca s'arrete".
            # Fear of the contact, of what comes next, or fear alone; not "peur du noir", "peur de rater le bus".
            rf"^(?:(?!{_ORDINARY_FEAR_FR})[^\n]){{0,200}}?\b(?:j'?\s?[a4][i1]|g|jai)\s+(?:{_INT_FR}\s+){{0,2}}peure?\b(?!\s+(?:que (?:ca marche|ce soit|il pleuve)|pour (?!(?:ma vie|moi|ma securite)\b)|"
            r"(?:(?:de|des|du)\s+|d'\s*)(?!(?:toi|lui|elle|eux|vous|ce qu|ce qui|ce que|ca\b|tout|mes parents|ma mere|mon pere|ce mec|ce gars|"
            r"cette personne|ce type|ce monsieur|ce qu'il|ce qu'elle|ce qu'ils|ce que tu))))",
            r"\b(?:j'?\s?ai|g|jai) (?:la trouille|les jetons|la frousse|la boule au ventre)\b",
            r"\b(?:je suis|jsuis|j'?\s?suis|je me sens|jme sens|j'?\s?me sens|chu|chui|chuis) (?:tellement |trop |vraiment |tres |grave |super )?"
            r"(?:terrifiee?|terrorisee?|effrayee?|apeuree?|paniquee?|en panique|morte? de peur)\b",
            r"\b(?:tu me fais|tu m'?\s?fais|t'?\s?me fais|vous me faites|il me fait|elle me fait|tu commences a me faire) "
            r"(?:tellement |trop |vraiment |tres |grave |super )?(?:peur|flipper|paniquer)\b",
            r"\b(?:je |j'?\s?|j)(?:flippe|panique|tremble)\b(?!\s+(?:pour|a l'idee|de (?:joie|froid|rire)|devant (?:le|la|un)))",
            # Trapped: "je suis coincee", "jme sens piegee"; not "coince dans les bouchons", "au boulot".
            r"\b(?:je suis|jsuis|j'?\s?suis|chu|chui|chuis|je me sens|jme sens|j'?\s?me sens)\s+(?:(?:tellement|trop|vraiment|tres|completement|"
            r"grave)\s+)?(?:coincee?|coincer|piegee?|pieger|prise? au piege|sans issue)\b"
            r"(?!\s+(?:dans|au|aux|a|sur|par|en|chez|avec|derriere|devant|sous|entre|depuis|pour|de)\b)",
            r"\bje (?:suis|me sens) (?:pris|prise) au piege\b",
            # "des fois j'ai l'impression d'être coincée entre tout le monde", "siento que estoy atrapada", "i feel like i'm trapped".
            r"\b(?:j'?\s?ai|jai|g) l'?\s?impression d'?\s?etre (?:(?:tellement|trop|vraiment|completement|toujours) )?(?:coincee?|piegee?|prise? au piege|enfermee?|etouffee?)\b"
            r"(?!\s+(?:dans|au|aux|a|sur|en|chez|derriere|devant|sous|depuis|pour|de|du|des|avec)\b)"
            r"|\bsiento que (?:estoy|stoy|toy) (?:como )?(?:atrapad[oa]|encerrad[oa]|sin salida|acorralad[oa])\b(?!\s+en (?:el|este|ese) (?:trafico|nivel|juego))"
            r"|\bi feel like i'm (?:so |really )?(?:trapped|cornered)\b(?!\s+(?:in (?:this|the|a) (?:game|level|loop|class|traffic|elevator|meeting)|on (?:this|that|the) (?:level|island|map)))",
            r"\b(?:s'il vous plait|s'il te plait|je t'en supplie|je t'en prie) (?:arrete|arretez|fais pas ca|faites pas ca|efface|supprime|"
            r"laisse[- ]moi|lache[- ]moi)",
            r"\b(?:arrete|arretez|arrete toi|stop)\s*,?\s*(?:s'il te plait|s'il vous plait|je t'en supplie|je t'en prie)\b",
            r"\b(?:stop|arrete|arretez)(?: ca| tout ca)?\W{0,3}(?:maintenant|tout de suite|ca suffit|stop|arrete|arretez)\b"
            r"(?=\s*(?:$|[.!?,;]|je\b|j'|s'il|laisse|😭|😢|🙏))",
            r"\b(?:arrete|arretez|arrete) de m(?:e |'|\s)?\s?(?:ecrire|texter|parler|harceler|menacer|contacter|envoyer|appeler|"
            r"ecrire|suivre|faire peur|stresser|demander|forcer|pousser|mettre la pression|faire chanter|faire du chantage)"
            r"(?!\s+(?:des |les |de )?(?:spoilers?|memes?|liens?|gifs?|stickers?|tiktoks?|reels?|chansons?))",
            r"(?:^|[.!?,]\s*)(?:ne )?(?:me menace|m'?\s?ecris|me harcele|me contacte|me texte) (?:plus|pu|jamais)\b",
            r"\b(?:laisse|laissez|lache|lachez|fous|foutez|fiche|fichez)[- ]moi (?:tranquille|en paix|la paix)\b",
            rf"\b(?:laisse|laissez|lache|lachez)[- ]moi\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|s'il|je t'en|arrete|je\b|j'|jsuis|jveux))",
            # "je veux que ca s'arrete", "jveux juste que tout ca cesse", "je voudrais que ca finisse".
            r"\b(?:je veux|jveux|j'?\s?veux|je voudrais|jvoudrais|j'?\s?voudrais|j'?\s?aimerais|jaimerais)\s+(?:(?:juste|seulement|tellement|"
            r"vraiment)\s+)?(?:que )?(?:que )?(?:ca|ça|tout|tout ca|tout ça|cela|c'|ce truc) ?(?:s'?\s?arrete|arrete|finisse|se termine|cesse|"
            r"stoppe|se finisse)\b(?![^.!?]{0,25}\b(?:film|cours|journee|semaine|match|jeu|partie|exam|controle|pluie|vite)\b)",
            r"\b(?:je (?:ne )?sais|jsais|j'?\s?sais|chais|chai|jsai|j'?\s?sai) (?:plus|vraiment pas|pu|vraiment plus) quoi faire\b"
            r"(?!\s+(?:de|avec|pour|ce|cet|cette|aujourd'hui|demain|le|la|les|en|pendant|a)\b)",
            rf"\b(?:j'?\s?en peux|jen peux|je n'?\s?en peux) (?:plus|pu|vraiment plus)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|s'il|je\b|j'|jsuis|jveux|"
            r"aide|arrete|laisse|stp))",
            r"\b(?:j'?\s?arrete|je n'?\s?arrete|jarrete) (?:pas|plus|pu) de (?:pleurer|trembler|paniquer)\b(?!\s+de rire)",
            # "j'ai trop honte je sais pas quoi faire", "je sais pas quoi faire, il a mes photos"; not "je m'ennuie, je sais pas quoi faire".
            r"\b(?:honte|peur|stp|aide[- ]moi|au secours|pitie)\b[^.!?]{0,20}\b(?:je (?:ne )?sais|jsais|j'?\s?sais|chais|jsai) pas quoi faire\b"
            rf"|\b(?:je (?:ne )?sais|jsais|j'?\s?sais|chais|jsai) pas quoi faire\b(?=\s*(?:[,.!]\s*)?(?:aide|stp|s'il|il (?:a|va|veut|menace)|elle (?:a|va|veut|menace)|ils (?:ont|vont)|j'?\s?ai (?:trop |tellement )?peur|[\U0001F62D\U0001F622\U0001F630\U0001F628\U0001F631\U0001F64F]))",
            r"\b(?:je|j)\s?pleure (?:tout le temps|toutes les nuits|chaque (?:soir|nuit|jour)|sans arret|tous les soirs)\b",
            r"\b(?:je (?:ne )?veux|jveux|j'?\s?veux|je voudrais) (?:plus|pas|pu) (?:faire ca|faire ça|continuer|parler\b(?!\s+(?:de|du|des|d'|avec|a)\b)|te parler|"
            r"t'?\s?envoyer|envoyer (?:de |d'|des |la |les )?(?:photos?|videos?|ca))\b",
            r"\b(?:efface|effaces|supprime|supprimes|enleve|retire)[- ]?(?:la|les|ma|mes|cette|ces)? ?(?:photos?|videos?|images?|pics?)\b"
            r"[^.!?]{0,20}(?:s'il te plait|s'il vous plait|je t'en supplie|je t'en prie|😭|🙏|😢)",
            # ES: "tengo miedo", "estoy asustada", "dejame en paz", "ya no me escribas", "quiero que esto termine".
            rf"\b(?:tengo|tngo|tego|teng0) (?:{_INT_ES}\s+){{0,2}}(?:mied[o0]|panico|mieo)\b"
            r"(?!\s+(?:de|a)\s+(?!(?:ti|el|ella|ellos|usted|lo que|que|mi mism[oa]|mis (?:papas|padres)|mi (?:mama|papa)|todo|esto|eso|este (?:wey|tipo|senor))\b))",
            r"\b(?:estoy|stoy|toy|ando|me siento|me sient[oa]) (?:muy |re |bien |super |tan |demasiado |toda |todo )?(?:asustad[oa]|"
            r"asustadisim[oa]|aterrad[oa]|aterrorizad[oa]|atrapad[oa]|temblando|en peligro|desesperad[oa]|en panico|muert[oa] de miedo)\b"
            r"(?!\s+(?:en|con|por el|por la|por los|por las)\b)",
            r"\bme (?:das|estas dando|estas asustando|asustas)\b(?: (?:mucho |muncho |tanto )?miedo\b)?",
            rf"\bme (?:da|dan|esta dando) (?:mucho |muncho |tanto |demasiado )?miedo\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|lo que|que\b|tu\b|ti\b|"
            r"todo|esto|eso|cuando|porfa|ya\b))",
            r"\bme siento atrapad[oa]\b",
            r"\bpor ?favor,? (?:ya )?(?:borrala|borralo|borralas|no|para|parale|dejame|detente|basta)\b",
            r"\b(?:porfa|por ?favor|plis|xfa|te lo (?:suplico|ruego))\W{0,3}(?:ya )?(?:borra|elimina|quita) (?:la|las|mi|mis|esa|esas|el|los|"
            r"ese|esos) (?:fotos?|videos?|imagen|imagenes)\b",
            r"\b(?:borra|borrala|borralas|elimina|eliminala|quita)(?: (?:la|las|mi|mis|esa|esas|el|los) (?:fotos?|videos?))?\W{0,3}"
            r"(?:porfa|por ?favor|plis|xfa|te lo (?:suplico|ruego))\b",
            rf"\b(?:ya|porfa|por favor|plis|xfa)\W{{0,3}}(?:para(?:le)?|basta|detente|deten)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|ya\b|porfa|por favor|plis|xfa|tengo|no\b))",
            rf"\b(?:ya )?basta\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|porfa|por favor|plis|xfa|ya\b))",
            r"\b(?:deja|dejen|deje) de (?:escribirme|mandarme|hablarme|molestarme|amenazarme|seguirme|acosarme|llamarme|presionarme|"
            r"buscarme|pedirme|obligarme)\b(?!\s+(?:los |tus )?(?:spoilers?|memes?|links?|gifs?|stickers?|tiktoks?|reels?|canciones))",
            r"\b(?:ya )?no me (?:escribas|mandes|hables|molestes|amenaces|busques|llames|obligues|presiones)\b",
            r"\bdejame (?:en paz|tranquil[oa]|ya)\b",
            rf"\b(?:ya|porfa|por favor|plis|xfa) dejame\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|ya\b|porfa|por favor|plis|xfa))",
            r"\b(?:quiero|kiero|nomas quiero|solo quiero|solamente quiero) que (?:(?:esto|todo|todo esto|ya) )?(?:termine|se acabe|pare|acabe|"
            r"se termine|deje de pasar|ya pare)\b(?!\s+(?:la|el|los|las|de|mi|rapido)\b)",
            r"\bno (?:quiero|kiero) que (?:esto )?siga(?: esto| pasando)?\b(?!\s+(?:la|el|los|las|lloviendo)\b)",
            r"\b(?:ya )?no (?:quiero|kiero) (?:seguir con esto|hacer esto|hacerlo|seguir)\b(?!\s+(?:viv|estudi|trabaj|jug|con (?:la|el|mi)))",
            r"\bya no se que (?:hacer|aser|haser)\b",
            rf"\bno (?:se|c|se ni) (?:que|q) (?:hacer|aser|haser)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|ayuda|ayudame|porfa|por favor|tengo|estoy|"
            r"stoy|me\b|ya\b|neta|la neta|enserio|en serio))",
            rf"\b(?:ya no (?:aguanto|soporto|doy)(?: mas)?|(?:ya )?no (?:aguanto|puedo|soporto|doy) mas)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|ayuda|porfa|"
            r"por favor|neta|tengo|estoy|stoy|me\b|ya\b|dejame|basta|esto|eso))",
            r"\bno puedo (?:dejar de|parar de) (?:llorar|temblar)\b(?!\s+de risa)",
            rf"\bno (?:puedo|logro) respirar\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|estoy|tengo|ayuda|porfa|por favor|me\b|ya\b))",
            # FR (Québec too): "chus pu capable", "j'ai pu la force", "j'arrive pu a respirer".
            rf"\b(?:je suis|jsuis|j'?\s?suis|chui|chuis) (?:pu|plus|pus|vraiment pu|vraiment plus) capable\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|je\b|j'|aide|stp))",
            rf"\b(?:j'?\s?ai|jai|g|je n'?\s?ai) (?:pu|plus|pus|vraiment plus) (?:la force|d'energie|de force)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|je\b|j'|aide|stp))",
            rf"\b(?:j'?\s?arrive|jarrive|je n'?\s?arrive) (?:pu|plus|pus|pas) a respirer\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|je\b|j'|aide|stp))",
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
        r"\b(?:there's|there is) (?:a man|a guy|someone|somebody|a stranger|a car|a van) (?:parked |standing |waiting |sitting )?"
        r"(?:outside|following me|watching me|at my (?:door|window)|in front of my)",
        # Someone or a car outside the child's home, with fear or being alone in the same message:
        # "hay un carro parado afuera de mi casa, tengo mucho miedo, estoy solo" (blind set 8).
        rf"\bhay (?:alguien|un (?:carro|coche|auto|senor|hombre|tipo|man|wey|chavo|desconocido)|una camioneta)(?: \w+)? "
        rf"(?:afuera|fuera|enfrente|frente a|en la puerta) (?:de )?(?:mi|la) (?:casa|puerta|ventana|edificio|depa)\b"
        rf"(?={_ALONE_OR_AFRAID})",
        rf"\b(?:il y a|y a|ya) (?:quelqu'un|un (?:homme|mec|gars|monsieur|inconnu|type)|une voiture|un char|un van)(?: \w+)? "
        rf"(?:devant|dehors devant|en bas de|a la porte de) (?:chez moi|ma (?:maison|porte|fenetre)|mon immeuble)\b"
        rf"(?={_ALONE_OR_AFRAID})",
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
        # Said to the contact, who has come, with fear or being alone in the same message: "ur literally
        # outside my house and my mom isnt home im scared", "t'es devant chez moi et ya personne a la maison".
        rf"\b(?:you're|you are|your|are you|you) (?:still |literally |actually |really |right )*(?:outside|in front of) "
        rf"(?:of )?my (?:house|home|door|front door|window|building|apartment|school)\b(?={_ALONE_OR_AFRAID})",
        rf"\b(?:t'es|t'est|tu es|tes|c'est toi) (?:encore |vraiment |la )?(?:devant|dehors devant|en bas de|a la porte de|sous) "
        rf"(?:chez moi|ma (?:maison|porte|fenetre)|mon (?:ecole|immeuble|college|lycee|appart))(?={_ALONE_OR_AFRAID})",
        rf"\bestas (?:afuera|fuera|enfrente|frente a|en la puerta|parado afuera|esperando afuera) (?:de )?(?:mi|la) "
        rf"(?:casa|puerta|escuela|ventana|edificio|depa|cuarto)\b(?={_ALONE_OR_AFRAID})",
        flag="danger",
    ),
    *_p(
        C.SELF_HARM,
        "the child says they want to hurt or kill themselves",
        *_serious(
            # EN: "i want to die", "i wanna kill myself", "kms fr", "i want to hurt myslef again", "i'll top myself".
            # "wanna die", "i realy want to dye", "i'm ready to die", "i should just die", "i deserve to die".
            rf"{_SELF_EN}(?:{_ADV_EN}\s+){{0,3}}(?:want (?:to|2|ta)|wana|wan|need to|deserve to|ready to|should|wish i could) (?:{_ADV_EN}\s+){{0,2}}"
            rf"{_DIE_EN}{_HYPERBOLE_END}",
            rf"{_SELF_EN}(?:{_ADV_EN}\s+){{0,3}}(?:(?:want|need|have|plan|tried|try|going|wanted|planning|deserve|"
            rf"trying|about|ready|gonna|wanna|used|decided|got) (?:to|2)\s+|wana\s+|wan\s+|imma\s+|ima\s+|i'ma\s+|i'mma\s+|finna\s+|boutta\s+|"
            rf"feel like\s+|could\s+|might\s+|should\s+|wish i could\s+|will\s+|"
            rf"keep (?:wanting|trying) to\s+|(?:keep )?think(?:ing|in)? (?:about|of|abt)\s+|thought (?:about|of)\s+)(?:{_ADV_EN}\s+){{0,2}}"
            rf"(?:kill|kil|hurt|cut|harm|off|top|unalive|end|hang|starve|killing|hurting|cutting|harming|ending|hanging|burn|burning|"
            rf"drown|drowning|poison|poisoning|stab|stabbing|shoot|shooting|suffocate|punish|punishing) {_MYSELF}"
            r"(?!\s+(?:laughing|in the foot|out\b|up\b|with (?:work|food|homework)))",
            rf"\bi{_LOL_I}(?:'ll| will| shall)\s+(?:{_ADV_EN}\s+){{0,2}}(?:kill|hurt|cut|harm|off|top|unalive|end|hang) {_MYSELF}"
            r"(?!\s+(?:laughing|in the foot))",
            rf"\bi{_LOL_I}(?:'ve| have)? (?:been |started |start |keep |still )(?:cutting|hurting|harming|burning)(?: {_MYSELF}|\s+again)",
            rf"\b(?:cut|hurt|cutting|hurting|harming) {_MYSELF} (?:again|on purpose|every (?:day|night))",
            rf"(?:{_SELF_EN}|\b(?:and|then|relapsed and) )(?:{_ADV_EN}\s+){{0,3}}(?:(?:want|need|going|about|tried|trying) to |might |will )?(?:cut|cutting)"
            rf"(?: {_MYSELF})? again\b(?!\s+(?:my|the|this|that|it|his|her|your|our|their|a|an|some)\b)",
            rf"\bi(?:'ve| have|'m| am)? (?:(?:already|just|even)\s+)?(?:wrote|writing|written|write|left) (?:a|my) (?:suicide (?:note|letter)|"
            rf"goodbye (?:note|letter)(?=\s*(?:$|[.!?,;]|{_EMOJI}|to (?:everyone|everybody|my family|you all|my parents)|for (?:everyone|"
            r"everybody|my family|my parents))))",
            # The words alone: "kill myself." / "k1ll mys3lf".
            rf"^(?!\W*{_LAUGH})\W*(?:(?:just|gonna|going to|about to|want to|might)\s+)?(?:kill|hurt|cut|unalive) {_MYSELF}(?=\s*(?:$|[.!?,;]|{_EMOJI}|tonight|"
            r"now|fr\b|right now|honestly|seriously))",
            # "nobody would miss me", "no one cares if i live or die".
            rf"\b(?:nobody|no one|noone|no1|no body)(?: would| wud| will|'d|'ll| gonna| is going to)?(?: even| really)? miss me\b"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|any ?way|any ?more|honestly|fr\b|i\b|i'm|if|when))",
            r"\b(?:nobody|no one|noone|no1) (?:cares?|would care|will care|gives a \w+) (?:if|whether) i (?:live|die|lived|died)\b",
            r"\bkms\b(?<!\d kms)(?<!\dkms)(?<!thousand kms)(?<!hundred kms)(?<!couple kms)(?<!few kms)(?<!many kms)"
            r"(?!\s*(?:off|away|from|per|an hour|a day|/))",
            r"\bself[- ]?harm(?:ing|ed)? (?:again|myself)\b",
            r"\bi (?:(?:still|sometimes|have|started|start) )?self[- ]?harm\b",
            r"\bi(?:'ve| have)? (?:been )?self[- ]?harming\b",
            rf"\bi{_LOL_I} (?:{_ADV_EN}\s+){{0,2}}want (?:to|2) (?:{_ADV_EN}\s+){{0,2}}(?:disappear|vanish|not exist|stop existing|"
            r"sleep forever|(?:go to )?sleep and never wake up(?: again)?|not wake up|be dead|end it all|end my life|take my (?:own )?life|not be here any ?more)"
            r"(?=\s*(?:$|[.!?,;]|forever|for good|and never|completely|from (?:this|the) (?:world|earth)|any ?more|i\b|i'm|"
            r"[\u2600-\u27bf\U0001F300-\U0001FAFF]|not\b|fr\b|honestly|seriously|no one|nobody))",
            r"\bi (?:just |really |honestly )?wish i (?:was|were) dead\b",
            r"\bi (?:just |really |honestly )?wish i (?:was|were|had|'d) never (?:been )?born\b",
            r"\bi (?:just |really |honestly )?wish i (?:wasn'?t|weren'?t|was not|were not) (?:born|alive|here any ?more)\b",
            r"\bi (?:just |really |honestly )?wish i (?:didn'?t|did not|could stop|would stop) (?:exist|existing|wake up)\b",
            r"\bi (?:just |really |honestly )?wish i could (?:just )?(?:die|disappear forever|stop existing|never wake up)\b",
            r"\bend (?:it all|my life|my own life)\b",
            r"\btake my (?:own )?life\b",
            r"\bi(?:'m| am) (?:going to|gonna|about to|ready to) end it\b(?=\s*(?:$|[.!?,]|tonight|today|now|for good|all))",
            # "wanna end it", "i might just end everything", "thinking of ending everything", "been thinking about ending it".
            rf"{_SELF_EN}(?:{_ADV_EN}\s+){{0,3}}(?:(?:want|need|going|ready|about|planning|plan|decided|trying|gonna|wanna|got) (?:to|2)|wan|"
            rf"should|might|will|could|(?:keep )?think(?:ing|in)? (?:about|of|abt)|thought (?:about|of)|considering) "
            rf"(?:(?:just|finally|really|actually|seriously)\s+)?(?:end|ending) (?:everything|it all|my (?:own )?life|my existence|"
            # "end am" is Pidgin for "end it" ("i just wan end am today"); "2night" is not folded to "tonight".
            rf"(?:it|am)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|tonight|tonite|2night|2nite|today|for good|forever|once and for all|soon|i\b|i'm|idk|nobody|no one|honestly|"
            rf"tbh|fr\b)))(?![^.!?\n]{{0,25}}\bwith\b)",
            r"\bending (?:it all|my (?:own )?life)\b",
            r"\bi(?:'m| am) (?:(?:just|really|finally|actually|seriously)\s+)?ending it (?:tonight|today|for good|once and for all)\b"
            r"(?![^.!?\n]{0,25}\bwith\b)",
            # "i feel like dying", "i hope i don't wake up", "i'd rather be dead", "done with living", "jump off a bridge".
            rf"\bi (?:(?:just|really|honestly|literally|seriously|still|always|kinda|so|sometimes)\s+){{0,2}}(?:feel|felt|feeling) like "
            rf"(?:dying|i want to die|i'm going to die|i should die)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|every day|all the time|any ?more|honestly|"
            rf"fr\b|tbh|right now|no one|nobody|i\b|i'm))",
            r"\bi (?:(?:just|really|honestly|kinda|sometimes)\s+)?hope i (?:don'?t|do not|never|won'?t) wake up\b"
            r"(?!\s+(?:late|early|too|before|at|in time|with|to|and|on|for)\b)",
            rf"\bi (?:(?:just|really|honestly|kinda|sometimes)\s+)?hope i die\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|in my sleep|tonight|soon|"
            rf"honestly|fr\b|already))",
            r"\bi(?:'d| would) (?:(?:just|really|honestly|literally|much)\s+)?rather (?:(?:just\s+)?(?:be dead|kill myself|die)|not (?:be alive|exist|live|wake up))\b"
            r"(?!\s*,?\s*(?:than|then))",
            rf"\b(?:done|finished) with (?:living|being alive|existing|this life|life)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|honestly|fr\b|tbh|i\b|i'm|"
            r"any ?more|for real|seriously|and\b|so\b|like\b))",
            rf"{_SELF_EN}(?:{_ADV_EN}\s+){{0,3}}(?:(?:want|need|going|ready|about|planning|plan|trying|gonna|wanna) (?:to|2)|should|might|will|"
            rf"(?:keep )?think(?:ing|in)? (?:about|of|abt)) (?:just\s+)?(?:jump|jumping) (?:off|from|out of|in front of) (?:of )?"
            r"(?:a|the|my|this|our|that) (?:bridge|roof|rooftop|building|balcony|window|overpass|parking garage|tower|train|bus|truck)\b",
            r"\b(?:i'm|i am|i feel|i've been|i have been|i get|i'm getting|i'm feeling|i've been feeling|i was)\s+"
            r"(?:(?:so|really|kinda|very|lowkey|literally|super|pretty|actually|still|always|getting|very very)\s+){0,2}suicidal\b",
            r"\bi(?:'ve| have)? (?:been )?(?:having |getting |had )suicidal (?:thoughts|feelings)\b",
            rf"{_SELF_EN}(?:{_ADV_EN}\s+){{0,2}}(?:want to|going to|gonna|wanna|thinking (?:about|of|abt)|think (?:about|of)|"
            r"thought (?:about|of)|might|plan to|planning to|tried to|try to|about to|ready to|will|keep thinking about|considering|"
            r"attempted|committed|tried) "
            r"(?:commit(?:ting)? |attempt(?:ing)? )?suicide\b(?!\s+(?:prevention|rates?|awareness|hotline|squad|bomb|note in the (?:movie|book)))",
            r"\b(?:i|(?<![\w] )1) (?:(?:just|really|honestly|literally|seriously|still|genuinely)\s+){0,2}(?:don'?t|do not|dont) want (?:to|2) "
            r"(?:b(?:e)? here|b(?:e)? around|live|liv3|exist|b(?:e)? alive|wake up|go on|b(?:e)? on this (?:earth|planet)|live like this|b(?:e)? in this world)"
            r"(?:\s*(?:any ?more|[a4]nymor[e3]?|no more|ne ?more|n e more|no mo|tomorrow|ever again|in the morning)\b|\s*(?:$|[.!,]|[\u2600-\u27bf\U0001F300-\U0001FAFF]|"
            r"(?:tbh|honestly|fr|ngl|seriously|idk|nobody|no one)\b))",
            r"\b(?:nobody|no one|noone|no body|no1)(?: would| will|'d|'ll| is going to| going to| wud| wld| wuld| gonna| even| really)* "
            r"(?:care|notice|miss me|cry|remember me)s? (?:if|when) i(?:'m| am| was| were| died| die| disappeared| disappear| left| leave| "
            r"killed| kill| ended| end| wasn'?t| weren'?t| stopped| stop| just disappeared| was gone| were gone| was dead| were dead| 'm gone| 'm dead)",
            r"\b(?:everyone|everybody|they|you|we|my (?:family|parents|mom|mum|dad|friends)|the world|people)(?: all)? (?:would|'d|will|'ll)(?: all)? "
            r"be (?:so |much |a lot )?better (?:off )?without me\b(?!\s+(?:as\b|on (?:the|this|that|your|our|my)\b|this (?:season|time|year|round|game|weekend|trip)|at (?:the|this|practice|work)\b|"
            r"for (?:the|this|that) (?:game|match|project|trip|race|show)|tonight|tomorrow|there\b|in (?:the|this|that|our|my) (?:team|group|game|match|band|class|project|race|car)))",
            # Not the team or the trip: "the team would be better off without me this season".
            r"\bbetter off (?:dead|without me|w/o me|w/out me|wo me|without me here)\b(?!\s+(?:as\b|on (?:the|this|that|your|our|my)\b|this (?:season|time|year|round|game|weekend|trip)|at (?:the|this|practice|work)\b|"
            r"for (?:the|this|that) (?:game|match|project|trip|race|show)|tonight|tomorrow|there\b|in (?:the|this|that|our|my) (?:team|group|game|match|band|class|project|race|car)))",
            # "everyone would be better off if i just wasn't here anymore", "they'd all be happier if i didn't exist".
            r"\b(?:would|'d|will|'ll)(?: all)? be (?:so |much |a lot |way )?(?:better(?: off)?|happier|easier) (?:for (?:everyone|everybody|them|you|"
            r"my (?:family|parents|mom|mum|dad)) )?(?:without me|if i (?:(?:just|simply|only|really)\s+)?(?:(?:was|were|'m|am) (?:dead|gone|never born|not (?:alive|here|around|born))|"
            r"(?:wasn'?t|weren'?t|was not|were not) (?:alive|here|around|born|in (?:the|this) (?:world|picture))|(?:didn'?t|did not|never) exist(?:ed)?|"
            rf"was never born|died|killed myself|disappeared|vanished))\b"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|any ?more|honestly|fr\b|tbh|i\b|i'm|and\b|so\b|any ?way|for good|forever))",
            r"\b(?:no|there'?s no|i have no|i've got no|i got no) (?:reason|point) for me to (?:live|be alive|go on|keep living|be here)\b",
            r"\bi'm (?:just )?a burden(?: to (?:everyone|everybody|my family|you all))?\s*(?:$|[.!,]|to)",
            r"\b(?:no|there'?s no|i have no|i've got no|i got no) (?:reason|point) (?:to live|in living|living|to go on|to be alive|in being alive)\b",
            r"\bnothing (?:left )?to live for\b",
            r"\blife (?:isn'?t|is not|ain'?t) worth (?:living|it any ?more)\b",
            r"\bwhat'?s the point (?:of|in) (?:living|being alive|going on|me being here)\b",
            r"\b(?:tired|sick) of (?:living|being alive)\b(?!\s+(?:in|with|at|on|here|there|under|near|next)\b)",
            r"\bslit my wrists?\b",
            # Dying rather than being exposed: "i'd rather die than have everyone see it", "prefiero morirme antes de que lo vean";
            # not "i'd rather die than eat broccoli".
            r"\bi(?:'d| would) (?:(?:just|really|honestly|literally|much)\s+)?rather (?:be dead|die|kill myself|not exist) (?:than|then) "
            r"(?:(?:have|let|see)\s+)?(?:anyone|everyone|everybody|them|people|my (?:parents|mom|mum|dad|family|friends|school|class)|the whole (?:school|class)|you)\b"
            r"[^.!?]{0,20}\b(?:see|seeing|sees|find out|finding out|finds out|know|knowing|look at|watch|get it|post|share)",
            r"\bje (?:prefere|prefererais|prefere encore) (?:mourir|crever|etre morte?|me tuer|disparaitre) (?:plutot )?(?:que|qu')\s*(?:de )?"
            r"(?:laisser )?(?:tout le monde|mes parents|ma mere|mon pere|ma famille|les gens|toute l'ecole|toute la classe|mes potes|mes amis|ils|quelqu'un|tu)\b"
            r"[^.!?]{0,20}\b(?:voi(?:e|ent)|sache|sachent|decouvre|decouvrent|regarde(?:nt)?|publies?|envoies?|montres?)\b",
            r"\b(?:prefiero|preferiria) (?:morir(?:me)?|matarme|estar muert[oa]|desaparecer) (?:antes de que|antes que|a que)\s+(?:[\w']+\s+){0,3}?"
            r"(?:(?:lo|la|los|las|me)\s+)?(?:vean|sepan|vea|sepa|descubran|descubra|manden|mandes|publiques|subas|ensenes|ensenen)\b",
            # A farewell: "there won't be a tomorrow", "no va a haber mañana", "il y aura pas de demain"; not "party like there's no tomorrow".
            rf"\b(?<!like )(?<!as if )(?<!as though )there (?:won'?t|will not|wont|is not going to|isn'?t going to|ain'?t gonna|aint gonna) be (?:a|any) tomorrow\b"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|for me|any ?way|honestly|not for me))",
            rf"\b(?<!comme )(?:il n'?\s?y|il y|y'?\s?|n'?\s?y)\s?(?:aura|a) (?:pas|plus|pu|jamais) de demain\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|pour moi))",
            rf"\b(?<!como si )no (?:va a haber|habra|voy a tener|tendre) (?:un )?manana\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|para mi))",
            # The means at hand: "i have my dads pills in front of me", "tengo las pastillas de mi papá aquí".
            r"\bi (?:have|'ve got|got|'m holding|am holding) (?:my (?:mom'?s|mum'?s|dad'?s|parents'?|mother'?s|father'?s|grandma'?s|nan'?s) |the |all the |a bunch of |a bottle of |all my )"
            r"(?:pills|meds|medication|sleeping pills|tablets|painkillers|pain killers)\b[^.!?]{0,15}(?:in front of me|right here|ready|next to me|in my hand)",
            r"\btengo (?:las|todas las|unas|un monton de) (?:pastillas|pildoras|medicinas)(?: de mi (?:papa|mama|abuel[oa]|padre|madre))? (?:enfrente|aqui|en la mano|listas|conmigo)\b",
            r"\bj'?\s?ai (?:les|tous les|des|plein de) (?:medicaments|cachets|pilules|comprimes)(?: de (?:mon pere|ma mere|mes parents))? (?:devant moi|dans la main|prets|a cote de moi)\b",
            r"\b(?:take|took|taking|swallow|swallowed|swallowing) (?:all|a bunch|all of|a whole bottle|the whole bottle) (?:my|the|of my|of the|of) "
            r"(?:pills|meds|medication|sleeping pills|tablets)\b",
            rf"\bi(?:'m| am|'ll| will)? (?:{_ADV_EN}\s+){{0,2}}(?:want to|going to|about to|ready to|planning to|plan to|tried to|try to|"
            rf"might|thinking (?:about|of)|will) (?:overdose|overdosing|od)\b(?=\s*(?:$|[.!?,;]|{_EMOJI}|tonight|today|on (?:my |the |all |some )?"
            r"(?:pills|meds|medication|medicine|tylenol|painkillers|pain killers|sleeping pills)))",
            r"\b(?:don'?t|do not|can'?t|cannot) see (?:the|any|a) point (?:in|of|to) (?:living|being alive|life|going on|existing|being here)\b"
            r"(?!\s+(?:if|when|without))",
            # "i can't live like this anymore", "i can't go on living"; "afraid of what i might do to myself".
            r"\bi (?:just |really |honestly |seriously )?(?:can'?t|cannot|can not) (?:go on |keep |keep on )?(?:living|live|go on)"
            r"(?: (?:like this|with this|with myself|this way))?(?: any ?more| no more)\b",
            rf"\bi (?:just |really |honestly |seriously )?(?:can'?t|cannot|can not) (?:go on |keep )?(?:living|live) (?:like this|with myself)\b"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|i\b|i'm|please|help|honestly|fr\b|tbh))",
            rf"\b(?:i'm|i am|i get|i'm getting|i feel) (?:{_INT_EN}\s+){{0,2}}(?:scared|afraid|terrified|frightened) (?:of myself|of what i (?:might|could|will|'ll|"
            rf"would|'d|may|'m going to|am going to|'m gonna) do(?: to myself)?)(?=\s*(?:$|[.!?,;]|{_EMOJI}|to myself|tonight|right now|now\b|"
            rf"any ?more|i\b|i'm|please|help|honestly))",
            # FR: "je veux mourir", "jveux en finir", "j'ai envie de me tuer", "jveux plus etre en vie", "j'ai pu envie de vivre".
            rf"\b{_FR_WANT}\s?(?:(?:juste|vraiment|tellement|trop|seulement)\s+)?(?:mourir|mourrir|crever|me tuer|me suicider|"
            rf"me suicide|en finir{_FINIR_WITH}|me faire du mal|me faire mal(?!\s+(?:au|aux|a (?!soir)|en|avec|sur|si|quand|pour|dans|comme)\b)|me blesser|me couper|me scarifier|me mutiler|me pendre|me jeter (?:sous|d'un|du|par)|"
            rf"sauter (?:du|d'un|d'une|de la|par la|du haut d'un|du haut du|du haut de la) (?:pont|toit|fenetre|immeuble|balcon|building|tour)|"
            rf"disparaitre(?: pour toujours| a jamais)?|me foutre en l'air|dormir pour toujours|dormir et (?:ne )?(?:plus jamais|jamais|plus) me reveiller|(?:ne )?plus me reveiller|"
            rf"(?:ne )?plus (?:exister|etre la|vivre\b{_VIVRE_END}|etre en vie)|pas vivre\b{_VIVRE_END})\b{_HYPERBOLE_END}",
            rf"\b(?:j[e3] (?:ne )?veux|jveux|j'?\s?veux|je ne veux) (?:plus|plu5|pl5|plu|pu|pas) (?:vivre|vivr3|etre en vie|etre la|exister|me reveiller)\b{_VIVRE_END}",
            r"\b(?:j'?\s?|je n'?\s?|jn'?\s?|g\b)(?:ai|avais)? ?(?:pu|plus|pas|pus|aucune) (?:envie|envi|le gout|la force|le courage|la volonte) "
            rf"(?:de vivre|d'?\s?etre en vie|d'?\s?exister|de continuer a vivre)\b{_VIVRE_END}",
            # "j'ai plus envie de rien", "j'ai pu goût à rien"; not "plus envie de rien faire aujourd'hui", "de rien manger".
            r"\b(?:j'?\s?|je n'?\s?|jn'?\s?|g\b)(?:ai|avais)? ?(?:pu|plus|pus) (?:envie|envi|le gout|gout) (?:de|d'|a) rien\b"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|en vrai|du tout|de la vie|honnetement|franchement|je\b|j'|meme (?:pas )?(?:de )?vivre|personne))",
            # "je pense au suicide", "jpense souvent a en finir", "j'ai des idees noires".
            rf"\b(?:je pense|jpense|j'?\s?pense|je songe|j'?\s?ai pense|je pensais|j'?\s?pensais)(?: (?:souvent|encore|beaucoup|serieusement|"
            rf"tout le temps|de plus en plus|parfois|vraiment|juste|seulement|rien qu'|qu'))? (?:au suicide|a me suicider|a mourir|a en finir{_FINIR_WITH}|a me tuer|"
            rf"a me faire du mal|a disparaitre)\b{_HYPERBOLE_END}",
            r"\b(?:j'?\s?ai|g|jai) (?:des |encore des |souvent des |plein d'|que des )?(?:idees|pensees) (?:noires|suicidaires|de suicide|de mort)\b",
            r"\b(?:ca|la vie|ma vie)? ?(?:ne )?sert (?:plus )?a rien de (?:vivre|continuer a vivre|rester en vie|exister)\b",
            r"\b(?:marre|fatiguee?|lasse?|j'?\s?en ai assez) de (?:vivre|exister|etre en vie|la vie)\b(?!\s+(?:de|d'|en|a|au|ici|comme|avec|sans|dans)\b)",
            r"\b(?:je me|jme|j'?\s?me) suis (?:encore |a nouveau |de nouveau |re)?(?:scarifiee?|mutilee?)\b",
            r"\b(?:je me|jme|j'?\s?me) suis (?:encore|a nouveau|de nouveau|expres) (?:coupee?|fait du mal|brulee?)\b"
            r"(?!\s+(?:les|le|la|l'|un|une|avec|en|au|a|aux|sur|dans)\b)",
            r"\b(?:je me|jme|j'?\s?me) (?:coupe|scarifie|fais du mal) (?:encore|a nouveau|de nouveau|tous les jours|chaque (?:jour|soir|nuit))\b",
            rf"\benvie?s? d'?e? ?(?:mourir|crever|me tuer|me suicider|en finir{_FINIR_WITH}|disparaitre|me faire du mal)\b{_HYPERBOLE_END}",
            r"\bme suicider\b",
            r"\b(?:je me|jme|j'?\s?me) (?:fais|suis fait|suis faite) du mal\b(?!\s+(?:en|au|a la|avec|pendant|quand)\b)",
            r"\bje (?:me scarifie|me mutile|me coupe (?:encore|les bras|le bras|les poignets|pour))\b",
            r"\b(?:je suis|jsuis|chu|je me sens|je deviens) (?:tellement |trop |vraiment |tres |un peu |encore )?suicidaire\b",
            r"\bpersonne (?:ne )?(?:[\w']+ ){0,4}si (?:je (?:disparai|mour|meur|part|me tu|n'etais plus|etais plus|suis plus|crev)|j'?\s?(?:etais|serais) (?:pu|plus) la\b|j'?\s?existais (?:pu|plus)\b)",
            # "je veux juste que tout arrête pour de bon", "quiero que todo se acabe para siempre", "i want it all to end for good".
            r"\b(?:je veux|jveux|j'?\s?veux|je voudrais) (?:juste |seulement )?que tout (?:s'?\s?arrete|arrete|finisse|se termine) pour (?:de bon|toujours)\b(?!\s+(?:avec|ce|cette|le|la|les)\b)",
            r"\b(?:quiero|kiero|quisiera) que todo (?:se acabe|termine|se termine|acabe) para siempre\b(?!\s+(?:con|de|el|la|los|las)\b)",
            r"\bi (?:just )?want (?:it all|everything) to (?:end|stop) (?:for good|forever)\b(?!\s+(?:with|at|in|on|so)\b)",
            # If it gets out: "si ça sort je me tue, je te jure", "si eso sale me mato enserio".
            r"\bsi (?:(?:ca|sa|c|cette photo|ces photos|la photo|les photos|la video|cette video) (?:sort|sortent|fuite|fuitent|circule|circulent)|"
            rf"tu (?:l'|la |le |les )?(?:envoies|publies|postes|montres|partages|balances))\b[^.!?]{{0,20}}?\b(?:je me (?:tue|suicide)|jme (?:tue|suicide)|j'?\s?me (?:tue|suicide)|je vais me (?:tuer|suicider))\b{_HYPERBOLE_END}",
            r"\bsi (?:(?:eso|esto|esa foto|esas fotos|ese video|la foto|las fotos|el video) (?:sale|salen|se sabe|se filtra|se publica)|"
            rf"(?:la |las |lo |los )?(?:subes|publicas|mandas|ensenas|compartes))\b[^.!?]{{0,20}}?\bme (?:mato|suicido|quito la vida|voy a matar)\b{_HYPERBOLE_END}",
            r"\b(?:tout le monde|ils|ma famille|mes parents|vous|le monde) (?:seraient?|serait|sera) (?:tellement |bien )?mieux sans moi\b",
            # "tout le monde serait mieux si je n'étais plus là", "ce serait mieux pour tout le monde si je disparaissais",
            # "ma famille s'en porterait mieux sans moi"; not "ce serait mieux si j'étais pas là quand il rentre".
            r"\b(?:(?:tout le monde|tous|ils|elles|ma famille|mes parents|ma mere|mon pere|mes amis|vous|le monde)(?: s'en| se)? "
            r"(?:seraient?|serait|sera|seront|porterai(?:en)?t|vivrai(?:en)?t|irai(?:en)?t)|(?:ce|ca|c') ?(?:serait|sera))"
            r"(?: (?:tellement|bien|beaucoup|vraiment|tous|toutes))? (?:mieux|mieu|plus heureu(?:x|se|ses)|plus tranquilles?)"
            r"(?: (?:pour|a) (?:tout le monde|tous|eux|ma famille|mes parents|tout le monde autour))?"
            r"(?<!\bce serait mieux)(?<!\bca serait mieux)(?<!\bc'serait mieux)(?<!\bce sera mieux)(?<!\bca sera mieux)"
            r" (?:sans moi|si (?:je (?:n'?\s?)?|j'?\s?)(?:etais|existais|serais) (?:plus|pas|pu|jamais) (?:la|nee?|en vie|vivante?|de ce monde)|"
            r"si (?:je (?:n'?\s?)?|j'?\s?)existais (?:plus|pas|pu)|si j'?\s?(?:etais|serais) (?:morte?|partie? pour toujours)|"
            r"si je (?:disparaissais|mourais|partais pour toujours|me tuais|crevais)|si j'?\s?avais jamais existe)\b"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|en vrai|honnetement|je\b|j'|pour toujours|a jamais|de toute facon|franchement))",
            r"\b(?:j'?\s?en peux plus|je n'en peux plus) de vivre\b",
            r"\b(?:aucune|plus de|pas de) raisons? de vivre\b",
            r"\ba quoi (?:bon|ca sert de) vivre\b",
            r"\b(?:la vie|ma vie|vivre) (?:ne )?(?:vaut|merite) (?:pas|plus|pu) (?:la peine|le coup)\b",
            r"\b(?:ma vie|la vie|vivre) (?:n'?\s?)?a (?:plus|pas|aucun|plus aucun) (?:de )?sens\b",
            # "je peux pu vivre avec ça", "j'peux plus vivre comme ça"; "j'ai peur de ce que je vais faire à soir".
            rf"\b(?:je (?:ne )?(?:peux|peu|peut)|jpeux|jpeu|j'?\s?peux|j'?\s?peu|je n'?\s?peux) (?:pu|plus|pus|vraiment plus) "
            rf"(?:vivre|continuer a vivre|rester en vie|continuer comme ca)(?: (?:avec (?:ca|ça|tout ca|tout ça|cette honte|ce poids)|comme ca|comme ça|de meme))?"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|je\b|j'|jveux|c'est|personne|aide|stp|s'il))",
            rf"\b(?:j'?\s?ai|jai|g) (?:{_INT_FR}\s+){{0,2}}peure? (?:de moi[- ]?meme|de moi|"
            rf"(?:de |d'?\s?)ce que (?:je |j'?\s?)(?:vais|vai|pourrais|peux|risque de|suis capable de) (?:me )?faire)"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|a soir|ce soir|cette nuit|maintenant|a moi))",
            # ES: "me quiero morir", "m kiero morir", "quiero matarme", "quiero aserme daño", "ya no quiero vivir".
            rf"\b(?:me?\s?|m'\s?)(?:quiero|kiero|qiero|kero|voy a|vo a|kisiera|quisiera) (?:morir|matar|suicidar|cortar|lastimar|colgar|quitar la vida|"
            rf"aventar|tirar (?:de|del|por)|hacer (?:dano|danio))\b{_HYPERBOLE_END}"
            r"(?!\s+(?:con|jugando|si|estudiando|trabajando|haciendo|en el|en la|por (?:ti|el|la|un|una))\b)",
            rf"\b(?:ya )?{_ES_WANT}\s+(?:ya\s+)?(?:morir(?:me)?|matarme|suicidarme|desaparecer(?: para siempre)?|"
            rf"(?:h|)a[cs]erme (?:dano|danio|mal)|ha[cs]erme (?:dano|danio|mal)|lastimarme|cortarme|quitarme la vida|"
            rf"dejar de (?:existir|vivir)|colgarme|tirarme (?:de|del|por)|(?:acabar|terminar) con (?:mi vida|todo(?!\s+(?:el|la|los|las|lo|esto|eso|mi|mis|de|tu)\b)))"
            rf"\b{_HYPERBOLE_END}(?!\s+(?:del grupo|de aqui|del chat))",
            r"\b(?:y[a4] )?n[o0] (?:quiero|quier0|kiero|qiero|kero) (?:seguir )?(?:vivir|viviendo|estar viv[oa]|viv[oa]|existir|despertar(?:me)?|seguir aqui|"
            r"estar aqui|seguir con vida)\b(?!\s+(?:en|con|cerca|lejos|junto|alla|alli|ahi|sol[oa] en)\b)",
            # "ya no quiero seguir" said alone (of living): not "seguir jugando", "seguir con esto", "seguir en el equipo".
            rf"\bya no (?:quiero|kiero|qiero|kero) seguir(?: mas| (?:aqui|en este mundo))?(?=\s*(?:$|[.!?;]|{_EMOJI}|,\s*(?:de verdad|"
            r"en serio|neta|la neta|ya\b|nadie|no\b|perdon|lo siento|estoy cansad|me quiero|quiero morir)|de verdad|en serio|neta|la neta|ya no\b|nadie|perdon|lo siento))",
            r"\bsuicidarme\b",
            r"\bquitarme la vida\b",
            r"\b(?:quiero|kiero|quisiera|kisiera|me gustaria|ojala pudiera) dormir(?:me)? y no (?:despertar(?:me)?|volver a despertar(?:me)?) (?:nunca|jamas|mas|nunca mas)\b",
            r"\b(?:a )?nadie (?:\w+ ){0,4}si (?:me muero|muero|me muriera|desaparezco|desapareciera|me voy para siempre|me mato|"
            r"me matara|no estuviera|ya no estoy|ya no estuviera|dejo de existir)",
            r"\bnadie me (?:extranaria|va a extranar|extrañaria)\b",
            r"\b(?:estarian|estaria) mejor sin mi\b",
            # "todos estarían mejor si yo ya no estuviera", "sería mejor para todos si me muriera"; a bare "sería mejor si
            # no estuviera" (the rain, the party) needs "para todos" or someone who would be better.
            r"\b(?:(?:(?:estarian|serian|vivirian|estarias|estariamos)|(?:todos|todo el mundo|mi familia|mis (?:papas|padres|amigos)|mi (?:mama|papa)|ellos|ustedes|el mundo) "
            r"(?:estaria|seria|viviria|estaran|seran|estan|son))(?: (?:todos|mucho|muchisimo|mas|tan))? (?:mejor|mas felices|mas feliz|mas tranquil[oa]s?|mas facil)"
            r"(?: (?:para|a) (?:todos|todo el mundo|mi familia|ellos))?|(?:estaria|seria|sera) (?:todo )?(?:mucho |mas |muchisimo )?(?:mejor|mas facil) "
            r"para (?:todos|todo el mundo|mi familia|ellos|mis (?:papas|padres))) (?:sin mi|si (?:yo )?(?:ya )?(?:no (?:estuviera|estubiera|existiera|hubiera nacido|viviera|estoy|existo)|"
            r"me muriera|me muero|desapareciera|desaparezco|me fuera para siempre|estuviera muert[oa]|me matara))\b"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|aqui|en este mundo|viv[oa]|neta|la neta|en serio|de verdad|ya\b|nunca|mas\b|para siempre))",
            r"\bme (?:corto|corte|he cortado|estoy cortando) (?:otra vez|de nuevo|los brazos|el brazo|las munecas|las piernas)\b",
            r"\b(?:no tengo|no hay|sin) (?:razon|razones|motivo|motivos) (?:para|de) vivir\b",
            # "me sigo cortando", "estoy cansada de vivir", "ojala me muriera", "quisiera estar muerta", "pienso en el suicidio".
            r"\bme (?:sigo|he estado|estoy|volvi a|vuelvo a|empece a) (?:cortar|cortando|lastimar|lastimando|hacer dano|haciendo dano)\b"
            r"(?!\s+(?:con|el|la|los|las|al|en|jugando|las unas|el pelo)\b)",
            r"\b(?:cansad[oa]|hart[oa]|fastidiad[oa]) de (?:vivir|la vida|existir|estar viv[oa])\b(?!\s+(?:de|del|en|con|sin|aqui|asi)\b)",
            r"\b(?:la vida|mi vida|vivir) (?:ya )?no vale la pena\b|\bno vale la pena (?:vivir|seguir viviendo|seguir viv[oa]|estar viv[oa])\b",
            rf"\bme (?:corto|lastimo|hago dano)(?=\s*(?:$|[.!?,;]|{_EMOJI}|a proposito|sol[oa]\b|cuando|todos los dias|cada (?:dia|noche)|"
            r"otra vez|de nuevo))",
            r"\bno (?:le )?(?:veo|encuentro|tiene|tengo) (?:ningun |el |mas |ya )?sentido (?:a |de |el |para )?(?:vivir|seguir viviendo|"
            r"la vida|mi vida|seguir viv[oa]|estar viv[oa]|existir)\b(?!\s+(?:asi|aqui|en|con)\b)",
            # "ya no puedo vivir así", "no puedo seguir viviendo"; "tengo miedo de lo que me pueda hacer".
            rf"\b(?:ya )?no (?:puedo|aguanto) (?:seguir )?(?:vivir|viviendo)(?: (?:asi|con esto|de esta manera|con esta verguenza))?"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|ya\b|neta|en serio|nadie|no\b|ayuda|porfa|por favor|mas\b))",
            rf"\btengo (?:{_INT_ES}\s+){{0,2}}miedo (?:de mi mism[oa]|de (?:lo que|que) (?:me )?(?:pueda|puedo|voy a|podria|vaya a) (?:hacer(?:me)?|hacer a mi))"
            rf"(?=\s*(?:$|[.!?,;]|{_EMOJI}|esta noche|hoy|ahorita|ya\b|a mi mism))",
            r"\bojala (?:me muera|me muriera|estuviera muert[oa]|no (?:hubiera|haber) nacido|no despertar|no despierte|no me despierte|"
            r"desapareciera|desaparecer para siempre)\b",
            r"\b(?:quiero|kiero|quisiera|kisiera|prefiero|preferiria) estar muert[oa]\b",
            rf"\b(?:pienso|pensando|he pensado|pense|pensaba|piensa|sigo pensando|ando pensando|no (?:dejo|paro|puedo dejar) de pensar) (?:(?:mucho|seguido|a veces|todo el tie[mn]po|todo el dia|"
            rf"cada vez mas|siempre|nomas|solo|mucho mas|diario|cada noche|en las noches|otra vez|de nuevo|puro|nada mas|solamente)\s+){{0,2}}en "
            rf"(?:el suicidio|suicidarme|matarme|quitarme la vida|morirme|hacerme dano|lastimarme|cortarme|"
            rf"(?:terminar|acabar) con (?:mi vida|todo(?!\s+(?:el|la|los|las|lo|esto|eso|mi|mis|de|tu)\b)))\b{_HYPERBOLE_END}",
        ),
    ),
]

# --- context cues (not indicators) ----------------------------------------------------------

_POSSESSIVE = re.compile(
    r"(?:\b(?:my|your|his|her|their|our|the|a|his|mi|tu|su|ma|ta|sa|mon|ton|son|tes|mes|ses|la|le|el|de|a la|sa)\s+)$"
)
_KIN = re.compile(r"\b(?:mom|mum|dad|mama|papa|maman|mami|papi)\b")
_ROMANCE_KIN = frozenset({"mama", "papa", "maman", "mami", "papi"})
_TO_OR_OF = re.compile(r"\b(?:a|de)\s+$")
_KIN_SELF = re.compile(
    r"\b(?:grandpa and i|grandma and i|it'?s (?:aunt|auntie|uncle|grandma|grandpa|your (?:aunt|uncle|mom|dad|mum))\b|your old man|"
    r"tu (?:tio|tia|abuela|abuelo|abuelita)|ta (?:tante|grand-mere|mamie)|ton (?:oncle|grand-pere|papi))"
)
_KIN_ADDRESS = re.compile(
    r"\b(?:grandma|grandpa|granny|nana|gran|abuelita|abuelito|abuela|abuelo|abue|aunt \w+|aunt|auntie|uncle|mamie|papi|mami|"
    r"dad|mom|mum|mam|papa|maman|mama|cousin|cousine|cuz|primo|prima)\b"
)
# Where a kin word is a call: at the start of the message (after a greeting or "ok"), or at its
# end (before punctuation or an emoji), as "mom, can you..." and "thanks dad!" are.
_VOCATIVE_BEFORE = re.compile(
    r"^\W*(?:(?:ok|okay|k|kk|yes|yeah|yep|no|nope|hi|hey|hello|thanks|thank you|thx|love you|ily|bye|"
    r"oui|non|merci|salut|coucou|bisous|si|gracias|hola|vale|oki)\W+)?$")
_VOCATIVE_AFTER = re.compile(r"\W*(?:$|,|[!?.]|\s+(?:can|could|will|would|are|is|pls|please|i|im|i'm|we|"
                             r"peux|tu|est-ce|puedes|me|estas|ya)\b)")
_MOTHER_EN = r"(?:mam|mammy|ma)"
_YOUR_PARENT_FR = r"(?:ta|ton|tes) (?:mere|pere|maman|papa|parents|daronne|daron)"
_YOUR_PARENT_ES = r"(?:tu|tus) (?:madre|padre|mama|papa|mami|papi|padres|papas|vieja|viejo|viejos|mai)"
_INVOLVE = re.compile(
    rf"\b(?:ask|tell|check with|asked|told) (?:a |your |ur )?(?:parent|{_MOTHER_EN}|{PAR_EN})\b(?! (?:everything|anything))"
    # "your mam said I can take you", "your mum knows", "your dad's ok with it"
    rf"|\b(?:your|ur) (?:{_MOTHER_EN}|{PAR_EN})(?:'s| is| are)? (?:knows?|said (?:i|we|you|it|yes|ok)|says (?:i|we|you|it|yes|ok)|(?:is |are )?(?:ok|okay|fine) with|agreed)\b"
    # FR: "j'en ai parlé à ta mère", "ta mère est d'accord", "dis à ta mère", "ma mère vient nous chercher"
    rf"|\b(?:j'en ai parle|j'ai parle|deja parle|on a parle) (?:a|avec) {_YOUR_PARENT_FR}\b"
    rf"|\b{_YOUR_PARENT_FR} (?:est|sont) d'accord\b|\b{_YOUR_PARENT_FR} (?:le )?sai(?:t|ent)\b|\bdis(?:-le)? a {_YOUR_PARENT_FR}\b"
    r"|\bma (?:mere|maman) (?:vient|va venir|passe) (?:nous|te|vous) (?:chercher|prendre|ramasser)\b"
    # ES: "ya lo hablé con tu madre", "tu madre está de acuerdo", "dile a tu madre", "mi mamá nos recoge"
    rf"|\b(?:ya )?(?:lo )?hable con {_YOUR_PARENT_ES}\b|\b{_YOUR_PARENT_ES} (?:esta|estan) de acuerdo\b"
    rf"|\b{_YOUR_PARENT_ES} (?:ya )?(?:lo )?sabe(?:n)?\b|\bdile a {_YOUR_PARENT_ES}\b"
    r"|\bmi (?:madre|mama|papa|padre) (?:nos|te|os) (?:recoge|busca|lleva|pasa a buscar)\b"
    rf"|\b(?:your )?parents can see\b|\bparents and (?:siblings|families) welcome\b|\bta mere m'a demande\b"
    rf"|\bdile a tu (?:mama|papa|mami|papi)\b|\bdemander a tes parents\b|\ba tes parents,? c'est correct\b"
    rf"|\b(?:my |your )?(?:mom|mum|dad|parents?|mama|papa) (?:said|says) (?:yes|ok|okay|it'?s fine|its fine|she can|he can|sure)\b"
    rf"|\bi'll tell my (?:mom|mum|dad|parents)\b|\bask a parent\b"
    # a host's parents at a party: "ses parents sont la ils ont dit ok", "sus papas van a estar"
    r"|\b(?:ses|leurs) parents (?:sont la|seront la|ont dit (?:ok|oui)|sont d'accord)\b"
    r"|\b(?:sus) (?:papas|padres|viejos) (?:estan|van a estar|dijeron que si|estan de acuerdo)\b"
)
_NEGATED = re.compile(r"\b(?:don'?t|do not|never|no need to|not)\s+(?:\w+\s+){0,1}$")
_CELEBRATION = re.compile(
    r"\b(?:birthday|bday|b-day|cumple\w*|anniversaire|fete|surprise party|cake|gateau|tarta|pastel|cupcakes?|balloons|globos)\b"
)
# The contact claims to hold an image of the child: "i still have ur pics", "the pic u sent me", "i screenshotted it",
# "j'ai gardé ta photo", "je publie celle que j'ai", "sigo teniendo tu foto", "le hice captura". An image held by someone
# else or of something else stays silent: "i still have the photo from the trip", "j'ai des photos de la soirée".
_IMG_EN = r"(?:pic|pics|pix|photo|photos|picture|pictures|video|videos|vid|vids|nudes?|selfies?|snaps?|screenshots?|recordings?|clip|clips)"
_IMG_FR = r"(?:photos?|videos?|captures?(?: d'ecran)?|enregistrements?|screens?|screenshots?|nudes?|images?|selfies?)"
_IMG_ES = r"(?:fotos?|fotitos?|videos?|capturas?(?: de pantalla)?|grabacion(?:es)?|imagen(?:es)?|pack|nudes?|selfies?|screenshots?|pantallazos?)"
# What may follow a held image: the end, the child ("of you", "you sent"), the call; not another subject ("from the trip").
_HELD_EN_TAIL = (
    r"(?!\s+(?:from (?!(?:snap|snapchat|insta|instagram|dms?|our|the call|that call|last (?:night|week|time)|yesterday|before|earlier|"
    r"the other (?:day|night)|you|u)\b)|of (?!(?:you|u|yourself|ur|your)\b)|at\b|for\b|on (?:my|the) (?:desk|wall|fridge|drive|computer|laptop)|"
    r"in (?:the|my) (?:album|drive|folder|gallery)|we\b|i (?:took|posted|made|sent)|with (?!(?:you|u|your|ur)\b)|to\b|was\b|is\b|were\b|are\b))"
)
_HELD_FR_TAIL = (
    r"(?!\s+(?:du|des (?!(?:toi|tes)\b)|de (?!(?:toi|notre|nos|ton|ta|tes|l'appel|l'autre (?:fois|jour|soir)|hier|la derniere fois|snap|insta)\b)|"
    r"d'(?!hier)|avec (?!toi)|pour|qui|trop|drole|sur (?!toi|ton)|a la|au|aux|en|dans (?!(?:ton|ta|tes)\b)))"
)
_HELD_ES_TAIL = (
    r"(?!\s+(?:del (?!(?:otro dia|martes|lunes|miercoles|jueves|viernes|sabado|domingo)\b)|de (?!(?:ti|vos|usted|la (?:llamada|videollamada)|"
    r"nuestra|tu|tus|anoche|ayer|la otra vez|el otro dia)\b)|en (?!(?:la que|el que)\b)|con (?!(?:tu|vos|ti)\b)|para|al\b|a la\b(?! (?:foto|conversacion|llamada))))"
)
_HELD_VERB_EN = (
    r"(?<!you )(?<!u )(?<!we )(?<!they )(?<!he )(?<!she )(?<!did )(?<!do )\b(?:still (?:have|got)|have|got|kept|keep|saved|save|screenshotted|"
    r"screenshoted|screenshot|screen ?recorded|screencapped|recorded|downloaded|stored|backed up|still)"
)
IMAGE_HELD = re.compile(
    # EN: "i still have ur pics", "i kept the pic", "i have pics of you", "i've got a video of u", "i have the screenshots".
    rf"{_HELD_VERB_EN} (?:(?:all|both|every|one|some|a few|copies) (?:of )?)?(?:your|ur) (?:\w+ ){{0,2}}?{_IMG_EN}\b"
    rf"|{_HELD_VERB_EN} (?:(?:all|both|every|one|some) (?:of )?)?(?:the|that|those|these) (?:(?:first|last|other|private|same|old|whole|original|full|spicy|cute|\d+) )?{_IMG_EN}\b{_HELD_EN_TAIL}"
    rf"|{_HELD_VERB_EN} (?:an? |some |many |lots of |a lot of |plenty of |\d+ )?(?:\w+ )?{_IMG_EN} (?:of (?:you|u|yourself)|(?:you|u) (?:sent|send|gave|took|made|showed))\b"
    r"|\b(?:i |i've |i have |i just |i already |already |just )?(?:screenshotted|screenshoted|screenshot|screen ?recorded|screencapped|screen capped|ss'd) "
    r"(?:it|them|everything|all of (?:it|them)|the whole (?:thing|call|chat|convo)|our (?:call|chat|convo|facetime|video call)|the (?:call|facetime|video call))\b"
    rf"|\b(?:accessed|hacked|into|access to) (?:your|ur) (?:icloud|cloud|gallery|camera roll|google photos|snap memories|memories)\b"
    rf"|\b(?:the|that|those|your|ur) (?:first |last |other |private )?{_IMG_EN} (?:you|u) (?:sent|send|gave|took|made|showed|shared)\b"
    r"|\babout (?:that|the|your) (?:pic|photo|video|picture)\b"
    r"|\bthe (?:video|recording) (?:from|of) (?:our|the|that) (?:call|facetime|video call)\b"
    r"|\byour pic\b|\brecorded (?:all|it|everything|our|you|the (?:whole )?(?:call|facetime|video call|vc))\b"
    rf"|\b(?:the|that|your|ur) {_IMG_EN} (?:goes|go|gets sent|get sent|is going|will go|gets posted|will be posted|gets leaked|gets out|goes out|goes up|goes public)"
    r"(?: out| up)? (?:to (?:your|ur|everyone|every|all|the whole)|on (?:your|ur|insta|snap|facebook|tiktok|twitter|reddit)|everywhere|public|viral|online)\b"
    # FR: "j'ai encore ta photo", "j'ai gardé la photo que tu m'as envoyée", "j'ai des photos de toi", "j'ai fait une capture".
    rf"|\b(?:j'?\s?ai|jai|g|je l'?\s?ai|j'?\s?les ai|je les ai) (?:(?:encore|toujours|garde|gardee?s?|sauvegarde|sauvegardee?s?|enregistre|enregistree?s?|"
    rf"trouve|recupere|recuperee?s?|conserve|capture|screen|screenshot|pris|fait|tout)\s+){{0,2}}(?:la|les|ta|tes|ces|cette|une|des|un|tous? (?:tes|les)|plein de) "
    rf"(?:premiere |derniere |petite |autre |\w+ )?{_IMG_FR}\b{_HELD_FR_TAIL}"
    rf"|\b(?:j'?\s?ai|jai|g) (?:encore |toujours )?(?:enregistre|filme|capture|screen) (?:l'appel|notre appel|ton appel|l'appel video|notre facetime|la conversation|tout)\b"
    r"|\b(?:la|les) (?:photos?|videos?) que (?:tu )?(?:m'as|m'a|tu m'as|tu lui as|tu leur as) (?:envoyee?s?|montree?s?|donnee?s?)\b|\bcelles? que tu m'as envoyee?s?\b"
    r"|\b(?:ta|tes) (?:premiere |derniere |petite |autre )?(?:photos?|videos?)\b(?! (?:de profil|de classe|de vacances|du voyage|de la soiree|de mariage|de groupe))"
    r"|\b(?:la|les) (?:video|photos?|captures?) de (?:notre |l')?(?:appel|facetime)\b"
    r"|\b(?:publie|poste|envoie|montre|partage|mets|balance|diffuse|fais tourner|publier|poster|envoyer|montrer|partager|mettre|balancer|diffuser)\w* "
    r"(?:\w+ ){0,2}?celles? que j'?\s?ai\b|\bcelles? que j'?\s?ai (?:de toi|gardee?s?|encore|toujours)\b"
    r"|\b(?:la|les|cette|ces) (?:photos?|videos?) (?:part|partent|va partir|vont partir|sera publiee?s?|seront publiees|finit|finira|se retrouve|va se retrouver|"
    r"circule|va circuler) (?:chez|a (?:tes|ta|ton|tout|toute)|sur (?:le|les|ton|ta|insta|snap|facebook|internet|le net)|dans (?:le groupe|ta classe|ton ecole|ton lycee|ton college)|partout|en ligne)\b"
    # ES: "tengo tu foto", "sigo teniendo tu foto", "guardé las fotos que me mandaste", "le hice captura", "la foto que me pasaste".
    rf"|\b(?:tengo|todavia tengo|aun tengo|sigo teniendo|sigo guardando|guarde|guardo|conservo|grabe|tengo guardad[ao]s?|descargue) (?:(?:todavia|aun|guardad[ao]s?)\s+)?"
    rf"(?:la|las|el|los|tu|tus|esa|esas|ese|esos|unas|unos|una|un) (?:\w+ )?{_IMG_ES}\b{_HELD_ES_TAIL}"
    rf"|\b(?:tengo|todavia tengo|aun tengo|sigo teniendo|guarde) (?:\w+ )?{_IMG_ES} (?:tuy[ao]s|de ti|de vos)\b"
    rf"|\b(?:le|les|te) (?:hice|saque|tome) (?:una |un )?(?:captura|screen|screenshot|pantallazo)s?(?: de pantalla)?\b{_HELD_ES_TAIL}"
    rf"|\btengo (?:captura|capturas|screen|screens|pantallazos?) (?:de (?:todo|tus|tu|la conversacion|el chat|la llamada|la videollamada)|a tus)\b"
    r"|\b(?:grabe|tengo grabada|guarde) (?:la|nuestra|toda la|tu) (?:videollamada|llamada)\b"
    r"|\btengo (?:la|tu|tus|el|las|los|unas|tus)\b[^.?!]{0,15}(?:foto|video)s? (?:que|q) "
    r"|\b(?:fotos?|videos?|capturas?)\b[^\n]{0,60}\bya (?:las|los|la|lo) tengo\b"
    r"|\b(?:la|las|el|los|tu|tus|esa|esas) (?:fotos?|videos?) (?:que|q) (?:ya )?(?:tu |vos |usted )?(?:me |le |les )?(?:mandaste|enviaste|pasaste|diste|mando|envio|paso|mandabas|compartiste)\b"
    r"|\b(?:fotos?|videos?) (?:que|q) (?:tu|vos|usted) (?:me |le |les )(?:mandaste|enviaste|pasaste|diste|mando|envio|paso)\b"
    r"|\bel video de (?:la|nuestra) (?:llamada|videollamada)\b"
    r"|\b(?:la|el|las|los) que tengo (?:la |lo |las |los )?(?:subo|mando|publico|paso|envio|comparto|ensen|muestro)"
    r"|\b(?:subo|mando|publico|paso|envio|comparto|muestro|ensen\w*) (?:\w+ ){0,2}?(?:la|las|el|los) que tengo\b"
    r"|\b(?:tu|tus) (?:fotos?|videos?) (?:le |les )?(?:llega|llegan|va a llegar|van a llegar|sale|se sube|se publica|la ven|las ven|lo ven|los ven)\b"
    # Unnamed, what the child sent: "i still have everything you sent", "remember what i have on you", "je garde tout ce que
    # tu m'as envoye", "tu sais ce que j'ai de toi", "tengo lo que me mandaste", "ya sabes lo que tengo"; not a receipt or
    # homework ("ya tengo lo que me mandaste, gracias", "i saved everything you sent to the class folder").
    r"|\bi(?:'ve| have)? (?:still (?:have|got)|(?:still )?(?:kept|saved|stored|backed up|screenshotted|screenshot|screen ?recorded|downloaded)|"
    r"never deleted|(?:didn't|did not|haven't|have not) deleted?) (?:what|wat|everything|evrything|it all|all of it|anything|every (?:single )?(?:thing|one|pic|photo|video|snap)|all the (?:stuff|things|pics|photos|videos|snaps)|"
    r"the (?:stuff|things)) (?:you|u) (?:ever )?(?:sent|send|showed|gave)\b(?![^.?!]{0,30}\b(?:thanks|thank you|thx|so sweet|so cute|"
    r"(?:to|in|into) (?:the|our|a|my) (?:\w+ )?(?:folder|drive|portfolio|doc|file)|for (?:the|class|school|work|homework|project)\b))"
    r"|\b(?:what|wat|everything) i(?:'ve| have)? (?:still )?(?:have|got|kept|saved) (?:on|of) (?:you|u)\b"
    r"|\b(?:you know|you kno|u know|remember|don't forget|do not forget|never forget) (?:what|wat) i(?:'ve| have)? (?:still )?(?:have|got|kept|saved)"
    r"(?=\s*(?:[.!]|\?*\s*$|[^\w\s?,.!]))"
    r"|\b(?:got|gets|getting|saw|sees|seeing|received|receives) what i(?:'ve| have)? (?:still )?(?:got|have|kept|saved)(?=\s*(?:[.!?]|$|[^\w\s]))"
    r"|\b(?:je garde|j'garde|je conserve|j'?\s?ai (?:encore|toujours|garde|conserve|sauvegarde)|jai (?:encore|toujours|garde)) "
    r"(?:encore |toujours |precieusement |bien )?(?:tout )?(?:ce que|c'que|ce qu') ?(?:tu m'as|tu m'a|t'm'as|tu m) ?(?:envoye|montre|donne|fait voir)\w*"
    r"(?![^.?!]{0,30}\b(?:merci|mignon|adorable|souvenirs?|pour (?:l'|le |la |les |ton |ta )?(?:expo\w*|devoirs?|projet|cours|travail|dossier)))"
    r"|\b(?:ce que|c'que) ?(?:j'ai|jai|je garde) (?:encore |toujours )?(?:sur|de) toi\b"
    r"|\b(?:tu sais|oublie pas|n'oublie pas) (?:ce que|c'que) ?(?:j'ai|jai)(?=\s*(?:[.!]|\?*\s*$|[^\w\s?,.!]))"
    r"|\b(?<!ya )(?<!si )(?:tengo|todavia tengo|aun tengo|sigo teniendo|guardo|guarde|conservo|tengo guardado) (?:todavia |aun )?(?:todo )?"
    r"lo que (?:tu )?me (?:mandaste|enviaste|pasaste|mostraste|ensenaste|diste)\b(?![^.?!]{0,30}\b(?:gracias|lo reviso|perfecto|listo|"
    r"de la tarea|del trabajo|del proyecto|para (?:la|el) (?:tarea|clase|trabajo|proyecto))\b)"
    r"|\blo que tengo (?:tuyo|tuya|de ti|sobre ti)\b|\b(?:ya|tu) sabes lo que tengo(?=\s*(?:[.!]|\?*\s*$|[^\w\s?,.!]|y\b))"
    # what was kept from calls and chats, never named: "i saved everything from our chats", "j'ai garde des souvenirs de
    # nos derniers appels", "guarde todo lo que usted me mostro por la camara" (blind set 9)
    r"|\bi(?:'ve| have)? (?:saved|kept|recorded|screenshotted|screen ?recorded|stored|still have|got) (?:everything|it all|all of it|"
    r"the whole thing|all|some things|stuff) from (?:our|the|that) (?:last )?(?:chats?|calls?|convos?|cams?|video ?calls?|facetimes?|dms|snaps)\b"
    r"(?![^.?!]{0,30}\b(?:for (?:the|our|a|class|school|work|homework|project|yearbook|memories)|yearbook|scrapbook)\b)"
    r"|\b(?:j'?\s?ai|jai|g) (?:garde|conserve|enregistre|sauvegarde|encore|toujours) (?:des souvenirs|des trucs|quelques trucs|tout|"
    r"plein de (?:choses|trucs)|des images) (?:de|des) (?:nos|notre) (?:derniers? |dernieres? )?(?:appels?|conversations?|convos?|facetimes?|cams?|"
    r"appels? video)\b"
    r"|\b(?:tengo|guarde|guardo|grabe|tengo guardado) (?:todo |todito )?lo que (?:usted|ud) me (?:mostro|mando|envio|paso|dio|enseno)\b"
    # who should see what the child sent: "u want ur mom 2 see wat u sent me", "que ta mere voie ce que tu m'as envoye",
    # "todo tu insti va a ver lo que me mandaste"
    r"|\b(?:see|sees|seeing|saw|get|gets|getting|receive|receives|received|find out about|know about) (?:what|wat|everything|all) (?:you|u) "
    r"(?:ever )?(?:sent|showed|gave) me\b"
    r"|\b(?:voie|voient|voir|voit|voyait|verra|recoive|recoit|recevait|sache|sachent|decouvre) (?:tout )?(?:ce que|c'que) ?(?:tu m'as|tu m'a|t'm'as) ?"
    r"(?:envoye|montre)"
    r"|\b(?:vea|vean|ver|ve|ven|viera|vieran|reciba|reciban|recibiera|sepa|sepan|se entere de) (?:todo )?lo que (?:tu )?me "
    r"(?:mandaste|enviaste|pasaste|mostraste)\b"
    # "i still have it." standing alone; "pics like the one you sent me"
    r"|(?<!think )(?<!hope )(?<!guess )(?<!if )\bi still have (?:it|them|all of (?:it|them))(?=\s*(?:[.!]|$))"
    r"|\b(?:pics?|photos?|pictures?|videos?|vids?|nudes?|selfies?) like the (?:one|ones) (?:you|u) sent(?: me)?\b"
)


# The cue regexes are long alternations: each runs as its parts, all behind one literal screen,
# since most messages hold none of their words (bench/triage.py: about 15 us a message before).
_IMAGE_HELD_PARTS = Alternatives(IMAGE_HELD)
_INVOLVE_PARTS = Alternatives(_INVOLVE)
_INVOLVE_AT = len(_IMAGE_HELD_PARTS.regexes)
_KIN_SELF_AT = _INVOLVE_AT + len(_INVOLVE_PARTS.regexes)
_KIN_AT, _KIN_ADDRESS_AT, _CELEBRATION_AT = _KIN_SELF_AT + 1, _KIN_SELF_AT + 2, _KIN_SELF_AT + 3
_CUE_SCREEN = Prefilter([[r] for r in _IMAGE_HELD_PARTS.regexes] + [[r] for r in _INVOLVE_PARTS.regexes]
                        + [[_KIN_SELF], [_KIN], [_KIN_ADDRESS], [_CELEBRATION]])


@dataclass(frozen=True, slots=True)
class Cues:
    """What one message says about its context, each as the phrase that shows it, or None:
    an image the contact claims to hold, a parent kept in the loop, family members talking, a
    celebration being planned."""

    image_held: str | None = None
    involvement: str | None = None
    family: str | None = None
    celebration: str | None = None


_NO_CUES = Cues()


def read_cues(folded: str, from_child: bool) -> Cues:
    """The cues of one folded message, found behind one shared literal screen (most messages
    hold none of their words). ``image_held`` is read on the contact's messages only."""
    candidates = _CUE_SCREEN.candidates(folded)
    if not candidates:
        return _NO_CUES
    return Cues(
        image_held=None if from_child else _image_held(folded, candidates),
        involvement=_involvement(folded, candidates),
        family=_family(folded, from_child, candidates),
        celebration=_celebration(folded, candidates),
    )


def family_cue(folded: str, from_child: bool) -> str | None:
    """A phrase showing that family members are talking, or None.

    From the child: addressing the other person as grandma, uncle, mom... From anyone else:
    "grandpa and I", "it's Aunt Lauren", or "mom"/"dad" without a possessive ("Is Dad there?"),
    which is how people who share the parents speak.
    """
    return _family(folded, from_child, _CUE_SCREEN.candidates(folded))


def involvement_cue(folded: str) -> str | None:
    """A phrase that keeps a parent in the loop ("ask a parent to sign"), not negated."""
    return _involvement(folded, _CUE_SCREEN.candidates(folded))


def _family(folded: str, from_child: bool, candidates: set[int]) -> str | None:
    if from_child:
        if _KIN_ADDRESS_AT not in candidates:
            return None
        # Only where a name is a call ("mom can you...", "ok dad", "love you mum"): a child who
        # says "I had a row with mum" is telling the contact about her, not talking to her.
        for m in _KIN_ADDRESS.finditer(folded):
            if _POSSESSIVE.search(folded[: m.start()]):
                continue
            if _VOCATIVE_BEFORE.search(folded[: m.start()]) or _VOCATIVE_AFTER.match(folded[m.end():]):
                return m.group()
        return None
    m = _KIN_SELF.search(folded) if _KIN_SELF_AT in candidates else None
    if m:
        return m.group()
    for m in _KIN.finditer(folded) if _KIN_AT in candidates else ():
        before = folded[: m.start()]
        # "a"/"de" before papa, maman, papi... is French or Spanish "to"/"of" ("dis rien a
        # papi", "les 40 ans de papa"): family speech, not "a mom" (blind sets 7 and 8).
        if not _POSSESSIVE.search(before) or (m.group() in _ROMANCE_KIN and _TO_OR_OF.search(before)):
            return m.group()
    return None


def _involvement(folded: str, candidates: set[int]) -> str | None:
    mine = [i - _INVOLVE_AT for i in candidates if _INVOLVE_AT <= i < _KIN_SELF_AT]
    for m in _INVOLVE_PARTS.matches(folded, mine):
        if not _NEGATED.search(folded[: m.start()]):
            return m.group()
    return None


def _celebration(folded: str, candidates: set[int]) -> str | None:
    if _CELEBRATION_AT not in candidates:
        return None
    m = _CELEBRATION.search(folded)
    return m.group() if m else None


def _image_held(folded: str, candidates: set[int]) -> str | None:
    m = _IMAGE_HELD_PARTS.search(folded, [i for i in candidates if i < _INVOLVE_AT])
    return m.group() if m else None

