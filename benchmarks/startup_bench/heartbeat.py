"""The stall probe's heartbeat, and what it saw during the longest stall.

A main-thread timer ticks every ``HEARTBEAT_MS``; the longest main-thread CPU time
between two ticks is the longest stall caused by work on the UI thread. While a tick is
overdue, a sampler thread records the main thread's Python stack (``sys._current_frames``)
every ``SAMPLE_MS``; ``gc.callbacks`` time every collection. The report names the frames
seen most during the longest stall and the collections that overlapped it.

The sampler only looks while a tick is already late, so it cannot start a stall; while it
looks it takes the GIL for a few microseconds a sample (its own CPU time is reported).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from benchmarks.startup_bench.event_times import events_between

if TYPE_CHECKING:
    from benchmarks.startup_bench.event_times import EventTime

HEARTBEAT_MS = 2
SAMPLE_MS = 1.0
OVERDUE_MS = HEARTBEAT_MS + 1.0  # a tick later than this: sample the main thread
STACK_DEPTH = 14
ROOT = str(Path(__file__).resolve().parents[2]) + "/"

Frame = tuple[str, int, str]  # file, line, function
# The main thread's stack, and where each other thread was (its innermost app frame).
Sample = tuple[tuple[Frame, ...], tuple[Frame, ...]]
Gap = tuple[float, float, list[Sample]]  # began, ended, samples


def _stack(frame: FrameType | None) -> tuple[Frame, ...]:
    """The innermost ``STACK_DEPTH`` frames, innermost first (raw: formatted later)."""
    frames: list[Frame] = []
    while frame is not None and len(frames) < STACK_DEPTH:
        code = frame.f_code
        frames.append((code.co_filename, frame.f_lineno or 0, code.co_name))
        frame = frame.f_back
    return tuple(frames)


def _where(frame: Frame) -> str:
    file, line, function = frame
    if file.startswith(ROOT):
        file = file[len(ROOT) :]
    elif "site-packages/" in file:
        file = file.split("site-packages/", 1)[1]
    return f"{file}:{line} {function}"


def _ours(frame: Frame) -> bool:
    return frame[0].startswith(ROOT + "desktop/")


class _Collections:
    """Every garbage collection (any thread): start, length, generation, thread."""

    def __init__(self) -> None:
        self.main = threading.get_ident()
        self.done: list[tuple[float, float, int, bool, int]] = []  # at, ms, gen, main, n
        self._started: dict[int, float] = {}

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        thread, now = threading.get_ident(), time.perf_counter()
        if phase == "start":
            self._started[thread] = now
            return
        began = self._started.pop(thread, now)
        ms = (now - began) * 1000
        self.done.append((began, ms, info["generation"], thread == self.main, info["collected"]))

    def install(self) -> None:
        gc.callbacks.append(self)

    def remove(self) -> None:
        if self in gc.callbacks:
            gc.callbacks.remove(self)

    def between(self, start: float, end: float) -> list[tuple[float, float, int, bool, int]]:
        return [c for c in self.done if c[0] < end and c[0] + c[1] / 1000 > start]


class Heartbeat:
    """A main-thread timer, a stack sampler and a collection log. ``report`` gives the
    longest gap between ticks (wall, and the main thread's CPU) since ``start``, with
    what the main thread was running during the gap of most CPU."""

    def __init__(self, sample: bool = True, events: list[EventTime] | None = None) -> None:
        from PySide6.QtCore import QTimer

        self.events = events if events is not None else []  # ``TimedApplication.times``
        self.main = threading.get_ident()
        self.gap = 0  # which gap between ticks is open (the sampler's key)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = self.longest_cpu = 0.0
        self.worst: Gap = (0.0, 0.0, [])  # the gap of most UI-thread CPU
        self.worst_wall: Gap = (0.0, 0.0, [])  # the longest gap (e.g. waiting for the GIL)
        self._samples: dict[int, list[Sample]] = {}
        self.sampled = 0
        self.sampler_cpu = 0.0
        self.collections = _Collections()
        self.collections.install()
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        self.sampling = sample
        if sample:
            self._sampler.start()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.started = self.last
        self.longest = self.longest_cpu = 0.0
        self.worst = self.worst_wall = (0.0, 0.0, [])
        self.gap += 1
        self._samples.clear()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def close(self) -> None:
        self.timer.stop()
        self._stop.set()
        if self._sampler.is_alive():
            self._sampler.join()
        self.collections.remove()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap, self.gap = self.gap, self.gap + 1
        samples = self._samples.pop(gap, [])
        if now - self.last > self.longest:
            self.longest = now - self.last
            self.worst_wall = (self.last, now, samples)
        if cpu - self.last_cpu > self.longest_cpu:
            self.longest_cpu = cpu - self.last_cpu
            self.worst = (self.last, now, samples)
        self.last, self.last_cpu = now, cpu

    def _sample(self) -> None:
        """The sampler thread: the main thread's stack, every ``SAMPLE_MS`` while late."""
        while not self._stop.wait(SAMPLE_MS / 1000):
            if (time.perf_counter() - self.last) * 1000 < OVERDUE_MS:
                continue
            gap = self.gap
            frames = sys._current_frames()
            stack = _stack(frames.pop(self.main, None))
            frames.pop(threading.get_ident(), None)
            others = tuple(_app_frame(_stack(frame)) for frame in frames.values())
            if gap == self.gap:  # still the same gap (no tick came in between)
                self._samples.setdefault(gap, []).append((stack, others))
                self.sampled += 1
        self.sampler_cpu = time.thread_time()

    def stall_ms(self) -> float:
        """The longest gap beyond the heartbeat's own interval, in ms."""
        return round(max(0.0, self.longest * 1000 - HEARTBEAT_MS), 1)

    def busy_ms(self) -> float:
        """The longest main-thread CPU time between two ticks, in ms."""
        return round(self.longest_cpu * 1000, 1)

    def report(self) -> dict[str, Any]:
        """The phase's figures, what ran in its longest stall, and its collections."""
        return {
            "wall_ms": self.stall_ms(),
            "ui_thread_cpu_ms": self.busy_ms(),
            "longest_stall": self._gap(self.worst, self.longest_cpu * 1000),
            "longest_wall_gap": self._gap(self.worst_wall, None),
            # Summed over the phase: which events and which widgets' paints cost the most.
            "whole_phase": events_between(self.events, self.started, time.perf_counter()),
            "collections": _collection_summary(self.collections.between(self.started, 1e12)),
        }

    def _gap(self, gap: Gap, cpu_ms: float | None) -> dict[str, Any]:
        """What ran in one gap between ticks: Qt events, stacks, collections."""
        began, ended, samples = gap
        events = events_between(self.events, began, ended)
        outside = (
            {}
            if cpu_ms is None
            else {"outside_events_cpu_ms": round(cpu_ms - events["events_cpu_ms"], 1)}
        )
        return {
            "at_s": round(began - self.started, 3),
            "perf_counter_at": round(began, 4),  # CLOCK_MONOTONIC: lines up with perf
            "wall_ms": round((ended - began) * 1000, 1),
            **events,
            **outside,
            "samples": len(samples),
            **_frames(samples),
            "collections": [_collection(c) for c in self.collections.between(began, ended)],
        }


def _frames(samples: list[Sample]) -> dict[str, Any]:
    """The innermost frames seen most, the innermost app frames, the commonest stacks
    (each up to the probe's own frame, which only says "Qt's event loop ran here"), and
    where the other threads were meanwhile (one holding the GIL holds the UI thread up)."""
    mains = [main for main, _others in samples]
    leaves = Counter(_where(s[0]) for s in mains if s)
    ours = Counter(_where(next(f for f in s if _ours(f))) for s in mains if any(map(_ours, s)))
    stacks = Counter(_trimmed(s) for s in mains)
    others = Counter(_where(f) for _main, frames in samples for f in frames if f[0])
    return {
        "top_frames": [f"{where} ×{n}" for where, n in leaves.most_common(5)],
        "top_app_frames": [f"{where} ×{n}" for where, n in ours.most_common(5)],
        "top_stacks": [[f"×{n}", *stack] for stack, n in stacks.most_common(3)],
        "other_threads_top_frames": [f"{where} ×{n}" for where, n in others.most_common(5)],
    }


def _app_frame(stack: tuple[Frame, ...]) -> Frame:
    """A thread's innermost app frame (else its innermost frame)."""
    return next((f for f in stack if _ours(f)), stack[0] if stack else ("", 0, ""))


def _trimmed(stack: tuple[Frame, ...]) -> tuple[str, ...]:
    frames: list[str] = []
    for frame in stack:
        frames.append(_where(frame))
        if frame[0].startswith(ROOT + "benchmarks/"):
            break
    return tuple(frames)


def _collection(c: tuple[float, float, int, bool, int]) -> dict[str, Any]:
    return {"generation": c[2], "ms": round(c[1], 1), "main_thread": c[3], "collected": c[4]}


def _collection_summary(done: list[tuple[float, float, int, bool, int]]) -> dict[str, Any]:
    """Per generation: how many collections, the longest, and how many on the UI thread."""
    summary: dict[str, Any] = {}
    for generation in (0, 1, 2):
        mine = [c for c in done if c[2] == generation]
        main = [c[1] for c in mine if c[3]]
        summary[f"gen{generation}"] = {
            "count": len(mine),
            "on_ui_thread": len(main),
            "longest_ms": round(max((c[1] for c in mine), default=0.0), 1),
            "longest_on_ui_thread_ms": round(max(main, default=0.0), 1),
        }
    return summary
