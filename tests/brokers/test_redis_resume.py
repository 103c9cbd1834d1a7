"""With Redis, a dropped WebSocket is taken up on whichever process the reconnect reaches: the
process that holds the session serves it to the socket on the other one."""

from __future__ import annotations

import aiohttp
from aiohttp.test_utils import TestClient

from tests.cutter import Cutter
from tests.test_resume import MISSED, chatting_pair, last_seq, replayed, resume


async def test_a_reconnect_that_lands_on_another_process_takes_the_session_up(
    apps: list[TestClient], http: aiohttp.ClientSession
) -> None:
    holder, other, _ = apps
    async with Cutter(holder.server.port) as cutter:
        alice, bob, token = await chatting_pair(http, cutter, other)
        seen = last_seq(alice)

        cutter.cut()
        for text in MISSED:
            await bob.send("send", text=text)
        await bob.expect("stranger_away", timeout=4)
        cutter.target_port = other.server.port  # the balancer sends the reconnect elsewhere
        cutter.mend()
        again = await resume(http, cutter, token, seen)
        assert await replayed(again) == MISSED
        await bob.expect("stranger_back")

        await again.send("send", text="from the other process")
        assert (await bob.expect("message"))["text"] == "from the other process"
        await bob.send("send", text="and back")
        assert (await again.expect("message"))["text"] == "and back"
        assert await again.quiet(0.5) == []  # nothing twice
        await again.ws.close()
        await bob.expect("stranger_disconnected", timeout=4)
