"""MemoryBroker's question-mode waiting room: spies and the strangers who will discuss a question.

Dicts keep insertion order, so the first entries are the longest waiters, as in RedisBroker's
sorted sets (question_claim.lua follows the same rules).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from strangerchat.brokers.base import Trio

# Whether two sessions are kept apart (a block between them, either way round).
Apart = Callable[[str, str], bool]


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

    def take(self, seeker_id: str, apart: Apart) -> Trio | None:
        """The trio the seeker makes with the longest waiters, taken out; None if none yet.

        No two of the three may be kept apart by a block: the spy reads what the two write.
        """
        if seeker_id in self._spies:
            found = self._strangers_for(seeker_id, apart)
        elif seeker_id in self._strangers:
            found = self._spy_and_other_for(seeker_id, apart)
        else:
            return None
        if found is None:
            return None
        spy, one, two = found
        question = self._spies.pop(spy)
        del self._strangers[one], self._strangers[two]
        return Trio(spy, question, (one, two))

    def _strangers_for(self, spy: str, apart: Apart) -> tuple[str, str, str] | None:
        """The spy and the two longest-waiting strangers it may watch together."""
        for one, two in itertools.combinations(self._strangers, 2):  # longest waiters first
            if not apart(spy, one) and not apart(spy, two) and not apart(one, two):
                return spy, one, two
        return None

    def _spy_and_other_for(self, seeker: str, apart: Apart) -> tuple[str, str, str] | None:
        """The longest-waiting spy and other stranger the seeker may join; stranger 1 is the
        one of the two strangers who waited longer."""
        for spy in self._spies:
            if apart(spy, seeker):
                continue
            waited_longer = True  # than the seeker, until the seeker comes up
            for other in self._strangers:
                if other == seeker:
                    waited_longer = False
                elif not apart(other, seeker) and not apart(other, spy):
                    return (spy, other, seeker) if waited_longer else (spy, seeker, other)
        return None

    def clear(self) -> None:
        self._spies.clear()
        self._strangers.clear()
