"""The labelled sets' split is fixed, and `python -m tests.safety.measure` runs on them."""

from __future__ import annotations

import pytest

from tests.safety import measure


def _lines(name: str, half: str, batch: str = "") -> list[str]:
    path = measure.LABELLED / half / f"{name}{batch}.tsv"
    return path.read_text(encoding="utf-8").splitlines()[1:] if path.exists() else []


@pytest.mark.parametrize("batch", measure.BATCHES)
@pytest.mark.parametrize("name", list(measure.RULES))
def test_each_half_is_what_the_fixed_split_gives(name: str, batch: str) -> None:
    # Each batch file is split on its own: a later batch never moves an earlier row.
    stored = {half: _lines(name, half, batch) for half in measure.HALVES}
    again = measure.split(stored["dev"] + stored["test"])
    for half in measure.HALVES:
        assert sorted(again[half]) == sorted(stored[half])
    assert not set(stored["dev"]) & set(stored["test"])


# Every later batch and set, but batch 8 holds no link lines, batch 9 only trip-wire lines
# and chats, batches 10 to 16 no link lines.
LATER = [(name, batch) for batch in range(2, 17) for name in measure.RULES]
for missing in [
    ("links", 8),
    ("links", 9),
    ("contacts", 9),
    ("links", 10),
    ("links", 11),
    ("links", 12),
    ("links", 13),
    ("links", 14),
    ("links", 15),
    ("links", 16),
]:
    LATER.remove(missing)


@pytest.mark.parametrize(("name", "batch"), LATER)
def test_a_later_batch_is_its_source_split_and_repeats_no_earlier_line(
    name: str, batch: int
) -> None:
    source = measure.LABELLED / f"batch{batch}" / f"{name}.tsv"
    lines = [line for line in source.read_text(encoding="utf-8").splitlines()[1:] if line]
    split = _lines(name, "dev", f".{batch}") + _lines(name, "test", f".{batch}")
    assert sorted(split) == sorted(lines)
    # The text with its context: the same line under another label or class is a repeat too.
    earlier = {
        tuple(line.split("\t")[3:])
        for half in measure.HALVES
        for before in measure.BATCHES[: batch - 1]
        for line in _lines(name, half, before)
    }
    texts = [tuple(line.split("\t")[3:]) for line in lines]
    assert len(set(texts)) == len(texts)
    assert not set(texts) & earlier


def test_the_trip_wire_set_is_still_the_one_it_was() -> None:
    assert len(_lines("tripwire", "dev")) + len(_lines("tripwire", "test")) >= 624


def test_every_half_reads_every_batch() -> None:
    for half in measure.HALVES:
        assert _lines("tripwire", half, ".2")
        assert _lines("tripwire", half, ".3")
        assert _lines("tripwire", half, ".4")
        assert _lines("tripwire", half, ".5")
        rows = measure.read("tripwire", half)
        assert len(rows) == sum(len(_lines("tripwire", half, b)) for b in measure.BATCHES)
        assert len(measure.read("tripwire", half, batches=[""])) == len(_lines("tripwire", half))


def test_the_command_prints_every_set_and_half(capsys: pytest.CaptureFixture[str]) -> None:
    measure.main(["--classes"])
    out = capsys.readouterr().out
    assert "tripwire (dev)" in out
    assert "tripwire (test)" in out
    assert "en 1 direct" in out


def test_direct_statements_are_still_mostly_caught() -> None:
    # A floor far below the figures in docs/safety.md: it catches a rule broken outright.
    by_language, by_class = measure.measure("tripwire", "dev")
    direct = [t for (_, kind, _), t in by_class.items() if kind == "direct"]
    assert sum(t.caught for t in direct) / sum(t.positives for t in direct) >= 0.7
    assert by_language["all"].flagged / by_language["all"].negatives <= 0.3


def test_the_dev_option_prints_the_development_half_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    measure.main(["--dev"])
    out = capsys.readouterr().out
    assert "tripwire (dev)" in out
    assert "(test)" not in out


def test_the_batch_option_reads_that_batch_alone(capsys: pytest.CaptureFixture[str]) -> None:
    measure.main(["--dev", "--batch", "4"])
    out = capsys.readouterr().out.split("grooming (dev)")[1]
    fresh, _ = measure.measure("grooming", "dev", [".4"])
    every, _ = measure.measure("grooming", "dev")
    assert f"  all  {fresh['all']}" in out
    assert fresh["all"].positives < every["all"].positives


def _chat(label: bool, *messages: str) -> measure.Row:
    return measure.Row(label, "en", "test", "", " || ".join(messages))


def test_in_the_guard_a_chat_ends_where_the_writer_says_they_are_under_18(
    capsys: pytest.CaptureFixture[str],
) -> None:
    in_guard = measure.IN_THE_GUARD["grooming"]
    # Peers: "14 here" ends the chat before the snap swap that would have alerted.
    peers = ("how old r u", "14 here", "whats ur snap?", "lets move to snap", "add me: mia_09")
    assert measure.RULES["grooming"](_chat(False, *peers))
    assert not in_guard(_chat(False, *peers))
    # A risky chat so ended protects the partner: it counts as caught.
    assert in_guard(_chat(True, "how old r u", "im 14 too lol", "keep this between us"))
    assert not in_guard(_chat(True, "hi", "how was school"))
    measure.main(["--batch", "10"])
    assert "grooming in the guard (test)" in capsys.readouterr().out
