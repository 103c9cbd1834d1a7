"""A small trip-wire classifier: `TripwireModel.load().score(text, asked_age) -> float` in [0, 1].

It stands beside the rules (minor.py), and only for a message holding an age from 9 to 17
(written in digits or in words) and at least two words: nearly all it catches that the rules
miss holds one, few other messages do, so it costs little on ordinary chat, and a word and a
number ("note 14", "lol 15") are as likely a count.

Logistic regression over character n-grams (2 to 5) and word unigrams and bigrams of the
message as the trip-wire reads it (normalised, number words as digits), with every number
replaced by its kind (an age 9-17, 18, an adult age, any other number), so that "im 14" and "im
15" are one feature and "im 41" another. The weights are package data
(`tripwire_model.json`, written by `python -m tests.safety.train_classifier` from the labelled
development lines only); nothing is downloaded and no text leaves the process. Features are
kept as the n-grams themselves, not hashed: the file holds only those with a weight, there are
no collisions, and a lookup is one dict access.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources

from strangerchat.safety.normalise import Reading

MODEL_FILE = "tripwire_model.json"
# Only the text around a message's first young age is scored: the cost grows with the length,
# what says whose age it is stands near it, and the rules still read the whole message.
AROUND = 60  # characters before it and after it
_NUMBER = re.compile(r"\d+")
GRAM_SIZES = (2, 3, 4, 5)  # the character n-grams read, by length
TOKEN = re.compile(r"[^\W\d_]+|[?!]")
_WORD = re.compile(r"[^\W\dA-Z_]+")  # a word of the message (the kinds are capitals)


def _kind(match: re.Match[str]) -> str:
    # Upper-case letters never occur in a normalised text, so they cannot collide with a word.
    digits = match.group()
    value = int(digits) if len(digits) <= 3 else 1000
    if 9 <= value <= 17:
        return "A"
    if value == 18:
        return "B"
    return "C" if 19 <= value <= 99 else "D"


def with_number_kinds(text: str | Reading) -> str:
    """The message normalised, its number words and numbers written as their kinds."""
    return _NUMBER.sub(_kind, Reading.of(text).numbers_read)


def shape(text: str | Reading) -> str:
    """The message as the classifier reads it: `with_number_kinds`, and of a long one only the
    text AROUND its first age from 9 to 17."""
    shaped = with_number_kinds(text)
    if len(shaped) <= 2 * AROUND:
        return shaped
    at = shaped.find("A")
    return shaped if at < 0 else shaped[max(0, at - AROUND) : at + AROUND]


MIN_WORDS = 2  # besides the age; after an age question the rules read a bare answer


def worth_reading(shaped: str) -> bool:
    """Whether a shaped message holds a number from 9 to 17 (its kind is "A") and MIN_WORDS."""
    return "A" in shaped and len(_WORD.findall(shaped)) >= MIN_WORDS


def probability(total: float) -> float:
    """The logistic function, kept within bounds where exp would overflow."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def features(text: str | Reading, asked_age: bool = False) -> set[str]:
    """The n-grams of one message; `asked_age` marks its words as an answer to an age question."""
    return features_of_shaped(shape(text), asked_age)


def features_of_shaped(shaped: str, asked_age: bool = False) -> set[str]:
    padded = f" {shaped} "
    grams = {
        padded[start : start + size]
        for size in GRAM_SIZES
        for start in range(len(padded) - size + 1)
    }
    tokens = TOKEN.findall(shaped)
    grams.update(f"w:{token}" for token in tokens)
    grams.update(f"b:{first} {second}" for first, second in itertools.pairwise(tokens))
    if asked_age:
        grams.add("asked")
        grams.update(f"q:{token}" for token in tokens)
    return grams


@dataclass(frozen=True)
class TripwireModel:
    """The weights and the threshold chosen on the development half."""

    bias: float
    weights: dict[str, float]
    threshold: float  # a score at or above it counts beside the rules

    @classmethod
    def load(cls) -> TripwireModel:
        """The model shipped in the package."""
        raw = resources.files("strangerchat.safety").joinpath(MODEL_FILE).read_text("utf-8")
        data = json.loads(raw)
        return cls(float(data["bias"]), dict(data["weights"]), float(data["threshold"]))

    def score(self, text: str | Reading, asked_age: bool = False) -> float:
        """The probability the model gives that the writer says they are under 18."""
        return self._score(features(text, asked_age))

    def _score(self, grams: set[str]) -> float:
        # Each message's features count 1/sqrt(n): a long message is not surer for being long.
        found = sum(map(self.weights.get, grams, itertools.repeat(0.0)))
        return probability(self.bias + found / math.sqrt(len(grams)))

    def says_under_18(self, text: str | Reading, asked_age: bool = False) -> bool:
        """Whether the message is worth reading and its score reaches the threshold."""
        shaped = shape(text)
        if not worth_reading(shaped):
            return False
        return self._score(features_of_shaped(shaped, asked_age)) >= self.threshold
