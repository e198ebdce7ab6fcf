"""``python -m benchmarks demo_sync [--runs N]``: the demo's first sync, pictures included.

Starts a fresh demo central API on loopback (its own process and data folder: the time
to ready includes seeding), signs in as the orderer on a fresh store and times the
first sync (reference data; guidance and every catalogue), then the first picture sync
(every referenced picture, drawn by the server on first request) and a second one (one
conditional request). Prints one JSON object per run. Pictures are fetched after the
catalogues, in the background in the app: the catalogue figure is what the user waits
for before searching. ``--no-pictures`` stops after the catalogues (to compare builds).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any


def _run(with_pictures: bool = True) -> dict[str, Any]:
    from desktop.app import AppOptions, build_services
    from desktop.remote.demo_server import DemoServer

    with tempfile.TemporaryDirectory(prefix="avrop-bench-") as tmp:
        folder = Path(tmp)
        server = DemoServer(folder / "server")
        started = time.perf_counter()
        server.start()
        ready = time.perf_counter() - started
        services = build_services(AppOptions(data_dir=folder / "app", server_url=server.url))
        try:
            services.auth.use_session_only()
            services.auth.sign_in(server.url, "orderer", "demo", remember=False)
            started = time.perf_counter()
            services.sync.sync()
            report = services.find.sync()
            catalogues = time.perf_counter() - started
            result: dict[str, Any] = {
                "server_ready_s": round(ready, 2),
                "first_sync_s": round(catalogues, 2),
                "catalogues": len(report.catalogues.updated),
            }
            pictures = getattr(services, "pictures", None)
            if pictures is not None and with_pictures:  # a build with item pictures
                started = time.perf_counter()
                first = pictures.sync()
                result["first_picture_sync_s"] = round(time.perf_counter() - started, 2)
                result["pictures"] = first.fetched
                result["picture_bytes"] = first.fetched_bytes
                result["picture_requests"] = first.requests
                started = time.perf_counter()
                second = pictures.sync()
                result["second_picture_sync_s"] = round(time.perf_counter() - started, 3)
                result["second_requests"] = second.requests
                result["second_bytes"] = second.fetched_bytes
            return result
        finally:
            services.close()
            server.stop()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks demo_sync")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument(
        "--no-pictures", action="store_true", help="stop after the catalogues (to compare)"
    )
    options = parser.parse_args(argv)
    for _ in range(options.runs):
        print(json.dumps(_run(not options.no_pictures)))
    return 0
