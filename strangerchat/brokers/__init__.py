"""Brokers keep the shared state: sessions, the waiting pool and pairs. One is chosen by URL."""

from __future__ import annotations

from strangerchat.brokers.base import Broker
from strangerchat.settings import Settings


def create_broker(settings: Settings) -> Broker:
    """The in-memory broker by default; STRANGERCHAT_REDIS_URL asks for Redis, behind which
    each process first matches its own strangers (local_first.py)."""
    if settings.redis_url is None:
        from strangerchat.brokers.memory import MemoryBroker

        return MemoryBroker()
    # Only a Redis deployment loads redis-py.
    from strangerchat.brokers.local_first import LocalFirstBroker
    from strangerchat.brokers.redis import RedisBroker

    shared = RedisBroker(settings.redis_url, settings.redis_prefix, settings.route)
    return LocalFirstBroker(shared, settings.local_wait)
