"""Server migration s0005: stored order lines and kept catalogues move to the official
PEPPOL codes; a catalogue written before them conforms to the official rules after."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

from alembic import command

from central_api.db import alembic_config, create_db_engine, upgrade_to_head
from desktop.peppol.catalogue_reader import read_catalogue
from desktop.peppol.conformance import check_document
from tests.fixtures.peppol_docs import catalogue_bytes

OLD_ETAG = '"old"'


def _old_style_catalogue() -> bytes:
    """A catalogue as Avrop wrote it before the official codes (unit PK, PriceTypeCode,
    DocumentType "Image", its own label codes): the official rules refuse it."""
    data = catalogue_bytes()
    for new, old in (
        (b'unitCode="XPK"', b'unitCode="PK"'),
        (b"<cbc:OrderableUnit>XPK<", b"<cbc:OrderableUnit>PK<"),
        (b"<cbc:PriceType>", b"<cbc:PriceTypeCode>"),
        (b"</cbc:PriceType>", b"</cbc:PriceTypeCode>"),
        (
            b"<cbc:DocumentTypeCode>PRODUCT_IMAGE</cbc:DocumentTypeCode>",
            b"<cbc:DocumentType>Image</cbc:DocumentType>",
        ),
        (b">SVANEN<", b">NordicSwan<"),
        (b">FAIR_TRADE_MARK<", b">FairTrade<"),
    ):
        assert new in data
        data = data.replace(new, old)
    return data


def test_s0005_moves_stored_data_to_the_official_codes(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    url = f"sqlite:///{path}"
    engine = create_db_engine(url)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "s0004")
    engine.dispose()
    old = _old_style_catalogue()
    assert not check_document(old).conforms
    con = sqlite3.connect(path)  # foreign keys are not enforced: only these rows matter
    con.execute(
        "INSERT INTO catalogue_documents VALUES ('s-coffee-1', 'm-ekby', ?, ?, ?, 3, "
        "'CAT-2025-001', '2025-01-02 06:00:00.000000', 'demo')",
        (OLD_ETAG, gzip.compress(old), len(old)),
    )
    con.execute(
        "INSERT INTO order_lines VALUES (1, '1', 0, 'K-00001', 'Kaffe', '10', 'PK', '54.90', "
        "'1', NULL, NULL, NULL, '0')"
    )
    con.commit()
    con.close()

    engine = create_db_engine(url)
    upgrade_to_head(engine)
    engine.dispose()

    con = sqlite3.connect(path)
    try:
        etag, blob, count = con.execute(
            "SELECT etag, xml_gzip, line_count FROM catalogue_documents"
        ).fetchone()
        unit, substitute = con.execute(
            "SELECT unit_code, substitute_item_id FROM order_lines"
        ).fetchone()
    finally:
        con.close()
    assert (unit, substitute) == ("XPK", None)
    xml = gzip.decompress(blob)
    assert etag != OLD_ETAG and count == 3
    verdict = check_document(xml)
    assert verdict.conforms, [(f.rule_id, f.message) for f in verdict.errors]
    with read_catalogue(xml, supplier_id="s-coffee-1") as document:
        lines = list(document.lines)
    assert {line.unit_code for line in lines} == {"XPK"}
    assert {c.type_code for c in lines[0].certificates} == {"SVANEN", "FAIR_TRADE_MARK"}
    assert lines[0].list_price is not None and lines[0].image_refs
