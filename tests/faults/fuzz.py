"""Generated frames for the fuzzer: valid shapes with wild values, broken JSON, deep nesting."""

from __future__ import annotations

import json
import random
from typing import Any

FRAME_TYPES = (
    "start",
    "send",
    "typing",
    "stopped_typing",
    "stop_looking",
    "disconnect",
    "block",
    "report",
    "resume",
    "nope",
)
FIELDS = ("text", "interests", "language", "question", "category", "note", "token", "after", "x")


def wild_value(rng: random.Random, depth: int = 0) -> Any:
    """A value of any JSON kind, often one a handler does not expect."""
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 1, 2**63, -(2**70), 10**400 // 10**399])
    if kind == 3:
        return rng.choice([1e308, -0.0, 3.5])
    if kind == 4:
        return "".join(
            rng.choice('aZ9 .@/:\u00e6\u00f8\u00e5\u00e9\u200b\u202e\U0001f600\x00\\"')
            for _ in range(rng.randrange(40))
        )
    if kind == 5:
        return "x" * rng.choice([0, 1999, 2000, 2001, 9000])
    if kind == 6:
        return [wild_value(rng, depth + 1) for _ in range(rng.randrange(12))]
    if kind == 7:
        return {rng.choice(FIELDS): wild_value(rng, depth + 1) for _ in range(rng.randrange(4))}
    return rng.choice(FRAME_TYPES)


def frame(rng: random.Random) -> dict[str, Any]:
    body: dict[str, Any] = {"type": rng.choice(FRAME_TYPES)}
    for _ in range(rng.randrange(4)):
        body[rng.choice(FIELDS)] = wild_value(rng)
    if rng.random() < 0.2:
        body["type"] = wild_value(rng)
    return body


def raw_frame(rng: random.Random) -> str:
    """One WebSocket text frame or HTTP body: mostly JSON, some of it broken on purpose."""
    choice = rng.random()
    text = json.dumps(frame(rng), ensure_ascii=rng.random() < 0.5)
    if choice < 0.6:
        return text
    if choice < 0.7:
        return text[: rng.randrange(len(text) + 1)]  # cut short
    if choice < 0.8:  # a few thousand levels of nesting before the type
        depth = rng.choice([100, 3000, 20000])
        return '{"x":' + "[" * depth + "]" * depth + ',"type":"send","text":"hi"}'
    if choice < 0.9:
        spot = rng.randrange(len(text))
        return text[:spot] + rng.choice(["\\", '"', "}", "\u0000", "\ud800"]) + text[spot + 1 :]
    return rng.choice(["", "null", "[]", "1", '"send"', "{}", "{" * 50])


def omegle_form(rng: random.Random, ids: list[str]) -> dict[str, str]:
    """A form for an Omegle call: known or made-up ids, wild messages and topics."""
    form: dict[str, str] = {}
    if rng.random() < 0.8:
        form["id"] = rng.choice([*ids, "", "central2:x", "\u00ff" * 5, "a" * 300])
    if rng.random() < 0.6:
        form["msg"] = str(wild_value(rng))
    if rng.random() < 0.3:
        form[rng.choice(["topics", "lang", "randid", "wantsspy", "x"])] = raw_frame(rng)[:200]
    return form
