"""The MessageGuard's verdicts: masked text, the trip-wire, one grooming alert, spam throttling."""

from __future__ import annotations

import pytest

from strangerchat.errors import Rejected
from strangerchat.safety.messages import MessageGuard
from strangerchat.safety.spam import SPAM_WINDOW

SPAM = "hey check out my amazing profile for free stuff now"


def test_links_and_contacts_never_reach_the_partner() -> None:
    verdict = MessageGuard().check("a", "b", "add me on snap: coolguy99 or visit example dot com")
    assert "coolguy99" not in verdict.text
    assert "example" not in verdict.text
    assert "[" in verdict.text
    assert not verdict.minor


def test_ordinary_text_passes_unchanged() -> None:
    text = "I loved that film, the ending at 5:30 in the morning was great. e.g. the music!"
    assert MessageGuard().check("a", "b", text).text == text


def test_a_writer_under_18_is_noticed_and_nothing_is_passed_on() -> None:
    verdict = MessageGuard().check("a", "b", "im 14 f")
    assert verdict.minor
    assert verdict.text == ""


def test_the_grooming_alert_comes_once_for_the_partner_at_risk() -> None:
    guard = MessageGuard()
    lines = ["how old are you?", "got snap?", "don't tell your parents about me", "our secret ok"]
    alerts = [guard.check("adult", "other", line).alert_partner for line in lines]
    assert alerts.count(True) == 1
    # The other direction has its own score: the partner's own questions alert nobody yet.
    assert not guard.check("other", "adult", "how old are you?").alert_partner


def test_a_new_partner_starts_a_new_score() -> None:
    guard = MessageGuard()
    for line in ["how old are you?", "got snap?", "don't tell your parents about me"]:
        guard.check("adult", "other", line)
    assert not guard.check("adult", "someone new", "our secret ok").alert_partner
    guard.keep_only({"other"})
    assert not guard.check("adult", "other", "our secret ok").alert_partner


def test_the_same_text_to_a_third_partner_is_throttled() -> None:
    now = [0.0]
    guard = MessageGuard(clock=lambda: now[0])
    guard.check("bot", "p1", SPAM)
    guard.check("bot", "p2", SPAM.upper() + "!!")  # the same text, dressed differently
    with pytest.raises(Rejected) as refused:
        guard.check("bot", "p3", SPAM)
    assert refused.value.code == "spam"
    with pytest.raises(Rejected):  # throttled for everyone until the window has passed
        guard.check("bot", "p1", SPAM)
    now[0] += SPAM_WINDOW + 1
    assert guard.check("bot", "p4", SPAM).text == SPAM


def test_repeating_to_the_same_partner_is_not_spam() -> None:
    guard = MessageGuard()
    for _ in range(5):
        guard.check("eager", "p1", SPAM)


def test_short_greetings_to_everyone_are_not_spam() -> None:
    guard = MessageGuard()
    for partner in range(10):
        guard.check("friendly", f"p{partner}", "hi! asl?")


def test_spam_memory_forgets_texts_that_left_the_window() -> None:
    now = [0.0]
    guard = MessageGuard(clock=lambda: now[0])
    for n in range(50):
        guard.check("chatty", "p1", f"this is a long and different message number {'x' * n}")
    now[0] += SPAM_WINDOW + 1
    guard.check("chatty", "p1", SPAM)
    assert len(guard._sent["chatty"]) == 1


def test_not_yet_is_read_only_as_the_answer_to_are_you_18() -> None:
    guard = MessageGuard()
    guard.check("bob", "alice", "how old are you, got your license?")
    assert not guard.check("alice", "bob", "not yet").minor  # it answers the licence
    guard.check("bob", "alice", "are you 18?")
    assert guard.check("alice", "bob", "not yet").minor


def test_a_bare_age_is_read_as_the_answer_to_the_partner_s_question() -> None:
    guard = MessageGuard()
    assert not guard.check("alice", "bob", "15").minor  # nobody asked: a bare number
    assert not guard.check("bob", "alice", "how old are you?").minor
    assert guard.check("alice", "bob", "15").minor
    guard.check("bob", "alice", "how old are you?")
    guard.check("alice", "bob", "why")
    assert not guard.check("alice", "bob", "15").minor  # the question was not the last message


def test_an_age_and_a_laugh_answers_another_question_but_is_read_when_nothing_was_asked() -> None:
    guard = MessageGuard()
    guard.check("bob", "alice", "how many tabs do u have open")
    assert not guard.check("alice", "bob", "14 lol").minor  # it answers the tabs
    guard.check("bob", "alice", "haha same")
    assert guard.check("alice", "bob", "14 lol").minor
    guard.check("bob", "alice", "what time is it there?")
    guard.keep_only({"bob"})  # alice's session closed: what she was asked goes with it
    assert guard.check("alice", "bob", "11 lol").minor
