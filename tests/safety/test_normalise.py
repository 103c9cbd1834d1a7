"""normalise, unleet, fold and spam_fingerprint: one spelling for the many ways to write a thing."""

# ruff: noqa: RUF001, RUF003  # disguised text, look-alike letters included, is what is tested

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strangerchat.safety.normalise import (
    MIN_SPAM_LETTERS,
    fold,
    normalise,
    spam_fingerprint,
    unleet,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello  World", "hello world"),
        ("ＨＥＬＬＯ ｗｏｒｌｄ", "hello world"),  # full-width
        ("hеllо", "hello"),  # Cyrillic е and о
        ("ΗΕLLΟ", "hello"),  # Greek capitals Η, Ε and Ο
        ("h\u200be\u200cl\u200dl\ufeffo", "hello"),  # zero-width
        ("he\u0301llo\u0308", "hello"),  # combining marks
        ("Zalgo h̵̡e̷͠l̸l̴o̶", "zalgo hello"),
        ("Café Noël", "cafe noel"),
        ("jeg går på Ærø", "jeg gar pa ærø"),
        ("J’ai 14 ans", "j'ai 14 ans"),  # curly apostrophe
        ("ⓗⓔⓛⓛⓞ 𝐰𝐨𝐫𝐥𝐝 🅷🅸", "hello world hi"),
        ("1\ufe0f\u20e34\ufe0f\u20e3", "14"),  # keycap digits
        ("  tabs\tand\nnewlines  ", "tabs and newlines"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sn4p", "snap"),
        ("d1sc0rd", "discord"),
        ("t3l3gr@m", "telegram"),
        ("s3nd p1c5", "send pics"),
        ("wh4t5 ur $n4p", "whats ur snap"),
        ("im 14", "im 14"),  # numbers on their own stay
        ("14f m14 2nd 4u", "14f m14 2nd 4u"),  # one letter is not enough to be leetspeak
        ("call at 5:30", "call at 5:30"),
    ],
)
def test_unleet(text: str, expected: str) -> None:
    assert unleet(normalise(text)) == expected


def test_fold_keeps_positions_so_matches_map_back_to_the_original() -> None:
    folded = fold("Ｆｒｅｅ\u200b．ｃｏｍ ok")
    assert folded.text == "free.com ok"
    match = re.search(r"free\.com", folded.text)
    assert match is not None
    assert folded.redact(re.compile(r"free\.com"), "[x]") == "[x] ok"


def test_redact_merges_neighbouring_matches_and_keeps_the_rest() -> None:
    folded = fold("A b C d")
    assert folded.redact(re.compile(r"[ac]"), "#") == "# b # d"
    assert fold("a  c d").redact(re.compile(r"[ac]"), "#") == "# d"
    assert fold("nothing").redact(re.compile(r"x"), "#") == "nothing"


@given(st.text(max_size=200))
def test_fold_never_changes_the_length_unless_it_drops_invisibles(text: str) -> None:
    folded = fold(text)
    if folded.offsets is None:
        assert len(folded.text) == len(text)
    else:
        assert len(folded.offsets) == len(folded.text) < len(text)
        assert folded.offsets == sorted(set(folded.offsets))


@given(st.text(max_size=200))
def test_normalise_is_idempotent_enough_for_matching(text: str) -> None:
    once = normalise(text)
    assert "  " not in once
    assert once == once.strip()


def test_spam_fingerprint_ignores_case_spacing_punctuation_and_disguises() -> None:
    pitch = "Hey! I'm Jenny, check out my private pics on my profile"
    variants = [
        "hey im jenny check out my private pics on my profile",
        "HEY!!! I'm   Jenny... check out my private pics on my profile :)",
        "Hеy I'm Jеnny, chеck out my privatе pics on my profilе",  # Cyrillic е
        "ｈｅｙ ｉ'ｍ ｊｅｎｎｙ check out my private p1cs on my profile",
        "hey i\u200bm jenny check out my private pics on my profile",
    ]
    fingerprint = spam_fingerprint(pitch)
    assert len(fingerprint) == 32
    assert all(spam_fingerprint(v) == fingerprint for v in variants)
    assert spam_fingerprint("hey im jenny check out my public pics on my profile") != fingerprint


def test_spam_fingerprint_is_empty_for_short_greetings_and_keeps_no_text() -> None:
    assert spam_fingerprint("hi") == ""
    assert spam_fingerprint("hey, how are you?") == ""
    assert spam_fingerprint("a" * MIN_SPAM_LETTERS) != ""
    fingerprint = spam_fingerprint("canary-string-that-must-not-be-kept")
    assert "canary" not in fingerprint
