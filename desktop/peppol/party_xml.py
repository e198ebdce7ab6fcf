"""Parties and small UBL pieces in XML: building elements and reading them back."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from lxml import etree

from desktop.peppol import ubl_names as u
from desktop.peppol.codelists import endpoint_schemes
from desktop.peppol.errors import DocumentError
from desktop.peppol.parties import Contact, Originator, Party
from desktop.peppol.safe_xml import xml_line

Element = etree._Element

CENT = Decimal("0.01")


def text(el: Element | None) -> str:
    """The stripped text of ``el``, "" when absent or empty."""
    if el is None or el.text is None:
        return ""
    return el.text.strip()


def child_text(el: Element, *path: str) -> str:
    """The text at ``path`` (local names, ``cac:``/``cbc:`` chosen by case) below ``el``."""
    return text(el.find("/".join(_clark(p) for p in path)))


def _clark(name: str) -> str:
    return u.cbc(name[4:]) if name.startswith("cbc:") else u.cac(name[4:])


def sub(parent: Element, name: str, value: str | None = None, **attrib: str) -> Element:
    """Append ``cac:X``/``cbc:X`` (``name`` with its prefix) to ``parent``."""
    el = etree.SubElement(parent, _clark(name), attrib)
    if value is not None:
        el.text = value
    return el


def amount_text(value: Decimal) -> str:
    """An amount with exactly two decimals, half up (PEPPOL: at most two)."""
    return format(value.quantize(CENT, ROUND_HALF_UP), "f")


def decimal_text(value: Decimal) -> str:
    """A decimal as XML wants it: plain notation, never an exponent."""
    return format(value, "f")


def party_element(parent: Element, name: str, party: Party) -> Element:
    """Append ``name`` (e.g. ``cac:SellerSupplierParty``)/``cac:Party`` for ``party``."""
    outer = sub(parent, name)
    el = sub(outer, "cac:Party")
    sub(el, "cbc:EndpointID", party.endpoint_id, schemeID=party.scheme)
    if party.country:
        sub(
            sub(sub(el, "cac:PostalAddress"), "cac:Country"),
            "cbc:IdentificationCode",
            party.country,
        )
    sub(sub(el, "cac:PartyLegalEntity"), "cbc:RegistrationName", party.name)
    _contact_element(el, party.contact)
    return outer


def originator_element(parent: Element, originator: Originator) -> Element:
    """Append ``cac:OriginatorCustomerParty`` (id, name, contact: all T01 allows)."""
    outer = sub(parent, "cac:OriginatorCustomerParty")
    el = sub(outer, "cac:Party")
    sub(sub(el, "cac:PartyIdentification"), "cbc:ID", originator.person_id)
    sub(sub(el, "cac:PartyName"), "cbc:Name", originator.name)
    _contact_element(el, originator.contact)
    return outer


def _contact_element(party_el: Element, contact: Contact | None) -> None:
    if contact is not None and (contact.name or contact.telephone or contact.email):
        c = sub(party_el, "cac:Contact")
        for tag, value in (
            ("cbc:Name", contact.name),
            ("cbc:Telephone", contact.telephone),
            ("cbc:ElectronicMail", contact.email),
        ):
            if value:
                sub(c, tag, value)


def party_from_element(
    el: Element | None,
    field: str,
    errors: list[DocumentError],
    *,
    need_country: bool = False,
    need_name: bool = True,
) -> Party | None:
    """The party in ``el`` (a ``cac:Party``), or None with errors appended.

    Checked: ``EndpointID`` with a ``schemeID`` of the official EAS list, a legal name
    (``PartyLegalEntity/RegistrationName``, or ``PartyName/Name`` in its stead) and,
    with ``need_country``, ``PostalAddress/Country/IdentificationCode``. Without
    ``need_name`` a party identified by id alone is read with that id as its name.
    """
    if el is None:
        errors.append(DocumentError(None, None, field, "missing", f"{field} is missing"))
        return None
    before = len(errors)
    where = xml_line(el)
    endpoint = el.find(u.cbc("EndpointID"))
    name = child_text(el, "cac:PartyLegalEntity", "cbc:RegistrationName")
    name = name or child_text(el, "cac:PartyName", "cbc:Name")
    country = child_text(el, "cac:PostalAddress", "cac:Country", "cbc:IdentificationCode")
    if endpoint is None or not text(endpoint):
        errors.append(DocumentError(None, where, f"{field}/EndpointID", "missing", "no EndpointID"))
    elif endpoint.get("schemeID", "") not in endpoint_schemes():
        errors.append(
            DocumentError(
                None,
                xml_line(endpoint),
                f"{field}/EndpointID/@schemeID",
                "endpoint_scheme",
                "EndpointID needs a schemeID of the EAS code list (0007, 0088, 0184, 0192, ...)",
            )
        )
    if not name and not need_name:
        name = child_text(el, "cac:PartyIdentification", "cbc:ID") or text(endpoint)
    if not name:
        errors.append(
            DocumentError(
                None,
                where,
                f"{field}/PartyLegalEntity/RegistrationName",
                "missing",
                f"{field} has no registration name",
            )
        )
    if need_country and not country:
        errors.append(
            DocumentError(
                None,
                where,
                f"{field}/PostalAddress/Country/IdentificationCode",
                "missing",
                f"{field} has no country",
            )
        )
    if len(errors) > before or endpoint is None:
        return None
    contact = _contact_from(el)
    return Party(text(endpoint), endpoint.get("schemeID", ""), name, country or None, contact)


def _contact_from(party_el: Element) -> Contact | None:
    contact_el = party_el.find(u.cac("Contact"))
    if contact_el is None:
        return None
    return Contact(
        child_text(contact_el, "cbc:Name"),
        child_text(contact_el, "cbc:Telephone"),
        child_text(contact_el, "cbc:ElectronicMail"),
    )


def originator_from_element(el: Element | None, errors: list[DocumentError]) -> Originator | None:
    """The ``OriginatorCustomerParty/Party`` in ``el``; None when absent (or bad, with an
    error appended: it needs the person's id and name)."""
    if el is None:
        return None
    person_id = child_text(el, "cac:PartyIdentification", "cbc:ID")
    name = child_text(el, "cac:PartyName", "cbc:Name")
    if not person_id or not name:
        errors.append(
            DocumentError(
                None,
                xml_line(el),
                "OriginatorCustomerParty/PartyIdentification/ID",
                "missing",
                "The originator needs an id and a name",
            )
        )
        return None
    return Originator(person_id, name, _contact_from(el))
