"""The load benchmark simulates a municipality, not one person: its installations are
spread over many units, each with its own orderer, ordering on its own cost centre, and
each sync sees only its unit's orders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks import load
from benchmarks.load_bench.http_client import Pool
from benchmarks.load_bench.municipality import Seat, load_units
from benchmarks.load_bench.phases import Simulation
from benchmarks.outbox import SUPPLIER, bodies
from desktop.domain.reference import Supplier
from desktop.peppol.conformance import check_document
from tests.central_api.databases import postgres_server_url

HAS_POSTGRES = bool(postgres_server_url()) or bool(
    shutil.which("psql") and any(Path("/usr/lib/postgresql").glob("*/bin"))
)


def test_each_unit_orders_on_its_own_cost_centre_and_the_orders_conform() -> None:
    units = load_units(3)
    assert len({u.id for u in units}) == len({u.cost_centre for u in units}) == 3
    supplier = Supplier(SUPPLIER, "Kaffekompaniet AB", "5560000001", "0007", "SE", True)
    for unit in units:
        (made,) = bodies(1, supplier, unit, "someone")
        sent = json.loads(made.body)
        assert (sent["unit_id"], sent["accounting"]["cost_centre"]) == (unit.id, unit.cost_centre)
        verdict = check_document(sent["document"].encode("utf-8"))
        assert verdict.conforms, verdict


def test_a_synced_order_of_another_unit_is_an_error() -> None:
    own, other = load_units(2)
    seat = Seat(own, "load-orderer-001", "t")
    sim = Simulation(Pool("http://127.0.0.1:9", 1), [seat], {}, {}, 0.0, 0.0)
    sim._note_seen(seat, [{"id": "1", "unit_id": own.id}])
    assert sim.record.errors == []
    sim._note_seen(seat, [{"id": "2", "unit_id": other.id}])
    assert sim.record.errors == [f"{own.id} synced {other.id}'s order"]


@pytest.mark.skipif(not HAS_POSTGRES, reason="needs PostgreSQL (Debian's postgresql package)")
def test_a_small_run_spreads_the_orders_over_the_units(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["--installations", "12", "--units", "4", "--minutes", "3", "--minute-seconds", "1"]
    argv += ["--order-share", "0.6", "--workers", "1", "--requests", "40", "--orders", "10"]
    if postgres_server_url():
        argv += ["--database-url", str(postgres_server_url())]
    assert load.main(argv) == 0
    (run,) = json.loads(capsys.readouterr().out)["runs"]
    sim = run["simulation"]
    assert (sim["duplicates"], sim["errors"]) == (0, 0), sim["first_errors"]
    assert sim["units"] == 4
    assert sim["orders_created"] == sim["orders_answered"] > 0
    assert sim["units_with_orders_synced"] >= 3  # several units, each syncing its own
    assert 0 < sim["orders_synced"] <= sim["orders_created"]
    # the shares: every kind measured in alternating rounds, each timed order validated
    assert all(run[k] > 0 for k in ("floor_trivial_post_rps", "order_post_rps", "sync_304_rps"))
    assert run["order_validation"]["orders"] == 8  # 10 orders over 4 rounds: 2 a round
    assert run["order_validation"]["states"] == {"sent": 8}
