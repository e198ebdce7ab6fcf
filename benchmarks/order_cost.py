"""``python -m benchmarks order_cost``: the server's CPU per new order (``POST /orders``),
serial, on PostgreSQL, for this tree and optionally a baseline tree, alternating.

Each tree runs its own central API process (one worker, ``--demo``, its own fresh
database on one PostgreSQL server) started from that tree's folder. One keep-alive client
posts ``--batch`` new orders to one server, then to the other, for ``--rounds`` rounds;
each batch's cost is the server process's CPU time (user + system) over the batch,
divided by the orders. Prints one JSON object: the median ms per order of each tree, the
ratio, the trivial floor (``GET /health``'s CPU per request on the same server) and the
load average. Make a baseline tree with ``git archive main | tar -x -C DIR``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.client import HTTPConnection, RemoteDisconnected
from pathlib import Path
from typing import Any

import psutil

from benchmarks.load_bench import stack
from benchmarks.outbox import SUPPLIER, bodies
from desktop.domain.reference import Supplier

REPO = Path(__file__).resolve().parents[1]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks order_cost", description=__doc__)
    parser.add_argument("--baseline-tree", type=Path, default=None, help="e.g. main's files")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--batch", type=int, default=50, help="orders per server and round")
    parser.add_argument("--warm-up", type=int, default=20, help="orders before measuring")
    parser.add_argument("--database-url", default=None, help="PostgreSQL server URL")
    return parser


@dataclass
class Server:
    """One tree's central API: its process and a keep-alive connection to it."""

    name: str
    process: subprocess.Popen[bytes]
    connection: HTTPConnection
    token: str = ""
    supplier: Supplier | None = None

    def call(self, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> Any:
        try:
            self.connection.request(method, path, body=body, headers=headers)
            answer = self.connection.getresponse()
        except (ConnectionError, RemoteDisconnected):  # idle keep-alive closed: once more
            self.connection.close()
            self.connection.request(method, path, body=body, headers=headers)
            answer = self.connection.getresponse()
        data = answer.read()
        return answer.status, data

    def cpu_s(self) -> float:
        times = psutil.Process(self.process.pid).cpu_times()
        return float(times.user + times.system)

    def post_orders(self, count: int) -> None:
        auth = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}
        assert self.supplier is not None
        for new in bodies(count, self.supplier):
            headers = {**auth, "Idempotency-Key": str(uuid.uuid4())}
            status, data = self.call("POST", "/orders", new.body, headers)
            if status not in (201, 202):  # 202: this tree checks it in the background
                raise RuntimeError(f"{self.name}: {status} {data[:300]!r}")

    def health(self, count: int) -> None:
        for _ in range(count):
            self.call("GET", "/health", None, {})


@contextlib.contextmanager
def tree_server(name: str, tree: Path, database_url: str, data_dir: Path) -> Iterator[Server]:
    data_dir.mkdir(parents=True)
    ready = data_dir / "ready"
    command = [sys.executable, "-m", "central_api", "--data", str(data_dir), "--port", "0"]
    command += ["--ready-file", str(ready), "--demo", "--database-url", database_url]
    command.append("--exit-with-parent")
    log = (data_dir / "server.log").open("wb")
    process = subprocess.Popen(  # cwd first on sys.path: that tree's code runs
        command, cwd=tree, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ)
    )
    try:
        deadline = time.monotonic() + 60
        while not (ready.exists() and ready.read_text().strip()):
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError((data_dir / "server.log").read_text(errors="replace"))
            time.sleep(0.05)
        host, port = ready.read_text().strip().rsplit("//", 1)[1].rsplit(":", 1)
        connection = HTTPConnection(host, int(port), timeout=60)
        server = Server(name, process, connection)
        sign_in = json.dumps({"username": "orderer", "password": "demo"}).encode()
        _status, data = server.call(
            "POST", "/auth/token", sign_in, {"Content-Type": "application/json"}
        )
        server.token = json.loads(data)["access_token"]
        _status, data = server.call(
            "GET", "/suppliers", None, {"Authorization": f"Bearer {server.token}"}
        )
        found = next(s for s in json.loads(data)["items"] if s["id"] == SUPPLIER)
        server.supplier = Supplier.from_json(found)
        yield server
    finally:
        stack.stop(process)
        log.close()


def per_request_ms(server: Server, count: int, work: Any) -> float:
    before = server.cpu_s()
    work(count)
    return 1000 * (server.cpu_s() - before) / count


def measure(trees: dict[str, Path], server_url: str, scratch: Path, args: Any) -> dict[str, Any]:
    costs: dict[str, list[float]] = {name: [] for name in trees}
    floor: dict[str, list[float]] = {name: [] for name in trees}
    with contextlib.ExitStack() as stack_of:
        servers = []
        for name, tree in trees.items():
            url = stack_of.enter_context(stack.fresh_database(server_url, f"avrop_cost_{name}"))
            server = stack_of.enter_context(tree_server(name, tree, url, scratch / name))
            server.post_orders(args.warm_up)
            server.health(args.warm_up)
            servers.append(server)
        for round_number in range(args.rounds):
            ordered = servers if round_number % 2 == 0 else servers[::-1]
            for server in ordered:
                costs[server.name].append(per_request_ms(server, args.batch, server.post_orders))
                floor[server.name].append(per_request_ms(server, args.batch, server.health))
    result: dict[str, Any] = {
        name: {
            "cpu_ms_per_order_median": round(statistics.median(values), 2),
            "cpu_ms_per_order_batches": [round(v, 2) for v in values],
            "cpu_ms_per_health_median": round(statistics.median(floor[name]), 2),
        }
        for name, values in costs.items()
    }
    if "baseline" in costs:
        result["new_to_baseline"] = round(
            statistics.median(costs["new"]) / statistics.median(costs["baseline"]), 3
        )
    return result


Measure = Callable[[dict[str, Path], str, Path, Any], dict[str, Any]]


def run_trees(args: Any, measure_trees: Measure, prefix: str) -> int:
    """Runs ``measure_trees`` over this tree (and ``--baseline-tree``) on PostgreSQL and
    prints its result with the settings and the load average."""
    trees = {"new": REPO}
    if args.baseline_tree is not None:
        trees["baseline"] = args.baseline_tree.resolve()
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        scratch = Path(tmp)
        with stack.postgres_server(args.database_url, scratch) as server_url:
            result = measure_trees(trees, server_url, scratch, args)
    result["settings"] = {"rounds": args.rounds, "batch": args.batch}
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_trees(_parser().parse_args(argv), measure, "avrop-order-cost-")
