"""The conformance engine: UBL schema + the official PEPPOL rules + Avrop's own warnings.

Documents the official rules accept (built in ``tests/fixtures/conforming_docs.py``) are
mutated one way at a time; each mutation must be refused by the official rule that
covers it (or accepted, where PEPPOL accepts it), with its location and source line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from lxml import etree

from desktop.peppol import official_rules
from desktop.peppol.conformance import Verdict, check_document
from desktop.peppol.errors import PeppolDocumentError
from desktop.peppol.schemas import document_schema
from tests.fixtures.conforming_docs import (
    CAC,
    CBC,
    NS,
    catalogue_line,
    catalogue_text,
    conforming_catalogue,
    conforming_order,
    conforming_response,
)

Mutation = Callable[[etree._Element], None]


def _mutated(data: bytes, mutate: Mutation) -> bytes:
    root = etree.fromstring(data)
    mutate(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _one(root: etree._Element, path: str) -> etree._Element:
    found = root.find(path)
    assert found is not None, path
    return found


def _ids(verdict: Verdict) -> set[str]:
    return {f.rule_id for f in verdict.errors}


@pytest.mark.parametrize(
    ("data", "kind", "transaction"),
    [
        (conforming_order(), "Order", "T01"),
        (conforming_response("AB"), "OrderResponse", "T76"),
        (conforming_response("AP"), "OrderResponse", "T76"),
        (conforming_response("RE"), "OrderResponse", "T76"),
        (conforming_catalogue(3), "Catalogue", "T19"),
    ],
    ids=["order", "response AB", "response AP", "response RE", "catalogue"],
)
def test_documents_the_rules_accept_conform(data: bytes, kind: str, transaction: str) -> None:
    verdict = check_document(data)
    assert (verdict.kind, verdict.transaction, verdict.rules_release) == (
        kind,
        transaction,
        "2026.5",
    )
    assert verdict.errors == ()
    assert verdict.conforms


def _unit_pk(root: etree._Element) -> None:
    _one(root, f".//{CAC}LineItem/{CBC}Quantity").set("unitCode", "PK")


def _line_currency(root: etree._Element) -> None:
    _one(root, f".//{CAC}LineItem/{CBC}LineExtensionAmount").set("currencyID", "EUR")


def _bad_customization(root: etree._Element) -> None:
    _one(root, f"{CBC}ProfileID").text = "urn:fdc:peppol.eu:poacc:bis:nonsense:3"


def _no_item_name(root: etree._Element) -> None:
    name = _one(root, f".//{CAC}Item/{CBC}Name")
    parent = name.getparent()
    assert parent is not None
    parent.remove(name)


def _empty_note(root: etree._Element) -> None:
    _one(root, f"{CBC}OrderResponseCode").addnext(etree.Element(f"{CBC}Note"))


@pytest.mark.parametrize(
    ("data", "mutate", "rule_id", "element"),
    [
        (conforming_order(), _unit_pk, "PEPPOL-T01-B24102", "cbc:Quantity[1]"),
        (conforming_order(), _line_currency, "PEPPOL-T01-R003", "cbc:LineExtensionAmount[1]"),
        (conforming_order(), _bad_customization, "PEPPOL-T01-R031", "cbc:ProfileID[1]"),
        (conforming_catalogue(2), _no_item_name, "PEPPOL-T19-B17701", "cac:Item[1]"),
        (conforming_response("AP"), _empty_note, "PEPPOL-COMMON-R001", "cbc:Note[1]"),
    ],
    ids=["unit PK", "mixed currency", "bad profile", "item without name", "empty element"],
)
def test_each_mutation_is_refused_by_its_official_rule(
    data: bytes, mutate: Mutation, rule_id: str, element: str
) -> None:
    bad = _mutated(data, mutate)
    verdict = check_document(bad)
    assert not verdict.conforms
    (finding,) = [f for f in verdict.errors if f.rule_id == rule_id]
    assert finding.source == "peppol" and finding.flag in ("fatal", "error")
    assert finding.location.endswith(element)
    # the line is where the element really is in the text
    assert finding.line is not None
    assert element.split(":")[1].split("[")[0] in bad.decode().splitlines()[finding.line - 1]
    assert finding.message


def test_a_schema_error_is_reported_from_the_xsd_with_its_line() -> None:
    bad = _mutated(
        conforming_order(),
        lambda root: _one(root, f"{CBC}IssueDate").addnext(etree.Element(f"{CBC}Bogus")),
    )
    verdict = check_document(bad)
    xsd = [f for f in verdict.errors if f.source == "xsd"]
    assert xsd and xsd[0].rule_id == "XSD" and xsd[0].flag == "fatal"
    assert xsd[0].line is not None and "Bogus" in bad.decode().splitlines()[xsd[0].line - 1]
    assert "Bogus" in xsd[0].message


def _with_profile(profile: str) -> Mutation:
    return lambda root: setattr(_one(root, f"{CBC}ProfileID"), "text", profile)


def _price_decimals(root: etree._Element) -> None:
    _one(root, f".//{CAC}Price/{CBC}PriceAmount").text = "54.9012"


def _bad_gtin(root: etree._Element) -> None:
    for el in root.iterfind(f".//{CAC}StandardItemIdentification/{CBC}ID"):
        el.text = "7310000000004"


def _party_without_name(root: etree._Element) -> None:
    for role in ("SellerSupplierParty", "BuyerCustomerParty"):
        party = _one(root, f"{CAC}{role}/{CAC}Party")
        party.remove(_one(party, f"{CAC}PartyLegalEntity"))
        ident = etree.Element(f"{CAC}PartyIdentification")
        etree.SubElement(ident, f"{CBC}ID", schemeID="0007").text = "2120000001"
        party.insert(1, ident)


@pytest.mark.parametrize(
    "mutate",
    [
        _with_profile("urn:fdc:peppol.eu:poacc:bis:advanced_ordering:3"),
        _price_decimals,
        _bad_gtin,
    ],
    ids=["advanced_ordering:3", "4 decimals in Price", "bad GTIN"],
)
def test_what_the_rules_accept_is_accepted(mutate: Mutation) -> None:
    verdict = check_document(_mutated(conforming_order(), mutate))
    assert verdict.conforms, verdict.errors


def test_response_parties_by_id_without_registration_name_are_accepted() -> None:
    verdict = check_document(_mutated(conforming_response("AP"), _party_without_name))
    assert verdict.conforms, verdict.errors


def test_bad_check_digits_are_avrop_warnings_only() -> None:
    verdict = check_document(_mutated(conforming_order(gln="7300009000006"), _bad_gtin))
    assert verdict.conforms
    assert {(f.rule_id, f.source, f.flag) for f in verdict.warnings} >= {
        ("AVROP-GTIN", "avrop", "warning"),
        ("AVROP-GLN", "avrop", "warning"),
    }
    gln = next(f for f in verdict.warnings if f.rule_id == "AVROP-GLN")
    assert gln.location == "/Order[1]/cac:Delivery[1]/cac:DeliveryLocation[1]/cbc:ID[1]"


def test_a_line_without_price_is_shown_not_refused() -> None:
    data = catalogue_text([catalogue_line(1), catalogue_line(2, price=None)]).encode()
    verdict = check_document(data)
    assert verdict.conforms
    (warning,) = verdict.warnings
    assert (warning.rule_id, warning.location) == (
        "AVROP-LINE-NO-PRICE",
        "/Catalogue[1]/cac:CatalogueLine[2]",
    )


@pytest.mark.parametrize(
    ("header", "line_action"),
    [("Replace", ""), ("Delete", ""), ("Add", "Update"), ("Update", "Delete")],
)
def test_catalogue_action_codes_the_rules_accept(header: str, line_action: str) -> None:
    data = catalogue_text([catalogue_line(1, action=line_action)], action=header).encode()
    assert check_document(data).conforms


def test_a_latin1_catalogue_is_read_and_conforms() -> None:
    text = catalogue_text([catalogue_line(1)], encoding="ISO-8859-1").replace("nr 1<", "åäö<")
    verdict = check_document(text.encode("latin-1"))
    assert verdict.conforms, verdict.errors


def test_unknown_transaction_is_refused_by_avrop() -> None:
    bad = conforming_order().replace(b"trns:order:3", b"trns:invoice:3")
    verdict = check_document(bad)
    assert (verdict.kind, verdict.transaction) == ("Order", "")
    assert "AVROP-NO-RULES" in _ids(verdict)


def test_unsafe_bytes_raise() -> None:
    trap = b'<!DOCTYPE Order [<!ENTITY x "y">]>'
    data = conforming_order().replace(b"?>\n", b"?>\n" + trap, 1)
    with pytest.raises(PeppolDocumentError) as caught:
        check_document(data)
    assert [e.code for e in caught.value.errors] == ["xml_doctype"]


def test_rules_compile_once_per_process_and_threads_agree() -> None:
    good, bad = conforming_order(), _mutated(conforming_order(), _unit_pk)
    expected = (check_document(good), check_document(bad))
    compiled = official_rules._COMPILED.compiled("T01")
    results: list[tuple[Verdict, Verdict]] = []
    schemas = []

    def work() -> None:
        for _ in range(3):
            results.append((check_document(good), check_document(bad)))
        schemas.append(document_schema("Order"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 12
    assert official_rules._COMPILED.compiled("T01") is compiled
    assert all(s is document_schema("Order") for s in schemas)


def test_a_payable_amount_with_tax_and_allowances_is_accepted() -> None:
    allowance = (
        "<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator>"
        "<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason>"
        '<cbc:Amount currencyID="SEK">14.70</cbc:Amount><cac:TaxCategory><cbc:ID>S</cbc:ID>'
        "<cbc:Percent>12</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>"
        "</cac:TaxCategory></cac:AllowanceCharge>"
        '<cac:TaxTotal><cbc:TaxAmount currencyID="SEK">42.00</cbc:TaxAmount></cac:TaxTotal>'
    )
    totals = (
        '<cbc:TaxExclusiveAmount currencyID="SEK">350.00</cbc:TaxExclusiveAmount>'
        '<cbc:TaxInclusiveAmount currencyID="SEK">392.00</cbc:TaxInclusiveAmount>'
        '<cbc:AllowanceTotalAmount currencyID="SEK">14.70</cbc:AllowanceTotalAmount>'
        '<cbc:PayableAmount currencyID="SEK">392.00</cbc:PayableAmount>'
    )

    def mutate(root: etree._Element) -> None:
        monetary = _one(root, f"{CAC}AnticipatedMonetaryTotal")
        for el in list(etree.fromstring(f"<x {NS}>{allowance}</x>")):
            monetary.addprevious(el)
        monetary.remove(_one(monetary, f"{CBC}PayableAmount"))
        monetary.extend(etree.fromstring(f"<x {NS}>{totals}</x>"))

    data = _mutated(conforming_order(), mutate)
    assert b"<cac:TaxTotal>" in data and b">392.00</cbc:PayableAmount>" in data
    verdict = check_document(data)
    assert verdict.conforms, verdict.errors
    # and the rules do check the sum: a payable amount that does not add up is refused
    assert not check_document(
        data.replace(b">392.00</cbc:PayableAmount>", b">364.70</cbc:PayableAmount>")
    ).conforms
