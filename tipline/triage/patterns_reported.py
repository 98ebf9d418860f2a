"""Reported-speech patterns: the contact's tactics as a child or a parent tells them in their
own words (the Help form's "Tell us more"), in English, French and Spanish, over folded text.

The other tables read what the contact wrote ("how old are you", "send me a pic"); a report
says what the contact did, in the third person and in the past: "he asked how old I am", "she
keeps asking me for pics", "il veut que je lui envoie des photos", "me pidio que no le dijera a
nadie", "he asked my daughter where she lives". Each family here is a reporting verb (asked,
keeps asking, wanted to know, told me to, says, wants me to; demande, veut que, dit de; pregunto,
pide, dijo que, quiere que) followed, within a few words, by what the tactic is about, said from
the child's side (my age, where I live, if my parents check my phone). What a family member,
a teacher or a friend says about everyday things ("my mom asked how old my teacher is", "my
coach said practice moves to 5", "my friend said don't tell anyone about the party") is kept
out by that second part: the tactic's object has to be the child.

This table is read only on a reporter's account (``tipline.intake.understand.assess_narrative``),
as an extra table next to PATTERNS: it is never part of the chat tables.
"""

from __future__ import annotations

import re

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import Pattern, _p

# --- who is talked about ------------------------------------------------------------------------
# The child, as the reporter names them: "me", or a parent's "my daughter", "her".
_KID_EN = r"(?:daughter|son|kid|child|girl|boy|little one|niece|nephew|grandson|granddaughter|stepdaughter|stepson|brother|sister)"
_OBJ_EN = r"(?:me|her|him|them|my " + _KID_EN + r")"
# The child as subject of a clause: "how old I am", "how old she was".
_I_EN = r"(?:i|she|he|they|we)"
_BE_EN = r"(?:'m|am|was|is|are|were|'s|'re|be)"
_MY_EN = r"(?:my|her|his|their|our)"
_PAR_EN = (
    r"(?:parents?|mom|mum|mommy|mummy|mother|dad|daddy|father|folks|family|grandma|grandpa|"
    r"grandparents|aunt|uncle|stepmom|stepdad|guardians?)"
)
# "my mom asked ...", "my coach asked ...": the child's own family or teachers asking is not a contact's probe.
_NOT_FAMILY_EN = (
    r"(?<!mom )(?<!mum )(?<!dad )(?<!mother )(?<!father )(?<!sister )(?<!brother )(?<!teacher )(?<!coach )(?<!grandma )"
    r"(?<!grandpa )(?<!aunt )(?<!uncle )(?<!nurse )(?<!doctor )(?<!parents )(?<!cousin )(?<!friend )(?<!counselor )(?<!principal )"
)
_ASK_EN = _NOT_FAMILY_EN + (
    r"(?:ask(?:s|ed|ing|in)?|askd|aksed|asekd|keeps? asking|kept asking|been asking|wanted to know|"
    r"wants to know|want to know|wanna know|was asking|quizz(?:ed|ing)|questions? about|asked about|"
    r"asking about|interested in)"
)
# Verbs of telling or asking someone to do something: "told me to", "wants me to", "made her".
_TELL_EN = (
    r"(?:told|tells|telling|tell|said|says|saying|asked|asks|asking|askd|wants|wanted|want|keeps|kept|"
    r"begged|begging|begs|made|makes|making|pushing|pushed|pressur(?:ed|es|ing)|trying|tried|"
    r"insists?|insisted|ordered|orders|warned|warns)"
)
_REQ_EN = (
    r"(?:ask(?:s|ed|ing|in)?|askd|aksed|keeps? asking|kept asking|been asking|wants?|wanted|wanting|begg(?:ed|ing)|begs|"
    r"pressur(?:ed|es|ing)|pushing|pushed|trying to get|tried to get|demand(?:s|ed|ing)?|told|tells|telling|"
    r"keeps? telling|insist(?:s|ed|ing)?|bugging|nagging|harassing)"
)
# After an image noun: a photo of the child ("of me", "of myself"), never "of the puppy" or one for a school project.
_NOT_OF_CHILD_EN = (
    r"(?! of (?!(?:me|myself|her|herself|him|himself|them|themselves|my (?:face|body|self|outfit|feet|legs|room|bedroom)|"
    r"her (?:face|body|outfit|feet|legs|room|bedroom))\b))"
    r"(?! (?:for|from|about|on|of) (?:the|my|a|our|his|her|this|that) (?:\w+ )?(?:project|homework|assignment|class|yearbook|team|trip|"
    r"website|newsletter|contest|science|art|school|dog|cat|puppy|kitten|car|house|food|game))"
)
# Verbs of proposing a meeting; the meeting families below also need the child as object.
_MEET_VERB_EN = (
    r"(?:wants?|wanted|asked|asks|askd|asking|keeps? asking|kept asking|begging|begged|trying|tried|invited|invites|inviting|offered|"
    r"offers|offering|told|tells|said|says|planning|planned|plans|insists?|insisted|pushing|pushed|arranged|suggested|suggests)"
)
_SAY_EN = r"(?:says|said|saying|tells|told|telling|keeps saying|kept saying|keeps telling|kept telling|calls|called|claims|claimed|thinks)"
_HE_EN = r"(?:he|she|they|this guy|that guy|the guy|this man|the man|a man|some guy|someone|somebody|this person)"
_FUT_HE_EN = (
    r"(?:he|she|they)(?:'ll|'d|'s| will| would| is| was| are| were| can| could)?"
    r"(?: (?:going to|about to|planning to|gunna|goin to|gona))?(?: just| really| literally)?"
)
# A future or a condition, said of the contact: "he'll", "she would", "he's going to".
_WILL_HE_EN = (
    r"(?:he|she|they)(?:'ll|'d|d| will| would|'s going to| is going to| was going to| are going to| were going to| going to|"
    r"'s about to| is about to| is planning to| plans to| wants to| threatens to| can| could)(?: just| really| literally)?"
)
_ACT_EN = (
    r"(?:send|post|share|leak|show|expose|upload|spread|forward|release|publish|sell|text|email|airdrop)"
)
_ACTS_EN = (
    r"(?:sends|posts|shares|leaks|shows|exposes|uploads|spreads|forwards|releases|publishes|sells|texts|emails|airdrops)"
)

# French: "il m'a demande", "il lui demande", "il a demande a ma fille".
_DEM_FR = (
    r"(?:demand\w*|redemand\w*|voulait savoir|veut savoir|voulais savoir|veulent savoir|cherch\w* a savoir|"
    r"pos\w* (?:des|plein de|pleins de) questions sur|questionn\w*)"
)
_DIT_FR = r"(?:dit|di|dis|disait|dise|raconte|racontait|affirm\w*|pretend\w*|repete|repetait)"
_QUE_FR = r"(?:que |qu'|ke |k |ok |q )"
_JE_FR = r"(?:je |j'|j |elle |il |on |ils |elles )"
_SA_FR = r"(?:mes|ses|mon|son|ma|sa|nos|leurs?)"
_PAR_FR = r"(?:parents?|mere|pere|maman|mman|papa|famille|grand-mere|grand-pere|grands-parents|tante|oncle|beau-pere|belle-mere)"
# Spanish: "me pregunto", "le pregunto a mi hija", "queria saber".
_PREG_ES = (
    r"(?:pregunt\w*|quer[ií]a saber|quiere saber|quiso saber|kiere saber|queria saber|me pidio|le pidio|"
    r"me pide|le pide|insist\w* en saber)"
)
_DIJO_ES = r"(?:dijo|dice|decia|dise|dize|dijiste|dicho|me dijo|le dijo|me dice|le dice|cuenta|contaba)"
_QUE_ES = r"(?:que |q |ok |ke |k )"
_PAR_ES = r"(?:papas|padres|mama|mami|papa|papi|madre|padre|jefes|viejos|familia|abuel[oa]s?|tias?|tios?)"

# --- images, apps, money --------------------------------------------------------------------------
_IMG_EN = (
    r"(?:pics?|pix|pictures?|photos?|fotos?|selfies?|videos?|vids?|nudes?|snaps?|images?|imgs?|recordings?|clips?)"
)
_IMGS_EN = _IMG_EN + r"|chats?|messages|convos?|conversations?|screen ?shots?|dms|texts"
_IMG_FR = r"(?:photos?|pics?|selfies?|videos?|vids?|nudes?|snaps?|images?|captures?|enregistrements?)"
_IMGS_FR = _IMG_FR + r"|conversations?|convs?|messages|discussions?|screens?"
_IMG_ES = r"(?:fotos?|fotitos?|selfies?|videos?|vids?|nudes|packs?|imagenes|imagen|grabaci\w+|audios?)"
_IMGS_ES = _IMG_ES + r"|capturas?|conversaciones?|chats?|mensajes"
_APPS = (
    r"(?:snap(?:chat)?|insta(?:gram)?|whats ?app|whats|telegram|discord|kik|signal|wickr|viber|skype|wechat|"
    r"tiktok|facebook|messenger|line|threema|session|element|wire|omegle|monkey|yubo|wizz|hoop|ig|sc|dm|dms|"
    r"private|privado|prive|mp)"
)
_HANDLE = (
    r"(?:snap(?:chat)?|insta(?:gram)?|whats ?app|whats|telegram|discord|kik|signal|wickr|viber|skype|wechat|tiktok|facebook|messenger|"
    r"ig|sc|wizz|yubo|session|threema|numero de whats|whats)"
)
_AMOUNT = (
    r"(?:[$£€] ?\d[\d,.]{0,9}|\d[\d,.]{0,9} ?(?:[$£€]|dollars?|dolares|bucks|usd|euros?|eur|quid|pesos|"
    r"balles|piasses?|lucas|varos|soles|dls)\b|(?:a|one|two|five) (?:hundred|thousand|grand)(?: dollars| bucks)?|"
    r"(?:cent|mille|cien|mil|doscientos|quinientos) (?:euros|dollars|dolares|pesos|balles))"
)
_GIFTCARD = (
    r"(?:gift ?cards?|(?:steam|google play|play store|itunes|apple|amazon|roblox|xbox|psn|playstation|razer|"
    r"vanilla|visa|nintendo|fortnite|paysafe)(?: gift)? ?(?:cards?|codes?)|paysafe ?(?:card)?|neosurf|transcash|"
    r"cartes? ?cadeaux?|cartes? (?:steam|google play|itunes|paysafe|amazon)|tarjetas? (?:de regalo|steam|google play|itunes|amazon|de amazon))"
)
_CRYPTO = r"(?:bitcoins?|btc|crypto|cryptos|cripto|criptomonedas?|ethereum|usdt|tether|monero|litecoin)"
_PAYAPP = r"(?:cash ?app|venmo|zelle|paypal|western union|moneygram|revolut|interac|apple pay|mercado pago|bizum|oxxo|nequi|yape|lydia)\b"
# What a contact gives or promises to win the child over.
_PRIZE_EN = (
    r"(?:money|cash|robux|v-?bucks|vbucks|gift ?cards?|skins?|a (?:new )?phone|(?:new )?phones?|an? iphone|iphones?|"
    r"consoles?|a (?:ps5|ps4|switch|xbox|console|laptop|tablet|ipad|headset|gaming \w+)|ps5|nitro|discord nitro|"
    r"gems|coins|diamonds|credits|airpods|headsets?|(?:gaming|game) \w+|games?|clothes|makeup|shoes|jewelry|"
    r"battle ?pass|premium|subscriptions?|(?:\$|£|€) ?\d+|\d+ (?:dollars|bucks|pounds|euros))"
)
_PRIZE_FR = (
    r"(?:(?:de l'|d')argent|des sous|du fric|de la thune|(?:des |les |un |une |un nouveau |une nouvelle |mon |ma )?"
    r"(?:telephone|tel|portable|iphone|console|ps5|switch|casque|robux|v-?bucks|cartes? ?cadeaux?|skins?|vetements|"
    r"fringues|maquillage|jeux?|nitro|gemmes|diamants|abonnements?|forfait|recharges?|cadeaux?|pass de combat|airpods|tablette|ordi))"
)
_PRIZE_ES = (
    r"(?:dinero|plata|lana|feria|varo|robux|pavos|v-?bucks|tarjetas? de regalo|gift ?cards?|skins?|(?:un |una |el |unos |unas )?"
    r"(?:celular|cel|telefono|iphone|consola|ps5|switch|audifonos|ropa|maquillaje|juegos?|diamantes|gemas|recargas?|saldo|"
    r"nitro|regalos?|pase de batalla|tenis|airpods|tablet))"
)

# Reporter's account of a meeting, a deadline, a threat: the words around these are the child's.
_SHY = r"(?![^.!?]{0,40}\b(?:party|surprise|present|gift|birthday|bday|fete|surprise|cadeau|anniv\w*|fiesta|sorpresa|regalo|cumple\w*)\b)"

_PEOPLE_EN = ["mom", "mum", "mommy", "mother", "dad", "daddy", "father", "parents", "sister", "brother", "grandma", "grandpa", "granny", "nana", "aunt", "uncle", "cousin", "teacher", "coach", "principal", "counselor", "counsellor", "nurse", "doctor", "friend", "friends", "bff", "bestie", "classmate", "stepmom", "stepdad", "babysitter"]
_PEOPLE_FR = ["mere", "pere", "maman", "papa", "soeur", "frere", "grand-mere", "grand-pere", "mamie", "papi", "tante", "oncle", "cousin", "cousine", "prof", "professeur", "professeure", "coach", "entraineur", "copine", "pote", "ami", "amie"]
_PEOPLE_ES = ["mama", "papa", "mami", "papi", "madre", "padre", "hermana", "hermano", "abuela", "abuelo", "tia", "tio", "prima", "primo", "maestra", "maestro", "profe", "profesora", "profesor", "entrenador", "amiga", "amigo"]
# Said by the child's own family, teachers or friends ("my mom asked ...", "ma mere m'a demande ...", "mi mama me pidio ..."):
# everyday talk, not a contact's tactic. Fixed-width look-behinds just before where each pattern starts.
_BEFORE = sorted({f"{n} " for n in _PEOPLE_EN}
                 | {f"{n} {v}" for n in _PEOPLE_FR for v in ("", "m'a ", "ma ", "m'", "me ", "lui a ", "nous a ")}
                 | {f"{n} {v}" for n in _PEOPLE_ES for v in ("", "me ", "le ", "nos ")})
# One look-behind per length (a look-behind's alternatives must all have one width).
_NOT_PEOPLE = "".join(
    r"(?<!\b(?:" + "|".join(re.escape(w) for w in _BEFORE if len(w) == size) + "))"
    for size in sorted({len(w) for w in _BEFORE})
)


def _guarded(patterns: list[Pattern]) -> list[Pattern]:
    out = []
    for p in patterns:
        source = p.regex.pattern
        # After the leading word boundary: the look-behinds then run only where a word starts.
        guarded = r"\b" + _NOT_PEOPLE + source[2:] if source.startswith(r"\b") else _NOT_PEOPLE + source
        out.append(Pattern(p.category, re.compile(guarded), p.why, p.flag))
    return out


REPORTED_PATTERNS: list[Pattern] = [
    # --- age_probe --------------------------------------------------------------------------------
    *_p(
        C.AGE_PROBE,
        "the reporter says the contact asked the child's age or school year",
        # "he asked how old I am", "wanted to know my age", "asked my daughter what year she's in"
        r"\b" + _ASK_EN + r"(?: " + _OBJ_EN + r")?(?: (?:like|again|me|if))?(?: \w+){0,2}? (?:how old " + _I_EN + r" ?" + _BE_EN
        + r"\b|" + _MY_EN + r" (?:real |actual |exact )?(?:age|grade|birthday|year of birth|birth year|school year)\b|"
        r"(?:what|which|wat|wut|wht) (?:grade|year|class|form|age) (?:" + _I_EN + r"|my " + _KID_EN + r")(?: ?" + _BE_EN + r")?(?: in)?\b"
        r"(?! (?:got|get|gets|had|have|made|scored|received|on|for|want|wants|like|likes)\b)|"
        r"(?:if|whether) " + _I_EN + r" ?" + _BE_EN + r" (?:still )?(?:in (?:middle|high|elementary|primary|junior|secondary)|"
        r"in (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) grade|"
        r"(?:under|over) (?:18|eighteen|16|sixteen|13)|underage|a minor|(?:only )?\d{1,2}(?: or \d{1,2})?(?:\b(?! ?(?:min|minutes|hours|mins|percent|%|pounds|lbs|kg|dollars|feet|ft|miles|km))))|"
        r"(?:when|what) (?:" + _MY_EN + r" birthday|" + _I_EN + r" was born))",
        # "he keeps asking about my age", "asked me my age"
        r"\b" + _ASK_EN + r" (?:me |her |him |my " + _KID_EN + r" )?(?:for |about )?" + _MY_EN + r" age\b",
    ),
    *_p(
        C.AGE_PROBE,
        "the reporter says the contact asked the child's age or school year",
        # FR: "il m'a demande mon age", "quel age j'avais", "en quelle classe je suis",
        # "il a demande a ma fille quel age elle avait"
        r"\b" + _DEM_FR + r"(?: \S+){0,4}? (?:(?:mon|son|leur) (?:age|annee de naissance|niveau scolaire)\b|"
        r"(?:quel|kel|ql) age (?:j'|j |je |elle |il |on )?(?:ai|avais|avait|a|as)\b|(?:quel|kel) age (?:que |ke )?(?:j'ai|j'avais|elle a|il a)|"
        r"(?:en |dans )?(?:quelle|kelle|quel|kel) (?:classe|annee|niveau|secondaire|sec) (?:je|j'|elle|il|on)\b|"
        r"si (?:je suis|j'etais|jsuis|elle est|elle etait|il est|il etait|j'suis) (?:encore )?(?:au|en|a l') ?(?:college|colege|lycee|"
        r"primaire|secondaire|sec\b|sixieme|cinquieme|quatrieme|troisieme|seconde|\d+(?:e|eme)\b)|"
        r"si (?:j'ai|j'avais|elle a|elle avait|il a|il avait) (?:moins de |plus de )?\d{1,2} ans|"
        r"(?:ma|sa) date (?:de naissance|d'anniversaire))",
        # ES: "me pregunto cuantos anos tengo", "mi edad", "en que grado voy"
        r"\b" + _PREG_ES + r"(?: \S+){0,4}? (?:(?:mi|su) (?:edad|fecha de nacimiento|cumpleanos|cumple)\b|"
        r"cuantos anos (?:tengo|tenia|tiene|tenia|tenemos|cumplo|cumple)\b(?! (?:mi|tu|su|el|la|los|las|un|una|ese|esa|este|esta)\b)|"
        r"(?:que|ok|ke|k) edad (?:tengo|tenia|tiene|tenia)\b(?! (?:mi|tu|su|el|la|los|las|un|una|ese|esa|este|esta)\b)|"
        r"en (?:que|ok|ke|k|cual) (?:grado|curso|ano|salon|grupo|semestre) (?:voy|iba|estoy|estaba|va|esta|estaba|ando)\b|"
        r"si (?:estoy|estaba|esta|estaba|voy|iba|va|iba) (?:en|a) (?:la )?(?:secundaria|primaria|prepa|secu|prepa|escuela|colegio|\w+ grado)|"
        r"si (?:soy|era|es) (?:menor|mayor) de edad)",
    ),
    # --- personal_info_probe ------------------------------------------------------------------
    *_p(
        C.PERSONAL_INFO_PROBE,
        "the reporter says the contact asked where the child lives or goes to school, or for their number",
        # "he asked where I live", "keeps asking what school i go to", "wanted my address",
        # "asked my son what time he gets out of school and if he walks home"
        r"\b" + _ASK_EN + r"(?: " + _OBJ_EN + r")?(?: \w+){0,2}? (?:where " + _I_EN + r" (?:live|lives|lived|stay|stays|go to school|"
        r"goes to school|went to school|hang out|hangs out|sleep|sleeps)\b|"
        r"(?:what|which|wat|wut|wich|wht) (?:school|street|road|town|city|neighbou?rhood|part of town|address|area|bus|park|apartment|building) "
        + _I_EN + r" (?:go|goes|went|live|lives|lived|am|is|attend|attends|take|takes|'m)\b|"
        r"(?:for )?" + _MY_EN + r" (?:home )?(?:address|phone number|cell number|number|cell|phone|location|school|snap|zip code|postcode|full name|last name|schedule)\b(?! (?:for (?:the|a) (?:trip|class|team|form)))|"
        r"what time " + _I_EN + r" (?:get|gets|got|leave|leaves|finish|finishes|walk|walks|come|comes) (?:out of |home from |off |out |home )?(?:school|class|practice|home)|"
        r"(?:if|whether) " + _I_EN + r" (?:walk|walks|take|takes|ride|rides) (?:home|to school|the bus|alone))",
        r"\b(?:wanted|wants|begged for|begging for|asked for|asking for|keeps asking for|kept asking for|demanded) "
        r"(?:me |her |him )?(?:for )?" + _MY_EN + r" (?:home )?(?:address|phone number|number|cell number|location|live location)\b",
    ),
    *_p(
        C.PERSONAL_INFO_PROBE,
        "the reporter says the contact asked where the child lives or goes to school, or for their number",
        # FR: "il m'a demande ou j'habite", "dans quelle ecole je vais", "mon num",
        # "a quelle heure il sort de l'ecole"
        r"\b(?:" + _DEM_FR + r"|veut|voulait|exige)(?: \S+){0,4}? (?:ou (?:j'habite|j habite|jhabite|je vis|je reste|j'reste|je suis a l'ecole|"
        r"elle habite|il habite|on habite|elle vit|il vit|je vais a l'ecole|elle va a l'ecole|il va a l'ecole)|"
        r"(?:dans |a )?(?:quelle|kelle|quel|kel) (?:ecole|ville|rue|college|lycee|quartier|secondaire|arret|immeuble|parc) (?:je|j'|j|elle|il|on)\b|"
        r"(?:mon|son|ma|sa) (?:adresse|num|numero|numero de (?:tel|telephone|portable|cell)|06|tel|telephone|portable|ecole|college|lycee|"
        r"localisation|position|snap|nom de famille|emploi du temps)\b|"
        r"(?:a )?(?:quelle|kelle) heure (?:je|j'|elle|il) (?:sors|sort|finis|finit|rentre|rentres|termine|quitte)\b)",
        # ES: "me pregunto donde vivo", "a que escuela voy", "me pidio mi numero", "a que hora sale del colegio"
        r"\b(?:" + _PREG_ES + r"|quiere|queria|kiere|pidio|pide|pidiendo|pidiendome|exige)(?: \S+){0,4}? (?:(?:en )?donde (?:vivo|vivia|vive|vivimos|estudio|estudia|"
        r"estudiaba|queda mi casa|queda su casa)|(?:a |en )?(?:que|ok|ke|k|cual) (?:escuela|colegio|prepa|secundaria|secu|calle|colonia|barrio|"
        r"ciudad|parada|edificio) (?:voy|iba|va|vamos|vivo|vive|estudio|estudia|queda)\b|"
        r"(?:mi|su) (?:direccion|numero|num|cel|celular|telefono|escuela|colegio|ubicacion|domicilio|apellido|horario|whats|whatsapp)\b|"
        r"(?:a )?(?:que|ok|ke|k) hora (?:salgo|sale|salia|llego|llega|termino|termina) (?:de|del) (?:la )?(?:escuela|colegio|clase|cole|prepa|secu))",
    ),
    # --- supervision_probe --------------------------------------------------------------------
    *_p(
        C.SUPERVISION_PROBE,
        "the reporter says the contact asked whether the child's parents are around or check their phone",
        # "he asked if my parents check my phone", "asks if im home alone", "when my mom gets home",
        # "asked my daughter whether we look at her messages"
        r"\b" + _ASK_EN + r"(?: " + _OBJ_EN + r")?(?: \w+){0,2}? (?:if|whether|when|what time|wat time) " + _MY_EN + r" (?:\w+ )?" + _PAR_EN
        + r" (?:check|checks|checked|look|looks|looked|go through|goes through|went through|goes thru|go thru|read|reads|monitor|monitors|"
        r"see|sees|track|tracks|are home|is home|are around|is around|are there|is there|are awake|is awake|are asleep|is asleep|"
        r"are out|is out|are going out|is going out|go out|goes out|are away|is away|get home|gets home|got home|come home|comes home|leave|leaves|go to bed|goes to bed|"
        r"go to sleep|goes to sleep|work|works|know|knows|are strict|is strict|let|lets|are gone|is gone|will be)\b",
        r"\b" + _ASK_EN + r"(?: " + _OBJ_EN + r")?(?: \w+){0,2}? (?:if|whether|when) (?:" + _I_EN + r" ?" + _BE_EN
        + r" (?:home |ever |usually |going to be )?(?:alone|by (?:myself|herself|himself)|unsupervised)|"
        + _I_EN + r" (?:have|has|had|got) (?:" + _MY_EN + r" own (?:room|phone)|a lock)|"
        r"(?:we|they|you|anyone|anybody|someone) (?:check|checks|look at|looks at|read|reads|go through|goes through|monitor|monitors|see|sees|track|tracks) "
        + _MY_EN + r" (?:phone|messages|texts|chats|dms|screen|snap|account|history)|"
        r"(?:anyone|anybody|someone|an adult|a grown ?up|" + _MY_EN + r" " + _PAR_EN + r") (?:is|was|are|were) (?:home|around|there|watching|awake))",
    ),
    *_p(
        C.SUPERVISION_PROBE,
        "the reporter says the contact asked whether the child's parents are around or check their phone",
        # FR: "il m'a demande si mes parents regardent mon telephone", "si je suis seule a la maison",
        # "a quelle heure ma mere rentre", "si on lit ses messages"
        r"\b" + _DEM_FR + r"(?: \S+){0,4}? (?:si|quand|a quelle heure|a kelle heure) " + _SA_FR + r" " + _PAR_FR
        + r" (?:(?:ne )?(?:regard\w*|lis\w*|lit|check\w*|verifi\w*|fouill\w*|control\w*|surveill\w*|sont la|est la|sont a la maison|est a la maison|"
        r"rentr\w*|dorm\w*|travaill\w*|sort\w*|part\w*|sont partis|est partie?|sont couches|est couchee?|savent|sait|sont severes|est severe))",
        r"\b" + _DEM_FR + r"(?: \S+){0,4}? (?:si (?:je suis|j'etais|jsuis|j'suis|elle est|elle etait|il est|il etait|je reste|elle reste) (?:tout |toute )?seule?s?\b"
        r"(?! (?:pour|dans|avec|sur|en|au|aux|de|a (?!la maison)))|"
        r"si (?:on|vous|ils|elles|quelqu'un|qqn|mes parents|ses parents) (?:ne )?(?:li\w*|lit|regard\w*|check\w*|verifi\w*|surveill\w*|fouill\w*|control\w*) "
        r"(?:mes|ses|son|mon|sa|ma) (?:messages|telephone|tel|portable|cell|conversations|convs|snaps|ecran|historique)|"
        r"a (?:quelle|kelle) heure " + _SA_FR + r" " + _PAR_FR + r" (?:rentr\w*|part\w*|arriv\w*|sort\w*|se couch\w*)|"
        r"si (?:j'ai|elle a|il a) (?:ma|sa) propre chambre)",
        # ES: "me pregunto si mis papas revisan mi celular", "si estoy sola en casa",
        # "a que hora llega mi mama", "si le revisamos el telefono"
        r"\b(?:" + _PREG_ES + r"|saber)(?: \S+){0,4}? (?:si|cuando) (?:mis|sus|tus|mi|su) " + _PAR_ES
        + r" (?:(?:no )?(?:revis\w*|ve|ven|mira\w*|lee\w*|checa\w*|esta\w*|llega\w*|sale\w*|trabaj\w*|duerme\w*|se duerm\w*|regresa\w*|vuelve\w*|"
        r"saben|sabe|son estrictos|es estricta|es estricto|controla\w*|vigila\w*))\b",
        r"\b(?:" + _PREG_ES + r"|saber)(?: \S+){0,4}? (?:si (?:estoy|estaba|esta|me quedo|se queda|me quedaba|se quedaba) (?:sol[oa]s?)\b"
        r"(?! (?:en (?:el|la (?!casa)|los|las|clase|equipo|grupo)|para|con|de))|"
        r"si (?:le |me |les )?(?:revisamos|revisan|revisa|checan|checa|leen|lee|miran|mira|ven|vigilan|controlan) (?:el|mi|su|sus|mis|los) "
        r"(?:telefono|celular|cel|mensajes|chats|conversaciones|cuenta|historial)|"
        r"a (?:que|ok|ke|k) hora (?:llega\w*|sale\w*|regresa\w*|vuelve\w*|se duerm\w*) (?:mi|su|sus|mis) " + _PAR_ES + r"|"
        r"si (?:tengo|tiene) (?:mi|su) propio cuarto)",
    ),
    # --- secrecy ------------------------------------------------------------------------------
    *_p(
        C.SECRECY,
        "the reporter says the contact told the child to keep it secret or delete the messages",
        # "he told me not to tell anyone", "said to keep it a secret", "told my son not to tell us",
        # "keeps telling me to delete our messages", "its our secret"
        r"\b" + _TELL_EN + r"(?: " + _OBJ_EN + r")?(?: that)?(?: (?:to|2))?(?: (?:promise|swear|pinky promise))? (?:not|never|don't|dont|do not|to not|2 not|not to|not 2|never to) "
        r"(?:to )?(?:tell|say|talk|mention|show|let (?:anyone|anybody|" + _MY_EN + r" \w+) know) (?:anyone|anybody|any1|no one|nobody|a word|"
        r"" + _MY_EN + r"|your|us|them|the|about (?:him|her|them|us|this|it|the chats?|our|what)|anything|any of this)\b" + _SHY,
        r"\b" + _TELL_EN + r"(?: " + _OBJ_EN + r")?(?: that)?(?: (?:to|2))? (?:keep|keeping) (?:it|this|us|him|her|everything|what (?:we|they|he|she) \w+|"
        r"our (?:\w+ )?(?:chats?|talks?|convos?|messages|friendship|relationship|thing)|the chats?|it all) (?:a |our |just )?(?:secret|private|"
        r"between (?:us|them|the two of (?:us|them)|him and (?:me|her)))\b" + _SHY,
        r"\b(?:its|it's|it is|it was|we're|we are|we were|this is|that's|that is|is|was|keep|be) (?:our|his|her) (?:little |special |big )?secret\b(?! (?:recipe|santa|menu|level|code))" + _SHY,
        r"\b" + _TELL_EN + r"(?: " + _OBJ_EN + r")?(?: (?:to|2))? (?:delete|deleting|erase|erasing|clear|clearing|wipe|unsend|hide|hiding) "
        r"(?:(?:the|our|all the|all our|all|every|his|her|their|my|these|those|each) (?:\w+ )?(?:messages|msgs|chats?|texts|dms|convos?|conversations?|"
        r"history|pics|photos|snaps|app|account)|everything|it all|all of it|them all|every ?thing we \w+)\b",
        r"\b" + _SAY_EN + r"(?: [\w']+){0,2}? (?:i|she|he) (?:can't|cant|cannot|can not|mustn't|must not|shouldn't|should not|am not allowed to|"
        r"isn't allowed to|is not allowed to|can never|must never|better not|is not supposed to|am not supposed to|isn't supposed to) "
        r"(?:tell|say|show|talk to|mention) (?:anyone|anybody|any1|no one|my|her|his|our|us|them)\b" + _SHY,
        r"\b" + _TELL_EN + r"(?: " + _OBJ_EN + r")?(?: that)?(?: (?:to|2))? (?:not|never|don't|dont) (?:to )?let " + _MY_EN + r" " + _PAR_EN
        + r" (?:know|find out|see)\b",
        r"\b(?:" + _MY_EN + r" " + _PAR_EN + r"|no ?one|nobody|noone) (?:can't|cannot|can not|must not|mustn't|shouldn't|should not|can never|"
        r"must never|wouldn't|would not|won't|will not) (?:ever )?(?:know|find out|understand|see)\b(?=[^.!?]{0,40}\b(?:he|she|they|him|her|said|says|told)\b)"
        + _SHY,
    ),
    *_p(
        C.SECRECY,
        "the reporter says the contact told the child to keep it secret or delete the messages",
        # FR: "il m'a dit de le dire a personne", "de rien dire a mes parents", "qu'elle doit pas nous en parler",
        # "il veut que je garde ca secret", "d'effacer nos messages", "notre secret"
        r"\b(?:" + _DIT_FR + r"|demand\w*|veut|voulait|oblig\w*|interdit|fait promettre|faire promettre|fait jurer|exige|ordonne)(?: \S+){0,4}? "
        r"(?:de |d'|que |qu')?(?:je |j'|elle |il |on )?(?:ne )?(?:(?:rien|pas|jamais|personne) (?:(?:le|l'|en|leur|lui|nous|vous|m'en|lui en|leur en|nous en|t'en|y) ?){0,2}"
        r"(?:dire|dise|dit|dis|raconter|raconte|parler|parle|montrer|montre|dire a|reveler)|(?:le |l'|en |la )?(?:dire|parler|raconter|dise|parle) "
        r"a (?:personne|qui que ce soit|aucun\w*))" + _SHY,
        r"\b(?:garde|garder|gardes|gardions|gardait|garderait)(?: \S+){0,2}? (?:le |ca |ca |ça |tout ca |notre |nos |cette )?(?:secret|secrete|entre nous|"
        r"pour (?:moi|toi|nous|nous deux|elle|lui))\b" + _SHY,
        r"\b(?:notre|un|leur) (?:petit |gros )?secret(?: a nous| entre nous)?\b" + _SHY,
        r"\b(?:" + _DIT_FR + r"|demand\w*|veut|voulait|oblig\w*|exige|insist\w*)(?: \S+){0,4}? (?:de |d'|que |qu'|ke )?(?:je |j'|elle |il )?"
        r"(?:efface\w*|supprim\w*|delete|del|vide\w*|cache\w*) (?:(?:nos|les|mes|ses|tous (?:nos|les|mes|ses)|toutes (?:nos|les)|notre|la|l'|cette) ?"
        r"(?:\w+ )?(?:messages|conversations?|conv|convs|discussions?|photos|snaps|historique|appli|app|compte|chat|texto)|tout)\b",
        r"\b(?:personne|mes parents|ses parents|sa mere|ma mere|son pere|mon pere) (?:ne )?(?:doit|doivent|peut|peuvent|devrait|devraient) "
        r"(?:jamais |pas |rien )?(?:savoir|le savoir|l'apprendre|etre au courant|comprendre)\b" + _SHY,
        # ES: "me dijo que no le dijera a nadie", "le dijo a mi hijo que no nos contara nada",
        # "quiere que borre los mensajes", "nuestro secreto"
        r"\b(?:" + _DIJO_ES + r"|pidio|pide|pedia|pidiendo|quiere|queria|kiere|obliga\w*|exig\w*|hizo prometer|hizo jurar|rogo|ruega)(?: \S+){0,4}? "
        r"(?:que |q |ok |ke )?(?:yo |ella |el )?no (?:(?:le|les|nos|se|lo|la|me|te) ){0,2}(?:dijera|diga|digas|dijeramos|digamos|contara|cuente|cuentes|"
        r"contaramos|contemos|ensene|ensenara|mostrara|muestre|hablara|hable|comentara|comente|decir|contar)\b(?: (?:a nadie|nada|de (?:esto|el|ella|"
        r"nosotros|lo nuestro)|a (?:mis|sus|tus|mi|su) \w+|a mis papas))?" + _SHY,
        r"\b(?:nuestro|un|su) (?:pequeno |gran )?secreto(?! (?:de (?:la|el|las|los) (?:receta|fiesta|sorpresa))|ito de cocina)\b" + _SHY,
        r"\bsecreto entre (?:nosotros|los dos|ellos|el y yo|ella y yo)\b" + _SHY,
        r"\b(?:" + _DIJO_ES + r"|pidio|pide|quiere|queria|kiere|obliga\w*|exig\w*)(?: \S+){0,4}? (?:que |q |ok |ke )?(?:borre|borrara|borrase|borrar|borremos|"
        r"elimine|eliminara|eliminar|eliminemos|esconda|escondiera) (?:(?:los|todos los|nuestros|las|todas las|el|la|sus|mis|nuestra) ?(?:\w+ )?"
        r"(?:mensajes|chats?|conversaciones?|fotos|historial|app|aplicacion|cuenta|snaps)|todo)\b",
        r"\b(?:que |q )?(?:lo |la )?(?:guard(?:e|ara|emos|aramos|ar|aras|es)) (?:el |en |como |un )?secreto(?! (?:las|los|el|la|lo de) )" + _SHY,
        r"\b(?:nadie|mis papas|mis padres|sus papas|sus padres|mi mama|su mama) (?:puede|pueden|debe|deben|tiene que|tienen que) (?:saber|enterarse)\b" + _SHY,
    ),
    # --- platform_migration -------------------------------------------------------------------
    *_p(
        C.PLATFORM_MIGRATION,
        "the reporter says the contact pushed the child to another app or to private messages",
        # "he wanted me to add him on snap", "keeps asking me to move to telegram",
        # "asked my daughter to talk on whatsapp instead", "switch to disappearing messages"
        r"\b(?:add|adding|message|messaging|text|texting|dm|call|contact) (?:him|her|them) (?:on|at|in) " + _APPS + r"\b",
        r"\b" + _TELL_EN + r"(?: " + _OBJ_EN + r")? (?:to |2 )?(?:download|get|install|join|make an account on|sign up for|sign up on|go on|get on) " + _HANDLE + r"\b",
        r"\b(?:ask(?:s|ed|ing)?|askd|keeps asking|kept asking|wants?|wanted|begged|begging)(?: (?:me|her|him|my " + _KID_EN + r"))?(?: for)? (?:my|her|his|their) "
        + _HANDLE + r"\b(?! (?:story|stories|post|posts|feed|streak|score))",
        r"\b" + _TELL_EN + r"(?: \w+){0,4}? (?:to |2 )?(?:move|moving|switch|switching|go|going|talk|talking|chat|chatting|continue|continuing|"
        r"keep talking|text|texting|message|messaging|dm|hop|jump|come|join|get|take (?:it|this|the chat|our chat|things))(?: \w+){0,2}? "
        r"(?:on|to|onto|over to|over on|via|thru|through|in|at|into) (?:" + _APPS + r"|disappearing messages|vanishing mode|secret chats?|"
        r"a private (?:chat|app|account|server|group)|private (?:chat|messages|dms)|another app|a different app|a new app|his (?:own )?server|"
        r"her (?:own )?server|a (?:separate|second|secret|fake|new) account)\b",
        r"\b(?:download|get|install|use|make|create|set up)(?: \w+)? (?:this|that|a|an|another|some|the|his|her|a secret|a second|a new|a private) "
        r"(?:\w+ )?(?:app|account|profile|server)(?: \w+){0,4}? (?:so (?:we|he|she|they|that we|no one|nobody|my \w+|that no one)|"
        r"to (?:talk|chat|message|text)|where (?:we|no one|nobody|my \w+)|(?:to|for) talk(?:ing)? (?:private|privately|in private)|for (?:us|him|her|them))\b",
        r"\b" + _TELL_EN + r"(?: \w+){0,3}? (?:turn on|use|put on|enable|switch on) (?:disappearing|vanishing|secret|self-destruct\w*) (?:messages|mode|chats?)\b",
    ),
    *_p(
        C.PLATFORM_MIGRATION,
        "the reporter says the contact pushed the child to another app or to private messages",
        # FR: "il veut que je l'ajoute sur snap", "passer sur telegram", "aller en prive sur insta",
        # "telecharger une autre appli pour parler"
        r"\b(?:l'|l |que je |que j'|ke je |de l'|d'l')ajout\w* (?:sur|a|en|dans) " + _APPS + r"\b",
        r"\b(?:demand\w*|" + _DIT_FR + r"|veut|voulait|propos\w*|insist\w*|pouss\w*|oblig\w*|arrete pas|arret pas|exige)(?: \S+){0,4}? "
        r"(?:de |d'|qu'on |que je |qu'elle |ke on |que on |qu'ils )?(?:passer|passe|passions|aller|va|continuer|continue|parler|parle|discuter|discute|"
        r"se parler|nous parler|lui parler|ecrire|ecrive|changer|migrer|basculer|bouger|venir)(?: \S+){0,2}? (?:sur|en|par|via|dans) "
        r"(?:" + _APPS + r"|prive|message prive|messages prives|messages ephemeres|une autre (?:app|appli|application|plateforme)|"
        r"un autre (?:reseau|compte|site|serveur)|son (?:serveur|compte prive))\b",
        r"\b(?:demand\w*|veut|voulait|exig\w*|reclam\w*) (?:\S+ ){0,2}?(?:mon|son|ton|ma|sa) " + _HANDLE + r"\b",
        r"\b(?:pidi\w*|pide\w*|pedir\w*|quiere|queria|kiere|insist\w*) (?:\S+ ){0,2}?(?:mi|su|tu) " + _HANDLE + r"\b",
        r"\b(?:telecharg\w*|install\w*|prendre|creer|cree|faire|fasse) (?:une|l'|cette|un|son|sa|la) (?:autre |nouvelle |nouveau |deuxieme |second |"
        r"autre |petite )?(?:appli|app|application|compte|profil)(?: \S+){0,4}? (?:pour (?:parler|discuter|se parler|qu'on|nous parler|lui parler|"
        r"que personne|pas que)|ou (?:on|personne|mes|ses))",
        r"\b(?:messages? ephemeres?|mode ephemere|messages qui (?:s'effacent|disparaissent))\b",
        # ES: "queria que lo agregara en snap", "me pidio que hablaramos por telegram",
        # "pasar a whatsapp", "descargar otra app para hablar"
        r"\b(?:(?:lo|la) (?:agreg|anad)\w*|(?:agregar|anadir|agrega|agregue)(?:lo|la|le)) (?:en|a|por|al|de) " + _APPS + r"\b",
        r"\b(?:pidio|pide|pedia|pidiendo|" + _DIJO_ES + r"|quiere|queria|kiere|insist\w*|propus\w*|propon\w*|obliga\w*)(?: \S+){0,4}? "
        r"(?:que |q |ok )?(?:nos |le |lo |la )?(?:habl|pas|cambi|mud|segu|continu|escrib|platic|chate|fue|vay)\w*(?: \S+){0,2}? (?:por|a|en|al|para) "
        r"(?:" + _APPS + r"|mensajes temporales|mensajes que se borran|otra (?:app|aplicacion|red|plataforma)|otro (?:chat|lado)|chat privado|"
        r"una cuenta (?:secreta|privada|nueva))\b",
        r"\b(?:descarg\w*|baj\w*|instal\w*|hacer|hiciera|cre\w*) (?:otra|una|esta|esa|la|su|nueva|una nueva|otra nueva) ?(?:app|aplicacion|cuenta|perfil)"
        r"(?: \S+){0,4}? (?:para (?:hablar|platicar|chatear|que|q|vernos|escribirnos|hablarnos)|donde (?:nadie|mis|sus))",
        r"\b(?:mensajes temporales|mensajes que se borran|modo (?:temporal|efimero|secreto))\b",
    ),
    # --- flattery_bond ------------------------------------------------------------------------
    *_p(
        C.FLATTERY_BOND,
        "the reporter says the contact flatters the child or claims a special bond",
        # "he says i'm mature for my age", "way more mature than ppl my age", "not like other girls",
        # "we have a special connection", "the most mature kid he knows"
        r"\b" + _SAY_EN + r"(?: \S+){0,5}? (?:mature|grown ?up|older|smart|wise|advanced|developed) for (?:" + _MY_EN + r") age\b",
        r"\b" + _SAY_EN + r"(?: \S+){0,5}? (?:more mature|older|smarter|wiser|more grown ?up|different|prettier|cooler) than (?:other|the other|most|all the|"
        r"any other|girls|boys|kids|people|others|every other)(?: \w+)?",
        r"\b" + _SAY_EN + r"(?: \S+){0,5}? (?:not like|different from|unlike|better than) (?:other|the other|most|all the|any other) (?:girls|boys|kids|people|teens)\b",
        r"\b(?:we|they) (?:have|had|share|shared|got|'ve got) (?:a|this|such a) (?:special|deep|real|unique|strong|rare|soul) (?:connection|bond|relationship|"
        r"friendship|link)\b|\b(?:says|said|thinks|claims|calls)(?: \w+){0,3}? (?:we're|we are|were|we were) (?:soul ?mates|meant to be|special)\b",
        r"\b(?:the most|so) mature (?:\w+ )?(?:kid|girl|boy|person|teen|child)\b(?= (?:he|she|they)\b)",
        r"\b" + _SAY_EN + r"(?: [\w']+){0,3}? (?:(?:i|she|he) (?:look|looks|looked) (?:so |way |much |a lot )?(?:older|more mature|mature|grown ?up)|"
        r"how (?:pretty|beautiful|hot|mature|gorgeous|cute|special|perfect|sexy|grown up) (?:i|she|he) (?:am|is|was|look|looks))\b",
        r"\b" + _SAY_EN + r"(?: \w+){0,3}? (?:i'm|i am|i was|she's|she is|she was|he's|he is|he was)(?: so| really| super| very| the most| way| like| his| her| just)? "
        r"(?:special|perfect|gorgeous|beautiful|stunning|mature|hot|sexy|so pretty|the prettiest|the most beautiful|his angel|her angel|his princess|"
        r"one of a kind|different from)\b",
    ),
    *_p(
        C.FLATTERY_BOND,
        "the reporter says the contact flatters the child or claims a special bond",
        # FR: "il dit que je suis mature pour mon age", "pas comme les autres", "un lien special",
        # "qu'elle est plus mature que les filles de son age"
        r"\b(?:mature|mur|mure|grande|grand|intelligente?) pour (?:mon|son|leur) age\b",
        r"\b(?:plus mature|plus mure|plus mur|plus grande|plus intelligente?|plus belle|plus jolie|differente?) (?:que|qu'|ke) (?:les|toutes les|tous les|"
        r"d'autres|la plupart|n'importe)",
        r"\b(?:" + _DIT_FR + r"|trouve|trouvait)(?: \S+){0,4}? (?:pas comme|differente? des|different des|mieux que) (?:les autres|toutes les autres|tous les autres|"
        r"les filles|les gars|les autres filles|les autres gars|les filles de|les gars de)",
        r"\b(?:lien|connexion|relation|complicite|feeling) (?:tres |trop |vraiment )?(?:special|speciale|unique|fort|forte|spirituel|rare)\b|\bames? soeurs?\b",
        r"\b(?:" + _DIT_FR + r"|trouve|trouvait|appel\w*)(?: \S+){0,4}? (?:que |qu'|ke |k )?(?:je suis|j'etais|j'etai|jsuis|j'suis|t'es|elle est|elle etait|"
        r"il est|il etait)(?: tellement| trop| tro| tres| si| vraiment| super| la plus)? (?:speciale?|belle|magnifique|parfaite?|mignonne|jolie|mature|mure|"
        r"sexy|canon|sublime|unique|exceptionnelle?)\b",
        # ES: "dice que soy muy madura para mi edad", "no como las demas", "una conexion especial",
        # "es mas madura que las ninas de su edad"
        r"\b(?:madur[oa]s?|grande|inteligente|centrad[oa]) para (?:mi|su|tu) edad\b",
        r"\b(?:mas madur[oa]s?|mas grande|mas inteligente|mas bonita|mas linda|diferente) (?:que|q|a) (?:las|los|otr|todas|todos|cualquier)",
        r"\b(?:" + _DIJO_ES + r"|piensa|cree)(?: \S+){0,4}? (?:que |q |ok )?(?:no (?:soy|eres|es|era) )?como (?:las demas|los demas|las otras|los otros|"
        r"otras ninas|otras chavas|otras chicas|otros ninos|otros chavos|las de mi edad|las ninas de mi edad)",
        r"\b(?:conexion|relacion|vinculo|lazo|quimica) (?:muy |tan |re )?(?:especial|unic[oa]|fuerte|profund[oa])\b|\balmas gemelas\b",
        r"\b(?:" + _DIJO_ES + r"|piensa|cree|llama)(?: \S+){0,1}? (?:que |q |ok )?(?:yo |ella |el )?(?:soy|era|eres|es)(?: muy| super| re| tan| la mas| bien)? "
        r"(?:especial|hermosa|preciosa|perfecta|bonita|linda|guapa|madura|sexy|diferente|unica|su princesa|su angel)\b",
    ),
    # --- isolation ----------------------------------------------------------------------------
    *_p(
        C.ISOLATION,
        "the reporter says the contact turns the child against family or friends",
        # "he says my parents don't understand me like he does", "my friends are fake",
        # "i only need him", "he's the only one who gets me", "we're too strict"
        r"\b" + _SAY_EN + r"(?: " + _OBJ_EN + r")?(?: that)? " + _MY_EN + r" (?:\w+ )?(?:" + _PAR_EN + r"|friends?|teachers?|bff|besties?|sisters?|brothers?)"
        r"(?: \w+){0,2}? (?:don't|do not|dont|never|can't|cannot|wouldn't|won't|will never|doesn't|does not|didn't|could never) "
        r"(?:really )?(?:understand|get|care|love|like|listen|appreciate|deserve|accept)\b",
        r"\b" + _SAY_EN + r"(?: " + _OBJ_EN + r")?(?: that)? (?:" + _MY_EN + r" (?:\w+ )?(?:" + _PAR_EN + r"|friends?|teachers?|bff|besties?)"
        r" (?:are|is|were|was)(?: so| too| just| all| really)? "
        r"(?:fake|toxic|jealous|bad for|controlling|too strict|strict|against|using|lying to|mean to|boring|immature|crazy|not (?:real|true|good))|"
        r"(?:we're|we are|we were|they're|they are)(?: so| just| all| really)? (?:too strict|controlling|toxic|jealous of|against (?:her|him|me|them)|lying to (?:her|him|me)))",
        r"\b(?:i|she|he) (?:only|just) (?:need|needs|have|has|trust|trusts|can trust|should trust|need to trust|needs to trust) (?:him|her)\b|"
        r"\b(?:he's|she's|he is|she is) all (?:i|she|he) (?:need|needs)\b",
        r"\b(?:he's|she's|he is|she is|he was|she was|they're|they are|hes|shes)(?: really)? (?:the only (?:one|person|1|friend)|(?:my|her|his) only (?:friend|one))"
        r"(?: (?:who|that|to))?(?: really| truly)? (?:gets|understands|cares|loves|listens|get|understand|care|love|listen|knows|know)\b",
        r"\b" + _SAY_EN + r"(?: \S+){0,3}? (?:no ?one|nobody|no1|noone)(?: else)? (?:really )?(?:cares about|understands|loves|gets|likes|listens to|will ever love|"
        r"will love|could love|will understand) (?:me|her|him|my \w+)\b",
        r"\b" + _TELL_EN + r"(?: " + _OBJ_EN + r")?(?: (?:to|that|she|he|i|we|they))*(?: should| shouldn't| should not| has to| needs to| had to)? "
        r"(?:stop|quit|not|never) (?:to )?(?:listening to|listen to|talking to|talk to|seeing|hanging out with|hang out with|trusting|trust|telling|tell) (?:us|me|your|" + _MY_EN + r" (?:" + _PAR_EN
        + r"|friends?|teachers?|counsel+or))\b",
    ),
    *_p(
        C.ISOLATION,
        "the reporter says the contact turns the child against family or friends",
        # FR: "il dit que mes parents me comprennent pas comme lui", "mes amies sont fausses",
        # "j'ai besoin que de lui", "le seul qui me comprend", "qu'elle doit plus nous ecouter"
        r"\b(?:(?:mes|ses|tes|nos) (?:parents|amis|amies|potes|copines|copains|profs|proches)|(?:ma|sa|ta) (?:famille|mere|maman)|(?:mon|son|ton) (?:pere|papa)) "
        r"(?:ne )?(?:me |la |le |te |les )?(?:comprenn?ent|comprend|aiment|aime|tiennent|tient|veulent|veut|respect\w*|ecoutent|ecoute|meritent|merite) "
        r"(?:pas|rien|jamais)\b",
        r"\b(?:mes|ses|tes) (?:amis|amies|potes|copines|copains|parents) (?:sont|etaient|seraient) (?:tous |toutes |trop |que des )?(?:faux|fausses|jaloux|"
        r"jalouses|toxiques|nuls|nulles|hypocrites|contre (?:moi|elle|lui|toi)|immatures|bebes)\b",
        r"\b(?:besoin|confiance) (?:que de|qu'en|qu'a|seulement de|juste de|uniquement de|d'autre que) (?:lui|elle)\b",
        r"\b(?:le|la) (?:seule?|seul(?:e)? personne) (?:qui|a) (?:me|la|le|te|l') ?(?:comprend|comprendre|aime|ecoute|connait|comprenne)\b",
        r"\bpersonne (?:d'autre |d autre |a part lui |sauf lui )?(?:ne )?(?:tient a|t'aime|m'aime|l'aime|me comprend|la comprend|le comprend|s'interesse a|"
        r"m'aimera|l'aimera|me comprendra|la comprendra)\b",
        r"\b(?:on est|vous etes|ils sont|ses parents sont|mes parents sont|tes parents sont|sa mere est|ma mere est)(?: trop| vraiment| tellement)? "
        r"(?:severes?|strictes?|controlants?|toxiques|nuls)\b|\b(?:plus|pas|ne plus|arreter de|arrete de) (?:nous|les|vous|leur|m'|l') ?(?:ecouter|ecoute|parler|voir)\b"
        r"(?=[^.!?]{0,20}$|[^.!?]{0,40}(?:parents|mere|pere|amis|famille|nous))",
        # ES: "dice que mis papas no me entienden como el", "mis amigas son falsas", "solo lo necesito a el",
        # "es el unico que me entiende", "que no nos haga caso"
        r"\b(?:(?:mis|sus|tus) (?:papas|padres|amigos|amigas|viejos|maestros|profes|hermanos|hermanas)|(?:mi|su|tu) (?:familia|mama|papa)) "
        r"no (?:me |la |lo |te |los |las )?(?:entienden|entiende|quieren|quiere|comprenden|comprende|aprecian|aprecia|valoran|valora|merecen|merece|respetan|respeta)\b",
        r"\b(?:mis|sus|tus) (?:papas|padres|amigos|amigas|viejos) (?:son|eran) (?:unos |unas |muy |re |bien )?(?:falsos|falsas|toxicos|toxicas|malos|malas|"
        r"envidiosos|envidiosas|hipocritas|inmaduros|inmaduras|controladores)\b",
        r"\bsolo (?:lo |la |te |me )?(?:necesito|necesita|tengo|tiene|necesitas|tienes) a (?:el|ella)\b",
        r"\b(?:el|ella) unic[oa] (?:que|q|ok|ke|k) (?:me|la|lo|te) (?:entiende|quiere|comprende|escucha|conoce)\b",
        r"\bnadie (?:mas )?(?:me|la|lo|te) (?:quiere|entiende|comprende|va a querer|va a entender|quiere como)\b",
        r"\b(?:somos|son|eres|es) (?:muy |demasiado |bien |re )?(?:estrictos|estricta|estricto|controladores|controladora|toxicos)\b|"
        r"\bno (?:nos|les|me|le) (?:haga|hagas|hiciera|hagan|hace) caso\b",
    ),
    # --- gifts_inducements --------------------------------------------------------------------
    *_p(
        C.GIFTS_INDUCEMENTS,
        "the reporter says the contact offered the child money, game currency or gifts",
        # "he offered to buy me a new phone", "keeps sending me vbucks", "she said she'd give me money",
        # "he sent my son a gaming headset", "said he'd get me free skins"
        r"\b(?:offered|offers|offering|promised|promises|promising|keeps|kept|wants|wanted|going|says (?:he|she|they)(?:'ll|'d| will| would| can)?|"
        r"said (?:he|she|they)(?:'ll|'d| will| would| could| can)?|told (?:me|her|him) (?:he|she|they)(?:'d| would| will|'ll))(?: to)? "
        r"(?:buy|get|give|send|pay|gift|sending|giving|buying|getting|gifting|paying|top up|load)(?: " + _OBJ_EN + r")?(?: with)? (?:a |an |some |free |the |me )?"
        r"(?:new )?" + _PRIZE_EN + r"\b",
        r"\b(?:offered|offers|offering|promised|promises|promising) (?:me|her|him|my " + _KID_EN + r") (?:a |an |some |free |the |lots of |more )?(?:new )?"
        + _PRIZE_EN + r"\b",
        r"\b(?:sent|sends|bought|buys|gave|gives|giving|mailed|ordered|gifted|gifts|sending|buying|keeps sending|kept sending|keeps giving|kept giving|keeps buying) "
        r"(?:me|her|him|my " + _KID_EN + r") (?:a |an |some |free |the |lots of |more )?(?:new )?"
        r"(?!money|cash|\$|£|€|\d)" + _PRIZE_EN + r"\b",
        r"\b(?:offered|offers|offering|promised|promises|promising)(?: \w+){0,4}? (?:if (?:i|she|he)\b|in exchange for|for (?:a |some |more )?(?:pics?|photos?|videos?|selfies?))",
    ),
    *_p(
        C.GIFTS_INDUCEMENTS,
        "the reporter says the contact offered the child money, game currency or gifts",
        # FR: "il m'a propose de m'acheter un telephone", "il m'envoie des robux", "il va me donner de l'argent",
        # "il a envoye un casque a mon fils", "il ma promi des v-bucks"
        r"\b(?:m'|m |me |ma |m'a |m a |lui |lui a )(?:a )?(?:propose|promis|promi|promet|offert|offre|offrir|envoie|envoye|envoyer|donne|donner|donnera|"
        r"donnerait|acheter|achete|achetera|acheterait|payer|paye|paie|payerait|paierait|recharge|recharger)(?: de (?:m'|lui |me |l')?(?:acheter|donner|payer|offrir|envoyer))?"
        r"(?: \S+){0,2}? " + _PRIZE_FR + r"\b",
        r"\b(?:envoye|offert|achete|donne|envoie|offre|propose)(?: \S+){0,2}? " + _PRIZE_FR + r" (?:a|au) (?:ma|mon|notre) (?:fille|fils|enfant|petite?|ado)\b",
        # ES: "me ofrecio comprarme un celular", "me manda robux", "me va a dar dinero", "le mando unos audifonos a mi hijo"
        r"\b(?:me|le) (?:ofrecio|ofrece|ofrecia|prometio|promete|prometia|manda|mando|mandaba|envia|enviaba|envio|regalo|regala|regalaba|compra|compro|compraba|"
        r"da|dio|daba|va a dar|va a comprar|va a regalar|va a mandar|iba a dar|iba a comprar|daria|compraria|regalaria|recarga|recargo)(?: \S+){0,2}? "
        r"" + _PRIZE_ES + r"\b(?! (?:para|pa) (?:que|q) (?:le|se lo) (?:pague|devuelva))",
    ),
    # --- image_request ------------------------------------------------------------------------
    *_p(
        C.IMAGE_REQUEST,
        "the reporter says the contact asked the child for photos, videos or a video call",
        # "he asked me for pics", "keeps asking me for pics", "wants me to send him a photo of myself",
        # "keeps begging me to send selfies"; not "the photo of my science project", "pics of the puppy"
        r"\b" + _REQ_EN + r"(?: " + _OBJ_EN + r"(?: (?:for|to|2|if (?:i|she|he) (?:could|would|can)))?| for)(?: (?:send|sending|take|taking|share|sharing|snap|"
        r"snapping|post|posting|get|show|make|film|record|trade|swap)(?: (?:him|her|them|me))?)? (?:a |an |some |more |a few |few |any |new |other |another |"
        r"those |these |cute |private |special )?(?:\w+ )?" + _IMG_EN + r"\b(?! (?:game|games|call|calls|chat|chats|store|editing))" + _NOT_OF_CHILD_EN,
        r"\b" + _REQ_EN + r" (?:\w+ ){0,2}?" + _IMG_EN + r" of (?:me|myself|her|herself|him|himself|my " + _KID_EN + r")\b",
        r"\b" + _REQ_EN + r"(?: \w+){0,2}? (?:me|her|him|my " + _KID_EN + r")(?: \w+){0,2}? (?:to )?(?:video ?call|videocall|facetime|face ?time|cam|webcam|"
        r"go on (?:cam|camera|video|live)|get on (?:a )?(?:video|cam|facetime|call)|turn on (?:my|her|his|the) (?:camera|cam|webcam)|video chat|"
        r"show (?:myself|herself|himself) on cam)\b",
    ),
    *_p(
        C.IMAGE_REQUEST,
        "the reporter says the contact asked the child for photos, videos or a video call",
        # FR: "il m'a demande des photos", "il veut que je lui envoie des photos", "une photo de moi",
        # "il a demande a ma fille de faire un appel video"
        r"\b(?:demand\w*|reclam\w*|veut|voulait|veulent|exig\w*|insist\w*|supplie\w*|harcel\w*|pousse|poussait|oblig\w*)(?: \S+){0,4}? "
        r"(?:des |une |ma |sa |mes |ses |d'autres |encore des |plus de |de nouvelles |que des |la |les |d'|de )?(?:\w+ )?" + _IMG_FR
        + r"\b(?! (?:de|du|des|d') ?(?!(?:moi|elle|lui|toi|ma fille|mon fils|mon corps|son corps|sa tete|ma tete)\b)\w)",
        r"\b(?:demand\w*|veut|voulait|insist\w*|propos\w*|supplie\w*|oblig\w*|pousse)(?: \S+){0,4}? (?:de |d'|qu'on |que je |qu'elle )?(?:faire |fasse |fassions |allumer |allume )?"
        r"(?:un |une |des |sa |ma |la )?(?:appel video|appels videos?|facetime|visio|cam|webcam|camera|video en direct|live)\b",
        # ES: "me pidio fotos", "quiere que le mande fotos mias", "no para de pedirme fotos", "hacer videollamada"
        r"\b(?:pidi\w*|pide\w*|pedir\w*|pedia\w*|pidiendo\w*|quiere|queria|kiere|insist\w*|exig\w*|rog\w*|ruega|obliga\w*|presiona\w*)(?: \S+){0,4}? "
        r"(?:unas |una |mas |otras |otra |sus |mis |tus |las |la |el |un |unos |nuevas )?(?:\w+ )?" + _IMG_ES
        + r"\b(?! (?:de|del|de la|de los|de las) (?!(?:mi|ti|ella|el|mi hija|mi hijo|su cuerpo|mi cuerpo|ella misma)\b)\w)",
        r"\b(?:pidi\w*|pide\w*|pedir\w*|quiere|queria|kiere|insist\w*|obliga\w*|presiona\w*)(?: \S+){0,4}? (?:hacer |tener |hagamos |hiciera |prender |prendiera )?"
        r"(?:una |la |su |mi )?(?:videollamada|video ?llamada|facetime|camara|llamada de video|videochat|en vivo)\b",
    ),
    # --- compliance_testing -------------------------------------------------------------------
    *_p(
        C.COMPLIANCE_TESTING,
        "the reporter says the contact tested whether the child would do anything they ask",
        # "he asked if i would do anything for him", "keeps asking if i trust him",
        # "if i really cared i would prove it", "to prove i trust him"
        r"\b(?:if|whether) " + _I_EN + r"(?:'d| would| will|'ll| do| does| did)? (?:really |ever )?(?:do|doing) (?:anything|whatever|everything|what ?ever)"
        r"(?: (?:for (?:him|her|them)|he (?:says|asks|wants|tells)|she (?:says|asks|wants|tells)|(?:he|she) (?:said|asked|told))|\s*[.!?,]|\s*$| he| she)",
        r"\b(?:if|whether) " + _I_EN + r" (?:really |truly |fully |completely )?(?:trust|trusts|trusted|trusting|love|loves|loved) (?:him|her|them)\b",
        r"\b(?:prove|proving|proved|show (?:him|her|them) that|showing (?:him|her|them) that) (?:(?:to )?(?:him|her|them) )?(?:that )?(?:i|she|he|my|her|his)(?: \w+){0,2}? "
        r"(?:trust|trusts|love|loves|care|cares|like|likes|loyal|loyalty|mean it|serious|mature enough|am mature|is mature|really want|want him)\b",
        r"\bif (?:i|she|he) (?:really |truly )(?:cared|loved|liked|trusted|care|love|like|trust)(?: about)? (?:him|her|them)?,? ?(?:i|she|he)(?:'d| would| will)\b|"
        r"\b(?:would|will|'d|should) prove it\b",
        r"\b(?:tests?|tested|testing) (?:me|her|him|my " + _KID_EN + r")(?: to see)? (?:if|whether|how far)\b",
    ),
    *_p(
        C.COMPLIANCE_TESTING,
        "the reporter says the contact tested whether the child would do anything they ask",
        # FR: "si je ferais n'importe quoi pour lui", "si j'ai confiance en lui", "que je lui prouve que je l'aime"
        r"\bsi (?:je|j'|elle|il) (?:ferais|ferait|ferai|fais|fait|serais|serait) (?:pret[e]? a faire )?(?:n'importe quoi|nimporte quoi|n'imp|tout|tout et n'importe quoi)"
        r"(?: pour (?:lui|elle|eux)| ce qu'il| ce qu'elle| ce k'il|\s*[.!?,]|\s*$)",
        r"\bsi (?:j'ai|jai|elle a|il a|je lui fais|elle lui fait|je lui faisais) (?:vraiment |totalement )?confiance(?: en (?:lui|elle))?\b",
        r"\b(?:prouve|prouver|prouves|prouvais|montrer|montre|demontrer|demontre)(?: (?:lui|leur|a lui))?(?: \S+){0,1}? (?:que |qu'|ke |k )(?:je |j'|elle |il )?"
        r"(?:l'aime|l'aimais|ai confiance|j'ai confiance|lui fais confiance|tiens a lui|tient a lui|suis serieuse?|suis mature|suis prete?|l'aime vraiment)",
        # ES: "si haria cualquier cosa por el", "si confio en el", "que le demuestre que lo quiero"
        r"\bsi (?:haria|hago|harias|hace|haces|haria) (?:cualquier cosa|lo que sea|todo lo que|lo que (?:el|ella) (?:diga|dijera|quiera|quisiera|pida|pidiera))",
        r"\bsi (?:confio|confia|confias|confiaba|confiaria|confiara) (?:de verdad |realmente )?en (?:el|ella)\b",
        r"\b(?:demuestre|demostrara|demostrar|demuestra|pruebe|probara|probar|demuestres)(?:le)?(?: \S+){0,1}? (?:que |q |ok |ke )?(?:lo |la )?"
        r"(?:quiero|amo|quiere|ama|confio|confia|confianza|amor|soy madura|es madura|estoy lista|esta lista)\b",
    ),
    # --- deception ----------------------------------------------------------------------------
    *_p(
        C.DECEPTION,
        "the reporter says the contact lied about their age or identity",
        # "he lied about his age", "pretended to be a kid from my school", "turns out hes not 16 like he said",
        # "he said he was 15 but he looks way older", "told my daughter he was a 14 year old boy"
        r"\b(?:lied|lies|lying|lyin|lie) (?:to (?:me|her|him|us|my \w+) )?(?:about|abt) (?:his|her|their|who (?:he|she|they)) ?(?:age|name|identity|school|gender|"
        r"real name|is|was|are|were|pics|photos|face)\b",
        r"\b(?:pretended|pretends|pretending|pretend|posing|posed|poses|claimed|claims|claiming) (?:to be |as |he was |she was |he's |she's )"
        r"(?:a |an |another |only )?(?:kid|girl|boy|teen|teenager|student|\d{1,2}|young|child|model|agent|scout|classmate|someone my age|"
        r"(?:\w+ )?year old|friend of|from my school|in my (?:grade|class))",
        r"\b(?:said|says|told|tells|claimed|claims|claiming)(?: \w+){0,3}? (?:he|she|they) (?:was|is|were|'s|are) (?:only |just )?(?:\d{1,2}\b(?! ?(?:min|minutes|hours|mins|secs|"
        r"seconds|days|percent|%|pounds|lbs|kg|dollars|bucks|feet|ft|cm|miles|km|am|pm|o'clock))|a (?:girl|boy|kid|teen|teenager) (?:my age|from|in my|at my|who))"
        r"(?=[^.!?]{0,40}\b(?:but|turns out|actually|really|older|way older|grown|adult|man|woman|lying|lied|fake|not|wasn't|isn't)\b)",
        r"\b(?:said|says|told|tells|claimed|claims)(?: \w+){0,3}? (?:he|she|they) (?:was|is|were|'s) (?:a|an|only|just) \d{1,2}(?: |-)?(?:years?|yr|yo|y/o)\b",
        r"\bturns? out (?:he's|she's|he is|she is|he was|she was|they're|they are|it was|it's|hes|shes|they were)(?: \w+){0,3}? (?:not|really|actually|"
        r"a (?:grown|man|woman|adult|guy)|an adult|like \d{2}|\d{2}|older|way older|grown|someone else|fake)\b",
        r"\b(?:not|isn't|wasn't|not even) (?:\d{1,2}|a (?:kid|teen|girl|boy|student)|who (?:he|she) (?:said|says|claimed)|(?:his|her) real (?:age|name)) "
        r"(?:like|as) (?:he|she|they) (?:said|says|claimed|told)",
        r"\b(?:using|uses|used|made|makes|has|had|with|from) (?:a |an |another )?(?:fake|second|secret|stolen) (?:account|profile|identity)\b|"
        r"\b(?:using|uses|used|gave|gives|has|had|with) (?:a )?fake (?:name|age|pics|photos|pictures)\b",
        r"\b(?:he's|she's|he is|she is|he was|she was|hes|shes)(?: like)?(?: actually| really)(?: like)? (?:\d{2}\b|in (?:his|her) (?:20s|30s|40s|50s|twenties|thirties|"
        r"forties|fifties)|a grown (?:man|woman|adult)|an adult|an old man|way older)",
    ),
    *_p(
        C.DECEPTION,
        "the reporter says the contact lied about their age or identity",
        # FR: "il a menti sur son age", "elle disait etre une fille de mon age", "il a fait croire a ma fille",
        # "il a dit qu'il avait 15 ans mais", "en fait c'est pas un ado comme il disait"
        r"\bmenti (?:sur|a propos de|au sujet de) (?:son|sa|leur|ses) (?:age|identite|nom|ecole|photos)\b",
        r"\b(?:se faisait passer|se fait passer|se fesait passer|s'est fait passer|faisait semblant d'etre|fait semblant d'etre|pretend(?:ait|ais)? etre|"
        r"disait etre|dit etre|prétendait etre|se presentait comme|se presente comme)\b",
        r"\b(?:fait|faisait|avait fait|a fait) croire (?:\S+ ){0,3}?(?:qu'il|qu'elle|qu'ils|que c'etait|etre|kil|k'il)\b",
        r"\b(?:" + _DIT_FR + r"|m'a dit|ma dit|lui a dit)(?: \S+){0,2}? (?:qu'il|qu'elle|kil|k'il|k'elle|qu'il) (?:avait|a|etait) (?:\d{1,2}) ans"
        r"(?=[^.!?]{0,40}\b(?:mais|en fait|en vrai|alors que|plus vieux|plus vieille|plus age|adulte|homme|femme|menti|faux|pas vrai)\b)",
        r"\b(?:en fait|en vrai|finalement) (?:c'est|c'etait|il est|elle est|il a|elle a|il avait|elle avait)(?: \S+){0,3}? (?:pas|un (?:adulte|homme|vieux|mec de \d+)|"
        r"une (?:adulte|femme)|\d\d ans)\b|\bcomme (?:il|elle) (?:le )?(?:disait|l'a dit|a dit|pretendait|pretend)\b",
        r"\b(?:faux|fake|deuxieme|autre) (?:compte|profil|age|nom|identite)\b",
        # ES: "mintio sobre su edad", "se hacia pasar por", "le hizo creer a mi hija que tenia 14",
        # "dijo que tenia 15 pero", "me dijo que era una nina de mi edad pero era un senor"
        r"\bmint(?:io|ia|iendo|e) (?:sobre|acerca de|con|en) (?:su|la) (?:edad|identidad|nombre|escuela|foto|fotos)\b",
        r"\b(?:se (?:hacia|hace|hizo|estaba haciendo|esta haciendo|hacía) pasar por|(?:finge|fingia|fingio|fingiendo) ser|(?:le |me )?hizo creer|"
        r"(?:decia|dijo|dice) (?:que )?ser (?:un|una))\b",
        r"\b(?:" + _DIJO_ES + r")(?: \S+){0,2}? (?:que |q |ok )?(?:tenia|tiene|tenia) (?:\d{1,2})(?: anos)?(?=[^.!?]{0,40}\b(?:pero|en realidad|realmente|mayor|"
        r"adulto|senor|viejo|mintio|falso)\b)",
        r"\b(?:" + _DIJO_ES + r")(?: \S+){0,2}? (?:que |q |ok )?(?:era|es) (?:una nina|un nino|una chava|un chavo|una chica|un chico|una muchacha|un muchacho|"
        r"un adolescente|una adolescente|de mi edad|de su edad)(?=[^.!?]{0,40}\b(?:pero|en realidad|realmente|senor|hombre|adulto|mayor|mintio)\b)",
        r"\ben realidad (?:es|era|tiene|tenia) (?:un senor|un adulto|un hombre|una senora|una adulta|\d\d)\b|\b(?:cuenta|perfil) (?:falso|falsa|fake)\b",
    ),
    # --- meeting_proposal ---------------------------------------------------------------------
    *_p(
        C.MEETING_PROPOSAL,
        "the reporter says the contact wants to meet the child in person",
        # "he wants to meet me tomorrow at 4pm at the mall", "keeps asking to meet up irl",
        # "she offered to pick me up after school", "asked my son to meet him at the park"
        r"\b" + _MEET_VERB_EN + r"(?: [\w']+){0,3}? (?:to |2 )?(?:meet(?: up)? with|meet|hang out with|hangout with|hang with|come see|come visit|visit|"
        r"come (?:get|pick up)|pick up|see) (?:me|her|my " + _KID_EN + r")\b(?! (?:on|over) (?:video|cam|facetime|call))",
        r"\b(?:me|her|him|my " + _KID_EN + r") (?:to |2 )?(?:meet|meet up with|hang out with|come over to|come to|go to|visit) (?:him|her|them|his|her)\b",
        r"\b(?:invit\w*|asked|asks|wants|wanted) (?:me|her|my " + _KID_EN + r") (?:to come )?(?:over|to (?:his|her|their) (?:house|place|home|apartment|flat|room|car|hotel))\b",
        r"\b" + _MEET_VERB_EN + r"(?: [\w']+){0,3}? (?:to |2 )?(?:pick (?:me|her|him|my " + _KID_EN + r"|us) up|drive (?:me|her|him|my " + _KID_EN + r") (?:home|to|somewhere)|"
        r"give (?:me|her|him|my " + _KID_EN + r") a (?:ride|lift)|take (?:me|her|him|my " + _KID_EN + r") (?:to|out)|come to (?:my|our) (?:house|place|school|home)|"
        r"go (?:to his|to her|over to his|over to her) (?:house|place|car|apartment|hotel))\b",
        r"\b(?:" + _HE_EN + r"|he's|she's|hes|shes)(?: \w+){0,4}? (?:meet|meet up|hang out|hangout|come over|get together)\b(?! with (?!me\b|her\b|my\b))"
        r"(?=[^.!?]{0,40}\b(?:in person|irl|in real life|for real|face to face|alone|today|tonight|tomorrow|this weekend|after school|at the|at his|at her|at my)\b)",
        r"\b(?:" + _HE_EN + r"|he's|she's)(?: \w+){0,2}? (?:coming to|will come to|wants to come to|is driving to|drove to|showed up at|came to|waiting (?:for me )?(?:at|outside)) "
        r"(?:my|our|her|his) (?:house|school|town|city|place|work|practice)\b",
    ),
    *_p(
        C.MEETING_PROPOSAL,
        "the reporter says the contact wants to meet the child in person",
        # FR: "il veut me voir demain a 16h", "qu'on se voie en vrai", "venir me chercher apres l'ecole",
        # "il a donne rendez-vous a mon fils au parc"
        r"\b(?:veut|voulait|veulent|demand\w*|propos\w*|insist\w*|arrete pas|arret pas|donne|donner|invit\w*|prevoit|organis\w*|fixe|suppli\w*)(?: \S+){0,4}? "
        r"(?:me voir|la voir|le voir|nous voir|se voir|qu'on se voi\w*|qu'on se rencontr\w*|ke on se (?:voi|rencontr)\w*|que on se (?:voi|rencontr)\w*|"
        r"se rencontrer|me rencontrer|la rencontrer|le rencontrer|rendez-vous|rendez vous|rdv|venir me (?:chercher|prendre|voir)|venir la (?:chercher|prendre|voir)|"
        r"venir le (?:chercher|prendre|voir)|passer me prendre|passer la prendre|me ramener|la ramener|aller chez (?:lui|elle)|venir chez (?:moi|nous|lui|elle)|"
        r"qu'on se (?:retrouve|rejoigne)|me retrouver|la retrouver|le retrouver|sortir avec (?:lui|elle))\b",
        r"\b(?:se voir|se rencontrer|se retrouver|me voir|la voir|le voir|qu'on se voie|qu'on se voit) (?:en vrai|en personne|irl|pour de vrai|en vrai de vrai|seule?s?)\b",
        # ES: "quiere verme manana a las 4", "insiste en que nos veamos en persona", "se ofrecio a recogerme",
        # "cito a mi hijo en el parque"
        r"\b(?:quiere|queria|kiere|quiso|pide|pidio|insist\w*|propon\w*|propus\w*|ofreci\w*|ofrece|invit\w*|dijo|dice|planea|planeo|organiz\w*)(?: \S+){0,4}? "
        r"(?:verme|verla|verlo|vernos|verse|nos veamos|nos vieramos|nos viéramos|conocerme|conocerla|conocerlo|conocernos|nos conozcamos|nos conocieramos|"
        r"recogerme|recogerla|recogerlo|pasar por (?:mi|ella|el)|buscarme|buscarla|llevarme|llevarla|salir con (?:el|ella)|salir conmigo|"
        r"ir a su (?:casa|depa|departamento|carro|coche)|vaya a su (?:casa|depa|carro|coche)|venir a (?:mi|la|nuestra) casa|encontrarnos|juntarnos|nos juntemos)\b",
        r"\b(?:me|la|lo) (?:recoge|recogeria|recogera|va a recoger|iba a recoger|pasa a buscar|va a buscar|viene a buscar|va a venir a buscar|lleva a su|va a llevar a su)\b",
        r"\b(?:me|la|lo|le) invit\w* a (?:su|la) (?:casa|depa|departamento|cuarto|hotel|carro|coche)\b|\b(?:m'|l'|la |le )invit\w* (?:chez (?:lui|elle)|a (?:sa|son) (?:maison|appart|appartement|hotel))\b",
        r"\bcit(?:o|a|aba) a (?:mi|su) \w+ (?:en|a|para)\b|\b(?:le|me) dio (?:una )?cita\b|\b(?:vernos|verse|conocernos|nos veamos) (?:en persona|en vivo|en la vida real|a solas|solos)\b",
    ),
    # --- romantic_framing ---------------------------------------------------------------------
    *_p(
        C.ROMANTIC_FRAMING,
        "the reporter says the contact frames the relationship with the child as romantic",
        # "he says he's my boyfriend", "keeps saying he loves me", "told me i'm her girlfriend now",
        # "he tells my daughter she's his girlfriend", "wants to marry me", "we r in a relationship"
        r"\b" + _SAY_EN + r"(?: " + _OBJ_EN + r")?(?: that)? (?:(?:he's|he is|she's|she is|he was|she was|hes|shes) "
        r"(?:my|her|his) (?:boyfriend|girlfriend|bf|gf|man|husband|wife|lover|partner|soulmate)|"
        r"(?:i'm|i am|i was|she's|she is|he's|he is|shes|hes) (?:his|her) (?:girlfriend|boyfriend|gf|bf|girl|wife|baby|babe|princess|future wife|future husband|"
        r"lover|soulmate|one)|(?:we're|we are|we were|were|we) (?:dating|together|a couple|in a relationship|in love|going out|boyfriend and girlfriend|"
        r"married|meant to be)|(?:he|she|they) (?:loves|is in love with|'s in love with|has feelings for|has a crush on|wants to date|wants to marry|"
        r"wants to be with|will marry) (?:me|her|him|my " + _KID_EN + r")\b)",
        r"\b(?:he's|she's|he is|she is|hes|shes|he was|she was) (?:so |really |totally )?(?:in love with|crazy about|obsessed with|falling for) (?:me|her|my \w+)\b|"
        r"\b(?:he|she|they)(?:'s| is)?(?: \w+){0,2}? (?:wants|wanted|plans|planned|is going|promised|keeps asking|asked|asks|begging) (?:me |her |my " + _KID_EN
        + r" )?(?:to|2) (?:marry|date|be with|go out with|be his girlfriend|be her girlfriend|be his gf|be his boyfriend|be her boyfriend|be his|be her) (?:me|her|him|my \w+|\b)|"
        r"\b(?:calls|called|calling) (?:me|her|him|my " + _KID_EN + r") (?:his|her) (?:girlfriend|boyfriend|gf|bf|wife|baby ?girl|princess|babe|lover)\b",
    ),
    *_p(
        C.ROMANTIC_FRAMING,
        "the reporter says the contact frames the relationship with the child as romantic",
        # FR: "il dit qu'il est mon copain", "qu'il m'aime et qu'on sort ensemble", "je suis sa copine",
        # "qu'elle est sa cherie", "il veut que je sois sa meuf"
        r"\b(?:" + _DIT_FR + r"|appel\w*|veut|voulait|considere)(?: \S+){0,4}? (?:(?:qu'il|qu'elle|kil|k'il) (?:est|etait|sera) (?:mon|ma) (?:copain|copine|chum|blonde|"
        r"amoureux|amoureuse|cheri|cherie|mec|meuf|petit ami|petite amie|homme|femme|mari|fiance|fiancee)|(?:que |qu'|ke |k )?(?:je suis|j'etais|jsuis|j'suis|"
        r"elle est|elle etait|je sois|elle soit|je serai|il est|il soit) (?:sa|son) (?:copine|blonde|cherie|amoureuse|meuf|petite amie|femme|copain|chum|cheri|"
        r"mec|petit ami|princesse|bebe|fiancee|fiance|cherie a lui)|(?:qu'il|qu'elle|kil|k'il) (?:m'aime|l'aime|est amoureux|est amoureuse|m'adore|la kiffe|me kiffe)|"
        r"(?:qu'on|ke on|que on|qu'ils) (?:sort|sortent|est|sont) (?:ensemble|en couple)|m'epouser|l'epouser|se marier avec)",
        r"\b(?:on sort ensemble|on est ensemble|on est en couple|sortir avec (?:moi|elle|lui) (?=[^.!?]{0,20}(?:copain|copine|couple|ensemble)))\b",
        # ES: "dice que es mi novio", "me dice que me ama y que somos novios", "ya soy su novia", "kiere q sea su novia"
        r"\b(?:" + _DIJO_ES + r"|quiere|queria|kiere|llama|considera)(?: \S+){0,4}? (?:(?:que |q |ok )?(?:es|era|sera) (?:mi|su) (?:novio|novia|pareja|esposo|esposa|"
        r"prometido|prometida|amor)|(?:que |q |ok )?(?:ya )?(?:soy|sea|seas|es|fuera|era|seria) (?:su) (?:novia|novio|pareja|esposa|esposo|nena|amor|princesa|"
        r"mujer|prometida)|(?:que |q |ok )?(?:me|la|lo|te) (?:ama|amaba|quiere como|esta enamorad[oa]|gusta mucho)|(?:que |q |ok )?(?:esta|estaba) enamorad[oa] de (?:mi|ella|el)|(?:que |q |ok )?(?:somos|seamos|eramos|"
        r"fueramos) (?:novios|pareja|algo)|casarse con(?:migo|ella|el)|andar con(?:migo|ella)|ser novios)",
        r"\b(?:me|la) (?:llama|dice|decia) (?:su )?(?:novia|esposa|princesa|amor|nena)\b",
    ),
    # --- threat_coercion ----------------------------------------------------------------------
    *_p(
        C.THREAT_COERCION,
        "the reporter says the contact threatened to share the child's images or harm them",
        # "he threatend to share my pictures", "she's threatening to show my parents our chats"
        r"\b(?:threaten\w*|threatend|threatned|threatning|threating|threatnin|threats to|blackmail\w*|extort\w*)\b(?: \w+){0,2}? "
        r"(?:to |with )?(?:send\w*|post\w*|shar\w*|leak\w*|show\w*|expos\w*|tell\w*|spread\w*|upload\w*|releas\w*|publish\w*|put\w*|forward\w*|"
        r"hurt\w*|kill\w*|ruin\w*|report\w*|come (?:to|after|for)|my (?:pics?|photos?|videos?)|her (?:pics?|photos?|videos?))\b",
        # "he says he'll send my photo to everyone", "he would post my pics", "sends the pic to everyone"
        r"\b(?:" + _WILL_HE_EN + r" " + _ACT_EN + r"|(?:he|she|they) " + _ACTS_EN + r") "
        r"(?:(?:my|her|his|our|all (?:my|her|his|our|the|of my|of her)|every) (?:\w+ ){0,2}?(?:" + _IMGS_EN + r")\b(?! (?:game|games|call|calls|chat))|"
        r"(?:the|those|these|that|this) (?:\w+ ){0,2}?(?:" + _IMGS_EN + r")\b(?=[^.!?]{0,40}\b(?:(?:to|with) (?:everyone|everybody|all (?:my|her|his)|my|her|his)|if (?:i|she|he)|"
        r"unless|online|on the internet|everywhere|all over|publicly)\b)|"
        r"(?:it|them|everything|it all|all of it|me|her|him)(?: \w+){0,2}? (?:to (?:everyone|everybody|all (?:my|her|his) \w+|" + _MY_EN + r" (?:whole |entire )?(?:\w+ )?"
        r"(?:" + _PAR_EN + r"|friends?|school|class|followers|contacts|teachers?|principal|church|team))|online|on the internet|everywhere|all over|publicly))",
        r"\b" + _WILL_HE_EN + r" (?:leak|expose|dox|doxx|swat) (?:everything|it all|all of it|me|her|him|my " + _KID_EN + r"|them|it|us|the)\b|"
        r"\b" + _WILL_HE_EN + r" (?:ruin|destroy|hurt|kill) (?:me|her|my (?:life|reputation|family|" + _KID_EN + r")|her (?:life|reputation|family))\b",
        r"\b" + _WILL_HE_EN + r" (?:tell|show|send) (?:" + _MY_EN + r" (?:whole |entire )?(?:\w+ )?(?:" + _PAR_EN + r"|friends?|school|class|"
        r"followers|teachers?|principal)|everyone|everybody)(?: \w+){0,2}? (?:everything|about (?:us|me|her|him|what|the (?:\w+ )?(?:" + _IMGS_EN + r"))|"
        r"what (?:i|she|he|we) (?:did|sent|said|do))\b",
        # condition first: "if i dont do what he says hes gonna leak everything", "if i block him he posts them"
        r"\bif (?:i|she|he|we) (?:don't|dont|do not|doesn't|does not|won't|didn't|refuse|refuses|block|blocks|stop|stops|tell|tells|report|reports|"
        r"ignore|ignores|say no|says no|can't|cannot)\b[^.!?]{0,60}?\b(?:" + _WILL_HE_EN + r" (?:" + _ACT_EN + r"|leak|expose|ruin|hurt)|(?:he|she|they) "
        r"(?:" + _ACTS_EN + r"|leaks|exposes|ruins|hurts))\b(?! (?:me|her) (?:how|what|where|the way|a |an |some ))",
        r"\b(?:or (?:else )?|otherwise |unless )(?:he|she|they)(?:'ll|'d| will| would| is going to|'s going to)? (?:send|post|share|leak|expose|upload|"
        r"spread|release|publish)s? (?:it|them|everything|my|her|the)\b",
    ),
    *_p(
        C.THREAT_COERCION,
        "the reporter says the contact threatened to share the child's images or harm them",
        # FR: "il me menace de publier mes photos", "il menace ma fille de diffuser la video a son ecole",
        # "il dit qu'il va envoyer ma photo a tout le monde", "si je le bloque il balance tout"
        r"\b(?:menac\w*|fait du chantage|faisait du chantage|me fait chanter|la fait chanter|le fait chanter|chantage)(?: \S+){0,3}? (?:de |d'|avec |que |qu')?"
        r"(?:(?:la |les |le |l'|tout )?(?:publi|post|envoy|envoi|diffus|montr|balanc|partag|affich|leak|expos|mettre|met|fai(?:re|t) tourner|dire|dis|racont|"
        r"reveler|tuer|frapper|venir|retrouver)\w*|(?:mes|ses|ma|sa) (?:\w+ )?(?:" + _IMGS_FR + r"))",
        r"\b(?:qu'il|qu'elle|kil|k'il|il|elle|ils) (?:va |allait |vas |pourrait |peut |veut |voulait |compte )?(?:les |la |le |l'|l |tout |toutes? )?"
        r"(?:envoy|envoi|publi|post|diffus|montr|balanc|partag|affich|leak|expos|mettr|met|fai(?:re|t|rait) tourn|transf[ae]r)\w*(?: \S+){0,1}? "
        r"(?:(?:ma|mes|sa|ses|nos|leurs?|la|les|cette|ces|notre) (?:\w+ ){0,2}?(?:" + _IMGS_FR + r")\b|tout (?:a|au|aux|sur|partout)\b)",
        r"\b(?:qu'il|qu'elle|kil|k'il|il|elle) (?:va |allait |pourrait |peut )?(?:les |la |le |l'|l |tout )?(?:envoy|envoi|publi|post|diffus|montr|balanc|partag|affich|leak)\w*"
        r"(?: \S+){0,3}? (?:a tout le monde|partout|sur (?:internet|le net|les reseaux|insta|snap|tiktok)|a (?:tous )?(?:mes|ses) (?:parents|amis|contacts|abonnes|profs)|"
        r"a (?:ma|sa|mon|son) (?:mere|pere|ecole|classe|famille|college|lycee))\b",
        r"\bsi (?:je|j'|elle|il|on) (?:ne )?(?:le |la |lui |leur )?(?:bloque|paie|paye|donne|envoie|fais|fait|obei\w*|reponds|repond|dis|dit|refuse|signale|parle)\w*"
        r"(?: \S+){0,6}? (?:il|elle|ils) (?:va |vont |allait )?(?:tout |la |les |le |l')?(?:balanc|publi|envoi|envoy|diffus|montr|post|partag|dire|dis|leak|racont|affich)\w*",
        # ES: "me amenaza con mandar mis fotos", "dice que va a publicar mi foto si no le pago", "va a filtrar todo"
        r"\b(?:amenaz\w*|extorsion\w*|chantaje\w*)(?: \S+){0,3}? (?:con|de|que) (?:mandar|enviar|publicar|subir|pasar|ensenar|mostrar|filtrar|difundir|compartir|"
        r"quemar|exhibir|exponer|decir|contar|que (?:va a|iba a)|hacer|lastimar|matar|(?:mis|sus) (?:\w+ )?" + _IMG_ES + r")",
        r"\b(?:va a|iba a|van a|lo va a|la va a|las va a|los va a|se las va a|se la va a|se los va a|le va a|les va a) ?(?:mandar|enviar|publicar|subir|pasar|ensenar|"
        r"mostrar|filtrar|difundir|compartir|quemar|exhibir|exponer|viralizar|reenviar|poner)(?:la|las|lo|los|le|les|selas|sela)? (?:(?:mi|mis|su|sus|la|las|el|los|nuestras|"
        r"nuestros|esa|esas|ese|esos|toda|todas) (?:\w+ ){0,2}?(?:" + _IMGS_ES + r")\b|todo\b|(?:a|con|en) (?:todos|todo el mundo|mis|sus|toda (?:mi|su)|mi|su|internet|redes))",
        r"\b(?:" + _DIJO_ES + r"|amenaz\w*)(?: \S+){0,2}? (?:que |q |ok )?(?:se )?(?:la|las|lo|los) (?:va|iba|van) a (?:subir|publicar|filtrar|difundir|quemar|"
        r"exponer|viralizar|mandar a|ensenar a|mostrar a|pasar a)\b",
        r"\b(?:publica|manda|sube|pasa|filtra|ensena|muestra|envia|difunde|comparte) (?:mi|mis|su|sus|la|las|el|los) (?:\w+ )?(?:" + _IMG_ES + r")\b"
        r"(?=[^.!?]{0,40}\b(?:todos|todo el mundo|mis|sus|si no|sino|internet|redes)\b)",
        r"\bsi (?:no )?(?:le |lo |la |les )?(?:pago|pagamos|pagaba|mando|hago|ago|bloqueo|bloqueamos|digo|contesto|obedezco|doy|deposito)\b(?: \S+){0,6}? "
        r"(?:va a|iba a|lo va a|la va a|las va a|me va a|le va a) (?:mandar|enviar|publicar|subir|pasar|ensenar|mostrar|filtrar|difundir|compartir|quemar|exponer|"
        r"decir|contar|hacer|lastimar|arruinar)",
    ),
    # --- financial_demand ---------------------------------------------------------------------
    *_p(
        C.FINANCIAL_DEMAND,
        "the reporter says the contact demanded money, gift cards or crypto",
        # "he wants 100 dollars", "asking for $200 in gift cards", "told me to pay her on cash app",
        # "demanded my son send him bitcoin", "wants me to buy him steam cards"
        r"\b(?:he|she|they|guy|man|person|someone|somebody|he's|she's|hes|shes)(?: (?:now|also|just|even|then|keeps|kept|is|was|has been))? "
        r"(?:wants?|wanted|asking for|asked for|asks for|asked me for|asking me for|asking her for|keeps asking for|kept asking for|demand\w*)"
        r"(?: (?:me|her|him|my " + _KID_EN + r") to (?:pay|send|give|buy|get|transfer)(?: (?:him|her|them))?)?(?: \w+){0,2}? "
        r"(?:" + _AMOUNT + r"|money|cash|" + _CRYPTO + r"|" + _GIFTCARD + r"|" + _PAYAPP + r"|the codes|a ransom|ransom)",
        r"\b(?:told|tells|telling|asked|asks|wants|wanted|made|makes|forced|forces|forcing|pressur\w*|demand\w*|keeps? telling|threaten\w*) "
        r"(?:me|her|him|my " + _KID_EN + r")(?: that)?(?: (?:to|2|i|she|he) (?:have to |has to |had to |must |need to |needs to )?)?(?:pay|send|give|buy|get|transfer|load|wire) "
        r"(?:him |her |them )?(?:\w+ ){0,3}?(?:" + _AMOUNT + r"|money|cash|" + _CRYPTO + r"|" + _GIFTCARD + r"|" + _PAYAPP + r"|codes)",
        r"\b(?:demand\w*|extort\w*) (?:that )?(?:me|her|him|my " + _KID_EN + r")(?: \w+){0,2}? (?:pay|send|give|buy|transfer)\b",
        r"\b" + _SAY_EN + r"(?: [\w']+){0,2}? (?:i|she|he) (?:have|has|had|need|needs|must|got|gotta) (?:to )?(?:pay|send|give|transfer|buy|get) (?:him |her |them )?"
        r"(?:\w+ ){0,3}?(?:" + _AMOUNT + r"|money|cash|" + _CRYPTO + r"|" + _GIFTCARD + r"|\d{2,}[\d,.]*\b)",
        r"\b(?:wants?|wanted|told|tells|asked|asks|made|makes|forced|forces) (?:me|her|him|my " + _KID_EN + r") (?:to )?(?:pay|send|give|transfer) (?:him|her|them) "
        r"\d{2,}[\d,.]*\b",
        r"\b(?:i|she|he) (?:have|has|had|need|needs|must) to pay (?:him|her|them)\b|\bpay (?:him |her |them )?\d[\d,.]{0,9} (?:by|before|or|otherwise|within|in|until|till)\b",
        r"\bif (?:i|she|he|we) (?:don't|dont|do not|doesn't|does not|won't|can't|didn't) (?:pay|send (?:him|her|them) (?:the )?(?:money|cash|" + _AMOUNT + r"))\b"
        r"(?! (?:my|the|for|attention|rent|bills?|taxes|tuition|off|back|it off|her back|him back))",
    ),
    *_p(
        C.FINANCIAL_DEMAND,
        "the reporter says the contact demanded money, gift cards or crypto",
        # FR: "il veut 100 euros", "il me demande de l'argent", "de le payer avec des cartes cadeaux",
        # "il exige que mon fils lui envoie des bitcoins", "50 balles sur paypal"
        r"\b(?:veut|voulait|exig\w*|demand\w*|reclam\w*|reclamait|oblig\w*)(?: \S+){0,5}? (?:" + _AMOUNT + r"|de l'argent|d'argent|des sous|du fric|de la thune|"
        r"(?:des |du )?" + _CRYPTO + r"|(?:des )?" + _GIFTCARD + r"|un virement|une rancon|des codes|(?:par |sur |via )" + _PAYAPP + r")",
        r"\b(?:" + _DIT_FR + r"|demand\w*|veut|voulait|exig\w*|oblig\w*)(?: \S+){0,2}? (?:de |d'|que je |que j'|qu'elle |qu'il |ke je )(?:le |la |lui |leur )?"
        r"(?:paye|payer|paie|payes|verse|verser|vire|virer|rembourse|rembourser)\b",
        r"\bsi (?:je|elle|il|on|j') ?(?:ne )?(?:le |la |lui |leur )?(?:paie|paye|payes|payait|verse|vire)\b(?! (?:mon|ma|mes|le|la|les|pour|l'))",
        # ES: "quiere 100 dolares", "me pide dinero", "que le pagara con tarjetas de regalo",
        # "le exige a mi hijo que le mande bitcoin", "que le deposite 500 pesos x oxxo"
        r"\b(?:quiere|queria|kiere|exig\w*|pide|pidio|pidiendo|pidiendome|reclam\w*|demand\w*|obliga\w*)(?: \S+){0,6}? (?:" + _AMOUNT + r"|dinero|plata|lana|feria|"
        r"varo|" + _CRYPTO + r"|" + _GIFTCARD + r"|codigos|una transferencia|un deposito|recargas?|rescate)\b",
        r"\b(?:que |q |ok )?(?:le )?(?:pagara|pague|pagar|pagarle|depositara|deposite|depositar|depositarle|transfiera|transfiriera|transferir)(?: \S+){0,3}? "
        r"(?:con|por|en|x|via|a) (?:tarjetas?|" + _PAYAPP + r"|" + _CRYPTO + r"|transferencia|deposito)",
        r"\bsi no (?:le |les )?(?:pago|pagamos|pagaba|pagas|deposito|depositamos|mando (?:el )?dinero|doy (?:el )?dinero)\b",
    ),
    # --- pressure_urgency: deadlines ----------------------------------------------------------
    *_p(
        C.PRESSURE_URGENCY,
        "the reporter says the contact set the child a deadline",
        # "he gave me until tonight to pay", "says i only have 2 hours left to pay",
        # "told my daughter she had until midnight", "pay 100 by tonight"
        r"\b(?:gave|gives|giving) (?:me|her|my " + _KID_EN + r") (?:only |just )?(?:until|till|til|untill|'til|\d+ ?(?:hours?|hrs?|h|minutes?|mins?|days?)\b|"
        r"an hour|a day|one hour|half an hour|(?:one|two|three|five|ten|twenty|twenty four|24|48) (?:hours?|minutes?|mins?|days?)|a deadline|a time limit)",
        r"\b" + _SAY_EN + r"(?: \w+){0,3}? (?:i|she|he|we)(?: only| just)? (?:have|has|had|got|get|'ve got|'ve) (?:only |just )?(?:until|till|til|untill|"
        r"\d+ ?(?:hours?|hrs?|h|minutes?|mins?|days?)\b|an hour|a day|one hour|half an hour|(?:one|two|three|five|ten|twenty|24|48) (?:hours?|minutes?|mins?|days?))"
        r"(?: \w+)?(?: left)?(?: to (?:pay|send|do|answer|decide|reply|respond|get|give)| before| or\b|\s*[.,!]|\s*$| left)",
        r"\b(?:pay|send|sending|paying|transfer|the money|the codes|do what he)(?: \w+){0,4}? (?:by|before|until|till|within) (?:tonight|midnight|tomorrow|today|"
        r"noon|the morning|the end of (?:the|today)|\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\d{1,2}(?::\d\d)\b|friday|monday|tuesday|wednesday|thursday|saturday|sunday|"
        r"(?:an?|one|two|\d+) (?:hours?|hrs?|minutes?|mins?|days?))",
        r"\b(?:wants|wanted|needs|demands|demanded|expects) (?:it|them|the money|the codes|the cards|the pics|the photos|the payment|everything|"
        r"(?:\$|£|€) ?\d+|\d+ (?:dollars|bucks|euros))(?: \w+)? (?:by|before|within|until|till) (?:tonight|midnight|tomorrow|today|noon|the morning|"
        r"\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\d{1,2}(?::\d\d)\b|(?:an?|one|two|\d+) (?:hours?|hrs?|minutes?|mins?))",
        r"\b(?:gave|set|gives|sets|put|started|starts) (?:me |her |him |my " + _KID_EN + r" )?(?:a |an )?(?:deadline|countdown|timer|time limit|ultimatum)\b",
        flag="deadline",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "the reporter says the contact set the child a deadline",
        # FR: "il m'a donne jusqu'a ce soir pour payer", "il dit que j'ai 2h pour payer",
        # "qu'elle avait jusqu'a minuit"
        r"\b(?:m'|ma |m a |me |lui |lui a |m'a )(?:a )?donn\w* (?:que |seulement )?(?:jusqu'? ?a|jusqu'a|\d+ ?(?:h|heures?|min|minutes?|jours?)\b|une heure|une journee|"
        r"24 ?h|48 ?h|un delai|un ultimatum)",
        r"\b(?:" + _DIT_FR + r"|a dit)(?: \S+){0,4}? (?:que |qu'|ke |k )?(?:j'ai|j'avais|jai|javais|elle a|elle avait|il a|il avait|on a|on avait) "
        r"(?:(?:que |seulement |plus que |juste )?\d+ ?(?:h|heures?|min|minutes?|jours?)\b|jusqu'? ?a (?:ce soir|minuit|demain|midi|\d+ ?h\b|\S+))"
        r"(?: pour (?:payer|envoyer|lui|le|la|repondre|donner|virer)|,? sinon|,? ou (?:il|elle)|\s*[.!,]|\s*$| avant)",
        r"\b(?:payer|paye|paie|envoyer|envoie|repondre|l'argent|les photos|virer|verser)(?: \S+){0,4}? (?:avant|d'ici|jusqu'a) (?:ce soir|minuit|demain|midi|"
        r"\d+ ?h\b|la fin de la journee|\d+ ?heures?)",
        # ES: "me dio hasta esta noche para pagar", "dice que tengo 2 horas para pagar",
        # "le dijo a mi hija que tenia hasta la medianoche"
        r"\b(?:me|le|les) (?:dio|da|dieron|dan|daba) (?:solo |nada mas )?(?:hasta|\d+ ?(?:horas?|minutos?|min|hrs?|h|dias?)\b|una hora|un dia|media hora|24 ?h|48 ?h|"
        r"un plazo|un ultimatum)",
        r"\b(?:" + _DIJO_ES + r")(?: \S+){0,4}? (?:que |q |ok )?(?:tengo|tenia|tiene|tenemos|tenia) (?:(?:solo |nada mas |apenas )?\d+ ?(?:horas?|hrs?|h|minutos?|min|dias?)\b|"
        r"hasta (?:la medianoche|medianoche|esta noche|la noche|manana|hoy|las \d+|el mediodia|mediodia|\S+))"
        r"(?: para (?:pagar|mandar|enviar|contestar|depositar|darle|pagarle|mandarle|responder)|,? (?:o|si no|sino)\b|\s*[.!,]|\s*$| antes)",
        r"\b(?:pagar|pague|pagarle|mandar|mande|depositar|deposite|enviar|envie|contestar|el dinero)(?: \S+){0,4}? (?:antes de (?:la |las )?|hasta (?:la |las )?)"
        r"(?:esta noche|noche|manana|medianoche|\d+|hoy|mediodia)\b",
        flag="deadline",
    ),
    # --- pressure_urgency: pressure and guilt -------------------------------------------------
    *_p(
        C.PRESSURE_URGENCY,
        "the reporter says the contact pressures the child, gets angry at delays or says they owe him",
        # "he gets mad if i don't answer right away", "keeps pressuring me", "says i owe him"
        r"\b(?:gets?|got|getting|goes|went) (?:really |so |super )?(?:mad|angry|upset|pissed|annoyed|mean|aggressive|crazy)(?: at (?:me|her|him))? (?:if|when|whenever|every time) "
        r"(?:i|she|he) (?:don't|dont|do not|doesn't|didn't|can't|won't|take|takes|am|is|ignore|ignores|say|says|leave|leaves|stop|stops|go|goes)\b",
        r"\b(?:keeps?|kept|been|is|was|keep|always|constantly) (?:pressuring|pressurin|guilt ?tripping|guilting|spamming|harassing|"
        r"hounding|badgering|stalking|threatening) (?:me|her|my " + _KID_EN + r")\b",
        r"\b" + _SAY_EN + r"(?: \w+){0,2}? (?:i|she|he) (?:owe|owes|owed) (?:him|her|them)\b",
        r"\b(?:won't|wont|doesn't|does not|will not|didn't) (?:leave (?:me|her|him) alone|stop (?:texting|messaging|asking|calling|spamming|bugging)|take no for an answer)\b",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "the reporter says the contact pressures the child, gets angry at delays or says they owe him",
        # FR: "il s'enerve si je reponds pas tout de suite", "il me met la pression", "que je lui dois"
        r"\b(?:s'enerv\w*|senerv\w*|se fach\w*|pete un cable|devient (?:mechant|agressif|fou)|s'enerve)(?: \S+){0,2}? (?:si|quand|des que|a chaque fois que) (?:je|j'|elle|il)\b",
        r"\b(?:me|lui|la|le|m') ?(?:met|mettait|a mis|mets) (?:la |de la |trop la |trop de )?pression\b|\b(?:me|la|le) (?:harcel\w*|press\w*|relanc\w*)\b(?! (?:d'\w+ )?(?:orange|citron))",
        r"\b(?:que je|que j'|qu'elle|ke je|qu'il) (?:lui|leur) (?:dois|devais|doit|devait)\b(?! (?:de l'argent pour|un service))",
        r"\b(?:arrete pas|arret pas|cesse pas) de (?:m'ecrire|me texter|m'envoyer des messages|me relancer|la relancer|lui ecrire|me harceler|la harceler|me spammer)\b",
        # ES: "se enoja si no le contesto rapido", "me presiona", "dice que le debo"
        r"\bse (?:enoja|enojaba|enojo|molesta|molestaba|pone (?:bravo|furioso|agresivo|loco)|enfada|enfadaba) (?:mucho |bien )?(?:si|cuando|cada vez que) (?:no )?\b",
        r"\b(?:me|la|lo|le) (?:presiona|presionaba|presiono|esta presionando|sigue presionando|acosa|acosaba|hostiga|hostigaba)\b",
        r"\b(?:" + _DIJO_ES + r")(?: \S+){0,2}? (?:que |q |ok )?(?:le )?(?:debo|debia|debe|debemos) (?:algo|todo|mucho)?\b(?! (?:de |la |el )?(?:tarea|proyecto))",
        r"\bno (?:me |la |lo )?deja (?:de escribir\w*|en paz|de mandar\w* mensajes)\b",
    ),
]
REPORTED_PATTERNS = _guarded(REPORTED_PATTERNS)
