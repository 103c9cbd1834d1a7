"""The standing of one address hash as a state machine: reports, bans, lockouts, allowances."""

from __future__ import annotations

import pytest

from strangerchat.safety.bans import (
    ADULTS_ONLY,
    BANNED,
    DAY,
    HOUR,
    MINOR_LOCKOUT,
    REPORTS_PERIOD,
    STRIKE_MEMORY,
    TRIP_WINDOW,
    TRIPS_FOR_ADDRESS,
    Bans,
    MemoryStandings,
    Standing,
)

NOW = 1_800_000_000.0


def ban_after_three(standing: Standing, now: float, reporters: str = "abc") -> float:
    """The ban's length once three distinct reporters reported at `now`."""
    results = [standing.add_report(reporter, now) for reporter in reporters]
    assert results[:-1] == [None] * (len(reporters) - 1)
    ban = results[-1]
    assert ban is not None
    assert (ban.kind, ban.reason) == (BANNED, "reported")
    return ban.until - now


def test_three_distinct_reporters_ban_for_an_hour_then_a_day_then_a_week() -> None:
    standing = Standing()
    assert ban_after_three(standing, NOW) == HOUR
    later = NOW + 2 * HOUR
    assert standing.restriction(later) is None  # the hour is over
    assert ban_after_three(standing, later, "def") == DAY
    later += 2 * DAY
    assert ban_after_three(standing, later, "ghi") == 7 * DAY
    later += 8 * DAY
    assert ban_after_three(standing, later, "jkl") == 7 * DAY  # a week from then on


def test_one_address_reporting_many_times_bans_nobody() -> None:
    standing = Standing()
    for minute in range(10):
        assert standing.add_report("same", NOW + minute * 60) is None
    assert standing.restriction(NOW + 600) is None


def test_two_reporters_are_not_enough_and_reports_a_day_old_do_not_count() -> None:
    standing = Standing()
    assert standing.add_report("a", NOW) is None
    assert standing.add_report("b", NOW) is None
    assert standing.add_report("c", NOW + DAY + 1) is None  # a and b have left the window
    assert standing.restriction(NOW + DAY + 1) is None


def test_reports_that_brought_a_ban_do_not_bring_another() -> None:
    standing = Standing()
    ban_after_three(standing, NOW)
    assert standing.add_report("a", NOW + 2 * HOUR) is None  # needs three new reporters


def test_the_steps_start_again_after_a_month_without_a_ban() -> None:
    standing = Standing()
    ban_after_three(standing, NOW)
    assert ban_after_three(standing, NOW + STRIKE_MEMORY + 1, "def") == HOUR


def test_a_lockout_shows_before_a_ban_and_both_end() -> None:
    standing = Standing()
    ban_after_three(standing, NOW)
    standing.lock_out(NOW + DAY)
    found = standing.restriction(NOW + 60)
    assert found is not None
    assert found.kind == ADULTS_ONLY
    assert standing.restriction(NOW + DAY + 1) is None


def test_five_reports_per_period_are_allowed() -> None:
    standing = Standing()
    assert [standing.take_report_slot(NOW + n) for n in range(6)] == [True] * 5 + [False]
    assert standing.take_report_slot(NOW + REPORTS_PERIOD + 1)


def test_a_standing_expires_when_nothing_in_it_matters() -> None:
    standing = Standing()
    standing.add_report("a", NOW)
    assert standing.expires_at() == NOW + DAY
    ban_after_three(standing, NOW, "bc")  # with a, three reporters
    assert standing.expires_at() == NOW + STRIKE_MEMORY


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


async def test_a_restriction_under_yesterdays_hash_is_carried_to_todays() -> None:
    clock = Clock()
    standings = MemoryStandings(clock)
    bans = Bans(standings)
    for reporter in "abc":
        await bans.count_report("yesterday", reporter)
    found = await bans.restriction_for(("today", "yesterday"))
    assert found is not None
    assert found.kind == BANNED
    # Tomorrow, yesterday's hash is no longer computed, and today's still carries the ban.
    assert await bans.restriction_for(("today",)) == found
    clock.now += HOUR + 1
    assert await bans.restriction_for(("today",)) is None


async def test_reports_and_strikes_under_yesterdays_hash_still_count_today() -> None:
    clock = Clock()
    bans = Bans(MemoryStandings(clock))
    for reporter in "abc":  # a first ban, yesterday: a strike
        await bans.count_report("yesterday", reporter)
    clock.now += 2 * HOUR
    for reporter in "de":  # two reports more before midnight
        await bans.count_report("yesterday", reporter)
    assert await bans.restriction_for(("today", "yesterday")) is None  # carried over
    ban = await bans.count_report("today", "f")  # a third reporter after midnight
    assert ban is not None
    assert ban.until - clock.now == DAY  # the second step: yesterday's strike counted


async def test_memory_standings_forget_what_expired() -> None:
    clock = Clock()
    standings = MemoryStandings(clock)
    bans = Bans(standings)
    await bans.lock_out("minor", NOW + DAY)
    assert await bans.may_report("reporter")
    assert len(standings) == 2
    clock.now += DAY + 1
    standings.forget_expired()
    assert len(standings) == 0


@pytest.mark.parametrize("reporters", ["aab", "aaa"])
async def test_bans_count_reporters_not_reports(reporters: str) -> None:
    bans = Bans(MemoryStandings(Clock()))
    for reporter in reporters:
        assert await bans.count_report("reported", reporter) is None


def test_distinct_identities_saying_they_are_minors_lock_out_the_address() -> None:
    standing = Standing()
    until = NOW + MINOR_LOCKOUT
    for _ in range(TRIPS_FOR_ADDRESS + 2):
        assert not standing.count_trip("same browser", NOW, until)  # one identity counts once
    assert standing.restriction(NOW) is None
    others = [f"browser {n}" for n in range(1, TRIPS_FOR_ADDRESS)]
    assert [standing.count_trip(who, NOW + 60, until) for who in others][-1]
    found = standing.restriction(NOW + 60)
    assert found is not None
    assert (found.kind, found.until) == (ADULTS_ONLY, until)


def test_hits_older_than_the_window_do_not_count_and_expire() -> None:
    standing = Standing()
    for n in range(TRIPS_FOR_ADDRESS - 1):
        standing.count_trip(f"browser {n}", NOW, NOW + MINOR_LOCKOUT)
    assert standing.expires_at() == NOW + TRIP_WINDOW
    later = NOW + TRIP_WINDOW + 1
    assert not standing.count_trip("one more", later, later + MINOR_LOCKOUT)
    assert standing.restriction(later) is None


async def test_a_minor_is_locked_out_personally_and_counted_once_at_the_address() -> None:
    clock = Clock()
    bans = Bans(MemoryStandings(clock))
    until = NOW + MINOR_LOCKOUT
    assert not await bans.lock_out_minor(("session:1", "gate:a"), "address", until)
    for personal in (("session:1",), ("gate:a",)):  # either of the writer's own keys holds it
        found = await bans.restriction_for(("address",), personal)
        assert found is not None
        assert found.kind == ADULTS_ONLY
    assert await bans.restriction_for(("address",), ("session:2", "gate:b")) is None
    assert not await bans.lock_out_minor(("session:3", "gate:a"), "address", until)  # again a
    assert not await bans.lock_out_minor(("session:4", "gate:b"), "address", until)
    assert await bans.lock_out_minor(("session:5",), "address", until)  # a third identity
    assert await bans.restriction_for(("address",), ("session:6", "gate:c")) is not None


async def test_hits_under_yesterdays_hash_still_count_today() -> None:
    bans = Bans(MemoryStandings(Clock()))
    until = NOW + MINOR_LOCKOUT
    for who in range(TRIPS_FOR_ADDRESS - 1):
        await bans.lock_out_minor((f"gate:{who}",), "yesterday", until)
    assert await bans.restriction_for(("today", "yesterday")) is None  # carried over
    assert await bans.lock_out_minor(("gate:last",), "today", until)
