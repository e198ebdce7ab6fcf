"""Seed step: every e-commerce supplier's demo catalogue as a real PEPPOL document.

For each agreement in e-commerce and each of its suppliers in e-commerce, the
supplier's range in the agreement's category (``products.generate_catalogue``) is
written with the PEPPOL writer, gzip-compressed and stored as that supplier's published
catalogue. About one line in ten is the supplier's range outside the agreement (no
agreement, list price or above), so buying beside the agreement can be shown. Sizes are
small (50–150 lines per supplier) so that seeding takes a few seconds. Each line
references its product's generated picture (``pictures.py``), stored by ``seed_pictures``.
"""

from __future__ import annotations

import gzip
import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

from sqlalchemy.orm import Session

from central_api.demo.generator import DemoData
from central_api.demo.pictures import picture_id, picture_recipe, with_picture
from central_api.demo.products import generate_catalogue
from central_api.demo.variants import localise_line
from central_api.services.catalogues import store_catalogue_bytes
from central_api.services.pictures import add_recipes
from desktop.domain.catalogue import CatalogueLine
from desktop.domain.reference import Agreement, Supplier
from desktop.peppol.catalogue_writer import CatalogueHeader, write_catalogue
from desktop.peppol.parties import Party

MIN_LINES, MAX_LINES = 50, 150
OFF_AGREEMENT_SHARE = 10  # one line in this many is outside the agreement
LANGUAGE_BY_COUNTRY = {"SE": "sv", "DK": "da", "NO": "nb"}
PUBLISHER = "demo"


def line_count(supplier_id: str) -> int:
    """A stable size per supplier between MIN_LINES and MAX_LINES."""
    digest = hashlib.sha256(supplier_id.encode()).digest()
    return MIN_LINES + int.from_bytes(digest[:4], "big") % (MAX_LINES - MIN_LINES + 1)


def catalogue_lines(
    supplier: Supplier, category_key: str, agreement_id: str, count: int
) -> Iterator[CatalogueLine]:
    """The supplier's lines: mostly under the agreement, some of its range beside it."""
    language = LANGUAGE_BY_COUNTRY.get(supplier.country, "sv")
    seen: set[str] = set()
    for line in generate_catalogue(
        supplier.id, category_key, agreement_id, count, language=language
    ):
        seen.add(line.seller_item_id)
        yield line
    extra = max(count // OFF_AGREEMENT_SHARE, 1)
    for line in generate_catalogue(
        supplier.id, category_key, None, extra * 3, seed=1, language=language
    ):
        if extra == 0:
            break
        if line.seller_item_id not in seen:
            seen.add(line.seller_item_id)
            extra -= 1
            yield line


def header_for(data: DemoData, supplier: Supplier, agreement: Agreement) -> CatalogueHeader:
    m = data.municipality
    return CatalogueHeader(
        catalogue_id=f"CAT-{supplier.id}-{data.today.isoformat()}",
        issue_date=data.today,
        valid_from=data.today - timedelta(days=30),
        valid_to=data.today + timedelta(days=365),
        provider=Party(
            supplier.endpoint_id, supplier.endpoint_scheme, supplier.name, supplier.country
        ),
        receiver=Party(m.org_number.replace("-", ""), m.org_scheme, m.name, m.country),
        agreement_id=None,  # each line names its agreement; some lines have none
        name=f"{supplier.name}: {agreement.name}",
    )


def catalogue_document(
    data: DemoData, supplier: Supplier, agreement: Agreement, category_key: str
) -> tuple[bytes, int, int]:
    """(gzip bytes, XML size, line count) of the supplier's demo catalogue."""
    xml = io.BytesIO()
    lines = (
        localise_line(with_picture(category_key, line), data.variant)
        for line in catalogue_lines(supplier, category_key, agreement.id, line_count(supplier.id))
    )
    count = write_catalogue(xml, header_for(data, supplier, agreement), lines)
    raw = xml.getvalue()
    return gzip.compress(raw, compresslevel=6, mtime=0), len(raw), count


def publishable(data: DemoData) -> Iterator[tuple[Supplier, Agreement, str]]:
    """(supplier, agreement, category) for every e-commerce supplier of an e-commerce
    agreement (a supplier on two agreements publishes under the first)."""
    suppliers = {s.id: s for s in data.suppliers}
    done: set[str] = set()
    for agreement in data.agreements:
        category = data.category_of_agreement.get(agreement.id)
        if not agreement.in_ecommerce or category is None:
            continue
        for supplier_id in agreement.supplier_ids:
            supplier = suppliers.get(supplier_id)
            if supplier is None or not supplier.in_ecommerce or supplier_id in done:
                continue
            done.add(supplier_id)
            yield supplier, agreement, category


def seed_catalogues(session: Session, data: DemoData) -> None:
    now = datetime.combine(data.today, time(6, 0), tzinfo=UTC)
    for supplier, agreement, category in publishable(data):
        blob, size, count = catalogue_document(data, supplier, agreement, category)
        store_catalogue_bytes(
            session,
            data.municipality.id,
            supplier.id,
            blob,
            size,
            count,
            f"CAT-{supplier.id}-{data.today.isoformat()}",
            PUBLISHER,
            now,
        )
    session.flush()


def seed_pictures(session: Session, data: DemoData) -> None:
    """One picture per product the demo catalogues reference (``with_picture``), stored
    as its recipe: drawn on first request."""
    now = datetime.combine(data.today, time(6, 0), tzinfo=UTC)
    add_recipes(session, data.municipality.id, _demo_pictures(data), now)
    session.flush()


def _demo_pictures(data: DemoData) -> Iterator[tuple[str, str]]:
    done: set[str] = set()
    for supplier, agreement, category in publishable(data):
        for line in catalogue_lines(supplier, category, agreement.id, line_count(supplier.id)):
            picture = picture_id(category, line)
            if picture not in done:
                done.add(picture)
                yield picture, picture_recipe(category, line)
