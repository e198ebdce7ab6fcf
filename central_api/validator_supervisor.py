"""The order validator processes beside the HTTP workers (``--validators M``, PostgreSQL):
started once the database is migrated, started again when one ends (killed, or its
database connection broke), stopped with the server. See
:mod:`central_api.validator_process` for what each one does."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading

from central_api.config import ServerConfig
from central_api.workers import CONFIG_ENV, config_to_env

log = logging.getLogger("central_api.validator")

MODULE = "central_api.validator_process"
RESTART_DELAY_S = 0.5  # between a process's end and its replacement (no tight loop)
STOP_TIMEOUT_S = 10.0


def uses_validator_processes(database_url: str) -> bool:
    """Validator processes need LISTEN/NOTIFY and row locks: PostgreSQL. On SQLite (one
    writer anyway) each worker keeps its validator thread."""
    return database_url.startswith("postgresql")


class ValidatorProcesses:
    """``config.validator_processes`` processes, kept running until :meth:`stop`."""

    def __init__(self, config: ServerConfig, log_level: str = "info") -> None:
        self._command = [sys.executable, "-m", MODULE, log_level]
        self._env = dict(os.environ, **{CONFIG_ENV: config_to_env(config)})
        self._processes: list[subprocess.Popen[bytes]] = []
        self._count = config.validator_processes
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._watch = threading.Thread(target=self._keep_running, name="validators", daemon=True)

    def start(self) -> None:
        with self._lock:
            self._processes = [self._spawn() for _ in range(self._count)]
        self._watch.start()

    def pids(self) -> list[int]:
        with self._lock:
            return [process.pid for process in self._processes]

    def stop(self) -> None:
        """SIGTERM to each (a check in progress finishes), then kill what is left."""
        self._stopping.set()
        with self._lock:
            processes = list(self._processes)
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(STOP_TIMEOUT_S)
        if self._watch.is_alive():
            self._watch.join(STOP_TIMEOUT_S)

    def _spawn(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(self._command, env=self._env)

    def _keep_running(self) -> None:
        while not self._stopping.wait(RESTART_DELAY_S):
            with self._lock:
                for slot, process in enumerate(self._processes):
                    if process.poll() is None or self._stopping.is_set():
                        continue
                    log.warning(
                        "order validator %d ended (%s); starting another",
                        process.pid,
                        process.returncode,
                    )
                    self._processes[slot] = self._spawn()
