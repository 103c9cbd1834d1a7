"""The process's services, built and wired in one place: create_app makes them, Chat uses them.

Remote and Reports are not among them: they serve sessions, and Chat, which holds the sessions,
builds them on top of these.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable

from strangerchat.brokers.base import Broker
from strangerchat.matchmaker import Matchmaker
from strangerchat.questions import Questions
from strangerchat.relay import Relay
from strangerchat.resume import ResumeTokens
from strangerchat.safety.bans import Bans
from strangerchat.safety.challenges import StartChallenges
from strangerchat.safety.evidence import EvidenceBuffer
from strangerchat.safety.iphash import AddressHasher
from strangerchat.safety.keys import server_secret
from strangerchat.safety.messages import MessageGuard
from strangerchat.safety.pow import ProofOfWork
from strangerchat.safety.ratelimit import RateLimits
from strangerchat.safety.stores import SafetyStores, create_stores
from strangerchat.settings import Settings
from strangerchat.stats import Stats

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True, slots=True, eq=False)
class Services:
    """One of each, for the whole process."""

    settings: Settings
    broker: Broker
    stats: Stats
    secret: str  # the one key for everything this process signs
    stores: SafetyStores
    guard: MessageGuard
    limits: RateLimits
    bans: Bans
    challenges: StartChallenges  # also the entry gate's
    resume_tokens: ResumeTokens
    relay: Relay
    matchmaker: Matchmaker
    questions: Questions


def create_services(settings: Settings, broker: Broker, secret: str | None = None) -> Services:
    """The services for `settings` on `broker`; `secret` is the kept or configured key (made
    from `settings.secret_key` when None)."""
    stats = Stats()
    stores = create_stores(settings, broker)
    secret = secret or server_secret(settings.secret_key)
    relay = Relay(broker, stats)
    relay.chat_ended = _evidence_countdown(stores.evidence)
    return Services(
        settings=settings,
        broker=broker,
        stats=stats,
        secret=secret,
        stores=stores,
        guard=MessageGuard(),
        limits=RateLimits(settings, addresses=AddressHasher(shared=stores.day_keys)),
        bans=Bans(stores.standings),
        challenges=StartChallenges(ProofOfWork(secret, settings.pow_difficulty)),
        resume_tokens=ResumeTokens(secret),
        relay=relay,
        matchmaker=Matchmaker(settings, broker, relay, stats),
        questions=Questions(broker, relay, stats),
    )


def _evidence_countdown(evidence: EvidenceBuffer) -> Callable[[str, str], Awaitable[None]]:
    """What the relay calls for every chat this process ends: the evidence kept of it starts
    its countdown (a failure costs the evidence, not the ending)."""

    async def chat_ended(session_id: str, partner_id: str) -> None:
        try:
            await evidence.end(session_id, partner_id)
        except Exception:
            log.exception("could not start the evidence buffer's countdown")

    return chat_ended
