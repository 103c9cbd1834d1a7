"""MemoryBroker's question-mode waiting room: spies and the strangers who will discuss a question.

Dicts keep insertion order, so the first entries are the longest waiters, as in RedisBroker's
sorted sets (question_claim.lua follows the same rules).
"""

from __future__ import annotations

import itertools

from strangerchat.brokers.base import Trio


class QuestionPool:
    """Waiting spies (with their questions) and waiting strangers, longest waiter first."""

    def __init__(self) -> None:
        self._spies: dict[str, str] = {}  # spy id: its question
        self._strangers: dict[str, None] = {}

    def join(self, session_id: str, question: str | None) -> None:
        if question is None:
            self._strangers[session_id] = None
        else:
            self._spies[session_id] = question

    def leave(self, session_id: str) -> bool:
        """Take a session out; False when it was not waiting here."""
        if session_id in self._strangers:
            del self._strangers[session_id]
            return True
        return self._spies.pop(session_id, None) is not None

    def take(self, seeker_id: str) -> Trio | None:
        """The trio the seeker makes with the longest waiters, taken out; None if none yet."""
        if seeker_id in self._spies:
            spy = seeker_id
            strangers = list(itertools.islice(self._strangers, 2))
        elif seeker_id in self._strangers:
            spy = next(iter(self._spies), "")
            first = next(iter(self._strangers))
            other = next((sid for sid in self._strangers if sid != seeker_id), "")
            # Stranger 1 is the one who waited longer: `other` did, unless the seeker is first.
            strangers = [seeker_id, other] if first == seeker_id else [other, seeker_id]
            if not other:
                strangers = []
        else:
            return None
        if not spy or len(strangers) < 2:
            return None
        question = self._spies.pop(spy)
        for stranger in strangers:
            del self._strangers[stranger]
        return Trio(spy, question, (strangers[0], strangers[1]))

    def clear(self) -> None:
        self._spies.clear()
        self._strangers.clear()
