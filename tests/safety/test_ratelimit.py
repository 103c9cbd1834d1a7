"""The bucket, the window, the limits of one session and one address, and the address hashes."""

from __future__ import annotations

import pytest

from strangerchat.errors import ConfigError, Rejected
from strangerchat.safety.iphash import DAY, AddressHasher
from strangerchat.safety.ratelimit import RateLimits, SlidingWindow, TokenBucket
from strangerchat.session import Session
from strangerchat.settings import Settings, load_settings

HOME = "198.51.100.7"


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def limits(clock: FakeClock) -> RateLimits:
    return RateLimits(Settings(), clock, AddressHasher(clock))


def new_session() -> Session:
    return Session("websocket", 16, 0.0)


def allowed(check, session: Session) -> bool:  # type: ignore[no-untyped-def]
    try:
        check(session)
    except Rejected as rejected:
        if rejected.code != "rate_limited":
            raise
        return False
    return True


def test_the_bucket_gives_its_burst_then_its_rate(clock: FakeClock) -> None:
    bucket = TokenBucket(10, 2.0, clock)
    assert [bucket.take() for _ in range(11)] == [True] * 10 + [False]
    clock.now += 0.5
    assert [bucket.take(), bucket.take()] == [True, False]
    clock.now += 3600
    assert sum(bucket.take() for _ in range(20)) == 10  # idle time never saves more than a burst


def test_the_window_counts_the_last_period_only(clock: FakeClock) -> None:
    window = SlidingWindow(3, 60.0, clock)
    assert [window.take() for _ in range(4)] == [True, True, True, False]
    assert not window.idle()
    clock.now += 59.9
    assert not window.take()
    clock.now += 0.2
    assert window.take()
    clock.now += 61
    assert window.idle()


def test_messages_come_in_a_burst_of_10_then_2_a_second(limits, clock: FakeClock) -> None:
    session = new_session()
    assert sum(allowed(limits.check_message, session) for _ in range(30)) == 10
    clock.now += 1.0
    assert sum(allowed(limits.check_message, session) for _ in range(30)) == 2


def test_never_more_than_120_messages_in_a_minute(limits, clock: FakeClock) -> None:
    session = new_session()
    sent = 0
    for _ in range(600):  # ten tries a second for a minute: the bucket alone would allow 130
        sent += allowed(limits.check_message, session)
        clock.now += 0.1
    assert sent == 120


def test_a_session_starts_at_most_10_chats_a_minute(limits, clock: FakeClock) -> None:
    session = new_session()
    assert sum(allowed(limits.check_start, session) for _ in range(15)) == 10
    clock.now += 61
    assert allowed(limits.check_start, session)


def test_an_address_starts_at_most_60_chats_a_minute(limits) -> None:
    sessions = [new_session() for _ in range(7)]
    for session in sessions:
        limits.admit(session, HOME)
    started = sum(allowed(limits.check_start, s) for s in sessions for _ in range(9))
    assert started == 60
    other = new_session()
    limits.admit(other, "203.0.113.9")
    assert allowed(limits.check_start, other)  # another address has its own count


def test_an_address_keeps_at_most_20_sessions_open(limits) -> None:
    sessions = [new_session() for _ in range(20)]
    for session in sessions:
        limits.admit(session, HOME)
    with pytest.raises(Rejected, match="connections"):
        limits.admit(new_session(), HOME)
    sessions[0].close()
    limits.admit(new_session(), HOME)  # a closed one frees its place at once


def test_the_cap_holds_across_midnight(clock: FakeClock) -> None:
    clock.now = 3 * DAY - 1
    limits = RateLimits(Settings(), clock, AddressHasher(clock))
    for _ in range(20):
        limits.admit(new_session(), HOME)
    clock.now += 2  # a new day, a new key: yesterday's sessions still count
    with pytest.raises(Rejected):
        limits.admit(new_session(), HOME)


def test_trusted_clients_skip_the_per_address_limits_only(clock: FakeClock) -> None:
    limits = RateLimits(Settings(trusted_clients=("198.51.100.0/24",)), clock)
    sessions = [new_session() for _ in range(30)]
    for session in sessions:
        limits.admit(session, HOME)
    assert sum(allowed(limits.check_start, s) for s in sessions for _ in range(3)) == 90
    assert sum(allowed(limits.check_message, sessions[0]) for _ in range(30)) == 10


def test_forgotten_sessions_and_idle_addresses_are_dropped(limits, clock: FakeClock) -> None:
    session = new_session()
    limits.admit(session, HOME)
    limits.check_start(session)
    session.close()
    clock.now += 61
    limits.keep_only(set())
    assert limits._sessions == {}
    assert limits._open == {}
    assert limits._starts == {}


def test_addresses_are_kept_only_as_daily_hashes(clock: FakeClock) -> None:
    hasher = AddressHasher(clock)
    today = hasher.hash(HOME)
    assert HOME not in today
    assert hasher.hash(HOME) == today
    assert hasher.hash("198.51.100.8") != today
    clock.now += DAY
    assert hasher.hashes(HOME)[1:] == (today,)  # yesterday's, for lookups
    assert hasher.hash(HOME) != today
    clock.now += DAY
    assert today not in hasher.hashes(HOME)  # two days on, its key is gone


def test_each_process_has_its_own_keys() -> None:
    assert AddressHasher().hash(HOME) != AddressHasher().hash(HOME)


def test_trusted_clients_are_read_as_networks() -> None:
    settings = load_settings([], {"STRANGERCHAT_TRUSTED_CLIENTS": "10.0.0.0/8, ::1"})
    assert settings.trusted_clients == ("10.0.0.0/8", "::1")
    assert RateLimits(settings).trusts("10.2.3.4")
    assert not RateLimits(settings).trusts("11.2.3.4")
    assert RateLimits(settings).trusts("::ffff:10.2.3.4")
    with pytest.raises(ConfigError, match="STRANGERCHAT_TRUSTED_CLIENTS"):
        Settings(trusted_clients=("10.0.0.0/33",))


def test_message_rate_and_burst_are_settings() -> None:
    settings = load_settings(
        [], {"STRANGERCHAT_MESSAGE_RATE": "5", "STRANGERCHAT_MESSAGE_BURST": "3"}
    )
    assert (settings.message_rate, settings.message_burst) == (5.0, 3)
    with pytest.raises(ConfigError, match="STRANGERCHAT_MESSAGE_RATE"):
        Settings(message_rate=0)
