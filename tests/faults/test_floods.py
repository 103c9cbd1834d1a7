"""Floods of every frame type from one stranger, with the real rate limits.

Promise: a flood is refused to the flooder alone (rate_limited or another error); its partner
stays connected, gets no more messages or typing events than the limits let through, and the
server keeps answering others.
"""

from __future__ import annotations

import asyncio
import signal
from typing import Any

import aiohttp
import pytest

from tests.faults.clients import pair
from tests.faults.summary import TALLY, case_held
from tests.server_process import server_process

BURST = 1000
LIMITS = {"STRANGERCHAT_MESSAGE_RATE": "2", "STRANGERCHAT_MESSAGE_BURST": "10"}
FLOODS: list[tuple[str, dict[str, Any]]] = [
    ("send", {"text": "buy now 555-0100"}),
    ("typing", {}),
    ("stopped_typing", {}),
    ("start", {}),
    ("stop_looking", {}),
    ("block", {}),
    ("report", {"category": "spam"}),
    ("nope", {}),
]


@pytest.mark.timeout(120)
async def test_a_flood_of_every_frame_type_leaves_the_partner_chatting() -> None:
    """See the module's docstring."""
    with server_process(env=LIMITS) as server:
        async with aiohttp.ClientSession() as http:
            for type_, fields in FLOODS:
                flooder, partner = await pair(http, server.url, server.url)
                for _ in range(BURST):
                    try:
                        await flooder.send(type_, **fields)
                    except aiohttp.ClientConnectionResetError:
                        break  # the flooder read none of its errors: its outbox's bound cut it off
                    TALLY["flood frames"] += 1
                await asyncio.gather(flooder.drain(1.5), partner.drain(1.5))
                got = [event["type"] for event in partner.events]
                assert got.count("message") <= 10, type_  # the burst, no more
                assert got.count("typing") <= 10, type_
                if type_ in ("send", "typing", "stopped_typing"):
                    assert not partner.ws.closed, type_  # the flood did not throw them out
                async with http.get(f"{server.url}/healthz") as answer:
                    assert answer.status == 200
                for peer in (flooder, partner):
                    await peer.ws.close()
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(timeout=10) == 0
        assert "Traceback" not in server.output()
    case_held()
