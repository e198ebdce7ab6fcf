"""``python -m benchmarks signin [--guessers N] [--seconds S]``: sign-in under guessing.

Starts the real demo central API (a separate process on loopback, throttle limits
raised so that every guess is hashed) and measures:

* memory: the server's RSS idle (the floor) and its peak while N parallel guessers
  (default 20) post wrong passwords for unknown usernames for S seconds; hashing is
  bounded (``HASHING_SLOTS`` at once), so the growth stays near slots × 64 MiB;
* cost: the median time of a sign-in with a wrong password for an unknown username and
  for a real account with a strong (recommended argon2id) hash, one at a time; the
  ratio should be near 1 (nothing tells an attacker which usernames exist).

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from central_api.config import DATABASE_FILE
from central_api.db import create_db_engine
from central_api.models import UserRow, utcnow
from central_api.security import HASHING_SLOTS, hash_password
from tests.fixtures.central_api_server import RunningServer

STRONG_USER = "strong-account"


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _add_strong_user(data_dir: Path) -> None:
    engine = create_db_engine(f"sqlite:///{data_dir / DATABASE_FILE}")
    with Session(engine) as session:
        session.add(
            UserRow(
                municipality_id="m-ekby",
                username=STRONG_USER,
                display_name="Strong Account",
                role="orderer",
                password_hash=hash_password("a long real password"),
                certified=True,
                language="sv",
                active=True,
                created_at=utcnow(),
            )
        )
        session.commit()
    engine.dispose()


def _attempt(connection: http.client.HTTPConnection, username: str) -> tuple[int, float]:
    body = json.dumps({"username": username, "password": "wrong guess"})
    started = time.perf_counter()
    connection.request("POST", "/auth/token", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    response.read()
    return response.status, time.perf_counter() - started


def _guess(url: str, name: str, until: float, counts: list[int]) -> None:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)
    n = 0
    while time.monotonic() < until:
        status, _ = _attempt(connection, f"{name}-{n}")
        n += 1
        counts.append(status)
    connection.close()


def _median_ms(url: str, username: str, times: int) -> float:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)
    took = []
    for _ in range(times):
        status, seconds = _attempt(connection, username)
        assert status == 401, status
        took.append(seconds)
    connection.close()
    return statistics.median(took) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks signin")
    parser.add_argument("--guessers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--timings", type=int, default=15)
    args = parser.parse_args(argv)
    os.environ["AVROP_SIGN_IN_FAILURES_PER_USER"] = "1000000000"
    os.environ["AVROP_SIGN_IN_FAILURES_PER_ADDRESS"] = "1000000000"
    with tempfile.TemporaryDirectory() as tmp:
        server = RunningServer(Path(tmp)).start()
        try:
            assert server.process is not None
            pid = server.process.pid
            _add_strong_user(Path(tmp))
            unknown_ms = _median_ms(server.url, "nobody-at-all", args.timings)
            known_ms = _median_ms(server.url, STRONG_USER, args.timings)
            time.sleep(1.0)
            idle = _rss_mib(pid)
            statuses: list[int] = []
            until = time.monotonic() + args.seconds
            threads = [
                threading.Thread(target=_guess, args=(server.url, f"g{i}", until, statuses))
                for i in range(args.guessers)
            ]
            for thread in threads:
                thread.start()
            peak = idle
            while any(t.is_alive() for t in threads):
                peak = max(peak, _rss_mib(pid))
                time.sleep(0.05)
            after = _rss_mib(pid)
        finally:
            server.stop()
    result = {
        "benchmark": "signin",
        "guessers": args.guessers,
        "seconds": args.seconds,
        "hashing_slots": HASHING_SLOTS,
        "attempts": len(statuses),
        "attempts_per_s": round(len(statuses) / args.seconds, 1),
        "statuses": {str(s): statuses.count(s) for s in sorted(set(statuses))},
        "rss_idle_mib": round(idle, 1),
        "rss_peak_mib": round(peak, 1),
        "rss_growth_mib": round(peak - idle, 1),
        "rss_after_mib": round(after, 1),
        "unknown_user_median_ms": round(unknown_ms, 1),
        "known_user_median_ms": round(known_ms, 1),
        "unknown_to_known_ratio": round(unknown_ms / known_ms, 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
