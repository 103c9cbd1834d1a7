"""How long every message's safety checks take: microseconds per message, typical and worst inputs.

`python -m bench.detectors` prints the table. Speed is measured here, never asserted in a test:
tests/safety/test_speed.py only checks that this runs.
"""

# ruff: noqa: RUF001  # disguised text, look-alike letters included, is what is measured

from __future__ import annotations

import timeit
from collections.abc import Callable

from strangerchat.safety.contacts import mask_contacts
from strangerchat.safety.grooming import signals_in
from strangerchat.safety.grooming_model import shipped as grooming_model
from strangerchat.safety.links import remove_links
from strangerchat.safety.messages import MessageGuard
from strangerchat.safety.minor import says_under_18
from strangerchat.safety.normalise import normalise, spam_fingerprint

TYPICAL = {
    "english": "hey, how are you doing today? i like films and jazz",
    "danish": "hej! hvordan går det? jeg kan godt lide film og øl",
    "numbers": "i'm 25 and i live 14 km from the city, you? lol",
    # Seven digits or more that are no phone number: dates, prices, decimals.
    "dates/prices": "we met on 12.05.2023, tickets were 1.250.000 won lol, pi is 3.14159265",
    "phone number": "my number is 0045 12 34 56 78, text me after 18:30",
}
STORY = "so yesterday I watched a film, it was great. then we went out for pizza and talked "
LONG = (STORY * 30)[:2000]


def every_message(text: str) -> None:
    """What the chat does with one message: mask, remove links, trip-wire, grooming, spam."""
    MessageGuard().check("writer", "partner", text)


DETECTORS: dict[str, Callable[[str], object]] = {
    "normalise": normalise,
    "spam_fingerprint": spam_fingerprint,
    "remove_links": remove_links,
    "mask_contacts": mask_contacts,
    "says_under_18": says_under_18,
    "signals_in": signals_in,
    "grooming classifier": lambda text: grooming_model().evidence(text),
    "all of them": every_message,
}

ADVERSARIAL = [
    "a." * 1000,
    "a.com " * 333,
    "a " * 1000,
    "a . " * 500,
    "1 " * 1000,
    "1" * 2000,
    "1." * 1000,
    "one two " * 250,
    "snap " * 400,
    "a at b " * 285,
    "a/b " * 500,
    "www." * 500,
    "a-" * 1000,
    "a" * 2000,
    ("a" * 60 + ".") * 32,
    "im 14 " * 333,
    "14 f " * 400,
    "a[.]" * 500,
    "a dot " * 333,
    "a@b." * 500,
    "@" * 2000,
    "a#1234 " * 285,
    "é\u200b" * 1000,
    "ａ．" * 1000,
    "http" * 500,
    "e x " * 500,
    "j'ai " * 400,
    # A list of things to clear that ends in something else: once tried in millions of ways.
    "chat " * 400 + "x",
    "historik, " * 200 + "x",
]


def microseconds(function: Callable[[str], object], text: str, number: int) -> float:
    # The fastest of several runs: the least disturbed by whatever else the machine is doing.
    return min(timeit.repeat(lambda: function(text), number=number, repeat=5)) / number * 1e6


def table(typical_runs: int = 500, long_runs: int = 20) -> dict[str, dict[str, float]]:
    """Microseconds per message for each detector: each typical text, the long one, the worst."""
    rows: dict[str, dict[str, float]] = {}
    for name, function in DETECTORS.items():
        row = {label: microseconds(function, text, typical_runs) for label, text in TYPICAL.items()}
        row["2000 chars"] = microseconds(function, LONG, long_runs)
        row["worst input"] = max(microseconds(function, text, 1) for text in ADVERSARIAL)
        rows[name] = row
    return rows


def main() -> None:
    rows = table()
    labels = list(next(iter(rows.values())))
    print(f"{'µs per message':18}" + "".join(f"{label:>13}" for label in labels))
    for name, row in rows.items():
        print(f"{name:18}" + "".join(f"{row[label]:13.1f}" for label in labels))


if __name__ == "__main__":
    main()
