"""Sign-in throttle: failed attempts per username and per address, in the database.

Every worker process shares the counters (nothing lives only in one process). A key
with ``limit`` failures in the current window answers 429 ``too_many_attempts`` with
``Retry-After`` until the window ends, before any password is hashed; a successful
sign-in clears its username's counter. Old windows are purged by the periodic cleanup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central_api.errors import ApiError
from central_api.models import SignInFailureRow, utcnow


@dataclass(frozen=True)
class ThrottleLimits:
    """At most ``per_user`` / ``per_address`` failures per window of ``window_s``."""

    per_user: int
    per_address: int
    window_s: int

    @property
    def window(self) -> timedelta:
        return timedelta(seconds=self.window_s)


def user_key(username: str) -> str:
    return f"user:{username.casefold()}"


def address_key(address: str) -> str:
    return f"addr:{address}"


def check_allowed(session: Session, username: str, address: str, limits: ThrottleLimits) -> None:
    """429 with ``Retry-After`` while the username or the address is over its limit."""
    now = utcnow()
    keys = ((user_key(username), limits.per_user), (address_key(address), limits.per_address))
    for key, limit in keys:
        row = session.get(SignInFailureRow, key)
        if row is None or row.window_started_at <= now - limits.window:
            continue
        if row.failures >= limit:
            wait = row.window_started_at + limits.window - now
            seconds = max(1, math.ceil(wait.total_seconds()))
            session.rollback()
            raise ApiError(
                429,
                "too_many_attempts",
                f"Too many failed sign-ins; try again in {seconds} seconds",
                headers={"Retry-After": str(seconds)},
            )


def record_failure(session: Session, username: str, address: str, limits: ThrottleLimits) -> None:
    """Count one failed sign-in for the username and the address (committed now)."""
    session.rollback()
    now = utcnow()
    for key in (user_key(username), address_key(address)):
        _count(session, key, now, limits.window)
    session.commit()


def _count(session: Session, key: str, now: datetime, window: timedelta) -> None:
    for _ in range(3):
        counted = session.execute(
            update(SignInFailureRow)
            .where(SignInFailureRow.key == key, SignInFailureRow.window_started_at > now - window)
            .values(failures=SignInFailureRow.failures + 1)
        )
        if getattr(counted, "rowcount", 0) == 1:
            return
        session.execute(
            delete(SignInFailureRow).where(
                SignInFailureRow.key == key, SignInFailureRow.window_started_at <= now - window
            )
        )
        try:
            with session.begin_nested():
                session.add(SignInFailureRow(key=key, failures=1, window_started_at=now))
            return
        except IntegrityError:
            continue  # another worker started the window: count in it


def clear_user(session: Session, username: str) -> None:
    """Forget the username's failures (after a right password; the caller commits)."""
    session.execute(delete(SignInFailureRow).where(SignInFailureRow.key == user_key(username)))


def purge_old(session: Session, now: datetime, window: timedelta) -> int:
    """Delete counters whose window ended; the number deleted (the caller commits)."""
    result = session.execute(
        delete(SignInFailureRow).where(SignInFailureRow.window_started_at <= now - window)
    )
    return int(getattr(result, "rowcount", 0) or 0)
