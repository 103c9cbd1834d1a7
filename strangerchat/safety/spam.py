"""SpamMemory: one writer's recent message fingerprints, and to whom they went.

Its cost per message does not grow with what the writer sent before: it holds at most
SPAM_MEMORY fingerprints (the oldest forgotten first) and, per fingerprint, the last
SPAM_PARTNERS partners, which is all that the rule "the same text to SPAM_PARTNERS partners
within SPAM_WINDOW" needs.
"""

from __future__ import annotations

from collections import OrderedDict

SPAM_WINDOW = 600.0  # seconds in which the same text to SPAM_PARTNERS partners is throttled
SPAM_PARTNERS = 3
# About what the default message rate (2 a second) lets a writer send within SPAM_WINDOW; past
# it the least recently sent fingerprint is forgotten, whether or not it left the window.
SPAM_MEMORY = 1200


class SpamMemory:
    """Per writer: fingerprint -> {partner: when last sent}, least recently sent first."""

    def __init__(self, capacity: int = SPAM_MEMORY) -> None:
        self._capacity = capacity
        self._prints: OrderedDict[str, dict[str, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._prints)

    def __contains__(self, fingerprint: object) -> bool:
        return fingerprint in self._prints

    def sent(self, fingerprint: str, partner_id: str, now: float) -> int:
        """Note that `fingerprint` went to `partner_id`; to how many partners it went within
        the window, this one included, counted up to SPAM_PARTNERS."""
        self._forget_before(now - SPAM_WINDOW)
        partners = self._prints.pop(fingerprint, None) or {}
        partners.pop(partner_id, None)  # re-inserted last: the partners stay oldest first
        partners[partner_id] = now
        while len(partners) > SPAM_PARTNERS:
            del partners[next(iter(partners))]
        self._prints[fingerprint] = partners
        while len(self._prints) > self._capacity:
            self._prints.popitem(last=False)
        return sum(1 for sent_at in partners.values() if now - sent_at <= SPAM_WINDOW)

    def _forget_before(self, cutoff: float) -> None:
        # Least recently sent first: the sweep stops at the first fingerprint still in the
        # window, so each fingerprint is swept once however long the writer's history.
        while self._prints:
            partners = next(iter(self._prints.values()))
            if next(reversed(partners.values())) >= cutoff:
                return
            self._prints.popitem(last=False)
