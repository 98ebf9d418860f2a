"""Grooming-tactic patterns, escalation: requests for photos, video or the camera, compliance tests, slips of a false identity, and proposals to meet in person. Folded text, English, French and Spanish, as
described in patterns.py.

Every regex is written for a family of phrasings (verbs x objects x texting variants) and keeps
a context word that ties it to the child ("of you", "de toi", "tuya"; "for me", "pour moi",
"por mi") so that the same words about a receipt, a website or a pizza do not fire. Windows are
bounded (``[^.?!]{0,30}``) so that no pattern can backtrack far.

Meeting proposals carry a guard (``_NOT_ONLINE``) placed after the match: a game lobby, a
server, Zoom or Meet within the next few words makes it an online meeting, not an in-person one
(indicators.py already skips the category when the message says video, call, cam or online).
"""

from __future__ import annotations

from tipline.model import IndicatorCategory as C
from tipline.triage.patterns_shared import (
    DAYS,
    OF_YOU_EN,
    OF_YOU_ES,
    OF_YOU_FR,
    Pattern,
    _p,
)

# --- local fragments ---------------------------------------------------------------------------
# Photo and video nouns, with common misspellings ("foto", "fotto", "pitcure") and French verlan
# ("tof"). Folding squeezes only runs of three letters, so doubled letters are spelled here.
_PHOTO_EN = r"(?:pics?|pix|pictures?|pitures?|pitcures?|photos?|fotos?|fottos?|phot|selfies?|selfys?|vids?|videos?)"
_PHOTO_FR = r"(?:photos?|fotos?|tofs?|toffs?|selfies?|vids?|videos?)"
_PHOTO_ES = r"(?:fotos?|fottos?|fotitos?|photos?|selfies?|videos?|imagen(?:es)?)"
# "of you" and what else closes a photo request about the child.
_OF_YOU_EN = rf"(?:{OF_YOU_EN}| of (?:urself|ur self|yourself|yourslef|yoself)\b| for me\b| so i (?:can|know)\b| (?:just|only) (?:one|1)\b| (?:i )?want to see\b)"
_OF_YOU_FR = rf"(?:{OF_YOU_FR}| pour moi\b| (?:j'?|je )?veux (?:te )?voir\b)"
_OF_YOU_ES = rf"(?:{OF_YOU_ES}| para mi\b| (?:que )?quiero verte\b| kiero verte\b)"
_REALLY_EN = r"(?:really|realy|rly|rlly|truly|actually|actualy|honestly) "
_REALLY_FR = r"(?:vraiment|vraimant|vrmt|vrm|vraimen) "
# Places people meet in person (a few per language); used where a time alone would be too vague.
_PLACE = (
    r"(?:park|mall|station|store|shop|library|cinema|movies|theater|theatre|skate ?park|ramp|corner|"
    r"parking lot|car park|bus stop|mcdonald'?s|starbucks|cafe|beach|pool|arcade|food court|"
    r"playground|my (?:place|house|car|apartment|flat)|hotel|entrance|gate|"
    r"parc|centre commercial|gare|depanneur|dep|arret|cinema|plage|piscine|chez moi|"
    r"parque|plaza|centro comercial|estacion|cine|tienda|esquina|parada|mi casa|mi carro|mi coche)"
)
# Online places: a meeting there is not an in-person meeting. "hotel lobby" stays physical;
# "game store" stays physical.
_ONLINE = (
    r"(?:(?<!hotel )lobby|vr|lobbies|lobi|servers?|serveur|servidor|serv|minecraft|roblox|fortnite|"
    r"among us|valorant|warzone|apex|overwatch|rocket league|gta online|vrchat|animal crossing|xbox|"
    r"psn|ps4|ps5|playstation|steam|switch online|zoom|teams|google meet|(?:the|le|el) meet|discord|"
    r"twitch|stream|vc|voice chat|party chat|group chat|gc|in game|in-game|in the game(?! store| shop)|"
    r"(?:en|dans le|sur le) jeu|(?:en el|dentro del) juego|en jeu|visio|virtual|virtuel|"
    r"(?:send|sending) (?:you )?(?:an |the )?(?:invite|link)|(?:room|party|lobby|server|game) code|"
    r"(?:te mando|te envio|te paso) (?:la |una )?(?:invitacion|link|liga|enlace)|"
    r"(?:je t'envoie|j'envoie) (?:une |l'|le )?(?:invitation|invit|lien))"
)
_DAYS_AT = "(?:" + "|".join(d + " at" for d in DAYS[3:-1].split("|")) + ")"
_NOT_ONLINE = rf"(?![^\n]{{0,70}}?\b{_ONLINE})"


def _in_person(*regexes: str) -> tuple[str, ...]:
    """Meeting regexes with the online guard after each match."""
    return tuple(f"(?:{r}){_NOT_ONLINE}" for r in regexes)


ESCALATION_PATTERNS: list[Pattern] = [
    # --- image_request ---------------------------------------------------------------------
    *_p(
        C.IMAGE_REQUEST,
        "asks for photos or video of the child",
        # send / show / snap me a pic (of you | for me | rn | ?); take / get need "me" or "of you".
        rf"\b(?:send|sent|snd|show|snap|drop|dm|text|post|share)(?: (?:me|us|over))?(?: (?:a|an|another|one|some|more|a few|few|your|ur|that|the|1|just one|a quick|a cute|a new))?"
        rf"(?: (?:quick|cute|new|recent|real|little|nice|good))? {_PHOTO_EN}{_OF_YOU_EN}",
        rf"\b(?:take|get|snap|film|record)(?: (?:me|us))? (?:a |another |one |some |a few |a quick |a cute )?{_PHOTO_EN} (?:of (?:you|yourself|urself|your face)\b|for me\b)",
        rf"\b(?:send|want|wanna|need|see|have|got|get|gimme|give me|like)\b[^.?!]{{0,25}}\b{_PHOTO_EN} of (?:you|yourself|urself|your face)\b",
        r"\btake (?:a |another |one |some )?(?:selfie|selfies|pic|pics|photo|photos) (?:for me|and send)\b",
        rf"\b(?:can|could|may|let) (?:i|me) (?:see|get|have) (?:a |another |one |some |more |your )?{_PHOTO_EN}\b(?! of (?:the|it|that|this|my|his|her|their)\b)",
        r"^\W*(?:a |one |another )?(?:selfie|pic|photo|foto)s? ?\?",
        r"\b(?:just|only) (?:one|1) of (?:you|yourself)\b(?! (?:guys|two|all|can|has|have|is|was|will|should|would|are))",
        r"\bif you send (?:one|it|me one)\b",
        r"\bnever sent (?:the|that|me the|me a|me that) (?:pic|photo|picture|selfie)\b",
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks the child to turn on the camera or join a video call",
        # camera / video calls
        r"\b(?:turn|switch|flip|put) on (?:your |the )?(?:cam|camera|webcam|video)\b(?! game)(?! (?:for|in) (?:the )?class)",
        r"\b(?:turn|switch|flip|put|get|keep|leave) (?:your |the )?(?:cam on|camera on|webcam on|video on|cam back on|camera back on)\b(?! (?:for|in) (?:the )?class)",
        r"\b(?:you|yourself|get|go|hop|jump|be|come) on (?:cam|camera|webcam|video)\b(?! (?:for|in) (?:the )?class)",
        r"\b(?:you|yourself) in front of (?:the |your )?(?:cam|camera|webcam)\b",
        r"(?:^\W*|\byour )(?:cam on|camera on|webcam on)\b(?! (?:for|in) (?:the )?class)",
        r"\bvideo ?(?:call|chat)\b",
        r"\bprivate (?:call|video|stream)\b",
        r"\bfacetime (?:me|with me|now|tonight|right now|later)\b",
        r"\b(?:let'?s|want to|can we|could we|should we|we should|we can|will you) (?:facetime|video ?chat|video ?call|vc|cam)\b",
        r"\bno filter\b",
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks for photos or video of the child, or the camera",
        # French
        rf"\b(?:envoie|envoies|envoi|envois|envoye|envoyes|envoyer|envoyez|montre|montres|montrer|balance|fais|fait)(?:[- ]?(?:moi|m'|-m'))? ?(?:une |un |des |ta |tes |1 |encore une |juste une |juste un )?{_PHOTO_FR}{_OF_YOU_FR}",
        rf"\bm'?(?:envoyer|envoie|envoies|envoyes|montrer|montres) (?:une |un |des |ta |tes |1 )?{_PHOTO_FR}{_OF_YOU_FR}",
        rf"\b{_PHOTO_FR} de toi\b",
        r"\b(?:juste|seulement|rien qu') ?(?:une?|1) de toi\b",
        r"\bprends?[- ]toi en (?:photo|selfie|video)\b",
        r"\b(?:ouvre|allume|ouvres|allumes|mets|met|active|actives|part|pars) ta (?:camera|cam|webcam)\b",
        r"\b(?:appel|appelle|chat) video\b",
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks for photos or video of the child, or the camera",
        # Spanish
        rf"\b(?:mandame|mandam|enviame|pasame|muestrame|ensename|manda|envia|mandas|envias|pasas|me mandas|me envias|me pasas|mandarme|enviarme|pasarme)(?:me)? (?:una |unas |un |tu |tus |otra |1 |alguna )?{_PHOTO_ES}{_OF_YOU_ES}",
        rf"\b{_PHOTO_ES} (?:tuyas?|de ti)\b",
        r"\b(?:solo|nomas|nada mas|aunque sea) (?:una|1) tuya\b",
        r"\b(?:tomate|sacate|hazte) (?:una |un )?(?:foto|selfie|video)\b",
        r"\b(?:prende|prendes|enciende|enciendes|pon|ponte|abre|abres|activa|activas) (?:la |tu )?(?:camara|cam|webcam)\b",
        r"\bponte en (?:camara|cam)\b",
        r"\bvideo ?llamada\b",
    ),
    # --- compliance_testing ----------------------------------------------------------------
    *_p(
        C.COMPLIANCE_TESTING,
        "tests whether the child will comply",
        # would you do anything / whatever I ask
        r"\b(?:would|will|wld|wud) you do (?:anything|everything|whatever|what) (?:for me|i (?:ask|asked|say|said|tell|told|want))\b",
        r"\b(?:would|will) you do anything\b[^.?!]{0,25}\?",
        r"\b(?:you'?d|you would|you will|you'll|youll) do (?:anything|everything|whatever|what) (?:for me|i (?:ask|asked|say|said|tell|told|want))\b",
        r"\bdo (?:anything|everything|whatever) (?:for me|i (?:ask|asked|say|said|tell you))\b",
        # trust me?
        r"\b(?:do|don't|dont) you (?:" + _REALLY_EN + r")?trust me\b",
        r"\byou (?:don'?t|do not|dont|never) trust me\b",
        r"\b(?:you )?trust me\?",
        r"\b(?:can|could) i (?:really |actually )?trust you\b",
        # prove it / prove you care / show me you trust me
        r"(?:^|[.!?,] ?|\b(?:then|so|ok|okay|well|go on|come on|lol|now) )prove it\b(?!'s| is| was| works| wrong| right)",
        r"\bprove (?:it )?(?:to me )?(?:that )?you (?:" + _REALLY_EN + r")?(?:care|love|like|trust|mean it|want me|miss me)\b",
        r"\bprove (?:your|ur) (?:love|trust|loyalty|feelings)\b",
        r"\bshow me (?:that )?you (?:" + _REALLY_EN + r")?(?:care|love|trust|mean it)\b",
        r"\bif you (?:" + _REALLY_EN + r")?(?:trust|trusted|like|liked|love|loved|care about|cared about|cared for) me\b",
        r"\b(?:small|little|quick|tiny) test(?: for you)?[.!,:]? (?:send|show|do|prove|turn|take|if you|let's see|are you|you have to)\b",
        r"\b(?:small|little|quick|tiny) test (?:for you|of (?:trust|loyalty|love))\b",
        r"\b(?:trust|loyalty) test\b",
        r"\b(?:test|testing) (?:your|ur) (?:trust|loyalty)\b",
        r"(?:^|[.!?] ?)then (?:do it|prove it|show me)\b",
    ),
    *_p(
        C.COMPLIANCE_TESTING,
        "tests whether the child will comply",
        # French
        r"\bt'?as (?:pas )?confiance en moi\b",
        r"\btu (?:n'?)?(?:me |m')fais(?:[- ]tu)? (?:pas |vraiment |vraimant |vrm |vrmt )?confiance\b",
        r"\b(?:fais|fait)[- ]tu (?:pas )?confiance\b(?! (?:a|au|aux|en) (?!moi))",
        r"\bferais[- ]tu (?:n'?importe quoi|nimporte quoi|tout)\b",
        r"\btu (?:ferais|ferait|feras|ferai|vas faire) (?:n'?importe quoi|nimporte quoi|tout|ce que je|ce que j')(?: ce que je| ce que j'| pour moi\b| \?|\s*\?)",
        r"\btu (?:ferais|ferait|feras|ferai) ce (?:que|qu') (?:je|j')",
        r"\bprouve[- ]?(?:le|la|moi|le moi|le-moi)\b",
        r"\bprouve (?:que tu|qu'tu)\b",
        r"\bsi tu (?:m'|me )(?:aimais|aimes|aimai|aimait|kiffais|kiffes|faisais confiance)\b",
        r"\bsi (?:tu tenais|tu tiens) (?:vraiment |vraimant |vrm )?a moi\b",
    ),
    *_p(
        C.COMPLIANCE_TESTING,
        "tests whether the child will comply",
        # Spanish
        r"\b(?:confias|confiais|confia|confiarias) en mi\b",
        r"\b(?:harias|arias|harias|vas a hacer|haras) (?:lo que sea|cualquier cosa|todo|lo que (?:te )?(?:pida|pido|diga|digo))\b",
        r"\bhaz lo que (?:te )?(?:digo|pido)\b",
        r"\b(?:demuestramelo|demuestrame|demostrame|demostramelo|pruebamelo|pruebame)\b",
        r"\bsi (?:de verdad |realmente |en verdad )?me (?:quisieras|quicieras|kisieras|quieres|amaras|amas|tuvieras confianza)\b",
    ),
    # --- deception -------------------------------------------------------------------------
    *_p(
        C.DECEPTION,
        "slips or admits a false identity",
        # a slip, corrected on the spot: "long day at work... i mean at school"
        r"(?:\.\.\.|\u2026) ?(?:i mean|or rather),? [^.?!]{0,40}\b(?:school|class|my (?:mom|mum|dad|mother|father|parents|teacher)|homework|chores|recess)\b",
        r"\bi mean (?:like )?(?:chores|my mom|my mum|my dad|school|at school|class|homework)\b",
        r"\b(?:ecole|cours|classe|college|lycee|devoirs|ma mere|mon pere|mes parents|ma prof)[^.?!]{0,15}\bje veux dire\b",
        r"(?:\.\.\.|\u2026) ?(?:je veux dire|enfin|ben|euh),? [^.?!]{0,40}\b(?:l'ecole|a l'ecole|en cours|en classe|ma mere|mon pere|mes parents|ma mere m'|devoirs)\b",
        r"(?:\.\.\.|\u2026) ?(?:bueno|digo|o sea|quiero decir),? [^.?!]{0,40}\b(?:me lleva|me llevo|mi (?:mama|papa|hermano|hermana|madre|padre|jefe)|la escuela|el cole|el colegio|la prepa|la secu|clase|la tarea)\b",
        # a stated age, then the real one: "i told you i was 15, but i'm actually 24"
        r"\b(?:i told you|i said|i say|told you|said|i put|i wrote|my (?:profile|bio|acc|account|page|insta|snap|age) (?:says|said|say|shows|has))(?: that)?(?: i was| i'm| i am| my age (?:is|was)| i'm like)? \d{1,2}\b[^.?!]{0,35}\b(?:but|tbh|honestly|truth is|really|actually)\b[^.?!]{0,25}\b(?:i'm|i am|im|turning|older|grown|an adult|\d{2})\b",
        r"\b(?:i'm|i am) (?:not (?:really|actually|rly|realy) (?:\d{1,2}|a (?:girl|boy|kid|teen|teenager)|that young)|(?:a bit |a lot |way |much |actually |really )?older than (?:i said|i told you|my (?:profile|bio|pic)|you think|what i said))\b",
        r"\b(?:i|i've) (?:lied|lie|fibbed) (?:to you )?(?:about|abt) (?:my|me) (?:age|name|pic|pics|photo|photos|picture|face|gender|identity)\b",
        r"\b(?:i'm not|i am not) (?:really |actually )?(?:a (?:girl|boy|kid|teen|teenager)|who you think|who i said)\b",
        # denies the persona's name: "no im not kayla lol", "my name isn't really kayla"
        r"\bno,? (?:i'm not|i am not) (?!(?:sure|going|allowed|really|that|a|an|the|very|too|so|in|at|on|from|gonna|kidding|joking|lying|mad|upset|angry|sad|mean|old|young|bored|busy|tired|ok|okay|fine|home|here|there|done|ready|lol|haha|lmao|jk|xd|even|yet|anymore|now)\b)[a-z]{3,12}(?: lol| lmao| haha| lmfao| xd|\s*[.!]?\s*$)",
        r"\bmy (?:name|name's|name is) (?:isn't|is not|'s not|aint|ain't) (?:really|actually|rly)\b",
        r"\b(?:isn't|is not|aint|ain't) (?:really |actually )?my (?:real|reel|actual|true) name\b",
    ),
    *_p(
        C.DECEPTION,
        "admits the profile photo or account is not really them",
        # the photo or profile is not them
        r"\b(?:my|that|this|the|those|these) (?:profile |profil |dp |)(?:pic|pics|photo|photos|picture|pictures|pfp|selfie|selfies)(?: is| are|'s)? (?:not|isn't|isnt|aren't|arent|ain't|aint|wasn't|wasnt) (?:" + _REALLY_EN + r"|even )me\b",
        r"\b(?:pic|pics|photo|photos|picture|pictures|pfp|selfie)(?: is| are|'s)? (?:not|isn't|isnt|aren't|arent|ain't|aint|wasn't|wasnt) (?:" + _REALLY_EN + r")?me\b[^.?!]{0,12}\b(?:it's|its|it is|that's|thats|it was|they're)(?: (?:just|actually|really))? (?:my (?:cousin|brother|bro|sister|sis|friend|mate|buddy|nephew|son|niece)|a (?:friend|mate|guy|girl|lad|model|kid|random)|some (?:guy|girl|kid|lad|random|model)|from|off)\b",
        r"\b(?:that's|thats|that is|it's|its|it is|those are|these are) not (?:" + _REALLY_EN + r")?me (?:in|on) (?:the|that|my|those|these) (?:pic|pics|photo|photos|picture|pictures|profile|pfp|selfie)",
        r"\bnot (?:my|the) (?:real|reel|actual|true) (?:profile |profil )?(?:pic|pics|photo|photos|picture|pfp|face|name|age|account|profile|profil)\b",
        r"\b(?:use|used|using|it's|its|is|i have|i got|i made) (?:a |an )?(?:fake|fake ass|borrowed|stolen) (?:one|pic|pics|photo|photos|picture|pfp|profile|profil|account|acc|name|age|insta|snap)\b",
        r"\b(?:nicked|stole|pinched|swiped) (?:it|them) (?:off|from)\b",
        r"\b(?:nicked|stole|stolen|took|borrowed|got|pinched|swiped|copied|grabbed|saved) (?:the |that |this |my |those |these )?(?:pic|pics|photo|photos|picture|pictures|pfp|profile pic|selfies?) (?:off|from)\b",
        r"\b(?:took|got|grabbed|copied|saved) (?:it|them) (?:off|from) (?:google|the internet|online|insta|instagram|tiktok|pinterest|someone'?s|some (?:guy|girl|lad|kid|model)|a (?:guy|girl|lad|kid|model)'?s?)\b",
    ),
    *_p(
        C.DECEPTION,
        "slips or admits a false identity",
        # French
        r"\b(?:je t'ai dit|j'?t'ai dit|jtai dit|jt'ai dit|j'ai dit|jai dit|j'avais dit|javais dit|j'ai mis|jai mis|mon (?:profil|profile|bio|compte) (?:dit|indique|met|affiche))[^.?!]{0,20}\b\d{1,2} ?ans?\b[^.?!]{0,12}\bmais\b[^.?!]{0,35}(?:\ben vrai|\ben fait|\bpour vrai|\ben realite|\bvraiment|\bj'?en ai \d|\bj'?ai \d|\bje suis plus (?:vieux|vieille|age|agee|grand|grande)|\b\d{2} ans)",
        r"\b(?:j'ai|jai|je t'ai|jt'ai|jtai) menti (?:sur|a propos de) (?:mon|ma) (?:age|nom|photo|identite|profil)\b",
        r"\bje suis (?:pas vraiment|plus (?:vieux|vieille|age|agee) que ce que|pas (?:une fille|un gars|un garcon|la fille|celle|celui))\b",
        r"\bje m'appelle pas\b",
        r"\b(?:la |ma |cette |sur la |sur ma )?(?:photo|foto|tof|pp|photo de profil)s? (?:c'?est |c |ce n'est |c'est vraiment )?pas (?:vraiment |vraimant |vrm )?moi\b",
        r"\bc'?(?:est)? (?:pas|pas vraiment) moi sur (?:la|les|ma|mes|cette) (?:photo|foto|tof|pp)",
        r"\b(?:c'?est|c|ce n'est) pas (?:ma|mes) (?:vraie?s?|vrai) (?:photo|foto|tof|pp|profil|nom|age)",
        r"\b(?:fausse (?:photo|foto|pp|identite)|faux (?:profil|profile|compte|nom|age)|une fausse)\b",
    ),
    *_p(
        C.DECEPTION,
        "slips or admits a false identity",
        # Spanish
        r"\b(?:te dije|t dije|le dije|dije|te habia dicho|mi (?:perfil|bio|cuenta) (?:dice|pone|decia)|puse)(?: que| q| k)?[^.?!]{0,20}\b\d{1,2}\b[^.?!]{0,15}\bpero\b[^.?!]{0,30}(?:\btengo \d|\bsoy (?:mas|mucho mas) (?:grande|viejo|vieja|mayor)|\ben realidad|\bla neta|\bde verdad|\brealmente|\ben verdad)",
        r"\b(?:te menti|menti) (?:sobre|con|en) (?:mi|la) (?:edad|nombre|foto)\b",
        r"\b(?:soy mas (?:grande|viejo|vieja|mayor) de lo que (?:te dije|dije|parece en)|no (?:soy|tengo) (?:realmente|en realidad) \d{1,2})\b",
        r"\bno soy (?:una chica|un chico|una nina|un nino|la chica|el chico|quien crees|quien te dije)\b",
        r"\bno me llamo\b",
        r"\b(?:la |esa |mi |en la )?(?:foto|fotos|pic) (?:no soy yo|no es mia|no son mias)\b",
        r"\bno soy yo (?:en|de) (?:la|las|esa|mi|mis) (?:foto|fotos)\b",
        r"\bno es mi (?:verdadera|berdadera|real|propia) (?:foto|cara|edad|cuenta|perfil|nombre)\b",
        r"\b(?:uso|huso|use|tengo|puse|es) (?:una |un )?(?:foto |perfil |cuenta |nombre )?(?:falsa|falso)\b",
        r"\b(?:foto|perfil|cuenta|nombre|edad) (?:falsa|falso)\b(?!s? de)",
    ),
    # --- meeting_proposal ------------------------------------------------------------------
    *_p(
        C.MEETING_PROPOSAL,
        "proposes meeting in person",
        *_in_person(
            # English: let's meet / we should meet (in person)
            r"\b(?:let'?s|lets|we should|we shuold|we shud|we could|we can|can we|could we|should we|do you want to|you want to|want to|wanna|why don't we|how about we|we need to|we have to|we got to|we gotta|would you like to|would you want to) (?:finally |totally |really )?(?:meet|meat|hang out|hangout|link up|get together|meet up)\b(?! (?:him|her|them|the|my|his|some|people|new)\b)",
            r"\b(?:i want to|i'd love to|i wanna|i need to|i'd like to|i really want to|i can't wait to) (?:finally )?(?:meet you|meet up with you|hang out with you|see you in person|see you irl)\b",
            r"(?<!the )(?<!a )\bmeet up (?:with me|at|by|after|before|tomorrow|tonight|later|sometime|somewhere|soon|irl|this|next|on (?:" + DAYS + r"))\b",
            r"(?:^|[.!?,] ?|\b(?:so|ok|okay|just|then|and|pls|please|come|can you|could you|will you|you can|you could) )meet me\b(?! (?:online|on|in the chat))",
            r"\b(?:meet|see|see each other|hang out|hang|link) (?:in person|irl|in real life|face to face|for real|for real life|in the real world)\b",
            r"\b(?:can't wait|cant wait|dying|want|wanna|excited) to (?:finally )?(?:meet you|see you in person|see you irl|hold you|hug you)\b",
            r"\b(?:i'll|i will|i can|i could|let me|i'm going to|i'm gonna|i'd) (?:finally )?(?:come )?meet you (?:at|by|outside|there|after|before|in front|near)\b",
            r"\bwhen we (?:finally )?meet\b",
            # transport and pick-ups
            r"\b(?:i'll|i will|i can|i could|let me|i'm going to|i'm gonna|i'd) (?:come |go )?(?:pick you up|pick you|come get you|come and get you|get you from|grab you from|drive you|drop you|walk you|give you a (?:ride|lift)|take you (?:to|out|home|somewhere|for|shopping|on a))\b",
            r"\bpick you up\b",
            r"\bhave you back (?:home|by|before|in time)\b",
            r"\b(?:i can|i'll|i could|i will) drop (?:it|them|that|this) (?:off|by)\b",
            r"\b(?:i'll|i will|i can|i could|i'm going to|let me) (?:come|drive|get the train|get the bus|take the train|take the bus|fly|travel|head|come down|come up|come over|pop over|nip over)(?: down| up| over)? to (?:you|yours|your (?:town|city|place|house|area|school|village|street)|where you live|see you)\b",
            r"\b(?:i'll|i will|i can|i could) come (?:over |round |around |by )?to (?:you|yours|your (?:house|place|school|town))\b",
            r"\b(?:come to|come over to) (?:the|my) (?:car|place|house|apartment|apt|hotel|room|flat|van|truck)\b",
            r"\bcome over (?:to mine|to my|tonight|later|after school|when)\b",
            r"\b(?:you|u) (?:sneak|slip) out\b|\b(?:sneak|slip) out (?:tonight|and (?:meet|see)|to (?:meet|see)|of (?:your|the) (?:house|room|window)|after (?:your|ur) (?:parents|mom|dad))\b",
            r"\b(?:i'll|i will|i'm going to) be (?:at|in|outside|by) (?:the|your) (?:main |side |front |back )?(?:entrance|parking lot|car park|door|station|park|mall|store|car|school|house|gate|corner)\b",
            r"\b(?:i'll|i will) be waiting (?:for you )?(?:at|outside|in|by|near|around)\b",
            r"\b(?:be|i'm|i am|going to be|gonna be|i'll be) (?:in|near|around) your (?:area|town|city|neighbou?rhood|school|street)\b",
            r"\bi live (?:pretty |really |very |super |so |actually )(?:close|near)\b",
            r"\bi live (?:close|near) (?:to )?(?:you|your)\b",
            r"\b(?:i'll|i will|i could|maybe i'll) (?:wave|say hi)(?: to you)? (?:if|when) i see you\b",
            r"\bsay hi sometime\b",
            r"\bcome alone\b",
            r"\b(?:don'?t|dont|do not) bring (?:anyone|any one|anybody|a friend|your friends?|your mates?)\b",
            r"\b(?:don'?t|dont|do not) tell (?:anyone|any one|anybody|your (?:mom|mum|dad|parents|friends)) (?:you're|your|that you're|you are) (?:coming|meeting|going to meet|seeing me)\b",
            r"\btake the (?:bus|train|metro|subway|tram|\d{1,3}(?: bus)?) (?:to|and|down|over|up|into)\b",
            r"\b(?:money|cash|pay) for (?:the|your) (?:bus|train|taxi|uber|ticket)\b",
            rf"\b{_DAYS_AT} \d{{1,2}}(?::\d\d)?(?: ?[ap]\.?m\.?)?,? [^.?!]{{0,25}}\b{_PLACE}\b",
            r"\bsee you (?:at|by|outside|in front of) (?:the |my )" + _PLACE + r"\b",
        ),
    ),
    *_p(
        C.MEETING_PROPOSAL,
        "proposes meeting in person",
        *_in_person(
            # French
            r"\bon (?:se voit|se voi|se verrait|pourrait se voir|peut se voir|se rejoint|se rejoins|se retrouve|se rencontre|se capte|se pogne|se donne rendez-vous|se fait un rdv)\b(?! (?:sur|en ligne|online|en appel|en vocal|dans (?:le|la) (?:lobby|partie|game|serveur)))",
            r"\b(?:se|te) (?:voir|voire|voirs|rencontrer|rejoindre|retrouver)s? (?:en (?:vrai|vrais|personne|reel|vrai de vrai)|pour de vrai|irl|face a face)\b",
            r"\b(?:on devrait|on devrai|on pourrait|faudrait qu'on|j'aimerais qu'on|tu veux qu'on|ca te dit qu'on|on va) (?:se |s')(?:voir|voire|rencontrer|rejoindre|retrouver|capter|pogner)\b",
            r"\b(?:je t'attends|jt'attends|je t'attendrai|je vais t'attendre)\b(?! (?:sur|en ligne|dans le (?:lobby|serveur|jeu)))",
            r"\b(?:je peux|je vais|j'?peux|jpeux|je pourrais|je pouvais|je passe|je viens|j'?viens|jviens|je vais aller|je peux aller|je peux venir|laisse[- ]moi) (?:te |t')(?:la |le |les )?(?:donner|chercher|prendre|ramener|reconduire|amener|voir|recuperer|deposer|emmener)\b",
            r"\b(?:venir|aller|passer|viens|vais) te (?:chercher|prendre|recuperer|voir|ramener|reconduire)\b",
            r"\b(?:rejoins|retrouve|rejoignez|retrouvez)[- ]moi\b",
            r"\bviens (?:seule?|me voir|chez moi|me rejoindre|me retrouver|a mon|a la maison|dans (?:ma|mon) (?:voiture|char|auto))\b",
            r"\b(?:je|j'?|jv) ?(?:viens|vien|vient|vais venir|monte|descends|passe) (?:en voiture|en char|en auto|dans ta ville|dans ton quartier|chez toi|a ton ecole|devant ton ecole|en bas de chez toi|te voir|jusqu'a toi|a ta ville)\b",
            r"\b(?:rdv|rendez-vous|rendez vous|rendezvous) (?:au|a la|a l'|aux|a|devant|chez|en bas|derriere|pres|ce soir|a soir|demain|samedi|dimanche|apres)\b",
            r"\b(?:n'?amene|n'?emmene|amene|emmene) personne\b",
            r"\b(?:viens|venez) sans (?:personne|tes (?:amis|amies|potes|parents|copines|copains|chums))\b",
            r"\b(?:prends|prend|tu prends) (?:le bus|le train|le metro|le tram|l'autobus)\b",
            r"\b(?:fais|faire) le mur\b",
            r"\b(?:sortir|sors) en cachette\b",
        ),
    ),
    *_p(
        C.MEETING_PROPOSAL,
        "proposes meeting in person",
        *_in_person(
            # Spanish
            r"\b(?:nos vemos|nos veamos|vernos|veamonos|vemonos|nos juntamos|juntarnos|juntemonos|nos encontramos|encontrarnos|encontremonos|quedamos|quedemos|quedar|conocernos|nos conocemos|conozcamonos|nos vemos)\b(?= (?:el |en |a las |al |afuera|manana|hoy|esta |este |frente|cerca|por |donde|cuando|despues|dsps|saliendo|a la salida|en persona|cara a cara|de verdad|sabado|domingo|lunes|martes|miercoles|jueves|viernes)|\s*\?| (?:ya|pronto|un dia|algun dia|solos?|tu y yo))(?! en (?:el |la )?(?:lobby|server|servidor|juego|partida|minecraft|roblox|fortnite|discord|zoom|meet|llamada|videollamada|linea|chat|clase|el trabajo|la oficina|la reunion))",
            r"\b(?:y si|si quieres|quieres|podemos|podriamos|deberiamos|deveriamos|hay que|tenemos que|vamos a) (?:nos )?(?:vernos|vemos|juntarnos|encontrarnos|conocernos|quedar|salir juntos)\b",
            r"\b(?:te |t )?paso a (?:buscar|recoger|traer|por ti)\b",
            r"\bpaso por ti\b",
            r"\bte (?:recojo|recogo|busco|llevo|espero|buscare|recogere|llevare|esperare) (?:en|a|al|afuera|cerca|saliendo|despues|dsps|a la salida|mañana|manana|el|hoy|esta)\b",
            r"\bte (?:voy|puedo ir) a (?:buscar|recoger|llevar|ver)\b",
            r"\b(?:voy|puedo ir|vengo|ire|boy|paso) (?:a|hasta|por) (?:tu|tus) (?:casa|ciudad|pueblo|escuela|colegio|cole|barrio|zona|prepa|secu|depa|departamento)\b",
            r"\b(?:ven|vente|venite) (?:a mi (?:casa|carro|coche|auto|depa|cuarto|hotel)|sol[oa]|sin nadie)\b",
            r"\bno (?:traigas|lleves|le digas a nadie que vienes)(?: a nadie)?\b",
            r"\b(?:toma|tomate|agarra) (?:el|un) (?:bus|camion|colectivo|metro|micro|tren|taxi|uber)\b",
            r"\b(?:escaparte|escapate|salir a escondidas|sal a escondidas)\b",
        ),
    ),
]
