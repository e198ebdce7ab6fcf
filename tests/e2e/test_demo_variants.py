"""``--demo se|dk|no`` end to end: the app starts its demo server in the variant, the UI
language follows it, the sync brings items named in the language and priced in the
variant's currency, the country reaches the client, and the order the app writes
carries the variant's party scheme and passes the official PEPPOL rules.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from lxml import etree

from desktop.app import AppOptions, Services, build_services
from desktop.domain.demo_variants import DEMO_VARIANTS, demo_folder
from desktop.peppol.conformance import check_document
from desktop.services.find import FindQuery

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

T = TypeVar("T")
UNIT = "u-forskola-solrosen"
NAPPIES = {"se": "blöjor", "dk": "bleer", "no": "bleier"}
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"
CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"


def _net(services: Services, work: Callable[[], T]) -> T:
    return services.net_executor.submit(work).result()


def _party_schemes(document: bytes) -> dict[str, str | None]:
    root = etree.fromstring(document)
    found: dict[str, str | None] = {}
    for role in ("BuyerCustomerParty", "SellerSupplierParty"):
        endpoint = root.find(f"{CAC}{role}/{CAC}Party/{CBC}EndpointID")
        found[role] = None if endpoint is None else endpoint.get("schemeID")
    return found


@pytest.mark.parametrize("code", ["se", "dk", "no"])
def test_the_demo_variant_from_start_to_a_conforming_order(tmp_path: Path, code: str) -> None:
    variant = DEMO_VARIANTS[code]
    services = build_services(AppOptions(data_dir=tmp_path, demo=True, demo_variant=code))
    try:
        assert services.data_dir == tmp_path / demo_folder(code)
        assert services.language == variant.language  # the first start's UI language
        assert services.demo_credentials is not None
        user, password = services.demo_credentials
        me = _net(services, lambda: services.auth.sign_in(services.server_url, user, password))
        _net(services, services.sync.sync)
        find = services.find
        report = _net(services, find.sync)
        assert report.catalogues.updated and not report.catalogues.failed

        # A search in the variant's language finds items priced in its currency.
        word = NAPPIES[code]
        answer = services.run_db(
            lambda: find.query(FindQuery(word, variant.language), date.today())
        )
        rows = services.run_db(lambda: find.rows(answer.first_ids[:5]))
        assert rows and all(word in r.name.lower() for r in rows), [r.name for r in rows]
        assert {r.currency for r in rows} == {variant.currency}

        # The country and currency reach the client with the unit's order settings.
        settings = _net(services, lambda: services.order_follow_up.sync(me)).settings[UNIT]
        assert (settings.country, settings.currency) == (variant.country, variant.currency)
        unit = services.run_db(lambda: services.reference.unit(UNIT))
        assert unit is not None and unit.address.country == variant.country

        # The order the app writes: the variant's schemes, the official rules pass.
        detail = services.run_db(lambda: find.item(rows[0].item_id, variant.language))
        assert detail is not None and detail.price is not None
        quantity = Decimal(math.ceil(Decimal("1200") / detail.price))
        services.run_db(lambda: find.add_to_cart(UNIT, detail, quantity))
        review = services.run_db(lambda: services.ordering.review(UNIT))
        assert review.can_place, [g.problems for g in review.groups]
        placed = services.run_db(lambda: services.ordering.place(UNIT, review.drop_dates[0]))
        assert len(placed.placed) == 1
        assert placed.placed[0].order.currency == variant.currency
        (entry,) = services.run_db(lambda: services.outbox.entries(user))
        document = json.loads(entry.body)["document"].encode()
        verdict = check_document(document)
        assert verdict.conforms, [f.to_json() for f in verdict.findings if f.refuses]
        schemes = _party_schemes(document)
        assert schemes["BuyerCustomerParty"] == variant.party_scheme
        assert schemes["SellerSupplierParty"] == variant.party_scheme
        assert etree.fromstring(document).findtext(f"{CBC}DocumentCurrencyCode") == (
            variant.currency
        )
    finally:
        services.close()
