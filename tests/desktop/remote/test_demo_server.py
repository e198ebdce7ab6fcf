"""DemoServer starts the real central API as a child process and stops it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.remote.connectivity import check_online
from desktop.remote.demo_server import DemoServer, DemoServerError


@pytest.mark.slow
def test_start_answers_and_stop_ends_the_process(tmp_path: Path) -> None:
    server = DemoServer(tmp_path)
    try:
        url = server.start()
        assert url.startswith("http://127.0.0.1:") and server.running
        assert check_online(url)
        assert server.start() == url  # already running: same server
        assert (tmp_path / "demo-central-api").is_dir()
    finally:
        server.stop()
    assert not server.running
    assert not check_online(url, timeout=1.0)
    server.stop()  # harmless when stopped


def test_a_server_that_cannot_start_says_why(tmp_path: Path) -> None:
    server = DemoServer(tmp_path, python=str(tmp_path / "no-python"))
    with pytest.raises(DemoServerError):
        server.start()
    assert not server.running


def test_a_crashing_server_reports_its_output(tmp_path: Path) -> None:
    script = tmp_path / "fake-python"
    script.write_text("#!/bin/sh\necho 'central_api: cannot bind' >&2\nexit 3\n")
    script.chmod(0o755)
    server = DemoServer(tmp_path, python=str(script), start_timeout=20)
    with pytest.raises(DemoServerError) as caught:
        server.start()
    assert caught.value.code == "demo_server_failed"
    assert "cannot bind" in caught.value.message and "exit 3" in caught.value.message
