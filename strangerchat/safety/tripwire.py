"""The minor trip-wire: `says_under_18(text) -> bool`, true when the writer says they are under 18.

It reads English, Danish and French as people type them in a chat: "im 14", "I'm 15 f", "14 yo",
"14 years old", "i am fourteen", "15/f", "14f", "m14", "age 13", "im in 8th grade", "i'm a minor",
"jeg er 14 år", "14 år gammel", "pige 14", "jeg går i 8. klasse", "j'ai 14 ans", "14 ans",
"je suis mineure"; ages 9 to 17 in digits ("1 4" too) or words, and "almost 18"; through the
disguises `normalise` undoes (full-width, look-alike letters, invisible characters, keycaps).

It stays quiet about other people ("my brother is 14", "min datter er 15", "il a 15 ans"), the
past ("when I was 14", "I was 15 in 2009", "quand j'avais 14 ans", "for 14 år siden"), amounts
("14 minutes", "I'm 14 km away", "j'ai 14 chats"), numbering ("page 14", "iPhone 14"), questions
to the partner ("are you 14?") and adult ages ("I'm 41", "I'm 19").

A bare number with a gender ("14 f") or "years old" counts only where an answer to "asl?" would
stand: at the start of the message or of a sentence, after a greeting, or after "asl"/"age".
A bare number ("15", "bare 15", "16 lol") counts when the partner's last message asked the
writer's age (`asked_age`). Also read: ages about to come or just reached ("gonna be 15",
"almost 16", "jeg fylder 15", "je vais avoir 14 ans", "just turned 15", "jeg blev 14"), fillers
("im like um 15", "jeg er faktisk 15"), misspelt number words ("forteen", "fjortn", "kinze"),
the age inside a phrase ("being 15 sucks", "som 15-årig"), school years ("jeg går i 9.", "je
suis en troisième", "8th grader here") and negation ("still not eighteen", "j'ai même pas 16
ans"). An age in someone else's words ("he typed 'im 13'", "han sagde "jeg er 14"") does not.
Not read: birth years ("born in 2011"), ages in other languages, and claims spread over several
messages ("im" then "14").
"""

from __future__ import annotations

import re

from strangerchat.safety.normalise import Reading

_NUMBER_WORDS = (
    "nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
    " ni ti elleve tolv tretten fjorten femten seksten sytten"
    " neuf dix onze douze treize quatorze quinze seize dix-sept dix sept"
)
# Number words as people misspell them: "forteen", "fiftteen", "sixtene", "fjortn", "syten",
# "quatorz", "kinze", "seise".
_MISSPELT = (
    r"(?:thir|thri|four|for|fif|six|seven|sevn)t+e+n+e?|syt+e?n|fjort?e?n|tret+e+n|sekst?e?n"
    r"|quatorz|quatorse|kinze?|seise|seiz"
)
_WORD_AGE = "|".join(sorted(_NUMBER_WORDS.split(), key=len, reverse=True))
# 9 to 17 as digits ("1 4" and "1-4" too) or words; not part of a bigger number, a decimal or an
# ordinal ("141", "14.5", "14th").
_AGE = (
    rf"(?:1[\s_*\-]?[0-7]|9|(?:{_WORD_AGE}|(?:thir|four|fif|six|seven)\s?teen)\b)"
    r"(?!\d|[.,:]\d|(?:st|nd|rd|th)\b)"
)
# What follows a number that is not an age: "14 minutes away", "j'ai 14 chats", "15 min late".
_UNITS = (
    r"mins?|minutes?|minutter|hours?|hrs?|h|heures?|timer|secs?|seconds?|sekunder|days?|dage|"
    r"jours?|weeks?|uger|semaines?|months?|maneder|mois|km|kms|miles?|mi|cm|mm|kg|kgs|lbs?|"
    r"pounds?|kilos?|inch(?:es)?|feet|foot|ft|meters?|metres?|percent|procent|pourcent|points?|"
    r"pts|stone|st|afsnit|episodes?|levels?|games?|chapters?|pages?|times?|gange|fois|x|of|out|behind|ahead|"
    r"away|late|early|short|down|up|people|persons?|others?|degrees?|grader|euros?|dollars?|"
    r"kr|kroner|chats?|chiens?|enfants?|freres?|soeurs?|amis?|katte|hunde|born|venner|"
    r"to\s+\d|in\s+(?:line|the\s+queue|a\s+row)"
    r"|ar\s+(?:inde|i|ældre|yngre)|ans\s+(?:de\s+(?:plus|moins)|d'|dans)"
    r"|years?\s+(?:into|in|of(?!\s+age)|sober|clean|married|ago|later|"
    r"since|younger|older)|m\s+(?:away|tall|long|high|from)|m\s*(?:views|subs|followers)"
)
_NOT_AN_AGE = rf"(?!\s*(?:%|°|€|\$|£)|\s*(?:{_UNITS})\b)"
_I_AM = r"\b(?:i\s?'?\s?m|i\s+am|iam|ima)\s+"
_FILLERS = (
    r"(?:(?:only|just|like|about|around|actually|really|literally|now|still|a|an|um+|uh+|erm"
    r"|honestly|basically|kinda|sorta|prob|probably|technically)\s+)*"
)
_DA_FILLERS = r"(?:(?:kun|bare|lige|sadan|vel|faktisk|egentlig|altsa|nu|stadig|jo)\s+)*"
_YEARS_OLD = (
    r"\s*(?:yo|y\s?/?\s?o|y\.o\.?|yrs?(?:\s+old)?|years?\s+(?:old|young)|year\s+old)\b"
    r"(?!\s+(?:me|self|version|scotch|whisky|whiskey|wine|car|dog|cat)\b)"
)
_GENDER = r"(?:m|f|male|female|boy|girl|guy|gurl|dreng|pige|p|d|fille|garcon|gars|mec|meuf)"
_GREETING = r"hi+|hey+|hello|heya|yo|sup|ok|okay|lol|haha+|hej|hejsa|salut|slt|bonjour|coucou|cc"
# Where an answer to "asl?" stands: the start of the message or of a sentence, after a greeting.
_START = (
    rf"(?:^|[.!?,;:()\[\]|\"*~]\s*|\b(?:{_GREETING})\b[\s,!.]*"
    r"|\b(?:asl|a/s/l|asv)\b[\s?:,!.\-]*)"
)
_NOT_PAST = r"(?<!at )(?<!since )(?<!from )(?<!by )(?<!until )(?<!before )(?<!after )(?<!the )"

_PATTERNS: list[str | tuple[str, str]] = [
    # Answers to "asl?": "14 yo", "15/f", "f 14", "m14", "14 here", "14 år", "14 ans".
    rf"{_START}(?:{_AGE}(?:{_YEARS_OLD}|\s+here\b|\s*[/,]?\s*{_GENDER}(?![a-z])"
    r"(?!\s+(?:views|subs|followers|tall|long|from\s+here)))"
    rf"|(?:{_GENDER}|me)\s*[/,:]?\s*{_AGE}{_NOT_AN_AGE}"
    rf"|(?:er\s+)?{_AGE}\s*ar\b(?!\s+(?:siden|i\b|inde|ældre|yngre))"
    rf"|{_AGE}\s*ans?\b(?!\s*(?:de|d'|plus|apres|avant|que|qu'|deja|sont|ont|passes|dans)\b))",
    # English: "i'm 14", "im a 14 year old", "age 13", "i'm a minor", "im in 8th grade".
    rf"{_I_AM}(?:{_FILLERS}{_AGE}{_NOT_AN_AGE}"
    r"|(?:still\s+|only\s+|just\s+)?(?:a\s+minor|under\s*(?:18|eighteen|age)\b)"
    rf"|not\s+(?:even\s+)?(?:{_AGE}|18\b|eighteen)"
    r"|a\s+(?:high\s+school\s+)?(?:freshman|sophomore|[5-9]th\s+grader)\b"
    r"|(?:almost|nearly|turning)\s+(?:18|eighteen)\b|not\s+(?:even\s+18|18\s+yet)"
    r"|in\s+(?:(?:[5-9]|1[01])(?:th)?\s+grade|grade\s+(?:[5-9]|1[01])\b|year\s+(?:[5-9]|1[01])\b"
    r"|middle\s+school|junior\s+high))",
    rf"{_NOT_PAST}\b(?:age|alder)\s*[:=\-]?\s*{_AGE}{_NOT_AN_AGE}",
    rf"\b(?:my|min|mon)\s+(?:age|alder)\s*(?:is|er|est|c'est|:|=|-)?\s*{_AGE}{_NOT_AN_AGE}",
    rf"\bi\s+just\s+turned\s+{_AGE}{_NOT_AN_AGE}",
    # Misspelt only after "i'm", "jeg er", "j'ai": in every pattern they would slow them all.
    rf"(?:{_I_AM}|\bjeg\s+er\s+|\bj\s?'?\s?ai\s+)(?:{_MISSPELT})\b",
    # About to come or just reached: "gonna be 15 friday", "almost 16", "just turned 15",
    # "turned 16 last week", "my 16th bday is tomorrow", "15 in two weeks".
    (
        "gonna going will",
        rf"\b(?:i\s?'?m\s+|i\s+am\s+|im\s+)?(?:gonna|going\s+to|will)\s+be\s+{_AGE}{_NOT_AN_AGE}",
    ),
    (
        "almost nearly turning turned",
        rf"(?:^|\bi\s+|\bim\s+|\bi'm\s+)(?:almost|nearly|turning|(?:just|recently)\s+turned|turned)"
        rf"\s+{_AGE}{_NOT_AN_AGE}",
    ),
    (
        "birthday bday b",
        r"\b(?:my|it'?s\s+my|today'?s\s+my)\s+(?:9|1[0-7])(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)",
    ),
    ("in", rf"^{_AGE}\s+in\s+(?:a|one|two|three|few|\d+)\s+(?:days?|weeks?|months?)\b"),
    ("being", rf"\bbeing\s+{_AGE}{_NOT_AN_AGE}(?!\s+(?:years?|yo)\b)"),
    ("as from", rf"\b(?:as|from)\s+a\s+{_AGE}\s*-?\s*(?:yo|y/o|year[\s-]*old)\b"),
    ("not", r"(?:^|\bstill\s+|\bim\s+|\bi'm\s+)not\s+(?:18|eighteen)(?:\s+yet)?\b"),
    ("grader freshman sophomore", r"\b[5-9]th\s+grader\s+here\b|^(?:freshman|sophomore)\s+here\b"),
    # Danish: "jeg er 14", "jeg fylder 15", "jeg er mindreårig", "jeg går i 8. klasse".
    rf"\bjeg\s+(?:er\s+{_DA_FILLERS}{_AGE}{_NOT_AN_AGE}"
    rf"|er\s+(?:snart|ikke\s+(?:engang\s+)?)\s*(?:{_AGE}|18\b){_NOT_AN_AGE}|er\s+ikke\s+voksen"
    rf"|(?:er\s+(?:en\s+)?|som\s+){_AGE}\s*-?\s*arig|er\s+i\s+(?:[5-9]|10)\.?\s*(?:klasse|kl)\b"
    rf"|(?:har\s+)?(?:lige\s+)?(?:haft|faet)\s+min\s+{_AGE}\s*(?:ars|-ars)"
    rf"|er\s+lige\s+fyldt\s+{_AGE}|blev\s+{_AGE}{_NOT_AN_AGE}"
    rf"|fylder\s+(?:{_AGE}|18\b){_NOT_AN_AGE}|er\s+(?:(?:næsten|snart|under)\s+18\b|mindrearig)"
    r"|gar\s+i\s+(?:(?:[1-9]|10)\.?\s*(?:klasse|kl\b|$)|folkeskole))",
    (
        "bliver fylder blev næsten snart",
        rf"(?:^|\bog\s+|\bjeg\s+)(?:bliver|fylder|blev|næsten|snart)\s+{_AGE}{_NOT_AN_AGE}",
    ),
    (
        "er som",
        rf"\b(?:nar\s+man|jeg)\s+er\s+{_AGE}(?:\s*-?\s*arig|\s+ma\b|$)|(?:^|\bjeg\s+)som\s+{_AGE}\s*-?\s*arig",
    ),
    ("gar", r"(?:^|\bjeg\s+)gar\s+i\s+(?:femte|sjette|syvende|ottende|niende|tiende)\b"),
    ("ikke", r"^ikke\s+18\s+endnu\b"),
    ("haft faet", rf"\b(?:haft|faet)\s+min\s+{_AGE}\s*-?\s*ars\s+f"),
    # French: "j'ai 14 ans", "j'ai 14", "je suis mineure", "je suis en 3eme".
    rf"\b(?:j\s?'?\s?ai|g|moi)\s+(?:(?:que|seulement|juste|genre|tout\s+juste|bientot|presque"
    rf"|meme\s+pas|pas\s+encore)\s+)?{_AGE}\s*ans?\b(?!\s*(?:de\s+(?:plus|moins)|d'|dans)\b)",
    (
        "vais viens jviens fete eu anniv anniversaire presque qui avoir a",
        rf"\b(?:je\s+vais\s+(?:avoir|sur\s+mes)|j?viens\s+d'\s?avoir|j\s?'?\s?ai\s+(?:fete|eu)\s+mes"
        rf"|j\s?'?\s?ai\s+eu|anniv(?:ersaire)?\s+de|^presque|^(?:a|moi)\s+qui\s+ai"
        rf"|(?:c'est\s+\w+|dur)\s+d'\s?avoir)\s+{_AGE}\s*ans\b|^a\s+{_AGE}\s*ans\s+on\b",
    ),
    ("pas qui", r"\bpas\s+encore\s+18\b|\bmoi\s+qui\s+ai\s+1[0-7]\b"),
    rf"\bj\s?'?\s?ai\s+(?:(?:que|seulement|juste)\s+)?{_AGE}"
    r"(?=\s*(?:$|[.!?,;)/]|(?:et\s+)?(?:toi|vous|lol|mdr|f|h|fille|gars|mec)\b))",
    r"\bj\s?'?\s?ai\s+(?:moins\s+de|presque|bientot|pas\s+(?:encore\s+)?)\s*18\b",
    rf"\b(?:je\s+suis|j\s?suis|chui|chuis)\s+(?:agee?\s+de\s+{_AGE}|mineure?|au\s+college"
    r"|en\s+(?:[3-6]\s*(?:e|eme)\b|seconde|troisieme|quatrieme|cinquieme|sixieme))",
]
# Searched one by one: one alternation of them all is slower in Python's re. A pattern given with
# words is tried only when the message holds one of them (a set lookup is far cheaper).
_UNDER_18 = [
    (frozenset(entry[0].split()), re.compile(entry[1]))
    if isinstance(entry, tuple)
    else (frozenset(), re.compile(entry))
    for entry in _PATTERNS
]
# Every pattern needs a number from 9 to 18 or one of these words; most messages have neither.
# A digit touching another is part of a bigger number ("2009", "0123"), never an age.
_TRIGGER = re.compile(
    r"(?<!\d)(?:1\W{0,2}[0-8]|9)(?!\d)|[5-9]\w*\s+grade|[3-6]\s*e|t+e+n|syt|fjort|quator|kinz"
    r"|seis|seiz|ieme|underage|freshman|sophomore|voksen|folkeskole|ende\b|\d\.?\s*kl\b"
)
# An answer to "how old are you?": "15", "bare 15", "øhh 15", "16 lol", "14 h lyon".
_ANSWER = re.compile(
    rf"^(?:(?:bare|kun|only|just|like|um+|uh+|euh+|oh+|ø+h+|hm+|i'?m|im|jeg\s+er|j'ai|jai)\s+)*"
    rf"{_AGE}(?:\s+[hfm]\b|{_NOT_AN_AGE})"
)
# Someone else's words: "he typed 'im 13'", "people who write "jeg er 15"", "il m'a dit ...".
_REPORTED = re.compile(
    r"(?:\b(?:says?|saying|said|typed?|typing|writes?|wrote|writing|siger|sagde|skriver|skrev"
    r"|dit|ecrit|repete|repetes)\b[^.!?]{0,25}|[\"]\s*|(?:^|\s)'\s*)$"
)
_TRIGGER_WORDS = frozenset(
    f"{_NUMBER_WORDS} teen minor mineur mineure mindrearig middle junior college seconde"
    " klasse".split()
)
_LETTERS = re.compile(r"[a-zæø]+")


def says_under_18(text: str | Reading, asked_age: bool = False) -> bool:
    """Whether the writer says, in this one message, that they are under 18.

    `asked_age`: the partner's previous message asked the writer's age.
    """
    normalised = Reading.of(text).normalised
    if not _TRIGGER.search(normalised) and _TRIGGER_WORDS.isdisjoint(_LETTERS.findall(normalised)):
        return False
    if asked_age and _ANSWER.search(normalised):
        return True
    words = frozenset(_LETTERS.findall(normalised))
    for gate, pattern in _UNDER_18:
        if gate and gate.isdisjoint(words):
            continue
        for match in pattern.finditer(normalised):
            start = match.start() + len(match.group()) - len(match.group().lstrip("\"'([ "))
            if not _REPORTED.search(normalised[max(0, start - 40) : start]):
                return True
    return False
