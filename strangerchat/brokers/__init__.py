"""Brokers keep the shared state: sessions, the waiting pool and pairs. One is chosen by URL."""

from __future__ import annotations

from strangerchat.brokers.base import Broker
from strangerchat.settings import Settings


def create_broker(settings: Settings) -> Broker:
    """The in-memory broker by default; STRANGERCHAT_REDIS_URL asks for the Redis one."""
    if settings.redis_url is None:
        from strangerchat.brokers.memory import MemoryBroker

        return MemoryBroker()
    from strangerchat.brokers.redis import RedisBroker  # only a Redis deployment loads redis-py

    return RedisBroker(settings.redis_url, settings.redis_prefix, settings.route)
