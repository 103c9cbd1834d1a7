"""The steps of a `send` that deal with its text: who it is for, the message guard, the under-18
trip-wire, the evidence kept for a report, the relay, and what the sender and partner are told.
They are steps like those in steps.py (see there); pipeline.py puts them in order.
"""

from __future__ import annotations

import logging

from strangerchat.errors import Code, Rejected
from strangerchat.protocol import SAFETY_ALERT, Delivered, Send, encode_event
from strangerchat.safety.messages import Verdict
from strangerchat.standing import lock_out_minor
from strangerchat.steps import DONE, GO_ON, FrameServices, Turn

log = logging.getLogger(__name__)


async def find_partner(services: FrameServices, turn: Turn[Send]) -> bool:
    """The partner the message is for; a numbered message sent too late hears it was not."""
    turn.partner_id = turn.session.partner_id
    if turn.partner_id is not None:
        return GO_ON
    if turn.frame.id is not None:
        raise Rejected(Code.NOT_CHATTING, "the chat ended before this message was sent")
    return DONE


async def read_text(services: FrameServices, turn: Turn[Send]) -> bool:
    """The message guard's verdict decides what the partner sees (Rejected for spam)."""
    turn.verdict = services.guard.check(turn.session.id, _partner(turn), turn.frame.text)
    return GO_ON


async def catch_minor(services: FrameServices, turn: Turn[Send]) -> bool:
    """The trip-wire: a writer who says they are under 18 is locked out; nothing is sent."""
    read_by = _verdict(turn).minor_read_by
    if read_by is not None:
        await lock_out_minor(services, turn.session, read_by)
        return DONE
    return GO_ON


async def keep_evidence(services: FrameServices, turn: Turn[Send]) -> bool:
    """Keep what the partner sees, for a report: before it is sent, so that a report the
    partner makes once they have read it finds it. A failure costs the evidence, not the chat."""
    session, partner_id, evidence = turn.session, _partner(turn), services.stores.evidence
    try:
        await evidence.record(session.id, partner_id, _verdict(turn).text, session.ip_hash)
        if session.partner_id != partner_id:  # the chat ended meanwhile: expire it again
            await evidence.end(session.id, partner_id)
    except Exception:
        log.exception("could not keep a message for the evidence buffer")
    return GO_ON


async def relay_text(services: FrameServices, turn: Turn[Send]) -> bool:
    # Only to the partner it was checked and kept for: if the chat ended meanwhile (or a new
    # one began), it reaches nobody.
    await services.relay.send(turn.session, _verdict(turn).text, _partner(turn))
    return GO_ON


async def tell_sender_what_was_shown(services: FrameServices, turn: Turn[Send]) -> bool:
    """A numbered message's sender hears what the partner saw only when it differs: a message
    that went through unchanged costs no event."""
    shown = _verdict(turn).text
    if turn.frame.id is not None and shown != turn.frame.text:
        delivered = encode_event(Delivered(id=turn.frame.id, text=shown))
        await services.relay.deliver(turn.session.id, delivered)
    return GO_ON


async def alert_partner(services: FrameServices, turn: Turn[Send]) -> bool:
    """The partner's grooming risk just crossed the line: they see one safety alert."""
    if _verdict(turn).alert_partner:
        await services.relay.deliver(_partner(turn), SAFETY_ALERT)
    return GO_ON


def _partner(turn: Turn[Send]) -> str:
    assert turn.partner_id is not None, "find_partner comes first"
    return turn.partner_id


def _verdict(turn: Turn[Send]) -> Verdict:
    assert turn.verdict is not None, "read_text comes first"
    return turn.verdict
