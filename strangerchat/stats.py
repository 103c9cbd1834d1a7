"""Plain counters the chat keeps as it works; /metrics reads them only when scraped.

Plain ints rather than Prometheus metric objects: a hot path (every relayed message) pays one
attribute increment, not a lock.
"""

from __future__ import annotations

import bisect
import dataclasses

# Upper bounds, in seconds, of the time-to-match histogram's buckets.
MATCH_WAIT_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 30.0, 60.0)


@dataclasses.dataclass(slots=True)
class Stats:
    """Counters since the process started."""

    matches_by_interest: int = 0
    matches_at_random: int = 0
    question_chats: int = 0
    messages_relayed: int = 0
    outbox_overflows: int = 0
    rate_limit_hits: int = 0
    broker_errors: int = 0
    # The overflow policy towards Redis (brokers/writebehind.py): notices shed, sends refused.
    typing_shed: int = 0
    busy_refusals: int = 0
    reports_by_category: dict[str, int] = dataclasses.field(default_factory=dict)
    bans_by_length: dict[str, int] = dataclasses.field(default_factory=dict)
    match_wait_counts: list[int] = dataclasses.field(
        default_factory=lambda: [0] * (len(MATCH_WAIT_BUCKETS) + 1)
    )
    match_wait_sum: float = 0.0

    def record_match_wait(self, seconds: float) -> None:
        self.match_wait_counts[bisect.bisect_left(MATCH_WAIT_BUCKETS, seconds)] += 1
        self.match_wait_sum += seconds
