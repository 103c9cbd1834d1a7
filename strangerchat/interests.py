"""Interest tags as people type them, made comparable: trimmed, lower-cased, de-duplicated."""

from __future__ import annotations

import unicodedata

from strangerchat.errors import Code, Rejected

# Shared by every session without interests: each frozenset() is a new object of 216 bytes.
NO_INTERESTS: frozenset[str] = frozenset()

MAX_INTEREST_LENGTH = 40


def normalise_interest(raw: str) -> str:
    """NFKC (full-width letters become plain), case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", raw).casefold().split())


def normalise_interests(raw: list[str], max_count: int) -> frozenset[str]:
    """The set of tags to match on, or Rejected naming the first problem."""
    tags: dict[str, None] = {}
    for item in raw:
        tag = normalise_interest(item)
        if not 1 <= len(tag) <= MAX_INTEREST_LENGTH:
            raise Rejected(
                Code.BAD_INTEREST,
                f"each interest is 1 to {MAX_INTEREST_LENGTH} characters long, got {item!r}",
            )
        tags[tag] = None
    if len(tags) > max_count:
        raise Rejected(Code.TOO_MANY_INTERESTS, f"at most {max_count} interests, got {len(tags)}")
    return frozenset(tags) if tags else NO_INTERESTS
