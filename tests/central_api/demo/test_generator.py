"""The demo municipality: deterministic, and exactly the brief's facts."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from central_api.demo.categories import CATEGORIES
from central_api.demo.generator import DemoData, generate
from central_api.demo.identifiers import gs1_check_digit, luhn_check_digit
from desktop.domain.reference import CallOffMethod, Role, UnitKind
from tests.central_api.helpers import TEST_TODAY, bearer, sign_in

TODAY = date(2025, 3, 15)


@pytest.fixture(scope="module")
def data() -> DemoData:
    return generate(TODAY)


def test_two_runs_give_identical_data(data: DemoData) -> None:
    again = generate(TODAY)
    assert again == data
    assert [s.to_json() for s in again.suppliers] == [s.to_json() for s in data.suppliers]
    assert [a.to_json() for a in again.agreements] == [a.to_json() for a in data.agreements]


def test_another_today_moves_the_dates_only(data: DemoData) -> None:
    later = generate(TODAY + timedelta(days=100))
    assert later.suppliers == data.suppliers
    assert [a.id for a in later.agreements] == [a.id for a in data.agreements]
    for before, after in zip(data.agreements, later.agreements, strict=True):
        assert after.valid_from == before.valid_from + timedelta(days=100)


def test_municipality_and_units(data: DemoData) -> None:
    m = data.municipality
    assert (m.name, m.country, m.org_number, m.org_scheme) == (
        "Ekby kommun",
        "SE",
        "212000-0001",
        "0007",
    )
    names = {u.id: (u.name, u.kind) for u in data.units}
    assert names == {
        "u-skola-norr": ("Norrskolan", UnitKind.SCHOOL),
        "u-skola-soder": ("Söderskolan", UnitKind.SCHOOL),
        "u-forskola-solrosen": ("Förskolan Solrosen", UnitKind.KINDERGARTEN),
        "u-forskola-eken": ("Förskolan Eken", UnitKind.KINDERGARTEN),
        "u-forskola-blabaret": ("Förskolan Blåbäret", UnitKind.KINDERGARTEN),
        "u-vard-ekbacken": ("Ekbackens vård- och omsorgsboende", UnitKind.CARE_HOME),
        "u-hub": ("Ekby omlastningscentral", UnitKind.HUB),
        "u-inkop": ("Upphandlingsenheten", UnitKind.OFFICE),
    }
    for unit in data.units:
        via_hub = unit.kind in (UnitKind.KINDERGARTEN, UnitKind.CARE_HOME)
        assert unit.hub_id == ("u-hub" if via_hub else None), unit.id
        assert unit.gln and len(unit.gln) == 13
        assert unit.gln[-1] == gs1_check_digit(unit.gln[:-1])
        assert unit.cost_centre and unit.address.street and unit.address.country == "SE"
        assert unit.approval_limit > 0
        assert unit.approval_limit == unit.approval_limit.quantize(Decimal("0.01"))
    assert len({u.gln for u in data.units}) == len(data.units)


def test_users(data: DemoData) -> None:
    users = {u.username: (u.role, set(u.unit_ids), u.certified) for u in data.users}
    kindergartens = {"u-forskola-solrosen", "u-forskola-eken", "u-forskola-blabaret"}
    assert users == {
        "orderer": (Role.ORDERER, {"u-forskola-solrosen", "u-forskola-eken"}, True),
        "manager": (Role.MANAGER, {"u-forskola-solrosen"}, True),
        "superuser": (Role.SUPERUSER, kindergartens, True),
        "procurement": (Role.PROCUREMENT, set(), True),
        "eken-orderer": (Role.ORDERER, {"u-forskola-eken"}, True),
        "blabaret-orderer": (Role.ORDERER, {"u-forskola-blabaret"}, False),
    }


def test_one_agreement_per_category(data: DemoData) -> None:
    agreements = {a.id: a for a in data.agreements}
    supplier_ids = {s.id for s in data.suppliers}
    for category in CATEGORIES:
        agreement = agreements[f"a-{category.key}"]
        assert re.fullmatch(r"EKB-20\d\d-0\d\d", agreement.number)
        assert agreement.call_off is category.call_off
        assert agreement.in_ecommerce is category.in_ecommerce
        assert agreement.cpv_codes == (category.cpv,)
        assert agreement.name == category.names["sv"]
        assert agreement.supplier_ids == tuple(
            f"s-{category.key}-{n}" for n in range(1, category.suppliers + 1)
        )
        assert set(agreement.supplier_ids) <= supplier_ids
        assert agreement.is_valid_on(TODAY)
        assert agreement.description and agreement.instructions
    assert len({a.number for a in data.agreements}) == len(data.agreements)


def test_instructions_say_how_to_call_off(data: DemoData) -> None:
    by_supplier = {s.id: s for s in data.suppliers}
    for agreement in data.agreements:
        text = agreement.instructions
        first = by_supplier[agreement.supplier_ids[0]]
        if agreement.call_off is CallOffMethod.MINI_COMPETITION:
            assert "Upphandlingsenheten" in text and "inkop@ekby.se" in text
        elif agreement.call_off is CallOffMethod.RANKED:
            assert first.name in text and "Rangordnat" in text
        elif not agreement.in_ecommerce:
            assert any(way in text for way in (str(first.phone), str(first.web))), text
            assert agreement.number in text
        else:
            assert "Avrop" in text


def test_an_expired_and_a_future_agreement(data: DemoData) -> None:
    expired = [a for a in data.agreements if a.valid_to and a.valid_to < TODAY]
    future = [a for a in data.agreements if a.valid_from > TODAY]
    assert [a.id for a in expired] == ["a-coffee_old"]
    assert [a.id for a in future] == ["a-playground"]
    assert data.category_of_agreement["a-coffee_old"] == "coffee"


def test_suppliers(data: DemoData) -> None:
    suppliers = data.suppliers
    assert 280 <= len(suppliers) <= 320
    assert len({s.id for s in suppliers}) == len(suppliers)
    assert len({s.name for s in suppliers}) == len(suppliers)
    off = [s for s in suppliers if s.id.startswith("s-off-")]
    assert len(off) >= 15 and not any(s.in_ecommerce for s in off)
    assert {s.id for s in off} == {f"s-off-{n}" for n in range(1, len(off) + 1)}
    for s in suppliers:
        assert re.search(r"( AB| A/S| AS|\.se|[a-zåäö])$", s.name), s.name
        assert s.endpoint_scheme == {"SE": "0007", "DK": "0184", "NO": "0192"}[s.country]
        assert s.phone and s.email and "@" in s.email and s.web and s.web.startswith("https://")
        assert s.min_order_amount >= 0
        assert s.min_order_amount == s.min_order_amount.quantize(Decimal("0.01"))
        if s.country == "SE":
            assert re.fullmatch(r"\d{10}", s.endpoint_id)
            assert s.endpoint_id[-1] == luhn_check_digit(s.endpoint_id[:-1])
        elif s.country == "DK":
            weights = (2, 7, 6, 5, 4, 3, 2, 1)
            assert sum(int(d) * w for d, w in zip(s.endpoint_id, weights, strict=True)) % 11 == 0
        else:
            weights = (3, 2, 7, 6, 5, 4, 3, 2, 1)
            assert sum(int(d) * w for d, w in zip(s.endpoint_id, weights, strict=True)) % 11 == 0
    assert {s.country for s in suppliers} == {"SE", "DK", "NO"}
    in_commerce = {s.id for s in suppliers if s.in_ecommerce}
    for category in CATEGORIES:
        first = f"s-{category.key}-1"
        assert (first in in_commerce) is category.in_ecommerce


def test_the_server_serves_what_the_generator_makes(shared_client: TestClient) -> None:
    expected = generate(TEST_TODAY)
    token = sign_in(shared_client, "orderer")["access_token"]
    agreements = shared_client.get("/agreements", headers=bearer(token)).json()["items"]
    assert agreements == sorted((a.to_json() for a in expected.agreements), key=lambda a: a["id"])
    suppliers = shared_client.get("/suppliers", headers=bearer(token)).json()["items"]
    assert suppliers == sorted((s.to_json() for s in expected.suppliers), key=lambda s: s["id"])
    units = shared_client.get("/units", headers=bearer(token)).json()["items"]
    assert units == sorted((u.to_json() for u in expected.units), key=lambda u: u["id"])
