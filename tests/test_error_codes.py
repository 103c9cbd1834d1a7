"""The error codes: one enum, a status for each, and exactly the table in docs/protocol.md."""

from __future__ import annotations

import re
from pathlib import Path

from strangerchat.errors import STATUS, Code, Rejected

PROTOCOL = Path(__file__).resolve().parent.parent / "docs" / "protocol.md"
ROW = re.compile(r"^\| `([a-z_]+)` \| (\d{3})\b")


def documented() -> dict[str, int]:
    """The error table's codes, each with the first status its row gives."""
    text = PROTOCOL.read_text("utf-8")
    table = text.split("## Error codes", 1)[1].split("\n## ", 1)[0]
    rows = [ROW.match(line) for line in table.splitlines() if line.startswith("| `")]
    assert all(rows), "every row of the error table starts with a code and a status"
    return {row.group(1): int(row.group(2)) for row in rows if row}


def test_the_protocol_table_lists_every_code_and_no_other() -> None:
    table = documented()
    assert len(table) > 20  # the table was found and read
    assert sorted(table) == sorted(code.value for code in Code)


def test_every_code_has_the_status_the_table_gives() -> None:
    assert set(STATUS) == set(Code)
    assert {code.value: status for code, status in STATUS.items()} == documented()
    assert all(400 <= status <= 599 for status in STATUS.values())


def test_a_refusal_carries_its_code_on_the_wire_as_the_plain_string() -> None:
    rejected = Rejected(Code.RATE_LIMITED, "slow down")
    assert rejected.code == "rate_limited"
    assert f"{rejected.code}" == "rate_limited"
    assert rejected.status == 429
    assert Code("unknown_session") is Code.UNKNOWN_SESSION


def test_redis_connection_errors_and_their_subclasses_mean_the_store_is_away() -> None:
    from redis.exceptions import (
        BusyLoadingError,
        MaxConnectionsError,
        ResponseError,
    )
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    from strangerchat.errors import store_unavailable

    for away in (RedisConnectionError(), RedisTimeoutError(), MaxConnectionsError()):
        assert store_unavailable(away)
    assert store_unavailable(BusyLoadingError())  # Redis still loading after a restart
    assert not store_unavailable(ResponseError("WRONGTYPE"))  # a bug, not an outage
    assert not store_unavailable(ValueError())
