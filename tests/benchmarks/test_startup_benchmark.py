"""Smoke test of the start-up benchmark and the issue-14 report at a tiny size (the
code paths and the report's shape; no timing is asserted)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import catalogue, speed, startup


def test_startup_and_the_targets_report_every_figure(tmp_path: Path) -> None:
    work = tmp_path / "work"
    cat = catalogue.run(400, 8, tmp_path / "data", work, queries=30, memory=False)
    start = startup.run(work, "kaffe", runs=1, stall=True)
    for phase in ("cold", "warm"):
        figures = start[phase]
        assert figures["app"]["median_s"] > 0 and figures["bare_pyside6_window"]["median_s"] > 0
        assert figures["rows_of_last_query"] > 0  # the last query's results were shown
        phases = figures["app_phases_of_last_run_s"]  # the app's real start-up
        assert set(phases) == {"imported", "first_paint_built", "services_built"}
        assert phases["first_paint_built"] <= figures["app"]["runs_s"][-1]  # before usable
        assert 0 < figures["app_peak_rss_mb"] < 2000
    stall = start["ui_stall"]
    assert stall["answered"] and stall["scrolled_to_the_end"]
    assert stall["process_peak_rss_mb"] > 0
    assert stall["rows_reached_by_scrolling"] == cat["import"]["app"]["lines"] - stall_deleted(cat)
    for phase in ("idle_control", "typing_and_counting", "scrolling"):
        assert stall[phase]["wall_ms"] >= 0 and stall[phase]["ui_thread_cpu_ms"] >= 0
    targets = speed.targets_of(400, cat, start)
    names = {t["figure"] for t in targets}
    assert "first sync, app/raw lines per s" in names and "start-up cold, s" in names
    assert "start-up warm, app process peak RSS (MB)" in names
    assert all(isinstance(t["met"], bool) for t in targets)
    json.dumps(targets)


def stall_deleted(cat: dict[str, object]) -> int:
    delta = cat["delta"]
    assert isinstance(delta, dict)
    return int(delta["app"]["deleted"])
