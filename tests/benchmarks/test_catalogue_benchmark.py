"""Smoke tests of the catalogue benchmark's code at a tiny size (no timings asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import __main__ as entry
from benchmarks import catalogue
from benchmarks.catalogue_bench import data, memory, searching


def test_the_plan_is_deterministic_and_adds_up() -> None:
    plan = data.plan(2000, 20)
    assert plan == data.plan(2000, 20)
    assert sum(s.lines for s in plan) == 2000
    assert len({s.supplier_id for s in plan}) == 20
    assert any(s.agreement_id for s in plan) and any(s.category == "mixed" for s in plan)


def test_a_tiny_run_reports_every_figure(tmp_path: Path) -> None:
    report = catalogue.run(400, 8, tmp_path / "data", tmp_path / "work", queries=30, memory=False)
    assert report["import"]["app"]["lines"] == report["import"]["raw"]["lines"] == 400
    assert report["import"]["ratio_app_to_raw"] > 0
    assert report["import"]["app"]["cpu_seconds"] > 0 < report["import"]["raw"]["cpu_seconds"]
    assert report["import"]["cpu_ratio_app_to_raw"] > 0
    assert report["delta"]["app"]["changed"] == report["delta"]["raw"]["changed"] > 0
    assert report["delta"]["app"]["deleted"] == report["delta"]["raw"]["deleted"] > 0
    app = report["search"]["app"]
    assert app["search_ms"]["n"] == 30 and "p95" in app["search_ms"]
    assert set(app["by_prefix_length"]) <= {str(n) for n in range(1, 9)}
    raw = report["search"]["raw"]
    assert raw["floor_match_limit50_ms"]["n"] == 30 and raw["naive_bm25_limit50_ms"]["n"] > 0
    assert app["search_and_first_page_rows_cpu_ms"]["n"] == raw["floor_cpu_ms"]["n"] == 30
    assert set(raw["floor_by_terms"]) <= {"1", "2", "3"}
    targets = report["search"]["targets"]
    assert targets["floor_p95_ms"] == raw["floor_match_limit50_ms"]["p95"]
    assert targets["target_bucket_p95_ms_at_most"] == 16.0
    assert targets["worst_bucket_p95_ms"] == max(
        v["p95"] for kind in ("by_prefix_length", "by_terms") for v in app[kind].values()
    )
    export, sync = report["snapshot"]["export"], report["snapshot"]["first_sync"]
    assert export["lines"] == sync["lines"] == 400 - report["delta"]["app"]["deleted"]
    assert export["file_mb"] == sync["file_mb"] > 0
    assert sync["ratio_to_raw"] > 0 < sync["peak_rss_mb"]
    assert sync["first_search_hits"] > 0
    assert sync["first_search_page_ms"] > 0 and sync["second_search_count_ms"] > 0
    assert sync["first_search_ms"] >= sync["first_search_count_ms"]
    assert sync["target_seconds_per_million_at_most"] == 60
    json.dumps(report)
    # Only the snapshot part, on a copy of that store (left as it was).
    store = tmp_path / "work" / "avrop.sqlite3"
    before = store.read_bytes()
    alone = catalogue.run_snapshot_only(400, 8, tmp_path / "data", tmp_path / "alone", store)
    assert alone["raw"]["lines"] == 400
    assert alone["snapshot"]["first_sync"]["lines"] == export["lines"]
    assert store.read_bytes() == before
    # Only the delta, on another copy (its delta undone first: the same work again).
    delta = catalogue.run_delta_only(400, 8, tmp_path / "data", tmp_path / "delta", store, 2)
    for side in ("app", "raw"):
        assert delta["delta"][side]["changed"] == report["delta"][side]["changed"] > 0
        assert delta["delta"][side]["deleted"] == report["delta"][side]["deleted"] > 0
    first = [report["delta"]["app"]["changed"], report["delta"]["app"]["deleted"]]
    assert delta["delta_rounds"]["app_changed_deleted"] == [first, first]
    assert store.read_bytes() == before
    # The data is cached: a second plan of the same size reuses the files.
    folder = data.ensure_data(400, 8, tmp_path / "data")
    stamp = (folder / "manifest.json").stat().st_mtime_ns
    assert data.ensure_data(400, 8, tmp_path / "data") == folder
    assert (folder / "manifest.json").stat().st_mtime_ns == stamp


def test_the_memory_probe_prints_one_json_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue.run(200, 4, tmp_path / "data", tmp_path / "work", queries=5, memory=False)
    assert memory.main([str(tmp_path / "work" / "avrop.sqlite3")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["runs"][0]["rows"] == report["runs"][0]["drawn"] > 0
    assert report["peak_rss_mb"] > 0


def test_queries_are_deterministic_prefixes() -> None:
    names = ["Bryggkaffe Mellanrost 500 g", "Blöjor Maxi 60 st", "Toalettpapper 2-lager"]
    queries = searching.make_queries(names, 50, seed=1)
    assert queries == searching.make_queries(names, 50, seed=1)
    assert all(1 <= length <= 8 and 1 <= len(text.split()) <= 3 for text, _, length in queries)


def test_the_entry_point_lists_the_benchmarks(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--help"]) == 0
    assert "catalogue" in capsys.readouterr().out
    assert entry.main(["no-such-benchmark"]) == 2
