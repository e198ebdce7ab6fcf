"""Smoke test of the search A/B benchmark (app against the floor in one run) on a tiny
store: every figure is there, and the store it was given is left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import search_ab
from desktop.storage.database import Database


def test_a_tiny_run_reports_both_sides_and_leaves_the_store_alone(
    demo_catalogue_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = demo_catalogue_db.path
    before = store.read_bytes()
    argv = ["--store", str(store), "--work", str(tmp_path / "work"), "--queries", "60"]
    assert search_ab.main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    app, floor = report["app_search_and_first_page_rows"], report["floor_match_limit50"]
    assert app["p95_ms"]["n"] == floor["p95_ms"]["n"] == 60
    assert app["cpu_ms"]["n"] == floor["cpu_ms"]["n"] == 60
    assert set(app["buckets_p95_ms"]) == set(floor["buckets_p95_ms"])
    targets = report["targets"]
    assert targets["worst_bucket_p95_ms"] == max(app["buckets_p95_ms"].values())
    assert report["items"] > 0 and report["floor_table_seconds"] >= 0
    assert len(report["slowest_app"]) == 8 and "gc_ms" in report["slowest_app"][0]
    assert store.read_bytes() == before
    # The floor's table is kept in --work and reused.
    assert search_ab.main(argv) == 0
    assert "floor_table_seconds" not in json.loads(capsys.readouterr().out)
