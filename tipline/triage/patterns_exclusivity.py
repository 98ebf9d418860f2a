"""Grooming-tactic patterns, exclusivity: keeping the contact secret, deleting messages, moving to another app or disappearing messages, and turning the child against family and friends. Folded text, English, French and Spanish, as
described in patterns.py.

The regexes are written for families of phrasings (who is kept in the dark x what is hidden x
how it is said), with the texting forms the folding leaves alone ("any1", "noone", "msg",
"msjs", "guasap", "sen fout") spelled out here. Context words keep tactics apart from everyday
talk: a secret is kept from *your* parents or *anyone* (not from Mia before her surprise party),
messages are deleted on request (not "I deleted the chat by accident"), an app is somewhere to
move the talk *to* (not a news story about it), and family or friends are run down about *you*
("they don't get you"), not about a game.

Speed: each tactic is split into a few groups (one reason each), and every regex is written so
that the prefilter (prefilter.py) finds a rare literal in it: alternatives are flat word lists
glued to the literal before them ("your mom", " snap", " understand you"), with no optional
item between a fixed word and the list that follows it.
"""

from __future__ import annotations

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import Pattern, _p

# --- local fragments (flat alternations, see the module docstring) ---------------------------
# Who a child is turned against or kept in the dark: "your mom", "ur friends" (folded "your").
_KIN_EN = (
    r"(?:parents|parent|mom|mum|mommy|mummy|mother|dad|daddy|father|folks|family|fam|mama|papa|"
    r"stepmom|stepmum|stepdad|step mom|step dad|sister|sis|brother|bro|siblings|sibling|aunt|uncle|"
    r"granny|grandma|grandpa|nan|grandparents|teacher|teachers|friends|friend|freinds|freind|frends|frnds|familly|famly|mates|mate|bff|bffs|"
    r"bestie|besties|best friend|pals|buddies|homies|squad|classmates|coach|counselor|counsellor|"
    r"guardian|guardians|carer|foster parents|boyfriend|girlfriend)"
)
_YOUR_KIN = rf"(?:your|you) {_KIN_EN}"
_PAR_EN = r"(?:parents|parent|mom|mum|mommy|mother|dad|daddy|father|folks|family|mama|papa)"
_ANYONE_EN = (
    r"(?:anyone|any one|any1|anybody|any body|no one|noone|no1|nobody|no body|a soul|the others|"
    r"others|people|everyone|every1|everybody)"
)
# Words spelled with a doubled digit ("k33p", "n0 0n3"): the folding reads a digit as a letter only
# between two letters, so these stay as typed.
_KEEP = r"(?:keep|keeping|k33p|k33ping|k3ep|ke3p|kep|keeo)"
_BETWEEN = r"(?:between|betwen|betwean|b3tw33n|betw33n|b3tween|btwn)"
_NOONE = r"(?:nobody|no one|noone|no1|no body|n0 0n3|n0 one|no 0ne|no 0n3|n0b0dy|nob0dy|n0body|nobodey|nobdy|noboby)"
_DISAPPEARING = (
    r"(?:disappearing|dissapearing|disapearing|dissappearing|disappering|dissapering|disapering|"
    r"disappearin|dissapearin|disapearin|disappear|dissapear|disapear|vanishing|vanish)"
)
_MESSAGES = r"(?:messages?|mesages?|messeges?|mesiges?|massages|msgs?|texts?|txts?|chats?|dms?|pics?|mode)"
_ELSE = r"(?: else| els| elss| elce| elses| 3ls3| els3| 3lse)?"
# "understands you" and the ways it is typed ("undrstands u" is folded to "undrstands you").
_GETS_YOU = (
    r"(?:understands you|undrstands you|understnds you|unerstands you|understans you|understands ya|undastands you|"
    r"understand you|undrstand you|understnd you|gets you|get you|cares about you|cares abt you|cares bout you|care about you|"
    r"loves you|knows you|listens to you|sees you|appreciates you|values you|is there for you|accepts you)"
)
_SECRET = r"(?:secret|secrets|secrit|secrits|sekret|secrat|scret|secrete|secreet|sercet|secet|secert)"
_MSG_EN = (
    r"(?:chats|chat|convos|convo|conversations|conversation|messages|message|msgs|msg|msges|"
    r"texts|text|dms|pms|history|threads|thread|snaps|pics|photos|everything|it all)"
)

_KIN_FR = (
    r"(?:ta mere|ta mer|ton pere|ton per|ta maman|ton papa|tes parents|ta famille|ta daronne|"
    r"ton daron|tes darons|tes vieux|ta soeur|ton frere|tes soeurs|tes freres|tes profs|ton prof|ta prof|"
    r"tes potes|ton pote|tes amis|tes amies|ton ami|ton amie|tes copains|tes copines|ta copine|"
    r"ton copain|tes chums|ton chum|ta meilleure amie|ton meilleur ami|ta bff|ton entourage|"
    r"tes grands[- ]parents|ta tante|ton oncle|tes parent|ta mom|ton pere)"
)
_PERSONNE = r"(?:personne|personn3|persone|personn|perssone|qui que ce soit|quiconque)"
_SECRET_FR = r"(?:secret|secrai|secre|sekret|segret)s?"
_MSG_FR = (
    r"(?:msg|msgs|messages|message|mess|conv|convo|conversation|conversations|discussion|discussions|"
    r"discu|textos|texto|sms|chat|chats|historique|photos|photo|snaps)"
)

_KIN_ES = (
    r"(?:tus papas|tus padres|tu mama|tu papa|tu mami|tu papi|tu madre|tu padre|tu familia|"
    r"tus papis|tu vieja|tu viejo|tus viejos|tu jefa|tu jefe|tus jefes|tus familiares|tu hermana|"
    r"tu hermano|tus hermanos|tus hermanas|tu tia|tu tio|tus tios|tu abuela|tu abuelo|tus abuelos|"
    r"tus amigos|tus amigas|tu amigo|tu amiga|tus panas|tu pana|tus compas|tus cuates|tus parceros|"
    r"tus profes|tu profe|tu profesora|tu profesor|tu maestra|tu maestro|tu novio|tu novia|"
    r"tu mejor amiga|tu mejor amigo|tu mai|tu pai|tu mae|tu ma)"
)
_NADIE = r"(?:nadie|nadien|naiden|nadies|nadi3)"
_MSG_ES = (
    r"(?:chat|chats|mensajes|mensaje|mensajitos|msjs|msj|mjs|msgs|msg|conversacion|conversaciones|"
    r"conver|conve|historial|fotos|foto|audios)"
)

# Apps, with the misspellings the folding leaves ("whatsap", "guasap", "wsp"), each starting
# with three fixed letters so that " snap" or "tu wsp" is a literal the prefilter can find.
_APP = (
    r"(?:snapchat|snap chat|snapp|snap|snaps|instagram|insta|instas|whatsapp|whatsap|whats app|whatapp|"
    r"watsapp|watsap|wats app|wasap|wassap|wasapp|wassup app|guasap|guassap|guasapp|wsp|wpp|whats|"
    r"telegram|telegran|telgram|telegrm|tele gram|telegrem|telegrame|telegramme|telegramm|telagram|tellegram|telegarm|telegrama|discord|discrod|disscord|dicord|discorde|diskord|kik|wickr|viber|skype|wechat|tiktok|tik tok|"
    r"facetime|face time|messenger|threema|signal app|session app|line app|signel|signl)\b"
)


# The speaker's own good news, kept quiet until it is announced (see _NEWS below).
_OWN_NEWS = (
    r"(?:i got (?:in|into|accepted|picked|chosen|selected|the (?:job|part|role|place|spot|scholarship|lead))|i (?:made|passed) (?:the|my|it)|"
    r"i'?m (?:pregnant|engaged|moving)|we'?re (?:pregnant|engaged|moving)|"
    r"j'ai ete (?:prise?|acceptee?|admise?|choisie?|selectionnee?|retenue?)|je suis (?:prise?|acceptee?|admise?|enceinte|retenue?)|"
    r"j'ai (?:eu|reussi|obtenu|decroche) (?:le|la|mon|ma|l'|mes)|"
    r"me (?:aceptaron|admitieron|eligieron|escogieron|seleccionaron|cogieron|dieron (?:la|el))|estoy embarazada|aprobe|quede (?:en|seleccionad[oa]))"
)
# A surprise for someone else, or the asker's own embarrassment, later in the same message: "ni una
# palabra a la abuela, se lo decimos en su cumple", "don't tell your brother, we're getting the puppy".
_SURPRISE = (
    r"(?![^\n]{0,80}\b(?:(?:surprise|suprise|sorpresa|sorpresita)(?! (?:for you|pour toi|para ti))|"
    r"(?:his|her|their|mom'?s|mum'?s|dad'?s|su|sus|son|sa|ses) (?:birthday|bday|b-day|cumple\w*|anniv\w*|fete|fiesta|party|present|gift|regalo|cadeau)|"
    r"se lo (?:decimos|contamos|damos|diremos|vamos a decir)|on (?:lui|leur) (?:annonce|dira|dit|offre)|"
    r"(?:we'll|we will|we're going to) tell (?:her|him|them)|puppy|kitten|cachorr\w+|chiot|"
    # the asker will tell the parent: "i'll call her myself", "je lui dirai moi-meme", "se lo digo yo"
    r"(?:i'?ll|i will|i'?m going to|let me|i want to) (?:tell|call|text|email|talk to|speak to|ring|ask) (?:her|him|them)(?: myself| first| personally| tonight| later)|"
    r"je (?:vais )?(?:lui|leur) (?:dire|dirai|parler|parlerai|annoncer|annoncerai|telephoner|telephonerai)(?: moi-meme| moi meme| en personne)|"
    r"(?:yo )?se lo (?:digo|dire|cuento|contare|voy a decir) yo|"
    r"verguenza|la honte|j'ai honte|so embarrass\w*|i'?m embarrassed|" + _OWN_NEWS + r"|"
    r"(?:she|he|they)(?:'ll| will|'d| would) (?:want|wanna|be jealous|get jealous|be raging)|jealous|celos[oa]s?|se (?:pica|picaria|va a picar|enoja|pone celos\w*)|"
    r"(?:elle|il|ils) (?:va|vont|voudra|voudront) (?:vouloir|etre jaloux\w*|etre jalouse)|jaloux|jalouse|"
    r"spoil\w*|the ending|the end of (?:the|that|this) (?:movie|film|show|book|episode|series|game)|la fin (?:du|de la) (?:film|serie|livre|episode)|el final de (?:la|el) (?:peli\w*|serie|libro|episodio)|"
    r"(?:que je|qu'je|that i|que me) (?:trippe sur|tripe sur|kiffe|crush sur|like|have a crush on|fancy|gusta|mola|mole) (?!you\b|toi\b|te\b|tu\b|ti\b|me\b)\w+)\b)"
)
# The speaker's own news, kept quiet until it is announced ("garde ca pour toi pour l'instant mais j'ai
# ete prise", "keep it between us but i got into the program"): not a request to hide the contact.
# "no need to tell your mom about the test, i'll email her": a school matter, not the contact.
_SCHOOL_NEWS = (
    r"(?! (?:about|abt|bout) (?:the|your|a|this|that|today'?s) (?:test|exam|grade|grades|homework|quiz|project|assignment|score|results?|"
    r"detention|report|report card|field trip|trip|practice|game|match|party|surprise|gift|present)\b)"
)
_NEWS = r"(?![^\n]{0,80}\b" + _OWN_NEWS + r"\b)"
# A counsellor naming a common feeling, not a contact running the family down: "it's normal to feel
# your parents don't understand you sometimes; let's think how you could talk to them", "es normal
# sentir que tus padres no te entienden a veces; pensemos como podrias hablarlo con ellos".
_COUNSEL_BEFORE = "".join(
    f"(?<!{w} )"
    for w in ("normal to feel like", "normal to feel that", "normal to think that", "normal to think",
              "normal sentir que", "normal pensar que", "normal creer que", "normal que", "normal de sentir que",
              "normal de penser que", "normal d'avoir l'impression que", "normal de trouver que")
)
# A counsellor or nurse naming the feeling, not the contact claiming it: "if you ever feel like no one
# understands you", "si tu as l'impression que personne ne te comprend", "si sientes que nadie te entiende".
_FEEL_BEFORE = "".join(
    f"(?<!{w} )"
    for w in ("feel like", "feel that", "feeling like", "feels like", "l'impression que", "sentiment que", "sens que",
              "sientes que", "sientes como que", "sentir que", "sensacion de que")
)
_COUNSEL_AFTER = (
    r"(?![^.?!;\n]{0,12}\b(?:sometimes|at times|now and then|a veces|de vez en cuando|parfois|des fois|de temps en temps|par moments)\b)"
    r"(?![^\n]{0,90}\b(?:let'?s (?:think|figure out|work out|talk) (?:about )?how|how (?:you|to) (?:could |can |might )?(?:talk|bring it up|explain)|"
    r"pensemos (?:en )?como|veamos (?:como|de que manera)|(?:como|de que manera) (?:podrias|puedes|podemos) (?:hablarlo|hablar|decirselo|contarselo|explicarselo)|"
    r"reflechissons (?:a|à) comment|voyons comment|comment tu (?:pourrais|peux) (?:leur en parler|en parler|leur parler|leur expliquer))\b)"
)
# The asker's own bad photo ("la photo floue de moi"), not the chat: not a request to hide anything.
_EMBARRASSED = (
    r"(?![^\n]{0,60}\b(?:blurry|ugly|awful|cringe|embarrassing|floue?s?|moche|ratee?s?|horrible|affreuse?|la honte|"
    r"borros[oa]s?|fe[oa]s?|verguenza|me caigo|je tombe|bizarre|weird|stupid|dumb|ridicule|stupide|rar[oa]|ridicul[oa])\b)"
)


# A whole group told to move ("our team chat is moving to discord, everyone join"): not the two of them.
_GROUP_MOVE = (
    r"(?![^.?!]{0,40}\b(?:(?:everyone|everybody|all of you|y'all|you all|all members) (?:join|should|needs? to|must|please|has to|have to|can)|"
    r"(?:team|class|club|group|squad|school) (?:members|updates|chat|announcements|news))\b)"
)


def _words(*alts: str) -> str:
    return "(?:" + "|".join(alts) + ")"


# Verbs of not-understanding, each glued to its object ("understand you", "care about you").
_VERB_YOU_EN = _words(
    *[
        f"{v} {o}"
        for v in (
            "understand", "understands", "undrstand", "understnd", "unerstand", "understand", "get",
            "gets", "care about", "cares about", "care abt", "cares abt", "care bout", "cares bout",
            "care for", "cares for", "give a damn about", "give a crap about", "love", "loves",
            "appreciate", "appreciates", "listen to", "listens to", "respect", "respects", "value",
            "values", "deserve", "deserves", "support", "supports", "accept", "accepts", "see",
            "sees", "know", "knows", "notice", "notices",
        )
        for o in ("you", "ya")
    ]
)

EXCLUSIVITY_PATTERNS: list[Pattern] = [
    # --- secrecy: do not tell ------------------------------------------------------------------
    *_p(
        C.SECRECY,
        "asks the child not to tell anyone about the contact",
        # "don't tell anyone", "never tell your mum about me", "you can't tell any1 about us"
        r"\b(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bpeople )(?<!\bhe )(?<!\bshe )(?<!\bwould )(?<!\bi'd )(?<!\bi'll )"
        r"(?:don'?t|do not|never|can'?t|cannot|can not|mustn'?t|must not|shouldn'?t|should not|better not|won'?t|will not|not to)"
        r" (?:ever )?(?:go |be |start |even )?(?:tell|telling|tellin'?|say anything|say a word|say nothing|mention|mentioning|mentionin'?|bring up|bring it up|bring me up|bring us up|breathe a word|talk to|talk about|speak to|speak about|show it|show this|show anyone|show anybody|show your|let on)"
        r"(?: (?:it|this|that|anything))?(?: (?:to|2|about|abt|bout|of|with))?(?: (?:this|that|it|us|me))?(?: (?:to|2|with|around))?"
        rf" (?:{_ANYONE_EN}\b|{_YOUR_KIN}\b|any of your \w+)" + _SURPRISE,
        # "don't you dare tell", "don't even think about telling"
        r"\b(?:don'?t you dare|dont you dare|don'?t even think about|you better not|you'?d better not|you had better not) "
        r"(?:tell|telling|say|saying|mention|mentioning|show|showing|breathe|snitch|snitching|grass)\b" + _SURPRISE,
        # "tell anyone and i post it": a threat that keeps the child quiet
        rf"\b(?:tell|show) (?:{_ANYONE_EN}|{_YOUR_KIN}|the police|the cops)\b(?: about (?:this|us|me|it))?,? and (?:i'?ll|i will|i|they'?ll|everyone|it goes|it'?s going|the (?:pic|pics|video|vid|photos?) goes?)\b",
        # "better if your parents don't know", "best not to tell anyone"
        rf"\b(?:better|best)(?: if| that)? (?:{_YOUR_KIN}|they|she|he|no ?one|nobody|no body) (?:don'?t|doesn'?t|do not|does not|never|won'?t) (?:know|find out|hear|see)\b",
        r"\b(?:better|best) not (?:to )?(?:tell|mention|say anything)\b" + _SURPRISE,
        # "don't tell her about us", "never mention me to them"
        r"\b(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bwould )"
        r"(?:don'?t|do not|never|can'?t|mustn'?t|better not|not to) (?:ever )?(?:tell|mention|talk|say anything|say a word|speak)"
        r"(?: (?:them|her|him|anyone|any1|people))?"
        r" (?:about us|abt us|bout us|about me|abt me|bout me|of us|about our|about what we|that we talk|that we chat|that we text|that we speak|"
        r"about talking to me|about this chat|about the chat|about this app|about our chats|we talk|we chat)\b",
        r"\b(?:tell|say|show) (?:no one|noone|nobody|no body|no1|nothing to)\b",
        r"\bnot a (?:word|peep|single word)(?: of this| about (?:this|us|me))? to (?:anyone|any one|anybody|your|them)\b",
        r"\b(?:promise|swear)(?: me)?(?: that)? (?:not to tell|you won'?t tell|you will not tell|you will never tell|you wont tell|"
        r"you never tell|you don'?t tell|you'?ll never tell|not to mention)\b",
        rf"\b(?:if you tell|if you ever tell|if you show|if you ever show) (?:{_ANYONE_EN}\b|{_YOUR_KIN}\b)",
        # French: "ne dis rien a personne", "parles-en pas a ta mere", "parle pas de nous"
        rf"\b(?:dis|dit|di|dites|dire|raconte|racontes|raconter|parle|parles|parler|montre|montres|montrer|previens)"
        rf"\b[^.?!]{{0,25}}\b(?:a|à|au) {_PERSONNE}\b" + _SURPRISE,
        # "t'as pas interet a en parler", "pas question que tu le dises", "ose pas le dire"
        r"\b(?:t'as|tu as|t as|tas|ta) pas interet (?:a|à) (?:le |en |lui |leur |leurs )?(?:dire|parler|raconter|montrer|balancer|cafter)\b",
        r"\b(?:pas question|hors de question) (?:que tu|qu'tu) (?:le |en |lui |leur )?(?:dises|parles|racontes|montres|balances)\b",
        r"\b(?:ose|oses|viens|vas) (?:pas|jamais) (?:le |en |lui |leur )?(?:dire|parler|raconter|montrer|balancer|cafter)\b",
        # "si tu previens quelqu'un, je publie", "dis-le a qqn et j'envoie tout"
        rf"\bsi tu (?:le |leur |en |lui |la )?(?:dis|parles|racontes|previens|montres|balances|caftes|appelles)(?: (?:a|à|de))? (?:quelqu'un|qqn|qui que ce soit|quiconque|la police|les flics|{_KIN_FR})\b"
        r"(?! (?:de confiance|qui peut|qui pourra|pour (?:t'aider|de l'aide)))(?=[^\n]{0,40}\b(?:je|j'|tout|t'es mort|c'est fini|ca part|on arrete))",
        r"\bsi tu (?:le |leur |en |lui )?(?:dis|racontes|previens|balances|caftes)(?: (?:a|à))? (?:quelqu'un|qqn|qui que ce soit|quiconque)\b(?! (?:de confiance|qui peut))",
        r"\b(?:dis-le|dis le|parles-en|parle-en|parles en|parle en|previens|raconte-le)(?: (?:a|à) \w+)? et (?:je|j') ?(?:publie|poste|envoie|balance|montre|partage|diffuse)",
        r"\b(?:mieux vaut|vaut mieux|c'est mieux|ce serait mieux|c'est mieux de|ca vaut mieux) (?:ne )?(?:pas|rien|jamais) (?:le |leur |lui |en |rien )?(?:dire|parler|raconter|savoir|montrer)\b",
        rf"\b(?:mieux vaut|vaut mieux|c'est mieux|ce serait mieux) (?:que|qu') ?(?:{_PERSONNE}|ils|elle|il|{_KIN_FR}) (?:ne )?(?:le |l'|en )?(?:sache|sachent|apprenne\w*|decouvre\w*)\b",
        rf"\b(?:dis|dit|di|dites|raconte|racontes|parle|parles|montre|montres|mentionne)(?:[- ]?(?:le|la|lui|leur|en|les))?"
        rf" (?:rien|pas|jamais|surtout pas|pas un mot)\b[^.?!]{{0,20}}\b(?:{_KIN_FR}\b|de nous|de moi|sur nous|sur moi|pour nous|pour moi|a propos de nous|de ce qu'on)" + _SURPRISE,
        r"\b(?:faut|faudrait|il faut|tu dois|doit) (?:pas|surtout pas|jamais)(?: que tu)?(?: le| en| lui| leur)? "
        r"(?:dire|dises|parler|parles|raconter|racontes|montrer)\b",
        # Spanish: "no le digas a nadie", "no le cuentes a tu vieja de mi"
        r"(?<!libro )(?<!libro, )(?<!peli )(?<!peli, )(?<!pelicula )(?<!serie )(?<!serie, )(?<!episodio )(?<!capitulo )(?<!juego )(?<!final )"
        r"\bno (?:se |le |les |te )?(?:lo |la |los |las )?(?:digas|diga|digan|cuentes|cuente|contes|comentes|menciones|muestres|ensenes|hables|andes diciendo|andes contando|vayas a decir|vayas a contar|vayas a comentar|vayas a mencionar|vaya a decir)"
        rf"\b[^.?!]{{0,25}}\b(?:{_NADIE}\b|{_KIN_ES}\b|de mi\b|d mi\b|de nosotros|de nosotras|lo nuestro|lo que hablamos|que hablamos|"
        r"que nos hablamos|que hablamos|que te hablo|que te escribo|nada de (?:mi|esto|nosotros))" + _SURPRISE,
        # "ni se te ocurra contarle a tus viejos", "que no se te ocurra decir nada"
        r"\b(?:ni|no) se te (?:ocurra|ocurre|vaya a ocurrir) (?:decir|decirle|decirles|decirselo|contar|contarle|contarles|contarselo|avisar|avisarle|comentar|comentarle|mencionar|hablar|mostrar|mostrarle|ensenar|ensenarle|chivarte|buchonear|soplar)\b" + _SURPRISE,
        # indicative commands: "no le dices a nadie"
        rf"\bno (?:se |le |les )?(?:lo )?(?:dices|decis|cuentas|contas|comentas) (?:nada )?a {_NADIE}\b",
        # "si se lo cuentas, pierdes la plaza", "si le dices a alguien la subo", "diselo y lo subo"
        rf"\bsi (?:se lo |se la |le |les |lo )?(?:cuentas|contas|dices|decis|comentas|avisas|mencionas)(?: algo| la verdad| esto)?(?: a (?:alguien|cualquiera|{_NADIE}|{_KIN_ES}|la policia))?[ ,]+"
        r"(?:pierdes|perdes|se acab\w*|se termin\w*|se cancel\w*|(?:la|lo|las|los|te) (?:subo|publico|mando|envio|paso|muestro|reenvio)|subo|publico|ya no|nunca mas|te vas a arrepentir|te arrepientes)",
        r"\bsi (?:le |les )?(?:dices|decis|cuentas|contas|comentas|avisas)(?: algo| esto| algo de esto)? a (?:alguien|cualquiera|la policia)\b",
        r"\b(?:diselo|dile|deciselo|decile|contale|cuentaselo|contaselo|avisale)(?: a (?:alguien|quien quieras|\w+))? y (?:lo|la|las|los|te) (?:subo|publico|mando|envio|paso|muestro|reenvio)\b",
        # "mejor que no lo sepa aun", "mejor no le digas nada"
        r"\b(?:mejor|es mejor|mas vale)(?: que)? no (?:lo |se )?(?:sepa|sepan|entere|enteren)\b",
        r"\b(?:mejor|es mejor|mas vale) no (?:se lo |le |les |lo )?(?:digas|cuentes|contes|comentes|menciones|decirle|contarle|decirles|contarles|decir nada|contar nada)\b" + _SURPRISE,
        rf"\b(?:a )?{_NADIE} (?:le |les )?(?:digas|cuentes|comentes|menciones|muestres)\b",
        r"\bni una palabra (?:a|de esto|sobre esto)\b" + _SURPRISE,
    ),
    # --- secrecy: a secret between us ---------------------------------------------------------------
    *_p(
        C.SECRECY,
        "calls the contact a secret between the two of them",
        rf"\bour (?:little |lil |lill |l'il |li'l |lil' |litle |lttle |wee |special |own |tiny )?{_SECRET}\b"
        r"(?! (?:santa|recipe|weapon|ingredient|overlords?|sauce|garden|base|hideout|spot|menu|"
        r"society|code|plan|mission|language|handshake|project|stash|passion|talent))",
        rf"\b(?:keep|keeping)(?: (?:us|me|our \w+|this chat|this convo|what we \w+|this friendship|this relationship|the chat|this))"
        rf"(?: a| our)? {_SECRET}\b",
        rf"\bkeep(?:ing)? (?:it|this|that|us|everything|this chat|it all|our \w+)(?: a| our| just)? "
        rf"(?:{_SECRET}|quiet|private|hush hush|on the down ?low|on the dl|on the low|lowkey) (?:from|frm) "
        rf"(?:{_YOUR_KIN}\b|{_ANYONE_EN}\b|them|her|him)",
        rf"\b(?:keep|hide)(?:ing)? (?:it|this|us|me|that|our \w+|the chat|this chat|the app|everything) "
        rf"(?:from|frm|away from) (?:{_YOUR_KIN}\b|{_ANYONE_EN}\b|them|every ?one)",
        rf"\b{_KEEP} (?:it|this|us|everything|things|what we \w+|our (?:chats?|talks?|convos?|messages|texts|friendship|thing))(?: just| only| strictly)? "
        rf"(?:{_BETWEEN} (?:you and me|me and you|me n you|you n me|you and i|us|the two of us|ourselves)|to ourselves)\b" + _NEWS,
        r"\b(?:just|only|strictly|stays|stay|staying|remains|remain|is|it'?s|its|this is|that'?s|totally|all|secret) "
        r"(?:between you and me|between me and you|between me n you|between you n me|between you and i|between us|between the two of us|between ourselves)\b" + _NEWS,
        r"\b(?:between you and me|between me and you|between me n you|between you n me|between you and i|between us two)\s*(?:[.!?,]|$|ok\b|okay\b|right\b|alright\b|yeah\b|k\b)" + _NEWS,
        r"\b(?:can|could|will|would) you keep a secret\b(?![^a-z]{0,6}(?:i got|i made|i passed|i won|i'm (?:pregnant|engaged|moving|getting)|i am (?:pregnant|engaged)|we'?re (?:getting|moving|having)|guess what)\b)|\bare you good (?:at|with) (?:keeping )?secrets\b",
        r"\b(?:keep it quiet|keep quiet about (?:us|me|this|it)|keep your mouth shut|mum'?s the word|keep (?:schtum|shtum|stum|mum about (?:us|me|this|it)|your lips sealed|it zipped|it on the hush)|keep (?:it|this) (?:on the )?(?:down ?low|dl|lowkey|hush hush))\b",
        rf"\b(?:c'est|cest|ca reste|ça reste|reste|restera|ce sera|juste) (?:notre|un|juste notre|notre petit|un petit|notre ptit) {_SECRET_FR}\b",
        rf"\bnotre (?:petit |ptit |p'tit )?{_SECRET_FR}\b(?! (?:du chef|de fabrication|de famille))",
        r"(?<!mot de passe, )(?<!mot de passe )(?<!mdp, )(?<!code, )(?<!password, )"
        rf"\b(?:garde|gard3|gardes|gardons|gardez|on garde|garder)(?:[- ](?:le|la|ca|c4|ça|tout|tout ca|ca pour toi))? (?:{_SECRET_FR}|entre nous|pour toi|pour t01|pour nous)\b" + _NEWS
        + r"(?![^.?!\n]{0,30}\b(?:mot de passe|mdp|code pin|code secret|identifiants?)\b)",
        r"\b[e3]ntr[e3] (?:nous|n0us|toi et moi|toi pis moi|toi pi moi|moi et toi|moi pis toi)\b" + _NEWS,
        r"\b(?:es|sera|va a ser|queda como|esto es) (?:nuestro|un) (?:peque\w* )?(?:secreto|secretito|sekreto)\b(?! de (?:cocina|familia|la receta))"
        r"|\b(?:secreto|secretito|sekreto|secret0) entre (?:nosotros|nosotras|tu y yo|vos y yo|los dos|nosotros dos)\b",
        r"\bnuestr[o0a]s? (?:peque\w* )?(?:secreto|secretito|sekreto|secretos|secret0|secreta)\b",
        r"\b(?:queda|qued4|quede|quedara|que quede|quedar|dejemoslo|dejalo|mantengamoslo|mantenlo|mantenelo|guardalo|guardemoslo|esto|3st0|3sto|solo|solamente|nomas) "
        r"(?:entre|3ntr3|entr3) (?:nosotros|nosotras|tu y yo|vos y yo|los dos|las dos|nosotros dos)\b" + _NEWS,
        r"\bentre (?:tu y yo|vos y yo|nosotros dos|yo y tu|yo y vos)\b" + _NEWS,
        # locked away: "this stays in the vault", "ca reste dans le coffre", "esto queda en la boveda"
        r"\b(?:this|it|that|everything|all (?:of )?this|these|what we \w+(?: about)?|what i (?:said|say|told you|tell you)|our (?:chats?|talks?|convos?|messages|secret|thing))"
        r"(?: all| just| only)? (?:stays?|staying|remains?|stay|will stay|'?ll stay|is staying|is locked|gets locked|locked) (?:in|inside) (?:the|our|my|a) (?:vault|lockbox|lock box)\b",
        r"\b(?:locked|lock it|lock this|lock that|keep it|keep this) (?:in (?:the|our) vault|under lock and key)\b",
        r"\b(?:ca|ça|ceci|cela|tout ca|tout ça|c'est|ce qu'on (?:se )?(?:dit|ecrit|raconte)|nos (?:conv\w*|discussions|messages|secrets)|notre (?:secret|conv\w*|histoire))"
        r" (?:reste|restera|va rester|doit rester|restent|resteront|va|ira|part|finit)(?: bien)? (?:dans|au) (?:le |notre |mon |un )?(?:coffre(?:[- ]fort)?|cadenas)\b"
        r"(?! (?:de (?:la|ma|ta) (?:voiture|bagnole|auto)|du (?:char|car|camion)))",
        r"\b(?:esto|eso|todo|todo esto|lo que (?:hablamos|nos decimos|te digo|te dije|hablemos)|lo nuestro|nuestr[oa]s? \w+)"
        r" (?:queda|se queda|quedara|se quedara|va a quedar|debe quedar|tiene que quedar|queda guardado|se queda guardado|va|se va)(?: bien)? (?:en|a) (?:la|nuestra|mi|una) (?:boveda|caja fuerte)\b",
        r"\b(?:esto|eso|todo|todo esto|lo que (?:hablamos|nos decimos|te digo|te dije)) (?:queda|se queda|quedara|va a quedar) (?:guardado )?bajo (?:llave|siete llaves)\b",
        # "what happens here stays here", "ce qui se dit ici reste ici", "lo que pasa aqui se queda aqui"
        r"\bwhat (?:happens|we say|we talk about|gets said|is said|we do|we share|we chat about|we type)(?: in)? (?:here|in this chat|on here|in here|between us)(?:,)? stays (?:here|in this chat|on here|in here|between us)\b",
        r"\bce qu(?:i|'on) (?:se )?(?:passe|dit|raconte|ecrit|fait|partage)(?: entre nous)? (?:ici|dans cette conv\w*|sur ce chat|entre nous),? (?:reste|restera|doit rester) (?:ici|entre nous|dans cette conv\w*)\b",
        r"\blo que (?:pasa|se dice|hablamos|decimos|nos decimos|hacemos|compartimos) (?:aqui|aca|en este chat|por aqui|por aca|entre nosotros),? (?:se queda|queda|se quedara) (?:aqui|aca|en este chat|entre nosotros)\b",
    ),
    # --- secrecy: nobody must find out --------------------------------------------------------------
    *_p(
        C.SECRECY,
        "says parents or others must not find out",
        rf"\b(?:{_YOUR_KIN}|they|she|he|nobody|no one|noone|no1|no body|none of them)"
        r"(?: really| even| ever)? (?:don'?t|doesn'?t|do not|does not|never) (?:have|need|got)"
        r" (?:to know|2 know|to ever know|to find out|2 find out|to hear about|to see this|to see our|to see these|to see my)\b"
        r"(?! (?:how|what|where|when|why|which|who|if|whether|the answer|that|it all|everything))",
        rf"\b(?:{_YOUR_KIN}|{_NOONE}|none of them)(?: really| even| ever)?"
        r" (?:won'?t|will not|wont|shouldn'?t|can'?t|mustn'?t|must not|has to|needs to|has 2|needs 2|must|should|will|can|is going to)"
        r" (?:know|ever know|find out|ever find out|hear about|see this|see our|see these|see my)\b"
        r"(?! (?:how|what|where|when|why|which|who|if|whether|the answer|that|it all|everything))",
        rf"\b(?:don'?t|dont|do not|never) let (?:{_YOUR_KIN}|{_ANYONE_EN}|them|her|him)"
        r" (?:know|see|find out|read|catch|hear|look at)\b(?! (?:how|what|where|when|if|whether))",
        rf"\bif (?:{_YOUR_KIN}|{_ANYONE_EN}|they|she|he) (?:ever )?(?:find out|finds out|see this|sees this|see our|sees our|read this|reads this|read our|reads our)\b",
        rf"\bso (?:that )?(?:your {_PAR_EN}|no one|nobody|no body) (?:don'?t|won'?t|can'?t|doesn'?t|never|cannot) (?:see|find|know|read|check|catch)\b"
        r"|\b(?:and|then|so) (?:nobody|no one|noone|no1|no body) (?:ever )?(?:finds out|find out|will find out|will ever know|knows|will know|sees anything|will see anything)\b" + _SURPRISE,
        # "make sure ur mom doesnt see our msgs", "be sure nobody finds out"
        rf"\b(?:make sure|make shure|be sure|ensure|just make sure)(?: that)? (?:{_YOUR_KIN}|{_NOONE}|they|she|he)"
        r" (?:don'?t|doesn'?t|won'?t|never|can'?t|does not|do not|will not) (?:ever )?(?:see|sees|find out|finds out|find|know|read|reads|check|checks|catch|catches|hear|notice)"
        r"(?: (?:our|these|this|the|my|what we|about us|about me|us|me|it|them)\b)",
        rf"\b(?:no need|there'?s no need|don'?t need|you don'?t have) to (?:bother|ask|tell|inform|involve) (?:your {_PAR_EN}|{_PAR_EN})\b" + _SCHOOL_NEWS,
        # "ain't no need to go tellin' your mama about me", "no reason to go mentioning me to your dad"
        rf"\b(?:ain'?t no need|ain'?t no reason|no reason|no need|there'?s no need|you don'?t need|ya don'?t need|ya don'?t have|ya ain'?t got|ya don'?t gotta|ya don'?t got|you ain'?t got|you don'?t gotta|you don'?t got|you ain'?t gotta|you don'?t have) to "
        rf"(?:go |be |start |ever )?(?:tellin'?|telling|tell|mentionin'?|mentioning|mention|bringing up|bring up|runnin'? to|running to|run to|inform|informing) "
        rf"(?:(?:me|us|this|it) (?:to|with) )?(?:{_YOUR_KIN}|{_ANYONE_EN})\b" + _SCHOOL_NEWS,
        # French: "personne doit le savoir", "que tes parents le sachent pas"
        rf"\b(?:{_PERSONNE}|{_KIN_FR}|ils|elle|il)(?: ne| n')? (?:doit|doivent|dois|va|vont|a|ont|n'a|n'ont)(?: pas| jamais| rien)?"
        r"(?: besoin de| besoin d'| a besoin de)?(?: le| l')? ?(?:savoir|sache|sachent|apprendre|decouvrir)\b",
        rf"\b(?:que|sans que) (?:{_PERSONNE}|{_KIN_FR}|ils|elle)(?: ne| n')? (?:le |l')?(?:sache|sachent|apprenne|apprennent|decouvre|decouvrent|voie|voient)\b",
        rf"\b(?:pas besoin|aucun besoin) (?:de|d')(?: le| la| les| leur| lui)? ?(?:deranger|dire|prevenir|en parler|parler|raconter|demander)(?: a| à)?(?: {_KIN_FR})?\b",
        rf"\b(?:cache|caches|cacher|planque)(?:[- ](?:le|la|les|ca|ça))?(?: (?:notre \w+|ca|ça|la conv\w*|l'app\w*|nos \w+|nous|moi))? (?:a|à|de) {_KIN_FR}\b",
        # Spanish: "tus papas no tienen que saber", "que no se entere tu mama"
        rf"\b(?:{_KIN_ES}|{_NADIE}|ellos|ellas)(?: no)? (?:tiene|tienen|necesita|necesitan|debe|deben|tiene por|tienen por|va a|van a|puede|pueden)"
        r"(?: que| por que| porque)? (?:saber|saberlo|enterar|enterarse|sabe)\b",
        rf"\b(?:que|sin que) (?:no )?(?:se (?:entere|enteren) (?:{_NADIE}|{_KIN_ES})|{_NADIE} (?:se (?:entere|enteren)|(?:lo )?sepa)|{_KIN_ES} (?:no )?(?:se (?:entere|enteren)|(?:lo )?sepan?))\b",
        rf"\b(?:esconde|escondelo|ocultalo|oculta|esconder)\b[^.?!]{{0,15}}\b(?:de|a) {_KIN_ES}\b"
        rf"|\b(?:asi|para que|pa que|pa' que) no (?:te|nos) (?:pillen|pillan|cachen|cachan|descubran|descubren|pesquen|pescan)\b|\by {_NADIE} (?:ve|vera|sabe|sabra|se entera|se enterara) nada\b"
        rf"|\bcomme (?:ca|ça) (?:{_PERSONNE}|{_KIN_FR}|ils|elle|il) (?:ne )?(?:voit|voient|verra|verront|sait|saura|sauront|capte|captent) (?:rien|pas|jamais)\b",
        # "no hace falta que le digas a tu mama de mi", "no tienes por que contarle nada a tus papas"
        r"\bno (?:hace falta|es necesario|necesitas|tienes que|tenes que|tienes por que|tenes por que|hay que|hay por que|hay porque|vale la pena)(?: que)? "
        r"(?:se lo |le |les |lo )?(?:digas|cuentes|contes|menciones|decir|contar|decirle|contarle|decirles|contarles|mencionar|decirselo|contarselo)\b"
        rf"[^.?!]{{0,25}}\b(?:{_KIN_ES}\b|{_NADIE}\b|de mi\b|de nosotros|lo nuestro|lo que hablamos|que hablamos)" + _SURPRISE,
    ),
    # --- secrecy: delete the messages -------------------------------------------------------------
    *_p(
        C.SECRECY,
        "asks the child to delete messages",
        # "delete our chat after u read this", "wipe the msgs"; not "i deleted the chat by accident"
        r"\b(?<!\bi )(?<!\bi just )(?<!\bi'll )(?<!\bshould i )(?<!\bi'm going to )(?<!\bcan i )(?<!\bi will )(?<!\bshould i just )(?<!\bi'm just )(?<!\bi accidentally )"
        r"(?:delete|delet|erase|clear|wipe|remove|unsend|deleet) "
        rf"(?:(?:this|that|these|those|the|our|are|hour|all|all our|all of our|all the|all my|my|your|every|each|our whole|the whole|any) )?{_MSG_EN}"
        r"\b(?! (?:by accident|accidentally|by mistake|lol|haha|because|cuz|too|again))"
        r"(?![^.?!]{0,40}\b(?:space|storage|memory|icloud|cloud|google drive|the drive|gallery|camera roll|duplicates|blurry)\b)",
        r"\b(?<!\bi )(?<!\bi'll )(?<!\bshould i )" + _words(*[f"{v} {o}" for v in ("delete", "erase", "wipe", "clear", "unsend", "remove") for o in ("it", "this", "them", "these", "everything", "all")])
        + r"(?: all)? (?:after|when|once|before|as soon as|right after|later|afterwards)\b",
        r"\b(?:make sure|remember|don'?t forget|be sure|you have to|you need to|you got to|you should|always)(?: to| you)? "
        r"(?:delete|erase|unsend)\b",
        r"\bclear (?:your|the) (?:browser |search |chat )?history\b",
        r"\b(?:hide|hidden|secret|vault|calculator) (?:the )?(?:app|folder|album|vault)\b[^.?!]{0,25}\b(?:so|from|where)\b",
        rf"\b(?:{_DISAPPEARING}|self destructing|self-destructing|auto delet\w+|auto-delet\w+) {_MESSAGES}\b",
        # French: "efface nos msg apres", not "j'ai efface la conv"
        r"\b(?<!\bai )(?<!\bj'ai )(?<!\ba )(?<!\bas )(?<!\bavons )(?<!\bavez )(?<!\bont )(?<!\bil )(?<!\belle )"
        r"(?:efface|effaces|effacez|effacons|supprime|supprimes|supprimez|supprimons)(?:[- ](?:les|la|le|moi))?"
        rf"(?: (?:nos|les|mon|mes|tes|ce|cet|cette|ces|la|le|notre|toute la|toute notre|tous les|tous nos|tout))? {_MSG_FR}\b" + _EMBARRASSED +
        r"(?![^.?!]{0,40}\b(?:plus de place|pas de place|de la place|d'espace|espace|stockage|memoire|vieilles|anciennes|drive|cloud|galerie|pellicule)\b)",
        r"\b(?:pense|penses|oublie pas|n'oublie pas|noublie pas|faut|il faut|tu dois|tu peux|peux-tu) (?:a |à |d'|de )?(?:bien )?(?:tout )?(?:effacer|supprimer|vider)\b"
        # a thing named that is not the chat ("efface le tableau", "supprime l'ancien brouillon") is a chore
        rf"(?! (?:le|la|les|l'|ton|ta|tes|un|une|des|ce|cet|cette|ces|mon|ma|mes)\s?(?!(?:\w+ )?{_MSG_FR}\b)\w)" + _EMBARRASSED,
        # "tu peu effacer notre conv apres ?", "tu pourrais supprimer nos messages"
        r"\b(?:tu peu|tu peut|tu peux|peux tu|peut tu|tu pourrais|tu pourai|pourrais-tu|pourrais tu|tu pourras|tu voudrais bien|tu veux bien|faudrait|faudra|ce serait bien de|ce serait mieux de|c'est mieux d')"
        r" (?:bien )?(?:effacer|efacer|efface|supprimer|suprimer|vider)(?:[- ](?:la|le|les|tout))?"
        rf" (?:nos|notre|la|les|ces|cette|ce|tous les|toute la|toute notre|tout|toute) (?:\w+ )?{_MSG_FR}\b" + _EMBARRASSED,
        r"\b(?:efface|supprime|effaces|supprimes)(?:[- ](?:les|la|le|tout))?\b[^.?!]{0,6}\b(?:apres|après|quand|des que|avant|une fois)\b",
        # Spanish: "borra los msjs dsps de leerlos", not "borre el chat sin querer"
        r"\b(?<!\bya )(?<!\blo )(?<!\bla )(?:borra|borren|borres|borralo|borrala|borralos|borralas|elimina|eliminen|elimines|eliminalo|eliminalos|vacia|deleta)"
        rf"(?: (?:el|la|los|las|este|esta|estos|estas|nuestro|nuestros|nuestra|nuestras|tus|mis|todos los|todo el|toda la|todas las|ese|esos))? {_MSG_ES}\b" + _EMBARRASSED + _SURPRISE + r"(?![^\n]{0,30}\b(?:la abuela|el abuelo|tu abuela|tu abuelo)\b)" +
        r"(?![^.?!]{0,40}\b(?:espacio|memoria|almacenamiento|viejas|viejos|antiguas|antiguos|repetidas|repetidos|borrosas|drive|nube|galeria)\b)",
        r"\b(?:borra|borralo|borrala|borralos|borralas|elimina|eliminalo|eliminalos)\b[^.?!]{0,20}\b(?:despues|dsps|dps|luego|cuando|apenas|al terminar|en cuanto)\b",
        r"\b(?:acuerdate|acordate|recuerda|recorda|no te olvides|no olvides|tienes que|tenes que|hay que|debes|asegurate)(?: de)? (?:borrar|eliminar|vaciar)\b",
        # "puedes borar nuestro chat despues?", "podrias eliminar los mensajes"
        r"\b(?:puedes|podes|podrias|pudieras|puedas|me haces el favor de|porfa|por favor|mejor|quiero que|necesito que)"
        r" (?:borrar|borar|borres|bores|eliminar|elimines|eliminar|vaciar|vacies|borrarlo|borrala|borrarlos)"
        rf" (?:nuestro|nuestros|nuestra|nuestras|el|la|los|las|este|esta|estos|estas|todo el|todos los|toda la|todas las|tus|mis) {_MSG_ES}\b" + _EMBARRASSED + _SURPRISE +
        r"(?![^.?!]{0,40}\b(?:espacio|memoria|almacenamiento|viejas|viejos|antiguas|antiguos|repetidas|repetidos|borrosas|drive|nube|galeria|compartid[oa])\b)",
    ),
    # --- secrecy: a cover story --------------------------------------------------------------------
    *_p(
        C.SECRECY,
        "gives the child a cover story for the parents",
        rf"\b(?<!\byou )(?<!\bdid )(?<!\bto )(?:just say|say|tell them|tell her|tell him|tell your {_PAR_EN})(?: that)? "
        r"(?:you'?re|you are|you were|you'?ll be|you will be|your) "
        r"(?:going to|going over|staying at|staying over|staying with|sleeping at|sleeping over|at a friend|at your friend|at practice|at the library|"
        r"at school|studying|doing homework|with a friend|with your friend|at a sleepover|at the mall)\b",
        r"\btell (?:her|him|them) (?:it was |you were at |you had |you have )?(?:practice|a sleepover|study group)\b",
        r"\bif (?:\w+ ){0,2}(?:asks?|wonders?|wants to know)\b[^.?!]{0,15}\bwho (?:you'?re|you are|you) (?:texting|talking|chatting|messaging|speaking|snapping|on the phone)\b"
        r"|\b(?:just )?(?:say|tell (?:them|her|him))(?: that)? (?:it'?s|its|i'?m|im|you'?re talking to|you'?re texting) (?:just )?(?:someone|somebody|a friend|a mate|a girl|a boy|a kid|your friend|a classmate) (?:from|at|in) (?:school|class|your class|the team|practice|church)\b",
        r"\bsi (?:\w+ ){0,2}(?:te )?(?:demande\w*|pose des questions)\b[^.?!]{0,12}\b(?:a qui|avec qui|c'est qui|qui) (?:tu |t')?(?:parles|ecris|textes|jases|discutes|est)\b"
        r"|\b(?:dis|dis-lui|dis lui|dis-leur|dis leur)(?: que)? (?:c'est|je suis) (?:une? (?:amie?|pote|copine?|fille|gars|camarade) |quelqu'un )(?:de|du|d') ?(?:l'ecole|ta classe|college|l'equipe|ton equipe|ecole|la classe)",
        r"\bsi (?:\w+ ){0,2}(?:te )?pregunta\w*\b[^.?!]{0,12}\b(?:con quien|a quien|quien) (?:hablas|chateas|escribes|te escribe|es|estas hablando)\b"
        r"|\b(?:di|dile|diles|deci|decile)(?: que)? (?:es |soy |con |hablas con |estas hablando con )(?:una? (?:amig[oa]|compa\w*|chic[oa]|companer[oa]) |alguien )(?:del|de la|de tu|de) (?:cole|colegio|escuela|clase|equipo|insti|liceo)",
        rf"\b(?:di|dile|decile|deciles|diles|dile a {_KIN_ES}) que (?:vas|estas|te quedas|te vas|vas a estar|estabas) (?:con|en|a casa|a lo de|donde)\b",
        rf"\b(?:dis|dis-lui|dis lui|dis-leur|dis leur|dis a {_KIN_FR}) que (?:tu vas|t'es|tu es|tu dors|tu restes|tu etais) (?:chez|a la|au|avec)\b",
    ),
    # --- platform_migration: which apps -------------------------------------------------------------
    *_p(
        C.PLATFORM_MIGRATION,
        "asks which other apps the child uses",
        rf"\b(?:do you|did you|you|ya|have you|you ever) (?:have|got|use|hv)(?: a| an)? {_APP}",
        rf"\b(?:what'?s|whats|what is|wat'?s|give me|gimme|send me|drop|share|tell me|send) (?:your|ya) {_APP}",
        rf"\b(?:t'as|tu as|as-tu|t as|ta|tas|t'a|tu a|vous avez|t'aurais|tu aurais)(?: pas)?(?: un| une| le)?(?: compte)? {_APP}",
        rf"\b(?:c'est quoi|cest quoi|c quoi|donne|donne-moi|donne moi|passe-moi|passe moi|envoie|envoie-moi|file-moi|file moi) (?:ton|ta|tes) {_APP}",
        rf"\b(?:ton|ta) {_APP}(?: c'est quoi| cest quoi| c quoi|\s*\?)",
        rf"\b(?:tienes|tenes|tendras|usas|tienes un|tienes una|usas el)(?: cuenta de| un| una)? {_APP}",
        rf"\b(?:pasame|dame|mandame|cual es|me pasas|me das|pasas) (?:tu|el) {_APP}",
        rf"\btu {_APP}(?:\s*\?| cual es| es\b| porfa| dale)",
    ),
    # --- platform_migration: move to an app -------------------------------------------------------
    *_p(
        C.PLATFORM_MIGRATION,
        "pushes to move the chat to another app",
        # "let's move this to snapchat", "dm me on telegram instead", "carry on chatting over on telegram"
        r"\b(?<!\bthe )(?<!\ba )(?<!\bteam )(?<!\bgroup )(?<!\bfamily )(?<!\bclass )(?<!\bsquad )(?<!\bclan )"
        r"(?<!\bchat is )(?<!\bchats are )(?<!\bgroup is )(?<!\bserver is )(?<!\bteam is )(?<!\bclass is )(?<!\bupdates are )(?<!\bannouncements are )(?<!\bclub is )(?:talk|talking|chat|chatting|text|texting|message|msg|dm|pm|inbox|call|add|find me|hit|hmu|hit me up|reach|contact|"
        r"continue|continuing|carry on|keep talking|keep chatting|move|moving|switch|switching|go|come|join|get|pop|hop|jump|head|speak|ping|facetime|video chat|vc)"
        r"(?: (?:me|us|this|it|each other|the chat|our chat|this chat|this convo|the convo|things|up))?(?: up)?(?: (?:over|there|instead))?"
        rf" (?:on|to|in|at|onto|into|via|over on|over to|through|thru)(?: your| my)? {_APP}" + _GROUP_MOVE,
        r"\b(?:let'?s|we should|we can|can we|could we|shall we|why don'?t we|how about we|want to|we could|we'?d better|i'?d rather|"
        r"i prefer|prefer to|easier to|safer to|make we|mek we|make una|mek una|make us|lemme|let me and you|let you and me) (?:just |maybe |then )?"
        r"(?:use|talk|chat|text|move|switch|swich|swtich|swap|change|go|continue|carry on|keep|hop|jump|head|shift|yarn|gist|enter|run)"
        # a whole group moving (the family group, the team chat) is not the two of them going private
        r"\b(?![^.?!]{0,25}\b(?:group|groups|class|team|squad|guild|clan|raid|server|family|everyone|everybody)\b)"
        rf"(?:[^.?!]{{0,25}}\b(?:on|to|in|onto|over|via|at|go|enter)(?: your| my| the)?|(?<=\buse)) {_APP}",
        # "better on snap", "i'd rather talk on whatsapp"
        rf"\b(?:much |way |so much )?(?:better|safer|easier|rather|prefer it) (?:on|via|over on|over|through|thru) {_APP}",
        # "i'll send you the ticket on whatsapp", "te mando el link por whatsapp", "je t'envoie le billet sur whatsapp"
        rf"\b(?:i'?ll|i will|i can|let me|i'?m gonna|ill) (?:send|text|message|msg|dm|pm|snap|call|ring|facetime) you(?: (?:it|them|the \w+|a \w+|my \w+|the rest|more|everything|details|later))? (?:on|over on|via|through|thru|over) {_APP}",
        rf"\b(?:je|j') ?(?:te |t')(?:l'|les |le |la )?(?:envoie|envoi|enverrai|ecris|ecrirai|texte|appelle|passe|ecrit)(?: (?:le|la|les|un|une|des|ca|ça|tout|la suite|le reste) ?\w*)? (?:sur|par|via|en) {_APP}",
        rf"\b(?:te|t) (?:lo |la |los |las )?(?:mando|paso|envio|escribo|hablo|llamo|marco|aviso|sigo)(?: (?:el|la|los|las|un|una|todo|lo|eso|mas) ?\w*)? (?:por|al|en|x|a|por el) {_APP}",
        rf"\b(?:mejor|mas bien|preferible|prefiero|plutot|mieux|de preference)(?: (?:hablamos|seguimos|hablemos|sigamos|hablar|seguir|on continue|on parle|on se parle|continuer|parler))? (?:por|en|x|al|sur|par|via) {_APP}",
        rf"\b(?:add|dm|message|text|snap|msg|pm) me (?:on|at|back on|over on) {_APP}",
        rf"\badd (?:my|your) {_APP}",
        r"\b(?<!\blet me )(?<!\bme )(?<!\bi )(?<!\bi'll )(?<!\bi just )(?<!\bi finally )"
        rf"(?:download|downlod|donwload|install|instal|get|grab)(?: the| a)?(?: app)? {_APP}"
        r"(?=[^.?!]{0,40}\b(?:so|then|and|we|i|to|talk|chat|there|privat\w*|instead|ok|okay|please)\b|\s*[.!?,]?\s*$)",
        rf"\b{_APP} (?:instead|insted|instaed|insteed|instead of here|is better|is easier|is safer|is more private|it'?s better|it'?s easier|it'?s safer|it'?s more private|"
        r"its better|its easier|its safer|its more private|would be better|is way better)\b",
        rf"\b{_APP}[^.?!]{{0,20}}\b(?:so we can|so i can|where we can) (?:talk|chat|text|speak)\b",
        # French: "on continue sur snap", "texte-moi sur snap a la place", "telecharge whatsapp"
        rf"\b(?:(?:r?ajoute|r?ajoutes|r?ajoutez|add)[- ]?(?:moi|moa|nous)|(?:tu |que tu |qu'tu )m'r?ajoutes?)\b[^.?!]{{0,12}}\b(?:sur|a|en|dans) {_APP}",
        r"\b(?<!\best )(?<!\bsont )(?<!\betait )(?<!\bsommes )(?:on continue|on parle|on discute|on jase|on se parle|on s'ecrit|on se texte|on passe|on va|on se retrouve|on bouge|"
        r"pas ici,?(?= (?:en prive|en mp|en pv|plutot))|continu\w*|parl\w*|discut\w*|passe|passons|passez|va|allons|viens-t'en|viens t'en|vien t'en|viens-ten|viens ten|venez-vous-en|viens|vien|rejoin\w*|ecri\w*|texte\w*|envoie\w*|jase|jasons|"
        r"contacte\w*|appelle\w*|message\w*|retrouve\w*)(?:[- ]?moi)?(?: (?:un|une) (?:msg|message|mess|texto|dm|mp|vocal|snap))?(?: plutot| tranquille| plus tranquille| en prive| en mp| en pv| directement)?"
        rf" (?:sur|par|via|dans|en) {_APP}",
        r"\b(?<!\blaisse )(?<!\blaisser )(?<!\bai )(?<!\bj'ai )(?<!\ba )(?<!\bas )"
        rf"(?:telecharge|telecharges|telechargez|telecharje|telechar|installe|installes|installez|instale|prends|chope|choppe)(?:[- ]moi)?(?: l'app| l'appli| l'application)? {_APP}",
        rf"\b(?:tu peux|peux-tu|peux tu|tu pourrais|faut|il faut que tu|tu devrais|essaie de|va) (?:telecharger|installer|prendre|te faire|aller sur|venir sur)(?: un compte)? {_APP}",
        rf"\b{_APP}[^.?!]{{0,25}}\b(?:tranquille|tranquil|tranquilles|en prive|plus prive|plus discret|plus safe|plus securise|plus simple|plus facile|plus pratique|ben mieux|bien mieux|a la place|au lieu d'ici)\b",
        # Spanish: "hablemos por telegram", "pasate a insta", "mandame un whatsapp", "descargate guasap"
        r"\b(?:[bv]amos a (?:h?ablar|chatear|seguir|escribirnos|pasarnos|movernos)|[bv]amonos|ablemos|ablamos|ablame|ablar|hablemos|hablamos|habla|hablame|pasate|psate|pasat|pasemos|pasemonos|pasamos|vamonos|vamos|movamos|vayamos|sigamos|seguimos|"
        r"continuemos|agregame|agrega|anademe|añademe|escribeme|escribime|mandame|enviame|seguime|sigueme|llamame|contactame|buscame|vente|venite|ven|veni|venga|caele|caite|"
        r"hablar|chatear|chateamos|chateemos|mensajeame|escribir)(?: mejor| mas tranquilos| tranquilos| tranquilo)?"
        rf" (?:a|al|por|en|x|x el|por el|en el|pa|pa'l|pal|pa el|para el) {_APP}",
        rf"\b(?:mandame|enviame|escribeme|escribime)(?: un| una)?(?: mensaje| msj| msg| audio| mensajito)?(?: por| al| a| en| x)? {_APP}",
        r"\b(?<!\bme dejo )(?<!\bdejo )(?<!\bdejar )(?<!\bya )(?:descarga|descargate|descargalo|bajate|bajalo|baja|instala|instalate|instalalo|ponte|hazte|hacete|create|abrite|abrete)"
        rf"(?: el| la| una cuenta de| un| la app de| el app de| cuenta en)? {_APP}",
        r"\b(?:tienes que|tenes que|puedes|podes|podrias|deberias|hay que) (?:descargar|bajar|bajarte|descargarte|instalar|instalarte|abrir|hacerte|crearte)"
        rf"(?: el| la| una cuenta de| un)? {_APP}",
        rf"\b{_APP}[^.?!]{{0,25}}\b(?:tranquilos|tranquilas|tranquilo|mas privado|mas seguro|mas facil|privado|en privado)\b",
    ),
    # --- platform_migration: a private channel --------------------------------------------------
    *_p(
        C.PLATFORM_MIGRATION,
        "pushes to a private channel away from this one",
        r"\b(?:much |way |so much )?(?:better|safer|easier|more private) than (?:here|this app|this site|this one|this game|on here|in here)\b",
        r"\b(?:this|the) (?:app|site|game|chat|server) (?:is|gets|might be|could be|may be) (?:watched|monitored|checked|moderated|read|logged|recorded|tracked|not safe|not private)\b",
        r"\b(?:mods|moderators|admins) (?:can|could|might|will|check|read|see)(?: see| read)? (?:our|these|this|the) (?:messages|msgs|chat|dms)\b",
        r"\b(?:we )?can'?t (?:really )?(?:talk|chat) (?:properly |freely |privately )?(?:here|on here|in here)\b",
        r"\bsecret (?:chat|conversation|convo|group|account)\b",
        r"\bpriv(?:ate|at|ite|ete) (?:chat|server|channel|app|group chat|convo|dms|dm)\b",
        r"\b(?:talk|chat|speak|text|message|continue|move|dm)(?: me| us| this)?(?: more)?(?: in)? "
        r"(?:private|privately|privatly|privatley|privately|one on one|somewhere more private|somewhere private|somewhere quieter)\b",
        r"\bfor (?:private|secret) (?:stuff|things|chats|chat|talks|talk)\b",
        r"\b(?:take|taking|move|moving|continue|continuing|carry)(?: on)? (?:this|it|the chat|our chat|this chat|this convo|things|the convo|this conversation) (?:to|into|in|over to) (?:the |my |your )?(?:dms|dm|pms|pm|inbox|private|private messages|direct messages|privates)\b",
        r"\bnot (?:in |on )?the (?:team |class |school )?(?:group|group chat|server)\b",
        r"\b(?:viens|vien|passe|passons|on passe|on se parle|parle|parlons|on parle|ecris|ecri|ecris-moi|envoie|envoie-moi|continue|continuons|on continue|on va|allons|va|jase|jasons|texte-moi|texte moi)"
        r"(?:[- ]?moi)?\b[^.?!]{0,10}\b(?:en|par|sur) (?:mp|pv|prive|priver|message prive|dm|inbox)\b",
        r"\bplus (?:prive|discret|tranquille|safe) (?:que ici|qu'ici|ailleurs|la-bas|la bas)\b",
        r"\b(?:on peut pas|on ne peut pas|peut pas|impossible de) (?:vraiment )?(?:parler|discuter|jaser) (?:ici|tranquille ici|librement ici)\b",
        r"\b(?:hablemos|hablamos|habla|hablame|escribeme|escribime|mandame|pasate|pasemos|seguimos|vamos|sigamos|continuemos)\b[^.?!]{0,12}\b(?:por|x|en|al|a) (?:priv|privado|pv|md|dm|inbox|interno)\b",
        r"\b(?:aca|aqui|aki|por aca|por aqui) no (?:se puede|podemos|puedo|se pueden) (?:hablar|chatear|escribir)\b",
        r"\b(?:mas privado|mas seguro) que (?:aca|aqui|esta app|este chat)\b",
        # "is there somewhere a bit more private we could chat?", "un endroit plus tranquille pour discuter",
        # "otro sitio mas tranquilo donde podamos hablar"
        r"\b(?:somewhere|someplace|some place|anywhere|a place|another place|another app|a different app|a diff app|other app|an app|elsewhere|a spot|another spot|another site)"
        r"(?: (?:a bit|a little|a lil|bit|lil|little|much|way|that'?s|thats|that is|where it'?s|where its))? "
        r"(?:more private|more privat|privater|private|less public|more lowkey|more low key|just for us|more personal|more secure|safer|quieter|more quiet)\b"
        r"[^.?!]{0,25}\b(?:chat|chatting|talk|talking|text|texting|speak|message|msg|dm|we can|we could|we'?d|for us|just us|instead|alone|together)\b",
        r"\b(?:un (?:endroit|coin|lieu|site|autre endroit|autre site|autre coin|autre lieu|chat|salon)|une (?:autre )?(?:app|appli|application|place|plateforme|plate-forme)|autre part|ailleurs|quelque part)"
        r"(?: (?:de|d'un peu|un peu|plus|vraiment|bien))*(?: plus)? (?:tranquille|tranquil|prive|privee|discret|discrete|intime|calme|safe|securise|securisee|peinard|pepere)\b"
        r"[^.?!]{0,20}\b(?:discuter|parler|jaser|ecrire|s'ecrire|se parler|causer|chatter|texter|on peut|on pourrait|on puisse|pour nous|juste nous|toi et moi)\b",
        r"\b(?:otro (?:sitio|lugar|lado|chat|app)|otra (?:app|aplicacion|aplicación|red|pagina|plataforma)|algun (?:sitio|lugar|lado|chat|otro \w+)|alguna (?:app|otra \w+)|un (?:sitio|lugar|chat) |a otro lado|en otro lado)"
        r"(?: (?:mas|un poco mas|bien|muy))? (?:tranquil[oa]s?|privad[oa]|discret[oa]|segur[oa]|calmad[oa]|intim[oa]|reservad[oa])\b"
        r"[^.?!]{0,25}\b(?:hablar|hablemos|hablamos|hablar tu y yo|chatear|chateemos|escribir|escribirnos|podamos|podemos|nosotros|tu y yo|los dos)\b",
        r"\b(?:somewhere|someplace|elsewhere|another app|another place|a different app)(?: else)? (?:to|where we can|we can|we could) (?:talk|chat|text|speak)\b[^.?!]{0,20}\b(?:just us|just the two of us|just you and me|alone|privately|in private)\b",
        # "this one has too many people watching", "ici y a trop de monde qui regarde", "aca hay mucha gente mirando"
        r"\b(?:this (?:one|app|chat|site|server|game|platform|place)|here|on here|in here)\b[^.?!]{0,20}\b(?:too many|to many|2 many|too much|so many) (?:people|ppl|eyes|randoms|users|nosy \w+|mods|kids)"
        r"(?: \w+)? (?:watching|reading|lurking|snooping|spying|looking|seeing|can see|could see|who can see|that can see|checking)\b",
        r"\b(?:too many|to many|2 many) (?:people|ppl|eyes|randoms|users|nosy \w+|mods)(?: that| who)? (?:watching|reading|lurking|snooping|spying|can see|could see|see|read|check)"
        r"(?: (?:us|this|it|everything|what we \w+|our \w+))? (?:here|on here|in here|on this (?:app|site|chat|server|game))\b",
        r"\b(?:ici|icitte|sur (?:cette|c'te|l') ?app\w*|sur ce (?:site|chat|serveur|jeu))\b[^.?!]{0,20}\btrop de (?:monde|gens|personnes|yeux|curieux)\b"
        r"[^.?!]{0,6}\b(?:qui )?(?:regarde\w*|lit|lisent|voi\w*|surveill\w*|espionn\w*|matt?e\w*|trai\w*|fouill\w*)"
        r"(?! (?:le|la|les) (?:match|game|film|spectacle|show|stream|live|video)\b)",
        r"\btrop de (?:monde|gens|personnes|yeux|curieux) (?:qui )?(?:regarde\w*|lit|lisent|voi\w*|surveill\w*|espionn\w*|matt?e\w*)(?: \w+)? (?:ici|sur cette app\w*|sur ce (?:site|chat|serveur))\b",
        r"\b(?:aca|aqui|aki|por aca|por aqui|en esta app|en este chat|en este juego|en este server)\b[^.?!]{0,20}\b(?:mucha|demasiada|tanta|bastante|un monton de) (?:gente|personas|ojos|chismosos)"
        r" (?:mirando|viendo|leyendo|chismoseando|chismeando|vigilando|espiando|que (?:mira|ve|lee|vigila|espia))\b(?! (?:el|la|los) (?:partido|juego|stream|live|video|show)\b)",
        r"\b(?:mucha|demasiada|tanta|un monton de) (?:gente|personas|ojos|chismosos) (?:mirando|viendo|leyendo|chismoseando|vigilando|espiando|que (?:mira|ve|lee)) (?:aca|aqui|aki|por aca|por aqui|en esta app|en este chat)\b",
    ),
    # --- platform_migration: the app as an emoji, the handle in the bio ---------------------------
    *_p(
        C.PLATFORM_MIGRATION,
        "points the child to another app by its logo or a handle in a profile",
        # "add me on the 👻 app", "ajoute-moi sur l'appli 👻", "agregame en la app del 👻" (folded "👻 snapchat")
        r"\b(?:add|ajout|rajout|agreg|anad|follow|sigue|segui|dm me|text|messag|talk|chat|habl|parl|ecri|escrib|move|switch|swich|join|rejoin|pasate|pasemos|on passe|passons|hmu|hit me|cherche|busca|contact)\w*"
        r"(?:[- ]?(?:me|moi|nos|nous|us))?\b[^.?!\n]{0,15}\b(?:on|to|in|onto|over on|over to|sur|en|a|al|dans|x|por|via) "
        r"(?:the |l'|la |le |el |del |my |mon |ma |mi )?(?:app |appli |application |app del |app de |appli de )?\U0001f47b",
        r"\b(?:you got \U0001f47b|you have \U0001f47b|do you have \U0001f47b|have you got \U0001f47b|you on \U0001f47b|t'as \U0001f47b|tu as \U0001f47b|tas \U0001f47b|t'es sur \U0001f47b|"
        r"tienes \U0001f47b|tenes \U0001f47b|usas \U0001f47b)(?: snapchat)?(?:\s*\?| or | ou | o )",
        r"\U0001f47b(?: snapchat)? (?:app |appli |application )?(?:instead|insted|plutot|plutôt|mejor|better|is better|c'est mieux|c mieux|es mejor|a la place|en vez)\b",
        # "my @ is in my bio", "mon @ est dans ma bio", "mi @ esta en mi bio", "my snap's in my bio"
        r"\b(?:my|mon|ma|mi) (?:@|at|handle|user ?name|username|user|snap|snapchat|insta|ig|tele|telegram|whatsapp|number|num|numero|pseudo|usuario|arroba|cuenta|compte)"
        r"(?: (?:is|'s|est|c'est|esta|sta|es))? (?:in|on|dans|sur|en) (?:my|ma|mon|mi) (?:bio|profile|profil|perfil|description|desc)\b",
        r"\b(?:check|look at|see|regarde|mira|checa|revisa|va voir|ve a) (?:my|ma|mon|mi) (?:bio|profile|profil|perfil)\b[^.?!\n]{0,20}\b(?:for|pour|para) (?:my|mon|ma|mi) (?:@|at|handle|snap|insta|ig|number|num|numero|pseudo|usuario|arroba|whatsapp|telegram)",
    ),
    # --- platform_migration: disappearing messages -------------------------------------------------
    *_p(
        C.PLATFORM_MIGRATION,
        "asks for disappearing messages",
        rf"\b(?:{_DISAPPEARING}|self destructing|self-destructing|ephemeral|auto delet\w+|auto-delet\w+|timed|timer|temporary) {_MESSAGES}\b",
        r"\bvanish mode\b",
        r"\b(?:messages|message|msgs|msg|mode|conv|conversation|discussion)s? (?:ephem\w+|3phem\w+|temporaires|temporaire|secrets|secretes|qui disparai\w+|qui se disparai\w+|qui s'efface\w*|qui efface\w*)\b",
        r"\b(?:mensajes?|msjs|msj|mjs|mensajitos|mnsjs) (?:temporales|temporarios|efimeros|que se borran|que borran|que desaparecen|que se autodestruyen|que se eliminan)\b|\bmodo (?:efimero|temporal|fantasma|desaparecer)\b",
        # "alli los mensajes se borran solos", "les messages s'effacent tout seuls", "the messages vanish"
        r"\b(?:mensajes|msjs|chats|fotos|conversaciones|messages|messges|mesages|messeges|msgs|msg|conv|conversations|snaps|texts|pics|photos) (?:se (?:borran|eliminan|van|autodestruyen|desaparecen)|desaparecen|s'e?ff?ac\w*|s'autodetruisent|disparaiss\w*|se suppriment|vanish|disappear|dissapear|disapear|dissappear|delete themselves|auto ?delete|self[- ]destruct|get deleted automatically)"
        r"(?: (?:solos|solitos|sol[oa]s|tout seuls|toute seules|seuls|automatiquement|automaticamente|after|au bout|apres|despues|on their own|by themselves|once|when (?:you|they)|right away))?\b(?! (?:from my|on my|after the update|for no reason|again))",
    ),
    # --- isolation: they don't understand you ---------------------------------------------------
    *_p(
        C.ISOLATION,
        "says family or friends do not understand or care about the child",
        # "your parents don't understand you", "ur mom doesnt care abt u", "they never listen to you"
        rf"\b(?<!\bdid ){_COUNSEL_BEFORE}(?:{_YOUR_KIN}|they|those people|people|everyone else|everybody else)"
        r"(?: just| really| realy| rly| even| actually| truly| ever| all| literally| honestly| clearly| obviously)?"
        r" (?:don'?t|doesn'?t|do not|does not|never|won'?t|can'?t|will never|would never|ain'?t)"
        r"(?: really| realy| rly| even| actually| truly| ever| care to| try to| want to| bother to)?"
        rf" {_VERB_YOU_EN}\b(?! (?:to|for|if|when|because|about|after))" + _COUNSEL_AFTER,
        _FEEL_BEFORE + rf"\b(?:{_NOONE}|none of them|not even your \w+){_ELSE}(?: (?:at|in|from) (?:your|that|this) (?:school|scool|skool|class|family|house|home|team|grade|year|group))?(?: really| realy| rly| reely| actually| actualy| acctually| truly| ever| even)?"
        rf" {_GETS_YOU}\b",
        rf"\b(?:{_YOUR_KIN}|they) (?:wouldn'?t|won'?t|would never|will never|couldn'?t|can'?t)(?: ever)? (?:understand us|understand this|understand what we|understand our|understand about us|understand you like)\b",
        rf"\b{_YOUR_KIN} (?:wouldn'?t|won'?t|wont|would never|will never|couldn'?t|can'?t|never)(?: ever| really)? (?:get it|get us|get this|understand it|understand)(?=\s*(?:[.,!?]|$|anyway|tho|though|like i do|the way i do))",
        r"\b(?:they'?re|they are|there|theyre|they r|their)(?: just| all| always| allways| alwayz| only| so)? (?:against you|out to get you|jealous of you|laughing at you|talking behind your back|using you)\b",
        rf"\b(?:she|he|they|{_YOUR_KIN})(?: just| always| still)? (?:treats you|treat you) like a (?:little |lil |small )?(?:kid|baby|child|toddler)\b",
        rf"\b(?:she|he|they|{_YOUR_KIN})(?: just| only| always| all)? (?:want to control|wants to control|try to control|tries to control|trying to control|want to run your life|wants to run your life)\b",
        # French: "tes parents ne te comprennent pas", "ta mere s'en fout de toi"
        rf"\b{_COUNSEL_BEFORE}(?:{_KIN_FR}|ils|elles|eux)(?: ne| n')? (?:te|t') ?(?:comprend\w*|comprand\w*|conprend\w*|compren\w*|connai\w*|respect\w*|aim\w*|ecout\w*|merit\w*|valoris\w*|apprecie\w*|soutien\w*|voi\w*|accepte\w*|calcul\w*|capte\w*)"
        r" (?:pas|jamais|plus|point|vraiment pas|pas vraiment|pas du tout|pas comme moi|rien|meme pas|meme plus)\b" + _COUNSEL_AFTER,
        rf"\b(?:{_KIN_FR}|ils|elles|elle|il)(?: \w+)? (?:s'en|sen|s en) (?:fout\w*|fou|fous|fiche\w*|balanc\w*|tape\w*|bat\w*|contrefou\w*|branle\w*|sacr\w*|calisse\w*|crisse\w*|cawliss\w*)(?: (?:de toi|d'toi|de ta vie|de ce que tu))?\b",
        rf"\b(?:{_KIN_FR}|ils|elles)(?: ne| n')? (?:s'interesse\w*|s'occupe\w*|se soucie\w*|se preoccupe\w*|pense\w*) (?:pas|jamais|plus)(?: vraiment)? (?:a toi|de toi)\b",
        rf"\b(?:ils|elle|il|{_KIN_FR}) (?:te )?(?:comprendrai(?:en)?t|comprendront|comprendra) (?:pas|jamais|rien)\b",
        rf"\b(?:ils|elle|il|{_KIN_FR})(?: ne)? (?:te traite|te traitent|te considere|te considerent) comme (?:un|une) (?:bebe|enfant|gamin\w*|petit\w*)\b",
        rf"\b(?:ils|elle|il|{_KIN_FR}) (?:veut|veulent)(?: juste| seulement| toujours)? (?:te controler|tout controler|nous separer)\b",
        # Spanish: "tus papas no te entienden", "a tu mama no le importas", "tu familia no te valora"
        rf"\b{_COUNSEL_BEFORE}(?:{_KIN_ES}|ellos|ellas|(?:esas?|esos?) (?:amig\w+|chic[oa]s|pib[ae]s|compas|panas|gente|personas|tip[oa]s|mina?s|pendej[oa]s))(?: realmente| en realidad| ni siquiera)? (?:no|nunca|jamas|ni) (?:te|t) ?(?:banca\w*|soporta\w*|aguanta\w*|pelan|pela|pelaron|entiende\w*|entend\w*|comprende\w*|valora\w*|quiere\w*|escucha\w*|aprecia\w*|respeta\w*|merece\w*|conoce\w*|apoya\w*|cuida\w*|acepta\w*)\b" + _COUNSEL_AFTER,
        rf"\b(?:a )?(?:{_KIN_ES}|ellos|ellas)(?: realmente| la verdad| en verdad)? (?:no )?(?:le|les) (?:importas|interesas|intereses|importa lo que|das igual|vales)\b",
        rf"\b(?:ellos|ellas|{_KIN_ES})(?: te)? (?:tratan|trata) como (?:a )?(?:un|una) (?:nene|nena|niño|nino|niña|nina|bebe|chiquit\w+|crio|cria)\b",
        rf"\b(?:ellos|ellas|{_KIN_ES})(?: no)? (?:entenderian|entenderia|entenderan) (?:lo nuestro|nada|esto)\b",
        rf"\b(?:{_KIN_ES}|ellos|ellas) (?:nunca|jamas|no) (?:lo |te |nos |esto )?(?:va|van|iba|iban) a (?:entender|comprender|aceptar)\b"
        rf"|\b{_KIN_ES} no (?:entiende|entienden|comprende|comprenden|sabe|saben) (?:na'?|nada)\b",
        r"\b(?:siempre |todos )?(?:estan|esta|son) (?:siempre |todos )?(?:en ?contra (?:tuy[oa]|de ti|tuy[oa]s)|contra ti)\b",
    ),
    # --- isolation: only I understand you ---------------------------------------------------------
    *_p(
        C.ISOLATION,
        "claims to be the only one who understands the child",
        rf"\b{_NOONE}{_ELSE} (?:\w+ )?{_GETS_YOU}(?: \w+)? (?:like i do|like me|the way i do|as much as i do|except me|exept me|excpet me|but me|besides me|"
        r"other than me|apart from me|aside from me|more than me|more than i do)\b",
        rf"\b{_NOONE}{_ELSE} (?:but me|except me|exept me|besides me|other than me|apart from me|aside from me)\b",
        r"\b(?:only|just|0nly|onli|onlee) (?:i|me|1)(?: really| truly| actually| can| will| would)? "
        r"(?:get you|gets you|understand you|understands you|understnd you|undrstand you|und3rstand you|understand (?:u|ya)\b|care about you|cares about you|care abt you|love you|loves you|know you|knows you|see you|sees you|listen to you|listens to you|accept you|appreciate you)\b",
        # "they never listened to you like i do", "no one treats you the way i do"
        r"\b(?:never|don'?t|doesn'?t|didn'?t|won'?t|can'?t|no one|nobody|noone) (?:really |even |ever |actually )?(?:gets?|understands?|understood|listens? to|listened to|cares? about|cared about|loves?|loved|knows?|knew|sees?|saw|appreciates?|appreciated|values?|treats?|treated) (?:you|ya) (?:like i do|the way i do|as much as i do|half as much as i do|like i can)\b",
        r"\b(?:no|nunca|jamas|nadie|nadi3) (?:te|t) ?(?:entend|entiend|comprend|escuch|valor|quier|cuid|conoc|apoy|respet|aprecia|trat|trata)\w* (?:como y[o0]|como lo hago y[o0]|tanto como y[o0]|como te \w+ y[o0]|igual que y[o0])(?!\w)",
        r"\b(?:ne |n')?(?:te|t') ?(?:comprend|ecout|aim|connai|respect|apprecie|trait)\w* (?:pas|jamais|plus|pas vraiment) (?:comme moi|autant que moi|comme je le fais)\b",
        # "you're better off with just me", "t'es mieux avec moi", "estas mejor conmigo"
        rf"\byou'?(?:re| are| r|d be| would be| will be|'ll be)? (?:so |way |much |a lot |honestly |just )?better off (?:with (?:just |only )?me|without (?:them|those \w+|any of them|{_YOUR_KIN}))\b",
        r"\b(?:t'es|tu es|t es|tu serais|t'serais|t serais|tu seras) (?:bien |tellement |vraiment |beaucoup )?mieux (?:avec moi|sans (?:eux|elles|tes \w+|ta famille|tes parents))\b",
        r"\b(?:estas|estarias|vas a estar|estarias mucho|stas) (?:mucho |re |mil veces )?mejor (?:conmigo|sin (?:ellos|ellas|tus \w+|tu familia|esa gente|esas \w+|esos \w+))\b",
        r"\b(?:conmigo|me tienes a mi|me tenes a mi) no te hace falta (?:nadie|nada)\b|\bno te hace falta nadie (?:mas|mas que yo)\b|\bno necesitas a (?:nadie mas|nadie mas que a mi)\b",
        r"\b(?:i'?m|i am|1'?m) th[e3] [o0]nly (?:one|person|1)(?: who'?s always| whos always| who is always| who| wh0| that| who will| who can| who'?ll| that'?ll| who really| that really| who actually| who truly| who'?s| that'?s| who is| who'?s actually| who'?s really| who is really| who is actually)? "
        r"(?:gets you|get you|understands you|understand you|cares about you|cares for you|loves you|listens to you|is there for you|will be there for you|"
        r"knows you|accepts you|sees you|on your side|in your corner|got your back|has your back|there for you|(?<=always )(?:there|their)\s*(?:[.!,❤]|$)|does\s*(?:[.!,❤]|$)|really does\s*(?:[.!,❤]|$)|cares\s*(?:[.!,❤]|$))",
        r"\bthe only (?:one|person|1) (?:who|that)(?: really| truly| actually| ever| genuinely)? "
        r"(?:gets you|understands you|cares about you|loves you|listens to you|knows you|accepts you|sees you|appreciates you|is there for you)\b",
        r"\bi care (?:about|abt) you more than (?:they|them|anyone|any one|anybody|your \w+)\b",
        r"\b(?:it'?s |its )?(?:you and me|me and you|us) against (?:the world|them|everyone|everybody)\b",
        # "its u n me vs the world", "toi et moi contre le monde", "tu y yo contra el mundo"
        r"\b(?:you and me|me and you|you n me|me n you|you & me|me & you|you \+ me|me \+ you|you and i|just us two|the two of us|us two)"
        r",? (?:against|vs|v|versus|vs\.) (?:the world|the whole world|everyone|everybody|them all|all of them|them|the rest|your (?:family|parents|folks|friends|mates|fam))\b",
        r"\b(?:toi et moi|moi et toi|toi pis moi|toi \+ moi|toi & moi|nous deux),? (?:contre|vs|versus) (?:le monde|le monde entier|le reste du monde|tout le monde|eux|les autres|la terre entiere|tes \w+)\b",
        r"\b(?:tu y yo|yo y tu|vos y yo|yo y vos|tu \+ yo|tu & yo|nosotros dos|los dos),? (?:contra|vs|versus) (?:el mundo|todo el mundo|el mundo entero|todos|el resto|ellos|los demas|tus \w+)\b",
        # "at least i listen to you", "moi au moins je t'ecoute", "yo al menos te escucho"
        r"\b(?:at least|atleast|unlike them|unlike (?:her|him|your \w+)) i (?:actually |really |still |always )?(?:listen to|listen 2|understand|care about|care abt|respect|appreciate|have time for) (?:you|ya)\b",
        r"\b(?:moi au moins|moi du moins|au moins moi|moi par contre|moi,? au moins),? (?:je |j')?(?:t'|te )(?:ecoute|comprends|comprend|respecte|apprecie|crois|vois|soutiens|prends au serieux)\b",
        r"\b(?:yo al menos|yo por lo menos|al menos yo|por lo menos yo|yo en cambio|yo sin embargo),? (?:si )?(?:te|t) ?(?:escucho|entiendo|comprendo|respeto|valoro|aprecio|creo|apoyo|tomo en serio|hago caso)\b",
        r"\b(?:y a|il y a|ya|y4|y'a|il n'y a|ya juste|y a juste|il y a juste) (?:que |qu3 |juste )?m[o0][i1] (?:qui|qu1|ki|k1|ky|qu'il) (?:(?:te|t3|t') ?(?:comprend\w*|comprand\w*|connai\w*|aim\w*|ecout\w*|respect\w*|voi\w*|apprecie\w*)|(?:suis|serai|sera|est|reste) (?:toujours )?la pour toi)\b",
        r"\b(?:je suis|j'suis|jsuis|chu|je sui|suis) (?:le seul|la seule|la seule personne|le seul mec|l'unique) (?:a |qui |à |ki )?(?:te |t')?(?:comprend\w*|comprendre|connai\w*|connaitre|aim\w*|ecout\w*|vraiment te|tenir a toi|etre la pour toi|(?:est|es|sera|suis) la pour (?:toi|vrai|de vrai)|de ton bord|de ton cote)\b",
        _FEEL_BEFORE + rf"\b(?:{_PERSONNE}|aucun|aucune)(?: d'autre| dautre| d autre| d'autres| ne| n')?(?: ne| n')? (?:te|t') ?(?:comprend\w*|comprand\w*|conprend\w*|connai\w*|aim\w*|ecout\w*|apprecie\w*|respect\w*|soutien\w*)\b"
        r"(?! (?:ce|cette|ces|le|la|les|un|une|l')\b)",
        rf"\b(?:{_PERSONNE}|aucun|aucune)(?: d'autre| dautre| d autre| d'autres| ne| n')?(?: ne| n')? (?:te|t') ?\w+ (?:comme moi|autant que moi|mieux que moi|a part moi|à part moi|sauf moi|a par moi|apart moi)\b",
        r"\b(?:solo|sol0|solamente|nomas|nada mas) (?:yo|y0|yo si|y0 si) (?:te|t3|t) ?(?:entiendo|entiend\w*|3ntiend\w*|comprendo|quiero|valoro|conozco|escucho|cuido|acepto|aprecio|respeto)\b",
        r"\b(?:soy|yo soy) (?:el unico|la unica|el unik|la unik)(?: persona)? (?:que|ke|quien)(?: de verdad| realmente| en serio)? (?:(?:te|t) ?(?:entiende|entiendo|comprende|quiere|valora|conoce|escucha|cuida|acepta|importas?)|(?:esta|estoy|estara|va a estar|siempre esta)(?: siempre)? (?:pa'?|para|por|ahi para|ahi pa'?|ay para|hay para|alli para) (?:ti|vos))",
        _FEEL_BEFORE + rf"\b{_NADIE}(?: mas| nunca)? (?:te|t) ?(?:entiende|entendera|comprende|quiere|querra|conoce|valora|escucha|aprecia|cuida|acepta)\b",
        r"\bnadie (?:como yo|te quiere como yo|te va a querer como yo)\b",
    ),
    # --- isolation: runs down friends and family -----------------------------------------------
    *_p(
        C.ISOLATION,
        "runs down the child's friends or family",
        # "they only pretend to care about you", "ils font semblant de t'aimer", "solo fingen que les importas"
        rf"\b(?:{_YOUR_KIN}|they|those people)(?: just| only| all| really)? (?:pretend|pretends|act like|acts like|fake|fakes|say) (?:they|she|he|to)? ?(?:care|cares|love|loves|like|likes)(?: about)? (?:you|ya)\b"
        r"(?=[^\n]{0,40}\b(?:i do|i actually do|i really do|i truly do|i actually care|i really care|i'?m the only|unlike me|not like me|only i|but i (?:do|care|love|get))\b)",
        rf"\b(?:{_KIN_FR}|ils|elles|elle|il)(?: \w+)? (?:font|fait|faisaient) (?:juste |seulement )?semblant (?:de |d')(?:t'aimer|tenir a toi|s'interesser a toi|s'occuper de toi|te comprendre|t'ecouter|s'en soucier)\b"
        r"(?=[^\n]{0,40}\b(?:moi (?:si|je|au moins|par contre|vraiment)|pas moi|pas comme moi|sauf moi|(?:je suis |y a que moi )?(?:le seul|la seule))\b)",
        rf"\b(?:(?:{_KIN_ES}|ellos|ellas) )?(?:solo |nomas |solamente )?(?:fingen|finge|aparentan|hacen como) (?:que )?(?:te quieren|te quiere|les importas|le importas|te entienden|se preocupan por ti|te escuchan)\b"
        r"(?=[^\n]{0,40}\b(?:yo si|yo de verdad|yo no|pero yo|solo yo|como yo|no como yo|(?:soy )?(?:el unico|la unica))\b)",
        # "tes parents sont toujours sur ton dos", "your family is always on your case"
        rf"\b(?:{_KIN_FR}|ils|elle|il)(?: \w+)? (?:sont|est|sont tout le temps|est tout le temps|sont toujours|est toujours|sont constamment|est constamment|arrete pas d'etre|arretent pas d'etre)(?: toujours| tout le temps| constamment| encore| h24)? "
        r"(?:sur ton dos|sur ton cas|apres toi|a te critiquer|a te crier dessus|a te juger|a te rabaisser|a te surveiller|a te controler)\b",
        rf"\b(?:{_YOUR_KIN}|they)(?:'re|'s| are| is)? (?:always|constantly|forever|all the time|never off|still) (?:on your case|on your back|up your butt|in your face|breathing down your neck|nagging you|yelling at you|picking on you|criticizing you|criticising you|judging you|putting you down)\b",
        rf"\b(?:{_KIN_ES}|ellos|ellas)(?: \w+)? (?:siempre|todo el tiempo|nomas|solo) (?:estan|esta)? ?(?:encima de ti|encima tuyo|encima tuya|sobre ti|jodiendo(?:te)?|reganandote|regañandote|criticandote|gritandote|molestandote|juzgandote|controlandote|fastidiandote)\b",
        rf"\b{_YOUR_KIN} (?:are|is|'re|'s|r)(?: just| only| so| really| all| totally| proper| such| kinda| lowkey| pretty| literally| obviously| clearly| being| super| a bunch of)?"
        r"(?: so| really| such| a bunch of| a| a right| a total| a proper| right| total| complete)?(?: (?:load|bunch|pack|lot) of)?"
        r" (?:muppets|idiots|clowns|morons|mugs|snakes|weirdos|wankers|numpties|rubbish|useless|fake|fakes|phony|phonies|two faced|two-faced|fake friends|not real|not your real friends|not real friends|not your true friends|jealous|haters|using you|users|toxic|childish|immature|losers|"
        r"bad for you|bad influences|a bad influence|holding you back|laughing at you|talking behind your back|talking about you|against you|controlling|overprotective|too strict|so strict|unfair|"
        r"ruining your life|treating you like a kid|treating you like a baby|lying to you|just using you|no good|not good enough for you|beneath you|"
        r"trying to control you|keeping you down|keeping you from me|keeping you away from me)\b",
        r"\b(?:they|those)(?:'re| are| r)(?: just| so| all)? not (?:your real friends|your true friends|real friends|true friends|your friends)\b",
        rf"\byou don'?t (?:have|need) to (?:tell|listen to|obey|ask|explain yourself to|explain anything to) (?:her|him|them|{_YOUR_KIN}) (?:everything|anything|anymore|all the time)\b",
        rf"\b(?<!\bi )(?<!\bwe )(?<!\bthey )(?:don'?t|do not|never) (?:listen to|trust|believe) {_YOUR_KIN}\b(?! (?:about|on) (?:the|that|this|it))",
        r"\byou'?re (?:old|mature|grown|big) enough (?:to decide|to make your own|to choose|not to need|to do what you want|for your own)\b",
        rf"\b(?:{_YOUR_KIN}(?: would| will|'d| just| only| totally)?|she'?d|he'?d|they'?d|she would|they would|he would|she will|they will|he will|they'?re going to|she'?s going to|they'?ll|she'?ll) "
        r"(?:ruin it|ruin this|ruin us|ruin everything|ruin what we have|break us up|keep us apart|take you away|take me away|never let us|never understand us|never understand this|never understand what we have|never understand our)\b",
        # French: "tes potes sont faux", "c'est pas des vrais amis"
        rf"\b{_KIN_FR}(?:,)? (?:c'est|cest|c|ce sont|sont|est|ils sont|elles sont|sont tous|sont toutes)(?: pas)?"
        r"(?: des| de| tes| de vrais| que des| juste des| tous des| trop| tellement| vraiment| tous| toutes| grave| super| full)?"
        r" (?:vrais amis|vraies amies|vrai amis|faux|fausses|fausse|fake|fakes|hypocrites|hypocrite|jaloux|jalouses|jalouse|nuls|nulles|nul|immatures|gamins|bebes|toxiques|toxique|contre toi|des faux amis|"
        r"pas tes vrais amis|pas de vrais amis|pas des vrais amis|pas des vrai amis|de faux amis|des hypocrites|mauvais pour toi|trop stricts|trop strict|trop severes|injustes|controlants)\b",
        r"\b(?:pas des vrais|pas de vrais|pas tes vrais|pas des vraies|pas de vraies|pas tes vraies|pas des vrai|pas de vrai) (?:amis|amies|potes|chums|copains|copines)\b|\b(?:des faux amis|de faux amis|faux potes|fausses amies)\b",
        # Spanish: "tus amigos son re falsos"
        rf"\b{_KIN_ES}(?:,)? (?:son|estan|es|sos)(?: re| muy| unos| unas| bien| tan| super| todos| todas| re contra| medio)?"
        r" (?:falsos|falsas|falso|falsa|fake|fakes|hipocritas|envidiosos|envidiosas|celosos|celosas|inmaduros|inmaduras|malos|malas|traidores|traidoras|toxicos|toxicas|"
        r"una mierda|un asco|unos nenes|unos bebes|muy estrictos|demasiado estrictos|injustos|pesad[oa]s contigo|mal[oa]s contigo|crueles contigo|malas personas)\b",
        r"\bno son (?:tus |unos |unas )?(?:verdaderos|verdaderas|de verdad|reales) (?:amigos|amigas|panas|compas)\b|\bno son (?:tus )?(?:amigos|amigas) de verdad\b|\bfalsos amigos\b|\bfalsas amigas\b",
    ),
    # --- isolation: you don't need them -------------------------------------------------------------
    *_p(
        C.ISOLATION,
        "tells the child they need no one but the contact",
        rf"\b(?:you|ya) (?:don'?t|do not|doesn'?t) need (?:them|her|him|anyone|any one|anybody|anyone else|any of them|{_YOUR_KIN})\b(?! (?:to|for) )",
        r"\b(?:you|ya) (?:only|just) need me\b|\ball you need is me\b|\bi'?m all you need\b|\byou need no one (?:else|but me)\b|\byou need nobody (?:else|but me)\b|\byou (?:only|just) have me\b|"
        r"\byou(?:'ve| have)? got me (?:now|instead|for that|for everything)\b",
        r"\b(?:t'as|tu as|ta|t as|tas|t'a) (?:pas|plus|pas vraiment) besoin (?:d'eux|d'elles|de lui|d'elle|de tes \w+|de ta \w+|de ton \w+|de personne|de ta famille|d'eux autres|d'autres)\b",
        r"\b(?:t'as|tu as|ta|t as|tas|t'a) (?:besoin que de moi|besoin juste de moi|besoin de personne d'autre|juste besoin de moi|que moi|juste moi|seulement moi)\b",
        r"\b(?:t'as|tu as|t as|tas) moi\b(?: maintenant| a la place)?(?=\s*(?:[.!,❤]|$|maintenant))",
        r"\bno (?:los|las|la|lo) ne[cs]+e?s+it\w*\b(?=[^.?!]{0,25}\b(?:me tienes|me tenes|tienes a mi|tenes a mi|a mi|yo)\b)",
        rf"\bno necesit\w* a (?:{_NADIE}|{_KIN_ES}|ellos|ellas|nadie mas)\b",
        r"\b(?:solo|solamente|nomas|nada mas) (?:me necesitas|necesitas a mi)\b|\bsolo me tienes a mi\b|\bme tienes a mi y punto\b",
    ),
    # --- round 5b: tactics said in passing inside whole conversations ---------------------------
    *_p(
        C.SECRECY,
        "asks the child not to tell anyone about the contact",
        # "dont tell ur friends about me, theyd be jealous": jealousy here is the contact's reason, not a surprise
        rf"\b(?<!\bi )(?<!\bwe )(?<!\bthey )(?:don'?t|do not|never|can'?t|better not|not to) (?:ever )?(?:tell|mention|say anything to) {_YOUR_KIN} (?:about|abt|bout) (?:me|us)\b(?! \w+ing\b)",
        # "if u block me or tell anyone i send it", "tell him and i send it to him first"
        rf"\b(?:block|report|ignore|unfriend|unadd|delete) me or (?:tell|show) (?:{_ANYONE_EN}|{_YOUR_KIN}|the police|the cops|him|her|them)\b",
        r"\btell (?:him|her|them) and i(?:'ll| will)? (?:send|post|share|leak|show|forward)\b",
        # "and no cops", "y nada de policia", "et pas de flics"
        r"\b(?:and |also )?no (?:police|cops|5-0)(?=\s*(?:[.!,]|$| either| or | and ))",
        r"\b(?:y |e )?nada de (?:policia|polis|pacos|tombos|denuncias|carabineros)\b",
        r"\bpas de (?:police|flics|keufs|plainte)(?=\s*(?:[.!,]|$| non plus| sinon| ou ))",
        # "pas un mot a ton pere", "ni una palabra a tu mama"
        rf"\bpas un mot (?:a|à) (?:{_KIN_FR}|{_PERSONNE})\b",
        rf"\bni (?:una )?(?:palabra|pio|media palabra) a (?:{_KIN_ES}|{_NADIE})\b",
        # Chilean and Rioplatense forms: "no le digai a nadie", "no le contis"
        rf"\bno (?:se |le |les )?(?:lo |la )?(?:digai|digais|contis|contai|cuentis|comentis)\b[^.?!]{{0,25}}\b(?:{_NADIE}\b|{_KIN_ES}\b|de mi\b|de nosotros)" + _SURPRISE,
        # threats that keep the child quiet: "si le cuenta a alguien o me bloquea, publico"
        rf"\bsi (?:le |les |se lo |lo )?(?:cuenta|cuentas|contas|dice|dices|decis|comenta|comentas|muestras|ensenas) a (?:alguien|{_NADIE}|{_KIN_ES}|la policia)\b"
        r"(?:[^.?!]{0,20}\b(?:o|y) me (?:bloque\w*|reporta\w*|denuncia\w*))?[,]? (?:publico|subo|mando|envio|la subo|lo subo|las subo|la publico|lo publico|se la mando|se lo mando|se las mando|te arrepientes|la reciben|la ven)\b",
        # "don't mention it at home"
        r"\b(?:don'?t|do not|never|better not) (?:mention|bring up|say anything about|talk about) (?:it|this|that|me|us|the \w+) (?:at home|around your \w+|in front of your \w+)\b",
    ),
    *_p(
        C.SECRECY,
        "says parents or others must not find out",
        # "she doesnt have 2 kno", "they don't need to know"
        rf"\b(?:she|he|they|{_YOUR_KIN}) (?:doesn'?t|don'?t|does not|do not|dont) (?:have|need|gotta) (?:to|2) (?:know|kno|no|find out|see this)\b(?! (?:the|about the|your|how|what|where|when|why|which|if|yet)\b)" + _SURPRISE,
        # "personne saura", "personne le saura"
        rf"\b{_PERSONNE} (?:ne )?(?:le |l'|en )?(?:saura|saurait|va savoir|va le savoir|va rien savoir|en saura rien|le saura|doit savoir|doit le savoir|dois savoir|doit rien savoir)\b"
        r"(?=\s*(?:[.,!?;]|$|[\U0001f300-\U0001faff\u2600-\u27bf]|on |c'est |promis|t'inquiete|je te jure))",
        # "no tienen por que saberlo", "no hace falta que lo sepan", "nadie tiene que ver esto"
        r"\bno (?:tienen|tiene) (?:por ?que|pq|x ?q|por ?q) (?:saberlo|saber|enterarse|enterarte|verlo)\b",
        r"\bno hace falta que (?:lo |se )?(?:sepan|sepa|sepa nadie|se enteren|se entere)\b(?=\s*(?:[.,!?;]|$|[\U0001f300-\U0001faff\u2600-\u27bf]))(?![.,]?\s*(?:solo|solamente|nomas)\b)" + _SURPRISE,
        rf"\b{_NADIE} (?:tiene que|tiene por que|debe|necesita) (?:ver|saber|enterarse de|leer) (?:esto|eso|nada|lo nuestro)\b",
        r"\b(?:mejor(?: asi)?|y|pero)[.,]? que no (?:lo |se )?(?:sepa|sepan|entere|enteren)\b",
        # "no quiero que tu vieja lea lo nuestro", "i don't want your mom seeing our stuff"
        rf"\bno quiero que {_KIN_ES} (?:lea|vea|sepa|se entere|revise|encuentre)\w*\b",
        rf"\bi (?:don'?t|do not|dont) want {_YOUR_KIN} (?:seeing|to see|reading|to read|finding out|to find out|knowing|to know)\b",
        rf"\bje (?:ne )?veux pas que {_KIN_FR} (?:voie|voit|lise|lit|sache|sait|tombe|decouvre)\w*\b",
    ),
    *_p(
        C.SECRECY,
        "calls the contact a secret between the two of them",
        r"\b(?:esto|eso|todo esto|esto queda|esto se queda) (?:es |queda )?(?:entre usted y yo|entre ustedes y yo|de nosotros|de nosotros dos|entre los dos)\b",
        r"\bce qu'on se (?:dit|raconte|ecrit) (?:est|reste) (?:a nous|entre nous)\b",
        r"\bkeep (?:it|this|them|that) (?:in|to) (?:the |our )?(?:dms|dm|pms|private)\b",
    ),
    *_p(
        C.SECRECY,
        "asks the child to delete messages",
        r"\b(?:y |tu |pues )?(?:borra|borras|borres|borralo|borrala) (?:esto|eso|todo|el chat|la conversacion|los mensajes|los msjs|la conver)\b"
        r"(?=[^\n]{0,40}\b(?:despues|luego|cada noche|como siempre|que (?:tu|no)|por si|antes de|al terminar|cuando termines)\b)",
        r"\b(?<!je )(?<!vais )(?<!jvais )(?<!j'vais )(?<!peux )(?:efface|effaces|supprime|supprimes|supp|suppr)[- ](?:la|le|les|celle-ci|celui-ci|ca|tout)\b[^.?!\n]{0,12}\b(?:apres|ce soir|tout de suite|chaque soir)\b",
    ),
    *_p(
        C.SECRECY,
        "gives the child a cover story for the parents",
        r"\b(?:les |le )?(?:dices|decis|digale|digales|dile|diles|deciles|decile) (?:que|q|k) (?:vas|vai|va|estas|estai|esta|te quedas|te vas) (?:con|en|a casa|a lo de|donde|pa la casa)\b",
        r"\b(?:dis|dis-lui|dis lui|dis-leur|dis leur) (?:juste |seulement |simplement )que (?:tu vas|t'es|tu es|tu dors|tu restes|t'etais|tu etais) (?:chez|a la|au|avec)\b",
        r"\b(?:just say|say|tell (?:them|her|him)) (?:that )?you (?:won|found|bought) (?:it|them|this) (?:in|at|from|on) (?:a|an) \w+"
        r"|\b(?:just say|say|tell (?:them|her|him)) (?:that )?(?:you'?re|you are|your) (?:at|with|going to) (?:a mate'?s?|your mate'?s?|a mates|a pal'?s?|a friends?'?s?)\b",
        r"\btell (?:her|him|them) (?:that )?you (?:have|got|had) (?:a |an )?(?:club|practice|band|study|school|project|group|rehearsal) (?:thing|meeting|session)\b"
        r"|\btell (?:her|him|them) (?:that )?you'?re (?:staying late|staying after) (?:for|at) \w+",
    ),
    *_p(
        C.PLATFORM_MIGRATION,
        "pushes to move the chat to another app",
        # an app named by the contact, then a place to talk: "download Vidly and add me there", "u have Chatterly? ... we can talk there"
        r"\b(?:download|downlod|downlaod|donwload|dowload|install|get) [a-z][a-z0-9._]{2,20} (?:and|n|&) (?:add|message|msg|dm|text|find|call) me (?:there|their|thier|on there|on their|on it)\b(?![^.?!\n]{0,25}\b(?:play|game|games|match|server|lobby|squad)\b)",
        r"\b(?:you|ya) (?:have|got|use) [a-z][a-z0-9._]{2,20}\s*\?[^.?!\n]{0,40}\b(?:we can|we could|let'?s|so we can) (?:talk|chat|text|message) (?:there|on there|on it)\b",
        # "tu peux m'appeler sur discord a soir?", "me puedes escribir por telegram?"
        rf"\b(?:tu peux|peux-tu|peux tu|tu pourrais|tu veux|viens) (?:m'|me )(?:appeler|ecrire|texter|ajouter|rejoindre|contacter|parler|envoyer un \w+) (?:sur|par|via|en) {_APP}",
        rf"\b(?:me )?(?:puedes|podes|podrias|quieres|queres) (?:llamarme|escribirme|agregarme|hablarme|mandarme un \w+) (?:por|en|al|a) {_APP}",
        # Signal spelled as the plain word: "viens sur signal", "move to signal", "pasate a signal"
        r"\b(?:viens|vien|va|passe|passons|on passe|on continue|on parle|rejoins-moi|ajoute-moi|telecharge) sur signal\b",
        r"\b(?:move|switch|come|talk|chat|text|message|add me) (?:to|on|over to) signal\b(?! (?:strength|bars|is bad))",
        r"\b(?:pasate|vente|vamos|hablemos|sigamos|escribeme|agregame|descargate|bajate) (?:a|por|en|al) signal\b",
    ),
    *_p(
        C.ISOLATION,
        "claims to be the only one who understands the child",
        # "she doesn't get you, not like i do", "sounds like she doesn't get you at all. i'd never do that to you"
        r"\b(?:she|he|they|them)(?: just| really| even| actually)? (?:doesn'?t|don'?t|does not|do not|never) (?:really |even |actually )?(?:get|gets|understand|understands) (?:you|ya)\b"
        r"(?: at all| mate| tho| though| fr)?[,.]? (?:not |never )?(?:like i do|like me|the way i do|like i can|i'?d never|i would never|but i do|i do)\b",
        # "tus papas no entienden tu talento, yo si", "your parents don't see your talent"
        rf"\b(?:{_KIN_ES}|tu entrenador|tu entrenadora|tu coach|tus entrenadores|ellos|ellas) (?:no|nunca) (?:entiende|entienden|valora|valoran|ven|ve|aprecia|aprecian|creen en|cree en) (?:tu|tus) (?:talento|arte|musica|sueno|suenos|potencial|don|nivel)\b",
        rf"\b(?:tu entrenador|tu entrenadora|tu coach|tus entrenadores|tu mister) (?:no|nunca) (?:te )?(?:valora|valoran|ve|aprecia|entiende|cree en ti|te da bola)\b",
        rf"\b(?:{_YOUR_KIN}|they|she|he|people like {_YOUR_KIN}) (?:don'?t|doesn'?t|never|can'?t) (?:really )?(?:see|get|understand|value|appreciate|believe in) (?:your|ur) (?:talent|gift|potential|art|music|dream|dreams|passion)\b",
        rf"\bpeople like {_YOUR_KIN} (?:never|don'?t|can'?t|won'?t) (?:really )?(?:see|get|understand|value|appreciate) (?:talent|art|music|what you do|what you'?ve got)\b",
        rf"\b(?:{_KIN_FR}|ils|elle|il) (?:ne )?(?:comprennent|comprend|voient|voit|croient|croit) (?:pas|jamais|rien) (?:a |en )?(?:ton|ta|tes) (?:talent|art|musique|reve|reves|potentiel|don)\b",
        # "i'm the one who believes in you", "yo soy el que cree en ti"
        r"\b(?:yo soy|soy) (?:el|la) (?:unic[oa] )?que (?:cree|confia|apuesta) (?:en ti|en vos|por ti)\b",
        r"\b(?:i'?m|i am) the (?:only )?one (?:who|that) (?:really |actually |truly )?believes in you\b",
        r"\b(?:je suis|j'suis) (?:le seul|la seule|celui|celle) qui (?:croit|crois) (?:vraiment )?en toi\b",
    ),
    *_p(
        C.ISOLATION,
        "runs down the child's friends or family",
        # unfriend a relative: "enleve ta mere de tes amis sur insta", "supprime ta soeur de tes amis"
        rf"\b(?:enleve|enlever|enleves|supprime|supprimer|supprimes|bloque|bloquer|bloques|retire|retirer|vire|virer|unfollow) {_KIN_FR} (?:de tes|des|de ta liste|de ton|sur)\b",
        rf"\b(?:unfriend|unfollow|unadd) {_YOUR_KIN}\b|\b(?:remove|delete|block|kick) {_YOUR_KIN} (?:from|off) (?:your )?(?:friends|followers|friend list|friends list|contacts|insta|snap|list|account)\b",
        rf"\b(?:elimina|eliminar|borra|borrar|bloquea|bloquear|saca|sacar) a {_KIN_ES} (?:de tus|del|de tu)\b",
        # leave the friends' group: "salite del grupo de las chicas, te hacen mal"
        r"\b(?:salite|salte|sali|sal|salirte) del (?:grupo|chat|gc) de (?:las chicas|los chicos|tus amigas|tus amigos|ellas|ellos|las pibas|los pibes)\b",
        r"\b(?:quitte|quittes|sors|sors-toi) (?:du|de ce) (?:groupe|chat|gc) (?:de tes|des filles|des gars|avec elles|avec eux)\b",
        # a choice between them and me: "ellas o yo?", "tu preferes elle ou moi ?", "it's them or me"
        r"(?:^|[?!.]\s*|\b(?:son|eliges|elegis|prefieres|preferis)\b[^.?!\n]{0,15})[¿\s]*\b(?:ellas|ellos|ella|tus amig\w+|tu familia|tus papas|tus viejos|tu mama|tu hermana) o yo\s*\?",
        r"\b(?:c'est|tu preferes|tu choisis|choisis|tu prefere|t'preferes)\b[^.?!\n]{0,15}\b(?:elle|lui|eux|elles|tes \w+|ta \w+|ton \w+) ou moi\b",
        r"\b(?:it'?s|its|choose|pick|who do you (?:choose|pick|prefer)|you prefer|you'?d rather have)\b[^.?!\n]{0,15}\b(?:them|her|him|your \w+) or me\b",
        # "they don't deserve you", "no te merecen"
        r"\b(?:they|those \w+|them) (?:don'?t|do not|never) deserve (?:you|ya)\b|\bno te merecen\b|\b(?:elles|ils) (?:ne )?te meritent pas\b",
        # "do you think your parents love you?", "tu crois qu'ils t'aiment, tes parents ?"
        r"\b(?:tu crois|tu penses|t'crois|tu crois vraiment) (?:qu'ils|qu'elles|qu'elle|qu'il|que tes parents|que ta mere|que ton pere) (?:t'aiment|t'aime|tiennent a toi|tient a toi)\b",
        rf"\b(?:you think|you really think|do you think|do you really think) (?:they|{_YOUR_KIN}) (?:actually |really )?(?:love|care about|like) (?:you|ya)\s*\?",
        r"\b(?:crees|pensas|piensas|crees de verdad) que (?:te quieren|te quiere|les importas|le importas)\b",
        # parents will ruin the chance: "parents sometimes ruin opportunities", "faut pas que tes darons se mettent en travers"
        r"\b(?:prof|coach|entraineur|entraineuse|professeur|maitresse),? (?:elle|il) (?:serait|serait trop) (?:jaloux|jalouse)\b"
        r"|\b(?:entrenador|entrenadora|profe|profesor|profesora|coach|mister),? (?:se (?:pondra|pondria|va a poner|pone)|va a estar|estaria) celos[oa]\b"
        r"|\b(?:coach|teacher|tutor|instructor),?(?: she| he| they)?(?: would|'d) (?:be|get) (?:so )?jealous (?:of (?:us|me)|that|if)\b"
        r"|\bparents (?:\w+ )?(?:ruin|ruins|wreck|wrecks|kill|kills|mess up|messes up) (?:opportunities|chances|it for you|your chances?|deals|careers)\b",
        rf"\b(?:{_KIN_FR}|les parents|tes darons|ils|elle|il) (?:vont |va |peuvent |risquent de )?(?:se mettre|se mettent|se mette) en travers\b",
        r"\b(?:les parents|tes parents|tes darons|ils) (?:vont|va) (?:te bloquer|tout gacher|tout bloquer|tout faire rater|te faire rater)\b",
        r"\b(?:tus papas|tus padres|los padres|tus viejos|ellos) (?:te )?(?:van a|lo van a) (?:arruinar|bloquear|cortar|frenar)\b",
    ),
    *_p(
        C.ISOLATION,
        "tells the child they need no one but the contact",
        r"\b(?:t'as|tu as|tu n'as|t'a|tas) plus que moi\b|\bil te reste (?:que|plus que) moi\b",
        r"\b(?:ya )?(?:solo|nomas|solamente) me (?:tienes|tenes) a mi\b|\bya no (?:tienes|tenes) a nadie (?:mas )?(?:que a mi|mas que yo)\b",
        r"\b(?:you (?:only|just) have me (?:now|left)|all you have (?:left )?is me|you'?ve only got me (?:now|left))\b",
    ),
    # --- round 7: texting, leetspeak and regional forms of the same tactics ----------------------
    *_p(
        C.ISOLATION,
        "runs down the adults around the child",
        # "your club coach is holding you back, he doesn't see what i see in you", "ton coach te freine", "tu entrenador te esta frenando"
        r"\b(?:your|ur) (?:club |old |current )?(?:coach|teacher|parents|mum|mom|dad|trainer|tutor|club|family|friends)\b[^.?!]{0,15}\b(?:is|are|'s|'re) (?:just |only |really )?holding (?:you|u|ya) back\b",
        r"\b(?:he|she|they) (?:doesn'?t|don'?t|does not|do not|can'?t|never) (?:see|get|notice) what i (?:see|notice) in (?:you|ya)\b",
        r"\b(?:ton|ta|tes) (?:coach|entraineur|entraineuse|prof|profs|parents|club)\b[^.?!]{0,15}\b(?:te (?:freine|freinent|retient|retiennent|bride|brident)|voi(?:t|ent) pas (?:ce que je vois|ton talent))\b",
        r"\b(?:tu|tus) (?:entrenador|entrenadora|profe|profes|papas|padres|club)\b[^.?!]{0,15}\b(?:te (?:esta|estan) (?:frenando|limitando)|te (?:frena|frenan|limita|limitan)|no ve[n]? (?:lo que yo veo|tu talento))\b",
    ),
    *_p(
        C.SECRECY,
        "asks the child not to tell parents yet",
        # "no need to tell your mam yet", "no tell anybody" (pidgin), "pas besoin de le dire a ta mere", "no hace falta que le digas a tu mama"
        r"\bno need to tell (?:your|ur|ya) (?:mam|mum|mom|ma|parents|dad|da|folks|family|coach|teacher|nan)\b(?! (?:i|we)(?:'ve| have)? (?:already|told))|\bno need to tell (?:anyone|anybody)(?: (?:yet|about (?:this|us|me)))\b",
        r"\b(?:and )?no (?:tell|talk am to|talk to) (?:anybody|anyone|nobody|your (?:mummy|mama|papa|mum|mom|parents))\b",
        r"\bpas besoin (?:de le dire|d'en parler|de dire) (?:a ta (?:mere|maman)|a ton (?:pere|papa)|a tes parents|a qui que ce soit)\b(?! (?:je|j'|on) (?:l'ai|leur ai|a) deja)",
        r"\bno (?:hace falta|hay que|necesitas) (?:que )?(?:le |les )?(?:digas|decirle|decirles|contarle|contarles|cuentes) (?:nada )?a (?:tu (?:mama|papa|madre|padre)|tus (?:papas|padres)|nadie)(?: (?:todavia|aun|por ahora))?\b(?! (?:ya|yo) (?:le|les) (?:dije|conte))",
    ),
    *_p(
        C.PLATFORM_MIGRATION,
        "pushes to move the chat to another app",
        # "i'll send you my telegram, we can share privately there", "je t'envoie le billet sur signal, installe-le"
        r"\b(?:i'?ll|i will|let me|gonna|i'?m going to|i can) (?:send|give|dm|drop|add) (?:you )?(?:my|me on) (?:telegram|tele|signal|wickr|kik|session|threema|snap|snapchat|whatsapp|discord|insta)\b[^.?!]{0,40}\b(?:privately|in private|there|no one|nobody|just us)\b",
        r"\b(?:sur|on|en|por) (?:signal|telegram|wickr|kik|session|threema)\b[^.?!\n]{0,12}\b(?:installe|telecharge|download|install|descarga|descargala|bajate|instala)",
    ),
    *_p(
        C.SECRECY,
        "asks the child not to gossip about the contact",
        # "no vayas a andar chismeando con tus patas sobre mi", "eso es solo de los dos", "don't go gossiping about me to your mates"
        r"\bno (?:vayas a |andes |te pongas a |te vayas a )?(?:andar )?(?:chismeando|chismear|chismosear|contando|ventaneando|cotorreando|balconeando|quemando)\b[^.?!]{0,40}\b(?:sobre mi|de mi|de nosotros|de lo nuestro|lo nuestro)\b",
        r"\b(?:eso|esto|lo nuestro) (?:es|queda) (?:solo |nomas |nada mas )?(?:de|entre) (?:los dos|nosotros dos|tu y yo|vos y yo)\b",
        r"\b(?:don'?t|dont|do not|never) (?:go )?(?:gossip(?:ing)?|blab(?:bing)?|spill(?:ing)?) (?:about (?:me|us)|to (?:your|ur) (?:mates|friends|parents|mum|mom))\b",
        r"\bva pas (?:bavasser|placoter|raconter|jaser|parler) (?:de moi|de nous|a tes (?:chums|amis|potes|copines|parents))\b",
    ),
    *_p(
        C.PLATFORM_MIGRATION,
        "pushes to move the chat to another app",
        # "download wickr, the messages disappear", "ajoute moi sur tg", "dm me on the other app", "hablemos en la otra app"
        r"\b(?:download|install|get|dl|grab|telecharge|installe|descarga|descargate|baja|bajate|instala) (?:wickr|telegram|signal|session|threema|kik|wire|element|viber|wechat)\b",
        r"\b(?:ajoute|ajoutes|add|agrega|agregame|ajoute-moi|ajoute moi|add me|hit me up|escribeme|ecris-moi|ecris moi|parle-moi|hablame)(?:[- ](?:moi|me))? (?:sur|on|en|por|via) (?:tg|tele|telegr)\b",
        r"\b(?:dm|message|msg|text|txt|hit|talk to|chat with|write|ping|add) me (?:on|in|over on|via) (?:the|my|an|a) ?(?:other|another|different|second|private|more private|safer|secret) (?:app|apps|account|acc|platform)\b",
        r"\b(?:talk|chat|continue|move|switch|go|hop|jump|hang|text)(?: this)?(?: convo| chat)? (?:on|to|onto|over to|in) (?:the other|another|a different|a more private|a private|a safer|a secret|my other) (?:app|platform|account|site)\b",
        r"\b(?:on se (?:parle|jase|texte|ecrit|voit)(?:[- ]tu)?|parlons|jasons|on passe|passons|viens|continuons|on continue)\b[^.?!]{0,10}\b(?:sur|dans) (?:une autre|l'autre|un autre|ma autre) (?:app|appli|application|reseau|plateforme|site)\b",
        r"\b(?:hablemos|platiquemos|sigamos|pasemos|escribeme|hablame|vamos|pasate|nos hablamos|seguimos|mejor)\b[^.?!]{0,10}\b(?:en|a|por|al) (?:la otra|otra|una otra) (?:app|aplicacion|red|plataforma|cuenta)\b",
        # leetspeak and misspellings of "move to a private chat", "passe en prive", "vamos al privado", "a privet server"
        r"\b(?:mov[e3]|go|switch|come|hop|talk|chat|lets talk|let's talk)\b (?:to|t0|2|on|in|0n) (?:a|4|an|my|our) (?:privat[e3]|privet|privite|privat|priv8|pr1vat[e3]|pvt) (?:chat|ch4t|room|server|sever|serv|convo|dm|dms|group|channel)\b",
        r"\b(?:pass[e3]|passons|on pass[e3]|vi[e3]ns) (?:[e3]n) (?:priv[e3]|pv|mp)\b",
        r"\b(?:vamos|v4mos|pasemos|pasate|hablemos|sigamos) (?:al|4l|a l) (?:privad[o0]|priv4d[o0]|privi|dm|md|inbox)\b",
    ),
    *_p(
        C.ISOLATION,
        "runs down the child's friends or family",
        # "your parents don't even care what you think", "a tus papas les da igual lo que pienses", "tes parents s'en fichent de ce que tu penses"
        r"\b(?:your|ur|ya) (?:parents|mom|mum|dad|family|folks|friends|mates|teachers) (?:don'?t|doesn'?t|do not|does not|never|wont|won'?t) (?:even |really |actually |ever )?(?:care|give a damn|give a crap) (?:what|how|about what|about how) (?:you|ya) (?:think|feel|say|want|need|go through|are going through)\b" + _COUNSEL_AFTER,
        _COUNSEL_BEFORE + r"\ba (?:tus|tu) (?:papas|padres|viejos|mama|papa|amig[oa]s|familia|profes) (?:les|le) (?:da|dan|vale|valen) (?:igual|lo mismo|exactamente igual|madre|verga|un pepino) (?:lo que|como|si|que) (?:pienses|sientas|digas|quieras|te pase)\b" + _COUNSEL_AFTER,
        _COUNSEL_BEFORE + r"\b(?:tes parents|ta mere|ton pere|ta famille|tes potes|tes amis|tes chums|tes profs) s'en (?:fichent|fiche|foutent|fout|balancent|balance|contrefichent|tapent) (?:de ce que|de comment) tu (?:penses|ressens|veux|dis|vis)\b" + _COUNSEL_AFTER,
        # friends who use or mock the child, then drop them: "your so-called friends are just using you... don't waste time with them",
        # "tes chums te font juste rire de toi, lache-les", "tus amigas se burlan de vos a tus espaldas, dejalas"
        r"\b(?:your|ur|ya) (?:so-called |so called |fake |supposed |precious )?(?:friends|mates|buddies|besties|squad|crew|pals|girls|boys)\b[^.?!]{0,25}\b(?:using you|use you|fake|laugh(?:ing)? at you|talk(?:ing)? (?:about you )?behind your back|mak(?:e|ing) fun of you|don'?t (?:really )?(?:like|care about) you)\b"
        r"(?=[^\n]{0,80}\b(?:ditch them|drop them|forget them|dump them|waste (?:your )?time (?:with|on) them|cut them off|i'?m the (?:one|only one)|only (?:i|me)|talk to me|you(?:'ve| have) got me|you have me)\b)",
        r"\b(?:tes|ta|ton) (?:copines?|copains?|amis?|amies|potes|chums|chum|gang|bffs?|soi-disant amis?)\b[^.?!]{0,30}\b(?:te font (?:juste |que |seulement )?(?:rire de toi|des crasses|des coups|du mal)|se (?:moquent|foutent|fichent) de toi|parlent (?:dans ton dos|de toi)|t'utilisent|sont (?:des )?(?:faux|fausses|hypocrites|faux-culs))"
        r"(?=[^\n]{0,80}\b(?:moi,? jamais|pas moi|moi je (?:suis|serai) (?:toujours )?la|lache[- ]les|laisse[- ]les(?: tomber)?|oublie[- ]les|quitte[- ]les|ignore[- ]les|largue[- ]les|moi (?:au moins|je) (?:je )?(?:te|t') ?(?:capte|comprends|ecoute)|t'as (?:besoin que de|juste) moi)\b)",
        r"\b(?:tus|tu) (?:amig[ao]s?|patas|panas|cuates|compas|parceros?|parceras?|amistades|amigas del cole|amigos del cole|patas del cole)\b[^.?!]{0,30}\b(?:se (?:burlan|rien) de (?:ti|vos)|son (?:bien |muy |re |unos |unas )?(?:falsos|falsas|hipocritas|interesados|interesadas)|te usan|(?:hablan|hablan mal) (?:de (?:ti|vos) )?a tus espaldas|solo te buscan)"
        r"(?=[^\n]{0,80}\b(?:dejalas|dejalos|olvidalas|olvidalos|alejate|mandalas|mandalos|yo si te (?:cacho|entiendo|comprendo|quiero)|ellos no|ellas no|solo me (?:tienes|necesitas) a mi)\b)",
        # "forget them, it's just you and me now"; "your teachers would just get you in trouble. talk to me instead"
        r"\b(?:forget|ditch|drop|leave|ignore|forgt|4get) (?:them|those (?:guys|girls|people|losers)|all of them|everyone|every1)\b[^.?!]{0,15}\b(?:it'?s|its|it is) (?:just |only )?(?:you and me|me and you|us|us two|the two of us)\b",
        r"\b(?:your|ur) (?:teachers?|parents|mum|mom|dad|counsell?ors?|friends|family|coach)\b[^.?!]{0,30}\b(?:get you in trouble|get you into trouble|tell on you|judge you|yell at you|blame you|snitch)\b[^\n]{0,30}\b(?:talk to me|tell me|come to me)(?: instead)?\b",
        r"\b(?:tes|ta|ton) (?:profs?|parents|mere|pere|amis|potes)\b[^.?!]{0,30}\b(?:vont (?:juste )?te (?:causer|mettre dans) des (?:problemes|ennuis)|vont te juger|vont te denoncer)\b[^\n]{0,30}\b(?:parle-moi|parle moi|parles-en moi|dis-le moi|confie-toi a moi)\b",
        r"\b(?:tus|tu) (?:profes?|maestr[ao]s?|papas|padres|mama|papa|amig[ao]s)\b[^.?!]{0,30}\b(?:te van a meter en problemas|te meten en problemas|te van a (?:juzgar|regañar|acusar|castigar))\b[^\n]{0,30}\b(?:hablame|cuentame|dime) (?:a mi )?(?:mejor|en vez)\b",
    ),

    # --- round 8: regional forms, leetspeak and texting spellings --------------------------------
    *_p(
        C.SECRECY,
        "asks the child not to tell anyone about the contact",
        # "ur parnts wouldnt understnd so dont mention me", "dont mention me to ur friends"
        r"\b(?<!\bi )(?<!\bwe )(?:don'?t|dont|do not|never|better not) (?:ever )?(?:mention|bring up) (?:me|m3|us)\b(?!\s+(?:in|on|at|during) )(?![^\n]{0,60}\b(?:surprise|birthday|bday|party|present|gift|credits|speech)\b)",
        r"\b(?:your|ya) (?:parents|parnts|parens|folks|mom|mum|dad|family|fam|mama|papa) (?:wouldn'?t|wouldnt|won'?t|wont|would never|will never) (?:understand|understnd|undrstand|unerstand|get it|get us)\b[^.?!]{0,10}\b(?:so|just|better) (?:don'?t|dont|do not|never|keep|not)\b",
        # leetspeak "n0 s3 l0 d1g4s 4 n4d13" (folds to "n0 s3 l0 digas 4 nadie")
        r"(?<!libro )(?<!libro, )(?<!peli )(?<!pelicula )(?<!serie )(?<!episodio )(?<!capitulo )(?<!final )\bn[o0] (?:s[e3] )?(?:l[o0] |l[e3] )?(?:digas|cuentes|contes|menciones|d1g4s) (?:a|4) (?:nadie|nadi3|n4di3|n4die|n4d13)\b",
        # "lets keep our chats just us", "gardons nos conversations entre nous", "que nuestros chats queden entre nosotros"
        r"\b(?:let'?s|lets|we (?:should|gotta|have to|need to)) (?:keep|kep) (?:our|these|this|the|all our) (?:chats?|convos?|messages|msgs|texts|talks?|dms|conversations?) (?:just |only )?(?:between us|just us|to ourselves|private|secret|on the low|lowkey)\b",
        r"\b(?:on garde|gardons|garde) (?:nos|ces|cette|notre) (?:conversations?|convos?|discussions?|messages|msgs|echanges) (?:juste |rien qu')?(?:entre nous|pour nous|secrete?s?|privee?s?)\b",
        r"\b(?:que )?(?:nuestros|estos|nuestras) (?:chats|mensajes|conversaciones|msjs) (?:queden|se queden|quedan|son) (?:solo |nomas )?(?:entre nosotros|entre los dos|entre tu y yo|en secreto)\b",
        # "les gens comprendraient pas", "ppl wouldnt get it" as the reason to keep quiet
        r"\b(?:les gens|tes parents|ta mere|ton pere|ta famille|personne) (?:ne )?(?:comprendraient|comprendrait) (?:pas|rien|jamais)\b(?![^\n]{0,30}\b(?:blague|joke|meme|film|jeu)\b)",
        r"\b(?:ppl|people|they|your (?:parents|friends|mates|family|folks)) (?:wouldn'?t|wouldnt|won'?t|wont) (?:get it|understand)\b(?=\s*$|[^\n]{0,40}\b(?:between us|just us|keep|secret|our chats?)\b)",
    ),
    *_p(
        C.PLATFORM_MIGRATION,
        "pushes to move the chat to another app",
        # leetspeak "h1t m3 up 0n d1sc0rd pr1v4t3", "4j0ut3 m01 sur sn4p", "t3 p4s0 m1 sn4p"
        rf"\b(?:hit|add|dm|msg|message|text|txt|find) m3(?: up)? (?:[o0]n|in|via) (?:my )?{_APP}",
        rf"\bhit me up (?:[o0]n|in|via) (?:my )?(?:discord|telegram|signal|kik|wickr|snap|snapchat)\b (?:private|privately|pv|dm|in private)\b",
        rf"\b(?:ajoute|ajout3|4joute|4jout3|ajoutes|add)[- ]?(?:m[o0][i1]|moi) (?:sur|su|on) {_APP}",
        rf"\bt[e3] (?:paso|p4so|p4s0|mando|m4ndo|doy|d0y) (?:m[i1]|mi) {_APP}",
        # "pasate a mi telegram", "on devrait passer sur signal", "u have telegram? better for us to talk there"
        r"\b(?:pasate|pasemos|vente|venite|pasa|hablemos) (?:a|al|por|en) (?:mi )?(?:telegram|signal|wickr|kik|session|threema|telegrama)\b",
        r"\bon (?:devrait|pourrait|peut|va) (?:passer|aller|continuer|parler|se parler|jaser) (?:sur|dans|via) (?:signal|telegram|wickr|kik|session|threema|snap|snapchat|whatsapp|insta)\b",
        r"\b(?:you have|you got|do you have|got|have you got) (?:telegram|signal|wickr|kik|session|threema)\b[^.?!]{0,6}\?[^\n]{0,40}\b(?:better|safer|easier|talk there|chat there|just us|private)\b",
        rf"\b(?:gimme|give me|send me|drop) (?:your|ya) (?:number|numb3r|num|digits|#)\b[^.?!]{{0,25}}\b(?:we can|let'?s|lets|and we) (?:txt|text|talk|chat|msg) (?:on|over|in|via) {_APP}",
    ),
    *_p(
        C.ISOLATION,
        "runs down the child's friends or family",
        # "why do u even hang w them, they talk behind ur back"
        r"\bwhy (?:do|would|d) (?:you|ya) (?:even |still )?(?:hang|hang out|chill|hangout|talk|bother|sit) (?:w|with|wit|w/) (?:them|those \w+|her|him)\b[^\n]{0,40}\b(?:behind (?:your|ya) back|fake|using you|use you|don'?t (?:even )?(?:like|care about) you|laugh at you)\b",
        # "ta gang est pas vraiment ton amie", "your friends aren't really your friends", "tus amigas no son tus amigas de verdad"
        r"\b(?:ta gang|tes amis|tes amies|tes chums|tes potes|tes copines|tes copains|ta bande|ta meilleure amie|ton meilleur ami|ta chum)(?: (?:ne|n'))? (?:est|sont) (?:pas|pu) (?:vraiment |vraiment tes |de vrais? |de vraies |des vrais? )?(?:ton amie?|tes amie?s|amie?s|ton chum|tes chums)\b",
        r"\b(?:your|ya) (?:friends|mates|girls|besties|squad|crew|bff|best friend) (?:aren'?t|arent|are not|isn'?t|is not) (?:really |actually |even |real )?(?:your (?:friends|real friends|friend|mates)|real friends|real)\b",
        r"\b(?:tus|tu|sus) (?:amig[oa]s?|parceros?|parceras?|panas|patas|cuates) (?:no son|no es) (?:tus|tu|sus|su) (?:amig[oa]s?|parceros?|panas) (?:de verdad|de veras|realmente|en serio)\b",
        # "esos parceros suyos son falsos", "esas amigas tuyas son unas hipocritas"
        r"\b(?:esos|esas|sus|tus) (?:parceros|parceras|amig[oa]s|panas|patas|cuates|compas|parces|amistades|pibes|pibas)(?: suy[oa]s| tuy[oa]s)? (?:son|son bien|son muy|son re|son unos|son unas) (?:falsos|falsas|hipocritas|interesad[oa]s|malas? (?:juntas|influencias?))\b",
        # "ur family is to strict, they dont want u happy", "tu familia solo quiere controlarte"
        r"\b(?:they|your (?:family|parents|folks|mom|mum|dad|fam)) (?:don'?t|dont|doesn'?t|doesnt|do not|does not|never) (?:even )?(?:want|let) (?:you|ya) (?:to be )?(?:happy|to be happy|have fun|to have fun|be free|to be free)\b",
        r"\b(?:tu familia|tus papas|tus padres|tu mama|tu papa|tus viejos|tu vieja|tu viejo|su familia|sus papas|sus padres) (?:solo|nomas|nada mas|solamente) (?:te |la |lo )?(?:quiere|quieren) (?:controlarte|controlarla|controlarlo|mandarte|manipularte|encerrarte|tenerte encerrad[ao])\b",
        r"\b(?:your|ya) (?:family|parents|folks|mom|mum|dad) (?:just|only) (?:want|wants) to control (?:you|ya)\b|\b(?:ta famille|tes parents|ta mere|ton pere) (?:veut|veulent) (?:juste|seulement|que) (?:te controler|tout controler)\b",
        # "y a ke moi qui te comprend vraimen"
        r"\b(?:y a|il y a|y'a|ya|y'?a|il y'a) (?:que|ke|qu|k|juste) moi (?:qui|ki|k) (?:te |t')(?:comprend|comprends|capte|captes|ecoute|connait|connais|aime)\b",
        # "sounds like she doesnt even try to get u. i do tho"; "come alone so ur friends dont get jealous"
        r"\b(?:she|he|they) (?:doesn'?t|doesnt|don'?t|dont|never) (?:even )?(?:try to )?(?:get|understand) (?:you|ya)\W{1,4}(?:but )?i do\b",
        r"\bcome alone\b[^.?!]{0,10}\b(?:so|because|cause) (?:your|ya) (?:friends|mates|parents|family|sister|brother)\b",
        r"\b(?:vaya|ven|veni|venga) sola? (?:mejor)?\W{0,3}(?:sus|tus) (?:amig[ao]s|parceros?|parceras?) son (?:muy |re )?(?:metid[ao]s|chismos[ao]s|sapas?|falsas?|falsos)\b",
    ),
    *_p(
        C.ISOLATION,
        "keeps the child from friends out of jealousy",
        # "dont mention me to ur friends, theyd just be jealous and start drama"
        r"\b(?:don'?t|dont|never|do not) (?:tell|mention me to|mention us to|show|talk about me to) (?:your|ya) (?:friends|mates|besties|bff|girls|squad)\b[^.?!]{0,12}\b(?:they'?d|they would|they'?ll|they will|theyd) (?:just |only )?(?:be|get) (?:jealous|salty|weird)\b",
    ),
    *_p(
        C.PLATFORM_MIGRATION,
        "pushes to move the chat to another app",
        # "te hace una llamada por discord esta noche?"
        r"\b(?:te hace|hacemos|te va|te late|nos hacemos) una (?:llamada|videollamada|vidiollamada) (?:por|en) (?:discord|whatsapp|telegram|snap|snapchat|skype|insta)\b",
    ),
]
