"""``python -m benchmarks sync_cost``: the server's CPU per request of the minute sync
every installation makes, serial, on PostgreSQL, for this tree and optionally a baseline
tree, alternating; beside the floor's CPU per 304.

The minute sync is ``GET /agreements`` and ``GET /suppliers`` with ``If-None-Match`` (a
304) and ``GET /orders?unit=&since=`` with the current cursor (an empty page). Each tree
runs its own central API (one worker, ``--demo``, its own fresh database on one
PostgreSQL server, started from that tree's folder, as ``order_cost`` does); the floor
is ``load_bench/floor_app.py`` (the same stack answering a 304 with no sign-in and no
database, before FastAPI's routing, where the real 304 is answered). One keep-alive
client sends ``--batch`` requests of one kind to one server, then the same to the next,
for ``--rounds`` rounds; a batch's cost is the server process's CPU time (user + system)
over the batch, divided by the requests. Prints one JSON object: the median ms per
request of each kind and tree, the ratios new / baseline, and the load average. Make a
baseline tree with ``git archive main | tar -x -C DIR``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
from collections.abc import Callable
from http.client import HTTPConnection, RemoteDisconnected
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psutil

from benchmarks.load_bench import stack
from benchmarks.load_bench.floor_app import FRONT_ETAG_PATH
from benchmarks.order_cost import Server, run_trees, tree_server

KINDS = ("agreements_304", "suppliers_304", "orders_since_empty")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks sync_cost", description=__doc__)
    parser.add_argument("--baseline-tree", type=Path, default=None, help="e.g. main's files")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--batch", type=int, default=400, help="requests per kind and round")
    parser.add_argument("--warm-up", type=int, default=100, help="requests before measuring")
    parser.add_argument("--database-url", default=None, help="PostgreSQL server URL")
    return parser


def _expect(status: int, wanted: int, what: str, data: bytes) -> None:
    if status != wanted:
        raise RuntimeError(f"{what}: {status} {data[:300]!r}")


def sync_requests(server: Server) -> dict[str, Callable[[int], None]]:
    """The three requests of the minute sync, each as ``send(count)``."""
    auth = {"Authorization": f"Bearer {server.token}"}
    _status, me = server.call("GET", "/me", None, auth)
    unit = json.loads(me)["unit_ids"][0]
    etags = {}
    for path in ("/agreements", "/suppliers"):
        server.connection.request("GET", path, headers=auth)
        answer = server.connection.getresponse()
        answer.read()
        etags[path] = str(answer.getheader("etag"))
    _status, page = server.call("GET", f"/orders?unit={unit}&since=0", None, auth)
    since = f"/orders?unit={unit}&since={json.loads(page)['cursor']}"

    def conditional(path: str) -> Callable[[int], None]:
        headers = {**auth, "If-None-Match": etags[path]}

        def send(count: int) -> None:
            for _ in range(count):
                status, data = server.call("GET", path, None, headers)
                _expect(status, 304, f"{server.name} {path}", data)

        return send

    def empty_page(count: int) -> None:
        for _ in range(count):
            status, data = server.call("GET", since, None, auth)
            _expect(status, 200, f"{server.name} {since}", data)
            if json.loads(data)["items"]:
                raise RuntimeError(f"{server.name}: the page is not empty")

    return {
        "agreements_304": conditional("/agreements"),
        "suppliers_304": conditional("/suppliers"),
        "orders_since_empty": empty_page,
    }


def _cpu_ms_per_request(pid: int, count: int, send: Callable[[int], None]) -> float:
    process = psutil.Process(pid)
    before = sum(process.cpu_times()[:2])
    send(count)
    return 1000 * (sum(process.cpu_times()[:2]) - before) / count


@contextlib.contextmanager
def _floor_304(scratch: Path) -> Any:
    """The floor app (one worker): its pid and its 304 as ``send(count)``."""
    with stack.floor_server(1, scratch) as (url, pid):
        parts = urlsplit(url)
        connection = HTTPConnection(str(parts.hostname), int(parts.port or 80), timeout=60)
        connection.request("GET", FRONT_ETAG_PATH)
        answer = connection.getresponse()
        answer.read()
        headers = {"If-None-Match": str(answer.getheader("etag"))}

        def send(count: int) -> None:
            for _ in range(count):
                try:
                    connection.request("GET", FRONT_ETAG_PATH, headers=headers)
                    answer = connection.getresponse()
                except (ConnectionError, RemoteDisconnected):  # idle keep-alive closed
                    connection.close()
                    connection.request("GET", FRONT_ETAG_PATH, headers=headers)
                    answer = connection.getresponse()
                data = answer.read()
                _expect(answer.status, 304, "floor", data)

        yield pid, send
        connection.close()


def measure(trees: dict[str, Path], server_url: str, scratch: Path, args: Any) -> dict[str, Any]:
    costs: dict[str, dict[str, list[float]]] = {n: {k: [] for k in KINDS} for n in trees}
    floor: list[float] = []
    with contextlib.ExitStack() as stack_of:
        floor_pid, floor_send = stack_of.enter_context(_floor_304(scratch))
        floor_send(args.warm_up)
        servers: list[tuple[Server, dict[str, Callable[[int], None]]]] = []
        for name, tree in trees.items():
            url = stack_of.enter_context(stack.fresh_database(server_url, f"avrop_sync_{name}"))
            server = stack_of.enter_context(tree_server(name, tree, url, scratch / name))
            requests = sync_requests(server)
            for send in requests.values():
                send(args.warm_up)
            servers.append((server, requests))
        for round_number in range(args.rounds):
            floor.append(_cpu_ms_per_request(floor_pid, args.batch, floor_send))
            for server, requests in servers if round_number % 2 == 0 else servers[::-1]:
                pid = server.process.pid
                for kind, send in requests.items():
                    costs[server.name][kind].append(_cpu_ms_per_request(pid, args.batch, send))
    result: dict[str, Any] = {"floor_304_cpu_ms_median": round(statistics.median(floor), 3)}
    for name, kinds in costs.items():
        result[name] = {
            f"{kind}_cpu_ms_median": round(statistics.median(values), 3)
            for kind, values in kinds.items()
        }
    if "baseline" in costs:
        result["new_to_baseline"] = {
            kind: round(
                statistics.median(costs["new"][kind]) / statistics.median(costs["baseline"][kind]),
                3,
            )
            for kind in KINDS
        }
    return result


def main(argv: list[str] | None = None) -> int:
    return run_trees(_parser().parse_args(argv), measure, "avrop-sync-cost-")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
