"""Fault injection: every order placed reaches the server exactly once, whatever happens.

The real outbox sender runs in a child process (SIGKILLed at random points of a send),
the real central API in another (restarted mid-run, gracefully or killed), a proxy
between them loses responses, answers 500 before or after the server commits, answers
after the client's timeout or resets the connection, and the local store file is locked
now and then. 200 seeded rounds; the report is printed (``-s`` shows it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.fault_harness import FaultRun
from tests.e2e.fault_report import config_for
from tests.fixtures.central_api_server import StartCentralApi

ROUNDS = 200


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_every_order_reaches_the_server_exactly_once(
    start_central_api: StartCentralApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = config_for(ROUNDS)
    monkeypatch.setenv("AVROP_IDEMPOTENCY_LEASE_S", str(config.lease_s))
    server = start_central_api(demo=True)
    report = FaultRun(server, tmp_path, config).run()  # type: ignore[arg-type]
    print("\n".join(["", "Fault injection report:", *report.lines()]))
    assert report.rounds == ROUNDS and report.placed >= ROUNDS
    assert report.problems == []
    assert (report.lost, report.duplicated, report.disagreements) == (0, 0, 0)
    assert report.on_server_once == report.placed
    # The faults really happened (the suite could not pass by injecting nothing).
    assert report.kills > 0 and report.restarts > 0 and report.locks > 0
    assert report.replayed > 0
    injected = {k for k, v in report.faults.items() if v and k != "pass"}
    assert len(injected) >= 6, report.faults
