"""Grooming-tactic patterns, trust building: flattery and a special bond, gifts and game currency,
and framing the contact as a romance. Folded text, English, French and Spanish, as described in
patterns.py.

The patterns aim at the tactic addressed to the child, not the topic: a compliment needs a
"you" (t'es / eres) before it ("your dog is so cute" is not flattery), a gift needs an offer to
the child ("i'll buy you", "je peux t'acheter", "te compro") and a gift-like object, and a romance
needs the child as the partner ("be my girlfriend", not "my girlfriend is leaving for the
summer"). Word windows are bounded (``[^.?!]{0,N}``) so nothing can backtrack far.

Everyday praise and presents stay silent: a compliment signed by a relative ("nana loves you to
bits") or followed by a coach's or teacher's next step ("keep practicing", "sigue asi"), a
present from grandma, and a parent's reward for chores ("if you finish your chores i'll top up
your phone") are the guards ``_FAMILY_SIGN``, ``_COACH`` and ``_REWARD`` below.
"""

from __future__ import annotations

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import (
    Pattern,
    _p,
)

# --- local fragments ------------------------------------------------------------------------
# Up to three intensifiers ("so really", "vraiment trop", "muy muy").
_INT_EN = r"(?:(?:so|soo|s0|really|rly|realy|very|literally|way|honestly|actually|just|such|too|super|truly|incredibly|crazy|insanely|seriously|totally|absolutely|proper|well|dead|hella|mad|real|wicked|quite|pretty|mega) ){0,3}"
_INT_FR = r"(?:(?:vraiment|vrm|vrmt|tellement|telement|tellemant|tlm|trop|tr0p|tr0|tres|si|super|grave|ben|bcp|beaucoup|\+|plus|hyper|franchement|carrement|juste|full|vachement|toujours aussi|toujours) ){0,3}"
_INT_ES = r"(?:(?:muy|super|tan|taan|bien|re|mas|demasiado|lo mas|mega|bastante|realmente|tremendamente|sumamente|muuy) ){0,3}"

# "pretty" only as an adjective: in "you're pretty cool" it is an adverb.
_ADJ_EN = (
    r"(?:mature(?! about\b)|beautiful|beautifull|beutiful|butiful|gorgeous|gorgeus|stunning|special|speshul|spesh|perfect|"
    r"amazing|incredible|unique|adorable|talented|precious|lovely|cute|grown up|grown-up|"
    r"pretty(?= *(?:[.!,?)]|$|girl|boy|face|lady|one|for|to me|xx?\b|omg|af\b|fr\b|tbh|ngl|lol|[\u2600-\u27bf\U0001f300-\U0001faff]))|"
    r"different from (?:the )?other|one of a kind)\b"
)
_ADJ_FR = (
    r"(?:belle|beau|jolie|joli|mature|mure|magnifique|speciale?|5peciale?|5pecial3|special3|mignon|mignonne|mignone|parfaite?|unique|incroyab?le|"
    r"geniale?|intelligente?|talentueuse?|adorable|canon|sublime|exceptionnelle?|charmante?|craquante?|"
    r"ravissante?|douee?|formidable|merveilleuse?|precieuse?|cute)"
)
_ADJ_ES = (
    r"(?:madur[oa]|bonit[oa]|guap[oa]|hermos[oa]|lind[oa]|precios[oa]|e[sx]pe[csz]ial|3special|perfect[oa]|unic[oa]|"
    r"increible|inteligente|talentos[oa]|adorable|divin[oa]|bell[oa]|chul[oa]|preciosur[oa]|maravillos[oa]|"
    r"encantador[a]?|tiern[oa]|cuchi|mon[ai]sim[oa])"
)

# Gifts, currency, devices: what an offer gives (EN, FR, ES).
_CURRENCY = (
    r"(?:robux|v-?bucks|vbucks|minecoins|pavos|gems?|gemas|diamonds?|diamantes|diamants|coins|monedas|skins?|nitro|"
    r"battle ?pass|pase de batalla|pass(?:e)? de combat|subscription|suscripcion|membership|gift ?cards?|cartes? cadeaux?|tarjetas? (?:de |d )?regalo|"
    r"itunes|steam (?:card|credit|wallet)|google play|psn|money|cash|dollars|bucks|quid|"
    r"\$ ?\d+|\d+ ?(?:\$|dollars|bucks|euros?|e|eur|pounds|quid|pesos|usd|k)|argent|fric|thune|des sous|"
    r"dinero|plata|lana)"
)
_DEVICE = (
    r"(?<!my )(?<!mon )(?<!ma )(?<!mi )(?:(?:new |nouveau |nouvel |nueva? )?(?:i?phone|i?fone|mobile|cell ?phone|cell|cellulaire|celular|telephone|"
    r"portable|movil|console|ps[45]|playstation|xbox|switch|headset|casque|tablet|tablette|tableta|ipad|laptop|"
    r"ordi|computadora|airpods|ecouteurs|audifonos|game|jeux?|juegos?|clothes|outfit|fringues|vetements|ropa|"
    r"forfait|abonnement|makeup|maquillage|maquillaje|shoes|sneakers|baskets|zapatillas|tenis|present|gifts?|cadeaux?|regalos?|"
    r"regalito|treat|something (?:nice|special|cool)|a little something|un petit quelque chose|algo (?:lindo|bonito)|"
    r"anything you (?:want|like)|whatever you (?:want|like)|(?:tout )?ce que tu veux|lo que (?:tu )?quieras|"
    r"(?:todos )?(?:los|las) \w+ (?:que|q) quieras|autant que tu veux?))"
)
# "je peux t'", "jte", "j'vais te", "je vais te"
_FR_TE = r"\b(?:j[e3] (?:(?:peux|peu|vais|pourrais|veux|voudrais|pourrai|vais meme|peux meme) )?(?:te |t3 |t'|t )|j'?(?:vais |peux |peu )?(?:te |t'|t )|jte |jt'|jten |jt'en )"
_GIFT = rf"(?:{_CURRENCY}|{_DEVICE})(?!\w)"


def _not_after(*words: str) -> str:
    """Lookbehinds: not right after one of ``words`` ("gg bro i love you", "frerot je t'aime"), a bare
    "love you" to a friend or a parent is not a romance."""
    return "".join(f"(?<!{w} )(?<!{w}, )" for w in words)


# Relatives who send the child things ("la abuela te mando 20 euros"): a past tense folds to the
# same letters as "te mando" (I send you), so the gift is not the contact's offer.
_KIN_GIVER = ("abuela", "abuelo", "abuelita", "abuelito", "mama", "papa", "mami", "papi", "tia", "tio", "madre",
              "padre", "padrino", "madrina", "hermana", "hermano")
# A parent's goodbye in the same message ("je t'aime ma puce, bonne journee a l'ecole").
_PARENTAL = (
    r"(?![^\n]{0,60}\b(?:a l'ecole|au college|at school|a la escuela|en la escuela|en el cole|bonne journee|"
    r"have a (?:good|great|nice) day|que te vaya bien|que tengas (?:un )?buen dia)\b)"
)
# You and me, as a couple: "u n me = 💑 4ever", "toi + moi pour toujours".
_US = "(?:" + "|".join(
    f"{a} {j} {b}".replace("+", r"\+").replace(" me", " m[e3]").replace(" yo", " y[o0]").replace("yo ", "y[o0] ")
    .replace("toi", "t[o0][i1]").replace("moi", "m[o0][i1]")
    for a, b, joins in (("you", "me", ("and", "n", "&", "+")), ("me", "you", ("and", "n", "&", "+")), ("toi", "moi", ("et", "+", "&", "pis")),
                        ("moi", "toi", ("et", "+", "&")), ("tu", "yo", ("y", "+", "&")), ("vos", "yo", ("y", "+", "&")),
                        ("yo", "tu", ("y", "+", "&")), ("yo", "vos", ("y", "+", "&")))
    for j in joins
) + ")"
_COUPLE = r"(?:[\U0001f491\U0001f48f\U0001f498\U0001f49e\U0001f60d\U0001f618\U0001f970]|4ever|4 ever|forever|for ever|pour toujours|pour la vie|a jamais|para siempre|por siempre|x siempre)"

# A relative's praise passed on ("grandma says you're so grown up now"): not the contact's flattery.
_KIN_SAYS = "".join(f"(?<!{k} {v} )" for k in ("grandma", "grandpa", "granny", "nana", "gran", "mom", "mum", "dad", "auntie", "aunt", "uncle")
                    for v in ("says", "said", "thinks"))

_FAMILIAR = ("gg", "bro", "brother", "sis", "sister", "mom", "mum", "mama", "maman", "papa", "dad", "man", "dude",
             "mate", "bestie", "frerot", "frero", "frere", "reuf", "soeur", "pote", "poto", "mec", "gars", "hermano",
             "hermana", "carnal", "compa", "amigo", "amiga", "wey", "guey", "pana", "parce", "mano", "manito")


# A relative's love in the same message ("you're such a special girl, nana loves you to bits", "eres mi
# nina especial, la abuela te quiere muchisimo", "love, grandma"): family praise, not a contact's flattery.
_FAMILY_SIGN = (
    r"(?![^\n]{0,80}\b(?:(?:nana|nan|grandma|granny|gran|grandpa|grandad|granddad|mommy|mom|mum|dad|daddy|auntie|aunt|uncle|"
    r"mamie|papi|papy|maman|tata|abuela|abuelita|abuelo|abuelito|tia|tio)(?: and (?:grandad|grandpa|grandma|me|i))? "
    r"(?:loves?|misses|is (?:so )?proud|t'aime|t'adore|est (?:si |tres )?fiere?|te quiere|te ama|te adora|esta (?:muy )?orgullos[oa])|"
    r"(?:love|hugs|xoxo|bisous|besos),? (?:from )?(?:nana|grandma|granny|grandpa|grandad|mom|mum|dad|mamie|papi|maman|abuela|abuelo)|"
    r"(?:mamie|mamy|papy|ta grand-mere|ta grand mere|ton grand-pere|tu abuel[oa]|tu abuelit[oa]|tus abuelos|your (?:nan|nana|grandma|gran|granny|grandpa|grandad))(?=\W*$))\b)"
)
# A teacher's or a coach's praise of the work, with the next step ("you're so talented, keep practicing",
# "tienes mucho talento, sigue practicando", "tu es tres douee, continue comme ca au prochain trimestre").
_COACH = (
    r"(?![^\n]{0,80}\b(?:keep (?:practicing|practising|it up|working|training|at it)|well done|(?:good|great|nice) (?:game|job|work|effort)|"
    r"next (?:term|season|game|match|lesson|class|practice)|sigue (?:practicando|asi|entrenando|trabajando)|bien hecho|buen (?:trabajo|partido)|"
    r"bien jugado|(?:proximo|proxima) (?:trimestre|partido|entrenamiento|clase)|continue (?:comme ca|a t'entrainer|de t'entrainer|a travailler)|"
    r"bien joue|bon (?:travail|match)|prochaine? (?:trimestre|match|cours|entrainement))\b)"
)
# A task handed over, not a present: "i have something for you to read before class".
_NOT_TASK = r"(?! to\b| (?:in|at|after|before) (?:class|school|practice|training|the office|the end of|lunch))"
# Not a new link "with the team", "to the server": the bond is with the child.
_NOT_TO_THING = r"(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)"
# A parent's reward for chores or grades ("if you finish your chores this week i'll top up your phone
# credit", "si haces tus tareas, te recargo el celular"): the offer comes after the condition, so a
# set of fixed-width lookbehinds (one per distance, re has no variable-width lookbehind) checks that
# no chore word stands earlier in the same sentence; a lookahead checks the condition after it.
_CHORES = (
    "chores", "homework", "your room", "grades", "tareas", "deberes", "tu cuarto", "notas", "corvees", "devoirs", "ta chambre",
)


def _not_after_within(words: tuple[str, ...], reach: int) -> str:
    """Lookbehinds saying that none of ``words`` ends 1 to ``reach`` characters before this point in
    the same sentence. Each lookbehind has one total width: a word and the gap padded to it."""
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    out = []
    for t in range(min(by_len) + 1, max(by_len) + reach + 1):
        alts = [f"(?:{'|'.join(ws)})[^.?!\\n]{{{t - n}}}" for n, ws in sorted(by_len.items()) if 1 <= t - n <= reach]
        out.append("(?<!" + "|".join(alts) + ")")
    return "".join(out)


# A performance congratulated ("bravo pour ton spectacle, t'etais geniale"): past praise of a show, not flattery.
_NOT_CONGRATS = _not_after_within(("bravo", "felicitations", "felicidades", "congrats", "congratulations"), 45)

_REWARD = _not_after_within(_CHORES, 30) + (
    r"(?![^.?!\n]{0,60}\b(?:if|when|once|as soon as|after|si|cuando|quand|des que|une fois que|en cuanto|apenas|apres)\b[^.?!\n]{0,40}\b(?:"
    + "|".join(_CHORES) + r"))"
)


def _guard(guard: str, *regexes: str) -> tuple[str, ...]:
    """Each regex followed by ``guard`` (a lookahead), wrapped so the guard holds for every alternative."""
    return tuple(f"(?:{r}){guard}" for r in regexes)


def _split(*regexes: str) -> tuple[str, ...]:
    """The regexes of a category as separate patterns. The literal prefilter
    (tipline/triage/prefilter.py) then runs only the few whose words a message holds; joined
    into one alternation, as they were, every message holding any of the category's words paid
    for all of its phrasings."""
    return regexes


TRUST_PATTERNS: list[Pattern] = [
    # --- flattery_bond ---------------------------------------------------------------------
    *_p(
        C.FLATTERY_BOND,
        "flatters the child or claims a special bond",
        *_guard(
        _FAMILY_SIGN + _COACH,
        # "you're so mature", "u r literally perfect", "you look stunning"
        rf"\b(?=you){_KIN_SAYS}(?:you'?re|you are|you look|you seem|you're looking|you looked) {_INT_EN}{_ADJ_EN}",
        # "your" is also the possessive ("your perfect weekend"): an intensifier or the end of the phrase
        rf"\byour (?:(?:so|soo|really|rly|very|literally|way|honestly|actually|just|such|too|super|truly|incredibly|seriously|totally) ){{1,3}}{_ADJ_EN}",
        rf"\byour {_ADJ_EN}(?= *(?:[.!?,)]|$|to me|and you|af\b|xx?\b|[\u2600-\u27bf\U0001f300-\U0001faff]))",
        rf"\b(?:you'?re|your|you are) {_INT_EN}(?:the |such a |so )?(?:prettiest|cutest|sweetest|smartest|most beautiful|most mature|"
        r"most amazing|most special|most gorgeous|best thing)\b",
        r"\b(?:you'?re|you are|your|what) such a (?:pretty|beautiful|mature|special|gorgeous|cute|sweet|smart) (?:girl|boy|young lady|kid|face|smile)\b",
        r"\bwhat a (?:pretty|beautiful|gorgeous|cute|mature|sweet|special) (?:girl|boy|young lady|smile)\b",
        r"\b(?:wise|mature|grown up|grown-up|smart|old|older) beyond (?:your|yer|ya|yur|yo|you're|thy) (?:years|yrs|age|age group)\b",
        r"\b(?:you play|u play|tu joues|juegas|jugas) (?:like|comme|como) (?:a |un )?(?:pro|god|beast|legend|crack|dieu)\b",
        # "you're a real stunner"
        r"\b(?:you'?re|you are|your) (?:a |an |such a |such an )?(?:real |total |absolute |proper |right |little )?(?:stunner|knockout|cutie|cutie pie|hottie|looker|heartbreaker|babe)\b",
        # "smarter than girls your age", "more switched on than most kids your age"
        r"\bthan (?:(?:most|all|the|other|the other|any|a lot of|half|lots of|half the) ){0,2}(?:people|kids|girls|boys|guys|teens|ones|others|lot|lads|chicks|gals) (?:your|of your|at your) age\b",
        r"\b(?:better|smarter|wiser|older|more \w+) than (?:(?:most|a lot of|half|lots of|half the|some|loads of) )?(?:adults|grown ?ups|grownups|people twice your age|(?:1[89]|[2-5]\d) year olds)\b",
        # "you talk like an adult", "you think like someone much older"
        r"\byou (?:talk|think|speak|act|write|text|carry yourself) (?:like|as if you'?re) (?:an? |someone |somebody )?(?:much |way |a lot )?(?:adult|grown ?up|grownup|older|woman|lady|(?:1[89]|[2-5]\d)(?: year old)?)\b",
        # greetings with a compliment: "hey gorgeous", "coucou ma belle", "hola guapa"
        r"\b(?:hey|hi|hello|morning|good morning|goodnight|good night|heyy|hii|hiya) (?:there )?(?:gorgeous|beautiful|pretty girl|sexy|princess|stunning|angel|babygirl|baby girl)\b",
        r"\b(?:you'?re|you are|your) (?:such )?(?:an old soul|one in a million)\b",
        # "u r 1 in a m1ll10n", "t 1 sur 1 million", "eres 1 en 1 millon" (folded "million")
        r"\b(?:you'?re|you are|your|you|t'es|tu es|t|eres|sos|ere) (?:literally |truly |really |honestly |such |just |vraiment |trop |de verdad |realmente |como )?(?:one|1|uno|una|un|une) (?:in a|in 1|in one|sur un|sur 1|en un|en 1) (?:million|milion|millon|mill?[i1]?[o0]n|billion|zillion|milliard)\b",
        # "nobody else even compares", "personne t'arrive a la cheville", "nadie se te compara"
        r"\b(?:nobody|no one|noone|no1|n0 1|n0 one|no body|no other (?:girl|boy|person|kid))(?: else)?(?: \w+)? (?:compares|can compare|comes close|could compare|holds a candle|measures up)\b(?! to (?!you\b|ya\b))",
        r"\b(?:personne|personn3|aucune fille|aucun gars|aucune autre|aucun autre)(?: d'autre)?(?: ne)? (?:t3 vaut|t'arrive|t arrive|t'arrivera|t'arrivait|peut se comparer a toi|se compare a toi|t'egale|te vaut)\b",
        r"\b(?:nadie|nad13|ninguna|ninguno|ninguna otra|ningun otro)(?: mas)? (?:se te compara|s3 t3 compar[a4]|se compara contigo|te llega|te iguala|se te acerca|te hace sombra)\b",
        # "i can just be myself with you", "avec toi je peux etre moi-meme", "contigo puedo ser yo mismo"
        r"\bi (?:can|could|get to|feel like i can|feel i can) (?:just |really |finally |truly |totally |actually |fully |always )?be (?:myself|my true self|my real self|the real me|me) (?:with|around) (?:you|ya)\b",
        r"\b(?:with|around) (?:you|ya),? i (?:can|could|get to|feel like i can) (?:just |really |finally |truly |totally |actually |fully )?be (?:myself|my true self|my real self|the real me|me)\b",
        r"\bavec toi,? (?:je (?:peux|peut|peu|pourrais)|j'peux|jpeux|je me sens) (?:vraiment |enfin |juste |completement |totalement |toujours )?(?:etre )?(?:moi[- ]meme|moi|vrai|naturel(?:le)?)\b",
        r"\bje (?:peux|peut|peu|me sens) (?:vraiment |enfin |juste |completement )?(?:etre )?moi[- ]meme avec toi\b",
        r"\bcontigo,? (?:puedo|podria|me siento|soy) (?:de verdad |realmente |por fin |totalmente |siempre )?(?:ser |libre de ser )?(?:yo mism[oa]|yo|autentic[oa])\b",
        r"\bpuedo ser yo mism[oa] contigo\b",
        r"\b(?:i feel like i'?ve|i feel like i have|feels like i'?ve) known you (?:forever|my whole life|for years|all my life)\b",
        # "talking to you is the best part of my day", "hablar contigo es lo mejor de mi dia"
        r"\b(?:talking|chatting|texting|speaking) (?:to|with) (?:you|ya) (?:is|was|has been|makes|always makes) (?:honestly |literally |always |easily )?(?:the best|the highlight|my favou?rite)(?: part)?(?: of my (?:day|night|week|life))?\b",
        r"\b(?:you'?re|you are|your) (?:honestly |literally |always )?(?:the )?(?:best part|highlight|favou?rite part) of my (?:day|night|week)\b",
        r"\b(?:parler|discuter|jaser|texter|causer) avec toi,? c'est (?:franchement |vraiment |clairement |juste |genre )?(?:le meilleur moment|la meilleure partie|ce que je prefere|le moment que je prefere) de ma (?:journee|soiree|semaine|vie)\b",
        r"\b(?:t'es|tu es) (?:le meilleur moment|la meilleure partie|le rayon de soleil) de ma (?:journee|soiree|semaine)\b",
        r"\b(?:hablar|chatear|platicar|escribirme|hablando) (?:contigo|con vos) (?:es|son|se ha vuelto) (?:lo mejor|la mejor parte|lo que mas me gusta|lo mas lindo) de mi (?:dia|noche|semana|vida)\b",
        r"\b(?:eres|sos) (?:lo mejor|la mejor parte|lo mas lindo) de mi (?:dia|noche|semana)\b",
        # "tu me comprends mieux que tout le monde", "me entiendes mejor que nadie"
        r"\btu me (?:comprends|comprend|captes|connais) (?:mieux que (?:tout le monde|personne|les autres|quiconque)|comme personne)\b",
        r"\b(?:tu )?me (?:entiendes|comprendes|conoces|entendes) (?:mejor que nadie|como nadie|mejor que todos|mejor que cualquiera)\b",
        # "a good head on your shoulders for someone so young", "smart for someone your age"
        r"\bfor (?:someone|somebody|a girl|a boy|a kid|a person) (?:so |this |that |your |of your )?(?:young|age)\b",
        r"\byou (?:get|understand) me (?:like no one|like nobody|better than (?:anyone|anybody|everyone))\b",
        r"\b(?:the )?only (?:one|person) i (?:can (?:really |actually )?(?:talk to|trust|open up to)|(?:can |could )?(?:really |actually |truly |ever )?(?:connect with|click with|vibe with))\b(?! (?:is|was|are|at|on|in|here)\b)",
        # mature / older than your age
        r"\bmature for (?:your age|(?:a )?\d+|a (?:girl|boy|kid))\b",
        r"\b(?:more|so|way|really|much|far) mature than\b",
        r"\b(?:older|more grown up|more grown-up|more mature|smarter|wiser) (?:than|then) (?:you look|your age|most|other|kids|girls|boys|"
        r"(?:all |most |the )?(?:other |the other )?(?:people|kids|girls|boys|guys|teens|lot|ones|others|anyone|everyone)"
        r" (?:your|of your|at your) age)\b",
        r"\bnot like (?:the |all the )?(?:other|others)(?: lot| ones| girls| boys| kids| people)? (?:your|of your|at your) age\b",
        r"\byou (?:seem|look|act|sound|talk) (?:way |so |much |a lot )?(?:older|more grown up|grown up)\b|\byou(?: got|'ve got| have gotten| grew up| got so much) (?:so |really |soo |super )(?:pretty|cute|beautiful|gorgeous|grown up|mature)\b",
        r"\byou (?:don'?t|do not) (?:act|seem|look|talk|sound) (?:like )?(?:a |an )?(?:1[0-7]|kid|child|your age)\b",
        r"\b(?:you look like|could pass for|you pass for) (?:a )?1[4-9]\b",
        # not like the others
        r"\b(?:you'?re|you are|your|you're just|you seem|you act) (?:so |really |totally |just |honestly |way |sooo )?(?:not like|(?:different|diff|dif|diffrent|diferent|differnt|difrent) (?:from|than|to)|nothing like) "
        r"(?:the |all the |any )?(?:other|most|others|the others|girls|boys|kids|people|ppl)\b",
        # "different from other people your age", "t diff des autres de ton age", "eres tan dif a la gente de tu edad"
        r"\b(?:different|diff|dif|diffrent|diferent|differnt|nothing like|not like) (?:from|than|to) (?:the |all the |any )?(?:other |most )?(?:people|ppl|kids|girls|boys|teens|guys|ones|others) (?:your|ur|of your|at your) age\b",
        r"\b(?:eres|sos|ere|estas|te ves)\b[^.?!]{0,15}\b(?:dif|diferente|diferent|distint[oa]|nada que ver)\b[^.?!]{0,25}\bde tu edad\b",
        r"\b(?:t'es|tu es|t)\b[^.?!]{0,15}\b(?:diff|differente?|diferente?|pas comme)\b[^.?!]{0,25}\bde ton age\b",
        r"\bnot like (?:other|the other|most) (?:girls|boys|kids) (?:your|of your|ur) age\b",
        # special bond, nobody gets you like me
        r"\b(?:special|speshal|spesh|speshul|specal|speical|specail|spcial|spechal|specail) (?:bond|connection|conection|connexion|conexion|connecton|conecshun|link)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\b(?:our|we have a|such a) special (?:relationship|friendship)\b",
        r"\b(?:we have|we've got|we got|we share|we had|i feel|i felt|i feel like we have|i felt like we had) (?:such |a |this |something |so much )?(?:a |an )?"
        r"(?:special |speshal |spesh |specal |speical |real |deep |strong |unique |instant |amazing |proper |genuine |true |rare |crazy |unreal |weird |magical |undeniable |secret )?(?:connection|conection|connexion|connecton|bond|chemistry)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\bwe (?:just |really )?(?:click|get each other)\b",
        r"\b(?:we have|we've got|we got|we share|what we have is|what we have) (?:is )?(?:something |somethin'? |sumthin'? |summat |so )?(?:special|unique|rare)\b",
        r"\b(?:you'?re|your|you are|you look|you seem)\b[^.?!]{0,20}\b(?:heaps|way|much|so much|a lot|loads|miles|far|lots) (?:cuter|prettier|hotter|smarter|wiser|better looking|more (?:\w+ ){1,2}?)than (?:girls|boys|kids|guys|lads|chicks|teens|the girls|the boys|the kids|the guys|the lads|the chicks|the teens|all the girls|all the boys|all the kids|all the guys|all the lads|all the chicks|all the teens|any girls|any boys|any kids|any guys|any lads|any chicks|any teens|most girls|most boys|most kids|most guys|most lads|most chicks|most teens|other girls|other boys|other kids|other guys|other lads|other chicks|other teens|the other girls|the other boys|the other kids|the other guys|the other lads|the other chicks|the other teens)\b",
        r"\b(?:nobody|no one|noone|no1|no body) (?:else )?(?:gets|understands|knows|sees|cares about) you "
        r"(?:like|the way|as well as|better than) (?:me|i do)\b",
        r"\bi (?:get|understand) you (?:better|more) than (?:anyone|anybody|they|your)\b",
        r"\b(?:the )?only (?:one|person) (?:who|that) (?:really )?(?:gets|understands) me\b",
        r"\b(?:only|best) (?:one|person) i can be (?:real|myself) with\b",
        r"\b(?:never|not ever) (?:met|known|found|talked to) (?:anyone|anybody|someone|somebody|some1|any1|sum1|somone|someon|anyon|a girl|a boy|a person)"
        r" (?:as \w+ as you|so (?:special|amazing|mature|beautiful|pretty|smart|sweet|cool|perfect|unique|easy to talk)|like (?:you|u)|"
        r"quite like you|who (?:gets|understands) me)\b",
        r"\b(?:you'?re|your|you are) (?:honestly |really |literally )?(?:my (?:favou?rite|best friend|fave)|the best \w+ (?:here|ever)|"
        r"one of a kind)\b",
        r"\b(?:you'?re|you are|your) (?:so |really |way |much |just |the )?easi(?:er|est|y) (?:person )?to talk to\b",
        r"\bso easy to talk to\b",
        # talent and looks
        r"\byou(?:'ve| have| got|'ve got) (?:a |such a |so much |real |natural |some |serious |a real |a natural ){0,3}talent\b",
        r"\blove your (?:\w+ )?(?:drawings|videos|art|builds?|pics|photos|voice|style|smile|eyes|hair|laugh|face)\b",
        r"\byour (?:videos|drawings|pics|photos|art|smile|eyes) (?:are|is) (?:so |really )?(?:amazing|beautiful|gorgeous|perfect|incredible|stunning|adorable)\b",
        r"\byou have (?:such |the )?(?:a )?(?:beautiful|pretty|gorgeous|amazing|lovely|cute|nicest|prettiest|perfect) (?:smile|eyes|face|hair|voice)\b",
        # FR: "t'es trop belle", "t bcp + mature", "tu sembles tellement mature"
        rf"\b(?<!')(?:t'es|t es|tu es|t|t'as l'air|tu as l'air|tu sembles|tu parais|{_NOT_CONGRATS}t'etais) {_INT_FR}{_ADJ_FR}\b",
        r"\b(?:coucou|salut|slt|bonjour|bonsoir|allo|hey|bonne nuit|bon matin|cc|bisous) (?:ma belle|ma jolie|beaute|ma princesse|ma beaute|la belle|jolie|belle gosse|ma mignonne)\b",
        # "tu parles comme une adulte", "pas comme une gamine de ton age", "plus sage que bien des adultes"
        r"\btu (?:parles|penses|reflechis|agis|raisonnes|ecris|t'exprimes|te comportes) comme (?:une |un |si t'etais |si tu etais )?(?:vraie |vrai )?(?:adulte|grande?|femme|personne (?:plus )?(?:agee|mature|grande)|quelqu'un de (?:plus )?(?:vieux|mature|grand|age)|fille de (?:1[89]|[2-5]\d))\b",
        r"\bpas comme (?:une |un |les |des |la plupart des )?(?:gamine?s?|filles?|gars|enfants?|ados?|jeunes|petites?|autres|meufs) de ton age\b",
        r"\b(?:mieux|plus (?:mature|mure|sage|intelligente?|maline?|grande?|futee?)|meilleure?) que (?:\w+ ){0,3}(?:d'|des |de )?(?:adultes|grands|de (?:1[89]|[2-5]\d) ans)\b",
        r"\b(?<!merci )(?<!merci, )(?:t'es|tu es|t) (?:la|le) (?:plus belle|plus beau|plus jolie|plus mignonne?|plus mature|meilleure?)\b",
        r"\b(?<!')(?:t'es|tu es|t) (?:une?|la|le) (?:(?:si|tellement|trop|tres|vraiment|super|plus) )?(?:belle|jolie|magnifique|mature|superbe|adorable|bonne) "
        r"(?:fille|gars|garcon|jeune fille|personne|ado|princesse)\b",
        r"\b(?<!')(?:t'es|tu es|t) (?:une?) (?:fille|gars|garcon|jeune fille|personne|ado) (?:tellement |trop |tres |si |vraiment |super )?"
        r"(?:belle|jolie|mature|speciale?|unique|incroyable|magnifique|adorable)\b",
        r"\b(?:t'as l'air|tu as l'air|tu sembles|tu parais) (?:plus |vraiment plus |tellement plus )?(?:vieille|vieux|grande?|agee?|mature)\b",
        r"\b(?:t'es|tu es|t) (?:trop |tellement |si |vraiment )?(?:mimi|choupette|chou)\b",
        r"\bon se comprend (?:tellement|vraiment|trop|si bien|parfaitement)\b|\b(?:je|j'|j) ?(?:ne )?me suis jamais sentie? (?:aussi |si |autant )?(?:connecte|proche|compris|a l'aise)e? (?:a|avec|de) (?:qqn|quelqu'un|personne|qui que ce soit)\b"
        r"|\bnunca me (?:he|habia) sentido (?:tan )?(?:conectad[oa]|cercan[oa]|comprendid[oa]) (?:con|a) (?:alguien|nadie)\b|\bi(?:'ve| have)? never felt (?:so |this )?(?:connected|close) (?:to|with) (?:anyone|anybody|someone|somebody)\b",
        r"\b(?:toi et moi|entre nous),? c'est (?:special|unique|different|fort|pas pareil)\b",
        r"\b(?:la seule|le seul|la seule personne|le seul gars) (?:qui|a) (?:me )?(?:comprend|comprendre|capte)\b",
        r"\b(?:te connaitre|je te connais|on se connait) depuis (?:toujours|toute ma vie|des annees)\b",
        r"\b(?:plus|\+) (?:mature|mure|mur|grande?|vieux|vieille|posee?|sage)s? (?:que|qu') ?(?:les autres|les gens|ton age|la plupart|les filles|les gars|les jeunes|ceux|celles|les ados)\b",
        r"\b(?:mature|mure|fort|forte|doue|douee|bonne|grande|intelligente|belle|jolie) pour (?:ton age|une? (?:fille|gars|garcon|jeune) de ton age|[1-9]\d? ans|une? [3-6]e|une? [3-6]eme|une? (?:sixieme|cinquieme|quatrieme|troisieme))\b",
        r"\btu fais (?:pas|plus|vraiment) (?:ton age|\d+ ans|vieux|vieille|mature|grande?)\b",
        r"\bon (?:te|t') donnerait (?:\d+|plus)\b|\bon dirait (?:que )?(?:t'as|tu as) (?:1[5-9]|[2-5]\d) ans\b",
        r"\b(?:lien|connexion|complicite|relation|amitie) (?:special|speciale|unique|forte|particulier|particuliere)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\bon a (?:un|une) (?:vrai |vraie )?(?:lien|connexion|complicite|feeling)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\bpersonne (?:ne )?(?:te|t') ?(?:comprend|comprends|connait|capte|ecoute) (?:comme|autant que|mieux que) moi\b",
        r"\bje te (?:comprends?|connais) mieux que (?:personne|tout le monde|eux|tes)\b",
        r"\bpas comme les autres (?:filles|gars|jeunes|ados|meufs)?\b",
        r"\b(?:t'es|tu es) (?:pas|vraiment) (?:comme|differente? d)es autres\b",
        # "bien au-dessus des mecs de ton age", "meilleure que les filles de ton age"
        r"\b(?:au-dessus|au dessus|mieux|meilleure?|plus forte?|plus mature|plus mure) (?:des|que les|que tous les|que toutes les) (?:autres )?(?:mecs|gars|filles|meufs|jeunes|autres|joueurs|joueuses|ados|gamins|gamines) de ton age\b",
        r"\b(?:je te croyais|jte croyais|j'te croyais|je t'imaginais|je pensais que t'etais|je pensais que tu etais|j'pensais que t'etais|jpensais que t'etais|t'es|tu es) (?:vraiment |tellement |trop |si )?(?:diff|differente?) (?:des|de toutes les|de tous les) (?:autres|filles|gars|jeunes)\b",
        r"\b(?:jamais|jamai|jame|jamé|pas) (?:j'ai |je n'ai |j'avais )?(?:rencontre|connu|vu) (?:quelqu'un|quelqun|qqn|qq1|qqun|kelkun|kelk1|qlq|une fille|un gars|un garcon|une personne|personne)"
        r" (?:d'aussi|comme toi|de si|aussi|de plus|qui)\b",
        r"\b(?:la|le) (?:personne|fille|meuf|gars|mec) (?:la |le )?plus (?:\w+) (?:que|qu') ?(?:je|j'|jai|j'ai|j ai)",
        r"\bt'?as (?:un|une|de|des|les) (?:plus )?(?:beau|beaux|belle|belles|jolie|jolis|magnifiques?|superbes?) (?:sourire|yeux|voix|visage|cheveux)\b",
        r"\bj'?adore (?:tes|ton|ta) (?:dessins|videos|photos|yeux|cheveux|sourire|style|voix|visage|talent)\b",
        r"\bt'?as (?:trop |vraiment |tellement |tant |beaucoup |bcp )?(?:du|de) talent\b|\bt'?as (?:un|une) (?:vrai |vraie |sacre |reel |gros |enorme |grand )?(?:talent|don)\b(?! (?:pour (?:le|la|les) \w+ (?:de|du)))",
        r"\b(?:t'es|tu es|t) (?:ma|mon) (?:meilleure?|preferee?|favorite?|chouchou)\b",
        # ES: "eres tan espesial", "te ves hermosa", "sos re linda"
        rf"\b(?:eres|3res|ere'|estas|stas|te ves|pareces|sos|tu eres) {_INT_ES}{_ADJ_ES}\b",
        r"\b(?:ya )?(?:eres|ere'?|sos) (?:toda )?una (?:mujer|mujercita|senorita)\b(?! (?:mayor|adulta de \d))|\b(?:t'es|tu es) (?:deja |vraiment |presque )?une (?:vraie )?(?:femme|jeune femme)\b|\byou'?re (?:already |basically |practically )?a (?:real |grown )?woman\b(?! (?:of|who))",
        rf"\bque (?:{_INT_ES}){_ADJ_ES} (?:estas|eres|te ves|sos)\b",
        r"\b(?:eres|sos) (?:la|el) (?:mas (?:bonita|linda|guapa|hermosa|madura|preciosa|guapo|lindo)|mejor persona)\b",
        r"\b(?:eres|sos) (?:una|un) (?:chica|nina|chico|nino|persona|mujercita|muchacha) (?:muy |tan |super |re |bien )?(?:madura|maduro|linda|lindo|especial|hermosa|bonita|preciosa|inteligente|unica|unico)\b",
        r"\b(?:te ves|pareces) (?:mucho )?(?:mas )?(?:mayor|grande|grandecita)\b",
        r"\b(?:uno|una) en un millon\b",
        r"\b(?:siento que )?te conozco (?:de toda la vida|desde siempre|de hace anos)\b",
        r"\bnadie me (?:entiende|comprende) como (?:tu|vos)\b",
        r"\b(?:eres|sos) (?:la unica|el unico|la unica persona|el unico) (?:que|q) me (?:entiende|comprende)\b",
        r"\bmas madur[oa]s? (?:que|de) (?:los|las|otr|la gente|chic|nin|tu edad|l[oa]s de|d |de |cualquier|muchos|muchas|la mayoria)",
        # "hablas como alguien mucho mas grande", "pensas como una mina de 20", "no como las ninas de tu edad"
        r"\b(?:hablas|piensas|pensas|actuas|te expresas|escribes|razonas|te comportas) como (?:una |un |alguien |si fueras )?(?:\w+ ){0,2}(?:adult[oa]|grande|mayor|mujer|de (?:1[89]|[2-5]\d))\b",
        r"\bno como (?:las|los|otr[oa]s|una|un|el resto de l[oa]s) (?:\w+ )?de tu edad\b",
        r"\b(?:mejor|mas (?:madur[oa]|sabi[oa]|inteligente|brillante|list[oa]|grande)) que (?:\w+ ){0,3}(?:adultos|grandes|gente grande|gente mayor|personas mayores|de (?:1[89]|[2-5]\d)(?: anos)?)\b",
        r"\b(?:hola|ola|buenos dias|buenas noches|buenas|hey|como estas|que tal|holi|holis),? (?:guap[oa]|preciosa|precioso|hermosa|bonita|linda|lindura|princesa|bombon|chula|mamacita|muneca|belleza)\b",
        r"\bmadur[oa]s? (?:para|pa|pa') (?:tu edad|su edad|(?:tener )?\d{1,2}\b|una nena|una nina|un nene|un nino)",
        rf"\b(?:usted es|usted se ve|ud es|ud se ve) {_INT_ES}{_ADJ_ES}\b",
        r"\b(?:pareces|aparentas) (?:mas |mucho )?(?:mayor|grande|mas edad|\d+)\b",
        r"\bno pareces (?:de \d+|una nina|un nino|tu edad|tener \d+)\b",
        r"\b(?:conexion|coneccion|conecsion|coneksion|connexion|conexcion|quimica|vinculo|relacion|amistad) (?:muy )?(?:especial|espesial|espezial|expecial|spesial|especia|unica|fuerte)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\b(?:tenemos|hay|siento|tengo contigo) (?:una |esta |algo |mucha )?(?:conexion|coneccion|conecsion|coneksion|connexion|quimica|vinculo|algo especial|algo espesial)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\bnadie (?:mas )?(?:te|t) ?(?:entiende|comprende|conoce|quiere|escucha) (?:como|mejor que|tanto como) yo\b",
        r"\bno eres como (?:las|los) (?:otras|otros|demas)\b",
        r"\bdiferente a (?:las|los) (?:demas|otras|otros)\b",
        r"\b(?:eres|sos|ere|usted es) (?:tan |muy |re |bien |super |totalmente |muy pero muy )?(?:diferente|diferent|distint[oa]|unic[oa]) (?:a|de) (?:todas|todos|las demas|los demas|las otras|los otros|cualquier(?:a| otra| otro)|toda la gente)\b",
        r"\bnunca (?:he |habia )?(?:conoci|conosi|conozi|conocido|conosido) a (?:alguien|nadie|una chica|un chico|una persona|una nina) (?:que|q|ke) me (?:entienda|entendiera|comprenda|comprendiera|conozca|escuche|entiende|comprende) (?:como|tan bien como|igual que) (?:tu|vos)\b",
        r"\b(?:nunca|nunka|nunk|nunc|jamas) (?:he |e |habia |abia |avia )?(?:conoci|conosi|conozi|conocido|conosido|conozido|visto) a (?:alguien|alguein|algien|nadie|una chica|un chico|una persona|una nina)"
        r" (?:como tu|como vos|como usted|tan|asi|igual)\b",
        r"\b(?:la|el) (?:mejor persona|(?:persona|chica|chico|nina) mas \w+) (?:que|q) (?:conozco|conosco|conozko|he conocido)\b",
        r"\bme encantan? (?:tus|tu) (?:fotos|videos|dibujos|ojos|sonrisa|voz|estilo|cara|pelo|cabello)\b",
        r"\btienes (?:una |unos |los |la )?(?:mas )?(?:sonrisa|ojos|voz|cara|carita) (?:tan |muy |mas )?(?:hermos|precios|lind|bonit|bell)|\b(?:tienes|tenes) (?:cara|carita|cuerpo|pinta) de (?:modelo|actriz|actor|famos[oa])\b",
        r"\b(?:tienes|tenes) (?:mucho |tanto |un gran )?talento\b",
        r"\b(?:eres|sos) mi (?:favorit[oa]|persona favorita|preferid[oa])\b",
        ),
    ),
    # --- gifts_inducements -----------------------------------------------------------------
    *_p(
        C.GIFTS_INDUCEMENTS,
        "offers gifts, game currency or money",
        *_split(
        # free currency and stuff
        r"\bfr(?:ee|33|e3|3e) (?:robux|v-?bucks|vbucks|v-?bux|gems|skins?|coins|diamonds|nitro|gift ?cards?|headset|phone|\w+ sessions?|1 on 1|battle ?pass)\b",
        r"\bfree (?:\$kins?\$?|\$k1ns?|sk1ns?|r0bux|robuxx|v-?buxx?|gem\$|c0ins)(?!\w)",
        # "i got extra vbucks, want 2000?", "tengo diamantes, quieres?"
        r"\b(?:robux|v-?bucks|vbucks|v-?bux|skins?|gems|coins|diamonds|nitro|pavos|gemas|diamantes|monedas|diamants)\b[^?!]{0,40}\b(?:want|wanna|need|quieres|queres|kieres|tu veux|t'en veux|t'?veux)"
        r"(?: some| any| \d+k?| a few| em| them| one| it| more| algunos| unos| mas)?\s*\?",
        # "got you something", "i bought you a ticket", "the headphones you wanted"
        r"\bi(?:'ve| have|ve| just)? (?:got|bought|booked|ordered|grabbed|picked up) (?:you|ya) (?:something|a little something|(?:a |an |some )?(?:\w+ )?(?:ticket|tickets|gift|present|surprise|treat))\b" + _FAMILY_SIGN,
        r"\b(?<![a-z'] )(?:got|bought) (?:you|ya) (?:something|a little something|a (?:little |small )?(?:gift|present|surprise|treat))\b" + _FAMILY_SIGN,
        r"\b(?:got|bought|ordered|grabbed|picked up) (?:you )?(?:the|that|those) (?:\w+ ){1,2}(?:you|ya) (?:wanted|asked for|were looking at|liked|mentioned|were talking about)\b",
        # treats: "ill buy the tokens", "je t'amene manger", "yo invito"
        r"\b(?:i'?ll|i will|ill|i'?m gonna|i can) (?:buy|pay for|cover|get you|grab you) (?:you |us )?(?:the |your |our |some |a )?(?:tokens|tickets|lunch|dinner|ice cream|snacks|bubble tea|boba|milkshake|starbucks|mcdonalds|pizza|movie|candy|sweets)\b",
        # pay for the child's time: "you'll get paid $150", "les filles retenues sont payees 150 €", "te pagan 5 lucas"
        r"\b(?:you'?ll get paid|you'?d get paid|you get paid|you'?ll be paid|you'?d be paid|tu (?:seras|serais|vas etre) payee?|"
        r"(?:les )?(?:filles|gars|modeles|jeunes|elles|ils)(?: \w+)? (?:sont|seront) (?:bien )?payee?s|tu (?:peux|pourrais|vas) gagner|te (?:pagan|pagamos|pagarian|pagaran|pagaria)|(?:puedes|podes|podrias|vas a) ganar(?:te)?) "
        r"(?:\w+ ){0,2}(?:\$ ?\d+|\d+ ?(?:\$|€|e\b|eur|euros?|dollars|bucks|pesos|lucas|k\b|quid|pounds))",
        r"\b(?:robux|v-?bucks|vbucks|skins?|gems?|coins|diamants?|pavos|gemas|monedas|diamantes|nitro) (?:gratuits?|gratuites?|gratos?|gratis|free)\b",
        # EN offers: "i'll buy you a new phone", "i can get you 1000 robux", "want me to send you some vbucks?"
        rf"\b(?:i'll|1'll|i will|i can|i could|1 will|1 can|1 could|i'd|i would|let me|lemme|i'm going to|going to|i want to|want me to|i'd love to|i'm gonna|and) "
        rf"{_REWARD}(?:send|give|giv3|gift|buy|get|grab|pay for|cover|sort|hook|treat|shout|transfer|venmo|cashapp|paypal|top up|load up) "
        rf"(?:you |your (?:account |phone )?)(?:up |out |with |one |to )?[^.?!]{{0,25}}?{_GIFT}",
        r"\b(?:i'll|i will|i can|i could|let me|lemme|i'm going to|going to|want me to|i want to) " + _REWARD + r"(?:buy you|by you|gift you|shout you)\b",
        # "need money? i can send u some", "necesitas dinero? te puedo mandar"
        r"\b(?:need|want|short on|low on|you need|do you need|you want) (?:some |any |more )?(?:money\b|cash\b|robux\b|v-?bucks\b|vbucks\b|credit\b|gems\b|coins\b|\U0001f4b0|\U0001f4b5|\U0001f4b8)\s*\??\s*"
        r"(?:i can|i could|i'?ll|let me|lemme|i got you|i can just) (?:send|give|get|lend|spot|sort|transfer|venmo|cashapp|paypal)(?: you| ya)?\b",
        r"\b(?:necesitas|ocupas|quieres|te falta|te hace falta) (?:\w+ )?(?:dinero|plata|lana|robux|pavos|saldo|gemas|diamantes|monedas|credito)\b\s*\??\s*"
        r"(?:yo )?(?:te|t) (?:lo |la |los |las )?(?:puedo |podria |voy a )?(?:mando|mandar|paso|pasar|doy|dar|presto|prestar|deposito|depositar|envio|enviar|regalo|regalar)\b",
        # "i've got spare robux, they're yours", "j'ai des robux en trop, ils sont a toi", "me sobran pavos, son tuyos"
        r"\b(?:spare|extra|leftover|left over) (?:robux|v-?bucks|vbucks|gems|coins|credit|skins|diamonds|money|cash|gift ?cards?)\b[^.?!]{0,30}\b(?:want (?:one|some|it|them)|they'?re yours|it'?s yours|its yours|all yours|for you(?! to\b)|if you want (?:them|it|some)|you can have)",
        r"\b(?:robux|v-?bucks|vbucks|credits?|diamants|gemmes|skins|argent|sous|thunes?|fric)\b[^.?!]{0,15}\b(?:en trop|en rab|de trop)\b[^.?!]{0,30}\b(?:a toi|pour toi|si tu (?:en )?veux|tu (?:en )?veux|t'en veux)",
        r"\bme (?:sobra|sobran) (?:\w+ )?(?:robux|pavos|saldo|gemas|diamantes|monedas|skins|plata|dinero|credito|creditos)\b[^.?!]{0,30}\b(?:tuy[oa]s?|para ti|pa ti|si quieres|quieres)",
        # "i can by you that new fone you wanted", "i'll get you the skin you were looking at"
        r"\b(?:i'?ll|i will|i can|i could|let me|i'?m going to|i'?m gonna|i want to|want me to|i'?d|i would) " + _REWARD + r"(?:buy|by|get|grab|order|gift|pay for|shout) (?:you |ya )?"
        r"(?:that|the|those|them|this|these) (?:\w+ ){1,3}(?:you|ya) (?:wanted|want|asked for|were looking at|liked|mentioned|were talking about|been wanting|keep talking about|always wanted)\b",
        # "got a lil 🎁 for u", "i have a little something for you" (a relative's gift excepted)
        r"(?:\b(?:i(?:'ve| have)? got|i have|i'?ve|got|have|i brought|brought|i picked up|picked up)(?: you)? (?:a |an |some |sum |me a )?(?:little |lil |lill |small |tiny |wee |special |cheeky |nice |cute |secret )?"
        r"(?:gift|present|surprise|something|sumthin|somethin|treat|goodies)(?: (?:special|nice|cool|extra))? (?:for|4) (?:you|ya)\b"
        r"|\U0001f381 gift for you|\U0001f381 for you|\U0001f381 gift 4 you|\U0001f381 4 you|\U0001f381 gift for ya|\U0001f381 for ya)" + _NOT_TASK + _FAMILY_SIGN,
        r"\b(?:sort|get) you one out\b",
        r"\b(?:how about|what if) i (?:buy|get|send|gift) you\b",
        r"\b(?:je |j')?(?:t'ai|t ai|tai) (?:pris|achete|reserve|paye|commande|trouve|offert|ramene) (?:un|une|des|ton|ta|tes|les)\b|\b(?:je |j')?(?:t'ai|t ai|tai) (?:pris|achete|commande|trouve|offert|ramene) (?:la nouvelle|le nouveau|les nouvelles|les nouveaux|la derniere|le dernier) "
        r"(?:manette|console|switch|ps5|xbox|iphone|tel|telephone|portable|cell|cellulaire|casque|jeu|skin|tablette|ipad|montre|airpods|ecouteurs|maillot|parfum)\b",
        # "querés robux? te cargo", "quieres que te pase diamantes", "te cargo 1000 mas", "tu veux des robux ?"
        r"\b(?:quieres|queres|queris|kieres|keres|necesitas|ocupas|tu veux|t'?veux|tu voudrais) (?:(?:que|q|ke) te (?:cargue|recargue|pase|mande|regale|compre|de) )?(?:unos |algunos |mas |des |du |plus de |de los )?(?:\d+k? )?(?:robux|r0bux|pavos|v-?bucks|vbucks|gemas|diamantes|monedas|diamants|gemmes)\b",
        r"\b(?<!mama )(?<!papa )(?<!tu mama )(?<!tu papa )" + _REWARD + r"te (?:cargo|recargo|paso|mando|regalo|compro|deposito) (?:\d+k? |unos |mas |otros |\d+ mas )?(?:mas )?(?:robux|r0bux|pavos|v-?bucks|vbucks|gemas|diamantes|monedas)\b|\bte cargo \d+k?(?: mas)?\b" + _REWARD,
        # "i could drop off that headset i told u about", "je passe te porter la manette"
        r"\bi(?:'ll| will| can| could|'d| would) (?:drop off|bring (?:you|u|ya|over)|drop (?:you|u) off|swing by with|come by with) (?:that|the|a|an|some|this) (?:new |brand new |\w+ )?(?:headset|phone|iphone|console|controller|ps5|xbox|switch|airpods|ipad|tablet|laptop|skin|gift|present|surprise)\b(?! (?:you|u|ya) (?:left|forgot|lent|borrowed|dropped|lost)\b)",
        r"\b(?:je|j') ?(?:t'|te )(?:amene|emmene|invite|paye|paie) (?:manger|au resto\w*|au cine\w*|bouffer|au mcdo|un verre|une glace|a manger|a diner|le resto)\b",
        r"\b(?:besoin|envie) (?:d'argent|de (?:robux|v-?bucks|skins|fric|thune|sous|cash))\b",
        r"\b(?:i'll|i will|i can|i could|going to) (?:send|give) (?:you )?(?:\$ ?\d+|\d+ ?(?:\$|dollars|bucks|robux|v-?bucks|pounds|quid|euros?))",
        r"\bi(?:'ll| will| can| could) pay you (?:\$ ?\d+|\d+ ?(?:\$|dollars|bucks|robux|v-?bucks|pounds|quid|euros?))",
        r"\bi (?:just )?(?:sent|gave|got|bought|gifted) you (?:\d+|some|something|a little something|a gift|a present|a card|a code|robux|v-?bucks)\b" + _FAMILY_SIGN,
        r"\b(?:check|look (?:at|in)) your (?:inventory|account|balance|wallet)\b",
        r"\b(?:i have|i've got|i got) (?:a |an |some )?(?:gift|present|surprise|something) (?:for you|just for you)\b" + _NOT_TASK + _FAMILY_SIGN,
        r"\b(?:you (?:still |really )?(?:want|need|fancy)|(?<![a-z'] )(?:want|need|fancy)|(?:would|d'|how'd) you like|how about) (?:a |an |some |sum |som |free |more )?"
        r"(?:new |free |little )?(?:\$ ?\d+ |\d+ ?(?:\$|dollars?|bucks|pounds|quid) |\d+k? |\d+,\d{3} )?(?:robux|v-?bux|v-?bucks|vbucks|gems|skins?|coins|nitro|tenner|fiver|"
        r"gift ?cards?|(?:i?phone|mobile|phone|ps5|xbox|switch|headset|ipad|laptop|console)\b)",
        r"\b(?:you |(?<![a-z'] ))want (?:some )?free\b",
        r"\bmy treat\b",
        r"\bwe(?:'ll| will| can)? pay (?:you )?(?:up to )?\$ ?\d+",
        r"\bsend you (?:some )?money\b",
        r"\b(?:buy|get|pay for|order) (?:it|them|that|one|those) for you\b",
        r"\b(?:send|transfer)[^.?!]{0,20}(?:to|into|on) your (?:paypal|cash ?app|venmo|account|card|steam|roblox)\b",
        r"\b(?:put|load|drop|stick|chuck|add|top up) (?:a tenner|a fiver|some money|some cash|money|cash|credit|some credit|"
        r"\$ ?\d+|\d+ ?(?:\$|dollars|bucks|quid|pounds|euros?|robux|v-?bucks)|some (?:robux|v-?bucks|gems|coins)) "
        r"(?:on|in|into|onto) your (?:account|card|phone|balance|wallet|steam|roblox|xbox|psn|fortnite|game)\b",
        # FR: "je peux t'acheter", "jte paye des vbucks", "je vais t'envoyer des robux", "je t'offre"
        r"\b(?:j'?ai|jai|j'en ai) (?:une |des )?cartes?[- ]cadeaux?\b",
        r"\b(?:j'?ai|jai) (?:un |une |des |un petit |une petite )?(?:cadeau|surprise|cadeaux) pour toi\b",
        r"(?:\b(?:j'?ai|jai|j'ai trouve|j'ai achete) (?:un |une |des )?(?:petit |petite |ptit |p'tit |tit |ptite |p'tite |ti |mini )?(?:\U0001f381(?: gift)?|cadeau|cadeaux|surprise|quelque chose|truc|kdo)"
        r"(?: special| speciale)? (?:pour toi|pour ma \w+|rien que pour toi|juste pour toi)\b|\U0001f381(?: gift)? pour toi\b)" + _FAMILY_SIGN,
        # "tu veux que je recharge ton jeu ?", "tu veux que je t'achete des vbucks"
        r"\b(?:tu veux|t'?veux|tu voudrais|veux-tu|ca te dirait|ca te dit|ca te tente)(?: que je| que j'| qu'je| que j| qu'j')? ?(?:te |t')?(?:recharge|crediter|credite)\w*\b[^.?!]{0,15}?"
        r"(?:ton|ta|tes|le|la|les|du|des) (?:jeu|jeux|compte|carte|solde|pass|skins?|robux|v-?bucks|vbucks|diamants|gemmes|pieces|game|fortnite|roblox|steam|psn|xbox|switch)\b",
        r"\b(?:tu veux|t'?veux|tu voudrais|veux-tu|ca te dirait|ca te dit|ca te tente)(?: que je| que j'| qu'je| que j| qu'j')? ?(?:te |t')(?:paye|paie|offre|achete|envoie|file|donne|passe)\w*\b[^.?!]{0,20}?" + rf"{_GIFT}",
        rf"{_FR_TE}{_REWARD}(?:donn|pay|pai|envoi|envoy|offr|0ffr|achet|transfer|recharg|amen|apport|ramen)\w*(?: (?:les|le|la|en))?\b[^.?!]{{0,25}}?"
        rf"(?:{_GIFT}|\bun nouveau\b|\bune nouvelle\b|\bun autre\b)",
        rf"{_FR_TE}{_REWARD}(?:offr|0ffr|achet|4chet|recharg)\w*\b",
        r"\b(?:je|j'|j) ?(?:peux |vais |peu |pourrais )?(?:te|t) ?fai(?:re|s|t)? (?:un |une |des )?(?:virement|cartes? cadeaux?|carte-cadeau|cadeau|paypal|recharge|transfert|credit|depot|unites)\b",
        rf"{_FR_TE}(?:pass|fil)\w*\b[^.?!]{{0,20}}?{_CURRENCY}(?!\w)",
        r"\bregarde (?:ton|dans ton) (?:inventaire|compte|solde)\b",
        r"\b(?:tu veux|t'?veux|tu voudrais|ca te dirait|ca te tente|veux-tu|t'aimerais) (?:une? |des |du |plus de |de l')?(?:nouveau |nouvelle |petit |petite )?"
        r"(?:carte[s]? cadeaux?|robux|v-?bucks|vbucks|skins?|argent|fric|thune|cadeau|nouveau tel|nouveau cell|tel|cell|telephone|iphone|console|casque|ps5|switch|\d+ ?(?:e|euros?|\$|dollars|robux|vbucks)\b)",
        r"\bc'est moi qui (?:paye|paie|t'offre|offre|invite)\b",
        # ES: "te puedo comprar", "t mando robux", "yo te las pago", "te voy a regalar"
        r"\b" + _not_after(*_KIN_GIVER) + r"(?:te|t3|t) " + _REWARD + r"(?:puedo |voy a |boy a |vo a |quiero |podria |puedo ir a )?(?:comprar|compro|regalar|regalo|regal0|pagar|pago)"
        r"(?:la|lo|las|los)? (?!la cuenta|lo que te debo|manana|luego|despues|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|mes|dia))"
        r"(?:\d+|una?|el|la|los|las|unos|unas|lo|algo|todo|tus?|nuev|eso|esa|ese|esos|esas|skins|robux|pavos|gemas|monedas|ropa|juego)",
        r"\b(?:yo invito|invito yo|te invito (?:a comer|un helado|al cine|a cenar|algo|unas?|la comida|el almuerzo))\b",
        r"\bte (?:saque|reserve|consegui|traje|compre|guarde) (?:un|una|unos|unas|el|la|los|las|tu) (?:boleto|pasaje|billete|entrada|regalo|regalito|celular|cel|telefono|movil|algo)\b",
        r"\b" + _not_after(*_KIN_GIVER) + r"(?:te|t) " + _REWARD + r"(?:puedo |voy a |boy a |vo a |quiero |podria )?(?:mandar|mando|enviar|envio|dar|doy|pasar|paso|depositar|deposito|transferir|transfiero|recargar|recargo|conseguir|consigo|disparar|disparo|invitar|invito|caigo con|regalar|regalo)"
        rf"(?:la|lo|las|los)?\b[^.?!]{{0,25}}?{_GIFT}",
        r"\b(?:te (?:las|los|la|lo)|yo te) (?:pago|compro|regalo|invito)\b",
        r"\b(?:que )?(?:te|t) (?:regale|compre)\b",
        r"\b(?:te|t|le) " + _REWARD + r"(?:hago|mando|pongo|meto|hare|voy a hacer|voy a poner|voy a mandar|puedo hacer|puedo poner) (?:una )?recarga\b",
        r"\b(?:tengo|traje|te tengo) (?:un |una |unas )?(?:regalo|regalito|sorpresa|sorpresita|tarjetas? (?:de |d )?regalo)(?: para ti)?\b",
        r"(?:\b(?:tengo|traje|te traje|te tengo|consegui|te consegui|te compre) (?:un |una |algo )?(?:\U0001f381(?: gift)?|regalo|regalito|sorpresa|sorpresita|detalle|detallito|algo|algo lindo|algo especial|cosita)"
        r" (?:para ti|pa ti|pa' ti|pati|para vos|pa vos|solo para ti|nomas para ti)\b|\U0001f381(?: gift)? (?:para ti|pa ti|pa' ti|para vos)\b)" + _FAMILY_SIGN,
        # "quieres que te recargue el juego?", "quieres que te compre robux?"
        r"\b(?:quieres|queres|kieres|qieres|te gustaria|quiere) que (?:te|t) (?:recargue|cargue|recarge|acredite)\b[^.?!]{0,15}?"
        r"(?:el|la|los|las|tu|tus) (?:juego|juegos|cuenta|pase|skins?|robux|pavos|gemas|diamantes|monedas|creditos|fortnite|roblox|steam|play|xbox|switch)\b",
        r"\b(?:quieres|queres|kieres|qieres|te gustaria|quiere) que (?:te|t) (?:compre|regale|mande|pase|pague|deposite|envie|consiga|de)\b[^.?!]{0,20}?" + rf"{_GIFT}",
        r"\b(?:quieres|kieres|qieres|quieres que te (?:regale|compre|mande)|te gustaria|no quieres) (?:una? |unos |unas |mas )?(?:nuev[oa] )?"
        r"(?:tarjetas? (?:de |d )?regalo|robux|pavos|v-?bucks|gemas|diamantes|monedas|skins|dinero|plata|celular|telefono|iphone|movil|consola|play|audifonos|\d+ ?(?:pesos|dolares|euros|\$|robux|pavos)\b)",
        r"\b(?:mira|revisa|checa|chequea) tu (?:inventario|cuenta|saldo)\b",
        ),
    ),
    # --- romantic_framing ------------------------------------------------------------------
    *_p(
        C.ROMANTIC_FRAMING,
        "frames the contact as a romance",
        *_split(
        r"\b(?:you|us|we're|we are|be|we could be|we can be|we'd be|we would be|we should be) (?:as )?more than (?:just )?(?:friends|a friend)\b",
        r"\b(?:(?:we're|we are) (?:basically |kind of |kinda |like |practically |officially |so )|we could be |we can be |we'd be |we would be |we should be |we might be |it's like we're )"
        r"(?:dating|a (?:real |cute )?couple(?! of)|an item|boyfriend and girlfriend|bf and gf|gf and bf|together)\b",
        r"\b(?:we're|we are) (?:dating|a couple|together) now\b",
        r"\b(?:we're|we are) (?:proper|properly|officially|basically|kinda|kind of|practically|now|so) "
        r"(?:dating|going out|going steady|exclusive|official)(?! (?:to|for|tonight|tomorrow|with|on|at|in|later|soon|out))\b",
        r"\b(?:you and me|me and you|you and i) (?:are|r) (?:\w+ )?(?:dating|going out|a couple|an item|official|going steady)\b(?! (?:to|for|tonight|tomorrow|with|on|at|in))",
        r"\b(?:you'?re|your|you are|you'll be|you will be|you're going to be|you could be|you can be) (?:officially |basically |like |now |kinda |kind of |sort of |practically |pretty much |almost |already |literally |lowkey |low key |basicly )?(?:my|me|mah) "
        r"(?:girlfriend|boyfriend|gf|bf|girl|boy|baby girl|wifey|wife|princess|valentine|lover)\b(?! (?:friend|is|was|has|and|lol|from))",
        # "ur my s3cr3t b0yfr13nd n0w", "you're my little gf now"
        r"\b(?:you'?re|your|you are|you'll be|you will be) (?:now )?(?:my|me|mah) (?:secret|little|lil|new|only|real) (?:girlfriend|boyfriend|gf|bf|baby girl|wifey|wife|valentine|lover)\b(?! (?:friend|is|was|has|and|lol|from))",
        r"\b(?:will|would|can|could|should|wanna|want to) (?:you|u) (?:please |ever )?(?:be|become) my (?:girlfriend|boyfriend|gf|bf|girl|valentine)\b",
        r"\bbe my (?:girlfriend|boyfriend|gf|bf)(?= *[?!]| please| pls| now)",
        r"\b(?:want|need|would love|'d love) (?:you|u) to be my (?:girlfriend|boyfriend|gf|bf|girl|bae)\b",
        r"\b(?:you'?re|you are|your|you'd be|you would be) (?:my bae|the perfect (?:girlfriend|boyfriend|gf|bf))\b",
        r"\bi (?:think about|think of|dream about|dream of) (?:you|u) (?:all the time|all day|every ?day|every night|constantly|24/7|nonstop)\b",
        r"\byou'?re always on my mind\b",
        r"\b(?:never|not ever) felt (?:this|like this|so) (?:way )?(?:about|for|with) (?:anyone|anybody|someone)\b",
        r"\b(?:you'?re|you are|your) (?:the one for me|the one i want|my one and only|my person)\b",
        r"\bi (?:think|know|feel like) i (?:love|luv) (?:you|u|ya)\b",
        r"\b(?:keep|hide) our (?:relationship|love)\b",
        r"\b" + _not_after(*_FAMILIAR) + r"i (?:love|luv) (?:you|ya)(?= *(?:[❤♥]|[\U0001f495-\U0001f49f\U0001f60d\U0001f618\U0001f970]))",
        r"\b(?:will|would|do|could|can|should) you (?:ever )?(?:want to |like to )?(?:date|go out with) me\b",
        r"\b(?:you want to|you wanna|just) (?:date|go out with) me\b",
        r"\bi(?<!not because i)(?:'d| would| want to| really want to|'d love to|'d like to| wanna| will| can't wait to) (?:date you|go out with you|be with you|marry you|"
        r"be your (?:boyfriend|girlfriend|bf|gf))\b",
        r"\b(?:one day we'll|we could|we can|we'll) (?:be together|get married)\b",
        # "i wish you were my gf", "ojala fueras mi novia", "si seulement t'etais ma copine"
        r"\b(?:i wish|wish|if only|i want|i'd love it if) (?:you were|you was|you could be|you'd be|you would be) (?:mine|my (?:girlfriend|boyfriend|gf|bf|girl|wife|baby|bae|valentine))\b",
        r"\b(?:ojala|quisiera que|me gustaria que|me encantaria que|si tan solo) (?:tu )?(?:fueras|seas|fueses|fuera) (?:mia|mio|mi (?:novia|novio|chica|nena|mujer|pareja))\b",
        r"\b(?:si seulement|j'aimerais (?:tellement )?que|je voudrais que|j'aimerais trop que) (?:t'etais|tu etais|tu sois|tu serais) (?:a moi|(?:ma|mon) (?:copine|blonde|meuf|petite amie|copain|chum|mec|cherie))\b",
        # "we're meant to be", "you belong with me", "on pourrait etre ensemble", "podriamos estar juntos"
        r"\b(?:we'?re|we are|we were|you and (?:me|i) are|you and (?:me|i) were) (?:just |so |totally )?(?:meant to be|destined)(?= *(?:[.!?,\u2764]|$|together|for each other|you and me|babe|baby|[\U0001f300-\U0001faff]))",
        r"\byou belong (?:with|to) me\b|\b(?:tu m'appartiens|tu es a moi pour toujours|me perteneces)\b",
        r"\b(?:on pourrait|on peut|on devrait|on va|un jour on va) (?:etre|se mettre|rester) ensemble(?= *(?:[.!?,\u2764]|$|toi et moi|pour toujours|pour de vrai|un jour|quand|si |[\U0001f300-\U0001faff]))",
        r"\b(?:podriamos|podemos|deberiamos|vamos a|algun dia vamos a) (?:estar|andar|vivir|ser) (?:juntos|novios|pareja)(?= *(?:[.!?,\u2764]|$|tu y yo|para siempre|de verdad|algun dia|cuando|si |[\U0001f300-\U0001faff]))",
        r"\bwhen you'?re (?:older|18|legal|1[6-9])[^.?!]{0,15}(?:be together|date|marry|be with you|be mine)\b",
        r"\bwait for you (?:until|till|til) you'?re\b",
        r"\bage (?:is (?:just|only) a number|(?:doesn'?t|does not|don'?t) matter)\b",
        r"\bage(?:'s| is|s)? (?:just |only |jus |juss |onli |nothing but )*(?:a |1 )(?:number|numbr|numba|nmbr|numbah|numbre|num)\b",
        r"\b(?:we could|we can|we should|we might|we'd|we would|we're|we are) (?:be |become )?(?:a thing|an item)\b",
        # "u n me = 💑 4ever", "toi + moi pour toujours", "juntos para siempre"
        rf"\b{_US}\s*(?:[=+&:]\s*)?(?:\W{{0,3}}\s*)?(?:(?:c'est|cest|c'|c|ca sera|ce sera|it's|its|is|es|sera|va a ser|somos|on est) )?{_COUPLE}",
        r"\b(?:do|don'?t) you (?:still |even |really )?(?:love|luv) me\b",
        r"\b(?:tu m'?aimes|tu m aimes)(?: (?:ou pas|pas|vraiment|encore|un peu|toi))?\s*\?",
        r"\b(?:me amas|me queres|me quieres)(?: o no| de verdad| todavia| aunque sea un poco)?\s*\?",
        # the age gap as something the two of them get past
        r"\b(?:our|nos|notre|nuestra|nuestros) (?:\w+ )?(?:age gap|age difference|ans d'ecart|difference d'age|d'ecart|diferencia de edad|anos de diferencia)\b",
        r"\b(?:because of|despite|peu importe|malgre|a pesar de|no importa) (?:the |la |l')?(?:age gap|age difference|difference d'age|ecart d'age|diferencia de edad)\b",
        r"\b(?:until|till|til|soon|one day|someday|some day) we(?:'re| are| can be| will be|'ll be| get to be| could be) together\b",
        r"\b(?:para que|hasta que|pronto|algun dia|ojala|falta poco para que) (?:podamos )?(?:estemos|estar|vivamos|estaremos) juntos\b",
        r"\b(?:jusqu'a ce qu'on soit|pour qu'on soit|bientot on sera|un jour on sera|quand on pourra etre) ensemble\b",
        r"\blo nuestro (?:es|sera|va a ser) (?:algo )?(?:especial|unico|real|de verdad|diferente|amor|serio)\b",
        r"\bcomo (?:una|un) (?:relacion|pareja|novios) (?:de verdad|real|seria|en serio)\b",
        r"\blike a real (?:relationship|couple)\b",
        r"\b(?:because|bc) of the age thing\b",
        r"\b(?:a girl|a boy|someone) likes you\b",
        r"\bi thought you liked me\b",
        r"\bcan'?t stop thinking (?:about|of) (?:you|us|our)\b",
        # falling for you, in love, crush
        r"\b(?:falling|fallen|fell|falling hard) (?:for|4) (?:you|u)\b",
        r"\b(?:falling|fallen|fell) in love (?:with|wit|w) (?:you|u)\b",
        r"\bi'?m (?:falling|fallen) in love(?: with you)?\b(?! with)",
        r"\b(?:i'm|i am|i think i'm|so|totally|madly) in love with you\b",
        r"\b(?:i (?:think i |really |just |honestly )?|(?<![a-z'] ))(?:love|luv|lov|lov3) (?:you|ya) "
        r"(?:so much|s0 much|so so much|more than|with all my heart|too much|forever|baby|babe|sweetheart|princess|beautiful)\b" + _PARENTAL + _FAMILY_SIGN,
        # "ur kinda my gf lol", "you're basically my bf now": the hedge is the claim
        r"\b(?:you'?re|your|you are) (?:kinda|kind of|basically|practically|pretty much|sort of|lowkey|low key|already|almost|like) (?:my girlfriend|my boyfriend|my gf|my bf|mah gf|mah bf)\b",
        # "you're my sweetheart now", "ur my baby girl from now on" (a pet name claimed as the child's new status)
        r"\b(?:you'?re|your|you are|u are) (?:officially |now |all |kinda |basically )?(?:my|mah) (?:sweetheart|sweetie|darling|honey|hun|boo|babe|baby|baby girl|babygirl|lady|woman|man|queen|bae|missus|wifey|hubby|lover|sweet thing)"
        r"(?: now| officially| from now on| forever| for real| and only mine| now and forever)\b" + _PARENTAL + _FAMILY_SIGN,
        # "ain't nobody ever made me feel like you do", "personne m'a jamais fait sentir comme toi", "nadie me ha hecho sentir como tu"
        r"\b(?:nobody|no one|noone|no1|ain'?t nobody|ain'?t no one|no other (?:girl|boy|woman|man|person))(?: (?:has|had|have|'s|ever))? ?(?:ever )?(?:made|make|makes) me feel (?:(?:like|the way|how|what|the things) (?:you|ya|u)\b|this way\b|like this\b|so (?:special|loved|alive|wanted)\b)" + _FAMILY_SIGN,
        r"\b(?:personne|aucune fille|aucun gars|aucune femme|aucun homme)(?: ne)? m'a (?:jamais )?(?:fait|fais) (?:sentir|ressentir|vibrer) (?:comme|ca comme|ce que|autant que) (?:toi|tu)\b",
        r"\b(?:nadie|ninguna|ninguno)(?: nunca)? (?:me )?(?:ha|habia|hizo|a) (?:hecho|echo)? ?sentir (?:como|lo que|asi como|tanto como) (?:tu|vos)\b",
        r"\bi (?:really |kinda |kind of |totally )?(?:fancy|have a crush on|got a crush on|have feelings for|catch feelings for|like like) you\b",
        r"\bcrush on you\b",
        r"\bi (?:really |just )?like you (?:a lot|so much|more than (?:a )?friends?|like that|that way)\b(?! more)",
        r"\b(?:we're|we are|we were|you and (?:me|i) (?:are|were)|we're just|we are just) (?:so |totally |literally |really |simply |clearly |obviously )?"
        r"(?:me?ant|made|destined) (?:to be|for) (?:togeth?er|togther|togeter|each other)",
        r"\b(?:you'?re|you are|your|you might be|you could be|be) (?:literally |truly |really )?(?:my soul ?mate|the love of my life|my other half|my everything)\b",
        r"\bwe(?:'re| are) soul ?mates\b",
        r"\b(?:you'?re|your|you are) mine\b(?! (?:too|either))",
        r"\b(?:kiss|cuddle|hold) you (?:so |in my arms|tight|when we meet|for real)\b",
        r"\b(?:wish i could|want to|can'?t wait to|i'd love to) (?:kiss|cuddle|hold) you\b",
        r"\bour (?:secret |special |little )?(?:love|romance)\b(?! (?:of|for))",
        r"\bour (?:secret|special) relationship\b",
        r"\bour (?:relationship|thing) is (?:so |really )?(?:special|different|secret|unique)\b",
        # FR
        r"\b(?:t'es|tu es|t|tu seras|sois|deviens|deviens|devenir|etre) (?:officiellement |vraiment |comme |genre |presque |deja |quasiment |limite |un peu |carrement |pratiquement )?(?:ma|m4|mon|m0n) "
        r"(?:blonde|copine|cherie|meuf|petite amie|nana|femme|princesse|amoureuse|amoureux|chum|copain|cheri|mec|petit ami|gars|crush|valentine?)\b",
        r"\b(?:ma|mon) (?:blonde|copine|cherie|meuf|petite amie|chum|copain|cheri|mec|petit ami) (?:maintenant|a moi|pour toujours)\b",
        r"\bmon cheri\b(?! (?:et|m'a|a|est|pis|vient))",
        r"\b(?:on sort|on sorte|sortir) ensemble\b(?!,? (?:au|aux|a la|a l'|avec (?:les|des|eux|elles|mes|tes|nos|la|le)|faire|pour|ce soir|demain|samedi|dimanche)\b)",
        r"\b(?:tu veux|veux-tu|t'?veux|tu voudrais) (?:sortir avec moi|etre (?:ma|mon))\b",
        r"\bl'age c'est (?:juste |rien qu')?(?:un chiffre|un nombre)\b",
        r"\bl'?age,? (?:c'est|cest|c|est|n'est|ce n'est) (?:juste |rien qu'|seulement |que |qu'|rien que |vraiment )*(?:un |1 )(?:chif+re|chifre|nombre|numero|detail)\b",
        r"\bl'age (?:compte pas|ne compte pas|a pas d'importance|n'a pas d'importance|importe peu|on s'en fout|c'est pas grave)\b",
        r"\bje m'ennuie de (?:toi|ta face)\b",
        r"\b(?:tomber|tombe|tombee|tombes|tomb\w*) (?:amoureux|amoureuse|en amour) (?:de toi|avec toi)\b",
        r"\b(?:je suis|j'suis|jsuis|chu|suis|je crois que je suis) (?:tellement |trop |grave |vraiment |fou )?(?:amoureux|amoureuse|en amour|fou|folle|dingue) (?:de toi|avec toi)\b",
        r"\bj[e3] (?:crois que je |pense que je )?t'?(?:aime|aim3|41m3|a1me|a1m3|4ime|adore)s? (?:tellement|tellemant|trop|tant|si fort|fort|de tout mon coeur|mon coeur|ma belle|bebe|mon amour|ma princesse|plus que tout|vraiment|vraimant|vrmt|vrm|a la folie|comme un fou|comme une folle)\b" + _PARENTAL,
        r"\bon est ensemble (?:toi et moi|moi et toi|pour de vrai|pour de bon|officiellement)\b",
        r"\bje crois que je t'aime\b",
        r"\b(?:on est|on etait|nous sommes) (?:fait|faits|destines?) (?:pour|l'un pour l'autre)\b",
        r"\b(?:fait|faits) l'un pour l'autre\b",
        r"\bame (?:soeur|sœur)\b",
        r"\b(?:la femme|l'homme|l'amour|la fille) de ma vie\b",
        r"\bje pense (?:a toi (?:tout le temps|jour et nuit|sans arret|h24|tous les jours|chaque (?:jour|soir|nuit))|(?:tout le temps|jour et nuit|sans arret|h24|tous les jours) a toi)\b",
        r"\b(?:j'arrete pas|je n'arrete pas|j'peux pas arreter|je peux pas arreter) de penser a toi\b",
        r"\bsous ton charme\b",
        r"\b(?:t'es|tu es|t) a moi\b",
        r"\bon est (?:en couple|ensemble maintenant|un couple)\b",
        r"\b" + _not_after(*_FAMILIAR) + r"je t'?aime(?= *(?:[.!❤♥]|$|[\U0001f495-\U0001f49f\U0001f60d\U0001f618\U0001f970]))",
        r"\b(?:je te kiffe|tu me plais (?:vraiment|trop|tellement|grave|beaucoup|bcp|de ouf)(?! comme\b)|je craque pour toi|un faible pour toi|crush sur toi|t'es mon crush|je (?:t'?)?ai un crush)\b",
        r"\bnotre (?:relation (?:secrete|speciale)|histoire d'amour|amour|couple)\b",
        r"\b(?:t'embrasser|te serrer dans mes bras|te prendre dans mes bras)\b",
        # ES
        r"\b(?:eres|seras|sos|se|ser|quieres ser|kieres ser|ere) (?:oficialmente |como |casi |practicamente |basicamente |ya |prácticamente |basicamente como |casi como |medio )?mi (?:novia|novio|chica|nena|mujer|princesa|reina|amor|enamorada|enamorado|morra|jeva|polola|pololo)\b",
        r"\bmi (?:novia|novio) (?:ahora|desde hoy|oficial)\b",
        r"\b(?:somos|somo'?|seamos|ser|seriamos) (?:novios|pareja|una pareja)\b",
        r"\bsi (?:(?:de verdad|en serio|realmente) )?(?:me quieres|me queres|me amas)\b(?! (?:como amig))|\bsi (?:tu m'?aimes|tu m aimes|tu tiens a moi)\b|\bif you (?:love me|loved me|luv me|really love me|truly love me|actually love me|really loved me)\b(?=[^.?!]{0,40}\b(?:you'?ll|you would|you'?d|you will|prove|show me|come|send|call)\b)",
        r"\b(?:andar|salir) conmigo\b(?= *(?:[?]|como|de novi|$))",
        r"\b(?:quieres|kieres) (?:andar|ser novios)\b",
        r"\bla edad (?:es solo un numero|no importa|es lo de menos|no es importante)\b",
        r"\bla edad (?:es|e) (?:solo |nomas |solamente |nada mas |tan solo )*(?:un |1 )(?:numero|numerito|numer)\b",
        r"\bme gustas\b",
        r"\b(?:eres|sos) (?:el amor de mi vida|mi media naranja|(?:solo |solamente |toda |todita |nomas |completamente )?(?:mia|mio))\b",
        r"\b(?:pienso|penso) en ti (?:todo el (?:tiempo|dia)|todos los dias|cada (?:dia|noche)|siempre|a cada rato)\b",
        r"\bme traes (?:loco|loca|muerto)\b",
        r"\bte quiero (?:como )?(?:algo mas|mas que (?:una? )?amig[oa]s?)\b",
        r"\bque seas mi (?:novia|novio|chica|nena)\b",
        r"\bme encantas\b",
        r"\b(?:me estoy|me stoy|me toy|estoy|stoy|toy|me|m3) (?:enamorando|enamorado|enamorada|enamore|3namore|3namorando|3namorado|3namorada) (?:de ti|d ti|de vos|d3 t1|de t1|d3 ti|d t1)\b",
        r"\b(?:estoy|stoy|toy) (?:tan |muy |re )?(?:enamorad[oa]|loc[oa]) (?:de ti|d ti|de vos|por ti|x ti)\b",
        r"\b" + _not_after(*_FAMILIAR) + r"(?:te|t3|t) (?:amo|4m0|am0|4mo|adoro)(?: (?:mucho|much0|beb3|bb|mi bb|muchisimo|tanto|demasiado|con todo mi corazon|mi amor|mi vida|bebe|hermosa|preciosa|mi reina|princesa)| *[!.❤]| *$)",
        r"\b(?:hechos|echos) (?:el uno para el otro|para estar juntos)\b",
        r"\b(?:almas gemelas|nacimos para estar juntos|destinados a estar juntos)\b",
        r"\b(?:no (?:puedo )?dejo de|no puedo dejar de) pensar en ti\b",
        r"\b(?:nuestro amor|nuestra relacion (?:secreta|especial))\b",
        r"\b(?:besarte|abrazarte fuerte|tenerte en mis brazos)\b",
        ),
    ),
    # --- round 5b: tactics said in passing inside whole conversations ---------------------------
    *_p(
        C.FLATTERY_BOND,
        "flatters the child or claims a special bond",
        *_guard(
        _FAMILY_SIGN + _COACH,
        # a rare talent: "tienes un talento que casi no se ve", "a talent i haven't seen in years", "most adults can't shade like that"
        r"\b(?:tienes|tenes) (?:un|una) (?:gran |verdadero |tremendo )?(?:talento|talentazo|don)\b(?! para (?:el|la|los|las) \w+ (?:de|del))",
        r"\b(?:a |such a |the kind of )?(?:talent|gift|eye|ear) (?:like (?:that|yours) )?(?:that |which )?(?:i|we) (?:haven'?t|have not|havent|rarely|never) (?:seen|see|met)(?: in (?:years|ages|a long time))?\b",
        r"\b(?:un talento|un don|talento) (?:que|como el tuyo que) (?:casi )?(?:no|nadie|ni|pocos|no he|nunca he) (?:se ve|he visto|tienen|ven|habia visto|vi)\b",
        r"\bmost (?:adults|grown ?ups|grownups|pros|people (?:my|twice your) age)(?: in (?:my|the) \w+)? (?:can'?t|cannot|couldn'?t|don'?t have|do not have|never get)\b",
        r"\byou(?:'ve| have)?(?: got)? (?:a |an )?(?:real |good |great |amazing |natural )?(?:eye|ear) (?:most|that most|few|that few)\b",
        r"\bun talent (?:que|comme le tien|comme ca)[^.?!\n]{0,10}\b(?:j'ai (?:pas|jamais) vu|je vois (?:pas|rarement)|la plupart des adultes)\b|\bla plupart des adultes (?:savent|peuvent|ont) (?:pas|meme pas)\b",
        # older than their age: "you play like someone way older", "juegas como uno de 18", "re maduro para 13"
        r"\byou (?:play|draw|sing|write|type|game|skate|dance) like (?:someone|somebody|an adult|a grown ?up|a pro (?:twice|way)) (?:way |much |a lot |so )?(?:older|grown|your age)\b",
        r"\b(?:juegas|jugas|dibujas|cantas|bailas|escribes|hablas) como (?:uno|una|alguien|un chico|una chica|un pibe|una piba) (?:de (?:1[6-9]|[2-5]\d)|mayor|mas grande)\b",
        r"\bmadur[oa]s? (?:para|pa|pa') (?:los |tus )?\d{1,2}\b",
        r"\b(?:bon niveau|niveau de ouf|talent|skill) pour ton age\b",
        # "you're the best thing that ever happened to me", "sos lo mejor que me paso"
        r"\b(?:you'?re|your|you are) (?:honestly |literally |really )?the best thing (?:that |that'?s |to )?(?:has |have |ever )?(?:ever )?(?:happened|happen) to me\b",
        r"\b(?:eres|sos|tu eres) (?:lo mejor|lo mas lindo) que me (?:ha pasado|paso|a pasado|pasó)\b",
        r"\b(?:t'es|tu es) (?:la meilleure chose|ce qui m'est arrive de (?:mieux|plus beau)) (?:qui m'est arrivee?|de ma vie)?",
        # "i knew you were different", "je savais que t'etais differente", "sabia que eras especial"
        r"\bi (?:knew|always knew|could tell) (?:you were|you'?re|ur|your) (?:different|special|not like the others|mature|one of a kind)\b(?=\s*(?:[.,!?❤]|$|[\U0001f300-\U0001faff\u2600-\u27bf]|from the|the moment|the first))",
        r"\bje (?:savais|le savais) (?:que )?(?:t'etais|tu etais) (?:differente?|speciale?|pas comme les autres|mature)\b",
        r"\b(?:sabia|yo sabia|siempre supe) que (?:eras|sos|eres) (?:diferente|especial|distint[oa]|madur[oa])\b",
        # "ur lowkey the coolest person on the server", "t'etais la plus jolie du camp"
        r"\b(?:you'?re|your|you are|you were)(?: lowkey| low key| honestly| literally| fr| easily)? the (?:coolest|smartest|prettiest|cutest|funniest|nicest|sweetest|most talented|most mature) (?:person|girl|boy|kid|player|builder|one) (?:on|in|here|i know|i'?ve (?:ever )?met|i'?ve talked to)\b",
        r"\b(?:t'etais|tu etais) (?:la|le) (?:plus belle|plus beau|plus jolie|plus mignonne?|plus mature|meilleure?)\b",
        # a claimed bond: "ur my bestie now", "somos un equipo tu y yo"
        r"\b(?:you'?re|your|you are) (?:officially |now |literally )?my (?:bestie|bff|best mate|bestfriend|fav person)(?: now| officially| from now on)\b",
        r"\b(?:somos|seremos) (?:un equipo|uno solo|inseparables) (?:tu y yo|vos y yo)\b|\b(?:tu y yo|vos y yo) somos (?:un equipo|inseparables)\b",
        r"\b(?:we'?re|we are) a team,? (?:you and me|me and you|you and i)\b|\bon est une equipe,? (?:toi et moi|nous deux)\b",
        # looks and appeal, said in passing: "ur cute ngl", "cute. u seem really sweet", "good morning cutie"
        rf"\byour {_ADJ_EN} (?:ngl|tbh|in your (?:profile|pic|pfp|photo|avatar|profile pic|story|pics|photos))\b",
        r"\b(?:you|ya) seem (?:really |so |super |very )?(?:sweet|lovely|mature|special)\b",
        r"\b(?:good morning|morning|goodnight|good night|hey|hi|hello|heyy|hii|night night) (?:there )?(?:cutie|cutie pie|cutiepie|sweet cheeks|handsome|pretty)\b(?! (?:pie recipe|dog|cat|puppy))",
        # a scout's praise: "your profile really stood out", "you've got a really natural look", "so much personality"
        r"\byour (?:profile|videos?|pics?|photos?|look|face|style|page|account) (?:really |totally |just |instantly )?(?:stood out|stands out|caught (?:my|our) eye)\b",
        r"\byou(?:'ve| have)?(?: got)? (?:a |such a )?(?:really |very |so )?(?:natural|unique|perfect|great|fresh) look\b",
        r"\b(?:your|ur) (?:videos|pics|photos|posts|vids) (?:have|has|show) (?:so much|such|real|a lot of) (?:personality|charisma|star quality)\b",
        r"\byou (?:should|deserve to|need to) (?:have|get) (?:way |so |a lot |loads |heaps )?more (?:followers|views|subs|subscribers|likes)\b"
        r"|\b(?:deberias|merecerias|mereces) tener (?:muchos |mucho )?mas (?:seguidores|vistas|likes|suscriptores)\b|\btu (?:devrais|merites|meriterais) (?:d'avoir|avoir) (?:beaucoup |bien )?plus d'(?:abonnes|vues|likes)\b",
        r"\b(?:mucho |re |bastante )?mejor que (?:los|las|la mayoria de los|la mayoria de las) (?:pibes|pibas|chicos|chicas|ninos|ninas|chamos|morros|cabros|chavos|pelados) de (?:mi|tu|su) edad\b"
        r"|\bbetter than (?:the |most |all the )?(?:guys|lads|kids|boys|girls|people) my age\b",
        r"\b(?:cuter|prettier|hotter|smarter|funnier|nicer) than (?:the |all the |any )?(?:boys|girls|guys|kids|lads) (?:at|in|from) my (?:school|class|year)\b",
        # "ur way smarter then the ppl at ur scool", "more mature than the kids in your class", "t'es plus mature que les gens de ta classe"
        r"\b(?:smarter|cuter|prettier|wiser|cooler|more mature|more grown up|more interesting|funnier) (?:than|then) (?:the |all the |any |most |everyone |anyone |other )?(?:people|kids|girls|boys|guys|ones|others|lot|teens|students)? ?(?:at|in|from) (?:your|ur) (?:school|scool|skool|skul|class|grade|year)\b",
        r"\bplus (?:mature|intelligente?|belle|jolie|interessante?|cool|mignonne?) (?:que|qu'|ke) (?:les |tous les |toutes les )?(?:gens|filles|gars|autres|jeunes|eleves|ados) (?:de|dans) (?:ta|ton) (?:classe|ecole|college|lycee|niveau)\b",
        r"\bmas (?:madur[oa]|inteligente|list[oa]|lind[oa]|bonit[oa]|interesante) (?:que|q|ke) (?:los|las|todos los|todas las) (?:demas |otr[oa]s )?(?:\w+ )?(?:de|en) (?:tu|su) (?:escuela|colegio|clase|salon|curso|grado)\b",
        # "ur so smart for 6th grade", "mature for a 7th grader"
        r"\b(?:smart|mature|clever|grown up|wise|pretty|cute) for (?:a |an )?(?:\d+(?:st|nd|rd|th)|sixth|seventh|fifth|eighth|fourth|year \d+|yr \d+) ?(?:grade|grader|graders|year|yr)?\b(?! (?:homework|math|maths|work|project|test|level|standard)\b)",
        # "no one understands me like you do", "personne me comprend comme toi", "nadie me entiende como tu" (the contact's own need)
        r"\b" + _not_after(*_FAMILIAR) + r"(?:nobody|no one|noone|no1|n0 0n3|n0 one|no 0n3|n0 1|no body)(?: else)? (?:really |truly |ever )?(?:gets|understands|und3rstands|knows|listens to|sees) (?:me|m3) (?:like|the way|as well as|l1k3) (?:you|u|y0u)(?: do| d0)?\b(?!(?: do| d0)?,? (?:bro|bestie|sis|man|dude|mate|fam|girl|lol|haha)\b)",
        r"\b" + _not_after(*_FAMILIAR) + r"personne (?:ne )?me (?:comprend|comprends|capte|connait|ecoute) (?:comme|autant que|aussi bien que) (?:toi|twa)\b",
        r"\b(?:cantas|bailas|dibujas|escribes) (?:super |muy |re |bien |tan |demasiado )?(?:lindo|bonito|hermoso|precioso|increible)\b",
        rf"\b(?:eres|sos|estas|te ves) burda de {_ADJ_ES}",
        ),
    ),
    *_p(
        C.GIFTS_INDUCEMENTS,
        "offers gifts, game currency or money",
        *_split(
        # checking a gift arrived: "t'as recu la carte-cadeau que jt'ai envoyee?", "has recibido lo de la psn?", "did u get the robux i sent"
        r"\b(?:t'as|tu as|as-tu|t as) (?:bien )?recu (?:la|le|les|ma|mon|mes|ton|ta|tes) (?:carte|cartes|cadeau|cadeaux|robux|v-?bucks|skins?|credit|recharge|code|colis|paquet|virement)\w*",
        r"\b(?:has recibido|recibiste|te llego|te llegaron|ya te llego) (?:lo de (?:la|el) |la |el |los |las |mi )?(?:psn|xbox|steam|tarjeta|recarga|regalo|regalito|robux|pavos|gemas|saldo|codigo|plata|paquete|detallito|transferencia|nequi)\b",
        r"\b(?:did you|you|did ya) (?:get|receive|recieve) (?:the|my) (?:gift ?card|robux|v-?bucks|vbucks|gems|skin|code|money|credit|present|gift|package)s? (?:i|that i) (?:sent|gave|got)\b",
        # "te mande la recarga de saldo", "te mande un detallito"
        r"\b" + _not_after(*_KIN_GIVER) + r"(?:te|t) (?:mande|envie|deposite|pase|transferi|hice) (?:la|una|un|el|unos|unas) (?:recarga|tarjeta|detallito|detalle|regalo|regalito|saldo|robux|pavos|gemas|plata|codigo|transferencia)\b",
        r"\b" + _not_after(*_KIN_GIVER) + r"te (?:paso|mando|doy|regalo|compro) (?:otra|otro|una|un) (?:tarjeta|recarga|gift ?card|codigo|skin)\b",
        # "te llevo unos tacos nuevos de regalo", "je t'apporte une planche en cadeau"
        r"\b" + _not_after(*_KIN_GIVER) + r"(?:te|t) (?:llevo|traigo|doy|mando|compro|paso|voy a llevar|voy a traer) (?:\w+ ){1,3}de regalo\b",
        r"\b(?:je|j') ?(?:t'|te )(?:apporte|apporterai|amene|ramene|offre|envoie) (?:\w+ ){1,3}en cadeau\b",
        # game currency as pay: "we get paid in robux", "sending u 800 to start"
        r"\b(?:paid|pay you|pays|paying|pagan|paye) (?:in|en) (?:robux|v-?bucks|vbucks|gems|coins|gift ?cards?|crypto|pavos|gemas|diamants)\b",
        r"\bsending (?:you|ya) (?:\$ ?\d+|\d{2,}k?)(?! (?:min|mins|minutes|pages|pics|photos|times|messages|texts|seconds|secs|hours|days))(?: (?:robux|v-?bucks|vbucks|gems|coins|bucks|dollars))?\b",
        # treats: "shout u maccas", "la invito a un helado"
        r"\bshout (?:you|ya) (?:a |some )?(?:maccas|macca'?s|lunch|dinner|a feed|kfc|drinks?|a drink|brekkie|coffee|food|pizza|snacks|hungry jacks|nandos|chippy)\b",
        r"\b(?:la|lo|le) invito (?:a comer|a un helado|un helado|al cine|a cenar|algo|unas?|la comida|el almuerzo|a tomar algo)\b",
        # French: "je te les offre", "j'pourrais t'en envoyer une", "je voulais te donner", "je te mets du credit"
        r"\b(?:je|j') ?(?:te|t') ?(?:les|le|la|l') ?(?:offre|offrirai|achete|acheterai)\b",
        r"\bj'?(?:pourrais|peux|vais|pourrai|peu) (?:t'en|t en|ten|te l'|te les|te la|te le) ?(?:envoyer|donner|offrir|acheter|filer|passer|ramener|amener)\b",
        r"\bje (?:voulais|voulait|voudrais) (?:te|t') ?(?:donner|offrir|envoyer|acheter|payer|filer)\b",
        r"\b(?:je|j') ?(?:te|t') ?(?:mets|mette|mettre|remets|remettre|remettrai|mettrai|recharge|recharges) (?:encore )?(?:du|de l'|des) ?(?:credit|credits|argent|unites|forfait|robux)\b",
        r"\b(?:je|j') ?(?:t'|te )(?:amene|ramene|apporte|apporterai|amenerai|ramenerai) (?:un|une|des) (?:\w+ ){0,2}(?:neuf|neuve|neufs|neuves|nouveau|nouvelle|nouvelles|nouveaux)\b",
        # "i'll bring that headset i said i'd sort you"
        r"\b(?:i said|i promised|like i said) (?:i'?d|i would|to|i'?ll) (?:sort|get|buy|give|send|grab) (?:you|ya)\b",
        # a reminder of the gifts: "after all the gifts i gave you", "apres tout ce que j'ai fait pour toi, les cadeaux"
        r"\bafter (?:all )?(?:the|my) (?:gifts|presents|robux|v-?bucks|money|stuff) i (?:gave|got|bought|sent)\b",
        r"\bapres tout ce que (?:j'ai fait|je t'ai donne|je t'ai offert)[^.?!\n]{0,20}\b(?:cadeaux|cadeau|robux|argent)\b|\bapres (?:tous )?(?:les|mes) cadeaux\b",
        r"\bdespues de (?:todos )?(?:los|mis) regalos\b",
        ),
    ),
    *_p(
        C.ROMANTIC_FRAMING,
        "frames the contact as a romance",
        *_split(
        r"\b(?:t'es|tu es|t) (?:rendue?|devenue?|maintenant|deja) (?:un peu |comme |genre |officiellement )?(?:ma|mon) (?:blonde|copine|cherie|meuf|petite amie|chum|copain|cheri|mec|petit ami|amoureuse)\b",
        r"\b(?:usted|ud|vos) (?:ya )?(?:es|sos) (?:como )?mi (?:novia|novio|chica|nena|mujer|amor|enamorada)\b",
        r"\bwhat we have is (?:so |really |totally |actually )?(?:real|true|love|pure)\b(?=\s*(?:[.,!?❤]|$|and |but |no matter|even|[\U0001f300-\U0001faff\u2600-\u27bf]))",
        r"\b(?:no me puedo dormir|no puedo dormir|no duermo) pensando en (?:ti|vos)\b|\bcan'?t sleep (?:thinking|cuz i'?m thinking|because i'?m thinking) (?:about|of) (?:you|ya)\b"
        r"|\bj'arrive pas a dormir (?:en pensant|a force de penser) a toi\b",
        ),
    ),

    # --- round 7: a bond claimed in regional and misspelled words, offers "with no strings", possessive romance -----
    *_p(
        C.FLATTERY_BOND,
        "flatters the child as above adults or peers, or claims a unique understanding",
        *_guard(
        _FAMILY_SIGN + _COACH,
        # "you're more sensible than the big aunties i know", "t'es ben plus smatte que les filles de mon age",
        # "hablai mas piola que cualquier adulto que conozco"
        r"\bmore (?:sensible|mature|grown up|wise|intelligent|smart|interesting|fun|chill) than (?:the |most |all the |a lot of |any )?(?:\w+ )?"
        r"(?:adults?|grown ?ups|aunties|uncles|women|men|ladies|girls|guys|people) (?:i know|i'?ve (?:ever )?met|my age)\b",
        r"\bplus (?:\w+ ){1,2}que (?:les|toutes les|tous les|la plupart des|bien des|n'importe quel(?:le)?) (?:\w+ )?"
        r"(?:filles|gars|femmes|mecs|meufs|gens|adultes?|personnes) (?:de mon age|que je connais|que j'connais|que jconnais)\b",
        r"\bmas (?:\w+ ){1,2}que (?:cualquier|todos los|todas las|la mayoria de los|la mayoria de las|los|las|muchos|muchas) (?:\w+ )?"
        r"(?:adult[oa]s?|grandes|personas?|mujeres|hombres|minas|chicas|chicos|pibas|pibes|morras|weones|cabros) (?:que conozco|de mi edad)\b",
        # "i've never met anyone your age who understands me like you do", "jamais rencontre quelqu'un qui me comprend comme toi"
        r"\bnever (?:met|known|found|talked to) (?:anyone|anybody|someone|somebody)(?: (?:your age|like you|else))? (?:who|that) (?:understands|gets|understood|got) me "
        r"(?:like|the way|as well as) (?:you|u)\b",
        r"\b(?:jamais|pas) (?:rencontre|connu|trouve) (?:quelqu'un|personne)(?: de ton age)? qui me (?:comprend|comprenne|comprenait) (?:comme|autant que) toi\b",
        r"\bnunca (?:conoci|he conocido|encontre) a (?:nadie|alguien)(?: de tu edad)? que me (?:entienda|entendiera|entiende|comprenda) (?:como|tanto como) (?:tu|vos)\b",
        # "me and you get special understanding", "on a une conection unique toi et moi", "lo que tenemos tu y yo es otra cosa"
        r"\b(?:me and you|you and me|you and i|we) (?:get|have|got|share|dey get|don get) (?:a |one |this |such a )?(?:special|unique|rare|deep|real) "
        r"(?:understanding|connection|bond|vibe|thing)\b" + _NOT_TO_THING,
        r"\b(?:on a|nous avons|on partage|y'a) (?:une|un) (?:connexion|conection|connection|connextion|conexion|lien|complicite|feeling) "
        r"(?:unique|speciale?|rare|particuliere?|spe|de ouf|incroyable)\b" + _NOT_TO_THING,
        r"\blo que (?:tenemos|hay entre) (?:tu y yo|vos y yo|nosotros|nosotros dos)? ?(?:es|e) (?:otra cosa|especial|unico|diferente|distinto|magico|de otro nivel)\b"
        r"|\bce qu'on a(?: (?:toi et moi|nous deux))?,? (?:c'est|c) (?:autre chose|special|unique|different|magique)\b",
        # above the older ones: "youre way better than the older kids", "tienes mas nivel que los de 16", "t'es la + belle du tiktok de ta classe"
        r"\b(?:way |much |so |a lot )?better than (?:the |all the |most )?(?:older|bigger|grown) (?:kids|boys|girls|guys|players|ones)\b",
        r"\bmas nivel que (?:los|las) (?:de (?:1[4-9]|[2-9]\d)|mayores|grandes|mas grandes)\b|\bplus (?:fort|forte|de niveau|doue|douee) que (?:les|des) "
        r"(?:grands|plus grands|plus grandes|plus vieux|plus vieilles|de (?:1[4-9]|[2-9]\d) ans)\b",
        r"\b(?:t'es|tu es) (?:la|le) (?:\+|plus) (?:belle|beau|jolie|joli|mignonne?|canon|bg) (?:du|de la|de ta|de ton|de l'|de toute)\b",
        ),
    ),
    *_p(
        C.GIFTS_INDUCEMENTS,
        "offers money, a device or game currency with nothing asked back, or asks if the child wants some",
        *_split(
        # "i could send you a new one, i have a spare. dont worry about paying me back", "i'll e-transfer you twenty bucks... no strings",
        # "je peux t'envoyer un virement interac..., pas de trouble", "te hago un bizum de veinte pavos..., sin compromiso"
        r"\b(?:i'?ll|i will|i can|i could|let me|i'?m going to|imma)(?: just)? (?:send|get|buy|give|e-?transfer|etransfer|venmo|cash ?app|paypal|zelle|transfer|grab) "
        r"(?:you|ya)\b(?![^.?!\n]{0,30}\bfor (?:the|your) (?:trip|bus|lunch|tickets?|school|books|fees|rent)\b)[^.?!\n]{0,60}?[.,;!?]\s*(?:[^.?!\n]{0,40}?[.,;!?]\s*)?(?:just |and |so )?"
        r"(?:no strings(?: attached)?|no catch|(?:don'?t|do not|dont|no need to) (?:worry about )?(?:paying|pay|giving) (?:me |it )?back)\b",
        r"\bj[e']? ?(?:peux |vais |pourrais )?(?:t'|te )(?:envoyer|envoie|offrir|offre|acheter|achete|payer|paye|donner|donne|faire)\b[^.?!\n]{0,60}?[.,;!?]\s*"
        r"(?:[^.?!\n]{0,40}?[.,;!?]\s*)?(?:c'est )?(?:pas de trouble|sans (?:rien en retour|obligation|contrepartie)|pas besoin de me (?:rembourser|le rendre|rendre))\b",
        r"\bte (?:puedo |voy a )?(?:mandar|mando|enviar|envio|regalar|regalo|comprar|compro|hago|hacer|pasar|paso|dar|doy)\b[^.?!\n]{0,60}?[.,;!?]\s*"
        r"(?:[^.?!\n]{0,40}?[.,;!?]\s*)?(?:y )?(?:sin compromiso(?: ninguno)?|sin nada a cambio|no te preocupes (?:por|de) (?:devolverme|debolverme|pagarme)|"
        r"no (?:tienes|hace falta) que (?:devolverme|pagarme))\b",
        # "just a little something 'cause you're awesome", "juste un petit cadeau parce que t'es fine", "un regalito porque eres especial"
        r"\b(?:a little something|a lil something|a small something|un petit cadeau|un p'tit cadeau|un petit quelque chose|un detallito|un regalito) "
        r"(?:'?cause|because|cuz|coz|bc|parce que|parce qu'|pasque|porque|xq|por que|pq) (?:you'?re|your|you are|ur|t'es|tu es|t'etais|eres|sos)\b"
        + _FAMILY_SIGN,
        # "robux for u 💸 just say yes", "des gemmes gratuites pour t01 💎🎁", "robux pa ti 💸 nomas di que si"
        r"\b(?:free |gratuit\w* |gratis )?(?:robux|v-?bucks?\$?|vbucks|gems|gemmes|gemas|pavos|diamants|diamantes|skins|nitro|minecoins)"
        r"(?: gratuit\w*| gratis| gratos| free)? (?:for (?:you|ya|u)|pour (?:toi|t[o0][i1])|pa(?:ra)? ti|pa' ti)\b"
        r"(?=\s*(?:[\U0001f4b8\U0001f381\U0001f48e\U0001f4b0\U0001f911]|[^.?!\n]{0,20}\b(?:just say|dis juste|nomas di|solo di|di que si|if you want|si tu veux|si quieres)))",
        # spare or unused, offered: "i can send u 2800 rn, i got extra from a giftcard", "je t'en donne une de 25e, j'en ai trop",
        # "a brand new deck i dont use, its yours if you want it"
        r"\b(?:i can send|i'?ll send|i could send|i can give|i'?ll give|je (?:t'en|te) (?:donne|file|envoie|offre)|te (?:doy|mando|regalo|paso))\b[^.?!\n]{0,40}?"
        r"(?:i (?:got|have) (?:extra|a spare|spares|too many|loads)|j'en ai (?:trop|en trop|plein)|tengo (?:de sobra|uno de sobra|de mas))\b"
        r"(?=\s*(?:[.!,]|$| from| anyway| lol| tkt))",
        r"\b(?:i don'?t|i dont|i never|j'?(?:l')?utilise (?:pas|jamais)|que (?:je )?(?:n')?utilise (?:pas|jamais)|que no (?:uso|ocupo))\b(?: use\b)?[^.?!\n]{0,15}?"
        r"\b(?:it'?s yours|its yours|(?:il|elle) est a toi|c'est a toi|es tuy[oa]|son tuy[oa]s|they'?re yours)\b",
        r"\b(?:free|gratuit\w*|gratis) (?:robux|v-?bucks?|vbucks|gems|gemmes|gemas|pavos|diamants|diamantes|skins|nitro)\b[^.?!\n]{0,10}?\b(?:for (?:you|ya|u)|pour (?:toi|t[o0][i1])|pa(?:ra)? ti)\b",
        # "tu veux des v-buck$ gratos ?", "quieres una gift card de 50? solo dime", "want free robux?"
        r"\b(?:tu veux|t'veux|tu voudrais|(?:do )?(?:you|u) want|wanna|quieres|kieres|queres|quieres que te (?:mande|regale|pase)) (?:some |des |free |unos |unas |una |un |a )?(?:free )?"
        r"(?:robux|v-?bucks?\$?|vbucks|gems|gemmes|gemas|pavos|diamants|diamantes|skins?|gift ?card|tarjeta de regalo|carte cadeau|nitro)\$? ?"
        r"(?:gratos|gratuit\w*|gratis|free|de \d+|of \d+)\b(?![^.?!\n]{0,20}\b(?:para tu cumple\w*|pour ton anniv\w*|for (?:your|ur) (?:birthday|bday)|de cumple\w*))",
        # "je te paye ton abonement chaque moi", "te recargo saldo cada mes si quieres", "i'll pay for your nitro every month"
        r"\b(?:je (?:te|t') ?(?:paye|paie|payerai|paierai|offre|recharge|mets)|i'?ll (?:pay for|pay|cover|top up|buy) (?:you|your)|"
        r"te (?:pago|recargo|compro|regalo|pongo))\b[^.?!\n]{0,30}?\b(?:chaque mo[i]s?|tous les mois|every month|each month|monthly|cada mes|todos los meses)\b" + _REWARD,
        ),
    ),
    *_p(
        C.ROMANTIC_FRAMING,
        "frames the contact as the child's partner, possessive of them",
        *_split(
        # "ily babe ur all mine", "you're mine now", "t'es toute a moi", "eres solo mia"
        r"\b(?:you'?re|your|you are|ur|u r) (?:all |only |just )?mine(?: now| forever| only| and only mine)?\b(?=\s*(?:[.!,]|$|[\u2600-\u27bf\U0001f300-\U0001faff]))",
        r"\b(?:t'es|tu es) (?:toute |tout |rien qu')a moi\b",
        # "you be my baby now o", "tu es ma petite cherie maintenant"
        r"\byou be my (?:baby|babe|girl|boo|woman|wife|queen)\b",
        r"\b(?:t'es|tu es) (?:ma|mon) (?:petite |p'tite )?(?:cherie|copine|amoureuse|blonde|cheri|copain|chum) (?:maintenant|desormais|a moi|pour toujours)\b",
        # "me and you na serious relationship", "nous deux c'est une vrai relation, on est presque ensemble"
        r"\b(?:me and you|you and me|you and i|we|nous deux|toi et moi|tu y yo|vos y yo|nosotros) (?:na|is|are|get|have|c'est|c|on a|es|somos|tenemos) "
        r"(?:a |une |una )?(?:serious|real|true|vrai|vraie|seria|verdadera|de verdad) (?:relationship|relation|couple|relacion|pareja)\b",
        r"\bon est (?:presque|quasiment|genre|comme|pratiquement) ensemble\b|\b(?:somos|estamos) (?:casi|practicamente|como) (?:novios|pareja|juntos)\b"
        r"|\bwe'?re (?:basically|practically|kinda|almost) (?:dating|together|a couple)\b",
        r"\b(?:l'age|lage),? (?:c'est|cest|c|est) (?:que |qu'|q'|q )(?:un |1 )(?:chif+re|nombre|numero)\b",
        # jealousy: "no other boy fit come near you", "no quiero que andes hablando con otros chavales", "je veux pas que tu parles a d'autres gars"
        r"\bno other (?:boy|guy|man|girl|person) (?:fit|can|should|is allowed to|gets to|will) (?:come near|talk to|touch|have|text|date)\b",
        r"\bno quiero que (?:andes |estes |sigas )?(?:hablando|hables|salgas|andes|chatees) con otros (?:chicos|chavales|pibes|morros|chavos|cabros|hombres|tipos|manes|weones)\b",
        r"\b(?:je veux|jveux|j'veux) pas que tu (?:parles|sortes|textes|chattes) (?:a|avec) (?:d'autres|des autres) (?:gars|mecs|garcons|hommes)\b",
        ),
    ),
]
