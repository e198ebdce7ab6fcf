"""``python -m benchmarks snapshot_download --store STORE``: the catalogue snapshot over
HTTP from the real central API on loopback, against a bare download of the same file.

The store (read-only; copied with SQLite's backup) is exported as a snapshot, published
with ``PUT /catalogue-snapshot`` to a demo central API process, then downloaded three
ways, ``--rounds`` times each in turn (medians reported): the app's
``download_snapshot`` (``ApiClient``, streamed, SHA-256 checked), ``curl`` and
``http.client`` (same URL, same token, written to a file). Last, the snapshot is
installed into a new empty store. Prints JSON (seconds, MB/s).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmarks.outbox import StaticToken
from desktop.remote.catalogue_snapshot_sync import (
    FILE,
    MANIFEST,
    SnapshotManifest,
    download_snapshot,
)
from desktop.remote.http import ApiClient
from desktop.storage.catalogue_snapshot import export_snapshot, install_snapshot
from desktop.storage.catalogue_store import CatalogueStore
from desktop.storage.database import open_database
from tests.fixtures.central_api_server import RunningServer

MB = 1_000_000
CHUNK = 1024 * 1024


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _median(seconds: list[float], size: int) -> dict[str, Any]:
    middle = statistics.median(seconds)
    return {
        "seconds": round(middle, 3),
        "MB_per_s": round(size / MB / middle, 1),
        "runs": [round(s, 3) for s in seconds],
    }


def _http_client(url: str, token: str, out: Path) -> None:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    conn.request("GET", FILE, headers={"Authorization": f"Bearer {token}"})
    response = conn.getresponse()
    with out.open("wb") as target:
        while chunk := response.read(CHUNK):
            target.write(chunk)
    conn.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks snapshot_download")
    parser.add_argument("--store", type=Path, required=True, help="an avrop.sqlite3 store")
    parser.add_argument("--scratch", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=3, help="downloads of each kind")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="snapshot-bench-", dir=args.scratch))
    figures: dict[str, Any] = {"store": str(args.store)}
    try:
        copy = scratch / "store.sqlite3"
        source = sqlite3.connect(f"{args.store.resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.close()
        db = open_database(copy)
        snapshot = scratch / "snapshot.sqlite3"
        start = time.perf_counter()
        contents = export_snapshot(CatalogueStore(db), snapshot)
        figures["export_seconds"] = round(time.perf_counter() - start, 2)
        db.close()
        copy.unlink()
        size = snapshot.stat().st_size
        figures |= {"lines": contents.lines, "bytes": size}

        server = RunningServer(scratch / "server")
        (scratch / "server").mkdir()
        server.start()
        try:
            procurement = ApiClient(server.url, StaticToken(server.token("procurement")))
            with snapshot.open("rb") as body:
                headers = {
                    "Content-Type": "application/vnd.sqlite3",
                    "Content-Length": str(size),
                    "X-Schema-Revision": contents.schema_revision,
                    "X-Catalogue-Lines": str(contents.lines),
                }
                procurement.request("PUT", MANIFEST, data=body, headers=headers)
            snapshot.unlink()
            token = server.token("orderer")
            client = ApiClient(server.url, StaticToken(token))
            answer = client.get_json(MANIFEST)
            manifest = SnapshotManifest.from_json(answer.status, answer.data)
            got = scratch / "app.sqlite3"
            curl, bare = scratch / "curl.bin", scratch / "bare.bin"
            command = ["curl", "-sS", "-o", str(curl), "-H", f"Authorization: Bearer {token}"]
            ways: dict[str, Callable[[], object]] = {
                "app_download": lambda: download_snapshot(client, manifest, got),
                "curl": lambda: subprocess.run([*command, server.url + FILE], check=True),
                "http_client": lambda: _http_client(server.url, token, bare),
            }
            runs: dict[str, list[float]] = {name: [] for name in ways}
            for _round in range(args.rounds):  # alternating: each way sees the same load
                for name, way in ways.items():
                    runs[name].append(_timed(way))
            figures |= {name: _median(seconds, size) for name, seconds in runs.items()}
            curl.unlink()
            bare.unlink()
            fresh = open_database(scratch / "fresh" / "avrop.sqlite3")
            start = time.perf_counter()
            install_snapshot(CatalogueStore(fresh), got)
            figures["install_seconds"] = round(time.perf_counter() - start, 2)
            fresh.close()
        finally:
            server.stop()
        base = min(figures["curl"]["seconds"], figures["http_client"]["seconds"])
        figures["app_vs_bare_ratio"] = round(base / figures["app_download"]["seconds"], 2)
        figures["load_average"] = os.getloadavg()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps(figures, indent=2))
    return 0
