"""A session's standing: what its restrictions are kept under, the restriction that refuses its
start, and the 24-hour lockout of a writer who said they are under 18."""

from __future__ import annotations

import time
from typing import Protocol

from strangerchat.errors import Code, Rejected
from strangerchat.protocol import AdultsOnly, Banned, encode_event
from strangerchat.relay import Relay
from strangerchat.safety.bans import (
    ADULTS_ONLY,
    MINOR_LOCKOUT,
    UNDER_18,
    UNDER_18_CLASSIFIER,
    Bans,
    personal_key,
)
from strangerchat.safety.evidence import session_hash
from strangerchat.safety.ratelimit import RateLimits
from strangerchat.safety.readers import CLASSIFIER, RULES, Reader
from strangerchat.safety.stores import SafetyStores
from strangerchat.session import Session
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.restrictions import LOCKOUT, new_ref, record_automatic

# A minor's lockout is recorded with the reader that read the message (the page's notice is the
# same either way): an appeal's moderator weighs a rule's reading otherwise than a score.
_LOCKOUT_REASONS: dict[Reader, str] = {RULES: UNDER_18, CLASSIFIER: UNDER_18_CLASSIFIER}


def session_key(session: Session) -> str:
    """What is kept of this session alone is kept under: a one-way name of its id."""
    return f"session:{session_hash(session.id)}"


def restriction_keys(limits: RateLimits, session: Session) -> tuple[str, ...]:
    """What a session's lockout or ban is kept under: its address hashes, today's first.

    A trusted address (a load generator, a health checker) stands for many clients, and a
    session opened without one has none: for them, the session itself.
    """
    if session.ip_hashes and not limits.is_trusted(session):
        return session.ip_hashes
    return (session_key(session),)


def personal_keys(session: Session) -> tuple[str, ...]:
    """What a minor's lockout of this session alone is kept under: the session, then the
    identity in its gate cookie (which outlives it) when it has one."""
    own = (session_key(session),)
    return own if session.gate_id is None else (*own, personal_key("gate", session.gate_id))


class Restricting(Protocol):
    """What the restriction steps need of the process's chat service (Chat is one): naming it
    here, not importing Chat, keeps the import graph one-way."""

    bans: Bans
    relay: Relay
    stores: SafetyStores

    def restriction_keys(self, session: Session) -> tuple[str, ...]: ...

    def personal_keys(self, session: Session) -> tuple[str, ...]: ...


async def refuses_start(services: Restricting, session: Session) -> bool:
    """Whether a ban refuses this `start` (it is told why); Rejected for a minor's lockout."""
    keys, personal = services.restriction_keys(session), services.personal_keys(session)
    restriction = await services.bans.restriction_for(keys, personal)
    if restriction is not None and await _was_lifted(services.stores.records, restriction.ref):
        # Lifted under the keys it was put on; a copy carried to a new day's address
        # hash since then is lifted here, when it is found.
        await services.bans.lift([*keys, *personal], restriction.ref)
        restriction = await services.bans.restriction_for(keys, personal)
    if restriction is None:
        return False
    appeal = await _appeal_offer(services.stores.records, restriction.ref)
    if restriction.kind == ADULTS_ONLY:
        raise Rejected(
            Code.LOCKED_OUT,
            "strangerchat is for adults only",
            until=int(restriction.until),
            appeal=appeal or None,
        )
    banned = Banned(
        reason=restriction.reason,
        until=int(restriction.until),
        automatic=restriction.automatic,
        appeal=appeal,
    )
    await services.relay.deliver(session.id, encode_event(banned))
    return True


async def lock_out_minor(services: Restricting, session: Session, read_by: Reader) -> None:
    """A writer who said they are under 18: the chat ends for both, no new one for 24 h.

    The partner only hears that the stranger left; the writer sees why. The lockout is the
    writer's (session, gate cookie); their address counts one hit (safety/bans.py). `read_by`:
    minor.py's RULES or CLASSIFIER, which the record's reason names.
    """
    until = int(time.time() + MINOR_LOCKOUT)
    keys = services.restriction_keys(session)
    address = keys[0] if session.ip_hashes and keys == session.ip_hashes else None
    personal = services.personal_keys(session)
    ref = new_ref()
    locked_address = await services.bans.lock_out_minor(personal, address, until, ref)
    locked = [*personal, *([address] if locked_address and address else [])]
    restrictions = services.stores.records.restrictions
    reason = _LOCKOUT_REASONS[read_by]
    await record_automatic(restrictions, ref, LOCKOUT, reason, locked, until)
    notice = encode_event(AdultsOnly(until=until, appeal=ref))
    if not await services.relay.end_chat(session, leaver_event=notice):
        await services.relay.deliver(session.id, notice)  # the partner had just left anyway


async def _was_lifted(records: ModerationStore, ref: str) -> bool:
    """Whether a moderator lifted the restriction `ref` (a database that does not answer:
    not as far as we know, so it holds)."""
    if not ref:
        return False
    try:
        record = await records.restrictions.find(ref)
    except DatabaseError:
        return False
    return record is not None and record.lifted_at is not None


async def _appeal_offer(records: ModerationStore, ref: str) -> str:
    """The reference to appeal with, or "" once it was appealed (one appeal each). A
    database that does not answer leaves the offer: the appeal itself then says so."""
    if not ref:
        return ""
    try:
        return "" if await records.appeals.appealed(ref) else ref
    except DatabaseError:
        return ref
