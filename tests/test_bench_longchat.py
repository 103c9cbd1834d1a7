"""The long-chat benchmark (bench/longchat.py) runs, on chat that looks like chat.

What a late message costs next to an early one is measured by `python -m bench.longchat`,
never asserted here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bench import longchat

ROOT = Path(__file__).resolve().parent.parent


def test_every_message_of_a_long_chat_is_different_and_some_carry_digits_and_links() -> None:
    messages = longchat.chat_lines(5000)
    assert len(set(messages)) == 5000
    assert sum(bool(re.search(r"\d{7,}|\d[\d ]{6,}\d", text)) for text in messages) > 100
    assert sum("https://" in text for text in messages) > 10
    assert sum(not text.isascii() for text in messages) > 100


def test_the_guard_is_priced_at_each_mark() -> None:
    costs = longchat.guard_costs((10, 50), window=5, repeats=1)
    assert set(costs) == {10, 50}
    assert all(cost > 0 for cost in costs.values())


def test_the_smoke_run_prints_both_ratios() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.longchat", "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=50,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["guard (in process)", "server CPU"]
    assert all(re.search(r"ratio \d+\.\d\d$", line) for line in lines)
