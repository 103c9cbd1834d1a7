"""Brokers keep the shared state: sessions, the waiting pool and pairs. One is chosen by URL."""

from __future__ import annotations

from strangerchat.brokers.base import Broker
from strangerchat.errors import ConfigError
from strangerchat.settings import Settings


def create_broker(settings: Settings) -> Broker:
    """The in-memory broker by default; STRANGERCHAT_REDIS_URL asks for the Redis one."""
    if settings.redis_url is None:
        from strangerchat.brokers.memory import MemoryBroker

        return MemoryBroker()
    raise ConfigError("STRANGERCHAT_REDIS_URL: the Redis broker is not available yet; unset it")
