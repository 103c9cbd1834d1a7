"""Grooming-risk signals, and the score that decides when the stranger at risk sees one alert.

- `signals_in(text) -> frozenset[Signal]`: the signals one message carries (English, Danish,
  French; leetspeak and look-alike letters read through):
  `ASKS_AGE` ("how old are you", "asl", "age?", "hvor gammel er du", "t'as quel âge"),
  `ASKS_CONTACT` (for photos or contact details: "send pics", "what's your snap", "got insta?",
  "send et billede", "ton snap ?"; a message that gives a phone number, e-mail or handle too),
  `MOVES_APP` ("let's move to telegram", "add me on discord", "skal vi skrive på snap", "on
  continue sur whatsapp"), `SECRECY` ("don't tell your parents", "our secret", "delete this
  chat", "are you alone", "sig det ikke til nogen", "c'est notre secret"; hiding the chat from
  parents, deleting it afterwards and promising nobody will know, worded many ways: "make sure
  your mom doesnt see this", "husk at slette alt bagefter", "personne ne saura rien"),
  `MEETS_UP` ("where do you live", "can we meet", "what school do you go to", "hvor bor du",
  "tu habites où").
- `GroomingRisk()`: one per chat and per stranger at risk. Feed it what the *other* stranger
  sends, as sent (before masking); `observe(text) -> bool` is True exactly once, for the
  message that first takes the score to `ALERT_THRESHOLD`: show the alert then.

Scoring: a signal's first message adds `WEIGHTS[signal]`, each repeat adds 1, up to twice its
weight. So asking age and for a snap (1 + 2) does not alert, which ordinary chats do all the
time; adding a move to another app, asking again and again, or any secrecy with another signal
does. Signals are cues for the person at risk, not proof: the alert only suggests care.
"""

from __future__ import annotations

import re
from enum import StrEnum

from strangerchat.safety.contacts import has_contact
from strangerchat.safety.normalise import Reading


class Signal(StrEnum):
    ASKS_AGE = "asks_age"
    ASKS_CONTACT = "asks_contact"
    MOVES_APP = "moves_app"
    SECRECY = "secrecy"
    MEETS_UP = "meets_up"


WEIGHTS = {
    Signal.ASKS_AGE: 1,
    Signal.ASKS_CONTACT: 2,
    Signal.MOVES_APP: 2,
    Signal.MEETS_UP: 2,
    Signal.SECRECY: 3,
}
ALERT_THRESHOLD = 4

_YOU = r"(?:you|u|ya|yu)"
_YOUR = r"(?:your|ur|yr|you're|youre)"
_APP = (
    r"(?:snap(?:chat)?|sc|insta(?:gram)?|ig|kik|discord|telegram|tg|whats\s?app|wa|skype"
    r"|wickr|wechat|viber|facebook|fb|messenger|tiktok|twitter|e-?mail)"
)
_PICS = r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|nudes?|vid|vids|video|videos)"
_CONTACT = rf"(?:{_APP}|number|nr|nummer|numero|num|phone|cell|mobil|socials?|handle)"
_ADD_ME = r"(?:(?:add|message|msg|dm|text|call|find|follow)\s+(?:me|moi|mig)|hmu|hit\s+me\s+up)"

_APPS = "snap snapchat sc insta instagram ig kik discord telegram tg whats whatsapp wa skype wickr"
_APPS += " wechat viber facebook fb messenger tiktok twitter email mail"
_CONTACT_WORDS = f"{_APPS} number nr nummer numero num phone cell mobil social socials handle"
_PICS_WORDS = (
    "pic pics picture pictures photo photos selfie selfies nude nudes vid vids video videos"
)

# Per signal: rules keyed by their words, one of which a message must hold before the rule is
# tried. Most messages hold none, so they cost set lookups instead of regex scans.
_RULES = {
    Signal.ASKS_AGE: {
        "old young": rf"\bho?w\s+(?:old|young)\s+(?:are|r|ar)?\s*{_YOU}\b|^\s*how\s+old\s*\?*\s*$",
        "age": rf"\b(?:what(?:'s|s|\s+is)?|wats?)\s+{_YOUR}\s+age\b|\b{_YOUR}\s+age\s*\?"
        r"|\bage\s*(?:\?|pls|plz|please)|^\s*age\s*$|\b(?:t'as|tu\s+as|ta)\s+quel\s+age\b"
        r"|\bquel\s+age\s*(?:as\s*-?\s*tu|tu\s+as|t'as|\?|$)",
        "asl l asv": r"\ba\s?/?\s?s\s?/?\s?l\b|\basv\b",
        "minor under over 18 10 11 12 13 14 15 16 17": rf"(?:^|\s){_YOU}\s+1[0-7]\s*\?"
        rf"|\b(?:are|r)\s+{_YOU}\s+(?:a\s+)?(?:minor|under\s*(?:18|age)|over\s*18|18|1[0-7])\b",
        "grade year born": rf"\bwhat\s+(?:grade|year)\s+(?:are|r)\s+{_YOU}\s+in\b"
        rf"|\bwhen\s+(?:were|was)\s+{_YOU}\s+born\b|\bwhat\s+year\s+were\s+{_YOU}\s+born\b",
        "gammel alder klasse 18": r"\bhvor\s+gammel\s+er\s+du\b|^\s*hvor\s+gammel\s*\?*\s*$"
        r"|\balder\s*\?|\bhvad\s+er\s+din\s+alder\b|\ber\s+du\s+under\s+18\b"
        r"|\bhvilken\s+klasse\s+gar\s+du\b",
        "mineur mineure classe": r"\b(?:tu\s+es|t'es)\s+mineure?\b"
        r"|\b(?:t'es|tu\s+es|tu\s+vas)\s+en\s+quelle\s+classe\b",
    },
    Signal.ASKS_CONTACT: {
        f"{_PICS_WORDS} billede billeder foto fotos": (
            rf"\b(?:send|snd|sent|show|post|drop|trade|swap|share)\s+(?:me\s+)?"
            rf"(?:a\s+|an\s+|some\s+|more\s+|{_YOUR}\s+|the\s+)?"
            rf"(?:face\s+|body\s+|hot\s+|cute\s+|sexy\s+)?{_PICS}\b"
            rf"|\b(?:got|have|any)\s+(?:any\s+)?{_PICS}\s*\?"
            r"|\bsend\s+(?:mig\s+)?(?:et|nogle|flere|dit)\s+(?:billede|billeder|foto|fotos|nudes?)\b"
            r"|\benvoie\s*(?:-?\s*moi\s+)?(?:une|des|ta|tes)?\s*(?:photos?|pics?|nudes?|selfies?)\b"
        ),
        "see body face feet legs chest bum butt boobs tits ass look reveal cam": (
            rf"\bcan\s+i\s+see\s+{_YOU}\b|\bwhat\s+do\s+{_YOU}\s+look\s+like\b|\bface\s+reveal\b"
            rf"|\bshow\s+me\s+{_YOUR}\s+(?:body|face|feet|legs|chest|bum|butt|boobs|tits|ass)\b"
            rf"|\b(?:turn\s+on|open)\s+{_YOUR}\s+cam"
        ),
        _CONTACT_WORDS: (
            rf"\b(?:what(?:'s|s|\s+is)?|wats?|give\s+me|send\s+me|drop|gimme)\s+{_YOUR}\s+{_CONTACT}"
            rf"|\b(?:can|could|may)\s+i\s+(?:have|get|add)\s+{_YOUR}\s+{_CONTACT}"
            rf"|\b(?:got|have|do\s+{_YOU}\s+have|{_YOU}\s+have|u\s+got|you\s+got|on)\s+{_APP}\s*\?"
            rf"|^\s*{_YOUR}?\s*{_APP}\s*\?|\b{_YOUR}\s+{_CONTACT}\s*\?|\bhar\s+du\s+{_APP}\b"
            rf"|\b(?:hvad\s+er|giv\s+mig|send\s+mig)\s+(?:din|dit)\s+{_CONTACT}"
            rf"|\b(?:ma|kan)\s+jeg\s+fa\s+(?:din|dit)\s+{_CONTACT}"
            rf"|\b(?:t'as|tu\s+as|ta)\s+{_APP}\b|\b(?:ton|ta)\s+{_CONTACT}\s*\?"
            rf"|\bc'est\s+quoi\s+(?:ton|ta)\s+{_CONTACT}|\bdonne\s*-?\s*moi\s+(?:ton|ta)\s+{_CONTACT}"
        ),
        "dig ud ressembles ressemble montre": (
            r"\bkan\s+jeg\s+se\s+dig\b|\bhvordan\s+ser\s+du\s+ud\b|\btu\s+ressembles?\s+a\s+quoi\b"
            r"|\bmontre\s*-?\s*moi\s+(?:toi|ton\s+corps|ta\s+tete|tes\s+pieds|ton\s+visage)\b"
        ),
    },
    Signal.MOVES_APP: {
        _APPS: (
            r"\b(?:let'?s|lets|we\s+can|we\s+should|can\s+we|could\s+we|wanna|want\s+to|shall\s+we)"
            r"\s+(?:move|go|switch|talk|chat|continue|text|message|keep\s+talking|take\s+this)\s+"
            rf"(?:this\s+)?(?:to|on|over\s+(?:to|on)|onto|in)\s+{_APP}\b"
            rf"|\b{_ADD_ME}\s+(?:on|at|in)\s+{_APP}\b|\b(?:move|switch)\s+to\s+{_APP}\b"
            r"|\b(?:skal\s+vi|lad\s+os|vil\s+du)\s+(?:skrive|snakke|tage\s+den|fortsætte|ga|rykke)"
            rf"\s+(?:videre\s+)?(?:over\s+)?(?:pa|til)\s+{_APP}\b"
            rf"|\b(?:tilføj|skriv\s+til|add)\s+mig\s+pa\s+{_APP}\b"
            rf"|\bon\s+(?:continue|parle|passe|va|discute)\s+(?:sur|par|en)\s+{_APP}\b"
            rf"|\b(?:viens|ajoute\s*-?\s*moi|ecris\s*-?\s*moi|parle\s*-?\s*moi)\s+(?:sur|en)\s+{_APP}\b"
        ),
        "somewhere someplace app ailleurs": (
            r"\b(?:talk|chat|go|move|continue|text)\s+some(?:where|place)\s+(?:more\s+)?"
            r"(?:private|else)\b|\bon\s+(?:continue|parle)\s+ailleurs\b"
            r"|\b(?:talk|chat|text)\s+(?:on|over)\s+(?:another|a\s+different|a\s+better)\s+app\b"
        ),
    },
    Signal.SECRECY: {
        # Hiding the chat from parents: "make sure your mom doesnt see this", "hide this from
        # your parents", "lad vær med at vise dine forældre det", "montre pas ça à tes parents".
        "hide let sure show see parents mom mum dad family": (
            rf"\b(?:hide|don'?t\s+let|make\s+sure|never\s+show|don'?t\s+show)\b[^.!?]{{0,30}}"
            rf"\b{_YOUR}\s+(?:parents|mom|mum|dad|family)\b"
            rf"|\b{_YOUR}\s+(?:parents|mom|mum|dad)\s+(?:would|will|gonna|wouldn'?t)\s+"
            r"(?:freak|kill|be\s+mad|understand|get\s+it)"
        ),
        "vis vise viser gem skjul forældre mor far": (
            r"\b(?:vis|vise|viser|gem|skjul)\b[^.!?]{0,30}\b(?:dine\s+forældre|din\s+mor|din\s+far)\b"
            r"|\b(?:dine\s+forældre|din\s+mor|din\s+far)\s+(?:skal|ma|behøver)\s+ikke\s+"
            r"(?:se|vide|læse|høre)"
        ),
        "montre montrer cache faut parents mere pere": (
            r"\b(?:montre|montrer|cache|cacher|faut\s+pas\s+que)\b[^.!?]{0,40}"
            r"\b(?:tes\s+parents|ta\s+mere|ton\s+pere|ta\s+famille)\b"
        ),
        # Deleting it afterwards: "wipe this chat after", "delete everything we said", "husk at
        # slette alt", "fjern samtalen", "efface tout après", "vide l'historique".
        "delete erase clear wipe slet slette fjern efface effacer supprimer vide vider": (
            rf"\b(?:delete|erase|clear|wipe)\s+(?:this\s+|the\s+|our\s+|these\s+|all\s+|{_YOUR}\s+)?"
            r"(?:chat|messages?|convo|conversation|history|texts?|everything|it\s+all)\b"
            r"|\b(?:slet|slette|fjern)\s+(?:lige\s+)?(?:alt|chatten|beskederne|samtalen|historikken)\b"
            r"|\bhusk\s+at\s+slette\b"
            r"|\b(?:efface|effacer|supprime|supprimer|vide|vider)\s+(?:tout|nos\s+messages|les\s+messages"
            r"|la\s+conv\w*|l'\s?historique|le\s+chat|la\s+discussion)\b"
        ),
        # Promising nobody will know: "nobody will ever know", "i wont tell anyone", "ingen får
        # det at vide", "personne ne saura", "entre toi et moi".
        "nobody one noone tell between ingen siger mellem personne entre dirai": (
            r"\b(?:nobody|no\s+one|noone)\s+(?:will|would|has\s+to|needs\s+to|gonna|is\s+gonna)\s+"
            r"(?:ever\s+)?(?:know|find\s+out)|\bi\s+(?:won'?t|wont|will\s+never)\s+tell\s+"
            r"(?:anyone|anybody|nobody)|\bbetween\s+(?:me\s+and\s+(?:you|u)|(?:you|u)\s+and\s+me)\b"
            r"|\bingen\s+(?:far|finder|vil|kommer\s+til\s+at)\s+(?:det\s+)?(?:at\s+)?(?:vide|ud)\b"
            r"|\bsiger\s+det\s+ikke\s+til\s+nogen\b|\bmellem\s+dig\s+og\s+mig\b"
            r"|\bpersonne\s+(?:ne\s+)?(?:le\s+)?(?:saura|va\s+savoir|sera\s+au\s+courant)\b"
            r"|\bje\s+(?:ne\s+)?dirai\s+rien\s+a\s+personne\b|\bentre\s+(?:toi\s+et\s+moi|nous)\b"
        ),
        "tell": r"\bdon'?t\s+tell\s+(?:your\s+|ur\s+)?"
        r"(?:parents|mom|mum|dad|anyone|anybody|nobody)",
        "secret between know": (
            r"\bour\s+(?:little\s+)?secret\b|\bcan\s+(?:you|u)\s+keep\s+a\s+secret\b"
            r"|\bkeep\s+(?:this|it|that)\s+(?:between\s+us|a\s+secret|secret|to\s+yourself)\b"
            r"|\bstays?\s+between\s+us\b|\bjust\s+between\s+(?:us|you\s+and\s+me)\b"
            r"|\b(?:nobody|no\s+one|noone)\s+(?:needs|has|have)\s+to\s+know\b"
            r"|\bparents\s+(?:won'?t|dont|don'?t\s+need\s+to)\s+know\b"
        ),
        "delete erase clear": r"\b(?:delete|erase|clear)\s+(?:this|the|our|these|all)\s+"
        r"(?:chat|messages?|convo|conversation|history|texts?)",
        "parents mom mum dad alone": rf"\b(?:are|r|is)\s+{_YOUR}\s+(?:parents|mom|mum|dad)\s+"
        rf"(?:home|around|there|awake|asleep)\b|^\s*{_YOU}\s+alone\s*\??$"
        rf"|\b(?:are|r)\s+{_YOU}\s+(?:home\s+)?alone\b(?!\s+in\b)",
        "sig hemmelighed mellem slet alene forældre vide": (
            r"\bsig\s+det\s+ikke\s+til\b|\bvores\s+(?:lille\s+)?hemmelighed\b|\bbliver\s+mellem\s+os\b"
            r"|\bslet\s+(?:chatten|beskederne|samtalen|det\s+her)\b|\ber\s+du\s+alene\s*(?:hjemme|\?|$)"
            r"|\ber\s+dine\s+forældre\s+hjemme\b|\bingen\s+(?:behøver|skal)\s+(?:at\s+)?vide\b"
        ),
        "dis secret supprime seul seule parents entre savoir": (
            r"\bdis\s+(?:rien|pas|le\s+pas)\s+(?:a\s+)?(?:tes\s+parents|personne|ta\s+mere|ton\s+pere)\b"
            r"|\b(?:ne\s+)?(?:le\s+)?dis\s+(?:le\s+)?a\s+personne\b|\bnotre\s+(?:petit\s+)?secret\b"
            r"|\bsupprime\s+(?:la\s+conversation|les\s+messages|le\s+chat|la\s+discussion|tout)\b"
            r"|\b(?:t'es|tu\s+es)\s+seule?\s*(?:a\s+la\s+maison|chez\s+toi|\?|$)"
            r"|\btes\s+parents\s+sont\s+(?:la|a\s+la\s+maison)\b|\breste\s+entre\s+nous\b"
            r"|\bpersonne\s+(?:ne\s+)?(?:doit|a\s+besoin\s+de)\s+(?:le\s+)?savoir\b"
        ),
    },
    Signal.MEETS_UP: {
        "live city address location street": (
            rf"\bwhere\s+(?:(?:do|d)\s+)?{_YOU}\s+live\b|\bwhat\s+city\s+(?:are|do)\s+{_YOU}\b"
            rf"|\b(?:what(?:'s|s|\s+is)?|send\s+me|give\s+me)\s+{_YOUR}\s+(?:address|location|street)"
        ),
        "meet": r"\b(?:can|could|should|shall)\s+we\s+meet\b"
        r"|\b(?:wanna|want\s+to|let'?s|lets)\s+meet\b|\bmeet\s+(?:up|irl|in\s+person|in\s+real\s+life)\b",
        "school pick come": rf"\b(?:what|which)\s+school\s+(?:(?:do|are|r|d)\s+)?{_YOU}\b"
        rf"|\bwhere\s+(?:do\s+)?{_YOU}\s+go\s+to\s+school\b"
        r"|\bi\s+(?:can|could|will|'ll)\s+(?:pick\s+you\s+up|come\s+(?:to\s+you|over|get\s+you))\b",
        "bor by adresse mødes skole hente": (
            r"\bhvor\s+bor\s+du\b|\bhvilken\s+by\s+bor\s+du\b|\bhvad\s+er\s+din\s+adresse\b"
            r"|\b(?:skal|kan|vil)\s+(?:vi|du)\s+mødes\b|\bvi\s+(?:kan|skal)\s+(?:godt\s+)?mødes\b|\bhvilken\s+skole\s+gar\s+du\b"
            r"|\bjeg\s+kan\s+hente\s+dig\b"
        ),
        "habites adresse voit voir rencontre rencontrer college lycee ecole chercher": (
            r"\b(?:tu\s+habites|t'habites)\b|\bou\s+(?:tu\s+)?habites\b|\bton\s+adresse\b"
            r"|\bon\s+(?:se\s+voit|peut\s+se\s+voir|se\s+rencontre|peut\s+se\s+rencontrer)\b"
            r"|\bquel(?:le)?\s+(?:college|lycee|ecole)\b(?!\s+de)"
            r"|\bje\s+(?:peux\s+)?(?:viens|venir|passer)?\s*te\s+chercher\b"
        ),
    },
}


def _index_rules() -> dict[str, list[tuple[Signal, re.Pattern[str]]]]:
    """Each anchor word: the rules it lets through, with their signals."""
    by_anchor: dict[str, list[tuple[Signal, re.Pattern[str]]]] = {}
    for signal, rules in _RULES.items():
        for words, rule in rules.items():
            compiled = re.compile(rule)
            for word in words.split():
                by_anchor.setdefault(word, []).append((signal, compiled))
    return by_anchor


_BY_ANCHOR = _index_rules()
_ANCHORS = frozenset(_BY_ANCHOR)


def signals_in(text: str | Reading, gives_contact: bool | None = None) -> frozenset[Signal]:
    """The signals that one message carries.

    `gives_contact`: whether the message holds contact details, when the caller already knows
    (the guard masks them anyway); None to find out here.
    """
    reading = Reading.of(text)
    found: set[Signal] = set()
    anchors = reading.words & _ANCHORS
    if anchors:
        tried: set[re.Pattern[str]] = set()
        for word in anchors:
            for signal, rule in _BY_ANCHOR[word]:
                if signal in found or rule in tried:
                    continue
                tried.add(rule)
                if rule.search(reading.unleeted):
                    found.add(signal)
    if gives_contact is None:
        gives_contact = has_contact(reading)
    if gives_contact:
        found.add(Signal.ASKS_CONTACT)
    return frozenset(found)


class GroomingRisk:
    """The score of what one stranger sent, on behalf of the other; alerts once per chat."""

    __slots__ = ("_alerted", "_hits", "last", "threshold")

    def __init__(self, threshold: int = ALERT_THRESHOLD) -> None:
        self.threshold = threshold
        self._hits: dict[Signal, int] = {}
        self._alerted = False
        self.last: frozenset[Signal] = frozenset()  # the signals of the last message observed

    @property
    def score(self) -> int:
        return sum(min(WEIGHTS[s] + hits - 1, 2 * WEIGHTS[s]) for s, hits in self._hits.items())

    @property
    def signals(self) -> frozenset[Signal]:
        """Every signal seen so far, for a report or the moderators' queue."""
        return frozenset(self._hits)

    def observe(self, text: str | Reading, gives_contact: bool | None = None) -> bool:
        """Count one message; True when this message first takes the score to the threshold.

        `gives_contact` as for `signals_in`.
        """
        self.last = signals_in(text, gives_contact)
        for signal in self.last:
            self._hits[signal] = self._hits.get(signal, 0) + 1
        if self._alerted or self.score < self.threshold:
            return False
        self._alerted = True
        return True
