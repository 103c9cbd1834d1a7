"""Grooming-risk signals, and the score that decides when the stranger at risk sees one alert.

- `signals_in(text) -> frozenset[Signal]`: the signals one message carries (English, Danish,
  French; leetspeak and look-alike letters read through; the word rules are in
  `grooming_rules.py`):
  `ASKS_AGE` ("how old are you", "asl", "u still in school?", "hvor gammel er du", "t'as quel
  âge"), `ASKS_CONTACT` (for photos or contact details: "send pics", "what's your snap", "kan du
  sende en selfie", "ton snap ?"; a message that gives a phone number, e-mail or handle, or
  promises one, too), `MOVES_APP` ("let's move to telegram", "download wickr and add me", "skal
  vi skrive på snap", "on continue en privé"), `SECRECY` (hiding the chat from parents: "dont
  let your parents see", "dine forældre behøver ikke kende til mig", "si ton père regarde dis
  que je suis un pote"; deleting it or never keeping it: "wipe the browser", "slå forsvindende
  beskeder til", "efface tout après"; promising nobody will know: "this is our thing", "jeg
  sladrer aldrig", "personne ne saura rien", "not even your best friend"; reasons and cover:
  "people wouldn't understand", "folk ville misforstå det", "tag ikke screenshot", "dis que tu
  fais tes devoirs"; wanting it private, coming alone), `MEETS_UP`
  ("where do you live", "i'm in your area", "vi kunne tage en is efter skole", "j'habite pas
  loin de chez toi"), `OFFERS_GIFT` ("i want to buy you something", "jeg kan sende dig et
  gavekort", "tu veux des robux ?"), `FLATTERS` ("you're so mature", "moden for din alder"),
  `ISOLATES` ("only i understand you", "dine venner er barnlige", "y a que moi qui te
  comprends").
- `GroomingRisk()`: one per chat and per stranger at risk. Feed it what the *other* stranger
  sends, as sent (before masking); `observe(text) -> bool` is True exactly once, for the
  message that first takes the score to `ALERT_THRESHOLD`: show the alert then.

Scoring: a signal's first message adds `WEIGHTS[signal]`, each repeat adds 1, up to twice its
weight. So asking age and for a snap (1 + 2) does not alert, which ordinary chats do all the
time, nor does giving one's own after ("insta?" then "mines @mia.draws": one exchange), or
asking to be added with it or just after ("t'as snap? moi c'est lea.mrt" then "ajoute moi");
adding a move to another app, or secrecy, a gift, isolation or meeting up with another signal
does. One signal on its own alerts only when it comes back: a strong one (weight 3:
secrecy, a gift, isolation) in a second message ("delete this chat after" and later "make sure
your mum never sees it"), one of weight 2 in a third; asking age alone never alerts. One "don't
tell anyone" about a surprise party never does; when the writer names a surprise for someone
else ("a surprise party for my sister"), secrecy in that message, the one before and the two
after weighs 1, like asking age.
Beside the rules, the small classifier of grooming_model.py scores the chat's wording as a
whole and alerts on its own when that score reaches its threshold: it hears risk said in ways no
rule names. `alerted_by` then says which read it, for the moderators' queue, where the rules'
signals stay the explanation.
Signals are cues for the person at risk, not proof: the alert only suggests care.
"""

from __future__ import annotations

import re

from strangerchat.safety import readers
from strangerchat.safety.contacts import has_contact
from strangerchat.safety.grooming_model import ChatReading, GroomingModel, shipped
from strangerchat.safety.grooming_rules import APP_WORDS, RULES, SURPRISE, SURPRISE_WORDS, Signal
from strangerchat.safety.normalise import Reading

__all__ = ["ALERT_THRESHOLD", "EXCHANGE", "WEIGHTS", "GroomingRisk", "Signal", "signals_in"]

WEIGHTS = {
    Signal.ASKS_AGE: 1,
    Signal.ASKS_CONTACT: 2,
    Signal.MOVES_APP: 2,
    Signal.MEETS_UP: 2,
    Signal.FLATTERS: 2,
    Signal.SECRECY: 3,
    Signal.OFFERS_GIFT: 3,
    Signal.ISOLATES: 3,
}
ALERT_THRESHOLD = 4
# The signals of an exchange of ages, contact details or pictures and "add me", as peers make
# one: when the rules find these alone, their alert needs the classifier to agree
# (grooming_model.AGREES).
EXCHANGE = frozenset({Signal.ASKS_AGE, Signal.ASKS_CONTACT, Signal.MOVES_APP})
# The parts of a rule made of several patterns must be found this close together (characters
# between the end of one and the start of another), so that they speak of the same thing.
NEARBY = 50
# Once the writer names a surprise for someone else, secrecy in that message, the one before
# and the SURPRISE_REACH after weighs no more than asking age: "can u keep a secret" and "dont
# tell anyone" are then about the party. Later secrecy weighs in full again.
_SURPRISE = re.compile(SURPRISE)
SURPRISE_REACH = 2

# "add me", "ajoute moi si tu veux", "tilføj mig": asking to be added, which with contact details
# asked for or given, or just after, finishes the same exchange.
_ADD_ME = re.compile(
    r"\b(?:add|adde|tilføj|ajoute)\s*-?\s*(?:me|mig|moi)\b(?:\s+(?:if\s+(?:you|u)\s+want|si\s+tu\s+veux"
    r"|hvis\s+du\s+vil|back|aussi|too|også|ogsa|stp|pls|plz))*"
)
# A word that is a handle ("ellie.rr_", "@mia"), not talk: letters, and a digit, "_" or "@", or
# a dot inside; "14" and "there." are not.
_HANDLE_LIKE = re.compile(r"^(?=.*[^\W\d_])(?:.*[\d_@]|.*\w\.\w)")
_PUNCTUATION = ".,!?;:()\"'"


def _handles_in(text: str) -> list[str]:
    """The words of `text` that look like handles, punctuation around them dropped."""
    return [
        word for word in (w.strip(_PUNCTUATION) for w in text.split()) if _HANDLE_LIKE.match(word)
    ]


_FEW_WORDS = 2  # besides the ask: "mines", "moi c'est", "ok"

_Compiled = tuple[re.Pattern[str], ...]


_Indexed = tuple[Signal, _Compiled, frozenset[str]]


def _index_rules() -> dict[str, list[_Indexed]]:
    """Each anchor word: the rules it lets through, with their signals and gate words."""
    by_anchor: dict[str, list[_Indexed]] = {}
    for signal, rules in RULES.items():
        for key, listed in rules.items():
            words, _, gate = key.partition(" / ")
            for rule in listed if isinstance(listed, list) else [listed]:
                parts = (rule,) if isinstance(rule, str) else rule
                compiled = tuple(re.compile(part) for part in parts)
                for word in words.split():
                    by_anchor.setdefault(word, []).append(
                        (signal, compiled, frozenset(gate.split()))
                    )
    return by_anchor


_BY_ANCHOR = _index_rules()
_ANCHORS = frozenset(_BY_ANCHOR)


def _holds(rule: _Compiled, text: str) -> bool:
    """Whether every part of `rule` is found in `text`, the parts near one another."""
    first = rule[0].search(text)
    if first is None or len(rule) == 1:
        return first is not None
    found = [first]
    for part in rule[1:]:
        match = part.search(text)
        if match is None:
            return False
        found.append(match)
    return max(m.start() for m in found) - min(m.end() for m in found) <= NEARBY


def signals_in(text: str | Reading, gives_contact: bool | None = None) -> frozenset[Signal]:
    """The signals that one message carries.

    `gives_contact`: whether the message holds contact details, when the caller already knows
    (the guard masks them anyway); None to find out here.
    """
    reading = Reading.of(text)
    found: set[Signal] = set()
    anchors = reading.words & _ANCHORS
    if anchors:
        # By id: a compiled pattern's own hash reads its whole program every time.
        tried: set[int] = set()
        for word in anchors:
            for signal, rule, gate in _BY_ANCHOR[word]:
                if (
                    signal in found
                    or id(rule) in tried
                    or (gate and gate.isdisjoint(reading.words))
                ):
                    continue
                tried.add(id(rule))
                if _holds(rule, reading.unleeted):
                    found.add(signal)
    if gives_contact is None:
        gives_contact = has_contact(reading)
    if gives_contact:
        found.add(Signal.ASKS_CONTACT)
    return frozenset(found)


class GroomingRisk:
    """The score of what one stranger sent, on behalf of the other; alerts once per chat."""

    __slots__ = (
        "_contact_asked",
        "_handles_exchanged",
        "_hits",
        "_last_secret",
        "_model",
        "_reading",
        "_surprise_left",
        "_surprise_secrets",
        "alerted_by",
        "last",
        "threshold",
    )

    def __init__(
        self, threshold: int = ALERT_THRESHOLD, model: GroomingModel | None = None
    ) -> None:
        self.threshold = threshold
        self._model = shipped() if model is None else model
        self._hits: dict[Signal, int] = {}
        self._contact_asked = False  # the last message asked for contact details, or pictures
        self._handles_exchanged = False  # the last message gave a handle with one asked for
        # Secrecy about a surprise for someone else: the messages still to come that speak of
        # it, how many secrecy messages did, and whether the last message was secrecy counted
        # in full ("can u keep a secret" just before the surprise is named is about it too).
        self._surprise_left = 0
        self._surprise_secrets = 0
        self._last_secret = False
        self._reading = ChatReading()  # what the classifier has read of the chat
        self.alerted_by: readers.Reader | None = None  # who first read it as a risk, if any
        self.last: frozenset[Signal] = frozenset()  # the signals of the last message observed

    @property
    def score(self) -> int:
        # A signal's first message adds its weight, each repeat 1, up to twice its weight;
        # secrecy about a surprise weighs 1, like asking age.
        full = sum(min(WEIGHTS[s] + hits - 1, 2 * WEIGHTS[s]) for s, hits in self._hits.items())
        return full + min(self._surprise_secrets, 2)

    @property
    def signals(self) -> frozenset[Signal]:
        """Every signal seen so far, for a report or the moderators' queue."""
        about_a_surprise = {Signal.SECRECY} if self._surprise_secrets else set()
        return frozenset(self._hits).union(about_a_surprise)

    def observe(self, text: str | Reading, gives_contact: bool | None = None) -> bool:
        """Count one message; True when this message first takes the chat to an alert.

        `gives_contact` as for `signals_in`.
        """
        reading = Reading.of(text)
        asked = signals_in(reading, gives_contact=False)
        if gives_contact is None:
            gives_contact = has_contact(reading)
        self.last = (asked | {Signal.ASKS_CONTACT}) if gives_contact else asked  # for a report
        # A handle given right after contact details were asked for is the other half of the
        # same exchange ("insta?" then "mines @mia.draws"): it counts as no repeat. Handles
        # given unasked each count.
        exchanged = gives_contact and self._contact_asked
        counted = asked if exchanged else self.last
        # Asking to be added with a handle so exchanged, or just after, ends the exchange too
        # ("t'as snap? moi c'est lea.mrt" then "ajoute moi"); unasked, or after a picture was
        # asked for, "add me" is a move elsewhere.
        # (The words are read for a handle only when contact details are being asked for.)
        in_exchange = (self._contact_asked or Signal.ASKS_CONTACT in asked) and (
            gives_contact or bool(_handles_in(reading.unleeted))
        )
        if (in_exchange or self._handles_exchanged) and Signal.MOVES_APP in counted:
            counted -= self._only_asks_to_be_added(reading)
        self._contact_asked = Signal.ASKS_CONTACT in asked
        self._handles_exchanged = in_exchange
        self._count(counted, self._names_a_surprise(reading))
        if self.alerted_by is not None:
            return False  # once per chat: the classifier has nothing left to decide
        evidence = self._reading.read(self._model, reading)
        if self.score >= self.threshold and (
            not self.signals <= EXCHANGE or self._model.agrees(evidence)
        ):
            self.alerted_by = readers.RULES
        elif self._model.alerts(evidence):
            self.alerted_by = readers.CLASSIFIER
        return self.alerted_by is not None

    @staticmethod
    def _only_asks_to_be_added(reading: Reading) -> frozenset[Signal]:
        """{MOVES_APP} when the message asks to be added and says little else ("ajoute moi",
        "mines ellie.rr_ add me if u want"): the exchange's end, not a new ask."""
        if not _ADD_ME.search(reading.unleeted):
            return frozenset()
        rest = _ADD_ME.sub(" ", reading.unleeted)
        handles = _handles_in(rest)
        words = [w for w in (w.strip(_PUNCTUATION) for w in rest.split()) if w and w not in handles]
        if len(words) > _FEW_WORDS or not APP_WORDS.isdisjoint(words):
            return frozenset()  # more said, or an app named: "add me on kik", "add me kik"
        return frozenset({Signal.MOVES_APP})

    @staticmethod
    def _names_a_surprise(reading: Reading) -> bool:
        return (
            not SURPRISE_WORDS.isdisjoint(reading.words)
            and _SURPRISE.search(reading.unleeted) is not None
        )

    def _count(self, signals: frozenset[Signal], names_a_surprise: bool) -> None:
        if names_a_surprise:
            if self._last_secret:  # the secret asked just before was this one
                self._hits[Signal.SECRECY] -= 1
                if not self._hits[Signal.SECRECY]:
                    del self._hits[Signal.SECRECY]
                self._surprise_secrets += 1
            self._surprise_left = SURPRISE_REACH + 1
        secret = Signal.SECRECY in signals
        if secret and self._surprise_left:
            self._surprise_secrets += 1
            signals = signals - {Signal.SECRECY}
        for signal in signals:
            self._hits[signal] = self._hits.get(signal, 0) + 1
        self._last_secret = secret and not self._surprise_left
        self._surprise_left = max(0, self._surprise_left - 1)
