"""TaskManager: work runs off the UI thread, answers arrive on it, stale answers are dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest

from desktop.domain.errors import AvropError
from desktop.ui.shell.tasks import TaskManager


@dataclass
class _Executors:
    """The two executors of ``Services`` (real thread pools, nothing else)."""

    db_executor: ThreadPoolExecutor
    net_executor: ThreadPoolExecutor


@pytest.fixture
def tasks(qtbot: Any) -> Iterator[TaskManager]:
    executors = _Executors(
        ThreadPoolExecutor(1, thread_name_prefix="test-db"),
        ThreadPoolExecutor(4, thread_name_prefix="test-net"),
    )
    manager = TaskManager(executors)
    yield manager
    manager.shutdown()
    executors.net_executor.shutdown(wait=True)
    executors.db_executor.shutdown(wait=True)


def test_results_arrive_on_the_main_thread(qtbot: Any, tasks: TaskManager) -> None:
    worker: list[str] = []
    delivered: list[tuple[int, bool]] = []

    def work() -> int:
        worker.append(threading.current_thread().name)
        return 42

    def done(value: int) -> None:
        delivered.append((value, threading.current_thread() is threading.main_thread()))

    tasks.run_db(work, done)
    tasks.run_net(work, done)
    qtbot.waitUntil(lambda: len(delivered) == 2, timeout=5000)
    assert delivered == [(42, True), (42, True)]
    assert sorted(name.split("_")[0] for name in worker) == ["test-db", "test-net"]


def test_errors_arrive_on_the_main_thread(qtbot: Any, tasks: TaskManager) -> None:
    errors: list[tuple[BaseException, bool]] = []

    def fail() -> None:
        raise AvropError("forbidden", "no")

    tasks.run_net(
        fail,
        lambda _r: pytest.fail("on_done must not run"),
        lambda e: errors.append((e, threading.current_thread() is threading.main_thread())),
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    error, on_main = errors[0]
    assert isinstance(error, AvropError) and error.code == "forbidden"
    assert on_main


def test_unhandled_error_is_signalled(qtbot: Any, tasks: TaskManager) -> None:
    def fail() -> None:
        raise AvropError("network_unavailable", "down")

    with (
        qtbot.waitSignal(tasks.failed, timeout=5000) as failed,
        qtbot.waitSignal(tasks.network_failed, timeout=5000),
    ):
        tasks.run_net(fail, None)
    assert failed.args[0].code == "network_unavailable"


def test_stale_result_is_dropped(qtbot: Any, tasks: TaskManager) -> None:
    release_slow = threading.Event()
    shown: list[str] = []
    latest = tasks.latest("search")

    def slow() -> str:
        release_slow.wait(5)
        return "old"

    latest.run_net(slow, shown.append)
    latest.run_net(lambda: "new", shown.append)
    qtbot.waitUntil(lambda: shown == ["new"], timeout=5000)
    release_slow.set()
    # The slow answer for the older request arrives now and must be dropped.
    done = threading.Event()
    tasks.run_net(lambda: None, lambda _r: done.set())
    qtbot.waitUntil(done.is_set, timeout=5000)
    qtbot.wait(50)
    assert shown == ["new"]
    assert latest.generation == 2


def test_stale_error_is_dropped_too(qtbot: Any, tasks: TaskManager) -> None:
    release = threading.Event()
    errors: list[BaseException] = []
    shown: list[str] = []
    latest = tasks.latest("search")

    def slow_fail() -> str:
        release.wait(5)
        raise AvropError("server_error", "boom")

    latest.run_net(slow_fail, shown.append, errors.append)
    latest.run_net(lambda: "fresh", shown.append, errors.append)
    qtbot.waitUntil(lambda: shown == ["fresh"], timeout=5000)
    release.set()
    qtbot.wait(200)
    assert errors == []


def test_shutdown_stops_deliveries(qtbot: Any, tasks: TaskManager) -> None:
    started = threading.Event()
    release = threading.Event()
    delivered: list[object] = []

    def work() -> str:
        started.set()
        release.wait(5)
        return "late"

    tasks.run_net(work, delivered.append)
    assert started.wait(5)
    release.set()
    tasks.shutdown(timeout=5)
    qtbot.wait(100)
    assert delivered == []
    assert tasks.run_db(lambda: 1, delivered.append) is None
