"""docs/safety.md names tests by file::name: every one it names must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CITED = re.compile(r"`?(tests/[\w/]+\.py)::(\w+)")


def test_every_test_the_safety_doc_names_exists() -> None:
    doc = (ROOT / "docs" / "safety.md").read_text("utf-8")
    cited = CITED.findall(doc)
    assert len(cited) > 40
    for path, name in cited:
        source = (ROOT / path).read_text("utf-8")
        assert re.search(rf"def {name}\(", source), f"{path}::{name}"
