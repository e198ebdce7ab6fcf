"""How to call off each demo agreement, in Danish and Norwegian (``instructions.py`` has
the Swedish): the same cases, the variant's suppliers and procurement office."""

from __future__ import annotations

from dataclasses import dataclass

from central_api.demo.instructions import APP_CATEGORIES, PORTAL_CATEGORIES
from desktop.domain.reference import CallOffMethod, Supplier


@dataclass(frozen=True)
class Phrases:
    contact: str  # {name} {phone} {email}
    cascade_first: str  # {who}
    cascade_rest: str  # {order}
    then: str
    reference: str  # {number}
    mini_competition: str  # {office}
    not_in_avrop: str
    direct: str
    portal: str  # {web} {customer} {reference}
    app: str  # {phone} {name} {reference}
    phone_or_email: str  # {phone} {email} {reference}


PHRASES: dict[str, Phrases] = {
    "da": Phrases(
        contact="{name} (tlf. {phone}, e-mail {email})",
        cascade_first="Prioriteret bestilling: henvend dig først til {who}.",
        cascade_rest=(
            " Kan leverandøren ikke levere inden for den aftalte tid, går du videre til "
            "{order}. Skriv i bestillingen, hvorfor en højere prioriteret leverandør blev "
            "sprunget over."
        ),
        then=", derefter ",
        reference="Angiv aftalenummer {number} og enhedens omkostningssted som fakturareference.",
        mini_competition=(
            "Bestilling sker via miniudbud. Send behov, antal og ønsket leveringsdato til "
            "{office}; de inviterer aftaleleverandørerne og meddeler, hvem der får opgaven. "
            "Kontakt ikke selv leverandørerne."
        ),
        not_in_avrop=" Bestillingen foretages ikke i Avrop.",
        direct=(
            "Bestil direkte i Avrop. Vælg så vidt muligt varer markeret som aftalevarer. "
            "Leverancer til børnehaver og plejecentre samles via omlastecentralen."
        ),
        portal="Bestil i leverandørens webportal {web} med kommunens kundenummer {customer}. "
        "{reference}",
        app="Bestil turen på telefon {phone} eller i {name}s app. Oplys enhedens navn. "
        "{reference} Handicapkørsel bestilles ikke her.",
        phone_or_email="Bestil på telefon {phone} eller e-mail {email}. {reference}",
    ),
    "nb": Phrases(
        contact="{name} (tlf. {phone}, e-post {email})",
        cascade_first="Rangert avrop: gå først til {who}.",
        cascade_rest=(
            " Kan leverandøren ikke levere innen avtalt tid, går du videre til {order}. "
            "Skriv i bestillingen hvorfor en høyere rangert leverandør ble hoppet over."
        ),
        then=", deretter ",
        reference="Oppgi avtalenummer {number} og enhetens koststed som fakturareferanse.",
        mini_competition=(
            "Avrop skjer gjennom minikonkurranse. Send behov, antall og ønsket leveringsdato "
            "til {office}; de inviterer avtaleleverandørene og melder hvem som får oppdraget. "
            "Ikke kontakt leverandørene selv."
        ),
        not_in_avrop=" Bestillingen gjøres ikke i Avrop.",
        direct=(
            "Bestill direkte i Avrop. Velg helst varer merket som avtalevarer. Leveranser "
            "til barnehager og sykehjem samlastes via omlastingssentralen."
        ),
        portal="Bestill i leverandørens nettportal {web} med kommunens kundenummer "
        "{customer}. {reference}",
        app="Bestill turen på telefon {phone} eller i appen til {name}. Oppgi enhetens navn. "
        "{reference} TT-kjøring bestilles ikke her.",
        phone_or_email="Bestill på telefon {phone} eller e-post {email}. {reference}",
    ),
}


def _contact(p: Phrases, supplier: Supplier) -> str:
    return p.contact.format(name=supplier.name, phone=supplier.phone, email=supplier.email)


def local_instructions(
    language: str,
    office: str,
    key: str,
    number: str,
    call_off: CallOffMethod,
    in_ecommerce: bool,
    suppliers: list[Supplier],
) -> str:
    """The call-off instructions of agreement ``key`` in ``language`` (da or nb)."""
    p = PHRASES[language]
    reference = p.reference.format(number=number)
    if call_off is CallOffMethod.MINI_COMPETITION:
        text = p.mini_competition.format(office=office)
        return text + ("" if in_ecommerce else p.not_in_avrop)
    if call_off is CallOffMethod.RANKED:
        first, rest = suppliers[0], suppliers[1:]
        text = p.cascade_first.format(who=first.name if in_ecommerce else _contact(p, first))
        if rest:
            names = [s.name if in_ecommerce else _contact(p, s) for s in rest]
            text += p.cascade_rest.format(order=p.then.join(names))
        return f"{text} {reference}"
    if in_ecommerce:
        return p.direct
    first = suppliers[0]
    if key in PORTAL_CATEGORIES:
        return p.portal.format(web=first.web, customer=f"EKB-{number[-3:]}", reference=reference)
    if key in APP_CATEGORIES:
        return p.app.format(phone=first.phone, name=first.name, reference=reference)
    return p.phone_or_email.format(phone=first.phone, email=first.email, reference=reference)
