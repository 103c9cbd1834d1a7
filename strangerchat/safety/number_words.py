"""Number words as people type them, read as digits: `as_digits(normalised) -> str`.

"fourteen", "fjorten", "quatorze", "dix-sept" and their misspellings ("fourten", "fortheen",
"fjårten", "sejsten", "traize", "kinze", "seizes") become "14", "17", ...; the rest of the text
is left as it was. Only the numbers that matter for an age are read: nine to nineteen, in
English, Danish and French; Danish "femtenårig" (one word) reads as "15arig".

A word is read when it is spelt right or one letter off (one letter added, dropped or changed),
after the letters that people most often get wrong are set aside: "h" ("fiftheen"), doubled
letters ("fifteeen", "tretteen") and "qu" written "k" ("kinze"). Short words ("ten", "ni",
"onze", "tolv") must be spelt right: one letter off, they are other words. So must the real
words that happen to sit one letter from a number word ("size", "femte", "douce", "élève").
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBERS = {
    9: "nine ni neuf",
    10: "ten ti dix",
    11: "eleven elleve onze",
    12: "twelve tolv douze",
    13: "thirteen tretten treize",
    14: "fourteen fjorten quatorze",
    15: "fifteen femten quinze fiveteen",
    16: "sixteen seksten seize",
    17: "seventeen sytten dix-sept",
    18: "eighteen atten dix-huit",
    19: "nineteen nitten dix-neuf",
}
# English ordinals, spelt right: "my fourteenth birthday" reads as "my 14th birthday".
_ORDINALS = {
    word: f"{value}th"
    for value, word in enumerate(
        (
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
        ),
        start=9,
    )
}
# Real words one letter from a number word, in the three languages and in chat.
_REAL_WORDS = _words(
    "size sized seized seine syden sten leve doze festen festens femte femtes douce doute"
    " elven elev eleve eleves elever sekte sekter fjortende femtende sekstende syttende"
    " trettende"
)
# Fuzzy reading needs this many letters in the number word's skeleton.
_FUZZY_FROM = 5
_DOUBLED = re.compile(r"([a-zæø])\1+")
# A word, or two that make one number: "dix-sept", "dix huit", "four teen".
_WORD = re.compile(r"([a-zæø]+)(?:([ -])(sept|huit|neuf|teen)\b)?")
_LETTERS = "abcdefghijklmnopqrstuvwxyzæø"
# Danish writes an age and "-årig" as one word: "femtenårig", "fjortenårige", "femtenårs
# fødselsdag" (normalised, "å" is "a"). The number is read and the rest kept: "15arig".
_AGE_SUFFIXES = ("arige", "arig", "ars")


def _skeleton(word: str) -> str:
    """The word without the letters people get wrong most: "h", doubled letters, "qu" as "k"."""
    return _DOUBLED.sub(r"\1", word.replace("-", "").replace(" ", "").replace("qu", "k")).replace(
        "h", ""
    )


def _one_letter_off(word: str) -> set[str]:
    """Every word one letter added, dropped or changed from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {a + b[1:] for a, b in splits if b}
    changed = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    added = {a + c + b for a, b in splits for c in _LETTERS}
    return dropped | changed | added


def _build() -> tuple[dict[str, int], dict[str, int]]:
    exact: dict[str, int] = {}
    near: dict[str, set[int]] = {}
    for value, words in _NUMBERS.items():
        for word in words.split():
            exact[word] = value
            skeleton = _skeleton(word)
            if len(skeleton) >= _FUZZY_FROM:
                for variant in {skeleton} | _one_letter_off(skeleton):
                    near.setdefault(variant, set()).add(value)
    # A skeleton one letter from two numbers ("fiften"?) is read as neither.
    fuzzy = {variant: values.pop() for variant, values in near.items() if len(values) == 1}
    return exact, fuzzy


# The number words as written, and the skeletons of the long ones, right or one letter off.
_EXACT, _FUZZY = _build()
_FIRST_LETTERS = frozenset(variant[0] for variant in (*_EXACT, *_FUZZY))


@lru_cache(maxsize=8192)  # chat repeats its words: most are looked up once per few messages
def _value(word: str) -> int | None:
    if word in _EXACT:
        return _EXACT[word]
    if word in _REAL_WORDS or word in _ORDINALS or len(word) < _FUZZY_FROM - 1:
        return None
    return _FUZZY.get(_skeleton(word))


def _read(match: re.Match[str]) -> str:
    if match.group() in _ORDINALS:
        return _ORDINALS[match.group()]
    value = _value(match.group())
    if value is not None:
        return str(value)
    first, gap, second = match.groups()
    if gap is None:
        return _with_age_suffix(first) or first
    # Not one number after all ("dix huitres" is no "dix-huit"): each word on its own.
    return f"{_value(first) or first}{gap}{_value(second) or second}"


def as_digits(normalised: str) -> str:
    """`normalised` (see `normalise`) with every number word from nine to nineteen as digits."""
    return _WORD.sub(_read, normalised)


# The second halves of numbers written as two words, each no number of its own ("sept" is 7):
# "dis-sept" and "four teen" are read only as one.
_SECOND_PARTS = frozenset(["sept", "huit", "neuf", "teen"])


_EXACT_OR_ORDINAL = frozenset(_EXACT) | frozenset(_ORDINALS)


def _with_age_suffix(word: str) -> str | None:
    """ "femtenarig" as "15arig"; None when the word is no number and "-årig" in one."""
    for suffix in _AGE_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            value = _value(word[: -len(suffix)])
            if value is not None:
                return f"{value}{suffix}"
    return None


def has_number_word(words: list[str]) -> bool:
    """Whether any of `words` (runs of letters of a normalised text) is a number word to read."""
    present = set(words)  # each word once: chat repeats "i", "you", "the"
    if not present.isdisjoint(_EXACT_OR_ORDINAL):
        return True
    for word in present:
        # Shorter words are number words only when spelt right (above).
        if len(word) >= _FUZZY_FROM - 1 and word[0] in _FIRST_LETTERS and _value(word) is not None:
            return True
        if word.endswith(_AGE_SUFFIXES) and _with_age_suffix(word) is not None:
            return True
    if present.isdisjoint(_SECOND_PARTS):
        return False
    return any(
        word in _SECOND_PARTS and _value(first + word) is not None
        for first, word in itertools.pairwise(words)
    )
