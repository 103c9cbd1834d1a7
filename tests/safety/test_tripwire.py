"""says_under_18 on the labelled phrase set: recall at least 90 %, false positives at most 2 %."""

from __future__ import annotations

from pathlib import Path

import pytest

from strangerchat.safety.tripwire import says_under_18

PHRASES = Path(__file__).with_name("tripwire_phrases.tsv")


def labelled() -> list[tuple[bool, str, str]]:
    rows = []
    for line in PHRASES.read_text(encoding="utf-8").splitlines():
        label, language, phrase = line.split("\t")
        rows.append((label == "1", language, phrase))
    return rows


def test_the_phrase_set_is_big_and_covers_three_languages() -> None:
    rows = labelled()
    assert len(rows) >= 200
    for language in ("en", "da", "fr"):
        assert any(minor and lang == language for minor, lang, _ in rows)
        assert any(not minor and lang == language for minor, lang, _ in rows)


def test_recall_and_false_positives_are_within_bounds() -> None:
    rows = labelled()
    minors = [phrase for minor, _, phrase in rows if minor]
    others = [phrase for minor, _, phrase in rows if not minor]
    missed = [phrase for phrase in minors if not says_under_18(phrase)]
    flagged = [phrase for phrase in others if says_under_18(phrase)]
    recall = 1 - len(missed) / len(minors)
    false_positives = len(flagged) / len(others)
    print(f"\ntrip-wire recall {recall:.1%} ({len(minors)} phrases), missed: {missed}")
    print(f"trip-wire false positives {false_positives:.1%} ({len(others)}), flagged: {flagged}")
    assert recall >= 0.90
    assert false_positives <= 0.02


@pytest.mark.parametrize("language", ["en", "da", "fr"])
def test_each_language_is_read(language: str) -> None:
    minors = [p for minor, lang, p in labelled() if minor and lang == language]
    caught = sum(says_under_18(p) for p in minors)
    assert caught / len(minors) >= 0.85


@pytest.mark.parametrize(
    "message",
    ["", "   ", "14", "im", "1" * 2000, "im " * 600, "14 " * 600, "j'ai " * 400 + "40 ans"],
)
def test_edge_input_is_not_a_minor(message: str) -> None:
    assert not says_under_18(message)
