"""The one retry policy of the outbox: what a failed attempt means and when to try again.

* network errors, timeouts, 5xx, 408/425/429 and ``409 idempotency_in_progress``: retry
  with exponential backoff and jitter (the server may be unwell or still busy with the
  first attempt);
* 401: wait for the user to sign in again (no backoff counted);
* any other 4xx: stop; the server kept nothing and says what to fix (a ``Refusal``);
* a 2xx whose body cannot be read: retry (the server has it; its answer is replayed).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

import requests
import urllib3.exceptions

from desktop.remote.errors import ApiError

RETRY_STATUSES = frozenset({408, 425, 429})
IN_PROGRESS = "idempotency_in_progress"  # 409: the first attempt is still being handled


class Verdict(StrEnum):
    RETRY = "retry"
    REFUSE = "refuse"
    SIGN_IN = "sign_in"


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: attempt n waits about base·2^(n-1), at most cap."""

    base_s: float = 1.0
    cap_s: float = 60.0

    def delay(self, attempts: int, rng: random.Random) -> float:
        ceiling = min(self.cap_s, self.base_s * 2.0 ** max(attempts - 1, 0))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)  # "equal jitter": never ~0


def verdict(error: ApiError) -> Verdict:
    """What an error answer from the server means for the entry."""
    if error.status == 401:
        return Verdict.SIGN_IN
    if (
        error.status < 400
        or error.status >= 500
        or error.status in RETRY_STATUSES
        or error.code == IN_PROGRESS
    ):
        return Verdict.RETRY
    return Verdict.REFUSE


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
