"""The exceptions strangerchat raises on purpose."""

from __future__ import annotations


class StrangerChatError(Exception):
    """Base of every error strangerchat raises on purpose."""


class ConfigError(StrangerChatError):
    """A setting has a value the server cannot start with."""


SHUTTING_DOWN = "server_restarting"  # the code of a session refused while the server shuts down


class Rejected(StrangerChatError):
    """A client's frame was refused; `code` is stable and sent to that client alone."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
