"""The child process of the fault suite: the real outbox sender on a real store file.

Run as ``python -m tests.e2e.fault_client --db FILE --url URL --user NAME``. It reads
commands from stdin, one per line:

* ``send POINT N``: send the user's outbox until it is empty (at most ``--deadline`` s);
  with ``POINT`` other than ``-`` it SIGKILLs itself the ``N``-th time the sender passes
  that probe point (``before_claim``, ``claimed``, ``answered``, ``recorded``). Answers
  ``done <entries left>``.
* ``quit``.

The parent may also SIGKILL it at any moment, and the proxy may kill it after the server
has committed. Signs in with the demo password (and again when the token expires).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import threading
import time
from pathlib import Path

from desktop.remote.errors import SignInRequiredError
from desktop.remote.http import ApiClient
from desktop.remote.outbox_sender import OutboxSender
from desktop.remote.send_policy import Backoff
from desktop.storage.database import open_database
from desktop.storage.outbox_repo import OutboxEntry, OutboxRepository


class PasswordTokens:
    """A token source that signs in with the password (the test's stand-in for the
    keyring-backed session: this process has no keyring)."""

    def __init__(self, url: str, username: str, password: str, timeout: float) -> None:
        self._plain = ApiClient(url, timeout=(timeout, timeout))
        self._username, self._password = username, password
        self._token: str | None = None
        self._lock = threading.Lock()

    def access_token(self) -> str | None:
        return self._token

    def refresh_access_token(self, stale: str | None) -> str:
        with self._lock:
            if self._token is not None and self._token != stale:
                return self._token
            try:
                answer = self._plain.post_json(
                    "/auth/token", {"username": self._username, "password": self._password}
                )
            except Exception as exc:
                raise SignInRequiredError(401, "token_invalid", f"sign-in failed: {exc}") from exc
            self._token = str(answer.data["access_token"])
            return self._token


class KillPlan:
    """SIGKILL this process the ``nth`` time the sender reaches ``point``."""

    def __init__(self) -> None:
        self.point: str | None = None
        self.remaining = 0

    def arm(self, point: str, nth: int) -> None:
        self.point, self.remaining = (None, 0) if point == "-" else (point, nth)

    def __call__(self, point: str, entry: OutboxEntry) -> None:
        if point == self.point:
            self.remaining -= 1
            if self.remaining <= 0:
                sys.stdout.flush()
                os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", default="orderer")
    parser.add_argument("--password", default="demo")
    parser.add_argument("--timeout", type=float, default=0.8, help="HTTP read timeout, s")
    parser.add_argument("--deadline", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    db = open_database(args.db)
    outbox = OutboxRepository(db)
    tokens = PasswordTokens(args.url, args.user, args.password, args.timeout)
    api = ApiClient(args.url, tokens, timeout=(args.timeout, args.timeout))
    kill = KillPlan()
    sender = OutboxSender(
        outbox,
        api,
        lambda: args.user,
        backoff=Backoff(base_s=0.02, cap_s=0.2),
        rng=random.Random(args.seed),
        probe=kill,
    )
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            break
        if words[0] == "send":
            kill.arm(words[1], int(words[2]))
            left = drain(sender, outbox, args.user, args.deadline)
            print(f"done {left}", flush=True)
    db.close()
    return 0


def drain(sender: OutboxSender, outbox: OutboxRepository, user: str, deadline_s: float) -> int:
    """Send until the outbox is empty or the deadline passes; the entries left."""
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            outbox.reset_backoff(user)
            report = sender.send_due()
            left = outbox.count(user)
        except Exception as exc:  # the store was locked longer than its busy timeout
            print(f"note store busy: {exc!r}", file=sys.stderr, flush=True)
            time.sleep(0.05)
            continue
        if left == 0 or time.monotonic() > deadline:
            return left
        time.sleep(min(report.pause_s, 0.2) if report.retried or report.store_busy else 0)


if __name__ == "__main__":
    sys.exit(main())
