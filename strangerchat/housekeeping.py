"""Housekeeping: every few seconds, refresh online counts and end abandoned sessions."""

from __future__ import annotations

import asyncio
import logging

from strangerchat.chat import Chat
from strangerchat.session import POLLED, State

log = logging.getLogger(__name__)


async def sweep(chat: Chat) -> None:
    """One pass over this process's sessions."""
    now = asyncio.get_running_loop().time()
    expiry = chat.settings.poll_session_timeout
    online = await chat.broker.online_count()
    for session in list(chat.broker.local_sessions()):
        if session.transport in POLLED and now - session.last_seen > expiry:
            await chat.close_session(session)
        elif session.detached_at is not None:
            await chat.check_detached(session, now)
        elif session.state in (State.IDLE, State.WAITING):
            await chat.show_count(session, online)
    chat.forget_closed()


async def run(chat: Chat) -> None:
    """Sweep until cancelled; a failed sweep is logged and the next one goes on."""
    while True:
        await asyncio.sleep(chat.settings.count_interval)
        try:
            await sweep(chat)
        except Exception:
            chat.stats.broker_errors += 1
            log.exception("housekeeping sweep failed")
