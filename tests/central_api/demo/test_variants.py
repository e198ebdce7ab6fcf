"""The demo in a Swedish, a Danish and a Norwegian variant (``--demo se|dk|no``).

Names, people, currency, the parties' identifier scheme (with valid check digits) and
the catalogues' language; every catalogue the seed writes passes the official PEPPOL
rules; the ``se`` variant is the Swedish demo unchanged.
"""

from __future__ import annotations

import gzip
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from fastapi.testclient import TestClient
from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from central_api.app import create_app
from central_api.config import ServerConfig
from central_api.demo.catalogue_publish import catalogue_document, publishable
from central_api.demo.generator import DemoData, generate
from central_api.demo.guidance import demo_guidance
from central_api.demo.history import generate_history
from central_api.demo.identifiers import luhn_check_digit
from central_api.demo.variants import localise, localise_guidance
from central_api.models import OrderRow
from desktop.domain.demo_variants import DEMO_VARIANTS
from desktop.peppol.conformance import check_document

TODAY = date(2025, 5, 15)
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
# A product of the nappies, copy paper and coffee agreements, named in each language.
PRODUCT_WORDS = {
    "se": ("Blöjor", "Kopieringspapper", "Kaffe"),
    "dk": ("Bleer", "Kopipapir", "Kaffe"),
    "no": ("Bleier", "Kopipapir", "Kaffe"),
}
SUPPORT_COFFEE = {"se": "Bryggkaffe 500 g", "dk": "Filterkaffe 500 g", "no": "Filterkaffe 500 g"}
MUNICIPALITY = {"se": "Ekby kommun", "dk": "Egeby Kommune", "no": "Eikby kommune"}


@pytest.fixture(scope="module")
def swedish() -> DemoData:
    return generate(TODAY)


def _valid_id(scheme: str, number: str) -> bool:
    """Check digits of the organisation number schemes (see identifiers.py)."""
    digits = [int(d) for d in number]
    if scheme == "0007":
        return len(number) == 10 and luhn_check_digit(number[:9]) == number[9]
    if scheme == "0184":
        return (
            len(number) == 8
            and sum(d * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0
        )
    if scheme == "0192":
        weights = (3, 2, 7, 6, 5, 4, 3, 2)
        rest = sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
        return len(number) == 9 and (11 - rest) % 11 == digits[8]
    return False


def test_the_swedish_variant_is_the_swedish_demo_unchanged(swedish: DemoData) -> None:
    assert localise(swedish, "se") is swedish
    assert swedish.variant == "se" and swedish.municipality.name == "Ekby kommun"


@pytest.mark.parametrize("code", ["dk", "no"])
def test_a_variant_names_its_municipality_units_and_people(swedish: DemoData, code: str) -> None:
    variant = DEMO_VARIANTS[code]
    data = localise(swedish, code)
    town = data.municipality
    assert (town.name, town.country, town.language) == (
        MUNICIPALITY[code],
        variant.country,
        variant.language,
    )
    assert town.org_scheme == variant.party_scheme and _valid_id(town.org_scheme, town.org_number)
    assert [u.id for u in data.units] == [u.id for u in swedish.units]  # the same ids
    assert not {u.name for u in data.units} & {u.name for u in swedish.units}
    assert {u.address.country for u in data.units} == {variant.country}
    assert not {u.display_name for u in data.users} & {u.display_name for u in swedish.users}
    assert {u.language for u in data.users} == {variant.language}
    nappies = next(a for a in data.agreements if a.id == "a-nappies")
    assert nappies.name != next(a for a in swedish.agreements if a.id == "a-nappies").name
    # The call-off instructions are the variant's, naming its suppliers and office.
    before = {a.id: a.instructions for a in swedish.agreements}
    assert all(a.instructions != before[a.id] for a in data.agreements)
    names = {s.id: s.name for s in data.suppliers}
    bakery = next(a for a in data.agreements if a.id == "a-bakery")  # a ranked cascade
    assert all(names[s] in bakery.instructions for s in bakery.supplier_ids)
    furniture = next(a for a in data.agreements if a.id == "a-furniture")  # mini-competition
    assert town.email in furniture.instructions


@pytest.mark.parametrize("code", ["se", "dk", "no"])
def test_the_variant_s_suppliers_carry_its_scheme_with_valid_check_digits(
    swedish: DemoData, code: str
) -> None:
    variant = DEMO_VARIANTS[code]
    data = localise(swedish, code)
    own = [s for s in data.suppliers if s.country == variant.country]
    assert len(own) > len(data.suppliers) * 0.8  # most of the register is the country's
    for supplier in data.suppliers:
        scheme = {"SE": "0007", "DK": "0184", "NO": "0192"}[supplier.country]
        assert supplier.endpoint_scheme == scheme, supplier
        assert _valid_id(scheme, supplier.endpoint_id), supplier
    assert len({s.name for s in data.suppliers}) == len(data.suppliers)  # no two alike
    if code != "se":  # the country's firms carry its company form, not the Swedish AB
        assert not [s.name for s in own if s.name.endswith(" AB")]
    on_agreement = {s for a in data.agreements for s in a.supplier_ids}
    ids = [s.id for s in data.suppliers]
    assert len(set(ids)) == len(ids) and on_agreement <= set(ids)


def _catalogues(data: DemoData) -> list[bytes]:
    return [
        gzip.decompress(catalogue_document(data, supplier, agreement, category)[0])
        for supplier, agreement, category in publishable(data)
    ]


@pytest.mark.slow
@pytest.mark.parametrize("code", ["se", "dk", "no"])
def test_every_catalogue_of_the_variant_passes_the_official_rules(
    swedish: DemoData, code: str
) -> None:
    variant = DEMO_VARIANTS[code]
    data = localise(swedish, code)
    documents = _catalogues(data)
    names: list[str] = []
    for document in documents:
        verdict = check_document(document)
        assert verdict.conforms, [f.to_json() for f in verdict.findings if f.refuses]
        root = etree.fromstring(document)
        currencies = {e.get("currencyID") for e in root.iter(f"{CBC}PriceAmount")}
        assert currencies == {variant.currency}
        receiver = root.find(f".//{{*}}ReceiverParty/{CBC}EndpointID")
        assert receiver is not None and receiver.get("schemeID") == variant.party_scheme
        names += [
            name.text or "" for item in root.iter("{*}Item") for name in item.iterfind(f"{CBC}Name")
        ]
    for word in PRODUCT_WORDS[code]:
        assert any(name.startswith(word) for name in names), word


def test_the_price_is_converted_to_the_variant_s_currency(swedish: DemoData) -> None:
    def first_price(data: DemoData) -> Decimal:
        root = etree.fromstring(_catalogues(data)[0])
        element = next(root.iter(f"{CBC}PriceAmount"))
        return Decimal(element.text or "0")

    sek = first_price(swedish)
    assert first_price(localise(swedish, "dk")) == (sek * Decimal("0.65")).quantize(
        Decimal("0.01"), ROUND_HALF_UP
    )


@pytest.mark.parametrize("code", ["se", "dk", "no"])
def test_the_seeded_server_tells_the_client_the_country_and_its_orders_conform(
    tmp_path_factory: pytest.TempPathFactory, code: str
) -> None:
    variant = DEMO_VARIANTS[code]
    config = ServerConfig(
        data_dir=tmp_path_factory.mktemp(f"demo-{code}"),
        demo=True,
        demo_today=TODAY,
        demo_variant=code,
    )
    app = create_app(config)
    try:
        with TestClient(app) as client:
            answer = client.post("/auth/token", json={"username": "orderer", "password": "demo"})
            headers = {"Authorization": f"Bearer {answer.json()['access_token']}"}
            me = client.get("/me", headers=headers).json()
            assert me["language"] == variant.language
            unit = client.get("/units", headers=headers).json()["items"][0]
            assert unit["address"]["country"] == variant.country
            settings = client.get(
                "/units/u-forskola-solrosen/order-settings", headers=headers
            ).json()
            assert settings["country"] == variant.country
            assert settings["currency"] == variant.currency
            assert settings["buyer"]["scheme"] == variant.party_scheme
            manager = client.post(
                "/auth/token", json={"username": "manager", "password": "demo"}
            ).json()["access_token"]
            spend = client.get(
                "/units/u-forskola-solrosen/spend",
                headers={"Authorization": f"Bearer {manager}"},
            )
            assert spend.status_code == 200, spend.text
            assert spend.json()["currency"] == variant.currency
        with Session(app.state.engine) as session:
            documents = session.scalars(select(OrderRow.document)).all()
        assert documents  # the demo's rejected order (support_seed)
        for document in documents:
            verdict = check_document(document.encode())
            assert verdict.conforms, [f.to_json() for f in verdict.findings if f.refuses]
            root = etree.fromstring(document.encode())
            assert root.findtext(f"{CBC}DocumentCurrencyCode") == variant.currency
            names = [n.text for i in root.iter("{*}Item") for n in i.iterfind(f"{CBC}Name")]
            assert names == [SUPPORT_COFFEE[code]]
    finally:
        app.state.engine.dispose()


@pytest.mark.parametrize("code", ["se", "dk", "no"])
def test_the_guidance_names_the_variant_s_office(swedish: DemoData, code: str) -> None:
    town = localise(swedish, code).municipality
    office = localise_guidance(demo_guidance(), code).office
    assert town.name in office.name and office.email == town.email


@pytest.mark.parametrize("code", ["dk", "no"])
def test_the_spend_history_buys_from_the_same_shops_under_their_local_names(
    swedish: DemoData, code: str
) -> None:
    data = localise(swedish, code)
    before = generate_history(swedish.units, swedish.agreements, swedish.suppliers, TODAY)
    after = generate_history(data.units, data.agreements, data.suppliers, TODAY)
    key = [(p.unit_id, p.supplier_id, p.amount) for p in before.purchases]
    assert [(p.unit_id, p.supplier_id, p.amount) for p in after.purchases] == key
    names = {s.id: s.name for s in data.suppliers}
    shops = {p.supplier_id for p in after.purchases if p.supplier_id.startswith("s-off-")}
    assert len(shops) > 3
    assert {p.supplier_name for p in after.purchases if p.supplier_id in shops} == {
        names[s] for s in shops
    }
    moved = {s.id for s in swedish.suppliers if s.country == "SE"} & shops
    assert moved and not {names[s] for s in moved} & {s.name for s in swedish.suppliers}
