"""Contract: schemathesis against the real server (a process on loopback), bounded in
time: no server error, every answer's status, content type, headers and body as the
OpenAPI document declares them, required headers really required.

On PostgreSQL when ``AVROP_TEST_DATABASE_URL`` is set (CI's second pass), else SQLite.
``AVROP_CONTRACT_SECONDS`` bounds the fuzzing (default 90 s).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.central_api.databases import create_database, drop_database, on_postgres
from tests.fixtures.central_api_server import RunningServer, StartCentralApi

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
SECONDS = int(os.environ.get("AVROP_CONTRACT_SECONDS", "90"))
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "missing_required_header",
)


@pytest.fixture
def server(start_central_api: StartCentralApi) -> Iterator[RunningServer]:
    url = create_database() if on_postgres() else None
    yield start_central_api(database_url=url)
    if url is not None:
        drop_database(url)


def test_schemathesis_finds_no_server_error_and_no_contract_violation(
    server: RunningServer, tmp_path: Path
) -> None:
    command = [sys.executable, "-m", "schemathesis.cli", "run", f"{server.url}/openapi.json"]
    command += ["-H", f"Authorization: Bearer {server.token('manager')}"]
    command += ["--checks", ",".join(CHECKS), "--phases", "examples,coverage,fuzzing"]
    command += ["--max-time", str(SECONDS), "--workers", "1", "--seed", "13"]
    command += ["--exclude-path", "/auth/logout"]  # it would revoke the token used here
    result = subprocess.run(
        command,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=SECONDS + 300,
        env=dict(os.environ, NO_COLOR="1"),
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-20000:]
    assert "passed" in report and "Fuzzing" in report
