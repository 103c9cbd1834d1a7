"""The MessageGuard: every message passes it before it reaches the partner.

It masks contact details and removes links from what the partner sees, notices a writer who
says they are under 18, adds up grooming-risk signals against the partner's safety, and
throttles the same text sent to many partners (a bot's habit). It keeps no message text: only
scores and one-way fingerprints, and only while the chat or session lasts.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from strangerchat.errors import Code, Rejected
from strangerchat.safety.contacts import mask_contacts
from strangerchat.safety.grooming import GroomingRisk, Signal
from strangerchat.safety.links import remove_links
from strangerchat.safety.minor import read_as_under_18
from strangerchat.safety.normalise import Reading, spam_fingerprint
from strangerchat.safety.readers import CLASSIFIER, Reader
from strangerchat.safety.spam import SPAM_PARTNERS, SpamMemory
from strangerchat.safety.tripwire import asks_a_question, asks_if_adult


@dataclasses.dataclass(frozen=True, slots=True)
class Verdict:
    """What becomes of one message."""

    text: str  # what the partner may see
    # The writer said they are under 18: end the chat, lock them out. Who read it so
    # (readers.py's RULES or CLASSIFIER), or None when nobody did.
    minor_read_by: Reader | None = None
    alert_partner: bool = False  # the partner's risk just crossed the line: show one alert

    @property
    def minor(self) -> bool:
        return self.minor_read_by is not None


class MessageGuard:
    """Per process: state for the chats and sessions whose messages pass through it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        # writer: (partner at risk, score); a new partner starts a new score
        self._risks: dict[str, tuple[str, GroomingRisk]] = {}
        self._sent: dict[str, SpamMemory] = {}  # writer: what they sent lately, to whom
        # Sessions whose partner's last message asked their age (a bare "15" then is an
        # answer), each with whether it asked if they are 18 yet (a "not yet" then is one too).
        self._asked_age: dict[str, bool] = {}
        # Sessions whose partner's last message asked something else ("14 lol" answers it).
        self._asked_other: set[str] = set()

    def check(self, writer_id: str, partner_id: str, text: str) -> Verdict:
        """The verdict on `text`, or Rejected(Code.SPAM) when the writer repeats it to many."""
        reading = Reading(text)  # each detector reads the forms it needs, made once
        asked_age = writer_id in self._asked_age
        asked_if_adult = self._asked_age.pop(writer_id, False)
        asked_other = writer_id in self._asked_other
        self._asked_other.discard(writer_id)
        read_by = read_as_under_18(reading, asked_age, asked_if_adult, asked_other)
        if read_by is not None:
            return Verdict(text="", minor_read_by=read_by)
        self._count_spam(writer_id, partner_id, reading)
        masked = mask_contacts(reading)
        gives_contact = masked != text
        risk = self._risk(writer_id, partner_id)
        alert = risk.observe(reading, gives_contact)
        if Signal.ASKS_AGE in risk.last:
            self._asked_age[partner_id] = asks_if_adult(reading)
            self._asked_other.discard(partner_id)  # the age question is the one now
        elif asks_a_question(reading):
            self._asked_other.add(partner_id)
        shown = remove_links(masked if gives_contact else reading)
        return Verdict(text=shown, alert_partner=alert)

    def signals(self, writer_id: str, partner_id: str) -> list[str]:
        """The grooming-risk signals the writer's messages to this partner showed, for a report
        ("classifier" last when the classifier alerted before the rules did)."""
        partner, risk = self._risks.get(writer_id, ("", None))
        if risk is None or partner != partner_id:
            return []
        # The classifier's alert has no named signal: the list says it spoke.
        return sorted(risk.signals) + ([CLASSIFIER] if risk.alerted_by == CLASSIFIER else [])

    def keep_only(self, session_ids: set[str]) -> None:
        """Drop what was kept about sessions that closed."""
        for kept in (self._sent, self._risks):
            for session_id in kept.keys() - session_ids:
                del kept[session_id]
        for session_id in self._asked_age.keys() - session_ids:
            del self._asked_age[session_id]
        self._asked_other &= session_ids

    def _risk(self, writer_id: str, partner_id: str) -> GroomingRisk:
        partner, risk = self._risks.get(writer_id, ("", None))
        if risk is None or partner != partner_id:
            risk = GroomingRisk()
            self._risks[writer_id] = (partner_id, risk)
        return risk

    def _count_spam(self, writer_id: str, partner_id: str, reading: Reading) -> None:
        fingerprint = spam_fingerprint(reading)
        if not fingerprint:
            return  # too short to tell a greeting from spam
        memory = self._sent.get(writer_id)
        if memory is None:
            memory = self._sent[writer_id] = SpamMemory()
        if memory.sent(fingerprint, partner_id, self._clock()) >= SPAM_PARTNERS:
            raise Rejected(Code.SPAM, "the same message to many strangers is not delivered")
