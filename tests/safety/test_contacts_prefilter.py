"""The prefilters of contacts.py (the digits one, and the kinds of contact a full scan looks for)
rule out work and never change what is masked."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bench import detectors, longchat
from strangerchat.safety import contacts
from strangerchat.safety.contacts import CONTACT_REMOVED, mask_contacts
from strangerchat.safety.normalise import Reading
from tests.safety.test_contacts import BENIGN, CONTACTS

HERE = Path(__file__).parent
# Pieces of chat with digits in every shape the phone pattern cares about, and what else makes
# a contact: "@", "#", brackets, "+", " at ", platforms, providers, number words.
PIECES = [
    *"0123456789",
    "12",
    "2023",
    "00",
    "45",
    "555",
    "1234",
    "1.250.000",
    "12.05.2023",
    "3.14",
    ".",
    "..",
    ",",
    " ",
    "  ",
    "-",
    " - ",
    "(",
    ")",
    "+",
    ":",
    "/",
    "#",
    "@",
    "[",
    "at",
    " at ",
    "dot",
    "com",
    "x",
    "kr",
    "snap",
    "insta",
    "gmail",
    "one",
    "five",
    "to",
    "en",
    "my",
    "is",
    # What the kinds of contact in a full scan each need (contacts._needs).
    "discord",
    "5n4p",
    "s\tn\ta\tp",
    "ghost app",
    "on",
    "i",
    "name_1",
    "\t",
    "toogtyve",
    # Apps written as they sound, handles named with no app, and what stands for the app.
    "z",
    "k",
    "æ",
    "znap",
    "dizkord",
    "username",
    "handle",
    "->",
    "?",
    "as",
    "its",
    "c",
    "add",
    "tilføj",
    "søg",
    "everywhere",
    "zero",
]


def before(text: str) -> str:
    """mask_contacts as it was without the digits prefilter."""
    folded = Reading.of(text).folded
    if not contacts._may_have_contact(folded.text):
        return folded.original
    pattern = contacts._contact_pattern(folded.text)
    return folded.redact(pattern, CONTACT_REMOVED, contacts._is_contact)


def corpus() -> list[str]:
    lines = [message for message, _ in CONTACTS] + BENIGN
    lines += (HERE / "benign_chat.txt").read_text("utf-8").splitlines()
    for tsv in ("grooming_corpus.tsv", "tripwire_phrases.tsv"):
        lines += [row.split("\t")[-1] for row in (HERE / tsv).read_text("utf-8").splitlines()]
    for half in ("dev", "test"):
        rows = (HERE / "labelled" / half / "tripwire.tsv").read_text("utf-8").splitlines()[1:]
        lines += [row.split("\t")[-1] for row in rows]
    lines += [*detectors.TYPICAL.values(), detectors.LONG, *detectors.ADVERSARIAL]
    return lines + longchat.chat_lines(5000)


def test_the_corpora_and_the_labelled_sets_are_masked_as_before() -> None:
    lines = corpus()
    assert len(lines) > 6000
    assert [mask_contacts(text) for text in lines] == [before(text) for text in lines]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_any_mix_of_digits_and_contact_signs_is_masked_as_before(text: str) -> None:
    assert mask_contacts(text) == before(text)


def test_dates_prices_and_decimals_skip_the_full_scan() -> None:
    text = "we met on 12.05.2023, tickets were 1.250.000 won lol, pi is 3.14159265"
    assert contacts._may_have_contact(Reading(text).folded.text)
    assert contacts._only_numbers_no_phone(Reading(text).folded.text)


def test_a_message_with_a_hash_is_not_scanned_for_handles_of_apps_it_does_not_name() -> None:
    needs = contacts._needs(Reading("order #48213 still hasn't arrived").folded.text)
    assert needs == {"tag", "spoken"}
    assert "platform" in contacts._needs(Reading("add me on s.n.4.p later").folded.text)
    # Written as they sound: "z" for "s", "k" for "c".
    assert "platform" in contacts._needs(Reading("dizkord: lou_22").folded.text)
    assert "platform" in contacts._needs(Reading("z n 4 p lou_22").folded.text)


def test_handles_named_with_no_app_are_looked_for_after_their_words() -> None:
    assert "said" in contacts._needs(Reading("username: lou_22").folded.text)
    assert "mine" in contacts._needs(Reading("my @ is lou_22").folded.text)
    assert "no_app" in contacts._needs(Reading("søg efter lou_22").folded.text)
    assert not {"said", "mine", "no_app"} & contacts._needs(Reading("lou_22 12345678").folded.text)


def test_a_run_of_more_digits_than_a_phone_number_gets_the_full_scan() -> None:
    # Part of such a run can be a contact to the full scan (see the case below).
    assert not contacts._only_numbers_no_phone(Reading("1." * 1000).folded.text)


def test_phone_numbers_and_other_contacts_beside_digits_still_get_the_full_scan() -> None:
    for text in [
        "call 12345678",
        "call 06.12.34.56.78",
        "+12.05.2023",
        "12.05.2023 snap: coolguy",
        "12.05.2023 me at mail.com",
        "12.05.2023 one two three",
        "12.05.2023 @coolguy",
        "5n4p 1.250.000",  # a disguised app: the number after it is read as its handle
        "søg 1.250.000",  # so after an invitation; "søg" is two words to _WORD
        "zero 1.250.000 one",  # a trunk zero: two number words make a spoken number
    ]:
        assert not contacts._only_numbers_no_phone(Reading(text).folded.text), text


def test_a_dotted_run_past_seventeen_digits_is_masked_as_before() -> None:
    """Found by the mix above: the part of it that is a phone number was masked by the full scan
    and not by the prefilter."""
    text = "0012.05.202312.05.2023"
    assert mask_contacts(text) == before(text)
