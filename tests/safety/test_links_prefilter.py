"""remove_links scans a message only for the kinds of link it can hold, and removes what the
scan for every kind removed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from strangerchat.safety import links
from strangerchat.safety.links import LINK_REMOVED, remove_links
from strangerchat.safety.normalise import Reading
from tests.safety.test_contacts_prefilter import corpus
from tests.safety.test_links import LINKS, NEW_ENDINGS, RUN_ON_SENTENCES, SENTENCES

# What the patterns of links.py are made of: separators, dot words, slashes, brackets, digits
# for addresses, top-level domains, known hosts.
PIECES = [
    *"abcdemotx019",
    "freepics",
    "example",
    " ",
    "\t",
    ".",
    " . ",
    ",",
    "-",
    "/",
    "\\",
    "·",
    "[.]",
    "(dot)",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "{",
    "}",
    "dot",
    "d0t",
    "punktum",
    "point",
    "slash",
    "skråstreg",
    "com",
    "net",
    "org",
    "prik",
    "co",
    "fr",
    "ly",
    "me",
    "gg",
    "so",
    "it",
    "www",
    "http",
    "://",
    "192",
    "168",
    "@",
    "the",
]


def full_scan(text: str) -> str:
    """remove_links scanning for every kind of link, whatever the message holds."""
    folded = Reading.of(text).folded
    if links._TRIGGER.search(folded.text) is None:
        return folded.original
    return folded.redact(links._LINK, LINK_REMOVED, links._accept)


def test_the_corpora_and_the_link_tables_lose_what_the_full_scan_removes() -> None:
    lines = corpus() + [message for message, _ in LINKS] + SENTENCES
    lines += [*NEW_ENDINGS, *RUN_ON_SENTENCES]
    lines = [line if isinstance(line, str) else line[0] for line in lines]
    assert len(lines) > 6000
    assert [remove_links(text) for text in lines] == [full_scan(text) for text in lines]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_any_mix_of_link_parts_loses_what_the_full_scan_removes(text: str) -> None:
    assert remove_links(text) == full_scan(text)


def test_a_message_with_only_a_slash_is_not_scanned_for_spelled_out_dots() -> None:
    needs = links._needs(Reading("we won 27/30 last night").folded.text)
    assert "slash" in needs
    assert "loose" not in needs
    assert "bracket" not in needs
