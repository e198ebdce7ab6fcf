"""Group checks: the token checks of concurrent front requests joined into one statement
(PostgreSQL, ``central_api.front_pool``).

Many installations sync at once, so many 304s are in flight together, each one token
check. A :class:`GroupCheck` gathers the checks that arrive while its previous statement
is still running (or within one turn of the event loop) and sends them as one statement,
``… WHERE token_hash = ANY(%(hashes)s)``, whose rows end with their token's hash. Every
request is still checked against the database after it arrived (a check never joins a
statement already sent, and nothing is kept across statements), so a revoked or expired
token or a deactivated user is refused at once. Each request waits at most the pool's
``timeout_s``; a failed statement fails each of its requests with ``FrontDbError`` (the
front then hands them on to FastAPI, which answers as before).
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

from central_api.front_pool import FrontDbError, FrontPool, FrontSql

Row = tuple[Any, ...]
HASHES_PARAMETER = "hashes"
MAX_IN_FLIGHT = 1  # statements of one group check running at once, per worker


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
        self._pending: dict[str, list[asyncio.Future[list[Row]]]] = {}
        self._in_flight = 0
        self._send_scheduled = False
        self._tasks: set[asyncio.Task[None]] = set()

    async def rows(self, hash_: str) -> list[Row]:
        """The statement's rows for ``hash_`` (empty: no such token), read after this call;
        ``FrontDbError`` when the statement fails or the pool's ``timeout_s`` runs out."""
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[list[Row]] = loop.create_future()
        self._pending.setdefault(hash_, []).append(answer)
        self._schedule_send(loop)
        try:
            async with asyncio.timeout(self._pool.timeout_s):
                return await answer
        except TimeoutError as exc:
            raise FrontDbError("the group check took too long") from exc

    def _schedule_send(self, loop: asyncio.AbstractEventLoop) -> None:
        """Send the pending checks at the end of this loop turn, unless a statement of this
        check is in flight (then they go when it returns)."""
        if not self._send_scheduled and self._in_flight < self._max_in_flight:
            self._send_scheduled = True
            loop.call_soon(self._send)

    def _send(self) -> None:
        self._send_scheduled = False
        if not self._pending or self._in_flight >= self._max_in_flight:
            return
        batch, self._pending = self._pending, {}
        self._in_flight += 1
        task = asyncio.get_running_loop().create_task(self._run(batch))
        self._tasks.add(task)  # a reference until it ends
        task.add_done_callback(self._tasks.discard)

    async def _run(self, batch: dict[str, list[asyncio.Future[list[Row]]]]) -> None:
        try:
            params = self._statement.params(**{HASHES_PARAMETER: list(batch)})
            found = await self._pool.fetch(self._statement, params)
        except BaseException as exc:
            failure = exc if isinstance(exc, FrontDbError) else FrontDbError(repr(exc))
            for answers in batch.values():
                _settle(answers, exception=failure)
            if not isinstance(exc, Exception):
                raise
        else:
            by_hash: dict[str, list[Row]] = {}
            for row in found:
                by_hash.setdefault(row[-1], []).append(tuple(row[:-1]))
            for hash_, answers in batch.items():
                _settle(answers, rows=by_hash.get(hash_, []))
        finally:
            self._in_flight -= 1
            if self._pending:
                self._schedule_send(asyncio.get_running_loop())


def _settle(
    answers: list[asyncio.Future[list[Row]]],
    rows: list[Row] | None = None,
    exception: BaseException | None = None,
) -> None:
    """Give each still-waiting request its rows (each its own list) or the failure."""
    for answer in answers:
        if answer.done():
            continue  # its request gave up (timeout, cancelled)
        if exception is not None:
            answer.set_exception(exception)
        else:
            answer.set_result(list(rows or ()))


_GROUP_CHECKS: weakref.WeakKeyDictionary[FrontPool, dict[str, GroupCheck]] = (
    weakref.WeakKeyDictionary()
)


def group_check(pool: FrontPool, statement: FrontSql) -> GroupCheck:
    """``pool``'s one group check of ``statement`` (made when first asked)."""
    checks = _GROUP_CHECKS.setdefault(pool, {})
    check = checks.get(statement.sql)
    if check is None:
        check = checks[statement.sql] = GroupCheck(pool, statement)
    return check
