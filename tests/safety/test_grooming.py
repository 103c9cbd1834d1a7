"""Grooming-risk signals per labelled phrase, false alerts on ordinary chats, one alert per chat."""

# ruff: noqa: RUF001  # disguised text, look-alike letters included, is what is tested

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pytest

from strangerchat.safety.grooming import ALERT_THRESHOLD, GroomingRisk, Signal, signals_in
from strangerchat.safety.grooming_model import SILENT

HERE = Path(__file__).parent


def corpus() -> list[tuple[Signal, str, str]]:
    rows = []
    for line in (HERE / "grooming_corpus.tsv").read_text(encoding="utf-8").splitlines():
        signal, language, phrase = line.split("\t")
        rows.append((Signal(signal), language, phrase))
    return rows


def benign_lines() -> list[str]:
    return (HERE / "benign_chat.txt").read_text(encoding="utf-8").splitlines()


def test_each_signal_is_recognised_in_each_language() -> None:
    seen: dict[tuple[Signal, str], list[bool]] = defaultdict(list)
    for signal, language, phrase in corpus():
        seen[signal, language].append(signal in signals_in(phrase))
    missed = [phrase for signal, _, phrase in corpus() if signal not in signals_in(phrase)]
    print()
    for (signal, language), hits in sorted(seen.items()):
        print(f"{signal.value:13} {language}: {sum(hits)}/{len(hits)}")
    print(f"missed: {missed}")
    assert {signal for signal, _ in seen} == set(Signal)
    assert {language for _, language in seen} == {"en", "da", "fr"}
    for hits in seen.values():
        assert sum(hits) / len(hits) >= 0.9


def test_ordinary_chats_rarely_raise_an_alert() -> None:
    lines = benign_lines()
    assert len(lines) >= 60
    with_signals = [line for line in lines if signals_in(line)]
    rng = random.Random(20240601)
    chats = 2000
    alerts = 0
    for _ in range(chats):
        risk = GroomingRisk()
        alerts += any([risk.observe(line) for line in rng.sample(lines, 20)])
    rate = alerts / chats
    print(f"\nbenign lines with a signal: {len(with_signals)}/{len(lines)}: {with_signals}")
    print(f"false alerts: {rate:.1%} of {chats} simulated chats of 20 lines")
    assert rate <= 0.05


GROOMER = [
    "hey",
    "asl?",
    "cool. what's your snap?",
    "let's move to snap, this site is laggy",
    "don't tell your parents ok",
]


def test_a_grooming_conversation_alerts_once_and_only_once() -> None:
    risk = GroomingRisk(model=SILENT)
    alerts = [risk.observe(line) for line in GROOMER]
    assert alerts == [False, False, False, True, False]
    assert risk.score >= ALERT_THRESHOLD
    assert risk.signals == {
        Signal.ASKS_AGE,
        Signal.ASKS_CONTACT,
        Signal.MOVES_APP,
        Signal.SECRECY,
    }
    assert not any(risk.observe(line) for line in GROOMER)


def test_asking_age_and_for_a_snap_alone_does_not_alert() -> None:
    risk = GroomingRisk(model=SILENT)
    assert not risk.observe("asl?")
    assert not risk.observe("got snap?")
    assert risk.score == 3


def test_giving_ones_own_handle_after_asking_for_theirs_is_one_exchange() -> None:
    risk = GroomingRisk(model=SILENT)
    assert not any(risk.observe(text) for text in ["how old r u", "insta?", "mines @mia.draws"])
    assert risk.score == 3
    assert Signal.ASKS_CONTACT in risk.last  # still named for a report
    # Asked for again, it is a repeat.
    assert risk.observe("whats ur snap?")
    assert risk.score == 4


def test_asking_to_be_added_just_after_the_exchange_ends_it() -> None:
    risk = GroomingRisk(model=SILENT)
    chat = ["t'as quel âge", "t'as snap? moi c'est lea.mrt", "ajoute moi si tu veux"]
    assert not any(risk.observe(text) for text in chat)
    assert risk.score == 3
    # Unasked, or with more said, "add me" is a move elsewhere.
    later = GroomingRisk(model=SILENT)
    chat = ["how old r u", "got snap?", "ok", "add me"]
    assert [later.observe(text) for text in chat] == [False, False, False, True]
    more = GroomingRisk(model=SILENT)
    assert more.observe("how old r u") is False
    assert more.observe("got snap?") is False
    assert more.observe("add me, we can talk more there")
    # With one's own handle it is the same exchange; with an app named it is a move.
    own = GroomingRisk(model=SILENT)
    chat = ["age?", "u got snap?", "mines ellie.rr_ add me if u want"]
    assert not any(own.observe(text) for text in chat)
    app = GroomingRisk(model=SILENT)
    chat = ["age?", "u got snap?", "mines ellie.rr_", "add me kik"]
    assert [app.observe(text) for text in chat] == [False, False, False, True]
    # After a picture was asked for, or unasked, "add me" is a move elsewhere.
    pics = GroomingRisk(model=SILENT)
    chat = ["hvor gammel er du", "send et billede af dig", "tilføj mig"]
    assert [pics.observe(text) for text in chat] == [False, False, True]
    unasked = GroomingRisk(model=SILENT)
    assert [unasked.observe(text) for text in ["hi", "add me: lea_k09"]] == [False, True]


def test_repeating_one_signal_adds_up_to_a_cap() -> None:
    risk = GroomingRisk(model=SILENT)
    results = [risk.observe("send pics") for _ in range(5)]
    assert results == [False, False, True, False, False]
    assert risk.score == 4
    age = GroomingRisk(model=SILENT)
    assert not any(age.observe("how old are you?") for _ in range(10))
    assert age.score == 2


def test_a_strong_signal_alone_alerts_when_it_comes_back_once() -> None:
    secrecy = GroomingRisk(model=SILENT)
    assert not secrecy.observe("delete this chat after ok")
    assert secrecy.observe("and make sure your parents never see it")
    party = GroomingRisk(model=SILENT)
    assert not party.observe("dont tell anyone about the surprise party")
    assert not party.observe("see you saturday then")
    assert party.score == 1  # a surprise party named: its secret weighs like asking age


@pytest.mark.parametrize(
    "chat",
    [
        ["can u keep a secret", "we're planning a surprise party for my mum", "dont tell anyone"],
        ["kan du holde på en hemmelighed", "vi holder en overraskelsesfest for min søster",
         "sig det ikke til nogen"],
        ["tu sais garder un secret ?", "on prépare une fête surprise pour ma soeur",
         "dis-le à personne"],
    ],
)  # fmt: skip
def test_secrets_about_a_surprise_for_someone_else_do_not_alert(chat: list[str]) -> None:
    risk = GroomingRisk(model=SILENT)
    assert not any(risk.observe(text) for text in chat)
    assert Signal.SECRECY in risk.signals


@pytest.mark.parametrize(
    "chat",
    [
        ["i have a surprise for you", "can u keep a secret", "dont tell anyone"],
        ["jeg har en overraskelse til dig", "kan du holde på en hemmelighed",
         "sig det ikke til nogen"],
        ["j'ai une surprise pour toi", "tu sais garder un secret ?", "dis-le à personne"],
    ],
)  # fmt: skip
def test_a_surprise_for_them_still_leaves_the_secret_its_weight(chat: list[str]) -> None:
    risk = GroomingRisk(model=SILENT)
    assert any(risk.observe(text) for text in chat)


def test_a_surprise_for_someone_else_lends_its_weight_only_to_the_secrecy_around_it() -> None:
    # "the prettiest girl on here" is no one else: the secrecy that follows weighs in full.
    risk = GroomingRisk(model=SILENT)
    chat = [
        "i have a surprise for the prettiest girl on here",
        "dont tell your mum about me",
        "delete this chat after",
    ]
    assert [risk.observe(text) for text in chat] == [False, False, True]
    # Named, then secrecy four messages on: about something else, in full.
    risk = GroomingRisk(model=SILENT)
    chat = ["planning a surprise party for my mum", "anyway", "what music do u like", "cool"]
    later = ["dont tell your parents about me", "delete this chat after"]
    assert [risk.observe(text) for text in chat + later] == [False] * 5 + [True]


def test_each_side_is_scored_on_what_the_other_sends() -> None:
    # One GroomingRisk per stranger at risk, fed by the partner's messages only.
    for_alice, for_bob = GroomingRisk(model=SILENT), GroomingRisk(model=SILENT)
    bob_says = ["how old are you", "our secret ok", "where do you live"]
    alice_says = ["i'm 25", "what?", "bye"]
    alerts_for_alice = [for_alice.observe(text) for text in bob_says]
    alerts_for_bob = [for_bob.observe(text) for text in alice_says]
    assert alerts_for_alice == [False, True, False]
    assert alerts_for_bob == [False, False, False]


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("wh4ts ur sn4p?", Signal.ASKS_CONTACT),
        ("ｈｏｗ ｏｌｄ ａｒｅ ｙｏｕ", Signal.ASKS_AGE),
        ("my number is 555-123-4567", Signal.ASKS_CONTACT),
        ("DON'T TELL ANYONE", Signal.SECRECY),
    ],
)
def test_disguised_signals_are_read(text: str, signal: Signal) -> None:
    assert signal in signals_in(text)


def test_a_lower_threshold_alerts_sooner() -> None:
    risk = GroomingRisk(threshold=1, model=SILENT)
    assert risk.observe("asl")
    assert not risk.observe("asl")


def test_handles_given_unasked_each_count() -> None:
    risk = GroomingRisk(model=SILENT)
    risk.observe("my snap is xx_12")
    risk.observe("and my insta is yy_13")
    assert risk.score == 3
