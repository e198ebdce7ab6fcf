"""The load and outbox benchmarks' orders are ones the server accepts: conforming to the
official PEPPOL rules (a benchmark of refused orders would measure nothing)."""

from __future__ import annotations

import json

from benchmarks.outbox import SUPPLIER, bodies
from desktop.domain.reference import Supplier
from desktop.peppol.conformance import check_document


def test_the_benchmark_orders_conform_to_the_official_rules() -> None:
    supplier = Supplier(SUPPLIER, "Kaffekompaniet AB", "5560000001", "0007", "SE", True)
    made = bodies(2, supplier)
    assert len({o.order.id for o in made}) == 2
    for new in made:
        document = json.loads(new.body)["document"]
        verdict = check_document(document.encode("utf-8"))
        assert verdict.conforms, verdict
