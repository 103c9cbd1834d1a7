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


@functools.cache
def _model() -> TripwireModel:
    return TripwireModel.load()  # once per process, at the first message that needs it


def says_under_18(text: str | Reading, asked_age: bool = False) -> bool:
    """Whether the writer says, in this one message, that they are under 18.

    `asked_age`: the partner's previous message asked the writer's age.
    """
    reading = Reading.of(text)
    return tripwire.says_under_18(reading, asked_age) or _model().says_under_18(reading, asked_age)
