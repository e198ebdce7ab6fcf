"""The sender child process of the fault run, started ahead as a warm spare."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class SenderProcess:
    """The child running ``tests.e2e.fault_client``."""

    def __init__(self, db: Path, url: str, timeout_s: float, seed: int, log: Path) -> None:
        command = [
            sys.executable,
            "-m",
            "tests.e2e.fault_client",
            "--db",
            str(db),
            "--url",
            url,
            "--timeout",
            str(timeout_s),
            "--seed",
            str(seed),
            "--deadline",
            "60",
        ]
        self._log = log.open("ab")
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
        self.ready = False

    def wait_ready(self) -> SenderProcess:
        """Wait for the child's "ready" (it starts while another one works)."""
        if not self.ready:
            line = self._readline()
            if line != "ready":
                raise RuntimeError(f"fault client did not start: {line!r}")
            self.ready = True
        return self

    @property
    def pid(self) -> int:
        return self.process.pid

    def _readline(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().decode().strip()

    def send(self, point: str, nth: int) -> int | None:
        """Drain the outbox; the entries left, or None when the process died."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(f"send {point} {nth}\n".encode())
            self.process.stdin.flush()
        except BrokenPipeError:
            return None
        line = self._readline()
        if not line.startswith("done"):
            self.process.wait(10)
            return None
        return int(line.split()[1])

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)

    def close(self) -> None:
        process = self.process
        if process.poll() is None:
            try:
                assert process.stdin is not None
                process.stdin.write(b"quit\n")
                process.stdin.flush()
                process.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait(10)
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        self._log.close()
