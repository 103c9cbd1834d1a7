"""Text normalisation for the safety detectors: one spelling for the many ways to write a thing.

- `normalise(text) -> str`: NFKC, case-folded, invisible characters and combining marks dropped,
  accents stripped, look-alike letters (Cyrillic, Greek, full-width, circled, mathematical) turned
  into plain Latin, curly quotes into `'`, runs of whitespace into one space. Digits stay digits:
  "im 14" must still say 14. For matching only, never for display.
- `unleet(normalised) -> str`: digits and symbols inside words become the letters they stand
  for ("sn4p" -> "snap", "d1sc0rd" -> "discord"); numbers on their own ("14", "m14") stay.
- `fold(text) -> Folded`: a lower-cased, look-alike-free copy whose characters still point back
  into `text`, for detectors that replace parts of the original (links, contact details):
  `fold(text).redact(pattern, label) -> str` is `text` with each match shown as `label`.
- `Reading(text)`: all of the above for one message, each made once, for the detectors to share.
- `spam_fingerprint(text) -> str`: equal for messages that differ only in case, spacing,
  punctuation, accents, look-alikes or leetspeak; "" for messages too short to count as spam.
"""

# ruff: noqa: RUF001  # the look-alike letters below are there on purpose

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence

from strangerchat.safety.number_words import as_digits, has_number_word

# Spam bots send long pitches; people send "hi", "asl?" or "hey how are you" to everyone.
MIN_SPAM_LETTERS = 20

# Zero-width and formatting characters, variation selectors, tag characters and combining marks:
# invisible on screen, so they only ever serve to split a word that a filter would catch.
_INVISIBLE = [
    (0x00AD, 0x00AD), (0x0300, 0x036F), (0x0483, 0x0489), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x200B, 0x200F),
    (0x202A, 0x202E), (0x2060, 0x206F), (0x20D0, 0x20FF), (0x3164, 0x3164), (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xE0000, 0xE007F), (0xE0100, 0xE01EF),
]  # fmt: skip

# Blocks whose letters decompose (NFKD) to one plain character: accented Latin, superscripts,
# letterlike symbols, circled letters, spaces, full-width forms, mathematical alphanumerics.
_DECOMPOSABLE = [
    (0x00A0, 0x024F), (0x1E00, 0x1EFF), (0x2000, 0x24FF), (0x3000, 0x303F), (0xFF00, 0xFFEF),
    (0x1D400, 0x1D7FF), (0x1F100, 0x1F14F),
]  # fmt: skip

# Look-alikes that Unicode does not decompose.
_LOOK_ALIKES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ь": "b", "і": "i", "ї": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "α": "a", "β": "b", "ε": "e", "η": "n",
    "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ɡ": "g",
    "ı": "i", "ʟ": "l", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "\u0130": "i", "Η": "h", "Ν": "n",
    "Υ": "y", "Ζ": "z", "Μ": "m",
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u3002": ".", "\uff61": ".", "\u2024": ".", "\ufe52": ".",
}  # fmt: skip


def _plain(char: str) -> str:
    """The one plain lower-case character `char` stands for, or `char` when there is none."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return bare.lower() if len(bare) == 1 else char


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for first, last in _DECOMPOSABLE:
        for code in range(first, last + 1):
            plain = _plain(chr(code))
            if plain != chr(code):
                table[code] = plain
    # Negative circled and squared letters and regional indicators: 🅐, 🅰, 🇦 all read as "a".
    for first in (0x1F150, 0x1F170, 0x1F1E6):
        table.update({first + i: chr(ord("a") + i) for i in range(26)})
    for char, plain in _LOOK_ALIKES.items():
        table[ord(char)] = plain
        if len(char.upper()) == 1:
            table.setdefault(ord(char.upper()), plain)
    for first, last in _INVISIBLE:
        table.update(dict.fromkeys(range(first, last + 1)))
    return table


# Every value is one character or None, so translating never lengthens a text (`fold` needs that).
_TABLE = _build_table()
_LEET = str.maketrans("0134579@$|+", "oieastgaslt")
# A word with a digit or symbol touching a letter: "sn4p", "t3l3gr@m", "pic5" (and "14f").
_LEET_CHARS = "a-z0-9@$|+"
_LEET_WORD = re.compile(
    rf"(?<![{_LEET_CHARS}])[{_LEET_CHARS}]*"
    rf"(?:[a-z][0-9@$|+]|[0-9@$|+][a-z])[{_LEET_CHARS}]*"
)
_LEET_TOUCHING_LETTER = re.compile(r"[a-z][0-9@$|+]|[0-9@$|+][a-z]")
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """The text as the detectors read it (see the module docstring)."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text).translate(_TABLE)
    return " ".join(text.casefold().split())


def unleet(normalised: str) -> str:
    """Leetspeak inside words read as letters; numbers on their own are left alone."""
    if _LEET_TOUCHING_LETTER.search(normalised) is None:
        return normalised  # the usual case, and a far cheaper scan than _LEET_WORD's
    return _LEET_WORD.sub(_read_leet, normalised)


def _read_leet(match: re.Match[str]) -> str:
    word = match.group()
    # A number with one letter attached ("14f", "m14", "2nd") is not leetspeak.
    return word.translate(_LEET) if sum(c.isalpha() for c in word) >= 2 else word


def spam_fingerprint(text: str | Reading) -> str:
    """A digest of the message's letters and digits, or "" when it is too short to be spam.

    A digest rather than the letters themselves, so that a spam counter keeps no message text.
    """
    reading = Reading.of(text)
    if len(reading.text) < MIN_SPAM_LETTERS and reading.text.isascii():
        return ""  # most chat lines: too short to hold enough letters (NFKC never lengthens ASCII)
    letters = _NOT_LETTER_OR_DIGIT.sub("", reading.unleeted)
    if len(letters) < MIN_SPAM_LETTERS:
        return ""
    return hashlib.blake2b(letters.encode(), digest_size=16).hexdigest()


class Folded:
    """A lower-cased, look-alike-free copy of a text that can map its matches back to the text."""

    __slots__ = ("offsets", "original", "text")

    def __init__(self, original: str, text: str, offsets: list[int] | None) -> None:
        self.original = original
        self.text = text
        # offsets[i] is where text[i] came from; None when nothing was dropped (same index).
        self.offsets = offsets

    def redact(
        self,
        pattern: re.Pattern[str] | Sequence[re.Pattern[str]],
        label: str,
        accept: Callable[[re.Match[str]], bool] | None = None,
    ) -> str:
        """The original with every match of `pattern` in `text` replaced by `label`.

        `pattern` may be a list of patterns, read as one alternation of them (`first_matches`).
        `accept`, when given, picks the matches to replace (a regex cannot check everything).
        Matches separated only by whitespace become one label: "a.com b.com" is one removal.
        """
        pieces: list[str] = []
        kept = 0
        found = (
            pattern.finditer(self.text)
            if isinstance(pattern, re.Pattern)
            else first_matches(pattern, self.text)
        )
        for match in found:
            if accept is not None and not accept(match):
                continue
            start, end = self._source(match.start(), match.end())
            gap = self.original[kept:start]
            if not pieces or gap.strip():
                pieces += (gap, label)
            kept = end
        if not pieces:
            return self.original
        pieces.append(self.original[kept:])
        return "".join(pieces)

    def _source(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        stop = self.offsets[end] if end < len(self.offsets) else len(self.original)
        return self.offsets[start], stop


def first_matches(patterns: Sequence[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """What `re.compile("|".join(p.pattern for p in patterns)).finditer(text)` finds, for
    patterns that never match an empty string: at the leftmost place where any matches, the
    first of them that does; then on from the end of its match.

    Each pattern searches the text about once, and a caller can leave out the patterns a text
    cannot match without compiling another alternation for each choice.
    """
    ahead: list[re.Match[str] | None] = [pattern.search(text) for pattern in patterns]
    position = 0
    while True:
        best: re.Match[str] | None = None
        for i, match in enumerate(ahead):
            if match is not None and match.start() < position:
                match = ahead[i] = patterns[i].search(text, position)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        position = max(best.end(), best.start() + 1)


def fold(text: str) -> Folded:
    """Fold `text` for searching: lower case, accents and look-alikes plain, invisibles dropped."""
    if text.isascii():
        return Folded(text, text.lower(), None)
    folded = text.translate(_TABLE).lower()
    if len(folded) == len(text):
        return Folded(text, folded, None)
    # Something invisible was dropped, so the indices drifted: map each kept character back.
    offsets = [i for i, char in enumerate(text) if _TABLE.get(ord(char), char) is not None]
    return Folded(text, folded, offsets)


_LETTER_RUN = re.compile(r"[a-zæø]+")


class Reading:
    """One message in the forms the detectors read, each made once and only when first asked for.

    Every message passes several detectors; sharing one Reading spares each of them folding and
    normalising the same text again.
    """

    __slots__ = (
        "_folded",
        "_has_number_words",
        "_letter_runs",
        "_normalised",
        "_numbers_read",
        "_unleeted",
        "_words",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: Folded | None = None
        self._normalised: str | None = None
        self._unleeted: str | None = None
        self._words: frozenset[str] | None = None
        self._letter_runs: list[str] | None = None
        self._numbers_read: str | None = None
        self._has_number_words: bool | None = None

    @classmethod
    def of(cls, text: str | Reading) -> Reading:
        return text if isinstance(text, Reading) else cls(text)

    @property
    def folded(self) -> Folded:
        """`fold(text)`."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    @property
    def normalised(self) -> str:
        """`normalise(text)`."""
        if self._normalised is None:
            self._normalised = normalise(self.text)
        return self._normalised

    @property
    def unleeted(self) -> str:
        """`unleet(normalise(text))`."""
        if self._unleeted is None:
            self._unleeted = unleet(self.normalised)
        return self._unleeted

    @property
    def letter_runs(self) -> list[str]:
        """The runs of letters of `normalised`, in order (where number words are looked for)."""
        if self._letter_runs is None:
            self._letter_runs = _LETTER_RUN.findall(self.normalised)
        return self._letter_runs

    @property
    def has_number_words(self) -> bool:
        """Whether a run of letters is a number word to read ("fjorten", "quinze")."""
        if self._has_number_words is None:
            self._has_number_words = has_number_word(self.letter_runs)
        return self._has_number_words

    @property
    def numbers_read(self) -> str:
        """`normalised` with its number words as digits ("fjorten" -> "14"), for the trip-wire
        and its classifier."""
        if self._numbers_read is None:
            words = self.has_number_words
            self._numbers_read = as_digits(self.normalised) if words else self.normalised
        return self._numbers_read

    @property
    def words(self) -> frozenset[str]:
        """The words (runs of letters, digits and underscores) of `unleeted`."""
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.unleeted))
        return self._words
