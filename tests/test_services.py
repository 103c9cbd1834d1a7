"""create_services: one of each service, wired together."""

from __future__ import annotations

from pathlib import Path

from strangerchat.brokers.memory import MemoryBroker
from strangerchat.chat import Chat
from strangerchat.protocol import Send, Start
from strangerchat.services import create_services
from tests.conftest import suite_settings


async def test_the_services_share_one_broker_stats_and_key(tmp_path: Path) -> None:
    broker = MemoryBroker()
    services = create_services(suite_settings(tmp_path), broker, "k" * 32)
    assert services.broker is broker
    assert services.secret == "k" * 32
    chat = Chat(services)
    assert (chat.relay, chat.matchmaker, chat.stats) == (
        services.relay,
        services.matchmaker,
        services.stats,
    )


async def test_a_chat_the_relay_ends_starts_its_evidence_countdown(tmp_path: Path) -> None:
    chat = Chat(create_services(suite_settings(tmp_path), MemoryBroker()))
    alice, bob = await chat.open_session("websocket"), await chat.open_session("websocket")
    await chat.handle(alice, Start())
    await chat.handle(bob, Start())
    await chat.matchmaker.pair_waiting()
    await chat.handle(alice, Send(text="hello"))
    kept = await chat.stores.evidence.read(alice.id, bob.id)
    assert kept is not None
    assert kept.ended_at is None
    await chat.relay.end_chat(bob)
    kept = await chat.stores.evidence.read(alice.id, bob.id)
    assert kept is not None
    assert kept.ended_at is not None
