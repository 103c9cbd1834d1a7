"""SpamMemory: the partners a fingerprint went to within the window, in bounded memory."""

from __future__ import annotations

from strangerchat.safety.messages import MessageGuard
from strangerchat.safety.spam import SPAM_MEMORY, SPAM_PARTNERS, SPAM_WINDOW, SpamMemory


def test_each_new_partner_counts_and_the_same_partner_does_not() -> None:
    memory = SpamMemory()
    assert memory.sent("print", "p1", 0.0) == 1
    assert memory.sent("print", "p1", 1.0) == 1
    assert memory.sent("print", "p2", 2.0) == 2
    assert memory.sent("print", "p3", 3.0) == 3
    assert memory.sent("other", "p3", 3.0) == 1


def test_partners_that_left_the_window_no_longer_count() -> None:
    memory = SpamMemory()
    memory.sent("print", "p1", 0.0)
    memory.sent("print", "p2", 300.0)
    assert memory.sent("print", "p3", SPAM_WINDOW + 1) == 2  # p1 left the window, p2 did not


def test_the_count_stops_at_the_throttle_however_many_partners() -> None:
    memory = SpamMemory()
    counts = [memory.sent("print", f"p{n}", float(n)) for n in range(50)]
    assert counts[:SPAM_PARTNERS] == list(range(1, SPAM_PARTNERS + 1))
    assert set(counts[SPAM_PARTNERS:]) == {SPAM_PARTNERS}


def test_the_memory_holds_at_most_its_capacity_forgetting_the_oldest_first() -> None:
    memory = SpamMemory(capacity=10)
    for n in range(15):
        memory.sent(f"print {n}", "p1", float(n))
    assert len(memory) == 10
    assert [f"print {n}" in memory for n in range(15)] == [False] * 5 + [True] * 10


def test_a_fingerprint_sent_again_is_the_newest_and_stays() -> None:
    memory = SpamMemory(capacity=3)
    memory.sent("kept", "p1", 0.0)
    memory.sent("a", "p1", 1.0)
    memory.sent("kept", "p2", 2.0)  # sent again: now the most recent
    memory.sent("b", "p1", 3.0)
    memory.sent("c", "p1", 4.0)
    assert "kept" in memory
    assert "a" not in memory
    assert memory.sent("kept", "p3", 5.0) == 3


def test_a_forgotten_fingerprint_counts_from_one_again() -> None:
    memory = SpamMemory(capacity=2)
    memory.sent("pitch", "p1", 0.0)
    memory.sent("pitch", "p2", 1.0)
    memory.sent("a", "p1", 2.0)
    memory.sent("b", "p1", 3.0)  # the pitch is the oldest of three: forgotten
    assert memory.sent("pitch", "p3", 4.0) == 1


def test_a_long_chat_keeps_at_most_spam_memory_fingerprints_per_writer() -> None:
    guard = MessageGuard(clock=lambda: 0.0)
    for n in range(SPAM_MEMORY + 50):
        guard.check("chatty", "p1", f"a long and different message, number {n} of the chat")
    assert len(guard._sent["chatty"]) == SPAM_MEMORY
