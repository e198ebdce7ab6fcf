"""Keeps Python's cyclic garbage collector off the UI thread's frames.

A full (generation 2) collection walks every tracked object: with the app's modules, Qt
wrappers and services loaded, that is over 100,000 objects and about 45 ms of the UI
thread on the reference machine, enough to freeze a frame whenever one happens to run
there. None of those objects of start-up is ever garbage, so once the main window is up
they are frozen (``gc.freeze``): later collections walk only what was made since.

Before that, the collector is paused while the start-up makes its first paint
(``pause_collection``): the imports, the window and the first search made about 60
young and 5 middle-generation collections of objects that are never garbage, a few
percent of the start-up on the reference machine.
"""

from __future__ import annotations

import gc


def freeze_startup_heap() -> None:
    """Hide every object alive now from the collector (start-up is done)."""
    gc.freeze()


def thaw_heap() -> None:
    """Give the frozen objects back to the collector (the app has stopped)."""
    gc.unfreeze()


def pause_collection() -> bool:
    """Stop automatic collections; returns whether they ran (give it to ``resume``)."""
    running = gc.isenabled()
    gc.disable()
    return running


def resume_collection(was_running: bool) -> None:
    """Let automatic collections run again if they did before ``pause_collection``."""
    if was_running:
        gc.enable()
