"""Parties of PEPPOL documents: who sends, receives, buys and sells."""

from __future__ import annotations

from dataclasses import dataclass

# PEPPOL party identifier schemes (ISO 6523 ICD) Avrop uses.
SCHEME_SE_ORGNR = "0007"
SCHEME_GLN = "0088"
SCHEME_DK_CVR = "0184"
SCHEME_NO_ORGNR = "0192"


@dataclass(frozen=True)
class Contact:
    """A person to contact at a party; every field optional."""

    name: str = ""
    telephone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Party:
    """A PEPPOL party: electronic address (``EndpointID`` + ``schemeID``) and legal name.

    ``country`` is an ISO 3166-1 alpha-2 code (mandatory for an order's seller).
    """

    endpoint_id: str
    scheme: str
    name: str
    country: str | None = None
    contact: Contact | None = None


@dataclass(frozen=True)
class Originator:
    """The person who placed an order for a unit (``OriginatorCustomerParty``).

    PEPPOL T01 allows only ``PartyIdentification/ID`` (here the person's user id),
    ``PartyName/Name`` and a ``Contact`` in it: no endpoint, no legal entity.
    """

    person_id: str
    name: str
    contact: Contact | None = None
