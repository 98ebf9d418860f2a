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
_YOU = r"(?:you|ya|yu|yuo|yoo|yous|ye)"  # "ye": Scots and Irish
_YEAR_END = r"\b(?=\s*(?:\?|or\b|yet|right|rite|,|now|already|at\b))"
_WH_EN = r"(?:what|wat|wht|wut|whut|wot|whit|which|wich|whcih|witch)"
_WHERE = r"(?:where|wher|whr|whre|wher3|wh3re)"

# Adults who could be supervising the child (wider than the shared PAR_* fragments).
_PAR_EN = (
    r"(?:parents?|parants?|parnts|parnets?|perents?|parrents?|prents|rents|folks|mom|mum|mam|mammy|mommy|mummy|momma|mama|ma|mother|dad|daddy|papa|pa|father|"
    r"step ?(?:mom|mum|dad|father|mother)|grand(?:ma|pa|mother|father|parents?)|nana|granny|"
    r"aunt|auntie|uncle|guardians?|foster (?:mom|dad|parents?)|family|babysitter|nanny|olds|oldies|old man|old lady)"
)
_PAR_FR = (
    r"(?:parents?|parants?|rents|mere|pere|maman|mom|moman|papa|pops|daron(?:ne)?s?|vieux|"
    r"beau-?pere|belle-?mere|grand-?(?:mere|pere|parents)|mamie|papi|tante|oncle|famille)"
)
_PAR_ES = (
    r"(?:papas|papis|padres|mama|mami|mamita|papa|papi|madre|padre|familia|jefa|jefe|jefes|"
    r"viejos?|vieja|abuel[oa]s?|tia|tio|tios|padrastro|madrastra|tutor(?:es)?|mare|pare)"
)

# The child's phone and messages (what a parent might read or check).
_DEVICE_EN = (
    r"(?:phone|fone|phne|fon|cell|mobile|mes+[ae]?ge?s?|msgs?|texts?|txts?|chats?|dms|direct messages|convos?|"
    r"conversations?|history|apps?|accounts?|snap(?:chat)?|insta(?:gram)?|ipad|tablet|laptop|"
    r"computer|screen ?time|discord|whats ?app|passwords?|stuff|socials?)"
)
_DEVICE_FR = (
    r"(?:tel|telephone|phone|portable|portabl|portab|porta|cell|cellulaire|celulaire|mes+ages?|mes+aj(?:es?)?|msg|conversations?|convos?|"
    r"discussions?|textos?|sms|historique|ordi|ordinateur|tablette|compte|snap|insta|applis?|"
    r"mots? de passe|code)"
)
_DEVICE_ES = (
    r"(?:cel|celu|celular|telefono|telfono|telef|movil|fono|mens+a[jgh]es?|msjs?|mjs|chats?|conversaciones?|whats|"
    r"wasap|wsp|guasap|redes|compu|computadora|tablet|cuenta|insta|snap|historial|contrasena)"
)
_SCHOOL_EN = (
    r"(?:h(?:igh|ight|ihg|gih|i|gh)\s?(?:school|skool|scool|skul)|mid+(?:le|el|dl)\s?(?:school|skool|scool|skul)|junior\s?high|jr\.?\s?high|"
    r"elementary(?:\s?school)?|primary(?:\s?school)?|secondary(?:\s?school)?|grade\s?school)"
)
_GRADE_NUM_EN = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth)\s?grade"
)
_TEEN_EN = r"(?:1[0-7]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
_SCHOOL_FR = (
    r"(?:ecole|college|colleg3|lycee|polyvalente|poly|ecole secondaire|secondaire|primaire|cegep|bahut|cycle d\'orientation|"
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
_QUE_ES = r"(?:que|ke|qe|q|ok|cual|kual)"
# A youth age group, spelled out so that the prefilter has a literal ("u13", "u 13").
_U_AGE = "(?:" + "|".join(f"u{n}|u {n}" for n in range(10, 18)) + ")"  # "k" is folded to "ok"

# "your" misspelled before a parent ("do yor parnets chek ur messeges"), keeping "your mom" as the prefilter literal.
_PAR_EN_TYPO = r"(?:parents?|parnets?|parnts|prents|parants?|perents?|mom|mum|mommy|mummy|dad|daddy|mother|father|folks|family)"
_YOUR_PAR_EN = rf"(?:your {_PAR_EN}|yor {_PAR_EN_TYPO}|yur {_PAR_EN_TYPO}|yoor {_PAR_EN_TYPO})"
_YOUR = r"(?:your|ur)"  # "ur" is folded to "your" already; the pair keeps "your" from being the prefilter literal
# Emoji or marks between words ("any1 👀 checking ur msgs"): the folding keeps them.
_EMO = r"(?:\s*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+)?"
# The asker wants the parent for themselves (a parcel, a word with him), not the child alone.
_WANTS_PARENT = (
    r"(?![^\n]{0,80}\b(?:parcel|package|delivery|deliver|sign(?:ing)? for|speak (?:to|with) (?:him|her|them)|"
    r"talk (?:to|with) (?:him|her|them)|put (?:him|her|them) on|for (?:him|her|them)\b|colis|livraison|receptionner|recevoir|signer|lui parler|"
    r"leur parler|pour (?:lui|elle|eux)\b|paquete|entrega|recibir|firmar|le traigo|les traigo|para (?:el|ella|ellos)\b|"
    r"hablar con (?:el|ella|ellos)|por si (?:hace|hiciera|haga) falta|me lo pasas|me la pasas|pasamelo|pasamela|"
    # Something to hand back or ask about: "i need to drop off her casserole dish", "je dois lui rendre son plat",
    # "tengo que devolverle el molde" (not "leur dire" / "decirle": keeping it from them is secrecy).
    r"drop(?:ping)? (?:off|by|round|over) (?:her|his|their|the|a|some)|"
    # Someone who needs the parent to come back or sign: the babysitter leaving, a courier, an aunt with a cake.
    r"(?:i|we) (?:need|have|got) to (?:leave|go|head out)\b|je dois (?:partir|y aller|m\'en aller)|il faut que je (?:parte|y aille)|tengo que irme|me tengo que ir|necesito irme|"
    r"je (?:depose|passe (?:deposer|porter|ramener)|ramene|rapporte|apporte)\b|le (?:dejo|paso a dejar)\b|sign\b|signature|firme\b|needs someone to|"
    r"(?:pizza|delivery) guy|courier|mailman|postman|livreur|facteur|repartidor|cartero|mensajero|drop (?:it|them|this|that|something) (?:off|by|round)|"
    r"return (?:her|his|their|the|a)\b|(?:give|bring) (?:her|him|them) (?:back|the|a|his|her|their|some)\b|"
    r"(?:borrow|pick up|collect) (?:her|his|their)\b|ask (?:her|him|them) (?:about|if|for|something|a question)|"
    r"(?:her|his|their) (?:dish|casserole|keys|ladder|tools?|tupperware|charger|mail|drill)\b|"
    r"(?:lui|leur) (?:rendre|redonner|ramener|rapporter|deposer|donner|demander|apporter|remettre|emprunter)|ses cles|son plat|"
    # Something left behind or lent: "la mienne a oublié son parapluie chez vous", "my mom left her umbrella at yours", "mi madre le quiere devolver el táper".
    r"(?:a|as|avait|ont) oublie (?:son|sa|ses|leur|leurs|un|une|des)\b|(?:left|forgot) (?:her|his|their|my|our) \w+ (?:at|in|over|here|there)\b|"
    r"(?:le|les) (?:quiere|queremos|quiero|tiene que|tengo que) (?:devolver|regresar|dar|llevar|pedir)\b|se (?:le|les) (?:olvido|quedo) (?:su|sus|el|la|un|una)\b|parapluie|umbrella|paraguas|taper|tupper|tuper|"
    r"devolverles?|regresarles?|darles?|dejarles?|llevarles?|entregarles?|preguntarles?|pedirles?|(?:le|les) (?:devuelvo|dejo|llevo)|sus llaves))"
)
# A pick-up offer right after a "what time do you finish" question: a parent or a coach.
_PICKUP = (
    r"(?![^\n]{0,60}\b(?:je (?:passe|viens) te (?:prendre|chercher)|j'?te (?:prends|ramasse)|paso por ti|"
    r"paso a buscarte|te (?:recojo|paso a buscar|busco)|voy por ti|voy a buscarte|i'?ll (?:pick you up|get you|come get you)|"
    # waiting at the club door: "je serai devant la salle", "estaré en la puerta del polideportivo"
    r"je serai (?:devant|a l'entree de|a la sortie de) (?:la salle|le gymnase|le dojo|la piscine|la patinoire|le club|le stade)|"
    r"estare (?:en la puerta|a la salida|afuera) del? (?:polideportivo|gimnasio|gym|club|dojo|estadio|la piscina|la alberca|la cancha)|"
    r"i'?ll be (?:outside|at the door of|by the door of) (?:the )?(?:gym|rink|pool|dojo|club|studio|field)))"
)
# A home inside a game: "where do you live in the game, the red house by the lake?"
_IN_GAME = r"(?!\s+(?:in|on)\s+(?:the |this |that |your )?(?:game|server|world|map|minecraft|roblox|fortnite|sims|animal crossing|bloxburg|brookhaven|realm|island|town in the game)\b)"
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
        # A youth age group: "are you u13 or u14?", "what age group do you play in, under 12?"
        rf"\b(?:are|r)\s+{_YOU}\s+(?:in\s+)?(?:the\s+)?(?:{_U_AGE}|\bunder[- ]?1[0-7])s?\b(?=\s*(?:\?|or\b))|\b(?:what|which) (?:age group|age category|age bracket)\b[^.?!]{{0,20}}\b(?:are|do)\s+{_YOU}\b",
        # "how many candles this time 🎂", "how many candles r u blowing out?"; not "how many candles do we need for grandma".
        rf"\bhow many candles\b(?=\s*(?:this (?:time|year)|on (?:your|ur) (?:cake|bday|b-day|birthday)|(?:are|will|do|did) {_YOU}\b|for {_YOU}\b|{_YOU} (?:blowing|blow|getting|get)|\?|[\u2600-\u27bf\U0001f300-\U0001faff]))",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's age",
        # FR: t'as quel âge / ta quel age / tu a quelle age / t'4s qu3l 4g3 / vous avez quel âge
        rf"\b(?:t'as|t'a|tas|ta|t as|tu as|tu a|t'4s|t4s|vous avez)\s+{_QUEL}\s+(?:age|4ge|ag3|4g3|aje|agee|4je)\b(?!\s+(?:ton|ta|tes|sa|son|ses|le|la|les)\s)",
        rf"\b{_QUEL}\s+(?:age|4ge|ag3|4g3|aje|agee|4je)\s+(?:tu as|tu a|t'as|tas|t'a|as-tu|as tu|avez-vous|avez vous|vous avez|"
        r"ta(?=\s*(?:\?|!|$|toi|exactement|maintenant|en vrai|la\b|stp|deja)))",
        # "tu vas avoir quel âge", "quel âge tu vas avoir", "tu vas fêter tes combien ?"; not "quel âge tu vas avoir quand tu auras fini".
        # A youth category: "tu joues en quelle catégorie, U13 ?", "t'es U13 ?"
        rf"\b{_QUEL}\s+categorie\b[^.?!]{{0,20}}\b(?:{_U_AGE}|moins de 1[0-7]|benjamine?s?|minimes?|poussine?s?|cadette?s?|20(?:0[6-9]|1\d))\b"
        rf"|\b(?:t'es|tu es|tu joues en|t)\s+(?:en\s+)?(?:{_U_AGE}|moins de 1[0-7])\b(?=\s*(?:\?|ou\b))",
        rf"\b(?:tu|t')\s?(?:vas|va)\s+(?:avoir|avoire|avoi|avwar|feter)\s+(?:{_QUEL}\s+(?:age|4ge|aje)\b|(?:tes\s+)?combien(?: d'?\s?ans)?(?=\s*(?:\?|$|a ton anniv|cette annee|bientot)))(?!\s+(?:quand|dans \d|en \d))",
        rf"\b{_QUEL}\s+(?:age|4ge|aje)\s+(?:tu vas|tu va|t'vas|tvas|vas-tu)\s+(?:avoir|avoire|feter)\b(?!\s+(?:quand|dans \d|en \d))|\btu fetes tes combien\b",
        r"\bcombien de bougies\b(?=\s*(?:cette (?:fois|annee)|sur ton (?:gateau|g[a4]teau)|(?:tu vas|vas-tu|tu) souffler|pour toi|\?|[\u2600-\u27bf\U0001f300-\U0001faff]))",
        r"\b(?:c'est|c|cest|ces)\s+(?:quoi|koi|quel|kel)\s+ton (?:age|4ge)\b|\bton (?:age|4ge)\s*\?|\b(?:t'as|tas|tu as|ta|t'a|as)\s+(?:quoi|koi)\s+comme\s+(?:age|aje)\b",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's age",
        # ES: cuántos años tienes / qantos años tienes / vos cuántos años tenés / cuantos cumples
        r"\b(?:cuantos|cuanto|quantos|qantos|kuantos|kantos|cuants|cuantoss|cuantas|kntos|cuantoz|kuantoz)\s+(?:anos|anios|anitos|4nos|an0s|anoz|anyos|aos|anhos|anox|anioz)?\s*"
        r"(?:tienes|tenes|tenis|teni|tiene usted|cumples|cumplis|cumpliste|vas a cumplir)\b",
        r"\b(?:tienes|tenes|tenis)\s+(?:cuantos|quantos|qantos|kuantos)\b",
        r"\b(?:que|ke|qe|q|ok) [e3]d[a4]d (?:tienes|tenes|tenis|tiene usted|t[i1][e3]n[e3]s|t[e3]n[e3]s)\b|\b(?:cual|kual) es tu edad\b|\btu edad\s*\?",
        r"\beres (?:menor|mayor) de edad\b|\beres menor\s*\?|\bsos menor\b",
        # A youth sports category is an age: "¿en qué categoría juegas, 2013?", "¿eres sub 13?"; not "¿en qué categoría juegas al pádel?".
        rf"\b(?:(?:en|de)\s+)?{_QUE_ES}\s+categoria\b[^.?!]{{0,20}}(?:20(?:0[6-9]|1\d)|sub[- ]?1[0-7]|infantil|alevin|cadete|benjamin|mini)\b"
        r"|\b(?:eres|sos|juegas en|estas en)\s+(?:la\s+)?(?:sub[- ]?1[0-7]|categoria 20(?:0[6-9]|1\d))\b(?=\s*(?:\?|o\b))",
        # "cuántas velitas 🎂", "cuántas velas vas a soplar este año"; not "cuántas velas compro para la abuela".
        r"\bcuant[ao]s (?:velitas|velas)\b(?=\s*(?:este ano|esta vez|en tu (?:pastel|torta|tarta|cumple|queque)|(?:vas a |vai a )?soplar|soplas|vas a soplar|para ti|\?|[\u2600-\u27bf\U0001f300-\U0001faff]))",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's grade or school year",
        # EN: what grade are you in / wat grade u in / what year are you / are you in high school yet
        # "what year are you?" alone is how adults ask a college year; a school year is "year ... in"
        rf"\b{_WH_EN}\s+(?:grade|grad3|gr4d3|form|year(?= (?:are |were |is )?(?:{_YOU}|you're)\s+(?:in|at school|at the school|still in|now in)\b)) (?:are |were |is )?(?:{_YOU}|you're)\b"
        r"(?!\s+(?:get|got|gonna|going|think|want|playing|using|taking|doing|have|had|give|make|need|getting|expect|hoping|talking|referring|from|looking))"
        # a college or university year is an adult's
        r"(?!\s+(?:in\s+)?(?:college|uni\b|university|grad school|the program|your program|your degree|your major|cs\b|starting|at (?!(?:the\s+)?(?:school|skool|skul|scool|schl)\b)\w+)|\s+in\s+(?:college|uni|university|the\s+\w*\s*program))",
        rf"\b{_WH_EN} grade\s*(?:\?|$|(?:are|r) {_YOU}\b|{_YOU} in\b)",
        # "what standard are you in?" (a school year in Indian English; "which class are you in" is also a college course).
        rf"\b{_WH_EN}\s+(?:std|standard)\s+(?:are|r)\s+{_YOU}\s+in\s*\?",
        # "what year of school are you in" (a bare "what year in school are you" is how students ask each other)
        rf"\b{_WH_EN}\s+(?:year|yr|grade|form|class)\s+(?:of|in|at)\s+(?:{_SKOOL}|{_SCHOOL_EN})\s+(?:are|r|were)\s+{_YOU}\s+in\b",
        # UK school years: "you in Year 8 or Year 9?", "are you year 7?", "u in yr8?". Two regexes, so
        # each has a literal the prefilter can screen by ("year", or "yr " / "yr1".."yr9"): as
        # one, "yr" alone was too short and the regex ran on every message.
        rf"\b(?:(?:are|r)\s+)?(?<!thank ){_YOU},?\s+(?:still\s+|already\s+|like\s+)?(?:in\s+)?year ?(?:[1-9]|1[0-3]){_YEAR_END}",
        rf"\b(?:(?:are|r)\s+)?(?<!thank ){_YOU},?\s+(?:still\s+|already\s+|like\s+)?(?:in\s+)?"
        rf"yr(?: [1-9]| 1[0-3]|1[0-3]?|2|3|4|5|6|7|8|9){_YEAR_END}",
        rf"\b(?:are|were)\s+{_YOU}\s+(?:still\s+|even\s+|already\s+|like\s+|in like\s+)?(?:in|at|starting|finishing)\s+(?:like\s+)?(?:{_SCHOOL_EN}|{_GRADE_NUM_EN}|year \d{{1,2}})",
        rf"\b(?:{_YOU}|your|you're)\s+(?:still\s+)?in\s+(?:{_SCHOOL_EN}|{_GRADE_NUM_EN})\s*(?:\?|yet|still|right|rite|ryt|or)",
        rf"\b(?:are|r)\s+{_YOU}\s+(?:a\s+)?(?:minor|teenager|teen|\w+\s?grader)\b",
        # "which class you are in?" (Indian English word order; "which class are you in" is also a college course)
        rf"\b{_WH_EN}\s+(?:class|std|standard)\s+(?:you are|you're)\s+in\s*\?",
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
        r"\b(?:t'es|tes|tu es|tu est|t'est|tu e|tu ai|t) en (?:[1-6]|cm[12]|ce[12])\s?(?:e|eme|ieme|em|eme annee)?\b(?!\s*(?:%|h\b|min|fois|jours|ans|euros|\$))",
        # Swiss, Belgian and Quebec years ("t'es en 10e aussi non ?"); not "en 10e position".
        r"\b(?:t'es|tes|tu es|tu est|t'est|t) en (?:7|8|9|10|11|12)(?:e|eme|ieme)\b(?!\s*(?:position|place|rang|ligne|etage|minute))",
        r"\b(?:t'es(?:-tu| tu)?|[tT]es|tu es|tu est|t'est|es-tu|es tu|(?<!')t)\s+(?:encore\s+|deja\s+|toujours\s+|genre\s+)?"
        r"(?:en (?:sixieme|cinquieme|quatrieme|troisieme|seconde|terminale|primaire|secondaire(?:\s+[1-5])?|sec\s?[1-5])|au (?:college|lycee|primaire|secondaire)|a la polyvalente|a l'ecole primaire)"
        r"(?!\s+(?:(?:de|du|des|a cette heure|ce (?:matin|soir|midi))\b|a \d))",
        # "t'es passé au lycée ?", "t'es rentrée au collège cette année ?"; not "t'es passé au lycée chercher ta soeur".
        r"\b(?:t'es|[tT]es|tu es|(?<!')t)\s+(?:deja\s+)?(?:passee?|rentree?|entree?|montee?)\s+(?:en (?:sixieme|cinquieme|quatrieme|troisieme|seconde|terminale|secondaire)|au (?:college|lycee|secondaire))"
        r"(?=\s*(?:\?|$|ou\b|cette annee|deja|alors|finalement|,))",
    ),
    *_p(
        C.AGE_PROBE,
        "asks the child's grade or school year",
        # ES: en qué grado vas / en que curso estás / vas en la secu / qué grado cursas
        rf"\ben\s+{_QUE_ES}\s+(?:grado|ano|curso|semestre|nivel)\s+(?:(?:de\s+(?:la\s+|el\s+)?|del\s+)(?:secu|secundaria|prepa|preparatoria|primaria|escuela|cole|colegio|liceo|bachi|bachillerato|eso|insti|instituto)\s+)?(?:vas|bas|vai|estas|andas|vais|estudias|cursas|sos|eres|tas|estais|vos|va usted|esta usted)\b",
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
        # "you'd be about what, fourteen?", "you must be like 13?"; not "you must be 13 or older to join".
        rf"\byou(?:'d| would| must| should) be (?:about |like |around |maybe |probably |roughly )?(?:what,?\s*)?(?:like\s+)?{_TEEN_EN}\b\s*(?:years? old\s*)?(?:\?|right\b|or so\b|or something\b|yeah\s*\?)",
        # "u b0rn 1n 2012 or 2013?"
        rf"\b(?:were |was |are )?{_YOU} b[o0]rn (?:[i1]n )?(?:the year )?20(?:0[5-9]|1\d)\b[^.?!]{{0,20}}\?",
        rf"\b{_YOU}\s+(?:look|seem|sound|act)\s+(?:so\s+|really\s+|pretty\s+|kinda\s+|very\s+)?(?:young|younger|little|small|like a kid)\b[^.!]{{0,25}}?\b{_TEEN_EN}\s*\?",
        rf"\b(?<!when )(?<!if )(?:you're|you are|so you|and you|so your|(?<![a-z] )your) (?:like |only |just |about |probably |prob |really |actually )?{_TEEN_EN}\s*"
        r"(?:right|huh|yeah|yes|no|or something|or so|yrs?|years?|years? old)?\s*\?",
        # "i'm 25, you?" / "im 24 hbu"
        r"\b[iI](?:'m| am)\s+(?:(?!in\b|at\b|on\b|about\b|around\b|like\b|only\b)\w+,?\s+)?\d{2}\b(?!\s*(?:min|mins|minutes|%|miles|km|k\b|lbs|kg|pounds|hours|h\b|secs?|seconds|:|\.\d|,\d|dollars|bucks|percent|feet|ft|inches|cm|mi\b))"
        r"[^?!]{0,25}(?:\band you|\bhbu|\bwbu|\babout you|\byourself|\byou\?)\s*(?:\?|$)",
        r"\b(?:tengo|yo tengo)\s+(?:1\d|[2-5]\d)(?:\s*anos)?\b[^?!.]{0,12}(?:\by tu|\by vos|\by ti|\bvos)\s*\?",
        # The contact's own age then the question back, alone in a message: "18, ¿y vos?", "moi 19, et toi ?", "22 hbu?"
        r"^\W*(?:moi |me |yo |i'm )?(?:1[89]|[2-5]\d)\s*(?:ans|anos|years?|yo|yrs)?[\s,.\u00bf]*(?:y (?:tu|vos|usted)|et toi|et vous|hbu|wbu)\s*\?+\s*"
        r"(?:$|[\u2600-\u27bf\U0001f300-\U0001faff])",
        r"\busted\b[^?\n]{0,60}\bcuantos anos tiene\s*\?",
        r"\b(?:j'ai|jai|moi j'ai)\s+(?:1\d|[2-5]\d)(?:\s*ans)?\b[^?!.]{0,12}(?:\bet toi|\bet vous|\btoi)\s*\?",
    ),
    *_p(
        C.AGE_PROBE,
        "guesses the child's age for the child to confirm",
        # FR: t'as 13 ans ? / tu as genre 14 ans
        r"\b(?:t'as|tas|ta|t'a|tu as|tu a|t'4s|t4s)\s+(?:(?:genre|quoi|environ|a peine|seulement|que|juste|bien|deja|pas|plus de|moins de),?\s+)?"
        r"(?:1[0-8]|[89]|treize|quatorze|quinze|seize|dix-?sept|dix-?huit|douze|onze)\s*(?:ans|4ns)\b",
        # "tu dois avoir quoi, quatorze ans ?"; "t n33 3n 2012 ou 2013 ?"
        r"\btu (?:dois|doit|devrais) avoir (?:quoi|genre|environ|a peu pres|dans les)?,?\s*(?:1[0-7]|onze|douze|treize|quatorze|quinze|seize|dix-?sept)\s*(?:ans)?\s*(?:\?|non\b|hein\b|nan\b|c'est ca|max\b)",
        r"\b(?:t'es|tu es|tes|t) n(?:33|3e|e3)e?s? (?:[e3]n )?20(?:0[5-9]|1\d)\b[^.?!]{0,20}\?",
    ),
    *_p(
        C.AGE_PROBE,
        "guesses the child's age for the child to confirm",
        # ES: tienes 14 años? / tenés como 13?
        r"\b(?:tienes|tenes|tenis)\s+(?:como |unos |mas o menos |apenas |ya |solo |tipo |recien )?"
        r"(?:1[0-8]|[89]|trece|catorce|quince|dieciseis|diecisiete|dieciocho|doce|once)\s*(?:anos|\?|o\b|verdad|cierto|no\b)",
        # "tendrás unos catorce, ¿no?", "debes tener como 13?"; "¿n4c1st3 3n 2012 o 2013?"
        r"\b(?:tendras|tendrias|debes tener|debes de tener|has de tener)\s+(?:como |unos |tipo |mas o menos )?(?:1[0-7]|once|doce|trece|catorce|quince|dieciseis|diecisiete)\b(?:\s*anos)?[\s,\u00bf]*(?:\?|no\b|verdad|cierto|o\b)",
        r"\bnac[i1]st[e3] (?:[e3]n )?(?:el )?(?:ano )?20(?:0[5-9]|1\d)\b[^.?!]{0,20}\?",
        # "cuántos años 😜", "¿y cuántos añitos tiene?" said alone
        r"\bcuant[oa]s (?:anos|anios|anitos|4nos)(?: tiene)?\s*(?:\?+|$|[\u2600-\u27bf\U0001f300-\U0001faff])",
    ),
    # --- personal_info_probe ---------------------------------------------------------------
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks where the child lives",
        rf"\b{_WHERE}\s+(?:do|d'|d0)\s*{_YOU}\s+(?:live|liv3|liv|reside)\b" + _IN_GAME,
        rf"\b(?:(?<![a-z] )|(?<=so )|(?<=and )|(?<=ok )|(?<=lol )|(?<=hey )|(?<=btw )|(?<=but )){_WHERE}\s+{_YOU}\s+(?:live|liv3|living|at right now)\b" + _IN_GAME,
        rf"\bwhere\s?abouts\s+(?:do|are)\s+{_YOU}\b",
        rf"\b{_WHERE}(?:'s| is|s)?\s+{_YOUR}\s+(?:house|home|place|apartment|flat|crib|neighbou?rhood)\b(?!\s*town)",
        r"\b(?:[wW]hat|[wW]at|[wW]hich|[wW]ich)\s+(?:street|road|town|city|area|neighbou?rhood|hood|part of town|suburb|county|zip|village)\b"
        rf"[^.?!]{{0,20}}\b(?:do\s+)?{_YOU}\s+(?:live|living|stay|staying|grow up|in|on)\b",
        rf"\bdo\s+{_YOU}\s+live\s+(?:near|close)\b|\b{_YOU}\s+(?:said\s+{_YOU}\s+)?live\s+(?:near|close to)\b",
        rf"\bhow far (?:away )?do {_YOU} live\b",
        # Where the child is from, with a guess to narrow it: "¿tú de dónde eres? por el acento diría que de Madrid",
        # "t'es d'où ? je dirais Lyon avec ton accent", "where are you from? i'd guess texas"
        r"\bde donde (?:eres|sos|es usted|vives|vienes)\b[^\n]{0,40}\b(?:diria|dirias|apuesto|supongo|adivino|por el acento|por tu acento|con ese acento)\b"
        r"|\b(?:(?:t'es|tu es|tes|tu viens|t'viens|tu habites|t'habites) d'?\s?ou|d'?\s?ou (?:tu viens|t'es|tu es|tu habites|t'habites))\b[^\n]{0,40}\b(?:je dirais|je parie|je devine|je suppose|a ton accent|avec ton accent)\b"
        rf"|\bwhere (?:are {_YOU}|{_YOU}|you're) from\b[^\n]{{0,40}}\b(?:i'd (?:say|guess)|i would (?:say|guess)|let me guess|guessing|judging by|from (?:your|the) accent|with that accent)\b",
        # "where do you stay?" (where you live, in South Africa, Nigeria, Scotland); not "where do you stay when you visit".
        rf"\b{_WHERE}\s+(?:do|d')\s*{_YOU}\s+(?:stay|stey)\b(?!\s+(?:when|while|during|if|on (?:holiday|vacation|trips?)|in (?:the|a) (?:hotel|hostel)))",
        rf"\b(?:[wW]hat|[wW]at|[wW]hich|[wW]hit)\s+(?:side|end|bit|part)\s+of\s+(?:the\s+)?\w+\s+(?:do\s+)?{_YOU}\s+(?:live|stay)\b",
        # The address for a parcel or a card: "if i mail you something, what street would i write", "where should i send your present".
        rf"\b(?:mail|send|post|ship|deliver)(?:ing)? (?:{_YOU}|it to {_YOU})\b[^.?!]{{0,60}}\b(?:{_WH_EN}|{_WHERE})\s+(?:street|road|address|town|city|zip(?: code)?|postcode|post code|house number)?\b"
        r"[^.?!]{0,25}\b(?:would|should|do|could|can|shall) i\b",
        rf"\b(?:{_WH_EN})\s+(?:street|road|address|town|city|zip(?: code)?|postcode|post code)\b[^.?!]{{0,30}}\b(?:mail|send|post|ship)(?:ing)? (?:it |them |this |that )?(?:to )?{_YOU}\b",
        r"\b(?:where|wher)\s+(?:would|should|do|could|can|shall)\s+i\s+(?:mail|send|post|ship)\s+(?:your (?:present|gift|card|birthday card|parcel|package)|"
        r"(?:a|the|my|this) (?:postcard|card|birthday card|letter|present|gift|parcel|package)s? (?:to|for) (?:you|ya|u)\b|(?:you|u) (?:a|the|something|stuff|your))",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks where the child lives",
        # FR: tu habites où / t'habites dans quelle ville / tu restes où / où tu vis / t'es de quel coin
        rf"\b(?:tu|t'|t)\s?(?:h?abites?|h?abbites?|h?abitte)\b[^.?!]{{0,25}}\b(?:ou\b(?!\s+(?:tu|t'|pas|non|bien|alors))|{_QUEL}|pres|loin|vers|dans le coin)\b",
        rf"\b(?:tu vis|tu restes?|tu demeures?|t'restes?)\s+(?:ou\s*(?:[?,!.]|$|exactement|ca|la|au juste|en vrai|toi|toe|donc|au fait|genre)|dans\s+{_QUEL}|a\s+{_QUEL}|pres|loin|ou\s+(?:dans|en|au))",
        r"\bou\s+(?:est-ce\s+qu(?:e|')\s*)?(?:tu habites?|tu abites?|t'habites?|t'abites?|tu vis|tu restes?|tu demeures?|t'restes?)\b",
        r"\b(?:c'est|c|cest)\s+ou\s+chez\s+toi\b|\bchez\s+toi\s+(?:c'est|c)\s+ou\b"
        # then the street: "t'es où exactement ? c'est quelle rue ?", "t 0ù ? 🏠📍 la rue ?"
        r"|\b(?:t'es|tes|t|tu es|tu habites|t'habites|tu vis)\s+[o0]u\b[^\n]{0,30}?(?:\b(?:quelle|kel+e?|ta) ru[e3]\b|[\U0001f3e0\U0001f3e1\U0001f4cd][^\n]{0,8}\bl[a4] ru[e3]\b)",
        rf"\b(?:t'es|[tT]es|tu es|tu viens)\s+(?:de|d')\s*{_QUEL}\s+(?:ville|coin|quartier|region|village|rue|bled)\b",
        # "si je voulais t'envoyer une carte, je l'enverrais à quelle rue ?", "à quelle adresse je peux t'envoyer ton cadeau ?"
        rf"\b(?:t'?\s?envoyer|t'?\s?envoie|t'?\s?ecrire|te poster|t'?\s?expedier|te livrer|te faire livrer)\b[^.?!]{{0,60}}\b(?:a|dans|sur)\s+{_QUEL}\s+(?:rue|adresse|ville|code postal|numero)\b",
        rf"\b(?:a|dans)\s+{_QUEL}\s+(?:rue|adresse|ville)\b[^.?!]{{0,25}}\b(?:je (?:peux |pourrais |dois )?(?:t'?\s?envoie|t'?\s?envoyer|t'?\s?enverrais|t'?\s?enverrai|te poste)|pour (?:te l'|te les |t')envoyer)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks where the child lives",
        # ES: dónde vives / en qué colonia vives / de qué ciudad eres / vives cerca
        r"\b(?:d[o0]nd[e3]|[o0]nd[e3]|dnd|dond|adonde)\s+(?:es\s+que\s+)?(?:vives|vivis|vivs|bibes|vivias|queda tu casa|esta tu casa)\b",
        r"\bvives\s+(?:cerca|lejos|por|en que|en q\b|en cual)\b",
        rf"\b{_QUE_ES}\s+(?:ciudad|colonia|barrio|calle|zona|parte|pueblo|municipio|estado|provincia|comuna|delegacion|fracc?|fraccionamiento|sector|rumbo)\b"
        r"[^.?!]{0,20}\b(?:vives|vivis|eres|sos|queda tu casa|esta tu casa|vive\b(?!\s+(?:tu|su|el|la|mi|los|las)\b))\b",
        # "si quisiera mandarte una postal, ¿a qué calle te la mandaría?", "a qué dirección te mando el regalo"
        rf"\b(?:mandarte|enviarte|te (?:la |lo |las |los )?(?:mando|mandaria|mandare|envio|enviaria|enviare))\b[^.?!]{{0,60}}\b(?:a|en)\s+{_QUE_ES}\s+(?:calle|direccion|colonia|ciudad|codigo postal|barrio)\b",
        rf"\b(?:a|en)\s+{_QUE_ES}\s+(?:calle|direccion|colonia|ciudad|codigo postal|barrio)\b[^.?!]{{0,20}}\b(?:te (?:la |lo |las |los )?(?:mando|mandaria|mandare|envio|enviaria|enviare|llega|llegaria)|mandarte|enviarte)\b",
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
        rf"\b{_QUEL}\s+{_SCHOOL_FR}\b(?!\s+(?:qui|a gagne|a perdu|a remporte|gagne|joue|jouait|affronte|contre|a lieu|aura lieu|avait lieu|accueille|organise|se (?:passe|passera|deroule|deroulera|tient|tiendra|fait|fera))\b)",
        # Naming a school to confirm it: "t'es à l'école Saint-Laurent ?", "tu vas au collège Jean-Moulin ?"; not "tu vas à l'école demain ?".
        r"\b(?:t'es|tu es|tes|tu vas|t vas|t'vas)\s+(?:a l'\s?|au |a la )(?:ecole|college|lycee|polyvalente|poly|cegep|ecole secondaire|ecole primaire)\s+"
        r"(?!(?:demain|aujourd|ce|cette|cet|le|la|les|en|a|au|avec|pour|la-bas|ou|quand|maintenant|bientot|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        r"toute?|seule?|normalement|encore|aussi|du coup|ou pas|non|oui|apres|avant|ou quoi|a pied|prive|public|publique)\b)[a-z][\w'-]+(?:\s[a-z][\w'-]+){0,2}\s*\?",
        rf"\b(?:c'est|c|cest)\s+(?:quoi|koi)\s+(?:le nom de\s+)?ton\s+{_SCHOOL_FR}\b|\bton\s+{_SCHOOL_FR}\s+(?:c'est|c|cest)\s+(?:laquelle|lequel|quoi|koi|ou)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks which school the child goes to",
        # ES: a qué secu vas / en qué escuela estudias / cómo se llama tu cole / dónde estudias
        rf"\b(?:a|en|de)\s+{_QUE_ES}\s+{_SCHOOL_ES}\b(?!\s+(?:va a ser|van a ser|sera|seran|fue|es (?:la|el)|hay|habra|gano|gana|juega|jugo|se (?:hace|hara|va a hacer|celebra|realiza|organiza))\b)",
        r"\b(?:que|ke|qe|q|cual)\s+(?:escuela|colegio|colejio|instituto|liceo|secu|secundaria|prepa)\s+(?:vas|estudias|estas|andas)\b",
        r"\b(?:cual|kual) es tu (?:secu|secundaria|escuela|escuelita|cole|colegio|prepa|liceo|insti|instituto)\b(?!\s+favorit)",
        rf"\bcomo se llama tu\s+{_SCHOOL_ES}\b|\btu\s+{_SCHOOL_ES}\s+(?:donde|onde|cual|como se llama)\b|\bdonde\s+estudias\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks about the child's daily routine",
        rf"\b(?:{_WH_EN} time\s+(?:(?:do|will|are|d'|does)\s*)?|(?:[wW]hen|wen)\s+(?:do|will|are|d'|does)\s*){_YOU}(?:'ll| will)?\s+(?:usu?al+y\s+|normal+y\s+|always\s+|ever\s+|generally\s+)?(?:get|go|come|walk|head|leave|be|get out of|leave for|finish|finsh|get off|get back|reach)\s+"
        r"(?:back\s+)?(?:(?:from|frm|of)\s+)?(?:home|hom|hme|school|skool|skul|scool|skewl|schl|class|classes|practice)\b",
        rf"\b(?:{_WH_EN} time|when)\s+(?:does|do)\s+(?:{_YOUR}\s+)?(?:{_SKOOL}|class|classes) (?:end|finish|let out|get out)\b|\b{_SKOOL} lets out\b",
        rf"\b(?:do|does)\s+{_YOU}\s+(?:walk|take the bus|ride the bus|bike|ride your bike|get a ride)\s+(?:home|to school)\b",
        # The bus stop: "which bus stop do u wait at", "where do you catch the bus in the morning", "what bus do you take to school".
        rf"\b(?:{_WH_EN}|{_WHERE})(?:'s| is)?\s+(?:bus stop|stop|bus station|station|corner)\b[^.?!]{{0,15}}?\b(?:do|d')\s*{_YOU}\s+(?:usually\s+|normally\s+)?(?:wait|get on|catch|get off|use|stand)\b",
        rf"\b{_WHERE}\s+(?:do|d')\s*{_YOU}\s+(?:usually\s+|normally\s+)?(?:wait for|catch|get on|take|get off)\s+(?:the|your)\s+(?:school\s+)?bus\b|\byour bus stop\b",
        rf"\b{_WH_EN}\s+(?:bus|bus route|bus number)\s+(?:do|d')\s*{_YOU}\s+(?:take|catch|ride|get)\b(?=[^.?!]{{0,20}}(?:school|home|morning|mornings))",
        # The school gate: "which gate do you come out of?", "tu sors par quelle porte ?", "¿por qué puerta sales?"
        rf"\b{_WH_EN}\s+(?:gate|exit|door|entrance)\s+(?:do|d')\s*{_YOU}\s+(?:usually\s+)?(?:come out|leave|use|go out|exit|get out|walk out)\b"
        r"(?!\s+(?:at|for|of) (?:the )?(?:concert|stadium|game|match|airport|mall|station|venue|festival))",
        rf"\b(?:tu|t')\s?(?:sors|sort|pars)\s+(?:par|de)\s+{_QUEL}\s+(?:porte|sortie|entree|grille|portail)\b"
        rf"|\bpor\s+{_QUE_ES}\s+(?:puerta|salida|entrada|reja|porton)\s+(?:sales|salis|entras|te vas)\b",
        rf"\b{_WH_EN}\s+(?:bus |tram |train |subway |metro )?(?:stop|station)\b[^.?!]{{0,25}}\b(?:your (?:house|home|place|school)|{_YOU} live)\b",
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
        r"\b(?:tu|t')\s?(?:prends?|rentres?|vas)(?:-tu)?\s+(?:le bus|a pied|en bus|l'autobus|en autobus|le car|le metro)\b[^.?!]{0,40}(?:ecole|college|lycee|chez toi|maison|le matin|\?)",
        # "tu prends le bus à quel arrêt ?", "c'est quoi ton arrêt de bus ?"
        rf"\b(?:tu|t')\s?(?:prends?|attends?|montes?|descends?|chopes?)\s+(?:le|ton)\s+(?:bus|car|tram|metro|train)\s+(?:a|au|de|dans)\s+{_QUEL}\s+(?:arret|station|gare|coin)\b"
        rf"|\b(?:a|au|de)\s+{_QUEL}\s+(?:arret|station|gare)\s+(?:tu|t')\s?(?:prends?|attends?|montes?|descends?|chopes?)\b"
        rf"|\b(?:c'est|c|cest)\s+(?:quoi|koi|ou|lequel)\s+ton arret\b|\bton arret de (?:bus|car|tram)\b",
        # The stop by the child's home: "quel arrêt est le plus près de chez toi", "...devant chez toi si tu veux. c'est quel arrêt ?"
        rf"\b{_QUEL}\s+(?:arret|station|gare)\b[^.?!]{{0,25}}\b(?:chez toi|ta maison|ton ecole|ton college|ton lycee|tu habites)\b"
        rf"|\bchez toi\b[^?\n]{{0,40}}?\b(?:c'est|c|cest)\s+{_QUEL}\s+(?:arret|station)\b",
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
        # "en qué parada esperas el bus", "cuál es tu parada"
        rf"\b(?:en|de|a)\s+{_QUE_ES}\s+(?:parada|paradero|estacion)\b[^.?!]{{0,15}}?\b(?:esperas|tomas|agarras|coges|subes|bajas|te subes|te bajas)\b"
        r"|\b(?:cual es |donde (?:queda|esta) )?tu (?:parada|paradero)\b(?! favorit)",
        rf"\b{_QUE_ES}\s+(?:parada|paradero|estacion)\b[^.?!]{{0,25}}\b(?:tu casa|tu escuela|tu cole|tu colegio|tu secu|vives)\b",
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
        rf"\b(?:are|were)\s+{_YOU}\s+(?:all\s+|home\s+|still\s+|gonna be\s+|going to be\s+)?(?:alone|[a4]l[o0]n[e3]|by\s+(?:yourself|yourslef|yoursef|yoursel|yourselfe|urself)|on your own)\b"
        r"(?!\s+(?:in\s+(?:this|that|thinking|feeling|the world)|with\s+(?:this|that)))",
        rf"\b(?<![a-z] ){_YOU}\s+(?:all\s+)?(?:alone|alon3|@lone|@lon3|4lone|4lon3|al0ne|al0n3|@l0n3|by yourself|home alone)\s*(?:\?|right now|tonight|now|today|at home|in your room)",
        rf"\b(?:(?:are|were|will|do|does|did)\s+{_YOU}|you're|you'll|you (?:ever|usually|often|always|still))\s+(?:\w+\s+)?(?:be\s+|get\s+|stay\s+|left\s+)?home alone\b",
        r"\b(?:alone|by yourself) in your (?:room|house|bedroom)\b|\bwhen (?:you're|you are) (?:alone|by yourself|home alone)\b",
        r"\bwhen (?:will|do|are) you (?:be )?(?:alone|by yourself|home alone)\b",
        # "nice so its just u at home", "so ur home alone?", "it's just you in the house tonight?"
        r"\b(?:it'?s|its) just (?:you|ya)(?: alone| by yourself| on your own)? (?:at home|home|in the house|at your (?:house|place))\b(?!\s+(?:and|with|&|plus)\b)"
        r"|\b(?:your|you're) (?:all )?home alone\b(?=\s*(?:\?|right now|tonight|now|today|again|this weekend|after school|lol|huh|then))",
        # EN: anyone else home / who's with you / coast clear
        r"\b(?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1|people|any (?:adults?|grown ?ups?|[\U0001f468\U0001f469\U0001f9d1][\U0001f466-\U0001f469\U0001f9d1]*)) (?:home|around(?: you)?|near you|in the house|at (?:your|the) (?:house|place|home))\s+"
        r"(?:tonight|right now|today|with you|after school|this weekend|this afternoon)\b(?!,? (?:who|that|to) (?:can|could|will|would|is able to)? ?(?:help|sign|drive|give|pick|volunteer))",
        r"\b(?:is|are|there|got|have) (?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1) (?:else )?with you\b",
        r"\b(?<!without )(?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1) else (?:home|there|around|in the house|at your)\b",
        r"\b(?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1) (?:else )?(?:home|there|around|with you)\b[^.?!]{0,12}\bor (?:just|only) you\b|\bis (?:any ?one|any ?body) home (?:then|now|yet)\b",
        r"\bwho(?:'s| is| else is)?\s+(?:home|at home|there|in the house|around) with you\b|\bwho's home\b|\bwho is home\b|\bwho else is home\b|\bwho else is there\b",
        r"\b(?:have|got|get|has|had|having|getting)\s+(?:the|ur|your)\s+(?:house|place|home|flat|apartment|room|crib)\s+(?:all\s+)?to\s+(?:yourself|urself|yourselfe|ursef|yrself)\b",
        # When the house is empty: "what time is nobody home?", "a qué hora no hay nadie en tu casa" (even "for the parcel").
        r"\b(?:when|what time|what days?|which days?)\s+(?:is|are|will)\s+(?:no ?one|nobody|no1|no body)\s+(?:be\s+)?(?:home|at (?:your|ur) (?:house|place|home)|in your house)\b"
        r"|\bwhen(?:'s| is| will) (?:your|ur) (?:house|place|home) (?:be )?empty\b"
        rf"|\b(?:a\s+)?{_QUE_ES}\s+(?:hora|horas|dias?)\s+no hay nadie\b|\bcuando no hay nadie\s+en\s+(?:tu\s+)?casa\b",
        r"\b(?:is|are) (?:the )?coast clear\b|\bcoast (?:is )?clear\s*\?|\b(?:is it|it's) safe to (?:talk|text|chat|call)\b",
        # Waiting for the house to sleep: "tonight, once everyone's gone to bed?", "text me when everyone's asleep";
        # not "once everyone's gone we can clean up", "once they're asleep you can watch tv" (a babysitter).
        r"\b(?:once|when|after|till|until|til)\s+(?:everyone|everybody|every1|evry1|the (?:whole )?house|your (?:whole )?(?:house|family))(?:'s|'re| is| are| has| have)?\s+"
        r"(?:all\s+)?(?:gone to (?:bed|sleep)|asleep|in bed|sleeping|went to (?:bed|sleep)|go(?:es)? to (?:bed|sleep)|falls? asleep)\b"
        r"(?=[^.!\n]{0,40}\?|\s*,?\s*(?:you\b|call|text|message|msg|facetime|video|snap|dm|we (?:can|could) (?:talk|call|chat|facetime|video)))"
        r"|\b(?:call|text|message|msg|facetime|snap|dm|ring|video call) me (?:when|once|after)\s+(?:everyone|everybody|every1|the (?:whole )?house)(?:'s|'re| is| are)?\s+"
        r"(?:all\s+)?(?:asleep|in bed|sleeping|gone to (?:bed|sleep))\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child is alone or anyone else is home",
        # FR: t'es seul(e) chez toi / tu es toute seule / t seul la ?
        r"\b(?:t'es|tes|t|tu es|tu est|t'est|vous etes)(?:[- ]tu)?\s+(?:toute?s?\s+)?seul[e3]?s?\b(?!\s+a\s+(?:penser|croire|avoir|faire|dire))"
        r"(?=\s*(?:\?|$|!|a la maison|chez|dans ta|la\b|ce soir|a soir|maintenant|en ce moment|aujourd|toute la|ou|ou pas|des fois|souvent|apres))",
        r"\b(?:t'es|tes|tu es|tu seras|tu vas etre|t'vas etre)\s+(?:toute?\s+)?seule?\s+(?:quand|a quelle heure|jusqu'a|ce soir|a soir|demain)\b",
        # FR: y'a quelqu'un chez toi / y'a personne chez toi ce soir / qui est avec toi
        r"\b(?:y'?\s?a|il y a|ya|y a|yaura|y aura|y'aura)\s+(?:quelqu'?un|qqn|qlq|personne|du monde|des gens|tes parents|ta mere|ton pere|(?:un|1|des) (?:[a4]dult[e3]s?|grande? personnes?))\b[^.?!]{0,15}"
        r"\b(?:chez (?:toi|vous)|a la maison|avec toi|dans ta chambre|dans ta maison)" + _WANTS_PARENT,
        r"\bqui\s+(?:est|il y a|y'a)\s+(?:a la maison|chez toi|avec toi)\b|\bt'?es\s+avec\s+qui\b",
        # "quand tout le monde dort, tu m'appelles ?"
        r"\b(?:quand|une fois que|des que|apres que)\s+(?:tout le monde|toute? la (?:maison|famille)|toute ta famille)\s+(?:(?:est|sera|va)\s+)?"
        r"(?:dort|couchee?|endormie?|au lit|se couche|se coucher|sera couche|a dodo)\b(?=[^.!\n]{0,40}\?|\s*,?\s*(?:tu\b|t'|on\b|appelle|ecris|texte|envoie|viens))",
        # "la voie est libre ?" (the coast is clear), "y a personne autour ?"; not "y a quelqu'un autour de toi qui peut t'aider".
        r"\b(?:la )?voie (?:est )?libre\b(?=\s*(?:\?|[\u2600-\u27bf\U0001f300-\U0001faff]|la\b|chez toi|de ton cote|pour (?:parler|appeler|t'appeler|qu'on)))",
        r"\b(?:y'?\s?a|il y a|ya|y a)\s+(?:quelqu'?un|qqn|personne|du monde|des gens)\s+(?:autour|pres|a cote)(?: de toi)?(?=\s*(?:\?|$|la\b|maintenant|en ce moment|[\u2600-\u27bf\U0001f300-\U0001faff]))",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child is alone or anyone else is home",
        # ES: estás sola / stas sola en tu casa / tas solita / hay alguien más en tu casa
        r"\b(?:estas|3stas|stas|tas|estais|andas|te quedas|vas a estar|te vas a quedar|quedas)\s+(?:s[o0]l[oa04]s?|solit[oa]s?)\b(?!\s+(?:en (?:esto|eso|la vida|el mundo)))",
        r"\b(?:vives|te quedas|estas)\s+(?:sol[oa]|solit[oa])\s+(?:en|con|cuando)\b",
        r"\bh[a4]y\s+(?:alguien|[a4]lgu[i1][e3]n|algun adulto|algun mayor|gente|nadie)\s+(?:mas\s+)?(?:[e3]n\s+(?:tu\s+|la\s+)?c[a4]s[a4]|contigo|en tu cuarto|ahi|por ahi)\b" + _WANTS_PARENT,
        r"\bquien\s+(?:mas\s+)?(?:esta|estan|hay|se queda)\s+(?:en\s+(?:tu\s+|la\s+)?casa|contigo)\b|\bcon quien (?:estas|te quedas)\b",
        # "¿hay moros en la costa?", "¿no hay nadie alrededor?"; not "¿hay alguien cerca de ti que te pueda ayudar?".
        # "cuando todos se duerman me llamas"
        r"\bcuando\s+(?:todos|todo el mundo|tu familia|en tu casa)\s+(?:ya\s+)?(?:se duerman|esten dormidos|se acuesten|se vayan a dormir|duerman)\b"
        r"(?=[^.!\n]{0,40}\?|\s*,?\s*(?:me\b|llamame|escribeme|hablame|te conectas|conectate|prende))"
        # "avísame cuándo ella trabaja", "sin que tu mamá esté al lado"
        r"|\b(?:avisame|me avisas|dime|me dices) cuando (?:tu (?:mama|papa|mami|papi|madre|padre|jefa|jefe)|tus (?:papas|padres)|ella|ellos) "
        r"(?:trabaja|trabajan|no (?:esta|este|estan|esten)|se (?:va|vaya|van|vayan|duerma|duerman)|duerme|duermen)\b"
        r"|\bsin que (?:tu (?:mama|papa|mami|papi|madre|padre)|tus (?:papas|padres)|nadie) (?:este|esten) (?:al lado|cerca|presente|ahi|contigo|mirando)\b",
        r"\bhay moros en la costa\b|\bhay\s+(?:alguien|nadie|gente)\s+(?:mas\s+)?(?:alrededor|cerca(?: de ti)?|a tu lado)(?=\s*(?:\?|$|ahorita|ahora|ya\b|[\u2600-\u27bf\U0001f300-\U0001faff]))",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child is allowed out or online alone",
        # "¿tus papás te dejan usar tiktok sola?", "tes parents te laissent sortir toute seule ?" (alone; not "te deja jugar después de las 9").
        rf"\b{_YOUR_PAR_EN}\s+(?:ever\s+)?(?:let|lets|allow|allows)\s+you\s+(?:\w+\s+){{0,3}}?(?:alone|by yourself|on your own)\b",
        rf"\b(?:tu|tus) {_PAR_ES}\s+te\s+(?:dejan|deja|permiten|permite)\s+(?:\w+\s+){{0,3}}?(?:sol[oa]s?|solit[oa]s?)\b",
        rf"\b(?:tes|ta|ton|vos) {_PAR_FR}\s+te\s+(?:laissent|laisse|permettent|permet)\s+(?:\w+\s+){{0,3}}?(?:toute?s?\s+)?seule?s?\b",
        # "ur parents let u play this late?", "your mom lets you stay up that late?"; Colombian usted: "¿sus papás la dejan salir sola?"
        rf"\b{_YOUR_PAR_EN}\s+(?:ever\s+|even\s+|really\s+|actually\s+|still\s+)?(?:let|lets|allow|allows)\s+you\s+(?:to\s+)?(?:\w+\s+){{0,2}}?"
        r"(?:this late|that late|so late|all night|past midnight|after midnight)\b(?=[^.!\n]{0,20}\?)",
        rf"\b(?:sus|su) {_PAR_ES}\s+(?:la|lo|le)\s+(?:dejan|deja|permiten|permite)\s+(?:salir|jugar|estar|quedarse|ir|andar|usar)\b[^.?!\n]{{0,25}}\b(?:tarde|sol[oa]|solit[oa]|de noche|en la noche)\b(?=[^.!\n]{{0,20}}\?)",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child's parents pay attention to them",
        # "tes parents suivent ton foot ou ils s'en fichent ?", "do your parents come to your games or do they not care?",
        # "¿tus papás van a tus partidos o les da igual?"
        rf"\b(?:tes|ta|ton|vos) {_PAR_FR}\b[^.?!\n]{{0,40}}\bou (?:ils|elle|il|elles) s'?\s?en (?:fichent|fiche|foutent|fout|balancent|balance|moquent|moque|tapent|tape|battent les)\b",
        rf"\b{_YOUR_PAR_EN}\b[^.?!\n]{{0,40}}\bor (?:do |does )?(?:they|she|he) (?:not|don't|doesn't|dont|doesnt|never) (?:even |really )?(?:care|notice|bother|pay attention)\b",
        rf"\b(?:tus|tu|sus|su) {_PAR_ES}\b[^.?!\n]{{0,40}}\bo (?:no )?(?:les|le) (?:da igual|importa|vale|interesa|valen)\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "tells the child to hide from the adults at home",
        # Going where no adult is: "lock yourself in the bathroom", "enferme-toi dans la salle de bain", "enciérrate en el baño",
        # at the start of a sentence (not "if the siren goes off, lock yourself in the bathroom").
        r"(?:^|[.!?]\s*|\b(?:so|just|then|ok|okay)\s+)(?:lock|shut) yourself (?:in|inside) (?:the|your) (?:bathroom|room|bedroom|toilet|closet)\b"
        r"(?!\s+(?:and (?:study|revise|work|focus|finish)|if|when|until (?:the|it)|during))",
        r"(?:^|[.!?]\s*|\b(?:alors|bah|ben|juste|t'as qu'a|va)\s+)(?:enferme|enfermes)[- ]?toi (?:dans|aux) (?:la salle de bains?|ta chambre|les toilettes|les wc)\b"
        r"(?!\s+(?:et (?:revise|travaille|etudie)|si|quand|pendant))",
        r"(?:^|[.!?]\s*|\b(?:pues|entonces|nomas|solo)\s+)(?:encierrate|encerrate) (?:en )?(?:el bano|tu cuarto|tu recamara|la pieza|tu pieza|el cuarto)\b(?!\s+(?:y (?:estudia|estudias)|si|cuando))",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child's parents are home, asleep or away",
        # EN: are your parents home / is ur mom asleep / are they home / when does your dad leave
        rf"\b(?:are|is)\s+{_YOUR_PAR_EN}(?:\s+(?:or|and|&)\s+(?:your\s+)?{_PAR_EN})?\s+(?:still\s+|even\s+|both\s+|usually\s+|normally\s+|always\s+|already\s+)?(?:gonna be\s+|gona be\s+|going to be\s+|be\s+)?{_STATE_EN}\b" + _WANTS_PARENT,
        rf"\b(?<!where )(?<!what )(?<!which )(?:are|is)\s+{_YOUR_PAR_EN}(?:\s+(?:or|and|&)\s+(?:your\s+)?{_PAR_EN})?\s+(?:still\s+)?(?:in|about|in or out|out or in)\s*(?:[?,!]|or\b|rn\b|right now|tonight|yet\b|$)" + _WANTS_PARENT,
        r"\b(?:are they|is she|is he) (?:still\s+)?(?:home|asleep|sleeping|awake|gone|there|around)\s*(?:\?|yet|now|right now|tonight|this evening|later|this weekend|after school)" + _WANTS_PARENT,
        rf"\b(?:when|what time)\s+(?:do|does|will|are|is)\s+{_YOUR_PAR_EN}\s+(?:usually\s+|normally\s+)?"
        r"(?:go|leave|get|come|be|going|leaving|coming|getting|back|sleep|wake|work|head)\b",
        r"\bwhen (?:she|he|they)(?:'s| is| are|'re) (?:gone|out|asleep|sleeping|at work|away)\b",
        rf"\b(?:till|until|til|when|once|after|before) {_YOUR_PAR_EN}\s+(?:are|is|go|goes|fall|falls|get|gets|leave|leaves|head|heads)\s+(?:asleep|to (?:bed|sleep|work)|gone|out|away|at work|in bed)\b",
        rf"\b(?:till|until|til|when|once|after) {_YOUR_PAR_EN}\s+(?:leave|leaves|head out|heads out|go out|goes out)\b",
        rf"\b{_YOUR_PAR_EN}\s+(?:are\s+|is\s+|isn't\s+|aren't\s+)?(?:still\s+|not\s+|n0t\s+)?(?:asleep|sleeping|gone|out|away|at work|working late|in bed|around|home|there|in)\s*(?:\?|yet|now|right now|tonight|right\b|rite\b|is (?:she|he)|are they)" + _WANTS_PARENT,
        rf"\b(?:do|does) {_YOUR_PAR_EN}\s+(?:works?\s+(?:late|nights|night shifts?|all day|till|until|weekends)|get home late|go to (?:bed|sleep)|leave for work)\b",
        # "so nobody checks when you get home", "your parents pick you up or you walk?"
        r"\b(?:nobody|no one|no1)(?:'s| is)? (?:checks?|checking|watching|home|there) (?:on you )?(?:when|after) you (?:get|come) (?:home|back)\b",
        rf"\b{_YOUR_PAR_EN}\s+(?:pick you up|drive you|drop you off|get you)\s+(?:from school\s+)?or (?:do )?you (?:walk|take the bus|bike|go alone|go by yourself)\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether the child's parents are home, asleep or away",
        # FR: tes parents sont là / ta mère est partie / tes parents dorment / rentrent quand
        rf"\b(?:tes|ta|ton|vos) {_PAR_FR}\b(?:-la\b,?)?(?:\s+(?:ils?|elle|y))?\s+(?:sont|est|sont pas|est pas|n'est pas|n'est plus|ne sont pas|ne sont plus|sont plus|est plus)(?:[- ]t[ui])?\s+(?:encore\s+|deja\s+|toujours\s+)?"
        r"(?:la|a la maison|chez (?:toi|vous)|partis?e?s?|couches?e?s?|endormie?s?|au travail|au boulot|sortie?s?|absente?s?|en haut|reveillee?s?|debout|dans le coin|pas la)\b" + _WANTS_PARENT,
        rf"\b(?:tes|ta|ton|vos) {_PAR_FR}\b(?:\s+(?:ils?|elle|y))?\s+(?:dorment|dort|travaillent|travaille|partent|part|rentrent|rentre|reviennent|revient|se couchent|se couche|sortent|sort)\b"
        r"(?=[^.?!]{0,25}(?:\?|quand|heure|tard|(?:tot|en general|d'habitude|normalement)[^.?!\n]{0,40}\?|ce soir|a soir|demain|souvent|deja|encore|$))" + _WANTS_PARENT,
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
        rf"\b(?:tu|tus) {_PAR_ES}\s+(?:ya\s+)?(?:se durmieron|se durmio|se acostaron|se acosto|se acuestan|se acuesta|se quedan despiert[oa]s|se queda despiert[oa]|se fueron a dormir|se fue a dormir|se fueron|se fue|salieron|salio|trabajan|trabaja|duermen|duerme|llegan|llega|se van|se va|regresan|regresa|vuelven|vuelve)\b"
        r"(?=[^.?!]{0,25}(?:\?|tarde|noche|temprano|hora|cuando|hasta|todo el dia|$))",
        rf"\b(?:a\s+)?{_QUE_ES}\s+(?:hora|ora)\s+(?:llegan|llega|se van|se va|salen|sale|se duermen|se duerme|regresan|regresa|vuelven|vuelve|trabajan|trabaja)\s+(?:tu|tus) {_PAR_ES}\b" + _WANTS_PARENT,
        # "¿ella está en la casa ahora?" (the mother just named)
        r"\b(?:ella|ellos|ellas) (?:esta|estan) en (?:la |tu )?casa (?:ahora|ahorita|hoy|ya)\s*\?",
        rf"\bcuando\s+(?:se\s+)?(?:van|va|salen|sale|llegan|llega|duermen|duerme|regresan|regresa|vuelven|vuelve|trabajan|trabaja)\s+(?:tu|tus) {_PAR_ES}\b",
        rf"\b(?:a\s+)?{_QUE_ES}\s+(?:hora|ora)\s+se\s+(?:acuestan|acuesta|duermen|duerme|van a dormir|va a dormir|van a la cama)\s*(?:\?|en tu casa|tus|tu)"
        r"|\bcuando\s+se\s+(?:duerman|duerma|acuesten|acueste|vayan|vaya)\b[^.?!]{0,10}\b(?:me\s+(?:llamas|escribes|hablas|mandas)|llamame|escribeme|hablame|te\s+conectas)",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether adults read or check the child's phone",
        # EN: does your mom ever read your messages / do your parents check your phone / let you
        rf"\b(?:do|does|dose|dos|duz|doz|dus|will|would|can|could)\s+{_YOUR_PAR_EN}\s+(?:ever\s+|evr\s+|eva\s+|evar\s+|still\s+|always\s+|usually\s+|even\s+|like to\s+|really\s+|actually\s+)?"
        r"(?:read|reed|check|chek|chk|look at|look through|look thru|look threw|look in|lok at|go through|go thru|go threw|monitor|see|snoop through|snoop on|track|spy on|have access to|know|"
        r"(?:have|take|get) a (?:nosy|nose|look|peek|snoop|gander|squiz|scroll|read) (?:through|thru|at|in|on))\s+"
        rf"(?:(?:\w+\s+)?(?:your|all your|ur)\s+{_DEVICE_EN}\b|(?:it|them|this|these|that|those)\b|what you (?:post|send|text|do online)\b|who you (?:chat|talk|text|message)\b|\s*\?)",
        rf"\b(?:do|does|will|would)\s+{_YOUR_PAR_EN}\s+(?:ever\s+)?(?:let you|allow you)\b",
        rf"\b(?:do|does|did|will)\s+{_YOUR_PAR_EN}\s+know\s+(?:about (?:us|me|this)|you(?:'re| are) (?:talking|texting|chatting) (?:to|with) me|your password)\b",
        # "¿tus viejos saben que hablamos?", "tes parents savent qu'on se parle ?"
        rf"\b(?:tu|tus) {_PAR_ES}\s+(?:saben|sabe) que (?:hablamos|hablas conmigo|chateamos|nos escribimos|nos hablamos)\b"
        rf"|\b(?:tes|ta|ton) {_PAR_FR}\s+(?:savent|sait) (?:qu'on se parle|que tu me parles|qu'on parle|que tu parles avec moi|pour nous)\b",
        rf"\b{_YOUR_PAR_EN}\s+(?:check|checks|read|reads|look at|looks at|go through|goes through|monitor|monitors|see|sees|snoop|snoops|track|tracks|spy on|spies on|know|knows)\s+(?:\w+\s+)?your\s+{_DEVICE_EN}",
        r"\b(?:she|he|they) (?:doesn't|doesnt|don't|dont|never|won't) (?:read your|check your|look at your|go through your|see your|know about your)\b",
        r"\bthe (?:type|kind) (?:who|that) (?:checks?|reads?|looks?|snoops?|goes through)\b",
        # "any1 👀 checking ur msgs?", "someone reading your texts?"
        rf"\b(?:any ?one|any ?body|any1|some ?one|some ?body|some1|sum1){_EMO}\s+(?:ever\s+)?(?:checking|checks|check|reading|reads|read|looking (?:at|through|thru)|looks (?:at|through|thru)|going through|goes through|snooping (?:on|through)|snoops (?:on|through)|monitoring|monitors)\s+(?:your|all your)\s+{_DEVICE_EN}\b(?=[^.!]{{0,15}}\?)",
        rf"\b(?:does|do|can|could|will)\s+(?:any ?one|any ?body|some ?one|they|she|he)\s+(?:else\s+)?(?:ever\s+)?(?:check your|read your|see your|look at your|go through your|monitor your|have access to your)\s+{_DEVICE_EN}",
        rf"\b(?:is|are)\s+{_YOUR_PAR_EN}\s+(?:really\s+|super\s+|very\s+|so\s+)?(?:strict|chill|cool|relaxed|lenient|overprotective|protective|nosy|nosey)\s+(?:about|with|w)\s+(?:your\s+)?{_DEVICE_EN}\b",
        r"\b(?:is|are)\s+your\s+(?:phone|messages|texts|account|snap|insta|dms|chats|ipad|tablet)\s+(?:monitored|checked|tracked|watched)\b"
        r"|\b(?:have|has|got|any|with) parental controls?\b|\bparental controls? on your\b",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether adults read or check the child's phone",
        # FR: tes parents surveillent / regardent / lisent tes messages, fouillent ton tel
        rf"\b(?:tes|ta|ton|vos) {_PAR_FR}\b(?:\s+(?:ils?|elle|y))?\s+(?:te\s+)?(?:regardent|regarde|checkent|checke|check|lisent|lit|verifient|verifie|fouillent|fouille|surveillent|surveille|"
        r"controlent|controle|espionnent|espionne|voient|voit|ont acces|a acces|connaissent|connait|prennent|prend|suivent|suit)\b"
        rf"(?:[^.?!]{{0,15}}\b(?:ton|tes|ta|tout|toutes?)\s+{_DEVICE_FR}|(?:\s+(?:pas|jamais|sur les reseaux|en ligne|le soir|la nuit|sur insta|sur snap|sur tiktok)){{0,2}}\s*\?)",
        rf"\b(?:quelqu'?un|qqn|ils|elle|il)\s+(?:te\s+)?(?:regardent|regarde|checkent|lisent|lit |verifient|verifie|fouillent|fouille|surveillent|surveille|voient|voit)\s+(?:\w+\s+)?(?:[tT]on|[tT]es)\s+{_DEVICE_FR}\b",
        rf"\b(?:personne|quelqu'?un|qqn|qlq|qqun|quelquun|kelkun|kelk'?un|kelqu'?un|quelkun){_EMO}\s+(?:qui\s+)?(?:ne\s+)?(?:te\s+)?(?:regarde|checke?|lit|verifie|fouille|fouine dans|surveille|controle|espionne|va dans|passe dans)\s+(?:[tT]on|[tT]es|ta)\s+{_DEVICE_FR}\b(?=[^.!]{{0,15}}\?)",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks whether adults read or check the child's phone",
        # ES: tu mamá te revisa el cel / tus papás leen tus mensajes / tu vieja te chequea el celu
        rf"\b(?:tu|tus) {_PAR_ES}\s+(?:(?:alguna vez|algunas veces|a veces|nunca|siempre|seguido|todavia|aun|normalmente|de vez en cuando)\s+)?(?:te\s+|t\s+)?(?:revisa|revisan|rebisa|rebisan|rebiza|rebizan|reviza|revizan|checa|checan|chequea|chequean|mira|miran|ve|ven|lee|leen|vigila|vigilan|vijila|vijilan|controla|controlan|espia|espian|"
        r"registra|registran|esculca|esculcan|agarra|agarran|sabe|saben|conoce|conocen|tiene|tienen|cotillea|cotillean|chusmea|chusmean|husmea|husmean|fisgonea|fisgonean|"
        r"stalkea|stalkean|bichea|bichean|sapea|sapean|intercepta)\b"
        rf"(?:[^.?!]{{0,15}}\b(?:el|tu|tus|la|los|las)\s+{_DEVICE_ES}|\s*\?)",
        rf"\b(?:alguien|algien|ellos|ella|el){_EMO}\s+(?:te\s+|t\s+)?(?:revisa|revisan|rebisa|rebisan|rebiza|reviza|checa|checan|chequea|chequean|lee |leen |vigila|vigilan|vijila|vijilan|bijila|bigila|cotillea|cotillean|chusmea|chusmean|husmea|husmean|fisgonea)\s*(?:el|tu|tus|la|los|las)\s+{_DEVICE_ES}\b",
    ),
    # --- round 5b: probes said in passing inside whole conversations ------------------------
    *_p(
        C.PERSONAL_INFO_PROBE,
        "asks where the child lives, goes to school, or when the child is out",
        # "what time do u get out", "what time does your practice end"; not a parent's pick-up
        r"\bwhat time (?:do|d'?|will) (?:you|ya) (?:get out|finish|get off|get let out|leave school|get out of school|finish school)\b(?![^.?!]{0,20}\b(?:work|the office|your shift|of work))" + _PICKUP,
        r"\bwhat time (?:does|do) (?:your|ya) (?:tuition|class|classes|practice|training|lesson|lessons|school|club|dance|rehearsal) (?:end|finish|get out|let out)\b(?![^\n]{0,60}\b(?:pick you up|get you|come get you|(?:dad|mom|mum|grandma|grandpa|nana|papa)(?:'ll| will| is| can)))" + _PICKUP,
        # "come meet me tomorrow after tuition. what time does it end?": the class named just before
        r"\b(?:tuition|practice|training|class|classes|lessons?|rehearsal|coaching|tutoring)\b[^\n]{0,30}\bwhat time (?:does|do|will) (?:it|they) (?:end|finish|get out|let out|be over)\b(?![^\n]{0,60}\b(?:pick you up|get you|come get you|(?:dad|mom|mum|grandma|grandpa|nana|papa)(?:'ll| will| is| can)))" + _PICKUP,
        # who is home with the child: "so its just u and ur dad at night?", "donc t'es seule avec ton pere le soir ?"
        r"\b(?:so )?(?:it'?s|its) just (?:you|ya) and (?:your|ya) (?:dad|mom|mum|mother|father|grandma|grandpa|nan|brother|sister|stepdad)\b[^.?!\n]{0,20}(?:at night|at home|in the house|after school|in the evenings?|on weekends|when (?:she|he|they)(?:'s| is| are) (?:at work|working|out|away))",
        r"\b(?:donc |alors )?(?:t'es|tu es|tes) (?:toute? )?(?:seule?|seul) avec (?:ton|ta) (?:pere|mere|pere|papa|maman|frere|soeur|beau-pere|grand-mere|grand-pere)\b[^.?!\n]{0,20}(?:le soir|la nuit|a la maison|apres l'ecole)|\b(?:entonces )?(?:estas )?(?:sola?|solita?) con (?:tu) (?:papa|mama|padre|madre|hermano|hermana|padrastro|abuela|abuelo)\b[^.?!\n]{0,20}(?:en la noche|de noche|en la casa|en las noches)",
        # "ur by the big water tower right", "u go to westview right?"
        r"\b(?:you're|you are|your|you live) (?:right )?(?:by|near|next to|close to|across from|behind|beside) (?:the|that) (?!(?:front|back|end|top|bottom|start|middle|beginning|door|exit|window|wall)\b)[^.?!]{0,30}\b(?:right|rite|ryt|yeah|huh|correct)\s*\?*\s*$",
        r"\b(?:you|ya) go to (?!(?:the|a|an|my|church|bed|sleep|work|gym|school|college|uni|class|practice|camp|mass|therapy|the)\b)[a-z]+(?: (?:high|middle|elementary|academy|prep|ms|hs))?,? (?:right|rite|ryt|yeah|innit|yea)\b",
        # "whats ur email ill send the invite"
        r"\b(?:what'?s|whats|wats|what is|give me|gimme|send me|drop) (?:your|ya) (?:email|e-mail|gmail|email address|hotmail)\b(?! (?:for|on) (?:the|a|your) (?:school|newsletter|class|team|club|form|receipt|order|list|account|registration|signup|sign-up))",
        # FR: "et t'habites toujours rue des lilas ?"
        r"\b(?:t'habites|tu habites|tu vis|tu restes|t'restes|tu demeures)\s+(?:toujours\s+|encore\s+|bien\s+)?(?:rue|avenue|boulevard|bd|chemin|allee|impasse|pres du|pres de la|proche du|proche de la|a cote du|a cote de la|derriere|en face du|en face de la)\b[^.?!]{0,30}(?:\?|\bhein\b|\bnon\b|\bc ca\b|c'est ca)",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "asks when the child is alone or what the adults allow",
        # "does she go thru ur phone" (after "is ur mom strict?")
        rf"\b(?:does|do|did|will) (?:she|he|they) (?:ever |still |even |like )?(?:go thru|go through|go threw|check|read|look (?:at|thru|through)|snoop (?:on|through|thru)|monitor)\s+(?:your|all your)\s+{_DEVICE_EN}\b",
        # FR: "t'es seule le mercredi aprem ?", "tes parents te laissent jouer tard ?"
        r"\b(?:t'es|tes|tu es|t'?es toute?)\s+(?:toute?\s+)?(?:seule?|seul)\s+(?:chez toi\s+|a la maison\s+)?(?:le |les |tous les )?(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|soirs?|apres-?midi|aprem|matins?|nuits?|week-?ends?)\b",
        rf"\b(?:tes|ta|ton) {_PAR_FR}\s+(?:te\s+)?(?:laissent|laisse|permettent|permet)\s+(?:de\s+)?(?:jouer|veiller|rester (?:debout|eveillee?|en ligne|connectee?)|sortir|etre|parler)\b[^.?!]{{0,20}}\b(?:tard|seule?|la nuit|le soir|toute la nuit|apres minuit|sans eux)\b",
        # ES: "y tus viejos a que hora vuelven del laburo?", "tus papas te dejan jugar hasta tarde?"
        rf"\b(?:tus|tu) {_PAR_ES}\s+(?:a )?(?:que|q|ke) hora (?:vuelven|vuelve|llegan|llega|regresan|regresa|salen|sale|se van|se va|se duermen|se acuestan)\b",
        rf"\b(?:tus|tu) {_PAR_ES}\s+te\s+(?:dejan|deja)\s+(?:jugar|estar|quedarte|salir|usar)\b[^.?!]{{0,25}}\b(?:tarde|sola?|de noche|en la noche)\b",
    ),
]
