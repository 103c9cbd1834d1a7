"""How well the text rules do on the labelled lines: `python -m tests.safety.measure`.

Prints, for each labelled set in `tests/safety/labelled/` and each half (dev, test; each half
reads every batch file of the set, `<set>.tsv`, `<set>.2.tsv`, and so on): recall on
the lines that should be caught and the false-positive rate on the others, per language and per
class. Tune the rules on `dev` only; `test` is for reporting.

Sets: `tripwire.tsv` (says_under_18; the context column, the partner's previous message, counts
only as "the partner just asked my age", as the guard sees it), `contacts.tsv` (mask_contacts),
`links.tsv` (remove_links), `grooming.tsv` (whole chats: what one stranger sends, messages
separated by " || "; caught when GroomingRisk alerts the other). Each row: label (1 = should
be caught), language, class, then the text (tripwire.tsv has a context column before it). A
line counts as caught when the rule fires or alters it, and as a false positive when it does so
on a line labelled 0.

The grooming chats are also run through the MessageGuard as the service runs them ("grooming in
the guard"): a message the trip-wire reads as the writer saying they are under 18 ends the chat
there, before any alert. A risky chat counts as caught when the partner is alerted or the chat
is ended so; an ordinary chat as a false alert only when the partner is alerted.
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from strangerchat.safety.contacts import mask_contacts
from strangerchat.safety.grooming import GroomingRisk, Signal, signals_in
from strangerchat.safety.links import remove_links
from strangerchat.safety.messages import MessageGuard
from strangerchat.safety.minor import says_under_18
from strangerchat.safety.tripwire import asks_a_question, asks_if_adult

LABELLED = Path(__file__).with_name("labelled")
HALVES = ("dev", "test")
# Each batch of lines is split on its own, so a later batch never moves an earlier row between
# halves: batch 1 is `<set>.tsv`, batch N `<set>.N.tsv` (written by `tests.safety.split_batch N`).
BATCHES = (
    "",
    ".2",
    ".3",
    ".4",
    ".5",
    ".6",
    ".7",
    ".8",
    ".9",
    ".10",
    ".11",
    ".12",
    ".13",
    ".14",
    ".15",
    ".16",
)


@dataclass(frozen=True)
class Row:
    label: bool
    language: str
    kind: str  # the class: what the line tests
    context: str
    text: str


def asked(row: Row) -> tuple[bool, bool, bool]:
    """Whether the partner's previous message asked an age, whether it asked if the writer is
    18 yet, and whether it asked something else, as the guard knows them (messages.py)."""
    age = bool(row.context) and Signal.ASKS_AGE in signals_in(row.context)
    other = bool(row.context) and not age and asks_a_question(row.context)
    return age, age and asks_if_adult(row.context), other


def _tripwire(row: Row) -> bool:
    return says_under_18(row.text, *asked(row))


def _grooming(row: Row) -> bool:
    risk = GroomingRisk()
    return any([risk.observe(message) for message in row.text.split(" || ")])


def _grooming_in_guard(row: Row) -> bool:
    guard = MessageGuard()
    for message in row.text.split(" || "):
        verdict = guard.check("writer", "partner", message)
        if verdict.minor:
            return row.label  # the chat ends here: the partner is safe, and no alert is shown
        if verdict.alert_partner:
            return True
    return False


RULES: dict[str, Callable[[Row], bool]] = {
    "tripwire": _tripwire,
    "contacts": lambda row: mask_contacts(row.text) != row.text,
    "links": lambda row: remove_links(row.text) != row.text,
    "grooming": _grooming,
}


def read(name: str, half: str, batches: Iterable[str] = BATCHES) -> list[Row]:
    """The rows of one set's half, every batch file in turn; a missing file gives none."""
    rows = []
    for batch in batches:
        path = LABELLED / half / f"{name}{batch}.tsv"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            context = fields[3] if len(fields) == 5 else ""
            rows.append(Row(fields[0] == "1", fields[1], fields[2], context, fields[-1]))
    return rows


def split(lines: Iterable[str]) -> dict[str, list[str]]:
    """The fixed split: within each (label, language, class) group, sorted by the BLAKE2b hash
    of the row, alternate rows go to dev and test, dev first."""
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for line in lines:
        groups[tuple(line.split("\t")[:3])].append(line)
    halves: dict[str, list[str]] = {half: [] for half in HALVES}
    for group in groups.values():
        ordered = sorted(group, key=lambda line: hashlib.blake2b(line.encode()).hexdigest())
        for i, line in enumerate(ordered):
            halves[HALVES[i % 2]].append(line)
    return halves


@dataclass
class Tally:
    caught: int = 0
    positives: int = 0
    flagged: int = 0
    negatives: int = 0

    def add(self, row: Row, fired: bool) -> None:
        if row.label:
            self.positives += 1
            self.caught += fired
        else:
            self.negatives += 1
            self.flagged += fired

    def __str__(self) -> str:
        recall = (
            f"{self.caught / self.positives:6.1%} of {self.positives:3}"
            if self.positives
            else " " * 13
        )
        wrong = (
            f"{self.flagged / self.negatives:6.1%} of {self.negatives:3}" if self.negatives else ""
        )
        return f"caught {recall}   false {wrong}"


# Besides RULES, each read on its set: the grooming chats as the guard runs them.
IN_THE_GUARD: dict[str, Callable[[Row], bool]] = {"grooming": _grooming_in_guard}


def measure(
    name: str,
    half: str,
    batches: Iterable[str] = BATCHES,
    rule: Callable[[Row], bool] | None = None,
) -> tuple[dict[str, Tally], dict[tuple[str, str, bool], Tally]]:
    """Tallies per language (and "all"), and per (language, class, label), of `rule` (the set's
    own in RULES by default)."""
    rule = RULES[name] if rule is None else rule
    by_language: dict[str, Tally] = defaultdict(Tally)
    by_class: dict[tuple[str, str, bool], Tally] = defaultdict(Tally)
    for row in read(name, half, batches):
        fired = rule(row)
        for key in (row.language, "all"):
            by_language[key].add(row, fired)
        by_class[row.language, row.kind, row.label].add(row, fired)
    return by_language, by_class


def main(argv: list[str]) -> None:
    """`--classes` adds the figures per class; `--dev` prints the development half alone (what
    one tunes on), so that tuning never looks at the test half; `--batch N` reads batch N alone
    (1 is `<set>.tsv`), so that a fresh batch can be reported on its own."""
    classes = "--classes" in argv
    halves = ("dev",) if "--dev" in argv else HALVES
    batches: tuple[str, ...] = BATCHES
    if "--batch" in argv:
        number = argv[argv.index("--batch") + 1]
        batches = ("" if number == "1" else f".{number}",)
    readers = [(name, name, rule) for name, rule in RULES.items()]
    readers += [(f"{name} in the guard", name, rule) for name, rule in IN_THE_GUARD.items()]
    for title, name, rule in readers:
        for half in halves:
            by_language, by_class = measure(name, half, batches, rule)
            if not by_language:
                continue
            print(f"{title} ({half})")
            for language in ("en", "da", "fr", "all"):
                print(f"  {language:4} {by_language[language]}")
            if classes:
                for (language, kind, label), tally in sorted(by_class.items()):
                    print(f"    {language} {int(label)} {kind:16} {tally}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
