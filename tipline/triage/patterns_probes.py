"""Grooming-tactic patterns, probing the child: age, grade, school, home, routine, phone number, and whether adults are around or read the child's phone. Folded text, English, French and Spanish, as
described in patterns.py.

Each regex covers a family of phrasings (question word x verb x object, with texting spellings
and leetspeak at word edges, where the folding leaves digits alone: "0ld", "4ge"). Context words
keep the tactic apart from everyday talk: the question is about *you* / *toi* / *ti*, and the
adults are *your* parents (tes parents, tus papás), not "my parents" or "Sam's parents".
"""

from __future__ import annotations

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import Pattern, _p

# --- local fragments ---------------------------------------------------------------------------
# The folding reads digits as letters only *between* letters, so a word may still start or end
# with one ("0ld", "4ge", "4g3", "t'4s").
_A = r"[a4@]"
_E = r"[e3]"
_O = r"[o0]"
_YOU = r"(?:you|ya|yu|yuo|yoo|yous)"
_WH_EN = r"(?:what|wat|wht|wut|whut|wot|which|wich|whcih|witch)"
_WHERE = r"(?:where|wher|whr|whre|wher3|wh3re)"

# Adults who could be supervising the child (wider than the shared PAR_* fragments).
_PAR_EN = (
    r"(?:parents?|parants?|parnts|prents|rents|folks|mom|mum|mam|mammy|mommy|mummy|momma|mama|ma|mother|dad|daddy|papa|pa|father|"
    r"step ?(?:mom|mum|dad|father|mother)|grand(?:ma|pa|mother|father|parents?)|nana|granny|"
    r"aunt|auntie|uncle|guardians?|foster (?:mom|dad|parents?)|family|babysitter|nanny)"
)
_PAR_FR = (
    r"(?:parents?|parants?|rents|mere|pere|maman|mom|moman|papa|pops|daron(?:ne)?s?|vieux|"
    r"beau-?pere|belle-?mere|grand-?(?:mere|pere|parents)|mamie|papi|tante|oncle|famille)"
)
_PAR_ES = (
    r"(?:papas|papis|padres|mama|mami|mamita|papa|papi|madre|padre|familia|jefa|jefe|jefes|"
    r"viejos?|vieja|abuel[oa]s?|tia|tio|tios|padrastro|madrastra|tutor(?:es)?)"
)

# The child's phone and messages (what a parent might read or check).
_DEVICE_EN = (
    r"(?:phone|fone|phne|fon|cell|mobile|mes+[ae]ge?s?|msgs?|texts?|txts?|chats?|dms|direct messages|convos?|"
    r"conversations?|history|apps?|accounts?|snap(?:chat)?|insta(?:gram)?|ipad|tablet|laptop|"
    r"computer|screen ?time|discord|whats ?app|passwords?|stuff|socials?)"
)
_DEVICE_FR = (
    r"(?:tel|telephone|phone|portable|portabl|portab|porta|cell|cellulaire|celulaire|messages?|msg|conversations?|convos?|"
    r"discussions?|textos?|sms|historique|ordi|ordinateur|tablette|compte|snap|insta|applis?|"
    r"mots? de passe|code)"
)
_DEVICE_ES = (
    r"(?:cel|celu|celular|telefono|telfono|telef|movil|fono|mens+a[jgh]es?|msjs?|mjs|chats?|conversaciones?|whats|"
    r"wasap|wsp|guasap|redes|compu|computadora|tablet|cuenta|insta|snap|historial|contrasena)"
)
_SCHOOL_EN = (
    r"(?:h(?:igh|ihg|gih|i|gh)\s?(?:school|skool|scool|skul)|mid+(?:le|el|dl)\s?(?:school|skool|scool|skul)|junior\s?high|jr\.?\s?high|"
    r"elementary(?:\s?school)?|primary(?:\s?school)?|secondary(?:\s?school)?|grade\s?school)"
)
_GRADE_NUM_EN = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth)\s?grade"
)
_TEEN_EN = r"(?:1[0-7]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
_SCHOOL_FR = (
    r"(?:ecole|college|lycee|polyvalente|poly|ecole secondaire|secondaire|primaire|cegep|bahut|"
    r"etablissement|ecole primaire)"
)
_SCHOOL_ES = (
    r"(?:secu|secundaria|escuela|escuelita|colegio|colejio|cole|prepa|preparatoria|instituto|"
    r"insti|liceo|primaria|academia|bachi|bachillerato|eso)"
)
_QUEL = r"(?:quel+e?s?|kel+e?s?|qel+e?s?)"
_SKOOL = r"(?:school|skool|skul|skewl|scool|schl|shcool|schoo)"
_SCHOOL_EN_ANY = rf"(?:{_SKOOL}|{_SCHOOL_EN})"
# Schools adults go to: "do you go to law school" is not a child's school.
_ADULT_SCHOOL = r"(?:medical|med|law|dental|grad|graduate|nursing|business|art|film|culinary|beauty|cosmetology|driving|flight|night|summer|sunday|bible|cooking|dance|trade|vet|pharmacy|music|acting|language|online)\b"
_QUE_ES = r"(?:que|ke|qe|q|ok|cual|kual)"  # "k" is folded to "ok"

_YOUR = r"(?:your|ur)"  # "ur" is folded to "your" already; the pair keeps "your" from being the prefilter literal
# Emoji or marks between words ("any1 👀 checking ur msgs"): the folding keeps them.
_EMO = r"(?:\s*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+)?"
# The asker wants the parent for themselves (a parcel, a word with him), not the child alone.
_WANTS_PARENT = (
    r"(?![^\n]{0,80}\b(?:parcel|package|delivery|deliver|sign(?:ing)? for|speak (?:to|with) (?:him|her|them)|"
    r"talk (?:to|with) (?:him|her|them)|put (?:him|her|them) on|for (?:him|her|them)\b|colis|livraison|receptionner|recevoir|signer|lui parler|"
    r"leur parler|pour (?:lui|elle|eux)\b|paquete|entrega|recibir|firmar|le traigo|les traigo|para (?:el|ella|ellos)\b|"
    r"hablar con (?:el|ella|ellos)|por si (?:hace|hiciera|haga) falta|me lo pasas|me la pasas|pasamelo|pasamela))"
)
# A pick-up offer right after a "what time do you finish" question: a parent or a coach.
_PICKUP = (
    r"(?![^\n]{0,60}\b(?:je (?:passe|viens) te (?:prendre|chercher)|j'?te (?:prends|ramasse)|paso por ti|"
    r"paso a buscarte|te (?:recojo|paso a buscar|busco)|voy por ti|voy a buscarte|i'?ll (?:pick you up|get you|come get you)))"
)
_STATE_EN = r"(?:home|around|there|awake|up|asleep|sleeping|nearby|in bed|out|away|gone|at work|working|back|in the house|in the room|watching|close by)"

PROBE_PATTERNS: list[Pattern] = [
    # --- age_probe -------------------------------------------------------------------------
    *_p(
        C.AGE_PROBE,
        "asks the child's age",
        # EN: how old are you / how old r u / h0w 0ld / how old did you say / how old you turning
        rf"\bh(?:ow|w|ou|oe|o)\s?(?:old|0ld|olde|oold|ols|oldd)\s+(?:(?:are|ar|re|were|will|did|do|4r3|ar3|4re)\s+)?{_YOU}\b"
        r"(?!\s+(?:when|in (?:the|that|this)|at the|on the|then\b))",
        # EN: what's your age / what age are you / ur age? / a/s/l
        rf"\b{_WH_EN}(?:'?s|s| is)?\s+(?:your|you|yo)\s+(?:age|4ge|ag3|4g3|aje|agee|4je)\b",
        r"\bwhat (?:age|4ge) (?:are|were) you\b|\bhow young (?:are|were) you\b",
        r"\byou (?:look|seem|sound|act)\s+(?:so\s+|really\s+|pretty\s+|kinda\s+|very\s+)?(?:young|younger|mature|grown up|older than)\b[^.?!]{0,20}\bhow old\b",
        r"\b(?<!at )(?<!of )your age\s*\?",
        r"\ba/s/l\b|\basl\s*(?:\?|please\b)",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's age",
        # FR: t'as quel âge / ta quel age / tu a quelle age / t'4s qu3l 4g3 / vous avez quel âge
        rf"\b(?:t'as|t'a|tas|ta|t as|tu as|tu a|t'4s|t4s|vous avez)\s+{_QUEL}\s+(?:age|4ge|ag3|4g3|aje|agee|4je)\b(?!\s+(?:ton|ta|tes|sa|son|ses|le|la|les)\s)",
        rf"\b{_QUEL}\s+(?:age|4ge|ag3|4g3|aje|agee|4je)\s+(?:tu as|tu a|t'as|tas|t'a|as-tu|as tu|avez-vous|avez vous|vous avez|"
        r"ta(?=\s*(?:\?|!|$|toi|exactement|maintenant|en vrai|la\b|stp|deja)))",
        r"\b(?:c'est|c|cest|ces)\s+(?:quoi|koi|quel|kel)\s+ton (?:age|4ge)\b|\bton (?:age|4ge)\s*\?|\b(?:t'as|tas|tu as|ta|t'a|as)\s+(?:quoi|koi)\s+comme\s+(?:age|aje)\b",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's age",
        # ES: cuántos años tienes / qantos años tienes / vos cuántos años tenés / cuantos cumples
        r"\b(?:cuantos|cuanto|quantos|qantos|kuantos|kantos|cuants|cuantoss|cuantas|kntos|cuantoz|kuantoz)\s+(?:anos|anios|anitos|4nos|an0s|anoz|anyos|aos|anhos|anox|anioz)?\s*"
        r"(?:tienes|tenes|tenis|teni|tiene usted|cumples|cumplis|cumpliste|vas a cumplir)\b",
        r"\b(?:tienes|tenes|tenis)\s+(?:cuantos|quantos|qantos|kuantos)\b",
        r"\b(?:que|ke|qe|q|ok) edad (?:tienes|tenes|tenis|tiene usted)\b|\b(?:cual|kual) es tu edad\b|\btu edad\s*\?",
        r"\beres (?:menor|mayor) de edad\b|\beres menor\s*\?|\bsos menor\b",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's grade or school year",
        # EN: what grade are you in / wat grade u in / what year are you / are you in high school yet
        # "what year are you?" alone is how adults ask a college year; a school year is "year ... in"
        rf"\b{_WH_EN}\s+(?:grade|grad3|gr4d3|form|year(?= (?:are |were |is )?(?:you|you're)\s+(?:in|at school|still in|now in)\b)) (?:are |were |is )?(?:you|you're)\b"
        r"(?!\s+(?:get|got|gonna|going|think|want|playing|using|taking|doing|have|had|give|make|need|getting|expect|hoping|talking|referring|from|looking))"
        # a college or university year is an adult's
        r"(?!\s+(?:in\s+)?(?:college|uni\b|university|grad school|the program|your program|your degree|your major|cs\b|starting|at (?!(?:school|skool|skul|scool|schl)\b)\w+)|\s+in\s+(?:college|uni|university|the\s+\w*\s*program))",
        rf"\b{_WH_EN} grade\s*(?:\?|$|(?:are|r) {_YOU}\b|{_YOU} in\b)",
        # "what year of school are you in" (a bare "what year in school are you" is how students ask each other)
        rf"\b{_WH_EN}\s+(?:year|yr|grade|form|class)\s+(?:of|in|at)\s+(?:{_SKOOL}|{_SCHOOL_EN})\s+(?:are|r|were)\s+{_YOU}\s+in\b",
        # UK school years: "you in Year 8 or Year 9?", "are you year 7?"
        rf"\b(?:(?:are|r)\s+)?{_YOU}\s+(?:still\s+|already\s+|like\s+)?(?:in\s+)?(?:year ?|yr ?)(?:[1-9]|1[0-3])\b(?=\s*(?:\?|or\b|yet|right|rite|,|now|already|at\b))",
        rf"\b(?:are|were)\s+{_YOU}\s+(?:still\s+|even\s+|already\s+|like\s+|in like\s+)?(?:in|at|starting|finishing)\s+(?:like\s+)?(?:{_SCHOOL_EN}|{_GRADE_NUM_EN}|year \d{{1,2}})",
        rf"\b(?:{_YOU}|your|you're)\s+(?:still\s+)?in\s+(?:{_SCHOOL_EN}|{_GRADE_NUM_EN})\s*(?:\?|yet|still|right|rite|ryt|or)",
        rf"\b(?:are|r)\s+{_YOU}\s+(?:a\s+)?(?:minor|teenager|teen|\w+\s?grader)\b",
        rf"\b(?:are|r)\s+{_YOU}\s+(?:still\s+|even\s+|already\s+)?(?:in hs|at hs|in jhs|in ms)\b(?=\s*(?:\?|yet|still|or|right|lol|tho|$))",
        r"\b(?:you|you're) (?:\w+\s)?(?:still\s+)?(?:a\s+)?minor\s*\?",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's grade or school year",
        # FR: t'es en quelle classe / tes en kel classe / en quelle année t'es / t'es en 4e, au collège
        rf"\b(?:t'es|tes|t|tu es|tu est|t'est|vous etes|tu vas|t'vas|tu rentres|t'es rendue?|t rendue?)\s+(?:en|dans|au)\s+{_QUEL}\s+"
        r"(?:classe|clase|annee|anee|anne|niveau|grade|secondaire|college|lycee)\b",
        rf"\b(?:en|dans)\s+{_QUEL}\s+(?:classe|clase|annee|anee|anne|niveau|secondaire)\s+(?:t'es|tes|t|tu es|es-tu|etes-vous|tu vas)\b",
        r"\b(?:t'es|tes|tu es|tu est|t'est|t) en (?:[1-6]|cm[12]|ce[12])\s?(?:e|eme|ieme|em|eme annee)?\b(?!\s*(?:%|h\b|min|fois|jours|ans|euros|\$))",
        r"\b(?:t'es(?:-tu| tu)?|[tT]es|tu es|tu est|t'est|es-tu|es tu)\s+(?:encore\s+|deja\s+|toujours\s+|genre\s+)?"
        r"(?:en (?:sixieme|cinquieme|quatrieme|troisieme|seconde|terminale|primaire|secondaire(?:\s+[1-5])?|sec\s?[1-5])|au (?:college|lycee|primaire|secondaire)|a la polyvalente|a l'ecole primaire)"
        r"(?!\s+(?:de|du|des)\b)",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's grade or school year",
        # ES: en qué grado vas / en que curso estás / vas en la secu / qué grado cursas
        rf"\ben\s+{_QUE_ES}\s+(?:grado|ano|curso|semestre|nivel)\s+(?:de\s+(?:la\s+|el\s+)?(?:secu|secundaria|prepa|preparatoria|primaria|escuela|cole|colegio|liceo|bachi|bachillerato|eso|insti|instituto)\s+)?(?:vas|estas|andas|vais|estudias|cursas|sos|eres|tas|estais|vos)\b",
        rf"\b{_QUE_ES}\s+(?:grado|curso|ano)\s+(?:cursas|estudias|haces|vas|estas)\b",
        r"\b(?:vas|vai|estas|estai|andas|andai|tas|cursas|estudias)\s+en\s+(?:[1-9]|1[0-2])\s?(?:°|º|ro|do|to|er|vo|mo|no)?\s*(?:o|u|\?|grado|basico|medio|de|ano)"
        r"|\b(?:vas|vai|estas|estai|andas|andai|tas|cursas|sigues)\s+en\s+(?:primero|segundo|tercero|cuarto|quinto|sexto|septimo|octavo|noveno|primer ano|1ro|2do|3ro|4to|5to|6to|7mo|8vo)\s*(?:basico|medio|de (?:secu|secundaria|primaria|basica|media|eso|bachi)|grado|ano|o\b|u\b|\?)",
        r"\b(?<!como )(?:vas|vai|estas|estai|andas|tas|estudias|sigues)\s+(?:en|a)\s+(?:la\s+|el\s+)?(?:secu|secundaria|prepa|preparatoria|primaria|liceo|bachi|bachillerato|eso|"
        r"[1-6](?:ro|do|to|er|o)?\s*(?:de\s+)?(?:secu|secundaria|prepa|primaria|eso|grado|ano|bachi|medio|basico))\b",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's birthday or birth year",
        r"\bwhen(?:'?s|s| is)\s+your (?:bday|b-day|birthday|birth day)\b",
        rf"\b(?:what|which|wat) year (?:were|was|are) {_YOU}\s+born\b|\bwhen (?:were|was) {_YOU}\s+born\b",
        r"\byour (?:dob|date of birth|birth ?year)\b",
        r"\b(?:t'es|tu es|tes|t es) (?:nee en|ne en|nee quand|ne quand)\b|\b(?:t'es|tes|tu es) de (?:quel|quelle|kel|kelle) annee\b",
        r"\b(?:c'est|c|cest) quand ton anniv|\bton anniv(?:ersaire)? (?:c'est|c|cest|est) quand\b|\bta date de naissance\b",
        r"\bcuando (?:es )?(?:tu |es tu )?cumple(?:anos)?\b",
        r"\b(?:de|en) (?:que|ke|qe|q|cual) ano (?:naciste|eres|sos)\b|\bcuando naciste\b",
    ),
    *_p(
        C.AGE_PROBE,
        "guesses the child's age for the child to confirm",
        rf"\bare you (?:(?:like|only|even|really|about|around|maybe|probably|prob|just|actually)\s+)?{_TEEN_EN}\s*"
        r"(?:\?|yet\b|or\b|right\b|yrs?\b|years?\b(?!\s+(?:in|into|out|ago|later|from))|lol|haha|tho)",
        r"\b(?:you|ya|yu) (?:like |only |just |about |prob |probably |maybe )?(?:10 or|11 or|12 or|13 or|14 or|15 or|16 or|eleven or|twelve or|thirteen or|fourteen or|fifteen or) (?:like )?(?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?!\s*(?:min|mins|minutes|%|hours|h\b|k\b|dollars|bucks|pm|am|o'?clock))",
        rf"\b(?<![a-z] )you (?:like|only|just|about|probably|prob|really|maybe) {_TEEN_EN}\s*(?:right|huh|yeah|or something|or so|yrs?|years?|years? old)?\s*\?",
        r"\bare you (?:over|under|older than|younger than|at least) (?:1\d|2[01]|eighteen|sixteen|thirteen|twenty ?one)\b",
        rf"\b{_YOU}\s+(?:look|seem|sound|act)\s+(?:so\s+|really\s+|pretty\s+|kinda\s+|very\s+)?(?:young|younger|little|small|like a kid)\b[^.!]{{0,25}}?\b{_TEEN_EN}\s*\?",
        rf"\b(?<!when )(?<!if )(?:you're|you are|so you|and you|so your|(?<![a-z] )your) (?:like |only |just |about |probably |prob |really |actually )?{_TEEN_EN}\s*"
        r"(?:right|huh|yeah|yes|no|or something|or so|yrs?|years?|years? old)?\s*\?",
        # "i'm 25, you?" / "im 24 hbu"
        r"\b[iI](?:'m| am)\s+(?:(?!in\b|at\b|on\b|about\b|around\b|like\b|only\b)\w+,?\s+)?\d{2}\b(?!\s*(?:min|mins|minutes|%|miles|km|k\b|lbs|kg|pounds|hours|h\b|secs?|seconds|:|\.\d|,\d|dollars|bucks|percent|feet|ft|inches|cm|mi\b))"
        r"[^?!]{0,25}(?:\band you|\bhbu|\bwbu|\babout you|\byourself|\byou\?)\s*(?:\?|$)",
        r"\b(?:tengo|yo tengo)\s+(?:1\d|[2-5]\d)(?:\s*anos)?\b[^?!.]{0,12}(?:\by tu|\by vos|\by ti|\bvos)\s*\?",
        r"\b(?:j'ai|jai|moi j'ai)\s+(?:1\d|[2-5]\d)(?:\s*ans)?\b[^?!.]{0,12}(?:\bet toi|\bet vous|\btoi)\s*\?",
    ),
    *_p(
        C.AGE_PROBE,
        "guesses the child's age for the child to confirm",
        # FR: t'as 13 ans ? / tu as genre 14 ans
        r"\b(?:t'as|tas|ta|t'a|tu as|tu a)\s+(?:genre |quoi |environ |a peine |seulement |que |juste |bien |deja |pas |plus de |moins de )?"
        r"(?:1[0-8]|[89]|treize|quatorze|quinze|seize|dix-?sept|dix-?huit|douze|onze)\s*ans\b",
    ),
    *_p(
        C.AGE_PROBE,
        "guesses the child's age for the child to confirm",
        # ES: tienes 14 años? / tenés como 13?
        r"\b(?:tienes|tenes|tenis)\s+(?:como |unos |mas o menos |apenas |ya |solo |tipo |recien )?"
        r"(?:1[0-8]|[89]|trece|catorce|quince|dieciseis|diecisiete|dieciocho|doce|once)\s*(?:anos|\?|o\b|verdad|cierto|no\b)",
    ),
    # --- personal_info_probe ---------------------------------------------------------------
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks where the child lives",
        rf"\b{_WHERE}\s+(?:do|d'|d0)\s*{_YOU}\s+(?:live|liv3|liv|reside)\b",
        rf"\b(?:(?<![a-z] )|(?<=so )|(?<=and )|(?<=ok )|(?<=lol )|(?<=hey )|(?<=btw )|(?<=but ))where\s+{_YOU}\s+(?:live|living|at right now)\b",
        rf"\bwhere\s?abouts\s+(?:do|are)\s+{_YOU}\b",
        rf"\b{_WHERE}(?:'s| is|s)?\s+{_YOUR}\s+(?:house|home|place|apartment|flat|crib|neighbou?rhood)\b(?!\s*town)",
        r"\b(?:[wW]hat|[wW]at|[wW]hich|[wW]ich)\s+(?:street|road|town|city|area|neighbou?rhood|hood|part of town|suburb|county|zip|village)\b"
        rf"[^.?!]{{0,20}}\b(?:do\s+)?{_YOU}\s+(?:live|living|stay|staying|grow up|in|on)\b",
        rf"\bdo\s+{_YOU}\s+live\s+(?:near|close)\b|\b{_YOU}\s+(?:said\s+{_YOU}\s+)?live\s+(?:near|close to)\b",
        rf"\bhow far (?:away )?do {_YOU} live\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks where the child lives",
        # FR: tu habites où / t'habites dans quelle ville / tu restes où / où tu vis / t'es de quel coin
        rf"\b(?:tu|t'|t)\s?(?:h?abites?|h?abbites?|h?abitte)\b[^.?!]{{0,25}}\b(?:ou\b(?!\s+(?:tu|t'|pas|non|bien|alors))|{_QUEL}|pres|loin|vers|dans le coin)\b",
        rf"\b(?:tu vis|tu restes?|tu demeures?|t'restes?)\s+(?:ou\s*(?:[?,!.]|$|exactement|ca|la|au juste|en vrai|toi|toe|donc|au fait|genre)|dans\s+{_QUEL}|a\s+{_QUEL}|pres|loin|ou\s+(?:dans|en|au))",
        r"\bou\s+(?:est-ce\s+qu(?:e|')\s*)?(?:tu habites?|tu abites?|t'habites?|t'abites?|tu vis|tu restes?|tu demeures?|t'restes?)\b",
        r"\b(?:c'est|c|cest)\s+ou\s+chez\s+toi\b|\bchez\s+toi\s+(?:c'est|c)\s+ou\b",
        rf"\b(?:t'es|[tT]es|tu es|tu viens)\s+(?:de|d')\s*{_QUEL}\s+(?:ville|coin|quartier|region|village|rue|bled)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks where the child lives",
        # ES: dónde vives / en qué colonia vives / de qué ciudad eres / vives cerca
        r"\b(?:donde|onde|dnd|dond|adonde)\s+(?:es\s+que\s+)?(?:vives|vivis|vivs|bibes|vivias|queda tu casa|esta tu casa)\b",
        r"\bvives\s+(?:cerca|lejos|por|en que|en q\b|en cual)\b",
        rf"\b{_QUE_ES}\s+(?:ciudad|colonia|barrio|calle|zona|parte|pueblo|municipio|estado|provincia|comuna|delegacion|fracc?|fraccionamiento|sector|rumbo)\b"
        r"[^.?!]{0,20}\b(?:vives|vivis|eres|sos|queda tu casa|esta tu casa)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks which school the child goes to",
        rf"\b(?:what|wat|wht|which|wich)\s+{_SCHOOL_EN_ANY}\s+(?:do|are|you|is\s+it|was\s+it|is\s+that|was\s+that|d'you)\b"
        r"(?!\s+(?:you\s+)?(?:think|recommend|want|prefer|like|plan|going|using|of))",
        rf"\bdo\s+{_YOU}\s+go\s+to\s+(?!{_ADULT_SCHOOL})\w+\s+(?:high|middle|elementary|secondary|school|primary|academy)\b",
        rf"\b{_YOU}\s+(?:go|going)\s+to\s+(?!{_ADULT_SCHOOL})\w+\s+(?:high|middle|elementary|secondary|primary|academy)\b",
        rf"\b(?:what's|what is|tell me)\s+(?:the\s+name\s+of\s+)?{_YOUR}\s+school(?:'?s name| called| name)?\s*(?:\?|!|$)|\bwhere(?:'s| is) {_YOUR}\s+school\b",
        rf"\b{_WHERE}\s+(?:do|d')\s*{_YOU}\s+(?:go|goes)\s+(?:to\s+)?{_SKOOL}\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks which school the child goes to",
        # FR: quelle école / tu vas à kel collège / c'est quoi ton école
        rf"\b{_QUEL}\s+{_SCHOOL_FR}\b(?!\s+(?:qui|a gagne|a perdu|a remporte|gagne|joue|jouait|affronte|contre)\b)",
        rf"\b(?:c'est|c|cest)\s+(?:quoi|koi)\s+(?:le nom de\s+)?ton\s+{_SCHOOL_FR}\b|\bton\s+{_SCHOOL_FR}\s+(?:c'est|c|cest)\s+(?:laquelle|lequel|quoi|koi|ou)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks which school the child goes to",
        # ES: a qué secu vas / en qué escuela estudias / cómo se llama tu cole / dónde estudias
        rf"\b(?:a|en|de)\s+{_QUE_ES}\s+{_SCHOOL_ES}\b",
        r"\b(?:que|ke|qe|q|cual)\s+(?:escuela|colegio|colejio|instituto|liceo|secu|secundaria|prepa)\s+(?:vas|estudias|estas|andas)\b",
        rf"\bcomo se llama tu\s+{_SCHOOL_ES}\b|\btu\s+{_SCHOOL_ES}\s+(?:donde|onde|cual|como se llama)\b|\bdonde\s+estudias\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks about the child's daily routine",
        rf"\b(?:{_WH_EN} time|[wW]hen|wen)\s+(?:do|will|are|d'|does)\s*{_YOU}\s+(?:usu?al+y\s+|normal+y\s+|always\s+|ever\s+|generally\s+)?(?:get|go|come|walk|head|leave|be|get out of|leave for|finish|finsh|get off|get back)\s+"
        r"(?:back\s+)?(?:(?:from|frm|of)\s+)?(?:home|hom|hme|school|skool|skul|scool|skewl|schl|class|classes|practice)\b",
        rf"\b(?:{_WH_EN} time|when)\s+(?:does|do)\s+(?:{_YOUR}\s+)?(?:{_SKOOL}|class|classes) (?:end|finish|let out|get out)\b|\b{_SKOOL} lets out\b",
        rf"\b(?:do|does)\s+{_YOU}\s+(?:walk|take the bus|ride the bus|bike|ride your bike|get a ride)\s+(?:home|to school)\b",
        rf"\b{_YOU}\s+(?:always|usually|normally)\s+(?:on|online|up)\s+(?:at|around|this)\b",
        rf"\b(?:do|does|will|did)\s+(?:{_YOU}|any ?one|some ?one|somebody|your \w+)\s+(?:usually\s+|normally\s+|always\s+)?(?:get picked up|pick you up|walk you home|drive you home|walk home|walk to school|bike home|come get you)\b"
        r"|\b(?:your|the) (?:walk|ride|bus ride|commute|way) (?:home|back) from (?:school|skool|practice|class)\b",
        rf"\b(?:do|will|are)\s+{_YOU}\s+(?:\w+\s+)?(?:walk|walking|go|going|get|getting|come|coming|head|heading|ride|riding|bike|biking|take the bus)\s+(?:home|back home|to school|to the park|back from school|home from school)\s+(?:alone|by yourself|on your own)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks about the child's daily routine",
        # FR: tu rentres à quelle heure de l'école / tu finis les cours à quelle heure
        rf"\b(?:tu|t')\s?(?:rentres?|rentre|finis|fini|finit|sors|sort|quittes?|termines?|reviens|revien|es chez toi|es a la maison)\b[^.?!]{{0,30}}\b{_QUEL}\s+(?:heure|heur|heures|h)\b" + _PICKUP,
        rf"\b{_QUEL}\s+(?:heure|heur)\s+(?:est-ce\s+que\s+)?(?:tu|t')\s?(?:rentres?|finis|fini|sors|quittes?|termines?|reviens|es chez toi|es a la maison|as fini|commences?)\b" + _PICKUP,
        r"\b(?:tu|t')\s?(?:prends?|rentres?|vas)\s+(?:le bus|a pied|en bus)\b[^.?!]{0,20}(?:ecole|college|lycee|chez toi|maison|\?)",
        r"\b(?:tu|t')\s?(?:rentres?|reviens|vas|sors|marches|pars)\s+(?:toute?\s+)?seule?\b[^.?!]{0,25}(?:ecole|college|lycee|chez toi|maison|parc|\?)"
        r"|\b(?:qqn|quelqu'?un|qui|ta mere|ton pere|tes parents)\s+(?:vient|viens|va|passe)\s+te\s+(?:chercher|prendre|ramasser)\s*(?:\?|a l'ecole|apres)",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks about the child's daily routine",
        # ES: a qué hora sales del cole / a que ora llegas a casa
        rf"\b(?:a\s+)?{_QUE_ES}\s+(?:hora|ora)\s+(?:sales|salis|llegas|terminas|entras|vuelves|volves|regresas|acabas|te vas|estas en (?:tu )?casa|te quedas|sueles)\b"
        + _PICKUP,
        rf"\b(?:sales|salis|llegas|terminas|vuelves|regresas)\s+(?:de\s+|del\s+|de la\s+|a\s+|a tu\s+)?(?:{_SCHOOL_ES}|clases?|casa)\b[^.?!]{{0,15}}\b{_QUE_ES}\s+(?:hora|ora)\b",
        r"\b(?:sales|salis|vas|vai|andas|caminas|vuelves|volves|regresas|llegas|te vas) (?:sola|solo|solita|solito)\s+(?:al?\s+(?:parque|cole|colegio|escuela|casa|plaza|la escuela)|de\s+(?:la|el|tu)\s+\w+|del\s+\w+|a\s+\w+|o\b|\?)",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks for the child's phone number or address",
        rf"\b{_WH_EN}(?:'?s|s| is)?\s+{_YOUR}\s+(?:phone\s+|cell\s+|mobile\s+|home\s+|house\s+|real\s+|cellphone\s+|fone\s+)?(?:number|numbr|numbe|numba|nummber|numer|nmbr|numb|num|digits|address|adress|adres|addres|addrs|addy|addi|zip|zip code|postcode|post code)\b",
        rf"\b(?:give|send|text|drop|share|get|have|need|want|dm|pm|tell|gimme|lemme)\b[^.?!]{{0,15}}\b{_YOUR}\s+(?:phone\s+|cell\s+|mobile\s+|home\s+|house\s+|cellphone\s+|fone\s+)?(?:number|numbr|numba|nummber|nmbr|num|digits|addy|address|adress|adres|addres|zip)\b",
        r"\byour (?:phone|fone|cell|mobile|cellphone|home) ?(?:number|numbr|numba|nummber|nmbr|num|no\.?|#)|\byour (?:home |house )?address\b",
        r"\b(?:send|share|drop|gimme|give me|envoie|envoies|partage|partages|file|passe|donne|manda|mandame|pasame|comparte|compartime|enviame)(?:[- ]?moi| me)? (?:ta|tu|your) (?:loc|localisation|position|location|live location|current location|ubicacion|ubi|pin|geoloc)\b",
        r"\b(?:what's|what is|tell me)\s+your\s+(?:last|full|real|family)\s+name\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks for the child's phone number or address",
        # FR: ton num de tel / c koi ton numéro / donne-moi ton 06 / ton adresse
        r"\bton (?:num|numero|06|07|adresse|addresse|adr)\b",
        r"\b(?:donne|donnes|envoie|envoies|passe|passes|file|files|c'est quoi|c koi|c quoi|cest quoi|quel est)\b[^.?!]{0,10}\bton (?:tel|telephone|portable|phone|cell|cellulaire|nom de famille|vrai nom)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks for the child's phone number or address",
        # ES: pasame tu num de cel / dame tu número / cuál es tu dirección
        r"\btu (?:numero|num|nro|numerito|direccion|domicilio)\b(?!\s+favorit)",
        r"\b(?:dame|damelo|pasame|psame|pasa|pasas|manda|mandame|envia|enviame|cual es|kual es|me das|me pasas|regalame|rolame)\s+(?:tu|el tuyo|tu numero de)\s+"
        r"(?:numero|num|cel|celu|celular|telefono|tel|whats|wsp|wasap|direccion|fono|movil)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks whether the child has a phone of their own",
        # "do you have your own phone", "t'as un GSM a toi ?", "tienes movil propio?"
        r"\b(?:do you have|have you got|you got|got|is it|do you get) (?:your|ur) (?:own|very own) (?:phone|cell|mobile|iphone|cellphone|cell phone)\b",
        r"\b(?:t'as|tu as|tas|ta|as-tu|t'a) (?:un|ton|ta) (?:propre )?(?:tel|telephone|portable|cell|cellulaire|gsm|phone|iphone|ligne)(?: (?:a toi|a toi tout seul|a toi toute seule|perso|personnel))\b",
        r"\b(?:tienes|tenes|tenis) (?:(?:un |tu )?(?:celular|cel|celu|movil|telefono|fono)(?: propio| tuyo| personal)|tu propio (?:celular|cel|celu|movil|telefono))\b",
    ),
    # --- supervision_probe -----------------------------------------------------------------
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child is alone or anyone else is home",
        # EN: are you alone / r u alone rn / you by yourself? / home alone
        rf"\b(?:are|were)\s+{_YOU}\s+(?:all\s+|home\s+|still\s+|gonna be\s+|going to be\s+)?(?:alone|by\s+(?:yourself|yourslef|yoursef|yoursel|yourselfe|urself)|on your own)\b"
        r"(?!\s+(?:in\s+(?:this|that|thinking|feeling|the world)|with\s+(?:this|that)))",
        rf"\b(?<![a-z] ){_YOU}\s+(?:all\s+)?(?:alone|by yourself|home alone)\s*(?:\?|right now|tonight|now|today|at home|in your room)",
        rf"\b(?:(?:are|were|will|do|does|did)\s+{_YOU}|you're|you'll|you (?:ever|usually|often|always|still))\s+(?:\w+\s+)?(?:be\s+|get\s+|stay\s+|left\s+)?home alone\b",
        r"\b(?:alone|by yourself) in your (?:room|house|bedroom)\b|\bwhen (?:you're|you are) (?:alone|by yourself|home alone)\b",
        r"\bwhen (?:will|do|are) you (?:be )?(?:alone|by yourself|home alone)\b",
        # EN: anyone else home / who's with you / coast clear
        r"\b(?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1|people) (?:home|around|in the house|at (?:your|the) (?:house|place|home))\s+"
        r"(?:tonight|right now|today|with you|after school|this weekend|this afternoon)\b",
        r"\b(?:is|are|there|got|have) (?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1) (?:else )?with you\b",
        r"\b(?<!without )(?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1) else (?:home|there|around|in the house|at your)\b",
        r"\b(?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1) (?:else )?(?:home|there|around|with you)\b[^.?!]{0,12}\bor (?:just|only) you\b|\bis (?:any ?one|any ?body) home (?:then|now|yet)\b",
        r"\bwho(?:'s| is| else is)?\s+(?:home|at home|there|in the house|around) with you\b|\bwho's home\b|\bwho is home\b|\bwho else is home\b|\bwho else is there\b",
        r"\b(?:have|got|get|has|had|having|getting)\s+(?:the|ur|your)\s+(?:house|place|home|flat|apartment|room|crib)\s+(?:all\s+)?to\s+(?:yourself|urself|yourselfe|ursef|yrself)\b",
        r"\b(?:is|are) (?:the )?coast clear\b|\bcoast (?:is )?clear\s*\?|\b(?:is it|it's) safe to (?:talk|text|chat|call)\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child is alone or anyone else is home",
        # FR: t'es seul(e) chez toi / tu es toute seule / t seul la ?
        r"\b(?:t'es|tes|t|tu es|tu est|t'est|vous etes)\s+(?:toute?s?\s+)?seule?s?\b(?!\s+a\s+(?:penser|croire|avoir|faire|dire))"
        r"(?=\s*(?:\?|$|!|a la maison|chez|dans ta|la\b|ce soir|a soir|maintenant|en ce moment|aujourd|toute la|ou|ou pas|des fois|souvent|apres))",
        r"\b(?:t'es|tes|tu es|tu seras|tu vas etre|t'vas etre)\s+(?:toute?\s+)?seule?\s+(?:quand|a quelle heure|jusqu'a|ce soir|a soir|demain)\b",
        # FR: y'a quelqu'un chez toi / y'a personne chez toi ce soir / qui est avec toi
        r"\b(?:y'?\s?a|il y a|ya|y a|yaura|y aura|y'aura)\s+(?:quelqu'?un|qqn|qlq|personne|du monde|des gens|tes parents|ta mere|ton pere)\b[^.?!]{0,15}"
        r"\b(?:chez (?:toi|vous)|a la maison|avec toi|dans ta chambre|dans ta maison)" + _WANTS_PARENT,
        r"\bqui\s+(?:est|il y a|y'a)\s+(?:a la maison|chez toi|avec toi)\b|\bt'?es\s+avec\s+qui\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child is alone or anyone else is home",
        # ES: estás sola / stas sola en tu casa / tas solita / hay alguien más en tu casa
        r"\b(?:estas|stas|tas|estais|andas|te quedas|vas a estar|te vas a quedar|quedas)\s+(?:sol[oa]s?|solit[oa]s?)\b(?!\s+(?:en (?:esto|eso|la vida|el mundo)))",
        r"\b(?:vives|te quedas|estas)\s+(?:sol[oa]|solit[oa])\s+(?:en|con|cuando)\b",
        r"\bhay\s+(?:alguien|algun adulto|gente|nadie)\s+(?:mas\s+)?(?:en\s+(?:tu\s+|la\s+)?casa|contigo|en tu cuarto|ahi|por ahi)\b" + _WANTS_PARENT,
        r"\bquien\s+(?:mas\s+)?(?:esta|estan|hay|se queda)\s+(?:en\s+(?:tu\s+|la\s+)?casa|contigo)\b|\bcon quien (?:estas|te quedas)\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child's parents are home, asleep or away",
        # EN: are your parents home / is ur mom asleep / are they home / when does your dad leave
        rf"\b(?:are|is)\s+your {_PAR_EN}(?:\s+(?:or|and|&)\s+(?:your\s+)?{_PAR_EN})?\s+(?:still\s+|even\s+|both\s+)?(?:gonna be\s+|gona be\s+|going to be\s+|be\s+)?{_STATE_EN}\b" + _WANTS_PARENT,
        rf"\b(?<!where )(?<!what )(?<!which )(?:are|is)\s+your {_PAR_EN}(?:\s+(?:or|and|&)\s+(?:your\s+)?{_PAR_EN})?\s+(?:still\s+)?(?:in|about|in or out|out or in)\s*(?:[?,!]|or\b|rn\b|right now|tonight|yet\b|$)" + _WANTS_PARENT,
        r"\b(?:are they|is she|is he) (?:still\s+)?(?:home|asleep|sleeping|awake|gone|there|around)\s*(?:\?|yet|now|right now)",
        rf"\b(?:when|what time)\s+(?:do|does|will|are|is)\s+your {_PAR_EN}\s+(?:usually\s+|normally\s+)?"
        r"(?:go|leave|get|come|be|going|leaving|coming|getting|back|sleep|wake|work|head)\b",
        r"\bwhen (?:she|he|they)(?:'s| is| are|'re) (?:gone|out|asleep|sleeping|at work|away)\b",
        rf"\b(?:till|until|til|when|once|after|before) your {_PAR_EN}\s+(?:are|is|go|goes|fall|falls|get|gets|leave|leaves|head|heads)\s+(?:asleep|to (?:bed|sleep|work)|gone|out|away|at work|in bed)\b",
        rf"\b(?:till|until|til|when|once|after) your {_PAR_EN}\s+(?:leave|leaves|head out|heads out|go out|goes out)\b",
        rf"\byour {_PAR_EN}\s+(?:are\s+|is\s+|isn't\s+|aren't\s+)?(?:still\s+|not\s+|n0t\s+)?(?:asleep|sleeping|gone|out|away|at work|working late|in bed|around|home|there|in)\s*(?:\?|yet|now|right now|tonight|right\b|rite\b|is (?:she|he)|are they)" + _WANTS_PARENT,
        rf"\b(?:do|does) your {_PAR_EN}\s+(?:works?\s+(?:late|nights|night shifts?|all day|till|until|weekends)|get home late|go to (?:bed|sleep)|leave for work)\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child's parents are home, asleep or away",
        # FR: tes parents sont là / ta mère est partie / tes parents dorment / rentrent quand
        rf"\b(?:tes|ta|ton|vos) {_PAR_FR}\b(?:\s+(?:ils?|elle|y))?\s+(?:sont|est|sont pas|est pas|n'est pas|n'est plus|ne sont pas|ne sont plus|sont plus|est plus)(?:[- ]t[ui])?\s+(?:encore\s+|deja\s+|toujours\s+)?"
        r"(?:la|a la maison|chez (?:toi|vous)|partis?e?s?|couches?e?s?|endormie?s?|au travail|au boulot|sortie?s?|absente?s?|en haut|reveillee?s?|debout|dans le coin|pas la)\b" + _WANTS_PARENT,
        rf"\b(?:tes|ta|ton|vos) {_PAR_FR}\b(?:\s+(?:ils?|elle|y))?\s+(?:dorment|dort|travaillent|travaille|partent|part|rentrent|rentre|reviennent|revient|se couchent|se couche|sortent|sort)\b"
        r"(?=[^.?!]{0,25}(?:\?|quand|heure|tard|ce soir|a soir|demain|souvent|deja|encore|$))",
        rf"\b(?:quand|a quelle heure)\s+(?:est-ce\s+que\s+)?(?:tes|ta|ton) {_PAR_FR}\s+(?:\w+\s+)?(?:partent|part|rentrent|rentre|dorment|dort|se couchent|se couche|sortent|sort|travaillent|travaille|reviennent|revient|sont|est)\b",
        rf"\b(?:ils|elle|il)\s+(?:rentrent|rentre|partent|part|dorment|dort|se couchent|se couche)\s+(?:quand|a quelle heure)\s+(?:tes|ta|ton) {_PAR_FR}\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child's parents are home, asleep or away",
        # ES: están tus papás / tus papás están en casa / a qué hora llegan tus papás
        rf"\b(?:esta|estan|anda|andan)\s+(?:tu|tus) {_PAR_ES}\b" + _WANTS_PARENT,
        rf"\b(?:tu|tus) {_PAR_ES}\s+(?:ya\s+|todavia\s+|aun\s+)?(?:esta|estan|andan|anda|siguen|sigue)\s+"
        r"(?:en\s+(?:la\s+|tu\s+)?casa|ahi|por ahi|por aca|por aqui|contigo|despiert[oa]s?|dormid[oa]s?|trabajando|fuera|afuera|en el trabajo|de viaje|cerca)\b",
        rf"\b(?:tu|tus) {_PAR_ES}\s+(?:ya\s+)?(?:se durmieron|se durmio|se fueron|se fue|salieron|salio|trabajan|trabaja|duermen|duerme|llegan|llega|se van|se va|regresan|regresa|vuelven|vuelve)\b"
        r"(?=[^.?!]{0,25}(?:\?|tarde|noche|temprano|hora|cuando|hasta|todo el dia|$))",
        rf"\b(?:a\s+)?{_QUE_ES}\s+(?:hora|ora)\s+(?:llegan|llega|se van|se va|salen|sale|se duermen|se duerme|regresan|regresa|vuelven|vuelve|trabajan|trabaja)\s+(?:tu|tus) {_PAR_ES}\b",
        rf"\bcuando\s+(?:se\s+)?(?:van|va|salen|sale|llegan|llega|duermen|duerme|regresan|regresa|vuelven|vuelve|trabajan|trabaja)\s+(?:tu|tus) {_PAR_ES}\b",
        rf"\b(?:a\s+)?{_QUE_ES}\s+(?:hora|ora)\s+se\s+(?:acuestan|acuesta|duermen|duerme|van a dormir|va a dormir|van a la cama)\s*(?:\?|en tu casa|tus|tu)"
        r"|\bcuando\s+se\s+(?:duerman|duerma|acuesten|acueste|vayan|vaya)\b[^.?!]{0,10}\b(?:me\s+(?:llamas|escribes|hablas|mandas)|llamame|escribeme|hablame|te\s+conectas)",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether adults read or check the child's phone",
        # EN: does your mom ever read your messages / do your parents check your phone / let you
        rf"\b(?:do|does|dose|dos|duz|doz|dus|will|would|can|could)\s+your {_PAR_EN}\s+(?:ever\s+|evr\s+|eva\s+|evar\s+|still\s+|always\s+|usually\s+|even\s+|like to\s+|really\s+|actually\s+)?"
        r"(?:read|reed|check|chek|chk|look at|look through|look thru|look in|lok at|go through|go thru|go threw|monitor|see|snoop through|snoop on|track|spy on|have access to|know|"
        r"(?:have|take|get) a (?:nosy|nose|look|peek|snoop|gander|squiz|scroll|read) (?:through|thru|at|in|on))\s+"
        rf"(?:(?:\w+\s+)?(?:your|all your|ur)\s+{_DEVICE_EN}\b|(?:it|them|this|these|that|those)\b|\s*\?)",
        rf"\b(?:do|does|will|would)\s+your {_PAR_EN}\s+(?:ever\s+)?(?:let you|allow you)\b",
        rf"\b(?:do|does|did|will)\s+your {_PAR_EN}\s+know\s+(?:about (?:us|me|this)|you(?:'re| are) (?:talking|texting|chatting) (?:to|with) me|your password)\b",
        rf"\byour {_PAR_EN}\s+(?:check|checks|read|reads|look at|looks at|go through|goes through|monitor|monitors|see|sees|snoop|snoops|track|tracks|spy on|spies on|know|knows)\s+(?:\w+\s+)?your\s+{_DEVICE_EN}",
        r"\b(?:she|he|they) (?:doesn't|doesnt|don't|dont|never|won't) (?:read your|check your|look at your|go through your|see your|know about your)\b",
        r"\bthe (?:type|kind) (?:who|that) (?:checks?|reads?|looks?|snoops?|goes through)\b",
        # "any1 👀 checking ur msgs?", "someone reading your texts?"
        rf"\b(?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1){_EMO}\s+(?:ever\s+)?(?:checking|checks|check|reading|reads|read|looking (?:at|through|thru)|looks (?:at|through|thru)|going through|goes through|snooping (?:on|through)|snoops (?:on|through)|monitoring|monitors)\s+(?:your|all your)\s+{_DEVICE_EN}\b(?=[^.!]{{0,15}}\?)",
        rf"\b(?:does|do|can|could|will)\s+(?:any ?one|any ?body|some ?one|they|she|he)\s+(?:else\s+)?(?:ever\s+)?(?:check your|read your|see your|look at your|go through your|monitor your|have access to your)\s+{_DEVICE_EN}",
        rf"\b(?:is|are)\s+your {_PAR_EN}\s+(?:really\s+|super\s+|very\s+|so\s+)?(?:strict|chill|cool|relaxed|lenient|overprotective|protective|nosy|nosey)\s+(?:about|with|w)\s+(?:your\s+)?{_DEVICE_EN}\b",
        r"\b(?:is|are)\s+your\s+(?:phone|messages|texts|account|snap|insta|dms|chats|ipad|tablet)\s+(?:monitored|checked|tracked|watched)\b"
        r"|\b(?:have|has|got|any|with) parental controls?\b|\bparental controls? on your\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether adults read or check the child's phone",
        # FR: tes parents surveillent / regardent / lisent tes messages, fouillent ton tel
        rf"\b(?:tes|ta|ton|vos) {_PAR_FR}\b(?:\s+(?:ils?|elle|y))?\s+(?:te\s+)?(?:regardent|regarde|checkent|checke|check|lisent|lit|verifient|verifie|fouillent|fouille|surveillent|surveille|"
        r"controlent|controle|espionnent|espionne|voient|voit|ont acces|a acces|connaissent|connait|prennent|prend)\b"
        rf"(?:[^.?!]{{0,15}}\b(?:ton|tes|ta|tout|toutes?)\s+{_DEVICE_FR}|\s*\?)",
        rf"\b(?:quelqu'?un|qqn|ils|elle|il)\s+(?:te\s+)?(?:regardent|regarde|checkent|lisent|lit |verifient|verifie|fouillent|fouille|surveillent|surveille|voient|voit)\s+(?:\w+\s+)?(?:[tT]on|[tT]es)\s+{_DEVICE_FR}\b",
        rf"\b(?:personne|quelqu'?un|qqn|qlq){_EMO}\s+(?:ne\s+)?(?:te\s+)?(?:regarde|checke?|lit|verifie|fouille|fouine dans|surveille|controle|espionne|va dans|passe dans)\s+(?:[tT]on|[tT]es|ta)\s+{_DEVICE_FR}\b(?=[^.!]{{0,15}}\?)",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether adults read or check the child's phone",
        # ES: tu mamá te revisa el cel / tus papás leen tus mensajes / tu vieja te chequea el celu
        rf"\b(?:tu|tus) {_PAR_ES}\s+(?:te\s+)?(?:revisa|revisan|rebisa|rebisan|rebiza|rebizan|reviza|revizan|checa|checan|chequea|chequean|mira|miran|ve|ven|lee|leen|vigila|vigilan|controla|controlan|espia|espian|"
        r"registra|registran|esculca|esculcan|agarra|agarran|sabe|saben|conoce|conocen|tiene|tienen|cotillea|cotillean|chusmea|chusmean|husmea|husmean|fisgonea|fisgonean|"
        r"stalkea|stalkean|bichea|bichean|sapea|sapean|intercepta)\b"
        rf"(?:[^.?!]{{0,15}}\b(?:el|tu|tus|la|los|las)\s+{_DEVICE_ES}|\s*\?)",
        rf"\b(?:alguien|ellos|ella|el){_EMO}\s+(?:te\s+)?(?:revisa|revisan|rebisa|rebisan|rebiza|reviza|checa|checan|chequea|chequean|lee |leen |vigila|vigilan|cotillea|cotillean|chusmea|chusmean|husmea|husmean|fisgonea)\s*(?:el|tu|tus|la|los|las)\s+{_DEVICE_ES}\b",
    ),
]
