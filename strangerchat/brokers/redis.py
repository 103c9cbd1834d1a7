"""RedisBroker: the pool and the pairs in Redis, so that many processes share one set of strangers.

Sessions stay on the process that opened them. Every change to a session's state is made by a
Lua script, which also publishes the new state on the owning process's channel; each process
applies its channel in order, so its Session objects follow Redis exactly. A request for a
session held elsewhere is carried to its process over the same channels (calls.py).
docs/operations.md describes the keys, the channel messages and what a Redis restart loses.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable, Coroutine
from typing import Any

import msgspec
from redis.asyncio import Redis
from redis.exceptions import RedisError

from strangerchat.brokers.base import Answerer, Broker, CallLost, Match, Ticket, Trio
from strangerchat.brokers.calls import Calls
from strangerchat.brokers.deadlines import COMMAND_DEADLINE, open_client
from strangerchat.brokers.liveness import REFRESH, Liveness
from strangerchat.brokers.peers import Peers
from strangerchat.brokers.scripts import RedisUnavailable, Scripts
from strangerchat.brokers.writebehind import WriteBehind
from strangerchat.changes import STATE_MESSAGES
from strangerchat.protocol import STRANGER_DISCONNECTED, STRANGER_LEFT
from strangerchat.safety.shared_standings import broadcast_channel
from strangerchat.session import GOING_AWAY, POLICY_VIOLATION, Session, State
from strangerchat.session_table import SessionTable

log = logging.getLogger(__name__)

HEARTBEAT = 1.0  # seconds between a process's heartbeats (and its sweeps for dead processes)
ALIVE_FOR = 3.0  # a process silent this long is taken for dead: its partners are told
REDIS_TIMEOUT = 5.0  # seconds to start (reach Redis), and to stop
MAX_CONNECTIONS = 64  # per process, the channel's included
RECONNECT_DELAY = 0.25  # seconds between attempts to reach Redis again
FENCE_AFTER = 2.0  # seconds without an answer from Redis before this process fences itself
WATCH = 0.25  # seconds between the loop's ticks (for liveness.py) and its fencing checks


Marks = tuple[str, ...]
# A block as the broadcast channel carries it: the blocker's marks, the blocked one's, and ms.
_BLOCKS = msgspec.msgpack.Decoder(tuple[list[str], list[str], int])


def _ticket(session_id: str, fields: list[bytes]) -> Ticket:
    order, tags, language, shun = (field.decode() for field in fields)
    interests = frozenset(tags.split("\n")) if tags else frozenset()
    return Ticket(session_id, int(order), interests, language or None, shun or None)


class RedisBroker(Broker):
    """Waiting pool, interest queues and pairs in Redis; Session objects in this process."""

    def __init__(
        self,
        url: str,
        prefix: str,
        route: str | None = None,
        sessions: SessionTable | None = None,
    ) -> None:
        super().__init__(sessions)
        # The sessions whose chat state is in Redis, and those Redis has a record of (more:
        # one that chats on its own process again keeps its idle record until it closes).
        # With local-first matching the table holds sessions that are in neither.
        self._members: set[str] = set()
        self._in_redis: set[str] = set()
        # Told of every block made on any process, and of every standing changed on any
        # process (safety/shared_standings.py), by the channel every process follows.
        self.broadcast_channel = broadcast_channel(prefix)
        self.on_block: Callable[[Marks, Marks, float], None] | None = None
        self.on_standing_changed: Callable[[str], None] | None = None
        # Counts the times this process joined its channels: a stretch of one number heard
        # every message sent on them, so what was learnt from them in it still holds.
        self._joins = 0
        # Every command has a deadline and a burst waits for a pooled connection (deadlines.py).
        self._redis = open_client(url, MAX_CONNECTIONS)
        # The clients whose pooled connections go stale when Redis restarts.
        self._clients: list[Redis] = [self._redis]
        self._prefix = prefix
        self.process_id = secrets.token_hex(8)
        # Named by the operator (STRANGERCHAT_ROUTE) so a balancer can route on it; else ours.
        self.route = route or self.process_id
        self._scripts = Scripts(self._redis, prefix, self.process_id)
        self._peers = Peers(self.process_id)
        self.write_behind = WriteBehind(self._redis)  # shared with the evidence buffer
        self._calls = Calls(self._redis, lambda owner: self._key("events", owner), self.process_id)
        self._ready = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed_last_beat: set[str] = set()
        self._online_elsewhere = 0
        alive = self._key("alive", self.process_id)
        self._liveness = Liveness(url, alive, int(ALIVE_FOR * 1000))
        self._following: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._spawn(self._listen(), "redis broker channel")
        try:
            async with asyncio.timeout(REDIS_TIMEOUT):
                await self._ready.wait()
        except TimeoutError:
            await self.close()
            raise RedisUnavailable(f"cannot reach Redis for {self._prefix!r}") from None
        self._online_elsewhere = await self._count_elsewhere()
        self._liveness.start()
        self._spawn(self._beat(), "redis broker heartbeat")
        self._spawn(self._watch(), "redis broker fence")

    async def close(self) -> None:
        # The last chats' ends (their evidence's countdowns) are still to be written.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(REDIS_TIMEOUT):
                await self.write_behind.flush()
        self.write_behind.cancel()
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            _, stuck = await asyncio.wait(self._tasks, timeout=REDIS_TIMEOUT)
            for task in stuck:
                log.error("%s did not stop when cancelled", task.get_name())
        self._scripts.release()
        await asyncio.to_thread(self._liveness.stop)
        try:
            if self._in_redis:
                await self._scripts.query("drop", STRANGER_DISCONNECTED, *self._in_redis)
            await self._redis.delete(
                self._key("alive", self.process_id), self._key("count", self.process_id)
            )
            await self._redis.srem(self._key("procs"), self.process_id)
        except RedisError as exc:
            log.warning("could not unregister from Redis: %s", exc)
        finally:
            self._forget_all()
            await self._redis.aclose()

    async def reachable(self) -> bool:
        if not self._ready.is_set() or self._cut_off():
            return False
        try:
            async with asyncio.timeout(REDIS_TIMEOUT):
                return bool(await self._redis.ping())
        except (RedisError, TimeoutError):
            return False

    def pressure(self) -> float:
        return self.write_behind.pressure

    def dropped_writes(self) -> int:
        return self.write_behind.dropped

    async def add_session(self, session: Session) -> None:
        self.sessions.add(session)
        try:
            await self.register(session)
        except BaseException:
            self.sessions.forget(session.id)
            raise

    @property
    def connected(self) -> bool:
        """Whether this process follows its channel (it is not fenced, nor starting)."""
        return self._ready.is_set()

    def following(self) -> int | None:
        """Which unbroken stretch of following the channels this is, None while not following."""
        return self._joins if self._ready.is_set() else None

    async def register(self, session: Session) -> None:
        """Give a session held here its record in Redis (idle, at the table's gen): from now
        on its chat state is in Redis."""
        if not self._ready.is_set():
            raise RedisUnavailable("not connected to Redis")
        # A record left from an earlier chat through Redis is idle: written over, its gen
        # raised to the table's, which went on rising with the chats on this process since.
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(
                self._key("session", session.id),
                mapping={
                    "proc": self.process_id,
                    "gen": self.sessions.gen(session.id) or 0,
                    "state": State.IDLE.value,
                    "ip": session.ip_hash or "",
                },
            )
            pipe.sadd(self._key("members", self.process_id), session.id)
            await pipe.execute()
        self._members.add(session.id)
        self._in_redis.add(session.id)

    async def share(self, session: Session, ticket: Ticket, widened: bool) -> Match | None:
        """Search the shared pool for a session held here, in one script: registered if Redis
        has no record of it yet, put in the pool (opened to anyone if `widened`) and claimed
        for. The match, or None when it waits in the pool now."""
        if not self._ready.is_set():
            raise RedisUnavailable("not connected to Redis")
        # Before the call: if its reply is lost, the script may still have run.
        self._members.add(session.id)
        self._in_redis.add(session.id)
        gen = self.sessions.gen(session.id) or 0
        tags = "\n".join(sorted(ticket.interests))
        found = await self._change(
            "search",
            session.id,
            session.ip_hash or "",
            str(gen),
            tags,
            ticket.language or "",
            ticket.last_partner_id or "",
            "1" if widened else "",
        )
        if len(found) == 1:
            return None
        return self._match(session.id, found[1:])

    def release(self, session_id: str) -> None:
        """The session's chat state is back on this process (local_first.py): Redis keeps
        its idle record until the session closes, and nothing here follows it any more."""
        self._members.discard(session_id)
        self._peers.unlink(session_id)

    async def bar(self, blocker: Marks, blocked: Marks, seconds: float) -> None:
        """Keep a block made on this process's own chat for every process (broadcast channel)."""
        ms = str(round(seconds * 1000))
        await self._scripts.query("bar", ms, "\n".join(blocker), "\n".join(blocked))

    async def remove_session(self, session_id: str) -> None:
        if session_id not in self._in_redis:
            self._forget(session_id)
            return
        try:
            await self.write_behind.flush()
            await self._scripts.query("drop", STRANGER_DISCONNECTED, session_id)
        except (RedisError, OSError) as exc:
            # Redis is away: its record of the session goes with this process's heartbeat.
            log.warning("could not remove a session from Redis: %s", exc)
        finally:
            self._forget(session_id)

    async def drop_session(self, session_id: str) -> str | None:
        await self.remove_session(session_id)  # the drop script tells a partner left behind
        return None

    async def online_count(self) -> int:
        # Sessions elsewhere are counted once a heartbeat, not on every call: the count is
        # asked for each new connection, and a second's lag does not matter on screen.
        return len(self.sessions) + self._online_elsewhere

    async def _count_elsewhere(self) -> int:
        mine = str(len(self.sessions))
        return int(await self._scripts.query("count", mine, self._alive_ms))

    async def deliver(self, session_id: str, payload: bytes) -> bool:
        session = self.sessions.get(session_id)
        if session is not None:
            return session.push(payload)  # same process: straight into the outbox
        peer = self._peers.get(session_id)
        if peer is None:
            return False
        message = b"D\t%s\t%d\t%s" % (session_id.encode(), peer.gen, payload)
        # Queued (a process gone meanwhile is noticed by the heartbeat), or dropped when the
        # queue is full: the chat refuses messages before that happens (writebehind.py).
        return self.write_behind.publish(self._key("events", peer.owner), message)

    async def join_pool(
        self,
        session_id: str,
        interests: frozenset[str],
        language: str | None,
        last_partner_id: str | None,
    ) -> Ticket:
        tags = "\n".join(sorted(interests))
        (order,) = await self._change(
            "join", session_id, tags, language or "", last_partner_id or ""
        )
        return Ticket(session_id, int(order), interests, language, last_partner_id)

    async def leave_pool(self, session_id: str) -> bool:
        (left,) = await self._change("leave", session_id)
        return bool(left)

    async def open_to_anyone(self, session_id: str, order: int | None = None) -> bool:
        wanted = "" if order is None else str(order)
        return bool(await self._scripts.query("widen", session_id, wanted))

    async def claim(self, seeker_id: str) -> Match | None:
        found = await self._change("claim", seeker_id)
        if not found:
            return None
        return self._match(seeker_id, found)

    @staticmethod
    def _match(seeker_id: str, found: list[bytes]) -> Match:
        """The Match of a claim's reply: the partner, then both tickets' fields."""
        seeker = _ticket(seeker_id, found[1:5])
        partner = _ticket(found[0].decode(), found[5:9])
        return Match(seeker, partner, tuple(sorted(seeker.interests & partner.interests)))

    async def unpair(self, session_id: str) -> str | None:
        (partner,) = await self._change("unpair", session_id)
        return partner.decode() or None

    async def block(self, blocker_id: str, seconds: float, window: float) -> str | None:
        ms = (str(round(seconds * 1000)), str(round(window * 1000)))
        blocked = await self._scripts.query("block", blocker_id, *ms)
        return blocked.decode() or None

    async def join_question_pool(self, session_id: str, question: str | None) -> None:
        role = "" if question is None else "spy"
        await self._change("question_join", session_id, role, question or "")

    async def claim_trio(self, seeker_id: str) -> Trio | None:
        found = await self._change("question_claim", seeker_id)
        if not found:
            return None
        spy, question, one, two = (field.decode() for field in found)
        return Trio(spy, question, (one, two))

    async def stop_watching(self, spy_id: str) -> bool:
        (stopped,) = await self._change("stop_watching", spy_id)
        return bool(stopped)

    def answer_calls(self, answerer: Answerer) -> None:
        self._calls.answerer = answerer

    async def call_owner(self, session_id: str, request: bytes, wait: float) -> bytes | None:
        try:
            found = await self._redis.hget(self._key("session", session_id), "proc")
            owner = found.decode() if isinstance(found, bytes) else found
            if owner is None or owner == self.process_id:
                return None  # ended (or never was); one of ours would have been found locally
            return await self._calls.make(owner, session_id, request, wait)
        except RedisError as exc:
            # Whether the session lives is not known: the client is told to try again.
            log.warning("could not call the process holding a session: %s", exc)
            raise CallLost("could not reach Redis") from exc

    async def call_route(
        self, route: str, session_id: str, request: bytes, wait: float
    ) -> bytes | None:
        try:
            return await self._calls.make_on(self._key("route", route), session_id, request, wait)
        except RedisError as exc:
            log.warning("could not call the process of a route: %s", exc)
            raise CallLost("could not reach Redis") from exc

    async def _change(self, name: str, *args: str) -> list[Any]:
        # Events queued before a change must reach Redis first: a chat ended by the change
        # would otherwise drop its last messages as stale on the partner's process.
        await self.write_behind.flush()
        return await self._scripts.change(name, *args)

    def _key(self, *parts: str) -> str:
        return self._prefix + ":".join(parts)

    async def _listen(self) -> None:
        """Follow our channel; if it breaks, events may be lost, so every session is let go."""
        while True:
            self._following = asyncio.ensure_future(self._follow_channel())
            try:
                await self._following
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if current is not None and current.cancelling():
                    raise  # the broker is closing
                log.warning("no answer from Redis for %g s: fencing this process", FENCE_AFTER)
            except (RedisError, OSError) as exc:  # TimeoutError included
                log.warning("lost the Redis channel: %s", exc)
            except Exception:
                log.exception("could not apply a message from the Redis channel")
            self._ready.clear()
            await self._let_go("lost the Redis channel")
            await self._drop_pooled_connections()
            await asyncio.sleep(RECONNECT_DELAY)

    def reset_with_channel(self, client: Redis) -> None:
        """Drop `client`'s pooled connections too whenever the channel is lost."""
        self._clients.append(client)

    async def _drop_pooled_connections(self) -> None:
        """A lost channel means Redis went away: connections pooled before would fail on their
        first command once it is back, so none of them is used again."""
        for client in self._clients:
            with contextlib.suppress(RedisError, OSError):
                await client.connection_pool.disconnect()

    async def _follow_channel(self) -> None:
        own = self._key("events", self.process_id)
        # Listening waits by design; subscribing and registering have a deadline.
        async with self._redis.pubsub() as pubsub, asyncio.timeout(COMMAND_DEADLINE) as joining:
            # Calls addressed by route come on the route's channel, subscribed first so that
            # it is followed by the time we count as ready.
            await pubsub.subscribe(self._key("route", self.route), self.broadcast_channel, own)
            async for message in pubsub.listen():
                if message["type"] == "message":
                    self._on_message(message["data"])
                elif message["type"] == "subscribe" and message["channel"] in (own, own.encode()):
                    await self._scripts.query("register", STRANGER_DISCONNECTED, self._alive_ms)
                    self._liveness.missing = False
                    # Redis just answered: the thread's last probe may be older than the
                    # fencing limit still, which must not cut the channel we just joined.
                    self._liveness.heard()
                    self._joins += 1
                    self._ready.set()
                    joining.reschedule(None)

    @property
    def _alive_ms(self) -> str:
        return str(int(ALIVE_FOR * 1000))

    async def _beat(self) -> None:
        """Every HEARTBEAT while connected: stay alive, reap the dead, drop leftovers, count."""
        while True:
            await asyncio.sleep(HEARTBEAT)
            if not self._ready.is_set():
                continue
            try:
                await self._stay_alive()
                await self._scripts.query("reap", STRANGER_DISCONNECTED)
                await self._drop_abandoned()
                self._online_elsewhere = await self._count_elsewhere()
            except RedisError as exc:
                log.warning("heartbeat failed: %s", exc)
            except Exception:  # the heartbeat must outlive any one bad round
                log.exception("heartbeat round failed")

    async def _stay_alive(self) -> None:
        # The liveness thread refreshes our key (liveness.py); here we act on what it found.
        if not self._liveness.missing:
            return
        # Taken for dead (we stalled) or Redis restarted: our sessions are gone there. No new
        # session until registered again (registering drops what Redis had of ours), and the
        # key counts as found only once it is there again, so a failed try is tried again.
        self._ready.clear()
        self._joins += 1  # Redis may have dropped our subscriptions' output meanwhile
        try:
            await self._let_go("Redis no longer knew this process")
            await self._scripts.query("register", STRANGER_DISCONNECTED, self._alive_ms)
            self._liveness.missing = False
        finally:
            if self._following is not None and not self._following.done():
                self._ready.set()  # unless the channel went meanwhile: joining it sets it

    async def _watch(self) -> None:
        """Tick for the liveness thread; fence this process once Redis is silent FENCE_AFTER s.

        Fencing ends the channel, so _listen lets every session go, /readyz says 503, and the
        process rejoins by itself (registers again) as soon as Redis answers.
        """
        while True:
            await asyncio.sleep(WATCH)
            self._liveness.tick()
            following = self._following
            if self._cut_off() and self._ready.is_set() and following is not None:
                self._ready.clear()
                following.cancel()

    def _cut_off(self) -> bool:
        # Redis may have answered the last probe up to REFRESH before it went silent.
        return self._liveness.silent_for() > FENCE_AFTER + REFRESH

    async def _drop_abandoned(self) -> None:
        """Drop sessions closed a whole heartbeat ago but never removed.

        A transport cancelled while it was leaving (a lost connection can cancel its handler)
        leaves its session here, still paired in Redis; its partner is told now.
        """
        closed = {
            session.id
            for session in self.sessions.sessions()
            if session.closed and session.id in self._in_redis
        }
        abandoned = closed & self._closed_last_beat
        self._closed_last_beat = closed - abandoned
        if abandoned:
            await self._scripts.query("drop", STRANGER_DISCONNECTED, *abandoned)
            for sid in abandoned:
                self._forget(sid)

    def _on_message(self, data: bytes) -> None:
        kind, _, rest = data.partition(b"\t")
        match kind:
            case b"S":
                message = STATE_MESSAGES.decode(rest)
                for change in message.changes:
                    if self.sessions.apply(change):
                        self._peers.link(change)
                self._scripts.arrived(message.token)
            case b"D":
                session_id, gen, payload = rest.split(b"\t", 2)
                self._receive(session_id.decode(), int(gen), payload)
            case b"W":  # which stranger left the question chat a spy here watched
                spy_id, gen, who = rest.split(b"\t")
                self._receive(spy_id.decode(), int(gen), STRANGER_LEFT[int(who)])
            case b"Q":  # the spy of a stranger here left
                stranger, gen = rest.split(b"\t")
                left = self.sessions.unwatched(stranger.decode(), int(gen))
                if left is not None:
                    self._peers.unlink_one(stranger.decode(), left)
            case b"C":
                self._spawn(self._calls.answer(rest), "answer a call")
            case b"B":
                if self.on_block is not None:
                    blocker, blocked, ms = _BLOCKS.decode(rest)
                    self.on_block(tuple(blocker), tuple(blocked), ms / 1000)
            case b"K":
                if self.on_standing_changed is not None:
                    self.on_standing_changed(rest.decode(errors="replace"))
            case b"A" | b"N" | b"E":
                self._calls.replied(kind, rest)

    def _receive(self, session_id: str, gen: int, payload: bytes) -> None:
        if self.sessions.receive(session_id, gen, payload):
            return
        # Full outbox: the same policy as for a local event. The relay's drop would skip a
        # session closed here, so the broker removes it itself (the partner is told).
        session = self.sessions.get(session_id)
        if session is not None:
            session.close(POLICY_VIOLATION)
        self._spawn(self.remove_session(session_id), "drop a session that fell behind")

    async def _let_go(self, reason: str) -> None:
        """Close every session here: partners' events may have been lost, so chats cannot go on.

        Each client is told (a chatting one hears its stranger left) and its connection closes;
        what Redis still holds of them is dropped now, or when this process registers again.
        """
        self._scripts.release()
        self._calls.release()
        sessions = self._forget_all()
        if not sessions:
            return
        log.warning("%s: closing %d sessions", reason, len(sessions))
        for session in sessions:
            if session.state is State.CHATTING:
                session.push(STRANGER_DISCONNECTED)
            session.close(GOING_AWAY)
        with contextlib.suppress(RedisError):
            await self._scripts.query("drop", STRANGER_DISCONNECTED, *(s.id for s in sessions))

    def _forget(self, session_id: str) -> None:
        self.sessions.forget(session_id)
        self._peers.unlink(session_id)
        self._members.discard(session_id)
        self._in_redis.discard(session_id)

    def _forget_all(self) -> list[Session]:
        """Forget the sessions whose chat state is in Redis; those that chat on this process
        alone (local_first.py) go on."""
        self._peers.clear()
        gone = [self.sessions.get(sid) for sid in self._members]
        for sid in self._members:
            self.sessions.forget(sid)
        self._members.clear()
        self._in_redis.clear()
        return [session for session in gone if session is not None]

    def _spawn(self, job: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.create_task(job, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("%s failed", task.get_name(), exc_info=task.exception())
