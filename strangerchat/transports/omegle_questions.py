"""Question mode on the classic Omegle API: `/start?ask=...` makes a spy, `/start?wantsspy=1` a
stranger who discusses questions; the spy's events become Omegle's spy events.

docs/omegle-api.md lists them; questions.py has the rules.
"""

from __future__ import annotations

from collections.abc import Mapping

from strangerchat.protocol import Start

# How Omegle named the two strangers to the spy, as JSON strings.
_LABELS = {1: b'"Stranger 1"', 2: b'"Stranger 2"'}
_SPY_EVENTS = {
    "stranger_typing": b"spyTyping",
    "stranger_stopped_typing": b"spyStoppedTyping",
    "stranger_left": b"spyDisconnected",
}


def question_start(query: Mapping[str, str]) -> Start | None:
    """The question-mode search a /start asks for; None when it asks for a normal chat.

    `ask` is the spy's question (the chat checks its length; an empty one counts as none);
    `cansavequestion` is ignored, since nothing is kept. Topics and language do not apply.
    """
    if query.get("ask"):
        return Start(question=query["ask"])
    if query.get("wantsspy") == "1":
        return Start(wants_question=True)
    return None


def spy_answer(kind: str, who: int, text: bytes) -> bytes | None:
    """The Omegle answer to a spy's event (`text` is the message's JSON string); None if none."""
    label = _LABELS.get(who)
    if label is None:
        return None
    if kind == "stranger_message":
        return b'[["spyMessage",%s,%s]]' % (label, text)
    name = _SPY_EVENTS.get(kind)
    return None if name is None else b'[["%s",%s]]' % (name, label)
