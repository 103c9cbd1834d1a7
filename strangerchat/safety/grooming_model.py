"""A small grooming-risk classifier beside the rules: `GroomingModel.load()`.

The rules (grooming.py, grooming_rules.py) find named signals and are what a moderator reads;
this model reads the wording of the chat as a whole, so it also hears risk said in ways no rule
names. It reads each word of a message (normalised, numbers as their kinds, as the trip-wire's
classifier does: classifier.py) as its character n-grams (2 to 5, the word's edges marked) and
itself, and each pair of words in a row; a message's features are summed into its `Evidence`.
A word's part is looked up once and kept (WORDS_KEPT of them), so a message costs about one
dictionary lookup per word and per pair.

A chat's score is the logistic of the weights found over the square root of the features
counted, both summed over the messages so far with each older message counting DECAY times the
next: recent messages weigh most, what a long chat said long ago fades, and a chat's state is
three numbers.

The weights are package data (`grooming_model.json`, written by `python -m
tests.safety.train_grooming` from the labelled development chats only); nothing is downloaded
and no text leaves the process.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

from strangerchat.safety.classifier import GRAM_SIZES, TOKEN, probability, with_number_kinds
from strangerchat.safety.normalise import Reading

MODEL_FILE = "grooming_model.json"
DECAY = 0.9  # how much each older message counts beside the one after it
# One message never alerts on its own, as with the rules: "delete this chat after" can be a
# joke; said again in other words, or beside other cues, it is not. So an alert needs this many
# messages whose words lean to risk (their weights sum above 0): an "ok" or an emoji after one
# strong message is not a second.
MIN_LEANING = 2
# Of a long message only the start is read: the cost grows with the length, and the rules still
# read all of it.
READ_AT_MOST = 240  # characters
WORDS_KEPT = 50_000  # words whose part of a score is kept; when full, the store starts over
REPEATS_KEPT = 8  # the wordings of a chat's last messages, kept to tell a repeat (ChatReading)
# Asking age, asking for a snap or a picture and "add me" is what peers do all the time, and the
# rules alone cannot tell them from a push to another app; when these are all the rules found
# (grooming.EXCHANGE), their alert waits for the model's score of the chat to reach this as
# well. Chosen out of fold on the development chats (train_grooming.py prints the check).
AGREES = 0.5


def words_of(text: str | Reading) -> list[str]:
    """The words the model reads in a message, in order."""
    return TOKEN.findall(with_number_kinds(text)[:READ_AT_MOST])


def word_features(word: str) -> list[str]:
    """One word's features: its character n-grams, its edges marked by spaces, and itself."""
    padded = f" {word} "
    grams = [padded[i : i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1)]
    grams.append(f"w:{word}")
    return grams


def pair_features(words: list[str]) -> list[str]:
    return [f"b:{first} {second}" for first, second in itertools.pairwise(words)]


def features_of_words(words: list[str]) -> list[str]:
    """A message's features, in order; one found twice counts twice (as training counts it)."""
    return [gram for word in words for gram in word_features(word)] + pair_features(words)


class Evidence(NamedTuple):
    """What the model found in some messages: the sum of their features' weights and how many
    features were counted (each decayed as the messages age), and how many of the messages
    leaned to risk."""

    found: float = 0.0
    counted: float = 0.0
    leaning: int = 0

    def then(self, newer: Evidence) -> Evidence:
        """This evidence aged by one message, with the newer message's added."""
        return Evidence(
            self.found * DECAY + newer.found,
            self.counted * DECAY + newer.counted,
            self.leaning + newer.leaning,
        )


@dataclass(frozen=True)
class GroomingModel:
    """The weights and the threshold chosen on the development chats."""

    bias: float
    weights: dict[str, float]
    threshold: float  # a chat's score at or above it alerts beside the rules
    agrees_at: float = AGREES  # a score at or above it agrees with the rules (`agrees`)
    # word: (the sum of its features' weights, how many features); see WORDS_KEPT
    _words: dict[str, tuple[float, int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls) -> GroomingModel:
        """The model shipped in the package."""
        raw = resources.files("strangerchat.safety").joinpath(MODEL_FILE).read_text("utf-8")
        data = json.loads(raw)
        return cls(float(data["bias"]), dict(data["weights"]), float(data["threshold"]))

    def evidence(self, text: str | Reading) -> Evidence:
        """What one message adds to its chat's score."""
        return self.evidence_of_words(words_of(text))

    def evidence_of_words(self, words: list[str]) -> Evidence:
        pairs = pair_features(words)
        found = sum(map(self.weights.get, pairs, itertools.repeat(0.0)))
        counted = len(pairs)
        for word in words:
            word_found, word_counted = self._word(word)
            found += word_found
            counted += word_counted
        return Evidence(found, counted, 1 if found > 0 else 0)

    def _word(self, word: str) -> tuple[float, int]:
        kept = self._words.get(word)
        if kept is None:
            if len(self._words) >= WORDS_KEPT:
                self._words.clear()
            grams = word_features(word)
            kept = sum(map(self.weights.get, grams, itertools.repeat(0.0))), len(grams)
            self._words[word] = kept
        return kept

    def score(self, evidence: Evidence) -> float:
        """The probability the model gives that the chat so far puts the other stranger at risk."""
        if not evidence.counted:
            return 0.0
        return probability(self.bias + evidence.found / math.sqrt(evidence.counted))

    def agrees(self, evidence: Evidence) -> bool:
        """Whether the chat so far scores high enough to bear out the rules' weaker signals."""
        return self.score(evidence) >= self.agrees_at

    def alerts(self, evidence: Evidence) -> bool:
        """Whether the chat so far reaches the threshold, with MIN_LEANING messages leaning."""
        return evidence.leaning >= MIN_LEANING and self.score(evidence) >= self.threshold


class ChatReading:
    """One chat's evidence so far, read message by message; a message worded as one of the last
    REPEATS_KEPT (its words, numbers as their kinds) adds nothing: "note 14", "note 15", ...
    or the same question asked again is no new evidence, and would otherwise build up."""

    __slots__ = ("evidence", "recent")

    def __init__(self) -> None:
        self.evidence = Evidence()
        self.recent: tuple[int, ...] = ()  # the wordings last read, as hashes

    def is_new(self, words: list[str]) -> bool:
        """Whether `words` are none of the last REPEATS_KEPT messages' (and remember them)."""
        wording = hash(tuple(words))
        if wording in self.recent:
            return False
        self.recent = (*self.recent[1 - REPEATS_KEPT :], wording)
        return True

    def read(self, model: GroomingModel, text: str | Reading) -> Evidence:
        """The chat's evidence with one more message."""
        words = words_of(text)
        if self.is_new(words):
            self.evidence = self.evidence.then(model.evidence_of_words(words))
        return self.evidence


# Beside the rules, a model that never alerts and agrees with them always: the rules alone (for
# tests and measures).
SILENT = GroomingModel(0.0, {}, math.inf, agrees_at=0.0)


@functools.cache
def shipped() -> GroomingModel:
    """The shipped model, loaded once per process at the first message that needs it."""
    return GroomingModel.load()
