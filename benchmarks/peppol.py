"""``python -m benchmarks peppol [--large N] [--no-warm-large]``: cost of the official rules.

Checks one order, a 1,000-line and an N-line (default 100,000) catalogue with
:func:`desktop.peppol.conformance.check_document` (UBL schema + official PEPPOL BIS 3
rules via Saxon + Avrop's warnings; catalogues a chunk of lines at a time) and, for the
catalogues, :func:`desktop.peppol.catalogue_conformance.check_catalogue` (the same,
streamed from the file). Each case runs in a fresh process: ``cold_s`` includes loading
Saxon and compiling the rules, ``warm_s`` is a second check in the same process,
``peak_rss_mb`` the process's peak; ``*_cpu_s`` the process's CPU time (the machine
may be shared: wall-clock seconds then grow, CPU seconds much less). The floor
(``floor``) is a plain lxml parse of the same bytes in a fresh process. Prints one
JSON object.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from benchmarks.process_memory import peak_rss_mb
from tests.fixtures.conforming_docs import catalogue_line, catalogue_text, conforming_order

CASES = ("check_document", "check_catalogue", "floor")


def _measure(case: str, path: Path, warm: bool) -> dict[str, Any]:
    """In this (fresh) process: time ``case`` on ``path`` cold, then warm; peak RSS."""
    start = time.perf_counter()
    if case == "floor":
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        etree.parse(str(path), parser)
        return {"seconds": time.perf_counter() - start, "peak_rss_mb": peak_rss_mb()}
    check: Callable[[Path], Any]
    if case == "check_document":
        from desktop.peppol.conformance import check_document as check
    else:
        from desktop.peppol.catalogue_conformance import check_catalogue as check
    verdict = check(path)
    cold, cpu = time.perf_counter() - start, time.process_time()
    result: dict[str, Any] = {
        "cold_s": round(cold, 3),
        "cold_cpu_s": round(cpu, 3),
        "conforms": verdict.conforms,
    }
    if warm:
        start = time.perf_counter()
        check(path)
        result["warm_s"] = round(time.perf_counter() - start, 3)
        result["warm_cpu_s"] = round(time.process_time() - cpu, 3)
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def _child(case: str, path: Path, warm: bool) -> dict[str, Any]:
    argv = [sys.executable, "-m", "benchmarks", "peppol", "--child", case, str(path)]
    if warm:
        argv.append("--warm")
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout))


def _write_documents(folder: Path, large: int) -> dict[str, Path]:
    paths = {"order": folder / "order.xml"}
    paths["order"].write_bytes(conforming_order())
    for name, count in (("catalogue_1000", 1000), (f"catalogue_{large}", large)):
        path = paths[name] = folder / f"{name}.xml"
        with path.open("w", encoding="utf-8") as out:
            head, _, tail = catalogue_text(["\0"]).partition("\0")
            out.write(head)
            for n in range(1, count + 1):
                out.write(catalogue_line(n) + "\n")
            out.write(tail)
    return paths


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks peppol", description=__doc__)
    parser.add_argument("--large", type=int, default=100_000, help="lines of the large catalogue")
    parser.add_argument("--no-warm-large", action="store_true", help="check it only once")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "FILE"), help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_measure(args.child[0], Path(args.child[1]), args.warm)))
        return 0
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": _cpus()},
        "rules_release": "2026.5",
    }
    with tempfile.TemporaryDirectory() as tmp:
        paths = _write_documents(Path(tmp), args.large)
        for name, path in paths.items():
            large = name == f"catalogue_{args.large}"
            entry: dict[str, Any] = {"bytes": path.stat().st_size}
            cases = ("check_document", "floor") if name == "order" else CASES
            for case in cases:
                warm = not (large and args.no_warm_large) and case != "floor"
                entry[case] = _child(case, path, warm)
            results[name] = entry
    print(json.dumps(results, indent=2))
    return 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
