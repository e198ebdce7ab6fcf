"""Fixtures shared by the storage tests."""

from __future__ import annotations

import pytest

from desktop.storage import search_head


@pytest.fixture
def no_time_box(monkeypatch: pytest.MonkeyPatch) -> None:
    """The head's time box makes the first page depend on the machine's load: tests that
    judge or compare results lift it (speed is measured by the benchmarks)."""
    monkeypatch.setattr(search_head, "HEAD_BUDGET", 60.0)
    monkeypatch.setattr(search_head, "HEAD_HARD_BUDGET", 60.0)
