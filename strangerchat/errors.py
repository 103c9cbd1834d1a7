"""The exceptions strangerchat raises on purpose."""

from __future__ import annotations


class StrangerChatError(Exception):
    """Base of every error strangerchat raises on purpose."""


class ConfigError(StrangerChatError):
    """A setting has a value the server cannot start with."""


SHUTTING_DOWN = "server_restarting"  # the code of a session refused while the server shuts down


class Rejected(StrangerChatError):
    """A client's frame was refused; `code` is stable and sent to that client alone."""

    def __init__(
        self, code: str, message: str, *, until: int | None = None, appeal: str | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.until = until  # when a refusal that lasts ends (Unix seconds)
        self.appeal = appeal  # the restriction's reference, for an appeal


def store_unavailable(exc: BaseException) -> bool:
    """Redis down or frozen (redis-py's errors, named so that memory mode never imports redis)."""
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return True
    kind = type(exc)
    return kind.__module__.startswith("redis") and kind.__name__ in {
        "ConnectionError",
        "TimeoutError",
    }


def store_unavailable_rejection() -> Rejected:
    """What a client is told when Redis is down or frozen: it should come back soon."""
    return Rejected("store_unavailable", "the server is busy; try again soon")
