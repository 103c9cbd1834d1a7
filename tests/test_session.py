"""The Session's outbox: numbered, bounded, acknowledged by sequence number."""

from __future__ import annotations

import asyncio

from strangerchat.session import POLICY_VIOLATION, Session, State

WAITING = b'{"type":"waiting"}'


def test_events_are_numbered_from_one() -> None:
    session = Session("websocket", capacity=4, now=0.0)
    session.push(WAITING)
    session.push(b'{"type":"message","text":"hi"}')
    assert session.take_all() == [
        b'{"seq":1,"type":"waiting"}',
        b'{"seq":2,"type":"message","text":"hi"}',
    ]
    assert session.take_all() == []


def test_frames_after_drops_what_was_acknowledged_and_keeps_the_rest() -> None:
    session = Session("longpoll", capacity=8, now=0.0)
    for _ in range(3):
        session.push(WAITING)
    assert len(session.frames_after(0)) == 3
    assert len(session.frames_after(0)) == 3  # not acknowledged yet: offered again
    assert session.frames_after(2) == [b'{"seq":3,"type":"waiting"}']
    assert not session.has_after(3)
    assert session.has_after(2)


def test_a_full_outbox_refuses_more_and_says_so() -> None:
    session = Session("websocket", capacity=2, now=0.0)
    assert session.push(WAITING)
    assert session.push(WAITING)
    assert session.overflowed
    assert not session.push(WAITING)
    assert len(session.take_all()) == 2


def test_a_closed_session_takes_nothing() -> None:
    session = Session("websocket", capacity=2, now=0.0)
    session.close(POLICY_VIOLATION)
    assert session.state is State.CLOSED
    assert session.close_code == POLICY_VIOLATION
    assert not session.push(WAITING)


async def test_wait_returns_when_an_event_is_pushed() -> None:
    session = Session("websocket", capacity=2, now=0.0)
    waiter = asyncio.create_task(session.wait())
    await asyncio.sleep(0)
    assert not waiter.done()
    session.push(WAITING)
    await asyncio.wait_for(waiter, 1)


async def test_a_newer_wait_releases_the_older_one() -> None:
    session = Session("longpoll", capacity=2, now=0.0)
    older = asyncio.create_task(session.wait())
    await asyncio.sleep(0)
    newer = asyncio.create_task(session.wait())
    await asyncio.wait_for(older, 1)
    assert not newer.done()
    session.close()
    await asyncio.wait_for(newer, 1)


def test_ids_are_long_and_distinct() -> None:
    ids = {Session("websocket", 1, 0.0).id for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) >= 22 for i in ids)  # 16 random bytes, base64url


def seqs(frames: list[bytes]) -> list[int]:
    return [int(frame.split(b",", 1)[0].removeprefix(b'{"seq":')) for frame in frames]


def test_written_events_stay_as_history_for_a_resume() -> None:
    session = Session("websocket", capacity=4, now=0.0)
    for _ in range(3):
        session.push(WAITING)
    assert seqs(session.take_all()) == [1, 2, 3]
    assert not session.overflowed  # written events do not count against the capacity
    session.push(WAITING)
    assert session.resume(1)  # the client had received 1 only
    assert seqs(session.take_all()) == [2, 3, 4]  # sent again, once, in order
    assert seqs(session.take_all()) == []


def test_history_is_bounded_and_a_resume_from_before_it_fails() -> None:
    session = Session("websocket", capacity=2, now=0.0)
    for _ in range(5):
        session.push(WAITING)
        session.take_all()
    assert not session.resume(2)  # 3 was let go: it could not be sent again
    assert session.resume(3)
    assert seqs(session.take_all()) == [4, 5]
    assert not session.resume(6)  # beyond what was ever sent
    assert not session.resume(2)  # before what the last resume acknowledged
