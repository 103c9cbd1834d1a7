"""Scripts: RedisBroker's Lua scripts, and the wait that keeps a process's view in Redis's order.

Each script is lib.lua (and, for those that check or make blocks, blocking.lua; for those that
claim, claiming.lua) followed by its own file. ARGV starts with the key prefix, the calling
process and a token; a script that changes one of the caller's sessions publishes that token on
the caller's channel together with the change.
"""

from __future__ import annotations

import asyncio
import itertools
from importlib import resources
from typing import Any

from redis.asyncio import Redis
from redis.commands.core import AsyncScript

from strangerchat.errors import StoreUnavailable

NAMES = (
    *("join", "leave", "widen", "claim", "unpair", "drop", "count", "register", "reap", "block"),
    *("question_join", "question_claim", "stop_watching", "search", "bar"),
)
BLOCKING = ("claim", "block", "question_claim", "search", "bar")  # also get blocking.lua
CLAIMING = ("claim", "search")  # also get claiming.lua, after blocking.lua
FENCE_TIMEOUT = 5.0  # longest wait for one of our own changes to come back on our channel


class RedisUnavailable(StoreUnavailable):
    """Redis cannot be reached, or this process lost its channel and let its sessions go."""


def _load(client: Redis) -> dict[str, AsyncScript]:
    folder = resources.files(__package__)
    lib = folder.joinpath("lib.lua").read_text()
    blocking = folder.joinpath("blocking.lua").read_text()
    claiming = folder.joinpath("claiming.lua").read_text()
    return {
        name: client.register_script(
            lib
            + (blocking if name in BLOCKING else "")
            + (claiming if name in CLAIMING else "")
            + folder.joinpath(f"{name}.lua").read_text()
        )
        for name in NAMES
    }


class Scripts:
    """Runs the scripts; `change` returns only once the change is applied from the channel."""

    def __init__(self, client: Redis, prefix: str, process_id: str) -> None:
        self._scripts = _load(client)
        self._prefix = prefix
        self._process_id = process_id
        self._fences: dict[str, asyncio.Future[bool]] = {}
        self._tokens = itertools.count(1)

    async def query(self, name: str, *args: str | bytes) -> Any:
        """Run a script whose changes to our sessions (if any) need not be awaited."""
        return await self._scripts[name](args=[self._prefix, self._process_id, "", *args])

    async def change(self, name: str, *args: str | bytes) -> list[Any]:
        """Run a script, then wait until its change to our sessions arrives on our channel.

        Waiting keeps this process's view in Redis's order: a pair made here is never seen
        before an earlier change that is still on its way over the channel.
        """
        token = str(next(self._tokens))
        fence = self._fences[token] = asyncio.get_running_loop().create_future()
        try:
            mine, *result = await self._scripts[name](
                args=[self._prefix, self._process_id, token, *args]
            )
            if mine:
                async with asyncio.timeout(FENCE_TIMEOUT):
                    if not await fence:
                        raise RedisUnavailable("lost the channel while waiting for a change")
        finally:
            del self._fences[token]
        return list(result)

    def arrived(self, token: str) -> None:
        """The change that carried `token` has been applied."""
        fence = self._fences.get(token)
        if fence is not None and not fence.done():
            fence.set_result(True)

    def release(self) -> None:
        """The channel is lost: nobody waits for a change any more."""
        for fence in self._fences.values():
            if not fence.done():
                fence.set_result(False)
