"""The one background sender: posts every outbox entry with its ``Idempotency-Key``.

Exactly once: every attempt of an entry sends the same bytes under the same key, and
the server replays its first answer to a repeat. Before each attempt the entry is
marked *in flight* in its own committed transaction, so a crash or kill at any point
leaves either a safe retry or a recorded answer. What a failed attempt means is
``send_policy`` (the one retry policy). Orders, office requests, call-offs and every
later kind go through here; nothing in it depends on the kind. Runs off the UI thread.

An unexpected exception while handling one entry never stops the sender: it is logged,
the entry is marked (state ``error``, ``last_error``, backed off) and the pass goes on.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.refusal import Refusal
from desktop.domain.values import ValueFormatError
from desktop.remote.errors import ApiError, NetworkError, NotSignedInError, SignInRequiredError
from desktop.remote.http import ApiClient
from desktop.remote.send_policy import Backoff, Verdict, may_have_arrived, verdict
from desktop.remote.sender_loop import SenderLoop
from desktop.storage.database import RunDb, run_inline
from desktop.storage.outbox_models import EntryState
from desktop.storage.outbox_repo import OutboxEntry, OutboxRepository

log = logging.getLogger(__name__)

IDLE_WAIT_S = 30.0  # re-check for due entries at least this often
STORE_ERROR_WAIT_S = 2.0  # the local file was busy or locked: try again soon
UNREADABLE = (ValueError, ValueFormatError, TypeError, KeyError)  # a 2xx we cannot read

Probe = Callable[[str, OutboxEntry], None]  # fault injection: called at named points


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    REFUSED = "refused"
    SIGNED_OUT = "signed_out"
    GONE = "gone"
    FAULT = "fault"  # an unexpected exception: logged, entry marked, the pass goes on


@dataclass
class SendReport:
    """What one pass over the due entries did."""

    sent: int = 0
    retried: int = 0
    refused: int = 0
    faults: int = 0
    signed_out: bool = False
    store_busy: bool = False
    pause_s: float = 0.0  # wait at least this long before the next pass


class OutboxSender:
    """Sends one user's outbox. ``send_due`` is one pass; ``start`` runs passes on a thread.

    ``api`` is the client (or a function giving the signed-in session's client, raising
    ``NotSignedInError`` when there is none). ``username`` gives the signed-in user (None
    when signed out: nothing is sent, so queued work waits for the next sign-in by the
    same user). ``run_db`` runs store work on the app's database thread. Listeners
    (``on_change``, ``add_listener``) are called on the sender's thread after every change
    of an entry or of the outbox length.
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
        self.outbox = outbox
        self._api = api if callable(api) and not isinstance(api, ApiClient) else (lambda: api)
        self._username = username
        self._run_db = run_db
        self._backoff = backoff or Backoff()
        self._rng = rng or random.Random()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._probe = probe
        self._listeners: list[Callable[[], None]] = [on_change] if on_change else []
        self._loop = SenderLoop("avrop-outbox", self._pass)
        self._stop = self._loop.stopping
        self._pass_lock = threading.Lock()
        self._reset_requested = threading.Event()

    def add_listener(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (on the sender's thread) after every change."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

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
                    self._run_db(lambda: self.outbox.reset_backoff(username, self._clock()))
                due = self._run_db(lambda: self.outbox.due(username, self._clock(), limit))
                for entry in due:
                    if self._stop.is_set():
                        break
                    outcome = self._send_guarded(entry, report)
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

    def _send_guarded(self, entry: OutboxEntry, report: SendReport) -> Outcome:
        try:
            return self.send_one(entry, report)
        except SQLAlchemyError:
            raise  # the store is busy: the pass ends and is tried again soon
        except Exception as exc:
            log.exception("outbox: %s %s failed unexpectedly", entry.kind, entry.subject_id)
            self._mark_fault(entry, exc, report)
            return Outcome.FAULT

    def _mark_fault(self, entry: OutboxEntry, exc: Exception, report: SendReport) -> None:
        report.faults += 1
        delay = self._backoff.delay(max(entry.attempts, 1), self._rng)
        try:
            self._run_db(
                lambda: self.outbox.record_retry(
                    entry.id,
                    may_have_arrived=True,  # unknown: keep it locked, resend under its key
                    next_attempt_at=self._clock() + timedelta(seconds=delay),
                    error=f"unexpected: {exc!r}",
                    state=EntryState.ERROR,
                )
            )
        except Exception:
            log.exception("outbox: could not mark %s after a fault", entry.id)
        self._changed()

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
        claimed = self._run_db(lambda: self.outbox.claim(entry.id, self._clock()))
        if claimed is None:
            return Outcome.GONE
        self._changed()
        self._touch("claimed", claimed)
        headers = {"Content-Type": "application/json", "Idempotency-Key": claimed.idempotency_key}
        try:
            response = api.request(claimed.method, claimed.path, data=claimed.body, headers=headers)
            self._touch("answered", claimed)
            answer: Any = response.json()
            self._run_db(lambda: self.outbox.record_answer(claimed.id, answer, self._clock()))
        except (SignInRequiredError, NotSignedInError) as exc:
            self._retry(claimed, claimed.in_flight, exc.code, report, count=False)
            return Outcome.SIGNED_OUT
        except NetworkError as exc:
            arrived = claimed.in_flight or may_have_arrived(exc)
            self._retry(claimed, arrived, f"{exc.code}: {exc.message}", report)
            return Outcome.RETRY
        except ApiError as exc:
            return self._answered_with_error(claimed, exc, report)
        except UNREADABLE as exc:
            # A 2xx whose body we cannot read: the server has it; ask again.
            self._retry(claimed, True, f"bad_response: {exc}", report)
            return Outcome.RETRY
        self._touch("recorded", claimed)
        report.sent += 1
        self._changed()
        return Outcome.SENT

    def _answered_with_error(
        self, claimed: OutboxEntry, exc: ApiError, report: SendReport
    ) -> Outcome:
        judged = verdict(exc)
        if judged is Verdict.SIGN_IN:
            self._retry(claimed, claimed.in_flight, exc.code, report, count=False)
            return Outcome.SIGNED_OUT
        if judged is Verdict.RETRY:
            self._retry(claimed, True, f"{exc.status} {exc.code}", report)
            return Outcome.RETRY
        refusal = Refusal(exc.code, exc.message, exc.field)
        self._run_db(lambda: self.outbox.record_refusal(claimed.id, refusal, self._clock()))
        report.refused += 1
        self._changed()
        return Outcome.REFUSED

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
            lambda: self.outbox.record_retry(
                entry.id, may_have_arrived=arrived, next_attempt_at=when, error=error
            )
        )
        if count:
            report.retried += 1
            report.pause_s = max(report.pause_s, delay)
        log.info(
            "outbox: %s %s not sent yet (%s); next try in %.1f s",
            entry.kind,
            entry.subject_id,
            error,
            delay,
        )
        self._changed()

    def _changed(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:  # a listener must never stop the sender
                log.exception("outbox: change listener failed")

    # -- the background thread -----------------------------------------------------------

    def start(self) -> None:
        """Run passes on a daemon thread until ``stop``; ``wake`` starts one at once."""
        self._loop.start()

    def wake(self, reset_backoff: bool = False) -> None:
        """Send now (new work, a sign-in). With ``reset_backoff`` (the network is back)
        every entry waiting out its backoff is due again, whatever its kind; the store is
        touched on the sender's thread, never the caller's."""
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
        due = self._run_db(lambda: self.outbox.next_due_at(username))
        if due is None:
            return IDLE_WAIT_S
        until_due = (due - self._clock()).total_seconds()
        return min(IDLE_WAIT_S, max(until_due, report.pause_s, 0.0))

    def _pass(self) -> float:
        """One pass and how long to wait; whatever fails, the loop goes on."""
        try:
            return self._wait_s(self.send_due())
        except Exception:
            log.exception("outbox: a pass failed; trying again soon")
            return STORE_ERROR_WAIT_S
