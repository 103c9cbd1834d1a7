"""Links out of chat text: `remove_links(text) -> str` shows each one as "[link removed]".

It finds URLs (http, https, and disguised schemes such as "hxxp" or "h t t p s : / /"), "www."
addresses, bare domains ("example.com", "sub.example.co.uk"), IPv4 addresses, invite links
("t.me/...", "discord.gg/...", "wa.me/..."), e-mail addresses, and the usual disguises: "example
dot com", "example (dot) com", "example[.]com", "example . com", "example,com", "exampledotcom",
"e x a m p l e . c o m", full-width and look-alike letters, invisible characters between letters.
Everything else in the message is returned exactly as written; adjacent links become one label.

What counts as a domain, and the false positives that keeps out:
- Written normally ("name.tld"), a domain needs a top-level domain from `STRONG_TLDS`: ones that
  are not everyday words. Word-like TLDs (`WEAK_TLDS`: .me, .it, .so, .to, .de, .ca, ...) count
  only with a path ("wa.me/4512345678"), after "www." or a scheme, or for known link hosts
  ("t.me"), so "ok.so", "love it.it was", "ja.de kommer" and "ok.ça va" stay as they are.
- Disguised with spaces, "dot", a comma or a middle dot, only `LOOSE_TLDS` count (.com, .net,
  .org and a few more): "example dot com" goes; "nice match, gg" and "that's crazy . fr" stay.
- Abbreviations ("e.g.", "i.e.", "a.m.", "u.s.a.") never match: a TLD is two letters or more.
- Version numbers with four parts ("1.2.3.4") are read as IP addresses and removed.

E-mail addresses are contact details: run `contacts.mask_contacts` first so they read
"[contact removed]"; one that still reaches this function is removed as a link.
"""

from __future__ import annotations

import re

from strangerchat.safety.normalise import Reading
from strangerchat.safety.vocabulary import TLDS, WORD_TLDS, is_everyday

LINK_REMOVED = "[link removed]"

# Space-separated lists of top-level domains, by how sure a match with them is.
STRONG_TLDS = (
    "com net org edu gov info biz xyz io gg ly ee gl gd pw tk ml ga cf gq cc ws su tv ai co app dev"
    " icu top vip site online club shop store link cam porn xxx onion"
    " uk dk fr ru nl ch pl cz ua eu nz jp cn kr br mx ie fi hu ro pt gr tr lt lv sk"
)
WEAK_TLDS = "me it in is to so no at be us am do go my de se es ca au la nu ar im"
LOOSE_TLDS = "com net org io xyz info biz ru uk dk tv live online club site shop store cam vip"
# Domains that are file extensions in ordinary talk ("setup.zip", "clip.mov"): only with a path.
FILE_TLDS = frozenset(["zip", "mov", "py", "sh", "rs", "md", "ps", "pm"])
_STRONG = frozenset(STRONG_TLDS.split())
_LOOSE_SET = frozenset(LOOSE_TLDS.split())
# Link hosts known well enough that their name alone gives them away, however it is disguised.
_SHORTENERS = (
    "t_me t_co wa_me telegram_me tg_me discord_gg discord_com discord_me discord_app linktr_ee"
    " bit_ly tinyurl_com cutt_ly ow_ly buff_ly rebrand_ly goo_gl forms_gle is_gd rb_gy tiny_cc"
    " shorturl_at"
)
_KNOWN_HOSTS = "|".join(_SHORTENERS.split())
_KNOWN_PAIRS = frozenset(tuple(host.split("_")) for host in _SHORTENERS.split())


def _alternatives(words: str, spaced: bool = False) -> str:
    """A regex for any of the space-separated `words`; `spaced` also takes "c o m" and "c0m"."""
    if not spaced:
        return "(?:" + "|".join(sorted(words.split(), key=len, reverse=True)) + ")"
    leet = {"o": "[o0]", "i": "[i1]", "e": "[e3]"}
    spelled = [r"[\s.]?".join(leet.get(c, c) for c in word) for word in words.split()]
    return "(?:" + "|".join(sorted(spelled, key=len, reverse=True)) + ")"


def _trie(words: frozenset[str]) -> str:
    """A regex for any of `words`, grouped by first letter: hundreds of TLDs stay a quick test."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        rests.sort(key=len, reverse=True)
        optional = "?" if "" in rests else ""
        tails = [rest for rest in rests if rest]
        branches.append(f"{first}(?:{'|'.join(tails)}){optional}" if tails else first)
    return "(?:" + "|".join(branches) + ")"


_ANY_TLD = _trie(TLDS)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PATH = r"(?::\d{1,5})?(?:[/?#][^\s]*)?"
_DOT_WORDS = r"(?:d[o0]t|period|punkt(?:um)?|point|prik)"
_DOT_WORD = rf"(?:\.|{_DOT_WORDS})"
_BRACKETED = (
    rf"\s*(?:\[\s*{_DOT_WORD}\s*\]|\(\s*{_DOT_WORD}\s*\)|\{{\s*{_DOT_WORD}\s*\}}"
    rf"|<\s*{_DOT_WORD}\s*>)\s*"
)
_LOOSE = rf"(?:\s*[\u00b7\u2022\u2219\u22c5]\s*|\s+\.\s+|\s*-?\s*\b{_DOT_WORDS}\b\s*-?\s*)"
# A full stop with a space on one side only: "ok. net" and ".NET" are ordinary writing.
_HALF_SPACED = r"(?:\.\s+(?=com|org)|\s+\.(?=com|org))"
_ANY_SEP = rf"(?:{_BRACKETED}|{_LOOSE}|\.)"
_SLASH = r"\s*(?:[/\\]|\bslash\b|\bskr(?:a|aa)streg\b)\s*"
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_NOT_A_WORD = r"(?!(?:the|a|an|dot|and|or)\b)"
_KNOWN = "(?:" + _KNOWN_HOSTS.replace("_", _ANY_SEP) + ")"
# What may follow a word-like domain written with spaces or "dot": the message's end, or a path.
_ENDS = r"(?=\s*[.!?,;:)]*\s*$|\s*/)"

# Each with what it cannot match without ("": anything may do; see _needs).
_PATTERNS = [
    # A scheme, however disguised ("hxxp", "h**p", "h t t p s : / /"), and all that follows it.
    (
        "",
        r"\bh[\s_*]*[tx*][\s_*]*[tx*]?[\s_*]*p[\s_*]*s?[\s_*]*(?::|;|\[:\])?"
        r"[\s_*]*[/\\][\s_*]*[/\\]\S*",
    ),
    ("", rf"\bw\s?w\s?w(?:{_BRACKETED}|{_LOOSE}|\.)\S+"),
    ("", rf"\b{_KNOWN}(?:{_SLASH}[\w-]+{_PATH})?\b"),
    ("", r"\b(?:t|wa|telegram|discord)\s+(?:me|gg)\s?/\s?[\w-]+"),
    # A name, a top-level domain and a path, the dot only a space: "cutt ly / x", "goo . gl / a".
    (
        "slash",
        rf"(?<![\w@.-])(?P<sl_name>{_LABEL})(?P<sl_sep>\s+|{_ANY_SEP})(?P<sl_tld>{_ANY_TLD})"
        rf"{_SLASH}[\w-]+(?:{_SLASH}[\w-]+)*",
    ),
    (
        "octets",
        rf"(?<![\d.]){_OCTET}(?:\s?(?:\.|\[\.\]|\(\.\))\s?{_OCTET}){{3}}(?![\d]|\.\d){_PATH}",
    ),
    # Letters spaced out: "e x a m p l e . c o m", "e-x-a-m-p-l-e dot com", "e.x.a.m.p.l.e.c.o.m".
    # Only where a chain starts: trying every letter of "1.1.1.1..." would take quadratic time.
    (
        "",
        r"(?<![a-z0-9])(?<![\s_*.-][a-z0-9][\s_*.-])(?<![\s_*.-][a-z0-9][\s_*.-]{2})"
        rf"[a-z0-9](?:[\s_*.-]{{1,2}}[a-z0-9](?![a-z0-9])){{2,}}"
        rf"(?:{_LOOSE}|{_BRACKETED}|\.|\s*d\s[o0]\s?t\s*)"
        rf"(?:{_alternatives(LOOSE_TLDS, spaced=True)}(?![a-z])"
        rf"|(?P<sp_tld>[a-z]\s?[a-z])(?![a-z]){_ENDS})",
    ),
    (
        "bracket",
        rf"(?<![\w@.-]){_NOT_A_WORD}{_LABEL}(?:{_BRACKETED}{_LABEL})*{_BRACKETED}"
        rf"{_ANY_TLD}(?![\w-]){_PATH}",
    ),
    (
        "loose",
        rf"(?<![\w@.-]){_NOT_A_WORD}{_LABEL}(?:(?:{_LOOSE}|\.){_LABEL})*{_LOOSE}"
        rf"{_alternatives(LOOSE_TLDS, spaced=True)}(?![\w-]){_PATH}",
    ),
    # Any other top-level domain after "dot", "punktum", "point" or " . ": checked in _accept.
    (
        "loose",
        rf"(?<![\w@.-]){_NOT_A_WORD}(?P<lo_name>{_LABEL})(?:(?:{_LOOSE}|\.){_LABEL})*"
        rf"(?P<lo_sep>{_LOOSE})(?P<lo_tld>{_ANY_TLD})(?![\w-])(?P<lo_path>{_PATH})",
    ),
    (
        "com",
        rf"(?<![\w@.-]){_NOT_A_WORD}{_LABEL}(?:\s?,\s?|{_HALF_SPACED})(?:com|net|org)(?![\w-])"
        rf"{_PATH}",
    ),
    ("com", r"\b[a-z0-9-]{2,}d[o0]t(?:com|net|org)\b"),
    # Written normally: an e-mail's local part, if any, goes with its domain; see _accept.
    (
        "",
        rf"(?<![\w@.-])(?P<pl_mail>[\w.+-]+@)?(?:{_LABEL}\.)*(?P<pl_name>{_LABEL})\."
        rf"(?P<pl_tld>{_ANY_TLD})(?![\w-])(?P<pl_path>{_PATH})",
    ),
]
_ENDS_AFTER = re.compile(_ENDS)
_LINK = re.compile("|".join(f"(?:{pattern})" for _, pattern in _PATTERNS))  # all at once
_SCANS = [(need, re.compile(pattern)) for need, pattern in _PATTERNS]

# Something every link above has: a slash, "www", an address's dots, or a separator right before
# a TLD. Ordinary messages rarely have one, and this scan is far cheaper than _LINK's.
_TRIGGER = re.compile(
    r"[/\\]|w\s?w\s?w|\d\s?[.\[(]\.?[)\]]?\s?\d{1,3}\s?[.\[(]|\.[a-z]{2}|\s\.\s*[a-z]"
    r"|[\])}>]\s*[a-z]{2}|,\s?(?:com|net|org)|[\u00b7\u2022\u2219\u22c5]|d\s[o0]\s?t"
    rf"|{_DOT_WORDS}\s*-?\s*[a-z]|slash|skra+streg"
)
# What the patterns of each need: cheap tests. Scanning for the patterns a text can match finds
# what _LINK finds in it (at each place the first pattern that matches wins, and one that
# matches nowhere never does).
_LOOSE_SEPARATOR = re.compile(rf"[\u00b7\u2022\u2219\u22c5]|\s\.\s|\b{_DOT_WORDS}\b")
_OCTETS = re.compile(r"\d\s?(?:\.|\[\.\]|\(\.\))\s?\d")
_BRACKET = re.compile(r"[\[({<]")


def remove_links(text: str | Reading) -> str:
    """`text` with every link (see the module docstring) replaced by "[link removed]"."""
    folded = Reading.of(text).folded
    if _TRIGGER.search(folded.text) is None:
        return folded.original
    needs = _needs(folded.text)
    return folded.redact([p for need, p in _SCANS if need in needs], LINK_REMOVED, _accept)


def _needs(folded: str) -> frozenset[str]:
    """What the patterns need that `folded` has."""
    needs = {""}
    if "/" in folded or "\\" in folded or "slash" in folded or "skr" in folded:
        needs.add("slash")
    if _OCTETS.search(folded):
        needs.add("octets")
    if _BRACKET.search(folded):
        needs.add("bracket")
    if _LOOSE_SEPARATOR.search(folded):
        needs.add("loose")
    if "com" in folded or "net" in folded or "org" in folded:
        needs.add("com")
    return frozenset(needs)


def _accept(match: re.Match[str]) -> bool:
    """The checks a regex cannot make: is the top-level domain a word here, the name a word?"""
    groups = match.groupdict()  # only those of the patterns scanned for (_scan)
    if groups.get("pl_tld") is not None:
        return _written_domain(groups["pl_name"], groups["pl_tld"], match)
    if groups.get("lo_tld") is not None:
        return _spelled_domain(groups["lo_name"], groups["lo_sep"], groups["lo_tld"], match)
    if groups.get("sl_tld") is not None:
        name, tld = groups["sl_name"], groups["sl_tld"]
        if (name, tld) in _KNOWN_PAIRS:
            return True
        # "cadeaux[.]fr/gagner": a dot, however written, with a path is a link even before a
        # word-like TLD; only a space ("so to / from") leaves the TLD a word.
        return (tld not in WORD_TLDS or bool(groups["sl_sep"].strip())) and _name_like(name)
    if groups.get("sp_tld") is not None:
        tld = groups["sp_tld"].replace(" ", "")
        return tld in TLDS and tld not in FILE_TLDS
    return True


def _spelled_domain(name: str, separator: str, tld: str, match: re.Match[str]) -> bool:
    if match.group("lo_path"):
        return _name_like(name)
    if tld in FILE_TLDS:
        return False
    if tld in WORD_TLDS:
        # "crazy . fr" is "for real"; "mysite dot fun" at the end of a message is a link.
        spelled = any(c.isalpha() for c in separator)
        if not spelled or _ENDS_AFTER.match(match.string, match.end()) is None:
            return False
    return _name_like(name)


def _written_domain(name: str, tld: str, match: re.Match[str]) -> bool:
    if match.group("pl_path") or match.group("pl_mail"):
        return True  # "notes.zip/x", "wa.me/45..." and e-mail addresses are links whatever the TLD
    if tld in FILE_TLDS:
        return False
    if tld in _STRONG:
        return True
    if tld in WORD_TLDS:
        # "ok.so", "i left.it was", "hahaha.lol": a sentence run on past its full stop. A site's
        # name is long, or has a digit or hyphen, or the message ends with it.
        if not _name_like(name):
            return False
        ends = _ENDS_AFTER.match(match.string, match.end()) is not None
        return len(name) >= 6 or ends or any(c.isdigit() or c == "-" for c in name)
    return len(name) >= 2 and _name_like(name)


def _name_like(name: str) -> bool:
    """Whether `name` can be a site's name: not a number, nor an everyday word or laughter."""
    return not name.isdigit() and not is_everyday(name)
