"""Typed keys for what the aiohttp application holds."""

from __future__ import annotations

from aiohttp import web
from prometheus_client import CollectorRegistry

from strangerchat.chat import Chat

CHAT = web.AppKey("chat", Chat)
METRICS_REGISTRY = web.AppKey("metrics_registry", CollectorRegistry)
