"""The background sender: posts outbox entries with their ``Idempotency-Key``.

Exactly once: every attempt of an entry sends the same bytes under the same key, and
the server replays its first answer to a repeat. Before each attempt the entry is
marked *in flight* in its own committed transaction, so a crash or kill at any point
leaves either a safe retry or a recorded answer. Network errors, timeouts, 5xx and
``409 idempotency_in_progress`` retry with exponential backoff and jitter; other 4xx
answers stop the entry and tell the user what to fix. Runs off the UI thread.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import requests
import urllib3.exceptions
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.order_wire import RemoteOrder
from desktop.domain.values import ValueFormatError
from desktop.remote.errors import ApiError, NetworkError, NotSignedInError, SignInRequiredError
from desktop.remote.http import ApiClient
from desktop.remote.sender_loop import SenderLoop
from desktop.storage.database import RunDb, run_inline
from desktop.storage.order_repo import Refusal
from desktop.storage.outbox_repo import OutboxEntry, OutboxRepository

log = logging.getLogger(__name__)

ORDERS_PATH = "/orders"
RETRY_STATUSES = frozenset({408, 425, 429})
IN_PROGRESS = "idempotency_in_progress"  # 409: the first attempt is still being handled
IDLE_WAIT_S = 30.0  # re-check for due entries at least this often
STORE_ERROR_WAIT_S = 2.0  # the local file was busy or locked: try again soon

Probe = Callable[[str, OutboxEntry], None]  # fault injection: called at named points


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    REFUSED = "refused"
    SIGNED_OUT = "signed_out"
    GONE = "gone"


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: attempt n waits about base·2^(n-1), at most cap."""

    base_s: float = 1.0
    cap_s: float = 60.0

    def delay(self, attempts: int, rng: random.Random) -> float:
        ceiling = min(self.cap_s, self.base_s * 2.0 ** max(attempts - 1, 0))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)  # "equal jitter": never ~0


@dataclass
class SendReport:
    """What one pass over the due entries did."""

    sent: int = 0
    retried: int = 0
    refused: int = 0
    signed_out: bool = False
    store_busy: bool = False
    pause_s: float = 0.0  # wait at least this long before the next pass


def may_have_arrived(error: BaseException) -> bool:
    """False only when the request certainly never left (no connection was made)."""
    cause = error.__cause__
    if isinstance(cause, requests.exceptions.ConnectTimeout):
        return False
    if isinstance(cause, requests.exceptions.ConnectionError) and cause.args:
        reason = getattr(cause.args[0], "reason", cause.args[0])
        if isinstance(reason, urllib3.exceptions.NewConnectionError):
            return False
    return True


class OutboxSender:
    """Sends one user's outbox. ``send_due`` is one pass; ``start`` runs passes on a thread.

    ``api`` is the client (or a function giving the signed-in session's client, raising
    ``NotSignedInError`` when there is none). ``username`` gives the signed-in user (None
    when signed out: nothing is sent, so a queued order waits for the next sign-in by
    the same user). ``run_db`` runs store
    work on the app's database thread. ``on_change`` is called (on the sender's thread)
    after every change of an order or the outbox length.
    """

    def __init__(
        self,
        outbox: OutboxRepository,
        api: ApiClient | Callable[[], ApiClient],
        username: Callable[[], str | None],
        *,
        run_db: RunDb = run_inline,
        backoff: Backoff | None = None,
        rng: random.Random | None = None,
        clock: Callable[[], datetime] | None = None,
        probe: Probe | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self._outbox = outbox
        self._api = api if callable(api) and not isinstance(api, ApiClient) else (lambda: api)
        self._username = username
        self._run_db = run_db
        self._backoff = backoff or Backoff()
        self._rng = rng or random.Random()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._probe = probe
        self._on_change = on_change
        self._loop = SenderLoop("avrop-outbox", self._pass)
        self._stop = self._loop.stopping
        self._pass_lock = threading.Lock()
        self._reset_requested = threading.Event()

    # -- one pass --------------------------------------------------------------------

    def send_due(self, limit: int = 50) -> SendReport:
        """Try every due entry of the signed-in user once (stops early when the server
        is unreachable or the user must sign in again)."""
        report = SendReport()
        username = self._username()
        if username is None:
            report.signed_out = True
            return report
        with self._pass_lock:
            try:
                if self._reset_requested.is_set():
                    self._reset_requested.clear()
                    self._run_db(lambda: self._outbox.reset_backoff(username, self._clock()))
                due = self._run_db(lambda: self._outbox.due(username, self._clock(), limit))
                for entry in due:
                    if self._stop.is_set():
                        break
                    outcome = self.send_one(entry, report)
                    if outcome is Outcome.SIGNED_OUT:
                        report.signed_out = True
                        break
                    if outcome is Outcome.RETRY:
                        break  # the server is unwell: the rest wait for the backoff
            except SQLAlchemyError as exc:
                log.warning("outbox: the local store is busy (%s); trying again soon", exc)
                report.store_busy = True
                report.pause_s = max(report.pause_s, STORE_ERROR_WAIT_S)
        return report

    def _touch(self, point: str, entry: OutboxEntry) -> None:
        if self._probe is not None:
            self._probe(point, entry)

    def send_one(self, entry: OutboxEntry, report: SendReport | None = None) -> Outcome:
        """One attempt for one entry, with its bookkeeping before and after."""
        report = report if report is not None else SendReport()
        try:
            api = self._api()
        except NotSignedInError:
            return Outcome.SIGNED_OUT
        self._touch("before_claim", entry)
        claimed = self._run_db(lambda: self._outbox.claim(entry.order_id, self._clock()))
        if claimed is None:
            return Outcome.GONE
        self._changed()
        self._touch("claimed", claimed)
        headers = {"Content-Type": "application/json", "Idempotency-Key": claimed.idempotency_key}
        try:
            response = api.request("POST", ORDERS_PATH, data=claimed.body, headers=headers)
            self._touch("answered", claimed)
            remote = RemoteOrder.from_json(response.json())
        except (SignInRequiredError, NotSignedInError) as exc:
            self._retry(claimed, claimed.in_flight, exc.code, report, count=False)
            return Outcome.SIGNED_OUT
        except NetworkError as exc:
            arrived = claimed.in_flight or may_have_arrived(exc)
            self._retry(claimed, arrived, f"{exc.code}: {exc.message}", report)
            return Outcome.RETRY
        except ApiError as exc:
            if exc.status == 401:
                self._retry(claimed, claimed.in_flight, exc.code, report, count=False)
                return Outcome.SIGNED_OUT
            if exc.status >= 500 or exc.status in RETRY_STATUSES or exc.code == IN_PROGRESS:
                self._retry(claimed, True, f"{exc.status} {exc.code}", report)
                return Outcome.RETRY
            refusal = Refusal(exc.code, exc.message, exc.field)
            self._run_db(lambda: self._outbox.record_refusal(claimed.order_id, refusal))
            report.refused += 1
            self._changed()
            return Outcome.REFUSED
        except (ValueError, ValueFormatError, TypeError, KeyError) as exc:
            # A 2xx whose body we cannot read: the server has the order; ask again.
            self._retry(claimed, True, f"bad_response: {exc}", report)
            return Outcome.RETRY
        self._run_db(lambda: self._outbox.record_answer(claimed.order_id, remote, self._clock()))
        self._touch("recorded", claimed)
        report.sent += 1
        self._changed()
        return Outcome.SENT

    def _retry(
        self,
        entry: OutboxEntry,
        arrived: bool,
        error: str,
        report: SendReport,
        *,
        count: bool = True,
    ) -> None:
        delay = self._backoff.delay(entry.attempts, self._rng) if count else 0.0
        when = self._clock() + timedelta(seconds=delay)
        self._run_db(
            lambda: self._outbox.record_retry(
                entry.order_id, may_have_arrived=arrived, next_attempt_at=when, error=error
            )
        )
        if count:
            report.retried += 1
            report.pause_s = max(report.pause_s, delay)
        log.info(
            "outbox: order %s not sent yet (%s); next try in %.1f s", entry.order_id, error, delay
        )
        self._changed()

    def _changed(self) -> None:
        if self._on_change is not None:
            try:
                self._on_change()
            except Exception:  # a listener must never stop the sender
                log.exception("outbox: change listener failed")

    # -- the background thread -----------------------------------------------------------

    def start(self) -> None:
        """Run passes on a daemon thread until ``stop``; ``wake`` starts one at once."""
        self._loop.start()

    def wake(self, reset_backoff: bool = False) -> None:
        """Send now (a new order, a sign-in). With ``reset_backoff`` (the network is back)
        entries waiting out their backoff are due again; the store is touched on the
        sender's thread, never the caller's."""
        if reset_backoff:
            self._reset_requested.set()
        self._loop.wake()

    def stop(self, timeout: float = 10.0) -> None:
        self._loop.stop(timeout)

    @property
    def running(self) -> bool:
        return self._loop.running

    def _wait_s(self, report: SendReport) -> float:
        username = self._username()
        if username is None or report.signed_out:
            return IDLE_WAIT_S
        try:
            due = self._run_db(lambda: self._outbox.next_due_at(username))
        except SQLAlchemyError:
            return STORE_ERROR_WAIT_S
        if due is None:
            return IDLE_WAIT_S
        until_due = (due - self._clock()).total_seconds()
        return min(IDLE_WAIT_S, max(until_due, report.pause_s, 0.0))

    def _pass(self) -> float:
        try:
            return self._wait_s(self.send_due())
        except Exception:
            log.exception("outbox: a pass failed")
            return STORE_ERROR_WAIT_S
