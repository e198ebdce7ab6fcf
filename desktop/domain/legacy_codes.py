"""Codes older Avrop versions wrote, and the official PEPPOL codes they move to.

Used by the store migrations (local 0006, server s0005) and by readers of documents
stored before them. Avrop once accepted a few UN/ECE Rec 21 packaging codes without
their ``X`` prefix (``PK``, ``BX``…); PEPPOL's units list has them only prefixed
(``XPK``). The eco labels had Avrop's own names; they move to their
``PackagingMarkedLabelAccreditationCode``. A test checks every target against the
official lists shipped under ``resources/``.
"""

from __future__ import annotations

import re
from typing import Final

from desktop.domain.catalogue import Certificate

# Avrop's former unit codes that are Rec 21 packaging codes without the X prefix.
LEGACY_UNITS: Final = {
    code: f"X{code}" for code in ("PK", "BX", "CT", "CS", "CA", "BG", "BO", "RO", "PA", "TU")
}
# Avrop's own label codes → the official code; "Organic" depends on the label's name
# (the demo named KRAV in Sweden, Ø-mærket in Denmark, Debio Ø in Norway).
LEGACY_LABELS: Final = {
    "NordicSwan": "SVANEN",
    "EUEcolabel": "EU_ECO_LABEL",
    "FairTrade": "FAIR_TRADE_MARK",
}
ORGANIC_BY_NAME: Final = {"krav": "KRAV_MARK", "ø-mærket": "DK_ECO", "debio ø": "DEBIO"}
ORGANIC_DEFAULT: Final = "EU_ORGANIC_FARMING"
_UNIT_ATTRIBUTE = re.compile(r'unitCode="([^"]*)"')


def official_unit(code: str) -> str:
    """``code`` as an official unit code (unchanged unless it is a former Avrop code)."""
    return LEGACY_UNITS.get(code, code)


def official_label(type_code: str, name: str = "") -> str:
    """``type_code`` as an official label code (unchanged unless it is a former one)."""
    if type_code == "Organic":
        return ORGANIC_BY_NAME.get(name.strip().lower(), ORGANIC_DEFAULT)
    return LEGACY_LABELS.get(type_code, type_code)


def official_certificate(cert: Certificate) -> Certificate:
    """``cert`` with its official label code."""
    code = official_label(cert.type_code, cert.name)
    return cert if code == cert.type_code else Certificate(code, cert.name)


def official_units_in_xml(xml: str) -> str:
    """A stored document with every ``unitCode`` attribute moved to the official code."""
    return _UNIT_ATTRIBUTE.sub(lambda m: f'unitCode="{official_unit(m.group(1))}"', xml)
