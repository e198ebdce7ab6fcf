"""Codes older Avrop versions wrote, moved to the official PEPPOL code lists.

Used by the store migrations (local 0006, server s0005) and by readers of documents
stored before them. A unit that is not in the official units list but whose Rec 21
packaging code is (``PK`` → ``XPK``, ``BX`` → ``XBX``) moves to that code; the eco
labels Avrop named itself move to their ``PackagingMarkedLabelAccreditationCode``.
"""

from __future__ import annotations

import re
from typing import Final

from desktop.domain.catalogue import Certificate
from desktop.peppol.codelists import is_unit_code, label_codes

# Avrop's own label codes → the official code; "Organic" depends on the label's name
# (the demo named KRAV in Sweden, Ø-mærket in Denmark, Debio Ø in Norway).
_LABELS: Final = {
    "NordicSwan": "SVANEN",
    "EUEcolabel": "EU_ECO_LABEL",
    "FairTrade": "FAIR_TRADE_MARK",
}
_ORGANIC_BY_NAME: Final = {"krav": "KRAV_MARK", "ø-mærket": "DK_ECO", "debio ø": "DEBIO"}
_ORGANIC_DEFAULT: Final = "EU_ORGANIC_FARMING"


def official_unit(code: str) -> str:
    """``code`` as an official unit code (unchanged when it already is one or has none)."""
    if not code or is_unit_code(code):
        return code
    packaging = f"X{code}"
    return packaging if is_unit_code(packaging) else code


def official_label(type_code: str, name: str = "") -> str:
    """``type_code`` as an official label code (unchanged when it already is one)."""
    if type_code in label_codes():
        return type_code
    if type_code == "Organic":
        return _ORGANIC_BY_NAME.get(name.strip().lower(), _ORGANIC_DEFAULT)
    return _LABELS.get(type_code, type_code)


def official_certificate(cert: Certificate) -> Certificate:
    """``cert`` with its official label code."""
    code = official_label(cert.type_code, cert.name)
    return cert if code == cert.type_code else Certificate(code, cert.name)


_UNIT_ATTRIBUTE = re.compile(r'unitCode="([^"]*)"')


def official_units_in_xml(xml: str) -> str:
    """A stored document with every ``unitCode`` attribute moved to the official code."""
    return _UNIT_ATTRIBUTE.sub(lambda m: f'unitCode="{official_unit(m.group(1))}"', xml)
