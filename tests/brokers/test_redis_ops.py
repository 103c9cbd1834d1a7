"""bench/redis_ops.py's counts, which docs/operations.md's capacity model is built on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import redis_ops
from tests.redis_server import RedisServer


@pytest.fixture
async def figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, Any]]:
    """Each step's figures per event, counted on a Redis of their own (MONITOR sees all)."""
    monkeypatch.setattr(redis_ops, "REPEAT", 10)
    redis = RedisServer(tmp_path)
    redis.start()
    try:
        steps = await redis_ops.chat_steps(redis.url)
    finally:
        redis.kill()
    return {
        name: redis_ops.per_event(name, counts)
        for name, counts in steps.items()
        if counts["events"]
    }


async def test_an_event_between_processes_is_one_publish_and_within_one_is_none(
    figures: dict[str, dict[str, Any]],
) -> None:
    typing = figures["typing, partner on another process"]
    assert (typing["round trips"], typing["publishes"]) == (1, 1)
    # A message is also kept for a while in the evidence buffer: one script, sent in the same
    # pipeline as the PUBLISH (MONITOR counts each command of a pipeline; the count may end
    # before the last written-behind line arrives).
    message = figures["message, partner on another process"]
    assert 1.9 <= message["round trips"] <= 2
    assert message["publishes"] == 1
    # Two strangers of one process chat there alone: their evidence stays in its memory too.
    assert figures["message, partner on the same process"]["round trips"] == 0


async def test_a_match_and_a_forwarded_request_cost_what_the_capacity_model_says(
    figures: dict[str, dict[str, Any]],
) -> None:
    local = figures["start and match, partners on one process (per match)"]
    # Matched on their own process: nothing but each start's look for a ban (one MGET).
    assert local["round trips"] == local["by command"]["MGET"] == 2
    assert local["publishes"] == 0
    shared = figures["start and match, partners on two processes (per match)"]
    # One search script a side (join and claim in one; above 2 only by loading it the first
    # time), each start's look for a ban, and the `connected` for the other process.
    scripts = shared["by command"]["EVALSHA"] + shared["by command"].get("EVAL", 0)
    assert 2 <= scripts < 2.5
    assert shared["by command"]["MGET"] == 2
    assert 5 <= shared["round trips"] < 6
    # Above the whole number only when a pooled connection is opened (its HELLO counts).
    poll = figures["long-poll poll, sent to a process without the session"]
    # The credential names the holder's route: the call and its reply, no lookup of the owner.
    assert 2 <= poll["round trips"] < 2.5
    assert poll["publishes"] == 2
    frame = figures["long-poll message, sent to a process without the session"]
    assert 4 <= frame["round trips"] < 4.5  # with the evidence script
    assert frame["publishes"] == 3
