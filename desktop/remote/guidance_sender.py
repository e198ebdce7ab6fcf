"""Sends queued office requests and recorded call-offs, exactly once.

Same rules as the order outbox sender (and its backoff): the entry is marked in flight
(committed) before each attempt; every attempt sends the same bytes under the same
``Idempotency-Key``, so the server keeps one copy; network errors, 5xx and 408/409/
425/429 retry with backoff; other 4xx answers stop the entry and keep the reason for
the user. Runs off the UI thread (``send_due`` is one pass; ``start`` runs a thread).
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.remote.errors import ApiError, NetworkError, NotSignedInError, SignInRequiredError
from desktop.remote.http import ApiClient
from desktop.remote.outbox_sender import RETRY_STATUSES, Backoff, may_have_arrived
from desktop.remote.sender_loop import SenderLoop
from desktop.storage.database import RunDb, run_inline
from desktop.storage.guidance_submissions import (
    Refusal,
    SubmissionEntry,
    SubmissionKind,
    SubmissionRepository,
)

log = logging.getLogger(__name__)

PATHS = {SubmissionKind.REQUEST: "/requests", SubmissionKind.CALLOFF: "/calloffs"}
IDLE_WAIT_S = 30.0

Probe = Callable[[str, SubmissionEntry], None]  # fault injection at named points


@dataclass
class SubmissionReport:
    sent: int = 0
    retried: int = 0
    refused: int = 0
    signed_out: bool = False
    pause_s: float = 0.0


class SubmissionSender:
    """Sends one user's queued requests and call-offs."""

    def __init__(
        self,
        repo: SubmissionRepository,
        client: Callable[[], ApiClient],
        username: Callable[[], str | None],
        *,
        run_db: RunDb = run_inline,
        backoff: Backoff | None = None,
        rng: random.Random | None = None,
        clock: Callable[[], datetime] | None = None,
        probe: Probe | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self._repo = repo
        self._client = client
        self._username = username
        self._run_db = run_db
        self._backoff = backoff or Backoff()
        self._rng = rng or random.Random()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._probe = probe
        self.on_change = on_change
        self._loop = SenderLoop("avrop-submissions", self._pass)
        self._stop = self._loop.stopping
        self._pass_lock = threading.Lock()

    def send_due(self, limit: int = 50) -> SubmissionReport:
        """Try every due entry once; stops early when the server is unreachable."""
        report = SubmissionReport()
        username = self._username()
        if username is None:
            report.signed_out = True
            return report
        with self._pass_lock:
            due = self._run_db(lambda: self._repo.due(username, self._clock(), limit))
            for entry in due:
                if self._stop.is_set():
                    break
                if not self._send_one(entry, report):
                    break
        return report

    def _send_one(self, entry: SubmissionEntry, report: SubmissionReport) -> bool:
        """One attempt; False when the rest should wait (server unwell, signed out)."""
        claimed = self._run_db(lambda: self._repo.claim(entry.id))
        if claimed is None:
            return True
        self._touch("claimed", claimed)
        headers = {"Content-Type": "application/json", "Idempotency-Key": claimed.idempotency_key}
        try:
            response = self._client().request(
                "POST", PATHS[claimed.kind], data=claimed.body, headers=headers
            )
            self._touch("answered", claimed)
            answer: Any = response.json()
            if not isinstance(answer, dict):
                raise ValueError("the answer is not an object")
            self._run_db(lambda: self._repo.record_sent(claimed.id, answer, self._clock()))
        except (SignInRequiredError, NotSignedInError) as exc:
            self._retry(claimed, claimed.in_flight, exc.code, report, count=False)
            report.signed_out = True
            return False
        except NetworkError as exc:
            self._retry(claimed, claimed.in_flight or may_have_arrived(exc), exc.code, report)
            return False
        except ApiError as exc:
            if exc.status == 401:
                self._retry(claimed, claimed.in_flight, exc.code, report, count=False)
                report.signed_out = True
                return False
            if exc.status >= 500 or exc.status in RETRY_STATUSES:
                self._retry(claimed, True, f"{exc.status} {exc.code}", report)
                return False
            refusal = Refusal(exc.code, exc.message, exc.field)
            self._run_db(lambda: self._repo.record_refusal(claimed.id, refusal))
            report.refused += 1
            self._changed()
            return True
        except (ValueError, TypeError, KeyError) as exc:
            self._retry(claimed, True, f"bad_response: {exc}", report)
            return False
        report.sent += 1
        self._changed()
        return True

    def _retry(
        self,
        entry: SubmissionEntry,
        arrived: bool,
        error: str,
        report: SubmissionReport,
        *,
        count: bool = True,
    ) -> None:
        delay = self._backoff.delay(entry.attempts, self._rng) if count else 0.0
        when = self._clock() + timedelta(seconds=delay)
        self._run_db(
            lambda: self._repo.record_retry(
                entry.id, may_have_arrived=arrived, next_attempt_at=when, error=error
            )
        )
        if count:
            report.retried += 1
            report.pause_s = max(report.pause_s, delay)
        log.info("submission %s not sent yet (%s); next try in %.1f s", entry.id, error, delay)
        self._changed()

    def _touch(self, point: str, entry: SubmissionEntry) -> None:
        if self._probe is not None:
            self._probe(point, entry)

    def _changed(self) -> None:
        if self.on_change is not None:
            try:
                self.on_change()
            except Exception:
                log.exception("submission sender: change listener failed")

    # -- the background thread ---------------------------------------------------------

    def start(self) -> None:
        self._loop.start()

    def wake(self, reset_backoff: bool = False) -> None:
        """Send now (a new request, a sign-in, the network is back)."""
        username = self._username()
        if reset_backoff and username is not None:
            self._run_db(lambda: self._repo.reset_backoff(username, self._clock()))
        self._loop.wake()

    def stop(self, timeout: float = 10.0) -> None:
        self._loop.stop(timeout)

    @property
    def running(self) -> bool:
        return self._loop.running

    def _wait_s(self, report: SubmissionReport) -> float:
        username = self._username()
        if username is None or report.signed_out:
            return IDLE_WAIT_S
        due = self._run_db(lambda: self._repo.next_due_at(username))
        if due is None:
            return IDLE_WAIT_S
        until = (due - self._clock()).total_seconds()
        return min(IDLE_WAIT_S, max(until, report.pause_s, 0.0))

    def _pass(self) -> float | None:
        try:
            return self._wait_s(self.send_due())
        except RuntimeError as exc:  # the database executor is shut down: the app ends
            log.info("submission sender stops: %s", exc)
            return None
        except Exception:
            log.exception("submission sender: a pass failed")
            return 2.0
