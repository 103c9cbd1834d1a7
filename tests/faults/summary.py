"""What the fault suite held, printed as one line at the end of the run (tests/conftest.py)."""

from __future__ import annotations

import collections

# Filled in by the fault tests: a case counts once its every assertion has passed.
TALLY: collections.Counter[str] = collections.Counter()


def case_held() -> None:
    TALLY["cases held"] += 1


def line() -> str | None:
    """`fault suite: 9 cases held, 10266 frames fuzzed, 0 cross-session deliveries, …`."""
    if not TALLY:
        return None
    names = ("cases held", "frames fuzzed", "cross-session deliveries", "flood frames")
    return "fault suite: " + ", ".join(f"{TALLY[name]} {name}" for name in names)
