"""Graduated bans, the minor lockout and the report allowance, kept per address hash.

Reports against one address hash from REPORTERS_FOR_BAN distinct reporters' address hashes within
REPORT_WINDOW ban it: an hour the first time, then a day, then a week (each ban after that a
week too). Many reports from one address count as one. A single report, however severe, never
bans by itself: it goes to the moderators.

A writer who said they are under 18 is locked out for a day under what is theirs alone: the
session and the identity in its gate cookie (the page keeps a mark of its own too). Thousands can
share one address (a school, a café, carrier NAT), so one person's words never lock out the
address: only TRIPS_FOR_ADDRESS distinct identities saying so from it within TRIP_WINDOW do.

Address hashes change every day (see iphash.py): a restriction found under yesterday's hash is
copied to today's when the address comes back, so it holds across midnight. With Redis every
process reads and changes the same standings (shared_standings.py); without it they live in this
process's memory.
"""

from __future__ import annotations

import abc
import functools
import hashlib
import time
from collections.abc import Callable
from typing import TypeVar

import msgspec

HOUR = 3600.0
DAY = 24 * HOUR
REPORT_WINDOW = DAY
REPORTERS_FOR_BAN = 3
BAN_STEPS = (HOUR, DAY, 7 * DAY)
STRIKE_MEMORY = 30 * DAY  # how long a past ban makes the next one longer
REPORTS_ALLOWED = 5  # reports one address may make ...
REPORTS_PERIOD = 600.0  # ... in this many seconds
MINOR_LOCKOUT = DAY  # how long one who said they are under 18 may not start a chat
TRIPS_FOR_ADDRESS = 3  # distinct identities at one address saying so lock out the address ...
TRIP_WINDOW = DAY  # ... when they said it within this many seconds

BANNED = "banned"
ADULTS_ONLY = "adults_only"
REPORTED = "reported"  # the reason of a ban that reports brought about
UNDER_18 = "under_18"  # the reason of a minor's lockout when the trip-wire's rules read it
UNDER_18_CLASSIFIER = "under_18_classifier"  # ... when only the classifier did

T = TypeVar("T")


class Restriction(msgspec.Struct, frozen=True):
    """Why a session may not start a chat, and until when (Unix seconds)."""

    kind: str  # BANNED or ADULTS_ONLY
    reason: str
    until: float
    ref: str = ""  # names its record in the moderation database: what an appeal quotes
    automatic: bool = True  # False: a moderator imposed it


class Standing(msgspec.Struct):
    """Everything kept about one address hash; each method is one step of its state machine."""

    reports: dict[str, float] = {}  # reporter's address hash: when it last reported this one
    strikes: int = 0  # bans so far (forgotten STRIKE_MEMORY after the last)
    last_strike: float = 0.0
    ban_until: float = 0.0
    ban_reason: str = ""
    ban_ref: str = ""
    ban_automatic: bool = True
    locked_until: float = 0.0
    lock_ref: str = ""
    reports_made: list[float] = []  # when this address made its recent reports
    trips: dict[str, float] = {}  # identity that said it is under 18 here: when it last did

    def add_report(self, reporter: str, now: float, ref: str = "") -> Restriction | None:
        """Count a report against this address; the ban it brings about, if it does."""
        self.reports = {who: at for who, at in self.reports.items() if now - at < REPORT_WINDOW}
        self.reports[reporter] = now
        if len(self.reports) < REPORTERS_FOR_BAN:
            return None
        self.reports = {}  # these reports are spent: the next ban needs new ones
        if now - self.last_strike >= STRIKE_MEMORY:
            self.strikes = 0
        length = BAN_STEPS[min(self.strikes, len(BAN_STEPS) - 1)]
        self.strikes += 1
        self.last_strike = now
        if now + length > self.ban_until:
            self.ban_until, self.ban_reason = now + length, REPORTED
            self.ban_ref, self.ban_automatic = ref, True
        return Restriction(
            BANNED, self.ban_reason, self.ban_until, self.ban_ref, self.ban_automatic
        )

    def impose(self, until: float, reason: str, ref: str) -> None:
        """A moderator's ban: it replaces whatever ban stood, longer or shorter."""
        self.ban_until, self.ban_reason, self.ban_ref, self.ban_automatic = (
            until,
            reason,
            ref,
            False,
        )

    def lift(self, ref: str) -> bool:
        """Lift the ban or lockout that `ref` names, if it is the one in force here."""
        lifted = False
        if ref and self.ban_ref == ref:
            self.ban_until, lifted = 0.0, True
        if ref and self.lock_ref == ref:
            self.locked_until, lifted = 0.0, True
        return lifted

    def lock_out(self, until: float, ref: str = "") -> None:
        if until > self.locked_until:
            self.locked_until, self.lock_ref = until, ref

    def count_trip(self, identity: str, now: float, until: float, ref: str = "") -> bool:
        """Count a trip-wire hit by `identity` at this address; whether the address is locked."""
        self.trips = {who: at for who, at in self.trips.items() if now - at < TRIP_WINDOW}
        self.trips[identity] = now
        if len(self.trips) < TRIPS_FOR_ADDRESS:
            return False
        self.lock_out(until, ref)
        return True

    def take_report_slot(self, now: float) -> bool:
        """Whether this address may make one more report now (and count it if so)."""
        self.reports_made = [at for at in self.reports_made if now - at < REPORTS_PERIOD]
        if len(self.reports_made) >= REPORTS_ALLOWED:
            return False
        self.reports_made.append(now)
        return True

    def restriction(self, now: float) -> Restriction | None:
        """What keeps this address from chatting now; the lockout first, it says more."""
        if self.locked_until > now:
            return Restriction(ADULTS_ONLY, UNDER_18, self.locked_until, self.lock_ref)
        if self.ban_until > now:
            return Restriction(
                BANNED, self.ban_reason, self.ban_until, self.ban_ref, self.ban_automatic
            )
        return None

    def merge(self, older: Standing) -> None:
        """Take on what an older hash of the same address holds (the day key changed)."""
        self.strikes = max(self.strikes, older.strikes)
        self.last_strike = max(self.last_strike, older.last_strike)
        if older.ban_until > self.ban_until:
            self.ban_until, self.ban_reason = older.ban_until, older.ban_reason
            self.ban_ref, self.ban_automatic = older.ban_ref, older.ban_automatic
        self.lock_out(older.locked_until, older.lock_ref)
        for reporter, at in older.reports.items():
            self.reports[reporter] = max(at, self.reports.get(reporter, at))
        for identity, at in older.trips.items():
            self.trips[identity] = max(at, self.trips.get(identity, at))

    def expires_at(self) -> float:
        """When nothing here matters any more, so it can be forgotten."""
        times = [self.ban_until, self.locked_until]
        if self.strikes:
            times.append(self.last_strike + STRIKE_MEMORY)
        times.extend(at + REPORT_WINDOW for at in self.reports.values())
        times.extend(at + REPORTS_PERIOD for at in self.reports_made)
        times.extend(at + TRIP_WINDOW for at in self.trips.values())
        return max(times)


class Standings(abc.ABC):
    """Where standings are kept, changed one at a time."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock

    @abc.abstractmethod
    async def get(self, key: str) -> Standing | None:
        """The standing kept under `key`, if any."""

    def made_now(self, key: str) -> None:
        """`key` names something made just now (a new session): nothing is kept under it yet."""
        return None

    async def get_all(self, keys: tuple[str, ...]) -> list[Standing | None]:
        """The standings kept under each of `keys`, asked for at every start (a store may read
        them together: shared_standings.py does)."""
        return [await self.get(key) for key in keys]

    @abc.abstractmethod
    async def change(self, key: str, step: Callable[[Standing], T]) -> T:
        """Apply `step` to the standing under `key` (a new one if none) as one atomic change."""

    def forget_expired(self) -> None:
        """Drop standings that no longer matter (Redis expires them by itself)."""
        return None


class MemoryStandings(Standings):
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        super().__init__(clock)
        self._kept: dict[str, Standing] = {}

    async def get(self, key: str) -> Standing | None:
        standing = self._kept.get(key)
        if standing is None or standing.expires_at() <= self.clock():
            return None
        return standing

    async def change(self, key: str, step: Callable[[Standing], T]) -> T:
        standing = self._kept.get(key) or Standing()
        result = step(standing)
        self._kept[key] = standing
        return result

    def forget_expired(self) -> None:
        now = self.clock()
        for key in [key for key, one in self._kept.items() if one.expires_at() <= now]:
            del self._kept[key]

    def __len__(self) -> int:
        return len(self._kept)


def _merge(older: Standing, today: Standing) -> None:
    today.merge(older)


def personal_key(kind: str, value: str) -> str:
    """Where a restriction of one session or one gate cookie is kept: a one-way name of it."""
    digest = hashlib.sha256(f"strangerchat {kind} ".encode() + value.encode()).hexdigest()
    return f"{kind}:{digest[:32]}"


class Bans:
    """The restrictions a session's address hashes carry, and the changes that make them."""

    def __init__(self, standings: Standings) -> None:
        self.standings = standings

    async def restriction_for(
        self, hashes: tuple[str, ...], personal: tuple[str, ...] = ()
    ) -> Restriction | None:
        """The restriction on a session: under its `personal` keys, or on its address (its
        hashes, today's first), all read in one round trip.

        What yesterday's hash holds (a ban, strikes, reports still counting) is carried over to
        today's, which outlives it: a standing is only found again while its address comes back
        at least every other day, since an address hash changes daily.
        """
        now = self.standings.clock()
        found_all = await self.standings.get_all(personal + hashes)
        for own in found_all[: len(personal)]:
            found = None if own is None else own.restriction(now)
            if found is not None:
                return found
        for index, standing in enumerate(found_all[len(personal) :]):
            if standing is None:
                continue
            if index:
                await self.standings.change(hashes[0], functools.partial(_merge, standing))
            found = standing.restriction(now)
            if found is not None:
                return found
        return None

    async def lock_out(self, key: str, until: float, ref: str = "") -> None:
        await self.standings.change(key, lambda standing: standing.lock_out(until, ref))

    async def lock_out_minor(
        self, personal: tuple[str, ...], address: str | None, until: float, ref: str = ""
    ) -> bool:
        """Lock out what is the writer's alone; count the hit at `address` (None: not counted).

        The last personal key names the writer there (its gate cookie's, or else its session's).
        Whether the address is locked out now too.
        """
        for key in personal:
            await self.lock_out(key, until, ref)
        if address is None or not personal:
            return False
        now = self.standings.clock()
        return await self.standings.change(
            address, lambda standing: standing.count_trip(personal[-1], now, until, ref)
        )

    async def count_report(self, reported: str, reporter: str, ref: str = "") -> Restriction | None:
        """The ban this report brings about, if it does, named `ref`."""
        now = self.standings.clock()
        return await self.standings.change(reported, lambda s: s.add_report(reporter, now, ref))

    async def impose(self, keys: list[str], until: float, reason: str, ref: str) -> None:
        """A moderator's ban on every key the reported visitor was known by."""
        for key in keys:
            await self.standings.change(key, lambda s: s.impose(until, reason, ref))

    async def lift(self, keys: list[str], ref: str) -> None:
        """Lift the ban or lockout `ref` wherever it is still the one in force."""
        for key in keys:
            await self.standings.change(key, lambda s: s.lift(ref))

    async def may_report(self, key: str) -> bool:
        now = self.standings.clock()
        return await self.standings.change(key, lambda s: s.take_report_slot(now))
