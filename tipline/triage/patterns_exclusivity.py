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
_ELSE = r"(?: else| els| elss| elce| elses)?"
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
_PERSONNE = r"(?:personne|persone|personn|perssone|qui que ce soit|quiconque)"
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
    r"telegram|telegran|telgram|telegrm|tele gram|discord|discrod|disscord|dicord|discorde|diskord|kik|wickr|viber|skype|wechat|tiktok|tik tok|"
    r"facetime|face time|messenger|threema|signal app|session app|line app|signel|signl)\b"
)


# A surprise for someone else, or the asker's own embarrassment, later in the same message: "ni una
# palabra a la abuela, se lo decimos en su cumple", "don't tell your brother, we're getting the puppy".
_SURPRISE = (
    r"(?![^\n]{0,80}\b(?:(?:surprise|suprise|sorpresa|sorpresita)(?! (?:for you|pour toi|para ti))|"
    r"(?:his|her|their|mom'?s|mum'?s|dad'?s|su|sus|son|sa|ses) (?:birthday|bday|b-day|cumple\w*|anniv\w*|fete|fiesta|party|present|gift|regalo|cadeau)|"
    r"se lo (?:decimos|contamos|damos|diremos|vamos a decir)|on (?:lui|leur) (?:annonce|dira|dit|offre)|"
    r"(?:we'll|we will|we're going to) tell (?:her|him|them)|puppy|kitten|cachorr\w+|chiot|"
    r"verguenza|la honte|j'ai honte|so embarrass\w*|i'?m embarrassed|"
    r"(?:she|he|they)(?:'ll| will|'d| would) (?:want|wanna|be jealous|get jealous|be raging)|jealous|celos[oa]s?|se (?:pica|picaria|va a picar|enoja|pone celos\w*)|"
    r"(?:elle|il|ils) (?:va|vont|voudra|voudront) (?:vouloir|etre jaloux\w*|etre jalouse)|jaloux|jalouse|"
    r"(?:que je|qu'je|that i|que me) (?:trippe sur|tripe sur|kiffe|crush sur|like|have a crush on|fancy|gusta|mola|mole) (?!you\b|toi\b|te\b|tu\b|ti\b|me\b)\w+)\b)"
)
# The asker's own bad photo ("la photo floue de moi"), not the chat: not a request to hide anything.
_EMBARRASSED = (
    r"(?![^\n]{0,60}\b(?:blurry|ugly|awful|cringe|embarrassing|floue?s?|moche|ratee?s?|horrible|affreuse?|la honte|"
    r"borros[oa]s?|fe[oa]s?|verguenza|me caigo|je tombe|bizarre|weird|stupid|dumb|ridicule|stupide|rar[oa]|ridicul[oa])\b)"
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
        r" (?:ever )?(?:go |be |start |even )?(?:tell|telling|say anything|say a word|say nothing|mention|breathe a word|talk to|talk about|speak to|speak about|show it|show this|show anyone|show anybody|show your|let on)"
        r"(?: (?:it|this|that|anything))?(?: (?:to|about|abt|bout|of|with))?(?: (?:this|that|it|us|me))?(?: (?:to|with))?"
        rf" (?:{_ANYONE_EN}\b|{_YOUR_KIN}\b|any of your \w+)" + _SURPRISE,
        # "don't you dare tell", "don't even think about telling"
        r"\b(?:don'?t you dare|dont you dare|don'?t even think about|you better not|you'?d better not|you had better not) "
        r"(?:tell|telling|say|saying|mention|mentioning|show|showing|breathe|snitch|snitching|grass)\b" + _SURPRISE,
        # "tell anyone and i post it": a threat that keeps the child quiet
        rf"\b(?:tell|show) (?:{_ANYONE_EN}|{_YOUR_KIN}|the police|the cops)\b(?: about (?:this|us|me|it))?,? and (?:i'?ll|i will|i|they'?ll|everyone)\b",
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
        rf"\b(?:mieux vaut|vaut mieux|c'est mieux|ce serait mieux) (?:que|qu') ?(?:{_PERSONNE}|ils|elle|il|{_KIN_FR}) (?:ne )?(?:le |l')?(?:sache|sachent|apprenne\w*|decouvre\w*)\b",
        rf"\b(?:dis|dit|di|dites|raconte|racontes|parle|parles|montre|montres|mentionne)(?:[- ]?(?:le|la|lui|leur|en|les))?"
        rf" (?:rien|pas|jamais|surtout pas|pas un mot)\b[^.?!]{{0,20}}\b(?:{_KIN_FR}\b|de nous|de moi|sur nous|sur moi|pour nous|pour moi|a propos de nous|de ce qu'on)" + _SURPRISE,
        r"\b(?:faut|faudrait|il faut|tu dois|doit) (?:pas|surtout pas|jamais)(?: que tu)?(?: le| en| lui| leur)? "
        r"(?:dire|dises|parler|parles|raconter|racontes|montrer)\b",
        # Spanish: "no le digas a nadie", "no le cuentes a tu vieja de mi"
        r"\bno (?:se |le |les |te )?(?:lo |la |los |las )?(?:digas|diga|digan|cuentes|cuente|contes|comentes|menciones|muestres|ensenes|hables|andes diciendo|andes contando|vayas a decir|vayas a contar|vayas a comentar|vayas a mencionar|vaya a decir)"
        rf"\b[^.?!]{{0,25}}\b(?:{_NADIE}\b|{_KIN_ES}\b|de mi\b|d mi\b|de nosotros|de nosotras|lo nuestro|lo que hablamos|que hablamos|"
        r"que nos hablamos|que hablamos|que te hablo|que te escribo|nada de (?:mi|esto|nosotros))" + _SURPRISE,
        # "ni se te ocurra contarle a tus viejos", "que no se te ocurra decir nada"
        r"\b(?:ni|no) se te (?:ocurra|ocurre|vaya a ocurrir) (?:decir|decirle|decirles|decirselo|contar|contarle|contarles|contarselo|avisar|avisarle|comentar|comentarle|mencionar|hablar|mostrar|mostrarle|ensenar|ensenarle|chivarte|buchonear|soplar)\b" + _SURPRISE,
        # indicative commands: "no le dices a nadie"
        rf"\bno (?:se |le |les )?(?:lo )?(?:dices|decis|cuentas|contas|comentas) (?:nada )?a {_NADIE}\b",
        # "si se lo cuentas, pierdes la plaza", "si le dices a alguien la subo", "diselo y lo subo"
        rf"\bsi (?:se lo |se la |le |les |lo )?(?:cuentas|contas|dices|decis|comentas|avisas|mencionas)(?: algo)?(?: a (?:alguien|cualquiera|{_NADIE}|{_KIN_ES}|la policia))?[ ,]+"
        r"(?:pierdes|perdes|se acab\w*|se termin\w*|(?:la|lo|las|los|te) (?:subo|publico|mando|envio|paso|muestro|reenvio)|subo|publico|ya no|nunca mas|te vas a arrepentir|te arrepientes)",
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
        rf"\b{_KEEP} (?:it|this|us|everything|things|what we \w+)(?: just| only| strictly)? "
        rf"(?:{_BETWEEN} (?:you and me|me and you|me n you|you n me|you and i|us|the two of us|ourselves)|to ourselves)\b",
        r"\b(?:just|only|strictly|stays|stay|staying|remains|remain|is|it'?s|its|this is|that'?s|totally|all|secret) "
        r"(?:between you and me|between me and you|between me n you|between you n me|between you and i|between us|between the two of us|between ourselves)\b",
        r"\b(?:between you and me|between me and you|between me n you|between you n me|between you and i|between us two)\s*(?:[.!?,]|$|ok\b|okay\b|right\b|alright\b|yeah\b|k\b)",
        r"\b(?:can|could|will|would) you keep a secret\b(?![^a-z]{0,6}(?:i got|i made|i passed|i won|i'm (?:pregnant|engaged|moving|getting)|i am (?:pregnant|engaged)|we'?re (?:getting|moving|having)|guess what)\b)|\bare you good (?:at|with) (?:keeping )?secrets\b",
        r"\b(?:keep it quiet|keep quiet about (?:us|me|this|it)|keep your mouth shut|mum'?s the word|keep (?:schtum|shtum|stum|mum about (?:us|me|this|it)|your lips sealed|it zipped|it on the hush)|keep (?:it|this) (?:on the )?(?:down ?low|dl|lowkey|hush hush))\b",
        rf"\b(?:c'est|cest|ca reste|ça reste|reste|restera|ce sera|juste) (?:notre|un|juste notre|notre petit|un petit|notre ptit) {_SECRET_FR}\b",
        rf"\bnotre (?:petit |ptit |p'tit )?{_SECRET_FR}\b(?! (?:du chef|de fabrication|de famille))",
        rf"\b(?:garde|gardes|gardons|gardez|on garde|garder)(?:[- ](?:le|la|ca|ça|tout|tout ca|ca pour toi))? (?:{_SECRET_FR}|entre nous|pour toi|pour nous)\b",
        r"\bentre (?:nous|toi et moi|toi pis moi|toi pi moi|moi et toi|moi pis toi)\b",
        r"\b(?:es|sera|va a ser|queda como|esto es) (?:nuestro|un) (?:peque\w* )?(?:secreto|secretito|sekreto)\b(?! de (?:cocina|familia|la receta))",
        r"\bnuestr[o0a]s? (?:peque\w* )?(?:secreto|secretito|sekreto|secretos|secret0|secreta)\b",
        r"\b(?:queda|quede|quedara|que quede|quedar|dejemoslo|dejalo|mantengamoslo|mantenlo|mantenelo|guardalo|guardemoslo|esto|solo|solamente|nomas) "
        r"entre (?:nosotros|nosotras|tu y yo|vos y yo|los dos|las dos|nosotros dos)\b",
        r"\bentre (?:tu y yo|vos y yo|nosotros dos|yo y tu|yo y vos)\b",
    ),
    # --- secrecy: nobody must find out --------------------------------------------------------------
    *_p(
        C.SECRECY,
        "says parents or others must not find out",
        rf"\b(?:{_YOUR_KIN}|they|she|he|nobody|no one|noone|no1|no body|none of them)"
        r"(?: really| even| ever)? (?:don'?t|doesn'?t|do not|does not|never) (?:have|need|got)"
        r" (?:to know|to ever know|to find out|to hear about|to see this|to see our|to see these|to see my)\b"
        r"(?! (?:how|what|where|when|why|which|who|if|whether|the answer|that|it all|everything))",
        rf"\b(?:{_YOUR_KIN}|{_NOONE}|none of them)(?: really| even| ever)?"
        r" (?:won'?t|will not|wont|shouldn'?t|can'?t|mustn'?t|must not|has to|needs to|must|should|will|can|is going to)"
        r" (?:know|ever know|find out|ever find out|hear about|see this|see our|see these|see my)\b"
        r"(?! (?:how|what|where|when|why|which|who|if|whether|the answer|that|it all|everything))",
        rf"\b(?:don'?t|dont|do not|never) let (?:{_YOUR_KIN}|{_ANYONE_EN}|them|her|him)"
        r" (?:know|see|find out|read|catch|hear|look at)\b(?! (?:how|what|where|when|if|whether))",
        rf"\bif (?:{_YOUR_KIN}|{_ANYONE_EN}|they|she|he) (?:ever )?(?:find out|finds out|see this|sees this|see our|sees our|read this|reads this|read our|reads our)\b",
        rf"\bso (?:that )?(?:your {_PAR_EN}|no one|nobody|no body) (?:don'?t|won'?t|can'?t|doesn'?t|never|cannot) (?:see|find|know|read|check|catch)\b",
        rf"\b(?:no need|there'?s no need|don'?t need|you don'?t have) to (?:bother|ask|tell|inform|involve) (?:your {_PAR_EN}|{_PAR_EN})\b",
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
        rf"\b(?:esconde|escondelo|ocultalo|oculta|esconder)\b[^.?!]{{0,15}}\b(?:de|a) {_KIN_ES}\b",
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
        r"\b(?:pense|penses|oublie pas|n'oublie pas|noublie pas|faut|il faut|tu dois|tu peux|peux-tu) (?:a |à |d'|de )?(?:bien )?(?:tout )?(?:effacer|supprimer|vider)\b" + _EMBARRASSED,
        r"\b(?:efface|supprime|effaces|supprimes)(?:[- ](?:les|la|le|tout))?\b[^.?!]{0,6}\b(?:apres|après|quand|des que|avant|une fois)\b",
        # Spanish: "borra los msjs dsps de leerlos", not "borre el chat sin querer"
        r"\b(?<!\bya )(?<!\blo )(?<!\bla )(?:borra|borren|borres|borralo|borrala|borralos|borralas|elimina|eliminen|elimines|eliminalo|eliminalos|vacia|deleta)"
        rf"(?: (?:el|la|los|las|este|esta|estos|estas|nuestro|nuestros|nuestra|nuestras|tus|mis|todos los|todo el|toda la|todas las|ese|esos))? {_MSG_ES}\b" + _EMBARRASSED + _SURPRISE + r"(?![^\n]{0,30}\b(?:la abuela|el abuelo|tu abuela|tu abuelo)\b)" +
        r"(?![^.?!]{0,40}\b(?:espacio|memoria|almacenamiento|viejas|viejos|antiguas|antiguos|repetidas|repetidos|borrosas|drive|nube|galeria)\b)",
        r"\b(?:borra|borralo|borrala|borralos|borralas|elimina|eliminalo|eliminalos)\b[^.?!]{0,20}\b(?:despues|dsps|dps|luego|cuando|apenas|al terminar|en cuanto)\b",
        r"\b(?:acuerdate|acordate|recuerda|recorda|no te olvides|no olvides|tienes que|tenes que|hay que|debes|asegurate)(?: de)? (?:borrar|eliminar|vaciar)\b",
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
        rf"\b(?:t'as|tu as|as-tu|t as|ta|tas|t'a|tu a|vous avez|t'aurais|tu aurais)(?: un| une| le)?(?: compte)? {_APP}",
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
        r"\b(?<!\bthe )(?<!\ba )(?<!\bteam )(?<!\bgroup )(?<!\bfamily )(?<!\bclass )(?<!\bsquad )(?<!\bclan )(?:talk|talking|chat|chatting|text|texting|message|msg|dm|pm|inbox|call|add|find me|hit|hmu|hit me up|reach|contact|"
        r"continue|continuing|carry on|keep talking|keep chatting|move|moving|switch|switching|go|come|join|get|pop|hop|jump|head|speak|ping|facetime|video chat|vc)"
        r"(?: (?:me|us|this|it|each other|the chat|our chat|this chat|this convo|the convo|things|up))?(?: up)?(?: (?:over|there|instead))?"
        rf" (?:on|to|in|at|onto|into|via|over on|over to|through|thru)(?: your| my)? {_APP}",
        r"\b(?:let'?s|we should|we can|can we|could we|shall we|why don'?t we|how about we|want to|we could|we'?d better|i'?d rather|"
        r"i prefer|prefer to|easier to|safer to) (?:just |maybe |then )?(?:use|talk|chat|text|move|switch|go|continue|carry on|keep|hop|jump|head)"
        # a whole group moving (the family group, the team chat) is not the two of them going private
        r"\b(?![^.?!]{0,25}\b(?:group|groups|class|team|squad|guild|clan|raid|server|family|everyone|everybody)\b)"
        rf"[^.?!]{{0,25}}\b(?:on|to|in|onto|over|via|at)(?: your| my)? {_APP}",
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
        rf"\b(?:r?ajoute|r?ajoutes|r?ajoutez|add)[- ]?(?:moi|moa|nous)\b[^.?!]{{0,12}}\b(?:sur|a|en|dans) {_APP}",
        r"\b(?<!\best )(?<!\bsont )(?<!\betait )(?<!\bsommes )(?:on continue|on parle|on discute|on jase|on se parle|on s'ecrit|on se texte|on passe|on va|on se retrouve|on bouge|"
        r"continu\w*|parl\w*|discut\w*|passe|passons|passez|va|allons|viens-t'en|viens t'en|vien t'en|viens-ten|viens ten|venez-vous-en|viens|vien|rejoin\w*|ecri\w*|texte\w*|envoie\w*|jase|jasons|"
        r"contacte\w*|appelle\w*|message\w*|retrouve\w*)(?:[- ]?moi)?(?: (?:un|une) (?:msg|message|mess|texto|dm|mp|vocal|snap))?(?: plutot| tranquille| plus tranquille| en prive| en mp| en pv| directement)?"
        rf" (?:sur|par|via|dans|en) {_APP}",
        r"\b(?<!\blaisse )(?<!\blaisser )(?<!\bai )(?<!\bj'ai )(?<!\ba )(?<!\bas )"
        rf"(?:telecharge|telecharges|telechargez|telecharje|telechar|installe|installes|installez|instale|prends|chope|choppe)(?:[- ]moi)?(?: l'app| l'appli| l'application)? {_APP}",
        rf"\b(?:tu peux|peux-tu|peux tu|tu pourrais|faut|il faut que tu|tu devrais|essaie de|va) (?:telecharger|installer|prendre|te faire|aller sur|venir sur)(?: un compte)? {_APP}",
        rf"\b{_APP}[^.?!]{{0,25}}\b(?:tranquille|tranquil|tranquilles|en prive|plus prive|plus discret|plus safe|plus securise|plus simple|plus facile|plus pratique|ben mieux|bien mieux|a la place|au lieu d'ici)\b",
        # Spanish: "hablemos por telegram", "pasate a insta", "mandame un whatsapp", "descargate guasap"
        r"\b(?:[bv]amos a (?:h?ablar|chatear|seguir|escribirnos|pasarnos|movernos)|[bv]amonos|ablemos|ablamos|ablame|ablar|hablemos|hablamos|habla|hablame|pasate|psate|pasat|pasemos|pasemonos|pasamos|vamonos|vamos|movamos|vayamos|sigamos|seguimos|"
        r"continuemos|agregame|agrega|anademe|añademe|escribeme|escribime|mandame|enviame|seguime|sigueme|llamame|contactame|buscame|"
        r"hablar|chatear|chateamos|chateemos|mensajeame|escribir)(?: mejor| mas tranquilos| tranquilos| tranquilo)?"
        rf" (?:a|al|por|en|x|x el|por el|en el) {_APP}",
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
    ),
    # --- platform_migration: disappearing messages -------------------------------------------------
    *_p(
        C.PLATFORM_MIGRATION,
        "asks for disappearing messages",
        rf"\b(?:{_DISAPPEARING}|self destructing|self-destructing|ephemeral|auto delet\w+|auto-delet\w+|timed|temporary) {_MESSAGES}\b",
        r"\bvanish mode\b",
        r"\b(?:messages|message|msgs|msg|mode|conv|conversation|discussion)s? (?:ephem\w+|temporaires|temporaire|secrets|secretes|qui disparai\w+|qui se disparai\w+|qui s'efface\w*|qui efface\w*)\b",
        r"\bmensajes? (?:temporales|temporarios|efimeros|que se borran|que borran|que desaparecen|que se autodestruyen|que se eliminan)\b|\bmodo (?:efimero|temporal|fantasma|desaparecer)\b",
        # "alli los mensajes se borran solos", "les messages s'effacent tout seuls", "the messages vanish"
        r"\b(?:mensajes|msjs|chats|fotos|conversaciones|messages|msgs|msg|conv|conversations|snaps|texts|pics|photos) (?:se (?:borran|eliminan|van|autodestruyen|desaparecen)|desaparecen|s'e?ff?ac\w*|s'autodetruisent|disparaiss\w*|se suppriment|vanish|disappear|dissapear|disapear|dissappear|delete themselves|auto ?delete|self[- ]destruct|get deleted automatically)"
        r"(?: (?:solos|solitos|sol[oa]s|tout seuls|toute seules|seuls|automatiquement|automaticamente|after|au bout|apres|despues|on their own|by themselves|once|when (?:you|they)|right away))?\b(?! (?:from my|on my|after the update|for no reason|again))",
    ),
    # --- isolation: they don't understand you ---------------------------------------------------
    *_p(
        C.ISOLATION,
        "says family or friends do not understand or care about the child",
        # "your parents don't understand you", "ur mom doesnt care abt u", "they never listen to you"
        rf"\b(?<!\bdid )(?:{_YOUR_KIN}|they|those people|people|everyone else|everybody else)"
        r"(?: just| really| realy| rly| even| actually| truly| ever| all| literally| honestly| clearly| obviously)?"
        r" (?:don'?t|doesn'?t|do not|does not|never|won'?t|can'?t|will never|would never|ain'?t)"
        r"(?: really| realy| rly| even| actually| truly| ever| care to| try to| want to| bother to)?"
        rf" {_VERB_YOU_EN}\b(?! (?:to|for|if|when|because|about|after))",
        rf"\b(?:{_NOONE}|none of them|not even your \w+){_ELSE}(?: really| realy| rly| reely| actually| truly| ever| even)?"
        rf" {_GETS_YOU}\b",
        rf"\b(?:{_YOUR_KIN}|they) (?:wouldn'?t|won'?t|would never|will never|couldn'?t|can'?t)(?: ever)? (?:understand us|understand this|understand what we|understand our|understand about us|understand you like)\b",
        rf"\b{_YOUR_KIN} (?:wouldn'?t|won'?t|wont|would never|will never|couldn'?t|can'?t|never)(?: ever| really)? (?:get it|get us|get this|understand it|understand)(?=\s*(?:[.,!?]|$|anyway|tho|though|like i do|the way i do))",
        r"\b(?:they'?re|they are|there|theyre|they r|their)(?: just| all| always| allways| alwayz| only| so)? (?:against you|out to get you|jealous of you|laughing at you|talking behind your back|using you)\b",
        rf"\b(?:she|he|they|{_YOUR_KIN})(?: just| always| still)? (?:treats you|treat you) like a (?:little |lil |small )?(?:kid|baby|child|toddler)\b",
        rf"\b(?:she|he|they|{_YOUR_KIN})(?: just| only| always| all)? (?:want to control|wants to control|try to control|tries to control|trying to control|want to run your life|wants to run your life)\b",
        # French: "tes parents ne te comprennent pas", "ta mere s'en fout de toi"
        rf"\b(?:{_KIN_FR}|ils|elles|eux)(?: ne| n')? (?:te|t') ?(?:comprend\w*|comprand\w*|conprend\w*|compren\w*|connai\w*|respect\w*|aim\w*|ecout\w*|merit\w*|valoris\w*|apprecie\w*|soutien\w*|voi\w*|accepte\w*)"
        r" (?:pas|jamais|plus|point|vraiment pas|pas vraiment|pas du tout|pas comme moi|rien)\b",
        rf"\b(?:{_KIN_FR}|ils|elles|elle|il)(?: \w+)? (?:s'en|sen|s en) (?:fout\w*|fou|fous|fiche\w*|balanc\w*|tape\w*|bat\w*|contrefou\w*|branle\w*|sacr\w*|calisse\w*|crisse\w*|cawliss\w*)(?: (?:de toi|d'toi|de ta vie|de ce que tu))?\b",
        rf"\b(?:{_KIN_FR}|ils|elles)(?: ne| n')? (?:s'interesse\w*|s'occupe\w*|se soucie\w*|se preoccupe\w*|pense\w*) (?:pas|jamais|plus)(?: vraiment)? (?:a toi|de toi)\b",
        rf"\b(?:ils|elle|il|{_KIN_FR}) (?:te )?(?:comprendrai(?:en)?t|comprendront|comprendra) (?:pas|jamais|rien)\b",
        rf"\b(?:ils|elle|il|{_KIN_FR})(?: ne)? (?:te traite|te traitent|te considere|te considerent) comme (?:un|une) (?:bebe|enfant|gamin\w*|petit\w*)\b",
        rf"\b(?:ils|elle|il|{_KIN_FR}) (?:veut|veulent)(?: juste| seulement| toujours)? (?:te controler|tout controler|nous separer)\b",
        # Spanish: "tus papas no te entienden", "a tu mama no le importas", "tu familia no te valora"
        rf"\b(?:{_KIN_ES}|ellos|ellas|(?:esas?|esos?) (?:amig\w+|chic[oa]s|pib[ae]s|compas|panas|gente|personas|tip[oa]s|mina?s|pendej[oa]s))(?: realmente| en realidad| ni siquiera)? (?:no|nunca|jamas|ni) (?:te|t) ?(?:banca\w*|soporta\w*|aguanta\w*|pelan|pela|pelaron|entiende\w*|entend\w*|comprende\w*|valora\w*|quiere\w*|escucha\w*|aprecia\w*|respeta\w*|merece\w*|conoce\w*|apoya\w*|cuida\w*|acepta\w*)\b",
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
        r"\b(?:only|just) (?:i|me)(?: really| truly| actually| can| will| would)? "
        r"(?:get you|gets you|understand you|understands you|understnd you|undrstand you|care about you|cares about you|care abt you|love you|loves you|know you|knows you|see you|sees you|listen to you|listens to you|accept you|appreciate you)\b",
        # "they never listened to you like i do", "no one treats you the way i do"
        r"\b(?:never|don'?t|doesn'?t|didn'?t|won'?t|can'?t|no one|nobody|noone) (?:really |even |ever |actually )?(?:gets?|understands?|understood|listens? to|listened to|cares? about|cared about|loves?|loved|knows?|knew|sees?|saw|appreciates?|appreciated|values?|treats?|treated) (?:you|ya) (?:like i do|the way i do|as much as i do|half as much as i do|like i can)\b",
        r"\b(?:no|nunca|jamas|nadie|nadi3) (?:te|t) ?(?:entend|entiend|comprend|escuch|valor|quier|cuid|conoc|apoy|respet|aprecia|trat|trata)\w* (?:como y[o0]|como lo hago y[o0]|tanto como y[o0]|como te \w+ y[o0]|igual que y[o0])(?!\w)",
        r"\b(?:ne |n')?(?:te|t') ?(?:comprend|ecout|aim|connai|respect|apprecie|trait)\w* (?:pas|jamais|plus|pas vraiment) (?:comme moi|autant que moi|comme je le fais)\b",
        # "you're better off with just me", "t'es mieux avec moi", "estas mejor conmigo"
        rf"\byou'?(?:re| are| r|d be| would be| will be|'ll be)? (?:so |way |much |a lot |honestly |just )?better off (?:with (?:just |only )?me|without (?:them|those \w+|any of them|{_YOUR_KIN}))\b",
        r"\b(?:t'es|tu es|t es|tu serais|t'serais|t serais|tu seras) (?:bien |tellement |vraiment |beaucoup )?mieux (?:avec moi|sans (?:eux|elles|tes \w+|ta famille|tes parents))\b",
        r"\b(?:estas|estarias|vas a estar|estarias mucho|stas) (?:mucho |re |mil veces )?mejor (?:conmigo|sin (?:ellos|ellas|tus \w+|tu familia|esa gente|esas \w+|esos \w+))\b",
        r"\b(?:conmigo|me tienes a mi|me tenes a mi) no te hace falta (?:nadie|nada)\b|\bno te hace falta nadie (?:mas|mas que yo)\b|\bno necesitas a (?:nadie mas|nadie mas que a mi)\b",
        r"\b(?:i'?m|i am) the only (?:one|person|1)(?: who| that| who will| who can| who'?ll| that'?ll| who really| that really| who actually| who truly| who'?s| that'?s| who is| who'?s actually| who'?s really| who is really| who is actually)? "
        r"(?:gets you|get you|understands you|understand you|cares about you|cares for you|loves you|listens to you|is there for you|will be there for you|"
        r"knows you|accepts you|sees you|on your side|in your corner|got your back|has your back|there for you|does\s*(?:[.!,❤]|$)|really does\s*(?:[.!,❤]|$)|cares\s*(?:[.!,❤]|$))",
        r"\bthe only (?:one|person|1) (?:who|that)(?: really| truly| actually| ever| genuinely)? "
        r"(?:gets you|understands you|cares about you|loves you|listens to you|knows you|accepts you|sees you|appreciates you|is there for you)\b",
        r"\bi care (?:about|abt) you more than (?:they|them|anyone|any one|anybody|your \w+)\b",
        r"\b(?:it'?s |its )?(?:you and me|me and you|us) against (?:the world|them|everyone|everybody)\b",
        r"\b(?:y a|il y a|ya|y'a|il n'y a|ya juste|y a juste|il y a juste) (?:que |juste )?moi (?:qui|ki|qu'il) (?:te|t') ?(?:comprend\w*|comprand\w*|connai\w*|aim\w*|ecout\w*|respect\w*|voi\w*|apprecie\w*)\b",
        r"\b(?:je suis|j'suis|jsuis|chu|je sui|suis) (?:le seul|la seule|la seule personne|le seul mec|l'unique) (?:a |qui |à |ki )?(?:te |t')?(?:comprend\w*|comprendre|connai\w*|connaitre|aim\w*|ecout\w*|vraiment te|tenir a toi|etre la pour toi|(?:est|es|sera|suis) la pour (?:toi|vrai|de vrai)|de ton bord|de ton cote)\b",
        rf"\b(?:{_PERSONNE}|aucun|aucune)(?: d'autre| dautre| d autre| d'autres| ne| n')?(?: ne| n')? (?:te|t') ?(?:comprend\w*|comprand\w*|conprend\w*|connai\w*|aim\w*|ecout\w*|apprecie\w*|respect\w*|soutien\w*)\b"
        r"(?! (?:ce|cette|ces|le|la|les|un|une|l')\b)",
        rf"\b(?:{_PERSONNE}|aucun|aucune)(?: d'autre| dautre| d autre| d'autres| ne| n')?(?: ne| n')? (?:te|t') ?\w+ (?:comme moi|autant que moi|mieux que moi|a part moi|à part moi|sauf moi|a par moi|apart moi)\b",
        r"\b(?:solo|solamente|nomas|nada mas) (?:yo|yo si) (?:te|t) ?(?:entiendo|entiend\w*|comprendo|quiero|valoro|conozco|escucho|cuido|acepto|aprecio|respeto)\b",
        r"\b(?:soy|yo soy) (?:el unico|la unica|el unik|la unik)(?: persona)? (?:que|ke|quien)(?: de verdad| realmente| en serio)? (?:(?:te|t) ?(?:entiende|entiendo|comprende|quiere|valora|conoce|escucha|cuida|acepta|importas?)|(?:esta|estoy|estara|va a estar|siempre esta)(?: siempre)? (?:pa'?|para|por|ahi para|ahi pa'?) (?:ti|vos))",
        rf"\b{_NADIE}(?: mas| nunca)? (?:te|t) ?(?:entiende|entendera|comprende|quiere|querra|conoce|valora|escucha|aprecia|cuida|acepta)\b",
        r"\bnadie (?:como yo|te quiere como yo|te va a querer como yo)\b",
    ),
    # --- isolation: runs down friends and family -----------------------------------------------
    *_p(
        C.ISOLATION,
        "runs down the child's friends or family",
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
]
