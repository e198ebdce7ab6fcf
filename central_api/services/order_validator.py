"""The background validator: claims ``validating`` orders and runs the checks a
synchronous ``POST /orders`` used to run before it answered.

One thread per worker process, with its own database sessions (never on the event loop).
A claim is one transaction: ``SELECT … FOR UPDATE SKIP LOCKED`` (PostgreSQL; on SQLite
the database's single writer serialises claimants), the checks, the outcome, the change
number, the commit. A validator killed before its commit leaves the row ``validating``
for the next claim; with several workers on one PostgreSQL no order is validated twice,
and none is left behind (each validator polls for rows accepted elsewhere).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from central_api.errors import ApiError
from central_api.models import OrderRow, utcnow
from central_api.services.order_numbering import commit_numbered
from central_api.services.order_placing import checked_order, store_checked
from desktop.domain.order import OrderState

log = logging.getLogger(__name__)

POLL_S = 1.0  # for rows another process accepted (this process's accepts wake it at once)
_CLAIM = (
    select(OrderRow)
    .where(OrderRow.state == OrderState.VALIDATING.value)
    .order_by(OrderRow.id)
    .limit(1)
    .with_for_update(skip_locked=True)  # SQLite: no locking clause (one writer anyway)
)


def refusal_body(error: ApiError) -> dict[str, object]:
    """A refusal as the 422 of a synchronous ``POST /orders`` gave it."""
    return {**error.extra, "code": error.code, "message": error.message, "field": error.field}


_CRASHED = {
    "code": "validation_failed",
    "message": "The server could not check this order; send it again",
    "field": None,
}


def _refuse(row: OrderRow, body: dict[str, object]) -> None:
    row.state = OrderState.REFUSED.value
    row.refusal = json.dumps(body, ensure_ascii=False)


def claim(session: Session) -> OrderRow | None:
    """The oldest ``validating`` order no other validator holds, locked until the
    caller's commit or rollback (None: nothing to do)."""
    return session.scalars(_CLAIM).one_or_none()


def validate_claimed(session: Session, row: OrderRow, today: date) -> None:
    """Check ``row`` and record the outcome (not committed, nor numbered: the caller's
    ``commit_numbered`` does both)."""
    try:
        doc, limit = checked_order(session, row, today)
        store_checked(session, row, doc, limit)  # its storage guard checks before it writes
    except ApiError as error:
        _refuse(row, refusal_body(error))
    except SQLAlchemyError:
        raise  # the database: roll back, the row is claimed again
    except Exception:  # a bug must not hold the queue: refuse this one, say so
        log.exception("checking order %s crashed", row.id)
        _refuse(row, dict(_CRASHED))
    row.updated_at = utcnow()
    session.flush()


def validate_next(sessions: sessionmaker[Session], today: Callable[[], date]) -> bool:
    """Claim, check and settle one order in one transaction; False when none waits."""
    with sessions() as session:
        row = claim(session)
        if row is None:
            session.rollback()
            return False
        order_id = row.id
        try:
            validate_claimed(session, row, today())
            commit_numbered(session, order_id)
        except (IntegrityError, DataError):  # what the database refuses, it always will
            session.rollback()
            log.exception("storing the checked order %s failed; refusing it", order_id)
            _refuse_stuck(session, order_id)
        log.debug("validated order %s", order_id)
        return True


def settle_next(sessions: sessionmaker[Session], today: Callable[[], date]) -> bool:
    """``validate_next`` for a loop that must go on: a failure is logged (the claim rolled
    back, the order waits for the next try) and counts as nothing done."""
    try:
        return validate_next(sessions, today)
    except SQLAlchemyError:  # the database went away: the claim rolled back
        log.warning("order validation failed; retrying", exc_info=True)
    except Exception:  # a bug: keep the validator alive, try again later
        log.exception("order validation crashed; retrying")
    return False


def _refuse_stuck(session: Session, order_id: int) -> None:
    """Refuse an order the database would not store as checked (claimed again by its id,
    in a transaction of its own; another validator may have it already)."""
    row = session.scalars(_CLAIM.where(OrderRow.id == order_id)).one_or_none()
    if row is None:
        session.commit()
        return
    _refuse(row, dict(_CRASHED))
    row.updated_at = utcnow()
    session.flush()
    commit_numbered(session, order_id)


class Validator:
    """The validator thread of one process: ``wake()`` after an accept, ``stop()`` at
    shutdown. ``hold`` (tests) pauses it before each claim while it is cleared."""

    def __init__(self, sessions: sessionmaker[Session], today: Callable[[], date]) -> None:
        self._sessions = sessions
        self._today = today
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self.hold = threading.Event()
        self.hold.set()
        self._thread = threading.Thread(target=self._run, name="order-validator", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self.hold.set()
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.is_set():
            self.hold.wait()
            if self._stopping.is_set():
                return
            self._wake.clear()
            if not settle_next(self._sessions, self._today):
                self._wake.wait(POLL_S)


def validator_of(app: Any) -> Validator | None:
    """The app's validator (None for an app without one, e.g. a seeding app)."""
    found = getattr(app.state, "validator", None)
    return found if isinstance(found, Validator) else None


def wake_validator(app: Any) -> None:
    """After an accept committed: this process's validator checks it at once."""
    validator = validator_of(app)
    if validator is not None:
        validator.wake()
