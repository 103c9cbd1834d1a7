"""What a moderator can do to a case, a restriction or an appeal: each step changes both the
records (the decision, the statement of reasons, the audit log) and the standings that refuse a
Start (safety/bans.py), records first, so a ban nobody can see the reason for never stands."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from strangerchat.safety.bans import Bans
from strangerchat.storage.cases import Case
from strangerchat.storage.records import ModerationStore
from strangerchat.storage.restrictions import BAN, FOR_GOOD, RestrictionRecord, new_ref

REFERRAL_HOLD = 365 * 86400.0  # the REPORT Act's one year of preservation
MAX_REASON = 2000  # a moderator's reason or note


class ActionError(Exception):
    """An action that cannot be taken as asked; the message says why, for the moderator."""


def ban_keys(case: Case) -> list[str]:
    """What a ban on the reported visitor goes on; older reports kept only two of them."""
    report = case.report
    if report.reported_keys:
        return list(report.reported_keys)
    fallback = [report.reported_ip] if report.reported_ip else []
    return [*fallback, f"session:{report.reported}"]


class Moderation:
    def __init__(
        self, records: ModerationStore, bans: Bans, clock: Callable[[], float] = time.time
    ) -> None:
        self.records = records
        self.bans = bans
        self._clock = clock

    async def ban(
        self, case: Case, moderator: str, reason: str, seconds: float | None
    ) -> RestrictionRecord:
        """Ban the reported visitor for `seconds`, or for good (None). The visitor is shown the
        case's category as the reason, and that a moderator decided."""
        reason = _reason(reason)
        receipt = case.report.receipt
        action = "ban" if seconds is not None else "ban_for_good"
        until = self._clock() + (FOR_GOOD if seconds is None else seconds)
        keys = ban_keys(case)
        ref = new_ref()
        record = await self.records.restrictions.add(
            ref, BAN, case.report.category, keys, until, moderator, receipt
        )
        await self.records.decide(receipt, moderator, action, reason, until)
        await self.bans.impose(keys, until, case.report.category, ref)
        return record

    async def lift(self, ref: str, moderator: str, reason: str) -> RestrictionRecord:
        reason = _reason(reason)
        record = await self.records.restrictions.find(ref)
        if record is None or record.lifted_at is not None:
            raise ActionError("there is no such restriction in force")
        if not await self.records.restrictions.mark_lifted(ref, moderator, reason):
            raise ActionError("it was lifted already")
        if record.receipt is not None:
            # A lift leaves an open case open: an automatic ban's report still wants a look.
            await self.records.decide(record.receipt, moderator, "lift_ban", reason, close=False)
        await self.bans.lift(record.keys, ref)
        return record

    async def dismiss(self, receipt: str, moderator: str, reason: str) -> None:
        if not await self.records.decide(receipt, moderator, "dismiss", _reason(reason)):
            raise ActionError("there is no such case")

    async def refer(self, receipt: str, moderator: str, reason: str) -> None:
        """Mark for referral to the authorities: the case is kept a year from now."""
        reason = _reason(reason)
        until = self._clock() + REFERRAL_HOLD
        if not await self.records.decide(receipt, moderator, "refer", reason, until):
            raise ActionError("there is no such case")
        await self.records.place_hold(receipt, moderator, reason, until)

    async def note(self, receipt: str, moderator: str, text: str) -> None:
        await self.records.note(receipt, moderator, "note", _reason(text))

    async def answer_appeal(self, appeal: str, moderator: str, outcome: str, reason: str) -> None:
        """Uphold or reverse; a reversed appeal lifts the restriction it was against."""
        reason = _reason(reason)
        restriction = await self.records.appeals.restriction_of(appeal)
        if not await self.records.appeals.decide(appeal, moderator, outcome, reason):
            raise ActionError("there is no such appeal waiting for an answer")
        if outcome == "reversed" and restriction is not None:
            found = await self.records.restrictions.find(restriction)
            if found is not None and found.lifted_at is None:
                await self.lift(restriction, moderator, reason)

    async def export(self, case: Case, moderator: str) -> dict[str, Any]:
        """One case as JSON: what a CyberTipline-style report needs and nothing more (no
        session hashes, no restriction keys); the export is in the audit log."""
        report = case.report
        restrictions = await self.records.restrictions.for_case(report.receipt)
        exported = {
            "receipt": report.receipt,
            "category": report.category,
            "reported_at": _iso(report.at),
            "reporter_note": report.note,
            "reported_address_hash": report.reported_ip,
            "grooming_risk_signals": report.signals,
            "transcript": [
                {"by": line.by, "at": _iso(line.at), "text": line.text}
                for line in report.transcript
            ],
            "decisions": [
                {"action": d.action, "by": d.moderator or "automatic", "at": _iso(d.at)}
                for d in case.decisions
            ],
            "restrictions": [
                {"kind": r.kind, "reason": r.reason, "from": _iso(r.at), "until": _iso(r.until)}
                for r in restrictions
            ],
            "legal_holds": [{"until": _iso(h.until), "reason": h.reason} for h in case.holds],
            "exported_by": moderator,
            "exported_at": _iso(self._clock()),
        }
        await self.records.note(report.receipt, moderator, "exported", "")
        return exported


def _reason(text: str) -> str:
    text = text.strip()
    if not text:
        raise ActionError("say why: the reason goes in the audit log")
    if len(text) > MAX_REASON:
        raise ActionError(f"a reason may have at most {MAX_REASON} characters")
    return text


def _iso(at: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))
