"""SQLite for the moderation database: one connection, used by one thread, off the event loop.

sqlite3 blocks, so calls go to a single worker thread. Its deadline is kept inside that thread
too: the busy timeout waits for other processes' locks no longer than the call may take, and a
progress handler aborts a statement that runs past it, so a late call does not block the next.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from strangerchat.storage.database import Database, DatabaseError, Params, Row, Statement

T = TypeVar("T")
IN_FLIGHT = 64  # calls waiting for the thread at once; more wait for a place, within a deadline
PROGRESS_STEPS = 1000  # SQLite virtual-machine steps between deadline checks
# The thread keeps the deadline itself; the event loop waits this much longer as a backstop, so
# a caller hears the thread's own verdict and is never told "failed" of a call that then lands.
BACKSTOP = 1.0
RETRY_PAUSE = 0.01  # seconds between tries when SQLite says "locked" without waiting


class SqliteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self._timeout = timeout
        self._thread = concurrent.futures.ThreadPoolExecutor(1, "strangerchat-sqlite")
        self._places = asyncio.Semaphore(IN_FLIGHT)
        self._connection: sqlite3.Connection | None = None
        self._closed = False
        self._deadline = 0.0  # read by the progress handler, in the worker thread

    async def open(self) -> None:
        await self._call(lambda connection: None)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        await asyncio.get_running_loop().run_in_executor(self._thread, self._disconnect)
        self._thread.shutdown(wait=False)

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        return await self._call(lambda connection: connection.execute(sql, params).fetchall())

    async def run(self, statements: Sequence[Statement]) -> list[int]:
        def transaction(connection: sqlite3.Connection) -> list[int]:
            with connection:  # commits, or rolls back on an error
                connection.execute("BEGIN IMMEDIATE")
                return [connection.execute(sql, params).rowcount for sql, params in statements]

        return await self._call(transaction)

    async def _call(self, job: Callable[[sqlite3.Connection], T]) -> T:
        if self._closed:
            raise DatabaseError("the moderation database is closed")
        deadline = time.monotonic() + self._timeout
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(self._timeout + BACKSTOP):
                async with self._places:
                    return await loop.run_in_executor(self._thread, self._work, job, deadline)
        except TimeoutError:
            raise DatabaseError("the moderation database did not answer in time") from None

    def _work(self, job: Callable[[sqlite3.Connection], T], deadline: float) -> T:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DatabaseError("the moderation database did not answer in time")
            try:
                self._deadline = deadline
                connection = self._connect()
                connection.execute(f"PRAGMA busy_timeout = {int(remaining * 1000)}")
                return job(connection)
            except sqlite3.OperationalError as exc:
                # SQLite may answer "locked" without waiting (WAL set-up, recovery, a deadlock
                # it avoids): the transaction was rolled back, so it is tried again in time.
                if "locked" not in str(exc) or deadline - time.monotonic() <= RETRY_PAUSE:
                    raise DatabaseError(f"the moderation database refused a call: {exc}") from None
                time.sleep(RETRY_PAUSE)
            except (sqlite3.Error, ValueError, OverflowError) as exc:  # a value it cannot bind too
                raise DatabaseError(f"the moderation database refused a call: {exc}") from None
            except OSError as exc:
                problem = exc.strerror or exc
                raise DatabaseError(f"cannot open {str(self.path)!r}: {problem}") from None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.path.chmod(0o600)  # moderation records are for the operator's eyes only
            connection.set_progress_handler(self._past_deadline, PROGRESS_STEPS)
            try:
                # WAL: readers never wait for the writer; several processes may share the file.
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = FULL")  # a report survives a crash
            except BaseException:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def _past_deadline(self) -> int:
        return 1 if time.monotonic() > self._deadline else 0

    def _disconnect(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
