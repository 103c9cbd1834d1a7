"""Chat that looks like chat, for the benchmarks: every message different, in several languages,
with digits, times, prices, punctuation, links and contact details, some of them long.

The lines are tests/safety/benign_chat.txt (en, da, fr) and bench/chat_lines.txt (what that file
has little of, de and es too). `chat_lines` makes messages of them for bench/longchat.py;
`write_texts` gives the load generator its own (bench/loadgen/loadgen.js `--texts`), so that
strangerchat and the reference relay get the same ones.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from strangerchat.safety.contacts import mask_contacts
from strangerchat.safety.links import remove_links
from strangerchat.safety.minor import says_under_18

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "tests" / "safety" / "benign_chat.txt", ROOT / "bench" / "chat_lines.txt")
LONG_SHARE = 0.05  # messages of several lines, a paragraph of a few hundred characters


def _lines() -> list[str]:
    return [line for path in SOURCES for line in path.read_text().splitlines() if line]


def chat_lines(count: int, seed: int = 13) -> list[str]:
    """`count` different messages: pairs of lines (some with a number after them), a few long.

    None of them reads as a writer under 18, even as the answer to "how old are you?": the
    server would end that writer's chat, and a benchmark's chat must go on.
    """
    lines = _lines()
    chooser = random.Random(seed)
    messages: list[str] = []
    seen: set[str] = set()
    while len(messages) < count:
        if chooser.random() < LONG_SHARE:
            text = " ".join(chooser.choice(lines) for _ in range(chooser.randrange(4, 9)))
        else:
            text = f"{chooser.choice(lines)} {chooser.choice(lines)}"
        if chooser.random() < 0.3:
            text += f" {chooser.randrange(1, 10_000)}"
        if text not in seen and not says_under_18(text, asked_age=True):
            seen.add(text)
            messages.append(text)
    return messages


# The generator's latency probes end in " t" and their send time in microseconds.
PROBE_ENDS = (" t1234567", " t12345678901")


def write_texts(path: Path, count: int = 4000) -> Path:
    """The load generator's messages, as a JSON list in `path`: those whose probe's send time
    reaches the partner as sent ("... skype t123" would read as a handle and be masked)."""
    texts = [text for text in chat_lines(count, seed=7) if _keeps_probe_time(text)]
    path.write_text(json.dumps(texts, ensure_ascii=False))
    return path


def _keeps_probe_time(text: str) -> bool:
    return all(remove_links(mask_contacts(text + end)).endswith(end) for end in PROBE_ENDS)
