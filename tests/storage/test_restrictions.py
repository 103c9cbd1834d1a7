"""Restriction records and appeals against them, on SQLite and on a real PostgreSQL: what the
visitor is told, what the console lifts, and what the purge keeps."""

from __future__ import annotations

import asyncio
from pathlib import Path

import msgspec

from strangerchat.storage.restrictions import BAN, FOR_GOOD, LOCKOUT, new_ref
from tests.storage.records_helpers import DAY, NOW, Clock, a_report, opened

RETENTION = 90 * DAY


async def test_a_restriction_is_found_by_its_ref_and_lifted_once(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        assert await records.add_report(a_report("case"))
        ref = new_ref()
        keys = ["ip-a", "session:abc"]
        await records.restrictions.add(ref, BAN, "harassment", keys, NOW + DAY, "ada", "case")
        found = await records.restrictions.find(ref)
        assert found is not None
        assert (found.kind, found.reason, found.moderator, found.receipt) == (
            BAN,
            "harassment",
            "ada",
            "case",
        )
        assert (found.keys, found.until, found.lifted_at) == (keys, NOW + DAY, None)
        assert [r.ref for r in await records.restrictions.for_case("case")] == [ref]
        assert await records.restrictions.find("no-such-ref") is None

        assert await records.restrictions.mark_lifted(ref, "bob", "appeal upheld")
        assert not await records.restrictions.mark_lifted(ref, "bob", "again")
        lifted = await records.restrictions.find(ref)
        assert lifted is not None
        assert lifted.lifted_at == NOW
        actions = [(e.actor, e.action, e.receipt) for e in await records.audit_log()]
        assert ("bob", "lifted", "case") in actions
        assert ("ada", "restricted_ban", "case") in actions


async def test_an_appeal_against_a_lockout_has_no_case_and_gets_its_answer(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        ref = new_ref()
        await records.restrictions.add(ref, LOCKOUT, "under_18", ["gate:x"], NOW + DAY)
        assert not await records.appeals.appealed(ref)
        appeal = await records.appeals.add_against(ref, "I typed M15 as asked\x00")
        assert appeal is not None
        assert await records.appeals.appealed(ref)
        assert await records.appeals.add_against(ref, "again") is None  # one appeal each
        assert await records.appeals.add_against("no-such-ref", "hi") is None

        [waiting] = await records.appeals.open_appeals()
        assert (waiting.appeal, waiting.restriction, waiting.receipt) == (appeal, ref, None)
        assert waiting.text == "I typed M15 as asked\x00"
        assert await records.appeals.restriction_of(appeal) == ref

        assert await records.appeals.decide(appeal, "ada", "reversed", "a joke, not an age")
        assert await records.appeals.open_appeals() == []
        answered = await records.appeals.find(appeal)
        assert answered is not None
        assert (answered.outcome, answered.answer) == ("reversed", "a joke, not an age")
        assert ("appellant", "appealed") in [(e.actor, e.action) for e in await records.audit_log()]


async def test_the_purge_keeps_a_case_whose_ban_is_in_force_and_drops_ended_lockouts(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        for receipt in ("banned-for-good", "banned-a-day"):
            assert await records.add_report(a_report(receipt))
            assert await records.decide(receipt, "ada", "ban", "threats")
        await records.restrictions.add(
            new_ref(), BAN, "threats", ["ip-a"], NOW + FOR_GOOD, "ada", "banned-for-good"
        )
        await records.restrictions.add(
            new_ref(), BAN, "threats", ["ip-a"], NOW + DAY, "ada", "banned-a-day"
        )
        lockout = new_ref()
        await records.restrictions.add(lockout, LOCKOUT, "under_18", ["gate:x"], NOW + DAY)
        appeal = await records.appeals.add_against(lockout, "please")
        assert appeal is not None
        assert await records.appeals.decide(appeal, "ada", "upheld", "said twice")

        clock.now = NOW + RETENTION + 2 * DAY
        counts = await records.purge(RETENTION)
        assert counts.cases == 1  # the day's ban ended long ago; the other one still holds
        assert counts.restrictions == 2  # the ended ban's, and the ended lockout
        assert counts.appeals == 1
        assert await records.open_case("banned-for-good", "ada") is not None
        assert await records.open_case("banned-a-day", "ada") is None
        assert await records.restrictions.find(lockout) is None
        assert await records.appeals.find(appeal) is None


async def test_an_open_appeal_keeps_its_lockout_from_the_purge(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        lockout = new_ref()
        await records.restrictions.add(lockout, LOCKOUT, "under_18", ["gate:x"], NOW + DAY)
        appeal = await records.appeals.add_against(lockout, "please")
        assert appeal is not None
        clock.now = NOW + RETENTION + 2 * DAY
        await records.purge(RETENTION)
        assert await records.restrictions.find(lockout) is not None
        assert await records.appeals.find(appeal) is not None


async def test_a_report_keeps_the_keys_a_ban_goes_on(
    database_url: str | None, tmp_path: Path
) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        report = a_report("keys")
        keyed = msgspec.structs.replace(report, reported_keys=["ip-a", "gate:g1"])
        assert await records.add_report(keyed)
        case = await records.open_case("keys", "ada")
        assert case is not None
        assert case.report.reported_keys == ["ip-a", "gate:g1"]


async def test_two_appeals_sent_at_once_make_one(database_url: str | None, tmp_path: Path) -> None:
    async with opened(database_url, str(tmp_path)) as records:
        ref = new_ref()
        await records.restrictions.add(ref, BAN, "reported", ["ip-a"], NOW + DAY)
        made = await asyncio.gather(
            *(records.appeals.add_against(ref, f"appeal {n}") for n in range(5))
        )
        assert len([one for one in made if one is not None]) == 1
        assert len(await records.appeals.open_appeals()) == 1


async def test_a_waiting_appeal_keeps_its_case_and_a_lift_keeps_a_case_open(
    database_url: str | None, tmp_path: Path
) -> None:
    clock = Clock()
    async with opened(database_url, str(tmp_path), clock) as records:
        assert await records.add_report(a_report("appealed"))
        assert await records.decide("appealed", "ada", "ban", "threats", NOW + DAY)
        ref = new_ref()
        await records.restrictions.add(ref, BAN, "threats", ["ip-a"], NOW + DAY, "ada", "appealed")
        assert await records.appeals.add_against(ref, "please") is not None
        assert await records.add_report(a_report("open"))
        assert await records.decide("open", "ada", "lift_ban", "automatic ban lifted", close=False)
        assert [case.receipt for case in await records.queue()] == ["open"]

        clock.now = NOW + RETENTION + 2 * DAY
        assert (await records.purge(RETENTION)).cases == 0
        assert await records.open_case("appealed", "ada") is not None
