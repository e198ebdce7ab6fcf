"""The header of a catalogue (the root's children before the first line) and its rules."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from desktop.peppol import ubl_names as u
from desktop.peppol.catalogue_fields import to_date
from desktop.peppol.catalogue_writer import CatalogueHeader, CatalogueProfile
from desktop.peppol.errors import DocumentError
from desktop.peppol.party_xml import party_from_element, text

Element = etree._Element

_PROFILES = {p.profile_id: p for p in CatalogueProfile}
# Header ActionCode (PEPPOL ActionCode_header) → (partial, withdrawn). Replace (or none):
# the whole catalogue; Add and Update: lines applied by their own action codes; Delete:
# the catalogue is withdrawn.
_ACTIONS = {
    "": (False, False),
    "Replace": (False, False),
    "Add": (True, False),
    "Update": (True, False),
    "Delete": (True, True),
}


def header_from_elements(
    children: Iterable[Element], errors: list[DocumentError]
) -> CatalogueHeader | None:
    """Read and check the header elements; None when something mandatory is missing."""
    found: dict[str, Element] = {}
    for child in children:
        if isinstance(child.tag, str):
            found.setdefault(child.tag, child)

    def value(name: str) -> str:
        return text(found.get(u.cbc(name)))

    def missing(field: str) -> None:
        errors.append(DocumentError(None, None, field, "missing", f"{field} is missing"))

    before = len(errors)
    customization = value("CustomizationID")
    if customization != u.CATALOGUE_CUSTOMIZATION:
        errors.append(
            DocumentError(
                None,
                None,
                "CustomizationID",
                "customization_id",
                f"CustomizationID must be {u.CATALOGUE_CUSTOMIZATION}, not {customization!r}",
            )
        )
    profile = _PROFILES.get(value("ProfileID"))
    if profile is None:
        errors.append(
            DocumentError(
                None,
                None,
                "ProfileID",
                "profile_id",
                f"ProfileID {value('ProfileID')!r} is not a PEPPOL BIS 3 catalogue profile",
            )
        )
    action = value("ActionCode")
    if action not in _ACTIONS:
        errors.append(
            DocumentError(
                None,
                None,
                "ActionCode",
                "action_code",
                f"catalogue action code {action!r} is not Add, Replace, Update or Delete",
            )
        )
    partial, withdrawn = _ACTIONS.get(action, (False, False))
    catalogue_id = value("ID")
    if not catalogue_id:
        missing("ID")
    issue_date = to_date(value("IssueDate"), "IssueDate", (None, None), errors)
    if issue_date is None:
        missing("IssueDate")
    period = found.get(u.cac("ValidityPeriod"))
    if period is None:
        missing("ValidityPeriod")
    start = (
        to_date(
            text(period.find(u.cbc("StartDate"))) if period is not None else "",
            "ValidityPeriod/StartDate",
            (None, None),
            errors,
        )
        or issue_date
    )
    end = to_date(
        text(period.find(u.cbc("EndDate"))) if period is not None else "",
        "ValidityPeriod/EndDate",
        (None, None),
        errors,
    )
    if start and end and end < start:
        errors.append(
            DocumentError(
                None,
                None,
                "ValidityPeriod",
                "validity_range",
                "the catalogue's validity ends before it starts",
            )
        )
    contract = found.get(u.cac("ReferencedContract"))
    provider = party_from_element(found.get(u.cac("ProviderParty")), "ProviderParty", errors)
    receiver = party_from_element(found.get(u.cac("ReceiverParty")), "ReceiverParty", errors)
    if len(errors) > before or not (provider and receiver and issue_date and start and profile):
        return None
    return CatalogueHeader(
        catalogue_id=catalogue_id,
        issue_date=issue_date,
        valid_from=start,
        valid_to=end,
        provider=provider,
        receiver=receiver,
        profile=profile,
        partial=partial,
        withdrawn=withdrawn,
        agreement_id=text(contract.find(u.cbc("ID"))) or None if contract is not None else None,
        name=value("Name"),
    )
