"""Group checks: the token checks of concurrent front requests joined into one statement
(PostgreSQL, ``central_api.front_pool``).

Many installations sync at once, so many 304s are in flight together, each one token
check. A :class:`GroupCheck` sends the checks that arrive in one turn of the event loop
as one statement, in the first one's task, when none of its statements is in flight;
those that arrive while one is gather and go, when it returns, as one statement,
``… WHERE token_hash = ANY(%(hashes)s)``, whose rows end with their token's hash. Every
request is still checked against the database after it arrived (a check never joins a
statement already sent, and nothing is kept across statements), so a revoked or expired
token or a deactivated user is refused at once. Each request waits at most the pool's
``timeout_s`` from its batch's first check (one timer per batch, not per request); a
failed or late statement fails each of its requests with ``FrontDbError`` (the front then
hands them on to FastAPI, which answers as before).
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

from central_api.front_pool import FrontDbError, FrontPool, FrontSql

Row = tuple[Any, ...]
HASHES_PARAMETER = "hashes"
MAX_IN_FLIGHT = 1  # statements of one group check running at once, per worker


class _Batch:
    """The checks waiting for one statement: each hash's waiting requests, and the time
    by which the statement must have answered (the first check's arrival plus the pool's
    ``timeout_s``; one timer for the whole batch)."""

    __slots__ = ("answers", "deadline", "timer")

    def __init__(self, deadline: float) -> None:
        self.answers: dict[str, list[asyncio.Future[list[Row]]]] = {}
        self.deadline = deadline
        self.timer: asyncio.TimerHandle | None = None


class GroupCheck:
    """One statement for the concurrent checks of many token hashes (see the module's
    docstring). ``statement`` takes the hashes as ``hashes`` and ends each row with its
    token's hash; :meth:`rows` gives a hash's rows without it."""

    def __init__(
        self, pool: FrontPool, statement: FrontSql, max_in_flight: int = MAX_IN_FLIGHT
    ) -> None:
        self._pool = pool
        self._statement = statement
        self._max_in_flight = max_in_flight
        self._pending: _Batch | None = None
        self._in_flight = 0
        self._send_scheduled = False
        self._tasks: set[asyncio.Task[None]] = set()

    async def rows(self, hash_: str) -> list[Row]:
        """The statement's rows for ``hash_`` (empty: no such token), read after this call;
        ``FrontDbError`` when the statement fails or does not answer within the pool's
        ``timeout_s``."""
        loop = asyncio.get_running_loop()
        if self._pending is None and self._in_flight < self._max_in_flight:
            return await self._lead(hash_, loop)
        answer: asyncio.Future[list[Row]] = loop.create_future()
        batch = self._pending
        if batch is None:
            batch = self._pending = _Batch(loop.time() + self._pool.timeout_s)
            batch.timer = loop.call_at(batch.deadline, self._expire, batch)
        batch.answers.setdefault(hash_, []).append(answer)
        if self._in_flight < self._max_in_flight:
            self._send_soon(loop)
        return await answer

    async def _lead(self, hash_: str, loop: asyncio.AbstractEventLoop) -> list[Row]:
        """Nothing in flight, nothing waiting: this request's task sends the statement at
        the end of this loop turn, with the checks that arrive in it (no extra task, no
        timer: the statement's own limit bounds the wait)."""
        answer: asyncio.Future[list[Row]] = loop.create_future()
        batch = self._pending = _Batch(loop.time() + self._pool.timeout_s)
        batch.answers[hash_] = [answer]
        self._in_flight += 1  # those arriving in this turn join the batch
        try:
            await asyncio.sleep(0)  # the end of this loop turn
        except BaseException:
            self._in_flight -= 1  # cancelled: the others' checks go as a batch of their own
            answer.cancel()
            self._send_soon(loop)
            raise
        self._pending = None
        await self._run(batch)
        return answer.result()

    def _send_soon(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._pending is not None and not self._send_scheduled:
            self._send_scheduled = True
            loop.call_soon(self._send)

    def _expire(self, batch: _Batch) -> None:
        """A batch still waiting for the statement before it at its deadline fails."""
        if batch is self._pending:
            self._pending = None
            _settle(batch, exception=FrontDbError("the group check took too long"))

    def _send(self) -> None:
        """Send the pending checks (called at the end of a loop turn, or when this check's
        statement in flight returns)."""
        self._send_scheduled = False
        batch = self._pending
        if batch is None or self._in_flight >= self._max_in_flight:
            return
        self._pending = None
        self._in_flight += 1
        task = asyncio.get_running_loop().create_task(self._run(batch))
        self._tasks.add(task)  # a reference until it ends
        task.add_done_callback(self._tasks.discard)

    async def _run(self, batch: _Batch) -> None:
        loop = asyncio.get_running_loop()
        if batch.timer is not None:
            batch.timer.cancel()  # the statement's own limit takes over
        try:
            params = self._statement.params(**{HASHES_PARAMETER: list(batch.answers)})
            limit = max(batch.deadline - loop.time(), 0.0)
            found = await self._pool.fetch(self._statement, params, timeout_s=limit)
        except BaseException as exc:
            failure = exc if isinstance(exc, FrontDbError) else FrontDbError(repr(exc))
            _settle(batch, exception=failure)
            if not isinstance(exc, Exception):
                raise
        else:
            by_hash: dict[str, list[Row]] = {}
            for row in found:
                by_hash.setdefault(row[-1], []).append(tuple(row[:-1]))
            _settle(batch, by_hash)
        finally:
            self._in_flight -= 1
            self._send_soon(loop)


def _settle(
    batch: _Batch,
    rows: dict[str, list[Row]] | None = None,
    exception: BaseException | None = None,
) -> None:
    """Give each still-waiting request of ``batch`` its hash's rows (its own list) or the
    failure."""
    for hash_, answers in batch.answers.items():
        for answer in answers:
            if answer.done():
                continue  # its request gave up (cancelled)
            if exception is not None:
                answer.set_exception(exception)
            else:
                answer.set_result(list((rows or {}).get(hash_, ())))


_GROUP_CHECKS: weakref.WeakKeyDictionary[FrontPool, dict[str, GroupCheck]] = (
    weakref.WeakKeyDictionary()
)


def group_check(pool: FrontPool, statement: FrontSql) -> GroupCheck:
    """``pool``'s one group check of ``statement`` (made when first asked)."""
    checks = _GROUP_CHECKS.get(pool)
    if checks is None:
        checks = _GROUP_CHECKS[pool] = {}
    check = checks.get(statement.sql)
    if check is None:
        check = checks[statement.sql] = GroupCheck(pool, statement)
    return check
