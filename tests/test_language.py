"""Matching by language through a real server: the same language first, anyone after the wait."""

from __future__ import annotations

import pytest

from strangerchat.settings import Settings
from tests.test_omegle_api import OmegleUser, json_of

LONG_WAIT = Settings(interest_wait=60, age_gate=False)


@pytest.mark.parametrize("settings", [LONG_WAIT])
async def test_two_strangers_with_one_language_match_at_once_and_are_told(stranger) -> None:
    english, alice, bob = await stranger(), await stranger(), await stranger()
    await english.start(language="en")
    await alice.start(language="da")
    await bob.start(language="DA")
    for one in (alice, bob):
        connected = await one.expect("connected")
        assert (connected["language"], connected["interests"]) == ("da", [])
    assert await english.quiet(0.1) == []  # nobody else speaks English


async def test_different_languages_match_only_after_the_wait(stranger) -> None:
    danish, english = await stranger(), await stranger()
    await danish.start(language="da")
    await english.start(language="en")
    assert await danish.quiet(0.2) == []  # interest_wait is 0.4 s
    for one in (danish, english):
        connected = await one.expect("connected")
        assert (connected["language"], connected["fell_back"]) == (None, False)


async def test_a_shared_interest_in_another_language_waits_too(stranger) -> None:
    danish, english = await stranger(), await stranger()
    await danish.start(["music"], language="da")
    await english.start(["music"], language="en")
    assert await danish.quiet(0.2) == []
    connected = await danish.expect("connected")
    assert (connected["interests"], connected["language"]) == (["music"], None)


@pytest.mark.parametrize("settings", [LONG_WAIT])
async def test_the_omegle_lang_parameter_is_matched_too(client, stranger) -> None:
    browser = await stranger()
    await browser.start(language="fr")
    answer = await json_of(await client.get("/start", params={"lang": "fr", "firstevents": "1"}))
    omegle = OmegleUser(client, answer["clientID"])
    assert (await browser.expect("connected"))["language"] == "fr"
    await omegle.connected([])
