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
"las publico si no...") and "unless you send another" ("salvo que me mandes otra"). Bare connectives ("or else",
"unless you", "come on", "by friday") are not evidence on their own: everyday chat is full of
them.
"""

from __future__ import annotations

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import Pattern, _p

# --- local fragments (English) ---------------------------------------------------------------
_FUT_EN = (
    r"(?:i'll|i will|i'd|i would|i can|i could|i'm(?: going to| about to| gonna)?|i am(?: going to)?|"
    r"i'mma|imma|ima|i'ma|going to|let me|watch me)(?: just| really| literally| definitely| def)?"
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
    r"stepdad|friends?|frends|mates|besties?|bff|classmates?|class|school|teachers?|principal|coach|"
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

# --- money ------------------------------------------------------------------------------------
_AMOUNT_WORD = (
    r"(?:\d[\d,.]{0,12}\s?(?:usd\b|eur\b|dollars?|dolares|dls\b|bucks|quid|pounds(?! of)|euros?|pesos|balles|piasses?|lucas|"
    r"varos|rupees|rs\b|inr\b|francs|fcfa|cfa\b|soles|reais|naira|cedis)|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|one hundred|"
    r"two hundred|five hundred|a thousand|a grand|(?:\d{1,3} )?mil|cien|doscientos|quinientos|cent|deux cents|cinq cents) "
    r"(?:dollars|bucks|quid|pounds|euros|pesos|dolares|balles))"
)
_AMOUNT = r"(?:[$£€] ?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?(?:[$£€]|e\b)|" + _AMOUNT_WORD + r")"
# Digit-led amounts only, for regexes that start with the amount (a word list there is slow).
_AMOUNT_LEAD = (
    r"(?:[$£€] ?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?(?:[$£€]|e\b|usd\b|eur\b|dollars?|dolares|dls\b|bucks|quid|pounds(?! of)|euros?|"
    r"pesos|balles|piasses?|lucas|varos|rupees|rs\b|inr\b|francs|fcfa|cfa\b|soles|reais|naira|cedis))"
)
_GIFT = (
    r"(?:gift ?cards?|(?:steam|google play|play store|itunes|apple|amazon|roblox|xbox|psn|playstation|"
    r"razer(?: gold)?|vanilla|visa|ebay|nintendo|sephora|target|walmart|fortnite|valorant)"
    r"(?: gift)? ?(?:cards?|codes?)|paysafe ?(?:card)?|neosurf|transcash|pcs|robux|v-?bucks)"
)
_CRYPTO = r"(?:\u20bf|\b(?:bitcoins?|btc|crypto|cripto|eth|ethereum|usdt|tether|monero|xmr|ltc|litecoin)\b)"
_PAYAPP = r"(?:cash ?app|venmo|zelle|paypal|western union|moneygram|revolut|wise|interac|apple pay|mercado pago|bizum|oxxo|nequi|yape|upi|paytm|g ?pay|google pay|phonepe|m-?pesa|orange money|mtn money|mobile money|airtel money|wave)"

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

COERCION_PATTERNS: list[Pattern] = [
    # --- threat_coercion -------------------------------------------------------------------
    *_p(
        C.THREAT_COERCION,
        "threatens to send or post the child's images",
        # EN: "i'll send it to your mom", "i will share your pics with your whole class",
        # "im sending it to all of them", "i'll show your parents everything", "ima post your pics"
        r"\b" + _FUT_EN + r" " + _VERB_EN + _NOT_ERRAND_EN + r"(?: \w+){0,4}? (?:to|with|on|in|for|at) " + _RECIP_EN
        + r"\b(?!,? so (?:she|he|they|you) can\b)",
        r"\b" + _FUT_EN + r" " + _VERB_EN + r" " + _RECIP_EN + r" (?:\w+ ){0,2}?(?:" + _OBJ_EN + r"|it|them)\b",
        r"\b" + _FUT_EN + r" " + _VERB_EN + r" (?:your|ur) (?:\w+ ){0,2}?" + _IMG_EN + r"\b",
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
    ),
    *_p(
        C.THREAT_COERCION,
        "threatens to send, post or show the child's images to people they know",
        # FR: "je vais tout montrer a tes parents", "j'envoie la photo a tous tes abonnes",
        # "je poste tes photos sur le groupe de ta classe", "sinon je l'envoie a ta mere"
        r"\b" + _FUT_FR + r" ?(?:te |t')?(?:la |les |le |l'|l )?(?:tout )?" + _VERB_FR
        + r"(?: \S+){0,4}? (?:a|au|aux|sur|dans|avec|chez) " + _RECIP_FR,
        r"\b" + _FUT_FR + r" ?(?:tout )?" + _VERB_FR + r" (?:tes|ta|toutes tes|tous tes) (?:\w+ ){0,2}?" + _IMG_FR,
        r"\b(?:je|j'|j) ?(?:vais )?(?:publi|post|balanc|diffus|leak|affich|envoy|montr)(?:er|e) tout\b",
        r"\b(?:je|j'|j) ?(?:vais )?(?:la |les |l'|l )?(?:publi|post|balanc|diffus|leak|affich)(?:er|e)"
        r" (?:partout|sur (?:internet|le net|les reseaux|insta|snap|tiktok|facebook))",
        r"\b(?:ou(?: bien)?|sinon)[, ]+(?:je|j'|j) ?(?:vais )?(?:la |les |le |l'|l |te |t'|tout )?(?:" + _VERB_FR
        + r"|dis tout|dire tout|dis a |dire a |le dis|le dire|raconte)",
        # ES: "le voy a ensenar todo a tus papas", "se la mando a tu mama", "mando tus fotos a todos",
        # "o la publico ya"
        r"\b" + _FUT_ES + r" " + _VERB_ES + r"(?: \S+){0,4}? (?:a|al|con|en|por) " + _RECIP_ES + r"\b",
        r"\b(?<!te )(?:" + _VERB_ES_NOW + r"|" + _FUT_ES + r" " + _VERB_ES + r") " + _OBJ_ES + r"\b",
        r"\b(?:se (?:la|las|lo|los)|la|las|los|lo) " + _VERB_ES_NOW + r" (?:a |al |con |en )" + _RECIP_ES + r"\b",
        r"\b(?:publico|subo|filtro|difundo|cuelgo|posteo|quemo|expongo|viralizo|voy a (?:publicar|subir|filtrar|difundir|colgar|postear)) "
        r"(?:el video|la foto|las fotos|los videos|la grabacion|el pack|las capturas|todo)\b(?! de(?:l| la| los| las| mi| mis| nuestr)\b)",
        r"\b(?:o|u|sino|si no|y|ya|entonces)[, ]+(?:se )?(?:la|las|los|lo|te) "
        r"(?:publico|subo|filtro|difundo|cuelgo|posteo|quemo|expongo|viralizo)\b",
    ),
    *_p(
        C.THREAT_COERCION,
        "says the child's family, school or followers will see the images",
        # EN: "or ur whole school sees it", "your mum and all your mates get the pictures"
        r"\b" + _SUBJ_EN + r"(?: (?:will |is going to |are going to |going to |gonna |'ll |would )?|'s going to |'re going to |'ll )(?:all )?"
        r"(?:see|sees|seeing|get|gets|getting|receive|receives?|view|watch|hear about|have) "
        r"(?:it|them|this|that|everything|all of it|what you (?:sent|did|look like)|the (?:old|first|last|other|older|earlier) ones?\b|the (?:\w+ ){0,2}?" + _IMG_EN
        + r"|your (?:\w+ ){0,2}?" + _IMG_EN + r")\b",
        r"\b" + _SUBJ_EN + r"(?:'s|'re| is| are)(?: going to| about to)? (?:all )?(?:seeing|getting|receiving|going to see|going to get) "
        r"(?:" + _OBJ_EN + r"|what you (?:sent|did))\b",
        r"\b(?:every(?:one|body)(?: you know)?|the whole (?:school|class|world|internet)|all (?:of )?your \w+) "
        r"(?:will|'ll|is going to|'s going to|are going to|'re going to) see(?= *(?:[.!]|$))",
        r"\b" + _SUBJ_EN + r" (?:will|is going to|are going to|going to|'ll|would) (?:find out|know) "
        r"(?:everything|what you|about (?:this|it|us|the|your))",
        r"\b(?:it(?:'ll| will| is going to)|they(?:'ll| will| are going to)) (?:be|go) "
        r"(?:all over (?:the internet|school|your|insta|social)|viral|public|everywhere)",
        r"\bit goes (?:viral|public|online|everywhere|to (?:" + _RECIP_EN + r"))",
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
        r"\btu (?:vas |va )?(?:le |la )?regrett(?:er|eras)\b",
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
        r"\b(?:would|it'?d|it would) be (?:a )?(?:real )?(?:shame|pity|too bad) if (?:" + _POSS_EN
        + r"|every(?:one|body)|some(?:one|body)|people|these|those)",
        r"\bimagine (?:if )?(?:" + _SUBJ_EN + r") (?:saw|sees|seeing|got|found|had)\b",
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
        r"\b(?:ca|ce|c') ?(?:serait|ferait) (?:dommage|triste|bete) (?:que|si) (?:ta|tes|ton|tout|quelqu'un|les gens|cette|ces|ca)",
        r"\bj'? ?ai (?:aussi |deja |encore )?(?:screen(?:e|shot)? |capture |la liste de |une capture de )?(?:tous |toute )?"
        r"(?:tes|ta) (?:abonnes|followers|contacts|liste d'amis|liste de contacts|liste d'abonnes)\b",
        # ES
        r"\bsi (?:me )?(?:bloqueas|reportas|denuncias|eliminas)\b|\bsi (?:se lo |le )?dices a (?:alguien|tus|tu|la policia|nadie)\b",
        r"\bni se te ocurra (?:bloquearme|reportarme|decirle)\b",
        r"\b(?:te )?(?:voy a )?(?:arruinar|arruino|destruir|destruyo|joder|jodo|cagar|cago) (?:la|tu) vida\b",
        r"\btu vida (?:se acaba|se acabo|esta acabada|va a estar arruinada)\b|\bte vas a arrepentir\b",
        r"\b(?:empiezo|voy a empezar|comienzo) (?:con|por) (?:tu|tus) (?:\w+ )?" + _KIN_ES + r"\b|\b(?:agrego|anado) (?:\d+|una|otra) personas?\b",
        r"\bse (?:donde|en que escuela|a que escuela) (?:vives|estudias|vas)\b",
        r"\b(?:seria|que) (?:una )?(?:pena|lastima) (?:seria )?(?:que|si) (?:tu|tus|todos|alguien|esta|estas)\b",
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
        r"\b(?:one|1|a single|un|une|uno|una|un seul) (?:click|clic|tap|button|bouton|boton|message|mensaje|send|envoi)\b,? (?:and|&|n|et|y|e) "
        r"(?:it's|its|it is|it goes|they're|every(?:one|body)|your|c'est|ca part|tout le monde|ta|tes|esta|se va|sale|todos|tu|tus)\b",
        # "entonces tu veras lo que pasa en el grupo", "sinon tu vas voir ce qui se passe"
        r"\b(?:entonces|sino|si no|o|ou|sinon|alors)[, ]+(?:tu )?(?:veras|vas a ver|verras|vas voir) (?:lo que pasa|que pasa|lo que va a pasar|lo que hago|"
        r"ce qui (?:se passe|va se passer|arrive|va arriver)|ce que je fais)\b",
        # "or ill make a fake account and put it up there"
        r"\b(?:or(?: else)?|otherwise|if not)[, ]+(?:" + _FUT_EN + r"|i)\b[^.?!]{0,40}?\b(?:put|post) (?:it|them|everything) "
        r"(?:up|online|everywhere)\b",
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
    # --- financial_demand ------------------------------------------------------------------
    *_p(
        C.FINANCIAL_DEMAND,
        "demands money, gift cards or crypto",
        # EN, imperative: "send me fifty quid", "pay 500", "buy a steam gift card", "send btc",
        # "you better send $200"
        r"(?:^|[.!?,;:]\s*|\b(?:now|just|so|then|and|ok|okay|first|go|i want you to|i need you to|you better|"
        r"you'd better) )(?:send me|sned me|snd me|sedn me|pay me|buy me|transfer me|wire me|deposit me|send us|pay us|"
        r"venmo me|cash ?app me|zelle me|paypal me)\b[^.?!]{0,30}?"
        r"(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO + r"|money|cash|the codes?|the cod\b|cod(?:es|ez|z)\b|card numbers?|"
        r"the rest|the money)",
        r"(?:^|[.!?,;:]\s*|\b(?:now|so|then|ok|okay|first|go|i want you to|i need you to|you better|"
        r"you'd better) )(?:send|sned|pay|buy|transfer|wire|deposit)(?: it)? (?:the |an? |\d+ |some |those |two |three )?(?:\d+ )?(?:in |worth of |en )?"
        r"(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO + r"|money|cash|the codes?|cod(?:es|ez|z)\b)",
        r"(?:^|[.!?,;:]\s*|\b(?:now|just|so|then|and|ok|okay|first|you better|you'd better) )(?:give me|gimme|give us) "
        r"(?:the |an? |\d+ |some |those )?(?:in |worth of )?(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO + r"|the (?:gift ?card )?cod(?:es?|ez)\b)",
        # EN, a demand with a way to pay: "venmo me 50", "cashapp me now", "i want 50 on paypal", "i need $100 in btc"
        r"\b(?:venmo|cash ?app|zelle|paypal) (?:me|us) (?:\$ ?\d|\d|now|right now|asap|the money|the rest|or)",
        r"\b(?:i want|i need|i'll need|i expect|i'm expecting|i'll take|i want to see) (?:another |the |at least |only |just )?"
        r"(?:(?:" + _AMOUNT + r"|\d[\d,.]{0,8}) (?:in|on|via|through|thru) (?:" + _PAYAPP + r"|" + _GIFT + r"|" + _CRYPTO + r")|"
        + _AMOUNT + r" (?:(?:by|before|within) (?:tonight|tomorrow|midnight|noon|\d)|(?:today|tonight|right now|now)\b|or (?:else|i|i'll|everyone|your|the)))",
        r"\bby (?:an? |one |two |\d+ )(?:\w+ )?" + _GIFT,
        r"\b(?:send|sned|text|give|message) (?:me|us) (?:the (?:\w+ )?(?:gift ?card )?cod(?:es?|ez|z)\b|the cod\b|all the codes|those codes|the card numbers?|the pins?|"
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
        r"(?<!any )(?<!never )(?<!share )(?<!no )\bgift ?card (?:codes?|numbers?|pins?)\b",
        r"\b(?:photos?|pics?|pictures?|screenshots?) of the (?:codes?|backs?|cards?)\b"
        r"(?! (?:you|i|we|she|he) (?:made|drew|wrote|signed|designed|painted)\b)",
        r"\b(?:scratch|peel) (?:off )?the (?:back|code|strip)\b",
        r"\b\d+ now and (?:\d+|the rest)\b|\b(?:send|pay|get|give me) (?:me )?the rest\b|\bthe rest (?:tonight|tomorrow|by|before)\b",
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
        r"(?:envoie|envoi|envoies|envoyez|envoye|envois|envoit|evoie|paye|paie|payez|pai|achete|achetes|vire|verse|depose|"
        r"transfere|donne|file)"
        r"(?:[- ]?moi| me|-les| les)?\b[^.?!]{0,30}?(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO
        + r"|l'argent|de l'argent|des sous|du fric|du cash|(?:les |le )?codes?\b|(?:les |le )?cod\b|"
        r"(?:une |des |\d+ )?cartes?[- ](?:cadeaux?|google play|steam|itunes|apple|amazon|psn|xbox|roblox|"
        r"paysafe|pcs|neosurf|prepayees?))",
        r"\btu (?:me |m')(?:payes|paies|verses|envoies|vires|donnes|transferes)\b[^.?!]{0,20}?(?:" + _AMOUNT
        + r"|\d+|l'argent)",
        r"\bvirement\b(?! (?:fait|effectue|recu|envoye|bien recu|ok)\b)|\b(?:mon|voici mon|voila mon|le) (?:portefeuille|wallet|adresse (?:btc|bitcoin|crypto))\b",
        r"\b(?:envoie|envoyer|envoies|envoi) (?:moi )?(?:les|le) codes?\b",
        r"\b\d+ ?(?:\$|e|euros?) en cartes?[- ]cadeaux?\b|\bcartes?[- ]cadeaux?\b[^.?!]{0,20}(?:code|ici|maintenant)",
        r"\bquand j'ai (?:l'argent|les codes|le paiement)\b",
        r"\b(?:je veux|jveux|j'veux|je voudrais|il me faut|me faut|faut que tu m'envoies|tu m'envoies|tu me verses|tu me vires) "
        r"(?:encore |au moins |seulement )?(?:(?:" + _AMOUNT + r"|\d[\d,.]{0,8}) (?:sur|par|via|en|avec) (?:" + _PAYAPP + r"|"
        + _GIFT + r"|" + _CRYPTO + r"|cartes?[- ]cadeaux?)|" + _AMOUNT + r" (?:(?:avant|d'ici|pour) (?:ce soir|a soir|demain|minuit|midi|\d)|"
        r"(?:aujourd'hui|maintenant|tout de suite|ce soir|a soir)\b|"
        r"(?:ou|sinon) (?:je|j'|j|tout|ta|tes|la|les)))",
        r"\b(?:prends|prend|pique|vole|utilise) (?:leur|la|sa|les) (?:carte|cb|argent|cartes)\b(?! de (?:membre|bibli))",
        r"\bdemande (?:l'argent |de l'argent |des sous )?(?:a tes parents|a ta mere|a ton pere)\b(?=[^.?!]{0,30}(?:argent|carte|\$|euros?|payer))",
        # ES: "mandame 200 dolares", "pagame 100", "compra una tarjeta de google play",
        # "manda bitcoin", "depositame mil pesos en el oxxo"
        r"(?:^|[.!?,;:]\s*|\b(?:y|i|e|ya|ahora|entonces|pues|solo|nomas|o) )"
        r"(?:manda|mandame|mandale|envia|enviame|enviale|pasame|deposita|depositame|depositale|depocita|depocitame|"
        r"transfiere|transfiereme|transferime|transferi|paga|pagame|compra|comprame|conpra|yapeame|dame|consigue|consigueme|"
        r"enbiame|embiame|mandeme|envieme|depositeme|pagueme)\b[^.?!]{0,30}?"
        r"(?:" + _AMOUNT + r"|" + _GIFT + r"|" + _CRYPTO + r"|\d+\b(?! ?(?:min|h\b|hrs?|horas?|seg|dias|anos|años|km|m\b))|"
        r"dinero|plata|lana|feria|pasta|(?:el|los) codigos?|"
        r"tarjetas? (?:de regalo|de google|de steam|de itunes|de amazon|de roblox|de xbox|de psn|google play|"
        r"steam|itunes|amazon|prepago)|oxxo|deposito|transferencia)",
        r"\b(?:mandame|enviame|pasame|dame) (?:los|el) codigos?\b|\bcodigos? de (?:la|las) tarjetas?\b(?![^.?!]{0,30}\bque (?:me|nos) (?:diste|regalaste|dio|regalo|dieron|mandaste|regalaron))",
        r"\b\d+ (?:pesos|dolares|dls) en (?:tarjeta|deposito|oxxo|bitcoin)\b|\b(?:deposito|pago) en (?:el )?oxxo\b",
        r"\b(?:mi|la) (?:billetera|cartera|wallet)(?: de (?:bitcoin|cripto|btc))?\b",
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
        r"\b(?:quiero|kiero|qiero|necesito|nesesito|ocupo|me (?:mandas|depositas|pasas|transfieres|pagas|mandai|depositai|pasai|pagai|transferi|mandai)|me vas a (?:mandar|depositar|pasar|pagar)) "
        r"(?:otros |al menos |solo )?(?:(?:" + _AMOUNT + r"|\d[\d,.]{0,8}) (?:x|por|via|en|a mi|al) (?:el |la |mi )?(?:" + _PAYAPP + r"|"
        + _GIFT + r"|" + _CRYPTO + r"|tarjetas?|deposito|transferencia)|" + _AMOUNT + r" (?:(?:antes de?|antes d|para|hasta) "
        r"(?:la noche|esta noche|manana|hoy|mediodia|medianoche|las \d|\d)|(?:hoy|ya|ahora|ahorita|hoy mismo)\b|(?:o|sino|si no) (?:la|las|lo|los|tu|tus|todos|publico|subo|mando|ya)))",
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
        r"(?:" + _PAYAPP + r"|" + _GIFT + r"|" + _CRYPTO + r"|wallet|billetera|portefeuille)",
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
        _AMOUNT_LEAD + r" (?:on \w+ )?to \$[a-z]",
        r"(?:^|[.!?,]\s*|\b(?:want|need|quiero|veux|exige) )\d[\d,.]{1,8} (?:on|via|through|in|en|sur|par|por|x) (?:" + _PAYAPP + r"|" + _GIFT
        + r")\b,? (?:by|before|within|or|ou|o|sinon|avant|antes|d'ici|para|today|tonight|now|right now|ya|ahora|maintenant|hoy)\b",
    ),
    # --- pressure_urgency ------------------------------------------------------------------
    *_p(
        C.PRESSURE_URGENCY,
        "sets a deadline",
        # EN: "you have 30 minutes", "u got till 9pm", "i'll give you an hour", "within 24 hours"
        r"\b(?<!do )(?<!if )(?:you have|you've got|you got|i'll give you|i give you|i'm giving you)(?: only| just| exactly)? "
        r"(?:(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty) ?(?:more )?(?:h|hrs?|hours?|min|mins|minutes?|minits?|minuts?|minz|secs?|seconds?)|"
        r"(?:an?|one|half an?) (?:hours?|hrs?))\b(?! ?\?)",
        r"\b(?:you have|you've got|you got|i'll give you)(?: only| just)? (?:till|until|untill|til|'til) "
        r"(?:midnight|tonight|noon|the end of|morning|tomorrow|\d)",
        r"\b(?:send|pay|do it|answer|reply|the codes?|money)[^.?!]{0,25} within (?:the next )?(?:\d+|an?|one|two|half an?) ?"
        r"(?:h|hrs?|hours?|min|mins|minutes?)\b",
        r"\bwithin (?:the next )?(?:\d+|an?|one|two|half an?) ?(?:h|hrs?|hours?|min|mins|minutes?),? or (?:else|i|everyone|everybody|your)\b",
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
        r"\bavant (?:minuit|ce soir|\d+ ?h\b|\d+ ?heures?|midi|la fin de (?:la journee|la soiree))",
        r"\bdans l'? ?heure\b(?=[^.?!]{0,20}(?:sinon|ou))|\bdans \d+ ?(?:min|minutes?|h|heures?),? (?:sinon|ou je|ou tout)",
        r"\b(?:a )?chaque (?:\d+ )?(?:minutes?|heures?|min) (?:de retard|que tu|qui passe|de plus|ou tu)\b|\ba chaque \d+ minutes\b",
        r"\ble temps presse\b|\ble compte a rebours\b|\ble chrono (?:tourne|est lance)\b|\bton temps (?:est|commence)\b",
        r"\bpas une (?:minute|seconde) de plus\b",
        # ES: "tienes una hora", "tienes 5 min pa contestar", "tienes hasta las 9", "antes de la medianoche"
        r"\b(?:tienes|tenes|tiene|tienen|te doy|te queda|te quedan|tines|solo tienes)(?: solo| nada mas| apenas)? "
        r"(?:\d+|una|un|dos|tres|cinco|diez|quince|veinte|treinta|media) ?(?:h\b|hrs?|horas?|min\b|mins?|minutos?|segundos?|seg\b)(?! ?(?:libres?|\?))",
        r"\b(?:tienes|tenes|tiene|tienen|te doy) hasta (?:la medianoche|medianoche|las \d|la \d|manana|esta noche|el mediodia|mediodia|\d)",
        r"\bantes de? (?:la medianoche|medianoche|las \d+|la \d\b|esta noche|la noche|mediodia|que (?:acabe|termine) el dia)",
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
        r"(?:^|[.!?] +)(?:only |just |plus que |solo )?\d{1,3} ?" + _TIME_UNIT
        + r"(?: ?(?:and )?\d{1,2} ?(?:min|mins|minutes?|minutos))?"
        r"(?:(?: left| to go| remaining)(?! to (?:submit|finish|complete|sign|register|enter|vote|buy|order|apply|join|watch|get|play|go|the)\b| (?:in|of|on|until|till|before) (?:the|this|class|school|my|our|break|lunch|game|match|period)\b)| restantes?| quedan|[.!]+ +\w| ?[⏰⏳⌛])",
        flag="deadline",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "demands an instant answer",
        # EN: "answer me right now", "reply NOW", "y r u ignoring me??", "don't leave me on read"
        r"(?:^|[.!?,][^\w]{0,8}|\b(?:just|now|hey|oi|yo|so|then) )(?:answer|awnser|anser|answr|reply|respond)(?: to)? me"
        r"(?: right now| now| already| asap| immediately| this instant| this minute| this second| right away)?(?=\s*(?:[.!,]|$|[^\w\s?]|i'm waiting|i said))",
        r"(?:^|[.!?,]\s*|\b(?:just|i said) )(?:answer|reply|respond)(?: (?:me|back))? (?:right now|now|already|asap|immediately|this instant|this minute|this second)\b"
        r"(?!,? ?(?:please|s'il te plait|por favor)\b|,? if (?:you|u) (?:want|need|wanna|'d like|would like)\b)",
        r"\b(?:why|y)(?: are| r|'re)? (?:you|u) (?:not )?(?:ignoring|ignorin|avoiding) me\b|\b(?:stop|quit) ignoring me\b|"
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
        r"\b(?:this is )?your (?:last|final) (?:chance|warning)\b",
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
        r"\bllevo (?:\w+ ){1,2}?(?:minutos|horas|min) esperando (?:tu respuesta|que (?:me )?contestes|que respondas)\b",
        r"\b(?:pourquoi|pk|pq|pkoi|porquoi|porque|prq|pcq|pourquoi est-ce que) tu (?:me |m'|m |m)?(?:ignores?|reponds? pas|repon pas|rep pas|reponds plus)\b",
        r"\b(?:grouille|depeche|magne|dep[eê]che|presse|bouge)[- ]?toi (?:de |d'|a )?(?:me )?(?:repondre|rep|m'envoyer|envoyer|payer)\b|"
        r"\b(?:j'?attendrai|jattendrai|j'?attends|je vais pas attendre|j'vais pas attendre|jvais pas attendre|je ne vais pas attendre) "
        r"(?:pas )?(?:toute (?:la (?:nuit|soiree|journee))|tout le (?:soir|temps)|eternellement|indefiniment)\b|"
        r"\bj'?ai pas (?:toute la (?:nuit|soiree|journee)|que ca a faire)\b|\bt'?as (?:interet|interet) a (?:repondre|payer|m'envoyer|envoyer)\b|"
        r"\bje perds patience\b|\bma patience (?:a des limites|est a bout)\b",
        r"\b(?:tu|t'es|t es|tes|t'es-tu) (?:en train de )?(?:m'|m )?ignor(?:es?|er)\b|\barrete de m'? ?ignorer\b|\b(?:m'|m )?ignore(?:-moi)? pas\b",
        r"\bj'? ?attends(?= *(?:[.!]|$|ta reponse|une reponse))",
        r"\b(?:je|j'|j) ?(?:ne )?(?:rigole|plaisante|blague) pas\b|\bc'est pas une blague\b",
        # ES: "contestame ya", "xq me ignoras??", "me estas ignorando", "estoy esperando"
        r"\b(?:contestame|contesta|respondeme|responde|responda|contestam)(?: (?:ya|ahora|ahora mismo|de una vez|rapido|inmediatamente|al tiro))?"
        r"(?=\s*(?:[.!¡]|$|ya\b|ahora))",
        r"\b(?:por que|porque|x que|xq|pq|pk|porq|xk) (?:no )?(?:me |m )?(?:ignoras|contestas|respondes|estas ignorando|dejas en visto)\b",
        r"\b(?:apurate|apurale|apresurate|date prisa|rapido|andale|orale) (?:y |e |a )?(?:contesta|contestame|responde|respondeme|manda|mandame|paga|pagame)\b|"
        r"\bno tengo todo el dia\b|\bno (?:voy a|pienso) esperar(?:te)? (?:toda la noche|todo el dia|para siempre|mucho)\b|"
        r"\b(?:mas te vale|te conviene) (?:contestar|responder|pagar|mandar)\b|\bse me acaba la paciencia\b",
        r"\b(?:no|deja de) (?:me )?ignor(?:es|arme)\b|\bme (?:estas|stas) ignorando\b|\bme (?:dejaste|dejas) en (?:visto|leido)\b",
        r"\b(?:estoy|sigo|te estoy|aqui) esperando(?= *(?:[.!¿?]|$|tu respuesta))",
        r"\bno (?:es|estoy) (?:broma|jugando|bromeando)\b|\bno es (?:joda|chiste)\b",
    ),
    *_p(
        C.PRESSURE_URGENCY,
        "pressures or guilt-trips the child",
        r"\bafter (?:everything|all|evrything|everthing)(?: that)? i(?:'ve| have)? (?:did|done|do|gave|given|bought)(?: for)? (?:you|u|ya|yah|yu)\b",
        r"\bi thought (?:we were (?:friends|close|special)|you (?:liked|loved|cared about|trusted) me)\b",
        r"\bif you (?:really |actually |truly )?(?:loved|liked|cared about|trusted) me,? you(?:'d| would)\b",
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
        r"\bapres (?:tout|tous|tt) ce (?:que|qu'|ke|k) ?j'? ?(?:ai|ais|e) (?:fait|fais|fai) pour (?:toi|twa|oi)\b",
        r"\bpas mon probleme\b|\barrange-toi\b|\bdemerde-toi\b",
        r"\b(?:allez|aller) (?:s'il te plait|stp),? (?:juste|une)\b|\bfais pas (?:ta|ton) (?:timide|bebe|coincee?)\b|\btout le monde le fait\b",
        # ES
        r"\bdespues (?:de|d) (?:todo|todos|tdo) lo (?:que|q|ke|k) (?:hice|ise|hize|he hecho|e hecho|te di|te he dado) (?:por|x|para|pa) (?:ti|vos)\b",
        r"\bno es mi problema\b|\bpideselo a quien sea\b|\bno seas (?:aburrid[oa]|miedos[oa]|bebe|mojigat[oa])\b",
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
]
