"""The application's Settings under a typed key, for edge code that needs a setting and nothing
of the chat (appkeys.CHAT would import the whole core)."""

from __future__ import annotations

from aiohttp import web

from strangerchat.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
