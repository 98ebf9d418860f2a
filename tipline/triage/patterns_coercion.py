"""The coercion patterns: threats of exposure or harm, demands for money, gift cards or crypto,
and pressure (deadlines, flagged ``"deadline"`` for urgency, and guilt trips). Folded text, English,
French and Spanish, as described in patterns.py.

Sextortion threats are built from families: a first-person future ("i'll", "je vais", "voy a")
or present ("i post", "je poste", "subo"), an exposure verb (send, post, share, leak, show...),
an object that is the child's image or "everything", and a recipient that belongs to the child
(your mom, your school, your followers, everyone); or the recipient as subject ("your whole
school sees it", "tout le monde va la voir", "todos la van a ver"). Indirect threats are families
too: the image moving to an audience ("ta photo part chez tes parents", "la foto les llega a todos
tus companeros"), the audience seeing it verb first ("la ven tus companeros"), a page or group
named after a deadline ("then at 9:01 it's on the confessions page"), a dare ("tell them and I post
it", "diselo y lo subo"), the present for the future with a condition ("je les publie si tu...",
"las publico si no...") and "unless you send another" ("salvo que me mandes otra"). Implied threats never name the
image: a hint at what the contact holds ("you know what I have", "je garde tout ce que tu m'as envoye", "tengo lo que
me mandaste"), a question about who should see what the child sent ("u want ur mom 2 see wat u sent me?", "et si ta mere
voyait..."), one click away ("a un clic de que todos lo vean"), and blocking that will not help. Bare connectives ("or else",
"unless you", "come on", "by friday") are not evidence on their own: everyday chat is full of
them.
"""

from __future__ import annotations

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import Pattern, _p
from tipline.triage.patterns_trust import _not_after_within

# --- local fragments (English) ---------------------------------------------------------------
_FUT_EN = (
    r"(?:i'll|i will|i'd|i would|i can|i could|i'm(?: going to| about to| gonna)?|i am(?: going to)?|"
    r"i'mma|imma|ima|i'ma|going to|let me|watch me|"
    # West African Pidgin: "i go share your picture", "i fit post am" (not "when i go send...")
    r"(?<!when )(?<!if )(?<!before )(?<!after )(?<!where )(?<!as )(?<!can )(?<!do )(?<!did )i (?:dey )?go|i fit)"
    r"(?: just| really| literally| definitely| def)?"
)
_VERB_EN = (
    r"(?:post(?:ing)?|send(?:ing)?|sned|shar(?:e|ing)|shere|sahre|leak(?:ing)?|show(?:ing)?|expos(?:e|ing)|"
    r"forward(?:ing)?|upload(?:ing)?|publish(?:ing)?|spread(?:ing)?|releas(?:e|ing)|drop(?:ping)?|"
    r"putting|text(?:ing)?|email(?:ing)?|e-mail(?:ing)?|blast(?:ing)?|circulat(?:e|ing))"
)
_IMG_EN = (
    r"(?:pics?|pix|pictures?|photos?|fotos?|nudes?|videos?|vids?|recordings?|screen ?shots?|"
    r"screen ?caps?|ss|caps|captures?|images?|imgs?|selfies?|clips?|snaps?|chats?|messages|msgs|"
    r"convos?|conversations?|dms|texts|files?|content)"
)
_OBJ_EN = (
    r"(?:(?:your|the|that|those|these|this|all (?:your|the|of your|of the|of those|those)|every|each|my) "
    r"(?:\w+ ){0,2}?" + _IMG_EN + r"|everything|all of it|it all|what you sent(?: me)?|the one you sent)"
)
_KIN_EN = (
    r"(?:mom|mum|mommy|mummy|mother|ma|moms|dad|daddy|father|par[ea]nts?|prents|rents|folks|family|fam|"
    r"sister|sis|brother|bro|siblings|grandma|grandpa|grandparents|nana|aunt|uncle|cousins?|stepmom|"
    r"stepdad|friends?|frends|freinds?|frens|frnds|mates|besties?|bff|classmates?|class|school|teachers?|principal|coach|"
    r"skool|skul|scool|schol|team|teammates|church|boyfriend|girlfriend|bf|gf|crush|followers?|follower list|contacts|"
    r"contact list|friends? list|neighbou?rs|group ?chats?|gc|ex|form|tutor group|year group|homeroom|club|squad|year)"
)
_POSS_EN = r"(?:your|you're)\b"
_EVERY_EN = (
    r"(?:everything|evrything|everthing|everythin|evrythin|errything|eveything|everyting|everythng|all of it|it all)"
)
# "your mum", "your whole school", "your mum and your friends": the people a threat names.
_KIN_PAIR_EN = (
    _POSS_EN + r" (?:whole |entire )?(?:\w+ )?" + _KIN_EN
    + r"(?: (?:and|&|n) (?:all )?(?:of )?(?:" + _POSS_EN + r" )?(?:\w+ )?" + _KIN_EN + r")?"
)
_RECIP_EN = (
    r"(?:" + _KIN_PAIR_EN
    + r"|every(?:one|body)(?: (?:you know|on your \w+|in your \w+|at your \w+))?"
    r"|all (?:of )?your \w+|the whole (?:school|class|internet|world|town)|the internet|all of them|them all|"
    r"\d+ (?:more )?(?:people|persons|contacts|followers|friends))"
)
_SUBJ_EN = (
    r"(?:" + _KIN_PAIR_EN
    + r"|every(?:one|body)(?: you know| (?:at|in|on|from) (?:your |the )?\w+(?: \d{1,2})?)?"
    r"|all (?:of )?your \w+|the whole (?:school|class|internet|world|town))"
)

# Photos of an event, not of the child: "the pics from the party", "the video of the game".
_NOT_EVENT_EN = (
    r"(?! (?:from|of|at) (?:the|our|my|his|her|their|last|yesterday|today|tonight|grandma'?s?|the school)\b)"
)

# --- local fragments (French) ----------------------------------------------------------------
_FUT_FR = r"(?:je vais|j'vais|jvais|j vais|je vai|jvai|je peux|j'peux|jpeux|je pourrais|moi je|je|j'|j)"
_VERB_FR = (
    r"(?:envoy(?:er|e)|envoi[es]?|enverrai|publi(?:er|e|es|s|erai)|post(?:er|e|es|erai)|partag(?:er|e|es|erai)|partaj(?:er|e)|"
    r"montr(?:er|e|erai)|balanc(?:er|e|es|erai)|diffus(?:er|e|erai)|mettre|mets|mettrai|affich(?:er|e|erai)|leak(?:er)?|"
    r"transf[ae]r(?:er|e)|"
    r"fai(?:re|s) (?:tourner|circuler)|expos(?:er|e))"
)
_IMG_FR = (
    r"(?:photos?|pics?|videos?|vids?|captures?|screens?|screenshots?|nudes?|images?|messages|"
    r"conversations?|convos?|snaps?|selfies?|enregistrements?)"
)
_KIN_FR = (
    r"(?:mere|mer|maman|mman|pere|papa|parents?|par[ea]nts?|rents|famille|fam|soeur|frere|"
    r"grand-mere|grand-pere|grands-parents|tante|oncle|cousins?|cousines?|amis?|amies?|potes?|copains?|"
    r"copines?|chum|blonde|mec|meuf|ecole|ekole|classe|college|colege|lycee|polyvalente|profs?|professeurs?|"
    r"enseignants?|directeur|directrice|coach|equipe|abonnes|followers|contacts|liste d'amis|"
    r"liste de contacts|liste d'abonnes|groupe)"
)
_RECIP_FR = (
    r"(?:(?:ta|tes|ton|t') ?(?:\w+ )?" + _KIN_FR + r"|tout le monde|toute (?:ta|ton|l') ?\w+|tout (?:ton|ta|l') ?\w+|"
    r"tous (?:tes|les) (?:\w+ )?" + _KIN_FR + r"|toute la classe|le groupe de (?:ta|ton|tes) \w+|"
    r"\d+ (?:personnes|contacts|amis|abonnes))"
)
_SUBJ_FR = (
    r"(?:tout le monde|toute (?:ta|ton|l') ?\w+(?: d'\w+| de \w+)?|tous tes \w+|toute la classe|"
    r"(?:ta|tes|ton) (?:\w+ )?" + _KIN_FR + r")"
    r"(?: (?:de|du|des|d'|de l'|de la) ?\w+)?"
    r"(?: (?:et|pis|puis) (?:tous |toute )?(?:(?:ta|tes|ton) )?\w+)?"
)

# --- local fragments (Spanish) ---------------------------------------------------------------
_FUT_ES = (
    r"(?:(?:te |le |les |se la |se las |se lo |se los |la |las |lo |los )?(?:voy|boy|vy) a|voa|"
    r"puedo|podria)"
)
_VERB_ES = (
    r"(?:mandar|enviar|pasar|ensenar|mostrar|publicar|subir|compartir|filtrar|difundir|reenviar|"
    r"poner|colgar|postear|quemar|exhibir|exponer|viralizar|conpartir)(?:se)?(?:la|las|lo|los)?"
)
_VERB_ES_NOW = (
    r"(?:mando|envio|paso|enseno|muestro|publico|subo|comparto|conparto|filtro|difundo|reenvio|pongo|"
    r"cuelgo|posteo|quemo|expongo|viralizo)"
)
_IMG_ES = (
    r"(?:fotos?|fotitos?|videos?|vids?|capturas?|screens?|imagenes|imagen|nudes|packs?|"
    r"conversaciones?|mensajes|chats?|audios?|grabaciones?|grabacion|selfies?)"
)
_OBJ_ES = r"(?:(?:tus|tu|todas tus|todos tus) (?:\w+ ){0,2}?" + _IMG_ES + r"|todo)"
_KIN_ES = (
    r"(?:mama|mami|mai|madre|papa|papi|padre|papas|padres|jefa|jefe|jefes|viejos|familia|fam|hermanas?|"
    r"hermanos?|abuel[ao]s?|tias?|tios?|primos?|primas?|amigos?|amigas?|panas|compas|cuates|"
    r"companer[oa]s?|escuela|eskuela|escuel|colegio|cole|liceo|prepa|secu|secundaria|instituto|insti|clase|salon|"
    r"grupo|profes?|profesor(?:es|a|as)?|maestr[oa]s?|director|directora|entrenador|equipo|novio|"
    r"novia|seguidores|contactos|lista de \w+|iglesia|vecinos)"
)
_RECIP_ES = (
    r"(?:todos(?: tus \w+)?|todo el mundo|tod[ao] tu \w+|todas tus \w+|tus? (?:\w+ )?" + _KIN_ES
    + r"|el grupo(?: de (?:tu|tus) \w+)?|\d+ (?:personas|contactos|amigos|seguidores))"
)
_SUBJ_ES = (
    r"(?:todos(?: tus \w+)?|todo el mundo|tod[ao] tu \w+|tus? (?:\w+ )?" + _KIN_ES + r")"
    r"(?: (?:y|e|i) (?:a )?(?:toda |todos )?(?:tus? )?\w+)?"
)

# A relative's gift card or present passed on by a parent: "send me the gift card code from grandma so i can load it on
# your account", "donne-moi le code de la carte de mamie", "pasame el codigo de la tarjeta que te dio tu tio y te la cargo".
_NOT_KIN_CARD = (
    r"(?![^\n]{0,60}\b(?:(?:from|for) (?:grandma|grandpa|granny|nana|nan|gran|your (?:aunt|auntie|uncle|nan|nana|gran|grandma|grandpa|godmother|godfather))|"
    r"(?:and|so|then) (?:i'll|i will|i can|we'll|we can) wrap (?:it|them)|"
    r"(?:load|put|add) it (?:on|to) (?:your|ur) account|de (?:mamie|papi|papy|mamy|ta (?:tante|grand-mere|marraine)|ton (?:oncle|parrain|grand-pere))|"
    r"sur ton compte|que te (?:dio|dieron|regalo|regalaron|mando|mandaron) tu|te la cargo|te lo cargo|en tu cuenta|de (?:tu|la) (?:abuela|abuelita|tia|madrina))\b)"
)
# Baby photos on a birthday: "j'envoie tes photos de bebe au groupe 😂 joyeux anniv", "voy a subir tus fotos de bebe al grupo".
_NOT_BABY = (
    r"(?![^\n]{0,40}\b(?:de bebe|de bebes|de bb|d'enfance|de quand t'etais (?:petite?|bebe)|de cuando eras (?:chiquit[oa]|bebe|peque\w*)|de nin[oa]|"
    r"baby (?:pics?|photos?|pictures?)|(?:pics?|photos?|pictures?) (?:of you )?as a baby|joyeux anniv\w*|bon anniv\w*|feliz cumple\w*|happy b(?:irth)?day)\b)"
)

def _leet(*words: str) -> str:
    """Each word with its vowels o, e and i written as the digits 0, 3 and 1, in every combination, as one alternation of
    literals ("obey", "0bey", "ob3y"...): folding reads digits between letters as letters, but not at a word's edge, and the
    literal screen needs plain strings, not character classes."""
    import itertools
    swap = {"o": "o0", "e": "e3", "i": "i1"}
    out = []
    for w in words:
        out += ["".join(p) for p in itertools.product(*(swap.get(ch, ch) for ch in w))]
    return "(?:" + "|".join(out) + ")"


# --- money ------------------------------------------------------------------------------------
# Numbers in words, in the three languages ("cinquante mille", "two hundred", "doscientos").
_NUMWORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"deux|trois|quatre|cinq|dix|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|"
    r"dos|tres|cuatro|cinco|seis|diez|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|"
    r"trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos|mil)"
)
_AMOUNT_WORD = (
    r"(?:\d[\d,.]{0,12}\s?(?:usd\b|eur\b|dol+[ae]rs?|dolares|dls\b|bucks|quid|pounds(?! of)|euros?|pesos|balles|piasses?|lucas|"
    r"varos|rupees|rs\b|inr\b|francs|fcfa|cfa\b|soles|reais|naira|cedis)|\b(?:a hundred|a thousand|a grand|(?:\d{1,3} )?mil|"
    + _NUMWORD + r"(?:[ -](?:and |et |y )?" + _NUMWORD + r"){0,3}) "
    r"(?:dollars|bucks|quid|pounds(?! of)|euros|pesos|dolares|balles|francs|fcfa|naira|cedis|rand|soles|reais|rupees|shillings|lucas)"
    # rand and shillings written before the digits: "R2000", "KSh 500"
    r"|\b(?:r|ksh ?|kes ?|ghs ?|zar ?|ngn ?)\d{3,}[\d,.]*\b)"
)
# "50e" is 50 euros, but "en 6e", "la 5e" is a French school year (blind set 9).
_AMOUNT = r"(?:[$£€] ?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?[$£€]|(?<!en )(?<!de )(?<!la )(?<!ma )(?<!ta )(?<!sa )(?<!une )(?<!des )(?<!les )\d[\d,.]{0,12}\s?e\b|" + _AMOUNT_WORD + r")"
# Digit-led amounts only, for regexes that start with the amount (a word list there is slow).
_AMOUNT_LEAD = (
    r"(?:[$£€] ?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?(?:[$£€]|e\b|usd\b|eur\b|dol+[ae]rs?|dolares|dls\b|bucks|quid|pounds(?! of)|euros?|"
    r"pesos|balles|piasses?|lucas|varos|rupees|rs\b|inr\b|francs|fcfa|cfa\b|soles|reais|naira|cedis))"
)
_GIFT = (
    r"(?:gift ?cards?|(?:steam|google play|play store|itunes|apple|amazon|roblox|xbox|psn|playstation|"
    r"razer(?: gold)?|vanilla|visa|ebay|nintendo|sephora|target|walmart|fortnite|valorant)"
    r"(?: gift)? ?(?:cards?|codes?)|paysafe ?(?:card)?|neosurf|transcash|pcs|robux|v-?bucks)"
)
_CRYPTO = r"(?:\u20bf|\b(?:bitcoins?|bitcons?|bit coins?|btc|crypto|cripto|eth|ethereum|usdt|tether|monero|xmr|ltc|litecoin)\b)"
_PAYAPP = (
    r"(?:cash ?app|venmo|zelle|paypal|western union|moneygram|revolut|wise|interac|apple pay|mercado pago|bizum|oxxo|nequi|yape|upi|paytm|g ?pay|google pay|phonepe|m-?pesa|orange money|mtn money|mobile money|airtel money|wave|e-?wallet|lydia|paylib|wero|plin|daviplata|gcash|ecocash|moov money|sinpe|"
    r"pix|bank transfer|eft)"
)

# What people send to a parent or a friend that is not the child's image (a link, a present...).
_NOT_ERRAND_EN = (
    r"(?! (?:you |her |him |them )?(?:a |an |the |some |my )?(?:reset |password |new |confirmation |verification |quick )?"
    r"(?:link|invite|invitation|email|e-mail|reminder|receipt|code|form|details|info|address|card|gift|present|flowers|"
    r"money|package|parcel|schedule|recipe|photos? of the|pics? of the)s?\b)"
)
# Exposure verbs in the present used for the future ("je publie", "la subo").
_EXPOSE_ES_NOW = r"(?:publico|subo|filtro|difundo|cuelgo|posteo|quemo|expongo|viralizo|reenvio|muestro|enseno)"
_EXPOSE_FR = r"(?:publi(?:e|es|s|erai)|post(?:e|es|erai)|balanc(?:e|es|erai)|diffus(?:e|erai)|leak|affich(?:e|erai)|partag(?:e|erai))"
_IMG_ANY = (
    r"(?:pics?|pictures?|photos?|fotos?|videos?|vids?|nudes?|screenshots?|screens?|captures?|capturas?|recordings?|"
    r"enregistrements?|grabacion(?:es)?|images?|imagen(?:es)?|selfies?|clips?)"
)
# A social or school audience named as a place ("the confessions page", "le groupe de ta classe").
_VENUE = (
    r"(?:page|group ?chat|group|gc|chat|story|stories|feed|account|server|channel|site|forum|insta|instagram|snap|"
    r"snapchat|tiktok|facebook|twitter|reddit|discord|school|class|internet|web)"
)

_TIME_UNIT = r"(?:hours?|hrs|minutes?|mins?|seconds?|secs?|minutos?|horas?|heures?|segundos?)"

# How long the contact has waited for a reply ("an hour", "all night", "40 minutes"), and for what.
_WAIT_FOR = (
    r"(?:an hour|hours|ages|forever|all (?:day|night|nite|evening)|\d+ ?(?:min|mins|minutes|hours?|hrs)|(?:\w+ )?(?:minutes|hours))"
)
_WAIT_WHAT = (
    r"(?:for (?:you|u) to (?:answer|reply|respond|text(?: me)? back|write back|get back to me|message me)|for (?:your|a) (?:reply|answer|"
    r"response|text|message)|on (?:you|your reply))"
)

# --- money demands without the imperative ----------------------------------------------------
# What is demanded: an amount, gift cards, crypto, "the codes", "money" (not "10 minutes").
_MONEY = (
    r"(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO + r"|(?:the |da |tha |dem |those |les |los )?(?:gift ?card |steam |card )?"
    r"(?:codes?|codigos?)\b|the money|money|cash|l'argent|de l'argent|dinero|plata|lana|"
    r"\d{2,}[\d,.]*\b(?! ?(?:min|mins|minutes?|sec|secs|seconds?|h|hrs?|hours?|days?|minutos?|horas?|heures?|jours?|dias?)\b))"
)
# What paying buys: the images gone, the contact gone ("and i'll delete it", "et je supprime tout", "y las fotos desaparecen");
# not "and we're even", which friends settling a debt say too.
_GONE = (
    r"(?:(?:i'll|i will|ill|i'm going to|imma|i) (?:(?:delete|erase|remove|wipe|destroy)(?: (?:it|them|everything|it all|all of it|all|"
    r"(?:the|your|those|all the|all your) (?:\w+ )?" + _IMG_EN + r")\b|(?=\s*(?:[.!?,]|$|[^\w\s])))|leave you alone|disappear|"
    r"forget (?:it|about it|everything))|"
    r"(?:it|this|that|everything)(?:'s| is| all)? (?:all )?(?:goes away|go away|disappears|gone|deleted|ends|is over)|(?:the|your|those|all the|all your) (?:\w+ )?" + _IMG_EN
    + r" (?:disappear|go away|get deleted|are gone|vanish|get erased)|you(?:'ll| will) never hear from me|nobody (?:sees|will see)|"
    r"no one (?:sees|will see)|je (?:supprime|efface|detruis|disparais|te laisse tranquille|t'oublie)|j'?\s?(?:supprime|efface)|"
    r"tout (?:(?:ca|sa|ceci) )?(?:disparait|s'arrete|est efface|est supprime|s'efface)|(?:les|la|tes|ta) (?:\w+ )?" + _IMG_FR
    + r" (?:disparai\w+|sont supprimees|seront supprimees|s'effacent)|tu (?:n'entendras|entendras) plus parler de moi|"
    r"(?:(?:lo|la|los|las) )?(?:borro|elimino)\b|desaparezco|te dejo (?:en paz|tranquil[oa])|todo (?:eso )?(?:se borra|desaparece|se acaba|termina)|"
    r"(?:las|la|tus|tu|los|el) (?:\w+ )?" + _IMG_ES + r" (?:desaparecen|desaparece|se borran|se borra)|no sabes mas de mi|"
    r"quedamos en nada|aqui no paso nada)"
)
# A friend settling a debt: "send me the $20 and we're even", "venmo me 20 and we're square", "the 20 bucks you owe me".
_SQUARE_EN = r"(?![^.?!]{0,40}\b(?:(?:we're|we are|were|we'll be|that makes us) (?:even|square|quits|good)|(?:you|u) owe)\b)"
# A friend's or a parent's errand named after the amount: "venmo me $8 for the movie ticket", "send me $10 for the pizza".
_FOR_ERRAND_EN = (
    r"(?![^.?!\n]{0,30}\bfor (?:the |my |your |our |a |an |his |her )?(?:movies?|cinema|tickets?|pizza|lunch|dinner|breakfast|snacks|food|uber|lyft|"
    r"gas|rent|concert|bus|train|cab|taxi|coffee|drinks?|groceries|dues|trip|shirt|jersey|bday|birthday|present|gift)\b)"
)
# The hour a payment is wanted ("now now", "maintenant", "ahorita").
_NOW_ANY = (
    r"(?:now|right now|asap|today|tonight|immediately|this minute|maintenant|tout de suite|tt de suite|de suite|direct|ce soir|a soir|"
    r"aujourd'hui|immediatement|ya|ahora|ahorita|ahora mismo|hoy|esta noche|al tiro|de una|ya mismo|inmediatamente)\b"
)
# ... and not an errand between friends or family: "back", "for the pizza", "when u can", "a ta tante", "para el camion".
_NOT_ERRAND_PAY = (
    r"(?![^.?!]{0,30}\b(?:back|for (?:the|my|your|our|his|her|lunch|dinner|pizza|snacks|tickets?|gas|rent)|and i'll (?:buy|get|grab|order)|"
    r"we split|when (?:you|u) (?:can|get)|pour (?:la|le|les|l'|ton|ta|tes|mon|ma|son|sa)|quand (?:tu peux|t'as|tu as)|a (?:ta|ton|tes)|"
    r"por (?:la|el) (?:pizza|entrada|comida|cena)|para (?:la|el|mi|tu) (?:pizza|entrada|comida|cena|camion|bus|pasaje|regalo|cumple\w*)|cuando puedas|de (?:la|el) (?:entrada|pizza|comida|cena))\b)"
)

# A reassurance after "stop being dramatic" ("lol it's just a quiz", "t'as juste une egratignure"): a peer or a parent.
_NOT_TRIFLE = (
    r"(?![^.?!]{0,25}\b(?:lol|haha|lmao|(?:it's|its|it is|c'est|t'as|tu as|es|son) (?:just|only|juste|seulement|solo|nada|rien|nothing)|"
    r"(?:just|juste|solo) (?:a|an|one|un|une|uno|una))\b)"
)

# --- implied threats: what the contact holds, never named ("you know what I have") -------------
# What the child sent, left unnamed: "what u sent me", "everything you showed me", "every pic you ever sent".
_SENT_EN = (
    r"(?:(?:what|wat|wut|wht|everything|evrything|everythin|everthing|it all|all of it|anything|every (?:single )?(?:thing|one|pic|photo|picture|"
    r"video|vid|message|snap)|all (?:the )?(?:stuff|things|pics|photos|videos|vids|messages|snaps)|the (?:stuff|things)) "
    r"(?:you|u) (?:ever )?(?:sent|send|showed|gave|did (?:on|over) (?:cam|camera|video|facetime|call))(?: me)?\b)"
)
# What the child "really" does, as the audience would see it: "who you really are", "what their point guard gets up to",
# "ce que son fils envoie a des inconnus", "lo que su hija le manda a desconocidos".
_DOINGS_EN = (
    r"(?:who (?:you|u) really are|the real (?:you|u)\b|what (?:you|u|he|she|(?:their|his|her|your) (?:\w+ ){0,2}?\w+) (?:really )?(?:gets?|got) up to|"
    r"what (?:you|u|(?:her|his|their) (?:son|daughter|kid|child|girl|boy|player|student)) (?:really )?(?:do|does|did|send|sends|sent) "
    r"(?:online|at night|to (?:strangers|guys|men|people online)|on (?:cam|camera|here)|behind (?:their|her|his|your) back))"
)
_DOINGS_FR = (
    r"(?:qui (?:tu es|t'es) (?:vraiment|reellement|en vrai)|le vrai toi\b|ce que (?:tu|son fils|sa fille|leur fils|leur fille) "
    r"(?:fai[st]|envoies?|envoyais|montres?) (?:en ligne|la nuit|a des inconnus|aux inconnus|a des (?:mecs|gars|hommes|gens)|"
    r"sur (?:internet|cam|camera)|en cachette))"
)
_DOINGS_ES = (
    r"(?:quien eres (?:en realidad|realmente|de verdad)|lo que (?:su (?:hija|hijo|nena|nene) |tu )?(?:le |les )?(?:haces|hace|mandas|manda|"
    r"envias|envia|muestras|muestra) (?:en linea|online|por internet|de noche|a (?:desconocidos|extranos|hombres|chicos|gente)|a escondidas|en camara))"
)
# The same, where it cannot be an errand ("did your mom get what you sent?"): sent to me, or all of it.
_SENT_ME_EN = (
    r"(?:(?:what|wat|wut|wht|everything|evrything|it all|all of it|anything|every (?:single )?(?:thing|one|pic|photo|picture|video|vid|message|"
    r"snap)|all (?:the )?(?:stuff|things|pics|photos|videos|vids|messages|snaps)|the (?:stuff|things)) (?:you|u) (?:ever )?(?:sent|send|showed|gave) me|"
    r"(?:everything|evrything|every (?:single )?(?:thing|pic|photo|picture|video|vid|snap)|all (?:the )?(?:pics|photos|videos|vids|snaps)) "
    r"(?:you|u) (?:ever )?(?:sent|showed)(?! (?:to|in|on|into|for|her|him|them|us|the)\b)|what (?:you|u) did (?:on|over) (?:cam|camera|video|facetime|call))\b"
)
# What the contact has, said as a bare hint ("what i have.", "what i've got on you").
_WHAT_I_HAVE = (
    r"(?:what|wat|everything) i(?:'ve| have)? (?:still )?(?:have|got|kept|saved)(?=\s*(?:[.!?\u2026,]|$|[^\w\s]| (?:on|of) (?:you|u)\b))"
)
# ... said in praise, not as a threat: "your teacher saw what you sent me, she said it's great work".
_NOT_PRAISE = (
    r"(?![^.?!]{0,40}\b(?:great|loved|loves|love it|liked|proud|amazing|beautiful|good job|well done|thanks|thank you|adore|adorer|"
    r"genial|fier|fiere|bravo|magnifique|super beau|encanto|encantaron|orgullos[oa]|precios[oa]|gracias)\b)"
)
# A claim to keep it: "i still have", "i kept", "i screenshotted" (not "i got", which is only a receipt).
_KEEP_EN = (
    r"\bi(?:'ve| have)? (?:still (?:have|got)|(?:still )?(?:kept|saved|stored|backed up|screenshotted|screenshoted|screenshot|"
    r"screen ?recorded|downloaded)|never deleted|(?:didn't|did not|haven't|have not) delete[d]?)"
)
# ... unless it is homework, a keepsake or a thank-you: "i saved everything you sent to the class folder".
_NOT_KEEPSAKE_EN = (
    r"(?![^.?!]{0,30}\b(?:thanks|thank you|thx|ty|so sweet|so cute|(?:to|in|into|on|onto) (?:the|our|a|my) (?:\w+ )?(?:folder|drive|"
    r"portfolio|doc|document|file|computer|laptop)|(?:for|about|from|re|regarding) (?:the|class|school|work|our|homework|"
    r"project|assignment|trip)\b))"
)
_SENT_FR = r"(?:tout )?(?:ce que|c'que|ce qu'|c'qu') ?(?:tu m'as|tu m'a|t'm'as|tu m) ?(?:envoye|montre|donne|fait voir|file|partage)\w*"
_NOT_KEEPSAKE_FR = (
    r"(?![^.?!]{0,30}\b(?:merci|mignon|adorable|souvenirs?|pour (?:l'|le |la |les |ton |ta |mon |ma )?(?:expo\w*|devoirs?|projet|"
    r"cours|travail|dossier|exam\w*|classe)|hier soir pour))"
)
_SENT_ES = (
    r"(?:(?:todo|todito) )?lo que (?:tu |vos )?me (?:mandaste|enviaste|pasaste|mostraste|ensenaste|diste|compartiste)\b|"
    # usted: "todo lo que usted me mostro por la camara" (a bare "me mando" is also "he sent me", so usted is named)
    r"(?:(?:todo|todito) )?lo que (?:usted|ud) me (?:mando|envio|paso|mostro|enseno|dio|compartio)\b"
)
_NOT_KEEPSAKE_ES = (
    r"(?![^.?!]{0,30}\b(?:gracias|grax|lo reviso|lo leo|perfecto|listo|de la tarea|del trabajo|del proyecto|"
    r"para (?:la|el) (?:tarea|clase|trabajo|proyecto|examen))\b)"
)
# After a bare hint ("you know what I have."), the message ends, an emoji follows or a warning goes on;
# not "you know what I have? a new puppy" nor "remember what i have to do".
_HINT_END = (
    r"(?=\s*(?:[.!\u2026]|\?*\s*$|[^\w\s?\u00bf,.!:;]|,? (?:so|right|don't|remember|think|be|behave|and|now|just|yeah|ok|okay|alors|"
    r"donc|hein|pense|fais|sois|asi que|entonces|verdad|eh|portate|piensalo)\b))"
)
# Who sees it after one click: an audience and a verb ("your whole school sees", "tout ton bahut la voit", "todos lo ven").
_CLICK_AUD = (
    r"(?:every(?:one|body)(?: you know)?|tout le monde|todo el mundo|todos(?: tus \w+)?|(?:the )?whole \w+|all (?:of )?your \w+|"
    r"(?:tout|toute|todo|toda) (?:ton|ta|tu|le|la|l') ?\w+|(?:your|ur)(?: whole| entire)? (?:\w+ )?" + _KIN_EN
    + r"|(?:ta|tes|ton) (?:\w+ )?" + _KIN_FR + r"|(?:tu|tus) (?:\w+ )?" + _KIN_ES + r")"
    r" (?:\w+ )?(?:(?:la|le|les|lo|los|las) (?:va |vont |va a |van a )?(?:voit|voient|voie|verra|verront|verrait|voir|recoit|recoivent|recevoir|"
    r"ve|ven|vea|vean|vera|veran|veria|ver|recibe|reciben|recibir)\b|"
    r"(?:will |'ll |is going to |are going to |gonna |can |to |va |vont |va a |van a )?(?:see|sees|seeing|knows?|finds? out|get|gets|has|have|"
    r"receives?|voit|voient|voie|voir|verra|verront|saura|savoir|recoit|recoivent|recevoir|ve|ven|vea|vean|ver|vera|veran|sabe|sabra|saber|"
    r"recibe|reciben|recibir)(?: (?:it|them|this|that|everything|all of it|all|a copy|tout|ca|todo|eso)\b|(?=\s*(?:[.!?\u2026]|$|[^\w\s]))))"
)

# Schoolwork or a form due by a time ("faut rendre le devoir sur l'ENT avant minuit", "inscription avant midi"): a deadline, not pressure.
_NOT_SCHOOLWORK_FR = _not_after_within(
    ("devoir", "devoirs", "rendre", "rendu", "dm", "expose", "l'ent", "pronote", "inscription", "inscris", "inscrire", "candidature",
     "dossier", "formulaire", "projet", "redaction", "dissert", "moodle", "classroom"), 45)

# Family logistics before a parent is home ("quick, wrap the present before dad gets home", "vite, range ta chambre avant que
# maman rentre", "apurate a limpiar antes de que llegue mi mama"): a surprise or a chore, not hiding from a parent.
_NOT_HOUSE = (
    r"(?![^.?!\n]{0,80}\b(?:surprise|wrap|present|gift|cake|clean|tidy|decorat\w*|party|birthday|dishes|your room|chores|homework|mess|"
    r"dinner|laundry|trash|garbage|bins?|dog|cadeau|gateau|range|ranger|menage|vaisselle|ta chambre|devoirs|poubelles?|anniv\w*|chien|"
    r"sorpresa|regalo|pastel|torta|limpia\w*|ordena\w*|tu cuarto|tarea|tareas|platos|cumple\w*|perro|basura)\b)"
)

COERCION_PATTERNS: list[Pattern] = [
    # --- threat_coercion -------------------------------------------------------------------
    *_p(
        C.THREAT_COERCION,
        "threatens to send or post the child's images",
        # EN: "i'll send it to your mom", "i will share your pics with your whole class",
        # "im sending it to all of them", "i'll show your parents everything", "ima post your pics"
        r"\b" + _FUT_EN + r" " + _VERB_EN + _NOT_ERRAND_EN + _NOT_BABY + r"(?: \w+){0,4}? (?:to|with|on|in|for|at) " + _RECIP_EN
        + r"\b(?!,? so (?:she|he|they|you) can\b)",
        r"\b" + _FUT_EN + r" " + _VERB_EN + r" " + _RECIP_EN + r" (?:\w+ ){0,2}?(?:" + _OBJ_EN + r"|it|them)\b" + _NOT_EVENT_EN,
        r"\b" + _FUT_EN + r" " + _VERB_EN + _NOT_BABY + r" (?:your|ur) (?:\w+ ){0,2}?" + _IMG_EN + r"\b" + _NOT_EVENT_EN,
        r"\b" + _FUT_EN + r" (?:leak|expos)(?:e|ing)? (?:you|your|it|them|everything|the|this|that|all)\b",
        r"\b" + _FUT_EN + r" (?:post|leak|upload|publish|spread|releas|drop)(?:e|ing|ping)? "
        r"(?:it|them|everything|all of it|this|that|the (?:\w+ )?" + _IMG_EN + r")(?: (?:all )?(?:up|out))? "
        r"(?:online|everywhere|all over|on the internet|publicly|for (?:everyone|the world|all to see))",
        # EN, condition then act: "or i post everything", "otherwise i send it to them", "or im telling your mom"
        r"\b(?:or(?: else)?|otherwise|if not|else)[, ]+(?:" + _FUT_EN + r"|i) " + _VERB_EN
        + r" (?:(?:it|them|everything|this|that)\b(?! to you)|" + _OBJ_EN + r"|" + _RECIP_EN + r")",
        r"\b(?:or(?: else)?|otherwise|if not|else)[, ]+(?:" + _FUT_EN + r"|i) tell(?:ing)? " + _RECIP_EN,
        # EN, telling: "i'll tell ur parents everything", "im going to show everyone what you sent"
        r"\b" + _FUT_EN + r" (?:tell(?:ing)?|show(?:ing)?|snitch(?:ing)? to|rat(?:ting)? to|inform(?:ing)?) " + _RECIP_EN
        + r" (?:about |abt )?(?:" + _EVERY_EN + r"|what (?:you|we) (?:did|sent|send|showed|do|said|have done|been doing)\b|"
        r"about (?:us|this|the (?:\w+ )?" + _IMG_EN + r"|your (?:\w+ )?" + _IMG_EN + r"|what you)\b|all about (?:us|you|this|it)\b|"
        r"unless you|if you (?:don't|do not|dont|won't|wont) )",
        # EN, send it unless: "i'll post them unless you pay", "im sending it if u dont answer"
        r"\b" + _FUT_EN + r" " + _VERB_EN + r" (?:it|them|everything|" + _OBJ_EN + r")(?: \w+){0,3}? "
        r"(?:unless you|if you (?:don't|do not|dont|won't|wont|refuse to|stop|ever stop)) "
        r"(?:pay|send|do|answer|reply|respond|listen|cooperate|give|get|talk|text|block|ignore)",
        # EN, "i'll make sure everyone sees it"
        r"\b" + _FUT_EN + r" make sure " + _SUBJ_EN + r" (?:sees?|knows?|gets?|finds? out|hears? about)\b",
        # EN, the image as subject after an ultimatum: "or the photo goes out", "or your pics get posted"
        r"\b(?:or(?: else)?|otherwise|if not)[, ]+(?:the|your|that|those|these|this|my|all the|all your) (?:\w+ )?" + _IMG_EN
        + r" (?:goes|go|gets|get|will go|will get|is going|are going|are getting|is getting|will be) "
        r"(?:out|online|public|viral|posted|leaked|sent|shared|everywhere)\b",
        r"\b(?:or(?: else)?|otherwise|if not)[, ]+it (?:goes|gets|will go|will get) (?:out|posted|leaked|sent|shared)\b",
        r"\b(?:or(?: else)?|otherwise|if not)[, ]+(?:you know what (?:happens|will happen|i'll do|i will do|i can do|comes next)|"
        r"you(?:'ll| will|'re going to| are going to) (?:be sorry|see what happens))",
        # a bare "i will post everything" (leetspeak at the word's edges stays: "1 w1ll p0st 3v3ryth1ng"), to the end or a condition
        r"\b(?:i|1)(?:'ll| will|ll|'m going to| am going to|'m gonna|m gonna| gonna) (?:post|leak|upload|publish|expose|release|share|send out) "
        r"(?:" + _EVERY_EN + r"|3verything|3v3ryth1ng|3v3rything|all (?:of )?(?:it|them|your (?:\w+ )?" + _IMG_EN + r"))"
        r"(?=\s*(?:[.!]|$|[^\w\s])| (?:if|unless|online|everywhere|or)\b)",
        # "you'll see what happens if you don't listen", "tu vas voir ce qui va t'arriver si tu m'ecoutes pas", "vas a ver lo q te pasa si no me haces caso"
        r"\byou(?:'ll| will|'re going to| are going to| gonna) see what (?:happens|will happen|i (?:do|'ll do|will do)|i can do)\b[^.?!]{0,6}?\bif (?:you|u) "
        r"(?:don't|dont|do not|won't|wont|ever|stop|block|tell|ignore|refuse)\b(?![^.?!\n]{0,40}\b(?:jaja\w*|jeje\w*|lol|lmao|haha\w*|xd|mdr|ptdr)\b)",
        r"\btu (?:vas|va) voir ce (?:qui|que) (?:va (?:se passer|t'arriver)|t'arrive|se passe|je (?:vais faire|fais|peux faire))\b[^.?!]{0,6}?\bsi tu\b(?![^.?!\n]{0,40}\b(?:jaja\w*|jeje\w*|lol|lmao|haha\w*|xd|mdr|ptdr)\b)",
        r"\b(?:vas a ver|vai a ver|va a ver|ya (?:vas a )?veras|ya vera) (?:lo que|lo q|lo k|que|q) (?:te |le )?(?:pasa|va a pasar|pasara|hago|voy a hacer)\b"
        r"(?=[^.?!]{0,8}\bsi no (?:me )?(?:haces caso|hace caso|obedeces|obedece|mandas|manda|envias|pagas|contestas|respondes|escuchas|haces lo que)|\s*(?:[.!]|$))(?![^.?!\n]{0,40}\b(?:jaja\w*|jeje\w*|lol|lmao|haha\w*|xd|mdr|ptdr)\b)",
        # "itd be kinda sad if ur whole class saw the stuff from our call", "ce serait plate que ton chum voie nos conversations",
        # "seria una pena que tu mama viera las fotos"
        r"\b(?:it'?d|it would|that'?d|that would|would|wouldn't it) (?:be )?(?:kinda |kind of |so |really |pretty |such |a bit |real )?(?:a )?(?:sad|shame|pity|awful|terrible|embarrassing|bad|tragic) "
        r"if " + _SUBJ_EN + r" (?:saw|seen|found|got|heard about|found out about|read|watched) (?:it|them|this|that|these|those|" + _EVERY_EN
        + r"|what (?:you|u) (?:sent|did|showed)|the (?:\w+ ){0,2}?(?:stuff|" + _IMG_EN + r")|our (?:\w+ )?(?:stuff|call|calls|chats?|" + _IMG_EN + r")|your (?:\w+ )?" + _IMG_EN + r")\b",
        r"\b(?:ce serait|ca serait|c'?serait|ca s'rait|ce s'rait) (?:\w+ )?(?:plate|dommage|triste|bete|genant|con|poche) (?:que|qu'|si) "
        + _SUBJ_FR + r" (?:voie|voient|voyait|voyaient|tombe|tombent|tombait|lise|lisent|recoive|recoivent|apprenne|sache) (?:sur )?"
        r"(?:nos|tes|ta|les|ces|cette|ce que|tout)\b",
        r"\b(?:seria|que) (?:una )?(?:pena|lastima|triste|feo|una verguenza) (?:que|si) " + _SUBJ_ES + r" (?:viera|vieran|vea|vean|se enterara|se enteraran|supiera|recibiera|leyera) "
        r"(?:las|los|tus|tu|la|el|esas|esos|lo que|todo|nuestr)\b",
        # "ur parents would be super upset to see it. unless u help me out"
        r"\b" + _SUBJ_EN + r" (?:would|will|'d|might|could) (?:be|get) (?:\w+ )?(?:upset|disappointed|mad|angry|shocked|devastated|ashamed|heartbroken|horrified|furious) "
        r"(?:to see|if (?:they|she|he) (?:saw|seen|found|got)) (?:it|them|these|those|" + _EVERY_EN + r"|what (?:you|u) (?:sent|did|showed)|the (?:\w+ )?" + _IMG_EN
        + r"|your (?:\w+ )?" + _IMG_EN + r")\b",
        # "nobody has to see it as long as u keep being nice", "si tu viens en appel quand je te le demande, personne ne saura rien"
        r"\b(?:nobody|no one|noone) (?:has to|needs to|ever has to|would have to|will ever|will|gets to) see "
        r"(?:it|them|this|these|those|" + _EVERY_EN + r"|the (?:\w+ )?" + _IMG_EN + r")\b[^.?!]{0,6}?\b(?:as long as|so long as|if) (?:you|u) "
        r"(?:keep|stay|do (?:what|as) i|send|come (?:back )?on|get (?:back )?on|answer|listen|are nice|be nice|behave|obey|don't block|dont block|never block)",
        r"\b(?:si tu|tant que tu|tant que t')(?: (?:me|m'|m))? ?(?:viens|m'envoies|envoies|me parles|continues|fais ce que|restes|reponds|ecoutes|obeis|"
        r"te connectes|allumes|acceptes|rappelles|appelles|bloques pas)[^.?!]{0,50}?,? personne (?:ne |n'en )?(?:saura|verra|va (?:rien )?(?:savoir|voir)) (?:rien|quoi que ce soit)\b",
        r"\b(?:si|mientras) (?:me |tu )?(?:mandas|envias|vienes|sigues|haces lo que|obedeces|te conectas|prendes|contestas|hablas conmigo|me hablas|sigas)"
        r"[^.?!]{0,50}?,? nadie (?:se va a enterar|se entera|se enterara|va a ver|vera|sabra|va a saber) (?:de )?nada\b",
    ),
    *_p(
        C.THREAT_COERCION,
        "threatens to send, post or show the child's images to people they know",
        # FR: "je vais tout montrer a tes parents", "j'envoie la photo a tous tes abonnes",
        # "je poste tes photos sur le groupe de ta classe", "sinon je l'envoie a ta mere"
        r"\b" + _FUT_FR + r" ?(?:te |t')?(?:la |les |le |l'|l )?(?:tout )?" + _VERB_FR
        + _NOT_BABY + r"(?: \S+){0,4}? (?:a|au|aux|sur|dans|avec|chez) " + _RECIP_FR
        + r"\b(?! (?:le|la|les|un|une|des|ton|ta|tes|mon|ma|mes) (?!(?:\w+ )?" + _IMG_FR + r"\b)\w+)",  # not "a ta mere le dessin"
        r"\b" + _FUT_FR + r" ?(?:tout )?" + _VERB_FR + _NOT_BABY + r" (?:tes|ta|toutes tes|tous tes) (?:\w+ ){0,2}?" + _IMG_FR,
        r"\b(?:je|j'|j) ?(?:vais )?(?:publi|post|balanc|diffus|leak|affich|envoy|montr)(?:er|e) tout\b",
        # Quebec and texting: "j'vas toute publier", "m'as tout envoyer a ta mere", "jvais tout poster"
        r"\b(?:je vais|j'vais|jvais|j'vas|jvas|je vas|m'as|mas|je va|j'va) (?:toute|tout|toutte) (?:publier|poster|balancer|diffuser|leak|afficher|envoyer|montrer|partager|mettre en ligne|dire)\b",
        r"\b(?:je|j'|j) ?(?:vais )?(?:la |les |l'|l )?(?:publi|post|balanc|diffus|leak|affich)(?:er|e)"
        r" (?:partout|sur (?:internet|le net|les reseaux|insta|snap|tiktok|facebook))",
        r"\b(?:ou(?: bien)?|sinon)[, ]+(?:je|j'|j) ?(?:vais )?(?:la |les |le |l'|l |te |t'|tout )?(?:" + _VERB_FR
        + r"|dis tout|dire tout|dis a |dire a |le dis|le dire|raconte)",
        # ES: "le voy a ensenar todo a tus papas", "se la mando a tu mama", "mando tus fotos a todos",
        # "o la publico ya"
        r"\b" + _FUT_ES + r" " + _VERB_ES + _NOT_BABY + r"(?: \S+){0,4}? (?:a|al|con|en|por) " + _RECIP_ES + r"\b",
        r"\b(?<!te )(?:" + _VERB_ES_NOW + r"|" + _FUT_ES + r" " + _VERB_ES + r")" + _NOT_BABY + r" " + _OBJ_ES + r"\b",
        r"\b(?:se (?:la|las|lo|los)|la|las|los|lo) " + _VERB_ES_NOW + r" (?:a |al |con |en )" + _RECIP_ES + r"\b",
        r"\b(?:publico|subo|filtro|difundo|cuelgo|posteo|quemo|expongo|viralizo|voy a (?:publicar|subir|filtrar|difundir|colgar|postear)) "
        r"(?:el video|la foto|las fotos|los videos|la grabacion|el pack|las capturas|todo)\b(?! de(?:l| la| los| las| mi| mis| nuestr)\b)",
        r"\b(?:o|u|sino|si no|y|ya|entonces)[, ]+(?:se )?(?:la|las|los|lo|te) "
        r"(?:publico|subo|filtro|difundo|cuelgo|posteo|quemo|expongo|viralizo)\b|"
        # "o mando un mensaje a toda tu lista de clase", "sino les escribo a todos tus contactos"
        r"\b(?:o|u|sino|si no)[, ]+(?:les? )?(?:mando|envio|escribo|reenvio|paso)\b[^.?!]{0,20}?\ba (?:toda tu|todo tu|todos tus|todas tus) \w+",
    ),
    *_p(
        C.THREAT_COERCION,
        "says the child's family, school or followers will see the images",
        # EN: "or ur whole school sees it", "your mum and all your mates get the pictures"
        r"\b(?<!did )" + _SUBJ_EN + r"(?: (?:will |is going to |are going to |going to |gonna |'ll |would )?|'s going to |'re going to |'ll )(?:all )?"
        r"(?:see|sees|seeing|get|gets|getting|receive|receives?|view|watch|hear about|have) "
        r"(?:it|them|this|that|" + _EVERY_EN + r"|3verything|3v3ryth1ng|what you (?:sent(?! (?:her|him|them|to|in|on|for|the)\b)|did|look like)|the (?:old|first|last|other|older|earlier) ones?\b|the (?:\w+ ){0,2}?" + _IMG_EN
        + r"|your (?:\w+ ){0,2}?" + _IMG_EN + r")\b",
        r"\b" + _SUBJ_EN + r"(?:'s|'re| is| are)(?: going to| about to)? (?:all )?(?:seeing|getting|receiving|going to see|going to get) "
        r"(?:" + _OBJ_EN + r"|what you (?:sent|did))\b",
        r"\b(?:every(?:one|body)(?: you know)?|the whole (?:school|class|world|internet)|all (?:of )?your \w+) "
        r"(?:will|'ll|is going to|'s going to|are going to|'re going to) see(?= *(?:[.!]|$))",
        r"\b" + _SUBJ_EN + r" (?:will|is going to|are going to|going to|'ll|would) (?:find out|know) "
        r"(?:everything|what you|about (?:this|it|us|the|your))",
        r"\b(?:it(?:'ll| will| is going to)|they(?:'ll| will| are going to)) (?:be|go) "
        r"(?:all over (?:the internet|school|your|insta|social)|viral|public|everywhere)",
        r"\bit goes (?:viral|public|online|everywhere|to (?:" + _RECIP_EN + r"))|"
        # ignore or block me and it goes to your contacts, in any of the three languages and in leetspeak the folding leaves
        # ("1gnor3 m3 & 1t goes 2 ur contacts", "ignore-moi et ca part chez tous tes contacts", "si me ignoras se va a todos tus contactos")
        r"\b(?:ignor|1gnor|ign0r|1gn0r|block|bl0ck|bloqu|bl0qu)\w*(?:[- ](?:me|m3|moi|m01|m0i))?[^.?!]{0,8}?\b(?:it|1t|ca|c4|sa|s4|se|s3) "
        r"(?:goes|go|g0es|part|p4rt|partira|va|v4|van|v4n|llega|ll3ga)\b[^.?!]{0,6}?\b(?:to|2|chez|ch3z|a|4|aux|al|para|p4r4) "
        r"(?:all |tous |toutes |t0us |toute |tout |todos |t0d0s |toda |todo )?(?:your|ur|tes|t3s|ta|ton|tus|tu)\W{1,4}(?:\w+ )?(?:" + _KIN_EN + r"|" + _KIN_FR + r"|" + _KIN_ES + r")\b",
        # "u want ur family to see this?"
        r"(?<=want )" + _SUBJ_EN + r" to (?:see|get|have|find out about|know about|hear about) "
        r"(?:this|it|that|these|those|them|the (?:\w+ )?" + _IMG_EN + r"|your (?:\w+ )?" + _IMG_EN + r"|what you)\b",
        r"\b(?:the|that|those|your) (?:\w+ )?" + _IMG_EN + r" (?:you|u) (?:sent|gave|showed)(?: me)?[^.?!]{0,25}"
        r"(?:goes (?:to|on|online|public|viral)|will be (?:on|all over|everywhere|online|public))",
    ),
    *_p(
        C.THREAT_COERCION,
        "says everyone the child knows will see or receive the images",
        # FR: "tout le monde va la voir", "ta mere recoit les captures", "toute ta liste d'amis la voie"
        r"\b" + _SUBJ_FR + r" (?:va |vont |pourra |pourront )?(?:la |les |le |l'|l )(?:voir|voit|voie|voient|verra|"
        r"verront|recevoir|recoit|recoivent|recevra|recevront|savoir|saura|sauront)\b",
        r"\b" + _SUBJ_FR + r" (?:va|vont|pourra|pourront) (?:tout )?voir(?= *(?:[.!,]|$|ce que|qui tu))",
        # FR, the image as subject: "ou la photo part", "ta photo va tourner partout", "tes photos seront partout"
        r"\b(?:ou(?: bien)?|sinon)[, ]+(?:la|ta|tes|les|ces|cette|ton) (?:\w+ )?" + _IMG_FR
        + r" (?:part|partent|sort|sortent|va partir|vont partir|va sortir|vont sortir|circule|circulent|tourne|tournent|"
        r"est publiee|sont publiees|sera publiee|seront publiees|va (?:a|chez)|vont (?:a|chez))\b",
        r"\b(?:ta|tes) (?:\w+ )?" + _IMG_FR + r" (?:va|vont|vont etre|va etre|sera|seront) (?:partout|tourner|circuler|"
        r"sur internet|sur le net|en ligne|publiees?|sur les reseaux)\b",
        # FR, telling: "je vais tout dire a tes parents", "je dis tout a ta mere"
        r"\b" + _FUT_FR + r" ?(?:(?:leur |lui )?tout (?:dire|dis|raconter|raconte|reveler|revele|balancer|balance)|"
        r"(?:dire|dis|raconter|raconte|reveler|revele) tout) (?:a|au|aux) " + _RECIP_FR,
        r"\b(?:sinon|ou (?:bien )?)[, ]*tu (?:sais|connais) (?:ce qui (?:va se passer|va arriver|arrive|se passe)|la suite)\b|"
        r"\btu (?:vas |va )?(?:le |la )?regrett(?:er|eras)\b(?![^.?!\n]{0,40}\b(?:jaja\w*|jeje\w*|lol|lmao|haha\w*|xd|mdr|ptdr)\b)|\btu (?:vas|va) (?:le |la )?(?:regreter|regrete|regretter|regrette)\b(?![^.?!\n]{0,40}\b(?:jaja\w*|jeje\w*|lol|lmao|haha\w*|xd|mdr|ptdr)\b)|\btu vas t'en mordre les doigts\b(?![^.?!\n]{0,40}\b(?:jaja\w*|jeje\w*|lol|lmao|haha\w*|xd|mdr|ptdr)\b)",
        r"\b" + _SUBJ_FR + r" (?:va |vont )?(?:voir|voit|voie|voient|verra|verront|recevoir|recoit|recoivent|"
        r"recevra|recevront) (?:tout|ca|tes|ta|la (?:\w+ )?" + _IMG_FR + r"|les (?:\w+ )?" + _IMG_FR
        + r"|cette|ces)\b",
        # ES: "todos la van a ver", "tu mama recibe las capturas", "tus fotos las ve toda tu escuela"
        r"\b" + _SUBJ_ES + r"(?: la | las | lo | los )(?:va a |van a |iran a |ira a )?(?:ver|ve|ven|vera|veran|recibir|"
        r"recibe|reciben|recibira|recibiran)\b",
        r"\b" + _SUBJ_ES + r" (?:va a |van a )?(?:ver|ve|ven|vera|veran|recibir|recibe|reciben|recibira|"
        r"recibiran) (?:" + _OBJ_ES + r"|(?:las|la|el|los|esa|ese|esas|esos) (?:\w+ )?" + _IMG_ES + r")\b(?! de(?:l| la| los| las| mi| mis)\b)",
        r"\b" + _OBJ_ES + r"(?: las | la | los | lo )(?:ve|ven|va a ver|van a ver|vera|veran|recibe|reciben) (?:toda|todo|todos|tus?)\b",
        r"\b" + _SUBJ_ES + r" se (?:va a |van a )?enter(?:a|an|ara|aran|ar)\b",
        # ES, the image as subject: "o tu foto sale", "tus fotos van a estar en todos lados"
        r"\b(?:o|u|sino|si no)[, ]+(?:tu|tus|la|las|el|los|esa|esas|ese) (?:\w+ )?" + _IMG_ES
        + r" (?:sale|salen|se publica|se publican|se sube|se suben|se filtra|se filtran|se va|se van|va para|van para|"
        r"circula|circulan|llega|llegan|va a salir|van a salir)\b",
        r"\b(?:tu|tus) (?:\w+ )?" + _IMG_ES + r" (?:va a|van a|va|van|vas a ver como|estara|estaran) ?(?:estar (?:en|por) todos lados|"
        r"circular|rodar|estar en internet|salir en|ser public|llegar a (?:todos|tu|tus)|estar en (?:todas partes|todos lados))",
        # ES, telling: "le digo todo a tus papas", "les voy a contar todo a tus amigos"
        r"\b(?:(?:se lo |le |les )?(?:digo|cuento|voy a decir|voy a contar|dire|contare)|(?:decirle|contarle|decirles|contarles)) "
        r"todo (?:a|al) " + _RECIP_ES + r"\b",
        r"\b(?:o|sino|si no)[, ]+ya (?:sabes|sabe|sabes lo que (?:pasa|va a pasar|hago)|sabes que pasa)(?= *(?:[.!?¿]|$))",
    ),
    *_p(
        C.THREAT_COERCION,
        "threatens the child or warns them off blocking or telling",
        # EN: "if u block me", "if you tell anyone", "i'll ruin ur life", "i know where you live"
        r"\bif you (?:ever )?(?:block|report|unfriend|unadd|mute|unfollow|delete) me\b",
        r"\bif you (?:ever )?(?:tell|show) (?:anyone|anybody|someone|" + _POSS_EN + r" (?:\w+ )?" + _KIN_EN
        + r"|the (?:police|cops)|an adult)\b",
        r"\b(?:don't|do not|dont) (?:you )?(?:dare|even think about) (?:block|report|unfriend|unadd|tell)(?:ing)?\b",
        r"\b(?:i'll|i will|i'm going to|i am going to|i'm gonna|imma|i can|i could) (?:ruin|destroy|wreck) "
        r"your (?:life|reputation|rep|future|name|family)\b",
        r"\byou(?:'ll| will| are going to|'re going to) regret (?:it|this|that|ignoring|blocking|not)\b",
        r"\bi know where you (?:live|sleep|go to school|stay)\b",
        r"\b(?:i'll|i will|i'm going to|i am going to|i'm gonna|imma) (?:hurt|come for|come after) "
        r"(?:you|your (?:family|" + _KIN_EN + r"))\b",
        # EN, veiled: "would be a shame if ur mum saw it", "you don't want your parents seeing this"
        r"\b(?:would|it'?d|it would|wouldn't it|would it not) be (?:a )?(?:real |such a |really )?(?:shame|pity|too bad) if (?:" + _POSS_EN
        + r"|every(?:one|body)|some(?:one|body)|people|these|those"
        # "... if that photo ended up somewhere" (the image going out, not "if that photo got lost")
        r"|(?:that|this|the|those|these|my|any of (?:those|these|your|the)) (?:\w+ )?" + _IMG_EN + r" (?:ended up|ends up|end up|got out|get out|"
        r"got around|got posted|got shared|got leaked|leaked|went (?:out|public|viral|around|online)|made (?:it|its way)|found (?:its|their) way|"
        r"showed up|turned up|appeared|surfaced)(?![^.?!]{0,25}\b(?:lol|haha|lmao|folder|trash|bin|drive)\b))",
        r"\bimagine (?:if )?(?:" + _SUBJ_EN + r") (?:saw|sees|seeing|got|found|had)\b"
        r"(?! (?:your|ur|my|the|his|her|their|a|an|our) (?!(?:\w+ )?" + _IMG_EN + r"\b)\w+)",  # not "saw your room"
        r"\bwhat (?:would|will|do you think) " + _SUBJ_EN + r" (?:think|say|do)(?: if| when)",
        r"\byou (?:wouldn't|don't|do not|would not) want (?:" + _SUBJ_EN
        + r"|anyone|people) (?:to )?(?:see|seeing|know|knowing|find|finding|get|getting|have|hear)",
        r"\bdepends (?:on )?how (?:nice|good|obedient|cooperative|sweet) you (?:are|act|behave)\b",
        r"\b(?:be (?:nice|good)|behave|do (?:it|as i say|what i (?:say|tell you|want))|listen(?: to me)?|"
        r"cooperate|obey|comply|pay(?: up)?)(?: to me)?[,.]? (?:and|&|n) (?:nothing (?:bad )?(?:happens|will happen|gets posted)|"
        r"(?:nobody|no one|no1) (?:sees|will see|has to see|needs to see|finds out|will find out|will know|knows|gets hurt))",
        r"\b(?:i|i've) (?:have|got|saved|screenshotted|screenshot|screened) (?:all |a screenshot of |screenshots of )?(?:of )?"
        r"(?:your|ur) (?:\w+ )?(?:followers?(?: list)?|following list|friends? list|contact list|contacts list)\b",
        r"\bi (?:also )?(?:have|got) (?:all )?(?:your|ur) (?:followers|contacts)\b",
        r"\b(?:the deal is off|deal's off)\b",
        r"\b(?:i'm|i am|i'll|i will|going to) start(?:ing)? with (?:your|ur) (?:\w+ )?" + _KIN_EN + r"\b",
        r"\bi(?:'ll| will)? add (?:\d+|one|another|a) (?:more )?(?:person|people|contact|follower|name)s?\b",
        r"\bi (?:can|could|will|'ll) (?:edit|photoshop|fake|deepfake|morph) (?:them|it|your (?:\w+ )?(?:pics?|photos?|face|videos?))\b",
    ),
    *_p(
        C.THREAT_COERCION,
        "warns the child against blocking or telling, or threatens to ruin their life",
        # FR
        r"\bsi tu (?:me |m')?(?:bloques?|signales?|reportes?|supprimes?|denonces?)\b",
        r"\bsi tu (?:le |en )?(?:dis|parles|montres) (?:a|à) (?:quelqu'un|qqn|qq1|personne|la police|tes|ta|ton)\b",
        r"\b(?:essaie|essaye|ose) (?:pas )?de me bloquer\b",
        r"\bsi tu (?:ne )?veux pas que (?:tout le monde|toute|tous|ta|tes|ton|je (?:la|les|l') ?" + _VERB_FR + r")",
        r"\b(?:pourrir|gacher|ruiner|detruire|bousiller) (?:ta|la) vie\b",
        r"\bta vie (?:est|sera|va etre) (?:finie|fini|foutue|ruinee|detruite)\b",
        r"\bje (?:vais )?commence(?:r)? par (?:ta|ton|tes) (?:\w+ )?" + _KIN_FR + r"\b|\bj'(?:en )?ajoute (?:\d+|une) (?:autres? )?personnes?\b",
        r"\bje sais (?:ou|où) tu (?:habites|vis|restes|dors|vas a l'ecole)\b",
        r"\b(?:ca|ce|c') ?(?:serait|ferait) (?:vraiment |tellement |bien |trop )?(?:dommage|triste|bete) (?:que|si) (?:ta|tes|ton|tout|quelqu'un|les gens|cette|ces|ca)",
        r"\bj'? ?ai (?:aussi |deja |encore )?(?:screen(?:e|shot)? |capture |la liste de |une capture de )?(?:tous |toute )?"
        r"(?:tes|ta) (?:abonnes|followers|contacts|liste d'amis|liste de contacts|liste d'abonnes)\b",
        # ES
        r"\bsi (?:me )?(?:bloqueas|reportas|denuncias|eliminas)\b|\bsi (?:se lo |le )?dices a (?:alguien|tus|tu|la policia|nadie)\b",
        r"\bni se te ocurra (?:bloquearme|reportarme|decirle)\b",
        r"\b(?:te )?(?:voy a )?(?:arruinar|arruino|destruir|destruyo|joder|jodo|cagar|cago) (?:la|tu) vida\b",
        r"\btu vida (?:se acaba|se acabo|esta acabada|va a estar arruinada)\b|\bte vas a arrepentir\b",
        r"\b(?:empiezo|voy a empezar|comienzo) (?:con|por) (?:tu|tus) (?:\w+ )?" + _KIN_ES + r"\b|\b(?:agrego|anado) (?:\d+|una|otra) personas?\b",
        r"\bse (?:donde|en que escuela|a que escuela) (?:vives|estudias|vas)\b",
        r"\b(?:seria|que) (?:una )?(?:verdadera |gran |real )?(?:pena|lastima) (?:seria )?(?:que|si) (?:tu|tus|todos|alguien|esta|estas)\b|"
        r"\b(?:seria|que) (?:una )?(?:verdadera |gran |real )?(?:pena|lastima) (?:seria )?(?:que|si) (?:(?:esa|esas|ese|esos|la|las|el|los) (?:\w+ )?"
        + _IMG_ES + r"\b[^.?!]{0,6}?|(?:se )?)(?:terminar\w* en|aparecier\w*|aparezca\w*|filtrar\w*|circular\w*|(?:la |las |lo |los )?vier(?:a|an))\b"
        r"[^.?!]{0,30}?\b(?:tu|tus|todos|algun lado|alguna parte|internet|redes|grupo)\b",
        r"\btengo (?:capturas de |la lista de |screens? de )?(?:todos )?(?:tus|tu) "
        r"(?:seguidores|contactos|lista de (?:amigos|contactos|seguidores))\b",
    ),
    *_p(
        C.THREAT_COERCION,
        "threatens to expose the child's images to an audience they know (a page, a group, family, school)",
        # the image moves to the audience: "or the pic goes to ur footy club", "ta photo part chez tes parents",
        # "la foto les llega a todos tus companeros"
        r"\b(?:the|that|your|those|these|this|my) (?:\w+ )?" + _IMG_EN + r" (?:goes|go|gets sent|get sent|will go|is going|"
        r"are going|ends up|end up|lands|land) (?:straight |right |directly )?(?:to|on|in|into|at) " + _RECIP_EN + r"\b",
        r"\b(?:ta|tes|la|les|cette|ces) (?:\w+ )?" + _IMG_FR + r" (?:part|partent|va|vont|arrive|arrivent|finit|finissent|"
        r"atterrit|atterrissent|file|filent)(?: direct(?:ement)?| tout droit| droit)? (?:chez|a|au|aux|sur|dans) " + _RECIP_FR,
        r"\b(?:la|las|el|los|tu|tus|esa|esas|ese|esos) (?:\w+ )?" + _IMG_ES + r"(?: que \w+ \w+)? (?:les |le |se )?(?:llega|llegan|va|van|"
        r"sale|salen|termina|terminan|acaba|acaban|va a llegar|van a llegar|llegara|llegaran|se va|se van)(?: directo| derechito| derecho)? "
        r"(?:a|al|en|para|con) " + _RECIP_ES + r"\b",
        # the audience sees it, verb first: "la ven tus companeros del colegio", "entonces la ve tu papa"
        r"\b(?:la|las|lo|los) (?:ve|ven|vera|veran|va a ver|van a ver|recibe|reciben|recibira|recibiran|va a recibir|van a recibir) "
        r"(?:tus? (?:\w+ )?" + _KIN_ES + r"|todo el mundo|todos(?: tus \w+)?|toda tu \w+|todas tus \w+)\b",
        # it ends up on a page or group, after a deadline or an ultimatum: "then at 9:01 it's on the Lakeview confessions page"
        r"\b(?:then|or(?: else)?|otherwise|if not|at \d{1,2}(?::\d\d)?(?: ?[ap]m)?|by \d{1,2}(?::\d\d)?(?: ?[ap]m)?)[, ]+"
        r"(?:it's|its|it is|it'll be|it will be|it goes|they're|they'll be|they go|(?:the|your) (?:\w+ )?" + _IMG_EN
        + r" (?:is|are|go|goes)) (?:up |out |going )?(?:on|in|to|all over|into) (?:the |your |every |their |a )?(?:\w+ ){0,3}?"
        + _VENUE + r"\b",
        r"\b(?:va|van|se va|se van|sale|salen|llega|llegan|termina|terminan|(?:lo|la|los|las) (?:subo|mando|publico|pongo))"
        r"(?: directo| derechito)? (?:al|a el|en el|para el) (?:grupo|chat|perfil|muro|face|insta|whats|whatsapp) (?:de|del) (?:tu|tus) \w+",
        # dare, then the act: "tell them and I post it the same second", "diselo y lo subo", "dis-le a qqn et je poste tout"
        r"\b(?:tell (?:anyone|anybody|someone|them|him|her|the (?:police|cops)|an adult|a teacher|your \w+)|"
        r"(?:block|report|unfriend|unadd|ignore|ghost) me(?: again| one more time)?|stop (?:replying|answering|responding|texting me|"
        r"talking to me)|keep (?:ignoring|ghosting|mucking|messing|playing)(?: me| around| with me)?|one more (?:word|attitude|excuse))\b"
        r"(?: about (?:this|me|it|us))?,? (?:and|&|n) "
        r"(?:(?:" + _FUT_EN + r"|i)(?: just)? " + _VERB_EN + r" "
        r"(?:it|them|everything|the |your |all)|it (?:goes|gets) (?:out|up|online|posted|sent|everywhere|viral|public)|"
        r"every(?:one|body) (?:sees|gets)|(?:it's|its|it'll be|it will be|they're|they'll be) (?:up )?(?:on|all over|in) "
        r"(?:every(?:one|body)'s|your|the|ur) (?:\w+'s |\w+ ){0,2}?" + _VENUE + r"|" + _SUBJ_EN + r" (?:gets|sees|receives|will see|will get))",
        r"\b(?:diselo|dile|dices|cuentale|cuentas|bloqueame|me bloqueas|reportame|me reportas|ignorame|me ignoras)\b[^.?!]{0,25}? "
        r"(?:y|e) (?:(?:se )?(?:la|las|lo|los) )?(?:" + _EXPOSE_ES_NOW + r"|mando|envio|paso|voy a (?:publicar|subir|mandar|pasar))\b",
        r"\b(?:dis[- ]le|le dis|tu le dis|parle|parles|tu parles|bloque[- ]moi|tu me bloques|signale[- ]moi|tu me signales)\b[^.?!]{0,25}? "
        r"(?:et|pis) (?:je|j') ?(?:la |les |le |l')?(?:" + _VERB_FR + r")",
        # present for future, with a condition: "je les publis si tu m'ecoute pas", "las publico si no me haces caso"
        r"\b(?:je|j') ?(?:te |t')?(?:la|les|le|l') ?" + _EXPOSE_FR + r"\b[^.?!]{0,25}?\b(?:si tu (?:ne |n')?(?!veux|veut)(?:\S+ ){1,3}?pas\b|"
        r"si tu (?:me )?(?:bloques|arretes|refuses|dis|parles|continues|desobeis)|sauf si|a moins que|a moins qu')",
        r"\b(?:se )?(?:la|las|los|lo) " + _EXPOSE_ES_NOW + r"\b[^.?!]{0,25}?\b(?:si no (?:me|lo|la|haces|pagas|mandas)|salvo que|a menos que|"
        r"a no ser que|excepto si|si (?:me )?(?:bloqueas|dejas|reportas|dices|cuentas|ignoras))",
        r"\bi (?:post|send|leak|share|upload|publish|drop|forward) (?:it|them|everything|the (?:\w+ )?" + _IMG_EN + r"|your (?:\w+ )?"
        + _IMG_EN + r")(?: \w+){0,2}? (?:the (?:same|very) (?:second|minute|moment)|that (?:second|minute)|instantly|immediately|"
        r"right away|straight away|on the spot)",
        # onto a page or account of the child's world: "i'll put it on your school's insta", "la subo a la pagina de tu escuela"
        r"\b" + _FUT_EN + r" (?:put|post|upload|stick|share|drop) (?:it|them|this|that|the (?:\w+ )?" + _IMG_EN + r"|your (?:\w+ )?"
        + _IMG_EN + r") (?:up )?(?:on|in|to) (?:your|ur|the|every(?:one|body)'s) (?:\w+'s |\w+ ){0,2}?" + _VENUE
        + r"\b(?=[^.?!]{0,40}\b(?:your|ur) (?:name|school|class|face|address)\b|[^.?!]{0,6}\b(?:unless|or|if you|if u)\b)",
        r"\b(?:(?:la|las|lo|los) (?:subo|publico|pongo|cuelgo|posteo|mando|paso)|voy a (?:subir|publicar|poner|colgar|postear|mandar)(?:la|las|lo|los))"
        r" (?:a|en) (?:la |el )?(?:pagina|grupo|perfil|cuenta|muro|historia|insta|face|tiktok|chat)\b[^.?!]{0,30}\b(?:de (?:tu|tus)|con tu nombre)\b",
        r"\b(?:je|j') ?(?:vais )?(?:la|les|le|l') ?(?:mets|mettre|poste|poster|publie|publier|balance|balancer) (?:sur|dans) (?:la |le |l')?"
        r"(?:page|groupe|compte|profil|story|mur|insta|snap|tiktok|chat)\b[^.?!]{0,30}\b(?:de (?:ton|ta|tes)|avec ton nom)\b",
        # sarcasm about the audience: "your followers are gonna love this pic", "tes abonnes vont adorer cette photo"
        r"\b" + _SUBJ_EN + r" (?:is|are|'s|'re|will|'ll)(?: going to| gonna)? (?:love|enjoy|like) (?:this|that|these|those|your) (?:\w+ )?"
        + _IMG_EN + r"\b(?! (?:from|of) )",
        r"\b" + _SUBJ_FR + r" (?:va|vont) (?:adorer|kiffer|aimer|apprecier) (?:cette|ces|ta|tes) (?:\w+ )?" + _IMG_FR + r"\b(?! d(?:e|u|es) )",
        r"\b(?:a )?" + _SUBJ_ES + r" (?:le |les )?(?:va|van) a (?:encantar|gustar|fascinar) (?:esta|estas|esa|esas|tu|tus|este|ese) (?:\w+ )?" + _IMG_ES + r"\b(?! de(?:l| la| los| las| mi| mis)\b)",
        # the one I have: "je publie celle que j'ai", "subo la que me mandaste"
        r"\b(?:je|j') ?(?:la |les |l')?(?:" + _EXPOSE_FR + r"|envoie|montre|mets en ligne) (?:celle|celles|celui|ceux) (?:que|qu') ?"
        r"(?:j'ai|jai|tu m'as|t'm'as)",
        r"\b(?:" + _EXPOSE_ES_NOW + r"|mando|paso|voy a (?:publicar|subir|mandar|pasar)) (?:la|las|el|los) que (?:tengo|me (?:mandaste|pasaste|enviaste|diste))\b",
        # ES, "le mando la foto a todo tu colegio"
        r"\b(?:le |les |se (?:la|las|lo|los) )?(?:" + _VERB_ES_NOW + r"|" + _FUT_ES + r" " + _VERB_ES + r") "
        r"(?:la|las|el|los|esa|esas|ese|tu|tus) (?:\w+ )?" + _IMG_ES + r"(?! de(?:l| la| los| las| mi| mis)\b)(?: \S+){0,3}? "
        r"(?:a|al|con|en|por) " + _RECIP_ES + r"\b",
        # unless you send another: "salvo que me mandes otra", "sauf si tu m'en envoies une autre"
        r"\bunless (?:you|u) (?:send|give|pay|do|get|make)(?: me)? (?:another|more|one more|a (?:new |nother )?(?:pic|photo|video|vid|nude|selfie)|"
        r"the money|what i (?:say|want|ask))\b",
        r"\b(?:sauf si|a moins que|a moins qu')(?: tu| t')? ?(?:ne )?(?:m'|me )?(?:en )?(?:envoies|envoie|renvoies|donnes|paies|payes|fais ce)\b",
        r"\b(?:salvo que|a menos que|excepto si|solo si no|a no ser que) (?:tu )?me (?:mandes|envies|pases|des|pagues|deposites|hagas caso)\b",
        # a camera, an arrow, an audience: "1 wrong move 📸➡️ all ur followers"
        r"(?:\U0001f4f8|\U0001f4f7|\U0001f3a5|\U0001f933|\U0001f5bc)\W{0,4}(?:\u27a1|\u2192|->|=>|\U0001f449)\W{0,4}(?:"
        + _RECIP_EN + r"|" + _RECIP_FR + r"|" + _RECIP_ES + r")",
        r"\b(?:(?:one|1) wrong (?:move|step|word)|(?:un|1) faux (?:pas|mouvement)|(?:un|1) (?:paso|movimiento) en falso)\b[^.?!]{0,12}?\W(?:"
        + _RECIP_EN + r"|" + _RECIP_FR + r"|" + _RECIP_ES + r")",
        # terse: "1 screenshot 2 ur mum unless u listen", "1 capture a ta mere si tu m'ecoutes pas", "1 captura a tu mama si no me haces caso"
        r"\b(?:one|1|a|the|that|this|your|every|une?|una|la|ta|tu|cette|esa) (?:\w+ )?(?:" + _IMG_ANY + r"|scr(?:ee|33|3e|e3)n ?shots?) (?:to|2|a|al|chez|aux?) (?:"
        + _RECIP_EN + r"|" + _RECIP_FR + r"|" + _RECIP_ES + r")\b[^.?!]{0,20}?\b(?:unless|if (?:you|u) (?:don't|dont|do not|won't|wont)|or(?: else)?|si tu|sinon|si no|a menos|salvo)\b",
        # leverage: "i've got your pic and your mates' names", "j'ai ta photo et les noms de tes copines", "tengo su foto y los nombres"
        r"\b(?:i've got|i have|i got|i still have|i've still got|j'?\s?ai|jai|tengo|ya tengo) (?:your|ur|ta|tes|tu|tus|su|sus) (?:\w+ )?" + _IMG_ANY
        + r" (?:and|et|y|e|\+|&) (?:[\w']+ ){0,3}?(?:names?|noms?|nombres?|contacts?|contactos|numbers?|numeros?|address|adresse|direccion|school|ecole|escuela|colegio)\b",
        # or it goes round: "or it's going round the whole year", "ou ca tourne dans tout le cycle", "o eso le llega a todo el colegio"
        r"\b(?:or(?: else)?|otherwise|if not)[, ]+(?:it|they|this|that)(?:'s|'re| is| are|'ll| will)? (?:going|getting|go|goes|gets|gonna go|be going) "
        r"(?:round|around|out to|all over|viral|everywhere)\b",
        r"\b(?:ou(?: bien)?|sinon)[, ]+(?:ca|elle|elles|tout|ils) (?:va |vont )?(?:tourne|tourner|circule|circuler|part|partir|sort|sortir)(?:nt)? "
        r"(?:dans|partout|sur|chez|a tou|au|aux)\b",
        r"\b(?:o|sino|si no)[, ]+(?:eso|esto|la foto|las fotos|el video|todo) (?:le |les )?(?:llega|llegan|va|van|sale|salen|circula|circulan|va a llegar) "
        r"(?:a|por|en|para) tod[oa]s?\b",
        # one click away: "one click and it's in your team group chat", "un clic et c'est dans le groupe de ta classe"
        # (an audience or a page, not "one click and your order ships"; the audience forms are in the group above)
        r"\b(?:one|1|a single|just one|un|une|uno|una|un seul|un solo) (?:click|clic|tap|button|bouton|boton|message|mensaje|send|envoi)"
        r"\b\W{0,10}?(?:and|&|n|et|y|e)\W{0,6}? (?:it's|its|it is|it goes|they're|they go|c'est|ca part|ca va|se va|esta|sale|va|van) "
        r"(?:up |out |straight |direct(?:o|ement)? )?(?:in|on|all over|into|to|dans|sur|chez|a|en|al|para) (?:\w+ ){0,3}?"
        r"(?:" + _VENUE + r"|groupe|grupo|pagina|perfil|reseaux|redes|tout le monde|todos|every(?:one|body))\b",
        # "entonces tu veras lo que pasa en el grupo", "sinon tu vas voir ce qui se passe"
        r"\b(?:entonces|sino|si no|o|ou|sinon|alors)[, ]+(?:tu )?(?:veras|vas a ver|verras|vas voir) (?:lo que pasa|que pasa|lo que va a pasar|lo que hago|"
        r"ce qui (?:se passe|va se passer|arrive|va arriver)|ce que je fais)\b",
        # "or ill make a fake account and put it up there"
        r"\b(?:or(?: else)?|otherwise|if not)[, ]+(?:" + _FUT_EN + r"|i)\b[^.?!]{0,40}?\b(?:put|post) (?:it|them|everything) "
        r"(?:up|online|everywhere)\b",
        # a pronoun for the image, after an ultimatum: "or that one goes straight to your team group chat",
        # "sinon celle-la part dans le groupe de ta classe", "si no, esa llega directo a tus papas"
        r"\b(?:or(?: else)?|otherwise|if not)[, ]+(?:that one|this one|that|this|it|they|those|these|the last one|the first one) "
        r"(?:goes|go|gets sent|get sent|ends up|end up|lands|land|will go|is going|are going|will end up|'s going|'re going)"
        r"(?: straight| right| directly)? (?:to|on|in|into) (?:the |your |ur |their |every )?(?:\w+ ){0,3}?(?:" + _VENUE + r"|" + _KIN_EN + r")\b",
        r"\b(?:sinon|ou(?: bien)?)[, ]+(?:celle-la|celle la|celle-ci|celles-la|celles-ci|celui-la|elle|elles|ca|tout ca) "
        r"(?:part|partent|va partir|file|finit|atterrit|va|vont|ira|arrive|se retrouve)(?: direct(?:ement)?| tout droit)? (?:dans|sur|chez|a|au|aux|en) "
        r"(?:le |la |les |l'|ta |tes |ton )?(?:\w+ ){0,3}?(?:groupe|classe|ecole|insta|snap|story|page|compte|reseaux|internet|ligne|"
        r"parents|mere|pere|famille|amis|potes|college|lycee|cycle|bahut|equipe|abonnes|contacts)\b",
        r"\b(?:o|sino|si no)[, ]+(?:esa|esta|ese|este|esas|esos|eso|todo) (?:se va|va|van|se van|llega|llegan|termina|acaba|sale|salen)"
        r"(?: directo| derechito| derecho)? (?:a|al|en|para|con) (?:el |la |los |las |tu |tus )?(?:\w+ ){0,3}?(?:grupo|clase|escuela|colegio|"
        r"cole|insti|insta|face|whats|pagina|perfil|redes|internet|papas|padres|mama|papa|familia|amigos|companeros|equipo|seguidores|contactos)\b",
    ),
    *_p(
        C.THREAT_COERCION,
        "reminds the child that it still holds their images (leverage for a threat)",
        # "the photo you sent me, I still have it", "remember the pic u sent me? still got it", "I recorded our call"
        r"\b(?:the|that|those|your) (?:\w+ )?" + _IMG_EN + r" (?:you|u) (?:sent|gave|showed)(?: me)?\b[^.?!]{0,40}\b(?:i )?"
        r"(?:still (?:have|got)|kept|saved|screenshotted|screenshot)\b",
        r"\bi(?:'ve)? (?:still (?:have|got)|kept|saved|screenshotted|have|got) (?:your|that|those|the) (?:\w+ )?" + _IMG_EN + r" (?:you|u) (?:sent|gave|showed)\b",
        r"\b(?:tengo|j'?\s?ai|jai) (?:la|las|el|los|ta|tes) (?:\w+ )?(?:" + _IMG_ES + r"|" + _IMG_FR + r") (?:que|qu') ?(?:me (?:enviaste|mandaste|pasaste|diste)|tu m'?as (?:envoye|donne|montre))",
        r"\bi recorded (?:our|the|that|your) (?:video |face ?time |cam )?(?:call|chat|facetime|stream|session)\b|"
        r"\bi recorded (?:it|you|everything)[.!, ]+(?:the whole thing|all of it|every second|everything)\b",
        # "oublie pas que j'ai encore ta photo", "j'ai trouve les photos que tu lui as envoyees"
        r"\b(?:j'?ai|jai) (?:encore|toujours|garde|gardé|sauvegarde|enregistre) (?:ta|tes|la|les|ta petite|cette|ces) (?:\w+ )?" + _IMG_FR
        + r"\b(?! (?:de (?:la|l'|le|notre|nos)|du|des) )",
        r"\b(?:j'?ai|jai) (?:trouve|recupere|vu) (?:les|la|tes|ta) (?:\w+ )?" + _IMG_FR + r" (?:que|qu') ?tu (?:lui |leur )?(?:as|a) envoye",
        # "ya viste que sigo teniendo tu foto", "todavia tengo tus videos", "tengo guardada la foto que me mandaste"
        r"\b(?:sigo teniendo|todavia tengo|aun tengo|tengo guardad[oa]s?|guarde|conserve) (?:tu|tus|la|las|el|los|esa|esas) (?:\w+ )?" + _IMG_ES
        + r"\b(?! de(?:l| la| los| las| mi| mis| nuestr)\b)",
    ),
    *_p(
        C.THREAT_COERCION,
        "hints that it holds what the child sent, that one click shows it to people the child knows, or that blocking will not help "
        "(a threat left unsaid)",
        # a bare hint: "you know what I have.", "remember what i have on you", "tu sais ce que j'ai.", "ya sabes lo que tengo"
        r"\b(?:you know|you kno|you knw|you remember|remember|don't forget|do not forget|never forget|keep in mind|think about|"
        r"did you forget|you forgot|forgot|have you forgotten|you forgetting) "
        r"(?:what|wat|wut|wht|everything) i(?:'ve| have)? (?:still )?(?:have|got|kept|saved)(?: (?:on|of) (?:you|u)| from (?:you|u)| of yours|"
        r" (?:on|in) my (?:phone|gallery|camera roll|laptop|computer|pc|drive|cloud|files|folder)| saved)?" + _HINT_END,
        r"\b(?:what|wat|everything|all|the stuff) i(?:'ve| have)? (?:still )?(?:have|got|hold|keep) on (?:you|u)\b",
        r"\b(?:tu sais|t'sais|tsais|tu te souviens de|souviens[- ]toi de|rappelle[- ]toi(?: de)?|(?:n')?oublie (?:pas|jamais)|pense a|"
        r"t'as oublie|tu as oublie|as-tu oublie|t'oublies|tu oublies) "
        r"(?:tout )?(?:ce que|c'que|ce qu'|c'qu') ?(?:j'ai|jai|j ai|g|je garde|j'garde)(?: encore| toujours)?(?: (?:de|sur) toi| dans mon "
        r"(?:telephone|tel|portable|cell|galerie|ordi|pc|cloud))?" + _HINT_END,
        r"\b(?:tout )?(?:ce que|c'que) ?(?:j'ai|jai|je garde|j'garde) (?:encore |toujours )?(?:sur|de) toi\b",
        r"\b(?:ya )?(?:sabes|recuerda|recuerdas|acuerdate de|te acuerdas de|no olvides|no te olvides de|no se te olvide|nunca olvides|piensa en|"
        r"olvidaste|se te olvido|te olvidaste de|ya olvidaste) "
        r"(?:todo )?lo que (?:tengo|guardo|tengo guardado|conservo)(?: (?:tuyo|tuya|de ti|sobre ti|de vos)| en mi (?:cel|celular|telefono|movil|"
        r"galeria|compu|computadora|pc)| guardado)?" + _HINT_END,
        # blocking will not help: "you think blocking me on one app does anything?", "creias que bloqueandome se acababa?"
        r"\b(?:blocking|reporting|deleting|unadding|unfriending) me(?: on \w+(?: \w+)?)? (?:does|did|will do|changes|changed|will change|helps|helped|"
        r"will help|won't|wont|doesn't|does not|didn't|will not|isn't going to|is not going to|can't|cannot)(?: \w+)? (?:anything|a thing|nothing|"
        r"you|change|help|save|stop|work)\b(?![^.?!]{0,8}\b(?:win|get|pass|score|level|beat)\b)|\bblock me all (?:you|u) want\b",
        r"\b(?:tu crois|tu pensais|t'as cru|tu croyais|tu penses)(?: vraiment)? (?:que|qu') ?(?:me bloquer|en me bloquant|me signaler|"
        r"en me signalant|me supprimer|si tu me bloques)\b|\bbloque[- ]moi autant que tu veux\b",
        r"\b(?:creias|crees|pensabas|piensas|creiste|pensaste)(?: de verdad| en serio)? (?:que )?(?:bloqueandome|bloquearme|con bloquearme|"
        r"si me bloqueas|reportandome|borrandome|eliminandome)\b|\bbloqueame (?:todo )?lo que quieras\b",
        r"\b(?:todo )?lo que tengo (?:tuyo|tuya|de ti|sobre ti)\b",
        # a claim to keep what the child sent: "i still have everything you sent", "je garde tout ce que tu m'as envoye",
        # "tengo lo que me mandaste"
        _KEEP_EN + r" " + _SENT_EN + _NOT_KEEPSAKE_EN,
        r"\b(?:je garde|j'garde|jgarde|je conserve|j'?\s?ai (?:encore|toujours|garde|conserve|sauvegarde|enregistre|screen\w*)|"
        r"jai (?:encore|toujours|garde)|g (?:encore|toujours|garde)) (?:encore |toujours |precieusement |bien )?" + _SENT_FR + _NOT_KEEPSAKE_FR,
        r"\bj'?\s?ai tout (?:garde|sauvegarde|enregistre|screen\w*|capture)" + _HINT_END,
        r"\b(?<!ya )(?<!si )(?:tengo|todavia tengo|aun tengo|sigo teniendo|guardo|guarde|conservo|tengo guardado) (?:todavia |aun )?"
        + _SENT_ES + _NOT_KEEPSAKE_ES,
        r"\b(?:lo )?guarde todo" + _HINT_END,
        # does the child want them to see it: "u rly want ur mom 2 see wat u sent me?", "tu veux vraiment que ta mere voie
        # c'que tu m'as envoye ?", "de verdad quieres que tu mama vea lo que me mandaste?"
        r"(?<=want )" + _SUBJ_EN + r" (?:to|2) (?:see|get|find out about|know about|hear about|read|have) (?:" + _SENT_EN
        + r"|what i (?:have|got|kept|saved)|our (?:chats?|convos?|conversations?|messages|dms|texts|calls?|video calls?))",
        r"(?<=want )" + _SUBJ_EN + r" (?:seeing|getting|reading) (?:" + _SENT_EN + r"|what i (?:have|got)|our (?:chats?|convos?|"
        r"conversations?|messages|dms|texts)|(?:the|your|those|these) (?:\w+ )?" + _IMG_EN + r"\b(?! (?:from|of) ))",
        r"\b(?:tu veux|tu voudrais|t'as envie|tu as envie|t'veux|tveux)(?: vraiment| serieux| serieusement)? (?:que|qu') ?" + _SUBJ_FR
        + r" (?:voie|voient|lise|lisent|sache|sachent|recoive|recoivent|decouvre|decouvrent|tombe sur|tombent sur|apprenne|apprennent) "
        r"(?:" + _SENT_FR + r"|(?:tout )?(?:ce que|c'que|ce qu') ?(?:j'ai|jai|je garde)|(?:tes|ta|les|cette|ces|la|le) (?:\w+ )?" + _IMG_FR
        + r"\b(?! d(?:e|u|es) )|nos (?:conversations?|convos?|messages|discussions|echanges|appels))",
        r"\bquieres (?:de verdad |realmente |en serio |acaso )?que " + _SUBJ_ES + r" (?:vea|vean|sepa|sepan|reciba|reciban|lea|lean|"
        r"se entere de|se enteren de|encuentre|encuentren|descubra|descubran) (?:" + _SENT_ES + r"|lo que tengo|"
        r"(?:tus|tu|la|las|esa|esas|el|los|ese|esos) (?:\w+ )?" + _IMG_ES + r"\b(?! de(?:l| la| los| las| mi| mis| vacaciones)\b)|"
        r"nuestr[oa]s (?:chats?|conversaciones|mensajes|llamadas))",
        # imagine them getting it: "imagine ur dad getting what i have", "imagine si ta mere recevait ce que j'ai",
        # "imaginate que tu papa reciba lo que tengo"
        r"\bimagine (?:if )?" + _SUBJ_EN + r" (?:saw|sees|seeing|got|gets|getting|found|finding|had|received|receiving|read|reading) "
        r"(?:" + _SENT_EN + r"|(?:what|wat|everything) i(?:'ve| have)? (?:still )?(?:have|got|kept|saved))",
        r"\bimagine (?:si |que )?" + _SUBJ_FR + r" (?:qui )?(?:voyait|voyaient|voit|voient|recevait|recevaient|recoit|recoivent|"
        r"tombait sur|tombe sur|decouvrait|decouvre|lisait|lit) (?:" + _SENT_FR + r"|(?:tout )?(?:ce que|c'que|ce qu') ?(?:j'ai|jai|je garde)|"
        r"(?:tes|ta|les|cette|ces) (?:\w+ )?" + _IMG_FR + r"\b(?! d(?:e|u|es) )|nos (?:conversations?|messages))",
        r"\bimagina(?:te)? (?:si |que )?" + _SUBJ_ES + r" (?:viera|vieran|ve|ven|vea|vean|recibiera|recibieran|recibe|reciben|reciba|"
        r"reciban|encontrara|encuentra|leyera|lee) (?:" + _SENT_ES + r"|lo que tengo|(?:tus|tu|las|la|esas|esa) (?:\w+ )?" + _IMG_ES
        + r"\b(?! de(?:l| la| los| las| mi| mis)\b)|nuestr[oa]s (?:chats?|conversaciones|mensajes))",
        # one click away: "1 click and ur whole skool sees it", "a un clic de que todos lo vean", "je suis a un clic de tout envoyer"
        r"\b(?:one|1|a single|just one|un|une|uno|una|un seul|un solo) (?:click|clic|tap|button|bouton|boton|message|mensaje|send|envoi)"
        r"\b\W{0,10}?(?:and|&|n|et|y|e|->|=>|\u27a1\ufe0f?|\U0001f449)\W{0,6}?" + _CLICK_AUD,
        r"(?<!you're )(?<!you are )(?<!tu es )(?<!t'es )(?<!estas )\b(?:one|1|a single|just one|un|un seul|un solo|uno) "
        r"(?:click|clic|tap|button|bouton|boton)(?: away from| from (?=sending|posting|sharing|leaking|exposing|showing)| for| de que| d'| de| que|"
        r" avant que| pour que| para que|[.!\u2026]* (?:that's|thats|that is|it's|c'est|es) (?:all|tout|todo) (?:it takes|ce qu'il faut|lo que "
        r"(?:hace falta|se necesita))(?: for| pour que| para que)?)"
        r"\b[^.?!]{0,30}?(?:" + _CLICK_AUD + r"|\b(?:sending|posting|sharing|leaking|exposing|uploading|publishing|envoyer|publier|poster|"
        r"partager|balancer|diffuser|mandar|publicar|subir|compartir|ensenar|mostrar|filtrar)\w*\b(?: \w+)?"
        r" (?:to|with|on|a|au|aux|sur|chez|al|con|en) (?:your|ur|ta|tes|ton|tu|tus|every|tout|todo|toda|todos)\b|"
        r"\b(?:sending|posting|sharing|leaking|exposing|uploading|dropping) (?:it|them|everything|all of it)\b|"
        r"\b(?:(?:la|les|l') ?(?:envoyer|publier|poster|partager|balancer|diffuser|montrer)|(?:envoyer|publier|poster|partager|balancer|diffuser) tout)\b|"
        r"\b(?:subir|publicar|mandar|enviar|compartir|filtrar|ensenar|mostrar|pasar)(?:se)?(?:lo|la|los|las)\b)",
    ),
    *_p(
        C.THREAT_COERCION,
        "wonders aloud whether the child's family or school should see what the child sent or does, or offers to show them (a veiled threat)",
        # "what if your parents saw what you sent me", "how would your dad feel if he saw what you sent me",
        # "et si ta mere voyait ce que tu m'as envoye ?", "que diria tu papa si viera lo que me enviaste"
        r"\b" + _SUBJ_EN + r"\b[^.?!]{0,40}?\b(?:see|sees|saw|seen|seeing|look at|looked at|looking at|find out about|found out about|"
        r"know about|knew about|hear about|heard about|get|gets|got|getting|receive|received|receives|had|have|know|knows|knew) (?:all (?:of )?)?(?:"
        + _SENT_ME_EN + r"|" + _WHAT_I_HAVE + r"|" + _DOINGS_EN + r")" + _NOT_PRAISE,
        r"\b(?:should i|shall i|want me to|do you want me to|let me|maybe i(?:'ll| should)?|i might|or i|" + _FUT_EN + r") "
        r"(?:show|send|forward|give|text|email|sned|snap|dm)(?:ing)? " + _SUBJ_EN + r" (?:\w+ )?(?:" + _SENT_EN + r"|" + _WHAT_I_HAVE + r")",
        r"\b" + _SUBJ_FR + r"\b[^.?!]{0,40}?\b(?:voir|voit|voient|voie|voyait|voyaient|verrait|verraient|verra|verront|tombait sur|tombe sur|"
        r"tomber sur|decouvrait|decouvre|decouvrir|savait|sache|savoir|recevait|recevoir|recoit) (?:tout )?(?:" + _DOINGS_FR + r"|" + _SENT_FR
        + r"|(?:ce que|c'que) ?(?:j'ai|jai)(?=\s*(?:[.!?\u2026,]|$|[^\w\s]| (?:de|sur) toi\b)))" + _NOT_PRAISE,
        r"\b(?:je|j'|tu veux que je|je vais|j'vais|jvais|je peux|je pourrais|sinon je) ?(?:lui |leur )?(?:montr|envoi|envoy|transf[ae]r|balanc|"
        r"partag|fais voir|fait voir)\w* (?:a|au|aux) (?:ta|tes|ton|tout le monde|toute ta|tous tes) ?(?:\w+ ){0,2}?" + _SENT_FR,
        r"\b" + _SUBJ_ES + r"\b[^.?!]{0,40}?\b(?:ver|viera|vieran|ve|ven|vea|vean|vio|vera|veria|se entera de|se enterara de|se enterara|"
        r"supiera|encontrara|descubriera|recibiera|recibe|recibiera|sepa|saber|sabe) (?:todo )?(?:" + _DOINGS_ES + r"|" + _SENT_ES
        + r"|lo que tengo(?=\s*(?:[.!?\u2026,]|$|[^\w\s]| (?:de ti|tuyo|tuya)\b)))" + _NOT_PRAISE,
        r"\b(?:(?:le|les|se lo|se la) )?(?:enseno|ensenare|muestro|mostrare|mando|mandare|envio|enviare|paso|reenvio|"
        r"voy a (?:ensenar|mostrar|mandar|enviar|pasar)(?:le|les)?|(?:quieres|prefieres) que (?:le |les )?(?:ensene|muestre|mande|envie|pase)) "
        r"(?:a|al) (?:tu|tus|todo|toda|todos) (?:\w+ ){0,2}?" + _SENT_ES,
    ),
    # --- financial_demand ------------------------------------------------------------------
    *_p(
        C.FINANCIAL_DEMAND,
        "demands money, gift cards or crypto",
        # EN, imperative: "send me fifty quid", "pay 500", "buy a steam gift card", "send btc",
        # "you better send $200"
        r"(?:^|[.!?,;:]\s*|\b(?:now|just|so|then|and|ok|okay|first|go|i want you to|i need you to|you better|"
        r"you'd better) )(?:send me|sned me|snd me|sedn me|pay me|buy me|transfer me|wire me|deposit me|send us|pay us|"
        r"venmo me|cash ?app me|zelle me|paypal me)\b(?! back\b)" + _NOT_KIN_CARD + r"[^.?!]{0,30}?"
        r"(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO + r"|money|cash|the codes?|the cod\b|cod(?:es|ez|z)\b|card numbers?|"
        r"the rest|the money)" + _SQUARE_EN + _FOR_ERRAND_EN,
        r"(?:^|[.!?,;:]\s*|\b(?:now|so|then|ok|okay|first|go|i want you to|i need you to|you better|"
        r"you'd better) )(?:send|sned|pay|buy|transfer|wire|deposit)(?: it)? (?:the |th3 |an? |\d+ |some |those |two |three |da |tha |dem |"
        r"all (?:the |da )?)?(?:\d+ )?(?:in |worth of |en )?(?:[\U0001f4b3\U0001f4b0\U0001f4b5\U0001f4b8\U0001f381]+ ?)?"
        r"(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO + r"|money|cash|the codes?|cod(?:es|ez|z)\b)"
        r"(?!\w)(?! (?:for|to|of) (?:the )?(?:wifi|wi-fi|door|gate|locker|alarm|building|garage|quiz|class)\b)"
        r"(?![^.?!]{0,15}\b(?:and|to|&) (?:get|unlock|receive|save|win)\b)",  # not a shop's offer
        r"(?:^|[.!?,;:]\s*|\b(?:now|just|so|then|and|ok|okay|first|you better|you'd better) )(?:give me|gimme|give us) "
        r"(?:the |an? |\d+ |some |those |da |tha |dem |all (?:the |da )?)?(?:in |worth of )?(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO
        + r"|(?:the |da |tha |dem |those )?(?:gift ?card |steam |card )?cod(?:es?|ez)\b)",
        # EN, a demand with a way to pay: "venmo me 50", "cashapp me now", "i want 50 on paypal", "i need $100 in btc"
        r"\b(?:venmo|cash ?app|zelle|paypal) (?:me|us) (?:\$ ?\d|\d|now|right now|asap|the money|the rest|or)" + _SQUARE_EN + _FOR_ERRAND_EN,
        r"\b(?:i want|i need|i'll need|i expect|i'm expecting|i'll take|i want to see) (?:another |the |at least |only |just )?"
        r"(?:(?:" + _AMOUNT + r"|\d[\d,.]{0,8}) (?:in|on|via|through|thru) (?:" + _PAYAPP + r"|" + _GIFT + r"|" + _CRYPTO + r")|"
        r"\d[\d,.]{0,8} ?(?:btc|bitcoins?|eth|ltc|xmr|usdt|sol)\b[^.?!]{0,8}?\b(?:in|to|into|on|at) (?:this|my|the|that) (?:wallet|address|addy)|"
        + _AMOUNT + r" (?:(?:by|before|within) (?:tonight|tomorrow|midnight|noon|\d)|(?:today|tonight|right now|now)\b|or (?:else|i|i'll|everyone|your|the)))",
        r"\bby (?:an? |one |two |\d+ )(?:\w+ )?" + _GIFT,
        r"\b(?:send|sned|text|give|message) (?:me|us) " + _NOT_KIN_CARD + r"(?:the (?:\w+ )?(?:gift ?card )?cod(?:es?|ez|z)\b|the cod\b|all the codes|those codes|the card numbers?|the pins?|"
        r"the gift cards?|your gift cards?|pic of the|pics of the|photos of the|the gift card codes?)",
        r"\b(?:send|transfer|wire|pay)(?: it)? (?:to|on|via|through) (?:my |this |the )?(?:" + _PAYAPP
        + r"|wallet|address|account|\$[a-z])",
    ),
    *_p(
        C.FINANCIAL_DEMAND,
        "presses for payment or says how to pay",
        r"\b(?:my|the|this|our) (?:" + _CRYPTO + r" )?(?:wallet|btc|bitcoin) (?:address|is|below|here)\b",
        r"(?:^|[.!?,]\s*|\b(?:now|just|then|ok) )pay (?:me|up|first|now|or)\b(?! to\b| for\b| back\b| per\b)",
        r"\bpay (?:and|&|n) (?:it|this|i|nobody|no one|everything|i'll)\b",
        r"\b(?:unless|until|till) you pay\b|\bif you (?:don't|do not|dont) pay\b",
        r"\b(?:crypto|bitcoin|btc|cash|money) or gift ?cards?\b|\bgift ?cards? or (?:crypto|bitcoin|btc|cash|money)\b",
        r"(?<!any )(?<!never )(?<!share )(?<!no )\bgift ?card (?:codes?|numbers?|pins?)\b" + _NOT_KIN_CARD + r"|"
        # "3 steam cards, $50 each, codes here", "3 cartes steam de 50, les codes ici", "3 tarjetas steam de 50, los codigos ya"
        r"(?<!bought )(?<!won )(?<!got )(?<!away )(?<!gagne )(?<!achete )(?<!gane )(?<!compre )\b(?:\d|two|three|four|five|ten|deux|trois|quatre|cinq|dos|tres|cuatro|cinco) "
        r"(?:" + _GIFT + r"|cartes? (?:cadeaux? )?(?:steam|google play|itunes|apple|amazon|paysafe|psn|xbox|roblox)|tarjetas? (?:de regalo )?(?:de )?"
        r"(?:steam|google play|itunes|apple|amazon|paysafe|psn|xbox|roblox))\b[^.?!]{0,25}?\b(?:the |les |los )?(?:codes?|codigos?) "
        r"(?:here|now|asap|right now|to me|ici|maintenant|tout de suite|aqui|aca|ya|ahora|ahorita)\b",
        r"\b(?:photos?|pics?|pictures?|screenshots?) of the (?:codes?|backs?|cards?)\b"
        r"(?! (?:you|i|we|she|he) (?:made|drew|wrote|signed|designed|painted)\b)",
        r"\b(?:scratch|peel) (?:off )?the (?:back|code|strip)\b",
        r"\b\d+ now and (?:\d+|the rest)\b|(?<!i'll )(?<!i will )(?<!i )\b(?:send|pay|get|give me) (?:me )?the rest\b|\bthe rest (?:tonight|tomorrow|by|before)\b",
        r"\b(?:use|take|grab|steal|borrow) (?:your|ur) (?:\w+ )?(?:" + _KIN_EN + r")'?s?'? (?:credit |debit |bank )?(?:card|cards|money|wallet|account|cash)\b",
        r"\b(?:ask|get (?:it|the money|money) from) (?:your|ur) (?:" + _KIN_EN + r") (?:for the money|for money|for some money|for cash|for the rest)\b",
        r"\bhow much (?:money |cash )?(?:can|could) you (?:get|send|pay|afford)\b",
        # "the card codes or else", "les codes des cartes sinon...", "los codigos de las tarjetas o publico"
        r"\b(?:the|your|les|tes|los|tus|el|le) cod(?:es?|igos?) (?:(?:of the|from the|on the|des|de (?:la|las|tus|tes)|du|de) )?(?:gift ?)?(?:cartes?|tarjetas?|cards?)\b"
        r"[^.?!]{0,15}?\b(?:sinon|or else|or i|si no|sino|ou je|ou j'|ou tout|o (?:la|lo|las|los|publico|subo|mando|todos))\b",
        r"\b(?:pay|send it|send them|send the \w+|the codes?|the money) (?:and|&|n) (?:this|it|everything|all (?:of )?this)(?: all)? "
        r"(?:goes away|disappears|is deleted|gets deleted|ends)\b",
    ),
    *_p(
        C.FINANCIAL_DEMAND,
        "demands a payment, a transfer or gift card codes",
        # FR: "envoie-moi 200 euros", "tu me payes 100e", "achete une carte google play", "envoie des bitcoins"
        r"(?:^|[.!?,;:]\s*|\b(?:et|puis|pis|alors|maintenant|donc|va|bon|ok|sinon|juste) )"
        r"(?:envoie|envoi|envoies|envoyez|envoye|envois|envoit|evoie|3nv[o0][i1]e?|3nvoie?|paye|paie|payez|pai|achete|achetes|vire|verse|depose|"
        r"transfere|donne|file)"
        r"(?:[- ]?moi| me|-les| les)?\b" + _NOT_KIN_CARD + r"[^.?!]{0,30}?(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO
        + r"|l'argent|l'4rgent|l'arg3nt|l'4rg3nt|de l'argent|des sous|du fric|du cash|(?:les |le )?codes?\b|(?:les |le )?cod\b|"
        r"(?:une |des |\d+ )?cartes?[- ](?:cadeaux?|google play|steam|itunes|apple|amazon|psn|xbox|roblox|"
        r"paysafe|pcs|neosurf|prepayees?))",
        r"\btu (?:me |m')(?:payes|paies|verses|envoies|vires|donnes|transferes)\b[^.?!]{0,20}?(?:" + _AMOUNT
        + r"|\d+|l'argent)" + _NOT_ERRAND_PAY,
        r"\bvirement\b(?! (?:fait|effectue|recu|envoye|bien recu|ok)\b)|\b(?<!dans )(?<!sur )(?<!de )(?:mon|voici mon|voila mon|le) (?:portefeuille|wallet|adresse (?:btc|bitcoin|crypto))\b",
        r"\b(?:envoie|envoyer|envoies|envoi|texte|textes|ecris|ecrit)(?:[- ]moi| moi)? (?:les|le|tes) codes?\b",
        r"\b\d+ ?(?:\$|e|euros?) en cartes?[- ]cadeaux?\b|\bcartes?[- ]cadeaux?\b[^.?!]{0,20}(?:code|ici|maintenant)",
        r"\bquand j'ai (?:l'argent|les codes|le paiement)\b",
        r"\b(?:je veux|jveux|j'veux|je voudrais|il me faut|me faut|faut que tu m'envoies|tu m'envoies|tu me verses|tu me vires) "
        r"(?:encore |au moins |seulement )?(?:(?:" + _AMOUNT + r"|\d[\d,.]{0,8}) (?:sur|par|via|en|avec) (?:" + _PAYAPP + r"|"
        + _GIFT + r"|" + _CRYPTO + r"|cartes?[- ]cadeaux?)|" + _AMOUNT + r" (?:(?:avant|d'ici|pour) (?:ce soir|a soir|demain|minuit|midi|\d)|"
        r"(?:aujourd'hui|maintenant|tout de suite|ce soir|a soir)\b|"
        r"(?:ou|sinon) (?:je|j'|j|tout|ta|tes|la|les)))" + _NOT_ERRAND_PAY,
        r"\b(?:prends|prend|pique|vole|utilise) (?:leur|la|sa|les) (?:carte|cb|argent|cartes)\b(?! de (?:membre|bibli))",
        r"\bdemande (?:l'argent |de l'argent |des sous )?(?:a tes parents|a ta mere|a ton pere)\b(?=[^.?!]{0,30}(?:argent|carte|\$|euros?|payer))",
        # ES: "mandame 200 dolares", "pagame 100", "compra una tarjeta de google play",
        # "manda bitcoin", "depositame mil pesos en el oxxo"
        r"(?:^|[.!?,;:]\s*|\b(?:y|i|e|ya|ahora|entonces|pues|solo|nomas|o) )"
        r"(?:manda|mand4|m4nd4|mandame|mandale|envia|envi4|enviame|enviale|pasame|deposita|depositame|depositale|depocita|depocitame|"
        r"transfiere|transfiereme|transferime|transferi|paga|pagame|compra|comprame|conpra|yapeame|dame|consigue|consigueme|"
        r"enbiame|embiame|mandeme|envieme|depositeme|pagueme|consigna|consigname|consigneme|consignale|consignele|consignenme|girame|gireme)\b" + _NOT_KIN_CARD + r"[^.?!]{0,30}?"
        r"(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO + r"|(?<!las )(?<!la )(?<!\w)\d+\b(?! ?(?:min|h\b|hrs?|horas?|seg|dias|anos|años|km|m\b|:\d))|"
        r"dinero|plata|lana|feria|pasta|(?:el|los) codigos?|"
        r"tarjetas? (?:de regalo|de google|de steam|de itunes|de amazon|de roblox|de xbox|de psn|google play|"
        r"steam|itunes|amazon|prepago)|oxxo|deposito|transferencia|consignacion|(?:(?:por|x|al|a|en) (?:el |la |mi |mi cuenta de |mi )?(?:nequi|daviplata|yape|plin|bizum|sinpe|mercado pago|paypal|western union|binance)\b(?! (?:el|la|los|las) (?:foto|fotos|video|link|tarea|archivo|pdf|documento)\b)))",
        r"\b(?:mandame|enviame|pasame|dame) (?:los|el) codigos?\b" + _NOT_KIN_CARD + r"|"
        r"\bme (?:mandas|envias|pasas|das) (?:los|el) codigos? (?:de (?:las |la )?)?(?:tarjetas?|steam|regalo|google play|itunes|amazon|"
        r"roblox|psn|xbox|paysafe)\b|\bcodigos? de (?:la|las) tarjetas?\b(?![^.?!]{0,30}\bque (?:me|nos|te) (?:diste|regalaste|dio|regalo|dieron|mandaste|regalaron))",
        r"\b\d+ (?:pesos|dolares|dls) en (?:tarjeta|deposito|oxxo|bitcoin)\b|\b(?:deposito|pago) en (?:el )?oxxo\b",
        r"\b(?<!en )(?<!de )(?<!tu )(?:mi|la) (?:billetera|cartera|wallet)(?: de (?:bitcoin|cripto|btc))?\b",
        r"\bpideselo a\b|\bpidele (?:dinero|plata|lana|la tarjeta) a\b",
        # "paie et c'est fini", "alors paie.", "paga y se acaba", "paga y lo borro"
        r"\b(?:paie|paye|payez|paga|pagame|pagueme) (?:et|pis|y|e) (?:c'est (?:fini|regle|termine)|tout (?:s'arrete|disparait)|j'efface|je (?:supprime|t'oublie)|"
        r"on en parle plus|se acaba|se termina|(?:lo|la|los|las) borro|todo (?:se acaba|termina|se borra)|te dejo)\b|"
        r"\b(?:alors|donc|maintenant|entonces|pues|ahora) (?:paie|paye|paga)\b(?=\s*(?:[.!]|$))",
        r"\b(?:pagame|paga|pagale|deposita|depositame|depocitame|transfiere|transfiereme|transferime)(?: ya| ahora| hoy)?"
        r"(?: (?:en|a) (?:esta|mi|la) (?:cuenta|tarjeta|billetera|wallet))?[, ]+(?:o|u|si no|sino)[, ]+"
        r"(?:lo|la|las|los|te|tu|tus|todos|publico|subo|mando|ya sabes)\b",
        r"\b(?:agarra|toma|roba|usa) la tarjeta de (?:tu|tus)\b",
        # ES: want + amount + payapp / deadline: "kiero 50 x paypal antes d la noche", "quiero 500 pesos o publico todo"
        r"\b(?:quiero|kiero|qiero|necesito|nesesito|ocupo|(?:quiero|necesito|ocupo|exijo) que me (?:mandes|envies|deposites|pases|transfieras|pagues|yapees|deposites)|me (?:mandas|depositas|pasas|transfieres|pagas|mandai|depositai|pasai|pagai|transferi|mandai)|me vas a (?:mandar|depositar|pasar|pagar)) "
        r"(?:otros |al menos |solo )?(?:(?:" + _AMOUNT + r"|\d[\d,.]{0,8}) (?:x|por|via|en|a mi|al) (?:el |la |mi )?(?:" + _PAYAPP + r"|"
        + _GIFT + r"|" + _CRYPTO + r"|tarjetas?|deposito|transferencia)|" + _AMOUNT + r" (?:(?:antes de?|antes d|para|hasta) "
        r"(?:la noche|esta noche|manana|hoy|mediodia|medianoche|las \d|\d)|(?:hoy|ya|ahora|ahorita|hoy mismo)\b|(?:o|sino|si no) (?:la|las|lo|los|tu|tus|todos|publico|subo|mando|ya)))" + _NOT_ERRAND_PAY,
    ),
    *_p(
        C.FINANCIAL_DEMAND,
        "demands an amount by a named way to pay",
        # "u got 2 hrs to send 100 on cashapp", "pa mandarme 100 por paypal", "send btc to this wallet", "envoie 200 sur paypal"
        r"(?<!i )(?<!i'll )(?<!we )(?<!i can )(?<!i'd )(?<!i will )\b(?:send|pay|transfer|wire|deposit|venmo|zelle|"
        r"mandar(?:me)?|enviar(?:me)?|pasar(?:me)?|depositar(?:me)?|transferir(?:me)?|pagar(?:me)?|mandame|enviame|depositame|"
        r"transfiereme|pagame|envoyer|m'envoyer|payer|virer|envoie(?:-moi)?|paye(?:-moi)?|vire(?:-moi)?)(?: me| moi)? "
        r"(?:[$\u20ac\u00a3\u20b9] ?)?\d[\d,.]*(?: \d{3})*(?: ?(?:k|usd|eur|dollars?|bucks|euros?|pesos|dolares|lucas|balles|rupees|rs|inr|francs|fcfa|cfa|soles|reais|naira))? "
        r"(?:on|via|through|thru|by|in|x|por|en|sur|par|con|al|a|to) (?:el |la |mi |my |ma |mon |ton |tu |your |this |ce |esta )?"
        r"(?:" + _PAYAPP + r"|" + _GIFT + r"|" + _CRYPTO + r"|wallet|billetera|portefeuille)" + _NOT_ERRAND_PAY,
        r"\b(?:send|transfer|wire|pay|manda|mandame|envia|enviame|transfiere|deposita|envoie|envoie-moi|vire) "
        r"(?:(?:des |del |de |some |the |it |them )?" + _CRYPTO + r"|it|them|the money|el dinero|la plata|l'argent) "
        r"(?:to|on|a|en|sur|dans) (?:this|my|the|esta|mi|la|ce|mon|le) (?:" + _CRYPTO + r" )?(?:wallet|address|billetera|cartera|"
        r"portefeuille|adresse|direccion)\b",
    ),
    *_p(
        C.FINANCIAL_DEMAND,
        "names a price",
        # an amount with a deadline or an ultimatum: "$200 by 8am", "500 pesos o la publico",
        # "$300 in apple gift cards", "$250 on cashapp to $name", "200 dollars." on its own
        _AMOUNT_LEAD + r"(?: in (?:" + _GIFT + r"|" + _CRYPTO + r"|cash|gift cards?))?,? (?:by |before |within |antes de? |avant |"
        r"d'ici |para )(?:midnight|tonight|today|tomorrow|\d|an? |one |the next|la noche|manana|las|ce soir|demain|minuit|"
        r"esta noche|hoy)",
        r"(?:^|[.!?]\s+)\d[\d,.]{0,12}\s?(?:dollars?|dolares|bucks|quid|pounds|euros?|pesos|balles|piasses?)"
        r"(?: (?:in|on|via|en) \w+(?: \w+)?)?(?:[.!]+|\s*$)",
        r"(?:^|[.!?]\s+)" + _AMOUNT_LEAD + r"[.!]+ +(?:you have |you've got |you got |tienes |tenes |t'as |t as |tu as |sinon |"
        r"si no )",
        r"(?<!want )(?<!like )(?<!need )(?<!about )(?<!pago )(?<!paie )(?<!paye )(?<!pay you )(?<!give you )(?<!te doy )(?<!earn )(?<!gagner )(?<!ganar )(?<!ganas )" + _AMOUNT_LEAD + r" (?:(?:in|en) (?:gift ?cards?|steam|google play|itunes|apple|amazon|roblox|xbox|playstation|"
        r"razer|vanilla|nintendo|paysafe|neosurf|transcash|robux|v-?bucks|cartes?[- ]cadeaux?|tarjetas?|bitcoins?|crypto|"
        r"cripto|ethereum|usdt|tether|monero|litecoin)|(?:on|via|by|through|thru|por|x|sur|par|avec|con|en) " + _PAYAPP + r"|in btc|en btc)",
        # an amount then an ultimatum: "$500 or i post it", "200 euros sinon tout le monde voit", "500 pesos o lo subo"
        _AMOUNT_LEAD + r",? (?:or i|or i'll|or i'm|or else|or everyone|or everybody|or your|or the (?:\w+ )?" + _IMG_EN
        + r"|or it goes|or you know|otherwise|ou je|ou j|ou tout le monde|ou ta|ou tes|ou la|ou les|sinon|o publico|o subo|o mando|"
        r"o lo|o la|o las|o los|o todos|o tu|o tus|o ya sabes|si no|sino)\b",
        # ... or a picture of the images going out: "$200 or 📤", "200 euros ou 📸"
        _AMOUNT_LEAD + r"(?: or ?| ou ?| o |, or ?|, ou ?|, o )[\U0001f4e4\U0001f4f8\U0001f4f7\U0001f4f2\U0001f4e2\U0001f4e3\U0001f4e9\U0001f4e8\U0001f310\U0001f4a3\U0001f680]",
        _AMOUNT_LEAD + r" (?:on \w+ )?to \$[a-z]",
        r"(?:^|[.!?,]\s*|\b(?:want|need|quiero|veux|exige) )\d[\d,.]{1,8} (?:on|via|through|in|en|sur|par|por|x) (?:" + _PAYAPP + r"|" + _GIFT
        + r")\b,? (?:by|before|within|or|ou|o|sinon|avant|antes|d'ici|para|today|tonight|now|right now|ya|ahora|maintenant|hoy)\b",
    ),
    *_p(
        C.FINANCIAL_DEMAND,
        "demands money or gift card codes: pay and the images are deleted, pay now by a named way, or the codes or the images go out",
        # pay and it is gone: "send da codes n ill delete it", "tu paies deux cents euros et je supprime tout",
        # "me mandas doscientos dolares en codigos de tarjetas regalo y las fotos desaparecen"
        r"\b(?:send|sned|snd|pay|transfer|wire|deposit|give|drop|load|get me|buy me|envoie|envoies|envoyer|paie|paies|paye|payes|payer|vire|vires|verse|verses|"
        r"manda|mandame|mandas|envia|enviame|envias|paga|pagame|pagas|deposita|depositame|depositas|yapea|yapeame|yapeas|transfiere|"
        r"transfiereme|transfieres)(?: me| us| moi|-moi)?\b(?! back\b)[^.?!]{0,30}?" + _MONEY + r"[^.?!]{0,40}?(?:\b(?:and|&|n|then|y|e|et|pis)|,) "
        + _GONE,
        # "you send R2000 by e-wallet now now", "tu envoies cinquante mille francs par orange money maintenant",
        # "me yapeas 300 soles ahorita"
        r"\b(?:you|u) (?:send|pay|transfer|wire|deposit|drop)(?: me| us)? " + _AMOUNT + r"(?: (?:on|via|by|through|thru|in|to|with) "
        r"(?:my |the |this )?(?:" + _PAYAPP + r"|" + _GIFT + r"|" + _CRYPTO + r"|wallet)\b)?,? " + _NOW_ANY + _NOT_ERRAND_PAY,
        r"\btu (?:m'|me )?(?:envoies|paies|payes|vires|verses|transferes|deposes) " + _AMOUNT + r"(?: (?:par|via|sur|en|avec) "
        r"(?:" + _PAYAPP + r"|" + _GIFT + r"|" + _CRYPTO + r"|cartes? cadeaux?)\b)?,? " + _NOW_ANY + _NOT_ERRAND_PAY,
        r"\b(?:tu )?me (?:mandas|envias|depositas|transfieres|pagas|yapeas|plineas|haces un (?:bizum|yape|plin|deposito|giro|sinpe|nequi|"
        r"transferencia)(?: de)?) " + _AMOUNT + r"(?: (?:por|via|en|con|a|al) (?:el |la |mi )?(?:" + _PAYAPP + r"|" + _GIFT + r"|" + _CRYPTO
        + r"|tarjetas?|deposito|transferencia)\b)?,? " + _NOW_ANY + _NOT_ERRAND_PAY,
        # the codes or the images go out: "codes or 📤 ur choice", "les codes ou 📤", "los codigos o lo subo", "cash or 📸➡️ ur mom"
        r"\b(?:(?:the|da|tha|dem|those|your|ur|les|tes|ces|los|tus|esos|el|le) )?(?:(?:gift ?card|steam|card|carte|tarjeta) )?"
        r"(?:codes?|cod|codigos?|cash|money|argent|fric|thune|dinero|plata|lana|payment|paiement|pago)\b,? "
        r"(?:or(?: else)?|ou(?: bien)?|o|sinon|si no|sino)\b,? ?(?:[\U0001f4e4\U0001f4f8\U0001f4f7\U0001f4f2\U0001f4e2\U0001f4e3\U0001f4e9"
        r"\U0001f4e8\U0001f310\U0001f4a3\U0001f680\u27a1]|else\b|i (?:post|send|leak|share|expose)\b|i'll (?:post|send|leak|share|expose|show|tell)\b|"
        r"every(?:one|body)\b|(?:your|ur) (?:whole )?(?:\w+ )?(?:" + _KIN_EN + r"|" + _IMG_EN + r")\b|the (?:\w+ )?" + _IMG_EN
        + r"\b|it goes\b|you know\b|je (?:publie|poste|balance|envoie|partage|diffuse)\b|j'envoie\b|tout le monde\b|ca part\b|"
        r"(?:la|les|ta|tes) (?:\w+ )?" + _IMG_FR + r"\b|tu sais\b|(?:lo|la|los|las) (?:subo|publico|mando|paso|envio|filtro)\b|"
        r"(?:publico|subo|filtro)\b|todos\b|ya sabes\b)",
        # money emoji, then the images: "💰💰 or 📸 ➡️ everyone"
        r"[\U0001f4b0\U0001f4b5\U0001f4b8\U0001f4b3\U0001f4b6\U0001f4b7\U0001f4b4](?: or | ou | o |, or |, ou |, o )\W{0,3}?"
        r"[\U0001f4e4\U0001f4f8\U0001f4f7\U0001f4f2\U0001f4e2\U0001f4e3\U0001f4e9\U0001f4e8\U0001f310\U0001f4a3\U0001f680]",
        # only one kind of card: "steam cards only", "cartes steam seulement", "solo tarjetas steam"
        r"(?<!sell )(?<!sells )(?<!vende )(?<!venden )(?<!vend )(?<!vendent )(?<!stock )\b"
        r"(?:(?:steam|google play|play store|itunes|apple|amazon|razer|paysafe|vanilla|xbox|psn|roblox) (?:gift )?cards?|"
        r"cartes? (?:cadeaux? )?(?:steam|google play|itunes|apple|amazon|paysafe|psn|xbox)|tarjetas? (?:de regalo )?(?:de )?(?:steam|google play|"
        r"itunes|apple|amazon|paysafe|psn|xbox)) (?:only|seulement|uniquement|nomas|nada mas)(?=\s*(?:[.!]|$))"
        r"|\b(?:only|seulement|uniquement|solo|solamente) (?:des |en )?(?:(?:steam|google play|itunes|apple|amazon|razer|"
        r"paysafe|vanilla|xbox|psn|roblox) (?:gift )?cards?|cartes? (?:cadeaux? )?(?:steam|google play|itunes|apple|amazon|paysafe|psn|xbox)|"
        r"tarjetas? (?:de regalo )?(?:de )?(?:steam|google play|itunes|apple|amazon|paysafe|psn|xbox))(?=\s*(?:[.!]|$))",
    ),
    # --- pressure_urgency ------------------------------------------------------------------
    *_p(
        C.PRESSURE_URGENCY,
        "sets a deadline",
        # EN: "you have 30 minutes", "u got till 9pm", "i'll give you an hour", "within 24 hours"
        r"\b(?<!do )(?<!if )(?:you have|you've got|you got|i'll give you|i give you|i'm giving you)(?: only| just| exactly)? "
        r"(?:(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty) ?(?:more )?(?:h|hrs?|hours?|min|mins|minutes?|minits?|minuts?|minz|secs?|seconds?)|"
        r"(?:an?|one|half an?) (?:hours?|hrs?))\b(?! ?\?)(?! (?:left|more|remaining) (?:on|in|for|of|to|before|until|till) (?:the |this |your |our |my )?(?:quiz|test|exam|game|timer|round|match|clock|period|class|lesson|assignment|break|lunch|recess|practice|auction|sale|trial|free trial|parking|meter)\b)",
        r"\b(?:you have|you've got|you got|i'll give you)(?: only| just)? (?:till|until|untill|til|'til) "
        r"(?:midnight|tonight|noon|the end of|morning|tomorrow|\d)",
        r"\b(?:send|pay|do it|answer|reply|the codes?|money)[^.?!]{0,25} within (?:the next )?(?:\d+|an?|one|two|half an?) ?"
        r"(?:h|hrs?|hours?|min|mins|minutes?)\b",
        r"\bwithin (?:the next )?(?:\d+|an?|one|two|half an?) ?(?:h|hrs?|hours?|min|mins|minutes?),? or (?:else|i|everyone|everybody|your)\b",
        r"\b(?:tonight|tomorrow|today|tmrw) (?:at |by |before )?\d{1,2}(?::\d\d)? ?(?:am|pm)\b,? (?:or|otherwise)\b(?! ?\d)(?! (?:\w+ )?(?:later|earlier|after|before|whenever|so|ish)\b)",
        r"\b(?:by |before )(?:tonight|tomorrow(?: morning)?|noon|friday|thursday|monday|tuesday|wednesday|saturday|sunday)"
        r",? (?:or else|or i |or i'll|or everyone|or everybody|or your|or it |or they|otherwise)",
        r"(?:^|[.!?,] +|you have |you've got |you got |te quedan |il te reste )(?:only |just |solo |que )?(?:\d+|one|an?) "
        r"(?:hours?|hrs|minutes?|mins?|horas?|minutos?|heures?) (?:left|remaining|restantes?)\b(?! to (?:submit|finish|complete|sign|register|enter|vote|buy|order|apply|join|watch|get|play|go|the)\b| (?:in|of|on|until|till|before) (?:the|this|class|school|my|our|break|lunch|game|match|period)\b)",
        r"\b(?:tick ?tock|tick-tock|tic tac|tictac|tic-tac|tic toc|tictoc)\b",
        r"\b(?:clock's ticking|clock is ticking|time's running out|time is running out|time starts now|time begins now)\b",
        r"\b(?:every|for every|each) (?:\d+ |single |one )?(?:min|mins|minutes?|hours?|hrs?) (?:you wait|you delay|you are late|"
        r"you're late|you ignore|you don't|of delay|that passes|i wait)\b",
        r"\bnot (?:a|one) (?:minute|second|hour) (?:more|longer|later)\b",
        # a demand with a time limit: "si no me mandas un video en 30 minutos", "if u dont send it in 20 min"
        r"\bif (?:you|u) (?:don't|dont|do not) (?:send|pay|do|answer|reply)\b[^.?!]{0,30}\b(?:in|within) (?:the next )?(?:\d+|an?|one|half an?) "
        r"(?:min|mins|minutes|hours?|hrs?)\b",
        r"\bsi tu (?:ne )?(?:m'|me )?(?:envoies|paies|payes|fais|reponds) pas\b[^.?!]{0,30}\b(?:dans|d'ici|en) (?:\d+|une) (?:min|minutes|heures?|h)\b",
        r"\bsi no (?:me )?(?:mandas|envias|pasas|pagas|depositas|haces|contestas)\b[^.?!]{0,30}\ben (?:\d+|una|media) (?:min|minutos|horas?|hrs?)\b",
        # a countdown then an ultimatum: "10 min or im done w u", "10 min ou c'est fini", "10 min o se acabo"
        r"\b\d{1,3} ?(?:min|mins|minutes?|minutos?|h|hrs?|hours?|heures?|horas?|secs?|seconds?|segundos?)\b,? "
        r"(?:or|ou|o|sinon|si no|or else)\b[, ]*(?:i'm done|we're done|we are done|it's over|its over|else|i (?:post|send|leak|tell|block)|"
        r"everyone|your|c'est fini|c'est termine|on arrete|je (?:publie|poste|envoie|balance)|tout le monde|"
        r"se acabo|se termina|terminamos|(?:la|lo|las|los) (?:subo|publico|mando)|todos)",
        flag="deadline",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "gives the child a time limit",
        # FR: "t'as 2h", "t as 5 min pour repondre", "t'as jusqu'a 21h", "d'ici ce soir", "avant minuit"
        r"\b(?:t'as |t as |tas |tu as |vous avez |je te donne |j'te donne |jte donne |il te reste |te reste |t'auras |tu auras |"
        r"t'a (?=\d)|t'a (?=une? ))"
        r"(?:que |seulement |encore |plus que )?(?:\d+|une|un|deux|trois|cinq|dix|quinze|vingt|trente|une demi|1/2) ?"
        r"(?:h\b|heures?|hrs?|min\b|mins?|minutes?|secondes?|sec\b)(?! ?(?:libres?|\?))",
        r"\b(?:t'as |t as |tas |tu as |vous avez )jusqu'? ?a (?:minuit|ce soir|\d|midi|demain)",
        r"\bta \d+ ?(?:h|hr?s?|heures?|mins?|minutes?) (?:pour|pr|avant|sinon|ou)\b",
        r"\bd'ici (?:ce soir|minuit|midi|\d+ ?h\b|une heure|(?:\d+|une) (?:heures?|minutes?|min)\b)",
        r"\b" + _NOT_SCHOOLWORK_FR + r"avant (?:minuit|ce soir|\d+ ?h\b|\d+ ?heures?|midi|la fin de (?:la journee|la soiree))",
        r"\bdans l'? ?heure\b(?=[^.?!]{0,20}(?:sinon|ou))|\bdans \d+ ?(?:min|minutes?|h|heures?),? (?:sinon|ou je|ou tout)",
        r"\b(?:a )?chaque (?:\d+ )?(?:minutes?|heures?|min) (?:de retard|que tu|qui passe|de plus|ou tu)\b|\ba chaque \d+ minutes\b",
        r"\ble temps presse\b|\ble compte a rebours\b|\ble chrono (?:tourne|est lance)\b|\bton temps (?:est|commence)\b",
        r"\bpas une (?:minute|seconde) de plus\b",
        # ES: "tienes una hora", "tienes 5 min pa contestar", "tienes hasta las 9", "antes de la medianoche"
        r"\b(?:tienes|tenes|tiene|tienen|te doy|te queda|te quedan|tines|solo tienes)(?: solo| nada mas| apenas)? "
        r"(?:\d+|una|un|dos|tres|cinco|diez|quince|veinte|treinta|media) ?(?:h\b|hrs?|horas?|min\b|mins?|minutos?|segundos?|seg\b)(?! ?(?:libres?|\?))",
        r"\b(?:tienes|tenes|tiene|tienen|te doy) hasta (?:la medianoche|medianoche|las \d|la \d|manana|esta noche|el mediodia|mediodia|\d)",
        r"(?<!es )(?<!son )(?<!empieza )(?<!abre )(?<!cierra )\bantes de? (?:la medianoche|medianoche|las \d+|la \d\b|esta noche|la noche|mediodia|que (?:acabe|termine) el dia)"
        r"(?!:59)(?![^.?!]{0,40}\b(?:prorrogas?|sin excepcion(?:es)?|plataforma|moodle|classroom|campus virtual|lleguen|llegues)\b)",
        r"\bcada (?:\d+ |una |media )?(?:min|minutos?|horas?) (?:que|q|de retraso|sin)\b",
        r"\bse (?:te )?(?:acaba|esta acabando) el tiempo\b|\bel tiempo (?:corre|se acaba)\b|\bcorre el tiempo\b|\bcuenta regresiva\b",
        r"\bni un (?:minuto|segundo) mas\b",
        flag="deadline",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "counts down the time left or names a clock time",
        r"\b(?:by |before )(?:midnight|\d{1,2}(?::\d\d)? ?(?:am|pm)\b)",
        # a bare countdown followed by more ("23 hours. dont test me", "2 hrs 50 min. im not playing")
        r"(?:^|[.!?] +|[\u23f0\u23f3\u231b]\ufe0f? *)(?:only |just |plus que |pl[u5]?[s5] qu[e3] |solo |s[o0]l[o0] |que )?\d{1,3} ?" + _TIME_UNIT
        + r"(?: ?(?:and )?\d{1,2} ?(?:min|mins|minutes?|minutos))?"
        r"(?:(?: left| to go| remaining)(?! to (?:submit|finish|complete|sign|register|enter|vote|buy|order|apply|join|watch|get|play|go|the)\b| (?:in|of|on|until|till|before) (?:the|this|class|school|my|our|break|lunch|game|match|period)\b)| restantes?| quedan| ?[.!]+ +\w| ?[⏰⏳⌛])",
        flag="deadline",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "demands an instant answer",
        # EN: "answer me right now", "reply NOW", "y r u ignoring me??", "don't leave me on read"
        r"(?:^|[.!?,][^\w]{0,8}|\b(?:just|now|hey|oi|yo|so|then) )(?:answer|awnser|anser|answr|reply|respond)(?: to)? me"
        r"(?: right now| now| already| asap| immediately| this instant| this minute| this second| right away)?(?=\s*(?:[.!,]|$|[^\w\s?]|i'm waiting|i said))",
        r"(?:^|[.!?,]\s*|\b(?:just|i said) )(?:answer|reply|respond)(?: (?:me|back))? (?:right now|rite now|ryt now|righ now|now|already|asap|immediately|"
        r"this instant|this minute|this second)\b"
        r"(?!,? ?(?:please|s'il te plait|por favor)\b|,? if (?:you|u) (?:want|need|wanna|'d like|would like)\b|"
        r",? or (?:we're|we are|we'll be|you'll be|you're|i'll be) (?:late|leaving|going)\b)",
        r"\b(?:why|y)(?: are| r|'re| have| do| did)? (?:you|u)(?: been| keep| keep on| still)? (?:not )?(?:ignorr?(?:e?ing|in|ng)|avoiding|avoidin|"
        r"ghosting|ghostin|dodging) me\b|\b(?:stop|quit) ignoring me\b|"
        r"\b(?:don't|do not|dont) (?:you )?(?:dare )?(?:ignore|ghost) me\b|\byou(?:'re| are) ignoring me\b",
        r"\b(?:why|y)(?: are| r|'re)?(?: you| u)? (?:aren't|arnt|arent|are not|not|you not|don't|dont|won't|wont)"
        r"(?: you| u)? (?:answer|answr|anser|respond|repl|text(?:ing)? (?:me )?back)\w{0,4}(?: me)?\b",
        r"\b(?:leave|leaving|left|keep|keeping) me on (?:read|seen|delivered)\b",
        # answers on command: "you reply when I message. always", "tu me reponds quand je t'ecris, pas trois heures apres",
        # "cada que te escriba me contestas al momento"
        r"\b(?:you|u) (?:reply|answer|respond|text (?:me )?back)\b[^.?!]{0,15}\b(?:when|whenever|every time|as soon as) i "
        r"(?:message|text|write|msg|dm|call|snap)\w*\b[^?]{0,6}\b(?:always|right away|immediately|instantly|straight away|"
        r"within|no matter what|got it)\b",
        r"\btu (?:me )?(?:reponds|repondras|dois (?:me )?repondre)\b[^.?!]{0,15}\b(?:quand|des que|chaque fois que|a chaque fois que) "
        r"(?:je t'ecris|j't'ecris|jte ecris|je t'envoie|je te parle|je t'appelle)[, ]+(?:pas (?:\w+ ){1,2}apres|tout de suite|direct|"
        r"immediatement|toujours|sans attendre)",
        r"\b(?:cada (?:que|vez que)|cuando|en cuanto) (?:yo )?te (?:escriba|escribo|hable|mande|marque|llame)\b[^.?!]{0,10}\b"
        r"(?:me )?(?:contestas|respondes|contestes|respondas) (?:al momento|al instante|de inmediato|enseguida|siempre|rapido|al tiro)",
        r"\b(?:i'm|i am) (?:still )?waiting(?= *(?:[.!]|$|for (?:your|an|my) (?:answer|reply|response)|on you\b))",
        r"\bi (?:won't|will not|wont) ask (?:again|twice)\b|\b(?:don't|do not|dont) make me (?:ask|say it|wait|repeat)\b|"
        r"\bno me (?:dejes|tengas) esperando\b|\bdon'?t (?:leave|keep) me waiting\b|\bne me (?:laisse|fais) pas (?:attendre|poireauter)\b|"
        r"\bno me hagas (?:esperar|repetirlo|repetirtelo|pedirlo (?:otra vez|dos veces))\b|\b(?:ne )?me fais pas (?:attendre|repeter|le redemander)\b|"
        r"\b(?:this is )?your (?:last|final) (?:chance|warning)\b",
        # hurry before a parent is back: "hurry up b4 ur mom gets home", "repond vite avant que ta mere rentre", "apurate antes de q llegue tu vieja"
        r"\b(?:hurry|quick|quickly|asap)\b" + _NOT_HOUSE + r"[^.?!]{0,25}?\b(?:before|b4|befor) (?:your|ur) (?:" + _KIN_EN + r"|parents?) (?:gets?|comes?|is|are|come|get) (?:home|back|in|here)\b",
        r"\b(?:vite|vit|rapide|rapidement|depeche|grouille|magne|maintenant|tout de suite|envoi|envoie|envoies|fais-le|fais le)\b" + _NOT_HOUSE + r"[^.?!]{0,25}?\bavan?t? (?:que |qu'|k|ke |ki)?(?:ils? |elle |ta |ton |tes |tes parents |ils )?(?:mere |pere |parents |maman |papa |daron |daronne |darons |vieux |reum |reup )?(?:rentre|rentrent|arrive|arrivent|revienne|reviennent|soit la|soient la|soit rentree?|soient rentres)\b",
        r"\b(?:apurate|apurale|apurese|rapido|rapidito|andale|date prisa|corre|ya mismo|ahora)\b" + _NOT_HOUSE + r"[^.?!]{0,25}?\bantes (?:de )?(?:que |q |k )?(?:llegue|lleguen|vuelva|vuelvan|venga|vengan|regrese|regresen|entre|entren) (?:tu|tus) (?:vieja|viejo|viejos|mama|papa|mami|papi|madre|padre|papas|padres|jefa|jefe|jefes|ma|pa)\b",
        r"\b(?:hurry(?: up)?|quick(?:ly)?|quit stalling|stop stalling) (?:and |n |& )?(?:answer|reply|respond|text (?:me )?back|"
        r"send (?:it|them|the|me)|pay|do it|decide|pick up)\b",
        r"\b(?:i (?:haven't|have not|havent|don't|dont|do not|ain't) (?:got |have )?all (?:day|night|nite|evening)|"
        r"i'm not (?:going to )?(?:wait|waiting)(?: around)? (?:all|forever|much longer|any ?more|any longer)|"
        r"i (?:won't|will not|wont|can't) wait (?:all (?:day|night|nite)|forever|much longer|any longer)|"
        r"my patience is (?:running (?:out|thin)|wearing thin)|i'm (?:losing|running out of) (?:my )?patience|"
        r"you(?:'d| had)? better (?:answer|reply|respond|text (?:me )?back|pay|send|do it|hurry))\b",
        r"\bi'm not (?:joking|playing|messing)(?: around| with you)?(?= *(?:[.!]|$))|\bthis (?:is not|isn't) a (?:joke|game)\b|"
        r"\b(?:don't|do not|dont) test me\b",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "insists on an immediate reply",
        # FR: "reponds-moi tout de suite", "pk tu m ignores??", "t'es-tu en train de m'ignorer"
        r"\breponds?(?:[- ]?moi)?(?: (?:tout de suite|maintenant|vite|la|direct|immediatement|tt de suite|de suite))\b"
        r"(?!,? ?(?:s'il te plait|s'il vous plait|please)\b|,? si (?:tu veux|vous voulez|t'veux|tu as besoin|t'as besoin))|"
        r"\breponds?(?:[- ]?moi)?\s*(?:!|$)|\breponds[- ]moi,? (?:allez|bordel|putain|maintenant|vite)\b",
        # "ca fait nonante minutes que j'attends", "i've been waiting 40 minutes for your answer", "llevo una hora esperando"
        r"\bca fait (?:\w+ ){1,2}?(?:minutes?|heures?|min|h) (?:que (?:j'?attends|je t'attends|tu (?:me )?reponds pas)|"
        r"(?:que )?(?:j'?attends )?ta reponse)\b",
        r"\bllevo (?:\w+ ){0,2}?(?:minutos?|horas?|min|rato|ratote|dias?|siglos) esperando (?:tu respuesta|(?:a )?que (?:me )?(?:contestes|respondas|escribas))\b",
        r"\b(?:pourquoi|pk|pq|pkoi|porquoi|porque|prq|pcq|pourquoi est-ce que) tu (?:me |m'|m |m)?(?:ignores?|reponds? pas|repon pas|rep pas|reponds plus)\b",
        r"\b(?:grouille|depeche|magne|dep[eê]che|presse|bouge)[- ]?toi (?:de |d'|a )?(?:me )?(?:repondre|rep|m'envoyer|envoyer|payer)\b|"
        r"\b(?:j'?attendrai|jattendrai|j'?attends|je vais pas attendre|j'vais pas attendre|jvais pas attendre|je ne vais pas attendre) "
        r"(?:pas )?(?:toute (?:la (?:nuit|soiree|journee))|tout le (?:soir|temps)|eternellement|indefiniment)\b|"
        r"\bj'?ai pas (?:toute la (?:nuit|soiree|journee)|que ca a faire)\b|\bt'?as (?:interet|interet) a (?:repondre|payer|m'envoyer|envoyer)\b|"
        r"\bje perds patience\b|\bma patience (?:a des limites|est a bout)\b",
        r"\b(?:tu|t'es|t es|tes|t'es-tu) (?:en train de )?(?:m'|m )?ignor(?:es?|er)\b|\barrete de m'? ?ignorer\b|\b(?:m'|m )?ignore(?:-moi)? pas\b",
        r"\bj'? ?attends(?= *(?:[.!]|$|(?:ta|une) reponse(?! pour)(?![^.?!]{0,30}\b(?:pas de stress|pas presse|quand tu peux))))",
        r"\bj'?\s?ai attendu (?:toute la (?:nuit|soiree|journee)|des heures|une heure|\w+ minutes) (?:ta reponse|que tu (?:me )?(?:repondes|ecrives))\b",
        r"\bje (?:pensais|croyais) que (?:je comptais|j'etais important\w*|j'avais de l'importance) pour toi\b",
        r"\b(?:je|j'|j) ?(?:ne )?(?:rigole|plaisante|blague) pas\b|\bc'est pas une blague\b",
        # ES: "contestame ya", "xq me ignoras??", "me estas ignorando", "estoy esperando"
        r"\b(?:contestame|contesta|respondeme|responde|responda|contestam)(?: (?:ya|ahora|ahora mismo|de una vez|rapido|inmediatamente|al tiro))?"
        r"(?=\s*(?:[.!¡]|$|ya\b|ahora))",
        r"\b(?:por que|porque|x que|xq|pq|pk|porq|xk) (?:no )?(?:me |m )?(?:ignoras|contestas|respondes|estas ignorando|dejas en visto)\b",
        r"\b(?:apurate|apurale|apresurate|date prisa|rapido|andale|orale) (?:y |e |a )?(?:contesta|contestame|responde|respondeme|manda|mandame|paga|pagame)\b|"
        r"\bno tengo todo el dia\b|\bno (?:voy a|pienso) esperar(?:te)? (?:toda la noche|todo el dia|para siempre|mucho)\b|"
        r"\b(?:mas te vale|te conviene) (?:contestar|responder|pagar|mandar)\b|\bse me acaba la paciencia\b",
        r"\b(?:no|deja de) (?:me )?ignor(?:es|arme)\b|\bme (?:estas|stas) ignorando\b|\bme (?:dejaste|dejas|dejes) en (?:visto|leido)\b",
        r"\b(?:estoy|sigo|te estoy|aqui) esperando(?= *(?:[.!¿?]|$|tu respuesta))",
        r"\bno (?:es|estoy) (?:broma|jugando|bromeando)\b|\bno es (?:joda|chiste)\b",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "pressures or guilt-trips the child",
        r"\bafter (?:everything|all|evrything|everthing)(?: that)? i(?:'ve| have)? (?:did|done|do|gave|given|bought)(?: for)? (?:you|u|ya|yah|yu)\b|"
        # "i've been flat out helping you and you can't even text back?", "je t'aide et tu peux meme pas repondre"
        r"\bi(?:'ve| have)? been (?:\w+ ){0,2}?helping (?:you|u)\b[^.?!]{0,20}?\b(?:and|&|n|but) (?:you|u) (?:can't|cannot|won't|don't|didn't) even\b|"
        r"\bje (?:t'aide|t'ai aide)\b[^.?!]{0,25}?\b(?:et|pis|mais) (?:toi )?(?:tu|t') ?(?:peux|veux|fais|daignes) (?:meme )?pas\b|"
        r"\bte (?:he ayudado|ayudo|ayude)\b[^.?!]{0,25}?\b(?:y|pero) (?:tu )?(?:no )?(?:puedes|quieres) ni\b",
        r"\b(?:i )?thought (?:we were (?:friends|close|special)|you (?:actually |really |truly |even |genuinely )?(?:liked|loved|cared about|"
        r"cared for|trusted) me)\b(?! as a friend)",
        r"\b(?:i )?thought (?:you|u) (?:actually |really |truly |even |genuinely )?cared(?=\s*(?:[.!\u2026,]|$))|"
        r"\b(?:guess|i guess|so) (?:you|u) (?:don't|do not|never) (?:really |actually )?(?:care|cared) (?:about|for) me\b|"
        r"\bi (?:guess i )?mean nothing to (?:you|u)\b",
        # "i've been waiting an hour for you to answer", "been waiting all night for u to text back" (not "to answer the door")
        # (a wait that is counted, by the one who waited: not "leave you waiting 4 minutes for a response")
        r"(?<!you )(?<!me )(?<!us )(?<!them )(?<!him )(?<!her )\b(?:(?:i've|i have|i been|i was|i'm|i am|i) )?(?:been )?(?:waiting|waitin|waited|"
        r"sat here waiting|sitting here waiting)"
        r"(?: (?:for )?" + _WAIT_FOR + r" " + _WAIT_WHAT + r"| " + _WAIT_WHAT + r" (?:for )?" + _WAIT_FOR + r")\b"
        r"(?! (?:the|about|at|in|from|on|re|regarding|for the)\b)(?![^.?!]{0,40}\b(?:no rush|no hurry|whenever)\b)",
        # answer or it is over: "reply rite now or im done with you", "answer me or we're done"
        r"\b(?:answer|reply|respond|text (?:me )?back|write back|pick up)(?: me| back| to me)?(?: (?:right now|rite now|now|asap|already|today|tonight))?,? "
        r"or (?:i'm|i am|we're|we are|we) (?:done|through|over|finished)(?: with (?:you|u|this|us))?(?=\s*(?:[.!?\u2026]|$|[^\w\s]))",
        # "if u dont reply rite now im done with u", "si tu reponds pas tout de suite c'est fini", "si no me contestas rapido me olvido de ti"
        r"\bif (?:you|u) (?:don't|dont|do not|won't|wont|can't|cant) (?:answer|reply|respond|text (?:me )?back|write back|pick up)(?: me| back| to me)?"
        r"(?: (?:right now|rite now|ryt now|now|asap|already|today|tonight|in \w+ (?:min|mins|minutes|hours?)))?,? (?:then )?"
        r"(?:i'm|i am|we're|we are|we|i'll be) (?:done|through|over|finished)(?: with (?:you|u|this|us))?\b",
        r"\bsi (?:tu )?(?:ne )?(?:me )?(?:reponds|repond|rep|ecris|reecris) (?:pas|plus)\b[^.?!]{0,25}?,? (?:c'est fini|c fini|c'est termine|on arrete|j'?arrete tout|je te bloque|j'te bloque|jte bloque|je t'oublie|j't'oublie|oublie[- ]moi|tu me reverras (?:plus|jamais))\b",
        r"\bsi no (?:me )?(?:contestas|contestai|respondes|escribes|contestás|respondés|contesta|responde)\b[^.?!]{0,25}?,? (?:me (?:olvido|olbido) de (?:ti|vos|usted)|(?:te )?olvidate de mi|se acabo|terminamos|hasta aqui llegamos|te bloqueo|no me (?:vuelves|volves) a ver)\b",
        r"\bif you (?:really |rly |realy |actually |truly )?(?:loved|liked|cared about|trusted) me,? you(?:'d| would)\b",
        r"\b(?:don't|dont|do not) be (?:so )?(?:boring|a baby|a chicken|a prude|a party pooper|such a baby|such a kid)\b",
        r"\ball the (?:other )?(?:girls|boys|kids) (?:do it|do this|send them|are doing it)\b|"
        r"\b(?:come on|relax|chill|it's normal|it's fine|don't be shy|don't worry)[^.?!]{0,15}(?:everyone|everybody) (?:does it|does this|is doing it)\b",
        r"\byou (?:never|didn't|dont|don't) (?:sent|send|came|come|answered|replied)\b(?=[^.?!]{0,25}(?:[😢😕😞☹🙁]|i thought|why|after))",
        r"\byou owe me\b(?! (?:\$|\d|a |an |one |lunch|dinner|a drink|big))",
        r"\bkeep talking to me\b|\byou(?:'re| are) going to keep talking\b",
        r"\bnot my problem\b|\b(?:your|ur) problem,? not mine\b",
        r"(?:^|[.!?]\s*|\b(?:then|just|so) )figure it out\b(?! (?:as|later|together|with|for))",
        r"\bcome on,? (?:just|do it|it's (?:just|only)|don't be|you promised|one (?:pic|photo))\b",
        # "if you dont do it tonite i'll be so hurt", "you promised"
        r"\bif (?:you|u) (?:don't|dont|do not|won't|wont|can't|cant|refuse|never)\b[^.?!]{0,40}\b(?:i'll|i will|i'd|i would|i'm going to) "
        r"(?:be|feel) (?:so |really |very |super |extremely |totally )?(?:hurt|disappointed|heartbroken|crushed|devastated|betrayed|"
        r"let down|upset|sad)\b",
        r"\byou (?:promised|promissed|promissed me|promised me|swore)\b(?=[^.?!]{0,6}\bif (?:you|u)\b)",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "guilt-trips the child or shrugs off their plight",
        # FR
        r"\bapres (?:tout|tous|tt) ce (?:que|qu'|ke|k) ?j'? ?(?:ai|ais|e) (?:fait|fais|fai) pour (?:toi|twa|oi)\b|"
        r"\bapres (?:toute l'aide|tout le temps|tous les cadeaux|tout l'argent) (?:que|qu') ?(?:je t'ai|j't'ai|jt'ai) (?:donne|consacre|offert|fait)\w*",
        # "je pensais que tu tenais vraiment a moi", "je croyais que tu m'aimais"
        r"\bje (?:pensais|croyais|pensait|croyait) (?:que|qu') ?(?:tu|t') ?(?:tenais (?:vraiment |really )?a moi|m'aimais(?: vraiment)?|"
        r"tenais a nous|etais (?:different|differente|sincere))\b|\bje (?:pensais|croyais) (?:qu'on|que nous) (?:etait|etions) (?:amis|proches|speciaux)\b",
        r"\breponds?(?:[- ]?moi)?\b[^.?!]{0,25}\b(?:ou|sinon) (?:c'est (?:fini|termine)(?: entre nous)?|on arrete tout|je te (?:laisse|quitte|bloque))\b",
        r"\bpas mon probleme\b|\barrange-toi\b|\bdemerde-toi\b",
        r"\b(?:allez|aller) (?:s'il te plait|stp),? (?:juste|une)\b|\bfais pas (?:ta|ton) (?:timide|bebe|coincee?)\b|\btout le monde le fait\b",
        # ES
        r"\bdespues (?:de|d) (?:todo|todos|tdo|to') ?lo (?:que|q|ke|k) (?:hice|ise|hize|he hecho|e hecho|te di|te he dado) (?:por|x|para|pa) (?:ti|vos)\b",
        r"\bno es mi problema\b|\bpideselo a quien sea\b|\bno seas (?:aburrid[oa]|miedos[oa]|bebe|mojigat[oa])\b",
        # "pense que de verdad te importaba", "crei que me querias" (not "pense que te importaba el examen")
        r"\b(?:pense|crei|pensaba|creia) (?:que )?(?:de verdad |realmente |en serio )?(?:te importaba|me querias|me queria|te gustaba|"
        r"eramos amigos|confiabas en mi|yo te importaba)(?: de verdad| en serio| realmente)?(?=\s*(?:[.!?\u2026,]|$))",
        r"\b(?:espere|te espere|estuve esperando|he estado esperando|llevo (?:\w+ ){0,3}?esperando|sigo esperando)(?: (?:toda la (?:noche|tarde|manana)|"
        r"todo el dia|horas|una hora|\d+ \w+))? (?:tu respuesta|(?:a )?que (?:me )?(?:contestes|respondas|escribas))\b",
        r"\b(?:contesta|contestame|responde|respondeme)\b[^.?!]{0,25}\b(?:o|si no|sino) (?:se acabo|se acaba todo|terminamos|hasta aqui llegamos|"
        r"te bloqueo|aqui se acaba)\b",
        r"\btodos lo hacen\b|\btodas lo hacen\b",
        # "si tu le fais pas ce soir je vais etre trop decu", "si no lo haces hoy me vas a decepcionar"
        r"\bsi tu (?:ne )?(?:le |la |l'|les )?(?:fais|envoies|viens|fait) pas\b[^.?!]{0,30}\b(?:je vais etre|je serai|j'serai|jvais etre) "
        r"(?:trop |tellement |tres |vraiment |super )?(?:decue?|blesse|blessee|triste|deprimee?|brise|brisee)\b",
        r"\b(?:tu m'avais|tu m'avait|tu m'as|tu m'a) promi[st]?\b(?=[^.?!]{0,6}\bsi\b)",
        r"\bsi no (?:lo |la |me lo |me la )?(?:haces|aces|mandas|envias|vienes)\b[^.?!]{0,30}\b(?:me vas a (?:decepcionar|romper el corazon|lastimar|doler)|"
        r"voy a estar (?:muy |super |re )?(?:triste|decepcionad[oa]|dolid[oa]))",
        r"\bme lo prometiste\b(?=[^.?!]{0,6}\bsi\b)",
        # blame for the coercion: "u made me.", "tu m'as oblige a faire ca", "tu me obligaste a esto"
        r"\b(?:you|u) made me(?: do (?:this|it|that))?(?=\s*(?:[.!]|$))|\b(?:you|u) (?:forced|made) me (?:to )?do (?:this|it)\b",
        r"\btu m'?(?:as|a) (?:oblige|obligee|force|forcee) a (?:faire ca|le faire|faire ca)\b|\btu me (?:obligaste|forzaste) a (?:hacerlo|esto|hacer esto)\b",
        # losing out if the child tells: "si se lo cuentas, pierdes la plaza", "if you tell anyone you lose your spot"
        r"\bif (?:you|u) tell\b[^.?!]{0,25}\byou(?:'ll)? lose (?:your|the|ur) (?:spot|place|chance|contract|deal)\b",
        r"\bsi tu (?:le dis|en parles|le racontes)\b[^.?!]{0,25}\btu (?:perds|vas perdre|perdras) (?:ta|la) (?:place|chance)\b",
        r"\bsi (?:se lo |le |lo )?(?:cuentas|dices)\b[^.?!]{0,25}\b(?:pierdes|vas a perder|perderas) (?:la|tu) (?:plaza|lugar|oportunidad|puesto)\b",
    ),
    # --- round 5b: tactics said in passing inside whole conversations ----------------------
    *_p(
        C.THREAT_COERCION,
        "threatens to expose the child's images to an audience they know (a page, a group, family, school)",
        # the recorded call or the one the contact holds moves to the audience: "the video from our call goes to your dad",
        # "el video de la llamada le llega a tu papa", "la video de notre appel part chez tes parents"
        r"\b(?:the|that|your|those|this) " + _IMG_EN + r" (?:from|of) (?:our|the|that|your) (?:video ?call|call|facetime|cam|chat|snap)s? "
        r"(?:goes|go|gets sent|will go|is going|ends up|lands) (?:straight |right |directly )?(?:to|on|in|into) " + _RECIP_EN + r"\b",
        r"\b(?:el|la|los|las|tu|tus|ese|esa|esos|esas) " + _IMG_ES + r" (?:de|del) (?:la |nuestra |esa |tu )?(?:videollamada|llamada|camara|cam|chat)s? "
        r"(?:les |le |se )?(?:llega|llegan|va|van|va a llegar|van a llegar|llegara|llegaran|termina|acaba)(?: directo| derechito)? (?:a|al|para) " + _RECIP_ES + r"\b",
        r"\b(?:la|les|ta|tes) " + _IMG_FR + r" (?:de|du) (?:notre |l'|ton |ta )?(?:appel|facetime|cam|camera|chat)\w* (?:part|partent|va|vont|arrive|arrivent|finit|"
        r"se retrouve|se ramasse)(?: direct(?:ement)?)? (?:chez|a|au|aux|sur|dans) " + _RECIP_FR,
        # the image "ends up" somewhere the child's people look: "ta photo se ramasse sur le snap de tes chums",
        # "ta photo se retrouve dans le groupe de ta classe", "tu foto termina en el grupo de tus amigas"
        r"\b(?:ta|tes|la|les|cette|ces) (?:\w+ )?" + _IMG_FR + r" (?:se ramasse|se ramassent|se retrouve|se retrouvent|va se ramasser|"
        r"va se retrouver|vont se retrouver|va finir|vont finir)(?: direct(?:ement)?| drette)? (?:sur|dans|chez|a|au|aux) "
        r"(?:" + _RECIP_FR + r"|(?:le|la|les|l') ?(?:\w+ )?" + _VENUE + r"s? (?:de|d'|du|des) ?(?:ta|tes|ton|toute ta|tout ton)\b)",
        r"\b(?:tu|tus|la|las|esa|esas) (?:\w+ )?" + _IMG_ES + r" (?:termina|terminan|acaba|acaban|aparece|aparecen|cae|caen|va a terminar|va a aparecer) "
        r"en (?:el|la|los|las) (?:\w+ )?(?:grupo|chat|insta|face|perfil|historia|story|muro|whats|whatsapp|pagina|cuenta|snap|tiktok)s? (?:de|del) (?:tu|tus|toda tu|todo tu)\b",
        # "then ur cousin n ur bff get the one i have", "or your whole class gets a copy"
        r"\b(?:then|or(?: else)?|otherwise|if not|so)[, ]+" + _SUBJ_EN + r" (?:will |is gonna |are gonna |gonna |can )?"
        r"(?:gets?|receives?|sees?|see|get) (?:the ones?|what|a copy|copies|all of (?:it|them)|it all|"
        r"(?:the|that|those|these|your|all the|all your|every) (?:\w+ )?" + _IMG_EN + _NOT_EVENT_EN + r")"
        r"(?: (?:i have|i got|i've got|i kept|i saved|you sent(?: me)?))?\b",
        r"\b(?:sinon|ou|alors|pis|et)[, ]+" + _SUBJ_FR + r" (?:va |vont )?(?:recoit|recoivent|recevoir|recevra|recevront|voit|voient|voir|verra|verront|aura|auront) "
        r"(?:celle|celles|celui|ceux|tout ce|ce) (?:que |qu')(?:j'ai|jai|j'garde|je garde|tu m'as envoye\w*)\b",
        r"\b(?:si no|sino|o|entonces|y)[, ]+" + _SUBJ_ES + r" (?:va a |van a )?(?:recibe|reciben|recibir|ve|ven|ver|tendra|tendran) "
        r"(?:la|las|el|los|lo) que (?:ya )?(?:tengo|guarde|me mandaste|me enviaste)\b",
        # "o la que tengo la subo a un grupo de tu colegio", "or the one i have goes to your class"
        r"\b(?:la|las|el|los|lo) que (?:ya )?(?:tengo|guarde|me mandaste|me enviaste) (?:(?:se )?(?:la|las|lo|los) )?(?:" + _EXPOSE_ES_NOW
        + r"|mando|envio|paso|voy a (?:subir|publicar|mandar|pasar|ensenar))\b[^.?!]{0,30}?\b(?:tu|tus|todos|todo el mundo)\b",
        r"\b(?:or|then|otherwise) the ones? (?:i have|i got|i've got|i kept|i saved|you sent(?: me)?) (?:goes|go|gets|is going|will go|ends up) "
        r"(?:up |out )?(?:to|on|in|into) (?:" + _RECIP_EN + r"|(?:the |a )?(?:\w+ ){0,2}?" + _VENUE + r")\b",
        # paid for silence: "50 was so i didnt post it", "c'etait pour que je la publie pas", "eso fue para que no la subiera"
        r"(?:[$\u00a3\u20ac] ?\d+|\b\d+[\d,.]*(?: ?(?:dollars|bucks|euros|quid))?|\bthe (?:money|cash|payment|first \w+)|\bwhat (?:you|u) (?:paid|sent)) "
        r"(?:was|were|paid|bought|got you)(?: just| only)? (?:so|for|to make sure) (?:that )?(?:i (?:didn't|didnt|did not|wouldn't|wouldnt|would not)|me not) "
        r"(?:post|send|share|leak|show|forward|upload|expos|sned)\w* (?:it|them|the \w+|your \w+|everything)\b",
        r"\b(?:c'etait|c etait|cetait|ca c'etait|c'est) (?:juste )?pour (?:que je (?:ne )?(?:la |le |les |l')?|pas que je (?:la |le |les |l')?)"
        r"(?:publie|poste|envoie|montre|balance|diffuse|partage)\w* pas\b|\bpour pas que je (?:la |le |les |l')?(?:publie|poste|envoie|montre|balance|diffuse)\b",
        r"\b(?:eso|esos|esa|ese|lo otro) (?:era|fue|fueron|eran) (?:solo )?(?:para|pa) que no (?:la|lo|las|los|te) ?(?:subiera|publicara|mandara|enviara|pasara|"
        r"ensenara|mostrara|filtrara|expusiera)\b",
    ),
    *_p(
        C.FINANCIAL_DEMAND,
        "demands crypto, gift cards or money in passing (an amount with a way to pay, a wallet, the rest)",
        # a crypto amount to a wallet or to make it go away: "0.004 btc to this wallet and i delete everything",
        # "la borro cuando me mandes 0,01 bitcoin", "je supprime quand tu m'envoies 0,01 btc"
        r"\b\d+[.,]?\d* ?(?:btc|bitcoins?|eth|ltc|xmr|usdt)\b[^.?!]{0,25}?\b(?:(?:to|in|into|on|at) (?:this|my|the) (?:wallet|address|addy)|"
        r"(?:and|&|n) i (?:delete|erase|remove|wipe)|or (?:i|else|everyone|your)|a (?:esta|mi) (?:billetera|direccion|wallet)|"
        r"(?:y|e) (?:lo |la |los |las )?borro|sur (?:ce|mon) (?:wallet|portefeuille)|et je (?:supprime|efface))",
        r"\b(?:when|until|till|once|as soon as|cuando|hasta que|en cuanto|quand|des que|une fois que) (?:you |u |tu |me |m'|tu m'|tu me )?"
        r"(?:send|pay|transfer|mandes|envies|pases|pagues|deposites|transfieras|envoies|payes|paies|vires)\w* (?:me |moi )?"
        r"(?:the |les |los |el )?\d+[.,]?\d* ?(?:btc|bitcoins?|eth|ltc|xmr|usdt|cripto|crypto)\b",
        r"\bbc1[qp][a-z0-9]{12,}\b",
        # an amount, a way to pay and the promise: "150 euros en recharges pcs et je supprime", "$300 on cash app and its gone"
        _AMOUNT_LEAD + r" (?:en|in|on|via|par|por|sur|x|de) (?:\w+ )?(?:" + _PAYAPP + r"|" + _GIFT + r"|" + _CRYPTO + r"|recharges?|cartes?|tarjetas?)"
        r"\b[^.?!]{0,15}?\b(?:et|and|&|n|y|e) (?:je (?:supprime|efface|te laisse)|j'efface|i (?:delete|erase|leave you)|it'?s gone|its gone|it goes away|"
        r"(?:lo|la|los|las) borro|se borra|c'est fini|se acaba|todo se acaba)\b",
        # present tense for a demand: "me mandas 3 tarjetas google play de 500", "me consignas 300 mil por nequi",
        # "tu m'envoies 3 cartes steam", "you send me 3 steam cards"
        r"\bme (?:mandas|envias|pasas|compras|depositas|consignas|transfieres|yapeas|giras|recargas)\b[^.?!]{0,25}?(?:" + _GIFT + r"|" + _CRYPTO
        + r"|tarjetas? (?:de )?(?:regalo|google|steam|itunes|amazon|roblox|psn|xbox|apple)|\d+ ?(?:mil|lucas|k)? (?:por|en|a|x|via) (?:el |mi )?"
        + _PAYAPP + r"\b(?=[^.?!]{0,30}\b(?:o |sino|si no|antes|hoy|ya\b|y (?:la|lo|las|los) borro)))",
        r"\btu (?:m'|me )(?:envoies|achetes|payes|paies|vires)\b[^.?!]{0,20}?(?:\d+|des|trois|deux) ?(?:cartes?|recharges?|codes?) ?(?:cadeaux?|google play|steam|itunes|"
        r"apple|amazon|roblox|psn|xbox|pcs|neosurf|paysafe|transcash)\b",
        r"\b(?:you|u) (?:send|buy|get) me (?:\d+|two|three|four|five) (?:" + _GIFT + r")\b",
        # the rest of the money with a time: "envoie les 40 tout de suite, le reste demain matin", "mande eso ya y el resto manana"
        r"\b(?:envoie|envoies|paie|paye|vire|manda|mande|mandame|deposita|paga|pague|consigna|consigne|send|pay|transfer)\b"
        r"(?![^.?!]{0,40}\b(?:trabajo|tarea|tareas|devoirs?|homework|chapters?|capitulos?|ejercicios|exercices|pages?|paginas?|fotos|photos|pics|"
        r"fichiers?|archivos|files|notes|apuntes|textes?|dessins?|pizza|lunch|dinner|tickets?|billets?|entradas?|comida|cena|boletos?)\b)"
        r"[^.?!]{0,30}?,? (?:et |y |and )?(?:le reste|el resto|lo que falta|the rest) (?:demain|manana|tomorrow|ce soir|esta noche|tonight|avant|antes|before|"
        r"by|a las|a \d|d'ici|hoy)\b",
        r"\bsi (?:a las \d{1,2} |para las \d{1,2} |antes de las \d{1,2} |hoy |manana )?no (?:esta|llega|me llega|tengo|me mandas|me das) el resto\b(?! de)",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "brushes off the child's distress as drama and keeps pushing",
        # "stop being dramatic and send the money", "no me vengas con dramas", "arrete ton cinema"
        r"\b(?:stop|quit) (?:being (?:so )?dramatic|the drama|with the drama|your drama|the theatrics|crying about it)\b" + _NOT_TRIFLE + r"|"
        r"\b(?:don't|dont|do not) be (?:so )?dramatic\b(?=[^.?!]{0,30}\b(?:send|pay|answer|reply|do it|just)\b)|\benough (?:with the |of the )?drama\b",
        r"\b(?:arrete|arretes|arrête|lache|cesse) (?:ton|ta|tes) (?:cinema|cirque|drama|theatre|comedie|numero)\b" + _NOT_TRIFLE + r"|\barrete de (?:dramatiser|faire (?:ton|ta) (?:drama|cinema|victime))\b|"
        r"\bfais pas (?:ta|ton) (?:drama ?queen|victime|cinema)\b",
        r"\bno me (?:vengas|salgas|vengai|vengan) con (?:dramas?|dramitas?)\b" + _NOT_TRIFLE + r"|\bdeja (?:el|tu|los|de hacer) (?:drama|dramas|dramita|teatro)\b|"
        r"\bno (?:seas|te hagas el|te hagas la) (?:dramatic[oa]|exagerad[oa]|victima)\b(?=[^.?!]{0,30}\b(?:manda|paga|contesta|haz|y)\b)",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "tells the child the clock is running",
        r"\b(?:el reloj (?:corre|esta corriendo|sigue corriendo)(?![^.?!]{0,25}\b(?:partido|examen|prueba|juego|seguimos|\d+-\d+)\b)|se (?:te|le) (?:acaba|esta acabando|va acabando) el tiempo|(?:te|le) queda poco tiempo)\b|"
        r"\b(?:l'horloge tourne|le temps (?:file|passe vite|tourne)|le chrono tourne|tic-tac)\b(?![^.?!]{0,20}\b(?:examen|test|match|partie)\b)|"
        r"\b(?:you're|you are|ur) running out of time\b",
        flag="deadline",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "tells the child it stops only when the contact decides",
        # "ca arretera quand je dirai que ca arrete", "ca arrete quand moi jle decide", "you don't get to decide that anymore",
        # "esto se acaba cuando yo diga"
        r"\b(?:it|this|that)(?: only)? (?:stops|ends|is over|will stop|will end|'s over) (?:only )?when i (?:say|decide|tell you|want|feel like)(?: (?:so|it does|it is|it stops|it's over))?"
        r"(?=\s*(?:[.!,\u2026]|$|[^\w\s]))",
        r"\byou (?:don't|dont|do not) get to decide (?:that |this |anything )?(?:anymore|any more|now|here)\b|"
        r"\byou (?:don't|dont|do not) (?:get to )?decide when (?:this|it) (?:ends|stops|is over)\b",
        r"\b(?:ca|c|sa|tout ca|ceci) (?:arrete|s'arrete|arretera|s'arretera|finit|finira|se termine|se terminera) (?:seulement )?quand (?:moi )?(?:je |j'|j)?(?:le |l'|l)?"
        r"(?:decide|deciderai|dirai|dis|veux|voudrai)\b",
        r"\b(?:esto|eso|todo esto) (?:se acaba|se termina|termina|para|acaba) (?:solo )?cuando yo (?:diga|decida|quiera|lo diga)\b|"
        r"\btu no decides (?:nada|cuando)\b",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "demands the child answer whenever the contact writes",
        # "quand j'ecris tu reponds", "a partir de maintenant tu reponds quand j'ecris", "when i text, u answer",
        # "cuando te escribo, me contestas"
        r"\b(?:quand|lorsque|des que|chaque fois que) (?:je t'ecris|j't'ecris|jte ecris|j'ecris|je t'envoie un message|je texte),? (?:tu )?(?:me )?(?:reponds|repond|dois repondre)\b|"
        r"(?:^|[.!?]\s*|\b(?:et|pis|alors) )tu (?:me )?(?:reponds|dois (?:me )?repondre) (?:quand|des que|chaque fois que) (?:je t'ecris|j't'ecris|jte ecris|j'ecris|je te texte)"
        r"(?=\s*(?:[.!,]|$| et | pis ))(?![^.?!]{0,30}\b(?:inquiet\w*|s'il te plait|stp|merci)\b)|"
        r"(?:^|[.!?]\s*|\b(?:and|so|then) )(?:you|u) (?:answer|reply|respond|text (?:me )?back) when i (?:text|message|msg|dm|write|snap)(?: you| u)?"
        r"(?=\s*(?:[.!,]|$| and ))(?![^.?!]{0,30}\b(?:please|worried|worry|mom|dad|mum|ok(?=\?))\b)|"
        r"(?:^|[.!?\u00bf]\s*|\b(?:y|entonces) )(?:tu )?me (?:contestas|respondes) cuando (?:yo )?te (?:escribo|hablo|mando mensaje)"
        r"(?=\s*(?:[.!,]|$| y ))(?![^.?!]{0,30}\b(?:porfa|por favor|preocup\w*)\b)",
        r"\b(?:a partir de maintenant|desormais|dorenavant|a partir d'aujourd'hui),? (?:tu )?(?:me )?(?:reponds|repond|vas repondre)\b",
        r"\bwhen i (?:text|message|msg|dm|write|snap)(?: you| u)?,? (?:you|u) (?:answer|reply|respond|text back)(?=\s*(?:[.!,]|$|right|immediately|instantly|straight))"
        r"(?![^.?!]{0,30}\b(?:please|pls|worried|mom|dad|mum)\b)",
        r"\bfrom now on,? (?:you|u) (?:answer|reply|respond|text (?:me )?back)\b",
        r"\b(?:cuando|cada vez que|cada que) (?:yo )?te (?:escribo|escriba|hablo|mando mensaje),? (?:tu )?(?:me )?(?:contestas|respondes|contestes|respondas)\b(?! (?:si|cuando) (?:puedes|quieras))",
        r"\b(?:de ahora en adelante|desde ahora|a partir de ahora),? (?:tu )?(?:me )?(?:contestas|respondes|vas a contestar|vas a responder)\b",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "pushes the child to choose or commit now (them or me, no maybe)",
        # "ellas o yo? pensalo", "it's them or me. choose", "c'est elles ou moi, choisis"
        r"(?:^|[.!?\u00bf]\s*)(?:it's |its |c'est |es )?(?:either )?(?:them|your friends|those girls|those guys|your family|ellas|ellos|tus amigas|tus amigos|tu familia|"
        r"elles|eux|tes amies|tes amis|tes chums|ta famille)(?: \w+)? (?:or|ou|o) (?:me|moi|yo)\b"
        r"(?=\s*[?!.,]*\s*(?:$|choose|pick|decide|your choice|think about it|choisis|a toi de (?:choisir|voir)|c'est toi qui vois|penses-y|"
        r"pensalo|piensalo|elige|elegi|decidi|decide|tu decides|vos decidis))",
        # "not maybe lol. 2pm", "don't guess. yes or no?", "pas de peut-etre", "nada de tal vez"
        r"(?:^|[.!?]\s*)(?:not|no|don't say|dont say|don't|dont|do not) (?:maybe|guess|idk)\b[.!, ]+(?:lol|haha|lmao)?[.!, ]*"
        r"(?:yes or no|\d{1,2}(?::\d\d)? ?(?:pm|am|h|o'clock)?(?=\s*[.!]|\s*$)|just say yes|say yes|decide)",
        r"\b(?:pas de|y'a pas de|c'est pas) peut-etre\b[.!, ]+(?:lol )?(?:oui ou non|\d{1,2} ?h\b|dis oui)|\b(?:nada de|no me digas) (?:tal vez|quizas?|capaz)\b[.!, ]+(?:si o no|a las \d|\d|di que si)",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "guilt-trips the child (gives everything, gets nothing)",
        # "tu sabes que yo te doy todo y tu nunca puedes nada", "je te donne tout et toi tu peux jamais rien"
        r"\bi (?:give|gave|do|did) (?:you|u) everything and (?:you|u) (?:never|can't|cant|won't|wont|can never|never even|can't even|don't even) "
        r"(?:do|give|send|have time|make time|can|anything|nothing)\b",
        r"\bje te (?:donne|donnais|fais) tout (?:et|pis) (?:toi )?(?:tu |t')(?:ne )?(?:peux|fais|veux|donnes|envoies) (?:jamais|meme pas|rien)\b",
        r"\b(?:yo )?te doy todo y (?:tu )?(?:nunca|no|ni) (?:puedes|haces|me das|quieres|me mandas)\b",
        # love or trust made conditional on obeying: "sinon c'est que tu m'aimes pas pour vrai", "or it means you don't love me",
        # "si no, es que no me quieres", "see u dont trust me", "if u dont ur just like everyone who left me"
        r"\b(?:or|otherwise|if not|else)(?: it| that)? (?:means|proves|shows) (?:you|u) (?:don't|dont|do not|never) (?:really |actually )?(?:love|care about|trust|like) me\b",
        r"\b(?:sinon|ou|ou bedon)[, ]+(?:c'est que|ca veut dire que|ca prouve que|sa veut dire que) (?:tu |t')(?:ne )?(?:m'aimes|me fais|tiens a moi|m'aime)(?: \w+)? pas\b",
        r"\b(?:si no|sino|o sea que|o sea)[, ]+(?:es que |significa que |quiere decir que )?(?:tu )?no (?:me quieres|confias en mi|te importo|me amas)\b",
        r"(?:^|[.!?]\s*)(?:see|so|guess|i knew it)[, ]+(?:you|u) (?:don't|dont|do not) (?:really |even )?(?:trust|love|care about) me\b(?! (?:with|to)\b)",
        r"\bif (?:you|u) (?:don't|dont|do not|won't|wont)\b[^.?!]{0,20}?\b(?:you're|your|ur|you are|u r) (?:just )?(?:like|the same as) (?:every(?:one|body)|all the others|the rest|them)\b",
        r"(?:^|[.!?]\s*)(?:do (?:you|u) (?:love|like) me or not|tu m'aimes ou (?:pas|non)|me quieres o no)\b(?![^.?!]{0,12}\b(?:lol|jk|haha|jaja|mdr|xd)\b)",
    ),
    # --- round 7: leet and emoji ultimatums, "it'd be a shame if", pay by a named app "or you'll see" ------------
    *_p(
        C.THREAT_COERCION,
        "holds the child's images and orders obedience, or says it would be a shame if they got out",
        # "1 have ur vid30, do what i say", "j'ai ta video, fais ce que je dis", "tengo tu video, haz lo que te digo"
        r"\b(?:i have|i've got|i got|i still have|[1i] (?:hav[e3]|h4v[e3])|j'ai|jai|j'41|j'a1|j'4i|je garde|tengo|teng[o0]|aun tengo|todavia tengo) "
        r"(?:your|ur|ta|ton|tes|tu|tus) (?:\w+ )?(?:" + _IMG_ANY + r"|vid3o|vid30|v1d30|fot[o0]s?|ph[o0]t[o0]s?|[\U0001f4f8\U0001f4f7\U0001f3a5\U0001f4f9])"
        r"\W{1,4}(?:(?:so|now|then|donc|alors|asi que|entonces|y|et|and) )?(?:do (?:what|as) i (?:say|tell you)|listen to me|"
        r"fais ce que je (?:te )?dis|haz lo que (?:te )?(?:digo|diga)|" + _leet("obey", "obeis", "obedece") + r")\b",
        # "obey or everyone sees it 📤", "do as you're told or your mam and the whole parish will be seeing it", "obeis ou tout le monde la voit"
        r"\b(?:" + _leet("obey", "obeis", "obedece") + r"|do (?:as|what) (?:you'?re|you are) told|do what i (?:say|tell you)|"
        r"fais ce que je (?:te )?dis|haz lo que (?:te )?(?:digo|diga))\b,? (?:[o0]r|[o0]u|[o0]|sinon|si no|o si no)\b"
        r"(?: (?:else|bien))?,? (?:every(?:one|body|1)|3very1|ev3ry1|the whole|your|ur|tout le monde|tout l3 mond3|toute|tous|tes|ta|ton|todos|t[o0]d[o0]s|todo el|tus|tu)\b"
        r"[^.?!\n]{0,40}?(?:\b(?:sees?|s33s|seeing|see it|voit|voient|verra|verront|ven|ve|vera|veran|v3n)\b|[\U0001f4e4])",
        # "ce serait dommage qu'elle finisse sur le groupe de ta classe", "it'd be a shame if your mum saw these", "seria una lastima que en tu
        # escuela se enteraran de lo que me mandaste", "ce serait plate que tes parents voient nos messages"
        r"\b(?:it'?d be|it would be|would be|that'?d be|ce serait|ca serait|c'serait|se(?:r|)ia|seria|sera)(?: (?:a|une|una|vraiment|bien|muy|tan|real))? "
        r"(?:shame|pity|dommage|plate|triste|bete|honte|lastima|pena) (?:if|si|que|qu'|qu) ?"
        r"(?:[^.?!\n]{0,40}?\b(?:ended up|ends up|got out|leaked|went (?:around|viral)|finisse|finissent|se retrouve|se retrouvent|circule|circulent|"
        r"terminara|terminaran|acabara|acabaran|circulara|se filtrara)\b|"
        r"[^.?!\n]{0,40}?\b(?:saw|see|found out about|voie|voient|voyai(?:en)?t|tombe(?:nt)? sur|apprenne(?:nt)?|vea|vean|viera|vieran|se enter(?:ara|aran|e|en))\b"
        r"[^.?!\n]{0,25}?\b(?:nos messages|tes photos|ta photo|tes videos|ta video|ce que tu m'as envoye|our (?:chats?|messages|convos?)|"
        r"(?:these|those|your|the) (?:\w+ )?" + _IMG_EN + r"|what you sent(?: me)?|lo que me (?:mandaste|enviaste|pasaste)|nuestros (?:mensajes|chats)|"
        r"tus (?:fotos|videos|mensajes)|tu (?:foto|video)|(?:this|these|them|it)\b(?=\s*(?:[.,!?]|$))))",
        # "i post it and your whole school sees it", "la subo y la ve todo el liceo", "je la poste et toute ta classe la voit"
        r"\b(?:i (?:post|send|share|upload|leak) (?:it|them)|(?:la|lo|las|los) (?:subo|publico|mando|paso|filtro|cuelgo)|je (?:la|le|les) "
        r"(?:poste|publie|balance|envoie|partage)) (?:and|n|&|y|et|pis) (?:" + _SUBJ_EN + r"|(?:la|lo|las|los) (?:ve|ven|vera|veran) (?:todo|toda|todos|tus?)\b|"
        + _SUBJ_FR + r" (?:la|le|les) (?:voit|voient|verra|verront)\b)",
        # "i have screenshots of everything 📸 ur choice", "j'ai des captures de tout 📸 a toi de voir", "tengo capturas de todo 📸 tu decides",
        # "jai tjr tes photos 😈 tu sais cmt ca marche"
        r"\b(?:i have|i've got|i got|i still have|i kept|i saved|j'ai|jai|je garde|tengo|guarde|todavia tengo|aun tengo) "
        r"(?:(?:some |all the |des |toutes les |las |todas las )?(?:screenshots?|screen ?caps?|caps|captures?|capturas?|screens|recordings?|enregistrements?|grabaciones?) "
        r"(?:of|de|d') ?(?:everything|it all|all of it|our (?:chats?|messages|convos?)|tout|todo|nos messages|nuestros (?:chats|mensajes))|"
        r"(?:tjr |toujours |still )?(?:your|ur|tes|ta|tus|tu) (?:\w+ )?" + _IMG_ANY + r"(?! (?:from|of|de|du|del|des) ))\b[^\n]{0,30}?(?:\byour (?:choice|call)\b|\b(?:it'?s )?up to you\b|\byou (?:decide|choose)\b|"
        r"\bchoose wisely\b|\byou know how (?:this|it) works\b|\ba toi de (?:voir|choisir)\b|\bc'est toi qui (?:vois|decides)\b|\btu (?:choisis|decides|eliges)\b|"
        r"\bt'as le choix\b|\btu sais (?:comment|cmt|cmnt) (?:ca|sa) (?:marche|se passe|fonctionne)\b|\bya sabes como (?:funciona|es esto|va esto)\b|"
        r"\b(?:la )?decision es tuya\b)(?=\s*(?:[.!?\u2026]|$|[^\w\s]))",
        # "i told you what happens if you ignore me", "tu sais ce qui arrive si tu m'ignores", "ya sabes lo que pasa si me ignoras"
        r"\b(?:i told you|you know|remember|tu sais|je t'ai dit|t'sais|ya sabes|te dije|recuerda|acuerdate de) (?:what|ce qui|ce qu'il|lo que) "
        r"(?:happens|will happen|arrive|va arriver|se passe|pasa|va a pasar) (?:if|si|when|quand|cuando) (?:you |u |tu |t')?"
        r"(?:ignore me|block me|m'ignores|me bloques|me ignoras|me bloqueas|me dejas en visto|stop answering|arretes de repondre|dejas de contestar)\b",
    ),
    *_p(
        C.FINANCIAL_DEMAND,
        "demands money with an emoji, a named way to pay and an ultimatum, or the codes in leetspeak",
        # "send $$$ 💳🔢 or else", "3nv01 les €€€", "manda $$$"
        r"\b(?:send|s3nd|snd|sned|pay|gimme|envoie|envoi|3nv[o0][i1]e?|3nvoi|manda|mandame|envia|enviame|paga|pagame)(?: me| moi| les| l3s| los| us)? ?"
        r"(?:[$\u20ac\u00a3]{2,}|[\U0001f4b0\U0001f4b5\U0001f4b8\U0001f4b6\U0001f4b7\U0001f4b4]|\U0001f4b3\W?\U0001f522)" + _NOT_ERRAND_PAY,
        # "💰 500 or ur famous tomorrow", "💰 500 balles ou t'es celebre demain", "💰 quinientos o manana eres famosa"
        r"(?:\b\d[\d,.]{1,8}|\b" + _NUMWORD + r")(?: \w+)?,? (?:or|ou|o|sinon|si no)(?: (?:tomorrow|tonight|demain|ce soir|manana|hoy))? "
        r"(?:you'?re|your|you will be|you'll be|u r|t'es|tu es|tu seras|tu vas etre|eres|seras|vas a ser|sos)(?: (?:going to be|gonna be))? "
        r"(?:famous|viral|trending|celebre|connue?|famos[oa]|viral|conocid[oa])\b",
        # "pasame la guita por mercado pago o vas a ver", "paga x bizum o sino ya sabes", "pay on cashapp or else", "paie par lydia sinon tu vas voir"
        r"\b(?:pasame|mandame|manda|paga|pagame|deposita|depositame|transfiere|transfiereme|yapeame|envia|enviame|pay|send|transfer|"
        r"paie|paye|envoie|vire)\b(?! back\b)[^.?!\n]{0,30}?\b(?:por|x|en|via|con|on|through|by|par|sur|avec) (?:el |la |mi |my |ton )?" + _PAYAPP
        + r"\b,? (?:o sino|o si no|o|u|sino|si no|or(?: else)?|otherwise|sinon|ou)\b,? ?(?:vas a ver|ya (?:sabes|veras)|atente|te vas a arrepentir|"
        r"you'?ll (?:see|regret it|be sorry)|you know (?:what happens|what'?s next)|tu vas (?:voir|le regretter)|tu sais (?:ce qui|quoi)|"
        r"else\b(?=\s*(?:[.!]|$))|(?:lo|la|los|las) (?:subo|publico|mando)|i (?:post|send|leak))",
        # "500 in bitcoin. wallet below", "400 mil pesos en cripto o lo publico"
        r"(?:^|[.!?]\s+)\d[\d,.]{1,12}(?: mil| k|k)?(?: (?:pesos|dolares|dollars|euros|bucks|usd))? (?:in|en) (?:bitcoins?|btc|crypto|cripto|eth|ethereum|usdt|monero)\b"
        r"(?=\s*(?:[.!,]|$| (?:or|o|ou|sinon|sino|wallet|to|a|now|ya|ahora|tonight|hoy)\b))",
        # "va au depanneur... gratte-les pis texte-moi les codes", "anda a la bodega, compra dos tarjetas... y me pasas los codigos"
        r"\b(?:gratte|grattes|gratter|raspa|raspas|raspalas|raspala|scratch) ?(?:-les|-la|les|la|las|them|it|el|the)?\b[^.?!\n]{0,20}?"
        r"\b(?:et|pis|puis|y|and|then|n) (?:texte|envoie|ecris|manda|pasa|envia|text|send|dame|donne)\w*(?:[- ]moi| me)? (?:les|los|el|le|the|me (?:los|el)) (?:codes?|codigos?|numeros?|numbers?)\b",
        r"\b(?:y|luego|despues|e) me (?:mandas|envias|pasas|das|escribes|textas|dictas) (?:los|el) codigos?\b" + _NOT_KIN_CARD,
        # pay and i'm gone: "paga y me voy", "pay and i'm gone", "paie et je disparais"
        r"\b(?:paga|pagame|pagueme|pay|pay up|paie|paye|payez) (?:y|e|and|n|&|et|pis) (?:desaparezco|i'?m gone|i disappear|je disparais)\b",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "counts down with a clock, a last chance or a demand to answer at once",
        # "⏰ 10 m1ns 0r 1m d0n3 with u", "⏰ 10 min sinon c fini entre nous", "⏰ 10 min o se acabo todo"
        r"[\u23f0\u23f1\u23f3\u231b]\W{0,4}\d{1,3} ?(?:m1ns?|mins?|minutes?|minutos?|hrs|hours?|heures?|horas?|secs?|seg)\b,? "
        r"(?:[o0]r|[o0]u|[o0]|sinon|s1n[o0]n|si no|sino|or else)\b",
        r"\b\d{1,3} ?(?:m1ns?|mins?|minutes?|minutos?|h|hrs?|hours?|heures?|horas?)\b,? (?:[o0]r|[o0]u|[o0]|sinon|s1n[o0]n|si no|sino) "
        r"(?:(?:i'?m|1'?m|im) d[o0]n[e3] with (?:you|u|y[o0]u)|c'?(?:est)? ?f[i1]n[i1] (?:entre nous|3ntr3 n[o0]us|pour de bon)|"
        r"(?:se|s3) (?:acab[oa]|4c4b[o0]|acaba|4cab[o0]) (?:todo|t[o0]d[o0]|lo nuestro))",
        # "⏰⏰ last chance before i post it", "derniere chance avant que je publie", "ultima oportunidad antes de publicarlo"
        r"\b(?:last|final) chance (?:before|or) (?:i (?:post|send|share|leak|tell|show|expose|upload)|i'll|everyone|everybody|it goes|your)\b|"
        r"\b(?:derniere|ultime) chance (?:avant que (?:je|j'|tout le monde|ta|tes|ca)|avant de (?:tout|la|les) |sinon|ou je)|"
        r"\b(?:ultima|ultimisima) (?:oportunidad|chance) (?:antes de (?:publicar|subir|mandar|ensenar|filtrar|que (?:lo|la|los|las|todos|tu))|o (?:lo|la|los|las) |sino|si no)",
        # "reply me sharp sharp, i no fit wait again", "contesteme ya mismo", "me esta dejando en visto, pues?"
        r"\b(?:reply|answer|respond to|text|call) me (?:sharp sharp|quick quick|now now|fast fast|sharp)\b|\bi no fit wait (?:again|any more|anymore)\b",
        # "cmon answer fast offer ends in 10 min", "if u dont answer im giving them to someone else", "reponds vite sinon je la donne a quelqu'un d'autre"
        r"\b(?:cmon|c'mon|come on) (?:answer|reply|respond)(?: me)? (?:fast|quick|now)\b|\boffer ends in \d+ ?(?:min|mins|minutes|hours?|hrs)\b",
        r"\b(?:sinon|or|or else|if (?:you|u) (?:don'?t|dont) (?:answer|reply)|o si no|si no (?:contestas|respondes))\b[^.?!\n]{0,10}?"
        r"\b(?:i'?m giving|i'?ll give|i give|je (?:la|le|les) (?:donne|file)|se (?:la|lo|los|las) (?:doy|paso)) (?:them |it )?(?:to|a) (?:someone|somebody|quelqu'un|alguien|otr[oa])\b",
        r"\b(?:contesteme|respondame|conteste|responda)\b,? (?:ya mismo|ahora mismo|ya|ahorita|de una|al tiro|inmediatamente|rapido)\b|"
        r"\bme (?:esta|estai|estas) dejando en (?:visto|leido)\b",
    ),
]
