"""Typed keys for what the aiohttp application holds."""

from __future__ import annotations

from aiohttp import web
from prometheus_client import CollectorRegistry

from strangerchat.chat import Chat
from strangerchat.gateway import Gateway
from strangerchat.loop_lag import LoopLag

CHAT = web.AppKey("chat", Chat)
GATEWAY = web.AppKey("gateway", Gateway)  # where a long-poll or Omegle session id leads
LOOP_LAG = web.AppKey("loop_lag", LoopLag)  # how late the event loop wakes (/readyz)
METRICS_REGISTRY = web.AppKey("metrics_registry", CollectorRegistry)
