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
    r"pts|episodes?|levels?|games?|chapters?|pages?|times?|gange|fois|x|of|out|behind|ahead|"
    r"away|late|early|short|down|up|people|persons?|others?|degrees?|grader|euros?|dollars?|"
    r"kr|kroner|chats?|chiens?|enfants?|freres?|soeurs?|amis?|katte|hunde|born|venner|"
    r"to\s+\d|in\s+(?:line|the\s+queue|a\s+row)"
    r"|years?\s+(?:into|in|of(?!\s+age)|sober|clean|married|ago|later|"
    r"since|younger|older)|m\s+(?:away|tall|long|high|from)|m\s*(?:views|subs|followers)"
)
_NOT_AN_AGE = rf"(?!\s*(?:%|°|€|\$|£)|\s*(?:{_UNITS})\b)"
_I_AM = r"\b(?:i\s?'?\s?m|i\s+am|iam|ima)\s+"
_FILLERS = r"(?:(?:only|just|like|about|around|actually|really|literally|now|still|a|an)\s+)*"
_YEARS_OLD = r"\s*(?:yo|y\s?/?\s?o|y\.o\.?|yrs?(?:\s+old)?|years?\s+(?:old|young)|year\s+old)\b"
_GENDER = r"(?:m|f|male|female|boy|girl|guy|gurl|dreng|pige|p|d|fille|garcon|gars|mec|meuf)"
_GREETING = r"hi+|hey+|hello|heya|yo|sup|ok|okay|lol|haha+|hej|hejsa|salut|slt|bonjour|coucou|cc"
# Where an answer to "asl?" stands: the start of the message or of a sentence, after a greeting.
_START = (
    rf"(?:^|[.!?,;:()\[\]|\"*~]\s*|\b(?:{_GREETING})\b[\s,!.]*"
    r"|\b(?:asl|a/s/l|asv)\b[\s?:,!.\-]*)"
)
_NOT_PAST = r"(?<!at )(?<!since )(?<!from )(?<!by )(?<!until )(?<!before )(?<!after )(?<!the )"

_PATTERNS = [
    # Answers to "asl?": "14 yo", "15/f", "f 14", "m14", "14 here", "14 år", "14 ans".
    rf"{_START}(?:{_AGE}(?:{_YEARS_OLD}|\s+here\b|\s*[/,]?\s*{_GENDER}(?![a-z])"
    r"(?!\s+(?:views|subs|followers|tall|long|from\s+here)))"
    rf"|(?:{_GENDER}|me)\s*[/,:]?\s*{_AGE}{_NOT_AN_AGE}"
    rf"|(?:er\s+)?{_AGE}\s*ar\b(?!\s+siden)"
    rf"|{_AGE}\s*ans?\b(?!\s*(?:de|d'|plus|apres|avant|que|qu'|deja|sont|ont|passes)\b))",
    # English: "i'm 14", "im a 14 year old", "age 13", "i'm a minor", "im in 8th grade".
    rf"{_I_AM}(?:{_FILLERS}{_AGE}{_NOT_AN_AGE}"
    r"|(?:still\s+|only\s+|just\s+)?(?:a\s+minor|under\s*(?:18|eighteen|age)\b)"
    r"|(?:almost|nearly|turning)\s+(?:18|eighteen)\b|not\s+(?:even\s+18|18\s+yet)"
    r"|in\s+(?:(?:[5-9]|1[01])(?:th)?\s+grade|grade\s+(?:[5-9]|1[01])\b|year\s+(?:[5-9]|1[01])\b"
    r"|middle\s+school|junior\s+high))",
    rf"{_NOT_PAST}\b(?:age|alder)\s*[:=\-]?\s*{_AGE}{_NOT_AN_AGE}",
    rf"\b(?:my|min|mon)\s+(?:age|alder)\s*(?:is|er|est|c'est|:|=|-)?\s*{_AGE}{_NOT_AN_AGE}",
    rf"\bi\s+just\s+turned\s+{_AGE}{_NOT_AN_AGE}",
    # Danish: "jeg er 14", "jeg fylder 15", "jeg er mindreårig", "jeg går i 8. klasse".
    rf"\bjeg\s+(?:er\s+(?:(?:kun|bare|lige)\s+)?{_AGE}{_NOT_AN_AGE}"
    rf"|fylder\s+(?:{_AGE}|18\b){_NOT_AN_AGE}|er\s+(?:(?:næsten|snart|under)\s+18\b|mindrearig)"
    r"|gar\s+i\s+(?:[1-9]|10)\.?\s*(?:klasse|kl\b))",
    # French: "j'ai 14 ans", "j'ai 14", "je suis mineure", "je suis en 3eme".
    rf"\b(?:j\s?'?\s?ai|g|moi)\s+(?:(?:que|seulement|juste|genre)\s+)?{_AGE}\s*ans?\b",
    rf"\bj\s?'?\s?ai\s+(?:(?:que|seulement|juste)\s+)?{_AGE}"
    r"(?=\s*(?:$|[.!?,;)/]|(?:et\s+)?(?:toi|vous|lol|mdr|f|h|fille|gars|mec)\b))",
    r"\bj\s?'?\s?ai\s+(?:moins\s+de|presque|bientot|pas\s+(?:encore\s+)?)\s*18\b",
    rf"\bje\s+suis\s+(?:agee?\s+de\s+{_AGE}|mineure?|au\s+college"
    r"|en\s+(?:[3-6]\s*(?:e|eme)\b|seconde))",
]
# Searched one by one: one alternation of them all is slower in Python's re.
_UNDER_18 = [re.compile(pattern) for pattern in _PATTERNS]
# Every pattern needs a number from 9 to 18 or one of these words; most messages have neither.
# A digit touching another is part of a bigger number ("2009", "0123"), never an age.
_TRIGGER = re.compile(r"(?<!\d)(?:1\W{0,2}[0-8]|9)(?!\d)|[5-9]\w*\s+grade|[3-6]\s*e")
_TRIGGER_WORDS = frozenset(
    f"{_NUMBER_WORDS} teen minor mineur mineure mindrearig middle junior college seconde"
    " klasse".split()
)
_LETTERS = re.compile(r"[a-z]+")


def says_under_18(text: str | Reading, asked_age: bool = False) -> bool:
    """Whether the writer says, in this one message, that they are under 18.

    `asked_age`: the partner's previous message asked the writer's age.
    """
    normalised = Reading.of(text).normalised
    if not _TRIGGER.search(normalised) and _TRIGGER_WORDS.isdisjoint(_LETTERS.findall(normalised)):
        return False
    return any(pattern.search(normalised) for pattern in _UNDER_18)
