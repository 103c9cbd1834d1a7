"""as_digits: number words from nine to nineteen, spelt right or one letter off, become digits."""

from __future__ import annotations

import pytest

from strangerchat.safety.normalise import normalise
from strangerchat.safety.number_words import as_digits, has_number_word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im fourteen", "im 14"),
        ("im fourten", "im 14"),
        ("im fortheen", "im 14"),
        ("im fifteeen", "im 15"),
        ("jeg er fjårten", "jeg er 14"),
        ("jeg er sejsten år", "jeg er 16 ar"),
        ("jeg er syttn", "jeg er 17"),
        ("j'ai kinze ans", "j'ai 15 ans"),
        ("j'ai sèze ans", "j'ai 16 ans"),
        ("j'ai dix-sept ans", "j'ai 17 ans"),
        ("j'ai dix sept ans", "j'ai 17 ans"),
        ("pas encore dix-huit", "pas encore 18"),
        ("four teen", "14"),
        ("ten ni neuf", "10 9 9"),
    ],
)
def test_number_words_become_digits(text: str, expected: str) -> None:
    assert as_digits(normalise(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "then we left",  # "then" without its "h" is "ten", but short words must be spelt right
        "what size is it",
        "til festen i aften",
        "je suis élève",
        "jeg går i femte",
        "dix huitres",  # not "dix-huit"
    ],
)
def test_other_words_stay(text: str) -> None:
    normalised = normalise(text)
    words = normalised.replace("'", " ").split()
    assert as_digits(normalised) == normalised or text == "dix huitres"
    assert not has_number_word(words) or text == "dix huitres"


def test_dix_before_another_word_is_still_ten() -> None:
    assert as_digits("dix huitres") == "10 huitres"


def test_english_ordinals_become_ordinal_digits() -> None:
    assert as_digits("my fourteenth birthday") == "my 14th birthday"
    assert has_number_word(["my", "sixteenth"])


def test_a_misspelt_two_word_number_is_found_and_read() -> None:
    words = ["j", "ai", "dis", "sept", "ans"]
    assert has_number_word(words)
    assert as_digits(normalise("j'ai dis-sept ans")) == "j'ai 17 ans"
    assert not has_number_word(["sept", "ans"])


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("som femtenarig", "som 15arig"),
        ("de fjortenarige", "de 14arige"),
        ("min sekstenars fødselsdag", "min 16ars fødselsdag"),
        ("years and dollars", "years and dollars"),
    ],
)
def test_a_danish_age_and_arig_in_one_word_is_read(text: str, read: str) -> None:
    assert as_digits(text) == read
