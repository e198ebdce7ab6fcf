"""The demo's purchase history makes the spend figures real (``central_api/demo/history*``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from central_api.app import create_app
from central_api.config import ServerConfig
from central_api.demo.generator import generate
from central_api.demo.history import generate_history
from desktop.domain.spend import SpendKind
from desktop.domain.spend_report import SpendReport
from tests.central_api.databases import create_database, on_postgres
from tests.central_api.helpers import release_app

TODAY = date(2026, 3, 18)
SOLROSEN = "u-forskola-solrosen"


@pytest.fixture(scope="module")
def demo_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir = tmp_path_factory.mktemp("spend-demo")
    url = create_database() if on_postgres() else None
    app = create_app(ServerConfig(data_dir=data_dir, database_url=url, demo=True, demo_today=TODAY))
    with TestClient(app) as client:
        yield client
    release_app(app)


def _report(client: TestClient, user: str, unit: str) -> SpendReport:
    token = client.post("/auth/token", json={"username": user, "password": "demo"})
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    answer = client.get(f"/units/{unit}/spend", headers=headers)
    assert answer.status_code == 200, answer.text
    return SpendReport.from_json(answer.json())


def test_history_is_deterministic_and_has_every_kind_of_purchase() -> None:
    data = generate(TODAY)
    first = generate_history(data.units, data.agreements, data.suppliers, TODAY)
    again = generate_history(data.units, data.agreements, data.suppliers, TODAY)
    assert first == again
    kinds = {p.kind for p in first.purchases if p.unit_id == SOLROSEN}
    assert kinds == set(SpendKind)
    assert all(p.supplier_id.startswith("s-off-") for p in first.purchases if not p.on_agreement)
    assert {p.unit_id for p in first.purchases} == {
        "u-skola-norr", "u-skola-soder", "u-forskola-solrosen", "u-forskola-eken",
        "u-forskola-blabaret", "u-vard-ekbacken"}  # fmt: skip
    assert max(p.invoice_date for p in first.purchases) < TODAY


def test_the_kindergarten_manager_sees_twelve_months_beside_the_other_units(
    demo_client: TestClient,
) -> None:
    report = _report(demo_client, "manager", SOLROSEN)
    assert (report.period_from, report.period_to) == (date(2025, 3, 1), date(2026, 2, 28))
    assert len(report.months) == 12
    assert all(m.figures.total > 0 for m in report.months)
    for m in report.months:  # the chart's three parts add up to the month's spend
        parts = sum((m.figures.part(k) for k in SpendKind), Decimal(0))
        assert parts == m.figures.total
    assert report.totals.e_share is not None and Decimal("0.2") < report.totals.e_share < 1
    assert report.totals.compliance is not None
    assert report.totals.compliance > report.totals.e_share
    assert len(report.comparison) == 6 and SOLROSEN in {c.unit_id for c in report.comparison}
    assert all(len(c.months) == 12 for c in report.comparison)


def test_purchases_beside_the_agreements_name_the_agreement_that_covered_them(
    demo_client: TestClient,
) -> None:
    report = _report(demo_client, "manager", SOLROSEN)
    covered = [o for o in report.off_agreement if o.agreement is not None]
    assert covered and all(o.missed_saving > 0 for o in covered)
    assert report.totals.savings_missed == sum((o.missed_saving for o in covered), Decimal(0))
    assert report.totals.savings_realised > 0
    largest = max(covered, key=lambda o: o.amount)
    assert largest.agreement is not None and largest.agreement.supplier_names


def test_budgets_per_account_with_committed_money(demo_client: TestClient) -> None:
    report = _report(demo_client, "manager", SOLROSEN)
    assert report.budget_year == 2026
    assert {b.account for b in report.budgets} >= {"6110", "6420", "6430"}
    assert sum((b.committed for b in report.budgets), Decimal(0)) > 0
    assert all(b.budget > 0 for b in report.budgets)


def test_superuser_and_procurement_reach_other_units(demo_client: TestClient) -> None:
    assert _report(demo_client, "superuser", "u-forskola-eken").unit_name == "Förskolan Eken"
    assert _report(demo_client, "procurement", "u-vard-ekbacken").totals.total > 0
