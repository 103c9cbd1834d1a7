"""Contact details out of chat text: `mask_contacts(text) -> str` shows each as "[contact removed]".

It masks:
- phone numbers: international ("+45 12 34 56 78", "0033 6 12 34 56 78") and local ("555-123-4567",
  "(555) 123 4567", "12345678", "06.12.34.56.78"), digits spaced out ("5 5 5 1 2 3 4"), and
  seven or more digits written as words in English, Danish or French ("five five five one two
  three four", "fem fem otte ...", "cinq cinq ...", mixed with digits too);
- e-mail addresses, plain or disguised: "name@mail.com", "name @ mail . com", "name at gmail dot
  com", "name (at) mail [dot] com", "name at hotmail";
- social handles: "@name", "name#1234", "snap: name", "my kik is name", "insta name", "add me on
  discord name#1234", "mon snap c'est name", "min snap er name".

Not masked, on purpose: times ("at 5:30"), ages, sums ("2 + 2 = 4"), years and year ranges,
dates ("12.05.2023"), spans of time ("19.30-21.00"), counts in even steps ("20 22 24 26", unless
the message calls it a phone number), lucky and winning numbers, prices and round or
thousands-separated numbers ("1.000.000", "1000000"),
and platform names on their own or followed by ordinary words ("discord server", "snap streaks").
A phone number needs eight digits, or seven written as "555-1234".

Run it before `links.remove_links`, so that e-mail addresses read as contact details.
`has_contact(text) -> bool` says whether `mask_contacts` would mask anything.
"""

from __future__ import annotations

import itertools
import re

from strangerchat.safety.normalise import Reading
from strangerchat.safety.vocabulary import TLDS, is_everyday

CONTACT_REMOVED = "[contact removed]"

_DIGIT_WORDS = (
    "zero oh one two three four five six seven eight nine double triple dobbelt"
    " nul en et to tre fire fem seks syv otte ni"
    " un deux trois quatre cinq sept huit neuf"
)
# Numbers read out in pairs, each two digits: "zéro six, douze, trente-quatre", "toogtyve".
_PAIR_WORDS = (
    "dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante"
    " ti elleve tolv tretten fjorten femten seksten sytten atten nitten tyve tredive tredve fyrre"
    " halvtreds tres treds halvfjerds firs halvfems ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
    # "nine hundred": its two zeros.
    " hundred hundrede"
)
# ("treds": a common misspelling of "tres", after "halvtreds"; read as "tres".)
_DANISH_TENS = "tyve tredive tredve fyrre halvtreds tres treds halvfjerds firs halvfems"
# Danish says the unit first, in one word: "fireogtyve" is 24.
_DANISH_PAIR = rf"(?:en|et|to|tre|fire|fem|seks|syv|otte|ni)og(?:{'|'.join(_DANISH_TENS.split())})"
# Apps where people trade handles: their name before any word but an everyday one is a handle.
_CHAT_APPS = "snap snapchat insta instagram kik discord telegram skype wickr wechat viber whatsapp"
# Abbreviations, and platforms talked about for other reasons ("xbox series x", "steam deck"):
# only with ":" or "my ... is", or before a word that looks like a handle ("xbox name_123").
_OTHER_APPS = (
    "sc snp ig dc tg tele wa fb facebook twitter tiktok reddit twitch steam psn xbox roblox"
    " fortnite minecraft valorant"
)
_PROVIDERS = "gmail googlemail hotmail yahoo outlook icloud protonmail proton aol gmx yandex msn"


def _either(words: str) -> str:
    return "(?:" + "|".join(sorted(words.split(), key=len, reverse=True)) + ")"


# "snæp", "dizkord": a letter written as it sounds counts as a look-alike too.
_LOOKS_LIKE = {
    "s": "[s5$z]",
    "a": "[a4@æ]",
    "i": "[i1!|]",
    "o": "[o0]",
    "e": "[e3]",
    "t": "[t7+]",
    "c": "[ck]",
}
_DOUBLE = re.compile(r"(\w)\1+")
# The apps people disguise to get past a filter: "s n a p", "s.n.a.p", "5nap", "sn@p", "1nsta".
_DISGUISED_APPS = "snapchat snap instagram insta discord telegram kik whatsapp"


def _disguised(words: str) -> str:
    # Each letter may be doubled too ("snaap", "innsta", "discordd"), a run of it taken whole
    # ("++": a run of "1"s is not tried at every length), so a letter the name doubles itself is
    # written once ("whatsap" reads "whatsapp").
    spelled = (
        r"[\s.\-_*]?".join(_LOOKS_LIKE.get(c, c) + "++" for c in _DOUBLE.sub(r"\1", word))
        for word in words.split()
    )
    return "(?:" + "|".join(spelled) + ")"


# What Snapchat is called to avoid its name: its ghost, "the yellow app", "l'appli fantôme".
_NICKNAMES = (
    "\U0001f47b|"
    r"(?:ghost|yellow)\s+app|gule\s+(?:sp[oø]gelses?\s*-?\s*)?app|sp[oø]gelses?\s*-?\s*app(?:en)?"
    r"|(?:l')?appli(?:cation)?\s+(?:fantome|jaune)|app\s+fantome"
)
# "tele gram" is Telegram spaced out, not "tele" and a handle "gram".
_PLATFORM = (
    rf"(?:\b{_either(_CHAT_APPS + ' ' + _OTHER_APPS)}\b(?![\s.\-_*]gram\b)|{_NICKNAMES}"
    rf"|(?<![\w@$!|+]){_disguised(_DISGUISED_APPS)}(?![a-z]))"
)
_ACCOUNT = (
    r"(?:\s+(?:name|user(?:name)?|handle|id|tag|gamertag|navn|brugernavn|nom|pseudo|identifiant))?"
)
_HANDLE = r"@?(?P<{}>[a-z0-9_][a-z0-9_.\-]{{1,29}}(?:#\d{{4}})?)"
_AT = r"(?:\s?@\s?|\s*[\[({<]\s*(?:at|arobase)\s*[\])}>]\s*|\s+(?:at|arobase|snabel\s?-?\s?a)\s+)"
_DOT = (
    r"(?:\s?\.\s?|\s*[\[({<]\s*(?:\.|dot|point|punktum)\s*[\])}>]\s*"
    r"|\s+(?:d[o0]t|point|punktum)\s+)"
)
_SPELT_DOT = r"(?:\s+(?:d[o0]t|point|punktum)\s+[\w+\-]+)?"
# The dot hidden too, bracketed or spelt: with "(a)" for "@" ("julie (a) free (point) fr"), which
# alone is a list's label ("option (a) youtube.com").
_HIDDEN_DOT = (
    r"(?:\s*[\[({<]\s*(?:\.|dot|point|punktum)\s*[\])}>]\s*|\s+(?:d[o0]t|point|punktum)\s+)"
)
# A few words between a handle and the app it belongs to.
_BETWEEN = r"(?:\s+[^\s@]+){0,3}?\s+"
_DIGIT = rf"(?:\d|\b(?:{_DANISH_PAIR}|{_either(_DIGIT_WORDS + ' ' + _PAIR_WORDS)})\b)"

# "@name" but not "@ 5", "@5pm", "@10:30" or "@everyone".
_AT_TAG = (
    r"(?<![\w@\]])@(?!\d{1,2}(?:[:.h]\d\d)?\s?(?:am|pm)?\b|(?:everyone|here|channel)\b)"
    r"[a-z0-9_.@]*[a-z_][a-z0-9_.@]*"
)
# In the lookbehinds, "]" counts as part of a word: what follows an earlier "[contact removed]"
# was not a contact the first time, and must not become one when a text is masked twice.
# Each kind of contact with what it cannot match without (see _needs).
_KINDS = [
    (
        "phone",
        r"(?P<phone>(?<![\w+.,\-\]])(?:\+|00)?(?:\(\d{1,5}\)\s?)?\d(?:[\s().\-]{0,3}\d){6,16}"
        r"(?![\w.,]\d|\w))",
    ),
    # Seven digits or more, some of them words: "five five five one two 3 4", "toogtyve
    # treogtredive ..." (pairs count twice: _spoken_digits).
    (
        "spoken",
        # "06 puis quatre-vingt-un cinquante ...", "61 og så femten": "then" may join two of them.
        rf"(?P<spoken>(?<!\w)(?=[\d\s,.\-]{{0,40}}[a-z]){_DIGIT}"
        rf"(?:[\s,.\-]*(?:(?:og\s+|and\s+)?(?:puis|then|sa)\s+)?{_DIGIT}){{3,}})",
    ),
    (
        "email",
        # The dot spelled out before the "at" too: "lea point martin arobase gmail point com".
        rf"(?P<email>(?<![\w.+\-\]])[\w.+\-]+{_SPELT_DOT}{_AT}[\w\-]+(?:{_DOT}[\w\-]+)*{_DOT}"
        r"[a-z]{2,}\b"
        rf"|(?<![\w.+\-\]])[\w.+\-]+{_SPELT_DOT}{_AT}{_either(_PROVIDERS)}\b"
        rf"|(?<![\w.+\-\]])[\w.+\-]+\s*[\[({{<]\s*a\s*[\])}}>]\s*[\w\-]+(?:{_HIDDEN_DOT}[\w\-]+)*"
        rf"{_HIDDEN_DOT}[a-z]{{2,}}\b"
        # "lea_m chez gmail", "mads.k hos hotmail", "max.leroy chez orange.fr": a handle-like
        # name at a provider or at a domain written whole. A dot only inside the name: "ok. chez
        # gmail c'est gratuit" is a sentence.
        rf"|(?<![\w.+\-\]])(?=[\w+\-]*(?:[\d_]|\.\w))[\w.+\-]+\s+(?:chez|hos)\s+(?:{_either(_PROVIDERS)}\b"
        r"|[\w\-]+\.(?:fr|dk|com|net|org|be|ch|eu|de|io|se|no)\b))",
    ),
    # "@name" but not "@ 5", "@5pm", "@10:30"; Discord's "name#1234".
    ("tag", rf"(?P<tag>{_AT_TAG}|(?<![\w.])[\w.]{{2,32}}\s?#\s?\d{{4}}\b)"),
    # Only with a handle that has a digit, "_" or ".": "snap is boring" is talk.
    (
        "platform",
        # "whatsapp moi, c'est enzo_06": "me" and a comma may come between.
        rf"(?P<is_>{_PLATFORM}(?:\s+(?:me|moi|mig)\s*,?)?{_ACCOUNT}\s+(?:is|its|it'?s|it\s+is|er|est"
        r"|c'?\s?est|c)\s+"
        # A digit, "_" or "." in it, and a letter: "minecraft is 1.21 now" names a version.
        r"(?=[a-z0-9_.\-]*[0-9_.])(?=[0-9_.\-]*[a-z])"
        rf"{_HANDLE.format('is_handle')})",
    ),
    # "snap: name", "snapchat -> name", "insta? name", "username: name".
    (
        "said",
        rf"(?P<said>(?:{_PLATFORM}{_ACCOUNT}|\b(?:username|handle|pseudo|brugernavn|gamertag))"
        r"\s*(?:-+>|=+>|[:=>?\u2192]|-|\u2013)\s*"
        # "snap? sure, tyler.b_22": a yes first, then a handle with a digit, "_" or ".".
        # ("10.30", "100%": no letter, no handle.)
        r"(?:(?:sure|yeah|yea|yes|yep|ok|okay|ofc|ja|jo|jep|oui|ouais|bien\s+sur|vas-y)[,!.:]?\s+"
        r"(?=[a-z0-9_\-]*[0-9_.])(?=[0-9_.\-]*[a-z]))?"
        rf"{_HANDLE.format('said_handle')})",
    ),
    (
        "mine",
        rf"(?P<mine>\b(?:my|mine|mon|ma|min|mit){_ACCOUNT}\s+(?:{_PLATFORM}|@){_ACCOUNT}"
        rf"\s+(?:is|er|est|c'est|c|it's|its|=)\s+{_HANDLE.format('mine_handle')})",
    ),
    (
        "platform",
        # "snap me: name", "insta moi : name", "s n a p me - name", "insta sous le nom de name".
        rf"(?P<named>{_PLATFORM}(?:\s+(?:me|moi|mig))?(?:\s+(?:at|on|pa|sur|as|som|comme|@"
        r"|sous\s+le\s+(?:nom|pseudo)(?:\s+de)?|under\s+the\s+name))?\s*[,:\-\u2013\u2014]?"
        rf"{_ACCOUNT}\s+"
        rf"{_HANDLE.format('named_handle')})",
    ),
    # The handle first: "I'm name_21 on snap", "name_21 is my snap", "je suis x sur snap".
    # Both only with a handle that has a digit, "_" or ".": "snap is boring" is talk.
    (
        "platform_before",
        rf"(?P<before>(?<![\w@.])(?=[a-z0-9_.\-]*[0-9_.]){_HANDLE.format('before_handle')}"
        rf"\s+(?:on|pa|sur|is\s+my|er\s+min|c'?\s?est\s+mon|c\s+mon)\s+{_PLATFORM})",
    ),
    # Further apart: "jeg er name.k derinde på den gule app", "sur snap je suis lou.rsn".
    (
        "platform_near",
        rf"(?P<near>(?<![\w@.]){_HANDLE.format('near_handle')}(?={_BETWEEN}"
        rf"(?:on|pa|sur|in|i)\s+(?:\S+\s+){{0,2}}?{_PLATFORM}))",
    ),
    (
        "platform_near",
        # "skriv på discord, jeg hedder bananfluen42": a name given there.
        rf"(?P<after>\b(?:on|pa|sur|in|i)\s+(?:\S+\s+){{0,2}}?{_PLATFORM}[,;:.!]?{_BETWEEN}"
        # ("i'm called" before "i'm": the first alternative that fits is taken.)
        r"(?:i'?m\s+called|i'?m|i\s+am|jeg\s+er|je\s+suis|jsuis|jsui|j'\s?suis|chuis|chui|c'est|er\s+jeg"
        r"|jeg\s+hedder|hedder\s+jeg"
        r"|my\s+name\s+is|je\s+m'\s?appelle|mon\s+nom\s+c'est|mit\s+navn\s+er)\s+"
        rf"{_HANDLE.format('after_handle')})",
    ),
    # No app named: "i'm name04 pretty much everywhere", "ajoute noah_lfc04 stp". Tried only
    # when one of those words is there (_NO_APP_HINT): a handle-like word can stand anywhere, and
    # looking for one at every word of every message would cost more than all the rest.
    (
        "no_app",
        rf"(?P<everywhere>(?<![\w@.]){_HANDLE.format('everywhere_handle')}(?=(?:\s+\S+){{0,3}}?"
        r"\s+(?:everywhere|overalt|partout)\b))",
    ),
    (
        "no_app",
        rf"(?P<invited>\b(?:add|ajoute|ajoutez|ajouter|tilfoj|tilføj|follow|folg|følg|search"
        rf"|cherche|sog|søg)(?:\s+(?:me|moi|mig))?(?:\s+(?:efter|for))?(?:\s*:)?\s+"
        # Not "tilføj mig på snap, ...": the place, not a name.
        r"(?!(?:pa|on|sur|i|in|at|til|to|der|la|there)\b)"
        rf"{_HANDLE.format('invited_handle')})",
    ),
]
_CONTACT_PARTS = [pattern for kind, pattern in _KINDS if kind != "no_app"]
# The full scans, all kinds at once: without and with the handles that name no app.
_CONTACT = re.compile("|".join(_CONTACT_PARTS))
_CONTACT_NO_APP = re.compile("|".join(pattern for _, pattern in _KINDS))
_NO_APP_HINT = re.compile(
    r"everywhere|overalt|partout|\b(?:add|ajout|tilf[oø]j|follow|f[oø]lg|search|cherche|s[oø]g)"
)
_SCANS = [(kind, re.compile(pattern)) for kind, pattern in _KINDS]
_AT_HANDLE = re.compile(_AT_TAG)
# A chat app spelt out or disguised ("tele gram", "5nap") is one too.
_CHAT_APP = re.compile(
    rf"{_either(_CHAT_APPS)}\b|{_NICKNAMES}|{_disguised(_DISGUISED_APPS)}(?![a-z])"
)
_SHORT_PHONE = re.compile(r"\d{3}[\-. ]\d{4}")
_NOT_DIGIT = re.compile(r"\D")
# Amounts ("1.000.000", "2 500 000", "3.14159265"), dates and times ("12.05.2023",
# "2005-01-26 23:30") and runs of years.
_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d{1,3}(?: \d{3})* \d00|\d+\.\d+")
_DAY_MONTH = r"(?:0?[1-9]|[12]\d|3[01])[.\-](?:0?[1-9]|1[0-2])"
# "03 09 2019" too: a phone number ends in no four-digit year after a day and a month.
_DATE = re.compile(
    rf"(?:{_DAY_MONTH}[.\-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d"
    r"|(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d)(?:\s\d\d?)?"
)
# "19.30-21.00", "8:15 - 9:45": a span of time.
_TIME_SPAN = re.compile(
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d\s*-+\s*(?:[01]?\d|2[0-3])[.:][0-5]\d"
    # "2200-0630": a shift in 24-hour time.
    r"|(?:[01]\d|2[0-3])[0-5]\d\s*-+\s*(?:[01]\d|2[0-3])[0-5]\d"
)
_DECIMALS = re.compile(r"\d+\.\d{3,}(?:[\s,]+\d+\.\d{3,})+")
_YEARS = re.compile(r"(?:(?:19|20)\d\d[\s\-]*)+")
_LETTERS = re.compile(r"[a-z]+")
_WORD = re.compile(r"[a-z0-9]+")
# Words that follow a platform's name in ordinary talk: "snap streaks", "discord is down".
_EVERYDAY_WORDS = """
    is was are am be been has have had do does did will would can could should and or but nor
    to too for with on in at of off the a an it its it's that this these those me you u ur your
    my i im i'm we they he she him her them us then now lol haha hahaha lmao xd ok okay yes yeah
    yea yep no nah nope not never always anymore sometimes though tho either yet because cuz bc
    so if when while stories story streak streaks reels reel posts post account accounts acc app
    apps server servers nitro call calls chat chats group groups video videos pic pics photos
    photo filter filters friend friends followers profile dm dms message messages voice bot bots
    game games mod mods sucks down dead boring fun cool good bad better best lately today please
    pls plz again instead more much very really all every any some only just still also as like
    than about from by who what where why how which thing things name username handle id tag
    private public live links link update stuff maybe kinda pretty sorta locked banned hacked
    keeps keep kept crashing crashed crash crashes maps map last first new old since anyway
    works worked working broke broken died dying deleted updated update changed sent gone there
    og eller er var det den der men med pa til jeg du ikke ja nej ogsa et som har kan
    ou et mais avec sur pour le la les un une des est pas oui non aussi moi toi mon ton c'est
"""
_NOT_HANDLES = frozenset(_EVERYDAY_WORDS.split())
# Cheap tests for something every contact detail above has; most messages have none. Looking
# words up in a set is far faster than a regex alternation of them.
# "at" before a dot, written or spelt: "theo at free.fr", "theo at free point fr".
_TRIGGER = re.compile(
    r"[@#\[({<]|\d(?:[\s().\-]{0,3}\d){6}|\sat\s+[\w\-]+(?:\s?\.\s?|\s+(?:point|punktum)\s+)[a-z]"
    r"|\s(?:chez|hos)\s+[\w\-]+\.[a-z]"
)
_TRIGGER_WORDS = frozenset(
    f"{_CHAT_APPS} {_OTHER_APPS} {_PROVIDERS} whats dot d0t arobase snabel"
    " ghost yellow gule fantome jaune spogelses everywhere overalt partout add ajoute ajoutez"
    " ajouter tilfoj follow folg search cherche sog username handle pseudo brugernavn"
    " gamertag".split()
)
# A disguised app name read back: separators dropped, look-alike digits and symbols as letters.
# Only a cheap first test (it joins words), so that most messages skip _CONTACT.
_SQUASH = str.maketrans("5$4@æ1!|037+", "ssaaaiiioett", " .-_*")
# Read as it sounds: "dizkord", "diskord" (not in _SQUASH: it would turn "kik" into "cic").
# Words with "ø", split in two by _WORD: "tilføj", "følg", "søg".
_DANISH_INVITES = ("tilføj", "følg", "søg")
_SQUASHED_APPS = ("snap", "insta", "discord", "tele", "kik", "whatsapp")


def _doubled(names: str) -> frozenset[str]:
    """Each name with one of its letters doubled or tripled: "snaap", "snnap", "snaaap"."""
    return frozenset(
        name[:i] + name[i] * times + name[i + 1 :]
        for name in names.split()
        for i in range(len(name))
        for times in (2, 3)
    ) - frozenset(names.split())


# The same with a letter doubled, as words (a set lookup; a regex here would cost every message).
_DOUBLED_APP_WORDS = _doubled(_DISGUISED_APPS)
_PAIR_WORD_SET = frozenset(_PAIR_WORDS.split())
_DIGIT_WORD_SET = frozenset(_DIGIT_WORDS.split()) | _PAIR_WORD_SET
_DANISH_PAIR_WORD = re.compile(_DANISH_PAIR)


def mask_contacts(text: str | Reading) -> str:
    """`text` with every phone number, e-mail address and handle replaced by "[contact removed]"."""
    folded = Reading.of(text).folded
    if not _may_have_contact(folded.text) or _only_numbers_no_phone(folded.text):
        return folded.original
    needs = _needs(folded.text)
    scans = [pattern for kind, pattern in _SCANS if kind in needs]
    return folded.redact(scans, CONTACT_REMOVED, _is_contact)


def _contact_pattern(folded: str) -> re.Pattern[str]:
    """The full scan `_needs` narrows: every kind of contact (tests compare with it)."""
    return _CONTACT_NO_APP if _NO_APP_HINT.search(folded) else _CONTACT


def has_contact(text: str | Reading) -> bool:
    """Whether `mask_contacts` would mask something in `text`."""
    reading = Reading.of(text)
    return mask_contacts(reading) != reading.text


def _may_have_contact(folded: str) -> bool:
    if _TRIGGER.search(folded):
        return True
    words = _WORD.findall(folded)
    if not _TRIGGER_WORDS.isdisjoint(words):
        return True
    squashed = folded.translate(_SQUASH)
    if any(app in squashed for app in _SQUASHED_APPS) or "\U0001f47b" in folded:
        return True
    if not _DOUBLED_APP_WORDS.isdisjoint(words):
        return True  # "snaap", "innsta"
    # Substrings, not a regex: this runs on every message.
    if "kord" in squashed or "zcord" in squashed or any(map(folded.__contains__, _DANISH_INVITES)):
        return True
    return _number_words(words) >= 3


# What a kind of contact cannot match without, tested far more cheaply than the kind itself: a
# run of 7 digits (phone), 4 digits or number words (spoken), "@" or "at" (email), "@" or "#"
# (tag), an app's name, nickname or disguise (platform; and a word such as "on" between them
# for a handle before or far from it), or instead of an app a word such as "username" (said)
# or "@" (mine), a word such as "add" (no_app). Scanning for the kinds a text can hold
# finds what _CONTACT finds in it: at each place the first kind that matches wins, and a kind
# that matches nowhere never does.
_APP_WORDS = frozenset(f"{_CHAT_APPS} {_OTHER_APPS}".split())
_NICKNAME_PARTS = (
    "\U0001f47b", "ghost", "yellow", "gule", "spogelse", "spøgelse", "fantome", "jaune",
)  # fmt: skip
_ANY_DIGIT = re.compile(r"\d")
# The words that stand between a handle and its app in `before` ("c" of "c'est") and in `near`
# and `after`.
_BEFORE_WORDS = frozenset(["on", "pa", "sur", "is", "er", "c"])
_NEAR_WORDS = frozenset(["on", "pa", "sur", "in", "i"])
# What `said` can start with instead of an app.
_ACCOUNT_WORDS = ("username", "handle", "pseudo", "brugernavn", "gamertag")
# _SQUASH with the look-alikes it leaves out, "z" for "s" and "k" for "c" ("znap", "dizkord"):
# so "kik" reads "cic". Folded chat is nearly always ASCII, squashed as bytes far faster.
_SOUNDED = str.maketrans("5$4@æ1!|037+zk", "ssaaaiiioettsc", " .-_*")
_SOUNDED_APPS = ("snap", "insta", "discord", "tele", "cic", "whatsapp")
_ASCII_SOUNDED = bytes.maketrans(b"5$4@1!|037+zk", b"ssaaiiioettsc")
_ASCII_DROPPED = bytes(c for c in range(128) if chr(c).isspace()) + b".-_*"
_ASCII_SOUNDED_APPS = tuple(app.encode() for app in _SOUNDED_APPS)


_BRACKETED_A = re.compile(r"[\[({<]\s*a\s*[\])}>]")  # "julie (a) free (point) fr": "@"


def _needs(folded: str) -> frozenset[str]:
    """The kinds of contact that can match somewhere in `folded`."""
    words = _WORD.findall(folded)
    needs = set()
    if _LONG_RUN.search(folded):
        needs.add("phone")
    if len(_ANY_DIGIT.findall(folded)) + _spoken_units(words) >= 4:
        needs.add("spoken")
    if (
        "@" in folded
        or "at" in words
        or "arobase" in folded
        or "snabel" in folded
        or _BRACKETED_A.search(folded) is not None
        or "chez" in words
        or "hos" in words
    ):
        needs.add("email")
    if "@" in folded or "#" in folded:
        needs.add("tag")
    if _names_app(folded, words):
        needs.update(("platform", "said", "mine"))
        # The handle far from its app: only with the word between them ("name_21 on snap").
        if not _BEFORE_WORDS.isdisjoint(words):
            needs.add("platform_before")
        if not _NEAR_WORDS.isdisjoint(words):
            needs.add("platform_near")
    elif any(map(folded.__contains__, _ACCOUNT_WORDS)):
        needs.add("said")  # "username: name"
    if "@" in folded:
        needs.add("mine")  # "my @ is name"
    if _NO_APP_HINT.search(folded):
        needs.add("no_app")
    return frozenset(needs)


def _names_app(folded: str, words: list[str]) -> bool:
    """Whether `_PLATFORM` can match in `folded`: an app's name, nickname or disguise."""
    if not _APP_WORDS.isdisjoint(words) or any(map(folded.__contains__, _NICKNAME_PARTS)):
        return True
    # Every kind of whitespace dropped too, as _PLATFORM's disguises skip it.
    if folded.isascii():
        squashed = folded.encode().translate(_ASCII_SOUNDED, _ASCII_DROPPED)
        if any(map(squashed.__contains__, _ASCII_SOUNDED_APPS)):
            return True
    else:
        sounded = "".join(folded.split()).translate(_SOUNDED)
        if any(map(sounded.__contains__, _SOUNDED_APPS)):
            return True
    return not _DOUBLED_APP_WORDS.isdisjoint(words)


def _spoken_units(words: list[str]) -> int:
    """Number words among `words`: Danish pairs ("toogtyve") too."""
    units = sum(map(_DIGIT_WORD_SET.__contains__, words))
    return units + sum(
        "og" in word and _DANISH_PAIR_WORD.fullmatch(word) is not None for word in words
    )


def _number_words(words: list[str]) -> int:
    counted = sum(map(_DIGIT_WORD_SET.__contains__, words))
    if counted < 3 and "og" in "".join(words):
        counted += sum(_DANISH_PAIR_WORD.fullmatch(word) is not None for word in words)
    return counted


# Each maximal run of 7 digits or more joined as in _CONTACT's phone (any phone number lies in
# one), and the one shape of run whose only possible phone match is the whole run.
_LONG_RUN = re.compile(r"\d(?:[\s().\-]{0,3}\d){6,}")
_DOTTED_DIGITS = re.compile(r"\d+(?:\.\d+)*")
_PHONE_DIGITS = 17  # the most digits _CONTACT's phone takes: \d(?:...\d){6,16}
# What every contact other than a phone number needs and digits alone cannot give (the spoken
# kind needs 3 number words too); "+" and "(" could open a phone number before a run.
_NOT_DIGITS_TRIGGER = re.compile(r"[@#\[({<+]")
_AT_DOTTED = re.compile(r"\sat\s+[\w\-]+\s?\.")


def _only_numbers_no_phone(folded: str) -> bool:
    r"""True when the 7+ digits that passed `_may_have_contact` cannot be a phone number to mask:
    each long run is a date, price or decimal written with single dots ("12.05.2023",
    "1.250.000", "3.14159265"), which `_is_phone` refuses, and nothing else could be a contact.

    A prefilter in front of the full scan, never a rule of its own: False sends the text to
    `_CONTACT` as before. It holds while `_CONTACT`'s phone is digits joined by at most three of
    `[\s().-]`, not started after a word character or ".", nor ended before a word character
    or "." and a digit; tests/safety/test_contacts_prefilter.py checks it against the full scan.
    """
    runs = _LONG_RUN.findall(folded)
    if not runs or not all(map(_DOTTED_DIGITS.fullmatch, runs)):
        return False  # spaces, dashes or brackets in a run: the full scan places the number
    if _NOT_DIGITS_TRIGGER.search(folded):
        return False
    for run in runs:
        # A run past 17 digits goes to the full scan: parts of it can still be a phone number.
        if len(run) - run.count(".") > _PHONE_DIGITS or _is_phone(run):
            return False
    if "at" in folded and _AT_DOTTED.search(folded):
        return False
    words = _WORD.findall(folded)
    # A disguised app ("5n4p 1.250.000") or an invitation ("søg", split in two by _WORD) takes
    # the number after it as a handle; a spoken number needs three number words, or two after a
    # trunk zero ("zero 1.250.000 one", _is_contact).
    return (
        _TRIGGER_WORDS.isdisjoint(words)
        and not any(map(folded.__contains__, _DANISH_INVITES))
        and _number_words(words) < (3 if _ZEROS.isdisjoint(words) else 2)
        and not _names_app(folded, words)
    )


def _is_contact(match: re.Match[str]) -> bool:
    kind = match.lastgroup
    if kind == "phone":
        return (
            _is_phone(match.group())
            and not _named_as_other_number(match)
            and _UNIT_AFTER.match(match.string, match.end()) is None
            # Marks, scores, lists and counts, unless the message says they are phone numbers.
            and (
                not (_a_list(match.group()) or _even_steps(match.group())) or _named_as_phone(match)
            )
        )
    if kind == "spoken":
        # Three number words at least: "from 2009 to 2015" is a span of years, not a number.
        words = _LETTERS.findall(match.group())
        if words.count("hundred") + words.count("hundrede") > 1:
            return False  # "one hundred, two hundred, three hundred" counts; a number has one
        if len(words) == 2 and words[0] in _ZEROS:
            return _spoken_digits(match.group()) >= 8  # "zero six 11 22 33 44": the trunk zero
        return len(words) >= 3 and _spoken_digits(match.group()) >= 7
    if kind == "email":
        return _spelt_ending_is_a_domain(match.group())
    if kind in ("before", "is_"):
        return True  # the pattern asks for a handle-like word
    if kind in ("near", "after", "everywhere", "invited"):
        # "sur telegram je suis @nuitblanche": written as a handle, whatever its letters.
        return _written_with_at(match, kind) or _strict_handle(match.group(f"{kind}_handle"))
    if kind in ("said", "mine", "named"):
        if _written_with_at(match, kind):
            return True  # "tiktok @idaxlouise": written as a handle, whatever its letters
        handle = match.group(f"{kind}_handle").strip(".-")
        if handle in _NOT_HANDLES or (not _handle_like(handle) and is_everyday(handle)):
            return False
        if kind == "said" or _handle_like(handle):
            return True
        # A plain word: "insta johnny" ends the message, "insta noodles for dinner" goes on;
        # "add me on snap johnny" asks. "a snap decision", "un snap" is talk.
        if kind == "named" and (_CHAT_APP.match(match.group()) is None or _after_article(match)):
            return False
        return _at_end(match) or (kind == "named" and _invited(match))
    return True


def _written_with_at(match: re.Match[str], kind: str) -> bool:
    """Whether the handle a match found is written as one: "@name"."""
    at = match.start(f"{kind}_handle") - 1
    return match.string[at] == "@" and _AT_HANDLE.match(match.string, at) is not None


# An address with its last dot spelled out ("nadia at orange point fr"): "at this point im",
# "look at that point of view", "at home dot dot" read the same way but end in no domain.
_SPELT_LAST_DOT = re.compile(r"(?:d[o0]t|point|punktum)\s+([a-z]+)$")


# "at proton dot me": a mail provider's name vouches for an ending that is also a word.
_PROVIDER_SET = frozenset(_PROVIDERS.split())
_DOMAIN_AFTER_AT = re.compile(rf"{_AT}([\w\-]+)")


def _spelt_ending_is_a_domain(address: str) -> bool:
    spelt = _SPELT_LAST_DOT.search(address)
    if spelt is None:
        return True
    if not _PROVIDER_SET.isdisjoint(_LETTERS.findall(address)):
        return True
    ending = spelt.group(1)
    # The word after the last "at" is the domain: "at this point fr" names none.
    domains = _DOMAIN_AFTER_AT.findall(address, 0, spelt.start())
    domain = domains[-1] if domains else ""
    return ending in TLDS and not is_everyday(ending) and not is_everyday(domain)


def _handle_like(word: str) -> bool:
    return any(c.isdigit() or c in "_.#" for c in word)


# A handle found far from its app: letters with "_" or "." inside ("lou.rsn", "klara_s"; not
# "e.g" or "ph.d") or letters then two digits or more ("gamer75").
# "x.jordan.x" too: short parts around a long one; "e.g", "ph.d" and "u.s.a" have none.
_STRICT_HANDLE = re.compile(
    r"[a-z][a-z0-9]{2,}[._][a-z0-9._]*[a-z0-9]|[a-z][a-z_]{2,}\d{2,}[a-z0-9_]*"
    r"|[a-z0-9]{1,2}[._][a-z][a-z0-9]{2,}(?:[._][a-z0-9]+)*"
    # Discord's "name#1234".
    r"|[a-z0-9_.]{2,32}#\d{4}"
)


def _strict_handle(word: str) -> bool:
    return _STRICT_HANDLE.fullmatch(word.strip(".-")) is not None


_ARTICLE_WORDS = "a an the that this en et den det un une le la sa ce mon ma"
_ARTICLES = frozenset(_ARTICLE_WORDS.split())
_INVITES = re.compile(
    r"\b(?:add|follow|find|text|msg|message|dm|hit|tilfoj|folg|find|skriv|ajoute|ajouter|suis"
    r"|abonne|ecris|contacte)\b[^.!?]{0,30}$"
)
# What may close a message after a handle: punctuation, a smiley, a word of thanks or laughter.
_CLOSING = re.compile(
    r"\s*(?:[.!?,;:)(]+|\s(?:lol|pls|plz|please|thx|ty|ok|tak|merci|stp|svp|xx?|haha|mdr)\b"
    r"|\s*[^\w\s])*\s*$"
)


# How far back the checks below read: a few words, so that a long message stays linear.
_LOOK_BACK = 40


def _words_before(match: re.Match[str]) -> list[str]:
    start = match.start()
    return match.string[max(0, start - _LOOK_BACK) : start].split()


def _after_article(match: re.Match[str]) -> bool:
    before = _words_before(match)
    return bool(before) and before[-1] in _ARTICLES


def _at_end(match: re.Match[str]) -> bool:
    return _CLOSING.match(match.string, match.end()) is not None


def _invited(match: re.Match[str]) -> bool:
    app_and_after = match.group()
    if re.match(r"\S+\s+(?:me|moi|mig)\b", app_and_after):
        return True  # "kik me johnny", "snap moi ..."
    start = match.start()
    return _INVITES.search(match.string, max(0, start - _LOOK_BACK), start) is not None


_FILLER_WORDS = "is er est c'est : # no nr n° nº number nummer numero num the le la de"
_FILLERS = frozenset(_FILLER_WORDS.split())
# Numbers that are something else when named so: "isbn 978-...", "part number 0451-8823-01".
_OTHER_NUMBER_WORDS = """
    isbn issn part parts ref reference piece model modele serial serie order ordre commande
    ordrenummer varenummer vare article artikel sku code kode pin version chapter kapitel chapitre
    page side tracking sporing suivi colis invoice faktura facture iban cvr siret lot batch
    produit product score scores resultat stilling student membership medlemsnummer kundenummer
    customer matricule item items ticket booking reservation bestilling dossier case sag
    lotto loto lottery lottotal lottotallene lykketal tallene gagnants winning
    gls dhl ups postnord dao bring fedex colissimo chronopost password passcode wifi adgangskode
    reservedel reservedele"""
_OTHER_NUMBERS = frozenset(_OTHER_NUMBER_WORDS.split())


# A count or an amount, not a phone number: "12 345 678 copies", "20 45 67 89 kr".
_UNIT_AFTER = re.compile(
    r"\s*(?:kr|dkk|eur|euros?|€|\$|£|usd|km|m|kg|g|ml|l|mb|gb|people|persons|personnes"
    r"|mennesker|copies|eksemplaires|exemplaires|points|point|views|vues|visninger|followers"
    r"|abonnes|folgere|habitants|indbyggere|inhabitants|votes|stemmer|voix|likes"
    # Sets in a workout: "10 12 15 12 10 reps", "gentagelser", "répétitions".
    r"|reps|repetitions|gentagelser|rep|sets|sæt|series|rounds|runder)\b"
)


# Danish runs its words together: "sporingsnummer", "pakkenr" name a number that is no phone's;
# any other compound ("telefonnummer", "kontaktnummer", "hjemmenummer") may be one.
_COMPOUND_NUMBER = re.compile(
    r"(?:sporing|pakke|ordre|faktura|vare|kunde|medlem|sag|billet|booking|reservation|retur"
    r"|bestilling|forsendelse|kvittering|serie|model|artikel|produkt|reference|konto|lager"
    r"|bilag|stregkode|registrering|journal|lot|parti|reservedel)s?(?:nummer(?:et)?|nr)"
    # "skostørrelser", "tøjstørrelse": sizes.
    r"|\w+størrelser?"
)


_PHONE_WORD_LIST = (
    "number nummer numero num nr tlf tel phone mobil mobile cell portable ring call text sms"
    " whatsapp appelle appelez ecris texte numbers numre numeros hmu"
)
_PHONE_WORDS = frozenset(_PHONE_WORD_LIST.split())


def _naming_words(match: re.Match[str]) -> list[str]:
    """The words just before a number, as they may name it ("l'isbn c'est ...": the word after
    an elided article)."""
    return [w.split("'")[-1].strip(":#.,") for w in _words_before(match)]


def _named_as_phone(match: re.Match[str]) -> bool:
    """Whether the words just before name the number a phone's: "mit nummer er ...", "ring"."""
    return not _PHONE_WORDS.isdisjoint(_naming_words(match)[-4:])


# "part number on the fridge filter is ...": how far back the kind and "number" may stand.
_NAMED_REACH = 8  # words
# ("no" is left out: "item no longer available".)
_NUMBER_NAMES = frozenset(["number", "nummer", "numero", "num", "nr", "n°", "nº"])
# "sagsnummer hos kommunen er ...": the number's owner named after it, one word further back.
_AT_WHOM = frozenset(["hos", "at", "with", "from", "fra", "chez", "de", "du", "pour", "for", "til"])


def _named_as_other_number(match: re.Match[str]) -> bool:
    """Whether one of the last two words before a number names it something other than a
    phone's ("student id", "order no"), or the word before "hos/at/chez ..." ("sagsnummer hos
    kommunen er"), with no word for a phone between; or, up to _NAMED_REACH words back, such a
    word and "number" ("part number on the fridge filter is"), with no word for a phone after
    them. Parts of the same code ("tracking 1Z 999 AA1 01 2345 6784") are passed over."""
    naming = _naming_words(match)
    words = [word for word in naming if word not in _FILLERS and not _ANY_DIGIT.search(word)]
    reach = 3 if len(words) >= 2 and words[-2] in _AT_WHOM else 2
    for word in reversed(words[-reach:]):
        if word in _PHONE_WORDS:
            return False
        if word in _OTHER_NUMBERS or _COMPOUND_NUMBER.fullmatch(word) is not None:
            return True
    # "part number on the fridge filter is ...": the kind and "number" further back, and no
    # word for a phone after them.
    named = naming[-_NAMED_REACH:]
    return any(
        kind in _OTHER_NUMBERS
        and number in _NUMBER_NAMES
        and _PHONE_WORDS.isdisjoint(named[at + 2 :])
        for at, (kind, number) in enumerate(itertools.pairwise(named))
    )


_UNITS = frozenset(_DIGIT_WORDS.split())
_ZEROS = frozenset(("zero", "oh", "nul"))
# Tens that take the unit after them into the same pair: "quarante et un", "twenty one".
_TENS_WORDS = "vingt trente quarante cinquante soixante twenty thirty forty fifty sixty seventy"
_TENS = frozenset(f"{_TENS_WORDS} eighty ninety".split())
_SPOKEN_TOKEN = re.compile(r"\d|[a-z]+")
_JOINERS = frozenset(("puis", "then", "sa", "og", "and"))  # "så" is read "sa"


def _spoken_digits(spoken: str) -> int:
    """How many digits number words stand for: a unit one, a pair two ("douze", "toogtyve"), a
    tens word with the unit after it two ("quarante et un", "soixante dix huit", "quatre-vingt")."""
    count = 0
    open_pair = False  # after a tens word, a unit (or "dix") still belongs to its pair
    tokens = _SPOKEN_TOKEN.findall(spoken)
    for token, following in zip(tokens, [*tokens[1:], ""], strict=True):
        if token == "quatre" and following == "vingt":
            continue  # 80: counted with its "vingt"
        if token in _TENS:
            count += 2
            open_pair = True
        elif token in _JOINERS:
            continue  # "zéro six puis douze": "then" joins two, it is no digit
        elif open_pair and token in ("et", "dix"):
            pass  # "quarante et un", "soixante dix huit": the pair goes on
        elif open_pair and (token in _UNITS or token in _PAIR_WORD_SET):
            open_pair = False
        else:
            open_pair = False
            paired = token in _PAIR_WORD_SET or _DANISH_PAIR_WORD.fullmatch(token)
            count += 2 if paired else 1
    return count


def _spaced_phone(groups: list[str]) -> bool:
    """ "06 2 8 9 1 4 7 3 5": a trunk prefix first, then digits in no order; a list is neither."""
    values = [int(group) for group in groups if group.isdigit()]
    ordered = all(a <= b for a, b in itertools.pairwise(values))
    return len(groups[0]) == 2 and groups[0].startswith("0") and not ordered


# Country codes a number written in pairs may start with, without its "+" ("45 20 45 67 89").
_PAIRED_COUNTRY_CODES = frozenset(("32", "33", "41", "45", "46", "47", "49"))


def _pairs_list(groups: list[str]) -> bool:
    """ "12 14 09 16 11", "21 25 19 25 17 25": five pairs or more, with neither a trunk zero nor
    a country code first, are marks or scores. A phone number in pairs has four (Danish), or
    five after a "0" (French) or after its country code."""
    if len(groups) < 5 or not all(group.isdigit() and len(group) == 2 for group in groups):
        return False
    return not groups[0].startswith("0") and (
        len(groups) > 5 or groups[0] not in _PAIRED_COUNTRY_CODES
    )


def _counting_up(groups: list[str]) -> bool:
    """Six numbers of one or two digits or more, each bigger than the last: a list or a count."""
    if len(groups) < 6 or not all(group.isdigit() and len(group) <= 2 for group in groups):
        return False
    values = [int(group) for group in groups]
    return all(a < b for a, b in itertools.pairwise(values))


# A phone number whose pairs go up or down by one even step is far rarer than a count, unless
# the message says it is one ("mit nummer er 20 30 40 50").
_MAX_STEP = 10


def _numbered_run(groups: list[str]) -> bool:
    """ "201 202 203", "14 15 16 17": rooms, seats or items numbered one after another."""
    if not all(group.isdigit() and len(group) >= 2 for group in groups):
        return False
    if len(groups) < (4 if len(groups[0]) == 2 else 3):
        return False
    values = [int(group) for group in groups]
    return len(set(map(len, groups))) == 1 and all(
        b - a == 1 for a, b in itertools.pairwise(values)
    )


def _even_steps(candidate: str) -> bool:
    """ "20 22 24 26", "10 20 30 40 50", "40 30 20 10": pairs going up or down by one step of
    at most _MAX_STEP, a count or a list."""
    groups = candidate.split()
    if len(groups) < 4 or not all(group.isdigit() and len(group) == 2 for group in groups):
        return False
    steps = {int(b) - int(a) for a, b in itertools.pairwise(groups)}
    return len(steps) == 1 and 0 < abs(steps.pop()) <= _MAX_STEP


# The most digits a number dialled at home has (the UK's 11, with a spare).
_NATIONAL_DIGITS = 12


def _a_list(candidate: str) -> bool:
    """Five pairs or more that no phone number has (`_pairs_list`), "2200 8000 5000 9000":
    three round numbers or more (postcodes, prices), or "60 45 100 26 81 140": more digits than
    a number dialled at home, with no "+" or "00" first, all in groups of one to three."""
    groups = candidate.split()
    # ("0800 100 200 300" is a free phone line: no list starts with a trunk zero.)
    round_numbers = (
        len(groups) >= 3
        and not groups[0].startswith("0")
        and all(group.isdigit() and len(group) >= 3 and group.endswith("00") for group in groups)
    )
    return (
        _pairs_list(groups)
        or round_numbers
        or (
            len(_NOT_DIGIT.sub("", candidate)) > _NATIONAL_DIGITS
            and not candidate.lstrip("(").startswith(("+", "00"))
            and all(group.isdigit() and len(group) <= 3 for group in groups)
        )
    )


_PART_NUMBER = re.compile(r"\d{5,}[\-/]\d{1,2}")  # "965661-01": a part and its revision
_MEASURE = re.compile(r"\d{1,3}[.,]\d")  # "72.5" among other numbers: measurements


def _is_phone(candidate: str) -> bool:
    digits = _NOT_DIGIT.sub("", candidate)
    if len(set(digits)) == 1:
        return False  # "88888888": one digit over and over is a code, not a line
    if _PART_NUMBER.fullmatch(candidate):
        return False
    parts = candidate.split()
    if len(parts) >= 3 and any(_MEASURE.fullmatch(part) for part in parts):
        return False  # "60 65 70 72.5 75"
    if len(digits) == 13 and digits.startswith(("978", "979")):
        return False  # an ISBN: no country dials +978 or +979
    if _numbered_run(candidate.replace(",", " ").split()):
        return False
    if _DECIMALS.fullmatch(candidate) or _TIME_SPAN.fullmatch(candidate):
        return False  # "55.6761 12.5683": coordinates or measurements; "19.30-21.00": times
    lengths = {len(part) for part in parts}
    if len(lengths) > 1 and max(lengths) <= 2 and not _spaced_phone(parts):
        return False  # "4 8 15 16 23 42": a list of small numbers, not a spaced-out phone
    if _counting_up(parts):
        return False  # "12 24 36 48 60 72": a phone number has at most five pairs

    if len(digits) < 8 and not _SHORT_PHONE.fullmatch(candidate):
        return False
    if digits.endswith("0000") or _AMOUNT.fullmatch(candidate) or _DATE.fullmatch(candidate):
        return False
    return _YEARS.fullmatch(candidate) is None
