"""The grooming-risk signals and the word rules that find them, in English, Danish and French.

Rules read the normalised, unleeted text (lower case, accents stripped: "gar", "pa", "mere";
æ and ø stay). Each family is built from parts that are combined (a verb of deleting times what
is deleted, a word for someone's parents times a verb of seeing or knowing with a negation), so
that the same idea worded another way is found too. A rule is one pattern, or a tuple of
patterns that must all be found in the message.

`RULES[signal]` maps the anchor words of a rule (one of them must be among the message's words
before the rule is tried), and after " / " its gate words if it has any (one of them must be
among the message's words too), to the rule or a list of rules.
"""

from __future__ import annotations

from enum import StrEnum


class Signal(StrEnum):
    ASKS_AGE = "asks_age"
    ASKS_CONTACT = "asks_contact"
    MOVES_APP = "moves_app"
    SECRECY = "secrecy"
    MEETS_UP = "meets_up"
    OFFERS_GIFT = "offers_gift"
    FLATTERS = "flatters"
    ISOLATES = "isolates"


Rule = str | tuple[str, ...]  # one pattern, or patterns that must all be found, near each other


def _any(*phrases: str) -> str:
    """One group matching any of `phrases`; a space in a phrase stands for any whitespace."""
    return "(?:" + "|".join(phrase.replace(" ", r"\s+") for phrase in phrases) + ")"


def _words(pattern: str) -> str:
    """`pattern` as whole words."""
    return rf"\b{pattern}\b"


def _then(first: str, second: str, gap: int = 3) -> str:
    """`first`, then up to `gap` words, then `second`."""
    return rf"\b{first}(?:\s+\S+){{0,{gap}}}?\s+{second}\b"


_YOU = r"(?:you|u|ya|yu)"
_YOUR = r"(?:your|ur|yr|you're|youre)"
_APP = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|kik|discord|telegram|tg|whats\s?app|wa|skype"
    r"|wickr|wechat|viber|facebook|fb|messenger|tiktok|twitter|e-?mail|signal|threema"
    r"|roblox|steam|xbox|psn|twitch|reddit|imessage|facetime)"
)
_PICS = (
    r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|nudes?|vid|vids|video|videos|images"
    r"|billede|billeder|foto|fotos|tof|tofs)"
)
_HANDLE = (
    r"(?:number|nr|nummer|numero|num|phone|cell|mobil|socials?|handle|username|user|user\s?name"
    r"|@|brugernavn|pseudo|cash\s?app|venmo|paypal|mobilepay|lydia|revolut)"
)
_CONTACT = rf"(?:{_APP}|{_HANDLE})"

_APPS = "snap snapchat sc insta instagram ig kik discord telegram tg whats whatsapp wa skype wickr"
_APPS += " wechat viber facebook fb messenger tiktok twitter email mail signal threema roblox"
_APPS += " steam xbox psn twitch reddit imessage facetime"
APP_WORDS = frozenset(_APPS.split())  # the apps' names, as words
_CONTACT_WORDS = f"{_APPS} number nr nummer numero num phone cell mobil social socials handle"
_CONTACT_WORDS += " username user brugernavn pseudo cashapp cash venmo paypal mobilepay lydia"
_CONTACT_WORDS += " revolut"
_PICS_WORDS = (
    "pic pics picture pictures photo photos selfie selfies nude nudes vid vids video videos images"
    " billede billeder foto fotos tof tofs"
)

# Someone's parents, spoken of to their child: "your mum", "dine forældre", "ta mère".
_PARENT_WORDS = "parents parent mom mum mommy mummy mother dad daddy father family folks"
_PARENT_WORDS += " stepdad stepmom forældre mor far familie stedfar stedmor mere pere famille"
_PARENT_WORDS += " daronne daron darons"
_THEIR_PARENT = (
    rf"\b{_YOUR}\s+(?:step\s?)?"
    + _any("parents", "mom", "mum", "mommy", "mummy", "mother", "dad", "daddy", "father")
    + r"|\b(?:your|ur)\s+(?:family|folks)\b"
    + r"|\bdine\s+forældre\b|\bdin\s+(?:mor|far|familie|stedfar|stedmor)\b"
    + r"|\btes\s+(?:parents|darons|vieux)\b|\bta\s+(?:mere|famille|daronne)\b"
    + r"|\bton\s+(?:pere|daron)\b"
)
_NOT = _any(
    "don't", "dont", "do not", "doesn't", "doesnt", "does not", "can't", "cant", "cannot",
    "won't", "wont", "shouldn't", "shouldnt", "mustn't", "never", "not", "no need",
    "ikke", "ikk", "ik", "aldrig", "lad vær med at", "lad være med at", "lad vaer med at",
    "lad vaere med at",
    "pas", "jamais", "rien", "ne", "n'",
)  # fmt: skip
_SEE_OR_KNOW_EN = _any(
    "see", "sees", "know", "knows", "find out", "finds out", "hear", "hears", "read", "reads",
    "check", "checks", "look", "looks", "notice", "notices", "find", "finds", "mention", "tell",
    "show", "let", "understand", "approve", "get it", "ask", "asks", "catch", "catches",
    "scroll", "scrolls", "go through", "goes through", "look through", "looks through", "snoop",
    "snoops",
)  # fmt: skip
# Danish and French put the negation after the verb too: "sig det ikke", "montre pas".
_SEE_OR_KNOW = _any(
    "se", "ser", "vide", "ved", "kigge", "kigger", "læse", "læser", "høre", "hører", "kende",
    "opdage", "opdager", "finde ud", "finder ud", "forsta", "forstar",
    "vis", "vise", "sig", "sige", "fortæl", "fortælle", "fortael", "fortaelle", "nævn", "nævne",
    "voient", "voie", "voir", "voit", "sachent", "sache", "savoir", "sait", "lire", "lisent",
    "lise", "regarde", "regardent", "regarder", "decouvre", "decouvrent", "tombe", "tombent",
    "montre", "montrer", "dis", "dire", "parle", "parler", "raconte", "raconter",
    "comprendraient", "comprendront", "comprendre", "apprennent", "apprenne", "spørge",
    "spørger", "demande", "demandent", "forstå", "entende", "entendent", "entendre", "remarque",
    "remarquent", "snage", "snager", "fouille", "fouillent", "fouiller",
)  # fmt: skip
_NOT_AFTER = _any("ikke", "ikk", "ik", "aldrig", "pas", "jamais", "rien")
# Not "i don't know what your dad does": the one who must not know is the parent.
_HIDING = (
    r"(?<!\bi\s)(?<!\bwe\s)"
    + _then(_NOT, f"(?:{_SEE_OR_KNOW_EN}|{_SEE_OR_KNOW})")
    + r"|(?<!\bjeg\s)(?<!\bje\s)"
    + _then(_SEE_OR_KNOW, _NOT_AFTER)
    + r"|\b(?:hide|hiding|keep\s+(?:it|this)\s+from|skjul|skjule|gem|gemme|cache|cacher|caches)\b"
    + r"|\b(?:would|will|gonna|wouldn'?t|wouldnt|won'?t|wont)\s+(?:\S+\s+)?(?:freak|kill|be\s+mad"
    + r"|flip|understand|get\s+it|approve)"
    # Not having to ask them any more: "t'as plus besoin de demander à tes parents".
    + r"|\bplus\s+besoin\s+de\s+(?:leur\s+)?demander\b|\bbehøver\s+(?:ikke|ik)\s+(?:længere\s+)?"
    + r"(?:at\s+)?spørge\b"
)

# Deleting what was said. Strong verbs take any object; weak ones ("clear", "vide") only the
# chat's traces, so "i need to clear everything up" or "vider tout l'appart" stay ordinary.
_DELETE = _any(
    "delete", "erase", "wipe", "remove", "slet", "slette", "sletter", "fjern", "fjerne", "fjerner",
    "efface", "effacer", "effaces", "supprime", "supprimer", "supprimes",
)  # fmt: skip
_CLEAR = _any(
    "clear", "clean", "rens", "rense", "ryd", "rydde", "tøm", "tømme", "vide", "vider", "vides",
    "nettoie", "nettoyer", "nettoies", "empty",
)  # fmt: skip
_TRACES = _any(
    "chat", "chats", "messages?", "msgs?", "convo", "conversation", "history", "browser",
    "texts?", "dms", "cookies", "chatten", "beskederne", "beskeder", "samtalen", "historikken",
    "browseren", "historik", "l'\\s?historique", "historique", "navigateur", "la conv\\w*",
    "discussion", "nos messages", "les messages", "le chat", "samtale", "samtaler", "besked",
    "chats?", "conv", "conversations?", "discussions?", "trash", "bin", "recycle bin",
    "search history", "papirkurven", "papirkurv", "corbeille", "traden", "tradene",
)  # fmt: skip
_EVERYTHING = _any(
    "everything",
    "it all",
    "all of it",
    "all of this",
    "all this",
    "alt",
    "det hele",
    "alt sammen",
    "tout",
)
# "delete this after", "slet det bagefter", "efface ça après"; at once too: "delete it right
# away", "slet det med det samme", "supprime-la tout de suite".
_AFTERWARDS = _any(
    "after",
    "afterwards",
    "right away",
    "straight away",
    "every night",
    "each night",
    "hver aften",
    "chaque soir",
    "tous les soirs",
    "immediately",
    "at once",
    "asap",
    "med det samme",
    "straks",
    "tout de suite",
    "immediatement",
    "aussitot",
    "when",
    "once",
    "later",
    "tonight",
    "bagefter",
    "efter",
    "nar",
    "i aften",
    "apres",
    "quand",
    "ce soir",
    "une fois",
)
_DELETING = (
    rf"(?<!\bai\s)(?<!\bi\s){_DELETE}\s+(?:\S+\s+){{0,3}}?(?:{_TRACES}|{_EVERYTHING})\b"
    rf"|{_words(_CLEAR)}\s+(?:\S+\s+){{0,2}}?{_TRACES}\b"
    + rf"|{_words(_DELETE)}(?:\s+|\s*-\s*)"
    + r"(?:this|it|that|them|det|det\s+her|den|dem|ca|le|la|les)\s+"
    + rf"(?:\S+\s+)?{_AFTERWARDS}\b"
    + r"|\bhusk\s+at\s+slette\b"
    + r"|\b(?:you'?ll|you\s+will|u\s+will|you'?re\s+gonna|you\s+gonna|du|tu)\s+(?:\S+\s+)?"
    + rf"{_DELETE}\s+"
    + r"(?:this|it|that|det|det\s+her|ca|tout|alt)\b"
)
_CLEAR_IT_ALL = (
    # "remember to clear everything", "husk at rydde alt", "pense à tout effacer" (not "...
    # off the desk", "... au tableau").
    r"(?:\b(?:remember\s+to|make\s+sure\s+(?:you|u)|don'?t\s+forget\s+to|dont\s+forget\s+to)\s+"
    r"(?:clear|wipe|delete|erase)\s+(?:everything|it\s+all|all\s+of\s+it)"
    r"|\bhusk\s+at\s+(?:rydde|tømme|rense)\s+(?:alt|det\s+hele)"
    r"|\b(?:pense\s+a|n'oublie\s+pas\s+de|oublie\s+pas\s+de|faut|il\s+faut|tu\s+dois)\s+tout\s+"
    r"(?:effacer|supprimer|vider))(?=\s*(?:$|[.!,;]|(?:after|afterwards|later|tonight|ok|okay|pls"
    r"|please|when|before|bagefter|nar|i\s+aften|apres|ce\s+soir|stp|quand|avant)\b))"
)
_VANISHING = _any(
    "vanish mode", "disappearing messages", "messages disappear", "self destruct",
    "self-destruct", "incognito", "private browsing", "private window", "private tab",
    "forsvindende beskeder", "beskederne forsvinder", "privat browsing", "privat vindue",
    "inkognito", "messages ephemeres", "mode ephemere", "navigation privee", "fenetre privee",
    "delete themselves", "deletes itself", "self-deleting", "disappear after", "slettes automatisk",
    "sletter sig selv", "forsvinder efter", "s'effacent", "s'autodetruisent", "disparaissent",
)  # fmt: skip
_LOGGED = (
    r"\b(?:this|the)\s+(?:site|app|chat|website|place)\s+(?:\S+\s+)?(?:logs|records|tracks"
    r"|monitors)\s+(?:everything|it\s+all|all|our|the\s+chats?)\b"
    r"|\b(?:site|siden|side|hjemmeside|appen|chatten)\s+(?:\S+\s+)?(?:logger|overvager|optager)"
    r"\s+(?:alt|det\s+hele|alle)\b"
    r"|\b(?:site|appli|application|chat)\s+(?:\S+\s+)?(?:enregistre|surveille)"
    r"\s+(?:tout|toutes?|les\s+conv\w*|nos)\b"
)
_KEEPS_WHAT_WE_WRITE = (
    # Kept, what we write: "it saves everything we say", "gemmer alt hvad vi skriver", "garde
    # tout ce qu'on écrit" (not "saves everything to the cloud").
    r"\b(?:saves|keeps|stores|records|logs)\s+(?:everything|all)\s+(?:that\s+)?(?:we|you|u)\s+(?:say"
    r"|write|type|send)\b|\b(?:gemmer|logger|optager)\s+alt\s+(?:hvad\s+)?(?:vi|du)\s+(?:skriver|siger"
    r"|sender)\b|\b(?:garde|conserve|sauvegarde|enregistre)\s+tout\s+ce\s+(?:qu'on|que\s+tu|que\s+nous)"
    r"\s+(?:ecrit|ecris|dit|dis|envoie|envoies)\b"
)
_DELETE_PICS_KEY = (
    "delete erase wipe remove slet slette sletter fjern fjerne efface effacer supprime supprimer /"
    " phone tel telephone portable mobil telefon telefonen gallery galerie pellicule roll galleri"
    " galleriet"
    " kamerarulle pic pics photo photos picture pictures billedet billederne billeder billede"
    " selfie selfies video videos vid vids"
)
_DELETE_PICS = (
    rf"\b{_DELETE}\s*-?\s*(?:\S+\s+){{0,2}}?(?:from|fra|af|de)\s+(?:your|ur|din|dit|ton|ta)\s+"
    + _any("phone", "tel", "telephone", "portable", "mobil", "telefon", "telefonen", "gallery",
           "galerie", "pellicule", "camera roll", "kamerarulle", "galleri", "galleriet")
    # A bare "delete the pics" only as a request: "and delete the pic", "nu slet billedet".
    + r"\b|(?:^|[.!?,]\s*|\b(?:and|og|et|now|nu|maintenant|just|bare|juste|pls|please|then|sa"
    + r"|remember\s+to|husk\s+at|make\s+sure\s+(?:you|u)|n'oublie\s+pas\s+de)\s+)"
    + rf"{_DELETE}\s+(?:the\s+|that\s+|those\s+|these\s+|la\s+|les\s+|det\s+|de\s+)?"
    + _any("pics?", "photos?", "pictures?", "billedet", "billederne", "billeder", "selfies?",
           "videos?", "vids?")
    + r"\b"
)  # fmt: skip
_PASSCODE = (
    _any("code", "passcode", "password", "pin", "lock", "kode", "adgangskode", "mot de passe",
         "mdp", "verrou", "cadenas")
    + r"\s+(?:\S+\s+){0,2}?(?:on|pa|sur)\s+(?:the\s+|your\s+|ta\s+|ton\s+|l')?"
    + _any("app", "appen", "appli", "application", "phone", "telefon", "telefonen", "tel",
           "chat", "chatten", "mobil", "mobilen")
)  # fmt: skip

# Promising nobody will know: "nobody else needs to hear about it", "ingen andre skal høre
# om det", "personne d'autre a besoin de savoir", "i'd never tell anybody", "je répéterai
# jamais", "our thing", "just between us".
_NOBODY = (
    r"\b(?:nobody|no\s+one|noone|no-one)\s+(?:else\s+)?(?:is\s+|ever\s+)*"
    + _any("will", "would", "has to", "needs to", "need to", "gonna", "going to", "must",
           "should", "ever", "has", "needs", "is", "can")
    + r"\s+(?:ever\s+)?(?:to\s+)?" + _any("know", "find out", "hear", "see", "learn", "found out")
    + r"|\bingen\s+(?:andre\s+)?"
    + _any("far", "finder", "vil", "kommer til at", "skal", "behøver", "ma", "kan")
    + r"\s+(?:nogensinde\s+|aldrig\s+)?(?:det\s+)?(?:at\s+)?(?:\w+\s+)?"
    + _any("vide", "ud", "høre", "se", "kende", "opdage", "finde ud")
    + r"|\bpersonne\s+(?:d'autre\s+)?(?:ne\s+|n')?(?:le\s+|l'|en\s+|n'en\s+)?"
    + _any("saura", "va savoir", "sera au courant", "doit", "a besoin", "n'a besoin", "saura",
           "va le savoir", "verra", "va voir", "le saura", "va rien savoir")
)  # fmt: skip
_WONT_TELL = (
    r"\bi(?:'d|'ll|\s+would|\s+will)?\s+(?:never|not|won'?t|wont|wouldn'?t|wouldnt)\s+"
    r"(?:ever\s+)?(?:tell|say|repeat|snitch|mention|show)\s*"
    r"(?:anyone|anybody|nobody|a\s+soul|anything|a\s+word|it|this|them|what|on|$)"
    r"|\bi\s+(?:never|don'?t|dont)\s+snitch\b"
    r"|\bi(?:'d|'ll|\s+would|\s+will)?\s+(?:never|not|won'?t|wont|wouldn'?t|wouldnt)\s+(?:ever\s+)?"
    r"(?:rat|grass|dob)\s+(?:you|u|on\s+(?:you|u))"
    r"|\bi'?m\s+(?:not|never)\s+(?:going\s+to|gonna)\s+(?:tell|say\s+(?:anything|a\s+word))\b"
    r"|\bje\s+(?:vais|compte)\s+(?:rien|pas|jamais)\s+(?:le\s+|en\s+)?(?:dire|repeter|raconter)\b"
    r"|\bjeg\s+" + _any("sladrer", "sladre", "siger det", "fortæller det", "siger", "fortæller",
                        "vil aldrig sige", "vil aldrig fortælle", "vil aldrig sladre",
                        "skal nok ikke sige", "sladrer ikke")
    + r"\s+(?:\w+\s+)?(?:aldrig|ikke|til\s+nogen)\b"
    # Showing it to nobody: "jeg viser det ikke til nogen", "je le montrerai à personne".
    + r"|\bjeg\s+(?:viser|vil\s+aldrig\s+vise|vil\s+ikke\s+vise)\s+"
    + r"(?:det|dem|billedet|billederne)\s+(?:(?:ikke|aldrig)\s+)?(?:til|for)\s+nogen\b"
    + r"|\bje\s+(?:ne\s+)?(?:la\s+|les\s+)montrerai\s+(?:\w+\s+)?(?:jamais|a\s+personne|pas)\b"
    + r"|\bje\s+(?:ne\s+)?(?:le\s+|l')?"
    + _any("dirai", "repeterai", "raconterai", "balancerai", "parlerai", "diras", "montrerai")
    + r"\s+(?:\w+\s+)?(?:jamais|rien|a\s+personne|pas)\b"
)  # fmt: skip
_THEIR_PHONE = (
    r"(?:your|ur|din|dit|dine|ton|ta|tes)\s+"
    + _any("phone", "messages", "texts", "chats", "dms", "telefon", "mobil", "beskeder", "tel",
           "telephone", "portable", "messages", "conversations")
)  # fmt: skip
_PARENTS_WATCH = (
    rf"\b(?:do|does|will|would)\s+(?:{_THEIR_PARENT})\s+(?:ever\s+)?(?:check|look\s+(?:at|through|thru)"
    rf"|go\s+(?:through|thru)|read|monitor)\s+{_THEIR_PHONE}\b"
    rf"|\b(?:tjekker|kigger\s+(?:i|pa)|læser)\s+(?:{_THEIR_PARENT})\s+(?:\S+\s+)?{_THEIR_PHONE}\b"
    rf"|(?:{_THEIR_PARENT})\s+(?:\S+\s+)?(?:regardent|fouillent|checkent|lisent|regarde|fouille|lit"
    rf"|check)\s+{_THEIR_PHONE}\b"
    # How strict they are, asked: "ur parents strict?", "er dine forældre strenge?".
    # Over their shoulder, or a phone they do not check: "is your mom the type who reads over
    # your shoulder", "un autre tel que tes parents checkent pas".
    r"|\breads?\s+over\s+(?:your|ur)\s+shoulder\b"
    r"|\b(?:tel|telephone|portable)\s+que\s+(?:tes|ta|ton)\s+(?:parents|mere|pere|daron\w*)\s+(?:ne\s+)?"
    r"(?:checkent|regardent|fouillent|voient|checke|regarde|fouille|voit)\s+pas\b"
    rf"|^\s*(?:are|r)?\s*(?:{_THEIR_PARENT})\s+(?:really\s+|very\s+|super\s+)?(?:strict|protective"
    r"|overprotective|controlling)\s*\?"
    rf"|\ber\s+(?:{_THEIR_PARENT})\s+(?:meget\s+|sa\s+)?(?:strenge|streng|kontrollerende)\s*\?"
    rf"|(?:{_THEIR_PARENT})\s+(?:sont|est)\s+(?:tres\s+|trop\s+)?(?:stricts?|strictes?|severes?"
    r"|sur\s+ton\s+dos)\s*\?"
)
_MUST_NOT_TELL = (
    rf"\b{_YOU}\s+(?:can'?t|cannot|can\s+not|mustn'?t|must\s+not|shouldn'?t|shouldnt|can\s+never)"
    r"\s+(?:ever\s+|even\s+)?(?:tell|say|mention)\s+(?:\S+\s+)?(?:anyone|anybody|nobody|a\s+soul|your|ur"
    r"|them)\b"
    # Not "tu peux pas dire ça", "faut pas dire ça": something that must not be passed on.
    r"|\b(?:(?:il\s+)?faut|tu\s+dois)\s+(?:(?:pas|jamais)\s+(?:le\s+|en\s+|l')|rien\s+)"
    r"(?:dire|raconter|repeter)\b"
)
_OURS = (
    r"\bour\s+(?:little\s+|lil\s+|lill\s+)?(?:secret|thing)\b|\bthis\s+is\s+(?:just\s+)?our\s+thing\b"
    r"|\bvores\s+(?:lille\s+)?(?:hemmelighed|ting)\b|\bnotre\s+(?:petit\s+)?(?:secret|truc)\b"
    # A deal between us: "thats our deal", "det er vores aftale", "c notre deal".
    r"|\b(?:that'?s|thats|its|it'?s)\s+our\s+(?:little\s+)?(?:deal|pact)\b"
    r"|\b(?:det\s+er|det\s+her\s+er)\s+vores\s+(?:lille\s+)?aftale\b"
    r"|\b(?:c'est|c\s+est|c)\s+notre\s+(?:petit\s+)?(?:deal|pacte|accord)\b"
    r"|\bnotre\s+truc\b|\bentre\s+(?:toi\s+et\s+moi|nous)\b"
    r"|\bbetween\s+(?:me\s+and\s+(?:you|u)|(?:you|u)\s+and\s+me|us)\b"
    r"|\bmellem\s+(?:dig\s+og\s+mig|os\s+to|os)\b"
    r"|\bkeep\s+(?:this|it|that)\s+(?:between\s+us|a\s+secret|secret|to\s+yourself|quiet"
    r"|on\s+the\s+down\s?low|private|hush)\b|\bcan\s+(?:you|u)\s+keep\s+a\s+secret\b"
    r"|\bhold\s+det\s+(?:hemmeligt|for\s+dig\s+selv|mellem\s+os)\b"
    r"|\bkan\s+du\s+holde\s+(?:pa\s+)?(?:en\s+)?hemmelighed\b"
    r"|\bgarde\s+(?:ca|le|ca\s+bien)\s+pour\s+toi\b|\btu\s+sais\s+garder\s+un\s+secret\b"
)
# Wanting it private or unseen: "it's more private there", "j'aime bien la discrétion".
_PRIVATE = _any(
    "more private", "extra private", "very private", "totally private", "super private",
    "mere privat", "helt privat", "plus prive", "plus discret", "plus discrete",
    "la discretion", "discreet", "be discrete", "sois discret", "sois discrete",
    "reste discret", "reste discrete", "on the down low", "on the dl",
    "more secure", "it's safer", "its safer", "it is safer", "way safer", "much safer",
    "safer there", "encrypted", "mere sikkert", "mere sikker", "sikrere", "krypteret",
    "c'est plus sur", "cest plus sur", "plus securise", "chiffre", "crypte",
)  # fmt: skip
# Nobody watching there: "nobody can read it there", "ingen kan se med", "personne surveille".
_UNWATCHED = (
    r"\b(?:nobody|no\s+one|noone)\s+(?:\S+\s+)?(?:watches|reads|checks|monitors|moderates"
    r"|can\s+see|can\s+read|will\s+see|will\s+read|sees|looks)\b"
    r"|\bno\s+(?:mods|moderators|admins|logs)\b"
    r"|\bingen\s+(?:\S+\s+)?(?:kan\s+se|kan\s+læse|læser\s+med|ser\s+med|holder\s+øje|overvager)\b"
    r"|\bingen\s+(?:moderatorer|mods|admins)\b"
    r"|\bpersonne\s+(?:ne\s+)?(?:\S+\s+)?(?:surveille|peut\s+(?:voir|lire)|pourra\s+(?:voir|lire)"
    r"|lit|regarde|verra|lira)\b|\bpas\s+de\s+(?:modo|modos|moderateurs?|admins?)\b"
)
# A cover story or keeping the other out: "just say im a friend from school", "dis que je suis
# un pote", "don't bring anyone", "viens seule", "leave me out of it when you talk to them".
_COVER_STORY = (
    r"\b(?:say|tell\s+(?:them|him|her))\s+(?:that\s+)?(?:i'?m|im|i\s+am|it'?s|it\s+is)\s+(?:just\s+)?"
    r"(?:a|an|your)\s+"
    r"(?:friend|mate|classmate|cousin|buddy|pal|(?:girl|boy|guy|someone)\s+from\s+(?:class|school))"
    r"|\bsig\s+(?:at\s+)?(?:jeg\s+er|det\s+er)\s+(?:bare\s+)?(?:en|din)\s+(?:ven|veninde|kammerat"
    r"|klassekammerat|fætter|kusine)"
    r"|\bdis(?:\s*-?\s*(?:leur|lui))?\s+que\s+(?:je\s+suis|c'est)\s+(?:juste\s+)?(?:un|une|ton|ta)\s+"
    r"(?:pote|ami|amie|copain|copine|cousin|cousine)"
    # What they are doing, told to the parents or to anyone: "sig til dine forældre at du skriver
    # med en veninde", "bare sig du chatter med en veninde", "dis à ta mère que tu parles avec une
    # copine" (English: "say ur texting a friend", in the "say" rules of SECRECY).
    # Where they sleep too: "sig bare til dine forældre at du sover hos en veninde".
    rf"|\bsig\s+(?:bare\s+)?(?:til\s+(?:{_THEIR_PARENT})\s+)?(?:at\s+)?du\s+(?:bare\s+)?(?:(?:skriver"
    r"|snakker|chatter|taler)\s+med|sover\s+hos|overnatter\s+hos|er\s+hos)\s+(?:en|din)\s+(?:\S+\s+)?"
    r"(?:ven|veninde|kammerat|klassekammerat|fætter|kusine)"
    rf"|\bdis\s+(?:a\s+(?:{_THEIR_PARENT})\s+)?(?:juste\s+)?que\s+tu\s+(?:(?:parles|discutes|ecris"
    r"|chattes|textes)\s+(?:avec|a)|dors\s+chez)\s+(?:un|une|ton|ta)\s+(?:\S+\s+)?(?:pote|ami|amie"
    r"|copain|copine|cousin|cousine)"
)
# Keyed by their own anchor words: one pattern for all of them would be tried on every "med".
_COVER = {
    "bring": r"\b(?:don'?t|dont|do\s+not)\s+bring\s+(?:anyone|anybody|a\s+friend|friends|your)",
    "alone yourself own without": r"\bcome\s+(?:alone|by\s+yourself|on\s+your\s+own)\b"
    r"|\bcome\s+without\s+(?:your|anyone|anybody)\b"
    r"|\b(?:be|are\s+you|r\s+u)\s+alone\s+(?:when|then|there)\b",
    "let": r"\b(?:don'?t|dont|never)\s+let\s+(?:anyone|anybody|nobody|them|others)\s+(?:else\s+)?"
    r"(?:see|know|read|find)\b",
    "tag tage": r"\btag\s+ikke\s+(?:\S+\s+){1,3}?med\b"
    r"|\blad\s+være?\s+med\s+at\s+tage\s+(?:\S+\s+){1,3}?med\b",
    "alene selv uden": r"(?<!jeg\s)(?<!vi\s)\bkom\s+(?:alene|selv|uden\s+(?:dine|din|nogen))\b",
    "seule seul ramene sans": r"\bviens\s+(?:toute?\s+)?seule?\b"
    r"|\bramene\s+(?:personne|pas|aucune?)\b"
    r"|\bviens\s+sans\s+(?:personne|tes|ta|ton)\b",
    "leave mention nævn": r"\bleave\s+me\s+out\s+of\s+it\b|\b(?:don'?t|dont|never)\s+mention\s+me\b"
    r"|\bnævn\s+(?:ikke\s+)?mig\s+(?:ikke\s+)?(?:for|over\s+for)\b",
    "about": r"\b(?:don'?t|dont)\s+tell\s+(?:them|him|her|anyone)\s+about\s+(?:me|us)\b",
    # Not passing the chat on: "dont show this to anyone", "vis det ikke til nogen".
    "show forward screenshot vis send montre": r"\b(?:don'?t|dont|never|do\s+not)\s+(?:show|forward"
    r"|screenshot|send)\s+(?:this|it|these|that|our\s+\w+)\s+(?:to\s+)?(?:anyone|anybody|nobody"
    r"|your|ur|them)\b"
    r"|\bvis\s+(?:det|dem|vores\s+\w+)\s+(?:ikke|aldrig)\s+(?:til\s+)?(?:nogen|dine|din)\b"
    r"|\bmontre\s+(?:ca|les|nos\s+\w+)\s+(?:a\s+)?(?:personne|tes|ta|ton)\b"
    r"|\bmontre\s+(?:pas|jamais)\s+(?:ca|les|nos\s+\w+|notre\s+\w+)\s+(?:a\s+)?(?:personne|tes|ta|ton)\b",
    "moi": r"\b(?:ne\s+)?parle\s+pas\s+de\s+moi\b",
}

# People in general would misread it, the reason to keep it hidden: "people wouldn't
# understand what we have", "folk ville misforstå det", "les gens comprendraient de travers".
# Not "adults don't understand anything": a plain "don't understand" needs "us", "this" or
# "what we have" after it.
_OTHERS = _any(
    "people", "other people", "others", "everyone else", "adults", "grown ups", "grownups",
    "grown-ups", "folk", "andre", "andre mennesker", "voksne", "de voksne", "les gens",
    "les autres", "les adultes", "les grands", "le monde",
)  # fmt: skip
_WHAT_WE_HAVE = _any(
    "us", "this", "what we have", "what this is", "our \\w+", "os", "det her", "det vi har",
    "sadan noget", "vores \\w+", "ce qu'on a", "ce qu'on vit", "notre \\w+", "ce genre de \\w+",
    "nous",
)  # fmt: skip
# What others would make of it, as a hypothesis: "they wouldn't get it", "folk ville ikke
# forstå det", "ils comprendraient pas" (not "they don't get it", said of a lesson).
_MISUNDERSTAND = (
    r"(?:would|will|'d|d|might|could|ville|vil|kunne|pourraient)\s+(?:\S+\s+)?"
    r"(?:misunderstand|get\s+the\s+wrong\s+idea|take\s+it\s+the\s+wrong\s+way|misforsta|misforstå"
    r"|tage\s+det\s+forkert|mal\s+comprendre|fa\s+det\s+(?:forkerte|helt\s+forkerte)\s+indtryk"
    r"|fa\s+det\s+galt\s+i\s+halsen)"
    r"|(?:comprendraient|comprendront|prendraient)\s+(?:ca\s+|le\s+|la\s+)?(?:de\s+travers|mal)"
    r"|se\s+(?:feraient|feront|ferait)\s+des\s+idees"
)
# Would not understand, said of them ("they"): the hypothesis alone, or us, this, what we
# have; not "ils comprendraient pas la blague".
_WOULD_NOT_GET = (
    r"(?:comprendraient|comprendront)\s+(?:pas|rien|jamais)\b"
    r"(?!\s+(?:la|le|les|l'|un|une|des|mes|ma|mon|ta|ton|tes|sa|son|ses|pourquoi|comment|quand)\b)"
    rf"|(?:wouldn'?t|wouldnt|would\s+never|'?d\s+never)\s+(?:\S+\s+)?(?:understand|get)\s+"
    rf"(?:it|{_WHAT_WE_HAVE})\b(?!\s+(?:if|when|unless)\b)"
    rf"|(?:ville|vil)\s+(?:aldrig|ikke)\s+(?:\S+\s+)?(?:forsta|forstaa|fatte)\s+(?:det|{_WHAT_WE_HAVE})\b"
)
_MISREAD = (
    rf"\b{_OTHERS}\s+(?:\S+\s+){{0,2}}?(?:{_MISUNDERSTAND}|{_WOULD_NOT_GET}"
    r"|(?:won'?t|wont|don'?t|dont|can'?t|cant|never|will\s+never)\s+"
    rf"(?:\S+\s+)?(?:understand|get)\s+{_WHAT_WE_HAVE}"
    rf"|(?:forstar|forstår|fatter|kan)\s+(?:\S+\s+)?ikke\s+(?:\S+\s+)?(?:forsta\s+)?"
    rf"{_WHAT_WE_HAVE}"
    rf"|(?:ne\s+)?(?:comprennent|captent)\s+(?:pas|rien|jamais)\s+(?:a\s+)?{_WHAT_WE_HAVE})\b"
)
_THEY_WOULD_NOT_GET = (
    rf"\b(?:they|he|she|de|han|hun|ils|elles|il|elle)(?:\s+(?:\S+\s+)?|(?='))?(?:{_WOULD_NOT_GET})"
)
# Not even those closest may know: "not even your best friend", "ikke engang din bedste ven må
# vide det", "même ton meilleur pote doit pas savoir", or a list: "not ur sister, not ur mum".
_CLOSE_EN = (
    r"(?:best\s+)?(?:friends?|mates?|bff|bestie|sister|brother|sis|bro|teachers?|bf|gf|boyfriend"
    r"|girlfriend|cousins?|family|mum|mom|dad|parents)"
)
_CLOSE_DA = (
    r"(?:bedste\s+)?(?:ven|veninde|venner|veninder|søster|bror|lærer|lærere|kæreste|familie|mor"
    r"|far|forældre|bff|bestie|bedsteven|bedsteveninde)"
)
_CLOSE_FR = (
    r"(?:meilleure?\s+)?(?:pote|potes|ami|amie|amis|amies|copine|copain|copines|copains|soeur"
    r"|frere|prof|profs|famille|cousine?|mere|pere|parents)"
)
_NOT_EVEN = (
    rf"\bnot\s+even\s+{_YOUR}\s+{_CLOSE_EN}\b"
    r"|\bikke\s+engang\s+(?:din|dit|dine)\s+" + _CLOSE_DA + r"\b"
    r"|\b(?:meme|mm|mem)\s+(?:pas\s+)?(?:ton|ta|tes)\s+" + _CLOSE_FR + r"\b"
)
# "not even ur bestie ok", said on its own after "nobody will know".
_NOT_EVEN_ALONE = (
    rf"^\s*(?:and\s+|og\s+|et\s+)?(?:not\s+even\s+{_YOUR}\s+{_CLOSE_EN}"
    rf"|ikke\s+engang\s+(?:din|dit|dine)\s+{_CLOSE_DA}|(?:meme|mm|mem)\s+(?:pas\s+)?(?:ton|ta|tes)\s+"
    rf"{_CLOSE_FR})\s*(?:ok|okay|lol|ouais|hein|heller|either)?\s*[.!]*\s*$"
)
_NOT_EVEN_KNOW = (
    r"\b(?:know|find\s+out|hear|see|tell|secret|vide|høre|se|fortælle|fortæl|sige|sig|hemmelig\w*"
    r"|savoir|sache|sachent|apprendre|dire|dis|voir|au\s+courant|secret)\b"
)
_CLOSE_WORDS = (
    "friend friends mate mates bff bestie sister brother sis bro teacher teachers bf gf boyfriend"
    " girlfriend cousin cousins family mum mom dad parents ven veninde venner veninder søster bror"
    " lærer lærere kæreste familie mor far forældre pote potes ami amie amis amies copine copain"
    " copines copains soeur frere prof profs famille cousine mere pere"
)
_NOT_THEM_EITHER = (
    rf"\bnot\s+{_YOUR}\s+{_CLOSE_EN}\W+(?:(?:and|or|nor)\s+)?not\s+(?:even\s+)?{_YOUR}\s+{_CLOSE_EN}\b"
    rf"|\bikke\s+(?:din|dine)\s+{_CLOSE_DA}\W+(?:(?:og|eller)\s+)?ikke\s+(?:engang\s+)?(?:din|dine)\s+"
    rf"{_CLOSE_DA}\b"
    rf"|\b(?:ni|pas)\s+(?:ton|ta|tes)\s+{_CLOSE_FR}\W+(?:et\s+)?(?:ni|pas)\s+(?:meme\s+)?(?:ton|ta|tes)\s+"
    rf"{_CLOSE_FR}\b"
)
# Hiding the chat when someone comes: "when she comes in just close the tab", "luk fanen hvis
# din mor kommer ind", "ferme l'onglet quand ta mère arrive".
_CLOSE_THE_TAB = (
    r"\b(?:close|closes|shut|exit|minimi[sz]e|switch|hide|luk|lukke|lukker|skift|skjul|ferme|fermer"
    r"|fermes|quitte|quittes|cache|caches)"
    r"\s+(?:\S+\s+){0,2}?(?:the\s+|this\s+|ur\s+|your\s+|l'\s?|la\s+|le\s+|ton\s+|ta\s+)?(?:tab|tabs"
    r"|window|everything|it\s+all|alt|det\s+hele|tout"
    r"|chat|app|screen|browser|page|site|fanen|fane|vinduet|chatten|appen|skærmen|browseren|siden"
    r"|onglet|fenetre|appli|ecran|navigateur)\b",
    r"\b(?:when|if|once|whenever|as\s+soon\s+as|nar|hvis|sa\s+snart|quand|si|des\s+que|lorsque)\s+"
    r"(?:\S+\s+)?(?:she|he|they|someone|somebody|anyone|anybody|your\s+\w+|ur\s+\w+|mum|mom|dad"
    r"|hun|han|de|nogen|din\s+\w+|dine\s+\w+|elle|il|ils|quelqu'\s?un|ta\s+\w+|ton\s+\w+"
    r"|tes\s+\w+)\s+(?:\S+\s+)?(?:comes?|walks?|gets?|enters?|looks?|kommer|gar|ser|arrive|arrivent"
    r"|rentre|rentrent|entre|entrent|vient|viennent|regarde|passe)\b",
)
# No copy kept: "don't screenshot", "tag ikke screenshot", "fais pas de capture".
_NO_SCREENSHOT = (
    r"\b(?:don'?t|dont|do\s+not|never)\s+(?:take\s+(?:a\s+|any\s+)?|make\s+(?:a\s+)?)?"
    r"(?:screenshots?|screenshotting|screenshoting|ss|screen\s?caps?|screen\s?grabs?"
    r"|screen\s?record\w*)\b"
    r"|\b(?:tag|lav)\s+(?:ikke|aldrig)\s+(?:et\s+|nogen\s+|nogle\s+)?(?:screenshots?|skærmbilleder?"
    r"|ss)\b|\bingen\s+(?:screenshots?|skærmbilleder)\b"
    r"|\blad\s+være?\s+med\s+at\s+(?:tage\s+)?(?:screenshots?|skærmbilleder?)\b"
    r"|\b(?:ne\s+)?(?:fais|prends|fait|faites)\s+(?:pas|jamais|surtout\s+pas)\s+(?:de\s+|d')\s*"
    r"(?:captures?|screens?|screenshots?)\b|\bpas\s+de\s+(?:captures?|screens?|screenshots?)\b"
)
# What is sent vanishes: "send it on snap so it disappears", "så forsvinder det", "comme ça ça
# disparaît".
_SO_IT_VANISHES = (
    r"\b(?:so|so\s+that|that\s+way|sa|pour\s+que|comme\s+ca)\s+(?:it|they|the\s+\w+|det|den|de|ca"
    r"|elle|il|elles|ils)\s+(?:will\s+|'ll\s+|ll\s+)?(?:disappears?|vanish(?:es)?|forsvinder"
    r"|slettes|disparait|disparaissent|disparaisse|s'efface|s'effacent)\b"
    r"|\bsa\s+forsvinder\s+(?:det|den|de)\b"
    r"|\b(?:it|they)(?:'ll|\s+will|ll)\s+(?:just\s+)?(?:disappear|vanish)\b"
    r"|\b(?:it|they|det|den|de|ca|elle|il|ils|elles)\s+(?:just\s+)?(?:disappears?|vanish(?:es)?"
    r"|forsvinder|s'efface|s'effacent|disparait|disparaissent)\s+(?:anyway|anyways|alligevel"
    r"|de\s+toute\s+facon|quand\s+meme)\b"
    r"|\b(?:de\s+)?toute\s+facon\s+(?:ca|elle|il|elles|ils)\s+(?:s'efface|s'effacent|disparait"
    r"|disparaissent)\b"
)
# Watched here, said in the passive: "it all gets read by the mods", "alt bliver gemt og læst
# af moderatorer", "tout est lu par les modos"; or saved here: "everything here is logged".
_READ_BY_MODS = (
    r"\b(?:read|seen|checked|monitored|logged|saved|recorded|læst|set|tjekket|overvaget|gemt"
    r"|logget|lu|lus|lue|vus?|surveillee?s?|enregistree?s?)\s+(?:af|by|par)\s+(?:the\s+|les\s+"
    r"|des\s+)?(?:mods|moderators|moderatorer|moderatorerne|admins?|modos?|moderateurs)\b"
    r"|\b(?:everything|it\s+all|all\s+of\s+it)\s+(?:here\s+|on\s+here\s+)?(?:is|gets|will\s+be)\s+"
    r"(?:\S+\s+)?(?:saved|logged|recorded|stored|monitored)\s+(?:here|on\s+here|on\s+this\s+\w+)\b"
    r"|\b(?:everything|it\s+all)\s+(?:here|on\s+here|on\s+this\s+(?:site|app))\s+(?:is|gets)\s+"
    r"(?:\S+\s+)?(?:saved|logged|recorded|stored|monitored)\b"
    r"|\b(?:herinde|her\s+inde|pa\s+siden|her)\s+(?:bliver|bli'?r)\s+alt\s+(?:\S+\s+)?(?:gemt|logget"
    r"|optaget|overvaget)\b(?!\s+(?:i\s+skyen|automatisk|pa\s+(?:din|din\s+egen)\s+\w+))"
    r"|\btout\s+(?:est|sera)\s+(?:\S+\s+)?(?:enregistre|sauvegarde|garde|surveille)\s+(?:ici"
    r"|sur\s+ce\s+site)\b"
)

# Whether their parents know, and that it is better they do not: "do ur parents know ur on
# here?", "better they dont find out", "det er bedst at de ikke ved det", "vaut mieux pas
# qu'ils sachent", "she doesn't need to know who i am", "hun behøver ikke vide hvem jeg er".
_WHETHER_THEY_KNOW = (
    rf"\b(?:do|does)\s+(?:{_THEIR_PARENT})\s+know\s+(?:that\s+)?(?:you'?re|ur|u\s+r|youre|you\s+are|you"
    r"|u)\s+(?:on\s+here|here|talking|chatting|texting|on\s+this)"
    rf"|\bved\s+(?:{_THEIR_PARENT})\s+(?:godt\s+)?(?:at\s+du|du\s+er)\s+(?:er\s+)?(?:herinde|her|pa\s+her"
    r"|skriver|snakker|chatter)"
    rf"|(?:{_THEIR_PARENT})\s+(?:savent|sait)\s+(?:que\s+tu|qu'\s?tu)\s+(?:es|parles|ecris|discutes|chattes)"
)
_BETTER_NOT_KNOW = (
    r"\bbetter\s+(?:that\s+|if\s+)?(?:they|she|he|nobody|no\s+one|your\s+\w+|ur\s+\w+)\s+"
    r"(?:don'?t|dont|doesn'?t|doesnt|do\s+not|does\s+not|never)\s+(?:ever\s+)?(?:know|find\s+out|see"
    r"|hear|finds\s+out)"
    r"|\bbetter\s+(?:that\s+|if\s+)?(?:nobody|no\s+one|noone)\s+(?:ever\s+)?(?:knows|finds\s+out|sees"
    r"|hears|know|find\s+out)"
    r"|\b(?:bedst|bedre)\s+(?:at\s+)?(?:de|hun|han|ingen|dine\s+\w+|din\s+\w+)\s+(?:ikke\s+)?"
    r"(?:ved|finder\s+ud|ser|hører|opdager|ikke\s+ved)"
    r"|\b(?:vaut|vaudrait)\s+mieux\s+(?:pas\s+)?(?:qu'\s?(?:ils|elle|il|elles)|que\s+(?:personne|tes\s+\w+"
    r"|ta\s+\w+|ton\s+\w+))\s+(?:ne\s+)?(?:le\s+|l')?(?:sachent|sache|voient|voie|apprennent|apprenne"
    r"|decouvrent|decouvre)"
    r"|\bmieux\s+vaut\s+que\s+personne\s+(?:ne\s+)?(?:le\s+)?(?:sache|voie|apprenne)"
    r"|\b(?:she|he|they)\s+(?:doesn'?t|doesnt|don'?t|dont|does\s+not|do\s+not)\s+(?:need|have)\s+to\s+"
    r"know\s+(?:who\s+i\s+am|about\s+(?:me|us|this)|anything|what\s+we)"
    r"|\b(?:hun|han|de)\s+(?:behøver|skal|ma)\s+ikke\s+(?:at\s+)?(?:vide|kende\s+til|høre\s+om)\s+"
    r"(?:hvem\s+jeg\s+er|noget|mig|os|det\s+her|om\s+(?:mig|os))"
    r"|\b(?:elle|il|ils|elles)\s+(?:n'\s?)?(?:a|ont)\s+pas\s+besoin\s+de\s+(?:savoir|connaitre)\s+"
    r"(?:qui\s+je\s+suis|pour\s+(?:nous|moi)|quoi\s+que\s+ce\s+soit)"
)
# A cover story for them: "just tell them youre doing homework", "sig at du laver lektier",
# "dis que tu fais tes devoirs".
_BUSY_STORY = (
    r"\b(?:tell\s+(?:them|her|him|your\s+\w+|ur\s+\w+)|say)\s+(?:that\s+)?(?:you'?re|ur|youre|you\s+are"
    r"|u\s+r)\s+(?:just\s+)?(?:doing\s+(?:your\s+|ur\s+)?homework|studying|revising|asleep|sleeping"
    r"|gaming|(?:texting|talking\s+to|chatting\s+with)\s+a\s+(?:friend|mate)|at\s+a\s+(?:friend|mate)'?s)"
    r"|\bsig\s+(?:til\s+(?:dem|hende|ham)\s+)?(?:at\s+)?du\s+(?:bare\s+)?(?:laver\s+lektier|læser|sover"
    r"|gamer|(?:skriver|snakker)\s+med\s+en\s+(?:ven|veninde|klassekammerat)|er\s+hos\s+en\s+(?:ven"
    r"|veninde))"
    r"|\bdis(?:\s*-?\s*(?:leur|lui))?\s+que\s+tu\s+(?:fais\s+tes\s+devoirs|revises|dors|joues"
    r"|(?:parles|ecris)\s+(?:a|avec)\s+une?\s+(?:amie?|pote|copine|copain)|es\s+chez\s+une?\s+(?:amie?"
    r"|pote|copine|copain))"
)
# "we don't want her reading our chats", "vi vil ikke have at han spørger", "on veut pas
# qu'elle lise" (we: the two of them).
_WE_DONT_WANT = (
    r"\bwe\s+(?:really\s+)?(?:don'?t|dont|do\s+not)\s+(?:want|need)\s+(?:him|her|anyone|anybody"
    r"|your\s+\w+|ur\s+\w+)\s+(?:to\s+)?(?:ask\w*|know\w*|find\w*\s+out|see\w*|read\w*"
    r"|hear\w*|snoop\w*|check\w*)"
    rf"|\bi\s+(?:really\s+)?(?:don'?t|dont|do\s+not)\s+want\s+(?:{_THEIR_PARENT})\s+(?:to\s+)?(?:see\w*"
    r"|know\w*|find\w*\s+out|read\w*|hear\w*|catch\w*)"
    rf"|\bjeg\s+vil\s+ikke\s+have\s+(?:at\s+)?(?:{_THEIR_PARENT})\s+(?:ser|ved|læser|finder\s+ud|hører)"
    r"|\bvi\s+(?:vil|skal)\s+ikke\s+have\s+(?:at\s+)?(?:han|hun|de|nogen|din\s+\w+|dine\s+\w+)\s+"
    r"(?:spørger|ved|ser|læser|finder\s+ud|hører|snager|kigger)"
    r"|\bon\s+(?:ne\s+)?veut\s+pas\s+qu'\s?(?:il|elle|ils|elles|on)\s+(?:\S+\s+)?(?:pose|sache|sachent"
    r"|voie|voient|lise|lisent|fouille|fouillent|decouvre|decouvrent)"
)
# So that they are not in trouble: "i dont want u getting in trouble", "så du ikke får
# ballade", "je veux pas d'ennuis pour toi".
_AT_WORK = (
    r"(?!\s+(?:with|at|avec|au|med|pa)\s+(?:(?:your|ur|ton|ta|din|dit|the|le|la)\s+)?(?:boss|patron|chef"
    r"|work|job|travail|boulot|arbejde|arbejdet|manager))"
)  # not "in trouble with your boss"
_YOUR_TROUBLE = (
    rf"\b(?:don'?t|dont|do\s+not)\s+want\s+{_YOU}\s+(?:to\s+)?(?:get|getting|be|being)\s+(?:in\s+trouble|grounded)\b"
    rf"|\bso\s+(?:that\s+)?{_YOU}\s+(?:don'?t|dont|won'?t|wont)\s+get\s+in\s+trouble\b"
    r"|\b(?:sa|for\s+at)\s+du\s+ikke\s+far\s+(?:ballade|problemer|skæld\s+ud|ballade\s+derhjemme)\b"
    r"|\bvil\s+ikke\s+have\s+(?:at\s+)?du\s+far\s+(?:ballade|problemer|skæld\s+ud)\b"
    r"|\b(?:veux|voudrais)\s+pas\s+(?:que\s+(?:tu\s+aies|t'aies)|t'attirer)\s+des\s+(?:ennuis|problemes)\b"
    r"|\b(?:veux|voudrais)\s+pas\s+d'\s?(?:ennuis|problemes)\s+pour\s+toi\b"
    r"|\bpour\s+(?:pas|ne\s+pas)\s+que\s+(?:tu\s+aies|t'aies)\s+des\s+(?:ennuis|problemes)\b"
)
# Not a word to anyone: "not a word to your friends", "ikke et ord til nogen", "pas un mot à
# tes copines".
_NOT_A_WORD = (
    r"\bnot\s+a\s+(?:single\s+)?word\s+(?:to|about\s+this\s+to)\s+(?:anyone|anybody|nobody|your|ur"
    r"|them)\b"
    r"|\bikke\s+et\s+(?:eneste\s+)?ord\s+(?:om\s+det\s+)?til\s+(?:nogen|dine|din|nogle)\b"
    r"|\bpas\s+un\s+(?:seul\s+)?mot\s+(?:a|aux)\s+(?:personne|tes|ta|ton|qui\s+que\s+ce\s+soit)\b"
    r"|\b(?:n'en\s+dis|ne\s+dis)\s+pas\s+un\s+mot\b"
)
# The history too, said on its own after a deletion: "and ur history too", "også historikken".
_HISTORY_TOO = (
    r"^\s*(?:and\s+|also\s+|like\s+|plus\s+|og\s+|ogsa\s+|et\s+|aussi\s+)?(?:(?:the\s+)?(?:whole|entire)"
    r"\s+(?:browser\s+|search\s+|chat\s+)?history|(?:your|ur|din|dit|ton)\s+(?:browser\s+|search\s+)?"
    r"(?:history|historik|historique)|historikken|l'\s?historique)\s*(?:too|also|as\s+well|ogsa"
    r"|aussi)?\s*[.!]*\s*$"
    # The chat too: "the whole convo", "og hele chatten", "et la conv aussi".
    r"|^\s*(?:(?:and|also|og|ogsa|et|aussi)\s+)?(?:the\s+(?:whole|entire)\s+|hele\s+|toute\s+la\s+"
    r"|tout\s+le\s+)(?:convo|conversation|chat|thread|chatten|samtalen|conv|discussion)\s*(?:too|also"
    r"|ogsa|aussi)?\s*[.!]*\s*$"
    r"|^\s*(?:and|also|og|ogsa|et|aussi)\s+(?:the\s+|la\s+|le\s+)?(?:convo|conversation|chatten"
    r"|samtalen|conv|discussion)\s*(?:too|also|ogsa|aussi)?\s*[.!]*\s*$"
    # A list of what to clear: "cookies history all of it", "cookies historik det hele".
    r"|^\s*(?:(?:the\s+|your\s+|ur\s+|and\s+|og\s+|et\s+|l'\s?|les\s+)?(?:cookies|history|historik"
    # (The separator's spaces are possessive: with two ways to take each space, a failing list
    # of twenty words would be tried in millions of ways.)
    r"|historikken|historique|cache|chats?|chatten|messages|beskeder|beskederne)\s*+[,+&]?\s*+){2,}"
    r"(?:all\s+of\s+it|everything|det\s+hele|alt|tout)?\s*[.!]*\s*$"
    # The trash too: "and the trash folder", "og fra papirkurven", "et de la corbeille".
    r"|^\s*(?:and|also|og|ogsa|et|aussi)\s+(?:from\s+|fra\s+|de\s+)?(?:the\s+|la\s+|le\s+)?(?:trash"
    r"|bin|recycle\s+bin|recently\s+deleted|deleted\s+folder|papirkurven|papirkurv|corbeille)"
    r"(?:\s+folder)?\s*(?:too|also|ogsa|aussi)?\s*[.!]*\s*$"
)

# Offering a gift or money: "i want to buy you something nice", "jeg kan sende dig et
# gavekort", "je peux t'envoyer une carte cadeau".
_GIFT = _any(
    "gift", "gifts", "present", "presents", "bucks", "ce que", "hvad du vil", "hvad du ønsker",
    "phone", "iphone", "gift ?card", "giftcard", "card",
    "money", "cash", "robux", "vbucks", "v-bucks", "skins?", "credits?", "nitro", "games?",
    "clothes", "makeup", "something", "anything", "whatever", "stuff", "airpods", "shoes",
    "treats?", "tickets?", "top ?up", "a new", "gave", "gaver", "gavekort", "penge", "telefon",
    "mobil", "noget", "tøj", "spil", "cadeau", "cadeaux", "argent", "thune", "sous", "carte",
    "telephone", "tel", "jeu", "jeux", "truc", "quelque chose", "fringues", "vetements",
    "maquillage", "billets?", "recharge", "forfait", "battle ?pass", "season pass", "pass",
    "passe de combat", "passe", "subscription", "membership", "abonnement", "coins", "gems",
)  # fmt: skip
_GIFT_CARD = _any(
    "gift ?cards?", "giftcards?", "gavekort", "cartes? cadeaux?", "cartes?-cadeaux?", "robux",
    "v-?bucks", "psn card", "steam card", "itunes card", "amazon card", "nitro", "paysafe(?:card)?",
)  # fmt: skip
_GIVING = (
    r"\b(?:let\s+me|i(?:'ll|'d|\s+will|\s+would|\s+can|\s+could|\s+want\s+to|\s+wanna|\s+gonna"
    r"|'m\s+gonna|\s+am\s+gonna|\s+might|\s+could\s+even)?)\s+(?:buy|get|send|give|pay\s+for|gift"
    r"|order|treat)\s+"
    rf"{_YOU}\s+(?:a\s+|an\s+|some\s+|the\s+|new\s+|a\s+new\s+|nice\s+)*{_GIFT}\b"
    rf"|\b(?:want|wanna|do\s+{_YOU}\s+want|would\s+{_YOU}\s+like|need)\s+(?:some\s+)?"
    + _any("money", "cash", "robux", "v-?bucks", "a gift ?card", "gift ?cards?", "nitro",
           "a new phone", "a present")
    + rf"|\bi(?:'ll|\s+will|\s+can|\s+could)?\s+pay\s+(?:for\s+)?{_YOUR}\s+\w+"
    + rf"|\bwant\s+me\s+to\s+(?:buy|send|get|give)\s+{_YOU}\b"
    + rf"|\bi(?:'ll|\s+will|\s+can|\s+could)?\s+(?:give|send)\s+{_YOU}\s+\$?\d+\s*"
    + r"(?:bucks|dollars?|pounds?|quid|euros?|kr|kroner|\$|€|£)?"
    r"|\bjeg\s+(?:kan\s+|vil\s+|skal\s+|kunne\s+|gerne\s+vil\s+|vil\s+gerne\s+)?(?:godt\s+)?"
    r"(?:k[øo]be|k[øo]ber|give|giver|sende|sender|betale|betaler|forære|spendere)\s+(?:dig\s+)?"
    r"(?:et\s+|en\s+|nogle\s+|noget\s+|ny\s+|nyt\s+|nye\s+)*"
    + _any("gave", "gaver", "gavekort", "penge", "telefon", "mobil", "noget", "tøj", "spil",
           "robux", "iphone", "billet", "billetter", "battle pass", "abonnement")
    + r"|\bjeg\s+(?:kan\s+|vil\s+|skal\s+|kunne\s+|gerne\s+vil\s+|vil\s+gerne\s+)?"
    + r"(?:godt\s+|sagtens\s+|bare\s+|altid\s+)?"
    + r"(?:k[øo]ber|k[øo]be|forærer|forære|giver|give)\s+(?:\w+\s+){1,3}til\s+dig\b"
    r"|\bjeg\s+(?:k[øo]ber|giver|betaler|sender)\s+(?:dig\s+)?(?:\w+\s+)?(?:hvad\s+(?:som\s+helst|du\s+vil)"
    r"|alt\s+hvad)"
    r"|\bvil\s+du\s+have\s+(?:et\s+|en\s+|nogle\s+)?(?:penge|robux|gavekort|ny\s+telefon|gave)"
    r"|\bje\s+(?:peux\s+|vais\s+|veux\s+|pourrais\s+|voudrais\s+|pourrai\s+)?(?:t'\s?|te\s+)"
    r"(?:acheter|achete|offrir|offre|envoyer|envoie|payer|paie|paye|donner|donne|prendre)\s+"
    r"(?:un\s+|une\s+|des\s+|du\s+|de\s+l'|le\s+|la\s+|les\s+|ton\s+|ta\s+|tes\s+|nouveau\s+|nouvelle\s+"
    r"|petit\s+|petite\s+|beau\s+|belle\s+)*"
    + _any("cadeau", "cadeaux", "argent", "thune", "sous", "carte", "robux", "vbucks", "telephone",
           "tel", "iphone", "jeu", "jeux", "skin", "skins", "truc", "quelque chose", "fringues",
           "vetements", "maquillage", "billet", "recharge", "forfait", "ce que", "tout ce que",
           "ce qui", "passe", "pass", "abonnement", "airpods", "ecouteurs", "casque",
           "paysafecard", "carte paysafe")
    # "je te prends les airpods", "je peux te le recharger chaque mois": not "je te prends ton tel".
    + r"|\bje\s+(?:te|t')\s*prends\s+(?:les|des|un|une|la|le)\s+(?:\S+\s+)?(?:airpods|ecouteurs"
    + r"|casque|baskets|sneakers|jeu|skins?|cadeau)\b"
    + r"|\bje\s+(?:peux\s+|vais\s+|pourrais\s+)?(?:te|t')\s*(?:le\s+|la\s+)?recharger\s+(?:ton\s+"
    + r"(?:forfait|credit|compte)|chaque\s+mois|tous\s+les\s+mois)\b"
    + r"|\btu\s+veux\s+(?:de\s+l'argent|des\s+robux|un\s+cadeau|une\s+carte|des\s+sous)"
    # "je t'envoie une paire de jordan": shoes and clothes sent.
    + r"|\bje\s+(?:peux\s+|vais\s+)?(?:t'\s?|te\s+)(?:envoie|envoyer|offre|offrir|achete"
    + r"|acheter)\s+(?:une\s+|des\s+|un\s+)?(?:paire|baskets|sneakers|sweat|hoodie)\b"
    + r"|\b(?:te|t')\s*(?:faire|fais|ferai)\s+(?:un|des|plein\s+de)\s+cadeaux?\b"
)  # fmt: skip
_GIFT_WORDS = (
    "gift gifts present presents phone iphone card giftcard money cash robux vbucks bucks skin"
    " skins credit credits nitro game games clothes makeup something anything whatever stuff"
    " airpods shoes treat treats ticket tickets top new gave gaver gavekort penge telefon mobil"
    " noget tøj spil billet billetter cadeau cadeaux argent thune sous carte telephone tel jeu"
    " jeux truc chose fringues vetements maquillage billets recharge recharger forfait battle"
    " battlepass season pass passe subscription membership abonnement coins gems"
    " buy købe køber kobe kober achete acheter offre offrir paye payer donne donner"
    " paire baskets sneakers ecouteurs casque paysafecard"
)
_YOU_ANY = r"\b(?:you|u|ya|dig|din|dit|toi|te|tu|ton|ta)\b|\bt'"
_IN_RETURN = (
    rf"\b{_YOU}\s+(?:just\s+|only\s+)?(?:have\s+to|gotta|need\s+to|must)\s+(?:do\s+)?(?:something"
    r"|a\s+(?:little\s+)?(?:thing|favou?r))\s+for\s+me\b"
    # What they must give back, said to them: not "what do i get in return".
    rf"|\bin\s+(?:return|exchange)\s*,?\s+{_YOU}\b|\b{_YOU}\s+(?:\S+\s+){{0,5}}?in\s+(?:return|exchange)\b"
    r"|\bdu\s+(?:skal\s+)?(?:bare\s+|kun\s+)?(?:skal\s+)?gøre\s+(?:noget|en\s+ting)\s+for\s+mig\b"
    r"|\btil\s+gengæld\s+(?:skal\s+|kan\s+|ma\s+)?(?:du|dig)\b|\bdu\s+(?:\S+\s+){0,8}?til\s+gengæld\b"
    r"|\b(?:faut|il\s+faut)\s+(?:juste\s+)?que\s+tu\s+(?:me\s+)?fasses\s+(?:un\s+truc|quelque\s+chose"
    r"|une\s+chose)\s+pour\s+moi\b|\ben\s+echange\s*,?\s+(?:tu|t')|\btu\s+(?:\S+\s+){0,5}?en\s+echange\b"
    r"|\btu\s+(?:dois|devras)\s+(?:juste\s+)?(?:me\s+)?faire\s+(?:un\s+truc|quelque\s+chose)"
    r"\s+pour\s+moi\b"
)

# Keyed by their own words: something owed back some day, or a gift said to be free.
_OWED_OR_FREE = (
    # Owed back some day: "you'll have to return the favour", "du må gengælde det en dag",
    # "faudra que tu me rendes la pareille", "tu me revaudras ça".
    rf"\b{_YOU}(?:'ll|ll|\s+will|\s+can|\s+could)?\s+(?:have\s+to\s+|need\s+to\s+|gotta\s+|must\s+)?"
    # Said as a debt for later, not a plan: "... when i move house".
    r"(?:return\s+the\s+favou?r|pay\s+me\s+back)\b(?=\s*(?:$|[^\w\s]|(?:one\s+day|some\s*day|sometime"
    r"|later|soon|ok|okay|lol|haha|ya\s+know|you\s+know)\b))"
    r"|\bdu\s+(?:\S+\s+){0,2}?gengælde\s+(?:det|tjenesten|mig)\b"
    r"|\b(?:me\s+)?(?:rendre|rendes|rendras|rends)\s+la\s+pareille\b|\btu\s+me\s+(?:le\s+)?revaudras\b"
    # A gift said to be free: "no strings", "nothing in return", "sans rien en retour".
    r"|\bno\s+strings(?:\s+attached)?\b|\bnothing\s+in\s+return\b"
    r"|^\s*(?:and\s+)?(?:there'?s\s+|theres\s+)?no\s+catch\s*(?:lol|haha|i\s+promise|promise|ok)?\s*[.!]*\s*$"
    r"|\buden\s+(?:betingelser|noget\s+til\s+gengæld)\b|\bintet\s+til\s+gengæld\b"
    r"|\bsans\s+rien\s+(?:en\s+retour|en\s+echange|demander)\b|\brien\s+en\s+(?:retour|echange)\b"
    # A photo as the price: "maybe a pic in return", "et billede til gengæld".
    rf"|\b(?:a|one|some|et|en|nogle|une|des)\s+{_PICS}\s+(?:\S+\s+)?(?:in\s+return|in\s+exchange"
    r"|til\s+gengæld|en\s+retour|en\s+echange)\b"
)

# Their age made light of, to them: "14 is fine with me", "your age doesn't bother me", "din
# alder betyder ikke noget", "14 ans c'est pas grave pour moi" (not the saying alone, "age is
# just a number", which ordinary chat uses of others).
_AGE_NO_MATTER = (
    rf"\b{_YOUR}\s+age\s+(?:doesn'?t|doesnt|does\s+not)\s+(?:matter|bother\s+me)\b"
    rf"|\bi\s+(?:don'?t|dont|do\s+not)\s+(?:mind|care\s+about)\s+{_YOUR}\s+age\b"
    r"|\b1[0-7]\s+is\s+(?:fine|ok|okay|cool|alright)\s+(?:with|for|by)\s+me\b"
    r"|\bdin\s+alder\s+(?:betyder|gør)\s+ikke\s+(?:noget|en\s+forskel)\b"
    r"|\b1[0-7](?:\s*ar)?\s+er\s+(?:fint|ok|okay|helt\s+fint)\s+(?:for|med)\s+mig\b"
    r"|\bjeg\s+er\s+ligeglad\s+med\s+din\s+alder\b"
    r"|\bton\s+age\s+(?:me\s+)?(?:derange|gene)\s+pas\b|\bton\s+age\s+(?:ne\s+)?compte\s+pas\b"
    r"|\b1[0-7]\s*ans\s+c'est\s+pas\s+(?:grave|un\s+probleme)\s+pour\s+moi\b"
    # Round 17: the age said back, then that it is fine: "okay du er 14, det er fint med mig",
    # "ur 14? that's fine with me", "t'as 14 ans, ça me dérange pas".
    r"|\b(?:du\s+er|you'?re|youre|ur|u\s+r|t'as|tu\s+as)\s+1[0-7](?:\s*(?:ar|ans))?\s*[?!.,]*\s*"
    r"(?:(?:det|that|thats|that's|its|it's)\s+(?:er\s+|is\s+)?(?:fint|fine|ok|okay|cool|alright"
    r"|helt\s+fint)\s+(?:med|with|for|by)\s+(?:mig|me)\b"
    r"|(?:(?:det|that|it|ca)\s+)?(?:gør\s+(?:mig\s+)?ikke\s+noget|doesn'?t\s+bother\s+me"
    r"|(?:ne\s+)?me\s+derange\s+pas)\b)"
)
# Flattery that makes a child feel older: "you're so mature", "moden for din alder".
_FLATTERY = (
    r"\b(?:you'?re|youre|ur|you\s+are|u\s+r|you\s+seem|u\s+seem|you\s+sound|you\s+look|you\s+act"
    r"|t'es|tu\s+es|tu\s+fais|tu\s+parais|tu\s+sembles|tu\s+as\s+l'air|du\s+er|du\s+virker"
    r"|du\s+lyder|du\s+ser)\s+(?:\S+\s+){0,4}?"
    + _any("mature", "moden", "so grown up", "really grown up", "så voksen", "virkelig voksen",
           "voksen i hovedet", "mure", "mur dans ta tete", "mure dans ta tete",
           "plus grande que", "plus vieille que ton age", "plus vieux que ton age")
    + r"|\b(?:seem|look|act|sound|seems|looks|sounds)\s+(?:\S+\s+)?older\s+than\s+"
    + r"(?:you\s+are|your\s+age|ur\s+age)\b|\bvirker\s+ældre\s+end\b"
    + r"|\b(?:fais|parais)\s+plus\s+(?:vieille|vieux|agee|age|grande|grand)\s+que\b"
    + r"|\bfais\s+plus\s+(?:\S+\s+)?que\s+ton\s+age\b"
    + r"|\b(?:for|pa|til|af)\s+(?:your|ur|din)\s+(?:age|alder)\b|\bpour\s+ton\s+age\b"
    # "for someone your age", "til en på din alder", "pour quelqu'un de ton âge".
    + r"|\bfor\s+(?:someone|somebody|a\s+(?:girl|boy|kid))\s+(?:your|ur)\s+age\b"
    # Praise for their school year: "you write very well for someone in year 9" (not "a lot of
    # homework for someone in year 9").
    + r"|\b(?:well|good|smart|mature|clever|pretty|grown\s+up|advanced)\s+(?:\S+\s+){0,2}?for\s+"
    + r"(?:someone|somebody|a\s+(?:girl|boy|kid))\s+(?:in\s+(?:year|grade)\s+\d+|(?:in|at)\s+"
    + r"(?:middle|high)\s+school|so\s+young)\b"
    + r"|\btil\s+(?:en|nogen|en\s+pige|en\s+dreng)\s+pa\s+din\s+alder\b"
    + r"|\bpour\s+(?:quelqu'\s?un|une\s+fille|un\s+garcon)\s+de\s+ton\s+age\b"
    # Above the writer's own age group: "smarter than people my age", "klogere end folk på min
    # alder", "plus mature que les filles de mon âge".
    + r"|\b(?:you'?re|youre|ur|you\s+are|u\s+r|you\s+seem|du\s+er|du\s+virker|t'es|tu\s+es"
    + r"|tu\s+parais)\s+(?:\S+\s+){0,2}?(?:smarter|wiser|more\s+mature|more\s+interesting|cooler"
    + r"|better|klogere|modnere|sjovere|mere\s+moden|mere\s+interessant|plus\s+mature"
    + r"|plus\s+intelligente?|plus\s+interessante?|plus\s+cool)\s+(?:than|end|que)\s+"
    + r"(?:most\s+|les\s+)?(?:people|women|girls|guys|men|anyone|folk|dem|piger|kvinder|drenge"
    + r"|mænd|nogen|gens|filles|femmes|mecs|hommes)\s+(?:my|of\s+my|pa\s+min|de\s+mon)\s+"
    + r"(?:age|alder)\b"
    + r"|\bbeyond\s+(?:your|ur)\s+years\b"
    + r"|\bnot\s+like\s+(?:the\s+)?other\s+(?:girls|boys|kids|guys)\b"
    + r"|\bikke\s+som\s+(?:de\s+)?andre\s+(?:piger|drenge|pa\s+din\s+alder)\b"
    + r"|\bpas\s+comme\s+les\s+autres\s+(?:filles|meufs|gars|mecs)\b"
)  # fmt: skip
# Their body praised: "you must have a nice body from all that dancing", "du har sikkert en
# flot krop", "t'as sûrement un beau corps" (not "a good body clock").
_NICE = _any(
    "nice", "great", "hot", "amazing", "fit", "sexy", "perfect", "beautiful", "gorgeous",
    "flot", "lækker", "pæn", "smuk", "perfekt", "sexet", "beau", "joli", "super",
    "parfait", "magnifique", "canon", "bien fait",
)  # fmt: skip
_BODY_PRAISED = (
    rf"\b{_YOU}(?:\s+(?:must|probably|prob|def|definitely|surely|bet|prolly))?\s*(?:have|got|'ve\s+got"
    r"|ve\s+got|have\s+got)\s+(?:a\s+|such\s+a\s+)?(?:really\s+|so\s+|very\s+)?" + _NICE
    + r"\s+(?:body|figure)\b(?!\s*(?:of\s+work|clock|temperature|count|shop|spray|lotion|wash"
    + r"|language|type))"
    + rf"|\b{_YOUR}\s+body\s+(?:must\s+be|is|looks?|must\s+look)\s+(?:so\s+|really\s+|very\s+)?"
    + _NICE + r"\b"
    + r"|\bdu\s+har\s+(?:(?:sikkert|nok|garanteret|vel|sa|helt\s+sikkert|en\s+virkelig)\s+)*"
    + r"(?:en\s+)?(?:rigtig\s+|virkelig\s+|sa\s+)?" + _NICE + r"\s+krop\b"
    + r"|\bdin\s+krop\s+(?:er|ma\s+være|ser)\s+(?:\S+\s+){0,2}?" + _NICE + r"\b"
    + r"|\b(?:t'as|tu\s+as|tu\s+dois\s+avoir)\s+(?:(?:surement|sans\s+doute|trop|vraiment|un)\s+)*"
    + r"(?:trop\s+|vraiment\s+)?(?:" + _NICE + r"\s+corps\b(?!\s+de\s+metier)|corps\s+(?:de\s+reve"
    + r"|magnifique|parfait"
    + r"|canon|incroyable|sublime|de\s+mannequin)\b)"
    + r"|\bton\s+corps\s+(?:doit\s+etre|est)\s+(?:\S+\s+)?" + _NICE + r"\b"
)  # fmt: skip
# Their photo praised: "you look so pretty in your pfp", "du ser så sød ud på dit
# profilbillede", "t'es trop belle sur ta photo".
_PHOTO_PRAISED = (
    rf"\b{_YOU}\s+(?:look|looked|looks)\s+(?:so\s+|really\s+|very\s+|super\s+|soo+\s+)?(?:pretty|cute|hot"
    r"|beautiful|gorgeous|sexy|fit|stunning|good)\s+(?:in|on)\s+(?:your|ur|that|this|the|those|these)\s+"
    rf"(?:pfp|profile\s+pic\w*|{_PICS})\b"
    r"|\bdu\s+ser\s+(?:sa\s+|virkelig\s+|mega\s+|vildt\s+)?(?:sød|smuk|lækker|flot|pæn|sexet|dejlig|godt)"
    r"\s+ud\s+pa\s+(?:dit\s+|det\s+|dine\s+|de\s+)?(?:billedet|billederne|billede|billeder|profilbilledet"
    r"|profilbillede|foto|fotos)\b"
    r"|\b(?:t'es|tu\s+es)\s+(?:trop\s+|tellement\s+|vraiment\s+|super\s+|grave\s+)?(?:belle|beau|mignonne?"
    r"|canon|jolie|sexy|bonne)\s+sur\s+(?:ta|ces|cette|la|tes|ton)\s+(?:photos?|pp|pdp|tofs?|selfies?"
    r"|photo\s+de\s+profil)\b"
)
# A gift or a favour for no reason but them: "just because you're sweet", "bare fordi du er
# sød", "juste parce que t'es gentille".
_JUST_BECAUSE = (
    r"\b(?:just|only|simply)\s+(?:because|cause|cuz|coz|bc)\s+(?:you'?re|youre|ur|u\s+r|you\s+are)\s+"
    r"(?:so\s+|really\s+|such\s+a\s+)?(?:sweet|special|cute|pretty|adorable|lovely|a\s+sweetheart)\b"
    r"|\b(?:bare|kun)\s+fordi\s+du\s+er\s+(?:sa\s+)?(?:sød|speciel|dejlig|smuk|nuttet|sød\s+ved\s+mig)\b"
    r"|\b(?:juste|seulement|simplement)\s+parce\s+que\s+(?:t'es|tu\s+es)\s+(?:trop\s+|tellement\s+|si\s+)?"
    r"(?:gentille?|mignonne?|speciale?|adorable|belle|chou|un\s+amour)\b"
)

# Isolation: "only i understand you", "your friends are childish", "det er kun mig der forstår
# dig", "y a que moi qui te comprends", "your parents sound really unfair to you".
_UNDERSTAND = _any(
    "understand",
    "understands",
    "get",
    "gets",
    "care about",
    "cares about",
    "listen to",
    "listens to",
    "deserve",
    "deserves",
    "appreciate",
    "appreciates",
    "know",
    "knows",
    "forstar",
    "kender",
    "comprend",
    "comprends",
    "connait",
)
_UNDERSTAND_WORDS = "understand understands care know knows forstar kender comprend comprends"
_UNDERSTAND_WORDS += " connait connais comprennent gets listen listens deserve deserves appreciate"
_UNDERSTAND_WORDS += " appreciates fortjener meritent merite ecoutent ecoute nobody noone"
_UNDERSTAND_WORDS += " friends"
_DEGRADING_WORDS = (
    "childish immature kids babies lame unfair mean strict controlling toxic fake jealous"
    " overprotective barnlige umodne urimelige strenge dumme kedelige misundelige falske gamines"
    " gamins bebes immatures injustes nuls nulles relous severes chiants chiantes mechants puerils"
    " pueriles jaloux jalouses fausses faux"
)
_DEGRADING = _any(
    "childish", "immature", "such kids", "just kids", "babies", "lame", "unfair", "mean", "strict",
    "controlling",
    "toxic", "fake", "jealous", "overprotective", "barnlige", "umodne", "unfair", "urimelige",
    "strenge", "dumme", "kedelige", "misundelige", "falske", "gamines", "gamins", "bebes",
    "immatures", "injustes", "nuls", "nulles", "relous", "severes", "chiants", "chiantes",
    "mechants", "puerils", "pueriles", "jaloux", "jalouses", "fausses", "faux",
)  # fmt: skip
# "they just don't get you", anchored on its own: "they" is common.
_NOT_UNDERSTOOD = (
    rf"\b(?:they|your\s+(?:friends|parents|family|mom|mum|dad))\s+(?:just\s+|really\s+|simply\s+)?"
    rf"(?:don'?t|dont|doesn'?t|doesnt|will\s+never|never|can'?t|cant)\s+(?:really\s+)?{_UNDERSTAND}"
    rf"\s+{_YOU}\b"
    rf"|\b(?:they|your\s+(?:friends|parents|family|mom|mum|dad))\s+(?:just\s+|really\s+)?(?:don'?t|dont"
    r"|doesn'?t|doesnt)\s+(?:understand|get)\s+anything\b"
    r"|\b(?:dine\s+(?:forældre|venner|veninder)|din\s+(?:mor|far)|de)\s+(?:fatter|forstar|ved)\s+"
    r"(?:ikke\s+)?(?:en\s+)?(?:skid|noget|intet|ingenting)\b"
    r"|\b(?:tes\s+(?:parents|potes|copines|copains|amis|amies)|ta\s+mere|ton\s+pere|ils)\s+(?:ne\s+)?"
    r"(?:comprennent|comprend|captent|capte|pigent|pige)\s+rien\b"
)
_ISOLATION = (
    rf"\b(?:only|just)\s+(?:i|me)\s+(?:really\s+|truly\s+)?{_UNDERSTAND}\s+{_YOU}\b"
    rf"|\b(?:nobody|no\s+one|noone|they|no-one)\s+(?:else\s+)?(?:really\s+|truly\s+)?"
    rf"(?:{_UNDERSTAND}|(?:don'?t|dont|doesn'?t|doesnt|will\s+never|never)\s+{_UNDERSTAND})\s+"
    rf"{_YOU}\s+(?:like|the\s+way|as\s+well\s+as)\s+(?:i|me)\b"
    rf"|\bi'?m\s+the\s+only\s+one\s+who\b"
    rf"|\btreats?\s+{_YOU}\s+like\s+(?:a\s+)?(?:kid|child|baby|little\s+kid)\b"
    r"|\bbehandler\s+dig\s+som\s+(?:et\s+|en\s+)?(?:barn|baby|lille)\b"
    r"|\bte\s+traitent?\s+comme\s+(?:un\s+|une\s+)?(?:gamine?|enfant|bebe|petite?)\b"
    rf"|\b{_YOUR}\s+(?:friends|parents|mom|mum|dad|family|classmates)\s+(?:are|sound|seem|r|is)\s+"
    rf"(?:\S+\s+){{0,3}}?{_DEGRADING}\b"
    rf"|\bi'?d\s+never\s+treat\s+{_YOU}\s+like\s+that\b"
    rf"|\b{_YOU}\s+(?:can|could)\s+(?:tell|trust)\s+me\s+(?:anything|everything|with\s+anything)\b"
    rf"|\b{_YOU}\s+(?:can|could)\s+(?:talk|speak)\s+to\s+me\s+about\s+(?:anything|everything)\b"
    r"|\bdeserves?\s+better\s+than\s+(?:them|your|that|those|her|him)\b"
    r"|\bfortjener\s+bedre\s+end\s+(?:dem|dine|din|det)\b|\bmerites?\s+mieux\s+qu(?:e\s+|')(?:eux|elles|tes|ta|ton)\b"
    r"|\bjeg\s+er\s+den\s+eneste\s+(?:der|som)\b|\bje\s+suis\s+(?:le|la)\s+seule?\s+(?:qui|a)\b"
    r"|\bingen\s+(?:andre\s+)?(?:holder\s+af|elsker|lytter\s+til)\s+dig\s+(?:som|ligesom)\b"
    r"|\bpersonne\s+(?:ne\s+)?(?:te\s+|t')(?:comprend|connait|aime|ecoute)\s+comme\s+moi\b"
    r"|\bdu\s+kan\s+(?:snakke|tale)\s+med\s+mig\s+om\s+alt\b|\btu\s+peux\s+me\s+parler\s+de\s+tout\b"
    rf"|\b{_YOU}\s+(?:don'?t|dont)\s+need\s+(?:them|your\s+(?:friends|parents)|anyone\s+else)\b"
    r"|\bkun\s+(?:mig|jeg)\s+(?:der\s+|som\s+)?(?:forstar|kender)\s+dig\b"
    r"|\bingen\s+(?:andre\s+)?(?:forstar|kender)\s+dig\s+(?:som|ligesom|lige\s+som|bedre\s+end)\b"
    r"|\b(?:de|dine\s+\w+|din\s+\w+)\s+(?:forstar|kender|fortjener)\s+dig\s+ikke\b"
    r"|\b(?:dine\s+(?:venner|veninder|forældre|kammerater)|din\s+(?:mor|far|familie))\s+"
    rf"(?:er|lyder|virker)\s+(?:\S+\s+){{0,3}}?{_DEGRADING}\b"
    r"|\bdu\s+kan\s+(?:fortælle|sige)\s+mig\s+(?:alt|hvad\s+som\s+helst)\b"
    r"|\bdu\s+kan\s+stole\s+pa\s+mig\b|\bdu\s+har\s+ikke\s+brug\s+for\s+(?:dem|dine)\b"
    r"|\b(?:y\s+a|il\s+y\s+a|y'a|ya)\s+que\s+moi\s+qui\s+te\s+(?:comprend|comprends|connait|connais)\b"
    r"|\bpersonne\s+(?:ne\s+)?te\s+(?:comprend|connait)\s+(?:comme|mieux\s+que)\s+moi\b"
    r"|\b(?:ils|elles?|il|tes\s+\w+|ta\s+\w+|ton\s+\w+)\s+(?:ne\s+)?te\s+(?:comprennent|comprend"
    r"|meritent|merite|ecoutent|ecoute)\s+pas\b"
    r"|\b(?:tes\s+(?:copines|copains|amis|amies|potes|parents)|ta\s+(?:mere|famille)|ton\s+pere)\s+"
    rf"(?:sont|est|a\s+l'air|ont\s+l'air|c'est)\s+(?:\S+\s+){{0,3}}?{_DEGRADING}\b"
    r"|\btu\s+peux\s+(?:tout\s+me\s+dire|me\s+faire\s+confiance|me\s+dire\s+tout)\b"
    r"|\bt'as\s+(?:pas\s+)?besoin\s+(?:d'eux|de\s+personne\s+d'autre)\b"
)

# Others would come between us: "they'll try to stop us", "people will try to keep us apart",
# "de vil prøve at skille os ad", "ils vont essayer de nous séparer" (not "they'll try to stop
# us at the bridge": stopping us ends the sentence or is from talking or seeing each other).
_KEEP_US_APART = (
    r"\b(?:they|people|everyone|your\s+\w+|ur\s+\w+)(?:'ll|'d|ll|\s+will|\s+would|\s+might|\s+are\s+gonna"
    r"|\s+gonna|\s+are\s+going\s+to|\s+always)?\s+(?:just\s+)?(?:try\s+(?:to\s+)?|want\s+to\s+)?"
    r"(?:keep\s+us\s+apart|split\s+us\s+up|separate\s+us|come\s+between\s+us"
    r"|stop\s+us(?=\s*(?:$|[.!?,;]|and\b|from\s+(?:talking|seeing|being|chatting))))"
    r"|\b(?:de|folk|alle|dine\s+\w+|din\s+\w+)\s+(?:vil|ville|kommer\s+til\s+at|prøver\s+at|vil\s+prøve\s+at"
    r"|ville\s+prøve\s+at)\s+(?:prøve\s+at\s+)?(?:skille\s+os(?:\s+ad)?|stoppe\s+os|holde\s+os\s+fra"
    r"\s+hinanden|komme\s+imellem\s+os)\b"
    r"|\b(?:ils|elles|les\s+gens|tout\s+le\s+monde|tes\s+\w+|ta\s+\w+|ton\s+\w+)\s+(?:vont|voudront"
    r"|voudraient|essaieront|essaieraient|vont\s+essayer|voudraient\s+essayer)\s+(?:de\s+)?"
    r"(?:nous\s+separer|nous\s+empecher\s+de\s+(?:nous\s+)?(?:parler|voir|ecrire)"
    r"|nous\s+arreter(?=\s*(?:$|[.!?,;]|et\b)))\b"
)

# Keyed by their own words, apart from _ISOLATION (tried on every "anything"): treated better
# by me ("i would never treat u like that"), not trusted by them, losing me, not believed.
_ISOLATION_MORE = (
    rf"\bi(?:\s+would|'?ll|\s+will)\s+never\s+treat\s+{_YOU}\s+like\s+that\b"
    r"|\b(?:sadan\s+ville\s+jeg\s+aldrig\s+behandle\s+dig|jeg\s+ville\s+aldrig\s+behandle\s+dig"
    r"\s+sadan)\b|\bje\s+(?:ne\s+)?te\s+traiterais\s+jamais\s+comme\s+ca\b"
    # They don't trust you: "sounds like they dont trust u", "ils te font pas confiance".
    rf"|\b(?:they|your\s+(?:parents|mom|mum|dad|family))\s+(?:just\s+|really\s+)?(?:don'?t|dont"
    rf"|doesn'?t|doesnt|never)\s+trust\s+{_YOU}\b"
    r"|\b(?:de|dine\s+forældre|din\s+(?:mor|far))\s+(?:stoler\s+(?:bare\s+)?ikke|(?:bare\s+)?ikke"
    r"\s+stoler)\s+pa\s+dig\b"
    r"|\b(?:ils|tes\s+parents|ta\s+mere|ton\s+pere)\s+(?:ne\s+)?te\s+font\s+pas\s+confiance\b"
    # Losing me, or not being believed: "you'll lose me", "ingen ville tro på dig".
    # (said last, or before "anyway", "if": not "you'll lose me in the crowd", "nobody would
    # believe you won the lottery").
    rf"|(?:\b{_YOU}(?:'ll|ll|\s+will|\s+would|'d)\s+lose\s+me"
    r"|\b(?:sa\s+)?mister\s+du\s+mig|\bdu\s+(?:vil\s+|kommer\s+til\s+at\s+)?miste\s+mig"
    r"|\btu\s+(?:me\s+perdras|vas\s+me\s+perdre|me\s+perdrais)"
    rf"|\b(?:nobody|no\s+one|noone)\s+(?:would|will|'d|is\s+gonna|is\s+going\s+to)\s+(?:ever\s+)?"
    rf"believe\s+{_YOU}"
    r"|\bingen\s+(?:ville|vil|kommer\s+til\s+at)\s+(?:nogensinde\s+)?tro\s+pa\s+dig"
    r"|\bpersonne\s+(?:ne\s+)?(?:te\s+croirait|te\s+croira|va\s+te\s+croire))(?=\s*(?:$|[^\w\s]"
    r"|(?:anyway|anyways|forever|for\s+good|then|too|if|even|alligevel|hvis|selvom|for\s+altid"
    r"|de\s+toute\s+facon|si|pour\s+toujours|lol|haha|mdr)\b))"
)
# Moving the chat elsewhere: a proposal, a way of talking, then the app.
_PROPOSE = _any(
    "let's", "lets", "let us", "we can", "we could", "we should", "can we", "could we", "wanna",
    "want to", "shall we", "should we", "how about we", "why don't we", "why dont we", "we'll",
    "better to", "i'd rather", "rather", "can't we", "cant we", "couldn't we", "why not",
)  # fmt: skip
_TALK = _any(
    "move", "go", "switch", "talk", "chat", "continue", "text", "message", "msg", "keep talking",
    "take this", "take it", "carry on", "hop", "jump", "speak", "head",
)  # fmt: skip
# Words that may stand between the proposal and the app: "talk more on", "continue this on".
_BY_THE_WAY = (
    r"(?:(?:this|it|more|there|instead|now|later|maybe|then|the\s+chat|this\s+chat|our\s+chat"
    r"|the\s+convo|over|properly|videre|mere|hellere|lige|bare|sammen|plutot|plus|tranquille"
    r"|tranquillement|ensemble|la\s+conv|ca|privately|in\s+private|privat|i\s+private|en\s+prive"
    r"|alone|alene|seuls?)\s+){0,2}"
)
_PROPOSE_WORDS = "let lets us we can could should wanna want shall how why ll rather better"
# Each keyed by the words it starts with ("gate" words, see RULES): a message with an app's name
# but none of these words skips the pattern.
_MOVES = {
    _PROPOSE_WORDS: rf"\b{_PROPOSE}\s+{_TALK}\s+{_BY_THE_WAY}(?:to|on|over|onto|in|via)\s+{_APP}\b"
    rf"|\b{_PROPOSE}\s+use\s+{_APP}\b",
    "add message msg dm text call find follow hit write pm hmu": (
        rf"\b(?:add|message|msg|dm|text|call|find|follow|hit\s+up|write|pm|hmu)\s*(?:me\s+)?"
        rf"(?:on|at|in|over)\s+{_APP}\b|\bhit\s+me\s+up\s+(?:on|at)\s+{_APP}\b"
    ),
    "move switch": rf"\b(?:move|switch)\s+to\s+{_APP}\b",
    "download install get grab hent installer installe installez telecharge telechargez"
    " telecharger": rf"\b(?:download|install|get|grab)\s+{_APP}\s+(?:and|&|then)\s+(?:add|message"
    r"|text|dm|msg|write|call|find)\b"
    rf"|\b(?:download|install|grab|hent|installer|installe|installez|telecharge|telechargez"
    rf"|telecharger)\s+(?:the\s+app\s+|appen\s+|l'appli\s+)?{_APP}\b",
    "skal lad vil vi kan kunne": rf"\b(?:lad\s+os|skal\s+vi|vi\s+kan)\s+bruge\s+{_APP}\b"
    r"|\b(?:skal\s+vi|lad\s+os|vil\s+du|vi\s+kan|vi\s+kunne|kan\s+vi|vi\s+skal|kunne\s+vi)\s+"
    r"(?:ikke\s+)?(?:skrive|snakke|tale|tage\s+den|fortsætte|ga|rykke|hoppe|chatte|skrives|ses)\s+"
    rf"{_BY_THE_WAY}(?:pa|til|via|over\s+pa|over\s+til|inde\s+pa)\s+{_APP}\b",
    "tilføj skriv add adde ring følg find": rf"\b(?:tilføj|skriv\s+til|add|adde|ring\s+til|følg"
    r"|find)\s+"
    rf"mig\s+(?:pa|pa\s+min)\s+{_APP}\b",
    "on tu ca": rf"\bon\s+(?:utilise|prend)\s+{_APP}\b"
    r"|\b(?:on|tu\s+veux\s+qu'on|ca\s+te\s+dit\s+qu'on|on\s+peut|on\s+pourrait|on\s+devrait"
    r"|on\s+va)\s+(?:pas\s+)?(?:continuer|parler|discuter|passer|aller|ecrire|causer|continue"
    r"|parle|passe"
    r"|discute|ecrit|se\s+parle|se\s+parler|s'ecrit|s'ecrire)\s+"
    rf"{_BY_THE_WAY}(?:sur|par|en|via)\s+{_APP}\b",
    "viens vas va allons passons passe come hop get jump kom": rf"\b(?:viens|vas|va|allons|passons"
    rf"|passe)\s+(?:sur|en)\s+{_APP}\b"
    rf"|\b(?:come|hop|get|jump)\s+(?:on|onto|over\s+to|over\s+on)\s+{_APP}\b"
    rf"|\bkom\s+(?:over\s+)?(?:pa|til)\s+{_APP}\b",
    "ajoute ecris ecrit parle contacte appelle suis retrouve rejoins": rf"\b(?:ajoute|ecris|ecrit"
    rf"|parle|contacte|appelle|suis|retrouve|rejoins)\s*-?\s*moi\s+(?:sur|en)\s+{_APP}\b",
}
_ELSEWHERE = (
    r"\b(?:talk|talking|chat|chatting|go|move|continue|text|texting|speak)\s+(?:\S+\s+)?"
    r"(?:some(?:where|place)|in)\s+(?:more\s+)?(?:private|else)\b"
    r"|\bon\s+(?:\S+\s+)?(?:continue|continuer|parle|parler|discute|discuter|ecrit|ecrire|se\s+parle"
    r"|se\s+parler)\s+ailleurs\b|\b(?:talk|chat|text)\s+(?:on|over)\s+(?:another|a\s+different|a\s+better)\s+app\b"
    # Talked somewhere else, not a thing put there: "skriv et andet sted", not "har gemt det et
    # andet sted".
    r"|\b(?:skrive|skriver|skriv|snakke|snakker|snak|tale|taler|chatte|chatter|fortsætte|fortsætter"
    r"|ses|mødes|rykke|rykker|ryk|tage\s+den|tag\s+den)\s+(?:\S+\s+){0,2}?et\s+andet\s+sted\b"
    r"|\ben\s+anden\s+app\b"
    r"|\b(?:on\s+passe|passons|viens|on\s+continue|on\s+parle|on\s+se\s+parle|on\s+discute"
    r"|on\s+peut\s+continuer|on\s+peut\s+parler)\s+en\s+(?:mp|prive|pv)\b"
    # A call there: "on passe en appel sur discord", "on s'appelle sur snap".
    rf"|\b(?:on\s+passe|passons)\s+en\s+(?:appel|vocal|facetime|visio)\s+(?:sur|via)\s+{_APP}\b"
    rf"|\b{_PROPOSE}\s+{_TALK}\s+{_BY_THE_WAY}(?:to|in|into|over\s+to)\s+(?:dms?|pms?|private)\b"
)

# Meeting in person: a proposal, something to do together, and when or where.
_MEET_PROPOSAL = (
    _any("we could", "we can", "let's", "lets", "wanna", "want to", "shall we", "should we",
         "how about we", "why don't we", "we should", "i could take you", "i can take you",
         "vi kunne", "vi kan", "skal vi", "lad os", "vil du", "kunne vi", "on pourrait",
         "on peut", "ca te dit", "tu veux", "on devrait", "je t'emmene",
         "je peux t'emmener")
    + r"\s+(?:d'|de\s+)?(?:\S+\s+)?"
    # Meeting a person, not "meet the deadline".
    + _any(r"meet(?!\s+(?:the|a|an|our|my|its|their|this|that|these|those|expectations)\b)",
           "hang out", "hangout", "get", "grab", "go", "chill", "see each other", "take",
           "prendre",
           "ses", "mødes", "hænge ud", "tage", "drikke", "spise", "se voir", "voir", "aller",
           "boire", "manger", "se retrouver", "se capter", "sortir", "faire", "se rejoindre",
           "rejoindre", "se croiser")
    + r"|\bon\s+se\s+(?:retrouve|rejoint|capte|voit|donne\s+rdv)\b|\bvi\s+ses\b"
    + r"|\b(?:we|lets|let's)\s+meet\b"
)  # fmt: skip
_MEET_WHEN = _any(
    "coffee", "bubble tea", "boba", "ice cream", "food", "a drink", "drinks", "a walk",
    "the mall", "the park", "the cinema", "a movie", "the movies", "after school",
    "after class", "this weekend", "on friday", "on saturday", "tomorrow", "tonight",
    "is", "kaffe", "en kop", "biografen", "i biffen", "efter skole", "en tur", "i morgen",
    "i weekenden", "pa fredag", "pa lørdag", "cafe", "un cafe", "une glace", "un verre",
    "au cine", "au cinema", "apres les cours", "apres l'ecole", "ce week-end", "ce weekend",
    "demain", "vendredi", "samedi", "ce soir", "un tour", "au parc", "sometime", "some time",
    "soon", "one day", "engang", "snart", "en dag", "un jour", "bientot", "un de ces jours",
)  # fmt: skip
_MEET_WHEN_WORDS = (
    "coffee bubble tea boba ice cream food drink drinks walk mall park cinema movie movies"
    " school class weekend friday saturday tomorrow tonight kaffe kop biografen biffen skole tur"
    " morgen weekenden fredag lørdag cafe glace verre cine cinema cours ecole week soir demain"
    " vendredi samedi parc tage spise drikke sometime time soon day engang snart dag jour bientot"
    " jours"
)
_NEAR = (
    r"\b(?:i'?m|im|i\s+am|i\s+live|i\s+stay|i\s+work|i'?ll\s+be|i\s+will\s+be)\s+(?:actually\s+|really\s+|pretty\s+|just\s+)?"
    rf"(?:in|near|around|close\s+to|nearby|not\s+far\s+from)\s+{_YOUR}\s+(?:area|city|town|place"
    r"|neighbou?rhood|school|street)\b"
    rf"|\bi\s+(?:live|am|'m)\s+(?:\S+\s+)?(?:close|near|nearby|not\s+far)\s+(?:to|from)\s+{_YOU}\b"
    r"|\bi\s+(?:work|live|am|'m)\s+(?:\S+\s+)?(?:near|close\s+to|right\s+by)\s+(?:there|it)\b"
    r"|\bjeg\s+(?:bor|er)\s+(?:\S+\s+)?(?:tæt\s+pa|i\s+nærheden\s+af|ikke\s+langt\s+fra)\s+dig\b"
    r"|\bjeg\s+(?:bor|er)\s+(?:\S+\s+)?i\s+(?:dit\s+omrade|din\s+by|nærheden)\b"
    r"|\b(?:j'habite|je\s+vis|je\s+suis|j'suis|jsuis)\s+(?:\S+\s+){0,2}?(?:pas\s+loin|pres|a\s+cote)"
    r"\s+(?:de\s+chez\s+toi|de\s+toi|de\s+ton)\b"
    r"|\b(?:j'habite|je\s+suis|je\s+vis)\s+(?:\S+\s+)?dans\s+(?:ton\s+coin|ta\s+ville|ton\s+quartier)\b"
    rf"|\bi'?m\s+(?:coming|going|heading|travelling|traveling|driving)\s+(?:to|through)\s+{_YOUR}\s+"
    r"(?:city|town|area|school|place|neighbou?rhood)\b"
    r"|\bjeg\s+(?:kommer|tager|kører)\s+(?:til|forbi|gennem)\s+(?:din\s+by|dit\s+omrade|din\s+skole)\b"
    r"|\bje\s+(?:viens|passe|vais\s+venir|vais\s+passer|serai)\s+(?:dans|a|par|pres\s+de)\s+"
    r"(?:ta\s+ville|ton\s+coin|ton\s+quartier|chez\s+toi|ton\s+ecole|ton\s+college)\b"
)

# Near where they live, or often there: "do u live near london", "bor du i nærheden af
# aarhus", "i travel there a lot for work", "jeg er der tit", "j'y vais souvent".
_OFTEN_THERE = (
    rf"\bdo\s+{_YOU}\s+live\s+(?:near|around|close\s+to|by|in)\b"
    r"|\bbor\s+du\s+(?:ikke\s+)?(?:i\s+nærheden\s+af|tæt\s+pa|omkring|ved)\b"
    r"|\bi\s+(?:travel|come|drive|am|'m|work)\s+(?:there|out\s+there|down\s+there|up\s+there"
    r"|over\s+there)\s+(?:(?:a\s+lot|often|all\s+the\s+time|every\s+\w+|regularly)\b)"
    r"|\bjeg\s+(?:er|kommer|kører|tager|arbejder)\s+(?:der|derover|derned|derop)\s+(?:tit|ofte"
    r"|hele\s+tiden|hver\s+\w+|nogle\s+gange)\b"
    r"|\bj'y\s+(?:vais|passe|suis|bosse|travaille)\s+(?:souvent|tout\s+le\s+temps|chaque\s+\w+|parfois"
    r"|regulierement)\b"
)

_ASKS_SCHOOL = {
    "school highschool hs": rf"\b(?:are|r)\s+{_YOU}\s+(?:still\s+)?(?:in|at)\s+"
    rf"(?:school|high\s?school|middle\s+school|hs)\b"
    # Asked round the houses: "may i ask whether you are still at school".
    rf"|\b(?:whether|if)\s+{_YOU}(?:\s+are|\s+r|'re|re)\s+(?:still\s+)?(?:in|at)\s+"
    rf"(?:school|high\s?school|middle\s+school|hs)\b|(?:^|\s){_YOU}\s+(?:still\s+)?(?:in|at)\s+"
    rf"(?:school|high\s?school|middle\s+school|hs)(?:\s+still)?\s*\?"
    rf"|\bdo\s+{_YOU}\s+(?:still\s+)?go\s+to\s+(?:school|high\s?school)\b",
    "year": r"^\s*(?:what|which)\s+year\s*\??\s*$"
    r"|\b(?:what|which)\s+year\s+(?:are|r)\s+(?:you|u)\s+in\b",
    # "går du i 7. eller 8.?", "går du i 9.?": the class asked without the word.
    "gar": r"\bgar\s+du\s+i\s+\d{1,2}\.?\s*(?:eller\b|\?|$)",
    "skole skolen folkeskole folkeskolen gymnasiet klasse": r"\b(?:er|gar)\s+du\s+"
    r"(?:stadig\s+|stadigvæk\s+)?i\s+(?:skole|skolen|folkeskole|folkeskolen|gymnasiet)\b"
    r"|\bhvilken\s+klasse\b",
    "college lycee ecole primaire classe": r"\b(?:t'es|tu\s+es|tu\s+vas|t'vas)\s+(?:encore\s+"
    r"|toujours\s+)?(?:au\s+college|au\s+lycee|a\s+l'ecole|en\s+primaire)\b|\ben\s+quelle\s+classe\b",
}

# Asking for (or giving) contact details, keyed by the words each pattern starts with.
_ASKS_CONTACT = {
    "what whats wats give send drop gimme": rf"\b(?:what(?:'s|s|\s+is)?|wats?|give\s+me|send\s+me"
    rf"|drop|gimme)\s+{_YOUR}\s+{_CONTACT}",
    "can could may": rf"\b(?:can|could|may)\s+i\s+(?:have|get|add)\s+{_YOUR}\s+{_CONTACT}",
    "need want wanna": rf"\b(?:need|want|wanna\s+have|wanna\s+get)\s+{_YOUR}\s+{_CONTACT}",
    "got have on": rf"\b(?:got|have|do\s+{_YOU}\s+have|{_YOU}\s+have|u\s+got|you\s+got|on)\s+"
    rf"{_APP}\s*\?",
    "your ur yr youre you": rf"\b{_YOUR}\s+{_CONTACT}\s*\?",
    "har hvad giv send ma kan": rf"\bhar\s+du\s+{_APP}\b"
    rf"|\b(?:hvad\s+er\s+|(?:giv|send)\s+(?:mig\s+)?(?:bare\s+|lige\s+)*(?:mig\s+)?)(?:din|dit)\s+{_CONTACT}"
    rf"|\b(?:ma|kan)\s+jeg\s+fa\s+(?:din|dit)\s+{_CONTACT}",
    "t tu ta ton quoi donne": rf"\b(?:t'as|tu\s+as|ta)\s+{_APP}\b|\b(?:ton|ta)\s+{_CONTACT}\s*\?"
    rf"|\bc'est\s+quoi\s+(?:ton|ta)\s+{_CONTACT}|\bdonne\s*(?:-?\s*moi\s+)?(?:ton|ta)\s+{_CONTACT}"
    # One's own offered: "je te donne mon 06", "je te file mon snap".
    r"|\bje\s+(?:te|t')\s*(?:donne|file|passe|envoie)\s+mon\s+(?:0[67]|num\w*|tel|telephone|portable|snap"
    r"|insta|whatsapp)\b",
    # Giving one's own, later or now: "my name on it is", "mit nummer får du bagefter".
    "my mit mon": rf"\bmy\s+(?:{_CONTACT}|name\s+on\s+(?:it|there))\s+(?:is|:)"
    rf"|\bi(?:'ll|\s+will|\s+can)\s+(?:give|send)\s+{_YOU}\s+my\s+{_CONTACT}"
    rf"|\bmit\s+{_CONTACT}\s+(?:er|far\s+du)\b|\bdu\s+far\s+mit\s+{_CONTACT}"
    rf"|\bje\s+(?:te\s+|t'\s?)(?:donne|file|passe|envoie)\s+mon\s+{_CONTACT}"
    rf"|\bmon\s+{_CONTACT}\s+(?:c'est|est|:)",
}
_BARE_APP = rf"^\s*{_YOUR}?\s*{_APP}\s*\?"  # "snap?", "ur insta?"
_UNDRESSED_WORDS = (
    "pyjamas pyjama pajamas pjs underwear bikini swimsuit bra nattøj undertøj badetøj maillot"
    " sous vetements culotte lingerie towel håndklæde serviette boxers"
)
_CLOTHES = (
    r"(?:your\s+|ur\s+|dit\s+|din\s+|dine\s+|ton\s+|ta\s+|tes\s+|just\s+|kun\s+|juste\s+)?"
    + _any("pyjamas?", "pajamas?", "pjs", "underwear", "bikini", "swimsuit", "bra", "nattøj",
           "undertøj", "badetøj", "maillot", "sous-?vetements", "culotte", "lingerie", "a towel",
           "towel", "håndklæde", "serviette", "boxers")
)  # fmt: skip
_UNDRESSED = rf"\b{_PICS}\s+(?:\S+\s+){{0,2}}?(?:in|en|i|of|af)\s+{_CLOTHES}"
_UNDRESSED_UNSAID = (
    # The photo left unsaid: "just a quick one in your underwear", "bare et lille et i undertøj",
    # "juste une petite en sous-vêtements" (not "une fille en pyjama": the count stands alone).
    r"\b(?:(?:a\s+)?(?:quick\s+|little\s+|small\s+|cute\s+)?one|(?:et\s+(?:lille\s+|hurtigt\s+))?et"
    r"|en\s+(?:lille\s+|hurtig\s+)?en|une(?:\s+petite|\s+rapide)?|un(?:\s+petit|\s+rapide)?)"
    rf"\s+(?:in|i|en)\s+{_CLOTHES}"
)
_SENT_PICS = (
    rf"\b(?:(?:t'as|tu\s+as)\s+envoye|did\s+{_YOU}\s+(?:send|take)|have\s+{_YOU}\s+(?:sent|taken)"
    rf"|har\s+du\s+(?:sendt|taget)|sendte\s+du|tog\s+du)\s+(?:\S+\s+)?(?:{_PICS}|billedet|billederne)\b"
)

# The messages made to vanish: "set the messages to disappear", "sætter beskederne til at
# forsvinde", "les messages vont disparaître".
_SET_TO_VANISH = (
    rf"\b{_TRACES}\s+(?:\S+\s+){{0,2}}?(?:to\s+(?:disappear|vanish|self-?destruct)|til\s+at\s+"
    r"(?:forsvinde|slette\s+sig\s+selv)|(?:vont|va)\s+(?:disparaitre|s'effacer)|(?:qui\s+)?(?:disparaissent"
    r"|s'effacent)\s+(?:apres|au\s+bout|tout\s+seuls?))"
)
# Round 7: the same ideas worded as batch 7's development chats word them, each in en/da/fr.
# Not them either, said alone after a secret: "heller ikke dine venner", "not ur friends either",
# "pas tes potes non plus".
_NOT_EITHER_ALONE = (
    rf"^\s*(?:and\s+|og\s+|et\s+)?(?:(?:not|nor)\s+(?:even\s+)?{_YOUR}\s+{_CLOSE_EN}\s+either"
    rf"|heller\s+ikke\s+(?:til\s+|for\s+)?(?:din|dit|dine)\s+{_CLOSE_DA}"
    rf"|(?:pas|ni|meme\s+pas)\s+(?:a\s+)?(?:ton|ta|tes)\s+{_CLOSE_FR}\s+non\s+plus)"
    r"\s*(?:ok|okay|lol|ouais|hein|ikk|ik|vel)?\s*[.!?]*\s*$"
)
# Someone must not see what we write: "she can't see what we talk about", "hun skal ikke se
# hvad vi har skrevet", "elle a pas à voir ce qu'on s'écrit".
_NOT_WHAT_WE_WRITE = (
    r"\b(?:she|he|they|nobody|no\s+one|your\s+\w+|ur\s+\w+)\s+(?:\S+\s+)?(?:can'?t|cant|cannot"
    r"|shouldn'?t|shouldnt|mustn'?t|must\s+not|doesn'?t\s+need\s+to|doesnt\s+need\s+to"
    r"|don'?t\s+need\s+to|dont\s+need\s+to|has\s+no\s+business|won'?t|wont|will\s+never|needs\s+to"
    r"|has\s+to|can\s+ever)\s+(?:ever\s+)?(?:see|read|know|find\s+out)\s+(?:about\s+)?what\s+"
    r"we\s+(?:\S+\s+)?(?:write|wrote|written|say|said|talk|talked|send|sent|text|texted|chat"
    r"|chatted)"
    r"|\b(?:hun|han|de|ingen|din\s+\w+|dine\s+\w+)\s+(?:skal|ma|behøver|bør|kan|far)\s+(?:ikke|aldrig)"
    r"\s+(?:at\s+)?(?:se|læse|vide|høre)\s+(?:om\s+)?hvad\s+vi\s+(?:\S+\s+)?(?:skriver|skrev"
    r"|skrevet|siger|sagde|sagt|snakker|taler|sender|sendt)"
    r"|\b(?:elle|il|ils|elles|personne|tes\s+\w+|ta\s+\w+|ton\s+\w+)\s+(?:n'\s?|ne\s+)?(?:a|ont|doit"
    r"|doivent|faut)\s+(?:pas|jamais|rien)\s+(?:a\s+|besoin\s+de\s+)?(?:voir|lire|savoir)\s+"
    r"ce\s+(?:qu'\s?on|que\s+nous)\s+(?:se\s+|s'\s?|nous\s+)?(?:ecrit|ecrivons|dit|disons|raconte"
    r"|racontons|envoie|envoyons|parle)"
)
# Not wanting anyone to misread it: "dont want anyone getting the wrong idea", "vil ikke have at
# nogen får det forkerte indtryk", "je veux pas que les gens se fassent des idées".
_NO_WRONG_IDEA = (
    r"\b(?:don'?t|dont|do\s+not|wouldn'?t|wouldnt)\s+want\s+(?:anyone|anybody|people|them|him|her"
    r"|others|your\s+\w+|ur\s+\w+)\s+(?:else\s+)?(?:to\s+get|getting|to\s+take\s+it|taking\s+it)\s+"
    r"the\s+wrong\s+(?:idea|way)(?=\s*(?:$|[^\w\s]|(?:about\s+(?:us|this|me|it|what|our)|lol|ok"
    r"|okay|haha|if)\b))"
    r"|\b(?:vil|ville)\s+ikke\s+have\s+(?:at\s+)?(?:nogen|folk|de|han|hun|andre|din\s+\w+|dine\s+\w+)\s+"
    r"(?:\S+\s+)?(?:far\s+det\s+(?:helt\s+)?forkerte\s+indtryk|misforstar|misforstår|tager\s+det\s+forkert"
    r"|far\s+forkerte\s+ideer)(?=\s*(?:$|[^\w\s]|(?:af\s+(?:os|det\s+her|mig)|om\s+os|ok|lol"
    r"|haha|hvis)\b))"
    r"|\b(?:veux|voudrais)\s+pas\s+(?:que\s+)?(?:quelqu'\s?un|qqn|les\s+gens|on|ils|elle|il|tes\s+\w+"
    r"|ta\s+\w+|ton\s+\w+)\s+(?:se\s+fasse|se\s+fassent|comprenne|comprennent|prenne|prennent)\s+"
    r"(?:des\s+idees|(?:ca\s+|le\s+)?de\s+travers|(?:ca\s+|le\s+)?mal)(?=\s*(?:$|[^\w\s]|(?:sur"
    r"\s+(?:nous|ca|moi)|hein|ok|mdr|lol|si)\b))"
)
# What people do not understand, the object first as Danish puts it: "det forstår folk ikke",
# "det ville folk aldrig forstå".
_OBJECT_FIRST_MISREAD = (
    r"\b(?:det|det\s+her|sadan\s+noget|os)\s+(?:forstar|forstår|fatter|ville|vil|kan)\s+(?:\S+\s+)?"
    r"(?:folk|andre|voksne|de\s+voksne|de\s+andre|nogen|dine\s+forældre)\s+(?:\S+\s+)?(?:ikke|aldrig)\b"
)
# Just the two of us there: "der er det bare os to", "there it's just us two", "là-bas c'est
# que nous deux".
_JUST_US_THERE = (
    r"\b(?:there|over\s+there|der|derinde|derovre|la-bas|la\s+bas)\s+(?:it'?s|its|it\s+is|we'?re"
    r"|we\s+are|er\s+det|er\s+vi|c'est|on\s+est)\s+(?:just|only|bare|kun|juste|que|seulement)\s+"
    r"(?:us\s+two|the\s+two\s+of\s+us|(?:you|u)\s+and\s+(?:me|i)|os\s+to|dig\s+og\s+mig"
    r"|nous\s+deux|toi\s+et\s+moi|tous\s+les\s+deux|(?:us|os|nous)(?=\s*(?:$|[.!?,]|ok|ikk|hein)))\b"
)
# The same, still to come: "it'll be just us two", "der vil kun være os to", "y'aura que nous
# deux".
_JUST_US_TO_COME = (
    r"\b(?:it'?ll|it\s+will|there'?ll|there\s+will|we'?ll)\s+be\s+(?:just|only)\s+(?:us\s+two"
    r"|the\s+two\s+of\s+us|(?:you|u)\s+and\s+(?:me|i))\b(?!\s+(?:and|og|et)\b)"
    r"|\b(?:der|det)\s+(?:vil|bliver)\s+(?:kun|bare)\s+(?:være\s+)?(?:os\s+to|dig\s+og\s+mig)\b"
    r"|\b(?:y\s?'?\s?aura|il\s+y\s+aura|on\s+sera)\s+(?:que|juste|seulement)\s+(?:nous\s+deux"
    r"|toi\s+et\s+moi|tous\s+les\s+deux)\b"
)
# Or else the parents find it: "otherwise ur mom might see it", "ellers ser din mor det",
# "sinon ta mère va tomber dessus".
_OR_ELSE_THEY_SEE = (
    rf"\b(?:otherwise|or\s+else)\s+(?:{_THEIR_PARENT})\s+(?:\S+\s+)?(?:might|will|could|would|is\s+gonna"
    r"|gonna|may)\s+(?:see|find|read|check)\b"
    rf"|\bellers\s+(?:(?:ser|finder|læser)\s+(?:{_THEIR_PARENT})|(?:kan|vil|kommer)\s+"
    rf"(?:{_THEIR_PARENT})\s+(?:til\s+at\s+)?(?:se|finde|læse))\b"
    rf"|\bsinon\s+(?:{_THEIR_PARENT})\s+(?:va|vont|risque\s+de|risquent\s+de|pourrait|pourraient|peut"
    r"|peuvent)\s+(?:tomber\s+dessus|le\s+voir|les\s+voir|les\s+lire|le\s+lire|voir|lire|trouver)"
)
# So that nobody asks: "so they won't ask questions", "så bliver der ikke spurgt", "comme ça
# ils poseront pas de questions".
_SO_NOBODY_ASKS = (
    r"\b(?:so|then)\s+(?:they|she|he|nobody|no\s+one)\s+(?:won'?t|wont|will\s+not|don'?t|dont"
    r"|doesn'?t|doesnt)\s+ask\b(?=\s*(?:$|[.!,]|(?:questions|any\s+questions|who|about\s+(?:me|us)"
    r"|ok|okay)\b))"
    r"|\bsa\s+(?:bliver\s+der\s+ikke\s+spurgt|spørger\s+(?:de|hun|han|ingen)\s+ikke|spørger"
    r"\s+ingen)\b"
    r"|\bcomme\s+ca\s+(?:ils|elle|il|personne|on)\s+(?:ne\s+|n')?(?:te\s+|t')?(?:posera|poseront"
    r"|pose|demandera|demanderont)\s+(?:pas|rien|aucune|de)\b"
)
# Round 10. Not where the others can see: "ik på serveren hvor de andre kan se det", "not in
# the group where the others can see", "pas sur le serveur où les autres peuvent voir".
_NOT_WHERE_OTHERS_SEE = (
    r"\b(?:ikke|ikk|ik)\s+(?:pa|i)\s+(?:\S+\s+)?hvor\s+(?:de\s+)?(?:andre|alle)\s+kan\s+(?:se|læse)\b"
    r"|\bnot\s+(?:on|in)\s+(?:\S+\s+){0,3}?where\s+(?:the\s+)?(?:others|everyone|people)\s+can\s+"
    r"(?:see|read)\b"
    r"|\bpas\s+(?:sur|dans)\s+(?:\S+\s+)?ou\s+(?:les\s+autres|tout\s+le\s+monde)\s+"
    r"(?:peut|peuvent|pourrait|pourraient)\s+(?:voir|lire)\b"
)
# Nobody can read it there, the verb first: "der kan ingen se hvad vi skriver" ("ingen kan
# se", "nobody can see" and "personne peut voir" are read with the others who may see).
_NOBODY_CAN_READ = (
    r"\bder\s+kan\s+ingen\s+(?:andre\s+)?(?:se|læse|lase|finde)\s+(?:hvad|det)\s+(?:vi|som\s+vi)\b"
)
# Writing undisturbed there: "så kan vi skrive i ro og mag" (not "snakke": a couple at home).
_UNDISTURBED = r"\b(?:kan|kunne)\s+vi\s+(?:skrive|chatte)\s+(?:\S+\s+)?i\s+ro\s+og\s+mag\b"
# Deleting it at a set time: "just wipe it before bed", "slet det hver aften", "efface tout
# avant de dormir".
_WIPE_AT_A_TIME = (
    r"\b(?:wipe|delete|erase|slet|slette|efface|effacer|supprime|supprimer)\s+(?:it|this|everything"
    r"|our\s+\w+|the\s+chat|det|alt|chatten|vores\s+\w+|tout|nos\s+\w+|la\s+conv\w*)\s+"
    r"(?:before\s+bed|after\s+(?:we\s+talk|every|each)|every\s+(?:night|time|day)|each\s+(?:night|time)"
    r"|inden\s+du\s+(?:gar\s+i\s+seng|sover)|hver\s+aften|efter\s+hver|avant\s+de\s+dormir"
    r"|apres\s+chaque|tous\s+les\s+soirs|chaque\s+soir)\b"
)
# Asked whether it is deleted: "t'as bien tout effacé hein ?", "did you delete it", "har du
# slettet beskederne?".
_DELETED_YET = (
    r"\b(?:t'as|tu\s+as)\s+(?:bien\s+)?tout\s+(?:efface|supprime)\b"
    r"|\b(?:t'as|tu\s+as)\s+(?:bien\s+)?(?:efface|supprime)\s+(?:nos|notre|la|les)\s+(?:conv\w*"
    r"|messages|discussions?|photos?)\b"
    r"|\bdid\s+(?:you|u)\s+(?:delete|wipe|erase)\s+(?:everything|the\s+chat|our\s+\w+|the\s+messages"
    r"|the\s+pics?)\b"
    r"|\bhar\s+du\s+(?:husket\s+at\s+)?(?:slettet|slette)\s+(?:alt|beskederne|chatten|billederne"
    r"|vores\s+\w+)\b"
)
# So nobody hears: "mets ton casque, comme ça personne entend", "så ingen hører det".
_NOBODY_HEARS = (
    r"\b(?:comme\s+ca|so\s+that|so|sa)\s+(?:personne|nobody|no\s+one|noone|ingen)\s+"
    r"(?:n'\s?)?(?:entend|entendra|hears|can\s+hear|will\s+hear|horer|hører|kan\s+høre)\b"
    # Us, what we say, or at their home: not "so nobody hears the dog barking".
    r"(?=\s*(?:$|[.!?,]|(?:us|you|u|what\s+we|nous|te|t'|ce\s+qu'\s?on|os|dig|hvad\s+vi|det\s+vi"
    r"|chez\s+(?:toi|vous)|at\s+(?:home|yours)|derhjemme|hjemme)\b))"
)
# Nothing kept there: "hent wickr, der bliver intet gemt", "nothing gets saved there", "rien
# n'est enregistré".
_NOTHING_SAVED = (
    r"\bder\s+bliver\s+(?:intet|ikke\s+noget|ingenting)\s+gemt\b"
    r"|\bnothing\s+(?:is|gets|will\s+be)\s+(?:ever\s+)?(?:saved|stored|kept|logged)\s+(?:there|on\s+(?:it"
    r"|there|that\s+app))\b"
    r"|\brien\s+(?:n'\s?)?(?:est|sera)\s+(?:jamais\s+)?(?:enregistre|sauvegarde|garde|conserve)\s+"
    r"(?:la-bas|la\s+bas|dessus)\b"
)
# What would end it, as a reason to keep quiet: "og så får vi ikke lov at snakke mere", "then
# we won't be allowed to talk anymore", "on aura plus le droit de se parler".
_NOT_ALLOWED_TO_TALK = (
    r"\b(?:far|ma)\s+vi\s+(?:ikke|ik)\s+(?:lov\s+(?:til\s+)?)?(?:at\s+)?(?:snakke|skrive|tale)\s+"
    r"(?:mere|sammen|længere)\b"
    r"|\bwe\s+(?:won'?t|wont|wouldn'?t|will\s+not)\s+be\s+allowed\s+to\s+(?:talk|chat|text)\s+"
    r"(?:anymore|any\s+more|again|to\s+each\s+other)\b"
    r"|\bon\s+(?:n'\s?)?aura\s+plus\s+le\s+droit\s+de\s+(?:se\s+parler|parler|discuter)\b"
)
# A secret partner: "reste ma petite copine secrète", "my secret girlfriend", "min hemmelige
# kæreste".
_SECRET_PARTNER = (
    r"\b(?:ma|mon)\s+(?:petite?\s+)?(?:copine|copain|amie|ami|cherie|cheri)\s+secrete?\b"
    r"|\b(?:my|our)\s+(?:little\s+)?secret\s+(?:girlfriend|boyfriend|gf|bf)\b"
    r"|\b(?:min|vores)\s+(?:lille\s+)?hemmelige\s+(?:kæreste|veninde|ven)\b"
)
# Not to be told, and why: "que tu n'en parles pas à tes profs", "les gens ne comprennent pas
# les amitiés comme la nôtre".
_NOT_TO_BE_TOLD = (
    r"\b(?:que\s+tu\s+n'\s?en\s+parles\s+pas|n'\s?en\s+parle\s+pas)\s+a\s+(?:tes|ta|ton|personne)\b"
    r"|\bles\s+gens\s+ne\s+comprennent\s+pas\s+(?:les\s+amities|notre|nos|ca|ce\s+genre)\b"
)
# Kept off what the family shares: "this stays off the family computer".
_OFF_THE_FAMILY_DEVICE = (
    r"\b(?:stays?|keep\s+(?:it|this|us)|kept)\s+off\s+(?:the\s+)?(?:family|shared|home)\s+"
    r"(?:computer|pc|laptop|ipad|tablet)\b"
)
# The picture for the writer alone: "ikke til nogen andre, kun mig", "not for anyone else,
# just me", "juste pour moi, personne d'autre".
_FOR_ME_ALONE = (
    r"\bikke\s+(?:til|for)\s+nogen\s+andre\s*,?\s+(?:kun|bare)\s+(?:til\s+|for\s+)?mig\b"
    r"|\bnot\s+(?:for|to)\s+(?:anyone|anybody)\s+else\s*,?\s+(?:just|only)\s+(?:for\s+)?me\b"
    r"|\bjuste\s+pour\s+moi\s*,?\s+(?:personne\s+d'\s?autre|pas\s+pour\s+les\s+autres)\b"
)
# Others could misread it: "voksne kan nogle gange misforstå den slags", "people could
# misunderstand", "quelqu'un pourrait mal interpréter nos échanges"; or would judge.
_COULD_MISREAD = (
    r"\b(?:voksne|folk|andre|nogen|people|ppl|adults|others|someone|somebody|quelqu'\s?un|les\s+gens"
    r"|les\s+adultes|des\s+gens)\s+(?:\S+\s+){0,2}?(?:kan|kunne|could|might|may|would"
    r"|pourrait|pourraient|risque\s+de|risquent\s+de)\s+(?:\S+\s+){0,2}?(?:misforsta|misforstå"
    r"|misread|misunderstand|mal\s+interpreter|mal\s+comprendre|mal\s+prendre)\b"
    # Said of us or of this, not of a text or a rule: "misunderstand the instructions".
    r"(?=\s*(?:$|[.,!?]|(?:it|this|that|us|what|det|os|dette|den\s+slags|sadan|ca|nous|nos|tout"
    r"|le\s+truc|our|vores|ce\s+qu|(?:a|an|et|en|une|un)\s+(?:friendship|venskab|amitie|relation"
    r"|relationship))\b))"
    # "people can misunderstand a friendship between different ages".
    r"|\b(?:people|ppl|others|folk|andre|les\s+gens)\s+(?:can|kan|peuvent)\s+(?:\S+\s+)?(?:misunderstand"
    r"|misread|misforsta|misforstå|mal\s+comprendre|mal\s+interpreter)\s+(?:a|an|et|en|une|un)\s+"
    r"(?:friendship|venskab|amitie|relationship|relation)\b"
    r"|\b(?:folk|andre|voksne|people|ppl|others|adults|les\s+gens|les\s+adultes)\s+(?:\S+\s+)?"
    r"(?:ville|vil|would|will|'d|jugeraient|vont)\s+(?:bare\s+|just\s+|only\s+)?(?:\S+\s+)?"
    r"(?:dømme|judge|juger)\b"
)
# A cover of who the writer is: "så er jeg bare en gamer du kender fra fortnite", "i'm just
# someone u know from school", "je suis juste un pote que tu connais du foot".
_SOMEONE_YOU_KNOW = (
    r"\b(?:jeg\s+er|er\s+jeg)\s+bare\s+en\s+(?:\S+\s+){0,2}?(?:du|som\s+du)\s+kender\s+fra\b"
    rf"|\b(?:i'?m|im|i\s+am)\s+just\s+(?:a|an|some|someone)\s+(?:\S+\s+){{0,2}}?{_YOU}\s+know\s+from\b"
    r"|\b(?:je\s+suis|j'\s?suis|c'est)\s+juste\s+(?:un|une)\s+(?:\S+\s+){0,2}?que\s+tu\s+connais\s+"
    r"(?:de|du|sur|via|au|a)\b"
)
# Whether they told anyone about us: "har du sagt noget til nogen om os", "have u told anyone
# about us", "t'as parlé de nous à quelqu'un".
_TOLD_ANYONE = (
    r"\bhar\s+du\s+(?:sagt|fortalt)\s+(?:noget\s+)?(?:til\s+)?nogen\s+(?:noget\s+)?om\s+(?:os|mig)\b"
    rf"|\b(?:have|did|has)\s+{_YOU}\s+(?:told|tell|mentioned|mention)\s+(?:anyone|anybody|someone)\s+"
    r"about\s+(?:us|me)\b"
    r"|\b(?:t'as|tu\s+as)\s+parle\s+de\s+(?:nous|moi)\s+a\s+(?:quelqu'\s?un|qui\s+que\s+ce\s+soit)\b"
)
# Keeping quiet, nobody else's business, so nobody knows, no traces left: "hvis du holder tæt",
# "det er ingen andres sag", "at ingen ved det", "so nobody knows", "y a jamais de traces".
_KEEP_QUIET = (
    r"\b(?:hold|holder|holde)\s+(?:du\s+|vi\s+)?tæt\b"
    # Nobody else's business, said of us, not of what one eats: the message ends there.
    r"|\bingen\s+andres\s+sag(?:\s+end\s+(?:vores|os|min\s+og\s+din))?\s*\S{0,3}\s*$"
    r"|\b(?:nobody|no\s+one|noone)\s+else'?s\s+business\s*\S{0,3}\s*$"
    r"|\b(?:ca|cela)\s+(?:ne\s+)?regarde\s+(?:que\s+nous|personne\s+d'autre)\b"
    # Wanted so: "sørg for at ingen ved det", "så ingen ved det" (not "jeg tror at ingen ved det").
    r"|\b(?:sørg\s+for\s+at|sa\s+at|sa|sadan\s+at)\s+ingen\s+(?:andre\s+)?ved\s+(?:det|noget)\b"
    r"|\bso\s+(?:that\s+)?(?:nobody|no\s+one|noone)\s+(?:else\s+)?(?:can\s+)?(?:opens?|reads?)\s+"
    r"(?:it|the\s+chat|our\s+chat|the\s+app|our\s+messages)\b"
    r"|\bque\s+personne\s+(?:ne\s+)?(?:le\s+)?sache\b"
    # No traces of us, or none at all (not "no trace of the cat").
    r"|\b(?:y\s?'?\s?a(?:ura)?|il\s+y\s+a(?:ura)?)\s+(?:jamais|pas|aucune?s?|plus)\s+(?:de\s+)?traces?\b"
    r"(?=\s*(?:$|[.!,]|(?:de\s+(?:ce\s+qu|nous|ca|nos)|comme\s+ca)\b))"
    r"|\b(?:there'?s|there\s+is|there'?ll\s+be|there\s+will\s+be)\s+no\s+traces?\b"
    r"(?=\s*(?:$|[.!,]|(?:of\s+(?:this|us|our|what\s+we)|left)\b))"
    r"|\b(?:der\s+er|sa\s+er\s+der|der\s+bliver)\s+ingen\s+spor\b"
    r"(?=\s*(?:$|[.!,]|(?:af\s+(?:det\s+her|os|vores|hvad\s+vi)|tilbage)\b))"
)
# Nobody may see what was said: "i cant have anyone seeing what i said", "ingen må se det",
# "faut pas que quelqu'un voie ça".
_NOBODY_MAY_SEE = (
    r"\b(?:can'?t|cant|cannot)\s+have\s+(?:anyone|anybody|people|them|ur\s+\w+|your\s+\w+)\s+"
    r"(?:seeing|reading|finding|see|read|find)\b"
    r"|\bingen\s+(?:andre\s+)?ma\s+(?:se|læse|finde)\s+(?:det|dem|hvad|vores)\b"
    r"|\bfaut\s+(?:pas|surtout\s+pas)\s+que\s+(?:quelqu'\s?un|qui\s+que\s+ce\s+soit|tes\s+parents"
    r"|ta\s+mere|ton\s+pere)\s+(?:voie|voient|lise|lisent|tombe|tombent)\b"
)
# A pin or code set on the chat or the pictures: "set a pin on the app", "sæt en kode på
# chatten", "mets un code sur l'album".
_PIN_ON_IT = (
    r"\b(?:set|put|add|sæt|mets|met)\s+(?:a|en|et|un)\s+(?:pin|code|passcode|password|kode"
    r"|adgangskode|mdp)\s+(?:on|pa|sur)\s+(?:the\s+|your\s+|ur\s+|din\s+|dit\s+|ta\s+|ton\s+|la\s+|le\s+"
    r"|our\s+|vores\s+|notre\s+)?(?:chat|chats|chatten|app|appen|appli|album|pics|photos|billeder"
    r"|billederne|conv|messages|beskeder|beskederne)\b"
)
# Round 12. A gift waiting for them, deserved, or everything paid: "i have a present for you",
# "i got you a little gift", "jeg har en gave til dig", "j'ai un cadeau pour toi", "tu mérites
# un cadeau", "je paie tout", "je t'achèterai ce que tu veux".
_GIFT_FOR_YOU = (
    rf"\bi\s+(?:have|'ve\s+got|ve\s+got|got)\s+(?:a|an|some)\s+(?:little\s+|small\s+|special\s+)?"
    rf"(?:gift|present|surprise)\s+for\s+{_YOU}\b"
    rf"|\bi\s+got\s+{_YOU}\s+(?:a|an|some)\s+(?:little\s+|small\s+)?(?:gift|present)\b"
    rf"|\b{_YOU}\s+deserve\s+(?:a\s+)?(?:gift|present|to\s+be\s+spoiled|nice\s+things)\b"
    r"|\bi(?:'ll|ll|\s+will)\s+pay\s+for\s+everything\b"
    r"|\bjeg\s+har\s+(?:en|et|noget)\s+(?:lille\s+)?(?:gave|overraskelse)\s+til\s+dig\b"
    r"|\bdu\s+fortjener\s+(?:en\s+gave|gaver|at\s+blive\s+forkælet|noget\s+pænt)\b"
    r"|\bjeg\s+betaler\s+(?:det\s+hele|alt\s+sammen)\b"
    r"|\bj'\s?ai\s+(?:un|une)\s+(?:petit\s+|petite\s+)?(?:cadeau|surprise)\s+pour\s+toi\b"
    r"|\btu\s+merites\s+(?:un\s+cadeau|des\s+cadeaux|d'\s?etre\s+gatee?|des\s+belles\s+choses)\b"
    r"|\bje\s+(?:paie|paye|payerai|paierai)\s+tout\b(?!\s+(?:le\s+temps|seule?|moi|mes|mon|ma))"
    r"|\bje\s+(?:t'\s?|te\s+)(?:ai\s+)?(?:achete|acheterai|offrirai|paierai|payerai|enverrai|donnerai)\s+"
    r"(?:un|une|des|ce\s+que|tout\s+ce\s+que|quelque\s+chose|un\s+truc|ton|ta|tes)\b"
    r"|\btu\s+veux\s+que\s+je\s+(?:t'\s?|te\s+)(?:achete|offre|paie|paye|envoie)\b"
    r"|\bje\s+te\s+prete\s+ma\s+carte\b"
)
# Round 13. Not to be named at home, adults thinking the worst, what they say stays with the
# writer, never told on anyone, not even their parents will know: "lad være med at nævne mig
# derhjemme", "voksne tror altid det værste", "hvad end du siger bliver hos mig", "jeg har
# aldrig sladret", "ikke engang dine forældre vil finde ud af det".
_NOT_AT_HOME = (
    r"\b(?:lad\s+(?:være|vær|vaere)\s+med\s+at|ikke|ikk|aldrig)\s+(?:at\s+)?nævne\s+mig\b"
    r"|\b(?:don'?t|dont|never)\s+mention\s+me\s+(?:at\s+home|to\s+(?:anyone|your|ur))\b"
    r"|\bne\s+(?:me\s+)?(?:mentionne|cite)\s+(?:pas|jamais)\b"
)
_THINK_THE_WORST = (
    r"\b(?:voksne|folk|andre|forældre|people|ppl|adults|grown\s?ups|parents|les\s+adultes|les\s+gens"
    r"|les\s+parents)\s+(?:\S+\s+)?(?:tror|tænker|think|assume|pensent|imaginent)\s+(?:altid\s+|always\s+"
    r"|toujours\s+)?(?:det\s+værste|the\s+worst|au\s+pire|le\s+pire)\b"
    # Of us, or left there: not "people think the worst of me when im tired".
    r"(?=\s*(?:$|[.!,]|(?:om\s+os|about\s+(?:us|this|it)|of\s+us|de\s+nous|sa|so|donc)\b))"
)
_STAYS_WITH_ME = (
    # What they tell the writer: not "the cold stays with me", "vi bliver hos mig i aften".
    r"\b(?:du\s+siger|du\s+fortæller|siger\s+du)\b[^.!?]{0,30}?\b(?:bliver|forbliver|bli'?r)\s+"
    r"(?:hos\s+mig|mellem\s+os)\b"
    r"|\b(?:you|u)\s+(?:say|tell\s+me)\b[^.!?]{0,30}?\bstays?\s+with\s+me\b"
    r"|\btu\s+(?:me\s+)?dis\b[^.!?]{0,30}?\breste\s+(?:avec\s+moi|entre\s+nous)\b"
    r"|\bjeg\s+har\s+aldrig\s+(?:sladret|fortalt\s+noget\s+videre)\b"
    r"|\bi'?ve\s+never\s+(?:snitched|told\s+on\s+anyone)\b|\bj'\s?ai\s+jamais\s+balance\b"
    rf"|\bikke\s+engang\s+(?:{_THEIR_PARENT})\s+(?:vil|skal|kommer\s+til\s+at|kan)\s+(?:finde\s+ud\s+af|vide"
    r"|opdage|høre)\b"
    rf"|\bnot\s+even\s+(?:{_THEIR_PARENT})\s+(?:will|would|can|gonna)\s+(?:find\s+out|know)\b"
    rf"|\bmeme\s+pas\s+(?:{_THEIR_PARENT})\s+(?:ne\s+)?(?:le\s+)?(?:sauront|saura|vont\s+savoir)\b"
)
# People in general turning odd about it: "people get weird about age differences", "folk
# bliver mærkelige over det", "les gens se font des idées".
_PEOPLE_GET_WEIRD = (
    r"\b(?:people|ppl|others|adults|grown\s?ups|parents)\s+(?:\S+\s+)?(?:get|go|are|act)\s+"
    r"(?:so\s+|really\s+|super\s+|all\s+)?(?:weird|funny|strange|crazy)\s+about\s+(?:it|this|us"
    r"|age|ages|age\s+gaps?|age\s+differences?|stuff\s+like\s+this|online\s+friends)\b"
    r"|\b(?:folk|andre|voksne|forældre)\s+(?:\S+\s+)?(?:bliver|er)\s+(?:sa\s+|helt\s+)?"
    r"(?:mærkelige|underlige|sære|skøre)\s+(?:over|med|omkring)\s+(?:det|sadan\s+noget|alder"
    r"|aldersforskel|os)\b"
    r"|\bles\s+gens\s+(?:se\s+font\s+des\s+idees|deviennent\s+bizarres|sont\s+bizarres)"
    r"\s+(?:avec|sur|pour)\s+(?:ca|l'\s?age|la\s+difference|nous)\b"
)
# A timer that deletes the messages: "turn on the 24h timer", "slå 24-timers timeren til",
# "active le minuteur de 24h".
_TIMER = (
    r"\b(?:turn|set|put|enable|switch|use|slå|sla|sæt|brug|active|activer|mets|met)\s+(?:on\s+)?"
    r"(?:\S+\s+){0,3}?(?:\d+\s*-?\s*(?:h|hr|hrs|hours?|t|timers?|d|days?|dage|dages|j|jours?|min|minutes"
    r"|minutter)\s*-?\s*(?:timer|timeren|minuteur)|(?:message|besked|disappearing)\s*-?\s*timer\w*"
    r"|minuteur\s+de\s+\d+)"
    r"(?!\s*(?:\S+\s+)?(?:for|on|in|til|pa|pour|sur)\s+(?:the|my|a|your|min|mit|din|le|la|mon|ton)\s+"
    r"(?!chat|chatten|messages|beskeder|beskederne|convo|conversation|conv|app|appen|snap|whatsapp)\w+)"
)
# The age of a minor made light of with the saying: "14 is fine, age is just a number".
_AGE_JUST_A_NUMBER = (
    # Their age, not a score: at the start, or after "you're", "du er", "t'as".
    r"(?:^\s*|\b(?:you'?re|youre|ur|u\s+r|you\s+are|du\s+er|er\s+du|t'as|tu\s+as|t'es)\s+)1[0-7]\b",
    _any("age is just a number", "age is only a number", "alder er bare et tal",
         "alder er kun et tal", "l'age c'est qu'un chiffre", "l'age c'est juste un chiffre",
         "l'age n'est qu'un chiffre", "l'age n'est qu'un nombre", "l'age c'est qu'un nombre"),
)  # fmt: skip
# A special bond claimed: "we have a special connection", "vi har en særlig forbindelse", "on
# a une connexion spéciale".
_SPECIAL_BOND = (
    r"\b(?:we\s+(?:have|share|got)|there'?s|theres)\s+(?:such\s+)?(?:a|this)\s+(?:really\s+|real\s+"
    r"|deep\s+)?(?:special|unique|rare)\s+(?:connection|bond)\b(?!\s+(?:with|to)\s+(?!(?:you|u|each\s+other)\b))"
    r"|\bvi\s+har\s+(?:en|sadan\s+en)\s+(?:helt\s+)?(?:særlig|speciel|unik)\s+(?:forbindelse|kemi"
    r"|relation)\b(?!\s+(?:med|til)\s+(?!(?:dig|hinanden)\b))"
    r"|\bon\s+a\s+(?:une\s+|un\s+)?(?:vraie?\s+)?(?:connexion|relation|lien)\s+(?:speciale?|unique"
    r"|particuliere?)\b(?!\s+(?:avec|a)\s+(?!(?:toi|toi\s+et\s+moi)\b))"
)
# A gift or money deserved: "you deserve to be spoiled", "du fortjener at blive forkælet", "tu
# mérites d'être gâtée".
_DESERVE_SPOILING = (
    rf"\b{_YOU}\s+deserve\s+(?:to\s+be\s+)?(?:spoiled|spoilt|pampered|gifts|presents|nice\s+things)\b"
    r"|\bdu\s+fortjener\s+(?:at\s+blive\s+)?(?:forkælet|forkælelse|gaver|noget\s+pænt)\b"
    r"|\btu\s+merites\s+(?:d'\s?etre\s+|qu'on\s+te\s+)?(?:gatee?|choyee?|gate|des\s+cadeaux)\b"
)
# Bought for them, the object first: "dem kan jeg godt købe til dig", "i can buy them for u",
# "je peux te les acheter".
_BUY_THEM_FOR_YOU = (
    r"(?:\b(?:det|dem|den|sadan\s+(?:en|et|nogle))\s+(?:kan|vil|skal|kunne)\s+jeg\s+(?:godt\s+|gerne\s+"
    r"|sagtens\s+|bare\s+)*(?:k[øo]be|give|forære|spendere|betale)\s+(?:til\s+)?dig\b"
    rf"|\b(?:i(?:'ll|ll|\s+will|\s+can|\s+could|\s+would)|let\s+me)\s+(?:totally\s+|easily\s+"
    rf"|happily\s+|gladly\s+|just\s+)?(?:buy|pay\s+for)\s+(?:them|those|it|that|one|these)\s+for\s+{_YOU}\b"
    r"|\bje\s+(?:peux\s+|vais\s+|pourrais\s+|veux\s+)?(?:te\s+les|te\s+la|te\s+le|te\s+l'|t'en)\s*"
    r"(?:acheter|achete|offrir|offre|offrirai|payer|paye|paie|payerai)\b)"
    # Not an errand paid back: "... if you send me the money", "hvis du sender pengene".
    r"(?![^.!?]*\b(?:(?:if|once|when)\s+(?:you|u)\s+(?:send|pay|give|transfer)|hvis\s+du\s+(?:sender|betaler"
    r"|overfører|giver)|si\s+tu\s+(?:me\s+)?(?:rembourses|envoies|paies|donnes)|skriv\s+hvad"
    r"|from\s+the\s+(?:shop|store)|fra\s+(?:bageren|butikken)|a\s+la\s+boulangerie)\b)"
)
# A gift card or in-game money offered with an amount or a brand: "want a £50 amazon gift card?",
# "vil du have et gavekort på 500 kr", "tu veux une carte psn ?".
_CARD_OFFERED = (
    rf"(?:^\s*|\b{_YOU}\s+|\bdo\s+{_YOU}\s+|\bwould\s+{_YOU}\s+)(?:want|wanna|need|like)\s+"
    rf"(?:\S+\s+){{0,3}}?{_GIFT_CARD}"
    rf"|\b(?:vil\s+du\s+have|tu\s+veux|t'en\s+veux|ca\s+te\s+dit)\s+(?:\S+\s+){{0,3}}?{_GIFT_CARD}"
    r"|\b(?:tu\s+veux|vil\s+du\s+have|want|wanna)\s+(?:\S+\s+){0,3}?(?:carte|cartes)\s+(?:psn|steam"
    r"|itunes|amazon|xbox|google\s+play|nintendo|playstation)"
)
# Currency or a card going spare: "i have loads of vbucks i never use", "jeg har et ubrugt
# gavekort", "j'ai une carte psn de 20 € pas utilisée".
_SPARE = (
    rf"\bi\s+(?:have|got|'ve\s+got|ve\s+got)\s+(?:\S+\s+){{0,3}}?(?:{_GIFT_CARD}|skins|coins|gems"
    r"|credits|cards?)\s+(?:(?:that\s+)?i\s+(?:never|don'?t|dont|won'?t|wont|can'?t|cant)\s+use"
    r"|(?:going\s+)?spare|unused|to\s+spare|to\s+give\s+away|left\s+over|lying\s+around)"
    rf"|\bi\s+(?:have|got|'ve\s+got|ve\s+got)\s+(?:a|an|some|loads\s+of|lots\s+of)\s+(?:spare|unused"
    rf"|extra)\s+(?:\S+\s+)?(?:{_GIFT_CARD}|cards?|codes?)"
    rf"|\bjeg\s+har\s+(?:\S+\s+){{0,3}}?(?:{_GIFT_CARD}|skins|coins|gems|point|kort)"
    r"\s+(?:pa\s+\d+\s+(?:kr\s+)?)?(?:som\s+)?"
    r"(?:jeg\s+)?(?:aldrig|ikke)\s+(?:\S+\s+)?bruger"
    rf"|\bjeg\s+har\s+(?:et|en|nogle|masser\s+af|en\s+masse)\s+(?:ubrugte?|ekstra|overskydende)\s+"
    rf"(?:\S+\s+)?(?:{_GIFT_CARD}|kort|koder?)"
    rf"|\bj'ai\s+(?:\S+\s+){{0,3}}?(?:{_GIFT_CARD}|cartes?|skins|credits|codes?)\s+(?:\S+\s+){{0,4}}?"
    r"(?:pas\s+utilisee?s?|inutilisee?s?|que\s+j'\s?utilise\s+(?:pas|jamais)|en\s+trop"
    r"|jamais\s+utilisee?s?)"
)
# A favour as the price: "if u do something for me", "hvis du gør mig en tjeneste", "si tu me
# rends un petit service".
_IF_FAVOUR = (
    rf"\bif\s+{_YOU}\s+(?:do|did|could\s+do|can\s+do|would\s+do)\s+(?:me\s+a\s+(?:little\s+|small\s+)?"
    r"favou?r|(?:something|a\s+(?:little\s+|small\s+)?(?:thing|favou?r))\s+for\s+me)\b"
    r"|\bhvis\s+du\s+(?:gør|gor|vil\s+gøre|kan\s+gøre)\s+(?:mig\s+en\s+(?:lille\s+)?tjeneste"
    r"|(?:noget|en\s+ting|en\s+lille\s+ting)\s+for\s+mig)\b"
    r"|\bsi\s+tu\s+(?:me\s+)?(?:rends|rend|fais|fait)\s+(?:un\s+)?(?:petit\s+)?(?:service|truc\s+pour"
    r"\s+moi|quelque\s+chose\s+pour\s+moi)\b"
)
_GIVEN = (
    r"\b(?:yours|give|send|buy|get|got|have|donne|envoie|offre|achete|file|passe|giver|giv|sender|køber"
    r"|kober|far)\b"
)
# Me as the price: "just be nice to me and it's yours", "you owe me nothing, just a bit of
# attention" (not "just ask and it's yours", "you don't owe me anything, it was nothing").
_THE_PRICE_IS_YOU = (
    r"\b(?:just|only)\s+(?:\S+\s+){0,4}?me\b\S*\s+(?:\S+\s+){0,2}?(?:and|then)\s+(?:it'?s|its|it\s+is"
    r"|they'?re|theyre)\s+(?:all\s+)?yours\b"
    r"|\b(?:bare|kun)\s+(?:\S+\s+){0,4}?mig\b\S*\s+(?:\S+\s+){0,2}?(?:sa\s+er\s+(?:den|det|de)\s+"
    r"(?:din|dit|dine)|og\s+(?:den|det)\s+er\s+(?:din|dit))\b"
    r"|\b(?:juste|seulement)\s+(?:\S+\s+){0,4}?moi\b\S*\s+(?:\S+\s+){0,2}?et\s+(?:c'est|il\s+est"
    r"|elle\s+est)\s+(?:a\s+toi|pour\s+toi)\b"
    rf"|(?:\b{_YOU}\s+(?:don'?t|dont|do\s+not)\s+owe\s+me\s+(?:anything|a\s+thing|nothing)"
    r"|\bdu\s+skylder\s+(?:mig\s+)?(?:ingenting|ikke\s+noget|intet)|\btu\s+(?:ne\s+)?me\s+dois\s+rien)"
    r"\b[^.!?]{0,12}?\b(?:just|only|bare|kun|juste|seulement|sauf)\b"
)
# Not a photo of something else: "of the sunset", "af din hund", "de ton chat".
_OF_YOU_IF_ANY = (
    r"(?!\w)(?!\s+of\s+(?!(?:yourself|you|u)\b))(?!\s+af\s+(?!dig\b))"
    r"(?!\s+(?:de|du|des)\s+(?!toi\b))"
)
# Taking a photo for me, asked: "take a selfie for me", "tag en selfie i spejlet til mig",
# "prends une photo maintenant".
_TAKE_A_PIC = (
    r"(?:^|[.!?,]\s*|\b(?:and|og|et|now|nu|just|bare|juste|pls|please|plz|then|sa|go|quickly"
    r"|hurtigt|vite|allez|could\s+(?:you|u)|can\s+(?:you|u)|kan\s+du|tu\s+peux)\s+)"
    r"(?:take|snap|tag|prends|prend|fais|fait)\s+(?:me\s+)?(?:a|an|one|some|et|en|nogle|une|un|des)\s+"
    r"(?:quick\s+|cute\s+|mirror\s+|new\s+|hurtig\s+|hurtigt\s+|lille\s+|petite?\s+|rapide\s+)?"
    rf"{_PICS}{_OF_YOU_IF_ANY}(?:\s+\S+){{0,3}}?\s+(?:for\s+me|til\s+mig|pour\s+moi|of\s+(?:yourself|you|u)|af\s+dig"
    r"|de\s+toi|now|right\s+now|rn|maintenant|tout\s+de\s+suite|nu|lige\s+nu|i\s+spejlet"
    r"|in\s+the\s+mirror|dans\s+(?:le|ton)\s+miroir|and\s+send|og\s+send|et\s+envoie)\b"
)
# Asking to see a photo, or who they are: "can i see a pic of u", "må jeg se et billede", "je
# peux voir une photo", "j'aimerais voir à qui je parle".
_SEE_A_PIC = (
    rf"\b(?:can|could|may)\s+i\s+(?:see|get|have)\s+(?:a|an|one|some|your|ur|another)\s+(?:\S+\s+)?"
    rf"{_PICS}{_OF_YOU_IF_ANY}"
    rf"|\b(?:ma|kan)\s+jeg\s+(?:se|fa)\s+(?:et|en|nogle|dit|din|dine)\s+(?:\S+\s+)?{_PICS}{_OF_YOU_IF_ANY}"
    rf"|\bje\s+(?:peux|pourrais)\s+(?:voir|avoir)\s+(?:une|des|ta|tes|un)\s+(?:\S+\s+)?{_PICS}"
    rf"{_OF_YOU_IF_ANY}"
    r"|\bsee\s+who\s+(?:i'?m|im|i\s+am)\s+(?:talking|chatting|speaking)\s+(?:to|with)\b"
    r"|\bse\s+hvem\s+jeg\s+(?:snakker|skriver|taler|chatter)\s+med\b"
    r"|\bvoir\s+(?:a|avec)\s+qui\s+je\s+(?:parle|discute|cause|chatte|m'adresse)\b"
)
# A photo of themselves asked: "har du et billede af dig selv?", "got a pic of yourself?".
_PIC_OF_YOURSELF = (
    rf"\b(?:t'as|tu\s+as|as-tu|har\s+du|got|have|(?:do|d)\s+{_YOU}\s+have)\s+(?:une\s+|des\s+|un\s+"
    rf"|et\s+|nogle\s+|en\s+|a\s+|any\s+)?{_PICS}\s+(?:of\s+(?:yourself|you|u)|af\s+dig(?:\s+selv)?"
    r"|de\s+toi(?:\s*-?\s*meme)?)\s*\?"
)
# Whether they use an app: "do u use kik or whatsapp", "bruger du snap", "tu utilises insta ?".
_USES_APP = (
    rf"\b(?:do|d)\s+{_YOU}\s+(?:use|have|got)\s+{_APP}\b|\bbruger\s+du\s+{_APP}\b"
    rf"|\btu\s+(?:utilises|utilise|vas\s+sur)\s+{_APP}\b"
)
# Sending it there: "send den på whatsapp", "envoie sur insta", "send it on snap".
_SEND_IT_THERE = (
    r"\b(?:send|snd|sende|envoie|envoies|envoyer|balance|drop)\s*(?:-?\s*(?:la|le|les|moi|la\s*-?\s*moi"
    r"|le\s*-?\s*moi|it|them|mig|den|det|dem)\s+|\s+)(?:(?:it|them|den|det|dem|ca|one|to\s+me|me)\s+)?"
    rf"(?:on|pa|sur|via|over|thru|through|in)\s+{_APP}\b"
)
# A group or server on an app for a chosen few: "i have a private discord server just for
# special people", "en gruppe på discord kun for dem jeg kan lide", "un serveur privé".
_CHOSEN_GROUP = (
    r"\b(?:private|secret|exclusive|privat|hemmelig|prive|privee|secrete?)\s+(?:\S+\s+)?(?:server|group"
    r"|gc|groupchat|group\s+chat|gruppe|gruppechat|serveur|groupe)\b"
    r"|\b(?:server|group|gc|groupchat|gruppe|gruppechat|serveur|groupe)\s+(?:\S+\s+)?(?:private|privat"
    r"|prive|privee|secret|hemmelig|secrete?)\b"
    r"|\b(?:server|group|gc|groupchat|gruppe|gruppechat|serveur|groupe)\s+(?:\S+\s+){0,3}?(?:just|only"
    r"|kun|bare|juste|seulement|que)\s+(?:for|til|pour)\s+(?:special|chosen|certain|the\s+ones|dem"
    r"|de\s+jeg|særlige|udvalgte|ceux|celles|les\s+gens\s+que|des\s+gens|people\s+i|ppl\s+i)"
)
# A reason to move: photos do not work here.
_PICS_FAIL_HERE = (
    rf"\b{_PICS}\s+(?:don'?t|dont|doesn'?t|doesnt|won'?t|wont|can'?t|cant)\s+(?:\S+\s+)?(?:work|load"
    r"|send|go\s+through)\s+(?:on\s+|in\s+)?here\b"
    rf"|\b(?:her|herinde)\s+virker\s+{_PICS}\s+(?:ikke|ik)\b|\b{_PICS}\s+virker\s+(?:ikke|ik)\s+(?:her"
    r"|herinde)\b"
    rf"|\b{_PICS}\s+(?:ne\s+)?(?:marchent|marche|passent|passe)\s+pas\s+ici\b"
    rf"|\bici\s+(?:les\s+)?{_PICS}\s+(?:ne\s+)?(?:marchent|passent)\s+pas\b"
)
# Their number asked so as to text them: "give me ur number and ill text u", "så skriver jeg
# til dig", "je t'écris".
_TEXT_YOU = (
    r"\b(?:number|nummer|numero|num|nr|tlf|phone|06)\b",
    rf"\b(?:i'?ll|ill|i\s+will|i\s+can|so\s+i\s+can|and\s+i'?ll)\s+(?:text|call|ring|sms|message"
    rf"|whatsapp)\s+{_YOU}\b"
    r"|\b(?:sa|og)\s+(?:skriver|ringer|sms'?er|smser)\s+jeg\b"
    r"|\bje\s+(?:t'\s?|te\s+)(?:ecris|ecrirai|appelle|appellerai|envoie\s+un\s+(?:sms|texto|message))",
)
# Talking there, the app named before: "we could chat there", "vi kan skrive derinde".
_TALK_THERE = (
    r"\b(?:we|vi|on)\s+(?:could|can|kan|kunne|peut|pourrait)\s+(?:\S+\s+)?(?:chat|talk|text|skrive"
    r"|snakke|chatte|parler|discuter)\s+(?:there|over\s+there|derinde|derovre|la-bas|la\s+bas)\b"
    r"(?=\s*(?:$|[^\w\s]|(?:where|instead|more|privately|alone|without|hvor|i\s+stedet|alene|uden"
    r"|ou|plutot|tranquille|tranquilles|seuls?)\b))"
)
# Unbothered there: "where no one bugs us", "ingen forstyrrer os", "personne nous dérange".
_UNBOTHERED = (
    # Where we would talk: "there where no one bugs us", "on snap nobody bothers us".
    rf"(?:\b(?:where|there|over\s+there|der|derinde|derovre|hvor|la-bas|la\s+bas|ou)\s+"
    rf"|\b(?:on|pa|sur)\s+{_APP}\s+)(?:"
    r"\b(?:no\s+one|nobody|noone)\s+(?:can\s+|will\s+|gonna\s+|ever\s+)?(?:bugs?|bothers?|disturbs?"
    r"|interrupts?|annoys?)\s+us\b"
    r"|\bingen\s+(?:der\s+)?(?:kan\s+|vil\s+)?(?:forstyrrer|forstyrre|generer|genere)\s+os\b"
    r"|\bpersonne\s+(?:ne\s+)?(?:peut\s+|va\s+)?nous\s+(?:derange|deranger|embete|embeter|saoule)\b)"
)
# Anyone at all can read here: "her kan hvem som helst læse med", "ici n'importe qui peut lire".
_ANYONE_READS = (
    r"\bhvem\s+som\s+helst\s+(?:kan\s+)?(?:læse|se)\b|\bkan\s+hvem\s+som\s+helst\s+(?:læse|se)\b"
    r"|\bn'\s?importe\s+qui\s+(?:peut|pourrait|peux)\s+(?:lire|voir)\b"
    r"|\b(?:anyone|anybody)\s+at\s+all\s+can\s+(?:read|see)\b"
)

# A surprise for someone else, the commonest innocent secret: "we're throwing a surprise party
# for my sister", "vi holder en overraskelsesfest for min mor", "on prépare une fête surprise".
SURPRISE_WORDS = frozenset(
    {"surprise", "surprises", "overraskelse", "overraskelsen", "overraskelsesfest", "overraske"}
)
SURPRISE = (
    r"\bsurprise\s+(?:party|birthday|bday|dinner|trip|visit)\b"
    r"|\b(?:throwing|planning|organi[sz]ing|making|preparing)\s+(?:a|her|him|them|his)\s+(?:\S+\s+)?"
    r"surprise\b"
    r"|\bsurprise\s+(?:\S+\s+)?for\s+(?:my|her|his|our|their|\w+'s)\b"
    r"|\boverraskelsesfest\b|\boverraske\s+(?:min|mit|mine|hende|ham|dem|vores|mor|far)\b"
    r"|\boverraskelse\s+(?:til|for)\s+(?:min|mit|mine|hende|ham|dem|vores)\b"
    r"|\b(?:fete|soiree|anniversaire)\s+surprise\b"
    r"|\bsurprise\s+(?:pour|a)\s+(?:ma|mon|mes|sa|son|ses|notre|nos|leur)\b"
)

# Their age said back to them for confirmation: "so u said ur 15 right", "you were 14 right?",
# "du er 15 ikke?", "t'as 14 ans non ?" (a question: not "you're 15 and you beat me lol").
_AGE_CONFIRMED = (
    rf"\b(?:{_YOU}\s+(?:said\s+)?(?:(?:you'?re|youre|ur|u\s+r|you\s+are|you\s+were|u\s+were)\s+)?"
    r"|(?:you'?re|youre|ur|u\s+r|you\s+are|you\s+were|u\s+were)\s+)(?:only\s+|just\s+)?1[0-7]\s*"
    r"(?:,\s*)?(?:right|correct|yeah|yh|ya|yea|innit|no)\s*\?*\s*$"
    r"|\b(?:du\s+er|du\s+var|du\s+sagde\s+(?:at\s+)?du\s+(?:er|var))\s+(?:kun\s+|bare\s+)?1[0-7]"
    r"(?:\s+ar)?\s*,?\s*(?:ikke|ik|ikk|rigtigt|right|ja)\s*\?+"
    r"|\b(?:t'as|tu\s+as|ta|tu\s+m'as\s+dit\s+que\s+t'avais|t'avais)\s+(?:que\s+|seulement\s+)?1[0-7]"
    r"\s*ans\s*,?\s*(?:non|hein|c'est\s+ca|c\s+ca|right|oui)\s*\?+"
)
# Praised as clever, grown or pretty for their young age: "du virker meget klog for en på 15",
# "tu es très intelligente pour une fille de 13 ans", "so mature for a 14 year old", "13 and
# already this pretty".
_FOR_A_YOUNG_AGE = (
    r"\b(?:for|pour|til|af)\s+(?:a|an|en|et|une?|quelqu'\s?un|someone)\s+"
    r"(?:(?:girl|boy|kid|pige|dreng|fille|garcon|gamine)\s+)?(?:of\s+|pa\s+|de\s+|who'?s\s+)?"
    r"1[0-7]\s*(?:-?\s*(?:year|yr)s?\s*-?\s*old|ans|ar(?:ig)?|-arig|årig|arig)?\b"
    r"(?!\s*(?:ans|year|yr|ar)\b)"
)
_ALREADY_SO = r"^\s*1[0-7]\s+(?:and|og|et)\s+(?:already|allerede|deja)\s+(?:this|so|sa|si|aussi)\s+"
# Said to them: not "he's smart for a 15 year old".
_TO_YOU = r"\b(?:you|u|ur|you'?re|youre|du|dig|tu|toi)\b|\bt'"
_CLEVER = _words(_any(
    "smart", "clever", "mature", "grown up", "pretty", "beautiful", "gorgeous", "intelligent",
    "wise", "klog", "moden", "voksen", "smuk", "pæn", "sød", "intelligente?", "mure", "belle",
    "jolie", "mignonne", "maline?", "ecris tres bien", "skriver godt", "writes? so well",
))  # fmt: skip
# Smarter than their teachers or parents think: "t'es bien plus intelligente que ce que tes profs
# pensent", "you're smarter than your teachers think", "du er klogere end dine lærere tror".
_SMARTER_THAN_THEY_THINK = (
    r"\b(?:smarter|cleverer|more\s+mature|klogere|modnere|plus\s+intelligente?|plus\s+mature)\s+"
    r"(?:than|end|que)\s+(?:ce\s+que\s+)?(?:your|ur|dine|din|tes|ta|ton)\s+\w+\s+"
    r"(?:thinks?|think|give\s+you\s+credit|tror|synes|pensent|pense|croient|croit)\b"
)
# Older, and it feels like being their age: "avec toi j'ai l'impression d'avoir ton âge", "with
# you i feel your age", "med dig føler jeg mig på din alder"; "you understand me better than
# people my own age".
_SAME_AGE_WITH_YOU = (
    r"\bavec\s+toi\s+(?:j'ai\s+l'impression\s+d'avoir|je\s+me\s+sens\s+comme\s+si\s+j'avais)\s+ton\s+age\b"
    r"|\bwith\s+(?:you|u)\s+i\s+feel\s+(?:like\s+i'?m\s+)?(?:your|ur)\s+age\b"
    r"|\bmed\s+dig\s+føler\s+jeg\s+mig\s+(?:som\s+)?(?:pa\s+din\s+alder|pa\s+din\s+egen\s+alder)\b"
    r"|\b(?:you|u|du|tu)\s+(?:understand|get|forstar|forstår|me\s+comprends|comprends)\s+"
    r"(?:me|mig|moi\s+)?\s*(?:so\s+much\s+|meget\s+|bien\s+|way\s+)?(?:better|bedre|mieux)\s+"
    r"(?:than|end|que)\s+(?:\S+\s+){0,2}?(?:my|min|mon|ma|de\s+mon)\s+(?:own\s+|egen\s+)?(?:age|alder)\b"
    r"|\b(?:you'?re|ur|you\s+are)\s+(?:kinda\s+|really\s+|so\s+)?special\s+to\s+me\b"
    r"|\bdu\s+betyder\s+(?:virkelig\s+)?(?:noget|meget)\s+(?:særligt\s+)?for\s+mig\b"
    r"|\btu\s+comptes\s+(?:vraiment\s+)?(?:beaucoup\s+)?pour\s+moi\b"
)
# Seeming older than they are, said to them: "you honestly seem older", "du virker ældre", "tu
# fais plus vieille" (the whole clause).
_SEEM_OLDER = (
    r"\b(?:you|u)\s+(?:\S+\s+)?(?:seem|look|sound|act)\s+(?:so\s+|way\s+|much\s+)?older"
    r"(?:\s+(?:fr|tbh|lol|honestly|ngl|tho|though))?\s*[!.]*\s*$"
    r"|\bdu\s+(?:\S+\s+)?(?:virker|ser|lyder)\s+(?:meget\s+|langt\s+)?ældre(?:\s+ud)?\s*[!.]*\s*$"
    r"|\btu\s+(?:fais|parais|sembles)\s+(?:bien\s+|beaucoup\s+)?plus\s+(?:vieille|vieux|agee|grande)"
    r"\s*[!.]*\s*$"
)
# Wanting to see what they look like: "i'd love to see what you look like", "jeg vil gerne se
# hvordan du ser ud", "je voudrais savoir à quoi tu ressembles"; a photo that need not show the
# face: "pas forcément de ton visage", "doesn't have to be your face", "ikke nødvendigvis dit
# ansigt"; more of them shown: "så kan du vise mig lidt mere", "show me a bit more".
_SEE_WHAT_YOU_LOOK_LIKE = (
    rf"\b(?:see|know|picture)\s+what\s+{_YOU}\s+look\s+like\b"
    r"|\bse\s+hvordan\s+du\s+ser\s+ud\b"
    r"|\b(?:savoir|voir)\s+(?:a\s+quoi|comment)\s+tu\s+ressembles?\b"
    r"|\b(?:not|doesn'?t\s+have\s+to\s+be|no\s+need\s+for)\s+(?:necessarily\s+)?(?:your|ur)\s+face\b"
    r"|\b(?:ikke|behøver\s+ikke\s+(?:at\s+)?(?:være|vise))\s+(?:nødvendigvis\s+)?(?:dit\s+ansigt)\b"
    r"|\bpas\s+(?:forcement|obligatoirement|besoin)\s+(?:de\s+|que\s+ce\s+soit\s+)?ton\s+visage\b"
    rf"|\bshow\s+me\s+(?:a\s+(?:bit|little)\s+|some\s+)?more(?:\s+of\s+{_YOU})?\s*[!.😊😉😏]*\s*$"
    r"|\bvis(?:e)?\s+mig\s+(?:lidt\s+|noget\s+)?mere(?:\s+af\s+dig)?\s*\S{0,2}\s*$"
    r"|\bm'en\s+montrer\s+(?:un\s+peu\s+)?plus\b|\bmontre\s*-?\s*m'en\s+(?:un\s+peu\s+)?plus\b"
    r"|\bthe\s+ones\s+(?:you|u)\s+(?:don'?t|dont|never)\s+post\b"
    r"|\bdem\s+du\s+(?:ikke|aldrig)\s+(?:poster|lægger\s+op)\b"
    r"|\bcelles\s+que\s+tu\s+(?:ne\s+)?(?:postes|publies|montres)\s+(?:pas|jamais)\b"
)
# Moving with a reason or a promise to meet there: "take it over on signal", "on continuera sur
# whatsapp", "there's an app ... way better than this", "download it tonight and I'll find you
# on there", "je te donne mon identifiant quand tu l'as installée", "on y serait plus à l'aise",
# "pics don't work on this site", "dm me some pics over there".
_TAKE_IT_OVER = (
    rf"\b(?:tage|tager|ta|tag)\s+(?:den|det|snakken|samtalen|chatten)\s+(?:over\s+)?(?:pa|til)\s+{_APP}\b"
    rf"|\b(?:take|move)\s+(?:this|it|the\s+chat|our\s+chat)\s+(?:over\s+)?(?:to|on|onto)\s+{_APP}\b"
    rf"|\bon\s+(?:continuera|continuerait|se\s+parlera|parlera|discutera|ecrira|passera|passe)\s+"
    rf"(?:plutot\s+|tranquille\s+)?(?:sur|via)\s+{_APP}\b"
)
_APP_INSTALLED = (
    r"\b(?:i'?ll|ill|i\s+will|i\s+can)\s+(?:find|add|message|text)\s+(?:you|u)\s+(?:on\s+there|there)\b"
    r"|\b(?:i'?ll|ill)\s+walk\s+(?:you|u)\s+through\s+(?:setting\s+it\s+up|installing|getting\s+it)\b"
    r"|\bquand\s+tu\s+(?:l'as|l'auras|auras)\s+(?:installee?|telechargee?)\b"
    r"|\b(?:nar|når)\s+du\s+har\s+(?:hentet|installeret|downloadet)\s+(?:den|det|appen)\b"
    r"|\b(?:when|once)\s+(?:you'?ve|you\s+have|u\s+have|you)\s+(?:installed|downloaded|got)\s+it\b"
    r"|\b(?:an|another)\s+app\s+(?:\S+\s+){0,6}?(?:way\s+|much\s+|so\s+)?better\s+than\s+(?:this|here)\b"
    r"|\b(?:en|anden)\s+app\s+(?:\S+\s+){0,6}?(?:meget\s+|langt\s+)?bedre\s+end\s+(?:det\s+her|her)\b"
    r"|\bune\s+(?:autre\s+)?appli(?:cation)?\s+(?:\S+\s+){0,6}?(?:bien\s+|beaucoup\s+)?mieux\s+qu'?\s*ici\b"
    r"|\b(?:on\s+y\s+serait|on\s+serait\s+(?:la-bas|la\s+bas))\s+(?:bien\s+)?plus\s+(?:a\s+l'aise|tranquilles?)\b"
    r"|\b(?:we'?d|we\s+would)\s+be\s+(?:much\s+)?more\s+comfortable\s+(?:there|on\s+there|on\s+it)\b"
    r"|\bder\s+ville\s+vi\s+(?:have\s+det\s+)?(?:mere\s+)?(?:rart|trygt|i\s+fred)\b"
)
_APP_THEN_MORE = (
    rf"\b(?:got|have|has|har\s+du|t'as|tu\s+as)\s+{_APP}\s*\?",
    r"\b(?:then|so)\s+(?:you|u)\s+can\s+show\s+me\s+(?:a\s+bit\s+|some\s+)?more\b"
    r"|\bsa\s+kan\s+du\s+vise\s+mig\s+(?:lidt\s+|noget\s+)?mere\b"
    r"|\b(?:comme\s+ca|alors)\s+tu\s+(?:peux|pourras)\s+m'en\s+montrer\s+(?:un\s+peu\s+)?plus\b"
    r"|\b(?:wanna|want\s+to)\s+see\s+more\s+of\s+(?:you|u)\b",
)
_PICS_OVER_THERE = (
    rf"\b(?:dm|send|snd|text|msg)\s+me\s+(?:some\s+|a\s+few\s+|more\s+)?(?:\S+\s+)?{_PICS}\s+"
    r"(?:over\s+there|on\s+there|there)\b"
    rf"|\bsend\s+(?:mig\s+)?(?:nogle\s+)?{_PICS}\s+(?:derinde|derovre)\b"
    rf"|\benvoie\s*-?\s*moi\s+(?:des\s+|quelques\s+)?{_PICS}\s+(?:la-bas|la\s+bas|dessus)\b"
    rf"|\b{_PICS}\s+(?:don'?t|dont|doesn'?t|won'?t|wont|can'?t|cant)\s+(?:\S+\s+)?(?:work|load|send)\s+"
    r"(?:on|in)\s+this\s+(?:site|app|chat|page)\b"
)
# Hidden chats and messages that go of themselves: "an app with a hidden chat mode", "hemmelige
# chats", "les messages partent tout seuls au bout de 24h", "il ne reste aucune trace de nous".
_LEAVES_NO_TRACE = (
    r"\b(?:hidden\s+(?:chats?|folder)|secret\s+chat\s+(?:mode|feature|function))\b"
    r"|\b(?:skjult|skjulte)\s+(?:chat|chats|mappe)\b"
    r"|\b(?:dossier|conversations?|discussions?)\s+(?:cachee?s?)\b"
    r"|\b(?:messages|beskeder|beskederne|msgs)\s+(?:partent|s'en\s+vont|disappear|go\s+away|forsvinder)\s+"
    r"(?:tout\s+seuls|by\s+themselves|on\s+their\s+own|af\s+sig\s+selv|automatically|automatiquement)\b"
    r"|\b(?:aucune|pas\s+de)\s+traces?\s+(?:de\s+nous|de\s+nos|de\s+ce\s+qu)"
    r"|\b(?:no|zero)\s+trace\s+of\s+(?:us|this|what\s+we)\b"
    r"|\bingen\s+spor\s+(?:af\s+os|af\s+det\s+her|efter\s+os)\b"
)
# Throwing away what was kept: "get rid of the messages", "smide de screenshots ud", "tømme din
# browserhistorik"; "jette les captures".
_THROW_AWAY = (
    rf"\bget\s+rid\s+of\s+(?:\S+\s+){{0,2}}?(?:{_TRACES}|screenshots?|screenshot)\b"
    r"|\bsmid(?:e|er)?\s+(?:de\s+|dine\s+|alle\s+)?(?:screenshots|skærmbilleder|beskeder|beskederne"
    r"|billeder|billederne)\s+(?:\S+\s+){0,4}?ud\b"
    r"|\b(?:tømme|tøm|tømmer|rydde|ryd|rense|rens)\s+(?:din\s+|dit\s+)?(?:browserhistorik\w*|historik\w*"
    r"|browser\w*|søgehistorik\w*)\b"
    r"|\bjette\s+(?:les\s+|tes\s+)?(?:captures|screens|messages)\b"
    r"|\bno\s+screenshots?\s*(?:$|[.!,]|(?:ok|okay|pls|please|either)\b)"
)
# Out of sight when they come: "when ur dad gets back just flip to another tab", "passe en mode
# invité quand ils sont dans le coin", "skift til en anden fane når din far kommer".
_SWITCH_AWAY = (
    r"\b(?:flip|switch|go|change|skift|hop|passe|bascule|change)\s+(?:over\s+)?(?:to|til|en|sur)\s+"
    r"(?:another|a\s+different|an\s+other|en\s+anden|et\s+andet|un\s+autre|une\s+autre)?\s*"
    r"(?:tab|window|app|fane|vindue|onglet|fenetre|guest\s+mode|gæstetilstand|mode\s+invite"
    r"|mode\s+prive|incognito)\b",
    r"\b(?:when|if|once|whenever|nar|hvis|quand|si|des\s+que|lorsque)\s+(?:\S+\s+){0,2}?"
    r"(?:gets?\s+back|comes?\s+(?:home|in|back)|around|kommer|er\s+i\s+nærheden|(?:sont|est)\s+"
    r"(?:dans\s+le\s+coin|la|pas\s+loin)|rentre|rentrent|arrive|arrivent)\b",
)
# Not to tell them about me: "fortæl ikk din mor og far om mig", "tu ne leur en parles pas",
# "don't tell them about me", "sig det ikke til dem".
_NOT_TO_THEM = (
    r"\bfortæl\s+(?:ikke|ikk|ik|aldrig)\s+(?:\S+\s+){0,4}?om\s+(?:mig|os|det\s+her)\b"
    r"|\b(?:tu\s+)?(?:ne\s+)?leur\s+(?:en\s+)?(?:parles|parle|dis)\s+(?:pas|rien|jamais)\b"
    r"|\b(?:don'?t|dont|never)\s+tell\s+(?:them|her|him|your\s+\w+|ur\s+\w+)\s+(?:\S+\s+){0,2}?about\s+"
    r"(?:me|us)\b"
    r"|\bsig\s+det\s+(?:ikke|ikk|aldrig)\s+til\s+dem\b|\bfortæl\s+dem\s+det\s+(?:ikke|ikk|aldrig)\b"
)
# Nobody else to know of it, in the other order: "det vi har gang i skal ingen andre kende til",
# "what we say here stays with you and me", "ce qu'on vit c'est rien qu'à nous deux".
_ONLY_OURS = (
    r"\bskal\s+ingen\s+(?:andre\s+)?(?:kende\s+til|vide|høre\s+om|vide\s+noget\s+om)\b"
    r"|\bstays?\s+(?:\S+\s+)?(?:with|between)\s+(?:you\s+and\s+me|u\s+and\s+me|me\s+and\s+(?:you|u)"
    r"|the\s+two\s+of\s+us)\b"
    r"|\b(?:c'est|c\s+est|c)\s+(?:rien\s+qu'|juste\s+|seulement\s+)a\s+nous\s+deux\b"
    r"|\bkun\s+(?:vores|for\s+os\s+to)\s*\S{0,2}\s*$|\bonly\s+ours\b|\brien\s+qu'a\s+nous\b"
    # "det er kun mig og dig", "it's only you and me", "c'est que toi et moi".
    r"|\b(?:det\s+er|det\s+bliver)\s+(?:kun|bare)\s+(?:mig\s+og\s+dig|dig\s+og\s+mig|os\s+to)\s*\S{0,2}\s*$"
    r"|\b(?:it'?s|its|it\s+is)\s+(?:only|just)\s+(?:you\s+and\s+me|u\s+and\s+me|me\s+and\s+(?:you|u)"
    r"|us\s+two)\s*\S{0,2}\s*$"
    r"|\bc'est\s+(?:que|juste|seulement)\s+(?:toi\s+et\s+moi|nous\s+deux)\s*\S{0,2}\s*$"
    r"|^\s*(?:lad\s+os|let'?s|lets|on\s+fait)\s+(?:lave\s+|make\s+|un\s+|une\s+)?(?:en\s+|a\s+)?"
    r"(?:aftale|deal|pact|pacte|marche)\s*[!.]*\s*$"
    r"|\b(?:notre|vores|our)\s+(?:petit|lille|little)\s+(?:arrangement|accord|ordning)\b"
)
# Whether the parents see the phone: "can your parents see your messages on that phone?", "tes
# parents fouillent dans ton téléphone ?"; home alone: "r u home by urself rn".
_PARENTS_SEE_PHONE = (
    rf"\b(?:can|could|do|does)\s+(?:{_THEIR_PARENT})\s+(?:\S+\s+)?(?:see|read|check)\s+{_THEIR_PHONE}"
    rf"|(?:{_THEIR_PARENT})\s+(?:te\s+)?(?:fouillent|fouille|regardent|regarde|lisent|checkent)\s+"
    rf"dans\s+{_THEIR_PHONE}"
    rf"|\bkan\s+(?:{_THEIR_PARENT})\s+(?:\S+\s+)?(?:se|læse)\s+{_THEIR_PHONE}"
    rf"|\b(?:are|r)\s+{_YOU}\s+home\s+by\s+(?:ur|your)self\b"
    r"|\b(?:t'es|tu\s+es)\s+toute?\s+seule?\s+(?:chez\s+toi|a\s+la\s+maison)\b"
)
# Money sent by a payment app: "jeg kan overføre det på mobilepay", "i can send it on paypal",
# "je te l'envoie sur lydia"; favours in return: "tu me rendrais juste quelques petits
# services", "til gengæld vil jeg bare have lidt opmærksomhed fra dig".
_PAID_BY_APP = (
    r"\b(?:overføre|overfører|sende|sender)\s+(?:dig\s+)?(?:det|pengene|beløbet)\s+(?:til\s+dig\s+)?"
    r"(?:pa|via|over)\s+(?:mobilepay|mobile\s+pay|paypal|revolut)\b"
    r"|\b(?:send|transfer|pay)\s+(?:you\s+|u\s+)?(?:it|the\s+money)\s+(?:on|via|through|over)\s+"
    r"(?:paypal|venmo|cash\s?app|revolut|zelle)\b"
    r"|\b(?:te\s+l'|te\s+les\s+)(?:envoie|envoyer|vire|virer)\s+(?:sur|via|par)\s+(?:lydia|paypal|revolut)\b"
)
# ... said to cost the giver nothing: "det er ingenting for mig", "it's nothing to me", "c'est rien
# pour moi" (not a debt paid back).
_NOTHING_TO_ME = (
    r"\b(?:ingenting|intet)\s+for\s+mig\b|\bnothing\s+(?:for|to)\s+me\b|\brien\s+pour\s+moi\b"
    r"|\b(?:my\s+treat|on\s+me|min\s+gave|mon\s+cadeau|c'est\s+cadeau)\b"
)
_FAVOURS_BACK = (
    r"\b(?:tu\s+)?me\s+rendrais\s+(?:juste|simplement|seulement)\s+(?:quelques|des)\s+"
    r"(?:petits\s+)?services\b"
    r"|\btil\s+gengæld\s+(?:vil|skal|ville)\s+jeg\s+(?:bare\s+|kun\s+)?(?:have|bede\s+om)\b"
    r"|\bin\s+return\s+i\s+(?:just\s+|only\s+)?(?:want|need|ask)\b"
    r"|\ben\s+(?:echange|retour)\s+je\s+(?:veux|voudrais|demande)\s+(?:juste|seulement)\b"
    r"|\b(?:you'?d|you\s+would|u\s+would)\s+(?:just\s+)?(?:do|owe)\s+me\s+(?:a\s+few\s+|some\s+)?"
    r"(?:little\s+)?favou?rs\b"
)
# So that nobody misreads it: "just so nobody gets the wrong idea about us", "så ingen får det
# forkerte indtryk", "pour que personne se fasse des idées"; their friends would not get it.
_SO_NO_WRONG_IDEA = (
    r"\bso\s+(?:that\s+)?(?:nobody|no\s+one|noone)\s+gets\s+the\s+wrong\s+idea\b"
    r"|\bsa\s+ingen\s+far\s+(?:det\s+)?(?:forkerte\s+indtryk|forkerte\s+ideer|en\s+forkert\s+ide)\b"
    r"|\bpour\s+que\s+personne\s+(?:ne\s+)?se\s+fasse\s+des\s+idees\b"
)
_FRIENDS_WOULD_NOT_GET = (
    r"\b(?:your|ur|dine|tes)\s+(?:friends|mates|venner|veninder|potes|amis|copines|copains)\s+"
    rf"(?:\S+\s+){{0,2}}?(?:{_WOULD_NOT_GET}|{_MISUNDERSTAND})"
)


# Whether their parents let them talk to people online: "do ur parents let u talk to people
# online?", "må du godt snakke med fremmede på nettet for dine forældre?", "tes parents te
# laissent parler à des gens sur internet ?".
_PARENTS_LET_YOU = (
    rf"\b(?:do|does|would)\s+(?:{_THEIR_PARENT})\s+(?:\S+\s+)?(?:let|allow)\s+{_YOU}\s+(?:to\s+)?"
    r"(?:talk|chat|speak|text)\s+(?:to|with)\s+(?:people|strangers|guys|men|others)\b"
    r"|\b(?:ma|må)\s+du\s+(?:godt\s+|gerne\s+)?(?:snakke|skrive|chatte)\s+med\s+(?:fremmede|folk|andre)"
    rf"\s+(?:\S+\s+){{0,3}}?for\s+(?:{_THEIR_PARENT})"
    rf"|(?:{_THEIR_PARENT})\s+te\s+laissent\s+(?:parler|discuter|ecrire|tchatter)\s+(?:a|avec)\s+"
    r"(?:des\s+gens|des\s+inconnus|des\s+mecs|d'autres)\b"
)
# What they would do if they knew, said of their phone: "they'd confiscate your phone", "de ville
# bare konfiskere din mobil", "ils te confisqueraient ton portable", "they'd take your phone".
_THEY_WOULD_TAKE_IT = (
    r"\b(?:they'?d|they\s+would|she'?d|he'?d|she\s+would|he\s+would|they'?ll|they\s+will)\s+"
    rf"(?:just\s+|prob(?:ably)?\s+)?(?:confiscate|take)\s+{_THEIR_PHONE}"
    r"|\b(?:de|han|hun)\s+(?:ville|vil)\s+(?:bare\s+|nok\s+)?(?:konfiskere|tage)\s+"
    rf"{_THEIR_PHONE}"
    r"|\b(?:ils|elle|il)\s+(?:te\s+)?(?:confisqueraient|confisquerait|prendraient|prendrait)\s+"
    rf"{_THEIR_PHONE}"
)
# What we talk about made out to be adult: "the stuff we talk about is kinda grown-up", "det vi
# snakker om er lidt voksent", "ce qu'on se dit c'est des trucs d'adultes".
_GROWN_UP_TALK = (
    r"\b(?:the\s+)?(?:stuff|things|what)\s+(?:that\s+)?we\s+(?:talk\s+about|say|do|share)\s+"
    r"(?:is|are|'s)\s+(?:kinda\s+|kind\s+of\s+|a\s+bit\s+|pretty\s+|very\s+)?"
    r"(?:grown-?\s?up|adult|mature|for\s+adults)\b"
    r"|\b(?:det|de\s+ting)\s+vi\s+(?:snakker\s+om|skriver\s+om|laver)\s+er\s+(?:lidt\s+|ret\s+)?"
    r"(?:voksent|voksen|voksenting|for\s+voksne)\b"
    r"|\bce\s+(?:qu'on|que\s+nous)\s+(?:se\s+dit|fait|vit|partage)\s+(?:c'est|est)\s+(?:un\s+peu\s+)?"
    r"(?:des\s+trucs\s+|des\s+choses\s+)?(?:d'adultes?|pour\s+les\s+(?:grands|adultes))\b"
)
# Not here, because of who else is here: "not here, too many weirdos", "men ikke her, der er alt
# for mange mærkelige folk", "pas ici, y a trop de gens bizarres".
_NOT_HERE = (
    r"\b(?:not|but\s+not)\s+(?:on\s+)?here\s*[,.:;-]?\s+(?:there'?s|theres|there\s+are|too)\s+"
    r"(?:way\s+|so\s+)?(?:too\s+)?many\s+(?:(?:weird|creepy|strange|random)\s+(?:people|guys)"
    r"|weirdos|creeps|randoms)\b"
    r"|\bikke\s+her(?:inde)?\s*[,.:;-]?\s+(?:der\s+er\s+)?(?:alt\s+)?for\s+mange\s+"
    r"(?:(?:mærkelige|underlige|creepy|sære|fremmede)\s+(?:folk|mennesker|typer)|creeps|tosser)\b"
    r"|\bpas\s+ici\s*[,.:;-]?\s+(?:il\s+)?(?:y\s+a|ya)\s+trop\s+de\s+(?:(?:gens|mecs|types)\s+"
    r"(?:bizarres|chelous|louches)|relous|tares)\b"
)


# Round 17. A picture kept to oneself: "i won't show it to anyone", "jeg viser den ikke til
# nogen", "je la garderai pour moi"; nobody knowing they talk: "der er ikke nogen der ved vi
# skriver", "nobody knows we're talking"; not to be talked of at home, and the parents' view
# made out as odd: "ikke snakke om det her derhjemme", "your parents would think it's weird".
_KEPT_TO_MYSELF = (
    r"\b(?:i\s+)?(?:won'?t|wont|will\s+not|will\s+never|would\s+never|never\s+gonna)\s+show\s+"
    r"(?:it|them|that|the\s+(?:pic|pics|picture|photo|video|vid))\s+to\s+(?:anyone|anybody|no\s*one)\b"
    r"|\bjeg\s+viser\s+(?:den|det|dem|billedet|videoen)\s+(?:ikke|ikk|aldrig)\s+(?:til\s+)?(?:nogen|andre)\b"
    r"|\bje\s+(?:la|le|les)\s+(?:garderai|garde)\s+pour\s+moi\b"
    r"|\bje\s+(?:la|le|les)\s+(?:montrerai|montre)\s+a\s+personne\b"
)
_NOBODY_KNOWS_WE_TALK = (
    r"\b(?:der\s+er\s+)?(?:ikke\s+nogen|ingen)\s+(?:(?:der|som)\s+)?ved\s+(?:at\s+)?vi\s+(?:skriver|snakker"
    r"|chatter)\b"
    r"|\b(?:nobody|no\s+one|noone)\s+knows\s+(?:that\s+)?we(?:'re|\s+are|re)?\s+(?:talk|talking|chat"
    r"|chatting|texting)\b"
    r"|\bpersonne\s+(?:ne\s+)?sait\s+(?:qu'on|que\s+(?:nous|on))\s+(?:se\s+parle|parle|discute"
    r"|s'ecrit|tchatte)\b"
    # Talking without anyone reading: "on peut parler sans que personne lise" (not "i snuck
    # out without anyone knowing").
    r"|\b(?:parler|discuter|ecrire|tchatter|s'ecrire)\s+(?:\S+\s+){0,3}?sans\s+que\s+personne\s+"
    r"(?:ne\s+)?(?:lise|voie|sache)\b"
    r"|\b(?:talk|chat|text|write)\s+(?:\S+\s+){0,3}?without\s+(?:anyone|anybody)\s+(?:reading|seeing"
    r"|knowing)\b"
    r"|\b(?:snakke|skrive|chatte)\s+(?:\S+\s+){0,3}?uden\s+at\s+nogen\s+(?:kan\s+)?(?:læse|læser|se"
    r"|ser|ved)\b"
)
# Not to be talked of at home, said as advice ("we don't talk about it at home, my dad gets
# upset" is how a home is), and the parents' view of it made out as odd, said of it alone.
_NOT_AT_HOME_TALK = (
    r"\b(?:skal\s+vi\s+|du\s+skal\s+)?ikke\s+(?:snakke|tale|fortælle)\s+om\s+(?:det\s+her|os|mig)\s+"
    r"(?:derhjemme|hjemme)\b"
    r"|\b(?:shouldn'?t|should\s+not|better\s+not|let'?s\s+not)\s+talk\s+about\s+(?:this|us|me)\s+"
    r"at\s+home\b"
    r"|\b(?:vaut\s+mieux|faut)\s+pas\s+en\s+parler\s+a\s+la\s+maison\b"
    rf"|(?:{_THEIR_PARENT})\s+(?:would|'d|will)\s+(?:just\s+)?(?:think|find)\s+(?:it|this|that)\s+"
    r"(?:was\s+|is\s+|'s\s+)?(?:weird|strange|odd)(?=\s*(?:$|[.,!;]|if\s+they\s+knew))"
    rf"|(?:{_THEIR_PARENT})\s+(?:ville|vil)\s+(?:bare\s+|nok\s+)?(?:synes|tro|mene)\s+(?:at\s+)?det\s+"
    r"(?:var|er)\s+(?:mærkeligt|underligt|sært|forkert)(?=\s*(?:$|[.,!;]|hvis\s+de\s+vidste))"
    rf"|(?:{_THEIR_PARENT})\s+(?:trouveraient|trouverait|penseraient|penserait)\s+(?:que\s+)?"
    r"(?:ca|c'est|c'etait)\s+(?:bizarre|chelou|etrange)(?=\s*(?:$|[.,!;]|s'ils\s+savaient))"
)
# Deleting the app before a parent is home: "slet appen inden din far kommer hjem", "delete the
# app before ur mum gets home", "supprime l'appli avant que ton père rentre"; the chat said to
# be watched here: "ce tchat c'est surveillé", "this chat is monitored".
_DELETE_BEFORE_HOME = (
    r"\b(?:slet|sletter|slette|delete|deletes|remove|supprime|supprimes|efface|effaces)\s+"
    r"(?:appen|app'en|the\s+app|this\s+app|l'\s?app|l'\s?appli|l'\s?application)\s+"
    r"(?:\S+\s+)?(?:inden|før|before|avant\s+que|avant\s+qu')\s+"
    rf"(?:{_THEIR_PARENT})\s+(?:kommer\s+hjem|gets?\s+home|comes?\s+home|gets?\s+back|rentre|rentrent)\b"
)
_WATCHED_HERE = (
    r"\b(?:ce\s+tchat|ce\s+chat|ce\s+site|ici)\s+(?:c'est|c\s+est|est)\s+(?:trop\s+)?surveille\b"
    r"|\b(?:this\s+(?:chat|site|app)|here)\s+(?:is|gets)\s+(?:so\s+|too\s+)?(?:monitored|watched)\b"
    r"|\b(?:chatten|siden|her)\s+(?:her\s+)?(?:er|bliver)\s+(?:alt\s+for\s+)?overvaget\b"
)
# An app that hides what is written, urged on the other: "ou télécharge une appli chiffrée",
# "just download an encrypted app", "hent en krypteret app" (not "i need to install a private
# app for work"). Filed under secrecy: it is about nobody reading.
_ENCRYPTED_APP = (
    r"(?:^|[,.!?;]\s*|\b(?:ou|or|eller|just|bare|juste)\s+|\b(?:you|u)\s+(?:should|could|can|need\s+to)\s+"
    r"|\btu\s+(?:peux|dois|devrais)\s+|\bdu\s+(?:kan|skal|burde)\s+)"
    r"(?:download|get|install|telecharge|telecharger|installe|installer|hent)\s+"
    r"(?:an?\s+|une\s+|en\s+)?(?:(?:encrypted|private|chiffree|cryptee|privee|krypteret|privat)\s+"
    r"(?:app|appli|application|messenger|messaging\s+app|chat\s+app)\b"
    r"|(?:app|appli|application)\s+(?:chiffree|cryptee|privee)\b)"
)
# Game currency sent, the money sent, a present named so, where to send it to them, and what is
# asked for it: "jeg kan sende dig fifa points", "i could just send u the money", "think of it
# as a present from a friend", "dis moi où je peux te l'envoyer", "all u gotta do is keep
# talking to me".
_SENDS_POINTS = (
    r"\bjeg\s+(?:kan\s+|vil\s+|skal\s+)?(?:godt\s+)?(?:sende|give|købe)\s+dig\s+(?:nogle\s+)?(?:\d+\s+)?"
    r"(?:(?:fifa|fut)\s+points|coins|robux|v-?bucks|gems|skins)\b"
    r"|\bi\s+(?:can|could|will|'ll|ll)\s+(?:just\s+)?(?:send|give|get|buy)\s+(?:you|u)\s+(?:some\s+)?"
    r"(?:\d+\s+)?(?:(?:fifa|fut)\s+points|coins|robux|v-?bucks|gems|skins|the\s+money)\b"
    r"|\bje\s+(?:peux\s+|vais\s+|pourrais\s+)?(?:t'|te\s+)(?:envoyer|donner|acheter|offrir|filer)\s+"
    r"(?:des\s+)?(?:\d+\s+)?(?:points\s+(?:fifa|fut)|coins|robux|v-?bucks|gemmes|skins)\b"
)
# (Said of it, or from the writer: not "a gift from the universe".)
_AS_A_PRESENT = (
    r"(?:\b(?:think\s+of|see)\s+it\s+as\s+a\s+(?:gift|present)|\bse\s+det\s+som\s+en\s+gave"
    r"|\bvois\s+(?:ca|le|la)\s+comme\s+un\s+cadeau)"
    r"(?=\s*(?:$|[.,!]|from\s+(?:me|a\s+friend)|fra\s+(?:mig|en\s+ven)|de\s+ma\s+part|d'un\s+ami))"
)
_WHERE_TO_SEND = (
    r"\bou\s+je\s+(?:peux\s+|pourrais\s+|dois\s+)?(?:te\s+l'|te\s+les\s+|te\s+l\s+)(?:envoyer|envoie)\b"
    r"|\bou\s+je\s+te\s+l'\s?envoie\b"
    rf"|\bwhere\s+(?:can|should|do)\s+i\s+send\s+(?:it|them)\s+to\s+{_YOU}\b"
    r"|\bhvor\s+(?:kan|skal)\s+jeg\s+sende\s+(?:den|det|dem|pakken|gaven)\s+hen\s+til\s+dig\b"
)
_ALL_I_ASK = (
    r"\ball\s+(?:u|you)\s+(?:gotta|have\s+to|got\s+to|need\s+to)\s+do\s+is\s+keep\s+"
    r"(?:talking|chatting|texting)\s+(?:to|with)\s+me\b"
    r"|\bbare\s+bliv\s+ved\s+med\s+at\s+(?:skrive|snakke|chatte)\s+med\s+mig\b"
    r"|\btout\s+ce\s+que\s+tu\s+(?:dois|as\s+a)\s+faire\s+c'est\s+(?:de\s+)?continuer\s+a\s+"
    r"(?:me\s+parler|m'ecrire|parler\s+avec\s+moi)\b"
)
# A picture asked for, worded so, and one promised back: "t'aurais pas une photo de toi ?",
# "ill send one back", "come on i showed u mine", "jeg sender også en".
_PICTURE_TRADED = (
    r"\bt'\s?aurais\s+pas\s+(?:une|des)\s+(?:photo|photos|video|selfie)s?(?=\s*(?:de\s+toi|\?|$))"
    r"|\bi(?:'ll|ll|\s+will|\s+can)\s+send\s+(?:you\s+|u\s+)?one\s+back\b"
    rf"|\bi\s+(?:showed|sent)\s+{_YOU}\s+mine(?=\s*(?:$|[.!?]|too|already|lol))"
    r"|\bjeg\s+sender\s+(?:ogsa|ogsaa)\s+(?:(?:en|et)(?=\s*(?:$|[.!?,]))|et\s+billede|en\s+video"
    r"|en\s+selfie)"
    r"|\bje\s+t'\s?en\s+(?:envoie|enverrai)\s+une\s+aussi\b"
)

RULES: dict[Signal, dict[str, Rule | list[Rule]]] = {
    Signal.ASKS_AGE: {
        # Their youth remarked on: "aw ur only in year 9", "du er jo kun 13", "t'es qu'en 5e".
        "only just still kun bare stadig que qu juste encore": (
            r"\b(?:ur|you'?re|youre|u\s+r|du\s+er|t'es|tu\s+es)\s+(?:jo\s+)?(?:only|just|still|kun|bare"
            r"|stadig|que|qu'|juste|encore)\s*(?:in\s+)?(?:year\s+\d+|\d+(?:th)?\s+grade|(?:9|1[0-7])"
            r"|i\s+\d+\.|en\s+[3-6]\s*(?:e|eme))"
            # The age said and left there: not "you're only 15 points behind me".
            r"(?=\s*(?:$|[.!,?]|(?:lol|haha|cute|right|tho|though|omg|wow|ok|okay|ikk|hein|mdr|ans|ar"
            r"|years?|yrs?|yo|klasse|and|og|et)\b))"
        ),
        # Also "u seem young, how old?" (the question ends the message) and "u old enough?".
        "old young": rf"\bho?w\s+(?:old|young)\s+(?:are|r|ar)?\s*{_YOU}\b"
        rf"|\bhow\s+old\s+did\s+{_YOU}\s+say\b(?!\s+(?:ur|your|his|her|their|the|my)\b)"
        r"|^\s*how\s+old\s*\?*\s*$|\bhow\s+old\s*\?+\s*$"
        rf"|(?:^|\b(?:are|r)\s+){_YOU}\s+old\s+enough\b",
        "age alder": rf"\b(?:what(?:'s|s|\s+is)?|wats?)\s+{_YOUR}\s+age\b|\b{_YOUR}\s+age\s*\?"
        r"|\bage\s*(?:\?|pls|plz|please)|^\s*age\s*$|\b(?:t'as|tu\s+as|ta)\s+quel\s+age\b"
        r"|\bquel\s+age\s*(?:as\s*-?\s*tu|tu\s+as|t'as|\?|$)"
        rf"|^\s*{_YOUR}\s+age\s*\??\s*$|\bwhat\s+age\s+(?:are|r)\s+{_YOU}\b"
        r"|\b(?:t'as|ta)\s+kel\s+age\b|\b(?:t'as|tu\s+as)\s+dit\s+quel\s+age\b"
        # "age and where u from", "alder og hvor fra?": asl in words, and no more.
        r"|^\s*(?:ur\s+|your\s+|din\s+)?(?:age|alder)\s*(?:\s(?:and|og|n)\s|&|\+|/|,)\s*(?:where|location"
        r"|loc|sex|gender|hvor|køn|kon)(?:\s+(?:are\s+|r\s+)?(?:you|u)\s+from|\s+(?:from|fra))?\s*\??\s*$",
        "asl l asv": r"\ba\s?/?\s?s\s?/?\s?l\b|\basv\b",
        # Tried on every message with a number in it: kept lean.
        "minor under over 18 10 11 12 13 14 15 16 17 myndig mindreårig": rf"(?:^|\s){_YOU}\s+"
        r"1[0-7]\s*\?|^\s*(?:like\s+|maybe\s+|genre\s+|sadan\s+)?1[0-7]\s*\?"
        r"|\b(?:ur|you'?re|youre|u\s+r)\s+(?:only\s+)?1[0-7]\s*\?"
        rf"|\b(?:are|r)\s+{_YOU}\s+(?:a\s+)?(?:minor|under\s*(?:18|age)|over\s*18|18|1[0-7])\b"
        r"|\ber\s+du\s+(?:(?:vel|da|nok|egentlig)\s+)?(?:under\s+18|over\s+18|18|1[0-7]|myndig"
        r"|mindreårig)\b|\bdu\s+er\s+(?:vel|da|nok)\s+(?:ikke\s+)?(?:over|under)\s+18\b"
        rf"|(?:^|\s){_YOU}\s+18\s*\+|^\s*18\s*\+\s*\?"
        r"|\b(?:t'as|tu\s+as|ta)\s+(?:1[0-7]|18)\s*ans\s*\?",
        "teen teenager majeur majeure": rf"\b{_YOU}\s+(?:a\s+)?(?:teen|teenager)\s*\?"
        rf"|\b(?:are|r)\s+{_YOU}\s+(?:a\s+)?teenager\b"
        r"|\ber\s+du\s+(?:en\s+)?teenager\b|\b(?:t'es|tu\s+es)\s+majeure?\s*\?",
        "grade year born class": rf"\b(?:what|wat|which)\s+(?:school\s+)?(?:grade|year|class)\s+"
        rf"(?:are|r)\s+{_YOU}\s+in\b|^\s*(?:what|wat|which)\s+grade\s*\??\s*$"
        rf"|\bwhen\s+(?:were|was)\s+{_YOU}\s+born\b|\bwhat\s+year\s+were\s+{_YOU}\s+born\b",
        # "gl" and "gml" are how chat writes "gammel": "hvor gl er du".
        # Asked inside a sentence too: "må jeg spørge hvor gammel du er".
        "gammel gl gml alder klasse 18": r"\bhvor\s+(?:gammel|gl|gml)\s+(?:er\s+du|du\s+er"
        r"|sagde\s+du(?!\s+(?:din|dit|hans|hendes|deres|at\s+din)\b))\b"
        r"|^\s*hvor\s+(?:gammel|gl|gml)\s*\?*\s*$"
        r"|^\s*alder\s*$|\bgar\s+du\s+i\s+\d+\.?\s*klasse\b"
        r"|\balder\s*\?|\bhvad\s+er\s+din\s+alder\b|\ber\s+du\s+under\s+18\b"
        r"|\b(?:hvilken|hvad)\s+klasse\s+gar\s+du\b",
        "mineur mineure classe 3e 4e 5e 6e 3eme 4eme 5eme 6eme seconde 2nde premiere 1ere terminale"
        " troisieme quatrieme cinquieme sixieme"
        " cm1 cm2": r"\b(?:tu\s+es|t'es)\s+mineure?\b"
        r"|\b(?:t'es|tu\s+es)\s+en\s+(?:[3-6]\s?(?:e|eme)|seconde|2nde|premiere|1ere|terminale|cm[12]"
        r"|troisieme|quatrieme|cinquieme|sixieme)\s*,?\s*(?:n'\s?est-ce\s+pas|hein|non|c'est\s+ca)?\s*\?"
        r"|\b(?:t'es|tu\s+es|tu\s+vas)\s+en\s+quelle\s+classe\b",
        **_ASKS_SCHOOL,
        # Gated on the word that asks for the confirmation: most numbers come without one.
        "10 11 12 13 14 15 16 17 / right correct yeah yh ya yea innit no ikke ik ikk rigtigt ja"
        " non hein ca oui": _AGE_CONFIRMED,
    },
    Signal.ASKS_CONTACT: {
        "aurais back mine ogsa ogsaa aussi": _PICTURE_TRADED,
        # "i'll give u my id", "what they look like": "t'es comment physiquement ?".
        "id tag gamertag / give send": (
            rf"\bi(?:'ll|ll|\s+will|\s+can)\s+(?:give|send)\s+{_YOU}\s+my\s+(?:id|tag|gamertag)\b"
        ),
        "physiquement": r"\b(?:t'es|tu\s+es|t\s+es)\s+comment\s+physiquement\b",
        # Pictures asked about, any at all: "do u have any pics?", "u ever take mirror pics",
        # "har du et nyt billede", "t'as d'autres photos ?"; one taken in the mirror: "tag et i
        # spejlet", "take one in the mirror", "prends-en une dans le miroir".
        f"{_PICS_WORDS} / any ever nyt nye flere andre autres nouvelles": (
            rf"\b(?:do\s+|d\s+)?{_YOU}\s+(?:have|got)\s+(?:any|some)\s+(?:more\s+|new\s+|recent\s+)?"
            rf"{_PICS}\b\s*\?"
            rf"|\bgot\s+any\s+(?:more\s+|new\s+)?{_PICS}\b\s*\?"
            rf"|\b(?:do\s+)?{_YOU}\s+ever\s+(?:take|send|do)\s+(?:\S+\s+)?{_PICS}\b"
            # Of themselves: not "do you ever take photos when you travel".
            r"(?=\s*(?:$|[.!?,]|(?:of\s+(?:yourself|urself|you|u)|in\s+the\s+mirror|lol)\b))"
            rf"|\bhar\s+du\s+(?:et|en|nogle|nogen)\s+(?:nyt|nye|flere|andre|nyere)\s+{_PICS}\b"
            r"(?=\s*(?:$|\?))"
            rf"|\b(?:t'as|tu\s+as)\s+(?:d'autres|des\s+nouvelles|une\s+nouvelle|d'autre)\s+{_PICS}\b"
            r"(?=\s*(?:$|\?))"
        ),
        # Asked as a question in Danish: "sender du ikke lige et billede af dig selv?", "gider du
        # sende mig et billede".
        f"{_PICS_WORDS} / sender sende": (
            r"\b(?:sender|gider|vil|kan)\s+du\s+(?:ikke\s+)?(?:lige\s+)?(?:sende\s+)?(?:mig\s+)?"
            rf"(?:et|en|nogle|dit|din|dine)\s+(?:\S+\s+)?{_PICS}\b"
        ),
        "spejlet mirror miroir": (
            r"\b(?:tag|take|prends|prend)\s*-?\s*(?:en\s+)?(?:et|en|one|a\s+quick\s+one|une)\s+"
            r"(?:\S+\s+)?(?:i\s+spejlet|in\s+the\s+mirror|dans\s+(?:le|ton)\s+miroir)\b"
        ),
        _PICS_WORDS: (
            r"\b(?:m'\s?|me\s+)?(?:send|snd|sent|show|post|drop|trade|swap|share|sende|sender|vis"
            r"|envoie|envoies|envoyer|envoi|montre|montrer|balance)\s*(?:-?\s*(?:me|mig|moi)\s+)?"
            r"(?:a\s+|an\s+|some\s+|more\s+|your\s+|ur\s+|the\s+|et\s+|en\s+|nogle\s+|flere\s+"
            r"|dit\s+|din\s+|dine\s+|un\s+|une\s+|des\s+|ta\s+|tes\s+|ton\s+|quelques\s+"
            # One more: "send me one more pic", "envoie-moi une autre photo".
            r"|one\s+more\s+|another\s+|one\s+|et\s+til\s+|en\s+til\s+|une\s+autre\s+|un\s+autre\s+"
            r"|encore\s+une\s+)?"
            r"(?:face\s+|body\s+|hot\s+|cute\s+|sexy\s+|new\s+|petite\s+|petit\s+)?"
            rf"{_PICS}\b|\b(?:got|have|any)\s+(?:any\s+)?{_PICS}\s*\?"
        ),
        "see body face feet legs chest bum butt boobs tits ass look reveal cam": (
            rf"\bcan\s+i\s+see\s+{_YOU}\b|\bwhat\s+do\s+{_YOU}\s+look\s+like\b|\bface\s+reveal\b"
            rf"|\bshow\s+me\s+{_YOUR}\s+(?:body|face|feet|legs|chest|bum|butt|boobs|tits|ass)\b"
            rf"|\b(?:turn\s+on|open)\s+{_YOUR}\s+cam"
        ),
        # What they have on, asked for its own sake: "what are you wearing rn", "hvad har du på
        # lige nu", "tu portes quoi là" (not "what are you wearing to the party", "hvad har du
        # på hjerte").
        "wearing har portes tenue": (
            rf"\bwhat\s+(?:are|r)\s+{_YOU}\s+wearing\s*(?:right\s+now|rn|now|atm|tonight|today)?"
            r"\s*\?*\s*$|\bshow\s+me\s+what\s+(?:you'?re|u\s+r|you\s+are|ur)\s+wearing\b"
            r"|\bhvad\s+har\s+du\s+pa\s*(?:lige\s+nu|nu|i\s+aften)?\s*\?*\s*$"
            r"|\bvis\s+mig\s+hvad\s+du\s+har\s+pa\b"
            r"|\b(?:tu\s+portes\s+quoi|qu'est-ce\s+que\s+tu\s+portes)\s*(?:la|maintenant|ce\s+soir)?"
            r"\s*\?*\s*$"
            r"|\bmontre\s*-?\s*moi\s+(?:ta\s+tenue|ce\s+que\s+tu\s+portes)\b"
        ),
        # "t'as une photo de toi ?", "har du et billede af dig?".
        f"{_PICS_WORDS} / t'as tu as har": (
            r"\b(?:t'as|tu\s+as|as-tu|har\s+du)\s+(?:une\s+|des\s+|un\s+|et\s+|nogle\s+|en\s+)?"
            rf"{_PICS}(?:\s+(?:de\s+toi|af\s+dig))?\s*\?"
        ),
        **{f"{_CONTACT_WORDS} / {gate}": rule for gate, rule in _ASKS_CONTACT.items()},
        _CONTACT_WORDS: _BARE_APP,
        f"{_CONTACT_WORDS} / use bruger utilises utilise vas": _USES_APP,
        f"{_PICS_WORDS} / take snap tag prends prend fais fait": _TAKE_A_PIC,
        f"{_PICS_WORDS} / see get have se fa voir avoir": _SEE_A_PIC,
        "who hvem qui / see se voir": _SEE_A_PIC,
        f"{_PICS_WORDS} / yourself selv toi": _PIC_OF_YOURSELF,
        # A photo of them half dressed, asked with or without a verb: "une photo en pyjama".
        f"{_PICS_WORDS} / {_UNDRESSED_WORDS}": _UNDRESSED,
        _UNDRESSED_WORDS: _UNDRESSED_UNSAID,
        # A photo asked for as a small thing, with no verb: "just one quick pic?", "bare ét
        # hurtigt billede", "juste une petite photo stp" (the whole message).
        f"{_PICS_WORDS} / just only bare kun juste seulement": (
            r"^\s*(?:just|only|bare|kun|juste|seulement)\s+(?:a|one|1|et|en|une|un)\s+"
            r"(?:(?:quick|little|small|cute|lille|hurtigt|hurtig|enkelt|petite?|rapide|seule?)\s+)?"
            rf"{_PICS}\s*(?:of\s+{_YOU}|af\s+dig|de\s+toi)?\s*(?:pls|plz|please|stp|svp|tak)?"
            r"\s*[?!.]*\s*$"
        ),
        # Whether a photo was sent: "t'as envoyé la photo ?", "sendte du billedet?".
        f"{_PICS_WORDS} billedet billederne / envoye sent send take taken sendt taget sendte tog": (
            _SENT_PICS
        ),
        "what whats wats": rf"\b(?:what(?:'s|s|\s+is)?|wats?)\s+{_YOUR}\s+@",
        # A photo where they can be seen: "one where i can see u properly", "et hvor man kan se
        # dig ordentligt", "une où on te voit bien".
        "where hvor ou": (
            rf"\bone\s+where\s+(?:i|you|u|we)\s+can\s+(?:really\s+|actually\s+)?see\s+(?:{_YOU}|{_YOUR})\b"
            r"|\bet\s+hvor\s+(?:man|jeg)\s+(?:rigtig\s+)?kan\s+se\s+(?:dig|dit|din|dine)\b"
            r"|\bune?\s+(?:ou|la\s+ou)\s+(?:on|je)\s+(?:te\s+)?voit\s+(?:bien|mieux|ton|ta|tes|vraiment)\b"
        ),
        # Wanting to see more of them: "i wanna see more of u", "vil gerne se mere af dig",
        # "j'aimerais te voir un peu plus".
        "see se voir": (
            r"\b(?:wanna|want\s+to|would\s+love\s+to|'d\s+love\s+to|like\s+to|let\s+me)\s+see\s+"
            rf"(?:more\s+of\s+{_YOU}|(?:all\s+)?of\s+{_YOU}|{_YOU}\s+(?:more|properly|better))\b"
            r"(?!\s+(?:at|in|around|on)\b)"
            r"|\b(?:vil\s+(?:gerne|godt)|kunne\s+godt\s+tænke\s+mig\s+at|ma\s+jeg)\s+se\s+(?:mere\s+(?:af"
            r"|til)\s+dig|dig\s+(?:mere|ordentligt|bedre))\b"
            r"|\b(?:j'aimerais|je\s+voudrais|je\s+veux|j'ai\s+envie\s+de)\s+(?:te\s+voir|en\s+voir)\s+"
            r"(?:un\s+peu\s+)?(?:plus|davantage|mieux|en\s+entier)\b"
        ),
        "dig ud ressembles ressemble montre": (
            r"\bkan\s+jeg\s+se\s+dig\b|\bhvordan\s+ser\s+du\s+ud\b|\btu\s+ressembles?\s+a\s+quoi\b"
            r"|\bmontre\s*-?\s*moi\s+(?:toi|ton\s+corps|ta\s+tete|tes\s+pieds|ton\s+visage)\b"
        ),
        "look ud ressembles ressemble face ansigt visage more mere plus post poster postes publies"
        " montres": _SEE_WHAT_YOU_LOOK_LIKE,
    },
    Signal.MOVES_APP: {
        # An invitation to a private server or group: "je t'envoie une invit pour un serveur
        # privé", "join my private server", "jeg inviterer dig til en privat gruppe".
        "private privat prive privee / invite inviter invit invitation inv join rejoins rejoindre"
        " inviterer invitere invitation": (
            r"\b(?:invite|inviter|invit|invitation|inv|join|rejoins|rejoindre|inviterer|invitere)\b"
            r"(?:\s+\S+){0,4}?\s+(?:(?:private|privat|prive|privee)\s+(?:server|serveur|gruppe|group"
            r"|groupe|chat|room)|(?:server|serveur|groupe)\s+(?:prive|privee))\b"
        ),
        **{f"{_APPS} / {gate}": rule for gate, rule in _MOVES.items()},
        _APPS: [
            # "do you have telegram? we can talk there".
            (
                rf"\b{_APP}\b",
                rf"\b{_PROPOSE}\s+{_TALK}\s+(?:\S+\s+)?(?:there|on\s+there|over\s+there)\b"
                r"|\b(?:text|message|msg|dm|call|add|find|hit)\s+me\s+(?:up\s+)?(?:there|on\s+there)\b"
                r"|\b(?:vi\s+kan|skal\s+vi|lad\s+os|kan\s+vi|vi\s+kunne)\s+(?:skrive|snakke|tale|chatte)"
                r"\s+(?:\S+\s+)?der\b"
                r"|\bon\s+(?:peut\s+|pourrait\s+)?(?:parler|continuer|discuter|ecrire|se\s+parler|parle"
                r"|continue|discute)\s+(?:\S+\s+)?(?:la-bas|la\s+bas|dessus|la)\b",
            ),
        ],
        # "lad os skifte", "skal vi ikke skifte?": away from here, the app left unsaid.
        "skifte": r"\b(?:lad\s+os|skal\s+vi|kan\s+vi)\s+(?:ikke\s+)?(?:bare\s+)?skifte"
        r"(?=\s*(?:$|[.!?,]|(?:til|over|sted|side|app)\b))",
        # "kan vi ikke skifte til snapchat", "rykke over på insta".
        f"{_APPS} / skifte skifter rykke flytte hoppe hop ryk med": rf"\b(?:skifte|skifter|rykke"
        rf"|flytte|hoppe|hop|ryk|tag\s+mig\s+med|ta\s+mig\s+med)\s+(?:over\s+)?(?:til|pa)\s+{_APP}\b",
        # The app alone after a request ("sur whatsapp"), or photos sent there.
        f"{_APPS} / on pa sur via over": rf"^\s*(?:on|pa|sur|via|over\s+on|over\s+pa)\s+{_APP}"
        r"\s*(?:instead|i\s+stedet|plutot)?\s*[?!.]*\s*$"
        rf"|\b(?:send|snd|sende|envoie|envoyer|drop)\s+(?:\S+\s+){{0,2}}?{_PICS}\s+(?:\S+\s+){{0,2}}?"
        rf"(?:on|pa|sur|via)\s+{_APP}\b",
        # On a text chat, "add me" can only mean somewhere else.
        "add adde tilføj ajoute": r"\b(?:add|adde|tilføj|ajoute)\s*-?\s*(?:me|mig|moi)\b"
        r"(?!\s+(?:to|du|de|des|la|le|un|une|as|into|til|som|i|en)\b)",
        # A reason to move: photos cannot be sent here; a video call proposed.
        f"{_PICS_WORDS} / here herinde her ici": (
            rf"\b(?:can'?t|cant|cannot|can\s+not)\s+(?:even\s+)?(?:send|share|post)\s+(?:\S+\s+)?{_PICS}\s+"
            r"(?:on\s+here|in\s+here|here)\b"
            rf"|\b(?:man\s+)?kan\s+(?:ikke|ik)\s+sende\s+(?:\S+\s+)?{_PICS}\s+(?:herinde|her)\b"
            rf"|\b(?:on\s+)?(?:ne\s+)?peut\s+pas\s+envoyer\s+(?:de\s+|des\s+)?{_PICS}\s+ici\b"
        ),
        "video videocall facetime vc cam videochatte videoopkald video visio": (
            r"\b(?:we\s+can|we\s+could|lets|let's|wanna|want\s+to|can\s+we|could\s+we|shall\s+we"
            r"|should\s+we|somewhere\s+we\s+can|how\s+about\s+we)\s+(?:\S+\s+)?(?:video\s*call|videocall"
            r"|facetime|vc|video\s*chat|cam)\b(?!\s+(?:with|w)\s+(?!me\b|u\b|you\b))"
            r"|\b(?:skal\s+vi|vi\s+kan|vi\s+kunne|kan\s+vi|lad\s+os|vil\s+du)\s+(?:ikke\s+)?(?:\S+\s+)?"
            r"(?:videochatte|videoopkald|facetime|ringe\s+med\s+video|snakke\s+pa\s+video)\b"
            r"|\b(?:on\s+(?:pourrait|peut|devrait)|tu\s+veux\s+qu'on|ca\s+te\s+dit\s+(?:de|qu'on))\s+"
            r"(?:\S+\s+){0,3}?(?:en\s+visio|en\s+video|facetime|visio|appel\s+video)\b"
        ),
        # Talking there, the app named in an earlier message: "add me there", "skriv til mig
        # derinde", "så skriver jeg derovre", "écris-moi là-bas".
        "there derinde derovre bas dessus": (
            # Asked of them, not told of someone: "he said he'll text me there".
            r"(?:^|[.!?,]\s*|\b(?:just|pls|plz|please|then|and|so|ok|okay|now|you\s+can|u\s+can"
            r"|can\s+(?:you|u)|could\s+(?:you|u))\s+)"
            r"(?:text|message|msg|dm|add|write|call|find|hit)\s+(?:me|you|u)\s+(?:up\s+)?(?:there|over"
            r"\s+there|on\s+there)\b"
            r"|\b(?:i'?ll|ill|i\s+will|i\s+can)\s+(?:text|message|msg|dm|add|write\s+to|call)\s+(?:you|u)\s+"
            r"(?:there|over\s+there|on\s+there)\b"
            r"|\b(?:skriv|skriv\s+til|tilføj|adde?|ring\s+til|find)\s+(?:til\s+)?mig\s+(?:derinde|derovre)\b"
            r"|\b(?:skriver|tilføjer|adder|ringer)\s+jeg\s+(?:(?:til\s+)?dig\s+)?(?:derinde|derovre)\b"
            r"|\b(?:ecris|ajoute|contacte|rejoins|appelle)\s*-?\s*moi\s+(?:la-bas|la\s+bas|dessus)\b"
            r"|\bje\s+(?:t'\s?|te\s+)(?:ecris|ajoute|ecrirai|ajouterai|contacte)\s+(?:la-bas|la\s+bas"
            r"|dessus)\b"
        ),
        "somewhere someplace private app ailleurs andet anden mp prive pv dm dms pm pms appel"
        " vocal": (_ELSEWHERE),
        f"{_APPS} / send snd sende envoie envoies envoyer balance drop": _SEND_IT_THERE,
        "server group gc groupchat gruppe gruppechat serveur groupe": (
            rf"\b{_APP}\b",
            _CHOSEN_GROUP,
        ),
        f"{_PICS_WORDS} / work load virker marchent marche passent passe": _PICS_FAIL_HERE,
        "number nummer numero num nr tlf phone 06 / text call ring sms message whatsapp skriver"
        " ringer smser ecris ecrirai appelle appellerai envoie": _TEXT_YOU,
        "there derinde derovre bas / we vi on": _TALK_THERE,
        f"{_APPS} / tage tager ta tag take move continuera continuerait parlera discutera ecrira"
        " passera passe se": _TAKE_IT_OVER,
        # Keyed by its rarer words: "text", "add" or "got" would wake it on every other message.
        "there walk installee installe telechargee telecharge hentet installeret downloadet"
        " installed downloaded better bedre mieux aise tranquille tranquilles comfortable rart"
        " trygt fred": _APP_INSTALLED,
        f"{_APPS} / then so sa alors comme wanna want": _APP_THEN_MORE,
        f"{_PICS_WORDS} / there derinde derovre bas dessus site": _PICS_OVER_THERE,
        "here her herinde ici / many mange trop": _NOT_HERE,
    },
    Signal.SECRECY: {
        # Round 17 (see there).
        "show viser garderai garde montrerai montre": _KEPT_TO_MYSELF,
        "ved knows sait sans without uden": _NOBODY_KNOWS_WE_TALK,
        "derhjemme hjemme home maison weird strange odd mærkeligt underligt sært forkert bizarre"
        " chelou etrange": _NOT_AT_HOME_TALK,
        "slet sletter slette delete deletes remove supprime supprimes efface effaces / inden før"
        " before avant": _DELETE_BEFORE_HOME,
        "surveille monitored watched overvaget / chat tchat site app here ici chatten siden her": (
            _WATCHED_HERE
        ),
        "encrypted private chiffree cryptee privee krypteret privat / download get install"
        " telecharge telecharger installe installer hent": _ENCRYPTED_APP,
        # Hiding the chat from their parents: "dine forældre behøver ikke kende til mig".
        _PARENT_WORDS: (_THEIR_PARENT, _HIDING),
        # Whether their parents watch: "do your parents check ur phone", "tes parents regardent
        # ton tel ?".
        f"{_PARENT_WORDS} / check checks look looks read reads monitor go tjekker kigger læser"
        " regardent fouillent checkent lisent regarde fouille lit strict protective shoulder voient"
        " voit checke"
        " overprotective controlling strenge streng kontrollerende stricts stricte strictes"
        " severe severes": _PARENTS_WATCH,
        # A cover story for when they ask: "if your dad checks your phone just say ...".
        "checks check looks asks sees finds tjekker kigger spørger ser finder regarde demande voit"
        " fouille tombe demandent regardent voient fouillent tombent ask": (
            rf"\b(?:if|when)\s+(?:{_THEIR_PARENT})\s+(?:\S+\s+)?(?:checks?|looks?|asks?|sees?|finds?)"
            rf"|\bhvis\s+(?:{_THEIR_PARENT})\s+(?:\S+\s+)?(?:tjekker|kigger|spørger|ser|finder)"
            rf"|\bsi\s+(?:{_THEIR_PARENT})\s+(?:\S+\s+)?(?:regarde|demande|voit|fouille|check|tombe)"
            # Anyone at all asking who it is: "if anyone asks who you're talking to".
            r"|\b(?:if|when)\s+(?:anyone|anybody|someone|somebody|people)\s+(?:ever\s+)?asks?\b"
            r"|\bhvis\s+(?:nogen|folk)\s+(?:nogensinde\s+)?spørger\b"
            r"|\bsi\s+(?:quelqu'\s?un|on|les\s+gens)\s+(?:te\s+)?demande\b",
            r"\b(?:say|tell|sig|siger|dis|dites|explique)\b"
            r"|\b(?:i'?m|im|i\s+am|jeg\s+er|er\s+jeg|je\s+suis|j'suis|c'est)\s+"
            r"(?:just\s+|bare\s+|juste\s+)?"
            r"(?:a|an|your|en|din|un|une|ton|ta)\s+(?:\S+\s+)?(?:friend|mate|classmate|cousin|buddy|pal"
            r"|ven|veninde|kammerat|pote|ami|amie|copain|copine|cousine?)\b"
            # "sig det er en fra klassen": someone from class, a club.
            r"|\b(?:det\s+er|jeg\s+er)\s+(?:bare\s+)?en\s+fra\s+(?:klassen|skolen|\w+)\b",
        ),
        # The same when "she" asks, the story then told: "if she asks who ur texting say its a
        # school friend", "hvis hun spørger, så sig det er en fra klassen".
        "asks ask spørger demande / say tell sig siger dis": (
            r"\b(?:if|when)\s+(?:she|he|they)\s+(?:ever\s+)?asks?\b|\bhvis\s+(?:hun|han|de)\s+spørger\b"
            r"|\bsi\s+(?:elle|il|ils)\s+(?:te\s+)?demande",
            r"\b(?:say|tell\s+(?:her|him|them)|sig|dis(?:\s*-?\s*(?:lui|leur))?)\s+(?:(?:that|at|que)\s+)?"
            r"(?:it'?s|its|i'?m|im|det\s+er|jeg\s+er|c'est|je\s+suis)\s+(?:just\s+|bare\s+|juste\s+)?"
            r"(?:a|an|your|en|din|un|une|ton|ta)\s+(?:\S+\s+)?(?:friend|mate|classmate|cousin|buddy|pal|ven"
            r"|veninde|kammerat|pote|ami|amie|copain|copine|cousine?|fra)\b",
        ),
        # Keeping the phone out of sight: "don't leave your phone lying around", "lad ikke din
        # telefon ligge fremme", "ne laisse pas traîner ton portable".
        "lying laying around ligge trainer": (
            r"\b(?:don'?t|dont|never|do\s+not)\s+leave\s+(?:your|ur)\s+(?:phone|cell|mobile|tablet)\s+"
            r"(?:\S+\s+)?(?:lying|laying)\s+around\b"
            r"|\blad\s+(?:ikke|aldrig)\s+(?:din|dit)\s+(?:telefon|mobil|tlf|ipad)\s+ligge\s+"
            r"(?:fremme|rundt|og\s+flyde)\b"
            r"|\blad\s+være?\s+med\s+at\s+lade\s+(?:din|dit)\s+(?:telefon|mobil|tlf)\s+ligge\b"
            r"|\blaisse\s+(?:pas|jamais|surtout\s+pas)\s+(?:trainer\s+(?:ton|ta)\s+(?:portable|tel|telephone"
            r"|mobile|tablette)|(?:ton|ta)\s+(?:portable|tel|telephone|mobile|tablette)\s+trainer)\b"
        ),
        # Silencing the phone so that nobody notices: "put your phone on silent so they dont
        # hear", "sæt den på lydløs så de ikke hører det", "mets-le en silencieux pour que
        # personne entende".
        "silent mute vibrate lydløs lydlos silencieux vibreur muet brightness lysstyrken"
        " lysstyrke luminosite": (
            r"\b(?:put|keep|set|turn|switch|have|sæt|sætte|stil|hav|mets|mettre|met|laisse|garde"
            r"|passe)\s+(?:\S+\s+){0,3}?(?:silent|mute|vibrate|lydløs|lydlos|silencieux|vibreur|muet)\b"
            r"|\b(?:turn|put|keep)\s+(?:the\s+|your\s+|ur\s+)?brightness\s+(?:all\s+the\s+way\s+)?down\b"
            r"|\b(?:skru|sæt)\s+(?:ned\s+for\s+)?lysstyrken\b|\bbaisse\s+(?:ta\s+|la\s+)?luminosite\b",
            r"\b(?:so|sa|pour\s+que|comme\s+ca|that\s+way)\s+(?:that\s+)?(?:nobody|no\s+one|they|your\s+\w+"
            r"|ur\s+\w+|ingen|de|dine\s+\w+|din\s+\w+|personne|ils|tes\s+\w+|ta\s+\w+|ton\s+\w+)\b",
        ),
        # A reason for secrecy, said alone: "it's better for both of us", "c'est mieux pour nous
        # deux", "det er bedst sådan for os begge".
        "both begge deux": (
            r"^\s*(?:and\s+|og\s+|et\s+)?(?:it'?s|it\s+is|that'?s|this\s+is|det\s+er|c'est|c\s+est)\s+"
            r"(?:just\s+|bare\s+|juste\s+)?(?:best|better|safer|bedst|bedre|sikrest|mieux|plus\s+sur)\s+"
            r"(?:this\s+way\s+|like\s+this\s+|sadan\s+|pa\s+den\s+made\s+|comme\s+ca\s+|ainsi\s+)?"
            r"(?:for|pour)\s+(?:both\s+of\s+us|us\s+both|the\s+two\s+of\s+us|os\s+begge|os\s+to"
            r"|nous\s+deux|tous\s+les\s+deux)\s*[.!]*\s*$"
        ),
        # This site keeps what is said: "det her site logger alt", "ce site enregistre tout".
        "logs records tracks monitors logger overvager optager enregistre surveille": _LOGGED,
        "saves keeps stores records logs gemmer logger optager garde conserve sauvegarde enregistre"
        " / we you u vi du on tu nous": _KEEPS_WHAT_WE_WRITE,
        # Deleting a photo, or anything from their phone: "supprime-la de ton tel".
        _DELETE_PICS_KEY: _DELETE_PICS,
        # Deleting it afterwards, or never keeping it.
        "delete erase wipe remove slet slette sletter fjern fjerne fjerner efface effacer effaces"
        " supprime"
        " supprimer supprimes clear clean rens rense ryd rydde tøm tømme vide vider vides nettoie"
        " nettoyer nettoies husk empty trash bin papirkurven papirkurv corbeille": _DELETING,
        "remember make forget husk pense oublie faut dois / clear wipe delete erase rydde tømme"
        " rense effacer supprimer vider": _CLEAR_IT_ALL,
        "vanish disappearing disappear destruct incognito private forsvindende forsvinder privat"
        " inkognito ephemeres ephemere privee themselves itself deleting slettes sig effacent"
        " autodetruisent disparaissent": _VANISHING,
        "disappear vanish destruct forsvinde forsvinder disparaitre disparaissent effacer"
        " effacent": _SET_TO_VANISH,
        "code passcode password pin lock kode adgangskode passe mdp verrou cadenas": _PASSCODE,
        # Promising nobody will know.
        "nobody one noone no ingen personne": [
            _NOBODY,
            r"\b(?:nobody|no\s+one|noone)\s+else\s+(?:has\s+to|needs\s+to|must|should|gets\s+to)\b"
            r"|\bingen\s+andre\s+(?:skal|behøver|ma)\b",
        ],
        # Watched here: "the mods read everything", "moderatorerne læser alt".
        "mods moderators admins moderatorerne modos modo moderateurs": (
            r"\b(?:the\s+)?(?:mods|moderators|admins)\s+(?:here\s+|on\s+here\s+)?(?:can\s+)?"
            r"(?:read|see|watch|check|monitor)s?\b"
            r"|\b(?:moderatorerne|admins|mods)\s+(?:her\s+)?(?:læser|ser|tjekker|overvager|kan\s+se)\b"
            r"|\b(?:les\s+)?(?:modos?|moderateurs|admins?)\s+(?:ici\s+)?(?:lisent|voient|regardent"
            r"|surveillent|lit|voit|peuvent)\b"
        ),
        "mods moderators moderatorer moderatorerne admin admins modos modo moderateurs everything"
        " all herinde her tout / read seen checked monitored logged saved recorded stored læst set"
        " tjekket overvaget gemt logget optaget lu lus lue vu vus surveille surveillee surveilles"
        " enregistre enregistree enregistres sauvegarde garde": _READ_BY_MODS,
        "people others everyone adults grown grownups folk andre voksne gens autres adultes"
        " grands monde / would will d might could ville vil kunne vont pourraient"
        " feraient feront ferait wouldn wouldnt"
        " won wont don dont can cant never forstar forstår fatter kan ne comprennent captent"
        " capteraient comprendraient comprendront prendraient prendront": _MISREAD,
        "understand get forsta forstaa fatte comprendraient comprendront / they he she de han hun"
        " ils elles il elle": _THEY_WOULD_NOT_GET,
        "even engang meme mm mem": [(_NOT_EVEN, _NOT_EVEN_KNOW), _NOT_EVEN_ALONE],
        f"{_CLOSE_WORDS} / not ikke ni pas": _NOT_THEM_EITHER,
        "close closes shut exit minimise minimize switch hide luk lukke lukker skift skjul ferme"
        " fermer fermes quitte quittes cache caches / when if once whenever soon nar hvis snart"
        " quand si des lorsque": _CLOSE_THE_TAB,
        f"{_PARENT_WORDS} / know ved savent sait": _WHETHER_THEY_KNOW,
        "better bedst bedre vaut vaudrait mieux need behøver besoin": _BETTER_NOT_KNOW,
        "tell say sig dis / homework studying revising asleep sleeping gaming friend mate lektier"
        " læser sover gamer ven veninde klassekammerat devoirs revises dors joues amie ami pote"
        " copine copain": _BUSY_STORY,
        "want need veut / we i on": _WE_DONT_WANT,
        "have / vi jeg": _WE_DONT_WANT,
        "word ord mot": _NOT_A_WORD,
        # Dreading discovery: "if anyone finds out we're done", "hvis nogen finder ud af det",
        # "si quelqu'un l'apprend c'est fini".
        "finds find found finder opdager apprend apprennent decouvre decouvrent sait savent savait"
        " apprenait": (
            r"\bif\s+(?:anyone|anybody|someone|somebody|people|your\s+\w+|ur\s+\w+)\s+(?:ever\s+)?"
            r"(?:finds?\s+out|found\s+out)\b"
            r"|\bhvis\s+(?:nogen|folk|dine\s+\w+|din\s+\w+)\s+(?:nogensinde\s+)?(?:finder\s+ud\s+af|opdager"
            r"|far\s+det\s+at\s+vide)\b"
            r"|\bsi\s+(?:quelqu'\s?un|qqn|les\s+gens|tes\s+\w+|ta\s+\w+|ton\s+\w+)\s+(?:l'\s?|le\s+)?"
            r"(?:apprend|apprennent|decouvre|decouvrent|sait|savent|savait|apprenait)\b"
        ),
        # Unwatched here: "we can talk freely here", "ingen forældre, ingen regler".
        "freely frit librement rules regler regles": (
            r"\b(?:we|u|you|vi|du)\s+(?:can|could|kan|kunne)\s+(?:talk|chat|speak|snakke|skrive|tale)\s+"
            r"(?:freely|frit)\b|\bon\s+peut\s+(?:parler|discuter|se\s+parler)\s+librement\b"
            r"|\bno\s+parents\W+(?:and\s+)?no\s+rules\b|\bingen\s+forældre\W+(?:og\s+)?ingen\s+regler\b"
            r"|\bpas\s+de\s+parents\W+(?:et\s+)?pas\s+de\s+regles\b"
        ),
        # "just us two", "kun os to", "juste toi et moi": the whole message.
        "just only kun bare juste que rien": (
            r"^\s*(?:just|only)\s+(?:us\s+two|the\s+two\s+of\s+us|(?:you|u)\s+and\s+(?:me|i)|me\s+and\s+(?:you|u))"
            r"\s*(?:ok|okay|alright|yeah)?\s*[?!.]*\s*$"
            r"|^\s*(?:kun|bare)\s+(?:os\s+to|dig\s+og\s+mig|mig\s+og\s+dig)\s*[?!.]*\s*$"
            r"|^\s*(?:juste|que|rien\s+que)\s+(?:toi\s+et\s+moi|nous\s+deux|moi\s+et\s+toi)\s*[?!.]*\s*$"
        ),
        "trouble grounded ballade problemer skæld ennuis problemes": (
            rf"(?:{_YOUR_TROUBLE}){_AT_WORK}"
        ),
        "history historik historique historikken convo conversation chat thread chatten samtalen"
        " conv discussion cookies trash bin deleted papirkurven papirkurv corbeille": _HISTORY_TOO,
        "screenshot screenshots screenshotting screenshoting ss screencap screencaps screen"
        " skærmbillede skærmbilleder capture captures screens": _NO_SCREENSHOT,
        "disappears disappear vanish vanishes forsvinder slettes disparait disparaissent"
        " disparaisse efface effacent": _SO_IT_VANISHES,
        # Anyone can read it here: "anyone can read this here", "her kan alle læse med".
        "anyone everyone anybody alle enhver monde": (
            r"\b(?:anyone|everyone|anybody)\s+(?:here\s+)?can\s+(?:read|see)\b"
            r"|\b(?:alle|enhver)\s+kan\s+(?:læse|se)\s+(?:med|det|alt)\b|\bkan\s+alle\s+(?:læse|se)\b"
            r"|\btout\s+le\s+monde\s+(?:peut|pourrait)\s+(?:lire|voir)\b"
        ),
        # Promise not to tell: "promise me you won't tell anyone", "du må love ikke at sige det".
        "promise swear love lov lover promets jure": (
            r"\b(?:promise|swear)\s+(?:me\s+)?(?:that\s+)?(?:you\s+|u\s+|i\s+)?(?:won'?t|wont"
            r"|will\s+not|not\s+to|never|to\s+not|you'?ll\s+never|i'?ll\s+never)\s+(?:ever\s+)?"
            r"(?:tell|say|mention|show|share)"
            r"|\b(?:love|lov|lover)\s+(?:mig\s+)?(?:at\s+du\s+|at\s+jeg\s+)?(?:ikke|aldrig)\s+(?:at\s+)?"
            r"(?:sige|siger|fortælle|fortæller|sladre|sladrer|vise|viser)"
            r"|\b(?:promets|jure)\s*-?\s*(?:moi\s+)?(?:de\s+|que\s+tu\s+)?(?:ne\s+)?(?:rien|pas|jamais)"
            r"\s+(?:le\s+|en\s+)?(?:dire|diras|parler|raconter|repeter|montrer)"
            # "je promets de le montrer à personne": the "nobody" at the end.
            r"|\b(?:promets|jure)\s+(?:de\s+|que\s+je\s+)?(?:ne\s+)?(?:le\s+|la\s+|les\s+|l'|en\s+)?"
            r"(?:montrer|montrerai|dire|dirai|raconter|raconterai|repeter|repeterai)\s+(?:\S+\s+)?"
            r"a\s+personne\b"
        ),
        "sig sige fortæl fortælle nogen": r"\b(?:ikke|aldrig)\s+(?:at\s+)?(?:sige|fortælle)\s+"
        r"(?:det\s+|noget\s+)?"
        r"til\s+nogen\b"
        r"|\b(?:siger|fortæller|sige|fortælle|sig|fortæl)\s+(?:det\s+|noget\s+)?(?:ikke|aldrig)\s+"
        r"(?:til\s+)?nogen\b"
        # "lad være med at sige til nogen at vi skriver": the "not" in "lad være".
        r"|\blad\s+(?:være|vær|vaere)\s+med\s+at\s+(?:sige|fortælle|nævne)\s+(?:det\s+|noget\s+)?"
        r"(?:til\s+)?nogen\b",
        "dire personne": r"\b(?:rien\s+)?dire\s+(?:rien\s+)?a\s+personne\b",
        "tell say repeat snitch mention rat grass dob sladrer sladre siger fortæller sige fortælle"
        " dirai dire"
        " repeterai raconterai balancerai parlerai diras show viser vise montrerai": _WONT_TELL,
        "our vores notre entre between mellem keep hold garde garder secret hemmelighed deal pact"
        " aftale pacte accord": _OURS,
        # Told not to tell: "you can't tell anyone about this", "faut pas le dire".
        "tell say mention dire raconter repeter / can cannot cant must mustn shouldn shouldnt"
        " faut dois": _MUST_NOT_TELL,
        "private privat prive discret discrete discretion discreet low dl secure safer encrypted"
        " sikkert sikker sikrere krypteret sur securise chiffre crypte": _PRIVATE,
        "nobody one noone no ingen personne pas": _UNWATCHED,
        "friend mate classmate cousin buddy pal ven veninde kammerat klassekammerat fætter kusine"
        " pote ami amie copain copine cousine class school": _COVER_STORY,
        **_COVER,
        # "what happens here stays here", "det der sker her bliver her", "reste ici".
        "private privat secret hemmelig hemmelige prives secrets privees secretes": (
            r"\b(?:our|this|these)\s+(?:chats?|convos?|conversations?|messages|talks?)\s+(?:is|are|stays?"
            r"|remain)\s+(?:\S+\s+)?(?:private|secret)\b"
            r"|\b(?:vores|det\s+her|den\s+her)\s+(?:chat|samtaler?|beskeder|snak)\s+(?:er|forbliver)\s+"
            r"(?:\S+\s+)?(?:privat|privte|hemmelig|hemmelige)\b"
            r"|\bnos\s+(?:messages|conversations|discussions|conv)\s+(?:restent|sont)\s+(?:\S+\s+)?"
            r"(?:prives|privees|secrets|secretes)\b"
        ),
        "fortæl fortælle": r"\bfortæl\s+(?:det\s+)?(?:ikke|aldrig)\s+(?:til\s+)?"
        r"(?:nogen|nogle|dine|din)\b"
        r"|\b(?:lad\s+være?\s+med\s+at|undlad\s+at)\s+fortælle\b",
        "stays stay bliver reste": r"\bstays?\s+(?:here|in\s+here|between\s+us|with\s+us|secret"
        r"|private)\b"
        r"|(?<!jeg\s)(?<!vi\s)\bbliver\s+(?:her|mellem\s+os|hemmeligt)\b"
        r"|(?<!je\s)\breste\s+(?:ici|entre\s+nous|secret|prive)\b",
        # Hiding the app or the chat itself.
        "hide skjul skjule gem cache planque": r"\b(?:hide|skjul|skjule|gem|cache|planque)\s+"
        r"(?:the\s+|this\s+|our\s+|your\s+|vores\s+|din\s+|l'\s?|la\s+|le\s+|nos\s+|ton\s+|ta\s+)?"
        r"(?:app|apps|appen|appli|application|chat|chatten|messages|beskederne|conversation|samtalen"
        r"|conv|texts|notifications|notifikationer|notifs)\b",
        "notifications notifikationer notifs notification": (
            r"\b(?:turn\s+off|mute|disable|hide|slå|sla|skjul|desactive|coupe|cache)\s+"
            r"(?:\S+\s+)?(?:notifications|notifikationer|notifs|notification)\b",
            r"\b(?:so|sa|pour\s+que|comme\s+ca)\b",
        ),
        # Saving the contact under a false name: "save me under a girl's name".
        "change rename skift renomme": r"\b(?:change|rename)\s+(?:my\s+name|me)\b"
        r"|\bskift\s+mit\s+navn\b|\b(?:change|renomme)\s*-?\s*(?:mon\s+nom|moi)\b",
        "save gem enregistre put": r"\b(?:save|put)\s+me\s+(?:in\s+(?:your\s+)?\w+\s+)?"
        r"(?:as|under)\b"
        r"|\bgem\s+mig\s+(?:\S+\s+)?(?:som|under)\b|\benregistre\s*-?\s*moi\s+(?:sous|comme)\b",
        # Waiting until the parents are asleep or away.
        "asleep sleeping sover dorment dort gone away home hjemme ude partis sortis bed seng"
        " couche couchent couches lit": (
            r"\b(?:make\s+sure|wait\s+(?:until|till|til)|once|when|sørg\s+for\s+at|vent\s+til|nar"
            rf"|quand|attends\s+que|des\s+que|une\s+fois\s+que)\s+(?:{_THEIR_PARENT})",
            r"\b(?:asleep|sleeping|sover|dorment|dort|gone|away|not\s+home|ikke\s+(?:er\s+)?hjemme"
            r"|ude|partis|sortis|pas\s+la|(?:goes|go|gone|are|is|in)\s+(?:to\s+)?bed|gar\s+i\s+seng"
            r"|er\s+i\s+seng|(?:se\s+)?couchent?|(?:sont|est)\s+couches?|au\s+lit)\b",
        ),
        "keep keeps keeping hold holder garde gardes gardons beholder beholde": (
            r"\b(?:keep|keeps|keeping|hold|holder|garde|gardes|gardons|beholder|beholde)\s+(?:\S+\s+){0,3}?"
            r"(?:secret|secrets|hemmelig|hemmeligt|hemmelige|secrete|secretes|for\s+dig\s+selv|pour\s+toi"
            r"|to\s+yourself|pr\s+toi"
            # Ourselves, or their photo to myself: "on garde ça pr nous", "vi holder det for os
            # selv", "we keep it lowkey", "ill keep it to myself".
            r"|to\s+ourselves|for\s+os\s+selv|pour\s+nous|pr\s+nous|entre\s+nous|lowkey|low\s+key"
            r"|on\s+the\s+low|to\s+myself|for\s+mig\s+selv|pour\s+moi|pr\s+moi)\b"
        ),
        "tell": r"\bdon'?t\s+tell\s+(?:your\s+|ur\s+)?"
        r"(?:parents|mom|mum|dad|anyone|anybody|nobody)",
        "secret know need": (
            r"\b(?:nobody|no\s+one|noone)\s+(?:needs|has|have)\s+to\s+know\b"
            # "there is no need for anyone else to know", "pas besoin que quelqu'un le sache".
            r"|\bno\s+need\s+for\s+(?:anyone|anybody|others|other\s+people|your\s+\w+)\s+(?:else\s+)?"
            r"to\s+(?:know|find\s+out|hear)\b"
            r"|\bparents\s+(?:won'?t|dont|don'?t\s+need\s+to)\s+know\b"
        ),
        "stay stays": r"\bstays?\s+between\s+us\b",
        # Whether their door locks: "can u lock ur door?", "kan du låse din dør?", "tu fermes
        # ta porte à clé ?".
        "lock locked lase låse cle": (
            rf"\b(?:is|does)\s+{_YOUR}\s+(?:bedroom\s+|room\s+)?door\s+(?:\S+\s+)?(?:lock|locked)\b"
            rf"|\bcan\s+{_YOU}\s+lock\s+{_YOUR}\s+(?:bedroom\s+|room\s+)?door\b"
            r"|\bkan\s+du\s+(?:lase|låse)\s+(?:din\s+|dit\s+)?(?:dør|dor|værelse)\b"
            r"|\b(?:tu\s+fermes|tu\s+peux\s+fermer|t'as\s+une\s+cle\s+pour)\s+(?:ta\s+)?(?:porte|chambre)"
            r"(?:\s+a\s+cle)?\b"
        ),
        "parents mom mum dad alone": rf"\b(?:are|r|is)\s+{_YOUR}\s+(?:parents|mom|mum|dad)\s+"
        rf"(?:home|around|there|awake|asleep)\b|^\s*{_YOU}\s+alone\s*\??$"
        rf"|\b(?:are|r)\s+{_YOU}\s+(?:home\s+)?alone\b(?!\s+in\b)",
        "sig hemmelighed bliver alene forældre vide": (
            r"\bsig\s+det\s+ikke\s+til\b|\bbliver\s+mellem\s+os\b"
            r"|\ber\s+du\s+alene\s*(?:hjemme|lige\s+nu|nu|i\s+aften)?\s*(?:\?|$)"
            r"|\ber\s+dine\s+forældre\s+hjemme\b|\bingen\s+(?:behøver|skal)\s+(?:at\s+)?vide\b"
        ),
        "dis seul seule parents reste personne besoin": (
            r"\bdis\s+(?:rien|pas|le\s+pas)\s+(?:a\s+)?(?:tes\s+parents|personne|ta\s+mere|ton\s+pere)\b"
            r"|\b(?:ne\s+)?(?:le\s+)?dis(?:\s*-\s*|\s+)(?:le\s+)?a\s+personne\b"
            r"|\b(?:t'es|tu\s+es)\s+seule?\s*(?:a\s+la\s+maison|chez\s+toi|(?:la|maintenant|ce\s+soir)?"
            r"\s*(?:\?|$))"
            r"|\btes\s+parents\s+sont\s+(?:la|a\s+la\s+maison)\b|\breste\s+entre\s+nous\b"
            r"|\bpersonne\s+(?:ne\s+)?(?:doit|a\s+besoin\s+de)\s+(?:le\s+)?savoir\b"
            r"|\bpas\s+besoin\s+que\s+(?:quelqu'\s?un|qui\s+que\s+ce\s+soit|les\s+autres|tes\s+\w+)"
            r"\s+(?:d'autre\s+)?(?:le\s+|l')?(?:sache|sachent|apprenne|apprennent)\b"
        ),
        "even either heller plus": _NOT_EITHER_ALONE,
        "see read know find se læse vide høre voir lire savoir / what hvad ce": _NOT_WHAT_WE_WRITE,
        "wrong forkerte forkert misforstar misforstår idees travers mal": _NO_WRONG_IDEA,
        "folk andre voksne nogen / ikke aldrig": _OBJECT_FIRST_MISREAD,
        "there der derinde derovre bas / just only bare kun juste que seulement": _JUST_US_THERE,
        "just only kun bare que juste seulement / ll will be vil bliver aura sera": (
            _JUST_US_TO_COME
        ),
        "weird funny strange crazy mærkelige underlige sære skøre idees bizarres": (
            _PEOPLE_GET_WEIRD
        ),
        "otherwise else ellers sinon": _OR_ELSE_THEY_SEE,
        "hvor where ou / se see voir læse read lire": _NOT_WHERE_OTHERS_SEE,
        "misforsta misforstå misread misunderstand interpreter comprendre prendre dømme judge"
        " juger": _COULD_MISREAD,
        "kender know connais": _SOMEONE_YOU_KNOW,
        "sagt fortalt told tell mentioned mention parle": _TOLD_ANYONE,
        "tæt sag business regarde ved knows opens sees reads finds sache traces trace spor": (
            _KEEP_QUIET
        ),
        "have ma faut / seeing reading finding see read find se læse finde voie voient lise"
        " lisent tombe tombent": _NOBODY_MAY_SEE,
        "pin code passcode password kode adgangskode mdp": _PIN_ON_IT,
        "nævne mention mentionne cite": _NOT_AT_HOME,
        "værste worst pire": _THINK_THE_WORST,
        "bliver forbliver bli blir stays stay reste sladret snitched told balance engang even": (
            _STAYS_WITH_ME
        ),
        "ask spurgt spørger posera poseront pose demandera demanderont": _SO_NOBODY_ASKS,
        "timer timeren minuteur": _TIMER,
        "bugs bug bothers bother disturbs disturb interrupts annoys forstyrrer forstyrre generer"
        " genere derange deranger embete embeter saoule": _UNBOTHERED,
        "helst importe all": _ANYONE_READS,
        "hidden secret skjult skjulte hemmelig hemmelige cachee cachees secrete secretes partent"
        " vont disappear away forsvinder trace traces spor": _LEAVES_NO_TRACE,
        "rid smid smide smider tømme tøm tømmer rydde ryd rense rens jette no": _THROW_AWAY,
        "flip switch go change skift hop passe bascule / when if once whenever nar hvis quand si"
        " des lorsque": _SWITCH_AWAY,
        "fortæl leur tell sig": _NOT_TO_THEM,
        "skal stays stay nous kun ours aftale deal pact pacte marche arrangement accord ordning"
        " only just bare que juste seulement": _ONLY_OURS,
        f"{_PARENT_WORDS} home toute seule": _PARENTS_SEE_PHONE,
        "wrong forkerte idees": _SO_NO_WRONG_IDEA,
        f"{_PARENT_WORDS} / let allow laissent må ma": _PARENTS_LET_YOU,
        "confiscate take konfiskere tage confisqueraient confisquerait prendraient prendrait": (
            _THEY_WOULD_TAKE_IT
        ),
        "grown adult adults mature voksent voksen voksenting voksne adulte adultes grands": (
            _GROWN_UP_TALK
        ),
        "friends mates venner veninder potes amis copines copains": _FRIENDS_WOULD_NOT_GET,
        "ingen": _NOBODY_CAN_READ,
        "off": _OFF_THE_FAMILY_DEVICE,
        "andre else moi": _FOR_ME_ALONE,
        "mag": _UNDISTURBED,
        "wipe delete erase slet slette efface effacer supprime supprimer": _WIPE_AT_A_TIME,
        "efface supprime delete wipe erase slettet slette": _DELETED_YET,
        "entend entendra hears hear horer hører": _NOBODY_HEARS,
        "gemt saved stored kept logged enregistre sauvegarde garde conserve": _NOTHING_SAVED,
        "lov allowed droit": _NOT_ALLOWED_TO_TALK,
        "secrete secret hemmelige": _SECRET_PARTNER,
        "parles parle comprennent": _NOT_TO_BE_TOLD,
    },
    Signal.MEETS_UP: {
        "envoyer envoie send sende": _WHERE_TO_SEND,
        "live city address location street adresse school skole ecole college lycee": (
            rf"\bwhere\s+(?:(?:do|d)\s+)?{_YOU}\s+live\b|\bwhat\s+city\s+(?:are|do)\s+{_YOU}\b"
            rf"|\b(?:what(?:'s|s|\s+is)?|send\s+me|give\s+me|need|want|get|have|know)\s+{_YOUR}\s+"
            r"(?:home\s+)?(?:address|location|street|postcode|zip|adresse)"
            rf"|\bwhere(?:'s|s|\s+is)\s+{_YOUR}\s+(?:school|house|home)\b"
            r"|\bhvor\s+(?:ligger|er)\s+din\s+skole\b"
            r"|\b(?:il|elle)\s+est\s+ou\s+(?:ton|ta)\s+(?:ecole|college|lycee|maison)\b"
            r"|\b(?:ton|ta)\s+(?:ecole|college|lycee)\s+(?:il|elle)?\s*est\s+ou\b"
        ),
        "meet": r"\b(?:can|could|should|shall)\s+we\s+meet\b"
        r"|\bwe\s+(?:should|could|can|must|gotta|have\s+to|need\s+to)\s+(?:totally\s+|really\s+)?meet"
        r"(?!\s+(?:the|a|an|our|my|its|their|this|that|these|those|expectations|deadlines?)\b)\b"
        r"|\b(?:wanna|want\s+to|let'?s|lets)\s+meet\b|\bmeet\s+(?:up|irl|in\s+person|in\s+real\s+life)\b",
        # Touch wished for: "i wish i could hug u", "jeg ville ønske jeg kunne kramme dig",
        # "j'aimerais te faire un câlin".
        "hug cuddle kiss hold kramme kysse holde calin bisou bras embrasser serrer": (
            r"\bi\s+(?:wish|want|wanna|would\s+love|'d\s+love|really\s+want)\s+(?:i\s+could\s+|to\s+)?"
            rf"(?:hug|cuddle|kiss|hold)\s+{_YOU}\b"
            r"|\bjeg\s+(?:ville\s+ønske\s+jeg\s+kunne|vil\s+gerne|vil\s+sa\s+gerne|kunne\s+godt\s+tænke"
            r"\s+mig\s+at)\s+(?:kramme|kysse|holde\s+om)\s+dig\b"
            r"|\b(?:j'aimerais|je\s+voudrais|j'ai\s+(?:trop\s+|tellement\s+|vraiment\s+)?envie\s+de|je\s+veux)"
            r"\s+(?:tellement\s+|trop\s+|bien\s+)?(?:te\s+faire\s+(?:un\s+)?(?:calin|bisou)|te\s+prendre\s+dans\s+mes\s+bras|t'embrasser"
            r"|te\s+serrer)\b"
        ),
        "school pick come meet see mød viens rejoins": rf"\b(?:what|which)\s+school\s+"
        rf"(?:(?:do|are|r|d)\s+)?{_YOU}\b"
        rf"|\bwhere\s+(?:do\s+)?{_YOU}\s+go\s+to\s+school\b"
        r"|\bi\s+(?:can|could|will|'ll)\s+(?:pick\s+you\s+up|come\s+(?:to\s+you|over|get\s+you"
        rf"|see\s+you|(?:to|by|over\s+to)\s+{_YOUR}\s+(?:place|house|home|school)))\b"
        r"|\b(?:come|kom\s+og)\s+(?:meet|see|mød|se)\s+(?:me|mig)\b"
        r"|\bviens\s+me\s+(?:voir|rejoindre)\b|\brejoins\s*-?\s*moi\b",
        "bor by adresse mødes skole hente ses": (
            r"\bhvor\s+bor\s+du\b|\bhvilken\s+by\s+bor\s+du\b|\bhvad\s+er\s+din\s+adresse\b"
            r"|\b(?:skal|kan|vil)\s+(?:vi|du)\s+mødes\b"
            r"|\bvi\s+(?:kan|skal|burde|skulle|ma|kunne)\s+(?:\S+\s+)?mødes\b"
            r"|\bhvilken\s+skole\s+gar\s+du\b|\b(?:jeg\s+kan|skal\s+jeg|kan\s+jeg)\s+hente\s+dig\b"
            r"|\b(?:vi\s+(?:kan|skal|kunne|burde)|skal\s+vi)\s+(?:godt\s+|ikke\s+)?ses\b"
        ),
        # Coming to one's home: "come over to my place", "kom hjem til mig", "viens chez moi".
        # Somewhere they could come: "du kunne komme med derud en weekend", "tu pourrais passer
        # après les cours, je te ramène".
        "komme passer venir come ramene raccompagne": (
            r"\bdu\s+(?:kunne|kan|ma|skal)\s+(?:godt\s+)?komme\s+(?:med\s+)?(?:derud|herud|herover"
            r"|hjem\s+til\s+mig|forbi)\b"
            r"|\btu\s+(?:pourrais|peux|devrais)\s+(?:passer|venir)\s+(?:chez\s+moi|me\s+voir"
            r"|apres\s+(?:les\s+cours|l'ecole|le\s+college))"
            rf"|\b{_YOU}\s+(?:could|can|should)\s+come\s+(?:over|round|to\s+mine|to\s+my\s+place)\b"
            r"(?!\s+to\s+the\b)"
            r"|\bje\s+te\s+(?:ramene|raccompagne)\b(?=\s*(?:$|[.!,]|apres|chez\s+toi|en\s+voiture"
            r"|a\s+la\s+maison)\b)"
        ),
        "place house flat apartment home hjem chez personne nobody one": (
            r"\bcome\s+(?:over\s+)?(?:to\s+)?my\s+(?:place|house|flat|apartment|home)\b"
            r"|\bkom\s+(?:hjem|over)\s+til\s+mig\b|\bviens\s+chez\s+moi\b"
            # Nobody there: "chez moi y a personne en journée", "no one's home at my place".
            r"|\bchez\s+moi\s+(?:\S+\s+){0,3}?(?:il\s+)?y\s?'?\s?a\s+personne\b(?!\s+qui)"
            r"|\b(?:il\s+)?y\s?'?\s?a\s+personne\s+chez\s+moi\b"
            r"|\b(?:no\s*one|nobody)(?:'s|\s+is)\s+(?:ever\s+)?(?:home\s+at\s+(?:mine|my\s+place)"
            r"|at\s+my\s+(?:place|house))\b"
            r"|\bje\s+(?:peux|vais|pourrais|veux)\s+(?:venir|passer)\s+chez\s+toi\b"
            r"|\bi\s+(?:can|could|will|'ll)\s+come\s+(?:over\s+)?(?:to\s+)?(?:your|ur)\s+(?:place|house|home)\b"
        ),
        "habites adresse voit voie voir rencontre rencontrer capter capte college lycee ecole"
        " chercher": (
            r"\b(?:tu\s+habites|t'habites)\b|\bou\s+(?:tu\s+)?habites\b|\bton\s+adresse\b"
            r"|\bon\s+(?:se\s+voit|se\s+rencontre|(?:peut|pourrait|devrait)\s+se\s+(?:voir"
            r"|rencontrer|capter))\b|\bfaut\s+qu'on\s+se\s+(?:voie|voit|rencontre|capte)\b"
            r"|\bquel(?:le)?\s+(?:college|lycee|ecole)\b(?!\s+de)"
            r"|\bje\s+(?:peux\s+)?(?:viens|venir|passer)?\s*te\s+chercher\b"
        ),
        # Anchored on the when or where: the proposals are among the commonest words.
        f"{_MEET_WHEN_WORDS} / we let lets wanna want shall should how why i vi skal lad vil kunne"
        " on ca tu je": (_MEET_PROPOSAL, _words(_MEET_WHEN)),
        "meet møde voir rencontrer rejoindre retrouver": (
            r"\b(?:i\s+(?:can|could|will|'ll|wanna|want\s+to|would\s+love\s+to|'d\s+love\s+to)|can\s+i"
            r"|could\s+i)\s+(?:come\s+)?meet\s+(?:you|u)\b"
            r"|\bjeg\s+(?:kan|vil|kunne|vil\s+gerne|ville\s+elske\s+at)\s+(?:godt\s+)?møde\s+dig\b"
            r"|\bje\s+(?:peux|veux|voudrais|pourrais|vais|aimerais)\s+(?:bien\s+)?(?:venir\s+|passer\s+)?"
            r"te\s+(?:voir|rencontrer|rejoindre|retrouver|chercher)\b"
        ),
        # Coming to them: "i can drive to you", "jeg kan køre ud til dig".
        "drive come travel køre komme tage venir": (
            r"\bi\s+(?:can|could|will|'ll)\s+(?:drive|come|travel|get\s+a\s+train|take\s+the\s+train)\s+"
            r"(?:to|out\s+to|over\s+to|down\s+to|up\s+to)\s+(?:you|u|your)\b"
            r"|\bjeg\s+(?:kan|vil|kunne)\s+(?:godt\s+)?(?:køre|komme|tage)\s+(?:ud\s+|over\s+|hen\s+|ned\s+)?"
            r"til\s+dig\b"
        ),
        # When school is out: "what time does school finish", "tu finis les cours à quelle heure".
        "school class classes fri skole skolen heure": (
            r"\bwhat\s+time\s+(?:does|do)\s+(?:school|your\s+school|class|classes|you)\s+(?:finish|end"
            r"|get\s+out|let\s+out)|\bwhen\s+(?:does|do)\s+(?:school|your\s+school|classes)\s+(?:finish"
            r"|end|get\s+out|let\s+out)"
            r"|\bhvornar\s+(?:har|far)\s+du\s+fri\b|\bhvornar\s+slutter\s+(?:du|skolen|din\s+skole)\b"
            r"|\b(?:tu\s+finis|tu\s+sors|tu\s+termines)\s+(?:\S+\s+){0,3}?a\s+quelle\s+heure\b"
            r"|\ba\s+quelle\s+heure\s+tu\s+(?:finis|sors|termines)\b"
        ),
        "live bor there der derover derned derop y / near around close by in nærheden tæt omkring"
        " ved a often all every regularly tit ofte hele hver souvent tout chaque parfois"
        " regulierement": _OFTEN_THERE,
        "by omrade nærheden / jeg": r"\bjeg\s+(?:bor|er|kommer|er\s+snart)\s+(?:\S+\s+)?i\s+"
        r"(?:dit\s+omrade|din\s+by|nærheden)\b",
        "area city town place neighbourhood neighborhood close near nearby far tæt nærheden"
        " langt omrade loin pres cote coin ville quartier kommer tager kører": _NEAR,
    },
    Signal.OFFERS_GIFT: {
        "points point coins robux bucks vbucks gems skins money credits gemmes": _SENDS_POINTS,
        "gift present gave cadeau / think see se vois": _AS_A_PRESENT,
        "talk talking chat chatting text texting skrive snakke chatte parler ecrire / all bare"
        " tout": _ALL_I_ASK,
        "gift present surprise deserve everything gave overraskelse fortjener hele sammen cadeau"
        " merites tout achete acheterai offrirai paierai payerai enverrai donnerai offre paie"
        " paye envoie prete": _GIFT_FOR_YOU,
        # The gift for something done: "du får koden hvis du tilføjer mig", "you get the code
        # if you add me", "tu auras le code si tu m'ajoutes".
        "får far get auras / hvis if si": (
            # Something done for the writer: "if you add me", not "if you ask the teacher".
            r"\bdu\s+far\s+(?:koden|kortet|pengene|gavekortet)\s+(?:\S+\s+)?hvis\s+du\s+(?:\S+\s+){0,2}?mig\b"
            rf"|\b{_YOU}(?:\s+get|'ll\s+get|ll\s+get|\s+will\s+get)\s+(?:the\s+code|the\s+card|the\s+money)\s+"
            rf"(?:\S+\s+)?if\s+{_YOU}\s+(?:\S+\s+){{0,2}}?me\b"
            r"|\btu\s+(?:auras|recevras)\s+(?:le\s+code|la\s+carte|l'argent)\s+(?:\S+\s+)?si\s+tu\s+"
            r"(?:m'|me\s+)"
        ),
        # An amount given, its unit said before: "jeg kan give dig 2000" (robux, kroner), "je
        # peux te filer 1000".
        "give giver sende sender overføre overfører donner filer envoyer donne file envoie": (
            r"\bjeg\s+(?:kan\s+|vil\s+|skal\s+|kunne\s+)?(?:godt\s+)?(?:give|sende|overføre|giver|sender"
            r"|overfører)\s+dig\s+"
            r"[1-9]\d{1,5}(?:\s*(?:kr|kroner|robux|v-?bucks|coins|gems|point)\b|\s*(?=$|[.!,?])"
            r"|\s+pa\s+(?:mobilepay|paypal|revolut)\b)"
            r"|\bje\s+(?:peux\s+|vais\s+)?(?:te|t')\s*(?:donner|filer|envoyer|donne|file|envoie)\s+"
            r"[1-9]\d{1,5}(?:\s*(?:robux|v-?bucks|euros?|€|balles|coins|gemmes)\b|\s*(?=$|[.!,?]))"
        ),
        # Spoiling, and asking what they would like: "i'd love to spoil you", "hvad ønsker du dig".
        "spoil forkæle gater ønsker plaisir gift present": (
            rf"\bspoil\s+{_YOU}\b|\bforkæle\s+dig\b|\bte\s+gater\b"
            r"|\bhvad\s+ønsker\s+du\s+dig\b|\b(?:qu'est-ce\s+qui|ce\s+qui)\s+te\s+ferait\s+plaisir\b"
            rf"|\bwhat\s+(?:do|would)\s+{_YOU}\s+(?:want|like)\s+(?:for|as)\s+a\s+(?:gift|present)\b"
        ),
        f"{_GIFT_WORDS} pay / i let want wanna do would need jeg vil je tu te t": _GIVING,
        # Money sent, or a handle to send it to: "i'll transfer you 50", "hvad er dit mobilepay".
        "transfer wire send money cash top overfører overføre sender sende penge kr kroner virement"
        " paypal venmo cashapp zelle revolut"
        " vire virer envoie envoyer argent sous balles euros recharge recharger": (
            r"\b(?:transfer|wire|send)\s+(?:you|u)\s+(?:some\s+)?(?:money|cash|\$\s?\d+|\d+\s*"
            r"(?:bucks|dollars?|pounds?|quid|euros?|\$|€|£))"
            rf"|\btop\s*-?\s*up\s+{_YOUR}\b"
            r"|\b(?:overfører|overføre|sender|sende)\s+(?:dig\s+)?(?:nogle\s+)?(?:\d+\s*(?:kr|kroner)|penge)\b"
            r"|\b\d+\s*(?:kr|kroner)\s+til\s+dig\b"
            r"|\bje\s+(?:(?:peux|vais|pourrais|veux|voudrais)\s+)?(?:te\s+|t')?(?:fais|ferai|faire"
            r"|peux\s+faire)\s+un\s+virement\b"
            # The payment app as the verb: "i can paypal you 30", "ill venmo u".
            rf"|\bi(?:'ll|ll|\s+will|\s+can|\s+could)?\s+(?:paypal|venmo|cashapp|zelle|revolut)\s+{_YOU}\b"
            r"(?!\s+back\b)"
            r"|\b(?:t'|te\s+)(?:envoie|envoyer|vire|virer|file|filer)\s+(?:\S+\s+)?(?:de\s+l'argent|des\s+sous"
            r"|\d+\s*(?:euros?|€|balles))|\bje\s+(?:peux\s+|vais\s+|pourrais\s+|veux\s+)?(?:te\s+)?recharger?\s+(?:ton|ta)\b"
        ),
        "cashapp cash venmo paypal mobilepay lydia revolut iban kontonummer rib": (
            r"\b(?:what(?:'s|s|\s+is)?|wats?|give\s+me|send\s+me|hvad\s+er|giv\s+mig|send\s+mig"
            r"|c'est\s+quoi|donne\s*-?\s*moi|t'as)\s+(?:your|ur|dit|din|ton|ta|un|une)?\s*"
            r"(?:cash\s?app|venmo|paypal|mobilepay|lydia|revolut|iban|kontonummer|rib)\b"
        ),
        "gift giftcard giftcards gavekort carte cartes robux vbucks bucks psn steam itunes amazon"
        " nitro paysafe": (_GIFT_CARD, _YOU_ANY),
        # Bought already: "jeg har købt nogle skins til dig", "i got you something".
        "købt kobt bought got": rf"\bjeg\s+har\s+(?:lige\s+|ogsa\s+)?k[øo]bt\s+(?:\w+\s+){{0,3}}til"
        rf"\s+dig\b|\bi(?:'ve|\s+have)?\s+(?:just\s+|already\s+)?(?:bought|got)\s+{_YOU}\s+"
        rf"(?:a\s+|an\s+|some\s+|the\s+|new\s+|nice\s+)*{_GIFT}\b",
        # Something in return: "så skal du bare gøre noget for mig", "en échange".
        "favour favor something thing return exchange gøre gengæld fasses dois devras echange": (
            _IN_RETURN
        ),
        "favour favor pay gengælde pareille revaudras strings catch betingelser retour return"
        " exchange gengæld echange intet": _OWED_OR_FREE,
        "spoiled spoilt pampered gifts presents things forkælet forkælelse gaver pænt gatee gate"
        " choyee choye cadeaux / deserve fortjener merites": _DESERVE_SPOILING,
        "købe kobe give forære spendere betale buy pay acheter achete offrir offre offrirai payer"
        " paye paie payerai / jeg i ill let je": _BUY_THEM_FOR_YOU,
        "gift giftcard giftcards gavekort carte cartes robux vbucks bucks psn steam itunes amazon"
        " nitro paysafe / want wanna need like vil veux dit": _CARD_OFFERED,
        "gift giftcard giftcards gavekort carte cartes robux vbucks bucks psn steam itunes amazon"
        " nitro paysafe skins coins gems credits card cards codes code kort koder point"
        " / i jeg j": _SPARE,
        "if hvis si / favour favor something thing tjeneste noget ting service truc chose": (
            _GIVEN,
            _IF_FAVOUR,
        ),
        "yours din dit dine toi owe skylder dois": _THE_PRICE_IS_YOU,
        "mobilepay paypal revolut venmo cashapp zelle lydia": (_PAID_BY_APP, _NOTHING_TO_ME),
        "services service gengæld return echange retour favours favors": _FAVOURS_BACK,
    },
    Signal.FLATTERS: {
        "mature moden grown voksen mure mur hovedet grande older ældre vieille vieux agee age alder"
        " years girls someone klogere modnere smarter wiser"
        " boys kids guys andre autres": _FLATTERY,
        "body figure krop corps": _BODY_PRAISED,
        "age alder ligeglad": _AGE_NO_MATTER,
        "fine ok okay cool alright fint grave probleme derange bother noget / me mig moi": (
            _AGE_NO_MATTER
        ),
        f"{_PICS_WORDS} pfp profile profilbillede profilbilledet billedet billederne pp pdp": (
            _PHOTO_PRAISED
        ),
        "because cause cuz coz bc fordi parce": _JUST_BECAUSE,
        "connection bond forbindelse kemi relation connexion lien": _SPECIAL_BOND,
        "age alder / 10 11 12 13 14 15 16 17": _AGE_JUST_A_NUMBER,
        "smart clever mature grown pretty beautiful gorgeous intelligent intelligente wise klog"
        " moden voksen smuk pæn sød mure belle jolie mignonne maline malin ecris skriver writes"
        " write / 10 11 12 13 14 15 16 17": [
            (_CLEVER, _FOR_A_YOUNG_AGE, _TO_YOU),
            (_CLEVER, _ALREADY_SO),
        ],
        "smarter cleverer mature klogere modnere intelligente intelligent": (
            _SMARTER_THAN_THEY_THINK
        ),
        "age alder special betyder comptes": _SAME_AGE_WITH_YOU,
        "older ældre vieille vieux agee grande": _SEEM_OLDER,
        # Good for that age: "du er sgu dygtig for en på 12".
        "dygtig klog moden god sød smuk flot / 10 11 12 13 14 15 16 17": (
            r"\b(?:dygtig|klog|moden|god|sød|smuk|flot)\s+(?:\S+\s+)?for\s+en\s+pa\s+(?:1[0-7]|9)\b"
        ),
        # How they write: "du skriver så voksent", "you write like an adult", "tu écris comme
        # une adulte".
        "voksent modent maturely adult grown adulte": (
            r"\b(?:du\s+skriver|you\s+write|u\s+write|tu\s+ecris|t'\s?ecris)\s+(?:\S+\s+){0,2}?"
            r"(?:voksent|modent|maturely|like\s+an\s+adult|like\s+a\s+grown\s*-?\s*up"
            r"|comme\s+une?\s+adulte)\b"
        ),
    },
    Signal.ISOLATES: {
        f"{_UNDERSTAND_WORDS} {_DEGRADING_WORDS} treat trust anything everything need alt stole"
        " brug dire confiance besoin only treat treats behandler traite traitent talk speak snakke"
        " tale parler better bedre mieux eneste seul seule holder elsker lytter aime": _ISOLATION,
        "treat behandle traiterais trust stoler confiance lose mister miste perdras perdre perdrais"
        " believe tro croirait croira croire": _ISOLATION_MORE,
        "they friends parents family mom mum dad forældre venner veninder mor far de tes ta ton"
        " ils": _NOT_UNDERSTOOD,
        "apart split separate between stop skille stoppe hinanden imellem separer empecher"
        " arreter": _KEEP_US_APART,
    },
}
