"""The official PEPPOL BIS 3 code lists, as shipped in ``resources/standards/peppol-bis-3``.

Each list is read once, lazily, from its file (``codelist/*.xml``, the OpenPEPPOL
format ``urn:fdc:difi.no:2017:vefa:structure:CodeList-1``): ``Id`` → ``Name``. Nothing
here is typed by hand; a code is official when its list holds it.

* ``unit_codes``: units of measure, UN/ECE Rec 20 with Rec 21 prefixed X (a pack is XPK).
* ``label_codes``: eco and quality labels (``PackagingMarkedLabelAccreditationCode``).
* ``image_type_codes``: ``ItemSpecificationDocumentReference/DocumentTypeCode`` of images.
* ``endpoint_schemes``: electronic address schemes (EAS) of ``EndpointID/@schemeID``.
* ``response_codes``: ``OrderResponseCode`` of an Order Response (UNCL 4343, T76).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

CODELIST_DIR = (
    Path(__file__).resolve().parents[2] / "resources" / "standards" / "peppol-bis-3" / "codelist"
)
_NS = "{urn:fdc:difi.no:2017:vefa:structure:CodeList-1}"

UNIT_LIST = "UNECERec20-11e.xml"
LABEL_LIST = "PackagingMarkedLabelAccreditationCode.xml"
IMAGE_LIST = "Image.xml"
ENDPOINT_SCHEME_LIST = "eas.xml"
RESPONSE_CODE_LIST = "UNCL4343-T76.xml"
LINE_STATUS_LIST = "UNCL1229.xml"


@cache
def code_names(list_file: str) -> dict[str, str]:
    """``{code: name}`` of the code list file ``list_file`` (in :data:`CODELIST_DIR`)."""
    from lxml import etree  # on first use: the Find page's first paint needs no XML

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(str(CODELIST_DIR / list_file), parser).getroot()
    names: dict[str, str] = {}
    for code in root.iter(f"{_NS}Code"):
        code_id = (code.findtext(f"{_NS}Id") or "").strip()
        if code_id:
            names[code_id] = " ".join((code.findtext(f"{_NS}Name") or code_id).split())
    return names


def unit_codes() -> frozenset[str]:
    """UN/ECE Rec 20 codes with the X-prefixed Rec 21 codes."""
    return frozenset(code_names(UNIT_LIST))


def label_codes() -> frozenset[str]:
    """Eco and quality label codes (``Certificate/CertificateTypeCode``)."""
    return frozenset(code_names(LABEL_LIST))


@cache
def image_type_codes() -> frozenset[str]:
    """Document type codes of an item image (``PRODUCT_IMAGE``, …)."""
    return frozenset(code_names(IMAGE_LIST))


def endpoint_schemes() -> frozenset[str]:
    """Electronic address scheme identifiers (``0007``, ``0088``, ``0192``, …)."""
    return frozenset(code_names(ENDPOINT_SCHEME_LIST))


def response_codes() -> frozenset[str]:
    """Order response codes of T76 (AB, AP, RE, CA)."""
    return frozenset(code_names(RESPONSE_CODE_LIST))


def is_unit_code(code: str) -> bool:
    """True when ``code`` is in the official units list."""
    return code in code_names(UNIT_LIST)


def label_name(code: str) -> str:
    """The code list's English name of a label, readable (``KRAV_MARK`` → "Krav mark")."""
    name = code_names(LABEL_LIST).get(code, code)
    if name.isupper() or "_" in name:
        name = name.replace("_", " ").capitalize()
    return name
