"""The trip-wire's verdict on one message: the rules (tripwire.py), and beside them the small
classifier (classifier.py), which reads only a message holding an age from 9 to 17.

docs/safety.md ("Minor trip-wire", "Text rules measured on labelled lines") gives what each
catches on lines neither was tuned on.
"""

from __future__ import annotations

import functools

from strangerchat.safety import tripwire
from strangerchat.safety.classifier import TripwireModel
from strangerchat.safety.normalise import Reading
from strangerchat.safety.readers import CLASSIFIER, RULES, Reader


@functools.cache
def _model() -> TripwireModel:
    return TripwireModel.load()  # once per process, at the first message that needs it


def read_as_under_18(
    text: str | Reading,
    asked_age: bool = False,
    asked_if_adult: bool = False,
    asked_other: bool = False,
) -> Reader | None:
    """RULES or CLASSIFIER when the writer says, in this one message, that they are under 18;
    None when neither reads it so.

    `asked_age`, `asked_if_adult`, `asked_other`: the partner's previous message asked the
    writer's age, whether they are 18 yet, or something else (tripwire.says_under_18).
    """
    reading = Reading.of(text)
    if tripwire.says_under_18(reading, asked_age, asked_if_adult, asked_other):
        return RULES
    return CLASSIFIER if _model().says_under_18(reading, asked_age) else None


def says_under_18(
    text: str | Reading,
    asked_age: bool = False,
    asked_if_adult: bool = False,
    asked_other: bool = False,
) -> bool:
    """Whether the writer says, in this one message, that they are under 18 (the arguments as
    for read_as_under_18)."""
    return read_as_under_18(text, asked_age, asked_if_adult, asked_other) is not None
