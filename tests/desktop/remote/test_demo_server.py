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


@pytest.mark.slow
def test_a_restart_comes_back_on_the_same_address(tmp_path: Path) -> None:
    server = DemoServer(tmp_path)
    try:
        first = server.start()
        server.stop()
        assert not check_online(first, timeout=1.0)
        assert server.start() == first  # the app's client still points there
        assert check_online(first)
    finally:
        server.stop()


@pytest.mark.slow
def test_the_server_ends_when_the_app_is_killed(tmp_path: Path) -> None:
    """A SIGKILLed app leaves no demo server behind (--exit-with-parent)."""
    import signal
    import subprocess
    import sys
    import time

    code = (
        "import sys, time; from pathlib import Path\n"
        "from desktop.remote.demo_server import DemoServer\n"
        "s = DemoServer(Path(sys.argv[1])); print(s.start(), flush=True); time.sleep(120)\n"
    )
    app = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert app.stdout is not None
        url = app.stdout.readline().strip()
        assert check_online(url)
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        deadline = time.monotonic() + 15
        while check_online(url, timeout=0.5) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not check_online(url, timeout=0.5)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        if app.stdout is not None:
            app.stdout.close()
