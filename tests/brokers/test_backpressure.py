"""The overflow policy towards Redis: typing notices go first, then messages are refused."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from strangerchat.appkeys import CHAT
from strangerchat.brokers.local_first import LocalFirstBroker
from strangerchat.brokers.redis import RedisBroker
from strangerchat.chat import Chat
from strangerchat.session import Session
from tests.strangers import Stranger, ws_stranger


async def _pair_across(
    apps: list[TestClient],
) -> tuple[Stranger, Stranger, RedisBroker, Chat, Session]:
    """Two strangers chatting from two processes; the first's broker (its queue towards Redis
    cut to 200 writes), chat and session."""
    here, there = await ws_stranger(apps[0]), await ws_stranger(apps[1])
    await here.start()
    await there.start()
    await here.expect("connected")
    await there.expect("connected")
    chat = apps[0].app[CHAT]
    assert isinstance(chat.broker, LocalFirstBroker)
    broker = chat.broker.shared
    broker.write_behind.max_queued = 200
    return here, there, broker, chat, next(iter(broker.local_sessions()))


def _fill(broker: RedisBroker, share: float) -> None:
    """Fill the queue towards Redis to `share` in this one turn of the loop (nothing is sent
    before the test next awaits)."""
    writes = broker.write_behind
    for _ in range(int(writes.max_queued * share) - int(writes.max_queued * writes.pressure)):
        assert writes.publish(f"{broker.process_id}:nobody-listens", b"")


async def test_a_half_full_queue_drops_typing_but_carries_messages(
    apps: list[TestClient],
) -> None:
    here, there, broker, chat, session = await _pair_across(apps)
    # Each frame is carried out up to its first write before anything awaits: the queue
    # cannot drain in between, so what each one queued is what the pressure shows.
    _fill(broker, 0.5)
    await chat.receive(session, '{"type":"typing"}')
    assert broker.write_behind.pressure == 0.5, "the typing notice was not queued"
    assert chat.stats.typing_shed == 1
    await chat.receive(session, '{"type":"send","text":"still here","id":1}')
    assert broker.write_behind.pressure > 0.5, "the message was"
    assert (await there.expect("message"))["text"] == "still here"
    assert await here.quiet() == []  # no error for the dropped notice either
    await here.send("typing")  # the queue has drained: notices pass again
    await there.expect("typing")


async def test_a_full_queue_refuses_messages_and_the_chat_goes_on(
    apps: list[TestClient],
) -> None:
    here, there, broker, chat, session = await _pair_across(apps)
    _fill(broker, 1.0)
    await chat.receive(session, '{"type":"send","text":"too soon","id":7}')
    error = await here.expect("error")
    assert (error["code"], error["id"]) == ("rate_limited", 7)
    assert broker.write_behind.dropped == 0, "refused before anything was queued for it"
    assert await there.quiet() == []
    await here.send("send", text="now it fits", id=8)
    assert (await there.expect("message"))["text"] == "now it fits"
    assert chat.stats.rate_limit_hits == 0, "a busy server is not the sender's fault"
    assert chat.stats.busy_refusals == 1
