"""Does matching slow down as the pool grows? MemoryBroker.join_pool + claim, in process.

Each waiting stranger holds `tags` interests drawn from a vocabulary; a newcomer with as many
joins and claims. The pool is kept at its size: a matched partner is replaced by a new waiter.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from typing import Any

from strangerchat.brokers.memory import MemoryBroker
from strangerchat.session import Session

OUTBOX_CAPACITY = 256


async def _add(broker: MemoryBroker, interests: frozenset[str]) -> Session:
    session = Session("websocket", OUTBOX_CAPACITY, 0.0)
    await broker.add_session(session)
    await broker.join_pool(session.id, interests, None, None)
    return session


async def _measure(
    waiting: int, ops: int, tags: int, vocabulary: list[str], rng: random.Random
) -> dict[str, Any]:
    """Nanoseconds per newcomer (join_pool + claim) with `waiting` strangers in the pool.

    With `tags` 0 everyone is open to anyone at once: the pool is then one queue.
    """

    def draw() -> frozenset[str]:
        return frozenset(rng.sample(vocabulary, tags))

    broker = MemoryBroker()
    for _ in range(waiting):
        await _add(broker, draw())
    costs: list[int] = []
    matched = 0
    for _ in range(ops):
        newcomer = Session("websocket", OUTBOX_CAPACITY, 0.0)
        await broker.add_session(newcomer)
        interests = draw()
        started = time.perf_counter_ns()
        await broker.join_pool(newcomer.id, interests, None, None)
        match = await broker.claim(newcomer.id)
        costs.append(time.perf_counter_ns() - started)
        if match is None:
            await broker.leave_pool(newcomer.id)
        else:
            matched += 1
            await broker.unpair(newcomer.id)
            await broker.remove_session(match.partner.session_id)
            await _add(broker, draw())
        await broker.remove_session(newcomer.id)
    return {
        "waiting": waiting,
        "median_us": round(statistics.median(costs) / 1000, 2),
        "mean_us": round(statistics.fmean(costs) / 1000, 2),
        "p99_us": round(sorted(costs)[int(0.99 * (len(costs) - 1))] / 1000, 2),
        "matched": round(matched / ops, 3),
    }


def run(
    sizes: tuple[int, int] = (100, 10_000),
    ops: int = 5000,
    tags: int = 5,
    vocabulary: int = 1000,
    seed: int = 1,
) -> dict[str, Any]:
    """Cost per newcomer at the small and the large pool, and their ratio (target: within 2x)."""
    words = [f"tag{i}" for i in range(vocabulary)]
    result: dict[str, Any] = {"tags": tags, "vocabulary": vocabulary, "ops": ops}
    for label, tags_each in (("interests", tags), ("open", 0)):
        small, large = (
            asyncio.run(_measure(size, ops, tags_each, words, random.Random(seed)))
            for size in sizes
        )
        result[label] = {
            "small": small,
            "large": large,
            "ratio": round(large["median_us"] / small["median_us"], 2),
        }
    return result
