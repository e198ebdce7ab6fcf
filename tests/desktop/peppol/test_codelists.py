"""Codes come from the official PEPPOL code lists shipped under ``resources/``."""

from __future__ import annotations

import filecmp
from pathlib import Path

from desktop.domain.catalogue import Certificate
from desktop.domain.legacy_codes import (
    LEGACY_LABELS,
    LEGACY_UNITS,
    ORGANIC_BY_NAME,
    ORGANIC_DEFAULT,
    official_certificate,
    official_label,
    official_unit,
    official_units_in_xml,
)
from desktop.peppol import codelists as cl
from desktop.storage.catalogue_index import ECO_LABELS

SHARED = Path("/work/shared/standards/peppol-bis-3")


def test_units_are_rec20_with_x_prefixed_rec21() -> None:
    units = cl.unit_codes()
    assert {"EA", "KGM", "LTR", "HUR", "XPK", "XBX"} <= units
    assert "PK" not in units and "BX" not in units
    assert cl.is_unit_code("XPK") and not cl.is_unit_code("PK")
    assert cl.code_names(cl.UNIT_LIST)["XPK"] == "Package"


def test_other_lists_hold_the_codes_the_rules_use() -> None:
    assert cl.response_codes() == {"AB", "AP", "RE", "CA"}
    assert {"0007", "0088", "0184", "0192"} <= cl.endpoint_schemes()
    assert "PRODUCT_IMAGE" in cl.image_type_codes()
    assert {"SVANEN", "EU_ECO_LABEL", "KRAV_MARK", "FAIR_TRADE_MARK"} <= cl.label_codes()
    assert len(cl.label_codes()) > 800


def test_eco_filter_codes_are_official() -> None:
    assert cl.label_codes() >= ECO_LABELS


def test_legacy_codes_move_to_official_ones() -> None:
    assert official_unit("PK") == "XPK" and official_unit("BX") == "XBX"
    assert official_unit("EA") == "EA" and official_unit("XPK") == "XPK"
    assert official_label("NordicSwan") == "SVANEN"
    assert official_label("Organic", "KRAV") == "KRAV_MARK"
    assert official_label("Organic", "Ø-mærket") == "DK_ECO"
    assert official_label("Organic", "Debio Ø") == "DEBIO"
    assert official_label("SVANEN") == "SVANEN"
    assert (
        official_certificate(Certificate("FairTrade", "Fairtrade")).type_code == "FAIR_TRADE_MARK"
    )
    xml = '<a unitCode="PK">1</a><b unitCode="KGM">2</b>'
    assert official_units_in_xml(xml) == '<a unitCode="XPK">1</a><b unitCode="KGM">2</b>'


def test_legacy_codes_move_from_unofficial_to_official_codes() -> None:
    assert not set(LEGACY_UNITS) & cl.unit_codes()
    assert set(LEGACY_UNITS.values()) <= cl.unit_codes()
    assert not set(LEGACY_LABELS) & cl.label_codes()
    targets = {*LEGACY_LABELS.values(), *ORGANIC_BY_NAME.values(), ORGANIC_DEFAULT}
    assert targets <= cl.label_codes()


def test_label_names_are_readable() -> None:
    assert cl.label_name("KRAV_MARK") == "Krav mark"
    assert cl.label_name("unknown") == "unknown"


def test_shipped_rules_and_lists_are_the_official_files_unmodified() -> None:
    if not SHARED.exists():  # the shared standards folder is not part of the project
        return
    compare = filecmp.dircmp(SHARED, cl.CODELIST_DIR.parent)
    assert not compare.left_only and not compare.right_only and not compare.diff_files
    for sub in ("codelist", "xslt"):
        match, mismatch, errors = filecmp.cmpfiles(
            SHARED / sub,
            cl.CODELIST_DIR.parent / sub,
            [p.name for p in (SHARED / sub).iterdir()],
            shallow=False,
        )
        assert not mismatch and not errors and match
