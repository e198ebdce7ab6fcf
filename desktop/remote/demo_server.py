"""The demo mode's central API: ``python -m central_api --demo`` as a child process.

``desktop`` never imports ``central_api``; it starts it on loopback with a free port and
waits for the server to write its URL to the ready file. From the frozen bundle the
server is the bundle's own executable run as ``avrop --central-api`` (installer/avrop_entry.py).
"""

from __future__ import annotations

import atexit
import logging
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from desktop.domain.demo_variants import DEFAULT_DEMO_VARIANT
from desktop.domain.errors import AvropError
from desktop.remote.connectivity import check_online
from desktop.remote.http import normalise_base_url

log = logging.getLogger(__name__)

CENTRAL_API_SWITCH = "--central-api"  # installer/avrop_entry.py
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0


class DemoServerError(AvropError):
    """The demo central API did not start."""

    def __init__(self, message: str) -> None:
        super().__init__("demo_server_failed", message)


class DemoServer:
    """A demo central API (country ``variant``) keeping its data in
    ``<data_dir>/demo-central-api``."""

    def __init__(
        self,
        data_dir: Path,
        *,
        python: str = sys.executable,
        access_token_ttl: int | None = None,
        start_timeout: float = START_TIMEOUT_S,
        variant: str = DEFAULT_DEMO_VARIANT,
    ) -> None:
        self.server_dir = data_dir / "demo-central-api"
        self.variant = variant
        self.python = python
        self.access_token_ttl = access_token_ttl
        self.start_timeout = start_timeout
        self.url = ""
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def ready_file(self) -> Path:
        return self.server_dir / "ready"

    @property
    def log_file(self) -> Path:
        return self.server_dir / "central-api.log"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def server_program(self) -> list[str]:
        """How to start the central API: the bundle's executable when frozen."""
        if getattr(sys, "frozen", False):
            return [sys.executable, CENTRAL_API_SWITCH]
        return [self.python, "-m", "central_api"]

    def command(self) -> list[str]:
        cmd = [*self.server_program(), "--demo", self.variant, "--data", str(self.server_dir)]
        # The first start picks a free port; a restart reuses it so the app reconnects.
        port = urlsplit(self.url).port if self.url else 0
        cmd += ["--port", str(port or 0), "--ready-file", str(self.ready_file)]
        cmd += ["--exit-with-parent"]  # never an orphan server, even if the app is killed
        if self.access_token_ttl is not None:
            cmd += ["--access-token-ttl", str(self.access_token_ttl)]
        return cmd

    def start(self) -> str:
        """Start the server and return its URL once it answers ``/health``."""
        if self.running:
            return self.url
        self.server_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.ready_file.unlink(missing_ok=True)
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        try:
            with self.log_file.open("wb") as out:
                self._process = subprocess.Popen(
                    self.command(), stdout=out, stderr=subprocess.STDOUT, env=env
                )
        except OSError as exc:
            raise DemoServerError(f"The demo server could not be started: {exc}") from exc
        atexit.register(self.stop)  # no orphan server when the app exits without close()
        try:
            self.url = self._wait_ready()
        except BaseException:
            self.stop()
            raise
        log.info("demo central API at %s (pid %s)", self.url, self._process.pid)
        return self.url

    def _wait_ready(self) -> str:
        assert self._process is not None
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise DemoServerError(
                    f"The demo server stopped (exit {self._process.returncode}):\n{self._tail()}"
                )
            url = self._ready_url()
            if url and check_online(url, timeout=1.0):
                return url
            time.sleep(0.1)
        raise DemoServerError(f"The demo server did not start in time:\n{self._tail()}")

    def _ready_url(self) -> str | None:
        try:
            text = self.ready_file.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        try:
            return normalise_base_url(text) if text else None
        except AvropError:
            return None  # half-written: read again

    def _tail(self, lines: int = 20) -> str:
        try:
            text = self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """Stop the server (terminate, then kill); harmless when not running."""
        process, self._process = self._process, None
        if process is None:
            return
        atexit.unregister(self.stop)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                log.warning("demo server did not stop; killing it")
                process.kill()
                process.wait(STOP_TIMEOUT_S)
