"""Typed keys for what the aiohttp application holds."""

from __future__ import annotations

from aiohttp import web

from strangerchat.chat import Chat

CHAT = web.AppKey("chat", Chat)
