"""``python -m benchmarks faults [--rounds N] [--seed S]``: the fault-injection run.

The real outbox sender (a child process, SIGKILLed at random points) sends orders to the
real central API (restarted mid-run) through a proxy that injects 500s, lost responses,
timeouts and resets, while the local store file is locked now and then. Prints rounds,
orders placed, lost, duplicated (and what was injected); exits 1 unless lost and
duplicated are 0 and the client agrees with the server on every order.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from tests.e2e.fault_harness import FaultRun
from tests.e2e.fault_report import config_for
from tests.fixtures.central_api_server import RunningServer


def run(rounds: int, seed: int | None = None) -> int:
    config = config_for(rounds, seed)
    os.environ["AVROP_IDEMPOTENCY_LEASE_S"] = str(config.lease_s)
    with tempfile.TemporaryDirectory(prefix="avrop-faults-") as tmp:
        server_dir, client_dir = Path(tmp) / "server", Path(tmp) / "client"
        server_dir.mkdir()
        client_dir.mkdir()
        server = RunningServer(server_dir, demo=True)
        server.start()
        try:
            report = FaultRun(server, client_dir, config).run()
        finally:
            server.stop()
    print(f"Fault injection: seed {config.seed}")
    for line in report.lines():
        print("  " + line)
    for problem in report.problems[:20]:
        print("  ! " + problem)
    return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks faults", description=__doc__)
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    return run(args.rounds, args.seed)


if __name__ == "__main__":
    sys.exit(main())
