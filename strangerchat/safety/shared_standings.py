"""Standings in Redis, shared by every process, and what each process remembers of them.

Every start reads the standings of its address and its own keys (bans.py), so with Redis each
start would cost a round trip. Instead a process remembers what it read, for as long as it is
sure to hear of any change: every change is published on the broadcast channel in the same
transaction that writes it, and a process that follows that channel without a break forgets a
changed standing when it hears of it. While the channel is broken (Redis away, the process
fenced), or across a break, nothing remembered is used: every read goes to Redis again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import msgspec
from redis.exceptions import WatchError

from strangerchat.safety.bans import Standing, Standings, T

if TYPE_CHECKING:
    from redis.asyncio import Redis

REMEMBERED = 100_000  # reads remembered per process (some 20-30 MB); past it the oldest goes
REMEMBER_FOR = 30.0  # seconds; a backstop for a change written by a process that did not tell


_decoder = msgspec.json.Decoder(Standing)


Raw = bytes | str | None  # a value as redis-py returns it


def broadcast_channel(prefix: str) -> str:
    """The channel every process follows: every writer of a `standing:` key tells it there."""
    return prefix + "broadcast"


class ChangeNews(Protocol):
    """Who hears the broadcast channel for this process (the Redis broker)."""

    on_standing_changed: Callable[[str], None] | None

    def following(self) -> int | None:
        """Which unbroken stretch of following the channel this is; None while not following."""


class _ReadsPerTurn:
    """Reads asked for in one turn of the event loop go to Redis together, as one MGET: every
    start asks for its standings, and under load many starts come in one turn."""

    def __init__(self, redis: Redis) -> None:
        self._redis = redis
        self._asked: list[tuple[list[str], asyncio.Future[list[Raw]]]] = []
        self._sending: set[asyncio.Task[None]] = set()

    async def read(self, names: list[str]) -> list[Raw]:
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[list[Raw]] = loop.create_future()
        if not self._asked:
            loop.call_soon(self._send)  # after what else is ready to run in this turn
        self._asked.append((names, answer))
        return await answer

    def _send(self) -> None:
        asked, self._asked = self._asked, []
        task = asyncio.create_task(self._mget(asked), name="read standings")
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    async def _mget(self, asked: list[tuple[list[str], asyncio.Future[list[Raw]]]]) -> None:
        unique = list(dict.fromkeys(name for names, _ in asked for name in names))
        try:
            found = dict(zip(unique, await self._redis.mget(unique), strict=True))
        except Exception as failed:  # each asker gets the failure (a deadline, Redis away)
            for _, answer in asked:
                if not answer.done():
                    answer.set_exception(failed)
            return
        except BaseException:  # cancelled (the process is stopping): so are the askers
            for _, answer in asked:
                answer.cancel()
            raise
        for names, answer in asked:
            if not answer.done():  # its asker may have gone meanwhile
                answer.set_result([found[name] for name in names])


class _Remembered:
    """Raw standings read in one stretch of following the channel, each with when it was read.

    Overflow policy: past REMEMBERED the oldest read is forgotten (it is read again when asked).
    """

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._stretch: int | None = None
        self._kept: dict[str, tuple[float, Raw]] = {}
        self.changes_heard = 0  # a read that overlapped a change is not kept

    def recall(self, names: list[str], stretch: int) -> list[Raw] | None:
        """All of `names` as read in this stretch and not too long ago, or None."""
        if not self._in(stretch):
            return None
        oldest = self._clock() - REMEMBER_FOR
        found = []
        for name in names:
            kept = self._kept.get(name)
            if kept is None or kept[0] < oldest:
                return None
            found.append(kept[1])
        return found

    def keep(self, names: list[str], found: list[Raw], stretch: int) -> None:
        self._in(stretch)
        now = self._clock()
        for name, raw in zip(names, found, strict=True):
            self._kept.pop(name, None)  # kept anew: last in the order of forgetting
            self._kept[name] = (now, raw)
        while len(self._kept) > REMEMBERED:
            del self._kept[next(iter(self._kept))]

    def _in(self, stretch: int) -> bool:
        """Whether what is kept was heard of in `stretch`; if not, it is all forgotten now."""
        if stretch == self._stretch:
            return True
        self._kept.clear()
        self._stretch = stretch
        return False

    def forget(self, name: str) -> None:
        self.changes_heard += 1
        self._kept.pop(name, None)

    def __len__(self) -> int:
        return len(self._kept)


class RedisStandings(Standings):
    """One JSON value per address hash, expiring when nothing in it matters any more.

    With `news`, reads at a start are remembered while every change is sure to be heard of.
    """

    def __init__(
        self,
        redis: Redis,
        prefix: str,
        clock: Callable[[], float] = time.time,
        news: ChangeNews | None = None,
    ) -> None:
        super().__init__(clock)
        self._redis = redis
        self._prefix = prefix
        self._reads = _ReadsPerTurn(redis)
        self._news = news
        self.remembered = _Remembered(time.monotonic)
        if news is not None:
            news.on_standing_changed = self.remembered.forget

    def _key(self, key: str) -> str:
        return f"{self._prefix}standing:{key}"

    def made_now(self, key: str) -> None:
        """Nothing can be kept under a key made just now: it is remembered as empty."""
        # Sound because the key names something made just now (a session id drawn at random):
        # nothing can have been written under it, and anything written later is told.
        stretch = None if self._news is None else self._news.following()
        if stretch is not None:
            self.remembered.keep([self._key(key)], [None], stretch)

    async def get(self, key: str) -> Standing | None:
        raw = await self._redis.get(self._key(key))
        return None if raw is None else _decoder.decode(raw)

    async def get_all(self, keys: tuple[str, ...]) -> list[Standing | None]:
        names = [self._key(key) for key in keys]
        found = await self._read_all(names)
        return [None if raw is None else _decoder.decode(raw) for raw in found]

    async def _read_all(self, names: list[str]) -> list[Raw]:
        news = self._news
        stretch = None if news is None else news.following()
        if news is None or stretch is None:
            return await self._reads.read(names)
        remembered = self.remembered.recall(names, stretch)
        if remembered is not None:
            return remembered
        changes_before = self.remembered.changes_heard
        found = await self._reads.read(names)
        # A change heard while the read was out may have come before or after it in Redis.
        if self.remembered.changes_heard == changes_before and news.following() == stretch:
            self.remembered.keep(names, found, stretch)
        return found

    async def change(self, key: str, step: Callable[[Standing], T]) -> T:
        name = self._key(key)
        async with self._redis.pipeline(transaction=True) as pipe:
            while True:  # another process may change it between the read and the write
                try:
                    await pipe.watch(name)
                    raw = await pipe.get(name)
                    standing = Standing() if raw is None else _decoder.decode(raw)
                    result = step(standing)
                    expires_ms = int(standing.expires_at() * 1000)
                    pipe.multi()  # type: ignore[no-untyped-call]
                    if expires_ms > int(self.clock() * 1000):
                        pipe.set(name, msgspec.json.encode(standing), pxat=expires_ms)
                    else:
                        pipe.delete(name)
                    # Every process forgets what it read of it (with or without news here).
                    pipe.publish(broadcast_channel(self._prefix), f"K\t{name}")
                    await pipe.execute()
                    self.remembered.forget(name)  # before our own news of it comes back
                    return result
                except WatchError:
                    continue
