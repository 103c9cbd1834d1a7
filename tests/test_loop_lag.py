"""/readyz says 503 while the event loop lags, and 200 again once it keeps time."""

from __future__ import annotations

import asyncio
import time

from strangerchat.appkeys import LOOP_LAG
from strangerchat.loop_lag import INTERVAL, OVERLOADED, WINDOW


async def test_a_lagging_loop_is_not_ready_until_it_keeps_time_again(client) -> None:
    assert (await client.get("/readyz")).status == 200
    await asyncio.sleep(INTERVAL * 2)  # the lag watcher is between two sleeps
    time.sleep(OVERLOADED + 0.2)  # noqa: ASYNC251 (the point: the loop is stuck, as under load)
    await asyncio.sleep(INTERVAL * 2)  # the watcher wakes, late
    assert client.app[LOOP_LAG].lag >= OVERLOADED
    response = await client.get("/readyz")
    assert response.status == 503
    assert await response.text() == "overloaded"
    await asyncio.sleep(WINDOW + INTERVAL * 5)  # the stall leaves the window
    assert client.app[LOOP_LAG].lag < OVERLOADED
    assert (await client.get("/readyz")).status == 200
