"""/metrics in the Prometheus text format, built from the chat's state when scraped."""

from __future__ import annotations

import hmac
import itertools
from collections import Counter
from collections.abc import Iterator

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector

from strangerchat.appkeys import CHAT, METRICS_REGISTRY
from strangerchat.chat import Chat
from strangerchat.session import State
from strangerchat.stats import MATCH_WAIT_BUCKETS


class ChatCollector(Collector):
    """Reads sessions and Stats when scraped: nothing on the chat's paths touches Prometheus."""

    def __init__(self, chat: Chat) -> None:
        self._chat = chat

    def collect(self) -> Iterator[Metric]:
        stats = self._chat.stats
        yield self._sessions()
        matches = CounterMetricFamily("strangerchat_matches", "Chats started", labels=["kind"])
        matches.add_metric(["interest"], stats.matches_by_interest)
        matches.add_metric(["random"], stats.matches_at_random)
        matches.add_metric(["question"], stats.question_chats)
        yield matches
        yield _counter("messages_relayed", "Messages sent to a partner", stats.messages_relayed)
        yield _counter("outbox_overflows", "Clients dropped for lagging", stats.outbox_overflows)
        yield _counter("rate_limit_hits", "Frames or connections refused", stats.rate_limit_hits)
        yield _counter("broker_errors", "Failed matchmaking or housekeeping", stats.broker_errors)
        yield _counter(
            "typing_shed", "Typing notices dropped: Redis queue half full", stats.typing_shed
        )
        yield _counter("busy_refusals", "Messages refused: Redis queue full", stats.busy_refusals)
        yield _counter(
            "redis_writes_dropped",
            "Writes towards Redis dropped: queue past full",
            self._chat.broker.dropped_writes(),
        )
        yield GaugeMetricFamily(
            "strangerchat_redis_queue_fill",
            "How full the queue of writes towards Redis is (1: full)",
            value=self._chat.broker.pressure(),
        )
        yield _labelled(
            "matches_made",
            "Matches this process's claims made: on this process alone, or through Redis",
            "place",
            self._chat.broker.matches_made(),
        )
        yield _labelled("reports", "Reports taken", "category", stats.reports_by_category)
        yield _labelled("bans", "Bans brought about by reports", "length", stats.bans_by_length)
        cumulative = list(itertools.accumulate(stats.match_wait_counts))
        bounds = [f"{bound:g}" for bound in MATCH_WAIT_BUCKETS] + ["+Inf"]
        buckets = list(zip(bounds, cumulative, strict=True))
        yield HistogramMetricFamily(
            "strangerchat_time_to_match_seconds",
            "Seconds from start to connected",
            buckets=buckets,
            sum_value=stats.match_wait_sum,
        )

    def _sessions(self) -> GaugeMetricFamily:
        counts = Counter((s.state, s.transport) for s in self._chat.broker.local_sessions())
        gauge = GaugeMetricFamily(
            "strangerchat_sessions", "Open sessions on this process", labels=["state", "transport"]
        )
        for (state, transport), count in sorted(counts.items(), key=str):
            if state is not State.CLOSED:
                gauge.add_metric([state.value, transport], count)
        return gauge


def _counter(name: str, documentation: str, value: int) -> CounterMetricFamily:
    return CounterMetricFamily(f"strangerchat_{name}", documentation, value=value)


def _labelled(name: str, documentation: str, label: str, counts: dict[str, int]) -> Metric:
    counter = CounterMetricFamily(f"strangerchat_{name}", documentation, labels=[label])
    for value, count in sorted(counts.items()):
        counter.add_metric([value], count)
    return counter


def make_registry(chat: Chat) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(ChatCollector(chat))
    return registry


async def metrics_handler(request: web.Request) -> web.Response:
    """404 unless a metrics token is set; then only with `Authorization: Bearer <token>`."""
    chat = request.app[CHAT]
    token = chat.settings.metrics_token
    if not token:
        raise web.HTTPNotFound()
    scheme, _, offered = request.headers.get("Authorization", "").partition(" ")
    # Non-ASCII bytes cannot be the token (and would not encode for the comparison).
    if (
        scheme != "Bearer"
        or not offered.isascii()
        or not hmac.compare_digest(offered.encode(), token.encode())
    ):
        raise web.HTTPUnauthorized(headers={"WWW-Authenticate": "Bearer"})
    body = generate_latest(request.app[METRICS_REGISTRY])
    return web.Response(body=body, content_type="text/plain", charset="utf-8")
