"""SenderLoop: passes on a thread until stopped; wake cuts a wait short."""

from __future__ import annotations

import threading

from desktop.remote.sender_loop import SenderLoop


def test_wake_starts_a_pass_at_once_and_stop_ends_the_thread() -> None:
    passes: list[int] = []
    second = threading.Event()

    def one_pass() -> float:
        passes.append(1)
        if len(passes) == 2:
            second.set()
        return 60.0  # a long wait: only wake() brings the next pass

    loop = SenderLoop("test-sender", one_pass)
    loop.start()
    loop.start()  # already running: no second thread
    loop.wake()
    assert second.wait(5)
    assert loop.running
    loop.stop(timeout=5)
    assert not loop.running and loop.stopping.is_set()


def test_a_pass_returning_none_ends_the_loop() -> None:
    done = threading.Event()

    def one_pass() -> None:
        done.set()
        return None

    loop = SenderLoop("test-sender", one_pass)
    loop.start()
    assert done.wait(5)
    loop.stop(timeout=5)
    assert not loop.running
