"""UBL 2.1 namespaces, Clark-notation tag names and the PEPPOL BIS 3 identifiers."""

from __future__ import annotations

from typing import Final

CBC_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CATALOGUE_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:Catalogue-2"
ORDER_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:Order-2"
ORDER_RESPONSE_NS: Final = "urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2"
XINCLUDE_NS: Final = "http://www.w3.org/2001/XInclude"

CATALOGUE_CUSTOMIZATION: Final = "urn:fdc:peppol.eu:poacc:trns:catalogue:3"
CATALOGUE_PROFILE_PREFIX: Final = "urn:fdc:peppol.eu:poacc:bis:"
ORDER_CUSTOMIZATION: Final = "urn:fdc:peppol.eu:poacc:trns:order:3"
ORDER_RESPONSE_CUSTOMIZATION: Final = "urn:fdc:peppol.eu:poacc:trns:order_response:3"
ORDERING_PROFILE: Final = "urn:fdc:peppol.eu:poacc:bis:ordering:3"
ORDER_ONLY_PROFILE: Final = "urn:fdc:peppol.eu:poacc:bis:order_only:3"
ADVANCED_ORDERING_PROFILE: Final = "urn:fdc:peppol.eu:poacc:bis:advanced_ordering:3"

GTIN_SCHEME: Final = "0160"
GLN_SCHEME: Final = "0088"
CPV_LIST_ID: Final = "STI"  # UNCL 7143: Common Procurement Vocabulary
UNSPSC_LIST_ID: Final = "TST"  # UNCL 7143: UN Standard Products and Services Code
LIST_PRICE_TYPE: Final = "AAB"  # UNCL 5375 "calculation gross": the price before discounts
CONTRACT_DOCUMENT_TYPE: Final = "315"  # UNCL 1001 "Contract" (read from older documents)
CRISIS_PROPERTY: Final = "CrisisCritical"
AGREEMENT_PROPERTY: Final = "FrameworkAgreement"  # a line's agreement, when not the header's
IMAGE_DOCUMENT_TYPE: Final = "PRODUCT_IMAGE"  # the official Image code list
LEGACY_IMAGE_DOCUMENT_TYPE: Final = "Image"  # DocumentType of older documents

ROOT_KINDS: Final = {
    f"{{{CATALOGUE_NS}}}Catalogue": "Catalogue",
    f"{{{ORDER_NS}}}Order": "Order",
    f"{{{ORDER_RESPONSE_NS}}}OrderResponse": "OrderResponse",
}


def cbc(name: str) -> str:
    """Clark name of a CommonBasicComponents element."""
    return f"{{{CBC_NS}}}{name}"


def cac(name: str) -> str:
    """Clark name of a CommonAggregateComponents element."""
    return f"{{{CAC_NS}}}{name}"


def nsmap(root_ns: str) -> dict[str | None, str]:
    """The namespace map of a document whose root is in ``root_ns``."""
    return {None: root_ns, "cac": CAC_NS, "cbc": CBC_NS}
