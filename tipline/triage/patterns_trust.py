"""Grooming-tactic patterns, trust building: flattery and a special bond, gifts and game currency,
and framing the contact as a romance. Folded text, English, French and Spanish, as described in
patterns.py.

The patterns aim at the tactic addressed to the child, not the topic: a compliment needs a
"you" (t'es / eres) before it ("your dog is so cute" is not flattery), a gift needs an offer to
the child ("i'll buy you", "je peux t'acheter", "te compro") and a gift-like object, and a romance
needs the child as the partner ("be my girlfriend", not "my girlfriend is leaving for the
summer"). Word windows are bounded (``[^.?!]{0,N}``) so nothing can backtrack far.
"""

from __future__ import annotations

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import (
    Pattern,
    _p,
)

# --- local fragments ------------------------------------------------------------------------
# Up to three intensifiers ("so really", "vraiment trop", "muy muy").
_INT_EN = r"(?:(?:so|soo|really|rly|realy|very|literally|way|honestly|actually|just|such|too|super|truly|incredibly|crazy|insanely|seriously|totally|absolutely|proper|well|dead|hella|mad|real|wicked|quite|pretty|mega) ){0,3}"
_INT_FR = r"(?:(?:vraiment|vrm|vrmt|tellement|telement|tellemant|tlm|trop|tres|si|super|grave|ben|bcp|beaucoup|\+|plus|hyper|franchement|carrement|juste|full|vachement) ){0,3}"
_INT_ES = r"(?:(?:muy|super|tan|taan|bien|re|mas|demasiado|lo mas|mega|bastante|realmente|tremendamente|sumamente|muuy) ){0,3}"

# "pretty" only as an adjective: in "you're pretty cool" it is an adverb.
_ADJ_EN = (
    r"(?:mature|beautiful|beautifull|beutiful|butiful|gorgeous|gorgeus|stunning|special|speshul|spesh|perfect|"
    r"amazing|incredible|unique|adorable|talented|precious|lovely|cute|grown up|grown-up|"
    r"pretty(?= *(?:[.!,?)]|$|girl|boy|face|lady|one|for|to me|xx?\b))|"
    r"different from (?:the )?other|one of a kind)\b"
)
_ADJ_FR = (
    r"(?:belle|beau|jolie|joli|mature|mure|magnifique|speciale?|mignonne?|parfaite?|unique|incroyab?le|"
    r"geniale?|intelligente?|talentueuse?|adorable|canon|sublime|exceptionnelle?|charmante?|craquante?|"
    r"ravissante?|douee?|formidable|merveilleuse?|precieuse?|cute)"
)
_ADJ_ES = (
    r"(?:madur[oa]|bonit[oa]|guap[oa]|hermos[oa]|lind[oa]|precios[oa]|e[sx]pe[csz]ial|perfect[oa]|unic[oa]|"
    r"increible|inteligente|talentos[oa]|adorable|divin[oa]|bell[oa]|chul[oa]|preciosur[oa]|maravillos[oa]|"
    r"encantador[a]?|tiern[oa]|cuchi|mon[ai]sim[oa])"
)

# Gifts, currency, devices: what an offer gives (EN, FR, ES).
_CURRENCY = (
    r"(?:robux|v-?bucks|vbucks|pavos|gems?|gemas|diamonds?|diamantes|diamants|coins|monedas|skins?|nitro|"
    r"battle ?pass|pase de batalla|pass(?:e)? de combat|gift ?cards?|cartes? cadeaux?|tarjetas? (?:de |d )?regalo|"
    r"itunes|steam (?:card|credit|wallet)|google play|psn|money|cash|dollars|bucks|quid|"
    r"\$ ?\d+|\d+ ?(?:\$|dollars|bucks|euros?|e|eur|pounds|quid|pesos|usd|k)|argent|fric|thune|des sous|"
    r"dinero|plata|lana)"
)
_DEVICE = (
    r"(?<!my )(?<!mon )(?<!ma )(?<!mi )(?:(?:new |nouveau |nouvel |nueva? )?(?:i?phone|mobile|cell ?phone|cell|cellulaire|celular|telephone|"
    r"portable|movil|console|ps[45]|playstation|xbox|switch|headset|casque|tablet|tablette|tableta|ipad|laptop|"
    r"ordi|computadora|airpods|ecouteurs|audifonos|game|jeux?|juegos?|clothes|outfit|fringues|vetements|ropa|"
    r"forfait|abonnement|makeup|maquillage|maquillaje|shoes|sneakers|baskets|zapatillas|tenis|present|gifts?|cadeaux?|regalos?|"
    r"regalito|treat|something (?:nice|special|cool)|a little something|un petit quelque chose|algo (?:lindo|bonito)|"
    r"anything you (?:want|like)|whatever you (?:want|like)|(?:tout )?ce que tu veux|lo que (?:tu )?quieras|"
    r"(?:todos )?(?:los|las) \w+ (?:que|q) quieras|autant que tu veux?))"
)
# "je peux t'", "jte", "j'vais te", "je vais te"
_FR_TE = r"\b(?:je (?:(?:peux|peu|vais|pourrais|veux|voudrais|pourrai|vais meme|peux meme) )?(?:te |t'|t )|j'?(?:vais |peux |peu )?(?:te |t'|t )|jte |jt'|jten |jt'en )"
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
    for a, b, joins in (("you", "me", ("and", "n", "&", "+")), ("me", "you", ("and", "n", "&", "+")), ("toi", "moi", ("et", "+", "&", "pis")),
                        ("moi", "toi", ("et", "+", "&")), ("tu", "yo", ("y", "+", "&")), ("vos", "yo", ("y", "+", "&")),
                        ("yo", "tu", ("y", "+", "&")), ("yo", "vos", ("y", "+", "&")))
    for j in joins
) + ")"
_COUPLE = r"(?:[\U0001f491\U0001f48f\U0001f498\U0001f49e\U0001f60d\U0001f618\U0001f970]|4ever|4 ever|forever|for ever|pour toujours|pour la vie|a jamais|para siempre|por siempre|x siempre)"

_FAMILIAR = ("gg", "bro", "brother", "sis", "sister", "mom", "mum", "mama", "maman", "papa", "dad", "man", "dude",
             "mate", "bestie", "frerot", "frero", "frere", "reuf", "soeur", "pote", "poto", "mec", "gars", "hermano",
             "hermana", "carnal", "compa", "amigo", "amiga", "wey", "guey", "pana", "parce", "mano", "manito")


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
        *_split(
        # "you're so mature", "u r literally perfect", "you look stunning"
        rf"\b(?:you'?re|you are|you look|you seem|you're looking|you looked) {_INT_EN}{_ADJ_EN}",
        # "your" is also the possessive ("your perfect weekend"): an intensifier or the end of the phrase
        rf"\byour (?:(?:so|soo|really|rly|very|literally|way|honestly|actually|just|such|too|super|truly|incredibly|seriously|totally) ){{1,3}}{_ADJ_EN}",
        rf"\byour {_ADJ_EN}(?= *(?:[.!?,)]|$|to me|and you|af\b|xx?\b|[\u2600-\u27bf\U0001f300-\U0001faff]))",
        rf"\b(?:you'?re|your|you are) {_INT_EN}(?:the |such a |so )?(?:prettiest|cutest|sweetest|smartest|most beautiful|most mature|"
        r"most amazing|most special|most gorgeous|best thing)\b",
        r"\b(?:you'?re|you are|your|what) such a (?:pretty|beautiful|mature|special|gorgeous|cute|sweet|smart) (?:girl|boy|young lady|kid|face|smile)\b",
        r"\bwhat a (?:pretty|beautiful|gorgeous|cute|mature|sweet|special) (?:girl|boy|young lady|smile)\b",
        r"\b(?:wise|mature) beyond your years\b",
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
        r"\b(?:i feel like i'?ve|i feel like i have|feels like i'?ve) known you (?:forever|my whole life|for years|all my life)\b",
        r"\byou (?:get|understand) me (?:like no one|like nobody|better than (?:anyone|anybody|everyone))\b",
        r"\b(?:the )?only (?:one|person) i can (?:really |actually )?(?:talk to|trust|open up to)\b",
        # mature / older than your age
        r"\bmature for (?:your age|(?:a )?\d+|a (?:girl|boy|kid))\b",
        r"\b(?:more|so|way|really|much|far) mature than\b",
        r"\b(?:older|more grown up|more grown-up|more mature|smarter|wiser) than (?:you look|your age|most|other|kids|girls|boys|"
        r"(?:all |most |the )?(?:other |the other )?(?:people|kids|girls|boys|guys|teens|lot|ones|others|anyone|everyone)"
        r" (?:your|of your|at your) age)\b",
        r"\bnot like (?:the |all the )?(?:other|others)(?: lot| ones| girls| boys| kids| people)? (?:your|of your|at your) age\b",
        r"\byou (?:seem|look|act|sound|talk) (?:way |so |much |a lot )?(?:older|more grown up|grown up)\b",
        r"\byou (?:don'?t|do not) (?:act|seem|look|talk|sound) (?:like )?(?:a |an )?(?:1[0-7]|kid|child|your age)\b",
        r"\b(?:you look like|could pass for|you pass for) (?:a )?1[4-9]\b",
        # not like the others
        r"\b(?:you'?re|you are|your|you're just|you seem|you act) (?:so |really |totally |just |honestly )?(?:not like|different (?:from|than)|nothing like) "
        r"(?:the |all the )?(?:other|most|others|the others|girls|boys|kids)\b",
        r"\bnot like (?:other|the other|most) (?:girls|boys|kids) (?:your|of your|ur) age\b",
        # special bond, nobody gets you like me
        r"\bspecial (?:bond|connection)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\b(?:our|we have a|such a) special (?:relationship|friendship)\b",
        r"\b(?:we have|we've got|we got|we share|i feel|i feel like we have) (?:such |a |this |something |so much )?(?:a |an )?"
        r"(?:special |real |deep |strong |unique |instant |amazing )?(?:connection|bond|chemistry)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\bwe (?:just |really )?(?:click|get each other)\b",
        r"\b(?:we have|we've got|we got|we share|what we have is|what we have) (?:is )?(?:something |somethin'? |sumthin'? |summat |so )?(?:special|unique|rare)\b",
        r"\b(?:you'?re|your|you are|you look|you seem)\b[^.?!]{0,20}\b(?:heaps|way|much|so much|a lot|loads|miles|far|lots) (?:cuter|prettier|hotter|smarter|wiser|better looking|more (?:\w+ ){1,2}?)than (?:girls|boys|kids|guys|lads|chicks|teens|the girls|the boys|the kids|the guys|the lads|the chicks|the teens|all the girls|all the boys|all the kids|all the guys|all the lads|all the chicks|all the teens|any girls|any boys|any kids|any guys|any lads|any chicks|any teens|most girls|most boys|most kids|most guys|most lads|most chicks|most teens|other girls|other boys|other kids|other guys|other lads|other chicks|other teens|the other girls|the other boys|the other kids|the other guys|the other lads|the other chicks|the other teens)\b",
        r"\b(?:nobody|no one|noone|no1|no body) (?:else )?(?:gets|understands|knows|sees|cares about) you "
        r"(?:like|the way|as well as|better than) (?:me|i do)\b",
        r"\bi (?:get|understand) you (?:better|more) than (?:anyone|anybody|they|your)\b",
        r"\b(?:the )?only (?:one|person) (?:who|that) (?:really )?(?:gets|understands) me\b",
        r"\b(?:only|best) (?:one|person) i can be (?:real|myself) with\b",
        r"\b(?:never|not ever) (?:met|known|found|talked to) (?:anyone|anybody|someone|somebody|a girl|a boy|a person)"
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
        rf"\b(?<!')(?:t'es|t es|tu es|t|t'as l'air|tu as l'air|tu sembles|tu parais|t'etais) {_INT_FR}{_ADJ_FR}\b",
        r"\b(?:coucou|salut|slt|bonjour|bonsoir|allo|hey|bonne nuit|bon matin|cc|bisous) (?:ma belle|ma jolie|beaute|ma princesse|ma beaute|la belle|jolie|belle gosse|ma mignonne)\b",
        # "tu parles comme une adulte", "pas comme une gamine de ton age", "plus sage que bien des adultes"
        r"\btu (?:parles|penses|reflechis|agis|raisonnes|ecris|t'exprimes|te comportes) comme (?:une |un |si t'etais |si tu etais )?(?:vraie |vrai )?(?:adulte|grande?|femme|personne (?:plus )?(?:agee|mature|grande)|quelqu'un de (?:plus )?(?:vieux|mature|grand|age)|fille de (?:1[89]|[2-5]\d))\b",
        r"\bpas comme (?:une |un |les |des |la plupart des )?(?:gamine?s?|filles?|gars|enfants?|ados?|jeunes|petites?|autres|meufs) de ton age\b",
        r"\b(?:mieux|plus (?:mature|mure|sage|intelligente?|maline?|grande?|futee?)|meilleure?) que (?:\w+ ){0,3}(?:adultes|grands|de (?:1[89]|[2-5]\d) ans)\b",
        r"\b(?<!merci )(?<!merci, )(?:t'es|tu es|t) (?:la|le) (?:plus belle|plus beau|plus jolie|plus mignonne?|plus mature|meilleure?)\b",
        r"\b(?<!')(?:t'es|tu es|t) (?:une?|la|le) (?:(?:si|tellement|trop|tres|vraiment|super|plus) )?(?:belle|jolie|magnifique|mature|superbe|adorable|bonne) "
        r"(?:fille|gars|garcon|jeune fille|personne|ado|princesse)\b",
        r"\b(?<!')(?:t'es|tu es|t) (?:une?) (?:fille|gars|garcon|jeune fille|personne|ado) (?:tellement |trop |tres |si |vraiment |super )?"
        r"(?:belle|jolie|mature|speciale?|unique|incroyable|magnifique|adorable)\b",
        r"\b(?:t'as l'air|tu as l'air|tu sembles|tu parais) (?:plus |vraiment plus |tellement plus )?(?:vieille|vieux|grande?|agee?|mature)\b",
        r"\b(?:t'es|tu es|t) (?:trop |tellement |si |vraiment )?(?:mimi|choupette|chou)\b",
        r"\bon se comprend (?:tellement|vraiment|trop|si bien|parfaitement)\b",
        r"\b(?:toi et moi|entre nous),? c'est (?:special|unique|different|fort|pas pareil)\b",
        r"\b(?:la seule|le seul|la seule personne|le seul gars) (?:qui|a) (?:me )?(?:comprend|comprendre|capte)\b",
        r"\b(?:te connaitre|je te connais|on se connait) depuis (?:toujours|toute ma vie|des annees)\b",
        r"\b(?:plus|\+) (?:mature|mure|mur|grande?|vieux|vieille)s? (?:que|qu') ?(?:les autres|ton age|la plupart|les filles|les gars|les jeunes|ceux|celles|les ados)\b",
        r"\b(?:mature|mure|fort|forte|doue|douee|bonne|grande|intelligente|belle|jolie) pour (?:ton age|une? (?:fille|gars|garcon|jeune) de ton age|[1-9]\d? ans)\b",
        r"\btu fais (?:pas|plus|vraiment) (?:ton age|\d+ ans|vieux|vieille|mature|grande?)\b",
        r"\bon (?:te|t') donnerait (?:\d+|plus)\b",
        r"\b(?:lien|connexion|complicite|relation|amitie) (?:special|speciale|unique|forte|particulier|particuliere)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\bon a (?:un|une) (?:vrai |vraie )?(?:lien|connexion|complicite|feeling)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\bpersonne (?:ne )?(?:te|t') ?(?:comprend|comprends|connait|capte|ecoute) (?:comme|autant que|mieux que) moi\b",
        r"\bje te (?:comprends?|connais) mieux que (?:personne|tout le monde|eux|tes)\b",
        r"\bpas comme les autres (?:filles|gars|jeunes|ados|meufs)?\b",
        r"\b(?:t'es|tu es) (?:pas|vraiment) (?:comme|differente? d)es autres\b",
        r"\b(?:jamais|pas) (?:j'ai |je n'ai |j'avais )?(?:rencontre|connu|vu) (?:quelqu'un|qqn|qlq|une fille|un gars|un garcon|une personne|personne)"
        r" (?:d'aussi|comme toi|de si|aussi|de plus|qui)\b",
        r"\b(?:la|le) (?:personne|fille|meuf|gars|mec) (?:la |le )?plus (?:\w+) (?:que|qu') ?(?:je|j'|jai|j'ai|j ai)",
        r"\bt'?as (?:un|une|de|des|les) (?:plus )?(?:beau|beaux|belle|belles|jolie|jolis|magnifiques?|superbes?) (?:sourire|yeux|voix|visage|cheveux)\b",
        r"\bj'?adore (?:tes|ton|ta) (?:dessins|videos|photos|yeux|cheveux|sourire|style|voix|visage|talent)\b",
        r"\bt'?as (?:trop |vraiment |tellement |tant |beaucoup |bcp )?(?:du|de) talent\b|\bt'?as (?:un|une) (?:vrai |vraie |sacre |reel |gros |enorme |grand )?(?:talent|don)\b(?! (?:pour (?:le|la|les) \w+ (?:de|du)))",
        r"\b(?:t'es|tu es|t) (?:ma|mon) (?:meilleure?|preferee?|favorite?|chouchou)\b",
        # ES: "eres tan espesial", "te ves hermosa", "sos re linda"
        rf"\b(?:eres|ere'|estas|stas|te ves|pareces|sos|tu eres) {_INT_ES}{_ADJ_ES}\b",
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
        r"\b(?:mejor|mas (?:madur[oa]|sabi[oa]|inteligente|list[oa]|grande)) que (?:\w+ ){0,3}(?:adultos|grandes|de (?:1[89]|[2-5]\d)(?: anos)?)\b",
        r"\b(?:hola|ola|buenos dias|buenas noches|buenas|hey|como estas|que tal|holi|holis),? (?:guap[oa]|preciosa|precioso|hermosa|bonita|linda|lindura|princesa|bombon|chula|mamacita|muneca|belleza)\b",
        r"\bmadur[oa]s? (?:para|pa|pa') (?:tu|su) edad\b",
        rf"\b(?:usted es|usted se ve|ud es|ud se ve) {_INT_ES}{_ADJ_ES}\b",
        r"\b(?:pareces|aparentas) (?:mas |mucho )?(?:mayor|grande|mas edad|\d+)\b",
        r"\bno pareces (?:de \d+|una nina|un nino|tu edad|tener \d+)\b",
        r"\b(?:conexion|quimica|vinculo|relacion|amistad) (?:muy )?(?:especial|unica|fuerte)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\b(?:tenemos|hay|siento) (?:una |esta |algo |mucha )?(?:conexion|quimica|vinculo|algo especial)\b(?!(?:\s+(?:special|speciale|especial|unique|unica|fort|forte|fuerte|particulier|particuliere|real|deep|strong))?\s+(?:to|with|avec|con|a|au|aux|for|pour|por|para)\s+(?:this|that|the|these|those|our|ce|cet|cette|ces|le|la|les|este|esta|estos|estas|el|los|las|ese|esa|nuestro|nuestra|notre|nos|mon|ma|mes|my|mi|mis)\b)",
        r"\bnadie (?:mas )?(?:te|t) ?(?:entiende|comprende|conoce|quiere|escucha) (?:como|mejor que|tanto como) yo\b",
        r"\bno eres como (?:las|los) (?:otras|otros|demas)\b",
        r"\bdiferente a (?:las|los) (?:demas|otras|otros)\b",
        r"\bnunca (?:he |habia )?(?:conoci|conosi|conozi|conocido|conosido) a (?:alguien|nadie|una chica|un chico|una persona|una nina)"
        r" (?:como tu|tan|asi|igual)\b",
        r"\b(?:la|el) (?:mejor persona|(?:persona|chica|chico|nina) mas \w+) (?:que|q) (?:conozco|conosco|conozko|he conocido)\b",
        r"\bme encantan? (?:tus|tu) (?:fotos|videos|dibujos|ojos|sonrisa|voz|estilo|cara|pelo|cabello)\b",
        r"\btienes (?:una |unos |los |la )?(?:mas )?(?:sonrisa|ojos|voz|cara|carita) (?:tan |muy |mas )?(?:hermos|precios|lind|bonit|bell)",
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
        r"\bi(?:'ve| have|ve| just)? (?:got|bought|booked|ordered|grabbed|picked up) (?:you|ya) (?:something|a little something|(?:a |an |some )?(?:\w+ )?(?:ticket|tickets|gift|present|surprise|treat))\b",
        r"\b(?<![a-z'] )(?:got|bought) (?:you|ya) (?:something|a little something|a (?:little |small )?(?:gift|present|surprise|treat))\b",
        r"\b(?:got|bought|ordered|grabbed|picked up) (?:you )?(?:the|that|those) (?:\w+ ){1,2}(?:you|ya) (?:wanted|asked for|were looking at|liked|mentioned|were talking about)\b",
        # treats: "ill buy the tokens", "je t'amene manger", "yo invito"
        r"\b(?:i'?ll|i will|ill|i'?m gonna|i can) (?:buy|pay for|cover) (?:you |us )?(?:the |your |our |some )?(?:tokens|tickets|lunch|dinner|ice cream|snacks|pizza|movie|candy|sweets)\b",
        # pay for the child's time: "you'll get paid $150", "les filles retenues sont payees 150 €", "te pagan 5 lucas"
        r"\b(?:you'?ll get paid|you'?d get paid|you get paid|you'?ll be paid|you'?d be paid|tu (?:seras|serais|vas etre) payee?|"
        r"(?:les )?(?:filles|gars|modeles|jeunes|elles|ils)(?: \w+)? (?:sont|seront) (?:bien )?payee?s|tu (?:peux|pourrais|vas) gagner|te (?:pagan|pagamos|pagarian|pagaran|pagaria)|(?:puedes|podes|podrias|vas a) ganar(?:te)?) "
        r"(?:\w+ ){0,2}(?:\$ ?\d+|\d+ ?(?:\$|€|e\b|eur|euros?|dollars|bucks|pesos|lucas|k\b|quid|pounds))",
        r"\b(?:robux|v-?bucks|vbucks|skins?|gems?|coins|diamants?|pavos|gemas|monedas|diamantes|nitro) (?:gratuits?|gratuites?|gratos?|gratis|free)\b",
        # EN offers: "i'll buy you a new phone", "i can get you 1000 robux", "want me to send you some vbucks?"
        rf"\b(?:i'll|i will|i can|i could|i'd|i would|let me|i'm going to|going to|i want to|want me to|i'd love to|i'm gonna|and) "
        rf"(?:send|give|gift|buy|get|grab|pay for|sort|hook|treat|transfer|venmo|cashapp|paypal|top up|load up) "
        rf"(?:you |your (?:account |phone )?)(?:up |out |with |one |to )?[^.?!]{{0,25}}?{_GIFT}",
        r"\b(?:i'll|i will|i can|i could|let me|i'm going to|going to|want me to|i want to) (?:buy|gift) you\b",
        r"\b(?:sort|get) you one out\b",
        r"\b(?:how about|what if) i (?:buy|get|send|gift) you\b",
        r"\b(?:je |j')?(?:t'ai|t ai|tai) (?:pris|achete|reserve|paye|commande|trouve|offert|ramene) (?:un|une|des|ton|ta|tes)\b",
        r"\b(?:je|j') ?(?:t'|te )(?:amene|emmene|invite|paye|paie) (?:manger|au resto\w*|au cine\w*|bouffer|au mcdo|un verre|une glace|a manger|a diner|le resto)\b",
        r"\b(?:besoin|envie) (?:d'argent|de (?:robux|v-?bucks|skins|fric|thune|sous|cash))\b",
        r"\b(?:i'll|i will|i can|i could|going to) (?:send|give) (?:you )?(?:\$ ?\d+|\d+ ?(?:\$|dollars|bucks|robux|v-?bucks|pounds|quid|euros?))",
        r"\bi(?:'ll| will| can| could) pay you (?:\$ ?\d+|\d+ ?(?:\$|dollars|bucks|robux|v-?bucks|pounds|quid|euros?))",
        r"\bi (?:just )?(?:sent|gave|got|bought|gifted) you (?:\d+|some|something|a little something|a gift|a present|a card|a code|robux|v-?bucks)\b",
        r"\b(?:check|look (?:at|in)) your (?:inventory|account|balance|wallet)\b",
        r"\b(?:i have|i've got|i got) (?:a |an |some )?(?:gift|present|surprise|something) (?:for you|just for you)\b",
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
        rf"{_FR_TE}(?:donn|pay|pai|envoi|envoy|offr|achet|transfer|recharg)\w*(?: (?:les|le|la|en))?\b[^.?!]{{0,25}}?"
        rf"(?:{_GIFT}|\bun nouveau\b|\bune nouvelle\b|\bun autre\b)",
        rf"{_FR_TE}(?:offr|achet|recharg)\w*\b",
        r"\b(?:je|j'|j) ?(?:peux |vais |peu |pourrais )?(?:te|t) ?fai(?:re|s|t)? (?:un |une |des )?(?:virement|cadeau|paypal|recharge|transfert|credit|depot|unites)\b",
        rf"{_FR_TE}(?:pass|fil)\w*\b[^.?!]{{0,20}}?{_CURRENCY}(?!\w)",
        r"\bregarde (?:ton|dans ton) (?:inventaire|compte|solde)\b",
        r"\b(?:tu veux|t'?veux|tu voudrais|ca te dirait|ca te tente|veux-tu|t'aimerais) (?:une? |des |du |plus de |de l')?(?:nouveau |nouvelle |petit |petite )?"
        r"(?:carte[s]? cadeaux?|robux|v-?bucks|vbucks|skins?|argent|fric|thune|cadeau|nouveau tel|nouveau cell|tel|cell|telephone|iphone|console|casque|ps5|switch|\d+ ?(?:e|euros?|\$|dollars|robux|vbucks)\b)",
        r"\bc'est moi qui (?:paye|paie|t'offre|offre|invite)\b",
        # ES: "te puedo comprar", "t mando robux", "yo te las pago", "te voy a regalar"
        r"\b" + _not_after(*_KIN_GIVER) + r"(?:te|t) (?:puedo |voy a |boy a |vo a |quiero |podria |puedo ir a )?(?:comprar|compro|regalar|regalo|pagar|pago)"
        r"(?:la|lo|las|los)? (?!la cuenta|lo que te debo|manana|luego|despues|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|mes|dia))"
        r"(?:\d+|una?|el|la|los|las|unos|unas|lo|algo|todo|tus?|nuev|eso|esa|ese|esos|esas|skins|robux|pavos|gemas|monedas|ropa|juego)",
        r"\b(?:yo invito|invito yo|te invito (?:a comer|un helado|al cine|a cenar|algo|unas?|la comida|el almuerzo))\b",
        r"\bte (?:saque|reserve|consegui|traje|compre|guarde) (?:un|una|unos|unas|el|la|los|las|tu) (?:boleto|pasaje|billete|entrada|regalo|regalito|celular|cel|telefono|movil|algo)\b",
        r"\b" + _not_after(*_KIN_GIVER) + r"(?:te|t) (?:puedo |voy a |boy a |vo a |quiero |podria )?(?:mandar|mando|enviar|envio|dar|doy|pasar|paso|depositar|deposito|transferir|transfiero|recargar|recargo|conseguir|consigo|disparar|disparo|invitar|invito|caigo con|regalar|regalo)"
        rf"(?:la|lo|las|los)?\b[^.?!]{{0,25}}?{_GIFT}",
        r"\b(?:te (?:las|los|la|lo)|yo te) (?:pago|compro|regalo|invito)\b",
        r"\b(?:que )?(?:te|t) (?:regale|compre)\b",
        r"\b(?:te|t|le) (?:hago|mando|pongo|meto|hare|voy a hacer) (?:una )?recarga\b",
        r"\b(?:tengo|traje|te tengo) (?:un |una )?(?:regalo|regalito|sorpresa|sorpresita|tarjeta (?:de |d )?regalo)(?: para ti)?\b",
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
        r"\b(?:you'?re|your|you are|you'll be|you will be|you're going to be|you could be|you can be) (?:officially |basically |like |now )?(?:my|me|mah) "
        r"(?:girlfriend|boyfriend|gf|bf|girl|boy|baby girl|wifey|wife|princess|valentine|lover)\b(?! (?:friend|is|was|has|and|lol|from))",
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
        r"\bwhen you'?re (?:older|18|legal|1[6-9])[^.?!]{0,15}(?:be together|date|marry|be with you|be mine)\b",
        r"\bwait for you (?:until|till|til) you'?re\b",
        r"\bage (?:is (?:just|only) a number|(?:doesn'?t|does not|don'?t) matter)\b",
        r"\bage(?:'s| is|s)? (?:just |only |jus |juss |onli |nothing but )*(?:a |1 )(?:number|numbr|numba|nmbr|numbah|numbre|num)\b",
        r"\b(?:we could|we can|we should|we might|we'd|we would|we're|we are) (?:be |become )?(?:a thing|an item)\b",
        # "u n me = 💑 4ever", "toi + moi pour toujours", "juntos para siempre"
        rf"\b{_US}\s*(?:[=+&:]\s*)?(?:\W{{0,3}}\s*)?{_COUPLE}",
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
        r"\b(?:i (?:think i |really |just |honestly )?|(?<![a-z'] ))(?:love|luv|lov) (?:you|ya) "
        r"(?:so much|so so much|more than|with all my heart|too much|forever|baby|babe|sweetheart|princess|beautiful)\b",
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
        r"\b(?:t'es|tu es|t|tu seras|sois|deviens|deviens|devenir|etre) (?:officiellement |vraiment )?(?:ma|mon) "
        r"(?:blonde|copine|cherie|meuf|petite amie|nana|femme|princesse|amoureuse|amoureux|chum|copain|cheri|mec|petit ami|gars|crush|valentine?)\b",
        r"\b(?:ma|mon) (?:blonde|copine|cherie|meuf|petite amie|chum|copain|cheri|mec|petit ami) (?:maintenant|a moi|pour toujours)\b",
        r"\bmon cheri\b(?! (?:et|m'a|a|est|pis|vient))",
        r"\b(?:on sort|sortir) ensemble\b",
        r"\b(?:tu veux|veux-tu|t'?veux|tu voudrais) (?:sortir avec moi|etre (?:ma|mon))\b",
        r"\bl'age c'est (?:juste |rien qu')?(?:un chiffre|un nombre)\b",
        r"\bl'?age,? (?:c'est|cest|c|est|n'est|ce n'est) (?:juste |rien qu'|seulement |que |qu'|rien que |vraiment )*(?:un |1 )(?:chif+re|chifre|nombre|numero|detail)\b",
        r"\bl'age (?:compte pas|ne compte pas|a pas d'importance|n'a pas d'importance|importe peu|on s'en fout|c'est pas grave)\b",
        r"\bje m'ennuie de (?:toi|ta face)\b",
        r"\b(?:tomber|tombe|tombee|tombes|tomb\w*) (?:amoureux|amoureuse|en amour) (?:de toi|avec toi)\b",
        r"\b(?:je suis|j'suis|jsuis|chu|suis|je crois que je suis) (?:tellement |trop |grave |vraiment |fou )?(?:amoureux|amoureuse|en amour|fou|folle|dingue) (?:de toi|avec toi)\b",
        r"\bje (?:crois que je |pense que je )?t'?(?:aime|adore)s? (?:tellement|tellemant|trop|tant|si fort|fort|de tout mon coeur|mon coeur|ma belle|bebe|mon amour|ma princesse|plus que tout|vraiment|vraimant|vrmt|vrm|a la folie|comme un fou|comme une folle)\b" + _PARENTAL,
        r"\bon est ensemble (?:toi et moi|moi et toi|pour de vrai|pour de bon|officiellement)\b",
        r"\bje crois que je t'aime\b",
        r"\b(?:on est|on etait|nous sommes) (?:fait|faits|destines?) (?:pour|l'un pour l'autre)\b",
        r"\b(?:fait|faits) l'un pour l'autre\b",
        r"\bame (?:soeur|sœur)\b",
        r"\b(?:la femme|l'homme|l'amour|la fille) de ma vie\b",
        r"\bje pense a toi (?:tout le temps|jour et nuit|sans arret|h24|tous les jours|chaque (?:jour|soir|nuit))\b",
        r"\b(?:j'arrete pas|je n'arrete pas|j'peux pas arreter|je peux pas arreter) de penser a toi\b",
        r"\bsous ton charme\b",
        r"\b(?:t'es|tu es|t) a moi\b",
        r"\bon est (?:en couple|ensemble maintenant|un couple)\b",
        r"\b" + _not_after(*_FAMILIAR) + r"je t'?aime(?= *(?:[.!❤♥]|$|[\U0001f495-\U0001f49f\U0001f60d\U0001f618\U0001f970]))",
        r"\b(?:je te kiffe|je craque pour toi|un faible pour toi|crush sur toi|t'es mon crush|je (?:t'?)?ai un crush)\b",
        r"\bnotre (?:relation (?:secrete|speciale)|histoire d'amour|amour|couple)\b",
        r"\b(?:t'embrasser|te serrer dans mes bras|te prendre dans mes bras)\b",
        # ES
        r"\b(?:eres|seras|sos|se|ser|quieres ser|kieres ser) (?:oficialmente )?mi (?:novia|novio|chica|nena|mujer|princesa|reina|amor|enamorada|enamorado|morra|jeva|polola|pololo)\b",
        r"\bmi (?:novia|novio) (?:ahora|desde hoy|oficial)\b",
        r"\b(?:somos|somo'?|seamos|ser|seriamos) (?:novios|pareja|una pareja)\b",
        r"\bsi (?:(?:de verdad|en serio|realmente) )?(?:me quieres|me queres|me amas)\b(?! (?:como amig))|\bsi (?:tu m'?aimes|tu m aimes|tu tiens a moi)\b|\bif you (?:love me|loved me|luv me|really love me|truly love me|actually love me|really loved me)\b(?=[^.?!]{0,40}\b(?:you'?ll|you would|you'?d|you will|prove|show me|come|send|call)\b)",
        r"\b(?:andar|salir) conmigo\b(?= *(?:[?]|como|de novi|$))",
        r"\b(?:quieres|kieres) (?:andar|ser novios)\b",
        r"\bla edad (?:es solo un numero|no importa|es lo de menos|no es importante)\b",
        r"\bla edad (?:es|e) (?:solo |nomas |solamente |nada mas |tan solo )*(?:un |1 )(?:numero|numerito|numer)\b",
        r"\bme gustas\b",
        r"\b(?:eres|sos) (?:el amor de mi vida|mi media naranja|mia|mio)\b",
        r"\b(?:pienso|penso) en ti (?:todo el (?:tiempo|dia)|todos los dias|cada (?:dia|noche)|siempre|a cada rato)\b",
        r"\bme traes (?:loco|loca|muerto)\b",
        r"\bte quiero (?:como )?(?:algo mas|mas que (?:una? )?amig[oa]s?)\b",
        r"\bque seas mi (?:novia|novio|chica|nena)\b",
        r"\bme encantas\b",
        r"\b(?:me estoy|me stoy|me toy|estoy|stoy|toy|me) (?:enamorando|enamorado|enamorada|enamore|enamore) (?:de ti|d ti|de vos)\b",
        r"\b(?:estoy|stoy|toy) (?:tan |muy |re )?(?:enamorad[oa]|loc[oa]) (?:de ti|d ti|de vos|por ti|x ti)\b",
        r"\b" + _not_after(*_FAMILIAR) + r"te (?:amo|adoro)(?: (?:mucho|muchisimo|tanto|demasiado|con todo mi corazon|mi amor|mi vida|bebe|hermosa|preciosa|mi reina|princesa)| *[!.❤]| *$)",
        r"\b(?:hechos|echos) (?:el uno para el otro|para estar juntos)\b",
        r"\b(?:almas gemelas|nacimos para estar juntos|destinados a estar juntos)\b",
        r"\b(?:no (?:puedo )?dejo de|no puedo dejar de) pensar en ti\b",
        r"\b(?:nuestro amor|nuestra relacion (?:secreta|especial))\b",
        r"\b(?:besarte|abrazarte fuerte|tenerte en mis brazos)\b",
        ),
    ),
]
