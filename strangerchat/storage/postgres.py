"""PostgreSQL for the moderation database, through psycopg 3's asyncio pool.

The deadline is kept twice: asyncio cancels the call (psycopg then cancels the query on the
server), and the server's own statement_timeout ends a statement the client has given up on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import psycopg
import psycopg_pool

from strangerchat.storage.database import Database, DatabaseError, Params, Row, Statement

T = TypeVar("T")

POOL_SIZE = 4  # moderation records are few: a report, a decision, a page of the queue
WAITING = 64  # calls waiting for a connection at once; more are refused at once


def _placeholders(sql: str) -> str:
    """The schema's SQL uses `?`; psycopg wants `%s` (and none of our SQL holds a `%`)."""
    return sql.replace("?", "%s")


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(self, url: str, timeout: float) -> None:
        self._url = url
        self._timeout = timeout
        self._pool: psycopg_pool.AsyncConnectionPool[Any] | None = None

    async def open(self) -> None:
        milliseconds = max(1, int(self._timeout * 1000))
        options: dict[str, Any] = {
            "autocommit": True,
            "connect_timeout": max(1, round(self._timeout)),
            "options": f"-c statement_timeout={milliseconds}",
        }
        await self._try_once(options)
        pool: psycopg_pool.AsyncConnectionPool[Any] = psycopg_pool.AsyncConnectionPool(
            self._url,
            min_size=1,
            max_size=POOL_SIZE,
            max_waiting=WAITING,
            timeout=self._timeout,
            open=False,
            kwargs=options,
            # A connection is checked as it is handed out, so the first call after a server
            # restart does not fail on a connection the restart broke.
            check=psycopg_pool.AsyncConnectionPool.check_connection,
        )
        try:
            await pool.open(wait=True, timeout=self._timeout)
        except (psycopg.Error, psycopg_pool.PoolTimeout) as exc:
            await pool.close()
            raise DatabaseError(f"cannot connect to the moderation database: {exc}") from None
        self._pool = pool

    async def _try_once(self, options: dict[str, Any]) -> None:
        """One connection first: the pool would only say that it timed out, not why."""
        try:
            async with asyncio.timeout(self._timeout):
                connection = await psycopg.AsyncConnection.connect(self._url, **options)
            await connection.close()
        except TimeoutError:
            raise DatabaseError("cannot connect to the moderation database in time") from None
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseError(f"cannot connect to the moderation database: {reason}") from None

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def fetch(self, sql: str, params: Params = ()) -> list[Row]:
        async def job(connection: psycopg.AsyncConnection[Any]) -> list[Row]:
            cursor = await connection.execute(_placeholders(sql), params)
            return [tuple(row) for row in await cursor.fetchall()]

        return await self._call(job)

    async def run(self, statements: Sequence[Statement]) -> list[int]:
        async def job(connection: psycopg.AsyncConnection[Any]) -> list[int]:
            counts = []
            async with connection.transaction():
                for sql, params in statements:
                    cursor = await connection.execute(_placeholders(sql), params)
                    counts.append(cursor.rowcount)
            return counts

        return await self._call(job)

    async def _call(self, job: Callable[[psycopg.AsyncConnection[Any]], Awaitable[T]]) -> T:
        if self._pool is None:
            raise DatabaseError("the moderation database is not open")
        try:
            async with asyncio.timeout(self._timeout), self._pool.connection() as connection:
                return await job(connection)
        except TimeoutError:
            raise DatabaseError("the moderation database did not answer in time") from None
        except (psycopg.Error, psycopg_pool.PoolTimeout, psycopg_pool.TooManyRequests) as exc:
            raise DatabaseError(f"the moderation database refused a call: {exc}") from None
