"""Proof of work again after a rate-limit hit: the session's next `start` must carry one.

The entry gate asks every visitor for a proof of work once. A session that then hits a rate limit
(too many messages or new chats) is told `challenge_required`, and its next `start` is refused
until it carries a freshly solved challenge from GET /challenge in its `pow` field: a script that
floods pays in CPU time for each new chat after that. Answers are checked by safety/pow.py, which
refuses expired, tampered and replayed ones.

The classic Omegle API is exempt without a rule of its own: each of its chats is a new session
whose only `start` comes with it, so no session of it ever starts again after a hit. (Its old
clients could not solve a challenge anyway.)
"""

from __future__ import annotations

from collections.abc import Iterable

from strangerchat.errors import Code, Rejected
from strangerchat.safety.pow import PROBLEMS, ProofOfWork
from strangerchat.session import Session


class StartChallenges:
    """Which sessions owe a proof of work before their next start; in this process's memory."""

    def __init__(self, pow: ProofOfWork) -> None:
        self.pow = pow
        self._due: set[str] = set()

    def hit(self, session: Session) -> bool:
        """The session hit a rate limit; True when it did not owe a proof already."""
        if session.id in self._due:
            return False
        self._due.add(session.id)
        return True

    def check(self, session: Session, answer: str | None) -> None:
        """Let a start through, or raise Rejected: no answer when one is owed, or a bad one."""
        if session.id not in self._due:
            return  # an answer nobody asked for is not checked (checking costs an HMAC)
        if answer is None:
            raise Rejected(
                Code.CHALLENGE_REQUIRED,
                "after a rate limit, start needs a solved proof of work (GET /challenge) as pow",
            )
        problem = self.pow.redeem(answer)
        if problem is not None:
            raise Rejected(problem, PROBLEMS[problem])
        self._due.discard(session.id)

    def keep_only(self, session_ids: Iterable[str]) -> None:
        """Forget sessions that closed."""
        self._due &= set(session_ids)
