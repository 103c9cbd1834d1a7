"""The small grooming classifier beside the rules: how it reads a chat, when it may alert, what
the moderators' queue is told, and that the shipped model is what the development chats alone
train."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from strangerchat.safety import grooming, readers
from strangerchat.safety.grooming import GroomingRisk
from strangerchat.safety.grooming_model import (
    DECAY,
    MIN_LEANING,
    MODEL_FILE,
    SILENT,
    ChatReading,
    Evidence,
    GroomingModel,
    shipped,
)
from strangerchat.safety.messages import MessageGuard
from tests.safety import train_grooming
from tests.safety.measure import read

# Risk the rules name no signal for.
HEARD_ONLY_BY_IT = [
    "t'es trop mignonne pour 13 ans",
    "t'as ton propre portable ?",
    "donc personne le regarde",
]
# A model that hears it: the words "portable" and "personne" each take a chat over its
# threshold, once two messages have leaned to risk.
HEARING = GroomingModel(-5.0, {"w:portable": 400.0, "w:personne": 400.0}, 0.5)


def _alerts(risk: GroomingRisk, chat: list[str]) -> bool:
    return any([risk.observe(text) for text in chat])


def test_older_messages_count_less_and_only_words_it_weighs_lean() -> None:
    older = Evidence(2.0, 10.0, 1)
    assert older.then(Evidence(1.0, 5.0, 1)) == Evidence(2.0 * DECAY + 1.0, 10.0 * DECAY + 5.0, 2)
    model = shipped()
    assert HEARING.evidence("mon portable").leaning == 1
    assert HEARING.evidence("mon ordi").leaning == 0  # nothing it weighs
    assert model.score(Evidence()) == 0.0  # nothing read yet


def test_it_alerts_where_the_rules_do_not_and_the_queue_is_told_who_read_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not _alerts(GroomingRisk(model=SILENT), HEARD_ONLY_BY_IT)
    risk = GroomingRisk(model=HEARING)
    assert [risk.observe(text) for text in HEARD_ONLY_BY_IT] == [False, False, True]
    assert risk.alerted_by == readers.CLASSIFIER
    monkeypatch.setattr(grooming, "shipped", lambda: HEARING)
    guard = MessageGuard()
    verdicts = [guard.check("writer", "partner", text) for text in HEARD_ONLY_BY_IT]
    assert [verdict.alert_partner for verdict in verdicts] == [False, False, True]
    assert guard.signals("writer", "partner")[-1] == readers.CLASSIFIER


def test_the_rules_are_named_when_they_alert_first() -> None:
    risk = GroomingRisk()
    # Both may reach an alert at the same message: the rules are asked first.
    chat = ["how old are you", "lets move to telegram and dont tell your parents about me"]
    assert _alerts(risk, chat)
    assert risk.alerted_by == readers.RULES
    guard = MessageGuard()
    for text in chat:
        guard.check("writer", "partner", text)
    assert readers.CLASSIFIER not in guard.signals("writer", "partner")


# Ages and snaps asked for, and "add me": an exchange, all the rules find (1 + 2 + 2 points).
EXCHANGED = ["how old r u", "same haha", "got snap?", "add me and ill add back"]
# A model that finds no risk in any word (every score 0.5 or less) and one that finds some.
DOUBTING = GroomingModel(-3.0, {}, 0.99)
AGREEING = GroomingModel(3.0, {}, 0.99)


def test_the_rules_alert_on_an_exchange_alone_only_when_the_classifier_agrees() -> None:
    assert _alerts(GroomingRisk(model=SILENT), EXCHANGED)  # the rules alone do
    assert not _alerts(GroomingRisk(model=DOUBTING), EXCHANGED)
    risk = GroomingRisk(model=AGREEING)
    assert [risk.observe(text) for text in EXCHANGED] == [False, False, False, True]
    assert risk.alerted_by == readers.RULES
    # With a signal beyond the exchange the rules need no one to agree.
    assert _alerts(GroomingRisk(model=DOUBTING), ["how old r u", "dont tell ur mum about me"] * 2)


def test_one_message_never_alerts_on_its_own() -> None:
    # HEARING reads "portable": one message with it is far over the threshold.
    assert MIN_LEANING == 2
    for after in ["", "😀", "?", "ok", "lol yeah"]:  # words that lean nowhere are no second
        risk = GroomingRisk(model=HEARING)
        assert not risk.observe("t'as ton propre portable ?")
        assert not risk.observe(after)
    risk = GroomingRisk(model=HEARING)
    assert not risk.observe("t'as ton propre portable ?")
    assert risk.observe("un portable rien qu'à toi")  # a second message leaning the same way
    assert risk.alerted_by == readers.CLASSIFIER
    assert not risk.observe("portable ?")  # once per chat


def test_a_wording_said_again_adds_nothing() -> None:
    model = shipped()
    reading = ChatReading()
    once = reading.read(model, "what school do you go to")
    assert all(reading.read(model, "what school do you go to") == once for _ in range(20))
    # Numbers are read as their kinds: "note 14", "note 15" are one wording said again.
    notes = ChatReading()
    first_note = notes.read(model, "note 14")
    assert all(notes.read(model, f"note {n}") == first_note for n in range(9, 18))
    # A new wording in between does not make an old one new again.
    reading = ChatReading()
    first = reading.read(model, "hi")
    second = reading.read(model, "how are you")
    assert reading.read(model, "hi") == second != first


def test_its_threshold_leaves_long_ordinary_chats_alone() -> None:
    model = shipped()
    chats = train_grooming.long_ordinary_chats()
    assert not [chat for chat in chats if train_grooming.peak_score(model, chat) >= model.threshold]


def test_of_a_long_message_only_the_start_is_read() -> None:
    model = shipped()
    start = "you seem really mature for your age " * 7
    assert model.evidence(start + "x" * 5000) == model.evidence(start + "y" * 9000)


def test_the_shipped_model_is_what_the_development_chats_alone_train() -> None:
    shipped_file = json.loads(
        resources.files("strangerchat.safety").joinpath(MODEL_FILE).read_text("utf-8")
    )
    rows = read("grooming", "dev")
    data = [train_grooming.example(train_grooming.messages(row), row.label) for row in rows]
    extra = [train_grooming.example([line], False) for line in train_grooming.ordinary_lines()]
    bias, weights = train_grooming.common.fitted(data + extra, shipped_file["l2"])
    assert bias == shipped_file["bias"]
    assert weights == shipped_file["weights"]
    assert 0.5 <= shipped_file["threshold"] < 1.0
