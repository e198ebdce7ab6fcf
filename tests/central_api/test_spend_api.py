"""``GET /units/{id}/spend`` on the hand-computed fixture (``tests/fixtures/spend_api.py``).

The expected numbers are the ones worked out by hand in
``tests/desktop/domain/test_spend_figures.py`` (period 2025-01-01 … 2025-03-31).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from central_api.models import OrderRow, SupplierRow, UserRow, utcnow
from central_api.schemas.spend import SpendReportOut
from desktop.domain.spend_report import SpendReport
from tests.fixtures.spend_api import SpendApi

PERIOD = "from=2025-01-01&to=2025-03-31"
URL = f"/units/u-fixture/spend?{PERIOD}"


def get(api: SpendApi, user: str, url: str = URL, **headers: str) -> Any:
    return api.client.get(url, headers=api.auth(user, **headers))


def test_figures_of_the_fixture_unit_match_the_hand_computation(spend_api: SpendApi) -> None:
    answer = get(spend_api, "fx-manager")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    totals = body["totals"]
    assert (body["from"], body["to"], body["as_of"]) == ("2025-01-01", "2025-03-31", "2025-03-15")
    assert totals["total"] == "7607.28"
    assert (totals["through_avrop"], totals["on_agreement_outside"], totals["off_agreement"]) == (
        "1250.50", "3000.00", "3356.78")  # fmt: skip
    assert (totals["e_share"], totals["compliance"]) == ("0.1644", "0.5587")
    # The office's stated price levels are used (coffee 0.80), not the observed 0.8384.
    assert (totals["savings_realised"], totals["savings_missed"]) == ("1250.00", "213.02")
    assert [(m["month"], m["total"], m["e_share"]) for m in body["months"]] == [
        ("2025-01", "4400.00", "0.2273"),
        ("2025-02", "2456.78", "0.0000"),
        ("2025-03", "750.50", "0.3338"),
    ]
    assert [c["cpv"] for c in body["categories"]] == [
        "39160000", "15860000", "37520000", "15850000"]  # fmt: skip
    # Labels come from the CPV list shipped in resources/standards.
    assert body["categories"][0]["labels"]["sv"] == "Skolmöbler"
    assert body["categories"][0]["labels"]["en"] == "School furniture"


def test_off_agreement_spend_comes_with_the_covering_agreement(spend_api: SpendApi) -> None:
    rows = get(spend_api, "fx-manager").json()["off_agreement"]
    assert [(r["supplier_id"], r["amount"], r["missed_saving"]) for r in rows] == [
        ("s-fx-off-2", "2000.00", "0"),
        ("s-fx-off-1", "523.45", "104.69"),
        ("s-fx-off-3", "500.00", "75.00"),
        ("s-fx-off-2", "333.33", "33.33"),
    ]
    assert rows[0]["agreement"] is None  # the furniture agreement had expired
    covering = rows[1]["agreement"]
    assert (covering["id"], covering["number"], covering["price_level"]) == (
        "a-fx-coffee", "RA-FX-1", "0.80")  # fmt: skip


def test_budgets_and_comparison(spend_api: SpendApi) -> None:
    body = get(spend_api, "fx-manager").json()
    budgets = {b["account"]: b for b in body["budgets"]}
    assert budgets["4010"] == {
        "account": "4010", "name": "Förbrukningsmaterial", "budget": "10000.00",
        "committed": "300.00", "spent": "2607.28", "left": "7092.72",
    }  # fmt: skip
    assert budgets["5410"]["left"] == "1800.00"
    comparison = {c["unit_id"]: c["figures"] for c in body["comparison"]}
    assert set(comparison) == {"u-fixture", "u-fixture-other"}  # the empty unit is left out
    assert comparison["u-fixture-other"]["total"] == "800.00"
    assert comparison["u-fixture-other"]["e_share"] == "0.7500"


def test_the_answer_parses_as_the_domain_report(spend_api: SpendApi) -> None:
    report = SpendReport.from_json(get(spend_api, "fx-procurement").json())
    assert [p.invoice_id for p in report.purchases] == [f"fx-i{n}" for n in range(1, 9)]
    assert report.to_json() == get(spend_api, "fx-procurement").json()


@pytest.mark.parametrize(
    ("user", "unit", "status"),
    [
        ("fx-manager", "u-fixture", 200),
        ("fx-manager", "u-fixture-other", 403),  # another unit's figures
        ("fx-superuser", "u-fixture-other", 200),  # a unit they support
        ("fx-superuser", "u-fixture", 403),
        ("fx-procurement", "u-fixture-other", 200),
        ("fx-orderer", "u-fixture", 403),  # orderers see no figures, not even their unit's
        ("fx-manager", "u-nowhere", 404),
    ],
)
def test_who_may_read_which_figures(spend_api: SpendApi, user: str, unit: str, status: int) -> None:
    answer = get(spend_api, user, f"/units/{unit}/spend?{PERIOD}")
    assert answer.status_code == status, answer.text
    if status == 403:
        assert answer.json()["code"] == "forbidden"


def test_without_a_token_401(spend_api: SpendApi) -> None:
    answer = spend_api.client.get(URL)
    assert answer.status_code == 401 and answer.json()["code"] == "token_invalid"


def test_etag_and_if_none_match(spend_api: SpendApi) -> None:
    first = get(spend_api, "fx-manager")
    etag = first.headers["ETag"]
    assert etag.startswith('"') and first.headers["Cache-Control"] == "private, no-cache"
    again = get(spend_api, "fx-manager", **{"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    shorter = "/units/u-fixture/spend?from=2025-02-01&to=2025-03-31"
    other_period = get(spend_api, "fx-manager", shorter, **{"If-None-Match": etag})
    assert other_period.status_code == 200 and other_period.headers["ETag"] != etag


@pytest.mark.parametrize(
    ("query", "field"),
    [("from=2025-04-01&to=2025-03-31", "from"), ("from=2022-01-01&to=2025-03-31", "from"),
     ("from=2025-01-01&to=march", "to")],
)  # fmt: skip
def test_a_bad_period_is_refused(spend_api: SpendApi, query: str, field: str) -> None:
    answer = get(spend_api, "fx-manager", f"/units/u-fixture/spend?{query}")
    assert answer.status_code == 422
    assert answer.json()["code"] == "validation_error" and answer.json()["field"] == field


def test_without_a_period_the_twelve_months_before_this_one(spend_api: SpendApi) -> None:
    body = get(spend_api, "fx-manager", "/units/u-fixture/spend").json()
    this_month = date.today().replace(day=1)
    assert body["to"] == (this_month - timedelta(days=1)).isoformat()
    assert body["from"] == this_month.replace(year=this_month.year - 1).isoformat()
    assert len(body["months"]) == 12


def _keys(model: Any) -> set[str]:
    return {f.alias or name for name, f in model.model_fields.items()}


def test_openapi_schema_describes_exactly_the_served_keys(spend_api: SpendApi) -> None:
    body = get(spend_api, "fx-manager").json()
    assert _keys(SpendReportOut) == set(body)
    fields = SpendReportOut.model_fields
    for key in ("totals", "months", "categories", "suppliers", "off_agreement", "budgets",
                "comparison", "purchases"):  # fmt: skip
        sample = body[key][0] if isinstance(body[key], list) else body[key]
        annotation = fields[key].annotation
        model = getattr(annotation, "__args__", (annotation,))[0]
        assert _keys(model) == set(sample), key
    paths = spend_api.client.get("/openapi.json").json()["paths"]
    assert "/units/{unit_id}/spend" in paths


def test_orders_placed_in_avrop_and_not_invoiced_are_committed(spend_api: SpendApi) -> None:
    """The superuser's unit gets three orders: one accepted (committed), one cancelled
    (not), one accepted whose invoice came already (``o-fx-j1``: spent, not committed)."""
    app = spend_api.client.app
    with app.state.sessions() as session:  # type: ignore[attr-defined]
        user = session.scalars(select(UserRow).where(UserRow.username == "fx-superuser")).one()
        session.add(
            SupplierRow(
                id="s-fx-coffee-1",
                municipality_id="m-fixture",
                name="Kaffegrossisten",
                endpoint_id="5560000001",
                endpoint_scheme="0007",
                country="SE",
                in_ecommerce=True,
                min_order_amount=Decimal("0"),
                phone=None,
                email=None,
                web=None,
            )
        )
        session.flush()  # the orders refer to it
        for client_id, state, total in (
            ("o-fx-live", "accepted", "250.00"),
            ("o-fx-gone", "cancelled", "100.00"),
            ("o-fx-j1", "accepted", "600.00"),
        ):
            session.add(
                OrderRow(
                    municipality_id="m-fixture",
                    unit_id="u-fixture-other",
                    supplier_id="s-fx-coffee-1",
                    agreement_id="a-fx-coffee",
                    client_order_id=client_id,
                    created_by=user.id,
                    state=state,
                    currency="SEK",
                    total=Decimal(total),
                    cost_centre="9999",
                    account="4010",
                    project=None,
                    off_agreement_reason=None,
                    requested_delivery_date=None,
                    document="",
                    created_at=utcnow(),
                    updated_at=utcnow(),
                    change_seq=1,
                )
            )
        session.commit()  # fmt: skip
    body = get(spend_api, "fx-superuser", f"/units/u-fixture-other/spend?{PERIOD}").json()
    budgets = {b["account"]: b for b in body["budgets"]}
    # 999.00 from before Avrop kept the orders (history) + 250.00 accepted in Avrop
    assert budgets["4010"]["committed"] == "1249.00"
    # spent: fx-j1 600.00 + fx-j2 200.00; left 5000.00 − 1249.00 − 800.00 = 2951.00
    assert (budgets["4010"]["spent"], budgets["4010"]["left"]) == ("800.00", "2951.00")
