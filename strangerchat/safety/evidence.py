"""The evidence buffer: a chat's last messages, kept only while the chat lasts and a little after.

A report copies them; otherwise they vanish `retention` seconds after the chat ends. They are kept
under a key made from the chat (a hash of both session ids), never from anything in the text, and
nothing else on the server keeps message text. With Redis they live in Redis with a TTL, so a
report made on any process finds them.
"""

from __future__ import annotations

import abc
import dataclasses
import functools
import hashlib
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec

if TYPE_CHECKING:  # only a Redis deployment loads redis-py
    from redis.asyncio import Redis

    from strangerchat.brokers.writebehind import WriteBehind

EVIDENCE_LINES = 50  # the most recent messages of a chat that a report can copy
# Redis: how long an open chat's evidence outlives its last message when its end is never seen
# (the process holding both strangers died); a chat that ends properly keeps it `retention`.
OPEN_CHAT_TTL = 3600
# Redis: a line written within this many seconds of its chat's end is a late line of that chat
# (another process's view of a chat's end lags a little), not a new chat of the same two.
LATE_LINE = 5.0


# Untracked by the garbage collector (it holds no containers, so no cycles): the last 50 lines
# of every chat are long-lived objects that each collection would otherwise walk.
class Line(msgspec.Struct, frozen=True, gc=False):
    """One message as the partner received it."""

    writer: str  # the writer's session-id hash
    text: str
    at: float  # Unix seconds


class Evidence(msgspec.Struct):
    """What is kept of one chat."""

    lines: list[Line]
    ended_at: float | None  # None while the chat lasts
    ip_hashes: dict[str, str]  # session-id hash: address hash, for those who wrote


# Both are asked for on every message of a chat: the hashes of the chats going on are kept.
@functools.lru_cache(maxsize=8192)
def session_hash(session_id: str) -> str:
    """A one-way name for a session: ids are 128 random bits, and also credentials."""
    return hashlib.sha256(b"strangerchat session " + session_id.encode()).hexdigest()[:32]


@functools.lru_cache(maxsize=8192)
def chat_key(one: str, other: str) -> str:
    """The same key whichever side asks."""
    first, second = sorted((one, other))
    return hashlib.sha256(f"strangerchat chat {first} {second}".encode()).hexdigest()[:32]


class EvidenceBuffer(abc.ABC):
    def __init__(self, retention: float, clock: Callable[[], float] = time.time) -> None:
        self.retention = retention
        self._clock = clock

    @abc.abstractmethod
    async def record(
        self, writer_id: str, partner_id: str, text: str, writer_ip_hash: str | None
    ) -> None:
        """Keep one delivered message (only the last EVIDENCE_LINES of a chat are kept)."""

    @abc.abstractmethod
    async def end(self, one: str, other: str) -> None:
        """The chat ended: what is kept vanishes `retention` seconds from now.

        A chat in which nothing was said leaves nothing behind.
        """

    @abc.abstractmethod
    async def read(self, one: str, other: str) -> Evidence | None:
        """What is kept of the chat; None when nothing is (never was, or it expired)."""

    def forget_expired(self) -> None:
        """Drop what has expired (Redis does that by itself)."""
        return None


@dataclasses.dataclass(slots=True)
class _KeptChat:
    """What MemoryEvidence keeps of one chat."""

    lines: deque[Line] = dataclasses.field(default_factory=lambda: deque(maxlen=EVIDENCE_LINES))
    ip_hashes: dict[str, str] = dataclasses.field(default_factory=dict)  # writer: address hash
    ended_at: float | None = None


class MemoryEvidence(EvidenceBuffer):
    """In this process's memory: the default mode has one process."""

    def __init__(self, retention: float, clock: Callable[[], float] = time.time) -> None:
        super().__init__(retention, clock)
        self._chats: dict[str, _KeptChat] = {}

    async def record(
        self, writer_id: str, partner_id: str, text: str, writer_ip_hash: str | None
    ) -> None:
        key = chat_key(writer_id, partner_id)
        kept = self._chats.get(key)
        if kept is None or kept.ended_at is not None:
            # New, or the same two met again: an earlier chat's lines are not this one's. (In
            # one process a chat's end is seen at once, so no line of it comes after its end.)
            kept = self._chats[key] = _KeptChat()
        writer = session_hash(writer_id)
        kept.lines.append(Line(writer=writer, text=text, at=self._clock()))
        if writer_ip_hash is not None:
            kept.ip_hashes[writer] = writer_ip_hash

    async def end(self, one: str, other: str) -> None:
        kept = self._chats.get(chat_key(one, other))
        if kept is not None and kept.ended_at is None:
            kept.ended_at = self._clock()

    async def read(self, one: str, other: str) -> Evidence | None:
        self.forget_expired()
        kept = self._chats.get(chat_key(one, other))
        if kept is None:
            return None
        return Evidence(list(kept.lines), kept.ended_at, dict(kept.ip_hashes))

    def forget_expired(self) -> None:
        cutoff = self._clock() - self.retention
        for key in [
            key
            for key, kept in self._chats.items()
            if kept.ended_at is not None and kept.ended_at <= cutoff
        ]:
            del self._chats[key]

    def __len__(self) -> int:
        return len(self._chats)

    def keeps(self, one: str, other: str) -> bool:
        """Whether anything of the chat of these two is kept here."""
        return chat_key(one, other) in self._chats


_line_decoder = msgspec.json.Decoder(Line)

# KEYS: lines, facts. ARGV: line, lines kept, TTL, writer's address hash (or ""), its field,
# now, LATE_LINE seconds. A line for a chat that ended is either late (the writer's process had
# not heard of the end yet: it joins the chat's lines, which keep their expiry) or, later than
# LATE_LINE, from the same two meeting again: the earlier chat's lines are not this chat's.
_RECORD = """
local ended = redis.call('HGET', KEYS[2], 'ended')
if ended and tonumber(ARGV[6]) - tonumber(ended) > tonumber(ARGV[7]) then
    redis.call('DEL', KEYS[1], KEYS[2])
    ended = nil
end
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
if not ended then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
if ARGV[4] ~= '' then
    redis.call('HSET', KEYS[2], ARGV[5], ARGV[4])
    if not ended then redis.call('EXPIRE', KEYS[2], ARGV[3]) end
end
"""

# KEYS: lines, facts. ARGV: now, milliseconds to keep. Nothing kept, nothing made.
_END = """
if redis.call('EXISTS', KEYS[1], KEYS[2]) == 0 then return end
redis.call('HSETNX', KEYS[2], 'ended', ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
"""


class RedisEvidence(EvidenceBuffer):
    """A list of lines and a hash of facts per chat, both with a TTL.

    Lines and ends are written behind, in the queue that also carries the broker's events to
    other processes (pass the broker's `write_behind`): a line is in Redis before its message
    reaches the partner's process, and a read here first waits for what this process queued.
    """

    def __init__(
        self,
        redis: Redis,
        prefix: str,
        retention: float,
        clock: Callable[[], float] = time.time,
        write_behind: WriteBehind | None = None,
    ) -> None:
        super().__init__(retention, clock)
        from strangerchat.brokers.writebehind import WriteBehind

        self._redis = redis
        self._prefix = prefix
        self._writes = write_behind or WriteBehind(redis)

    def _keys(self, one: str, other: str) -> tuple[str, str]:
        key = chat_key(one, other)
        return f"{self._prefix}evidence:{key}", f"{self._prefix}evidence-facts:{key}"

    async def record(
        self, writer_id: str, partner_id: str, text: str, writer_ip_hash: str | None
    ) -> None:
        lines, facts = self._keys(writer_id, partner_id)
        writer = session_hash(writer_id)
        line = msgspec.json.encode(Line(writer=writer, text=text, at=self._clock()))
        self._writes.eval(
            _RECORD,
            [lines, facts],
            [
                line,
                EVIDENCE_LINES,
                OPEN_CHAT_TTL,
                writer_ip_hash or "",
                f"ip:{writer}",
                repr(self._clock()),
                LATE_LINE,
            ],
        )

    async def end(self, one: str, other: str) -> None:
        keep_ms = max(1, int(self.retention * 1000))
        self._writes.eval(_END, self._keys(one, other), [repr(self._clock()), keep_ms])

    async def read(self, one: str, other: str) -> Evidence | None:
        await self._writes.flush()
        lines, facts = self._keys(one, other)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.lrange(lines, 0, -1)
            pipe.hgetall(facts)
            raw_lines, raw_facts = await pipe.execute()
        if not raw_lines and not raw_facts:
            return None
        found = {k.decode(): v.decode() for k, v in raw_facts.items()}
        ended = found.pop("ended", None)
        ip_hashes = {k.removeprefix("ip:"): v for k, v in found.items() if k.startswith("ip:")}
        return Evidence(
            [_line_decoder.decode(raw) for raw in raw_lines],
            float(ended) if ended is not None else None,
            ip_hashes,
        )


class SplitEvidence(EvidenceBuffer):
    """Redis mode, where two strangers on one process chat there alone (local_first.py): what
    they say is kept in this process's memory and never touches Redis; a chat across processes
    is kept in Redis, where the reporting side's process can read what the other side said."""

    def __init__(
        self, near: MemoryEvidence, far: RedisEvidence, held_here: Callable[[str], bool]
    ) -> None:
        super().__init__(far.retention)
        self._near = near
        self._far = far
        self._held_here = held_here

    async def record(
        self, writer_id: str, partner_id: str, text: str, writer_ip_hash: str | None
    ) -> None:
        keeper = self._near if self._held_here(partner_id) else self._far
        await keeper.record(writer_id, partner_id, text, writer_ip_hash)

    async def end(self, one: str, other: str) -> None:
        if self._near.keeps(one, other):
            await self._near.end(one, other)
        elif not (self._held_here(one) and self._held_here(other)):
            await self._far.end(one, other)  # across processes, or a side already gone

    async def read(self, one: str, other: str) -> Evidence | None:
        return await self._near.read(one, other) or await self._far.read(one, other)

    def forget_expired(self) -> None:
        self._near.forget_expired()
