"""Smoke test of the PEPPOL rules benchmark's code at a tiny size (no timings asserted)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import peppol


def test_a_tiny_run_measures_every_case(tmp_path: Path) -> None:
    paths = peppol._write_documents(tmp_path, 5)
    assert set(paths) == {"order", "catalogue_1000", "catalogue_5"}
    for case in ("check_document", "check_catalogue"):
        figures = peppol._measure(case, paths["catalogue_5"], warm=True)
        assert figures["conforms"] is True
        assert figures["cold_s"] >= 0 and figures["warm_s"] >= 0 and figures["peak_rss_mb"] > 0
    assert peppol._measure("check_document", paths["order"], warm=False)["conforms"] is True
    assert peppol._measure("floor", paths["order"], warm=False)["seconds"] >= 0
    json.dumps(figures)
