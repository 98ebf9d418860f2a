"""Grooming-tactic patterns, escalation: requests for photos, video or the camera, compliance tests, slips of a false identity, and proposals to meet in person. Folded text, English, French and Spanish, as
described in patterns.py.

Every regex is written for a family of phrasings (verbs x objects x texting variants) and keeps
a context word that ties it to the child ("of you", "de toi", "tuya"; "for me", "pour moi",
"por mi") so that the same words about a receipt, a website or a pizza do not fire. Windows are
bounded (``[^.?!]{0,30}``) so that no pattern can backtrack far.

Meeting proposals carry a guard (``_NOT_ONLINE``) placed after the match: a game lobby, a
server, Zoom or Meet within the next few words makes it an online meeting, not an in-person one
(indicators.py already skips the category when the message says video, call, cam or online).
A second guard (``_NOT_GROUP``) skips outings with named friends ("jess and priya are coming") or
the child's family ("avec ta soeur"), a parent's errand ("don't forget your jacket", "prends ta
veste", "lleva chamarra"), a pick-up at the school office ("wait by the office"), classmates
finishing shared schoolwork ("pour finir le diapo"), a notice to a team or a class ("parents please
drop off by 8:45", "traigan almuerzo"), a parent already in the loop ("your mum already said yes")
and a message signed by a parent ("love Mum", "bisous maman", "besos mama").
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
_PHOTO_EN = (
    r"(?:pics?|pix|picz|piks?|pikz|piccy|piccies|pictures?|pitures?|pitcures?|pikchers?|pictchers?|photos?|fotos?|fottos?|"
    r"phot|phots|phtos?|selfies?|selfys?|selfees?|vids?|videos?|vidz)"
)
_PHOTO_FR = r"(?:photos?|fotos?|fottos?|phottos?|fautos?|phautos?|tofs?|toffs?|selfies?|selfis?|selfys?|vids?|videos?)"
_PHOTO_ES = r"(?:fot[o0]s?|fottos?|fotitos?|foticos?|fotillos?|photos?|selfies?|selfis?|videos?|imagen(?:es)?)"
# "of you" and what else closes a photo request about the child.
_OF_YOU_EN = (
    rf"(?:{OF_YOU_EN}| (?:rite|rigt|riht|ryt|rn) now\b| of (?:just|only) (?:you|u)\b| (?:by|before|within|tonight|or (?:i|else|everyone))\b| of (?:urself|ur self|yourself|yourslef|yoself|yaself|ya self|yerself|yersel|youself|yourselfs?|your face|ya face|ye|yous|youse)\b|\W{{0,8}}?\s(?:just |only |all )?(?:for|4) me\b| so i (?:can|know)\b| (?:just|only) (?:one|1)\b| (?:i )?want to see\b|"
    # what the child is wearing ("a pic of your outfit"), or the child after the pool, a shower, in bed
    r" of (?:your|ya) (?:outfit|fit|ootd|look|clothes|dress|new (?:outfit|dress|haircut|hair|clothes))\b|"
    r" in (?:your|ya) (?:school |new )?(?:uniform|pjs|pj's|pajamas|pyjamas|jammies|nightie|swimsuit|bathing suit|swimming costume|cossie|bikini|dress|outfit)\b| of what (?:you're|you are|youre|your|ya|you|you've got|you have) (?:wearing|wearin|weraing|on)\b|"
    r" (?:when|wen|whn|once|after|as soon as|before) (?:you're|you are|your|you|you've|you get|you got|ye|ya|yer)(?: \w+){0,3}? "
    r"(?:pool|beach|swim|swimming|shower|showering|bath|gym|workout|bed|changed|changing|dressed|undressed|wake|woke|waking)\b|"
    r" (?:after|before) (?:your|ya|the|a) (?:shower|bath|swim|pool|gym|workout)\b)"
)
_OF_YOU_FR = (
    rf"(?:{OF_YOU_FR}| d[e3] t[o0][i1]\b|\W{{0,8}}?\s(?:juste |rien que |seulement |que )?pour moi\b|,? (?:que|pour que|histoire que|afin que) (?:je|j') ?(?:vois|voie|sache|puisse (?:voir|savoir))\b|,? pour (?:voir|savoir) (?:a qui|qui|a quoi|de quoi)\b| (?:j'?|je )?veux (?:te )?voir\b| de (?:toa|toe|twa|toua|ta (?:tete|face|gueule))\b|"
    r" (?:la|vite|now|mtn|asteure|tout de suite|stp|svp|s'il te plait|please|plz)\s*(?:[?!.,]|$)|"
    r" (?:d'ici|avant|ce soir|sinon|ou (?:je|j'|tout))\b| (?:pis|puis|et) (?:c'est fini|t'auras|j'efface|je l'efface|je supprime|"
    r"je te laisse|tout s'arrete|on est quittes)\b| (?:ou|dans laquelle|dans lequel) tu te (?:presentes|montres|filmes)\b|"
    # ce que l'enfant porte ; l'enfant au retour de la piscine, apres la douche, au lit
    r" (?:de|avec|dans|en) (?:ta|ton|tes) (?:tenue|look|outfit|style|robe|coiffure|nouvelle coiffure|fringues|vetements|pyjama|uniforme|maillot de bain|bikini)\b| de ce que tu portes\b|"
    r" (?:quand|qd|kan|des que|apres|en sortant de|en rentrant de|au retour de)\b[^.?!]{0,25}?\b(?:piscine|plage|douche|bain|lit|dodo|"
    r"reveilles?|reveille|habilles?|changes?|deshabilles?)\b)"
)
_OF_YOU_ES = (
    rf"(?:{OF_YOU_ES}| tuy[a4]s?\b|\W{{0,8}}?\s(?:solo |nomas |nada mas |solamente )?(?:para|pa) mi\b| (?:que )?quiero verte\b| kiero verte\b| (?:tullas?|tuias?|tuyitas?)\b| de tu (?:cara|carita)\b| de (?:ahorita|ahora|hoy|este momento)\b|"
    r" (?:plis|pliss|please|porfis|porfi|porfa|xfa|x fa|pls|plz|ahorita|rapido|va|dale)\s*(?:[?!.,]|$)|"
    r",? (?:para|pa|pa') (?:saber|ver|verificar|comprobar) (?:que|si|como|con quien|quien|a quien)\b| (?:en \d+ (?:min|minutos|horas?)|antes de|o (?:la|lo|te|todos)|si no|hoy)\b|"
    # lo que lleva puesto; al volver de la piscina, al salir de la ducha, en la cama
    r" (?:de|con|en) (?:tu|tus) (?:ropa|outfit|look|atuendo|conjunto|vestido|pijama|piyama|peinado|uniforme|traje de bano|bikini)\b| de (?:lo que|como) (?:llevas|traes|vas [vb]estid[ao]|andas [vb]estid[ao]|te [vb]estiste)\b|"
    r" (?:cuando|kuando|en cuanto|apenas|despues de|al|saliendo de)\b[^.?!]{0,25}?\b(?:piscina|alberca|pileta|playa|ducha|duches|banes|bano|cama|"
    r"despiertes|vistas|cambies|desvistas)\b)"
)
# A small word before the photo noun ("une petite photo", "une p'tite tof").
_SMALL_FR = r"(?:(?:petite|p'tite|ptite|tite|belle|jolie|nouvelle|autre|vraie|mignonne|derniere) )?"
_REALLY_EN = r"(?:really|realy|rly|rlly|truly|actually|actualy|honestly) "
# "anything" in texting and regional forms ("owt" is northern English); "e3"/"i1": a leetspeak
# digit at the end of a word stays a digit after folding ("pr0v3 u trust m3" folds to "prov3 you trust m3").
_ANY_EN = r"(?:anything|anythin|anythink|anyfing|any thing|nething|anyting|owt|everything|evrything|whatever|wateva|whatevr|what)"
# A teenage age as a claim ("i'm 14", "j'ai 14 ans", "tengo 14"), not a time, money or a size.
# Also spelled out ("fourteen", "quatorze", "catorce") or with a leetspeak space ("1 4").
_TEEN = r"(?:1[0-9]|9|1 [0-9]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|douze|treize|quatorze|quinze|seize|dix-sept|dix sept|doce|trece|catorce|quince|dieciseis|diez y seis|diecisiete)(?!\d| ?(?:minutes?|mins?|min\b|hours?|hrs?|h\b|seconds?|secs?|days?|weeks?|months?|years? (?:late|ago|in)|yrs? (?:late|ago)|percent|%|€|£|\$|pounds|quid|balles|kg|kilos?|lbs|times|dollars|bucks|euros?|am\b|pm\b|o'?clock|feet|ft\b|inches|cm\b|miles|km\b|points|pts|:|\.\d|,\d|heures?|jours?|semaines?|mois\b|fois|horas?|dias|semanas|meses|veces|pesos))"
# Someone else in the profile photo: family and friends (not a pet, a car or a cartoon).
_SOMEONE_EN = r"(?:cousin|cuz|brother|bro|big bro|lil bro|little brother|older brother|big brother|wee brother|sister|sis|lil sis|big sister|older sister|little sister|wee sister|stepbrother|stepsister|bruv|friend|mate|buddy|bestie|bff|best friend|twin|nephew|niece|roommate|flatmate)"
_SOMEONE_FR = r"(?:cousin|cousine|frere|soeur|reuf|pote|poto|ami|amie|copain|copine|pote a moi|meilleur pote|meilleure amie|jumeau|jumelle|neveu|niece|coloc)"
_SOMEONE_ES = r"(?:primo|prima|hermano|hermana|carnal|amigo|amiga|mejor amigo|mejor amiga|compa|cuate|gemelo|gemela|sobrino|sobrina|(?:prim|herman|amig)[o0a4]\b)"
# Between an age and "like you": up to two words, punctuation or emoji ("j'ai 1 4 ans \U0001f64b pareil que toi").
_GAP = r"(?:[^\w.?!]{1,8}?\w+){0,2}?[^\w.?!]{1,8}?"
# A child's age as a claim of being the same age ("i'm 15 too"), 10 to 17.
_KIDAGE = r"(?:1[0-7]|1 [0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|onze|douze|treize|quatorze|quinze|seize|dix-sept|once|doce|trece|catorce|quince|dieciseis|diecisiete)(?!\d|[:.,]\d| ?(?:min|h\b|hours?|mins?|minutes?|heures?|horas?|minutos|%|dollars|euros|pesos))"
# Relatives whose photo stands in for the contact's ("the beard pic is my uncle's").
_ELDER_EN = r"(?:uncle|aunt|auntie|dad|father|mom|mum|mother|grandad|granddad|grandpa|stepdad|neighbou?r|coworker)"
_ELDER_FR = r"(?:oncle|tonton|tante|pere|daron|mere|grand-pere|beau-pere|voisin|voisine|collegue)"
_ELDER_ES = r"(?:tio|tia|papa|padre|jefe|mama|abuelo|padrastro|vecino|vecina)"
# A school year as a claim ("in year 10", "en secondaire 3", "en 4e", "en 2o de secu").
_GRADE_EN = r"(?:in (?:year|yr|grade|form|the \d{1,2}(?:th|st|nd|rd) grade) ?\d{0,2}|in (?:\d{1,2}(?:th|st|nd|rd)) grade)"
_GRADE_FR = r"(?:en (?:secondaire|sec) \d|en (?:\d(?:e|eme|ieme)|seconde|troisieme|quatrieme|cinquieme|sixieme|premiere)\b)"
_GRADE_ES = r"(?:en (?:\d ?(?:o|ro|do|to|er)?|primero|segundo|tercero|tercer|cuarto|quinto|sexto|primer) ?(?:de |grado de |ano de )?(?:secu|secundaria|prepa|primaria|eso|bachi|bachillerato|sec))"
_REALLY_FR = r"(?:vraiment|vraimant|vrmt|vrm|vraimen) "
# Places people meet in person (a few per language); used where a time alone would be too vague.
_PLACE = (
    r"(?:park|mall|station|store|shop|library|cinema|movies|theater|theatre|skate ?park|ramp|corner|"
    r"parking lot|car park|bus stop|mcdonald'?s|starbucks|cafe|beach|pool|arcade|food court|"
    r"playground|my (?:place|house|car|apartment|flat)|hotel|entrance|gate|"
    r"parc|centr[e3] commercial|gare|depanneur|dep|arret|cinema|plage|piscine|chez moi|"
    r"parque|plaza|centr[o0] comercial|estacion|cine|tienda|esquina|parada|mi casa|mi carro|mi coche)"
)
# "te voy a llevar el cuaderno", "te puedo buscar el link": a thing brought or looked up, not the child
# taken ("te voy a llevar el sabado" is the child).
_NOT_AN_OBJECT_ES = (
    r"(?! (?:el|la|los|las|lo|un|una|unos|unas|algo|info|informacion) (?!(?:sabado|domingo|lunes|martes|miercoles|jueves|viernes|finde|fin de semana|proximo|proxima|otro dia)\b)"
    r"| en (?:google|internet|insta|instagram|tiktok|face|facebook|youtube|linea|la red|el chat|el grupo))"
)
# The child's home, school or street, as a place someone will be near ("near yours", "pres de ton college", "cerca de tu cole").
_HOME_EN = r"(?:yours|your (?:place|house|home|school|street|road|area|college|end|flat|apartment|building|block|estate|bus stop|stop|gym|club|work))"
_HOME_FR = r"(?:chez toi|(?:ton|ta|tes) (?:college|ecole|lycee|bahut|maison|quartier|coin|rue|ville|immeuble|bloc|arret|gare|parc|club|gymnase|piscine|cite|residence|village|bled))"
_HOME_ES = (
    r"(?:tu|tus) (?:cole|colegio|escuela|casa|barrio|zona|prepa|secu|liceo|insti|instituto|comuna|depa|departamento|calle|pueblo|ciudad|colonia|"
    r"edificio|cuadra|parada|trabajo|jato|chamba|gym|gimnasio|club|cancha|entreno|entrenamiento)"
)
# Online places: a meeting there is not an in-person meeting. "hotel lobby" stays physical;
# "game store" stays physical.
_ONLINE = (
    r"(?:(?<!hotel )lobby|vr\b|lobbies|lobi|(?:my|ma|mi|your|ta|tu|our|notre|nuestra) base|spawn|servers?|serveur|servidor|serv(?!o)|minecraft|roblox|fortnite|"
    r"among us|valorant|warzone|apex|overwatch|rocket league|gta online|vrchat|animal crossing|xbox|"
    r"psn|ps4|ps5|playstation|steam|switch online|zoom|teams|google meet|(?:the|le|el) meet|discord|"
    r"twitch|stream|vc\b|voice chat|party chat|group chat|gc\b|in game|in-game|in the game(?! store| shop)|"
    r"(?:en|dans le|sur le) jeu|(?:en el|dentro del) juego|en jeu|visio|virtual|virtuel|"
    r"(?:send|sending) (?:you )?(?:an |the )?(?:invite|link)|(?:room|party|lobby|server|game) code|"
    r"(?:te mando|te envio|te paso) (?:la |una )?(?:invitacion|link|liga|enlace)|"
    r"(?:je t'envoie|j'envoie) (?:une |l'|le )?(?:invitation|invit|lien))"
)
# "do you trust me to trim your fringe", "tu me fais confiance pour te couper la frange": trust in a task.
_NOT_A_TASK = r"(?! (?:to|pour|para|pa|pa'|with) (?!keep|garder|guardar|take care of (?:you|u|ya)\b|prendre soin de toi|cuidarte|cuidar de ti|protect (?:you|u|ya)\b|protegerte|te proteger)(?:te |t'|me )?\w+)"
_DAYS_AT = "(?:" + "|".join(d + " at" for d in DAYS[3:-1].split("|")) + ")"
_NOT_ONLINE = rf"(?![^\n]{{0,70}}?\b{_ONLINE})"
# The words between a verb and "just us": a game ("go on roblox later, just us two") is online.
_NO_GAME_AHEAD = rf"(?![^.?!]{{0,45}}?\b(?:{_ONLINE}|play|playing|games?|gaming|jugar|jugamos|juego|partida|jouer|joue|jeu|partie))"
# An outing with named friends ("jess and priya are coming", "vienen Sofi y Vale", "avec Yanis et Clara") or a
# parent's errand ("don't forget your jacket", "prends ta veste", "lleva chamarra") is not a grooming meeting.
_GROUP_OR_ERRAND = (
    r"(?:[a-z]+ (?:and|&) [a-z]+ (?:are|r) (?:coming|going|in|joining)|(?:everyone|the whole (?:team|class|group)|"
    r"the others|they) (?:is|are|'s|'re) (?:coming|going)|with [a-z]+ and [a-z]+|"
    r"[a-z]+ et [a-z]+ (?:viennent|seront la|sont la)|avec [a-z]+ et [a-z]+|(?:tout le monde|les autres) (?:vient|viennent)|"
    r"vienen [a-z]+ (?:y|e) [a-z]+|[a-z]+ (?:y|e) [a-z]+ (?:vienen|van|tambien)|con [a-z]+ (?:y|e) [a-z]+|"
    r"(?:todos|los demas) (?:vienen|van)|"
    r"with (?:the )?(?:whole |entire |rest of the )?(?:team|class|group|squad|gang|others|troop|choir|band|club)\b|avec (?:toute )?(?:l'equipe|la classe|le groupe|les autres|la bande|le club)|"
    r"con (?:todo |toda )?(?:el equipo|la clase|el grupo|los demas|las demas|la banda|el club)|"
    # the child's family comes along ("with your sister", "avec ta soeur", "con tu hermano")
    r"with (?:your|ya) (?:sister|brother|mum|mom|dad|parents|cousins?|family|siblings|nan|grandma|grandpa)\b|"
    r"avec (?:ta|ton|tes) (?:s(?:oe|\u0153)(?:ur|your)|frere|freres|mere|pere|parents|cousins?|cousines?|famille|maman|papa|mamie|papi)\b|"
    r"con (?:tu|tus) (?:hermana|hermano|hermanos|hermanas|mama|papa|papas|padres|primos?|primas?|familia|abuela|abuelo)\b|"
    r"(?:don't|dont|do not) forget (?:your|ur)|(?:bring|grab|take) (?:your|a) (?:jacket|coat|sweater|jumper|hoodie|umbrella|lunch|"
    r"water bottle|homework)|n'oublie pas (?:ta|ton|tes)|(?:prends|prend|apporte|amene|ramene) (?:ta|ton|tes) (?:veste|manteau|pull|"
    r"parapluie|gouter|sac|gourde|devoirs|ballon|raquette|velo|maillot|crampons)|(?:bring|grab) (?:your|a) (?:ball|football|racket|bike|boots|cleats)\b|"
    r"(?:trae|traete|lleva|llevate) (?:tu|el|la) (?:balon|pelota|raqueta|bici)\b|"
    # the child joins a group ("avec nous", "with us all", "con nosotros"), not "just us two"
    r"avec nous(?! deux)\b|with us(?! two| 2)\b|con nosotr[oa]s(?! dos)\b|no (?:te )?olvides (?:tu|tus|la|el)|(?:lleva|llevate|trae|traete|agarra) (?:tu |la |el )?"
    r"(?:chamarra|chaqueta|sueter|sudadera|abrigo|paraguas|lonche|almuerzo|mochila|botella|tarea)|"
    # a notice to a team, a class or the parents ("parents please drop off by 8:45", "prevoyez un pique-nique", "traigan almuerzo"),
    # or a parent already in the loop ("your mum already said yes")
    r"(?:les familles|les parents|families|parents|las familias|los padres|toute la famille) (?:sont |are |estan )?(?:invitee?s|invites|welcome|bienvenue?s|invitad[oa]s|bienvenid[oa]s)|spectacle de fin d'annee|"
    r"packed lunch|permission slips?|signed (?:form|slip)|(?:parents|everyone|students|players|kids|all|team),? (?:please|pls|plz)|car ?pools?|drop(?:-| )?off (?:by|at|is)|"
    r"pique-nique|prevoyez|apportez|covoiturage|traigan|lleven|dejen a (?:los|las) (?:chicos|chicas|ninos|ninas)|"
    r"(?:your|ya) (?:mum|mom|dad|parents|folks) (?:already )?(?:said (?:yes|ok|okay|it's ok|it's fine|you can)|says (?:it's ok|it's fine|you can)|agreed|okayed|ok'd|signed)|"
    r"ta (?:mere|maman) (?:est d'accord|a dit oui)|tes parents (?:sont d'accord|ont dit oui)|tu (?:mama|papa) (?:ya )?(?:dijo que si|esta de acuerdo)|tus (?:papas|padres) (?:ya )?(?:dijeron que si|estan de acuerdo)|"
    # a parent's pick-up at the school office ("wait by the office", "attends devant le secretariat", "esperame en secretaria")
    r"wait (?:by|at|in|outside|near) (?:the )?(?:school |front |main )?(?:office|reception|front desk)|"
    r"wait (?:inside|in) the (?:gym|school|building|lobby|sports hall)|attends?(?:[- ]moi)? (?:dans|a l'interieur du) (?:le |la )?(?:gymnase|gym|hall)|"
    r"esperame (?:dentro del|adentro del|en el) (?:gimnasio|gym|colegio|edificio)|"
    r"attends?(?:[- ]moi)? (?:devant|a|au|a l'|pres de|dans) ?(?:le |la |l')?(?:secretariat|accueil|vie scolaire|loge|bureau)|"
    r"(?:esperame|espera|esperame afuera de|esperame frente a) (?:en |a |afuera de |frente a )?(?:la |el )?(?:secretaria|direccion|recepcion|porteria|oficina|conserjeria)|"
    # classmates finishing shared schoolwork ("to finish the slides", "pour finir le diapo", "para terminar la presentacion")
    r"(?:to|and|n) (?:finish|work on|do|start|practi[cs]e|rehearse|study for|revise for|go over|prep|prepare) (?:the|our|this|that) (?:slides|slideshow|deck|project|"
    r"presentation|essay|homework|assignment|poster|lab|report|group project|science project|revision|worksheet|quiz|test|exam)|"
    r"(?:pour|et) (?:finir|terminer|faire|bosser|travailler|preparer|reviser|avancer|repeter) (?:sur )?(?:le|la|l'|les|notre|nos) ?(?:diapo|diaporama|diapos|expose|projet|devoirs?|dm|"
    r"presentation|affiche|tp|controle|exam|oral|revisions)|"
    r"(?:para|y|pa) (?:terminar|acabar|hacer|trabajar en|preparar|estudiar para|repasar|ensayar) (?:la|el|los|las|nuestro|nuestra) (?:presentacion|proyecto|tarea|trabajo|"
    r"exposicion|maqueta|diapositivas|diapos|examen|prueba|exposicion|practica)|"
    # schoolwork with a teacher there ("rdv au cdi pour l'expose, la prof sera la", "quedamos pal trabajo, va la profe tb")
    r"pour (?:l'expose|le projet|le tp|les devoirs|le dm|reviser)|(?:pal|pa'l|para el|pa el) (?:trabajo|proyecto|examen)|"
    r"(?:teacher|prof|profe|profesora?|maestr[ao]) (?:will be there|is coming|is there|sera la|est la|vient|va\b|viene|tb\b|tambien|estara))"
)
# A parent's sign-off at the end of the message ("love Mum", "bisous maman", "besos mama", "- dad").
_PARENT_SIGNOFF = (
    r"(?:\b(?:love|luv|lots of love|love you|xo|xoxo|xx|x|hugs|bisous|gros bisous|bises|bizous|besos|besitos|un beso|abrazos|te quiero|je t'aime)"
    r"[,!.]*\s*|[-\u2013\u2014]+ ?)(?:from )?(?:your |ta |ton |tu )?(?:mum|mom|mommy|mummy|mam|ma|dad|daddy|papa|maman|mamie|papi|papy|mami|mama|"
    r"grandma|grandpa|nana|granny|gran|abuela|abuelo|auntie|aunt|uncle|tata|tonton|tia|tio|sister|sis|brother|soeur|frere|hermana|hermano)\W*$"
)
_NOT_GROUP = rf"(?![^\n]{{0,80}}?\b{_GROUP_OR_ERRAND})(?![^\n]{{0,200}}?{_PARENT_SIGNOFF})"


# A notice headed for a class or a team ("Excursion: nos vemos el jueves...", "Field trip: meet at..."):
# each header is its own fixed-width lookbehind, checked only where the match starts after ": ".
_NOT_NOTICE = "(?:(?<!: )|(?<=: )" + "".join(f"(?<!{h}: )(?<!{h} : )" for h in (
    "excursion", "field trip", "school trip", "trip", "reminder", "notice", "sortie", "sortie scolaire", "rappel",
    "salida", "aviso", "recordatorio", "paseo",
    # a message headed by a parent or a coach ("Dad: i'll pick you up after practice", "Papa : je viens te chercher")
    "dad", "mom", "mum", "papa", "maman", "mama", "mami", "papi", "coach", "entraineur", "entrenador")) + ")"


def _in_person(*regexes: str) -> tuple[str, ...]:
    """Meeting regexes with the notice guard before each match, and the online guard and the
    group-outing and errand guard after it."""
    return tuple(f"{_NOT_NOTICE}(?:{r}){_NOT_ONLINE}{_NOT_GROUP}" for r in regexes)


ESCALATION_PATTERNS: list[Pattern] = [
    # --- image_request ---------------------------------------------------------------------
    *_p(
        C.IMAGE_REQUEST,
        "asks for photos or video of the child",
        # send / show / snap me a pic (of you | for me | rn | ?); take / get need "me" or "of you".
        rf"\b(?:send|s\.e\.n\.d|sent|snd|sen|sned|semd|sendd|show|snap|drop|dm|text|post|share|chuck|bung|flick|shoot|throw|ping|slide|gimme|gimmie|give me|giz|gies|gizza|hit me with|hmu with)(?: (?:me|us|over))?(?: (?:a|an|another|one|some|more|a few|few|your|ur|that|the|1|just one|a quick|a cute|a new))?"
        rf"(?: (?:quick|cute|new|recent|real|little|nice|good|wee|lil|pretty))? {_PHOTO_EN}{_OF_YOU_EN}"
        # a camera emoji for the photo: "s.e.n.d a 📸 of u"
        r"|\b(?:send|s\.e\.n\.d|snd|show|snap|drop|gimme|give me)(?: me| us)? (?:a|an|one|another|1|your) [\U0001f4f8\U0001f4f7]\s?(?:of (?:you|yourself)\b|for me\b)",
        rf"\b(?:take|get|snap|film|record)(?: (?:me|us))? (?:a |another |one |some |a few |a quick |a cute )?{_PHOTO_EN} (?:of (?:you|yourself|urself|your face)\b|for me\b)",
        rf"\b(?:send|want|wanna|need|see|have|got|get|gimme|give me|like)\b[^.?!]{{0,25}}\b{_PHOTO_EN} of (?:you|yourself|urself|your face)\b",
        r"\btake (?:a |another |one |some )?(?:selfie|selfies|pic|pics|photo|photos) (?:for me|and send)\b",
        r"\b(?:send|snap|take|get)(?: me)? (?:one|1|another) (?:of you )?in (?:your|ya) (?:school |new )?(?:uniform|pjs|pj's|pajamas|pyjamas|jammies|nightie|swimsuit|bathing suit|swimming costume|cossie|bikini|dress|outfit)\b",
        rf"(?:^\W*|\b(?:a|another|one|some|your|quick) ){_PHOTO_EN} of (?:your|ya) (?:outfit|fit|ootd)\b",
        rf"\b(?:can|could|may|let) (?:i|me) (?:see|get|have) (?:a |another |one |some |more |your )?{_PHOTO_EN}\b(?! of (?:the|it|that|this|my|his|her|their)\b)",
        r"^\W*(?:a |one |another )?(?:selfie|pic|photo|foto)s? ?\?",
        r"\b(?:just|only) (?:one|1) of (?:you|yourself)\b(?! (?:guys|two|all|can|has|have|is|was|will|should|would|are))",
        r"\bif you send (?:one|it|me one)\b",
        r"\bnever sent (?:the|that|me the|me a|me that) (?:pic|photo|picture|selfie)\b",
        # send another, or the one I have goes out: "send it or it goes out", "send one more or everyone sees"
        r"\bsend (?:it|one|another|more|one more|a new one|them)\b,? (?:or(?: else)?|otherwise|if not)[, ]+(?:it (?:goes|gets) (?:out|up|online|posted|sent)|"
        r"i (?:post|leak|share|send|upload)|every(?:one|body) (?:sees|gets)|the old one)\b",
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks the child to turn on the camera or join a video call",
        # camera / video calls
        r"\b(?:turn|switch|flip|put) on (?:your |the |that |ya |ur |this )?(?:cam|camera|webcam|video)\b(?! game)(?![^.?!]{0,40}\b(?:class|lesson|lecture|seminar|webinar|tutorial|roll call|attendance|register|presentation|quiz|exam|meeting|standup|stand-up)\b)",
        r"\b(?:turn|switch|flip|put|get|keep|leave) (?:your |the |that |ya |ur |this )?(?:cam on|camera on|webcam on|video on|cam back on|camera back on)\b(?![^.?!]{0,40}\b(?:class|lesson|lecture|seminar|webinar|tutorial|roll call|attendance|register|presentation|quiz|exam|meeting|standup|stand-up)\b)",
        r"\b(?:you|yourself|get|go|hop|jump|be|come) on (?:cam|camera|webcam|video)\b(?! (?:for|in) (?:the )?class)",
        r"\b(?:you|yourself) in front of (?:the |your )?(?:cam|camera|webcam)\b",
        r"(?:^\W*|[.!?,] *|\byour )(?:cam on|camera on|webcam on)\b(?! (?:for|in) (?:the )?class)",
        r"\bvid(?:eo|oe|e)? ?(?:call|chat|cal)\b(?![^.?!]{0,15}\b(?:with )?(?:your |the |my |ur )?(?:grandma|grandpa|granny|gran|nana|nan|grandparents|grandad|granddad|aunt|auntie|uncle|cousins?|family|class|team|teacher|tutor|doctor|therapist)\b)",
        r"\bprivate (?:call|video|stream)\b",
        r"\bfacetime (?:me|with me|now|tonight|right now|later)\b",
        r"\b(?:let'?s|want to|can we|could we|should we|we should|we can|will you) (?:facetime|video ?chat|video ?call|vc|cam)\b(?![^.?!]{0,15}\b(?:with )?(?:your |the |my |ur )?(?:grandma|grandpa|granny|gran|nana|nan|grandparents|grandad|granddad|aunt|auntie|uncle|cousins?|family|class|team|teacher|tutor|doctor|therapist)\b)",
        r"\bno (?:filter|filtr|filtre)\b",
        # "📸 pls?", "just need a selfie so i know ur real"
        r"(?:\U0001f4f8|\U0001f4f7|\U0001f933)(?: (?:photo|selfie))?\W{0,3}(?:please|pleas|pleaz|plox|plx|pwease|pwetty please|pretty please|porfa|porfis|porfavor|por favor|xfa|"
        r"s'il te plait|s'il vous plait|stp|svp|plz|plis|pliz)\b",
        # "a selfie when you wake up": a selfie is of the child, whatever the moment
        r"\b(?:send|snap|dm|text|drop|gimme|give me|get)(?: me)? (?:a |an |another |one |your |a quick |a cute |a new )?(?:selfies?|selfys?|selfees?|selfis?) "
        r"(?:when|wen|whn|once|after|as soon as|before|tonight|later|tomorrow|in the morning|first thing)\b",
        # "just one, no one else will see": the one photo, promised to stay private
        r"\b(?:just|only|jus) (?:one|1)(?: (?:more )?(?:pic|pics|photo|photos|selfie|snap|vid|video|of you))?\W{0,12}(?:and |i promise |promise |i swear )?(?:no one|nobody|noone|no1|no-one) (?:else )?(?:will|would|is going to|is gonna|gonna|will ever|can|has to) (?:ever )?see\b",
        # "so i can see that pretty smile": to see the child's face, flattered
        r"\bso (?:that )?i (?:can|could|get to|may|might) (?:see|look at|admire|c) (?:that|your|ya|those|ur) (?:pretty|cute|beautiful|gorgeous|lovely|sweet|adorable|perfect|stunning|sexy|hot|little|lil) "
        r"(?:smile|face|eyes|self|body|outfit|legs)\b",
        r"\b(?:need|want|wanna)\b[^.?!]{0,25}\b(?:a |one |your )?(?:selfie|pic|photo|picture)s? (?:so i (?:know|can see|can tell)|to (?:prove|verify|check))\b",
        r"\b(?:pics?|photos?|pictures?|selfies?) (?:with (?:no|out) (?:makeup|filter)|without (?:makeup|a filter|filters)|natural(?:ly)?,? no makeup)\b",
        r"^\W*(?:on |get on |hop on |jump on )?(?:cam|camera|webcam|facetime)(?: (?:now|rn|right now|tonight|later|with me))?\s*\?",
        r"\b(?:ft|facetime|face time|vc) me\b|\b(?:hop|get|jump|come) on (?:ft|facetime|face time)\b|\bfacetime\s*\?",
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks to see what the child looks like, or to trade photos",
        r"\b(?:show|send|tell) me what (?:you|ya) (?:look|looks|really look) like\b",
        # not knowing the child's face, owed in return: "i still don't know what u look like, only fair since u saw mine"
        r"(?:\bwhat (?:you|ya) (?:look|looks|really look) like|\ba quoi tu ressembles|\bno (?:se|conozco|he visto) (?:todavia |aun |ni )?(?:como eres|como te ves|tu cara))\b"
        r"[^.?!]{0,40}?\b(?:only fair|it's fair|fair's fair|your turn to (?:send|show)|you (?:already )?(?:saw|seen|have seen|got) (?:mine|my (?:face|pic|photo))|i (?:sent|showed) (?:you )?mine|"
        r"a ton tour|(?:t'as|tu as|tu m'as) (?:deja )?vu (?:ma|mes|mon)|te toca|(?:tu )?ya (?:viste|conoces|has visto) (?:mi|mis))\b",
        r"\b(?:let me|can i|could i|i want to|i wanna|i need to|i'd love to|i'd like to) see (?:what (?:you|ya) (?:look|really look) like|(?:your|ya) (?:face|pretty face|cute face|smile|outfit))\b",
        r"\b(?:show|send) me (?:your|ya) (?:face|pretty face|cute face|smile|outfit)\b(?! (?:mask|cream|wash|paint))",
        r"\b(?:face|body|full body|mirror|outfit) (?:pic|pics|photo|photos|selfie|selfies)(?! of (?:the|it|that|this|my|his|her|their)\b)(?:\s*\?|\s*$| (?:please|right now|now|for me|of you)\b)",
        r"\bface reveal\b(?! (?:video|stream|for (?:the|my) (?:channel|stream|fans)))",
        r"\b(?:pic|pics|photo|photos|selfie|selfies) for (?:a )?(?:pic|pics|photo|photos|selfie|selfies)\b",
        r"\b(?:trade|swap|exchange|trading|swapping) (?:pics|photos|selfies|snaps|pictures)\b(?! (?:of|from) (?:the|our|my|his|her|their)\b)",
        r"\b(?:send|snap) (?:me )?(?:one|a pic|a photo|a selfie) back\b|\byour turn to send\b",
        r"\b(?:lemme|let me) see (?:you|ya)\s*(?:[?!.,]|$| (?:please|right now|now|on cam|first)\b)",
        r"\b(?:want to|wanna|need to|let me|lemme|gotta|got to) (?:see|c) (?:your|ya) (?:face|pretty face|cute face|smile|body)\b",
        r"(?:^\W*|\b(?:you|ya) )(?:got |have )?any (?:pics|photos|selfies|pictures)(?: of (?:you|yourself))?\s*(?:\?|$)|\b(?:you|ya) (?:got|have) (?:any )?(?:pics|photos|selfies|pictures)\s*(?:\?|$)"
        r"|\b(?:got|have|any) (?:any )?(?:newer|more recent|recent|current|new|other) (?:ones|pics|photos|selfies|pictures)(?: of (?:you|yourself))?\s*(?:\?|$)",
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks for photos or video of the child, or the camera",
        # French
        rf"(?:\b|(?<![\w'])3)(?:envoie|envoies|envoi|envois|envoye|envoyes|envoyer|envoyez|envoy|envoit|envoa|anvoie|anvoi|envoei|nvoie|nvoi|nv0i|nvo1|nv01|nvoy|montre|montres|montrer|balance|balances|fais|fait|passe|passes)(?:[- ]?(?:moi|moe|moa|mwa|m'|-m'))? ?(?:(?:vite|donc|juste|direct|stp|svp) )?(?:une |un |des |ta |tes |1 |encore une |juste une |juste un |la |les |\d )?{_SMALL_FR}{_PHOTO_FR}{_OF_YOU_FR}"
        r"|(?:\b|(?<![\w'])3)(?:envoie|envoi|nvoie|nvoi|nv0i|nvo1|nv01|montre|balance)(?:[- ]?(?:moi|m'))? ?(?:un|une|1|ta) [\U0001f4f8\U0001f4f7]\s?(?:de toi|d[e3] t[o0][i1])\b",
        rf"\bm'?(?:envoyer|envoie|envoies|envoyes|envoye|envoi|envois|montrer|montres|montre) (?:une |un |des |ta |tes |1 |encore une |juste une )?{_SMALL_FR}{_PHOTO_FR}{_OF_YOU_FR}",
        rf"\b{_PHOTO_FR} de toi\b(?! avec (?:ta|ton|tes|le|la|les|sa|son|ses) )",
        r"\b(?:juste|seulement|rien qu') ?(?:une?|1) de toi\b",
        r"\bprends?[- ]toi en (?:photo|selfie|video)\b",
        r"\b(?:ouvre|allume|ouvres|allumes|mets|met|active|actives|part|pars) (?:voir |donc |vite |un peu |deux minutes |juste )?ta (?:camera|cam|webcam)\b(?![^\n]{0,50}\b(?:cours|classe|prof|reunion|examen|controle|visio)\b)"
        r"|\b(?:camera|cam|webcam) (?:ouverte|allumee)\b(?![^.?!]{0,40}\b(?:cours|classe|prof|reunion|examen|controle)\b)",
        r"\b(?:que|pour que|comme ca|histoire que|afin que) (?:je|j') ?(?:te )?(?:voie|vois|puisse voir|puisse admirer|admire) (?:ton|ta|tes) (?:(?:joli|jolie|jolis|beau|bel|belle|beaux|"
        r"magnifique|mignon|mignonne|petit|petite|adorable|superbe) (?:sourire|visage|yeux|corps|tete)|frimousse|minois|bouille)\b",
        r"\b(?:juste|rien qu'?|seulement|que) ?(?:une?|1)(?: (?:photo|tof|selfie|video|de toi))?\W{0,12}(?:et |promis |je te jure |jte jure )?personne (?:d'autre |d'autres |dautre )?(?:ne )?(?:la |le |les )?(?:verra|va (?:la |le |les )?voir)\b",
        r"\b(?:ap+el+e?s?|chat) video\b(?![^.?!]{0,15}\bavec (?:ta |ton |tes |la |le |les )?(?:mamie|mami|papi|papy|grand-mere|grand-pere|grands-parents|tata|tante|tonton|oncle|cousins?|cousines?|famille|classe|prof|profs)\b)",
        r"(?:\b(?:on s'?appelle|on se fait un appel|appelle[- ]moi|on fait un ap+el+) (?:en )?(?:video|facetime|face time|cam)\b|\b(?:on (?:fait|se fait|s'fait|s'fais|s fait)|tu me fais|tu m'fais|fais[- ]moi) (?:un|une) (?:facetime|face time|ap+el+ video)\b)(?![^.?!]{0,15}\bavec (?:ta |ton |tes |la |le |les )?(?:mamie|mami|papi|papy|grand-mere|grand-pere|grands-parents|tata|tante|tonton|oncle|cousins?|cousines?|famille|classe|prof|profs)\b)",
        r"\b(?:photos?|tofs?|videos?) (?:naturelles?|sans maquillage|sans filtre)\b|\bm'?en (?:envoies?|envoyer|renvoies?|renvoyer) (?:une |un )?(?:autre|nouvelle|deux|encore)\b",
        r"\bmontre[- ]?toi\b(?! (?:gentil|gentille|sympa|patient|patiente|prudent|prudente|plus))",
        r"\b(?:fais|fait)[- ]?(?:moi|moe) voir (?:ta (?:tete|face|gueule|bouille|photo|tenue|robe|coiffure)|tes (?:fringues|vetements)|ton (?:visage|look|style|outfit|pyjama|maillot)|a quoi tu ressembles|t'as l'air de quoi|de quoi t'as l'air)\b",
        r"\b(?:je veux|j'?veux|jveux|j'aimerais|je voudrais|j'adorerais|laisse[- ]moi|je peux|je meurs d'envie de|j'ai hate de) (?:bien |tellement |trop |vraiment |juste |tant )?(?:te voir|voir) (?:ta (?:tete|face|bouille)|ton visage|a quoi tu ressembles|de quoi t'as l'air|t'as l'air de quoi)\b",
        r"\b(?:t'?as|tu as|t'?aurais|tu aurais|as-tu|aurais-tu) (?:des|une|d'autres|pas des|pas une) (?:photos?|tofs?|selfies?)(?: (?:recentes?|nouvelles?|plus recentes?|actuelles?|de toi|de maintenant))?\s*(?:\?|$)",
        r"\b(?:une )?(?:photo|tof|selfie) contre (?:une )?(?:photo|tof|selfie)\b|\b(?:echange|echanger|echanges|on echange) (?:de |des |nos )?(?:photos|tofs|selfies)\b",
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks for photos or video of the child, or the camera",
        # Spanish
        rf"\b(?:mandame|mandam|enviame|pasame|muestrame|ensename|mand[a4]|envia|mandas|envias|pasas|me mandas|me envias|me pasas|mandarme|enviarme|pasarme)(?:me)? (?:una |un4 |unas |un |tu |tus |otra |1 |alguna )?(?:(?:linda|bonita|nueva|rapida|pequena|buena|otra) )?{_PHOTO_ES}{_OF_YOU_ES}"
        r"|\b(?:mandame|manda|mand4|enviame|envia|pasame|pasa)(?:me)? (?:una|un4|un|1|tu) [\U0001f4f8\U0001f4f7]\s?(?:tuy[a4]s?|de ti)\b",
        rf"\b{_PHOTO_ES} (?:tuyas?|tuyos?|de ti)\b(?! con (?:tu|tus|la|el|los|las|su|sus) )",
        r"\b(?:solo|nomas|nada mas|aunque sea) (?:una|1) tuya\b",
        r"\b(?:tomate|sacate|hazte) (?:una |un )?(?:foto|selfie|video)\b",
        r"\b(?:prende|prendes|enciende|enciendes|pon|ponte|abre|abres|activa|activas) (?:la |tu )?(?:camara|cam|webcam)\b",
        r"\bponte en (?:camara|cam)\b",
        r"\bvideo ?(?:llamada|yamada|llamda)\b(?![^.?!]{0,15}\bcon (?:la |el |los |las |tu |tus |mi |mis )?(?:abuel[ao]s?|tias?|tios?|primos?|primas?|familia|clase|profe|profesora?|maestra?)\b)",
        r"\b(?:fotos?|videos?) (?:naturales|sin maquillaje|sin filtro)\b|\b(?:quiero|kiero|dejame|deja) verte (?:la |tu )?(?:cara|carita)\b",
        r"\b(?:me encantaria|me gustaria|quisiera|quiero|kiero|me muero por|me muero de ganas de|tengo ganas de) (?:ver|mirar) (?:como (?:eres|te ves|luces|vas vestid[ao]|andas vestid[ao]|vas(?= hoy| ahora| ahorita| vestid))|tu (?:cara|carita|look|outfit|sonrisa))\b",
        r"\b(?:asi|para que|pa que|y asi|que) (?:te )?(?:veo|vea|pueda ver|mire|miro|admire) (?:esa|esas|tu|tus|esos|ese) (?:(?:linda|bonita|hermosa|preciosa|bella|lindos|hermosos|bellos) "
        r"(?:sonrisa|cara|carita|ojos|ojitos|cuerpo)|(?:sonrisa|cara|carita|ojos|ojitos|cuerpo|cuerpito) (?:linda|bonita|hermosa|preciosa|bella|lindos|hermosos|bellos)|carita|ojitos|sonrisita|cuerpito)\b",
        r"\b(?:solo|nomas|nada mas|aunque sea) (?:una|1|un)(?: (?:foto|fotito|selfie|video|tuya))?\W{0,12}(?:y |te lo juro |lo juro |te juro )?nadie (?:mas )?(?:la |lo |las |los )?(?:va a ver|vera|podra ver|tiene que ver)\b",
        r"\b(?:muestrame|ensename|mandame|quiero ver|kiero ver|dejame ver|a ver|me muestras|me ensenas) como te (?:queda|quedan|ves con|ves en|sienta|sientan)\b",
        r"\b(?:muestrate|muestrame tu (?:cara|carita)|dejame verte|deja verte|quiero ver (?:como eres|tu (?:cara|carita))|a ver (?:como eres|tu (?:cara|carita))|ensename tu (?:cara|carita))\b",
        r"\b(?:tienes|tenes|tiene|no tienes|tendras|tenis) (?:fotos?|selfies?|alguna foto|otra foto|una foto)(?: (?:recientes?|nuevas?|actual(?:es)?|de ahora|tuyas?|mas recientes?))?\s*(?:\?|$)",
        r"\b(?:pasa|pasame|pasas|me pasas|manda|mandame|mandas|me mandas|envia|enviame|me envias) (?:el |tu |un |ese |el famoso )?pack\b(?! de)",
        r"\b(?:foto|selfie) por (?:foto|selfie)\b|\b(?:intercambiamos|intercambiar|intercambiemos|cambiamos) (?:fotos|selfies)\b",
        r"\b(?:hacemos|hagamos|hacer) (?:un )?(?:facetime|face time|videochat|video chat)\b",
    ),
    # --- compliance_testing ----------------------------------------------------------------
    *_p(
        C.COMPLIANCE_TESTING,
        "tests whether the child will comply",
        # would you do anything / whatever I ask
        rf"\b(?:would|will|wld|wud|wuld|woud|wood) (?:you|ya|yall) do {_ANY_EN} (?:for me|i (?:ask|asked|say|said|tell|told|want|wanted|need))\b",
        # a favour owed first: "but you gotta do something for me first"
        r"\byou (?:gotta|got to|have to|need to|must|will have to|'ll have to) do (?:something|smth|sth|a favou?r|one thing|a little thing) for me\b"
        r"(?!\s*[:,-]?\s*(?:take|clean|wash|do (?:the|your)|feed|walk|empty|grab|pick|buy|get|bring|help|call|tell|set|make|put)\b)",
        r"\b(?:would|will|wld|wud|wuld) (?:you|ya) do (?:anything|anythin|owt|anythink)\b(?! (?:different|differently|else|fun|special|interesting|exciting|cool|nice|new|today|tonight|tomorrow|this|that|later|on|at|over|with|about|in|to|after|before|besides|like|similar|wrong|right|else)\b)[^.?!]{0,25}\?",
        rf"\b(?:you'?d|you would|you will|you'll|youll) do {_ANY_EN} (?:for me|i (?:ask|asked|say|said|tell|told|want))\b",
        r"\bdo (?:anything|anythin|anythink|owt|everything|whatever) (?:for me|i (?:ask|asked|say|said|tell you))\b",
        # "if i asked you a favour, would you do it (no questions)"; "how far would you go for me"
        r"\bif i (?:asked|ask|told|tell) (?:you|ya)(?: (?:for|to do))? (?:a favou?r|something|smth|sth|somethin|one thing|a thing|anything|owt|this)\b[^.?!]{0,20}\b(?:(?:would|will|wud|wld|woud) (?:you|ya)|you'?d|you would|you will|you'll|ud) (?:still |really |actually |even |even still )?(?:do it|say yes|do that|do this|do it for me)\b",
        # "you'd do it for me, wouldn't you?", "if u luv me ud do it", "show me you're not a baby"
        r"\b(?:you'd do|youd do|you would do|ud do) (?:it|this|that) for me\b",
        r"\b(?:show|prove to) me (?:that )?(?:you're|you are|your) not (?:a baby|a kid|a child|scared|chicken|a chicken|boring|a prude|shy)\b",
        r"\bif (?:you|u) (?:" + _REALLY_EN + r")?(?:luv|luved|wuv|love|loved) me\b[^.?!]{0,12}\b(?:you'?d|ud|you would|you will|you'll) (?:do it|say yes|send|prove)\b",
        r"\byou can do (?:that|this|it) for me,? (?:right|yeah|can't you|cant you)\b",
        r"\b(?:you|u) (?:do|will do|'ll do) (?:\w+ ){0,3}?(?:when|whenever) i (?:say so|say|tell you(?: to)?)(?=\s*(?:[.!]|$))",
        r"\b(?:would|will|wud|wld|could) (?:you|ya) do (?:it|that|this|something|smth|one thing|a favou?r|anything|owt)(?: for me)?,? (?:no questions(?: asked)?|without (?:asking |any )?questions?|without question|without asking why)\b",
        r"\b(?:would|will|wud|wld) (?:you|ya) do (?:something|smth|sth|somethin|sumthin|sumthing|summat|somethin'|one thing|a thing|this|that) for me if i (?:ask|asked|asked you|ask you)\b|"
        r"\b(?:do|don't|dont) (?:you|ya) (?:love|luv|like|care about|trust) me enough (?:to|for|2)\b|\btu m'?aimes (?:assez|suffisamment) pour\b|"
        r"\bme (?:quieres|amas|tienes confianza) (?:lo suficiente|suficiente) (?:para|como para)\b|\b(?:are|r) (?:you|ya) (?:really |actually |even )?(?:100% |fully |totally )?loyal(?: (?:to|2) m[e3]\b|,? or (?:not|nah|no)\b|\s*\?)"
        r"|\b(?:t'?es|t|tes|tu es|tu est|t'?est|es-tu|t'es-tu|t'es tu|tu serais|serais-tu) (?:vraiment |vrm |vraiment vraiment )?(?:100% |a 100% )?(?:loyale?s?|fidele|fideles)(?: (?:envers moi|avec moi|a moi|ou (?:pas|non))\b|\s*\?)"
        r"|\b(?:eres|3res|sos|eris|erai) (?:de verdad |realmente )?(?:100% |al 100% )?(?:leal|fiel)(?: (?:conmigo|a mi)\b|,? o no\b|\s*\?)",
        r"\bhow far would (?:you|ya) go (?:for|4) me\b|\bwhat would (?:you|ya) do for me\b|\bwhat (?:are|r) you willing to do for me\b|\b(?:would|will) you (?:do|go) (?:anything|anywhere) for me\b",
        # "you trust me, right?"
        # trust me?
        r"\b(?:do|don't|dont) you (?:" + _REALLY_EN + r")?trust me\b" + _NOT_A_TASK,
        r"\byou (?:don'?t|do not|dont|never) trust me\b",
        r"\b(?:you )?trust m[e3]\s*\?",
        r"\byou trust m[e3],? (?:right|rite|ryt|rigt|rght|don't you|dont you|yeah|yea|yes|no|eh|innit|ya|yh|fr|abi|sha|init)\b",
        # "i wan know say you trust me", "i need to know i can trust you"
        r"\bi (?:want to|wan|wanna|need to|have to|got to|gotta|just want to|just need to|wan to) (?:know|see|be sure|make sure|check) (?:if |whether |that |say |dat |sey )?"
        r"(?:i can (?:really |actually |truly |fully )?trust you|you (?:really |actually |truly |fully |properly )?trust me)\b" + _NOT_A_TASK,
        # "if i beg you one thing, you do it without asking why": a request, then no questions
        r"\bif i (?:ever )?(?:ask|asked|beg|begged|tell|told|request|need|needed|want|wanted)(?: (?:you|ya))?(?: (?:for|to do))? (?:a favou?r|something|smth|sth|somethin|sumthin|summat|one thing|a thing|anything|owt|this|one favou?r|a big favou?r)\b"
        r"[^.?!]{0,50}?\b(?:without (?:you |ya )?(?:asking|questioning|a question|any questions?|thinking|saying no|arguing)|no questions(?: asked)?|(?:and )?(?:not|don't|dont|do not|never) (?:ask|question)(?: it| why| me| questions)?)\b",
        r"\b(?:can|could) i (?:really |actually )?trust you\b",
        # prove it / prove you care / show me you trust me
        r"(?:^|[.!?,] ?|\b(?:then|so|ok|okay|well|go on|come on|lol|now) )prove it\b(?!'s| is| was| works| wrong| right)(?!\W{0,4}(?:show|write|explain|justify|give) (?:your|the|all|each|every) (?:work|working|steps|answer|reasoning|method|calculation)\b)(?!\W{0,4}(?:(?:lol|haha|lmao|xd|then) )?(?:i )?bet\b|\W{0,4}(?:(?:lol|haha|lmao|xd|then) )?(?:you|u) (?:can't|cant|won't|wont) (?:solve|beat|do|win|finish|make|eat|run|jump|get|catch)\b)",
        r"\bprov[e3] (?:it )?(?:to m[e3] )?(?:that )?you (?:" + _REALLY_EN + r")?(?:care|love|like|trust|mean it|want me|miss me)\b",
        r"\bprov[e3] (?:your|ur) (?:love|trust|loyalty|feelings)\b",
        r"\bshow me (?:that )?you (?:" + _REALLY_EN + r")?(?:care|love|trust|mean it)\b",
        r"\bif you (?:" + _REALLY_EN + r")?(?:trust|trusted|like|liked|love|loved|luv|luved|care about|cared about|cared for) me\b" + _NOT_A_TASK,
        r"\bdo you love me or not\b",
        r"\bif you (?:" + _REALLY_EN + r")?(?:cared|meant it|were (?:serious|mature|really mine|my friend|my real friend)|were really (?:mine|my friend)),? (?:then )?(?:you'?d|you would|you will|you'll|youll)\b",
        r"\b(?:a good|good) (?:girl|girls|boy|boys) (?:would|do|does|listen|listens|obey|obeys) (?:do (?:it|this|that|as|what)|what|as|to me|when)\b",
        r"(?:^\W*|[.!?,] ?|\b(?:just|now|so|you'll|you will|you have to|you must|you need to|you got to|i need you to|i want you to|always|then) )do (?:as|what) (?:i (?:say|said|tell you|told you|ask|asked)|(?:you'?re|you are|your) told)\b(?!,? not as)",
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
        r"\btu (?:n'?)?(?:m[e3] |m'|m )fais(?:[- ]tu)? (?:pas |vraiment |vraimant |vrm |vrmt )?confianc[e3]\b" + _NOT_A_TASK,
        r"\b(?:fais|fait)[- ]tu (?:pas )?confiance\b(?! (?:a|au|aux|en) (?!moi))",
        r"\bferais[- ]tu (?:n'?importe quoi|nimporte quoi|tout)\b",
        r"\btu (?:ferais|ferait|feras|ferai|vas faire) (?:n'?importe quoi|nimporte quoi|tout|ce que je|ce que j')(?: ce que je| ce que j'| pour moi\b| \?|\s*\?| pour [^.?!]{1,20}\?)",
        # a favour owed for a gift: "faut que tu me prouves que t'es cool", "tu dois me prouver"
        r"\b(?:faut (?:que )?tu me|faudra que tu me|tu dois me|tu vas devoir me) prouver?s?\b(?=\s+(?:que (?:t'|tu |t )|ta |ton |tes ))",
        r"\btu (?:ferais|ferait|feras|ferai) ce (?:que|qu') (?:je|j')",
        r"\bprouv[e3][- ]?(?:le|l3|la|moi|le moi|le-moi)\b(?!\W{0,4}(?:(?:montre|ecris|explique|justifie|donne|detaille) (?:ton|ta|tes|le|la|les) (?:raisonnement|calcul|calculs|etapes|demarche|methode|reponse|travail)\b|je (?:te )?parie|j'?parie|t'arrives pas|tu (?:n')?arrives pas|t'es pas cap|tu peux pas|tu (?:ne )?(?:peux|sauras) pas))",
        r"\bprouv(?:[e3]|er|es) (?:que tu|qu'tu|qu'?t'|ok tu)\b",
        # "si je te demande un truc, tu le fais (sans poser de questions) ?"
        r"\bsi (?:je te|j'?te|jte|je t'|j't'|jt') ?(?:demande|demandais|demandait|dis de|disais de)\b(?! (?:de |d')?(?:sortir|ranger|acheter|nourrir|arroser|laver|vider|mettre la table|passer l'aspirateur|"
        r"faire (?:la vaisselle|tes devoirs|ton lit|les courses)|prendre du pain|prendre du lait|promener))[^.?!]{0,45}\btu (?:le |l'|la |me le |me l')?(?:fais|ferais|feras|ferait|fait|fera)\b",
        r"\b(?:tu (?:le |l'|la |ca |me le |me l')?(?:fais|ferais|feras|ferait|fait|fera)|compter sur toi|compte sur toi)\b[^.?!]{0,25}\bsans (?:poser de questions?|poser des questions?|(?:me )?poser de questions?|discuter|broncher|hesiter|dire non|reflechir|rien demander|"
        r"que tu (?:me )?(?:poses|demandes) (?:trop de |de |des |aucune |pas de )?questions?)\b",
        r"\btu (?:le|l'|ca|ça) ferais pour moi\b|\btu ferais (?:ca|ça|ceci|un truc|quelque chose|qqch|qqc) pour moi\b",
        r"\bjusqu'?(?:ou|a ou) (?:tu irais|t'irais|irais-tu|tu serais prete?) pour moi\b|\bt'?es (?:pret|prete|prets) a tout pour moi\b|\b(?:tu serais|serais-tu) (?:pret|prete) a tout\b",
        r"\bsi tu (?:m'|me )(?:aimais|aimes|aimai|aimait|kiffais|kiffes|faisais confiance)\b",
        r"\bsi (?:je te|j'?te|jte|je t'|j't'|jt') ?(?:demande|demandais|demandait)\b[^.?!]{0,30}\btu (?:(?:me )?dirais|diras|dis|vas dire) oui\b",
        r"\btu m'?aimes ou (?:pas|non)\b|\bfais ce (?:que|qu') (?:je te|j'?te|jte) (?:dis|demande)\b|\bsi (?:tu m'|t'|tu )obeis\b|\bobeis[- ]moi\b",
        r"\b(?:t'?es|tu es|tu serais|t'serais) (?:pret|prete|prets|pretes) a (?:tout|faire (?:ce qu'il faut|n'importe quoi|tout))\b",
        r"\bquand je (?:te )?(?:le )?(?:dis|dirai|demande|demanderai)(?=\s*(?:[.!]|$))",
        # "sois gentille et personne ne saura", "portate bien y todo queda entre nosotros", "be a good kid and nobody finds out"
        r"\bsois (?:gentille?|sage|obeissante?|mignonne|docile) (?:et|pis) (?:personne|rien|tout (?:ira|va))\b",
        r"\b(?:portate|pórtate|se) (?:bien|buena|buenito|buenita|obediente) (?:y|e) (?:todo|nadie|nada|no pasa)\b",
        r"\bbe (?:a )?(?:good|nice|obedient) (?:girl|boy|kid)?(?: for me)? ?(?:and|&|n) (?:nobody|no one|nothing|everything)\b",
        r"\bsi (?:tu tenais|tu tiens) (?:vraiment |vraimant |vrm )?a moi\b",
        # "je veux savoir si je peux te faire confiance", "faut que je sache si tu me fais confiance"
        r"\b(?:je veux|j'?veux|jveux|j'ai besoin de|j'aimerais|je dois|faut que je|il faut que je) (?:savoir|voir|etre sure?|verifier|sache|voie) (?:si|que|qu') ?"
        r"(?:je peux (?:vraiment |vrm )?(?:te faire confiance|compter sur toi)|tu (?:me )?fais (?:vraiment |vrm )?confiance|t'?as (?:vraiment )?confiance en moi|tu as confiance en moi|t'?es (?:vraiment )?(?:loyale?|fidele))\b" + _NOT_A_TASK,
    ),
    *_p(
        C.COMPLIANCE_TESTING,
        "tests whether the child will comply",
        # Spanish
        r"\b(?:confias|confiais|confia|confiarias|conf[i1][a4][s5]) [e3]n m[i1]\b" + _NOT_A_TASK + r"|\b(?:me tienes|me tenes|tienes|tenes|me tiene) (?:confianza|confiansa)\b",
        r"\b(?:harias|arias|harias|vas a hacer|haras) (?:lo que sea|cualquier cosa|todo|lo que (?:yo )?(?:te )?(?:pida|pido|diga|digo))\b",
        r"\b(?:tienes|tenes|vas a tener|tendras) que (?:demostrarme|probarme)\b(?=\s+(?:que (?:eres|sos|me|tu|de verdad|si)|tu |tus ))",
        r"\b(?:haria|harian|arian|hara|haria usted|usted haria)(?: usted)?(?: si| de verdad)? (?:lo que sea|cualquier cosa|todo|lo que (?:le |te )?(?:pida|pido|diga|digo))[^.?!]{0,8} por mi\b",
        # "si te pido algo, lo haces (sin preguntar)?"
        r"\bsi (?:yo )?(?:te|t) (?:pido|pidiera|pidiese)\b[^.?!]{0,30}\b(?:lo |la |me lo )?(?:haces|harias|haras|hacias)\b|\bsi le (?:pido|pidiera)\b[^.?!]{0,30}\b(?:lo |la |me lo )?(?:hace|haria)\b",
        r"\b(?:(?:lo |la |me lo )?(?:haces|harias|haras|hace|haria|hacerlo)|contar contigo|cuento contigo)\b[^.?!]{0,25}\bsin (?:preguntar|hacer preguntas|decir nada|chistar|rechistar|pensarlo|dudar|pedir explicaciones|"
        r"que (?:me )?hagas (?:muchas |tantas |ninguna |mas )?preguntas?)\b",
        r"\bhasta donde (?:llegarias|serias capaz de llegar|irias) por mi\b|\b(?:estas|estarias) (?:dispuesta?|lista?) a (?:todo|hacer lo que sea|hacer cualquier cosa) por mi\b",
        r"\bhaz lo que (?:te )?(?:digo|pido)\b|\b(?:haces|hagas|hace|haga|hacer) lo que (?:yo )?(?:te |le )?(?:pido|digo|diga|pida|mande|mando)\b",
        r"\bsi (?:te|t) (?:pido|pidiera|pidiese)\b[^.?!]{0,30}\b(?:me )?(?:vas a decir|dirias|dices|diras) (?:que )?si\b",
        r"\bcuando yo (?:te )?(?:lo )?(?:diga|mande|pida)(?=\s*(?:[.!]|$))|\b(?:me quieres|me amas) o no\b",
        r"\b(?:demuestramelo|demuestram[e3]|demostram[e3]|demostramelo|pruebamelo|pruebam[e3]|demuestral[o0]|demostral[o0]|pruebal[o0])\b(?!\W{0,4}(?:(?:escribe|muestra|explica|justifica|pon|haz) (?:el|tu|los|tus|la) (?:procedimiento|procedimientos|calculo|calculos|pasos|razonamiento|desarrollo|operacion|operaciones)\b|a que no|apuesto|no puedes|no vas a poder))",
        r"\bsi (?:de verdad |realmente |en verdad )?me (?:quisieras|quicieras|kisieras|quieres|amaras|amas|tuvieras confianza)\b",
        # "quiero saber si de verdad confias en mi", "necesito saber si puedo confiar en ti"
        r"\b(?:quiero|kiero|necesito|tengo que|nesesito) (?:saber|ver|estar segur[oa]|comprobar) (?:si|que) (?:de verdad |realmente |en verdad )?"
        r"(?:confias en mi|confiais en mi|puedo confiar en ti|me tienes confianza|me tenes confianza|eres (?:leal|fiel)|sos (?:leal|fiel))\b" + _NOT_A_TASK,
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
        # insists on a teenage age, or on being the child's age: "im rly 14", "i'm 15 same as you"
        rf"\b(?:i'm|i am) (?:really|realy|rly|relly|actually|actualy|honestly|truly|for real|fr|deadass|literally|legit|srsly|seriously|i swear)(?: only| just)? {_TEEN}\b",
        rf"\b(?:i swear|i promise|honestly|trust me|for real|no lie|no cap),? (?:i'm|i am) (?:only |just )?{_TEEN}\b",
        rf"\b(?:i'm|i am)(?: (?:only|just|also|like))? {_TEEN}(?: years? old| yo| y\.o\.?)?{_GAP}(?:like you|like yourself|same as you|just like you|same age as you|the same age as you)\b",
        rf"\b(?:i'm|i am) (?:only |just |really |actually )?{_TEEN}(?: years? old| yo)?,? (?:i swear|i promise|promise|trust me|for real|no cap|honest|swear down|on god|deadass)\b",
        r"\b(?:i'm|i am)(?: (?:also|really|rly|realy|actually|just|only|literally))? (?:a (?:girl|gurl|grl|gal|boy|guy|kid|teen|teenager) )?(?:your|yo) (?:age|agee|aged)\b|\b(?:i'm|i am) (?:the )?same age as you\b",
        r"\b(?:i'm|i am) (?:really|realy|rly|actually|actualy|honestly|truly|deadass|legit|for real|fr) a (?:girl|gurl|grl|gal|boy)(?: too| as well| like you| your age|,? i swear|,? i promise|,? trust me|,? promise|,? not (?:a|an|some) (?:guy|man|old|creep|boy|girl|adult))\b",
        rf"\b(?:i'm|i am) (?:not|no|nae|not even) (?:old|that old|auld|that auld|an adult|a grown ?up|an old man|old at all|a creep|some old guy|some creep|a perv|some perv),? (?:lol |haha |lmao )?(?:i'm |i am )?(?:only |just |like )?{_TEEN}\b",
        rf"\b(?:i meant|meant to say|typo,? i meant|sorry,? i meant|i mean),? (?:i'm |i am )?{_TEEN},? (?:not|lol not|haha not|not like) \d{{2}}\b|\b(?:i meant|meant to say|i mean),? (?:i'm|i am) {_TEEN}\b",
        # the profile says something else: "ignore what my profile says", "dont mind my pfp"
        r"\b(?:ignore|ignor|don't mind|never mind|nevermind|nvm|forget|forget about|don't look at|don't go by|don't believe|don't trust|disregard) (?:what )?(?:my|the) (?:old |fake |other )?(?:profile|profil|profile pic|profil pic|bio|pfp|dp|age on|age in|about me|acc|account)(?: says| said| pic)?\b",
        r"\b(?:my|the) (?:profile|profil|bio|pfp|dp|account|acc|page) (?:age |birthday )?(?:is|'s|says|said) (?:wrong|fake|not (?:really |actually )?(?:me|my age|right|true|real)|old|outdated|a joke|a lie|lying)\b",
        r"\b(?:this is|it's|its|that's|thats|that is|i'm on|i'm using|using|on) (?:my|me|ma) (?:cousin|cuz|brother|bro|sister|sis|friend|mate|older brother|older sister|big bro|big sis)'?s (?:account|acc|acct|profile|profil|page|insta|snap|tiktok)\b",
        # same age, a grade like the child's: "i'm 15 too", "lol same age as u", "just a lad in year 10 like you"
        rf"\b(?:i'm|i am) (?:only |just |also )?{_KIDAGE}(?: years old| yo)? (?:too|as well|also|2)\b",
        r"\b(?:i'm|i am)\b[^.?!]{0,25}\b(?:the )?same age as (?:you|ya)\b|(?:^|[.!?,] ?|\b(?:lol|haha|jk|and|too|2) |[^\w\s'.,!?]\s*)(?:we're |we are )?(?:the )?same age as (?:you|ya)\b",
        r"\b(?:don't worry|no worries|relax|chill|trust me|promise|i promise)\W+(?:i'm|i am) (?:just |only |really |actually )?(?:a |an )?(?:girl|gurl|grl|boy|kid|teen|teenager)\b",
        r"\b(?:i'm|i am) (?:just |only |also |really )?(?:a (?:lad|girl|boy|kid|guy|teen) )?" + _GRADE_EN + r",? (?:like you|too|as well|same as you|just like you)\b",
        r"\bi (?:just |only )?look (?:older|old|more grown up|mature|like an adult) (?:in|on) (?:my |the |that |those |these )?(?:pics?|pictures?|photos?|pfp|profile|selfies?|dp)\b",
        # a teen age, then a denial of being an old creep: "im 15, not some creepy old guy", "j'ai 15 ans, pas un vieux bizarre"
        rf"\b(?:i'm|i am|1m|j'?\s?ai|jai|tengo) (?:only |just |que |seulement |solo |nomas )?{_TEEN}(?: ans| anos| years? old| yo)?\W{{0,8}}\s*"
        r"(?:(?:i'm |i am )?not|pas|(?:y )?no soy|je suis pas|chuis pas|jsuis pas) (?:\w+ ){0,2}?(?:old|creep|creepy|perv|pervert|adult|grown|vieux|vieil|"
        r"bizarre|viej[oa]|raro|pervertido|adulto|pedo|senor|monsieur)\b",
        rf"\b(?:the|that|my|ma|me) (?:\w+ )?(?:pic|pics|photo|photos|photie|photies|piccy|foto|fotos|picture|selfie|pfp|dp|profile pic)(?: is| are|'s) (?:just |actually |really )?(?:my|ma|me|mah) (?:{_SOMEONE_EN}|{_ELDER_EN})(?:'s)?\b",
        # someone else on the account or the phone: "my older brother uses this acct", "i hacked his account"
        rf"\bmy (?:older |big |little )?(?:{_SOMEONE_EN}|{_ELDER_EN}) (?:uses|use|sometimes uses|is on|has) (?:this|my) (?:acct|account|acc|profile|phone|insta|snap)\b|\bif i sound different\b",
        r"\bi (?:hacked|stole|took over|got into) (?:his|her|their|this|the) (?:account|acc|acct|insta|snap|profile)\b",
        # someone else on the phone or the account, then a teenage age: "that was my older brother texting earlier, i'm 13"
        rf"\b(?:my|me|ma) (?:older |big |little |lil |wee )?(?:{_SOMEONE_EN}|{_ELDER_EN})(?:'?s)?\b[^\n]{{0,50}}?\b(?:phone|acc|account|acct|profile|texting|typing|messaging|on here)\b"
        rf"[^\n]{{0,50}}?\b(?:i'm|i am) (?:only |just |really |actually |like )?{_TEEN}\b",
    ),
    *_p(
        C.DECEPTION,
        "admits the profile photo or account is not really them",
        # the photo or profile is not them
        r"\b(?:my|that|this|the|those|these) (?:profile |profil |dp |)(?:pic|pics|photo|photos|picture|pictures|pfp|selfie|selfies)(?: is| are|'s)? (?:not|isn't|isnt|aren't|arent|ain't|aint|wasn't|wasnt) (?:" + _REALLY_EN + r"|even )me\b",
        r"\b(?:pic|pics|photo|photos|picture|pictures|pfp|selfie)(?: is| are|'s)? (?:not|isn't|isnt|aren't|arent|ain't|aint|wasn't|wasnt) (?:" + _REALLY_EN + r")?me\b[^.?!]{0,12}\b(?:it's|its|it is|that's|thats|it was|they're)(?: (?:just|actually|really))? (?:my (?:cousin|brother|bro|sister|sis|friend|mate|buddy|nephew|son|niece)|a (?:friend|mate|guy|girl|lad|model|kid|random)|some (?:guy|girl|kid|lad|random|model)|from|off)\b",
        r"\b(?:that's|thats|that is|it's|its|it is|those are|these are) not (?:" + _REALLY_EN + r")?me (?:in|on) (?:the|that|my|those|these) (?:pic|pics|photo|photos|picture|pictures|profile|pfp|selfie)",
        r"\b(?:pic|pics|photo|photos|picture|pictures|pfp|dp|selfie) (?:on|in) (?:my|the) (?:profile|profil|page|acc|account|bio|insta|snap)(?: is| are|'s)? (?:not|isn't|isnt|aren't|arent|ain't|aint|wasn't|wasnt) (?:" + _REALLY_EN + r"|even )?me\b",
        rf"\b(?:my|the|that|this) (?:profile |profil |profil3 )?(?:pic|pics|photo|photos|picture|pfp|dp|profile|selfie)(?: is| 1s| are|'s|s)(?: (?:just|actually|really|rly|of|a pic of|a photo of))* my {_SOMEONE_EN}\b",
        rf"\b(?:that's|thats|that is|it's|its|it is) (?:just |actually |really )?my {_SOMEONE_EN} (?:in|on) (?:the|that|my) (?:pic|pics|photo|photos|picture|pfp|dp|profile)\b",
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
        # "j'ai ton age", "jai 14 ans comme toi", "je t'assure j'ai 14 ans"
        r"\b(?:j'?ai|jai|moi j'ai) (?:ton age|le meme age que toi|le meme age ke toi|ton ag)\b|\b(?:je suis|jsuis|j'suis|chuis|moi) (?:juste |aussi |une fille |un gars |un garcon |une meuf )*de ton age\b|\bon a (?:le meme age|le meme ag)\b",
        r"(?:^|[.!?,] ?|\bmoi aussi |\baussi |[^\w\s'.,!?]\s*)(?:le |la )?meme age (?:que|ke|qu') ?(?:toi|twa)\b",
        rf"\b(?:j'?ai|jai) {_KIDAGE} ?(?:ans?)? (?:moi aussi|aussi|pareil)\b|\bmoi aussi (?:j'?ai|jai) {_KIDAGE}\b",
        r"\b(?:je suis|jsuis|j'suis|chuis|moi) (?:juste |aussi |seulement )?" + _GRADE_FR + r"(?:[^.?!]{0,12}\b(?:comme toi|moi aussi|aussi|pareil))|\bmoi aussi (?:je suis|jsuis|j'suis|chuis) " + _GRADE_FR,
        r"\bje fais (?:juste |seulement |un peu |genre )?plus (?:vieux|vieille|age|agee|grand|grande|mature) (?:sur|dans|en) (?:les|mes|ma|la|cette) (?:photos?|tofs?|pp|profil)\b(?! (?:de (?:passeport|classe|carte|permis|l'ecole|famille|mariage)|d'identite|officielle))",
        rf"\b(?:sur|dans) (?:la|ma|cette|les|mes) (?:photo|foto|tof|pp)s?,? (?:c'?est|c|ce sont|cest) (?:mon|ma|mes) (?:grand |grande |petit |petite )?(?:{_SOMEONE_FR}|{_ELDER_FR})\b",
        rf"\b(?:le|la) (?:\w+ )?(?:sur|dans) (?:la|ma|cette) (?:photo|foto|tof|pp),? (?:c'?est|c|cest) (?:mon|ma) (?:grand |grande |petit |petite )?(?:{_SOMEONE_FR}|{_ELDER_FR})\b",
        r"\b(?:j'ai|jai) (?:pirate|hacke|vole|pris) (?:son|le|ce) compte\b|\bc'?est pas \w+ ici\b",
        # quelqu'un d'autre sur le tel ou le compte, puis un age d'ado : "c'etait mon grand frere sur mon tel, moi j'ai 13 ans"
        rf"\b(?:mon|ma) (?:grand |grande |petit |petite )?(?:{_SOMEONE_FR}|{_ELDER_FR})\b[^\n]{{0,50}}?\b(?:tel|telephone|portable|cell|cellulaire|compte|profil|ecrivait|ecrit|tapait)\b"
        rf"[^\n]{{0,50}}?\b(?:j'?ai|jai) (?:que |seulement |juste |genre )?{_TEEN}\b",
        rf"\b(?:j'?ai|jai)(?: (?:vraiment|vrm|vrmt|juste|seulement|aussi|genre|que))? {_TEEN} ?(?:ans?|an)?{_GAP}(?:comme toi|come toi|comme twa|pareil que toi|pareil que twa|pareille que toi|comme vous|tout comme toi)\b",
        rf"\b(?:je (?:te |t')(?:jure|assure|promets)|j'?te jure|jte jure|j'?t'?assure|jtassure|je tassure|jtjure|promis|sur ma vie|vrai de vrai|pour vrai|en vrai),? (?:que |qu'|ke )?(?:j'?ai|jai) (?:vraiment |vrm )?{_TEEN}\b",
        r"\b(?:ignore|ignores|oublie|oublies|regarde pas|t'?occupe pas de|t'?occupes pas de|fais pas attention a) (?:mon|ma|ce qu'?il y a sur mon|ce que dit mon) (?:profil|pp|photo de profil|bio|age)\b",
        rf"\b(?:la |l4 |ma |cette |sur la |sur ma )?(?:phot[o0] d[e3] profil|photo|foto|tof|pp|photo de profil)s? (?:c'?est|c|ce|ces|cest|est|=|c'est juste|c'est en fait) (?:de )?(?:mon|ma) {_SOMEONE_FR}\b",
        rf"\bc'?est (?:mon|ma) {_SOMEONE_FR} sur (?:la|ma|cette|les|mes) (?:photo|foto|tof|pp)",
        r"\b(?:c'?est|c) (?:le compte|le profil|le tel|le telephone|le cell) (?:de |a |d'|a )?(?:mon|ma) (?:cousin|cousine|frere|soeur|pote|ami|amie)\b",
        rf"\b(?:je suis|jsuis|chuis|j'suis) pas (?:si |trop |aussi |un |une )?(?:vieux|vieille|age|agee|adulte|vieux monsieur|vieux mec)\b[^.?!]{{0,12}}\b(?:j'?ai|jai) (?:que |seulement |juste |genre )?{_TEEN}\b",
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
        r"\bno soy (?:yo )?(?:el|la|ese|esa|el chico|la chica|el wey|el guey) (?:de|d|en) (?:la|las|mi|mis|esa|tu) (?:foto|fotos|perfil|pic|imagen)\b",
        r"\b(?:la |esa |mi |en la )?(?:foto|fotos|pic|imagen) (?:de|d|del) (?:perfil|mi perfil)(?: no soy yo| no es mia| no son mias| no es real)\b",
        rf"\b(?:la |esa |es4 |mi )?(?:foto|fot0|fotos|pic|imagen)(?: (?:de|d|del) (?:perfil|mi perfil))? (?:es|3s|son|e|eh|sale|salen|es de|son de|es la de|es del?) (?:de |d3 )?m[i1] {_SOMEONE_ES}\b",
        rf"\b(?:el|la) (?:de|d) la foto (?:es|era) mi {_SOMEONE_ES}\b",
        # "tengo tu edad", "tmb tengo 13", "te juro que tengo 14", "tengo 14 como tu"
        r"\btengo (?:tu edad|tu misma edad|la misma edad (?:que|q|ke) (?:tu|vos))\b|\bsomos de la misma edad\b",
        r"\bsoy (?:una? \w+ )?de tu (?:misma )?edad\b|(?:^|[.!?,] ?|\btambien |\btmb |[^\w\s'.,!?]\s*)(?:la )?misma edad (?:que|q|ke) (?:tu|vos)\b",
        rf"\btengo {_KIDAGE}(?: anos)?,? (?:casi|mas o menos) (?:igual|lo mismo|tu edad|la misma)\b",
        r"\b(?:yo )?(?:tmb|tambien|tb|igual)? ?(?:voy|estoy|ando|soy de) " + _GRADE_ES + r"\b(?:[^.?!]{0,15}\b(?:como tu|igual que tu|igual q tu|tmb|tambien|misma edad))?",
        r"\b(?:me veo|salgo|parezco) (?:mas )?(?:grande|mayor|viejo|vieja) (?:en|de) (?:las|mis|la|mi) (?:fotos?|foto de perfil|perfil)\b",
        rf"\b(?:el|la) (?:\w+ )?(?:de|d|en) la foto (?:es|era) mi (?:{_SOMEONE_ES}|{_ELDER_ES})\b",
        r"\b(?:hackee|hackie|robe|me meti a|entre a) (?:su|la|esta) cuenta\b",
        # otra persona con el celular o la cuenta, y luego una edad de adolescente: "era mi hermano mayor con mi movil, yo tengo 13"
        rf"\bmi (?:{_SOMEONE_ES}|{_ELDER_ES})\b[^\n]{{0,50}}?\b(?:cel|celular|movil|telefono|cuenta|perfil|escribia|escribiendo|contestaba|contestando)\b"
        rf"[^\n]{{0,50}}?\btengo (?:solo |nomas |apenas )?{_TEEN}\b",
        rf"\b(?:tmb|tambien|tb|tmbn|tambn|yo tambien|yo tmb|yo igual|igual)(?: yo)? tengo {_TEEN}\b",
        rf"\btengo {_TEEN}(?: anos| anitos)?{_GAP}(?:como tu|komo tu|igual que tu|igual q tu|igual que vos|como vos|komo vos|como usted|lo mismo que tu)\b",
        rf"\b(?:de verdad|de berdad|enserio|en serio|neta|la neta|te juro|te lo juro|posta|realmente|en realidad|de veras|palabra|lo juro)(?: que| q| ke)?,? (?:yo |si )?tengo {_TEEN}\b",
        r"\b(?:ignora|no hagas caso a|no le hagas caso a|olvida|no mires) (?:mi|lo que dice mi|lo de mi) (?:perfil|foto de perfil|bio|edad)\b",
        r"\b(?:(?:es|esta es|uso|estoy en) la cuenta (?:de|d)|la cuenta es de|el perfil es de) mi (?:primo|prima|hermano|hermana|amigo|amiga)\b",
        rf"\bno soy (?:tan |muy |tanto |un )?(?:viejo|vieja|grande|mayor|mayo|adulto|adulta|senor|ruco|ningun viejo|ninguna vieja)\b[^.?!]{{0,12}}\b(?:solo |nomas |apenas |si )?tengo {_TEEN}\b",
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
            r"\b(?:i'll|i will|i can|i could|let me|lemme|i'm going to|i'm gonna|i'd) (?:come |go )?(?:pick you up|pick you|come get you|come and get you|get you from|grab you from|drive you|drop you|walk you|give you a (?:ride|lift)|take you (?:to|out|home|somewhere|for|shopping|on a))\b",
            r"\b(?<!will )(?<!can )(?<!could )(?<!'ll )(?<!would )(?<!should )(?<!is going to )(?<!'s going to )(?<!are going to )(?<!is gonna )pick you up\b",
            r"\b(?:i'll|i will|i can|i could|let me|i'm going to|i'm gonna|i'd) (?:swing|pop|come|stop|roll|drive|rock|pull|nip|zip|run) (?:by|round|around|over|up|past|down)\b[^.?!]{0,40}\b(?:(?:and |to )?(?:grab|get|pick up|scoop|collect|fetch|pick) (?:you|ya)|and we (?:grab|get|go|head|hang|chill))\b",
            r"\b(?:i'll|i will|i can|i could|let me|i'm going to|i'm gonna|i'd) (?:come |swing by and |pop by and )?(?:grab|scoop|collect|fetch) (?:you|ya)(?: up)? (?:from|after|at|outside|near|this|tonight|tomorrow|after school|on)\b",
            r"\bhave you back (?:home|by|before|in time)\b",
            r"\b(?:i can|i'll|i could|i will) drop (?:it|them|that|this) (?:off|by)\b",
            r"\b(?:i'll|i will|i can|i could|i'm going to|let me) (?:come|drive|get the train|get the bus|take the train|take the bus|fly|travel|head|come down|come up|come over|pop over|nip over)(?: down| up| over)? to (?:you|yours|your (?:town|city|place|house|area|school|village|street)|where you live|see you)\b",
            r"\b(?:i'll|i will|i can|i could) come (?:over |round |around |by )?to (?:you|yours|your (?:house|place|school|town))\b",
            r"\b(?:come to|come over to) (?:the|my) (?:car|place|house|apartment|apt|hotel|room|flat|van|truck)\b",
            r"\bcome over (?:to mine|to my|tonight|later|after school|when)\b",
            r"\b(?:you|u) (?:sneak|slip) out\b|\b(?:sneak|slip) out (?:tonight|and (?:meet|see)|to (?:meet|see)|of (?:your|the) (?:house|room|window)|after (?:your|ur) (?:parents|mom|dad))\b",
            r"\b(?:i'll|i will|i'm going to) be (?:at|in|outside|by) (?:the|your) (?:main |side |front |back )?(?:skool|scool|skl|bus stop|stop|entrance|parking lot|car park|door|station|park|mall|store|car|school|house|gate|corner)\b",
            r"\b(?:i'll|i will) be waiting (?:for you )?(?:at|outside|in|by|near|around|when (?:you|ya) (?:get|arrive|land|come)(?: in| here| there| off)?)\b",
            r"\b(?:i'll|i will|i can|i'm going to|i'm gonna|i'd|i could) wait (?:for (?:you|ya) )?(?:at|behind|outside|by|near|in front of|round|around|across from|on the corner|down the|up the|in the car|in my car)\b",
            r"\b(?:be|i'm|i am|going to be|gonna be|i'll be) (?:in|near|around) your (?:area|town|city|neighbou?rhood|school|street)\b"
            r"|\b(?:i'll|i will|i'm going to|i'm gonna|i'm|i am) (?:be |coming |heading |going |passing )?(?:down|up|over|round|around|out|through) "
            r"(?:your|ya|ur) (?:way|end|side|neck of the woods|part of town)\b",
            # a place, a day or a question, just the two: "meet @ the mall sat? just us", "vente al centro comercial el sab? solo nosotros"
            r"\b(?:meet|m33t|m ?[e3] ?[e3] ?t|meat|link|see you|chill|hang)(?: me)? (?:@|at|a) (?:the |th3 |my |your |ur )?(?:[\U0001f300-\U0001faff] ?)?" + _PLACE
            + r"\b(?=[^.!]{0,25}(?:\?|\bjust (?:us|you and me|u and me|the two of us|me and you|the 2 of us)\b))",
            r"\b(?:ven|vente|vent3|venite|veni|viens|vient|rejoins[- ]moi|retrouve[- ]moi) (?:al|4l|a la|a el|au|4u|a l'|a|en el|en la) (?:\w+ |[\U0001f300-\U0001faff] ?)?" + _PLACE
            + r"\b(?=[^.!]{0,25}(?:\?|\bsolo (?:nosotros|tu y yo|los dos|nosotras)\b|\bsolitos\b|\b(?:juste|rien que|que) (?:nous|toi et moi)\b))",
            r"\bi live (?:pretty |really |very |super |so |actually )(?:close|near)\b",
            r"\bi live (?:close|near) (?:to )?(?:you|your)\b",
            r"\b(?:i'll|i will|i could|maybe i'll) (?:wave|say hi)(?: to you)? (?:if|when) i see you\b",
            r"\bsay hi sometime\b",
            r"\bcome alone\b|\bcome (?:by yourself|on your own|by urself|solo)\b|\bcome (?:and |n )?(?:stay|live|move in) with me\b",
            r"\b(?:game|play|chill|link up) (?:irl|in real life|in person)\b",
            r"\bwe(?:'ll| will| are going to|'re going to) (?:finally )?(?:meet|meet up|see each other) (?:properly|for real|in person|irl|one day|someday|soon)\b",
            r"\b(?:don'?t|dont|do not) bring (?:anyone|any one|anybody|a friend|your friends?|your mates?)\b",
            r"\b(?:don'?t|dont|do not) tell (?:anyone|any one|anybody|your (?:mom|mum|dad|parents|friends)) (?:you're|your|that you're|you are) (?:coming|meeting|going to meet|seeing me)\b",
            r"\btake the (?:bus|train|metro|subway|tram|\d{1,3}(?: bus)?) (?:to|and|down|over|up|into)\b",
            r"\b(?:money|cash|pay) for (?:the|your) (?:bus|train|taxi|uber|ticket)\b",
            r"\b(?:i'll|1'?ll|i will|i can|i'd|i) (?:(?:pay|cover|get) (?:for|4) (?:the |your |ur )?(?:uber|lyft|taxi|cab|bus|train|ride|ticket)|(?:pay|cover) (?:the |your |ur )?(?:(?:bus|train|taxi|uber) )?far[e3]s?|(?:bought|got|booked|paid for) (?:you|ya) (?:a |the )?(?:bus |train |coach |plane )?tickets?)\b",
            r"\b(?:you \+ me|you\+me)\b",
            rf"\b{_DAYS_AT} \d{{1,2}}(?::\d\d)?(?: ?[ap]\.?m\.?)?,? [^.?!]{{0,25}}\b{_PLACE}\b",
            r"\bsee you (?:at|by|outside|in front of) (?:the |my )" + _PLACE + r"\b",
            # an outing for two: "grab a coffee saturday, just the two of us"
            r"\b(?:grab|get|go for|go to|go see|see|catch|watch|have|hang|hang out|chill|walk|go|come|meet|drive|ride|head|take you)\b" + _NO_GAME_AHEAD + r"[^.!]{0,40}? (?:just|only) "
            r"(?:the two of us|the 2 of us|us two|us 2|you and me|you and i|me and you|u and me|me n you|you n me|me and u|us)\b",
            # at the contact's home: "wanna chill at mine sat?", "i can get you an uber to mine"; an empty house: "come over, nobody's home"
            r"\b(?:chill|chillin|hang|hang out|come|cum|come back|come round|come over|crash|stay|sleep|sleepover|uber|taxi|cab|lift|ride) (?:at|to|round|over|over to|back to|back at|round to) "
            r"(?:mine|my place|my house|my flat|my apartment|my apt|my room|my hotel|my hotel room|my caravan)\b",
            r"\b(?:come|cum|chill|hang|stay|sleep|crash|sleepover|over|round)\b[^.?!]{0,40}?\b(?:(?:nobody|no one|noone|no1)(?:'s| is) (?:home|here|in|around|in the house)|"
            r"(?:my|the) (?:folks|parents|mum|mom|wife|missus|roommates?|flatmates?|housemates?) (?:are|is|'re|'s) (?:out|away|gone|not home|not in|at work|on holiday|out of town)|"
            r"(?:got|have) the (?:house|place|flat) to (?:ourselves|myself))",
            r"\b(?:i'll|i will|i can|i could|let me|lemme|i'd) (?:get|send|order|book|call|pay for) (?:you )?(?:an |a )?(?:uber|lyft|taxi|cab|ride)\b(?! (?:home|back home|to the (?:airport|station|hospital)))",
            # close by: "i'm only 10 mins from yours", "i live 5 minutes from your school"
            r"\b(?:i'm|i am|i live|i'm only|i live only|i'm like|i live like) (?:only |like |just )?(?:\d{1,2}|a few|five|ten|two|three|fifteen|twenty|a couple of|a couple) "
            r"(?:mins?|minutes|min|miles|km|blocks|streets|stops|roads) (?:away )?(?:from|to) " + _HOME_EN + r"\b",
            # asking to come and see the child: "can i come see you this weekend?"
            r"\b(?:can|could|may|should) i (?:come|come and|come n|come over and|come down and|come up and|drive down and|drive up and|pop over and|fly out and|visit) ?"
            r"(?:see |visit )?(?:you|ya)\b(?! (?:play|perform|race|swim|dance|sing|in (?:the|your) (?:play|show|game|match|concert|recital)|at (?:the|your) (?:game|match|recital|concert|show|meet)))",
            # a cover story for the parents: "tell ur mum ur at a mates"
            r"\b(?:tell|say to|just tell) (?:your|ya) (?:mum|mom|parents|dad|folks|mother|father|mam) (?:that )?(?:you're|you are|your|you'll be|you will be|you) "
            r"(?:at|staying at|sleeping at|sleeping over at|going to|with|round|over at|stopping at) (?:a |your |ur )?(?:mates?|friends?|friend's|mate's|bestie|bff|cousin's|cousins|practice|the library|a sleepover)",
            # a time-bound outing to a place: "wanna go to the movies friday?"
            r"\b(?:wanna|want to|how about|fancy|let's|we could|shall we|should we|do you want to) (?:go|going|head|heading) (?:to )?(?:the )?(?:cinema|movies|park|mall|beach|pool|arcade|fair|funfair|skate ?park|bowling|ice rink|cafe|mcdonald'?s|maccies|shops)\b"
            r"(?:(?! with (?!me\b|you\b))[^.?!]){0,25}?\b(?:" + DAYS + r"|after school|after class|this weekend|on the weekend)\b",
            # parked or waiting in the car: "i'll b parked outside", "i'll be in a blue car"
            r"\b(?:i'll|i will|i'm going to|i'm gonna|i'd|i should|i can|i could) (?:be|b) (?:parked|waiting in the car|sat in the car|sitting in the car|"
            r"in (?:the|my|a) (?:\w+ )?(?:car|van|truck|suv|ute|jeep))\b",
            # passing near the child's home or school: "i could swing by the dairy near yours", "i'm near your school friday"
            r"(?:\b(?:i|i'll|i will|i could|i can|i'm|i am|i might|i'd|reckon i could|maybe i'll|i'm going to|i'm gonna|i'm gonna be|i'll be|i will be|i'm going to be)|(?<!'s )(?<!is )(?<!are )\bgoing to be)"
            r"(?: \w+)? (?:swing|pop|come|stop|roll|pass|passing|drive|driving|going|head|heading|nip|rock|coming|popping|swinging|walk|walking) "
            r"(?:by|past|round|around|over|near|through|to|down|up|out)\b(?:[^.?!]{0,30}?\b(?:near|by|round|around|close to|next to|outside|behind|opposite|across from))? " + _HOME_EN + r"\b",
            r"\b(?:i'm|i am|i'll be|i will be|i'm going to be|i'm gonna be|i'll be) (?:near|right by|just by|right near|round|around|close to|nearby|outside|right outside|just outside|"
            r"down the road from|round the corner from|around the corner from) " + _HOME_EN + r"\b",
            # a ride instead of the parent's: "no need 4 ur mum to drive"
            r"\b(?:no need for|don't need|you won't need|so you don't need|without|save|saves) (?:your|ya) (?:mum|mom|mam|parents?|dad|folks|step(?:mum|mom|dad)) "
            r"(?:to |having to )?(?:drive|driving|pick|picking|take|taking|come|coming|drop|dropping|give you a lift|giving you a lift)\b"
            r"|\b(?:so|then|and) (?:your|ya) (?:mum|mom|mam|parents|dad|folks) (?:doesn't|don't|won't|wouldn't|needn't|don't have to|doesn't have to|won't have to|won't need to) (?:have to )?(?:drive|pick you up|come get you|come)\b",
        ),
    ),
    *_p(
        C.MEETING_PROPOSAL,
        "proposes meeting in person",
        *_in_person(
            # French
            r"\bon (?:se voit|se voi|se verra|se verrait|pourrait se voir|peut se voir|se rejoint|se rejoins|se retrouve|se rencontre|se capte|se pogne|se donne rendez-vous|se fait un rdv)\b(?! (?:sur|en ligne|online|en appel|en vocal|dans (?:le|la) (?:lobby|partie|game|serveur)))",
            r"\b(?:se|te) (?:voir|voire|voirs|rencontrer|rejoindre|retrouver)s? (?:en (?:vrai|vrais|personne|reel|vrai de vrai)|pour de vrai|irl|face a face)\b",
            r"\b(?:on devrait|on devrai|on pourrait|faudrait qu'on|j'aimerais qu'on|tu veux qu'on|ca te dit qu'on|on va) (?:se |s')(?:voir|voire|rencontrer|rejoindre|retrouver|capter|pogner)\b",
            r"\b(?:je t'attends|je t'attend|je t'atend|je t'atends|jt'attends|je t'attendrai|je vais t'attendre)\b(?! (?:sur|en ligne|dans le (?:lobby|serveur|jeu)))",
            r"\b(?:je peux|je vais|j'?peux|jpeux|je pourrais|je pouvais|je passe|j'?passe|jpasse|je viens|j'?viens|jviens|je vais aller|je peux aller|je peux venir|laisse[- ]moi) (?:te |t')(?:la |le |les )?(?:donner|chercher|prendre|ramener|reconduire|amener|voir|recuperer|deposer|emmener)\b",
            r"\b(?:venir|aller|passer|viens|vais) te (?:chercher|prendre|recuperer|voir|ramener|reconduire|ramasser)\b",
            r"\b(?:je|j'|j) ?(?:vais |peux |passe |viens )?(?:te |t')ramasser\b",
            r"\b(?:je te|jte|j'te|je t'|j't') (?:paie|paye|payerai|paierai|rembourse|offre) (?:le|ton|un|ta|les) (?:uber|taxi|bus|billet|train|ticket|trajet|course)\b",
            r"\btoi ?\+ ?moi\b",
            r"\b(?:rejoins|retrouve|rejoignez|retrouvez)[- ]moi\b",
            r"\bviens (?:seule?|me voir|chez moi|me rejoindre|me retrouver|a mon|a la maison|dans (?:ma|mon) (?:voiture|char|auto))\b",
            r"\b(?:je|j'?|jv) ?(?:viens|vien|vient|vais venir|monte|descends|passe) (?:en voiture|en char|en auto|dans ta ville|dans ton quartier|chez toi|a ton ecole|devant ton ecole|en bas de chez toi|te voir|jusqu'a toi|a ta ville)\b",
            r"\b(?:rdv|rendez-vous|rendez vous|rendezvous) (?:au|4u|a la|a l'|aux|a|devant|chez|en bas|derriere|pres|ce soir|a soir|demain|samedi|dimanche|apres)\b",
            r"\b(?:n'?amene|n'?emmene|amene|emmene) personne\b",
            r"\b(?:viens|venez) sans (?:personne|tes (?:amis|amies|potes|parents|copines|copains|chums))\b",
            r"\b(?:prends|prend|tu prends) (?:le bus|le train|le metro|le tram|l'autobus)\b",
            r"\b(?:fais|faire) le mur\b",
            r"\b(?:sortir|sors) en cachette\b",
            # une sortie a deux : "aller au cine samedi, rien que nous deux"
            r"\b(?:aller|allez|va|vais|voir|prendre|boire|manger|sortir|balader|promener|voit|retrouve|retrouver|capte|capter|faire un tour|passer|venir|viens|emmener|amener)\b"
            + _NO_GAME_AHEAD + r"[^.?!]{0,40}? (?:rien que|juste|que|seulement|seuls?|seules?) (?:nous deux|nous 2|toi et moi|moi et toi|tous les deux|toutes les deux)\b",
            # "jte recupere a la sortie du college"
            r"\b(?:je te|jte|j'te|je t'|j't'|jt') ?(?:recupere|ramasse|prends|cherche|ramene|reconduis|depose|emmene|amene) (?:a|au|aux|devant|apres|en bas|a la sortie|pres|ce soir|a soir|demain|"
            r"samedi|vendredi|dimanche|lundi|mardi|mercredi|jeudi|tout a l'heure|dans|en voiture|en char|chez)\b",
            # une sortie avec un jour : "on va au cine samedi ?", "ca te dit d'aller au parc apres les cours ?"
            r"\b(?:on va|on pourrait aller|tu veux aller|tu veux venir|ca te dit d'aller|ca te dirait d'aller|si on allait|on peut aller|viens) (?:au|a la|a l'|a) (?:cine|cinema|parc|centre commercial|mcdo|macdo|"
            r"plage|piscine|cafe|resto|restaurant|patinoire|fete foraine|bowling|skatepark|parc d'attractions)\b(?:(?! avec (?!moi\b|toi\b))[^.?!]){0,25}?\b(?:" + DAYS + r"|ce week-end|ce weekend|ce we|apres les cours|apres l'ecole|a la sortie)\b",
            # une excuse pour les parents : "dis a ta mere que tu dors chez une copine"
            r"\b(?:dis|dit|tu dis|t'as qu'a dire) a (?:ta mere|ta maman|tes parents|ton pere|ton papa|ta daronne|ton daron|tes darons) (?:que |qu')(?:tu |t')(?:dors|es|vas|restes|passes|seras|etais) "
            r"(?:chez|a|avec|au|en)\b",
            # pres de chez l'enfant : "je passe pres de ton college vendredi", "je suis pas loin de chez toi"
            r"\b(?:je|j'?|jv|moi je) ?(?:passe|passerai|vais passer|serai|serais|vais etre|suis|peux passer|pourrais passer|viens|vais venir|vais aller|traine|trainerai) "
            r"(?:juste |pile |justement |meme |par hasard )?(?:pres de|vers|a cote de|pas loin de|pas loin d'|devant|du cote de|dans le coin de|pres d'|autour de|en face de|en bas de) ?" + _HOME_FR + r"\b"
            r"|\b(?:je serai|je serais|j'?serai|jserai|je vais etre|j'?vais etre|jvais etre|je passerai|je vais passer|j'?vais passer) (?:justement |par hasard )?dans (?:ton|ta) (?:coin|quartier|ville|village|bled|bout|region|secteur)\b",
            # gare ou dans la voiture : "j'serai gare devant", "je serai dans une voiture bleue"
            r"\b(?:je serai|je serais|j'?serai|j'?serais|jserai|jserais|je vais etre|j'?vais etre|jvais etre|chu|je suis|j'?suis|jsuis|je t'attendrai|je t'attends) "
            r"(?:deja |juste )?(?:gare|garee|stationne|stationnee|parque|parquee|dans (?:ma|la|une) (?:\w+ )?(?:voiture|char|auto|caisse|bagnole|camionnette))\b",
            # a la place du parent : "ta mere aura pas besoin de conduire"
            r"\b(?:ta mere|ta maman|ton pere|ton papa|tes parents|ta daronne|ton daron|tes darons|ta mere ou ton pere)(?: (?:n'aura|aura|n'auront|auront|n'aurait|aurait|n'auraient|auraient|n'a|a|n'ont|ont))? pas "
            r"(?:besoin |a |a besoin )?(?:de |d')?(?:conduire|venir|te chercher|te conduire|se deplacer|faire le trajet|te deposer|te ramener|te prendre)\b",
        ),
    ),
    *_p(
        C.MEETING_PROPOSAL,
        "proposes meeting in person",
        *_in_person(
            # Spanish
            r"\b(?:nos vemos|nos veamos|vernos|veamonos|vemonos|nos bemos|nos beamos|bernos|beamonos|nos juntamos|juntarnos|juntemonos|nos encontramos|encontrarnos|encontremonos|quedamos|quedemos|quedar|conocernos|nos conocemos|conozcamonos|nos vemos)\b(?= (?:el |en |3n |mnn |mna |mn |a las |al |afuera|manana|hoy|esta |este |frente|cerca|por |donde|cuando|despues|dsps|saliendo|a la salida|en persona|cara a cara|de verdad|sabado|domingo|lunes|martes|miercoles|jueves|viernes)|\s*\?| (?:ya|pronto|un dia|algun dia|solos?|tu y yo))(?! en (?:el |la )?(?:lobby|server|servidor|juego|partida|minecraft|roblox|fortnite|discord|zoom|meet|llamada|videollamada|linea|chat|clase|el trabajo|la oficina|la reunion))",
            r"\b(?:y si|si quieres|quieres|podemos|podriamos|deberiamos|deveriamos|hay que|tenemos que|vamos a) (?:nos )?(?:vernos|vemos|juntarnos|encontrarnos|conocernos|quedar|salir juntos)\b",
            r"\b(?:te |t )?paso a (?:buscar|recoger|traer|por ti)\b",
            r"\bpaso por ti\b|\b(?:puedo|voy a|vengo a|paso a) ir (?:a )?por ti\b|\bir (?:a )?por ti\b",
            r"\b(?:yo )?(?:te )?(?:pago|invito|pagare|cubro) (?:el|tu|un|los) (?:uber|taxi|didi|cabify|camion|pasaje|boleto|bus|pasajes|boletos)\b",
            r"\b(?:tu \+ yo|tu\+yo)\b",
            r"\b(?:te|t|t3) (?:recojo|recogo|busco|llevo|yevo|yebo|espero|esp3ro|buscare|recogere|llevare|yevare|esperare) (?:en|a|al|afuera|fuera|cerca|saliendo|despues|dsps|a la salida|mañana|manana|el|hoy|esta|detras|atras|frente|enfrente|junto|por|del otro lado)\b",
            r"\byo te (?:llevo|yevo|yebo|recojo|recogo|busco)\s*(?:[.!?,]|$)",
            rf"\bte (?:voy|puedo ir) a (?:recoger|ver|(?:buscar|llevar)\b{_NOT_AN_OBJECT_ES})\b|\b(?:voy a ir|ire|vengo|puedo ir|voy|ir|venir|pasar|viajar|manejar|paso) a verte\b|\birte a ver\b|\bte (?:recojo|recogo|busco) y (?:vamos|nos vamos|te llevo)\b",
            r"\b(?:voy|puedo ir|vengo|ire|boy|paso) (?:a|hasta|por) (?:tu|tus) (?:casa|ciudad|pueblo|escuela|colegio|cole|barrio|zona|prepa|secu|depa|departamento)\b",
            r"\b(?:ven|vente|venite) (?:a mi (?:casa|carro|coche|auto|depa|cuarto|hotel)|sol[oa]|solit[oa]|sin nadie)\b",
            r"\bno (?:traigas|lleves|le digas a nadie que vienes)(?: a nadie)?\b",
            r"\b(?:toma|tomate|agarra) (?:el|un) (?:bus|camion|colectivo|metro|micro|tren|taxi|uber)\b",
            r"\b(?:escaparte|escapate|salir a escondidas|sal a escondidas)\b",
            # una salida de a dos: "vamos al cine el sabado, solo tu y yo"
            r"\b(?:vamos|ir|ver|vernos|veamos|tomar|comer|salir|juntarnos|juntemos|quedar|quedamos|pasear|dar una vuelta|ven|vente|llevarte|te llevo)\b" + _NO_GAME_AHEAD + r"[^.?!]{0,40}? "
            r"(?:solo|solamente|nomas|nada mas|solitos|solos) (?:tu y yo|nosotros|nosotras|los dos|las dos|vos y yo)\b",
            # una salida con dia: "y si vamos al cine el finde?"
            r"\b(?:y si|si quieres|quieres|podemos|podriamos|vamos|te gustaria|te animas a|te late|te apetece|te parece si) (?:ir |vamos |venir )?(?:al|a la|a) (?:cine|parque|plaza|centro comercial|"
            r"playa|alberca|pileta|piscina|cafe|cafeteria|heladeria|mcdonalds|mc|feria|bolos|boliche|antro)\b(?:(?! con )[^.?!]){0,25}?\b(?:" + DAYS + r"|el finde|este finde|el fin de semana|este fin de semana|"
            r"despues de (?:clase|clases|la escuela|el cole)|a la salida)\b",
            # una excusa para los padres: "dile a tu mama que estas con una amiga"
            r"\b(?:dile|dles|diles|decile|dila) a (?:tu mama|tu mami|tus papas|tu papa|tus padres|tu madre|tu padre|tu jefa|tus jefes|tus viejos|tu vieja) (?:que |q )?(?:estas|vas|te quedas|duermes|vas a dormir|andas|estaras) "
            r"(?:con|en casa de|donde|a|en lo de|en la casa de)\b",
            # cerca de la casa o la escuela: "el viernes voy a estar cerca de tu cole", "ando por tu barrio"
            r"\b(?:voy a estar|boy a estar|estare|estoy|ando|voy a andar|andare|voy a pasar|puedo pasar|pasare|paso|voy|vengo|voy a ir) "
            r"(?:justo |muy |bien )?(?:cerca de|cerca del|frente a|enfrente de|afuera de|fuera de|al lado de|por|por el rumbo de|por la zona de|por los lados de|por el lado de) " + _HOME_ES + r"\b",
            # estacionado o en el carro: "voy a estar estacionado afuera", "te espero en mi carro"
            r"\b(?:voy a estar|boy a estar|estare|te espero|te esperare|voy a esperarte|te voy a esperar|ando|estoy) (?:ya )?(?:estacionad[oa]|parquead[oa]|aparcad[oa]|"
            r"en (?:el|mi|un) (?:\w+ )?(?:carro|coche|auto|camioneta|vehiculo|carrito|van))\b",
            # te recojo yo: "t puedo recoger despues del entreno", "puedo recogerte", "te voy a buscar a la salida"
            r"\b(?:te|t) (?:puedo|podria|voy a|paso a|vengo a|quiero|puedo ir a|voy a ir a|ire a|pasare a|podemos) (?:ir a )?(?:recoger|buscar|llevar|traer)\b" + _NOT_AN_OBJECT_ES,
            r"\b(?:puedo|podria|voy a|paso a|vengo a|quiero|ire a|pasare a) (?:ir a )?(?:recogerte|buscarte|llevarte|traerte)\b" + _NOT_AN_OBJECT_ES,
            # en lugar de los padres: "asi tu mama no tiene que manejar"
            r"\b(?:tu|tus) (?:mama|mami|madre|papa|papi|padre|papas|padres|jefa|jefe|viejos|vieja|viejo|jefes) no (?:tiene|tienen|va a tener|van a tener|tendra|tendran|necesita|necesitan) "
            r"(?:que |de )?(?:manejar|conducir|ir|llevarte|buscarte|recogerte|venir|pasar por ti)\b",
        ),
    ),
    # --- round 5b: tactics said in passing inside whole conversations ----------------------
    *_p(
        C.IMAGE_REQUEST,
        "asks for more photos or video of the child, or the camera on demand",
        # "so about that photo. i need 3 more by tonight", "i want another one, a video this time"
        rf"\b{_PHOTO_EN}\b[^?!\n]{{0,40}}\bi (?:need|want|wanna|expect) (?:\d|two|three|four|five|a few|some) more\b(?! (?:\w+ )?(?:of (?:the|those|these|them|it)|for (?:the|my|our) (?:class|project|album|website|yearbook)))",
        r"\bi (?:need|want|wanna) another(?: one)?,? (?:a |but a |and a |now a )?(?:video|vid)\b(?! ?games?)",
        r"\bsend(?: me)? (?:a new one|another one|one more|another)\b,? (?:so i know (?:you'?re|your|you are|u r) (?:serious|listening|real|not lying)|when i (?:ask|say|tell you)(?!\s+for\s+(?!it\b))|(?:n|and|&) (?:maybe|then) i(?:'ll)? (?:will|might|delete|won'?t|wont|think))\b",
        r"(?:^\W*|[.!?] *)(?:a|another|one more|\d more) (?:video|vid|pic|photo|pics|photos|selfie)s?\W{1,3}(?:you have|you've got|you got|u have|u got) (?:till|until|til|before)\b(?![^.?!]{0,40}\b(?:submit|hand (?:it )?in|turn (?:it )?in|upload|class|assignment|project|homework|deadline for))",
        r"\b(?:test|casting) (?:shots|photos|pics|pictures|photoshoot)\b[^\n]{0,80}\b(?:send|in your (?:room|bedroom)|your bedroom)\b",
        rf"\bsend (?:me )?(?:a |one |another |ur |your )?{_PHOTO_EN}\b[^.?!]{{0,20}}\bso i (?:know (?:you'?re|your|u r|you are) (?:serious|real|not (?:lying|fake|a bot))|(?:know|can see) what (?:you|ya) (?:look|really look) like)\b",
        # French: "jveux encore 2 photos", "envoie m'en 2 autres", "tu m'en envoies d'autres", "tu vas ouvrir ta camera quand jte le demande"
        rf"\b(?:je veux|j'?veux|jveux|il me faut|faut m'?en|j'en veux|j'?en veux) (?:encore |au moins )?(?:\d|deux|trois|quatre|cinq|une autre|d'autres|des nouvelles) (?:autres? |nouvelles? )?{_PHOTO_FR}\b(?! (?:de (?!toi)|du |des |d'(?!toi)))",
        r"\b(?:envoie|envoies|envoyer|renvoie|renvoies|renvoyer)[- ]?m'?en (?:\d|deux|trois|quatre|une|d'autres|encore)(?: (?:autres?|nouvelles?|de plus))?\b|\btu m'?en (?:envoies|envoie|renvoies|envoyes) (?:\d |deux |trois )?(?:d'autres|autres?|encore|une autre)\b",
        r"\b(?:tu (?:vas|va|dois|devras|vas devoir)|faudra|il faut que tu) (?:ouvrir|allumer|activer|mettre|ouvres|allumes) ta (?:camera|cam|webcam)\b(?![^.?!]{0,30}\b(?:cours|classe|reunion|prof|examen|visio de))",
        # Spanish: "mandame otra y lo pienso", "me mandas otra", "ahora otra sin la camiseta", "prenda la camara cuando le diga", "me pones la camara a las 10"
        r"\b(?:mandame|mandam|me mandas|mandas|enviame|me envias|manda|mandas) otra\b(?=\s*(?:[.,!]|$|y |o |antes|hoy|esta noche|ahora|ya\b|fot|video|selfie|mas))",
        r"\b(?:ahora|y ahora|mandame|manda|otra|una) (?:otra |una )?(?:foto |fot0 |video )?sin (?:la |el |tu |los |las )?(?:camiseta|camisa|remera|playera|polera|ropa|blusa|sudadera|uniforme|top|brasier|sosten)\b",
        rf"\b(?:mandame|me mandas|enviame|pasame|sacate|tomate) (?:una |un )?{_PHOTO_ES} en (?:el |la |tu )?(?:vestuario|vestidor|bano|ducha|regadera|pieza|cuarto|habitacion|cama)\b",
        r"\b(?:prenda|encienda|ponga|abra|pones|me pones|vas a prender|vas a poner|vas a abrir|vas a encender|me prendes|me enciendes|me abres) (?:la |tu |su )?(?:camara|cam|webcam)\b(?![^.?!]{0,30}\b(?:clase|reunion|zoom|meet|profe|examen))",
        r"\b(?:y |ya |solo |nomas |no exageres y )manda(?:me)? (?:la|esa) (?:foto|fot0|video)\b(?=\s*(?:[.!,]|$|ya|ahora|de una))",
    ),
    *_p(
        C.COMPLIANCE_TESTING,
        "tests whether the child will keep obeying",
        # "keep answering when i message", "answer when I message and do what I ask", "you'll keep doing it", "you can and you will"
        r"\bkeep (?:answering|replying|responding)(?: me)? when(?:ever)? i\b|\b(?:answer|reply|respond)(?: me)? when i (?:message|text|msg|write|dm)(?: you)? (?:and|n|&) (?:do what i (?:ask|say)|send)\b",
        r"\b(?:and )?now you'?ll keep doing it\b|\byou(?:'ll| will)? keep doing (?:it|this|that|what i say)\b|(?:^|[.!?] ?)you can and you will\s*(?:[.!]|$)",
        # French: "tu fais ce que je dis a partir de maintenant", "reponds quand je t'ecris", "prouve que t'es un vrai, que tu fais tout ce que je dis"
        r"\btu fais (?:tout )?ce que je (?:dis|te dis|demande|te demande) (?:a partir de maintenant|maintenant|desormais|dorenavant|pendant|et (?:tout ira bien|personne|rien))\b",
        r"\bprouve[rs]? (?:moi )?que (?:t'?es|tu es) (?:un vrai|une vraie|vraiment (?:la|le)|serieu[xs]e?)\b",
        # Spanish: "vas a seguir haciendolo", "me elegirias a mi antes que a ellas", "cuando yo te escribo, tu contestas"
        r"\b(?:y )?vas a seguir (?:haciendolo|haciendo lo que (?:te )?(?:digo|pido)|obedeciendo)\b",
        # a request "to prove it": "send a selfie then, just so I know ur serious", "une photo de toi la maintenant pour me prouver"
        r"\b(?:just )?so i know (?:you'?re|your|u r|you are) (?:serious|for real|loyal|committed|mine|not playing)\b|\bto prove (?:you'?re|your|you are) (?:serious|for real|loyal|committed|mine)\b",
        r"\bpour (?:me )?(?:le )?prouver\s*(?:[.!]|$)|\bpour me prouver (?:que (?:tu|t'es)|ton amour|ta confiance)\b|\bpara (?:demostrarme|probarme) (?:que (?:me quieres|confias|vas en serio|eres)|tu amor|tu confianza)\b",
        # trust and devotion tests: "o no te fias de mi?", "tu ferais n'importe quoi pour tonton ?"
        r"\b(?:no )?te fias de mi\b" + _NOT_A_TASK,
        r"\btu (?:ferais|ferait|feras) (?:n'?importe quoi|nimporte quoi|tout) pour (?:tonton|tata|ton tonton|ton oncle|ta tante|papi|ton parrain|ta marraine)\b|\b(?:would you|you'?d|will you) do anything for (?:uncle|auntie|aunty|your uncle|your auntie)\b|\b(?:harias|haras) (?:lo que sea|cualquier cosa|todo) por (?:el tio|tu tio|tio|la tia|tu tia|tu padrino)\b",
        r"\bme (?:elegirias|elegiras|escogerias|preferirias) a mi (?:antes que|en vez de|mas que|sobre) (?:a )?(?:ellas|ellos|tus (?:amigas|amigos|papas|padres)|tu (?:mama|familia))\b|\b(?:tu )?(?:me )?(?:choisirais|prefererais) moi (?:plutot qu'?|au lieu d'?)(?:elles|eux|tes (?:amies|potes|parents))\b|\bwould you (?:choose|pick) me over (?:them|your (?:friends|parents|family|mum|mom))\b",
    ),
    *_p(
        C.DECEPTION,
        "admits being older than claimed, or that the persona was made up",
        # "im actually 22 not 15", "dont freak but im 24", "te confieso algo, tengo 24", "j'ai un peu menti chu un peu plus vieux"
        r"\b(?:i'm|im|i am) (?:actually|really|rly|acc?tually) (?:1[89]|[2-6]\d),? (?:not|and not|n not) (?:1[0-7])\b",
        r"\b(?:don'?t freak(?: out)?|dont be mad|don'?t be mad|promise not to (?:freak|be mad|get mad)|confession|i (?:have|got|need) to (?:tell|confess)|gotta (?:tell|confess)|truth is)\b[^.?!]{0,30}\b(?:i'm|im|i am) (?:actually |really |rly )?(?:1[89]|[2-6]\d)\b(?! (?:min|mins|minutes|hours|percent|%|pounds|lbs|kg))",
        r"\b(?:je (?:dois|vais) t'avouer|j'avoue|faut que je te dise|je te confie|a vrai dire)\b[^.?!]{0,30}\b(?:j'ai|jai) (?:1[89]|[2-6]\d) ?ans\b|\b(?:j'ai|jai|je t'ai|jt'ai) (?:un peu |juste |un ti peu |peut-etre )?menti\b[^.?!]{0,30}\b(?:plus (?:vieux|vieille|age|agee)|sur (?:l'|mon )age)\b",
        r"\b(?:te confieso|confieso|te tengo que confesar|tengo que confesarte|la neta|la verdad)\b(?: algo)?\W+(?:es que )?(?:yo )?tengo (?:1[89]|[2-6]\d)\b(?! (?:minutos|min|horas|euros|pesos|dolares|lucas|kilos))",
        r"\btengo (?:algunos|unos|un par de|varios|bastantes) (?:anos |anitos )?mas\b(?=\s*(?:[,.!?]|$|pero|q mas da|que mas da|no importa|la edad))|\btengo unos (?:anos|anitos) mas\b(?! (?:que|q) (?:mi|tu|el|la)\b)",
        # the persona was made up: "no soy ninguna tia", "no soy Nicole, por si no te diste cuenta", "escuchame bien, no soy la Cata", "listen up. I'm not jess"
        r"\bno soy (?:ninguna|ningun) (?:tia|chica|nina|chavala|morra|piba|chico|chaval|nino|morro|pibe|adolescente)\b",
        r"\bno soy [a-z]+(?: [a-z]+)?,? por si no te (?:diste|habias dado|has dado) cuenta\b|\bescuchame bien,? no soy (?:la |el )?[a-z]+\b|\b(?:listen up|listen carefully|listen)\W+(?:i'm|im|i am) not (?!(?:sure|going|gonna|kidding|joking|mad|angry|upset|done|playing|ready|allowed|able|lying|asking|here|there|home|ok|okay|fine|happy|stupid|dumb|a|an|the|that|so|too|very|your|you|in|at|on|into)\b)[a-z]{3,12}(?=\s*[.!,]|\s*$| (?:lol|haha|lmao))",
        # the persona never existed, said with the demand: "lol there is no jess. send $300", "alex no existe. la tengo yo", "i lied. i want another one"
        r"\bthere(?:'s| is| was) no (?!(?:way|time|point|need|reason|chance|one|hope|rush|excuse|problem|money|signal|wifi|school|class|homework|game|room|space|food|answer|doubt|such|more|other|better|help|service|battery|internet|light|water|milk|bread|pressure|worries|stress|limit)\b)[a-z]{3,12}\b(?: lol| haha| lmao)?\W+(?:send|pay|i have|i've got|i got|i still have|i screenshotted|you (?:have|got) (?:till|until|\d))\b",
        r"\b(?!(?:santa|god|dieu|dios|magic|magia|ghosts?|monsters?|unicorns?|dragons?|fairies|eso|esto|that|this|cela|ceci)\b)[a-z]{3,12} (?:no existe|nunca existio|n'existe pas|n'a jamais existe|doesn'?t exist|never existed)\W+(?:la|lo|las|los) tengo yo\b|\b(?!(?:santa|dieu|magie|fantomes?|monstres?|licornes?|ca|cela)\b)[a-z]{3,12} (?:n'existe pas|n'a jamais existe|existe pas|a jamais existe)\W+(?:c'est moi\b|je l'ai\b|j'ai (?:ta|tes)\b|\d{2,4} ?(?:€|euros?|\$|dollars|balles)|tu (?:m'envoies|me payes|me paies|paies|payes)\b)|\b(?!(?:santa|god|magic|ghosts?|monsters?|unicorns?|dragons?|fairies|that|this|it)\b)[a-z]{3,12} (?:doesn'?t exist|never existed)\W+(?:it'?s me|it was me|i have (?:it|your|them))\b",
        r"(?:^\W*|[.!?] ?)(?:i lied|menti|j'ai menti)\W+(?:i (?:still )?(?:have|kept|got) (?:it|them|the|your)|i (?:want|need) another|send|la tengo|lo tengo|la guarde|je l'ai (?:encore|toujours|gardee?))\b",
        # a friend of the persona, then the persona: "a friend of Kyle's. actually I AM Kyle lol"
        r"\bfriend of [a-z]{3,12}(?:'s|s)?\b[^\n]{0,20}\b(?:actually|jk|wait|nah|well|lol)\W+(?:i'm|i am|im|it'?s me,?) [a-z]{3,12}\b|\b(?:un |une )?(?:ami|amie|pote) (?:de|d') ?[a-z]{3,12}\b[^\n]{0,20}\b(?:en fait|enfin|en vrai)\W+(?:c'est moi|je suis) [a-z]{3,12}\b|\b(?:un |una )?(?:amigo|amiga|cuate|pana) (?:de|del|de la) [a-z]{3,12}\b[^\n]{0,20}\b(?:en realidad|bueno|la neta)\W+(?:soy yo|yo soy|soy) (?:el |la )?[a-z]{3,12}\b",
        # the camera is "broken" but the child's must be on: "my camera's busted, you turn yours on", "j'ai pas de camera mais toi allume la tienne", "mi camara no sirve, prende la tuya"
        r"\bmy (?:cam|camera|camra|camera's|webcam)(?:'s| is)? (?:busted|broken|broke|bust|not working|doesn'?t work|dont work|don'?t work|isn'?t working|messed up|off|dead)\b[^\n]{0,60}\b(?:turn (?:yours|your(?: cam| camera)?) on|(?:you|u) (?:can )?(?:turn|put|switch) (?:yours|your)|(?:so )?(?:you|u) go first|yours on|(?:yours|your (?:cam|camera|webcam)) (?:works|is working|still works)|you go on cam|i'?ll just (?:do audio|listen|watch)|"
        r"so i (?:can't|cant|can not|cannot|won't be able to) (?:show (?:you|u)|video ?(?:call|chat)|facetime|go on cam|do video)(?=\s*(?:[.!?,]|$)))",
        r"\b(?:j'ai pas de|j'ai plus de|jai pas de|ma) (?:camera|cam|webcam)(?: (?:marche|fonctionne) (?:pas|plus)| est (?:cassee|morte|pétée|petee))?\b[^\n]{0,40}\b(?:allume la tienne|mets la tienne|ouvre la tienne|toi allume|toi vas-y|toi vas y|vas-y toi|vas-y en premier|commence toi|toi tu (?:allumes|mets)|tu (?:peux|pourrais) (?:allumer|mettre|ouvrir) la tienne|la tienne (?:marche|fonctionne)|"
        r"(?:donc|alors|du coup|fait que) (?:je|j') ?(?:peux|peut|pourrai) pas (?:te (?:montrer|montre|montrez|faire voir)|faire (?:de )?(?:video|facetime))(?=\s*(?:[.!?,]|$)))",
        r"\b(?:no tengo|mi) (?:camara|cam|webcam)(?: (?:no (?:sirve|sirbe|funciona|jala|anda)|(?:esta )?(?:rota|descompuesta|mala)))?\b[^\n]{0,40}\b(?:prende la tuya|pon la tuya|enciende la tuya|(?:tu )?(?:empieza|empezas|vas) (?:tu )?primero|abre la tuya|tu (?:prende|pon|enciende) la tuya|(?:pero )?la tuya si\b|la tuya (?:sirve|funciona|jala|anda)|"
        r"(?:por eso|asi que|entonces|x eso) no (?:te )?(?:puedo|podre) (?:ensenar|ensenarte|mostrar|mostrarte|hacer videollamada)(?=\s*(?:[.!?,]|$)))",
        # a voice that does not match the age, explained ahead: "mi voz es mas grave que la de uno de 16, es que fumo"
        r"\bmy voice (?:is|sounds|might sound|may sound|will sound|gonna sound)(?: (?:a bit|kinda|really|way|pretty|a lot))? (?:deep|deeper|older|low|lower|mature|like an adults?|like a man)\b[^.?!]{0,30}\b(?:than (?:a|most|other|normal) \w*|for (?:a |my )(?:age|\d\d)|i smoke|puberty|dont worry|don'?t worry)",
        r"\bmi voz (?:es|suena|se oye|se escucha)(?: (?:un poco|muy|bastante))? (?:mas )?(?:grave|gruesa|ronca|de (?:viejo|mayor|adulto|senor))\b[^.?!]{0,30}\b(?:que la de|para (?:mi edad|uno de|alguien de)|es que|porque fumo|no te rayes|no te asustes)",
        r"\bma voix (?:est|fait|parait)(?: (?:un peu|super|vraiment))? (?:plus )?(?:grave|vieille|de vieux|d'adulte|adulte)\b[^.?!]{0,30}\b(?:que (?:celle d'?un|pour)|pour mon age|pour un|c'est (?:parce que|pcq|pck) je fume|panique pas)",
        # an unnamed scout or agency: "we're still under NDA so I can't post the name yet", "todavia no puedo decirte, es una prueba privada"
        r"\b(?:still |we'?re |we are )?under (?:an )?nda\b(?![^.?!]{0,30}\b(?:at work|with my (?:job|company|employer)))|\bcan'?t (?:tell|say|post|share|reveal|give) (?:you )?(?:the|our|its) (?:name|brand|company|agency|academy|club)(?: yet)?\b(?! of)(?![^.?!]{0,30}\b(?:surprise|sorpresa))",
        r"\b(?:todavia|aun|aún) no (?:te )?(?:puedo|podemos) (?:decirte|decir|revelar|dar)(?: (?:el nombre|cual|la marca|la academia|el club|la agencia))?\W+(?:es (?:una )?(?:prueba|casting|seleccion|convocatoria) (?:privada|secreta|confidencial)|es confidencial|es secreto)\b",
        r"\bje (?:peux|peut) pas (?:encore )?(?:te )?(?:dire|donner|reveler) (?:le nom|la marque|l'agence|le club|l'academie)\b[^.?!]{0,30}\b(?:confidentiel|secret|casting prive|essai prive)",
    ),
    *_p(
        C.MEETING_PROPOSAL,
        "proposes meeting in person",
        *_in_person(
            # a place, then a time and day: "tmrw after school come to the skatepark behind lincoln"
            r"\bcome (?:to|down to|over to|out to|by) (?:the )?(?:\w+ )?(?:skatepark|skate park|park|mall|arcade|benches|station|library|playground|gas station|pool|cinema|movies|bus stop|corner|shop|store|cafe|diner)\b"
            r"(?![^\n]{0,80}\b(?:team|class|practice|training|everyone|all of us|squad|party|birthday|grandma|grandpa|nan|coach))(?=[^\n]{0,80}\b(?:tmrw|tomorrow|tonight|today|after school|at \d|\d ?(?:pm|am)\b|\d:\d\d|saturday|sunday|monday|tuesday|wednesday|thursday|friday|in person|alone|by yourself))",
            r"\b(?:tmrw|tomorrow|tonight|after school)\b[^\n]{0,30}\bcome (?:to|down to|over to|by) (?:the )?(?:\w+ )?(?:skatepark|skate park|park|mall|arcade|station|library|playground|gas station|pool|cinema|bus stop|corner|shop|store|cafe|diner)\b",
            # to hand a gift over in person: "ill give u a $25 gift card in person", "je te la donne en main propre", "paso por el oxxo y te los doy"
            r"\b(?:give|hand) (?:you|ya|it to you|them to you)\b[^.?!]{0,30}\b(?:gift ?card|card|robux|vbucks|v-bucks|money|cash|present|gift|shoes|phone|code)\b[^.?!]{0,15}\bin person\b",
            r"\b(?:je te|jte|j'te|je vais te|jvais te) (?:la |le |les )?(?:donne|donnerai|remets|remettrai|file|passe|donner|remettre) en mains? propres?\b",
            r"\bpaso (?:por|a) (?:el|la|los) [^.?!]{0,20}\b(?:de enfrente|enfrente|de la esquina|afuera|cerca de (?:tu|tus)|frente a (?:tu|tus)|al lado de (?:tu|tus))\b[^.?!]{0,15}\by te (?:lo|la|los|las) (?:doy|entrego|paso|llevo)\b|\bte (?:lo|la|los|las) (?:doy|entrego) en persona\b",
            # "i just wanna talk in person", "bajá, quiero conocerte", "necesito verte jugar en vivo"
            r"\bi (?:just )?(?:wanna|want to|need to) (?:talk|see you|chat) in person\b",
            r"\b(?:baja|bajate|sal|sali|salite|salte|asomate)\b,? (?:y )?(?:quiero|necesito) (?:conocerte|verte|hablarte)\b",
            r"\b(?:necesito|quiero|tengo que) verte (?:jugar |bailar |entrenar |patinar )?en (?:vivo|persona)\b",
            r"\b(?:estoy|toy|ando|estoy aca|estoy aqui) (?:en la puerta de|afuera de|fuera de|abajo de|en la entrada de) (?:tu|tus) (?:casa|edificio|depa|departamento|escuela|colegio|cole|liceo|insti|edificio)\b",
            r"\bfancy (?:meeting|meet|hanging|hang|linking|link) (?:up|out)\b",
            # a day, an hour and a place: "samedi a 15h au parc", "el viernes a las 6 en el parque", "sabado a las 5 en el metro"
            r"\b(?:samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain|ce soir)\s+(?:a |vers )?\d{1,2} ?h(?:\d\d)?\s+(?:au|a la|devant|derriere|pres du|pres de la|a cote du|a cote de la|a l')\b[^\n]{0,60}(?:\?|je t'attends|j'?t'?attendrai|jtattendrai|en main propre|viens seule?|juste toi)",
            r"\b(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana)\s+(?:a las|a la)\s+\d{1,2}(?::\d\d)?\s+(?:en|por) (?:el|la)\s+(?:parque|plaza|metro|estacion|cancha|esquina|oxxo|centro comercial|mall|cine|entrada|paradero|parada)\b"
            r"(?![^\n]{0,60}\b(?:club|equipo|guagua|autobus|bus|micro|todos|todas|traigan|lleven|papas|padres|entrenamiento|partido|clase|excursion|museo|zoologico|visita guiada))",
            # "ca se peut-tu qu'on se voie un jour?", "un jour on se verra a lausanne, toi et moi", "jpourrais aller faire un tour par la"
            r"\b(?:ca se peut(?:-tu| tu)?|est-ce qu'on pourrait|on pourrait|tu voudrais|t'aimerais|ce serait (?:cool|bien)|j'aimerais) (?:qu'?on|que on) se (?:voie|voit|rencontre)\b (?:un jour|en vrai|pour vrai|irl|en personne|bientot)\b",
            r"\bon se (?:verra|voit|verrait|rencontrera) (?:a|au|en|chez)\b[^.?!]{0,25}\btoi et moi\b",
            r"\b(?:je pourrais|j'?pourrais|jpourrais|je peux|j'?peux|jpeux)\s+(?:aller\s+)?(?:faire un tour|passer|venir)\s+(?:par la|par la-bas|dans ton (?:coin|quartier|bout)|par chez (?:toi|vous)|de ton bord)\b(?![^.?!]{0,30}\b(?:rendre|redonner|ramener|rapporter|deposer|recuperer)\b)",
            r"\bte invito (?:a |un |una )(?:un |una )?(?:helado|cafe|comer|almorzar|cenar|pizza|hamburguesa|refresco|cine|tomar algo|salir)\b[^.?!]{0,25}\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy|esta tarde|el finde|este finde|a la salida|despues de clase)\b",
        ),
    ),
    # --- round 7: texting, leetspeak and regional forms of the same tactics ----------------------
    *_p(
        C.IMAGE_REQUEST,
        "asks the child to take a photo of themselves and send it",
        # a camera emoji for the photo: "send 4 📸 of u pls", "mandame un 📸 tuyo", "envoie une 📸 de toi"
        r"\b(?:send|snd|sen|gimme|give me|drop|dm me|dm m3)(?: me| m3)? (?:a |4 |an |1 |one |another )?(?:\U0001f4f8|\U0001f4f7|\U0001f933)\s*(?:[o0]f (?:you|yourself|urself)\b|pl[e3]?a?s[e3]?|pl5|plz|pls|now|rn)",
        r"\b(?:manda|mandam[e3]|mandame|envia|enviam[e3]|enviame|pasame|pasam[e3]|envoie|envoi|envoie-moi|envoie moi|envoies)(?: moi)? (?:un |una |une |1 |otra |otro )?(?:\U0001f4f8|\U0001f4f7|\U0001f933)\s*(?:tuy[o0a4]s?|de t[o0][i1]|de ti|pl[i1]s|porfa|stp|svp|please)",
        # "snap yourself one picture and send", "take a pic of yourself and send it"
        rf"\b(?:snap|take|click|shoot|do) (?:yourself|urself|ya self) (?:a |one |1 |some )?(?:quick |small |nice )?{_PHOTO_EN}\b",
        # "te prendre en photo la maintenant, rien que pour moi", "fais-moi un selfie vite fait, que je voie ta bobine"
        r"\b(?:te prendre|prends-toi|prends toi|prend-toi|prend toi|tu (?:peux|pourrais|peut) te prendre) en (?:photo|foto|selfie)\b(?=[^.?!]{0,40}\b(?:pour moi|que je (?:te )?(?:voie|vois)|maintenant|la\b|now|vite|stp|envoie))",
        rf"\bfai[st]?[- ]moi (?:un|une) (?:petit |petite |p'tit |p'tite )?(?:selfie|selfi|photo|foto|tof)\b(?! (?:de|du|des|d') (?!toi\b))(?=[^.?!]{{0,40}}(?:\?|\b(?:vite fait|que je (?:te )?(?:voie|vois)|ta (?:bobine|tete|face|gueule)|pour moi|stp|maintenant)\b))",
        # "sacarte una foto aora mismo, solo para mi", "tomese una fotico ahi y me la manda"
        rf"\b(?:sacate|sacarte|saquese|sacarse|tomate|tomarte|tomese|tomarse|hazte|hacerte|te tomas|te sacas|te tomes|te saques)(?: (?:una|un|otra|unas))? {_PHOTO_ES}\b(?=[^.?!]{{0,40}}\b(?:para mi|pa mi|me la (?:mandas|manda|envias|envia|pasas|pasa)|y me la|mandamela|ahora|aora|ahorita|ya mismo|porfa)\b)",
    ),
    *_p(
        C.COMPLIANCE_TESTING,
        "tests whether the child will comply",
        # doing what is asked without questions: "you'd do me one small favour and not ask questions",
        # "faire ce que je vais te dire sans poser question", "me harias un favorcito sin preguntar nada"
        r"\b(?:favou?r|whatever i (?:say|ask|tell you)|what i (?:say|ask|tell you)|something for me)\b[^.?!]{0,25}\b(?:without|and not|and no|n not|no) (?:asking|ask|any|asking any) ?(?:questions|qs|why)?\b"
        r"(?![^\n]{0,60}\b(?:surprise|birthday|bday|party|present|gift))",
        r"\b(?:faire|fais|feras|ferais|vas faire|va faire) (?:tout )?ce que (?:je|j') ?(?:vais te dire|te dis|dis|demande|te demande|veux|te dirai)\b[^.?!]{0,15}\bsans (?:poser (?:de |la |aucune |des )?questions?|discuter|broncher|rechigner|demander pourquoi)\b",
        r"\bun (?:petit )?service\b[^.?!]{0,20}\bsans (?:poser (?:de |la |aucune )?questions?|demander pourquoi|discuter)\b(?![^\n]{0,60}\b(?:surprise|anniversaire|cadeau|fete))",
        r"\b(?:favor|favorcito|favorsito|favorsote|lo que te (?:diga|pida)|todo lo que te (?:diga|pida))\b[^.?!]{0,20}\bsin (?:preguntar|hacer preguntas|preguntas|chistar|rechistar|decir que no|replicar)\b(?![^\n]{0,60}\b(?:sorpresa|cumple|cumpleanos|regalo|fiesta))",
        # conditional trust or love, proved by doing it: "si tu me faisais confiance tu le prouverais", "si confiaras en mi lo demostrarias"
        r"\bsi (?:tu |t'|t )?(?:me |m3 |m')(?:faisais|faisait|fesais|fesait|fais|fait) (?:vraiment )?confi[ae]n[cs][e3]?\b[^.?!]{0,25}\b(?:le )?(?:prouverais|prouverait|ferais|ferait|montrerais|enverrais|accepterais)\b",
        r"\bprouv[e3][- ]?(?:moi )?(?:que|qu[e3]|q) (?:tu |t'|t )?(?:me |m3 |m')(?:fais|fait|f4is|fai|fe) confi[ae]n[cs][e3]?\b",
        r"\b(?:tu|t) (?:me|m3|m') (?:fais|fait|fai|fe|f4is) confi[ae]n[cs][e3]? ou (?:pas|non)\b(?! (?:pour|avec) )",
        # a favour owed back, or trust with anything: "harias algo por mi, como yo hice por ti?", "would you trust me with anything?"
        r"\b(?:harias|harias|hariai|harian) (?:algo|cualquier cosa|lo que sea|eso) por mi,? (?:como|igual que|asi como) yo (?:hice|hago|he hecho|lo hice)\b",
        r"\b(?:would|will) (?:you|ya) do (?:something|anything|this|that|one thing) for me,? (?:like|just like|the way|since|after) i (?:did|do|have done)(?: (?:for|4) (?:you|ya)| so much)?\b",
        r"\btu (?:ferais|ferait|feras) (?:quelque chose|un truc|n'importe quoi|ca) pour moi,? (?:comme|apres (?:tout )?ce que) (?:moi )?j'ai fait\b",
        r"\b(?:would|do|will) (?:you|ya) (?:really )?trust me with (?:anything|everything|any thing|ur life|your life)\b|\btu me (?:confierais|confierait) (?:n'importe quoi|tout|ta vie)\b|\bme (?:confiarias|confiarias) (?:cualquier cosa|lo que sea|todo|tu vida)\b",
        r"\bsi (?:de verdad |en verdad |realmente |de veras )?(?:confiaras|confiases|confias|confiarias) en mi\b[^.?!]{0,15}\b(?:lo |me lo )?(?:demostrarias|probarias|harias|mandarias|enviarias)\b",
        r"\bsi (?:de verdad |en verdad |realmente |de veras )?(?:me )?(?:qisieras|kisieras|quisieras|quicieras|qsieras|amaras|quisierai|quisierais|qisierai|kisierai)\b[^.?!]{0,15}\b(?:lo |me lo )?(?:harias|demostrarias|probarias|mandarias|enviarias)\b",
    ),
    *_p(
        C.DECEPTION,
        "claims to be a child of the same age, or a scout, with signs it is not so",
        # a teen persona stated outright: "i'm a girl too, 13 y/o", "je suis une fille de 13 ans", "soy una chica de 13"
        rf"\b(?:i'?m|1m|im|i am) (?:a|4|an|just a) (?:girl|gurl|grl|gal|boy|boi|guy)(?: too| 2| as well| also)?\W{{1,12}}{_KIDAGE}\b(?: ?(?:y/o|yo|yrs?|years?|yr old|years old))?",
        rf"\b(?:je suis|j suis|jsuis|j'suis|chu|chus|chui) (?:une?|un3) (?:fill[e3]|meuf|gars|garcon|mec)(?: aussi)? (?:d[e3] |d')?{_KIDAGE}(?: ?(?:ans|4ns))?\b",
        rf"\bsoy (?:una?|un4) (?:chic[a4o]|nin[a4o]|morr[ao4]|pib[ae]|chaval[a4]?)(?: tambien)? (?:d[e3] )?{_KIDAGE}\b",
        # a classmate who never shows a photo: "im a girl in ur grade, i just dont post pics", "chus une fille de ta polyvalente, je mets juste pas de photos", "soy una piba de tu curso, solo que no subo fotos"
        r"\b(?:i'?m|im|i am) (?:a |an )?(?:girl|guy|boy|kid|student|new kid|new girl|new boy)? ?(?:in|at|from) (?:your|ur|ya) (?:grade|year|class|school|form)\b[^.?!]{0,40}\b(?:don'?t|dont|never|can'?t|cant) (?:really )?(?:post|share|send|have|put up|do) (?:any )?(?:pics|photos|pictures|selfies|pictures of myself|pics of myself|pics of myslef)\b",
        r"\b(?:je suis|chu|chus|chui|jsuis|j'suis) (?:une? )?(?:fille|gars|mec|meuf|eleve)? ?(?:de|dans|a) (?:ta|ton) (?:classe|ecole|college|polyvalente|poly|lycee|niveau|annee)\b[^.?!]{0,40}\b(?:pas de (?:photos?|selfies?)|jamais de (?:photos?|selfies?)|pas (?:de )?photo de moi)\b",
        r"\bsoy (?:una? )?(?:chica|chico|piba|pibe|morra|morro|nina|nino|alumn[ao])? ?(?:de|en) (?:tu) (?:curso|clase|salon|grado|cole|colegio|escuela|prepa|secu|liceo)\b[^.?!]{0,40}\bno (?:subo|pongo|tengo|mando|publico|comparto) fotos\b",
        # the car in the profile photo is someone else's, said beside a teen age or with a slip:
        # "im 15 lol ignore the car in my profile, its my dads", "the car in my pic? that's my work truck... i mean, my cousin's"
        rf"\b(?:i'?m|im|i am|j'ai|jai|tengo) {_KIDAGE}\b(?: ?ans)?[^\n]{{0,25}}?\b(?:the (?:car|truck|ride) (?:in|on) my|(?:la voiture|le char|l'auto) (?:sur|de|dans) mon|(?:el (?:auto|carro|coche)|la camioneta) (?:de|en) mi) (?:pic|pfp|profile|profil|perfil|foto|photo)\b",
        r"\bignore the (?:car|truck|ride|van|beard|guy|man) (?:in|on) my (?:pic|pics|pfp|profile|profile pic|photo|photos|dp)\b",
        r"\b(?:that'?s|its|it'?s) my (?:work|company|business) (?:truck|van|car|vehicle)\W{1,8}(?:i mean|er|erm|uh|um|well|oops|wait|no)\b",
        # a scout or agent for models: "i'm a modeling scout, i find new faces for a big agency", "je suis recruteur pour une agence de mannequins"
        r"\b(?:i'?m|im|i am|i work as|i'm working as) (?:a |an )?(?:model(?:ing|ling)? (?:scout|agent|recruiter)|talent (?:scout|agent|recruiter)|casting (?:agent|director|scout))\b",
        r"\b(?:i'?m|im|i am|i work as|i work for) (?:a |an )?(?:scout|recruiter|agent|photographer)\b[^.?!]{0,30}\b(?:model(?:ing|ling)? agency|talent agency|model agency|new faces)\b",
        r"\b(?:je suis|chu|jsuis|je travaille (?:pour|comme)) (?:un |une )?(?:recruteur|recruteuse|chasseur de tetes|chasseuse de tetes|agent|agente|directeur de casting|directrice de casting|photographe|scout|denicheur|denicheuse)\b[^.?!]{0,30}\b(?:agence de (?:mannequins?|modeles?|talents?|mannequinat)|mannequinat|casting)\b",
        r"\bsoy (?:un |una )?(?:cazatalentos|caza talentos|reclutador|reclutadora|agente|scout|fotografo|fotografa|director de casting|directora de casting|representante)\b[^.?!]{0,30}\b(?:agencia de (?:modelos|talentos|modelaje)|modelaje|casting)\b",
    ),
    *_p(
        C.MEETING_PROPOSAL,
        "proposes meeting in person",
        *_in_person(
            # leetspeak: "meet m3 @ th3 park 2nit3", "rejoins m01 @u parc c3 soir"
            r"\b(?:meet|m33t|meat) (?:me|m3) (?:@|at|4t) (?:the |th3 |da |d4 )?(?:\w+ )?" + _PLACE
            + r"\b(?=[^\n]{0,25}\b(?:tonight|2nit3|2night|2nite|tonite|tomorrow|2moro|today|after school|at \d|\d ?(?:pm|am)\b))",
            r"\b(?:rejoins|rejoin|retrouve|rejoint)[- ]?(?:moi|m[o0][i1]) (?:@you|@|au|a|a la|@ la) " + _PLACE
            + r"\b(?=[^\n]{0,25}(?:c[e3] soir|demain|a soir|apres l'ecole|apres les cours|cet aprem|\d ?h\b))",
            # transport paid for the child: "i'll book one cab for you, just come to the metro station", "ill buy ur bus ticket so u can come see me"
            r"\b(?:i'?ll|i will|i can|let me|i could|i'?m going to) (?:book|get|order|call|send|pay for|buy) (?:you )?(?:a |one |an |your |ur )?(?:cab|taxi|uber|lyft|ola|ride|bus ticket|train ticket|ticket|tickets|bus fare|train fare|fare|coach ticket|plane ticket)\b"
            r"[^.?!]{0,40}\b(?:come (?:see|meet|to|and see|visit|down)|see me|meet me|meet up|visit me|we'?ll|we can|come over|from (?:your|ur) (?:gate|house|place|building|society|colony|street|school)|to (?:pick|bring|get) you)\b(?! home)",
            r"\b(?:je te paie|je te paye|je t'achete|je te prends|je te reserve|je t'envoie|je te commande|j'te paye|jte paye) (?:ton |ta |un |une |le |la )?(?:billet|ticket|taxi|uber|train|bus|trajet|passe|titre de transport)\b[^.?!]{0,30}\b(?:venir|me voir|me rejoindre|viens|qu'on se voie)\b",
            r"\b(?:te pago|te compro|te mando|te pido|te reservo|yo te pago|yo te compro) (?:el |un |una |tu |los )?(?:boleto|pasaje|taxi|uber|billete|viaje|bus|camion|didi|cabify|boletos|pasajes)\b[^.?!]{0,30}\b(?:venir|verme|vengas|nos veamos|conocernos|vernos)\b",
        ),
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks for one more photo or video, tied to a threat or a promise",
        # "send more and she never will", "send me a new one, like last time", "are you sending another one or not",
        # "one photo and it all goes away", "envoie en d'autres et personne les verra", "mandame mas o la mando al grupo"
        r"\b(?:send|snd)(?: me)? (?:one more|1 more|another one|another 1|another|more|a new one|a new 1|some more|more pics|another pic|another picture)\b[,.]?\s*"
        r"(?:or (?:i|it|everyone|every1|else|the|your|she|he)\b|(?:and|n) (?:no ?one|nobody|noone|she|he|they|it|i|your \w+) (?:never|won'?t|will never|wont|doesn'?t|don'?t|will not)\b|(?:like|same as|just like) (?:last time|before|the other one|the last one)\b|make i see\b)",
        r"\b(?:are|r) (?:you|u) (?:sending|gonna send|going to send) (?:me )?(?:another|one more|more|a new)(?: one| pic| photo)? or not\b",
        r"\b(?:one|1|just one) (?:more )?(?:photo|pic|picture|video|vid)\b,? (?:and|n) (?:it all|this all|everything|it|all this) (?:goes away|go away|stops|ends|disappears|is over|will stop)\b",
        r"\b(?:envoie|envoies|envoi|renvoie|m'envoies|tu m'envoies)[- ](?:moi |m'?)?(?:en )?(?:d'autres|une autre|un autre|encore une|encore|plus)\b\W{0,3}(?:ou (?:je|j'|tout|ca)|et (?:personne|ils|elle|il|on|tes \w+) (?:ne )?(?:les |la |le |l')?(?:verra|verront|saura|sauront|n'en|rien))",
        r"\btu m'en (?:fais|envoies|refais|renvoies) (?:une autre|un autre|d'autres|encore)\b\W{0,3}(?:ou (?:je|j'|tout|ca)|sinon)",
        r"\b(?:mandame|mandam[e3]|enviame|me mandes|me mandas|me envies|pasame)(?: una| un)? (?:mas|otra|otro|una nueva|uno nuevo|otra mas)\b,?\s*(?:o (?:la|lo|las|los|te|todos|se)\b|y (?:nadie|nunca|ya no|no (?:la|las|lo|los|se))\b|como (?:la otra|el otro|la ultima|antes|la vez pasada))",
    ),
    # --- round 8: regional forms, leetspeak and texting spellings --------------------------------
    *_p(
        C.IMAGE_REQUEST,
        "asks for photos or video of the child",
        # leetspeak "s3nd m3 s0m3 p1cs" (folds to "send m3 some pics"); "pasame una selfie ahorita 📸"
        rf"\b(?:send|snd|gimme|give m3|drop|dm) m3 (?:a |an |some |sum |a few |more |1 |one )?(?:quick |cute |new |lil )?{_PHOTO_EN}{_OF_YOU_EN}",
        r"\b(?:mandame|pasame|enviame|mandam[e3]|pasam[e3]|enviam[e3]) (?:una |un |unas |1 )?(?:selfie|selfies|selfi|fotito|fotitos|foto|fotos|f[o0]t[o0]s?) (?:ahorita|ahora|ahora mismo|ya mismo|rapido|rapidito)\b(?!\s*(?:de|del|con|que) )",
        # "un selfie pour moi ? 📸", "a selfie for me?", "una selfie para mi?"
        r"(?:^|[.!?]\s*)(?:une?|1|a|one|una) (?:petite? |p'tite? |quick |little |lil |cute |selfie |foto |nueva )?(?:selfie|selfi|tof|photo|pic|fotito|foto) (?:juste |rien que |just |solo |nomas )?(?:pour moi|for me|4 me|para mi|pa mi)\s*\?",
    ),
    *_p(
        C.COMPLIANCE_TESTING,
        "tests whether the child will comply",
        # brave enough to do what is asked: "r u brave enuf to do wat i ask", "t'es-tu game de faire ce que je te demande?",
        # "eres lo bastante valiente para hacer lo que te pido"
        r"\b(?:are|r) (?:you|ya) (?:really )?(?:brave|brav|bold|grown|mature|big|game|daring) (?:enough|enuf|enuff|nuff|enof)? ?(?:to do|2 do|for|to) (?:what|wat|wut|whatever|wateva|anything|everything|what ever) i (?:ask|say|tell|want|need)\b",
        r"\b(?:t'?es[- ]tu|es[- ]tu|t'?es|tu es|serais[- ]tu|tu serais|t'serais) (?:assez )?(?:game|cap|cap'|capable|brave|courageuse?) (?:de|d') ?faire (?:tout )?(?:ce que|ce qu'|n'importe quoi|tout ce que)\s?(?:je|j')",
        r"\b(?:eres|sos|es usted|serias) (?:lo )?(?:bastante|suficientemente|tan) (?:valiente|atrevid[ao]|madur[ao]|grande) (?:para|como para|pa) hacer (?:lo que|todo lo que|cualquier cosa que) (?:yo )?(?:te |le )?(?:pido|pida|digo|diga)\b",
        r"\ba ver si (?:eres|sos|es usted|sois) (?:tan|lo bastante|lo suficientemente) (?:valiente|atrevid[ao]|madur[ao]|grande|obediente) como (?:dices|decis|dice|crees|presumes|pareces)\b",
        # "montre-moi que t'es plus un bebe", "show me you're not a little kid anymore", "demuestrame que ya no eres una nena"
        r"\b(?:montre|prouve)[- ]?(?:moi|m[o0][i1]) (?:que|qu'|qu) ?(?:t'?es|tu es|t) (?:plus|pu|pas) (?:un|une) (?:bebe|gamine?|enfant|petite fille|petit garcon|petite|petit|trouillarde?|peureuse?|peureux|froussarde?)\b",
        r"\b(?:demuestrame|demostrame|pruebame) (?:que )?(?:ya )?no (?:eres|sos) (?:una?|un) (?:nena|nene|bebe|nina|nino|cria|crio|miedos[ao]|cobarde|chiquit[ao])\b",
        r"\bshow me (?:that )?(?:you're|you are|your) not (?:a )?(?:little |lil )?(?:baby|kid|child) (?:anymore|any more)\b",
        # "me tenes que hacer caso si me queres", "si me quieres, hazme caso", "if you love me you'll listen to me"
        r"\b(?:me )?(?:tienes|tenes|tiene|vas a tener) que hacer(?:me)? caso\b[^.?!]{0,15}\bsi (?:de verdad |en verdad )?(?:me )?(?:quieres|queres|quiere|amas|amás)\b",
        r"\bsi (?:de verdad |en verdad )?me (?:quieres|queres|quiere|amas) (?:me )?(?:hazme caso|haceme caso|me haces caso|me vas a hacer caso|(?:tienes|tenes) que hacer(?:me)? caso|obedeceme|obedecerme)\b",
        r"\bif (?:you|ya) (?:love|luv|loved) me,? (?:you'?ll|you will|you'?d|you would|you have to|you gotta|then) (?:listen to me|obey me|do as i say|do what i say)\b",
        # "tu ferais quoi pour moi ?", "tu me le prouveras"
        r"\b(?:tu ferais|t'ferais|tu serais pret a faire|tu serais prete a faire) quoi pour moi\b|\bqu'?est[- ]ce que tu (?:ferais|serais prete? a faire) pour moi\b",
        r"\btu (?:me le|m'le|me la) prouveras\b|\btu vas (?:me le|m'le) prouver\b",
    ),
    *_p(
        C.DECEPTION,
        "claims to be a child, a scout or someone else, with signs it is not so",
        # leetspeak "th1s 1s my br0s 4cc0unt" (folds to "this 1s my bros 4ccount")
        rf"\b(?:this|thi5|th1s|it'?s|its|1ts) (?:is|1s|i5) (?:my|m1|ma) (?:{_SOMEONE_EN})'?s (?:account|4ccount|acc|4cc|acct|4cct|profile|pr0file|page|insta|snap)\b",
        # the profile photo is old and the contact looks younger now
        r"\b(?:my|the|that) (?:profile pic|profile photo|profile picture|pfp|dp|pic|pics|photos?|picture) (?:is|'s|are|was|were) (?:really |pretty |kinda |super |so )?(?:old|outdated|from years ago|years old|a few years old|ancient)\b[^.?!]{0,15}\bi look (?:way |much |a lot |so |even )?younger\b",
        r"\b(?:ma|mes) (?:photo de profil|photos?|pp|pdp) (?:est|sont|date|datent) (?:vieille|vieilles|ancienne|anciennes|de y'?a longtemps)?[^.?!]{0,15}\bje (?:fais|parais) (?:beaucoup |bien |vraiment )?plus (?:jeune|jeunes)\b",
        r"\b(?:mi|mis) (?:foto de perfil|fotos?|perfil) (?:es|son|esta|estan) (?:vieja|viejas|antigua|antiguas|desactualizada)\b[^.?!]{0,15}\b(?:me veo|parezco|me miro) (?:mucho |mas |re |bastante )*(?:mas )?(?:joven|chic[oa]|menor)\b",
        # an agency that scouts children: "i work at a modling agency and scout kids like u", "je suis agent de mannequins,
        # je repere des jeunes comme toi", "trabajo en una agencia y busco chicos para anuncios"
        r"\bi (?:work (?:at|for|with|in)|run|own|have|manage) (?:a |an |my own |this )?(?:mod+e?l+(?:ing|ling)?|modl?ing|modle?ing|talent|casting|scouting|ad|advertising) agency\b[^.?!]{0,40}\b(?:scout|scouting|recruit|recruiting|look for|looking for|find|finding|pick|sign|signing) (?:new )?(?:kids|teens|girls|boys|young|faces|models|people)\b",
        r"\b(?:je suis|chu|chus|jsuis|j'suis|je bosse comme|je travaille comme) (?:un |une )?(?:agent|agente|recruteur|recruteuse|chasseur|chasseuse|photographe|scout|denicheur|denicheuse) (?:de|d') ?(?:mannequins?|modeles?|talents?|jeunes talents|top models?)\b",
        r"\bje (?:repere|recrute|cherche|scoute|trouve|selectionne) (?:des|de|les) (?:jeunes|filles|gars|ados|adolescente?s|enfants|nouveaux visages|nouvelles tetes|petites?) (?:comme toi|de ton age)\b",
        r"\b(?:trabajo|laburo|chambeo|estoy) (?:en|para|con) (?:una|la|mi) agencia\b[^.?!]{0,30}\b(?:busco|recluto|estoy buscando|buscamos|reclutamos|estamos buscando) (?:chic[oa]s|nin[oa]s|jovenes|caras nuevas|modelos|chav[oa]s|pib[ae]s|morr[oa]s|adolescentes|talentos)\b",
        r"\bi work (?:at|for) (?:an|a|this) agency\b[^.?!]{0,30}\b(?:looking for|scouting|recruiting|i scout|i recruit|we need) (?:kids|teens|girls|boys|young people|new faces)\b",
        # a slip about work, corrected: "jveux dire le taf de mon pere", "typo, i meant my bro"
        r"\b(?:jveux|j'veux|je veux|j'voulais|je voulais) dire (?:le taf|le travail|le boulot|le bureau|la job|la shop) (?:de mon|a mon|de ma) (?:pere|daron|frere|mere|daronne|oncle|cousin)\b",
        r"\b(?:typo|typ0|oops|whoops|my bad|autocorrect)\W{1,4}i meant (?:my|me) (?:bro|brother|sis|sister|cousin|cuz|dad|mum|mom|older brother)\b",
    ),
    *_p(
        C.MEETING_PROPOSAL,
        "proposes meeting in person",
        *_in_person(
            # leetspeak "0n s3 v01t 1rl ?" (folds to "0n s3 voit 1rl ?")
            r"\b[o0]n s[e3] (?:v[o0][i1]t|v[o0][i1]e|rejoint|r[e3]trouve|capte) (?:[i1]rl|[e3]n vrai|pour vrai|en personne)\b",
            # come alone to a place: "veni sola a la plaza manana", "come alone to the park", "viens seule au parc demain"
            r"\b(?:veni|ven|vente|venite|venga|vaya|vos veni) (?:sola|solo|solita|solito|sin nadie)\b[^.?!]{0,20}\b(?:a la|al|en la|en el) " + _PLACE + r"\b",
            r"\b(?:veni|ven|vente|venite|venga|vaya) (?:sola|solita|solo|solito) (?:a la|al|en la|en el) \w+ (?:" + DAYS + r"|a las \d)\b",
            r"\bcome (?:alone|by yourself|on your own) (?:to|at) (?:the )?(?:\w+ )?" + _PLACE + r"\b",
            r"\bviens (?:seule?|toute? seule?|sans personne) (?:au|a la|a l'|devant|derriere|pres du|pres de la) " + _PLACE + r"\b",
        ),
    ),
    *_p(
        C.IMAGE_REQUEST,
        "asks for photos, more photos or the camera, with a reason or a reward",
        # "mandame unas f0t0s asi te conozco mejor", "si me mandas las fotos te cargo 1000 mas", "lo borrare cuando me mandes un par mas"
        rf"\b(?:mandame|pasame|enviame|me mandas|me pasas|me envias) (?:unas |una |tus |un par de |alguna |1 )?{_PHOTO_ES} (?:asi|para|pa) (?:te )?(?:conozco|conocerte|conozca|conocernos|te vea|verte|saber como eres)\b",
        rf"\bsi me (?:mandas|pasas|envias|mandes) (?:las |unas |tus |una |un par de )?{_PHOTO_ES}\b[^.?!]{{0,20}}\bte (?:cargo|doy|paso|regalo|compro|deposito)\b",
        r"\b(?:cuando|si|hasta que) me (?:mandes|mandas|envies|pases) (?:un par|unas|otras|otra|una|dos|tres) mas\b",
        # "need 3 more pics from u by midnight", "i want two more pics of you"
        rf"\b(?:need|want|i need|i want|gimme|i'?ll need) (?:\d|two|three|four|five|a few|some|a couple) (?:more |new )?{_PHOTO_EN} (?:from|of) (?:you|ya)\b",
        r"\b(?:jveux|je veux|j'veux) (?:\d|deux|trois|quatre|cinq) (?:nouvelles?|autres?|photos|tofs)\b[^.?!]{0,25}\b(?:t'as jusqu|sinon|avant)\b",
        # "just get back on cam with me again", "si tu viens en appel quand je te le demande", "con camara, asi nos conocemos mejor"
        r"\b(?:get|come|hop|jump) back on (?:cam|camera|video|facetime) with me\b",
        r"\bsi tu (?:viens|reviens|vient) en (?:appel|video|cam|facetime)(?: video)? quand (?:je|j')\b",
        r"\bcon (?:camara|cam|la camara)\W{0,3}(?:asi|para|pa) (?:nos conocemos|te veo|te conozco|nos vemos|conocernos)\b",
    ),
    *_p(
        C.DECEPTION,
        "slips or admits a false identity",
        # "jaja es la oficina de mi papa, le ayudo", "im not jess lol. pay $300", "remember 'lea'?", "ur call with 'amy'"
        r"\b(?:jaja|jeje|jajaja|digo|bueno|o sea|naa|no),? (?:es|era) (?:la oficina|el trabajo|el negocio|la chamba|el laburo|la empresa) de mi (?:papa|padre|tio|mama|jefe|hermano)\b",
        r"\b(?:i'?m|im|i am) not (?:really |actually )?[a-z]{3,12} (?:lol|lmao|haha|lmfao)\W+(?:pay|send|i have|i got|now|and)\b",
        r"\b(?:souviens de|souviens d'|remember|acuerdas de|te acordas de) (?:«|\"|')\s?[a-z]{2,12}\s?(?:»|\"|')",
        r"\b(?:call|video|vid|appel|videollamada|llamada|videochat) (?:with|avec|con|de) (?:«|\"|')\s?[a-z]{2,12}\s?(?:»|\"|')",
    ),
]
