"""The bundle's one executable (installer/avrop_entry.py) is the app and, with
``--central-api``, the demo server: the frozen app starts its demo server that way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

import desktop
from desktop.remote.connectivity import check_online
from desktop.remote.demo_server import DemoServer

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "installer" / "avrop_entry.py"


def _entry(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ENTRY), *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_entry_runs_the_app_command_line() -> None:
    done = _entry("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"avrop {desktop.__version__}"


def test_entry_runs_the_central_api_after_its_switch() -> None:
    done = _entry("--central-api", "--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: avrop-central-api")


@pytest.mark.slow
def test_frozen_app_starts_the_demo_server_from_its_own_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stand-in for the frozen executable: the entry script under this Python.
    executable = tmp_path / "avrop"
    executable.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ENTRY}" "$@"\n')
    executable.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    server = DemoServer(tmp_path / "data")
    assert server.command()[:2] == [str(executable), "--central-api"]
    monkeypatch.chdir(tmp_path)  # not the source tree: the switch must do the work
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        url = server.start()
        assert check_online(url)
        assert "Avrop central API listening on" in server.log_file.read_text(encoding="utf-8")
    finally:
        server.stop()


@pytest.mark.slow
def test_the_bundled_demo_server_seeds_the_country_variant_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = tmp_path / "avrop"
    executable.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ENTRY}" "$@"\n')
    executable.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    server = DemoServer(tmp_path / "data", variant="dk")
    assert server.command()[:4] == [str(executable), "--central-api", "--demo", "dk"]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        url = server.start()
        token = _post_json(url + "/auth/token", {"username": "orderer", "password": "demo"})
        request = urllib.request.Request(
            url + "/units", headers={"Authorization": f"Bearer {token['access_token']}"}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            units = json.loads(answer.read())["items"]
        assert {u["address"]["country"] for u in units} == {"DK"}
    finally:
        server.stop()


def _post_json(url: str, body: dict[str, str]) -> dict[str, str]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        result: dict[str, str] = json.loads(answer.read())
    return result
