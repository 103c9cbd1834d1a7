"""Reports: one frame copies the chat's evidence into a stored report, then ends the chat and
hands back a receipt; reports from enough different addresses ban the reported address (see
bans.py). A report that cannot be stored ends nothing: the reporter gets `report_failed`.

A report is taken during a chat (against the partner) and up to `evidence_retention` seconds
after it (against the last partner), while the chat's evidence is still kept. A report of a
suspected minor is severe: it goes first in the moderators' queue and the reported stranger is
taken out of any chat at once, but it bans nobody by itself.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import time
from collections.abc import Callable
from typing import Protocol

import msgspec

from strangerchat.errors import Code, Rejected
from strangerchat.protocol import STRANGER_DISCONNECTED, Reported, encode_event
from strangerchat.protocol import Report as ReportFrame
from strangerchat.relay import Relay
from strangerchat.remote import Remote
from strangerchat.safety.bans import REPORTED, Bans, Restriction
from strangerchat.safety.evidence import Evidence, EvidenceBuffer, session_hash
from strangerchat.safety.messages import MessageGuard
from strangerchat.safety.ratelimit import RateLimits
from strangerchat.safety.stores import SafetyStores
from strangerchat.session import Session, State
from strangerchat.stats import Stats
from strangerchat.storage.database import DatabaseError
from strangerchat.storage.reports import Report, ReportStore, TranscriptLine
from strangerchat.storage.restrictions import BAN, new_ref, record_automatic


class ChatService(Protocol):
    """What Reports needs of the process's chat service (Chat is one): naming it here, not
    importing Chat, keeps the import graph one-way."""

    stats: Stats
    relay: Relay
    guard: MessageGuard
    limits: RateLimits
    remote: Remote
    stores: SafetyStores

    def find_session(self, session_id: str) -> Session | None: ...

    def restriction_keys(self, session: Session) -> tuple[str, ...]: ...

    def personal_keys(self, session: Session) -> tuple[str, ...]: ...


log = logging.getLogger(__name__)

SEVERE = 2
NORMAL = 1
SEVERE_CATEGORIES = frozenset({"suspected_minor"})
REPORTED_INFO_CALL = "reported_info"  # asks the process holding the reported session


class ReportedInfo(msgspec.Struct):
    """What the process holding the reported session knows of it."""

    ip_hash: str | None  # for the report
    keys: list[str]  # what its restrictions are kept under (see standing.restriction_keys)
    signals: list[str]
    personal: list[str] = []  # its own session's and gate cookie's (see standing.personal_keys)


class _InfoRequest(msgspec.Struct):
    reporter: str
    end_chat: bool


class Reports:
    """Takes reports for one process; what they produce is stored for every process to see."""

    def __init__(
        self,
        chat: ChatService,
        evidence: EvidenceBuffer,
        store: ReportStore,
        bans: Bans,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._chat = chat
        self.evidence = evidence
        self.store = store
        self.bans = bans
        self._clock = clock
        chat.remote.add(REPORTED_INFO_CALL, self._info_called)

    async def report(self, session: Session, frame: ReportFrame) -> None:
        """Carry out a `report` frame, or raise Rejected."""
        in_chat = session.state is State.CHATTING and session.partner_id is not None
        reported_id = session.partner_id if in_chat else session.last_partner_id
        if reported_id is None:
            raise _nothing_to_report()
        evidence = await self.evidence.read(session.id, reported_id)
        if not in_chat and (evidence is None or evidence.ended_at is None):
            raise _nothing_to_report()  # too late: the evidence is gone with the chat
        await self._take_allowance(session)
        severe = frame.category in SEVERE_CATEGORIES
        info = await self._reported_info(session.id, reported_id, end_chat=False)
        report = self._make(session, reported_id, frame, evidence, info, severe)
        await self._store(report)
        # Checked after every wait: by now the session may be in a new chat, which stays on.
        if in_chat and session.partner_id == reported_id and session.state is State.CHATTING:
            await self._chat.relay.end_chat(session)  # the partner hears a neutral ending
        elif severe:
            await self._reported_info(session.id, reported_id, end_chat=True)
        if not info.keys and report.reported_ip is not None:
            info.keys = [report.reported_ip]  # gone from every process: where it wrote from
        stats = self._chat.stats
        stats.reports_by_category[frame.category] = (
            stats.reports_by_category.get(frame.category, 0) + 1
        )
        await self._count_towards_ban(session, info.keys, report.receipt)
        await self._chat.relay.deliver(session.id, encode_event(Reported(receipt=report.receipt)))

    async def _store(self, report: Report) -> None:
        try:
            await self.store.add(report)
        except Exception as exc:
            # Nothing of the report in the log: its text is for moderators only. The database
            # being down or slow is no bug: no traceback for that.
            if isinstance(exc, DatabaseError):
                log.warning("a report could not be stored: %s", exc)
            else:
                log.exception("a report could not be stored")
            raise Rejected(
                Code.REPORT_FAILED, "the report could not be saved; please try again"
            ) from None

    async def _take_allowance(self, session: Session) -> None:
        self._chat.limits.check_report(session)
        # The address's allowance is counted on every process together.
        counted = session.ip_hash is not None and not self._chat.limits.is_trusted(session)
        if counted and not await self.bans.may_report(session.ip_hash or ""):
            raise _too_many()

    async def _reported_info(
        self, reporter_id: str, reported_id: str, end_chat: bool
    ) -> ReportedInfo:
        """From the process holding the reported session; None if it is gone from every one."""
        reported = self._chat.find_session(reported_id)
        if reported is not None:
            return await self._info(reported, reporter_id, end_chat)
        request = msgspec.json.encode(_InfoRequest(reporter=reporter_id, end_chat=end_chat))
        reply = await self._chat.remote.call(REPORTED_INFO_CALL, reported_id, request)
        if reply:
            with contextlib.suppress(msgspec.DecodeError):
                return msgspec.json.decode(reply, type=ReportedInfo)
        return ReportedInfo(ip_hash=None, keys=[], signals=[])

    async def _info_called(self, session: Session, body: bytes) -> bytes:
        request = msgspec.json.decode(body, type=_InfoRequest)
        return msgspec.json.encode(await self._info(session, request.reporter, request.end_chat))

    async def _info(self, reported: Session, reporter_id: str, end_chat: bool) -> ReportedInfo:
        if end_chat and reported.state is State.CHATTING:
            # A suspected minor leaves whatever chat they are in now; a neutral ending for them.
            await self._chat.relay.end_chat(reported, leaver_event=STRANGER_DISCONNECTED)
        return ReportedInfo(
            ip_hash=reported.ip_hash,
            keys=list(self._chat.restriction_keys(reported)),
            signals=self._chat.guard.signals(reported.id, reporter_id),
            personal=list(self._chat.personal_keys(reported)),
        )

    def _make(
        self,
        session: Session,
        reported_id: str,
        frame: ReportFrame,
        evidence: Evidence | None,
        info: ReportedInfo,
        severe: bool,
    ) -> Report:
        reporter, reported = session_hash(session.id), session_hash(reported_id)
        lines = evidence.lines if evidence is not None else []
        written_from = evidence.ip_hashes.get(reported) if evidence is not None else None
        address_keys = info.keys or ([written_from] if written_from else [])
        personal_keys = info.personal or [f"session:{reported}"]
        return Report(
            receipt=secrets.token_urlsafe(16),
            category=frame.category,
            severity=SEVERE if severe else NORMAL,
            note=frame.note,
            at=self._clock(),
            reporter=reporter,
            reporter_ip=session.ip_hash,
            reported=reported,
            # Its own process knows best; if it is gone, the address its messages came from.
            reported_ip=info.ip_hash or written_from,
            transcript=[
                TranscriptLine(
                    by="reporter" if line.writer == reporter else "reported",
                    text=line.text,
                    at=line.at,
                )
                for line in lines
            ],
            signals=info.signals,
            # What a moderator's ban goes on: the address, then what is the visitor's alone.
            reported_keys=list(dict.fromkeys([*address_keys, *personal_keys])),
        )

    async def _count_towards_ban(
        self, session: Session, reported_keys: list[str], receipt: str
    ) -> None:
        if not reported_keys:
            return
        reporter = self._chat.restriction_keys(session)[0]
        ref = new_ref()
        ban: Restriction | None = await self.bans.count_report(reported_keys[0], reporter, ref)
        if ban is not None and ban.ref == ref:  # a new ban, not one that stood already
            restrictions = self._chat.stores.records.restrictions
            keys = [reported_keys[0]]
            await record_automatic(restrictions, ref, BAN, REPORTED, keys, ban.until, receipt)
        if ban is not None:
            label = ban_length_label(ban.until - self._clock())
            stats = self._chat.stats
            stats.bans_by_length[label] = stats.bans_by_length.get(label, 0) + 1
            log.info("banned after reports from several addresses, for %s", label)


def ban_length_label(seconds: float) -> str:
    """1h, 24h, 168h: a ban's length in hours, for counters and logs."""
    return f"{round(seconds / 3600)}h"


def _nothing_to_report() -> Rejected:
    return Rejected(
        Code.NOTHING_TO_REPORT, "reports are taken during a chat and for a few minutes after it"
    )


def _too_many() -> Rejected:
    return Rejected(Code.RATE_LIMITED, "too many reports: try again later")
