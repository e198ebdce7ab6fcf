"""How to call off each demo agreement, in Swedish, for the orderer."""

from __future__ import annotations

from central_api.demo.municipality import PROCUREMENT_CONTACT
from desktop.domain.reference import CallOffMethod, Supplier

# Categories outside e-commerce are called off through the supplier's own channel.
PORTAL_CATEGORIES = frozenset({"books"})
APP_CATEGORIES = frozenset({"taxi"})


def _contact(supplier: Supplier) -> str:
    return f"{supplier.name} (tel. {supplier.phone}, e-post {supplier.email})"


def _cascade(suppliers: list[Supplier], in_ecommerce: bool) -> str:
    first, rest = suppliers[0], suppliers[1:]
    who = first.name if in_ecommerce else _contact(first)
    text = f"Rangordnat avrop: vänd dig i första hand till {who}."
    if rest:
        order = ", därefter ".join(s.name if in_ecommerce else _contact(s) for s in rest)
        text += (
            f" Kan leverantören inte leverera inom avtalad tid går du vidare till {order}."
            " Notera i beställningen varför en högre rankad leverantör hoppades över."
        )
    return text


def instructions_for(
    key: str, number: str, call_off: CallOffMethod, in_ecommerce: bool, suppliers: list[Supplier]
) -> str:
    reference = f"Ange avtalsnummer {number} och enhetens kostnadsställe som fakturareferens."
    if call_off is CallOffMethod.MINI_COMPETITION:
        text = (
            "Avrop sker genom förnyad konkurrensutsättning. Skicka behov, antal och önskat "
            f"leveransdatum till {PROCUREMENT_CONTACT}; de bjuder in avtalsleverantörerna och "
            "meddelar vem som tilldelas. Kontakta inte leverantörerna själv."
        )
        if not in_ecommerce:
            text += " Beställningen görs inte i Avrop."
        return text
    if call_off is CallOffMethod.RANKED:
        return f"{_cascade(suppliers, in_ecommerce)} {reference}"
    if in_ecommerce:
        return (
            "Beställ direkt i Avrop. Välj i första hand artiklar märkta som avtalsartiklar. "
            "Leveranser till förskolor och boenden samlastas via omlastningscentralen."
        )
    first = suppliers[0]
    if key in PORTAL_CATEGORIES:
        return (
            f"Beställ i leverantörens webbportal {first.web} med kommunens kundnummer "
            f"EKB-{number[-3:]}. {reference}"
        )
    if key in APP_CATEGORIES:
        return (
            f"Boka resan per telefon {first.phone} eller i {first.name}s app. Uppge enhetens "
            f"namn. {reference} Färdtjänst bokas inte här."
        )
    return f"Beställ per telefon {first.phone} eller e-post {first.email}. {reference}"
