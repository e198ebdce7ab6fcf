"""Notifier: the senders' ``on_change``; windows subscribe while open."""

from __future__ import annotations

import threading

from desktop.services.notify import Notifier


def test_every_subscriber_is_called_until_it_unsubscribes() -> None:
    notify = Notifier()
    calls: list[str] = []
    stop_a = notify.subscribe(lambda: calls.append("a"))
    notify.subscribe(lambda: calls.append("b"))
    notify()
    stop_a()
    stop_a()  # twice is harmless
    notify()
    assert calls == ["a", "b", "b"]


def test_calls_come_on_the_callers_thread() -> None:
    notify = Notifier()
    threads: list[str] = []
    notify.subscribe(lambda: threads.append(threading.current_thread().name))
    worker = threading.Thread(target=notify, name="avrop-outbox")
    worker.start()
    worker.join()
    assert threads == ["avrop-outbox"]
